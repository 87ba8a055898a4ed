"""Fiscal years, and the year up to now.  TimeML writes "fiscal 2025" as the year 2025, and so do our timexes; but
the happening of a sentence about "fiscal year 2024" at the Treasury lies between 1 October 2023 and 30 September
2024, and a Japanese ministry's "fiscal 2025" runs from April 2025 to March 2026.  The document's words tell whose
fiscal year it is; where they do not (a company's), the event keeps the year the text names.  "The past year" is
the twelve months up to the published day (trailing_year)."""

from __future__ import annotations

import datetime as dt
import re

_FISCAL = re.compile(r"^(?:the\s+)?(?:fiscal(?:\s+year)?|FY)\s*'?(?:\d{2}|\d{4})$", re.IGNORECASE)
# Words of the US federal government, and of Japan's
_US_FEDERAL = re.compile(
    r"\b(?:Congress(?:ional)?|Senate|House\s+(?:of\s+Representatives|Armed|Foreign|Appropriations)|Pentagon"
    r"|Department|OFAC|federal|appropriations?|NDAA"
    r"|budget\s+request|U\.S\.\s+government|Office\s+of\s+Management\s+and\s+Budget|GAO)\b")
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|yen|Diet|Kantei)\b")
_END_BEFORE = re.compile(r"\b(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_START_BEFORE = re.compile(r"\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_YEAR_VALUE = re.compile(r"\d{4}")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def fiscal_period(text: str, start: int, timex_text: str, value: str) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of the fiscal year the timex ``timex_text`` at ``start`` names, when the
    document says whose it is; the month it ends in for "the end of FY2026" (it begins in for "the start of").
    None for a calendar year or a fiscal year of unknown convention."""
    if not _YEAR_VALUE.fullmatch(value) or not _FISCAL.match(timex_text.strip()):
        return None
    year = int(value)
    if _US_FEDERAL.search(text):
        first, last = dt.date(year - 1, 10, 1), dt.date(year, 9, 30)
    elif _JAPAN.search(text):
        first, last = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    else:
        return None
    before = text[max(0, start - 24):start]
    if _END_BEFORE.search(before):
        return last.replace(day=1), last, "month"
    if _START_BEFORE.search(before):
        nxt = first.replace(day=28) + dt.timedelta(days=4)
        return first, nxt - dt.timedelta(days=nxt.day), "month"
    return first, last, "month"


# "the fiscal year ended December 31, 2016", "the quarter ending Sept. 30", "the nine months that ended June 30"
_PERIOD_ENDED = re.compile(r"\b(?P<period>(?:fiscal\s+)?(?:year|quarter|half)|(?P<n>three|six|nine|twelve|3|6|9|12)\s+"
                           r"months)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$", re.IGNORECASE)
_MONTHS_IN = {"year": 12, "quarter": 3, "half": 6, "three": 3, "six": 6, "nine": 9, "twelve": 12}


def period_ended(text: str, start: int, value: str) -> tuple[int, tuple[dt.date, dt.date, str]] | None:
    """Where the period's noun ends, and (first day, last day, precision) of the period, when a day only says when a
    year, quarter or so many months ended: what happened "in the fiscal year ended December 31, 2016" lies in the
    twelve months up to that day, which only months can bound honestly.  None for any other day."""
    if not _DAY_VALUE.fullmatch(value) or (
            m := _PERIOD_ENDED.search(text, max(0, start - 40), start)) is None:
        return None
    last = dt.date.fromisoformat(value)
    word = (m["n"] or m["period"].split()[-1]).lower()
    months = _MONTHS_IN.get(word) or int(word)
    first = (last.replace(day=1) - dt.timedelta(days=1)).replace(day=1) if months == 1 else last.replace(day=1)
    for _ in range(months - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return m.end("period"), (first, last, "month")


_ENDED_AFTER = re.compile(r"[ \t]+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?", re.IGNORECASE)


def ended_on(text: str, end: int, after: list) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of a period whose timex ends at ``end`` and is followed by the day it ended
    ("the fourth quarter ended Sept. 30"), from the resolved timexes ``after`` it; None when no such day follows."""
    m = _ENDED_AFTER.match(text, end)
    day = next((r.timex for r in after if m and r.timex.start == m.end()), None)
    ended = period_ended(text, day.start, day.value) if day is not None else None
    return ended[1] if ended is not None else None


# "in the past year", "over the past 12 months": the twelve months up to the published day
_TRAILING_YEAR = re.compile(r"(?:the\s+)?past\s+(?:year|12\s+months|twelve\s+months)", re.IGNORECASE)


def trailing_year(timex_text: str, value: str, published: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """(first day, last day, precision) of "the past year": TimeML writes it as the calendar year before the
    published one, but what happened "in the past year" lies in the twelve months up to the published day, which
    only months can bound honestly (the month a year back to the published one). None for any other timex."""
    if not _TRAILING_YEAR.fullmatch(timex_text.strip()) or value != str(published.year - 1):
        return None
    nxt = published.replace(day=28) + dt.timedelta(days=4)
    return published.replace(year=published.year - 1, day=1), nxt - dt.timedelta(days=nxt.day), "month"
