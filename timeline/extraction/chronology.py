"""Chronologies inside news: "Key events of 2017" over lines like "July 4 — North Korea launches its first ICBM",
or "- 2018: Kim meets Moon three times, in April, May and September".

Such lines are told in the historical present ("launches", "meets"), so their tense says nothing of when; and a
day or month named without a year belongs to the line's own year or to the year of the heading above it.
"""

from __future__ import annotations

import re

from .context import PAST_VERB_RE, looks_like_verb
from .lexicon import MONTH_RE, WEEKDAY_RE

# (a list's bullet or number, and Markdown's bold or italics around the date: "- **July 4**: ...", "1. *June 12* —")
_BULLET = r"[ \t]*(?:(?:[-•*–·▪►]|\d{1,3}[.)])[ \t]*)?(?:\*\*|__|\*|_)?"
_LEAD_DATE = (
    # (a month in capitals too: a factbox's "* JAN. 6 - Fires ...")
    rf"(?:(?:Early|Late|Mid|Mid-|Spring|Summer|Autumn|Fall|Winter)[ \t-]*)?(?:(?i:{MONTH_RE})[ \t]*\d{{0,2}}"
    rf"(?:[-–]\d{{1,2}})?(?:,?[ \t]*\d{{4}})?"
    rf"|\d{{1,2}}(?:[-–]\d{{1,2}})?[ \t]+{MONTH_RE}(?:[ \t]+\d{{4}})?|(?P<y>1[0-9]\d\d|20\d\d)(?:-\d\d(?:-\d\d)?)?)"
)
_EMPHASIS_END = r"(?:\*\*|__|\*|_)?"
# A line that opens with a date and a dash, colon or tab: an entry of a chronology.
_ENTRY = re.compile(rf"{_BULLET}{_LEAD_DATE}{_EMPHASIS_END}[ \t]*(?:—|–|-|:|\t){_EMPHASIS_END}")
# A short line that names a year and nothing else that reads as a sentence: "Key events of 2017", "2018".
_HEADING = re.compile(r"[^.!?\n]{0,50}\b(?P<y>1[0-9]\d\d|20\d\d)\b[^.!?\n]{0,30}:?[ \t]*")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def entry_at(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a chronology entry line."""
    if "\n" not in text and not _ENTRY.match(text):
        return False
    start, _ = _line_at(text, pos)
    return bool(_ENTRY.match(text, start))


def opens_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` is the one a chronology entry opens with ("1994 — ...")."""
    line_start, _ = _line_at(text, start)
    m = _ENTRY.match(text, line_start)
    return bool(m) and end <= m.end()


def chronicled(text: str, pos: int) -> tuple[bool, int | None]:
    """Whether ``pos`` lies in a chronology entry, and the year that entry belongs to (see entry_year)."""
    if not entry_at(text, pos):
        return False, None
    return True, entry_year(text, pos)


def heading_at(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a chronology's heading ("Key events of 2017" over its entries): a title, not a
    happening."""
    start, end = _line_at(text, pos)
    if not _HEADING.fullmatch(text, start, end) or _ENTRY.match(text, start):
        return False
    nxt = end + 1
    while nxt < len(text) and text[nxt] == "\n":
        nxt += 1
    return nxt < len(text) and bool(_ENTRY.match(text, nxt))


def entry_year(text: str, pos: int) -> int | None:
    """The year a chronology entry at ``pos`` belongs to: the year it opens with ("- 2017: ..."), else the year of
    the heading above its run of entries ("Key events of 2017"); None outside a chronology."""
    start, _ = _line_at(text, pos)
    m = _ENTRY.match(text, start)
    if not m:
        return None
    if m["y"]:
        return int(m["y"])
    if re.search(r"\d{4}", m.group()):
        return None  # "March 1993 —": the entry names its own year, and the grammar reads it
    h = _HEADING.fullmatch(heading_of(text, start) or "")
    return int(h["y"]) if h else _title_year(text)


# The first line of a page, when it is a title that names one year ("FACTBOX-North Korea's missile launches in 2025"),
# not one a stretch runs from ("since 2018")
_TITLE_YEAR = re.compile(r"[ \t#*]*(?P<t>[^\n]{0,100}?)(?<!since )(?<!Since )\b(?P<y>1[89]\d\d|20\d\d)\b[^\n.!?\d]{0,60}[ \t*]*\n")


def _title_year(text: str) -> int | None:
    """The year the page's title names, for chronology entries with no year of their own or over them."""
    m = _TITLE_YEAR.match(text)
    return int(m["y"]) if m and not re.search(r"\d{4}", m["t"]) else None


def heading_of(text: str, pos: int) -> str | None:
    """The line over the run of chronology entries ``pos`` is in ("Key events of 2017", "On this day in history"),
    if it is short enough to be a heading."""
    line_start, _ = _line_at(text, pos)
    if not _ENTRY.match(text, line_start):
        return None
    for _ in range(40):  # walk up over the entries (and blank lines) to the heading of this run
        if line_start == 0:
            return None
        prev_start, prev_end = _line_at(text, line_start - 1)
        line = text[prev_start:prev_end]
        if line.strip() and not _ENTRY.match(line):
            return line if len(line) <= 80 and not re.search(r"[.!?]\s*$", line) else None
        line_start = prev_start
    return None


_THIS_DAY = re.compile(r"\b(?:on\s+)?this\s+day\b|\btoday\s+in\s+history\b", re.IGNORECASE)
# a page of "Today in History" paragraphs: "In 2018, President Donald Trump and ... held a summit in Singapore"
_TODAY_IN_HISTORY_PAGE = re.compile(r"^[ \t#*]*(?:Today\s+in\s+History|On\s+this\s+day(?:\s+in\s+history)?)[ \t]*"
                                    r"(?:[:—–-][ \t]*[A-Za-z]+\.?[ \t]+\d{1,2})?[ \t*]*$", re.IGNORECASE | re.MULTILINE)


def on_this_day(text: str, pos: int) -> bool:
    """Whether the year at ``pos`` is in an "On this day" list, whose years all share the day of publication: an
    entry under such a heading ("1950 — ..."), or a paragraph opening on its year ("In 2018, ...") on a page headed
    "Today in History"."""
    heading = heading_of(text, pos)
    if heading and _THIS_DAY.search(heading):
        return True
    line = text.rfind("\n", 0, pos) + 1
    return (re.fullmatch(r"[ \t]*In[ \t]+", text[line:pos]) is not None
            and _TODAY_IN_HISTORY_PAGE.search(text, 0, line) is not None)


def history_page_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a "Today in History: June 12" heading line, which tells no happening."""
    line = text.rfind("\n", 0, pos) + 1
    return _TODAY_IN_HISTORY_PAGE.match(text, line) is not None and "\n" not in text[line:pos]


# A schedule's line led by its weekday ("Monday: ...", "Tuesday–Wednesday: ..."), and a heading that looks ahead
# ("Monday:", "Monday-Tuesday:", "Wednesday and Thursday:", "Saturday, Dec. 6:", "Friday (Nov. 28):")
_WEEKDAY_ENTRY = re.compile(rf"{_BULLET}(?:{WEEKDAY_RE})(?:[ \t]*(?:[-–]|and|&|through|to|until|thru)[ \t]*"
                            rf"(?:{WEEKDAY_RE}))?"
                            r"(?:,?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})"
                            # (or its hour: "TUESDAY, 10:00 KST — ...")
                            r"|,?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[A-Z]{2,4})?"
                            r"|[ \t]*\([^)\n]{3,20}\))?"
                            # (or a full stop, as a schedule in capitals sets it: "MONDAY. The exercise formally ends")
                            rf"{_EMPHASIS_END}[ \t]*(?:—|–|-|:|\.(?=[ \t]+[A-Z]))")
_AHEAD = re.compile(r"\b(?:(?:the\s+)?week\s+ahead|(?:the\s+)?(?:coming|next)\s+week|coming\s+up|upcoming|what\s+to\s+watch|"
                    r"look(?:ing)?\s+ahead|preview|diary|agenda|schedule|calendar)\b", re.IGNORECASE)


# A lead paragraph announcing the days below as ahead (a longer line than a heading, so only telling phrases)
_AHEAD_LEAD = re.compile(r"\b(?:week\s+ahead|what\s+(?:we\s+are|we['’]re|to)\s+watch(?:ing)?|(?:the\s+)?(?:coming|next)\s+"
                         r"(?:seven\s+days|week)|(?:seven|7)\s+days\s+(?:starting|ahead|beginning))\b", re.IGNORECASE)


# A log's line led by its weekday and hour ("- Friday 10:15 a.m. KST: North Korea launches ICBM"): a key-events list
_LOGGED_ENTRY = re.compile(rf"{_BULLET}(?:{WEEKDAY_RE})[ \t,]+\d{{1,2}}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?"
                           r"(?:[ \t]*[A-Z]{2,4})?[ \t]*[:—–-]")


def logged_entry(text: str, pos: int) -> bool:
    """Whether the weekday at ``pos`` leads a line of a log of hours ("- Friday 10:15 a.m. KST: North Korea launches
    ICBM"): what happened then, told in the present as such lists are."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _LOGGED_ENTRY.match(text, line_start)
    return m is not None and pos < m.end()


def follows_weekday_entry(text: str, pos: int, prev_end: int) -> bool:
    """Whether the weekday at ``pos`` heads a line of days ("WEDNESDAY — Formal talks.") right under another such
    line that holds ``prev_end`` ("TUESDAY, 10:00 KST — Kim departs ..."): the list's next day."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not (m := _WEEKDAY_ENTRY.match(text, line_start)) or pos >= m.end() or prev_end >= line_start:
        return False
    prev_start, _ = _line_at(text, line_start - 1)
    while prev_start > 0 and not text[prev_start:line_start].strip():
        prev_start, _ = _line_at(text, prev_start - 1)
    head = _WEEKDAY_ENTRY.match(text, prev_start)
    return head is not None and prev_start < prev_end <= head.end()


def schedule_ahead(text: str, pos: int) -> bool:
    """Whether the weekday at ``pos`` leads a line of a schedule headed as one of the days ahead ("WEEK AHEAD" over
    "Monday: the minister addresses a forum"): told in the present, and every day of it still to come."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not (m := _WEEKDAY_ENTRY.match(text, line_start)) or pos >= m.end():
        return False
    first = line_start
    for _ in range(40):  # walk up over the schedule's lines (and blank lines) to its heading
        if line_start == 0:
            break
        prev_start, prev_end = _line_at(text, line_start - 1)
        line = text[prev_start:prev_end]
        if line.strip() and not _WEEKDAY_ENTRY.match(line):
            if len(line) <= 80 and _AHEAD.search(line) is not None:
                return True
            if len(line) <= 400 and _AHEAD_LEAD.search(line) is not None:
                return True  # "Here is what we are watching in the seven days starting Monday" leading the days
            break
        first = line_start = prev_start
    return _told_as_a_programme(text, first)


# An entry told as a programme: "Monday: Meets Japanese counterpart", "Thursday: Flies to Seoul"
_PROGRAMME_VERB = re.compile(r"[ 	]*(?:[A-Z][a-z]+(?:es|[^s\W]s)|Will|Is\s+due|Is\s+scheduled)\b")


def _told_as_a_programme(text: str, start: int) -> bool:
    """Whether the weekday entries from ``start`` on are told as a programme of days to come: two or more, at least
    one opening on a verb in the present ("Meets ...", "Flies ...") and none telling anything in the past."""
    entries, pos = [], start
    while pos < len(text) and len(entries) < 14:
        line_start, line_end = _line_at(text, pos)
        line = text[line_start:line_end]
        if line.strip():
            if not (m := _WEEKDAY_ENTRY.match(line)):
                break
            entries.append(line[m.end():])
        pos = line_end + 1
    return (len(entries) >= 2 and any(_PROGRAMME_VERB.match(e) for e in entries)
            and not any(PAST_VERB_RE.search(e) for e in entries))


# What a line headed by its date tells: "January: Kim declared the South the primary foe"
_ENTRY_TEXT = re.compile(r"[^\n:—–]{0,12}[:—–]\s+(?P<entry>[^\n.;]{3,120})")


def entry_told_done(text: str, end: int) -> bool:
    """Whether the entry after the date heading its line (ending at ``end``) tells, in the past, what happened: a
    review of the year's months is of the months gone, even a January only days ahead of the published day."""
    if (m := _ENTRY_TEXT.match(text, end)) is None:
        return False
    return any(looks_like_verb(w) and w not in ("said", "says") for w in re.findall(r"[a-z]+", m["entry"]))
