"""Turning the pieces of a date phrase into TimeML values, relative to the reference date or to the
date mentioned before.  Every function returns ``(value, anchor)``; anchor is "explicit" when the text
names the year itself, "published" when it is counted from the reference date, "previous" when from
the date mentioned before it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .context import SENTENCE_END, SPAN_START_BEFORE, DocContext, looks_like_verb, modifies_noun
from .lexicon import MONTH_RE, MONTHS
from .values import Point, coarsen, day, point_range, quarter_of, season_of, shift, week_of

EXPLICIT, PUBLISHED, PREVIOUS = "explicit", "published", "previous"


def weekday(doc: DocContext, wd: int, tense: str, shift_weeks: int = 0) -> dt.date:
    """The weekday (1 = Monday) a bare "Sunday" means: the latest one on or before the reference date,
    or the next one on or after it when the clause speaks of the future."""
    ref = doc.dct
    delta = wd - ref.isoweekday()
    if tense == "future":
        d = ref + dt.timedelta(days=delta % 7)
    else:
        d = ref - dt.timedelta(days=(-delta) % 7)
    return d + dt.timedelta(weeks=shift_weeks)


def weekday_named(doc: DocContext, wd: int, rel: str) -> dt.date:
    """The weekday "last", "this", "next" (or "this past", "this coming") names, from the reference date."""
    if rel in ("last", "this past"):
        d = weekday(doc, wd, "past")
        return d - dt.timedelta(days=7) if d == doc.dct else d
    if rel in ("next", "this coming"):
        d = weekday(doc, wd, "future")
        if d == doc.dct or (rel == "next" and (d - doc.dct).days <= 2):
            # ("next Thursday" said on a Wednesday is not tomorrow, which would be "Thursday" or "tomorrow": it is
            # the Thursday of the week after)
            d += dt.timedelta(days=7)
        return d
    return doc.dct + dt.timedelta(days=wd - doc.dct.isoweekday())  # "this Friday": in the reference week


def month_year(doc: DocContext, month: int, dom: int | None, tense: str, start: int = -1, end: int = -1) -> int:
    """The year of a month (and day) named without one: the latest such month up to the reference
    date in a past-tense clause, the next one from it in a future one, otherwise the nearest.

    A day a few weeks ahead is not pushed back a whole year by a past-tense verb ("said the vote is on
    Nov. 6" in early November): news rarely names last year's date without its year.
    """
    ref = doc.dct
    key = (month, dom or 0)
    now = (ref.month, ref.day if dom else 0)
    if tense == "future":
        if dom and key < now and -7 <= (_days_between(ref, ref.year, month, dom) or -99) < 0 and not (
                0 <= start < end and modifies_noun(doc.text, start, end)):
            # a day less than a week gone is not put off a whole year by a future verb: "said it would launch
            # between May 27 and June 4" on May 30, "would repatriate the child by Jan. 14" on the 15th (but a day
            # naming a thing, "will honour the May 28 statement", is next year's)
            return ref.year
        return ref.year if key >= now else ref.year + 1
    if tense == "past":
        y = ref.year if key <= now else ref.year - 1
        if y < ref.year or key > now:
            # a date a few weeks ahead is not pushed back a year by a past-tense verb ("said the vote is on
            # Nov. 6", "the accession was planned for early March")
            ahead = _days_between(ref, ref.year if key >= now else ref.year + 1, month, dom or 1)
            # (a span's start is never ahead: "has not tested a missile since November 29", told on Nov. 3)
            if ahead is not None and 0 <= ahead <= (45 if dom else 21) and not _done_before(doc, start) and not (
                    start > 0 and SPAN_START_BEFORE.search(doc.text, max(0, start - 30), start)) and (
                    dom or _AHEAD_CUE.search(doc.text, max(0, start - 120), start)
                    or _AHEAD_PREPOSITION.search(doc.text, max(0, start - 24), start)):
                # (a whole month only when it starts soon, and only as what a plan or a report looked ahead to: "was
                # planned for early March", but "The complaint was filed in March" in February was last March's)
                return ref.year if key >= now else ref.year + 1
        return y
    # No tense: news mostly reports what has happened, so the latest such month up to the reference
    # date, unless the next one is close ahead (a month or two).
    past_y = ref.year if key <= now else ref.year - 1
    ahead = _days_between(ref, ref.year if key >= now else ref.year + 1, month, dom or 1)
    p = doc.prev
    if (p is not None and ahead is not None and 0 <= start - doc.prev_end <= 150 and point_range(p)[0] > ref
            and 0 <= ahead - (point_range(p)[0] - ref).days <= 92 and not SENTENCE_END.search(doc.text, doc.prev_end, start)):
        # "drills later this year, possibly around Oct. 10 or after the election in November": a sentence already
        # looking ahead goes on ahead, to the weeks after the day it named
        return ref.year if key >= now else ref.year + 1
    if dom is None and ahead is not None and ahead > 100:
        return past_y
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = dt.date(y, month, dom or 15)
        except ValueError:
            continue
        dist = abs((d - ref).days)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else ref.year


# A verb of a completed act right before the date: "approved a revised constitution on March 3" (not "said the vote
# is on Nov. 6", where the past verb reports what lies ahead)
_DONE_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:approved|adopted|signed|ratified|launched|fired|tested"
                          r"|held|met|visited|opened|closed|conducted|carried\s+out|passed|enacted|revised|amended|"
                          r"executed|detonated"
                          # (and a journey made: "set out by train on Feb. 23", "arrived in Dong Dang on Feb. 26")
                          r"|set\s+(?:out|off)|arrived|departed|left|flew|travell?ed|returned|landed|crossed|toured|"
                          r"inspected|oversaw|died|resigned)\b"
                          r"[^.;:!?\"“”]{0,60}\b(?:on|in)\s+$", re.IGNORECASE)


# What a past verb looks ahead with: a plan, or a report of what is to come, somewhere before; or a preposition
# that looks ahead, just before ("for November transactions", "until March")
_AHEAD_CUE = re.compile(r"\b(?:planned|scheduled|slated|set|due|expected|postponed|delayed|moved|pushed|put\s+off|"
                        r"rescheduled|said|says|announced|told|agreed|promised|pledged|vowed|hoped|aimed|intended|"
                        r"would)\b", re.IGNORECASE)
_AHEAD_PREPOSITION = re.compile(r"\b(?:until|till|by|before|from|starting|beginning|through|for)\s+"
                                r"(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)


# A period or offer that ended on the day: "the second quarter ended Oct. 31", told on Oct. 27, was last year's
# (never "ending", "to end" or "will have ended", which look ahead)
_ENDED_JUST_BEFORE = re.compile(r"(?<!\bhave )(?<!\bbe )\b(?:ended|expired|concluded)\s+(?:on\s+)?$", re.IGNORECASE)


def _done_before(doc: DocContext, start: int) -> bool:
    return start >= 0 and (_DONE_BEFORE.search(doc.text, max(0, start - 80), start) is not None
                           or _ENDED_JUST_BEFORE.search(doc.text, max(0, start - 20), start) is not None
                           or _POSSESSED.search(doc.text, max(0, start - 30), start) is not None)


# A month after a possessive, naming a thing already done: "over his December martial law decree"
_POSSESSED = re.compile(r"\b(?:his|her|its|their|[A-Z][\w.-]*['’]s)\s+$")


def same_month_year(doc: DocContext, month: int, start: int) -> int | None:
    """The year of a day in the month the sentence has just named ("in January, on 6 January")."""
    p = doc.prev
    if p is None or p.gran not in ("month", "day") or p.sub != month:
        return None
    if start - doc.prev_end > 120 or SENTENCE_END.search(doc.text, doc.prev_end, start):
        return None
    if p.year < doc.dct.year and ";" in doc.text[doc.prev_end:start] and doc.tense(start, start + 1) == "future":
        # "held a parade on October 10 last year; a bigger one is planned for ... Oct. 10": another clause, ahead
        return None
    return p.year


def carried_year(doc: DocContext, month: int, start: int) -> int | None:
    """The year of a day or month named without one right after a day of the same sentence: "arrives Nov 30th,
    2025 and leaves on the 2nd of December" is December 2025, whatever the tense would make of it alone."""
    p = doc.prev
    if p is not None and p.gran in ("quarter", "half", "season") and 0 <= start - doc.prev_end <= 60:
        # "to stage a parade in Q3 and to hold a plenum in late December": a month later in the year of a quarter,
        # a half or a season just named (not one across the turn of a winter)
        first, last = point_range(p)
        if first.year == last.year and month >= first.month and _CARRIED_ON.fullmatch(doc.text, doc.prev_end, start) \
                and not (dt.date(p.year, month, 1) > doc.dct and doc.tense(start, start + 1) == "past"):
            return p.year  # (but "fired missiles in the summer and tested an engine in November" was last November)
        return None
    if p is None or p.gran not in ("day", "month") or start - doc.prev_end > 60 or start < doc.prev_end:
        return None  # ("two failed attempts in May and August": both the May's year)
    if not _CARRIED.fullmatch(doc.text, doc.prev_end, start):
        return None
    if month < p.sub:
        # "after Singapore in June 2018 and Hanoi in February": a list goes on in time, into the next year (when that
        # is not ahead of the reference date)
        return p.year + 1 if p.gran == "month" and (p.year + 1, month) <= (doc.dct.year, doc.dct.month) else None
    return p.year


# ", and to hold a party plenum in ": a clause joined on, a few words long
_CARRIED_ON = re.compile(r"\s*,?\s*(?:and|then|but|before|after)\s+(?:[a-z]+\s+){0,6}?(?:(?:on|in|by|until)\s+)?"
                         r"(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?")


# "Nov 30th, 2025 [and leaves on the] 2nd of December": a conjunction and a few words, no other date between
_CARRIED = re.compile(r"\s*,?\s*(?:and|until|till|through|then|but)\s+(?:[A-Za-z]+\s+){0,3}?(?:(?:on|in|by|until)\s+)?"
                      r"(?:the\s+)?")


# A year naming a law: "the North Korean Human Rights Act of 2004", "the ... Act for Fiscal Year 2025"
NAMES_A_LAW = re.compile(r"\b[A-Z][\w-]*\s+Act\s+(?:of|for)\s+(?:(?:[Ff]iscal|FISCAL)\s+(?:[Yy]ear\s+|YEAR\s+)?|"
                         r"FY\s*)?$")


_FISCAL_LAW = re.compile(r"\b[A-Z][\w-]*\s+Act\s+for\s+(?:[Ff]iscal|FISCAL|FY)\s*(?:[Yy]ear\s+|YEAR\s+)?$")


def year_told(doc: DocContext, month: int, start: int, end: int, tense: str) -> int | None:
    """The year the text around it gives a month (or a day of it) named without one: the date just before it in
    the sentence ("in May and August"), a year named in its clause, the month with its year just after it, the
    year a story or a paragraph is set in; None when only the reference date can tell."""
    if doc.told and doc.told[-1][2].gran == "year" and _FISCAL_LAW.search(
            doc.text, max(0, doc.told[-1][0] - 60), doc.told[-1][0]) and not SENTENCE_END.search(
            doc.text, doc.told[-1][1], start):
        # "The National Defense Authorization Act for Fiscal Year 2026, signed in December": the fiscal year names the
        # act, which is signed in the calendar year before it; only the reference date can tell which December
        return None
    y = split_year(doc, month, start)  # "Classes for the 2009-10 school year begin on Aug. 24"
    if y is None:
        y = carried_year(doc, month, start)  # "two failed attempts in May and August"
    if y is None:
        y = named_year(doc, start)  # "its third launch of 2024, after tests in January and March"
    if y is None:
        y = year_told_after(doc, month, end)  # "between January and July 2023"
    if y is None and tense != "past":
        y = future_year_told(doc, start)  # "Next year brings a new test: the allies' drills in March"
    if y is None and tense not in ("future", "present"):
        y = story_year(doc, month, start)
    if y is None and tense == "past":
        y = paragraph_year(doc, start, month)
    return y


# A year that runs across two ("the 2009-10 school year", "the 2025-26 season", "fiscal 2024-25"), and the clause after it
_SPLIT_YEAR_BEFORE = re.compile(r"(?:\b(?P<fy>fiscal|financial)\s+(?:year\s+)?)?\b(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>\d\d)"
                                r"(?:\s+(?P<kind>(?:school|academic|fiscal|financial)\s+)?(?:years?|seasons?|terms?|sessions?|"
                                r"semesters?)\b|(?<=\d)(?=\s)(?(fy)|(?!)))[^.;!?\n]{0,80}$", re.IGNORECASE)


def split_year(doc: DocContext, month: int, start: int) -> int | None:
    """The year of a month in a school year, a season or a fiscal year told as running across two ("Classes for the
    2009-10 school year begin on Aug. 24" is August 2009): the first year from its start on (August for a school
    year or a season, April for a fiscal one), the second before it."""
    m = _SPLIT_YEAR_BEFORE.search(doc.text, max(0, start - 140), start)
    if m is None or (int(m["y1"]) + 1) % 100 != int(m["y2"]):
        return None
    opens = 4 if m["fy"] or (m["kind"] and m["kind"].lower().startswith(("fiscal", "financial"))) else 7
    return int(m["y1"]) if month >= opens else int(m["y1"]) + 1


def year_told_after(doc: DocContext, month: int, end: int) -> int | None:
    """The year a month (or day) without one takes from the month just after it that has one: "between January and
    July 2023", "from November to March 2024" (the November before), "on Jan. 5 and July 7, 2023"."""
    if (part := _PART_OF_A_DAY_IN_YEAR.match(doc.text, end)) is not None:
        return int(part["y"])  # "on a December morning in 1950"
    if _AND_MONTH_OF_THAT_YEAR.match(doc.text, end) and doc.prev is not None and doc.prev.gran in (
            "day", "month", "year"):
        return doc.prev.year  # "in April and in July of that year": both in the year told before them
    m = _MONTH_THEN_YEAR.match(doc.text, end)
    if m is None:
        return None
    y = int(m["y"])
    return y if month <= MONTHS[m["m"].lower().rstrip(".")] else y - 1


def named_year(doc: DocContext, start: int) -> int | None:
    """The year just named in the same clause, whatever the tense and whether past or not: "its third ICBM launch
    of 2024, after tests in January and March" are January and March 2024."""
    p = doc.prev
    if (p is not None and p.gran == "year" and 0 <= start - doc.prev_end <= 80 and not doc.prev_compared
            and _YEAR_THEN_MONTHS.fullmatch(doc.text, doc.prev_end, start)
            and not re.match(r"[ \t]+[a-z]", doc.text[doc.prev_end:doc.prev_end + 3]) and not doc.prev_names_a_thing
            and not _after_a_span_to_now(doc, start)
            and not (doc.prev_in_relative and _ASIDE_CLOSED.match(doc.text, doc.prev_end, start))):
        # (not a year naming the noun after it: "its fiscal 2026 budget request, released in May", "created under
        # the 2023 Washington Declaration, last met in January"; nor one in an aside closed before the main verb:
        # "The current five-year agreement, signed in 2021, expired on Dec. 31")
        return p.year
    return None


def _after_a_span_to_now(doc: DocContext, start: int) -> bool:
    """Whether the date before is a span's start ("since 2018") and a verb comes between it and ``start``: "A ship
    banned since 2018 was spotted in a Chinese harbour in mid-March" sets no scene for the clause that goes on after
    it (but a list of what the span held, "three times since 2018: in June, ...", is that year's, and so is a
    clause about the year itself, "since 2019, when the border closed in January")."""
    if not doc.prev_since:
        return False
    if re.fullmatch(r"\s*,?\s*(?:and|but)\s+(?:then\s+)?(?:on|in)\s+", doc.text[doc.prev_end:start]):
        return True  # "has launched 100 missiles since the start of last year, and on July 12 it tested": a clause of its own
    if _INCLUDING.search(doc.text, doc.prev_end, start):
        # "100 missiles since the start of last year, including a Hwasong-18 on April 13": one of what the span to
        # now held, any time in it; without a year of its own, the latest such day
        return True
    if _FIRST_SINCE.search(doc.text, max(0, doc.prev_end - 90), doc.prev_end) and not SENTENCE_END.search(
            doc.text, doc.prev_end, start):
        # "its first full-range ICBM test since 2017 in March", "the lowest since 2008, after a heatwave in July": a
        # record's baseline, never the scene of what the sentence goes on to tell
        return True
    return (_VERB_AFTER_SINCE.match(doc.text, doc.prev_end, start) is not None
            and not (_ABOUT_THE_YEAR.match(doc.text, doc.prev_end, start)
                     # (but a clause joined on after that one is the main clause's again: "since November 29, when it
                     # launched the Hwasong-15, and it said in April it would halt tests")
                     and not _CLAUSE_JOINED_ON.search(doc.text, doc.prev_end, start)))


# The making of a thing a year names: "The 2005 accord, signed in April", "the 2018 summit, held in June"
_MADE_BETWEEN = re.compile(r"\b(?:signed|adopted|reached|struck|agreed|concluded|held|built|founded|established|made|"
                           r"launched|opened|began|started|issued|published|released|passed|enacted|drafted)\b")
# A relative clause on the thing the year names, up to the date: " military agreement that the North suspended in "
_RELATIVE_ON_IT = re.compile(r"[^.;:!?]{0,40}?,?\s+(?:that|which)\s+[^.;:!?]{0,60}$")
_AGAIN_ON = re.compile(r"\bagain\s+(?:on|in)\s+$")
_FIRST_SINCE = re.compile(r"\b(?:first|only|highest|lowest|largest|biggest|longest|worst|best)\b[^.;:!?]{0,60}"
                          r"\bsince\s+(?:the\s+)?[^.;:!?]{1,20}$", re.IGNORECASE)
# (and the latest of them: "clashed repeatedly since 2023, most recently on August 11", "since 2022, the latest in August")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them|most\s+recently|the\s+(?:latest|most\s+recent|last|newest)\b)")
_CLAUSE_JOINED_ON = re.compile(r",\s+(?:and|but)\s+(?:it|he|she|they|the\s+\w+|[A-Z]\w+)\s+[a-z]+")
_ABOUT_THE_YEAR = re.compile(r"\s*,?\s*(?:when|where|which|during|in\s+which|the\s+year|a\s+year)\b")
_VERB_AFTER_SINCE = re.compile(r"[^:;.!?]*?\b(?:was|were|is|are|has|have|had|[a-z]{3,}ed)\b")
_IN_AN_OBJECT = re.compile(r"\b(?:under|by|of|from|with|to|for|since|after|before|against|at)\s+(?:the|its|their|a)\s+$",
                           re.IGNORECASE)


def future_year_told(doc: DocContext, start: int) -> int | None:
    """A year ahead told earlier in the same sentence, for a month named without one in a clause not told in the
    past: "Next year brings a new test: the allies' drills in March, and the 2027 plenum, expected in late December"
    (but not a budget's or a fiscal year's, which is prepared before it begins)."""
    p = doc.prev
    if (p is None or p.gran != "year" or p.year <= doc.dct.year or not 0 <= start - doc.prev_end <= 200
            or SENTENCE_END.search(doc.text, doc.prev_end, start)
            or re.match(r"\s+(?:fiscal|budget|financial)\b", doc.text[doc.prev_end:doc.prev_end + 12], re.IGNORECASE)
            or re.search(r"(?:\bFY\s*|\bfiscal\s+(?:year\s+)?)\d{4}$", doc.text[max(0, doc.prev_end - 16):doc.prev_end],
                         re.IGNORECASE)
            or _APPOSITION_CLOSED.match(doc.text, doc.prev_end, start)
            or (doc.told and doc.told[-1][1] == doc.prev_end and APPLIED_FOR.search(
                doc.text, max(0, doc.told[-1][0] - 40), doc.told[-1][0]))):
        return None
    return p.year


# What is sent in ahead of the year it is for: "Applications for the 2026 fellowship are due Dec. 31"
APPLIED_FOR = re.compile(r"\b(?:applications?|nominations?|registrations?|entries|submissions|bids|proposals|"
                          r"requests)\s+for\s+(?:the\s+|its\s+)?$", re.IGNORECASE)


# The year sat in an aside that closed before the month's own verb: "The match, a qualifier for the 2027 Asian Cup,
# was originally scheduled for October"
_APPOSITION_CLOSED = re.compile(r"[^,.;:!?]*,\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has|had|have)\b")


def story_year(doc: DocContext, month: int, start: int) -> int | None:
    """The year of a month (or a day of it) named without one in a story told about an earlier year: "The
    summit of July 2000 ... It ended on July 25" and "The 2005 accord, signed in April" follow the year of the
    date just before, when that date lies in a past year, comes from a month not later than this one, and is
    near.  A date that only names a thing in passing in an earlier sentence ("the August 1988 cease-fire")
    sets no scene.  None when the reference date should decide."""
    p = doc.prev
    if p is None or p.gran not in ("month", "day", "week", "season", "year") or p.year >= doc.dct.year:
        return None
    if doc.prev_compared:
        return None  # "up a fifth from the same period of 2024, according to data released on Nov. 20": this year's
    if start - doc.prev_end < 200 and _PRESENT_PERFECT.search(doc.text, doc.prev_end, start) and not SENTENCE_END.search(
            doc.text, doc.prev_end, start):
        # "marched together in February last year, but relations have cooled since a summit in Hanoi collapsed in
        # late February": a clause come back to now leaves the year told before it
        return None
    if doc.prev_in_relative and _ASIDE_CLOSED.match(doc.text, doc.prev_end, start):
        # "The agency, whose inspectors were expelled in April 2009, said in its September report": the aside's year
        # is the aside's
        return None
    if _after_a_span_to_now(doc, start):
        return None
    if (doc.prev_names_a_thing and not SENTENCE_END.search(doc.text, doc.prev_end, start)
            and _RELATIVE_ON_IT.match(doc.text, doc.prev_end, start) and not _MADE_BETWEEN.search(doc.text, doc.prev_end, start)):
        # "the 2018 military agreement that the North suspended in June": the year names the agreement; what was
        # done to it later has a year of its own (but "The 2005 accord, signed in April" was made that year)
        return None
    if (doc.told and doc.told[-1][1] == doc.prev_end and _PRESENT_NEXT.match(doc.text, doc.prev_end)
            and _ASIDE_BEFORE.search(doc.text, max(0, doc.told[-1][0] - 40), doc.told[-1][0])):
        # "A new building, first identified in 2024, appears to have been completed over the summer": the aside's year
        # is the aside's; the main clause, in the present, is told from now
        return None
    if start - doc.prev_end > 400 or _NUMBERED_ITEM.search(doc.text, doc.prev_end, start) or _SINCE_THEN.search(
            doc.text, doc.prev_end, start) or _QUESTION_LINE.search(doc.text, doc.prev_end, start):
        # (a numbered list's next item is another topic: "5 things to watch ... 2. A Trump-Kim meeting", as is a
        # Q&A's next question; and "Since
        # then" brings the story to the present: "The last reunions were in August 2018. Since then, 20,000 have
        # died. Over Chuseok in early October, the minister ...")
        return None
    first, last = point_range(p)
    if last.year > first.year and month <= last.month and last.year < doc.dct.year:
        return last.year  # "By the following winter ... in the first week of January": the winter's own January
    if month < first.month and _AGAIN_ON.search(doc.text, max(doc.prev_end, start - 12), start):
        return p.year + 1  # "proposed talks on Aug. 15 last year and again on Jan. 2": the Jan. 2 after it
    if (month < first.month and p.year + 1 <= doc.dct.year and _BY_BEFORE.search(doc.text, max(0, start - 20), start)
            and not SENTENCE_END.search(doc.text, doc.prev_end, start)):
        # "Late October 1950 — Chinese troops enter the war, pushing U.N. forces back by early January": "by" looks
        # ahead from the month told, to the next year's January
        return p.year + 1
    if month < first.month and not _same_sentence_date(doc, p, start):
        return None
    if (month < point_range(p)[0].month and p.year + 1 <= doc.dct.year and doc.told and doc.told[-1][1] == doc.prev_end
            and _WRITTEN_YEAR.search(doc.text, doc.told[-1][0], doc.prev_end)
            and _THEN_AND.search(doc.text, doc.prev_end, start)
            and not _LOOKS_BACK.search(doc.text, doc.prev_end, start)):
        # "In October 2024, 11 states launched a team, and that team published its first report on 29 May": the
        # story goes on from a date written in full into the next year ("In September it conducted ..., and in
        # August" lists backwards from a month it had to infer)
        return p.year + 1
    if (month < point_range(p)[0].month and p.year == doc.dct.year - 1
            and re.fullmatch(r"\s*,?\s*(?:and|or|to|through|until|till|-|–)\s+(?:on\s+|in\s+)?", doc.text[doc.prev_end:start])):
        return None  # last year's "Christmas and New Year's Day" runs on into this year (not "in April after ... in March")
    # (a year told in the sentence before sets the scene for a story years back: "The toughest came in 2017.
    # Resolution 2371, adopted on Aug. 5, ..."; last year's may be a comparison, "Sales fell in 1988. On Aug. 5 ...";
    # and a span's start sets none: "has not held reunions since August 2018. Seoul last proposed them in September")
    # (a relative clause's date is background, unless the scene before it is in its year: "fought their way to
    # Hungnam, from which they were evacuated in mid-December. [1950] ... The last ship left on Dec. 23")
    if SENTENCE_END.search(doc.text, doc.prev_end, start) and (
            doc.prev_names_a_thing or doc.prev_since or (p.gran == "year" and p.year >= doc.dct.year - 1)
            or (doc.prev_in_relative and (doc.scene_before is None or doc.scene_before.year != p.year))):
        return None
    if (end := SENTENCE_END.search(doc.text, doc.prev_end, start)) is not None and _PRESENT_PERFECT.search(
            doc.text, doc.prev_end, _sentence_bounds(doc.text, start)[0]) and not _LATER_DATE_BEFORE.search(
            doc.text, end.start(), start):
        # "left Pyongyang in March 2021 and has not returned. A report published in the spring": the sentence that
        # told the date came back to now, and the story with it; as does a sentence between ("... in March 2021. Aid
        # groups have warned for months ... A UN report in July")
        return None
    if ((end := SENTENCE_END.search(doc.text, doc.prev_end, start)) is not None
            and _PRESENT_STATE.search(doc.text, end.start() + 1, _sentence_bounds(doc.text, start)[0])
            and not _LATER_DATE_BEFORE.search(doc.text, end.start(), start)):
        # "... the theft from Bybit in February 2025. None of the three is in U.S. custody. The FBI offered a reward
        # on Oct. 15": a whole sentence about how things stand now brings the story back to now
        return None
    if SENTENCE_END.search(doc.text, doc.prev_end, start) and _ASIDE_BEFORE.search(
            doc.text, max(0, start - 24), start) and _PRESENT_AFTER_ASIDE.match(doc.text, start):
        # "In June 2020, ... blew up the office. / The images, taken on Nov. 19, show rubble": what the participle
        # dates is the subject of a verb in the present, which brings the story back to now
        return None
    if doc.told and doc.told[-1][1] == doc.prev_end and NAMES_A_LAW.search(
            doc.text, max(0, doc.told[-1][0] - 40), doc.told[-1][0]):
        return None  # "allowed the Human Rights Act of 2004 to lapse in September": the law's name sets no scene
    if (p.gran == "year" and doc.prev_names_a_thing and start - doc.prev_end <= 200
            and not SENTENCE_END.search(doc.text, doc.prev_end, start)
            and re.search(r",\s+(?:where|when|at\s+which|during\s+which|in\s+which)\s", doc.text[doc.prev_end:start])):
        return p.year  # "the 2018 Winter Olympics in Pyeongchang, where the two Koreas marched ... on Feb. 9"
    if (p.gran == "year" and doc.prev_names_a_thing and doc.told and doc.told[-1][1] == doc.prev_end
            and _IN_AN_OBJECT.search(doc.text, max(0, doc.told[-1][0] - 24), doc.told[-1][0])):
        # "The group, created under the 2023 Washington Declaration, last met in January": the year names a thing
        # the clause mentions in passing, not the time of the clause (but "The 2005 accord, signed in April")
        return None
    if (p.gran == "year" and doc.prev_names_a_thing and not SENTENCE_END.search(doc.text, doc.prev_end, start)
            and re.search(r",\s+including\b", doc.text[doc.prev_end:start])):
        return p.year  # "The 2022 drills lasted about a week, including launches on Aug. 4": what they held
    if (p.gran == "year" and doc.prev_names_a_thing and not SENTENCE_END.search(doc.text, doc.prev_end, start)
            and not _MADE_BETWEEN.search(doc.text, doc.prev_end, start)):
        # "Bush, who has criticized the 1994 Agreed Framework, told reporters in Austin in the spring": the year
        # names the thing spoken of, not when the clause after it happened (but "The 2005 accord, signed in April")
        return None
    if (p.gran == "year" and start - doc.prev_end <= 200 and _ABOUT_THE_YEAR.match(doc.text, doc.prev_end, start)
            and not SENTENCE_END.search(doc.text, doc.prev_end, start)):
        return p.year  # "came in 2018, when Moon and Kim pledged at their April 27 summit": a clause about that year
    if (p.gran == "year" and start - doc.prev_end <= 300 and doc.text[doc.prev_end:doc.prev_end + 1] == ","
            and doc.told and doc.told[-1][1] == doc.prev_end
            and _SCENE_YEAR_OPENING.search(doc.text, max(0, doc.told[-1][0] - 12), doc.told[-1][0])
            and not SENTENCE_END.search(doc.text, doc.prev_end, start)):
        # "In 1994, the two Koreas agreed on the date for a summit, set for July 25": the year the sentence opens on
        # is the scene of all of it
        return p.year
    if p.gran == "year" and start - doc.prev_end > 60:
        return None  # a bare year sets the scene only for what follows it closely ("signed in 1996 and ratified in March")
    if ("\n" in doc.text[doc.prev_end:start] or SENTENCE_END.search(doc.text, doc.prev_end, start)) and \
            _PRESENT_PERFECT.search(_sentence_at(doc.text, start)):
        # a new paragraph or sentence back in the present: "Trump, who returned ... in January, has repeatedly
        # called", "Xi last visited in June 2019. Kim has travelled to China five times, most recently in September"
        return None
    return p.year


# "by" right before a month: "pushing U.N. forces back by early January"
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:the\s+)?(?:early|mid|late|end\s+of|middle\s+of)[-\s]+)?$", re.IGNORECASE)
# A year set off at the opening of a sentence: "In 1994, ..."
_SCENE_YEAR_OPENING = re.compile(r"(?:^|[.!?\n][\"”’]?\s*)(?:In|During|Back\s+in)\s+$")
# The comma that closes an aside, then the main clause's verb: ", said in its "
# (the aside may run on a few words past its date: "whose daughter was taken in November 1977 at the age of 13, died")
_ASIDE_CLOSED = re.compile(r"(?:\s+[^,.;:!?]{1,30})?,\s+(?:[a-z]+ly\s+)?(?:said|says|told|announced|reported|warned|"
                           r"added|has|have|had|is|are|was|were|will|would|died|[a-z]{3,}ed)\b[^,.;:!?]*$")
_SINCE_THEN = re.compile(r"[.!?]\s+(?:[Ss]ince\s+then|[Ss]ince\s+that\s+time|[Ee]ver\s+since)\b")
_NUMBERED_ITEM = re.compile(r"\n[ \t]*\d{1,2}[.)][ \t]+[A-Z]")
# a question heading a section on a line of its own: an explainer's next question is another topic ("What is
# left?"), unlike an interview's "Q: ... / A: ...", which goes on with the conversation
_QUESTION_LINE = re.compile(r"\n[ \t]*(?![QA][:.])[A-Z][^\n?]{2,100}\?[ \t]*\n(?![ \t]*A[:.])")
# a date written with its year ("In October 2024", not "in April")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# a second month with its year right after a first without one: " and July 2023", " to March 7, 2024"
_PART_OF_A_DAY_IN_YEAR = re.compile(r"\s+(?:morning|afternoon|evening|night|day|weekend)\s+(?:in|of)\s+"
                                    r"(?P<y>(?:1[89]|20)\d\d)(?!\d)")
_AND_MONTH_OF_THAT_YEAR = re.compile(rf",?\s+(?:and|or)\s+(?:again\s+)?(?:in\s+)?(?:{MONTH_RE})(?:\s+\d{{1,2}})?\s+(?:of\s+)?"
                                     r"that\s+year\b", re.IGNORECASE)
_MONTH_THEN_YEAR = re.compile(rf"\s*,?\s*(?:and|to|through|until|till|or|-|–|—)\s+(?:(?:early|late|mid)[-\s]+"
                              r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"
                              rf"(?P<m>{MONTH_RE})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>(?:1[89]|20)\d\d)(?!\d)")
# what may stand between a year and months of it told in the same clause: ", after tests in", " (in"
_YEAR_THEN_MONTHS = re.compile(r"[^.;:!?\n]*?(?:,\s*|\s)(?:after|before|with|including|following|since|in|on|"
                               r"between|from)\s+(?:[\w'’-]+\s+){0,3}?(?:in\s+)?")


# "would", "was to", "were due to": what lay ahead when the story was told
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:would|might|(?:was|were)\s+(?:to|due|set|scheduled|expected|planned)"
                                 # ("In January, Kim proposed sending athletes to the Olympics in February")
                                 r"|(?:proposed|suggested|offered|recommended|urged)\s+[a-z]+ing)\b", re.IGNORECASE)


def planned_then_year(doc: DocContext, month: int, dom: int | None, start: int) -> int | None:
    """The year of a month (or day) a story about an earlier year tells as a plan made then: "On May 10, 2018, Trump
    announced that the summit would take place on June 12" is June 2018 (a date before the story's point is the
    next year's).  The caller's date then leaves the story where it was (DocContext.keep_story)."""
    p = doc.prev
    if p is None or p.gran not in ("day", "month") or start - doc.prev_end > 400:
        return None
    lo, _ = _sentence_bounds(doc.text, start)
    if not _FUTURE_IN_THE_PAST.search(doc.text, lo, start):
        return None
    first = point_range(p)[0]
    if p.year >= doc.dct.year and (first.year, month, dom or 31) >= (doc.dct.year, doc.dct.month, doc.dct.day):
        # "On May 24, Trump canceled the summit. The next day he said it might still happen on June 12. Eight days
        # later, ...": a plan told this year for a day still ahead is read from now, and leaves the story where it
        # was too (but one for a month gone by then is this year's: "In January, Kim proposed sending athletes to
        # the Olympics in February", told in June)
        doc.keep_story = True
        return None
    y = p.year if (month, dom or 31) >= (first.month, first.day) else p.year + 1
    doc.keep_story = True
    return y


# (not after a modal: "what would have been the first summit" looks back from then, not from now)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)(?<!would\shave)(?<!could\shave)(?<!should\shave)(?<!might\shave)(?<!must\shave)(?<!may\shave)"
    r"\s+(?:(?:not|never|also|already|since|\w+ly)\s+)*"
    r"(?:been|\w+ed|\w+en|said|made|told|sent|held|met|kept|left|built|won|lost|led|spent|brought|sought)\b",
    re.IGNORECASE)


def _sentence_at(text: str, pos: int) -> str:
    """The sentence (within its line) around ``pos``."""
    lo, hi = _sentence_bounds(text, pos)
    return text[lo:hi]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    lo = max(text.rfind("\n", 0, pos) + 1, 0)
    for m in SENTENCE_END.finditer(text, lo, pos + 1):  # (a match ends on the next sentence's first letter)
        lo = m.end() - 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if m := SENTENCE_END.search(text, pos, hi):
        hi = m.start() + 1
    return lo, hi


_BASELINE_BEFORE = re.compile(r"\b(?:since|than|until|till|before|after|from|to|by)\s+(?:the\s+)?$", re.IGNORECASE)


def paragraph_year(doc: DocContext, start: int, month: int = 0) -> int | None:
    """The year a paragraph told in the past is set in, for a month or day named without one further on: "2017
    was the most dangerous year since 1994. The North flew its first intercontinental missile on July 4, and ..."
    is July 2017.  The latest earlier year of the paragraph that is not a baseline ("since 1994"), if it lies
    before the reference date's year; the year after it for a ``month`` earlier in the year than a season, month
    or day that set the scene, as the story goes on ("Last fall, the North tested its Hwasong-15 ... By March, a
    South Korean delegation was in the Oval Office" is March of the year after), unless a past perfect looks back."""
    para = max(doc.text.rfind("\n", 0, start) + 1, start - 3000)  # (a run-on text is no one paragraph)
    for s, e, p in reversed(doc.told):
        if e > start:
            continue
        if s < para:
            break
        if p.gran not in ("year", "month", "day", "season", "quarter") or p.year >= doc.dct.year:
            continue
        # ("The year 2017 was ...": the article is the year's)
        lead = s - 4 if doc.text[s - 4:s] in ("The ", "the ") and doc.text.startswith("year", s) else s
        opens = _OPENS_SENTENCE.search(doc.text, max(0, lead - 24), lead)
        if not opens:
            continue  # only a year that sets the scene: "2017 was ...", "In 2017, ...", "By the end of 2017, ..."
        if _BASELINE_BEFORE.search(doc.text, max(0, s - 12), s) and "By" not in opens.group():
            continue  # "since 1994", not "By 2019 the mood had soured", which sets the scene it opens
        if (month and p.gran in ("season", "month", "day") and month < point_range(p)[0].month
                and p.year + 1 <= doc.dct.year and not _HAD_DONE.search(_sentence_at(doc.text, start))):
            return p.year + 1
        return p.year
    return None


# a past perfect: what the sentence tells lies before the scene already set ("In March, it had fired ...")
_HAD_DONE = re.compile(r"\bhad\s+(?:(?:not|never|already|just|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ght|un|id|de|ne|ft|nt)\b",
                       re.IGNORECASE)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:(?:In|By|During|Throughout|Through|For|Over)\s+(?:the\s+"
                             r"(?:(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of\s+)?)?)?$")


def _same_sentence_date(doc: DocContext, p: Point, start: int) -> bool:
    """Whether a full date of a past year stands close before ``start`` in the same sentence: "Add the June 30,
    2019 DMZ meeting after Hanoi; the Hanoi summit itself should be Feb. 27-28" is about 2019 throughout."""
    return (p.gran in ("day", "month") and start - doc.prev_end <= 150
            and not SENTENCE_END.search(doc.text, doc.prev_end, start) and "\n" not in doc.text[doc.prev_end:start])


# a new main clause that goes on with the story ("..., and that team published"), and what looks back instead
_THEN_AND = re.compile(r",\s+(?:and|then|and\s+then)\s+(?!(?:who|which|that\s+had)\b)")
_LOOKS_BACK = re.compile(r"\b(?:had|earlier|before|previously|signed|agreed)\b")
# A sentence about how things stand now, opening on its subject: "None of the three is in U.S. custody."
_PRESENT_STATE = re.compile(r"(?<!\S)(?:None|Neither|All|Both|Most|Many|No|The|They|He|She|It)\b"
                            r"[^.!?\"“”]{0,60}?\b(?:is|are|remains|remain)\s+(?:not\s+|still\s+)?(?:in|at|on|under|"
                            r"held|free|alive|dead|missing|unknown|unclear|closed|open)\b[^.!?\"“”]*[.!?]")
_LATER_DATE_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b")  # (a year told since sets its own scene)
# A participle set off after its noun, then the date: "The images, taken on ", and the present verb after the aside
_ASIDE_BEFORE = re.compile(r",\s+(?:(?:first|last|later|once|[a-z]+ly)\s+)?(?:[a-z]+ed|taken|seen|made|shown|given|written|done)\s+"
                           r"(?:on|in|at|during|between)\s+$")
_PRESENT_AFTER_ASIDE = re.compile(r"(?:[^,.;:!?]|(?<=\b[A-Z][a-z]{2})\.|(?<=Sept)\.){0,60},\s+"
                                  r"(?:(?:also|still|now|clearly)\s+)?(?:show|shows|is|are|remain|"
                                  r"remains|suggest|suggests|indicate|indicates|reveal|reveals|confirm|confirms)\b")
_PRESENT_NEXT = re.compile(r",\s+(?:(?:also|still|now|clearly)\s+)?(?:appears|appear|seems|seem|is|are|has|have|remains|"
                           r"remain)\b")


def _days_between(ref: dt.date, year: int, month: int, dom: int) -> int | None:
    try:
        return (dt.date(year, month, dom) - ref).days
    except ValueError:
        return None


def quarter_year(doc: DocContext, q: int) -> int:
    """A quarter named without a year is the latest one that has begun: reports talk about quarters
    that are running or over ("expects fourth-quarter profit" in October is this fourth quarter)."""
    ref = doc.dct
    cur = (ref.month - 1) // 3 + 1
    return ref.year if q <= cur else ref.year - 1


def season_year(doc: DocContext, code_index: int, rel: str, tense: str) -> int:
    """Year of a season (index into SEASON_ORDER): rel is 'last', 'this', 'next' or '' (bare "in the
    summer").  Seasons are ordered in time, winter 2025 being December 2025 to February 2026."""
    chrono = {1: 0, 2: 1, 3: 2, 0: 3}  # SP, SU, FA, WI within a year
    cur = season_of(doc.dct)
    cur_key = cur.year * 4 + chrono[cur.sub]
    base = doc.dct.year
    cands = [(y * 4 + chrono[code_index], y) for y in range(base - 2, base + 2)]
    if rel == "last":
        return max(c for c in cands if c[0] < cur_key)[1]
    if rel == "next":
        return min(c for c in cands if c[0] > cur_key)[1]
    if rel == "this":
        if code_index == 0 and cur.sub == 0:
            return cur.year  # "this winter" in January is the winter that began in December
        return base
    if tense == "future":
        return min(c for c in cands if c[0] >= cur_key)[1]
    return max(c for c in cands if c[0] <= cur_key)[1]


def relative_unit(doc: DocContext, unit: str, n: int) -> Point | None:
    """this/last/next <unit> counted from the reference date (n = 0, -1, +1)."""
    ref = doc.dct
    if unit == "day":
        return day(ref + dt.timedelta(days=n))
    if unit == "week":
        return week_of(ref + dt.timedelta(weeks=n))
    if unit == "month":
        return shift(Point("month", ref.year, ref.month), "month", n)
    if unit == "quarter":
        return shift(quarter_of(ref), "quarter", n)
    if unit == "year":
        return Point("year", ref.year + n)
    if unit == "decade":
        return Point("decade", ref.year // 10 + n)
    if unit == "century":
        return Point("century", ref.year // 100 + n)
    return None


# A comparison over a span up to now: "than at any time since", "the first such launch since", "the lowest since"
_SINCE_COMPARED = re.compile(r"\b(?:any\s+(?:time|point)|ever|first|highest|lowest|most|least|largest|biggest|worst|"
                             r"best|longest|fewest)\b[^.;:!?]{0,30}\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def story_point(doc: DocContext) -> Point | None:
    """The date the story has reached, for "that October": the last date told, passing over a decade or a century
    ("admitted in 2002 that agents had kidnapped citizens in the 1970s and 1980s. Five returned home that October"
    is October 2002), which has no month of its own; and over the start of a span a comparison runs from ("Closer
    than at any time since 1994. In August of that year ..." after "Take us back to 2017" is August 2017), which is no
    point the story reached (but "no reunions since August 2018, when ... that autumn" goes on in 2018)."""
    if (doc.prev is not None and doc.prev_since and doc.told and doc.told[-1][1] == doc.prev_end and len(doc.told) > 1
            and _SINCE_COMPARED.search(doc.text, max(0, doc.told[-1][0] - 60), doc.told[-1][0])):
        return next((p for _s, _e, p in reversed(doc.told[:-1]) if p.gran not in ("decade", "century")), doc.prev)
    if doc.prev is None or doc.prev.gran not in ("decade", "century"):
        return doc.prev
    return next((p for _s, _e, p in reversed(doc.told) if p.gran not in ("decade", "century")), None)


def distal_story_point(doc: DocContext) -> Point | None:
    """The date "that spring" points back to: the story's last date, passing over those of the news itself (within a
    month of the published day): "A cable from March 9, 1977, declassified on Friday, shows ... The plan, announced
    publicly that spring" is the spring of 1977 (of now, the writer says "this spring")."""
    base = story_point(doc)
    if base is None or abs((base.first_day() - doc.dct).days) > 31:
        return base
    return next((p for _s, _e, p in reversed(doc.told) if p.gran not in ("decade", "century")
                 and abs((p.first_day() - doc.dct).days) > 31), base)


def anchor_point(doc: DocContext, gran: str) -> tuple[Point, str]:
    """The previous date if there is one, else the reference date, at a given granularity."""
    if doc.prev is not None:
        return doc.prev, PREVIOUS
    return coarsen(day(doc.dct), gran) if gran != "day" else day(doc.dct), PUBLISHED


_APPOSITION = re.compile(r"\s*,\s*")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^.;:!?,]*$")


def offset(doc: DocContext, unit: str, n: int, from_prev: bool, start: int = -1,
           base: Point | None = None, end: int = -1) -> tuple[str, str]:
    """"N units ago" (from the reference date) or "N units earlier/later" (from the previous date, or from
    ``base``: the date of the happening "two days after the launch" names)."""
    gran = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
            "decade": "decade", "century": "century"}.get(unit)
    if gran is None:
        return "", PUBLISHED
    if unit == "year" and n == -1 and doc.months_span_end > doc.prev_end:
        base = doc.prev if from_prev and doc.prev is not None else day(doc.dct)
        return str(base.year - 1), PREVIOUS if base is doc.prev else PUBLISHED
    if (base is None and from_prev and unit == "day" and end > 0
            and (restated := _day_the_apposition_restates(doc, n, start, end)) is not None):
        base = restated  # "Three days later, on Aug. 21": three days after the Aug. 18 the story told
    if base is not None or (from_prev and doc.prev is not None):
        anchor = PREVIOUS
        if base is None:
            base = doc.prev
        if doc.before_prev is not None and base is doc.prev and _APPOSITION.fullmatch(doc.text, doc.prev_end, start):
            # "the deal of 29 February, only six weeks earlier": the phrase restates the date just
            # named, measured from the one before it
            base = doc.before_prev
        if (unit in ("day", "week") and base.gran not in ("day", "week") and base is doc.prev
                and (doc.prev_since or doc.prev_in_relative or doc.prev_names_a_thing)
                and doc.scene_before is not None and doc.scene_before.gran == "day"):
            # "On Oct. 31 it launched an ICBM, its first since December of last year. Three days later ...": a date
            # told in passing leaves the story on the day before it
            base = doc.scene_before
        if (unit in ("month", "year") and base is doc.prev and doc.prev_since and doc.scene_before is not None
                and n > 0 and doc.told and doc.told[-1][1] == doc.prev_end
                and _RELATIVE_BEFORE.search(doc.text, max(0, doc.told[-1][0] - 120), doc.told[-1][0])):
            # "began operating in October 2023, according to the agency, which has had no inspectors since April
            # 2009. Two years later ...": a span's start told in a relative clause is no point the story moved to
            base = doc.scene_before
        if (base is doc.prev and doc.prev_names_a_thing and base.gran == "year" and doc.before_prev is not None
                and not SENTENCE_END.search(doc.text, doc.prev_end, start if start >= 0 else doc.prev_end)):
            # "In 2019 they bid for the 2032 Summer Olympics, but the IOC picked Brisbane two years later": the year
            # names the Games, no point the story moved to
            base = doc.before_prev
        if (base is doc.prev and _finer(gran, base.gran) and doc.scene_before is not None
                and doc.scene_before.gran == "day" and point_range(base)[0] > point_range(doc.scene_before)[1]
                # (not a later year the story moves on to: "In 2019, Trump said he had received a letter two days
                # earlier" has no day to count from)
                and base.gran not in ("year", "decade", "century")):
            # "met on Monday morning. She said the council would vote next week. A day earlier, Trump said ...": a
            # plan told ahead of the story's day leaves the story on that day
            base = doc.scene_before
        if base is doc.prev and _finer(gran, base.gran) and (scene := scene_before_backstory(doc, gran)) is not None:
            # "Pyongyang admitted in September 2002 that it had abducted 13 Japanese in the 1970s and 1980s. Five
            # returned the following month": the decades are what was admitted, the story stays in September 2002
            base = scene
        if unit in ("day", "week") and base.gran not in ("day", "week"):
            return "", PREVIOUS  # "two days later" after "in June": no day can be named
        if _finer(gran, base.gran):
            return "", PREVIOUS
    else:
        if from_prev and n > 0:
            return "", PREVIOUS  # "Two days later, ..." with no date told before it: later than nothing known
        base, anchor = day(doc.dct), PUBLISHED
        # "a year ago" in a passage about a quarter means that quarter a year before
        if unit == "year" and n in (-1, 1) and doc.prev is not None and doc.prev.gran in ("quarter", "half"):
            base, anchor = doc.prev, PREVIOUS
            if base.gran == "quarter" and doc.focus_quarter is not None:
                base = doc.focus_quarter  # the quarter the report is about, not one named in passing
    p = shift(base, unit, n)
    if p is None:
        return "", anchor
    # "Three years later, Sung Kim said ..." after a month the text left without its year: a past told after the
    # reference date counts from a month guessed wrong, so from the last date written with its year
    if (anchor == PREVIOUS and n > 0 and end > start >= 0 and point_range(p)[0] > doc.dct
            and doc.tense(start, end) == "past" and (written := _from_written_year(doc, unit, n, start)) is not None):
        p = base = written
    if base.gran == "day" and anchor == PUBLISHED:
        # "a decade ago" is the year ten years back, not the whole decade it falls in
        p = coarsen(p, "year" if gran in ("decade", "century") else gran)
    elif base.gran in ("day", "week", "month") and _finer(base.gran, gran) and (
            n != -1 or gran in ("decade", "century") or _opens_a_sentence(doc, start)):
        # "signed on July 31, 1991. Five months later ...": the text vouches for the month, not for a day in it,
        # and "opened in August 2003. Two years later" for the year.  "A year earlier" keeps its day (or month):
        # it compares a figure with the same date a year before; "a decade earlier" never does.
        p = coarsen(p, "year" if gran in ("decade", "century") else gran)
    return p.value(), anchor


_ON_A_DAY_AFTER = re.compile(rf",?\s+on\s+(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})\b(?!,?\s*\d{{4}})")


def _day_the_apposition_restates(doc: DocContext, n: int, start: int, end: int) -> Point | None:
    """For "Three days later, on Aug. 21": the day told before, within the last few paragraphs, that the count
    leads from to the day named after it, when the last date told does not (a date of the news told since, "the
    cables, released last Tuesday", leaves the story of 1976 it counts in)."""
    m = _ON_A_DAY_AFTER.match(doc.text, end)
    if m is None:
        return None
    mon, dom = MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])
    for _s, e, p in reversed(doc.told):
        if start - e > 3000:
            break
        if e > start or p.gran != "day":
            continue
        to = p.first_day() + dt.timedelta(days=n)
        if (to.month, to.day) == (mon, dom):
            return None if p is doc.prev else day(p.first_day())
    return None


def scene_before_backstory(doc: DocContext, gran: str) -> Point | None:
    """The date that set the scene of the sentence the last date was told in, when that last date (and any other
    after the scene, in the same sentence) is coarser than ``gran`` and lies wholly before the scene: a backstory
    told inside it."""
    told = [t for t in doc.told if t[1] <= doc.prev_end]
    if not told or told[-1][1] != doc.prev_end:
        return None
    for s, e, p in reversed(told[:-1]):
        if _SENTENCE_BREAK.search(doc.text, e, doc.prev_end):
            return None
        if not _finer(gran, p.gran) and point_range(doc.prev)[1] < point_range(p)[0]:
            return p
        if not _finer(gran, p.gran) or point_range(p)[1] >= point_range(told[-1][2])[0] and p.gran != doc.prev.gran:
            return None
    return None


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s")


def _from_written_year(doc: DocContext, unit: str, n: int, start: int) -> Point | None:
    """``n`` units after the last date before ``start`` written with its year, if that is not after the
    reference date."""
    for s, e, told in reversed(doc.told):
        if e <= start and _WRITTEN_YEAR.search(doc.text, s, e):
            p = shift(told, unit, n)
            return p if p is not None and point_range(p)[0] <= doc.dct else None
    return None


def _opens_a_sentence(doc: DocContext, start: int) -> bool:
    """"A year earlier, Trump had threatened ...": an offset opening a sentence tells the story's time, which the
    unit measures; inside a clause ("up from a year earlier") it compares a figure with the same date."""
    return start >= 0 and re.match(r"[^,.;]{0,30},", doc.text[start:start + 32]) is not None and (
        start == 0 or re.search(r"(?:[.!?][\"'”’)]*\s+|\n\s*)$", doc.text[max(0, start - 4):start]) is not None)


_ORDER = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]


def _finer(a: str, b: str) -> bool:
    return _ORDER.index(a) < _ORDER.index(b)


# The happening a noun names, as the sentence that tells it may word it: "the meeting" was when they met.
_HAPPENING_WORDS = {
    "meeting": r"meet|met", "talks": r"talks?|negotiat", "arrival": r"arriv|landed|reached", "departure": r"depart|left|leave",
    "death": r"died|death|dead|killed", "election": r"elect|won|vote", "vote": r"vot|elect", "speech": r"speech|spoke|speak|address",
    "inauguration": r"inaugurat|sworn|took office|assumed office", "launch": r"launch|fired", "test": r"test|detonat",
    "signing": r"sign", "announcement": r"announc|confirm", "briefing": r"brief", "visit": r"visit|trip",
    "trip": r"trip|visit|travel", "shooting": r"shoot|shot", "attack": r"attack|struck|strike",
    "murder": r"murder|killed|shot|slain|stabbed", "killing": r"kill|shot|slain|murder|stabbed",
    "slaying": r"slay|slain|killed|shot|murder", "assassination": r"assassinat|killed|shot|slain",
}
_NAMED_HAPPENING = re.compile(
    r"\s*(?:the|his|her|its|their|that|this)\s+(?P<mods>(?:[A-Z][\w'’.-]*\s+){0,3})"
    r"(?P<lower>(?:(?-i:[a-z][a-z-]*)\s+){0,2}?)(?P<noun>(?-i:[a-z]{4,}))\b(?!\s+(?:of|to|that|which|who|was|were|had|"
    r"has)\b)")


@dataclass(frozen=True)
class Happening:
    """A happening a noun phrase names ("the Hanoi summit"): the words a sentence telling of it uses (the noun's
    stem, or the verbs that tell it) and the capitalised names before the noun, which that sentence must hold too."""

    words: str
    names: tuple[str, ...] = ()

    def told_in(self, text: str, lo: int, hi: int) -> bool:
        return all(re.search(rf"\b{re.escape(n)}\b", text[lo:hi], re.IGNORECASE) for n in self.names) and \
            re.search(rf"\b(?:{self.words})", text[lo:hi], re.IGNORECASE) is not None


def named_happening(text: str, pos: int) -> Happening | None:
    """The happening the noun phrase at ``pos`` names ("the launch", "the Hanoi summit", "his arrival"), or None
    when no noun phrase stands there."""
    m = _NAMED_HAPPENING.match(text, pos)
    if m is None:
        return None
    noun, end = m["noun"], m.end()
    modifiers = m["lower"].split()
    # the head is the last noun: "the summit announcement" is an announcement (of the summit), not the summit
    nxt = re.match(r"\s+([a-z]{4,})\b", text[end:])
    if nxt and nxt[1] not in _FUNCTION_WORDS and not looks_like_verb(nxt[1]) and not nxt[1].endswith("ly"):
        modifiers.append(noun)
        noun, end = nxt[1], end + nxt.end()
    if (after := re.match(r"\s+([a-z]+)", text[end:])) and looks_like_verb(after[1]):
        return None  # "a year after the six parties issued their statement": the subject of a clause, no happening
    stem = _HAPPENING_WORDS.get(noun) or re.escape(re.sub(r"(?:ation|ing|ment|ion|al|s)$", "", noun)[:max(4, len(noun) - 3)])
    # a sentence telling of it names what qualifies it too ("the joint statement": joint)
    qualifiers = [w for w in modifiers if len(w) >= 4 and w not in _FUNCTION_WORDS]
    return Happening(stem, tuple(w.rstrip(".") for w in m["mods"].split()) + tuple(qualifiers))


def happening_date(doc: DocContext, happening: Happening, pos: int, finest: str = "") -> Point | None:
    """The date of the last sentence before ``pos`` that tells of ``happening``, within the few paragraphs before:
    the date told nearest the words for it, and close to them ("arrived on April 24 and met Putin the next day"
    has the arrival on the 24th).  Words that only qualify another noun ("the murder investigation", "the launch
    site") tell of no happening.  With ``finest`` ("day"), a sentence that dates the words no finer (the "2024
    general election" before "14 days before the vote") tells of another such happening: the search goes on back."""
    words = re.compile(rf"\b(?:{happening.words})[\w-]*", re.IGNORECASE)
    own = _sentence_bounds(doc.text, pos)[0]
    for k in range(len(doc.told) - 1, -1, -1):
        start, end, p = doc.told[k]
        if end > own:
            continue  # a date in the sentence itself ("On Nov. 2, two days after the launch") is not the launch's
        if pos - end > 2000:
            break
        lo, hi = _sentence_bounds(doc.text, start)
        if not happening.told_in(doc.text, lo, hi):
            continue
        # (not the happening a date there is counted from: "on Sept. 3, 2017, nine months before the Singapore
        # summit" is no date of the summit)
        heads = [w.start() for w in words.finditer(doc.text, lo, hi)
                 if (looks_like_verb(w.group()) or not _qualifies_a_noun(doc.text, w.end()))
                 and not _COUNTED_FROM.search(doc.text, max(lo, w.start() - 40), w.start())]
        same = [t for t in doc.told[:k + 1] if lo <= t[0] < hi]
        near = [(min(abs(t[0] - at), abs(t[1] - at)), t[2]) for t in same for at in heads]
        near = [x for x in near if x[0] <= 80]
        if near:
            found = min(near, key=lambda x: x[0])[1]
            if finest and _GRAN_ORDER.index(found.gran) > _GRAN_ORDER.index(finest):
                continue
            return found
    return None


_GRAN_ORDER = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")


# (a clause's subject after it tells the happening itself: "the mainstay of the clinic before he was shot to death")
_COUNTED_FROM = re.compile(r"\b(?:before|after|ahead\s+of)\s+(?!(?:he|she|they|it|we|I|you)\s)"
                           r"(?:the|a|an|its|his|her|their)?\s*(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to by for from with and or but as that which who whom whose was were is are be been had "
    "has have will would could should may might did does do not no than then there this these those its his her "
    "their our it he she they we near off into onto over under between after before since until during".split())


def _qualifies_a_noun(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` stands before another noun ("murder investigation", "launch site")."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[end:end + 30])
    if m is None:
        return False
    nxt = m.group(1)
    return nxt not in _FUNCTION_WORDS and not looks_like_verb(nxt) and not nxt.endswith("ly")
