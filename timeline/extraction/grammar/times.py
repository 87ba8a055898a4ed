"""Clock times, durations and sets: "3:30 p.m. EST Tuesday", "the past three years", "every week"."""

from __future__ import annotations

import datetime as dt
import re

from .. import resolve as R
from ..context import SENTENCE_END
from ..values import point_range
from ..lexicon import (COUNT_RE, LOCAL_CLOCK_RE, MILITARY_CLOCK_AFTER, MONTH_RE, NUMBER_WORD_RE, PARTICIPLE_RE, SEASONS, SHIFT,
                       US_ZONE_REGIONS, WEEKDAY_RE, WEEKDAYS, parse_count)
from .base import (
    APPROX_PREFIX, DAY, DUR_UNIT, I, PART_OF_DAY, PREPOSITIONS, Found, approx_mod, const, day_num, dur_value,
    month_num, names_a_title, rule, valid, word_after, word_before, writes_day_first, ymd,
)

# ----------------------------------------------------------------------------- clock times

AMPM = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b|a\.m|p\.m)"
_HOUR_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_HOUR_WORD_RE = "|".join(_HOUR_WORDS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
# the minutes of a spoken clock: "ten-oh-five", "nine-fifteen", "eleven forty-five"
_MINUTE_WORD_RE = (rf"oh[-\s](?:{_ONE_TO_NINE})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                   rf"nineteen|(?:twenty|thirty|forty|fifty)(?:[-\s](?:{_ONE_TO_NINE}))?")
_CLOCK_PREPOSITIONS = frozenset("at by until till before after from since".split())


def _minute_words(words: str | None) -> int:
    """The minutes a spoken clock's second half says: "oh-five" 5, "forty-five" 45, none 0."""
    if not words:
        return 0
    return int(parse_count(re.sub(r"^oh[-\s]", "", words.lower())) or 0)
# A zone after a clock time: an abbreviation, "local time", "Seoul time", or one of these in brackets.
# The US live-blog zones without the standard/daylight letter ("1:15 p.m. ET") only in capitals: "et", "pt" are words.
# Spelt-out zones, as official texts write them: "eastern daylight time", "Korea Standard Time".
_ZONE_NAME = (r"(?:(?:eastern|central|mountain|pacific|atlantic|korea|korean|japan|(?-i:[A-Z][a-z]+))\s+"
              r"(?:standard|daylight|summer)\s+time|greenwich\s+mean\s+time|coordinated\s+universal\s+time)")
ZONE = (rf"(?:\s+(?:(?:{_ZONE_NAME}|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|KST|JST|MSK|(?-i:ET|PT|CT|MT)"
        # (more zones, in capitals only: "eat" and "cat" are words)
        r"|(?-i:AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|IST|HKT|SGT|ICT|PHT|WIB|EET|EEST|WET|WEST|SAST|HST|AKST|AKDT|EAT)"
        r"|local\s+time|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+time"
        # ("9 p.m. Eastern on Monday": the US zone named by its region alone)
        rf"|(?-i:{'|'.join(sorted(US_ZONE_REGIONS))})(?=\s+(?:on\b|(?-i:[A-Z][a-z]+day)\b)|[,.;)]|$))\b"
        r"|\((?:local\s+time|(?-i:[A-Z][a-z]+)\s+time|[A-Z]{3,4})\)))")


# A zone ahead of the newsroom's clock: "Seoul time", "local time", "KST"
_LOCAL_ZONE = re.compile(LOCAL_CLOCK_RE, I)


# The other end of a span of hours ("from 9:30 a.m. to 1 p.m. local time on Tuesday"), skipped when looking
# for the day after a clock time.
_CLOCK_END = rf"(?:\s*(?:-|–|to|until|till|and)\s*(?:\d{{1,2}}(?::\d\d)?\s*{AMPM}|noon|midnight){ZONE}?)?"
_WEEKDAY_AFTER = re.compile(
    rf"{_CLOCK_END}\s*(?:\([^()]{{1,30}}\)\s*|,\s*|\((?P<inside>[^()]{{0,20}}?\s)?)?(?:(?-i:on)\s+)?(?P<wd>{WEEKDAY_RE})\b", I)


# The end of a span of hours that lends its a.m. or p.m. to the start: "from 2:00 to 4:30 p.m.", "between 2 and 4 pm"
_SPAN_TO = rf"\s*(?:-|–|to|until|till|and)\s*(?P<to_h>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<to_ampm>{AMPM})"
_SPAN_END = re.compile(_SPAN_TO, I)


def _meridiem_of_span_end(text: str, start: int, end: int, hh: int) -> int | None:
    """The hour of a clock opening "from 2:00 to 4:30 p.m.", told in the end's half of the day, or None when the
    clock opens no such span.  A start later on the dial than the end is the half before ("from 11 to 1 p.m.")."""
    # (or joined to the end by a dash alone, as schedules write it: "2:00–3:15 p.m.", "10–11 a.m.")
    if (word_before(text, start).lower() not in ("from", "between") and not re.match(r"[–-]\d", text[end:end + 2])
            or not 1 <= hh <= 12):
        return None
    if (span := _SPAN_END.match(text, end)) is None:
        return None
    pm = span["to_ampm"].lower().startswith("p")
    if hh % 12 > int(span["to_h"]) % 12:
        pm = not pm
    return hh % 12 + (12 if pm else 0)


@rule(
    rf"\b(?P<approx>(?:about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<h24>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi24>[0-5]\d)(?!\d|[:.]\d|\s*(?:%|percent|per\s+cent))"
    rf"|(?P<milh>[01]\d|2[0-3])(?P<milm>[0-5]\d)"
    # ("at 0300 Tuesday": after "at" and before a weekday the four figures are a clock too)
    rf"(?={MILITARY_CLOCK_AFTER}|(?<=\bat\s[012]\d[0-5]\d)\s+(?:on\s+)?{WEEKDAY_RE})(?:\s+hours)?"
    rf"|(?P<noon>noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)|(?P<hw>1[0-2]|[1-9])(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|o['’]clock))"
    rf"|(?P<hf>1[0-2]|[1-9])(?={_SPAN_TO})"
    # ("nine a.m.", "ten-fifteen in the morning": the clock as it is spoken)
    rf"|(?P<wh>{_HOUR_WORD_RE})(?:[-\s](?P<wm>{_MINUTE_WORD_RE}))?(?:\s+(?P<wampm>{AMPM})|(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b)))"
    rf"(?P<zone>{ZONE})?(?P<inm>\s+in\s+the\s+(?:morning|afternoon|evening))?(?(zone)|(?P<zone_after>{ZONE})?)"
    # (a lower-case "on" only: "follows at 3:30 p.m. On Thursday he meets Xi" is a new sentence)
    rf"(?:(?:,\s*|\s+)(?:(?:(?-i:on)\s+)?(?:(?P<wrel>next|last|this(?:\s+coming|\s+past)?)\s+)?(?P<wd>{WEEKDAY_RE})"
    rf"(?P<every>s)?\b(?!,?\s+{MONTH_RE}\s+{DAY})"
    rf"(?:\s+(?P<wk>next|this|last)\s+week\b)?"
    rf"|(?P<rel>today|tomorrow|yesterday|tonight)"
    # ("9:10 p.m. on Saturday, Feb. 10": the date after the weekday)
    rf"|(?:(?-i:on)\s+)?(?:{WEEKDAY_RE},?\s+)?(?:(?P<mon>{MONTH_RE})\s+(?P<d>{DAY})"
    rf"|(?P<d_first>{DAY})\s+(?-i:(?=[A-Z]))(?P<mon_after>{MONTH_RE}))"
    rf"(?:,?\s+(?P<yy>(?:19|20)\d\d))?))?",
    I,
    # ("shortly before 10", "10:30 p.m. EDT in the evening, on Wednesday", "around ten-fifteen in the morning")
    reach=(40, 60),
)
def clock(m, text):
    """"10 a.m.", "3:30 p.m. EST Tuesday", "noon Thursday", "15:00"."""
    if m["every"]:
        return None  # "until 8 p.m. on Thursdays": an hour that comes back every week, no time of one day
    if m["milh"] is not None:  # "1430 GMT", "0400 hours GMT": a clock, never a year
        hh, mi = int(m["milh"]), int(m["milm"])
    elif m["hf"] is not None or (m["h24"] is not None and m["ampm"] is None and m["sep"] == ":" and not m["zone"]
                                 and _meridiem_of_span_end(text, m.start(), m.end(), int(m["h24"])) is not None):
        # "from 2 to 4:30 p.m.", "from 2:00 to 4:30 p.m.": the span's end says which half of the day
        hh = _meridiem_of_span_end(text, m.start(), m.end(), int(m["hf"] or m["h24"]))
        if hh is None:
            return None
        mi = int(m["mi24"] or 0)
    elif m["h24"] is not None and m["ampm"] is None:
        # bare "10:30" is a time only in a time-like context ("at 10:30", "10:30 GMT")
        # (or with its day after it: "between 0:00 on Oct. 22 and 23:59 on Nov. 1")
        if not (word_before(text, m.start()).lower() in ("at", "by", "until", "before", "after", "from", "around")
                or m["zone"] or (m["sep"] == ":" and (m["mon"] or m["mon_after"] or m["wd"]))):
            return None
        if m["sep"] == "." and not m["zone"] and (
                not (len(m["h24"]) == 2 and (int(m["h24"]) >= 13 or m["h24"][0] == "0"))
                or text[max(0, m.start() - 1):m.start()] in ("$", "£", "€", "¥")
                or re.search(r"\b(?:closed|opened|traded|trading|priced|fell|rose|ended|finished|stood)\s+at\s*$",
                             text[max(0, m.start() - 20):m.start()], I)):
            return None  # "at 14.30" and "at 09.15" are British clock times; "at 2.50", "closed at $23.25" are prices
        hh, mi = int(m["h24"]), int(m["mi24"])
    elif m["noon"]:
        if word_before(text, m.start()).lower() == "high":
            return None  # "high noon": a showdown, not twelve o'clock
        w = re.sub(r"[-\s]", "", m["noon"].lower())
        if m["noon"][0].isupper() and m.start() > 0 and text[m.start() - 2:m.start()].strip() not in ("", ".", ","):
            pass
        hh, mi = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0), "midafternoon": (-1, 0),
                  "midmorning": (-2, 0)}[w]
        if w == "midnight" and (re.search(r"\bafter\s+$", text[max(0, m.start() - 8):m.start()], I)
                                or re.search(r"\bafter\s*$", m["approx"] or "", I)):
            hh = 0  # "shortly after midnight on Saturday": the small hours of Saturday, not its end
    elif m["wh"]:
        hh, mi = _HOUR_WORDS[m["wh"].lower()], _minute_words(m["wm"])
        if m["wampm"]:
            hh = hh % 12 + (12 if m["wampm"].lower().startswith("p") else 0)
        elif word_before(text, m.start()).lower() not in _CLOCK_PREPOSITIONS and not m["approx"]:
            return None  # "one in the morning and another at night": a count, unless "at" or "around" says an hour
    elif m["hw"]:
        hh, mi = int(m["hw"]), 0
        if not m["inm"] and not re.match(r"\s+o['’]clock", text[m.end("hw"):]):
            return None
    else:
        hh = int(m["h"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        mi = int(m["mi"] or 0)
    if (m["ampm"] is None and m["noon"] is None and m["h24"] is None and m["hw"] is None and m["milh"] is None
            and m["hf"] is None and m["wh"] is None):
        return None
    month_word = m["mon"] or m["mon_after"]  # ("at 9 a.m. on March 24", "at 0000 UTC on 24 March")
    if m["mon"] and m["mon"][0].islower():
        return None
    wd = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    rel = (m["rel"] or "").lower()
    mon = month_num(month_word) if month_word else None
    dom = day_num(m["d"] or m["d_first"]) if month_word else None
    inm = (m["inm"] or "").lower()
    zone = m["zone"] or m["zone_after"]  # ("ten-fifteen in the morning Korea time")
    if inm and ("evening" in inm or "afternoon" in inm) and hh < 12 and m["ampm"] is None:
        hh += 12
    elif 0 < hh < 12 and m["ampm"] is None and _LATER_IN_THE_DAY_AFTER.match(text, m.end()):
        hh += 12  # "At 3:46 this afternoon Korea time": the afternoon's hour
    if hh == -1:
        tpart = "AF"
    elif hh == -2:
        tpart = "MO"
    else:
        tpart = f"{hh:02d}:{mi:02d}"
    start, end = m.start(), m.end()
    mod = "APPROX" if m["approx"] else ""
    # "at 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. Thursday)": the weekday just after,
    # past an aside in brackets, is the clock's day
    later = None if (wd or rel or mon) else _WEEKDAY_AFTER.match(text, end)
    if later and later["inside"] and (other := re.match(r"\s*(\d{1,2})(?::?\d\d)?\b", later["inside"])) and (
            int(other[1]) % 12 != hh % 12 or (hh >= 0 and re.search(r"\d\s*([ap])\.?m", later["inside"], I) and (
                re.search(r"\d\s*([ap])\.?m", later["inside"], I)[1].lower() == "p") != (hh >= 12))):
        # "11:52 a.m. (10:52 p.m. ET Tuesday)", "9 a.m. Singapore time (9 p.m. Monday in Washington)": the weekday of
        # another zone's clock, not this one's
        later = None
    later_wd = WEEKDAYS[later["wd"].lower()] if later else None
    # "at 1000 hours on the twenty-seventh day of July, 1953": the day is named after, in words this rule does not
    # read; better no time than one on the wrong day
    # (a day told after "on the": "at 10 a.m. on the 27th", "on the same day", but not "a hearing at 10 a.m. on the
    # nomination")
    dated_after = not (wd or rel or mon or later) and _DAY_TOLD_AFTER.match(text, end)
    # "at 10:00 on 27/07/1953", "at 9 a.m. on 2018-06-12": the day written in numbers after it
    numbered = None if (wd or rel or mon or later) else _numbered_day_after(text, end)
    if numbered == "":
        dated_after = True  # "on 05/06/1953": which is the day is not told

    # "shortly after 5:40 a.m. the following day": the day after the one the sentence told
    day_after = not (wd or rel or mon or later or numbered) and (nxt := _DAY_AFTER_NEXT.match(text, end)) is not None
    if day_after:
        end = nxt.end()  # one expression, as "5:40 a.m. Sunday" is

    def res(doc):
        if dated_after:
            return "", R.PUBLISHED
        if day_after:
            base = doc.day_in_sentence(start) or doc.scene_day(start, end, 1)
            if base is None or base.gran != "day":
                return "", R.PREVIOUS  # no day told to count from
            return f"{(dt.date(base.year, base.sub, base.day) + dt.timedelta(days=1)).isoformat()}T{tpart}", R.PREVIOUS
        if numbered:
            return f"{numbered}T{tpart}", R.EXPLICIT
        if wd and m["wk"]:  # "3 p.m. on Thursday next week": that weekday in the week named
            monday = doc.dct - dt.timedelta(days=doc.dct.isoweekday() - 1)
            d = monday + dt.timedelta(weeks=SHIFT[m["wk"].lower()], days=wd - 1)
        elif wd and m["wrel"]:  # "at 2 p.m. next Wednesday"
            d = R.weekday_named(doc, wd, re.sub(r"\s+", " ", m["wrel"].lower()))
        elif wd:
            d = R.weekday(doc, wd, doc.tense(start, end))
            if d < doc.dct and wd == doc.dct.isoweekday() % 7 + 1 and zone and _LOCAL_ZONE.search(zone):
                # "7:10 a.m. Seoul time on Wednesday" in a Tuesday story: a day ahead of the newsroom's clock
                d = doc.dct + dt.timedelta(days=1)
        elif rel:
            d = doc.dct + dt.timedelta(days={"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[rel])
        elif mon:
            anchor = R.PUBLISHED
            if m["yy"]:
                y = int(m["yy"])
            else:
                # "The killings took place on August 18, 1976. At 7 a.m. on August 21 ...": a story about an
                # earlier year goes on in that year, as a date without a clock does (base.month_resolver)
                tense = doc.tense(start, end)
                y = R.same_month_year(doc, mon, start)
                if y is None and tense not in ("future", "present"):
                    y = R.story_year(doc, mon, start)
                if y is None:
                    y = R.month_year(doc, mon, dom, tense)
                else:
                    anchor = R.PREVIOUS
            if not valid(y, mon, dom):
                return "", R.PUBLISHED
            if anchor == R.PREVIOUS or m["yy"]:
                # ("9 a.m. on April 30, 2024": the year is written, the date explicit)
                return f"{dt.date(y, mon, dom).isoformat()}T{tpart}", R.EXPLICIT if m["yy"] else anchor
            d = dt.date(y, mon, dom)
        elif later_wd is not None:
            d = R.weekday(doc, later_wd, doc.tense(start, end))
        elif (chained := _after_previous_stamp(doc, text, start, end, hh, mi)) is not None:
            return f"{chained.isoformat()}T{tpart}", R.PREVIOUS
        elif _entry_stamp(text, start, end) and (heading := _heading_day(doc, text, start)) is not None:
            return f"{heading.value()[:10]}T{tpart}", R.PREVIOUS
        elif _entry_stamp(text, start, end) and (introduced := _introduced_day(doc, text, start)) is not None:
            return f"{introduced.value()[:10]}T{tpart}", R.PREVIOUS
        elif not _entry_stamp(text, start, end) and (retold := _retold_day(doc, text, start, end)) is not None:
            return f"{retold.value()[:10]}T{tpart}", R.PREVIOUS
        elif (story := _story_day(doc, start)) is not None and not _entry_stamp(text, start, end):
            if tpart == "00:00" and _EVENING_UNTIL.search(text, max(0, start - 90), start):
                # "tracked it from 9:40 p.m. until shortly after midnight": the small hours of the day after
                nxt = dt.date(story.year, story.sub, story.day) + dt.timedelta(days=1)
                return f"{nxt.isoformat()}T{tpart}", R.PREVIOUS
            return f"{story.value()[:10]}T{tpart}", R.PREVIOUS
        elif _in_a_back_story(doc, start, end):
            # "By mid-June the clock had nearly run out. ... The call came at 10:15 p.m.": an hour of some day of a
            # story told months back, which no text names; not the published day (TimeML writes a digit the text
            # does not give as X: this is a finished value, not a placeholder)
            return f"XXXX-XX-XXT{tpart}", R.PREVIOUS
        else:
            d = doc.dct
        return f"{d.isoformat()}T{tpart}", R.PUBLISHED

    return Found(start, end, "TIME", res, mod)


_DAY_AFTER_NEXT = re.compile(r"\s+(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning)\b", I)
_LATER_IN_THE_DAY_AFTER = re.compile(r"\s+(?:(?:this|yesterday|tomorrow)\s+(?:afternoon|evening)|tonight|"
                                     r"last\s+night)\b", re.IGNORECASE)


def _numbered_day_after(text: str, end: int) -> str | None:
    """The day a clock time is told on in numbers right after it ("10:00 on 27/07/1953", "on 2018-06-12"): its ISO
    date, "" when the numbers do not tell day from month, None when no such day follows."""
    m = _NUMBERED_DAY.match(text, end)
    if m is None:
        return None
    if m["iso"]:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12:
            d, mo = a, b  # the European order, a day past twelve first
        elif b > 12:
            d, mo = b, a  # the American order
        elif m["sep"] == "." or writes_day_first(text):
            d, mo = a, b  # "05.06.2019", or "05/06/2019" in a text that writes "5 June"
        else:
            return ""
    return dt.date(y, mo, d).isoformat() if valid(y, mo, d) else ""


_NUMBERED_DAY = re.compile(r",?\s+on\s+(?:(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)"
                           r"|(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)))\b")


# An evening clock, then a stretch running on to the clock after it: "from 9:40 p.m. until shortly after "
_EVENING_UNTIL = re.compile(r"\b(?:[5-9]|1[01])(?::\d\d)?\s*p\.?\s?m\.?[^.!?;]{0,40}?\b(?:until|till|to|through)\s+"
                            r"(?:(?:(?:shortly|just|soon|sometime|some\s+time)\s+)?after\s+)?$", re.IGNORECASE)
# A live-blog entry stamp: a clock time opening its line ("23:50 KST — The leaders enter ...").
# (and a live page's "Update, 1:50 p.m.: ..." or "UPDATED 3 p.m. —")
_LINE_OPENING = re.compile(r"[ \t]*(?:[-*•>#]+[ \t]*)?(?:(?:Update[ds]?|UPDATE[DS]?)(?:[ \t]+at)?[,:]?[ \t]+)?")
# Consecutive stamps with no date between lie on one day, unless the clock steps across midnight: a step this
# short over midnight (23:50 then 00:35 in a blog read oldest first, 00:35 then 23:50 newest first) means the next
# (previous) day, since the same-day reading would leave more than 21 hours between two neighbouring entries.
_MIDNIGHT_STEP = 3 * 60  # minutes


def _entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the clock time is a live page's entry stamp, alone on its line ("3:30 p.m. KST") or opening it before
    a dash ("12:30 KST — Air Force One touched down ..."): the page's day (or its last stamp's), never that of a
    date told in the entry before it."""
    # (or "3:46 p.m. Trump became ...": the entry's first word right after a stamp closed by "a.m."/"p.m.")
    # (or before a colon: "2:30 p.m.: Kim's motorcade has left for the airport")
    return _opens_line(text, start) >= 0 and (
        re.match(r"[ \t]*(?:\n|$|[—–:|]|-{1,2}\s)", text[end:end + 40]) is not None
        or (text[end - 1:end] == "." and re.match(r"[ \t]+[\"“]?[A-Z]", text[end:end + 4]) is not None))


def _heading_day(doc, text: str, start: int):
    """The day a live page's heading line gives the entries under it ("Tuesday, Jan. 14" alone on its line, then
    "6 p.m. — The ministry says ..."): the last day told alone on its line before ``start``, unless an entry stamp
    with its own date comes between."""
    for s, e, p in _told_back(doc, start, 4000):
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if _LINE_OPENING.fullmatch(text, ls, s) and re.fullmatch(r"[\s:.*#_|]*", text[e:le]):
            return p if p.gran == "day" and not p.time else None
    return None


def _introduced_day(doc, text: str, start: int):
    """The day of the story a list of clock entries is brought in to tell: "crossed the line on Sunday, the JCS said
    Tuesday. / According to the JCS, the sequence unfolded as follows: / - 12:30 p.m.: Soldiers crossed ...".  The
    line just above the first entry ends on a colon, and the last day told before it (not the day of the report)
    is the story's."""
    ls = text.rfind("\n", 0, start)
    above = text[:ls].rstrip()
    if ls < 0 or not above.endswith(":"):
        return None
    for _s, _e, p in _told_back(doc, start, 1500):
        return p if p.gran == "day" and not p.time else None
    return None


def _told_back(doc, start: int, reach: int):
    """The dates told before ``start``, last first, within ``reach`` characters of it, less the days of a report
    ("..., the JCS said Tuesday")."""
    for k in range(len(doc.told) - 1, -1, -1):
        s, e, p = doc.told[k]
        if e > start or doc.only_reports(k):
            continue
        if start - e > reach:
            return
        yield s, e, p


def _opens_line(text: str, start: int) -> int:
    """Where the line starts if only list or quote markup precedes ``start`` on it, else -1."""
    ls = text.rfind("\n", 0, start) + 1
    return ls if _LINE_OPENING.fullmatch(text, ls, start) else -1


def _story_day(doc, start: int):
    """The day a bare clock time belongs to: the day just told (within a sentence or so), unless that day is only a
    baseline ("its first launch since the presidential election on Nov. 5. The missile was fired at 7:10 a.m.":
    the launch's day, told before it; so is "sworn in on Wednesday, six months after the declaration of martial law
    on December 3")."""
    reach = 80  # the day just told (or told earlier in the paragraph); past a baseline, the one told before it
    past = None
    for k in range(len(doc.told) - 1, -1, -1):
        s, e, p = doc.told[k]
        if e > start or doc.only_reports(k):
            continue
        if p.gran == "day" and p.first_day() > doc.dct:
            if past is None:
                # (not in the present perfect: "have announced road closures from 6 a.m. to noon that day" looks ahead)
                past = doc.tense(start, start + 8) == "past" and not doc.in_present_perfect(start)
            if past:
                # "The exercise will end on March 19. The council convened at 9 a.m.": a day still to come is no
                # day a clock time told in the past belongs to
                continue
        if e < start - reach and (e < start - 600 or "\n" in doc.text[e:start] and not _long_before(doc, p)
                                  and not _lead_before(doc.text, e, start)):
            return None
        if p.gran != "day" and k and doc.told[k - 1][2].gran == "day" and p.holds(doc.told[k - 1][2]):
            continue  # "early on Thursday, the second such crossing this year": the year holds the story's day
        if p.gran != "day":
            if (e >= start - 80 and not re.search(r"[.!?]\s", doc.text[e:start])) or not _RELATIVE_BEFORE.search(
                    doc.text, max(0, s - 120), s):
                return None  # a month or a year just told, or one the story moved to: no day for the clock
            continue  # ("..., which will host the forum next November.": a date of something else, further back)
        if _RELATIVE_BEFORE.search(doc.text, max(0, s - 120), s) and re.search(r"[.!?]\s", doc.text[e:start]):
            continue  # ("the Lunar New Year holiday, which falls on Feb. 17 next year. ... at 10 a.m.": another day)
        if not (_SINCE_PHRASE.search(doc.text, max(0, s - 60), s) or _LAST_ONE.search(doc.text, max(0, s - 60), s)
                or _COUNTED_FROM.search(doc.text, max(0, s - 120), s)):
            return p
        reach = 400
    return None


# The verb a past clock time dates, right before it: "was shot to death [at 10 p.m.]", "began shortly after [6 a.m.]"
_VERB_BEFORE_CLOCK = re.compile(
    rf"\b(?P<vp>(?:{PARTICIPLE_RE}|began|came|went|fell|rang|flew|left|met|broke|rose|hit)"
    r"(?:\s+(?:to\s+death|dead|up|down|out|off|open|apart))?)\s+"
    r"(?:(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after)|after|before)\s+)?"
    r"(?:(?:about|around|roughly|approximately|nearly)\s+)?$", I)
# Words too common to tell one happening's subject from another's
_NOT_A_SUBJECT = frozenset("that this with from were have been when they their there which about after before said "
                           "also then some what while where these those into over said says".split())


def _retold_day(doc, text: str, start: int, end: int):
    """The day of a happening told again with its hour, far from the day first told ("Slepian was shot to death
    last Oct. 23 at his home. ... [paragraphs on] ... Slepian, 52, was shot to death at 10 p.m."): the last
    earlier sentence with a day that holds both the verb the clock dates and a word of its subject."""
    opened = doc._sentence_start(start)
    vp = _VERB_BEFORE_CLOCK.search(text, opened, start)
    if vp is None or any(opened <= s_ < start for s_, _e, _p in doc.told) or doc.tense(start, end) != "past":
        return None
    subject = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{3,}", text[opened:vp.start()])} - _NOT_A_SUBJECT
    if not subject:
        return None
    verb = re.compile(r"\b" + r"\s+".join(map(re.escape, vp["vp"].split())) + r"\b", I)
    for k in range(len(doc.told) - 1, -1, -1):
        s, e, p = doc.told[k]
        if p.gran != "day" or p.time or doc.only_reports(k):
            continue
        told_from = doc._sentence_start(s)
        told_to = SENTENCE_END.search(text, e)
        told_to = told_to.start() + 1 if told_to else len(text)
        if verb.search(text, told_from, told_to) and subject & {
                w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{3,}", text[told_from:told_to])}:
            return p
    return None


def _in_a_back_story(doc, start: int, end: int) -> bool:
    """Whether a clock time told in the past, with no day of its own or just told, lies in a story told of a time
    long before the published day: the last date told is more than a month back, and the clock's sentence does
    not come back to now."""
    p = doc.prev
    if p is None or p.time or doc.tense(start, end) != "past":
        return False
    if p.gran in ("month", "season", "year") and doc.prev_end > doc._sentence_start(start) and point_range(p)[1] < doc.dct:
        return True  # "The February test, detected at 11:57 a.m.": some day of a month gone, named in the sentence
    return p.gran in ("day", "month", "season", "week") and (doc.dct - point_range(p)[1]).days > 31


def _lead_before(text: str, end: int, start: int) -> bool:
    """Whether the day just told ends a story's lead, its first paragraph under the headline, and the clock time
    opens the paragraph right after it: "walked across the border early on Thursday, ... / The soldier crossed the
    line at about 5 a.m." (a later paragraph may be another day's, as a brief's or a live page's are). A story
    given without its headline opens on its lead."""
    # (a text with no blank line between paragraphs breaks them with a single one, as pasted text often does)
    br = "\n\n" if "\n\n" in text else "\n"
    para = text.rfind(br, 0, end)
    if para >= 0 and (text.rfind(br, 0, para) >= 0 or "\n" in text[:para].strip()):
        return False  # neither the first paragraph nor the one right under a one-line headline
    # (the next paragraph's first sentence, not one under a heading of its own: "Briefing arrangements\n...")
    opening = text[text.find(br, end) + len(br):start]
    return text.count(br, end, start) == 1 and not re.search(r"[.!?]\s", opening) and "\n" not in opening


def _long_before(doc, p) -> bool:
    """Whether the day just told lies long before the published day: a story retold from it ("The talks in Hanoi
    ended on Feb. 28, 2019." and, under the next heading, "Ri told a midnight news conference") stays on it
    across its paragraphs, where the published day is no nearer."""
    return p.gran == "day" and (doc.dct - p.first_day()).days > 31


# the day of the last one before ("The last launch had been on September 15"): a baseline too, not the story's day
_LAST_ONE = re.compile(r"\b(?:last|previous|prior)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:had\s+been|was|came)\s+"
                       r"(?:on\s+|in\s+)?$", re.IGNORECASE)
# a date inside a relative clause set off by a comma: what it dates is something else the sentence mentions
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|where)\s+[^,.;:!?]{0,100}$")
# a date inside a "since ..." phrase: the baseline a count runs from, not the story's day
# ("since the U.S. election": a capital's full stop, not a sentence's, which the case-blind flag would let through)
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:[^.;:!?]|(?-i:(?<=[A-Z])\.)){0,55}$", re.IGNORECASE)

# a date inside a ", six months after ..." phrase after the main clause: what the clause's day is counted from
# (and what the main clause answers: "adopted Resolution 2397 this afternoon ... in response to the launch of a
# Hwasong-15 on 29 November")
_COUNTED_FROM = re.compile(r",\s+(?:about\s+|some\s+|just\s+|only\s+|nearly\s+|almost\s+)?(?:an?|\d+|[a-z]+)\s+"
                           r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+[^,.;:!?]{0,90}$"
                           r"|\b(?:in\s+(?:response|reaction|reply)\s+to|in\s+retaliation\s+for|in\s+the\s+wake\s+of)"
                           r"\s+[^,.;:!?]{0,100}$", re.IGNORECASE)


_STAMP_ZONE = re.compile(r"\b(?:[A-Z]{1,4}T|GMT|UTC)\b")
_DAY_NAMED = re.compile(rf"\b(?:{WEEKDAY_RE}|{MONTH_RE})\b")


def _after_previous_stamp(doc, text: str, start: int, end: int, hh: int, mi: int) -> dt.date | None:
    """The day of an entry stamp that follows another with no date between them: the previous stamp's day, or
    the day after (before) it when the clock steps a short way across midnight."""
    if hh < 0 or _opens_line(text, start) < 0:
        return None
    p = None
    for s, e, told in reversed(doc.told):
        if e > start:
            continue
        if start - e > 4000:
            return None
        line = text.rfind("\n", 0, s) + 1
        if _opens_line(text, s) < 0:
            if not _entry_stamp(text, start, end) and (s, e) == doc.told[-1][:2]:
                return None  # (a clock opening a line of prose after a date told: "3:46 p.m. Trump became ...")
            continue  # a date inside the entry before ("reaffirming the Panmunjom Declaration of April 27")
        if told.gran == "day" and re.fullmatch(r"\d\d:\d\d", told.time or "") and e - line <= 30:
            if _STAMP_ZONE.search(text, s, e) and (_STAMP_ZONE.search(text, s, e) or [""])[0] != (
                    _STAMP_ZONE.search(text, start, end) or [""])[0] and _DAY_NAMED.search(text, s, e + 14):
                continue  # "1:48 p.m. EST (Tuesday): Trump ...": another zone's clock, on its own day
            p = told  # the last stamp: the entries after it run on from its day
        break  # (a date heading its own line: what _heading_day reads)
    if p is None:
        return None
    step = (hh * 60 + mi) - (int(p.time[:2]) * 60 + int(p.time[3:]))
    day = dt.date(p.year, p.sub, p.day)
    if step < -(24 * 60 - _MIDNIGHT_STEP):
        return day + dt.timedelta(days=1)
    if step > 24 * 60 - _MIDNIGHT_STEP:
        return day - dt.timedelta(days=1)
    return day


@rule(r"\b(?P<d>0[1-9]|[12]\d|3[01])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<z>[A-Z])\s+(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|"
      r"AUG|SEP|OCT|NOV|DEC)\s+(?P<y>\d\d(?:\d\d)?)\b", I, reach=(10, 30))
def date_time_group(m, text):
    """"270845Z JUN 08": a military or diplomatic message's date-time group (day, hour and minute, zone letter, month,
    year), the moment the message was sent; its "JUN 08" is no 8 June."""
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    mo = month_num(m["mon"])
    if not valid(y, mo, int(m["d"])):
        return None
    return Found(m.start(), m.end(), "TIME", const(f"{ymd(y, mo, int(m['d']))}T{m['h']}:{m['mi']}"), priority=3)


@rule(r"\b(?P<n>\d{1,3}|an?)\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?)\s+ago\b")
def stamp_ago(m, text):
    """"12 min ago", "3 hours ago" opening a line: a live-blog entry stamp, a clock time of the day the page was
    published (which clock is not known).  Inside a sentence ("fired three hours ago") the ago rule keeps it."""
    if _opens_line(text, m.start()) < 0 or not re.match(r"[ \t]*(?:$|\n|[—–|:]|-\s)", text[m.end():]):
        return None
    return Found(m.start(), m.end(), "TIME", lambda doc: (doc.dct.isoformat(), R.PUBLISHED))


@rule(
    r"\b(?P<approx>(?:about|around|approximately|nearly|almost|just\s+(?:before|after))\s+)?"
    # ("ten past six", "a quarter to nine", "twenty minutes before eight"; a bare number before "to" or "after" is
    # as often a range or odds: "ten to twelve people")
    rf"(?:(?P<mins>(?:a\s+)?quarter|half|{NUMBER_WORD_RE}|\d{{1,2}})(?P<word>\s+minutes?)?\s+(?P<dir>past|to|before|after)\s+)?"
    rf"(?P<hour>{'|'.join(_HOUR_WORDS)})\b(?(mins)(?:\s+o['’]clock)?|\s+o['’]clock)"
    r"(?P<part>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?",
    reach=(40, 40),
)
def clock_in_words(m, text):
    """"eight o'clock", "ten past six", "a quarter to nine in the evening": a clock time told in words, of the day
    the story is at (as a bare "8 a.m." is), or the published day."""
    hh, mm = _HOUR_WORDS[m["hour"].lower()], 0
    if m["mins"]:
        words = m["mins"].lower()
        if m["dir"].lower() in ("to", "before", "after") and not (m["word"] or "quarter" in words or "half" in words):
            return None
        if "half" in words and m["dir"].lower() != "past":
            return None
        n = 15 if "quarter" in words else 30 if "half" in words else parse_count(words)
        if n is None or not 0 < n < 60 or n != int(n):
            return None
        if m["dir"].lower() in ("past", "after"):
            mm = int(n)
        else:
            hh, mm = hh - 1 or 12, 60 - int(n)
    part = re.sub(r"\s+", " ", (m["part"] or "").strip().lower())
    if part in ("in the afternoon", "in the evening") or part == "at night" and hh >= 6:
        hh = hh % 12 + 12
    elif part == "in the morning" and hh == 12:
        hh = 0
    start = m.start()

    def res(doc):
        story = _story_day(doc, start)
        day_ = story.value()[:10] if story is not None else doc.dct.isoformat()
        return f"{day_}T{hh:02d}:{mm:02d}", R.PREVIOUS if story is not None else R.PUBLISHED

    return Found(m.start(), m.end(), "TIME", res, approx_mod(m["approx"]) if m["approx"] else "")


# A quantity just before "a year" makes it a rate: a number (digits or words, with a scale word), optionally
# followed by the plural noun it counts ("700 seats", "$2 million", "fifty thousand copies").
_QUANTITY_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?:\d[\d,.]*\d|\d)|\b{NUMBER_WORD_RE})(?:\s+(?:hundred|thousand|million|billion|trillion))?"
    # ("two major reports a year", "500,000 tons of heavy fuel oil a year": the thing counted may take a few words)
    r"(?:(?:\s+(?-i:[a-z-]+)){0,2}?\s+[a-z]+s(?:\s+of\s+(?:(?-i:[a-z-]+)\s+){0,2}?(?-i:[a-z-]+))?)?\s+$",
    re.IGNORECASE,
)


# A hope, a wish or a will before "one day" in its sentence; and the words right before a length of time
_SOMEDAY_CUE = re.compile(r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished|dream|dreams|dreamed|dreamt|will|would|"
                          r"could|might|may|believe|believes|expect|expects)\b[^.;!?]{0,70}$", re.IGNORECASE)
_LENGTH_TAKERS = frozenset("for in within after lasted last took take spent spend only just than over by of".split())
_AFTER_SOMEDAY = re.compile(r"\s*(?:[.,;!?\"”]|$|\s(?:and|but|soon)\b)|\s+[a-z]+")


_DAY_TOLD_AFTER = re.compile(r",?\s+on\s+(?:the|this)\s+(?:\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                             r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                             r"eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty|same|following|next|previous|"
                             r"very|day|morning|afternoon|evening|night|eve|last|final|opening|closing|morrow)\b)", I)
_MONTH_JUST_BEFORE = re.compile(rf"\b(?:{MONTH_RE})\.?\s+$")


# A larger unit after a length, making it a rate: "24 hours a day", "three days a week" (with "per", as in "eight
# hours per night", the set is told and the length kept)
_RATE_AFTER = re.compile(r"\s+(?:a|an)\s+(?:day|week|month|year|night|weekday|weekend)\b"
                         r"(?!\s+(?:ago|earlier|later|before|after|from|back)\b)", re.IGNORECASE)
# A noun "day" or "night" qualifies: "a night parade", "a day trip"
_KIND_OF_THING = re.compile(r"\s+(?:parade|trip|shift|session|flight|raid|launch|drill|march|rally|visit|tour|school|"
                            r"market|curfew|train|bus|match|game|exercise|attack|strike)s?\b")


@rule(
    rf"\b(?P<pre>(?:the|its|their|his|her)\s+)?(?P<which>(?:past|last|next|first|final|coming|previous|following|latest|remaining|initial|ensuing|preceding)\s+)?"
    rf"(?P<approx>{APPROX_PREFIX})?(?:(?P<low>{COUNT_RE})(?:\s+(?:to|or)\s+|[ \t]*[–-][ \t]*(?=\d)))?"
    rf"(?P<n>{COUNT_RE})(?P<plus>\s+or\s+(?:so|more|two|three))?"
    rf"(?:\s+|-)(?:more\s+|additional\s+|full\s+|single\s+|long\s+|straight\s+|consecutive\s+|successive\s+|whole\s+|odd\s+)?{DUR_UNIT}"
    rf"(?P<half>\s+and\s+a\s+half)?(?P<old>[-\s]old)?(?P<ors>\s+or\s+(?:so|more|two|three|\w+\s+(?:days|weeks|months|years)))?\b(?!-)",
    reach=(60, 40),  # ("the past nearly twenty-five consecutive years", "centuries and a half or two years")
)
def duration(m, text):
    """"two years" -> P2Y, "the past three years" -> P3Y, "10-year" -> P10Y, "three hours" -> PT3H."""
    count = m["n"]
    low_count = count.lower()
    unit = m["unit"].lower()
    pre = (m["pre"] or "").lower().strip()
    which = (m["which"] or "").strip().lower()
    tail = text[m.end():m.end() + 12]
    if re.search(r"\b(?:1\d{3}|20\d\d)[-–/]$", text[max(0, m.start("n") - 5):m.start("n")]):
        return None  # "the 2014/15 season", "1994-95 talks": the end of a span of years, not a count
    if re.search(r"[A-Za-z]-$", text[max(0, m.start("n") - 2):m.start("n")]):
        return None  # "fired a Hwasong-17 hours before": the number ends a name
    if re.match(r"\s+(?:ago|earlier|later|hence|from\s+now|back|before|after|previously)\b", tail, I):
        if parse_count(count) is not None or re.match(r"\s+ago", tail, I):
            return None  # the "ago" rule owns it
    if low_count in ("a", "an", "some", "many", "few") and unit in ("second",):
        return None
    if low_count not in ("a", "an") and not which and not pre and _RATE_AFTER.match(text, m.end()):
        return None  # "24 hours a day, seven days a week": always, a rate, no length of anything (TimeBank leaves it)
    if (low_count == "one" and unit == "day" and not (pre or which or m["approx"])
            and word_before(text, m.start()).lower() not in _LENGTH_TAKERS
            and _SOMEDAY_CUE.search(text, max(0, m.start() - 80), m.start())
            and _AFTER_SOMEDAY.match(text, m.end(), m.end() + 8)):
        # "hopes to see his mother one day", "the hope he one day follow ...": some day ahead, no length of time
        return None
    if low_count in ("some", "many", "few") and not m["approx"] and not which:
        if low_count == "some" and unit not in ("years", "year"):
            pass
    if unit == "second" and low_count in ("a",):
        return None
    if low_count in ("a", "an") and m["pre"] is None and not which:
        prev = word_before(text, m.start()).lower()
        # "twice a week": how often, a set of times; the whole phrase tells it (TimeML's "twice a week" SET)
        if prev in ("times", "twice", "once", "thrice"):
            often = _HOW_OFTEN.search(text, max(0, m.start() - 30), m.start())
            return Found(often.start() if often else m.start(), m.end(), "SET", const(dur_value(1, unit)))
        if _QUANTITY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "$5 million a year", "four flights a week", "24 hours a day": a rate of something; no time
            # in its own right (TimeBank leaves two in three of these untagged)
            return None
        if re.match(r"\s+(?:later|earlier|ago)", tail):
            return None
    plural = text[m.start("unit"):m.end("unit") + 1].lower().endswith("s")
    if low_count == "zero" and unit == "day" and "-" in text[m.start("n"):m.start("unit")]:
        return None  # "exploited several zero-days": a flaw unknown to its maker, no length of time
    if low_count in ("a", "an") and unit in ("day", "night") and not plural and _KIND_OF_THING.match(text, m.end()):
        return None  # "at a night parade", "a day trip to the border": a kind of parade or trip, no length of time
    n = parse_count(count)
    if count.lower() in ("a", "an") and plural:
        return None
    start = m.start()
    # ("two to three weeks": the range is one length; but "sentenced them on June 8 to 12 years": a day, then one)
    low = m["low"] if m["low"] and not _MONTH_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start("low")) else ""
    first = m.start("low") if low else m.start("n")
    if pre in ("its", "their", "his", "her", "a", "an"):
        start = m.start("which") if which else (m.start("approx") if m["approx"] else first)
    if which in ("first", "final", "remaining", "initial", "latest", "last", "past", "next", "coming", "previous",
                 "following", "ensuing", "preceding") and not pre:
        start = m.start("which")
        if which.lower() == "last" and low_count in ("a", "an"):
            start = m.start("approx") if m["approx"] else first  # "would last a day": the verb, then how long
    if which == "" and pre == "the":
        start = m.start()
    if m["approx"] and not pre and not which:
        start = m.start("approx")
        if re.match(r"(?:about|only|barely|just|some|roughly)\b", m["approx"], I):
            start = first  # TimeML keeps these hedges outside the span
    if pre == "the" and not which and "-" in text[m.start("n"):m.end("unit")]:
        start = first  # "the 10-year plan": the article belongs to the noun
    if m["low"] and not low:
        start = max(start, m.start("n"))  # (the day's number stays the day's)
    if re.fullmatch(r"\d+(?:\.\d+)?", count) and unit in ("day", "hour") and m["old"] is None:
        # "24 hours" is fine; "5 day" without s is probably an adjective: "5 day" -> still a duration
        pass
    if (unit == "quarter" and not pre and not which and re.match(r"\s+of\b", text[m.end():])
            and (low_count in ("a", "one") or "-" in text[m.start("n"):m.start("unit")])):
        return None  # "three-quarters of its food", "a quarter of the market": a fraction
    if re.fullmatch(r"\d{4}", count):
        return None
    if names_a_title(text, m.start(), m.end()):
        return None  # CBS's "60 Minutes": a programme
    if m["old"] or re.match(r"[-\s]+old\b", text[m.end():]):
        return None  # "a 9-year-old boy", "70 years old": an age, which TimeML does not tag
    end = m.end()
    if m["ors"]:
        end = m.end()
    if m["half"] and n is not None:
        n += 0.5  # "a year and a half"
    value = dur_value(n, unit)
    if low_count.startswith(("dozens", "hundreds", "thousands")):
        value = dur_value(None, unit)
    if low:
        value = dur_value(None, unit)  # "two to three weeks", "12-18 months": a number of weeks, but not one number
    return Found(start, end, "DURATION", const(value, R.PUBLISHED), approx_mod(m["approx"]))


@rule(
    r"\b(?P<pre>for|over|in|within|during|lasted|last|lasting|took|take|takes|spent|spend|after)\s+(?P<the>(?:recent|the\s+past|the\s+last|the\s+coming|coming|the\s+next|many|several)\s+)?"
    r"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
)
def bare_plural_duration(m, text):
    """"for years" -> PXY; "in recent weeks" -> PXW."""
    unit = m["unit"].lower()[:-1]
    if unit == "centurie":
        unit = "century"
    pre = m["pre"].lower()
    if not m["the"] and pre in ("in", "after", "during", "last", "take", "takes", "took", "spent", "spend"):
        if pre != "in":
            return None
        return None
    start = m.start("the") if m["the"] else m.start("unit")
    return Found(start, m.end(), "DURATION", const(dur_value(None, unit)))


# How often, before "a week": "twice", "once", "three times", "10 times", "several times"
_HOW_OFTEN = re.compile(r"\b(?:twice|once|thrice|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many|"
                        r"a\s+few|a\s+couple\s+of|a\s+dozen)\s+times)\s+$", re.I)


@rule(
    r"\b(?:(?P<every>every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>\d+|two|three|four|five|six|ten|twelve|few)\s+)?(?P<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|summer|winter|spring|autumn|fall)s?"
    r"|(?P<adv>hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|semiannually|semi-annually|twice-yearly))\b"
)
def sets(m, text):
    """"every week" -> SET P1W, "daily" -> P1D, "each year" -> P1Y."""
    if m["adv"]:
        adv = m["adv"].lower().replace("-", "")
        nxt = word_after(text, m.end())
        # "the daily newspaper", "a weekly magazine": adjectives naming a publication are not times
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly") and nxt in (
                "newspaper", "paper", "magazine", "journal", "news", "mail", "telegraph", "star", "yomiuri",
                "herald", "express", "beast", "show", "column", "bulletin", "dose", "life", "routine"):
            return None
        if adv in ("daily", "weekly", "monthly") and _names_a_paper(text, m.start(), m.end()):
            return None
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly") and m.start() > 0 and text[m.start() - 1].isalpha():
            return None
        if adv in ("quarterly", "annual") and re.match(r"\s+[a-z]", text[m.end():]) and nxt not in PREPOSITIONS:
            return None  # "its quarterly dividend": the adjective describes a payment, not a time
        if adv in ("daily", "weekly", "monthly", "quarterly", "yearly", "nightly") and text[m.start():m.start() + 1].isupper() and word_before(text, m.start())[:1].isupper():
            return None
        if adv == "daily" and (word_before(text, m.start()).lower() == "average"
                               or re.match(r"\s+[a-z]+[^isu]s\b", text[m.end():]) and nxt not in PREPOSITIONS):
            return None  # "average daily volume", "daily flights": how often, said of a thing
        if adv in ("annually", "quarterly"):
            # "rise 8% annually", "adjusted quarterly": TimeBank leaves these rate adverbs untagged
            return None
        v = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
             "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
             "semiannually": "P6M", "twiceyearly": "P6M"}[adv]
        return Found(m.start(), m.end(), "SET", const(v))
    unit = m["unit"].lower()
    if m["every"].lower() == "per" and unit in ("morning", "afternoon", "evening", "summer", "winter", "spring", "autumn", "fall"):
        return None
    if unit in ("second", "minute", "hour") and not m["n"] and _MEASURE_BEFORE.search(text, max(0, m.start() - 40),
                                                                                     m.start()):
        return None  # "winds of 150 km per hour", "15 million instructions per second": a speed or a rate, a unit
    if unit in ("morning", "afternoon", "evening"):
        return Found(m.start(), m.end(), "SET", const(f"XXXX-XX-XXT{PART_OF_DAY[unit]}"))
    if unit in SEASONS:
        return Found(m.start(), m.end(), "SET", const(f"XXXX-{SEASONS[unit]}"))
    n = 2 if m["other"] else (parse_count(m["n"]) if m["n"] else 1)
    if unit == "quarter":
        return Found(m.start(), m.end(), "SET", const(dur_value((n or 1) * 3, "month")))
    if unit == "weekend":
        return Found(m.start(), m.end(), "SET", const("XXXX-WXX-WE"))
    return Found(m.start(), m.end(), "SET", const(dur_value(n, unit)))


# a measure a rate is of, before "per hour" or "a second": a distance, a volume, data, or things counted in a stream
_MEASURE_BEFORE = re.compile(
    r"\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|feet|ft|nautical\s+miles|litres?|liters?|gallons?|cubic\s+\w+"
    r"|bits|bytes|[kmgt]b|(?:kilo|mega|giga|tera)(?:bits|bytes)|instructions|operations|frames|rounds|revolutions"
    r"|beats|words|shells|tonnes|tons)\s+(?:(?:per|an?|each)\s+)?$", re.I)


# "The party daily Rodong Sinmun", "the weekly Der Spiegel": a paper named after it; "the daily said", "an
# English-language daily,": the paper itself, a noun after an article.
_PAPER_NAMED = re.compile(r"\s+(?!(?:I|In|On|At|From|To|Until|Through)\b)(?!" + WEEKDAY_RE + r"|" + MONTH_RE + r")[A-Z]")
_PAPER_ITSELF = re.compile(
    r"\s*[,.;:)]|['’]s\b|\s+(?:said|says|reported|reports|quoted|quotes|carried|carries|wrote|writes|added|claimed"
    r"|published|ran|called|warned|agreed|noted|cited|described|argued|urged|insisted|commented)\b")
# a dateline's outlet in brackets: "SEOUL (Regional daily) —", "BEIJING (Hong Kong daily, foreign desk) —"
_DATELINE_OUTLET_BEFORE = re.compile(r"\(\s*(?:[A-Z][\w.'’-]*\s+){1,3}$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+(?:[A-Za-z]+-[A-Za-z]+\s+)?$", I)


def _names_a_paper(text: str, start: int, end: int) -> bool:
    """Whether "daily" or "weekly" at text[start:end] is a newspaper or a magazine rather than how often."""
    if _PAPER_NAMED.match(text, end):
        return True
    return bool(_PAPER_ITSELF.match(text, end)) and bool(_ARTICLE_BEFORE.search(text, max(0, start - 40), start)
                                                         or _DATELINE_OUTLET_BEFORE.search(text, max(0, start - 40), start))


@rule(rf"\b(?:the\s+)?(?:first|second|third|fourth|fifth|last)\s+(?:{WEEKDAY_RE})\s+of\s+(?:every|each)\s+month\b", I)
def nth_weekday_of_the_month(m, text):
    """"the third Thursday of every month": a day that comes round once a month, a SET (TimeML's P1M)."""
    return Found(m.start(), m.end(), "SET", const("P1M"), priority=2)


@rule(rf"\b(?P<every>[Ee]very|[Ee]ach)\s+(?:(?:other\s+)?(?P<wd>{WEEKDAY_RE})\b"
      rf"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?|(?P<mon>{MONTH_RE})"
      r"(?:\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d,:]))?\b"
      # ("every 25 June": the day each year, written day first)
      rf"|(?:the\s+)?(?P<dom_first>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon_after>{MONTH_RE})\b)"
      rf"(?P<more>(?:,\s*(?:{MONTH_RE}|{WEEKDAY_RE})\b)*,?\s+(?:and|or)\s+(?:{MONTH_RE}|{WEEKDAY_RE})\b)?", 0)
def set_weekday(m, text):
    if m["wd"] and m["part"]:  # "every Sunday evening": that part of each such day
        return Found(m.start(), m.end("part"), "SET",
                     const(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}T{PART_OF_DAY[m['part'].lower()]}"))
    if m["wd"]:
        first = Found(m.start(), m.end("wd"), "SET", const(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"))
    elif m["dom"]:  # "every June 25": the day each year
        return Found(m.start(), m.end("dom"), "SET", const(f"XXXX-{month_num(m['mon']):02d}-{int(m['dom']):02d}"))
    elif m["dom_first"]:
        if m["mon_after"][0].islower():
            return None
        return Found(m.start(), m.end("mon_after"), "SET",
                     const(f"XXXX-{month_num(m['mon_after']):02d}-{int(m['dom_first']):02d}"))
    else:
        first = Found(m.start(), m.end("mon"), "SET", const(f"XXXX-{month_num(m['mon']):02d}"))
    if not m["more"]:
        return first
    # "every April and October", "every Monday and Thursday": each name recurs, none is a date of its own (but
    # only names of the same kind: "every March and Monday" lists nothing)
    kind = "wd" if m["wd"] else "mon"
    out = [first]
    for found in _SET_NAME.finditer(text, m.start("more"), m.end()):
        if (found["wd"] is None) != (kind == "mon"):
            return first
        value = (f"XXXX-WXX-{WEEKDAYS[found['wd'].lower()]}" if found["wd"]
                 else f"XXXX-{month_num(found['mon']):02d}")
        out.append(Found(found.start(), found.end(), "SET", const(value)))
    for f in out:
        f.group = 1  # listed together, kept together
    return out


_SET_NAME = re.compile(rf"\b(?:(?P<wd>{WEEKDAY_RE})|(?P<mon>{MONTH_RE}))\b", re.I)


@rule(rf"\b(?:on\s+)(?P<wd>{WEEKDAY_RE})s\b", 0)
def plural_weekday(m, text):
    return Found(m.start("wd"), m.end(), "SET", const(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"))
