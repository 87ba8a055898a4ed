"""TimeML values: parsing, calendar arithmetic and conversion to a range of days.

A value is kept as the string TimeML writes (``2025-09-21``, ``2025-07``, ``2025-Q1``, ``2025-SU``,
``2025-W38``, ``199``, ``2013-03-22T15:00``).  Resolution code builds values with the helpers here and
shifts them ("a year earlier" from ``1989-Q3`` is ``1988-Q3``) without ever making them more precise
than the text was.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_ORDER = ("WI", "SP", "SU", "FA")

_VALUE_RE = re.compile(
    r"^(?:(?P<century>\d{2})|(?P<decade>\d{3})|(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)|W(?P<week>\d{1,2})(?:-(?P<weekday>[1-7])|-(?P<weekend>WE))?))?)"
    r"(?:T(?P<time>[\w:]+))?$"
)


@dataclass(frozen=True, slots=True)
class Point:
    """A parsed calendar value: its granularity plus the fields that granularity needs."""

    gran: str  # century|decade|year|half|quarter|season|month|week|day
    year: int = 0  # for century/decade: the century/decade number (19 -> 1900s, 199 -> 1990s)
    sub: int = 0  # month, quarter, half or week number; season index in SEASON_ORDER
    day: int = 0
    time: str = ""

    def value(self) -> str:
        if self.gran == "century":
            return f"{self.year:02d}"
        if self.gran == "decade":
            return f"{self.year:03d}"
        if not 1 <= self.year <= 9999:
            return ""
        y = f"{self.year:04d}"
        if self.gran == "year":
            return y
        if self.gran == "half":
            return f"{y}-H{self.sub}"
        if self.gran == "quarter":
            return f"{y}-Q{self.sub}"
        if self.gran == "season":
            return f"{y}-{SEASON_ORDER[self.sub]}"
        if self.gran == "month":
            return f"{y}-{self.sub:02d}"
        if self.gran == "week":
            return f"{y}-W{self.sub:02d}"
        base = f"{y}-{self.sub:02d}-{self.day:02d}"
        return f"{base}T{self.time}" if self.time else base

    def first_day(self) -> dt.date:
        return point_range(self)[0]

    def holds(self, other: Point) -> bool:
        """Whether ``other`` begins within this point's stretch ("this year" holds "Thursday")."""
        first, last = point_range(self)
        return first <= other.first_day() <= last


# (a pure function of a short value string, asked for many times per event: its few thousand answers are kept;
# a Point is frozen, so one answer may be shared)
@lru_cache(maxsize=4096)
def parse_value(value: str) -> Point | None:
    """Parse a concrete TimeML date value; None for PRESENT_REF, durations, XX placeholders and the like."""
    m = _VALUE_RE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    if g["century"]:
        return Point("century", int(g["century"]))
    if g["decade"]:
        return Point("decade", int(g["decade"]))
    year = int(g["year"])
    if g["day"]:
        try:
            dt.date(year, int(g["month"]), int(g["day"]))
        except ValueError:
            return None
        return Point("day", year, int(g["month"]), int(g["day"]), g["time"] or "")
    if g["month"]:
        return Point("month", year, int(g["month"])) if 1 <= int(g["month"]) <= 12 else None
    if g["quarter"]:
        return Point("quarter", year, int(g["quarter"]))
    if g["half"]:
        return Point("half", year, int(g["half"]))
    if g["season"]:
        return Point("season", year, SEASON_ORDER.index(g["season"]))
    if g["week"]:
        week = int(g["week"])
        if not 1 <= week <= 53:
            return None
        if g["weekday"]:
            try:
                d = dt.date.fromisocalendar(year, week, int(g["weekday"]))
            except ValueError:
                return None
            return Point("day", d.year, d.month, d.day)
        return Point("week", year, week)
    return Point("year", year)


def point_range(p: Point) -> tuple[dt.date, dt.date]:
    """Earliest and latest day a point can mean."""
    y = p.year
    if p.gran == "century":
        return dt.date(max(1, y * 100), 1, 1), dt.date(y * 100 + 99, 12, 31)
    if p.gran == "decade":
        return dt.date(max(1, y * 10), 1, 1), dt.date(y * 10 + 9, 12, 31)
    if p.gran == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p.gran in ("half", "quarter", "month"):
        size = {"half": 6, "quarter": 3, "month": 1}[p.gran]
        first = (p.sub - 1) * size + 1
        last = first + size - 1
        return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
    if p.gran == "season":
        code = SEASON_ORDER[p.sub]
        a, b = SEASON_MONTHS[code]
        if code == "WI":  # winter 2025 runs from December 2025 into February 2026
            return dt.date(y, 12, 1), dt.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
        return dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1])
    if p.gran == "week":
        return dt.date.fromisocalendar(y, p.sub, 1), dt.date.fromisocalendar(y, p.sub, 7)
    d = dt.date(y, p.sub, p.day)
    return d, d


PRECISION = {
    "century": "decade",  # the app knows no coarser precision; the range still spans the century
    "decade": "decade",
    "year": "year",
    "half": "half",  # "the first half of 2024": a half-year, not a falsely precise quarter
    "quarter": "quarter",
    "season": "season",
    "month": "month",
    "week": "week",  # "last week": its seven days, labelled as a week rather than as days
    "day": "day",
}


@lru_cache(maxsize=4096)  # (as parse_value: a short value string in, an immutable tuple out)
def value_range(value: str) -> tuple[dt.date, dt.date, str] | None:
    """(date_start, date_end, precision) for a concrete value, or None when it names no calendar span."""
    p = parse_value(value)
    if p is None:
        return None
    try:
        start, end = point_range(p)
    except (ValueError, OverflowError):
        return None
    if p.gran == "week" and value.endswith("-WE"):
        # "The weekend": its Saturday and Sunday, not the whole week; two days known to the day, so "day" precision
        # (a week's label on two days would read "the week of ..." and widen what the text said).
        return end - dt.timedelta(days=1), end, "day"
    return start, end, PRECISION[p.gran]


# ----------------------------------------------------------------------------- constructors


def day(d: dt.date) -> Point:
    return Point("day", d.year, d.month, d.day)


def month_point(year: int, month: int) -> Point:
    return Point("month", year, month)


def week_of(d: dt.date) -> Point:
    iso = d.isocalendar()
    return Point("week", iso.year, iso.week)


def quarter_of(d: dt.date) -> Point:
    return Point("quarter", d.year, (d.month - 1) // 3 + 1)


def season_of(d: dt.date) -> Point:
    """The season a day falls in (meteorological seasons; December belongs to that year's winter)."""
    m = d.month
    if m == 12:
        return Point("season", d.year, 0)
    if m <= 2:
        return Point("season", d.year - 1, 0)
    return Point("season", d.year, 1 + (m - 3) // 3)


# ----------------------------------------------------------------------------- arithmetic

_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(p: Point, unit: str, n: int) -> Point | None:
    """Move a point by n units, keeping its granularity (or coarsening it to the unit when that is coarser).

    "two days later" from a month cannot be a day, so the result is None rather than a made-up date.
    """
    try:
        if unit in ("day", "week"):
            days = n * (7 if unit == "week" else 1)
            if p.gran == "day":
                d = dt.date(p.year, p.sub, p.day) + dt.timedelta(days=days)
                return Point("day", d.year, d.month, d.day)
            if p.gran == "week" and unit == "week":
                d = dt.date.fromisocalendar(p.year, p.sub, 1) + dt.timedelta(days=days)
                return week_of(d)
            return None
        months = _UNIT_MONTHS[unit] * n
        if p.gran == "day":
            d = add_months(dt.date(p.year, p.sub, p.day), months)
            return Point("day", d.year, d.month, d.day)
        if p.gran == "week":
            if months % 12 == 0:
                return Point("week", p.year + months // 12, p.sub)
            return None
        if p.gran == "month":
            d = add_months(dt.date(p.year, p.sub, 1), months)
            return Point("month", d.year, d.month)
        if p.gran == "quarter":
            if months % 3:
                return None
            q = p.year * 4 + p.sub - 1 + months // 3
            return Point("quarter", q // 4, q % 4 + 1)
        if p.gran == "half":
            if months % 6:
                return None
            h = p.year * 2 + p.sub - 1 + months // 6
            return Point("half", h // 2, h % 2 + 1)
        if p.gran == "season":
            if months % 12 == 0:
                return Point("season", p.year + months // 12, p.sub)
            if months % 3 == 0:
                s = p.year * 4 + p.sub + months // 3
                return Point("season", s // 4, s % 4)
            return None
        if p.gran == "year":
            if months % 12:
                return None
            return Point("year", p.year + months // 12)
        if p.gran == "decade":
            return Point("decade", p.year + months // 120) if months % 120 == 0 else None
        if p.gran == "century":
            return Point("century", p.year + months // 1200) if months % 1200 == 0 else None
    except (ValueError, OverflowError):
        return None
    return None


def coarsen(p: Point, gran: str) -> Point:
    """The point at a coarser granularity (a day to its month, year ...; a day's clock time to the day)."""
    if gran == p.gran:
        return replace(p, time="") if p.time else p
    first = point_range(p)[0]
    if gran == "year":
        return Point("year", first.year)
    if gran == "month":
        return Point("month", first.year, first.month)
    if gran == "quarter":
        return quarter_of(first)
    if gran == "week":
        return week_of(first)
    if gran == "decade":
        return Point("decade", first.year // 10)
    if gran == "century":
        return Point("century", first.year // 100)
    return p
