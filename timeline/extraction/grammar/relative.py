"""Dates relative to the reference date or to the date mentioned before: weekdays, today/yesterday,
"last year", "two days later", "the next day", "now", "recently", "year-earlier"."""

from __future__ import annotations

import datetime as dt
import re

from .. import resolve as R
from ..chronology import chronicled, follows_weekday_entry, logged_entry, schedule_ahead
from ..context import PLANNED_FOR, looks_like_verb
from ..lexicon import COUNT_RE, DAY_BOUND, LOCAL_CLOCK_RE, MONTH_RE, SEASONS, SHIFT, WEEKDAY_RE, WEEKDAYS, parse_count
from ..values import coarsen, day, parse_value, point_range, shift, week_of
from .base import (
    APPROX_PREFIX, MOD_PREFIX, PART_OF_DAY, PARTS_RE, YEAR, I, Found, Resolver, approx_mod, const, dur_value, duration_found,
    day_num, mod_of, month_num, month_resolver, names_a_title, rule, word_after, word_before,
)

# ----------------------------------------------------------------------------- weekdays and days


# Words that make a weekday part of a name ("Bloody Sunday", "Super Tuesday"); the holidays among such names
# that have a date of their own ("Good Friday", "Easter Monday") are read by the holiday rule.
_NAMED_DAYS = frozenset(
    "bloody super black cyber ash maundy shrove fat remembrance whit mothering trinity giving manic blue holy good "
    "palm easter low".split()
)


# A day of the month and ", a" before a weekday in apposition to it: "on Nov. 24, a Monday"
# (and "On the fourth day, a Saturday, ...", "the next day, a Sunday": a day counted, told again by its weekday)
_DATE_THEN_A = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|"
                          r"\d{4}|day),\s+an?\s+$")


# the clock of the place where it happened, named after a weekday ("early Tuesday local time", "Tuesday, Seoul time")
_LOCAL_TIME_AFTER = re.compile(r"[\s,(]*(?:(?:morning|afternoon|evening|night)\s+)?\(?\s*(?:" + LOCAL_CLOCK_RE + ")",
                               re.IGNORECASE)


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+(?:on\s+)?|(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|"
    rf"the\s+following|the\s+previous))\s+)?"
    rf"(?P<wd>{WEEKDAY_RE})(?P<poss>'s)?(?:\s+(?P<part>{PARTS_RE}))?(?P<plural>s)?\b"
    rf"(?:\s+(?:of\s+)?(?P<wk>next|last|this)\s+week\b|\s+(?P<on>week|fortnight)\b(?![-\w])"
    # (British: "opened on Tuesday last", the Tuesday of the week before)
    rf"|\s+(?P<last_after>last)\b(?!\s+(?:week|month|year|time|night|\w+ing)\b|-))?",
    0,
)
def weekday(m, text):
    """"Sunday", "last Friday", "Monday morning", "early Tuesday"."""
    wd = WEEKDAYS[m["wd"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    part = (m["part"] or "").lower()
    if m["plural"]:
        if part:
            return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{wd}T{PART_OF_DAY[part]}"))
        return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{wd}"))
    opened = _WEEKDAY_THEN_TO.search(text, max(0, m.start() - 20), m.start()) if not m["rel"] else None
    if m.start() > 0 and text[m.start() - 1:m.start()] == "-" and opened is None:
        return None  # ("a post-Monday rally"; but "Thursday-Friday" is a stretch of both)
    closing = _TO_WEEKDAY.match(text, m.end()) if not (m["rel"] or m["part"] or m["poss"] or m["wk"]) else None
    raw_before = word_before(text, m.start())
    before = raw_before.lower()
    if before in ("every", "each") and not rel:
        return None  # handled by the SET rule
    if (before in ("one", "another", "any") or (before == "a" and re.search(r"\b(?:[Oo]n|[Ii]t\s+(?:is|was))\s+a\s+$",
                                                                           text[max(0, m.start() - 12):m.start()]))
            # ("on a gray Tuesday morning", "on a bright, cold Monday": some such day, described)
            or re.search(r"\b(?:[Oo]n|[Ii]t\s+(?:is|was))\s+an?\s+(?:(?:[a-z]+(?:y|ful|ous|ed|ing|ish|ive)|gr[ae]y|cold|warm|"
                         r"hot|bright|dark|wet|cool|clear|fine|quiet|long|fateful|rare|typical|normal|busy),?\s+){1,2}$",
                         text[max(0, m.start() - 40):m.start()])) \
            and not rel and not m["mod"]:
        return None  # "we landed on a Monday", "one Sunday in 1950": some such day, not one the calendar can find
    if not rel and not m["mod"] and raw_before[:1].isupper() and before in _NAMED_DAYS:
        return None  # "Bloody Sunday", "Super Tuesday", "Ash Wednesday": a name with a weekday in it
    if not rel and not m["mod"] and _DATE_THEN_A.search(text, max(0, m.start() - 30), m.start()):
        return None  # "on Nov. 24, a Monday, ...": the date told again by its weekday, no day of its own
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower(), "")
    start, end = m.start(), (m.end("poss") if m["poss"] and not part else m.end())
    if m["mod"] and (looks_like_verb(before) or before in ("up", "down", "off", "out", "away", "back")) and before not in (
            "said", "announced", "reported", "told", "added", "stated", "confirmed", "wrote", "posted", "tweeted",
            "warned", "urged", "vowed", "claimed", "insisted", "denied", "replied",
            "responded", "condemned", "criticized", "criticised", "called") \
            and not _LOCAL_TIME_AFTER.match(text, m.end()):
        # "ended early on Thursday", "left late Friday": the adverb tells how the happening went (but "said late
        # Tuesday" is when the report came, and "came early Monday Seoul time" is the hour on that clock)
        mod, start = "", m.start("wd")
    if m["poss"] and not part:
        end = m.end("wd")
    # TimeBank/TempEval convention (the majority of its annotations): "Monday morning" and "Monday night"
    # are the day itself; "Monday afternoon/evening" keep their part of the day.
    time_suffix = f"T{PART_OF_DAY[part]}" if part in ("afternoon", "evening") else ""

    def res(doc):
        if m["last_after"]:  # "on Tuesday last": the one before the reference day, a week back on that weekday
            d = R.weekday(doc, wd, "past")
            return (d - dt.timedelta(days=7) if d == doc.dct else d).isoformat() + time_suffix, R.PUBLISHED
        if m["on"]:  # "Thursday fortnight", "Monday week" (British): a week or two after the coming one
            d = R.weekday(doc, wd, "future") + dt.timedelta(weeks=2 if m["on"].lower() == "fortnight" else 1)
            return d.isoformat() + time_suffix, R.PUBLISHED
        week = m["wk"] or (named.group(1).lower() if not rel and (named := _WEEK_BEFORE.search(
            text, max(0, m.start() - 20), m.start())) else None)
        if week:  # "Wednesday next week", "next week on Wednesday": that weekday in the week named
            monday = doc.dct - dt.timedelta(days=doc.dct.isoweekday() - 1)
            d = monday + dt.timedelta(weeks=SHIFT[week], days=wd - 1)
            return d.isoformat() + time_suffix, R.PUBLISHED
        if rel in ("last", "this past", "next", "this coming"):
            d = R.weekday_named(doc, wd, rel)
        elif rel in ("the following", "the previous") and doc.prev is not None and doc.prev.gran == "day":
            base = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)
            if rel == "the following":
                d = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)
            else:  # the one before: a week back when the date before is itself that weekday
                d = base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
            return d.isoformat() + time_suffix, R.PREVIOUS
        elif rel == "this":
            d = R.weekday_named(doc, wd, rel)
        elif the_at is not None and (told := _the_weekday_near(doc, wd, the_at, doc.tense(start, end))) is not None:
            return told.isoformat() + time_suffix, R.PREVIOUS
        elif that_at is not None and (told := _that_weekday(doc, wd)) is not None:
            return told.isoformat() + time_suffix, R.PREVIOUS
        else:
            # "Wednesday's ruling": a possessive weekday names something that has happened
            # ("WEEK AHEAD / Monday: the minister addresses a forum": a schedule's days are all to come)
            ahead = not m["poss"] and "\n" in text and schedule_ahead(text, start)
            ahead_of = m["poss"] and _AHEAD_OF_BEFORE.search(text, max(0, start - 16), start) is not None
            if ahead_of and (told := doc.day_in_sentence(start)) is not None:
                # "Kim arrived on Monday, ahead of Tuesday's summit": the Tuesday after the day told
                base = dt.date(told.year, told.sub, told.day)
                return (base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)).isoformat() + time_suffix, R.PREVIOUS
            tense = "future" if ahead_of else "past" if m["poss"] else "future" if ahead else doc.tense(start, end)
            if tense == "past" and (soon := _AS_SOON_AS_BEFORE.search(text, max(0, start - 50), start)) is not None \
                    and _LOOKED_AHEAD_TO.search(text, max(0, soon.start() - 100), soon.start()):
                # "were likely to buy its stock as soon as trading opened Monday": the past of a time still ahead
                tense = "future"
            d = R.weekday(doc, wd, tense)
            if not ahead and tense != "past" and "\n" in text and logged_entry(text, start):
                # a list of days and hours told in the present, as a log of what happened ("Key events: - Friday 10:15
                # a.m. KST: North Korea launches ICBM", told on a Saturday) or a programme ahead ("TUESDAY, 10:00 KST —
                # Kim departs Seoul", told on a Monday): the nearest such day, the day itself or the last one first
                behind = doc.dct if wd == doc.dct.isoweekday() else R.weekday(doc, wd, "past")
                coming = R.weekday(doc, wd, "future")
                d = coming if (coming - doc.dct) < (doc.dct - behind) else behind
            if _PLAN_LOOKED_BACK.search(text, max(0, start - 100), start) or (
                    not tense and PLANNED_FOR.search(text, max(0, start - 100), start)):
                # ("a notice scheduled for publication on Friday", with no verb to say whether the plan held: the
                # nearest Friday, as a plan's day usually lies close ahead of the news of it)
                behind, ahead_d = R.weekday(doc, wd, "past"), R.weekday(doc, wd, "future")
                d = ahead_d if (ahead_d - doc.dct) < (doc.dct - behind) else behind
            if opened is not None and doc.prev is not None and doc.prev.gran == "day" and doc.prev_end == (
                    opened.end("wd")):
                # "from Monday to Wednesday", "Thursday-Friday": the stretch runs forward from its first day
                first = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)
                return (first + dt.timedelta(days=(wd - first.isoweekday()) % 7)).isoformat() + time_suffix, R.PREVIOUS
            if (before == "since" and doc.prev is not None and doc.prev.gran == "day"
                    and (told := dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)) < d
                    and not re.search(r"[.!?;]\s|\n", text[doc.prev_end:start])):
                # "wrapped up a visit on Friday, after meeting defectors since Monday": the Monday before that Friday
                d = told - dt.timedelta(days=(told.isoweekday() - wd) % 7)
            if closing is not None and tense == "past":
                # "ran from Monday to Wednesday" told on a Tuesday: the stretch has ended, so it began on the Monday
                # before its last Wednesday, not this week's
                last = R.weekday(doc, WEEKDAYS[closing["wd"].lower()], "past")
                d = last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
            if (closing is not None and doc.prev is not None and doc.prev.gran == "day"
                    and 0 <= start - doc.prev_end <= 150 and not re.search(r"[.!?;]\s|\n", text[doc.prev_end:start])):
                # "Chuseok falls on Friday, September 25, with the holiday running from Thursday to Saturday": the
                # stretch around the day just told
                base = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)
                return _nearest_weekday(base, wd).isoformat() + time_suffix, R.PREVIOUS
            if (ahead or "\n" in text and doc.prev is not None and follows_weekday_entry(text, start, doc.prev_end)) \
                    and doc.prev is not None and doc.prev.gran == "day" and (
                    last := dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)) >= doc.dct:
                # a schedule's days follow one another: "Monday: ... Tuesday: ..." told on a Tuesday is next week's
                d = last + dt.timedelta(days=(wd - last.isoweekday()) % 7)
            if (tense != "past" and d >= doc.dct and doc.prev is not None and doc.prev.gran == "day"
                    and (last := dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)) > d
                    and _PLANNED_ONWARD.fullmatch(text, doc.prev_end, start)):
                # "will fly to Seoul on Monday, arriving in Tokyo on Wednesday": a plan's next stop comes after the
                # day it sets out (not "... on Monday after talks on Wednesday", told the other way round)
                d = last + dt.timedelta(days=(wd - last.isoweekday()) % 7)
            if (d < doc.dct and wd == doc.dct.isoweekday() % 7 + 1
                    and _LOCAL_TIME_AFTER.match(text, end)):
                # "fired a missile early Tuesday local time" in a Monday story: a day ahead of the newsroom's clock
                d = doc.dct + dt.timedelta(days=1)
        return d.isoformat() + time_suffix, R.PUBLISHED

    # a value with a part of the day is a TIME in TimeML
    that_at = _that_before(text, start) if not (rel or m["mod"] or m["poss"]) else None
    # ("visited Washington on 17-19 January and delivered a letter on the Friday": the Friday of the days just told)
    the_at = None
    if that_at is None and not (rel or m["mod"] or m["poss"]) and re.search(r"\bon\s+the\s+$", text[max(0, start - 8):start]) \
            and re.match(r"\s*(?:[,.;:!?)]|and\b|$)", text[end:]):
        the_at = start - 4
    # (a name of its own: "opened", the stretch's first day above, is read by res when it runs)
    lead = that_at if that_at is not None else the_at
    return Found(start if lead is None else lead, end, "TIME" if time_suffix else "DATE", res, mod)


# A clause of time after a look ahead told in the past: "would buy as soon as trading opened Monday"
_AS_SOON_AS_BEFORE = re.compile(r"\b(?:as\s+soon\s+as|once|until|till)\s+[^.;:!?,]{0,40}$", re.IGNORECASE)
_LOOKED_AHEAD_TO = re.compile(r"\b(?:would|likely\s+to|expected\s+to|planned\s+to|intended\s+to|was\s+to|were\s+to|"
                              r"going\s+to)\b[^.;:!?]*$", re.IGNORECASE)


def _the_weekday_near(doc, wd: int, at: int, tense: str) -> dt.date | None:
    """The day "on the Friday" names: that weekday next to a day told earlier in the same sentence or the one before
    it, after it in a clause told ahead ("said on Monday it would decide on the Friday"), before it in one told in the
    past, else the nearer; None when no day was told just before (the weekday then counts from the report)."""
    p = doc.prev
    if p is None or p.gran != "day" or at - doc.prev_end > 250:
        return None
    base = dt.date(p.year, p.sub, p.day)
    ahead = (wd - base.isoweekday()) % 7
    if tense == "future":
        return base + dt.timedelta(days=ahead or 7)
    if tense == "past":
        return base - dt.timedelta(days=(7 - ahead) % 7)
    return _nearest_weekday(base, wd)


def _nearest_weekday(base: dt.date, wd: int) -> dt.date:
    """The day of weekday ``wd`` nearest ``base``, within three days either side."""
    ahead = (wd - base.isoweekday()) % 7
    return base + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


# verbs a "that" clause follows: "said that Monday's talks ..." names no Monday told before
_THAT_CLAUSE_VERBS = frozenset("said says say told tells announced announces reported reports noted notes added adds warned "
                               "warns stated states confirmed confirms insisted insists argued argues believe believes "
                               "believed think thinks thought claimed claims explained explains wrote writes hoped hopes "
                               "feared fears knew know knows learned realised realized stressed suggested suggests agreed "
                               "agree agrees denied denies revealed reveals showed shows so".split())


def _that_before(text: str, start: int) -> int | None:
    """Where "that" or "that same" before a weekday begins, when it points back to a day the story told ("on that
    Thursday", "at Panmunjom that Sunday"), not when it opens a clause ("said that Monday's talks ...")."""
    m = re.search(r"\b[Tt]hat\s+(?:same\s+)?$", text[max(0, start - 16):start])
    if m is None:
        return None
    at = max(0, start - 16) + m.start()
    return None if word_before(text, at).lower() in _THAT_CLAUSE_VERBS else at


def _that_weekday(doc, wd: int) -> dt.date | None:
    """The day "that Thursday" points back to: the last day of that weekday the story told, or the one nearest the
    day it has reached; None when the story has reached no day."""
    for _s, _e, p in reversed(doc.told):
        if p.gran == "day" and (d := dt.date(p.year, p.sub, p.day)).isoweekday() == wd:
            return d
    if doc.prev is not None and doc.prev.gran == "day":
        base = dt.date(doc.prev.year, doc.prev.sub, doc.prev.day)
        ahead = (wd - base.isoweekday()) % 7
        return base + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return None


# A weekday cut short heading a line, as a diary or a thread of posts lists a week: "1/ Mon: Seoul and Tokyo held
# talks", "- Thu.: the envoy lands".  Only there: "Sat" or "Wed" in prose are words.
_SHORT_WEEKDAYS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}


# A weekday that opens a stretch of days, before (or after) the next one: "from Monday to Wednesday", "Thursday-Friday",
# "Thursday through Saturday"
_JOIN_DAYS = r"(?:\s*[-–—]\s*|\s+(?:to|through|thru|until|till)\s+)"
_WEEKDAY_THEN_TO = re.compile(rf"\b(?P<wd>{WEEKDAY_RE}){_JOIN_DAYS}$", re.IGNORECASE)
_TO_WEEKDAY = re.compile(rf"{_JOIN_DAYS}(?P<wd>{WEEKDAY_RE})\b", re.IGNORECASE)


_WEEK_BEFORE = re.compile(r"\b(next|this|last)\s+week,?\s+(?:on\s+)?$", re.IGNORECASE)
# What lies between a planned day and the next weekday of the same sentence: words, but no sentence's end and no
# "after", "since" or "following" that would tell the second day as the earlier one
# A plan told looking back: "had been scheduled to end Friday", "was expected to meet on Wednesday". Its day may have passed
# (the offer expired) or not (the drill is extended past it), so the nearest such day is meant.
_PLAN_LOOKED_BACK = re.compile(r"\b(?:had\s+(?:(?:been|originally|previously)\s+)+|(?:was|were)\s+(?:(?:originally|"
                               r"previously|also)\s+)?)(?:scheduled|due|set|planned|slated|expected|supposed)\s+"
                               # ("was supposed to fly home to Fort Bliss, Texas, on Monday")
                               r"(?:to\s+[a-z]+\s+(?:[^.;:!?]{0,40}?\s)?(?:on\s+)?|for\s+)$")
# "ahead of Tuesday's summit", "in the run-up to Friday's vote": the possessive's day still to come
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|run-up\s+to|in\s+advance\s+of|preparations?\s+for)\s+$", re.IGNORECASE)
_PLANNED_ONWARD = re.compile(r"(?:(?!\b(?:after|since|following|before\s+that)\b)[^.!?;\n])*")


@rule(r"(?<![^\n])[ \t]*(?:[-*•][ \t]*|\d{1,2}[/.)][ \t]*)?(?P<wd>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WED|"
      r"THU(?:RS?)?|FRI|SAT|SUN)\.?(?=:[ \t]|[ \t]+(?:—|–|--)[ \t]|[ \t]+\d{1,2}[:.]?\d\d\b)", 0)
def short_weekday_heading(m, text):
    """"Mon: ...", "Thu — Talks collapsed.", "Wed 18:30 ICT — ...": a diary's or a newsletter's day heading."""
    wd = _SHORT_WEEKDAYS[m["wd"].lower()]

    def res(doc):
        ahead = schedule_ahead(text, m.start("wd"))
        return R.weekday(doc, wd, "future" if ahead else doc.tense(m.start("wd"), m.end("wd"))).isoformat(), R.PUBLISHED

    return Found(m.start("wd"), m.end("wd"), "DATE", res)


@rule(
    rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|"
    rf"overnight)(?:\s+(?P<part>{PARTS_RE}))?\b"
    rf"|\bthe\s+day\s+(?P<ba>before\s+yesterday|after\s+tomorrow)\b"
    rf"|\b(?P<this>this|last|tomorrow|yesterday)\s+(?P<part2>morning|afternoon|evening|night)\b"
)
def deictic_day(m, text):
    """"today", "yesterday morning", "this morning", "last night", "the day before yesterday"."""
    if m["ba"]:
        n = -2 if m["ba"].lower().startswith("before") else 2
        return Found(m.start(), m.end(), "DATE",
                     lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat(), R.PUBLISHED))
    if m["this"]:
        w = m["this"].lower()
        if w == "last" and re.search(r"\b(?:our|my|his|her|their|its|your|the|a|that|whose)\s+$",
                                     text[max(0, m.start() - 8):m.start()], I):
            return None  # "on our last evening together", "the last night of the talks": the final one, not yesterday's
        part = m["part2"].lower()
        n = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[w]
        if w == "last" and part != "night":
            n = -1
        code = PART_OF_DAY[part]
        return Found(m.start(), m.end(), "TIME",
                     lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat() + f"T{code}", R.PUBLISHED))
    w = m["w"].lower()
    if names_a_title(text, m.start(), m.end()):
        return None  # "USA Today", "NBC's Today show"
    if w in ("today", "tomorrow"):
        owned = re.match(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?", text[m.end():])
        if owned and not DAY_BOUND.intersection(owned.groups()):
            # "today's youth", "tomorrow's leaders": nowadays and the times ahead, not the day ("today's talks",
            # "tomorrow's vote" are)
            return None
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower(), "")
    n = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": 0}[w]
    part = (m["part"] or "").lower()
    suffix = f"T{PART_OF_DAY[part]}" if part else ("TNI" if w in ("tonight", "overnight") else "")
    typ = "TIME" if suffix else "DATE"
    if w == "tonight":
        typ = "TIME"
    if w == "overnight" and re.search(r"\b(?:almost|virtually|practically|nearly|seemingly|literally|all\s+but)\s+$",
                                      text[max(0, m.start() - 14):m.start()], re.IGNORECASE):
        return None  # "arranged almost overnight": very quickly, no night in particular
    if w == "overnight":
        # "fired rounds overnight, the military said": in a clause told in the past, the night before the story's day
        def res_overnight(doc):
            if (day := doc.day_in_sentence(m.start())) is not None and point_range(day)[0] > doc.dct:
                # "will leave Charlevoix on Saturday ... and fly overnight to Singapore": that day's night
                return point_range(day)[0].isoformat() + suffix, R.PREVIOUS
            back = 1 if doc.tense(m.start(), m.end()) == "past" else 0
            return (doc.dct - dt.timedelta(days=back)).isoformat() + suffix, R.PUBLISHED

        # "overnight losses in New York": which night is vague, so it does not become the story's day
        return Found(m.start(), m.end(), typ, res_overnight, mod, remember=False)
    return Found(m.start(), m.end(), typ,
                 lambda doc: ((doc.dct + dt.timedelta(days=n)).isoformat() + suffix, R.PUBLISHED), mod)


@rule(rf"\bovernight\s+(?:on\s+|into\s+)?(?P<wd>{WEEKDAY_RE})\b(?!['’]s)", 0 | re.IGNORECASE)
def overnight_weekday(m, text):
    """"Overnight Saturday": the night of that Saturday."""
    start, end = m.start(), m.end()
    into = "into" in m.group().lower()

    def res(doc):
        d = R.weekday(doc, WEEKDAYS[m["wd"].lower()], doc.tense(start, end))
        if into:
            d -= dt.timedelta(days=1)  # "overnight into Sunday": the night that ends on Sunday
        return d.isoformat() + "TNI", R.PUBLISHED

    return Found(start, end, "TIME", res, priority=2)


@rule(rf"\bovernight\s+on\s+(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", 0 | re.IGNORECASE)
def overnight_month_day(m, text):
    """"overnight on Feb. 13": the night of that day, one expression (not tonight's "overnight" and a date)."""
    month = month_resolver(month_num(m["mon"]), day_num(m["d"]), m.start("mon"), m.end())

    def res(doc):
        value, anchor = month(doc)
        return (value + "TNI" if len(value) == 10 else value), anchor

    return Found(m.start(), m.end(), "TIME", res, priority=2)


@rule(rf"\bthe\s+(?:early|small|wee)\s+hours\s+of\s+(?:(?P<wd>{WEEKDAY_RE})|(?P<rel>today|yesterday|tomorrow))\b", 0)
def early_hours(m, text):
    """"the early hours of Friday": the night part of that day, a TIME (TimeML's NI)."""
    if re.match(r"\s+(?:morning|night|evening)\b", text[m.end():], I):
        return None  # "the early hours of Thursday morning": "Thursday morning" says it
    start, end = m.start(), m.end()

    def res(doc):
        if m["rel"]:
            d = doc.dct + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["rel"]])
        else:
            d = R.weekday(doc, WEEKDAYS[m["wd"].lower()], doc.tense(start, end))
        return f"{d.isoformat()}TNI", R.PUBLISHED

    return Found(start, end, "TIME", res)


# ----------------------------------------------------------------------------- relative to now

REL_UNIT = r"(?P<unit>day|week|weekend|month|quarter|year|decade|century)"


@rule(r"\bthe\s+same\s+(?P<unit>day|week|month)\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
      r"the\s+(?:previous|prior)\s+year)\b")
def same_unit_a_year_back(m, text):
    """"what analysts observed the same week a year earlier": the week (day, month) the story told, a year back."""
    unit = m["unit"].lower()

    def res(doc):
        p = doc.prev
        if p is None or R._finer(unit, p.gran):
            return "", R.PREVIOUS
        back = shift(coarsen(p, unit), "year", -1) if unit != "week" else week_of(
            shift(day(point_range(p)[0]), "year", -1).first_day())
        return (back.value() if back is not None else ""), R.PREVIOUS

    # (a comparison's date, no scene the story moves to)
    return Found(m.start(), m.end(), "DATE", res, remember=False)


@rule(
    rf"\b(?:(?P<mod>{MOD_PREFIX}))?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+current|"
    rf"the\s+previous|the\s+following|the\s+same|that|that\s+same|the\s+prior|the\s+preceding|the\s+current\s+fiscal|"
    rf"the\s+fiscal|this\s+fiscal|last\s+fiscal|next\s+fiscal|the\s+latest\s+fiscal|the\s+latest|the\s+new|"
    rf"the\s+full)\s+{REL_UNIT}\b",
    reach=(50, 12),  # (the longest lead: "the very first half of the current fiscal ")
)
def this_unit(m, text):
    """"last year", "this week", "next month", "earlier this year", "late last year", "the next day"."""
    if m["rel"][:1].isupper() and m["unit"][:1].isupper() and not m["mod"]:
        return None  # "This Week With ...", "Next Year's Model": a title, not a time
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    rel = {"this past": "last", "this coming": "next"}.get(rel, rel)  # "this past weekend", "this coming week"
    unit = m["unit"].lower()
    mod = mod_of(m["mod"])
    start, end = m.start(), m.end()
    nxt = word_after(text, end)
    if unit == "weekend":
        return _weekend(m, rel, mod)
    if unit == "day" and rel in ("this", "last", "the past", "the last", "the current", "the new", "the full", "the latest"):
        return None
    if rel in ("the past", "the last", "the coming", "the next") and unit not in ("day",) and nxt == "s":
        return None
    if rel in ("the past", "the last") and unit == "year":
        if nxt == "of":
            return None  # "the last year of his term": the final year of something else
        if m["rel"].lower().startswith("the last") and re.match(
                r"\s+(?:that\s+|when\s+|in\s+which\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|the(?:\s+\w+){1,2}|it|he|she|they)"
                r"\s+(?:[a-z]+ed|did|held|met|made|saw|was|were|had|won|lost|fought|took|went|came|began|sent)\b", text[end:]):
            return None  # "2017: the last year North Korea tested a nuclear device": the year a clause tells, not 2024
        # "over the past year": TimeBank writes the calendar year before (four to one in its news)
        return Found(start, end, "DATE", lambda doc: (str(doc.dct.year - 1), R.PUBLISHED))
    if rel in ("the past", "the last", "the coming") and unit in ("week", "month", "year", "decade", "century", "quarter"):
        # "the past decade": a span reaching back from now
        if unit == "quarter":
            return None
        n = {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y", "century": "P100Y"}[unit]
        return Found(start, end, "DURATION", const(n))
    if rel in ("the next", "the following", "the previous", "the past", "the last") and re.search(
            r"\b(?:spent|spend|spends|spending)\s+$", text[max(0, start - 12):start], I) and unit in _UNIT_LENGTH:
        return Found(start, end, "DURATION", const(_UNIT_LENGTH[unit]))  # "spent the next decade teaching": how long
    if rel in ("the next", "the following") and unit in _UNIT_LENGTH and unit != "day" and re.search(
            r"\b(?:for|throughout)\s+$", text[max(0, start - 12):start], I):
        # "For the next decade, her only contact was a phone call": how long, from then on (but TimeBank dates
        # "closed over the next year or so")
        return Found(start, end, "DURATION", const(_UNIT_LENGTH[unit]))
    if rel in ("the new", "the full") and unit != "year":
        return None
    if rel == "the new" and text[end:end + 1] in ("'", "’"):
        return None  # "the New Year's speech": the holiday's, not the year ahead
    if rel in ("the fiscal", "the current fiscal", "this fiscal", "the latest fiscal"):
        if unit != "year":
            return None
        if rel == "the fiscal" and nxt in ("ended", "ending"):
            return Found(start, end, "DURATION", const("P1Y"))  # "the fiscal year ended Jan. 31": twelve months

    def res(doc):
        if rel in ("this", "the current", "the current fiscal", "this fiscal", "the fiscal", "the new", "the full"):
            p = R.relative_unit(doc, unit, 0)
            if rel == "the new":
                if _HOPED_FOR.search(text, max(0, start - 60), start):
                    # "told Trump [in a letter dated Dec. 25, 2018] he hoped to meet again in the new year": the
                    # year after the one the story is in
                    story = doc.prev if doc.prev is not None and doc.prev.gran in ("day", "week", "month") else None
                    base = story.year if story is not None and story.year < doc.dct.year else doc.dct.year
                    return str(base + 1), R.PREVIOUS if base != doc.dct.year else R.PUBLISHED
                # "in the new year" is the one ahead; "since the new year" the one that has begun
                p = R.relative_unit(doc, unit, 0 if word_before(text, start).lower() == "since"
                                    or doc.tense(start, end) == "past" else 1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("last", "last fiscal", "the latest fiscal"):
            p = R.relative_unit(doc, unit, -1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("next", "next fiscal"):
            p = R.relative_unit(doc, unit, 1)
            return (p.value() if p else ""), R.PUBLISHED
        if rel in ("the next", "the following", "the previous", "the prior", "the preceding", "the same", "that",
                   "that same", "the latest"):
            n = {"the next": 1, "the following": 1}.get(rel, -1 if rel in ("the previous", "the prior", "the preceding") else 0)
            if doc.prev is None:
                if unit == "day" and n > 0:
                    return "", R.PREVIOUS  # "The next day" after nothing dated: no day to count from
                p = R.relative_unit(doc, unit, n if rel != "the next" else 1)
                return (p.value() if p else ""), R.PUBLISHED
            base = (doc.scene_day(start, end, n) or doc.prev) if unit == "day" else doc.prev
            if rel in ("that", "that same") and unit in ("month", "year"):
                # "considered a strike in 2016 ... said in an interview this week it was discussed later that year":
                # the year the story told, not the news's own week (of which the writer says "this year"); but
                # one this sentence has just named is meant ("will report to the Board in September, ahead of the
                # General Conference later that month"), even a plan's, which leaves the story where it was
                base = _named_in_the_sentence(doc, start, unit) or R.distal_story_point(doc) or base
            if rel in ("that", "that same", "the same") and unit == "quarter" and (
                    named := _quarter_named_before(doc, start)) is not None:
                base = named  # "the second quarter ended Oct. 31 ... Results for that quarter": that one, not Oct. 31's
            if rel in ("that", "that same") and unit == "year" and (quoted := doc.quoted_year_since_prev()) is not None:
                base = quoted  # '"... turn back to 2018," she said. In that year, ...': the year the quotation named
            gran = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                    "decade": "decade", "century": "century"}[unit]
            if R._finer(gran, base.gran) and base is doc.prev and (
                    scene := R.scene_before_backstory(doc, gran)) is not None:
                base = scene  # "admitted in September 2002 that it had abducted 13 in the 1970s. ... the following month"
            if R._finer(gran, base.gran):
                return "", R.PREVIOUS
            p = shift(coarsen(base, gran), unit, n) if n else coarsen(base, gran)
            return (p.value() if p else ""), R.PREVIOUS
        return "", R.PUBLISHED

    # "his third meeting with Xi that year": the date the story is at, restated coarser; the story stays on its day
    # ("By autumn ..." is still that year's autumn).  "Later that year" moves the story on, to some time in the year.
    restates = rel in ("that", "that same", "the same") and not m["mod"]
    return Found(start, end, "DATE", res, mod, remember=not restates)


def _quarter_named_before(doc, start: int):
    """The quarter told last, if the story named one in the few sentences before ``start``."""
    for s, e, p in reversed(doc.told):
        if start - e > 400:
            return None
        if p.gran == "quarter" and e <= start:
            return p
    return None


def _named_in_the_sentence(doc, start: int, unit: str):
    """The date of that unit or finer the sentence names last before ``start``, if any."""
    finer = ("month", "day") if unit == "month" else ("year", "season", "quarter", "month", "day")
    for s, e, p in reversed(doc.told):
        if e > start:
            continue
        if re.search(r"[.!?]\s", doc.text[e:start]) or start - e > 150:
            return None
        return p if p.gran in finer else None
    return None


# what someone hoped, planned or promised to do, told in the past: the time of it lies ahead of the telling
_HOPED_FOR = re.compile(r"\b(?:hop|plann|expect|intend|want|promis|pledg|vow|agre)(?:e|es|ed|ing)?\s+to\s+(?:[\w'’-]+\s+){1,5}"
                        r"(?:in|during|by)\s+$|\bwould\s+(?:[\w'’-]+\s+){1,5}(?:in|during|by)\s+$", re.IGNORECASE)
_UNIT_LENGTH = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y", "century": "P100Y"}


def _weekend_of(saturday: dt.date) -> str:
    """The TimeML value of the weekend a Saturday opens: "2025-W37-WE"."""
    return week_of(saturday).value() + "-WE"


def _weekend(m, rel, mod):
    def res(doc):
        ref = doc.dct
        # the weekend of the reference week is its Saturday/Sunday; "last weekend" the one before
        if rel in ("last", "the past", "the last"):
            sat = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7 or 7)
        elif rel in ("next", "the coming", "the next"):
            sat = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7 or 7)
        else:
            sat = ref + dt.timedelta(days=6 - ref.isoweekday())
        return _weekend_of(sat), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(r"\b(?:the\s+)?(?P<unit>week|weekend|month|year)\s+before\s+last\b")
def before_last(m, text):
    """"the week before last", "the weekend before last": two back from the reference date."""
    unit = m["unit"].lower()

    def res(doc):
        if unit == "weekend":
            ref = doc.dct
            sat = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7 + 7)
            if sat > ref - dt.timedelta(days=7):
                sat -= dt.timedelta(days=7)
            return _weekend_of(sat), R.PUBLISHED
        return R.relative_unit(doc, unit, -2).value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(r"\b(?P<the>the\s+)weekend\b")
def the_weekend(m, text):
    if re.match(r"\s+of\s+(?:the\s+)?(?:\d|[A-Z][a-z]{2})", text[m.end():]):
        return None  # "the weekend of June 1-2": the days it names say which
    if text[m.end() - 7] == "W" and re.match(r"[ \t]+[A-Z]", text[m.end():]):
        return None  # "This is the Weekend Briefing": a show's name

    def res(doc):
        ref = doc.dct
        tense = doc.tense(m.start(), m.end())
        if tense == "future":
            sat = ref + dt.timedelta(days=(6 - ref.isoweekday()) % 7)
        else:
            p = doc.prev
            if (p is not None and p.gran == "day" and (ref - p.first_day()).days > 7
                    and 0 <= m.start() - doc.prev_end <= 600 and doc.text.count("\n\n", doc.prev_end, m.start()) <= 1):
                # "The theft began on Feb. 21 ... Over the weekend, the exchange processed ...", told in April: the
                # weekend the story had reached, not the one before the news
                told = p.first_day()
                sat = told - dt.timedelta(days=1) if told.isoweekday() == 7 else told + dt.timedelta(
                    days=6 - told.isoweekday())
                return _weekend_of(sat), R.PREVIOUS
            sat = ref - dt.timedelta(days=(ref.isoweekday() - 6) % 7)
            if sat > ref:
                sat -= dt.timedelta(days=7)
        return _weekend_of(sat), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


def _year_end(start: int) -> Resolver:
    """"year-end": the end of this year, or of the year of the chronology line it is in ("Late 2019 — the
    year-end deadline passes")."""
    def res(doc):
        entry, year = chronicled(doc.text, start)
        if year:
            return str(year), R.PREVIOUS
        if word_before(doc.text, start).lower() == "since":
            # "The percentage change is since year-end": a span up to now runs from the last year's end
            return str(doc.dct.year - 1), R.PUBLISHED
        prev = doc.prev
        if (prev is not None and prev.gran in _STORY_GRANS["year"] and point_range(prev)[1].year < doc.dct.year
                and (entry or doc.tense(start, start + 8) == "past")):
            # "That spring brought the first summit. By year's end, the leaders had met three times": the story's year
            return str(prev.year), R.PREVIOUS
        if doc.dct.month <= 2 and _END_PASSED.match(doc.text, start, start + 120):
            # "The year-end deadline Kim set expired on Dec. 31", told in January: the end just passed, last year's
            return str(doc.dct.year - 1), R.PUBLISHED
        return str(doc.dct.year), R.PUBLISHED

    return res


# what befalls a deadline or a date once it has come: "... expired", "... passed without a deal"
_END_PASSED = re.compile(r"[^.;!?]*?\b(?:expired|passed|lapsed|came\s+and\s+went|ran\s+out|elapsed)\b", re.IGNORECASE)


# A month that recurs, earlier in the sentence: "every December, usually in "
_EVERY_MONTH_BEFORE = re.compile(rf"\b(?:[Ee]very|[Ee]ach)\s+(?P<mon>{MONTH_RE})\b[^.;!?]{{0,60}}$")
_STORY_GRANS = {"year": ("day", "week", "month", "season", "quarter", "half", "year"), "month": ("day", "week", "month")}


@rule(r"\b(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|close|rest|balance)\s+of)\s+the\s+(?P<unit>year|month|week|"
      r"decade)\b|\b(?P<ye>year|year['’]s)[-\s]end\b|\b(?P<ye2>end)\s+of\s+year\b")
def end_of_the_unit(m, text):
    """"the end of the year", "the beginning of the month", "year-end": a part of the current unit."""
    if m["ye"] or m["ye2"]:
        return Found(m.start(), m.end(), "DATE", _year_end(m.start()), "END")
    unit = m["unit"].lower()
    mod = mod_of(m["mod"]) if not re.search(r"rest|balance", m["mod"], I) else ""
    if unit == "month" and (every := _EVERY_MONTH_BEFORE.search(text, max(0, m.start() - 80), m.start())) is not None:
        # "a plenary meeting every December, usually in the middle of the month": each December's middle
        return Found(m.start(), m.end(), "SET", const(f"XXXX-{month_num(every['mon']):02d}"), mod)

    def res(doc):
        prev = doc.prev
        entry, entry_year = chronicled(doc.text, m.start())
        if unit == "year" and entry_year:
            return str(entry_year), R.PREVIOUS  # "2002 — ... The framework collapses by the end of the year"
        # a chronology's lines are told in the historical present: the story's time, whatever the tense
        told_past = entry or doc.tense(m.start(), m.end()) == "past"
        if (unit == "decade" and prev is not None and prev.gran not in ("century",)
                and point_range(prev)[1].year < doc.dct.year // 10 * 10 and told_past):
            # "It was shelved in January 1980. By the end of the decade the mood had changed": the story's decade
            return coarsen(prev, "decade").value(), R.PREVIOUS
        if (unit in ("year", "month") and prev is not None and prev.gran in _STORY_GRANS[unit]
                and (point_range(prev)[1].year < doc.dct.year
                     # (a month earlier this year, told just before: "a parade on Oct. 10, and ... at the end of the
                     # month", in a December story)
                     or (unit == "month" and point_range(prev)[1] < doc.dct.replace(day=1)
                         and 0 <= m.start() - doc.prev_end <= 200))
                and told_past and not doc.prev_since):
            # "landed at Inchon on September 15, 1950 ... By the end of the year they were in retreat": the year
            # (or month) the story has reached; a span's start ("silent since April 2023") is no point the story reached
            return coarsen(prev, unit).value(), R.PREVIOUS
        ahead = unit == "week" and doc.dct.isoweekday() >= 6 and doc.tense(m.start(), m.end()) == "future"
        # ("will return at the end of the week" in a weekend's story: the working week to come)
        p = R.relative_unit(doc, unit, 1 if ahead else 0)
        return p.value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(r"\bmid[-\s]?(?P<unit>month|year|week)\b(?![-\s]*(?:elections?|review|report|budget|break|holidays?))")
def mid_unit(m, text):
    """"mid-month", "mid-year": the middle of the current month (year, week), or of the story's when it is told in
    the past about an earlier one."""
    unit = m["unit"].lower()

    def res(doc):
        prev = doc.prev
        if (prev is not None and prev.gran in _STORY_GRANS.get(unit, ()) and point_range(prev)[1].year < doc.dct.year
                and doc.tense(m.start(), m.end()) == "past"):
            return coarsen(prev, unit).value(), R.PREVIOUS
        return R.relative_unit(doc, unit, 0).value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, "MID")


@rule(r"\b(?:the\s+)?(?P<ord>first|1st)\s+of\s+(?P<which>the|this|next)\s+month\b")
def first_of_the_month(m, text):
    """"the first of the month": the next first day of a month (today's, if it is the first), or this month's in
    a clause told in the past; "the first of next month" the next one."""
    which = m["which"].lower()

    def res(doc):
        d = doc.dct
        this_first = d.replace(day=1)
        next_first = (this_first + dt.timedelta(days=32)).replace(day=1)
        if which == "next":
            return next_first.isoformat(), R.PUBLISHED
        if which == "this" or doc.tense(m.start(), m.end()) == "past" or d.day == 1:
            return this_first.isoformat(), R.PUBLISHED
        return next_first.isoformat(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, priority=2)


@rule(r"\b(?P<pre>for|of|during|throughout|in|over)\s+(?P<the>the\s+)(?P<unit>year|week|"
      r"month)\b(?!-)(?P<ended>\s+(?:ended|ending|to|through))?(?!\s+(?:of|before|after|when|that|in\s+which|-))")
def the_unit(m, text):
    """"for the year" (the current one), "in the year ended March 31" (a twelve-month span)."""
    unit = m["unit"].lower()
    start, end = m.start("the"), m.end("unit")
    if m["ended"]:
        return Found(start, end, "DURATION", const(dur_value(1, unit)))

    def res(doc):
        p = doc.prev
        if (m["pre"].lower() == "of" and p is not None and 0 <= start - doc.prev_end <= 60
                and not re.search(r"[.!?]\s|\n", text[doc.prev_end:start]) and p.gran in ("day", "week", "month")):
            # "| 27 April 2018 | First inter-Korean summit of the year |": the year of the date just told
            return coarsen(p, unit).value(), R.PREVIOUS
        return R.relative_unit(doc, unit, 0).value(), R.PUBLISHED

    return Found(start, end, "DATE", res)


@rule(r"\b(?P<mod>earlier|later|early|late)\s+(?:in\s+)?(?P<the>the|that)\s+(?P<unit>day|week|month|year)\b")
def earlier_in_the_unit(m, text):
    unit = m["unit"].lower()
    mod = mod_of(m["mod"])

    def res(doc):
        if doc.prev is not None and (m["the"].lower() == "that" or unit == "day"):
            # "Earlier in the day": the day the story is on (not its evening)
            base = (doc.scene_day(m.start(), m.end()) or doc.prev) if unit == "day" else doc.prev
            if R._finer(unit, base.gran):
                return "", R.PREVIOUS
            value = coarsen(base, unit).value()
            return (value[:10] if unit == "day" else value), R.PREVIOUS
        if unit == "week" and (day := doc.day_in_sentence(m.start())) is not None:
            # "will fly to Seoul on Wednesday ... and depart for Brunei later in the week": the week of that day
            return coarsen(day, "week").value(), R.PREVIOUS
        if unit == "week" and m["mod"].lower() == "later" and doc.dct.isoweekday() == 7:
            return R.relative_unit(doc, unit, 1).value(), R.PUBLISHED  # on a Sunday, the week's later days are next week's
        p = R.relative_unit(doc, unit, 0)
        return p.value(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, mod)


@rule(rf"\b(?P<n>{COUNT_RE})\s+(?P<wd>{WEEKDAY_RE})s\s+ago\b")
def weekdays_ago(m, text):
    """"two Sundays ago": counted back from the last such day (last Sunday is one Sunday ago)."""
    n = parse_count(m["n"])
    if n is None or n != int(n) or not 1 <= n <= 10:
        return None
    wd = WEEKDAYS[m["wd"].lower()]

    def res(doc):
        last = doc.dct - dt.timedelta(days=(doc.dct.isoweekday() - wd) % 7 or 7)
        return (last - dt.timedelta(weeks=int(n) - 1)).isoformat(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res, priority=2)


@rule(
    rf"\b(?P<approx>{APPROX_PREFIX})?(?P<n>{COUNT_RE})\s+(?:more\s+|full\s+|long\s+|trading\s+|business\s+|"
    rf"working\s+)?(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
    # ("after that", but not "after that deal": a determiner, and the deal is what the time hangs on)
    rf"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|(?:before|after)\s+that(?!\s+[a-z]+\s*[,.;])|"
    rf"before|after|"
    rf"previously|hence|from\s+now|away(?!\s+from\b)|back|on(?=\s*,))\b"
    rf"(?P<today>\s+(?:today|yesterday|this\s+month|this\s+week))?"
    rf"(?P<this_month>\s+this\s+(?:(?P<mon>{MONTH_RE})|(?P<season>spring|summer|autumn|fall|winter)\b))?",
    reach=(60, 60),  # ("the better part of twenty-five business years", "centuries and a half or so ago this September")
)
def ago(m, text):
    """"two years ago", "a day earlier", "two days later", "a week or so ago"."""
    unit = m["unit"].lower().replace("ie", "y").replace("fortnight", "week")
    n = parse_count(m["n"])
    if re.search(r"[A-Za-z]-$", text[max(0, m.start() - 2):m.start()]):
        return None  # "fired a Hwasong-17 hours before": the number ends a name
    # "a year after that" is "a year later": counted from the date just told
    # "Three weeks on, ..." too
    d = {"after that": "later", "before that": "earlier", "on": "later"}.get(re.sub(r"\s+", " ", m["dir"].lower()),
                                                                          m["dir"].lower())
    if unit in ("second", "minute", "hour") or (d in ("before", "after") and re.match(r"\s+[A-Za-z0-9]", text[m.end():])) or (
            d in ("earlier", "later") and re.match(r"\s+than\b", text[m.end():])):
        # "a year after talks began", "a day earlier than planned": how far apart two things are, not a date
        # "an hour later", "two days after the summit", "30 days before closing": a duration hanging on
        # another event
        end = m.start("dir")
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        start = m.start("n") if m["approx"] and re.match(r"(?:about|just|only|some)\b", m["approx"], I) else m.start()
        if m["half"] and n is not None:  # "a minute and a half later"
            return Found(start, end, "DURATION", const(dur_value(n + 0.5, unit)), approx_mod(m["approx"]))
        # ("a fortnight after ...": two weeks)
        fortnights = 2 if m["unit"].lower().startswith("fortnight") else 1
        found = duration_found(start, end, m["n"], "fortnight" if fortnights == 2 else unit, m["approx"], text)
        # ("to keep observing the limits for one year after the expiry": how long, from then on)
        lasting = re.search(r"\b(?:for|lasting|last|lasts)\s+$", text[max(0, start - 10):start], I) is not None
        if d in ("before", "after") and n is not None and n == int(n) and unit not in ("second", "minute", "hour") \
                and not lasting:
            if (happening := R.named_happening(text, m.end())) is not None:
                # "two days after the launch": a date when the launch was told, else the interval it is
                found.hangs_on = ((-1 if d == "before" else 1) * int(n) * fortnights, unit, happening)
        return found
    if d in ("before", "after"):
        # "two days after the summit": a duration hanging on another event; "two days after" alone: relative
        if re.match(r"\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|that|this|[A-Z0-9])", text[m.end():]):
            return duration_found(m.start(), m.start("dir") - 1 if text[m.start("dir") - 1] == " " else m.start("dir"), m["n"], unit, m["approx"], text)
    if m["n"].lower() == "fortnight":
        n = 2
    if m["unit"].lower() == "fortnight":
        n = (n or 1) * 2
    sign = -1 if d in ("ago", "earlier", "before", "previously", "back") else 1
    from_prev = d in ("earlier", "later", "before", "after", "previously")
    mod = "APPROX" if m["approx"] and approx_mod(m["approx"]) == "APPROX" else ""
    if n is None:
        if d != "ago":
            return None  # "a few days later": the duration rule tags "a few days"
        return Found(m.start(), m.end(), "DATE", const("PAST_REF", R.PUBLISHED), mod)
    if m["half"]:
        n += 0.5
    if n != int(n) and unit in ("decade", "century"):
        unit, n = "year", n * (10 if unit == "decade" else 100)  # "a quarter of a century ago": 25 years back
    if n != int(n) and unit == "year" and (n * 12) == int(n * 12):
        unit, n = "month", n * 12  # "two and a half years later": thirty months on, a month the text vouches for
    if n != int(n):
        return Found(m.start(), m.end(), "DATE", const("PAST_REF" if sign < 0 else "FUTURE_REF", R.PUBLISHED), mod)
    n = int(n)
    if m["this_month"] and d == "ago" and unit in ("year", "decade", "century"):
        # "Seven years ago this June": that June, so many years back ("Seventy-two years ago this summer": that summer)
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        part = f"{month_num(m['mon']):02d}" if m["mon"] else SEASONS[m["season"].lower()]
        return Found(m.start(), m.end(), "DATE", lambda doc: (f"{doc.dct.year - years:04d}-{part}", R.PUBLISHED))
    if m["today"] and d == "ago":
        # "seven years ago today": that very day, so many years back; "25 years ago this month": that month
        which = re.sub(r"\s+", " ", m["today"].strip().lower())
        back = 1 if which == "yesterday" else 0

        def that_day(doc):
            p = shift(day(doc.dct - dt.timedelta(days=back)), unit, -n)
            if p is not None and which.startswith("this "):
                p = coarsen(p, which.split()[1])  # the week (or month) of that day, so many years back
            return (p.value() if p else ""), R.PUBLISHED

        return Found(m.start(), m.end(), "DATE", that_day)
    comparison = unit == "year" and n == 1 and sign < 0
    # "a day earlier", "two weeks before that": a flashback; the story goes on from the date it looked back from
    flashback = from_prev and sign < 0 and unit in ("day", "week")
    comparison = comparison or flashback
    start = m.start()
    if not m["approx"]:
        return Found(m.start(), m.end(), "DATE", lambda doc: R.offset(doc, unit, sign * n, from_prev, start,
                                                                      end=m.end()), mod, remember=not comparison)
    # "more than a year earlier", "about a month later": the unit is all the text vouches for, so the
    # date is no finer than it, and "more than"/"less than" say on which side of that point it lies.
    bound = bound_mod(m["approx"], sign)

    def res(doc):
        value, anchor = R.offset(doc, unit, sign * n, from_prev, start, end=m.end())
        p = parse_value(value)
        if p is not None and p.gran in ("day", "week") and unit not in ("day", "week"):
            value = coarsen(p, unit).value()
        return value, anchor

    return Found(m.start(), m.end(), "DATE", res, mod or bound, remember=not comparison)


def bound_mod(prefix: str, sign: int) -> str:
    """BEFORE or AFTER for "more than/less than N units earlier/later" (sign -1 for earlier)."""
    p = prefix.lower()
    if re.match(r"(?:more\s+than|over|at\s+least|well\s+over|just\s+over|no\s+less\s+than)\b", p):
        return "BEFORE" if sign < 0 else "AFTER"
    if re.match(r"(?:less\s+than|under|just\s+under|barely|at\s+most|up\s+to|no\s+more\s+than|fewer\s+than)\b", p):
        return "AFTER" if sign < 0 else "BEFORE"
    return ""


@rule(r"\b(?:(?P<mod>early|late)\s+)?(?P<pre>the\s+(?:next|following|previous|prior|preceding|same)|that(?:\s+same)?|"
      r"the\s+very\s+next)\s+(?P<unit>day|morning|afternoon|evening|night)\b|\bthe\s+day\s+(?P<ba>before|"
      r"after)\b(?!\s+(?:yesterday|tomorrow))")
def next_day(m, text):
    """"the next day", "the following morning", "that day", "the day before": counted from the previous date."""
    if m["ba"]:
        # (but "the missile launched the day before had flown 74 minutes": a verb after it, no happening named)
        if re.match(r"\s+[A-Za-z]", text[m.end():]) and not _VERB_AFTER_THE_DAY.match(text, m.end()):
            # "the day before the vote": counted from an event, not a date: dated when an earlier sentence told
            # when the vote was.  In apposition to a date ("Oct. 12, the day before the crash") "the day" is
            # that date.
            if not re.search(r"\d,\s*$", text[max(0, m.start() - 4):m.start()]):
                if (happening := R.named_happening(text, m.end())) is None:
                    return None
                shift_by = -1 if m["ba"].lower() == "before" else 1
                # a DATE only once the vote's date is found (timexes.resolve_all); the value is a stand-in till then
                found = Found(m.start(), m.start() + len("the day"), "DATE", const("P1D", R.PUBLISHED))
                found.hangs_on = (shift_by, "day", happening)
                return found
            return Found(m.start(), m.start() + len("the day"), "DATE",
                         lambda doc: (doc.prev.value(), R.PREVIOUS) if doc.prev and doc.prev.gran == "day" else ("", ""))
        n = -1 if m["ba"].lower() == "before" else 1
        part = ""
    else:
        pre = re.sub(r"\s+", " ", m["pre"].lower())
        n = {"the next": 1, "the following": 1, "the very next": 1, "the previous": -1, "the prior": -1,
             "the preceding": -1}.get(pre, 0)
        part = m["unit"].lower()
        if part == "day":
            part = ""
    suffix = f"T{PART_OF_DAY[part]}" if part else ""

    def res(doc):
        if (base := doc.scene_day(m.start(), m.end(), n)) is None:
            if doc.prev is None and n <= 0:
                # "that day", "the day before" with no date told: the day of the report
                return (doc.dct + dt.timedelta(days=n)).isoformat() + suffix, R.PUBLISHED
            return "", R.PREVIOUS  # "The next day" after nothing dated: no day to count from
        d = dt.date(base.year, base.sub, base.day) + dt.timedelta(days=n)
        return d.isoformat() + suffix, R.PREVIOUS

    # "He landed on Oct. 29; the North had fired missiles the day before. He met Xi the next morning": a look back
    # is a flashback, and the story goes on from the day it looked back from
    # (a part of a day is a TIME, as its value says: "that night" is 2010-03-26TNI; "late that night" its end)
    mod = {"early": "START", "late": "END"}.get((m["mod"] or "").lower(), "")
    return Found(m.start(), m.end(), "TIME" if suffix else "DATE", res, mod, remember=n >= 0)


_VERB_AFTER_THE_DAY = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|and|but|or|when|as|to|in|"
                                 r"at|with|from|for|by|because)\b")


_NTH_DAY = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6}


def _first_of_the_days_told(doc, base, start: int) -> dt.date:
    """The first of the run of days told one after another up to ``base`` ("landed on Wednesday, Oct. 8 ... That
    evening ... at 5 a.m. the next morning. On the second day ..." counts from the landing, Oct. 8)."""
    first = base.first_day()
    k = next((i for i in range(len(doc.told) - 1, -1, -1) if doc.told[i][2] is base), None)
    if k is None:
        return first
    for _s, e, p in reversed(doc.told[:k]):
        if start - e > 2500:
            break
        if p.gran != "day":
            continue
        if (first - p.first_day()).days in (0, 1):
            first = p.first_day()  # (a day told in passing between, "ahead of the Chuseok holiday", is skipped)
    return first


@rule(r"\bthe\s+(?P<ord>second|third|fourth|fifth|sixth|seventh)\s+day\b(?!\s+(?:of\s+(?:the\s+)?(?:month|year|week|"
      + MONTH_RE + r")\b|in\s+a\s+row|running|straight|in\s+office|after|before|since))")
def nth_day(m, text):
    """"On the second day, the talks collapsed": counted from the day the story is on, the day such a gathering
    opened ("met in Hanoi on Wednesday for a two-day summit"); "It's the third day of the strike" is the report's."""
    n = _NTH_DAY[m["ord"].lower()]
    before = text[max(0, m.start() - 16):m.start()]
    if re.search(r"\b(?:[Ii]t\s+is|[Ii]t['’]s|[Tt]his\s+is)\s+$", before):
        return Found(m.start(), m.end(), "DATE", lambda doc: (doc.dct.isoformat(), R.PUBLISHED))
    if re.search(r"\b(?:was|were|is|are|be|been|marks|marked|for)\s+$", before):
        return None  # "Wednesday was the second day of the talks", "for the second day": the day named elsewhere

    def res(doc):
        if (base := doc.scene_day(m.start(), m.end(), n)) is None:
            return "", R.PREVIOUS  # no day told to count from
        return (_first_of_the_days_told(doc, base, m.start()) + dt.timedelta(days=n)).isoformat(), R.PREVIOUS

    return Found(m.start(), m.end(), "DATE", res)


@rule(r"\b(?:in|during|by|until|through|throughout)\s+(?P<span>the\s+(?:(?P<mod>early|late|mid)[-\s]?)?(?P<part>morning|afternoon|evening))\b"
      r"(?!\s+(?:of|before|after|when|that|session|sessions|papers?|prayers?|news|show|rush|light|sun|star)\b)")
def part_of_the_day(m, text):
    """"talks with Kim in the afternoon", "placed orders in the morning": that part of the day the story is on (no
    time when no day has been told)."""
    suffix = "T" + PART_OF_DAY[m["part"].lower()]
    at = m.start("span")

    def res(doc):
        base = doc.day_told(at)
        if base is None:
            return "", R.PREVIOUS
        return point_range(base)[0].isoformat() + suffix, R.PREVIOUS

    # ("in the late afternoon": its end)
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["mod"] or "").lower(), "")
    return Found(at, m.end("span"), "TIME", res, mod, remember=False)


@rule(r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<ba>after|before)\b"
      r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|next|[A-Za-z]+['’]s|[A-Z]|\d))")
def unit_after(m, text):
    """"moved to the weekend after", "the month before": that unit next to the date told just before (counted
    from a happening instead, "the week after the summit", it is no date here)."""
    unit, n = m["unit"].lower(), (1 if m["ba"].lower() == "after" else -1)

    def res(doc):
        p = doc.prev
        if p is None or not (p.gran == "day" or (p.gran == "week" and unit in ("week", "month", "year"))
                             or (p.gran == "month" and unit in ("month", "year")) or (p.gran == unit == "year")):
            return "", R.PREVIOUS
        first = point_range(p)[0]
        if unit == "weekend":
            d = first + dt.timedelta(days=(5 - first.weekday()) % 7 or 7) if n > 0 else \
                first - dt.timedelta(days=(first.weekday() + 2) % 7 or 7)  # the Saturday after, or the one before
            return _weekend_of(d), R.PREVIOUS
        if unit == "week":
            return week_of(first + dt.timedelta(weeks=n)).value(), R.PREVIOUS
        q = shift(coarsen(p, unit), unit, n)
        return (q.value() if q else ""), R.PREVIOUS

    return Found(m.start(), m.end(), "DATE", res)


# ----------------------------------------------------------------------------- references

_MODALS = frozenset(("will", "would", "could", "may", "might", "can", "shall", "should", "must"))


@rule(
    r"\b(?:(?P<now>now|nowadays|these\s+days|currently|presently|at\s+present|at\s+the\s+moment|"
    r"the\s+present(?:\s+day)?|so\s+far|to\s+date)"
    r"|(?P<past>(?:more\s+|most\s+|very\s+|until\s+)?recently|lately|previously|formerly|in\s+the\s+past(?=\W)|"
    r"the\s+past|once\s+upon\s+a\s+time|of\s+late|earlier)"
    r"|(?P<future>(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?)?future|the\s+(?:near|short|medium|longer|"
    r"long)\s+term(?![-\w])|soon|shortly|someday|some\s+day|one\s+day|eventually|a\s+later\s+date|later\s+on))\b"
)
def refs(m, text):
    """"now" -> PRESENT_REF, "recently" -> PAST_REF, "the future" -> FUTURE_REF."""
    g = m.group().lower()
    nxt = word_after(text, m.end())
    prev_word = word_before(text, m.start()).lower()
    start, end = m.start(), m.end()
    if m["now"]:
        if g in ("so far", "to date"):
            return None
        if m.group() == "Now" and text[end:end + 1] == ",":
            return None  # "Now, he says ...": a discourse marker opening the sentence
        if g.startswith("the present") and nxt not in ("", "s") and not re.match(r"\s*[,.;:)]", text[m.end():]):
            if g == "the present":
                return None
        return Found(start, end, "DATE", const("PRESENT_REF", R.PUBLISHED))
    if m["past"]:
        if g.startswith("in the past"):
            start = m.start() + g.index("the")
        if g == "the past" or g.startswith("in the past"):
            if nxt in ("few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
                       "year", "week", "month", "decade", "day", "days", "years", "weeks", "months", "decades",
                       "century", "quarter", "hour", "hours", "twelve", "twenty", "fortnight", "many") or nxt.isdigit():
                return None
        if g == "the past" and re.search(r"\b(?:thing|things|relic|relics)\s+of\s+$", text[max(0, start - 12):start], re.I):
            return None  # "a thing of the past": over, no time of its own
        if g.endswith("recently") and prev_word == "as" and nxt == "as":
            return None  # "as recently as August": the date after it is the time; "recently" only compares
        if g in ("earlier", "previously", "formerly", "once upon a time"):
            # mostly about the order of two events, not a time of their own; TimeML leaves them untagged
            return None
        return Found(start, end, "DATE", const("PAST_REF", R.PUBLISHED))
    if g == "one day" and prev_word not in _MODALS:
        return None  # "in the job one day": a day's length (the duration rule); "will one day be": some future time
    if g == "soon" and (prev_word in _MODALS or prev_word == "to" or nxt == "will"
                        or prev_word == "as" and re.match(r"\s+as\s+(?:possible|practicable|feasible)\b", text[end:end + 20])):
        # "prosecutors may soon seek an indictment", "it soon will begin", "to liquidate it as soon as possible": the
        # near future, as a modal or an infinitive tells it ("soon after", "was soon released", "as soon as he
        # arrives" only order two happenings)
        return Found(start, end, "DATE", const("FUTURE_REF", R.PUBLISHED))
    if g in ("shortly", "eventually", "later on", "soon"):
        return None  # manner more than time
    if g == "future" and prev_word not in ("the", "in", "near", "for", "distant", "foreseeable"):
        if nxt not in ("", "s") and not re.match(r"\s*[,.;]", text[m.end():]):
            return None
    return Found(start, end, "DATE", const("FUTURE_REF", R.PUBLISHED))


@rule(r"\bthe\s+(?:(?:next\s+)?few\s+|several\s+)?(?P<unit>days|weeks|months|years)\s+ahead\b")
def units_ahead(m, text):
    """"the weeks ahead", "the next few months ahead": an unspecified stretch from now on, like "the coming weeks"."""
    return Found(m.start(), m.end(), "DURATION", const(f"PX{m['unit'][0].upper()}"))


@rule(r"\b(?P<w>current|recent|former|past|upcoming)\b(?P<rest>\s+(?:days|weeks|months|years|decades))?")
def ref_adjectives(m, text):
    w = m["w"].lower()
    if m["rest"]:
        unit = m["rest"].strip().lower()[0].upper()
        if w in ("recent", "past", "upcoming"):
            if w == "upcoming":
                return None
            if m["rest"].strip().lower() == "years":
                # "in recent years": TimeBank mostly writes a vague past, not a span of unknown length
                return Found(m.start(), m.end(), "DATE", const("PAST_REF", R.PUBLISHED))
            code = {"D": "D", "W": "W", "M": "M", "Y": "Y"}.get(unit)
            if unit == "D" and m["rest"].strip().lower().startswith("decade"):
                code = "DE"
            return Found(m.start(), m.end(), "DURATION", const(f"PX{code}" if code != "DE" else "P10Y"))
        return None
    if w == "current":
        if m["w"] == "Current" and re.match(r" [A-Z]", text[m.end():m.end() + 2]) and m.start() > 0 and not re.search(
                r"(?:^|[.!?:\n\"“]\s*)$", text[max(0, m.start() - 3):m.start()]):
            return None  # "reporters for Current TV", "Current Affairs": a name in mid-sentence, not a time
        return Found(m.start(), m.end(), "DATE", const("PRESENT_REF", R.PUBLISHED))
    return None  # "recent talks": an adjective of recency, not a time in its own right


# ----------------------------------------------------------------------------- misc phrases

@rule(rf"\b(?:(?P<n>{COUNT_RE})-)?(?P<unit>hour|day|week|month|year|decade|century|centurie)(?P<pl>s)?-long\b")
def long_adjective(m, text):
    """"day-long talks", "a two-year-long drought", "a decades-long feud": how long something lasts."""
    n = None if m["pl"] else parse_count(m["n"]) if m["n"] else 1
    return Found(m.start(), m.end(), "DURATION", const(dur_value(n, m["unit"])))


@rule(r"\b(?P<pre>the\s+)?(?P<w>year|month|week)-(?P<how>earlier|ago|before|end|old)\b(?!\s+(?:quarter|period|nine|"
      r"six|three))")
def year_earlier_adj(m, text):
    """"year-earlier" (as in "the year-earlier quarter"); "year-end" -> the end of this year."""
    how = m["how"].lower()
    w = m["w"].lower()
    if how == "old":
        return None
    if how == "end":
        res_end = _year_end(m.start()) if w == "year" else lambda doc: (R.relative_unit(doc, w, 0).value(), R.PUBLISHED)
        return Found(m.start("w"), m.end(), "DATE", res_end, "END")

    def res(doc):
        p = doc.prev
        if p is None:
            q = R.relative_unit(doc, w, -1)
            return q.value(), R.PUBLISHED
        if w == "year":
            if p.gran == "day":  # "the quarter ended Sept. 30 ... the year-ago quarter"
                p = doc.focus_quarter or coarsen(p, "year")
            if p.year < doc.dct.year:
                return str(p.year), R.PREVIOUS  # the comparison year was named just before
            s = shift(p, "year", -1)
            return (s.value() if s else ""), R.PREVIOUS
        return "", R.PREVIOUS

    return Found(m.start("w"), m.end(), "DATE", res, remember=False)


@rule(
    rf"\b(?P<n>{COUNT_RE})\s+(?P<unit>day|week)s?\s+(?:from|on)\s+(?P<a>today|tomorrow|{WEEKDAY_RE})\b"
    rf"|\b(?P<wd>{WEEKDAY_RE})\s+week\b(?![-\w]|\s*(?:of|end|day))"
)
def counted_from_a_day(m, text):
    """"a week from Monday", "two days from today", "Monday week" (British): a day counted from another."""
    if m["wd"]:
        if not m["wd"][0].isupper():
            return None
        n, unit, anchor = 1, "week", m["wd"]
    else:
        n, unit, anchor = parse_count(m["n"]), m["unit"].lower(), m["a"]
        if n is None or n != int(n):
            return None
    days = int(n) * (7 if unit == "week" else 1)

    def res(doc):
        a = anchor.lower()
        if a in ("today", "tomorrow"):
            base = doc.dct + dt.timedelta(days=1 if a == "tomorrow" else 0)
        else:
            base = R.weekday(doc, WEEKDAYS[a], "future")
        return (base + dt.timedelta(days=days)).isoformat(), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(r"\b(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+year\b")
def this_time_last_year(m, text):
    """"this time last year", "the same time next year": the published month, a year back or on."""
    n = -1 if m["rel"].lower() == "last" else 1

    def res(doc):
        return f"{doc.dct.year + n:04d}-{doc.dct.month:02d}", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(rf"\b(?:on\s+)?this\s+(?:day|date)\s+(?:in\s+(?P<y>{YEAR})|(?P<back>last\s+year|a\s+year\s+ago))\b")
def this_day_in(m, text):
    """"On this day in 1950": the published day and month, in that year; "a different tone from this day last year":
    a year back (one date, not "last year" with a day beside it)."""

    def res(doc):
        y = int(m["y"]) if m["y"] else doc.dct.year - 1
        try:
            return dt.date(y, doc.dct.month, doc.dct.day).isoformat(), R.PUBLISHED
        except ValueError:
            return "", R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)


@rule(rf"\bin\s+(?P<n>{COUNT_RE})\s+(?P<unit>day|week|fortnight|month|year)s?['’]?s?\s+time\b")
def in_units_time(m, text):
    """"in a fortnight's time", "in two weeks' time": the day (or month, year) that far ahead."""
    n = parse_count(m["n"])
    unit = m["unit"].lower()
    if n is None or n != int(n):
        return None
    if unit == "fortnight":
        unit, n = "week", n * 2

    def res(doc):
        p = shift(day(doc.dct), unit, int(n))
        if p is not None and unit in ("month", "year"):
            p = coarsen(p, unit)
        return (p.value() if p else ""), R.PUBLISHED

    return Found(m.start(), m.end(), "DATE", res)
