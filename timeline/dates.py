"""An event's date as people read it, at the precision the source gave it.

Pure functions, no database: "2018", "July 2025", "Sunday 21 September 2025", "27–28 February 2019", "early 2025".
Other views (exports, shares, the editors' queue) reuse them, so they take plain values, not an Event.
"""

from __future__ import annotations

import datetime

MODIFIER_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before", "AFTER": "after",
                  "ON_OR_BEFORE": "by"}
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer",
           8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
QUARTERS = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def within_one_season(start: datetime.date, end: datetime.date) -> bool:
    """Whether both days fall in the same season (winter taking its December from the year before its January)."""

    def season(d: datetime.date) -> tuple[int, str]:
        return (d.year + 1 if d.month == 12 else d.year, SEASONS[d.month])

    return season(start) == season(end)


def _day(d: datetime.date, weekday: bool = False) -> str:
    text = f"{d.day} {d:%B} {d.year}"
    return f"{d:%A} {text}" if weekday else text


def _days(start: datetime.date, end: datetime.date) -> str:
    if start == end:
        return _day(start, weekday=True)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {start:%B} {start.year}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B} {end.year}"
    return f"{_day(start)} – {_day(end)}"


def _months(start: datetime.date, end: datetime.date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%B} {start.year}"
    if start.year == end.year:
        return f"{start:%B}–{end:%B} {start.year}"
    return f"{start:%B} {start.year} – {end:%B} {end.year}"


def _years(start: datetime.date, end: datetime.date) -> str:
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _quarters(start: datetime.date, end: datetime.date) -> str:
    """A quarter or a run of quarters; two that make a half-year are written as one ("the first half of 2024"), as
    events stored before the app knew half-years have them."""
    q1, q2 = (start.month - 1) // 3 + 1, (end.month - 1) // 3 + 1
    if start.year != end.year:
        return f"the {QUARTERS[q1]} quarter of {start.year} – the {QUARTERS[q2]} quarter of {end.year}"
    if q1 == q2:
        return f"the {QUARTERS[q1]} quarter of {start.year}"
    if (q1, q2) in ((1, 2), (3, 4)):
        return f"the {'first' if q1 == 1 else 'second'} half of {start.year}"
    return f"the {QUARTERS[q1]} to {QUARTERS[q2]} quarters of {start.year}"


def _weeks(start: datetime.date, end: datetime.date) -> str:
    """A week by its first day, as people say it ("the week of 17 July 2023"); a run of weeks by each first day."""
    last = end - datetime.timedelta(days=6)
    if last <= start:
        return f"the week of {_day(start)}"
    if start.year != last.year:
        return f"the weeks of {_day(start)} and {_day(last)}"
    if start.month != last.month:
        return f"the weeks of {start.day} {start:%B} and {last.day} {last:%B} {last.year}"
    return f"the weeks of {start.day} and {last.day} {last:%B} {last.year}"


def _halves(start: datetime.date, end: datetime.date) -> str:
    first, last = ("first" if start.month <= 6 else "second"), ("first" if end.month <= 6 else "second")
    if start.year == end.year and first == last:
        return f"the {first} half of {start.year}"
    return f"the {first} half of {start.year} – the {last} half of {end.year}"


def _base(date_start: datetime.date, date_end: datetime.date, precision: str) -> str:
    if precision == "day":
        return _days(date_start, date_end)
    if precision == "week":
        return _weeks(date_start, date_end)
    if precision == "month":
        return _months(date_start, date_end)
    if precision == "season":
        # Winter straddles the new year: name it after the year its December falls in, as "winter 2018–19".
        if SEASONS[date_start.month] == "winter" and date_start.month == 12:
            return f"winter {date_start.year}–{str(date_start.year + 1)[-2:]}"
        return f"{SEASONS[date_start.month]} {date_start.year}"
    if precision == "quarter":
        return _quarters(date_start, date_end)
    if precision == "half":
        return _halves(date_start, date_end)
    if precision == "decade":
        if date_end.year - date_start.year >= 99:  # a century, which the app stores at decade precision
            n = date_start.year // 100 + 1
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"the {n}{suffix} century"
        return f"the {date_start.year // 10 * 10}s"
    return _years(date_start, date_end)


def format_event_date(date_start: datetime.date, date_end: datetime.date, precision: str, mod: str = "") -> str:
    """The date as a reader should see it: never more precise than the source, with "early", "about" and the like."""
    base = _base(date_start, date_end, precision)
    word = MODIFIER_WORDS.get(mod or "")
    if word is None:
        return base
    if precision in ("week", "half") and word in {"early", "mid", "late"}:
        # Not "the early week of 17 July": a part of a week or a half-year is said with "in".
        return f"the middle of {base}" if word == "mid" else f"{word} in {base}"
    if word == "mid" and base[0].isdigit():
        return f"mid-{base}"
    if base.startswith("the ") and word in {"early", "mid", "late"}:
        return f"the {word} {base[4:]}" if word != "mid" else f"the mid-{base[4:]}"
    return f"{word} {base}"


def iso_event_date(date_start: datetime.date, date_end: datetime.date, precision: str, mod: str = "") -> str:
    """A valid HTML <time datetime> value at the event's precision: "2018", "2025-07", "2025-W38" or "2025-09-21".

    HTML has no ranges, seasons or decades, so a range gives its first day (or week) and anything coarser than a
    month its first year; the visible text says the rest.
    """
    if precision == "day":
        return date_start.isoformat()
    if precision == "week":  # an ISO week, which HTML's valid week string is: 29 December 2025 is in 2026-W01
        year, week, _weekday = date_start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "month":
        return f"{date_start.year:04d}-{date_start.month:02d}"
    return f"{date_start.year:04d}"
