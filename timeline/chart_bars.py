"""The chart's bars: the events counted by month or year of their start, each bar linking to the list it counts.

Only events dated finely enough to lie inside a bar are drawn in it (PRECISION_MONTHS); each bar keeps the others
apart, by precision, for the chart's caption. charts.py places and draws these bars.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Collection
from dataclasses import dataclass, field

from timeline.filters import EXACT_PRECISIONS, PRECISION_LEVELS, Bound, kept_precisions, parse_bound
from timeline.models import Precision
from timeline.querystring import canonical_query

# How many months a chart's bar must count for an event of each precision to lie wholly inside one bar: the bars
# start at round dates (each month, January/April/July/October, each January, each decade), and these divide them.
# A coarser event is not drawn in the bar where its span starts ("2019" is not a January event); charts.py says so
# beside the chart instead. A season (spring: March-May) straddles quarters and halves, so only a year holds it;
# winter (December-February) straddles even that, and is left in the year it starts. A week, like a run of days, is
# drawn in the month of its first day, where the list puts it too; a half-year fits a bar of six months (January or
# July on) or longer.
PRECISION_MONTHS = {"day": 1, "week": 1, "month": 1, "quarter": 3, "half": 6, "season": 12, "year": 12, "decade": 120}


def months_to_draw_kept(f: dict) -> int:
    """How many months a bar must count to draw every event "known only to" keeps (PRECISION_MONTHS); 1 without it."""
    kept = kept_precisions(f) if f["known_only_to"] else None
    return max((PRECISION_MONTHS.get(p, 1) for p in kept or ()), default=1)


def drawn_precisions(f: dict, months: int, left_out: Collection[str]) -> dict[str, str | list[str]]:
    """The precision filters of the link of a bar ``months`` long, in a chart that leaves events of the precisions
    ``left_out`` out of its bars (see PRECISION_MONTHS): narrowed to those the bar draws, lest a month's link list the
    events known only to its year, which overlap the month but which its bar does not count. As overrides for
    canonical_query; none when no event is left out, so that the link is the plain period."""
    if not left_out:
        return {}
    kept = kept_precisions(f)
    drawn = {p for p in (Precision.values if kept is None else kept) if PRECISION_MONTHS.get(p, 1) <= months}
    # A month's bar (or a year's) draws what "known at least to the month" keeps: the form's own filter, said in it.
    level = next((name for name, (_label, kinds) in PRECISION_LEVELS.items() if set(kinds) == drawn), "")
    if level and not f["known_only_to"]:
        return {"precision": level}
    return {"known_only_to": [p for p in EXACT_PRECISIONS if p in drawn]}


@dataclass
class Bar:
    label: str
    count: int
    query: str  # the canonical querystring that lists what this bar counts: its range (see drawn_precisions)
    start: datetime.date
    end: datetime.date  # its last day
    span: str = ""  # the months or years a grouped bar counts, to name it ("Jan–Mar 2018"); its label is its first
    # A grouped bar's whole group at round dates, its first and last day (2025-01-01, 2029-12-31): more than it counts
    # where the range cuts the chart's first or last group short (2025 alone). None: the bar is not grouped.
    group: tuple[datetime.date, datetime.date] | None = None
    # The events that start in this bar but are known only to a period longer than it (a year for a month's bar),
    # by precision: not in ``count``, lest they be read as happening in this bar (see PRECISION_MONTHS).
    not_drawn: dict[str, int] = field(default_factory=dict)

    def bound(self, unit: str) -> Bound:
        """The month (``unit`` "month") or the year this bar starts, as a filter bound."""
        # Not strftime's %Y: it writes the year 1 as "1", which no filter reads as a year.
        year = f"{self.start.year:04d}"
        return parse_bound(f"{year}-{self.start.month:02d}" if unit == "month" else year)

    def part_of_group(self) -> tuple[float, float]:
        """Where the months this bar counts start and end in its group, as fractions of it: (0.0, 1.0) for a whole
        group (or a bar not grouped), (0.4, 1.0) for 2017–2019 of 2015–2019, (0.0, 0.2) for 2025 of 2025–2029."""
        if self.group is None:
            return 0.0, 1.0
        first, last = (_month_number(day) for day in self.group)
        months = last - first + 1
        return (_month_number(self.start) - first) / months, (_month_number(self.end) - first + 1) / months


class ChartBars:
    """The chart's own bars of a filter result (``counting.FilterResult``, which holds them in ``chart``, by
    ``chart_unit``, for its ``filters`` and ``default_sort``), and those bars grouped for a narrower chart."""

    chart: list[Bar]
    chart_unit: str
    filters: dict
    default_sort: str

    @property
    def months_per_bar(self) -> int:
        """How many months each of the chart's own bars counts: 1 by month, 12 by year."""
        return 1 if self.chart_unit == "month" else 12

    @property
    def fewest_months_per_bar(self) -> int:
        """The shortest bar the chart may draw: its own (a month or a year), or, for a list narrowed to dates known
        only to some precisions ("known_only_to=year", where the caption's "List the events not drawn" leads), one
        long enough for the coarsest of them. By month, such a list would be left out of every bar (see
        PRECISION_MONTHS), and the chart of the events not drawn would draw none of them."""
        return max(self.months_per_bar, months_to_draw_kept(self.filters))

    def chart_by(self, months: int) -> list[Bar]:
        """The chart's bars grouped ``months`` to a bar (3: quarters, 60: five years), at round dates (Jan, Apr ...;
        1995, 2000 ...), for a chart too narrow for a bar a month or a year; the chart's own bars for its unit.

        A group counts the events its bars count, and its link spans theirs: from its first bar's "from" to its
        last bar's "to", each narrowed to the typed range as the bar's own link is (``bar_range``). The first and last
        groups may hold fewer bars than ``months`` (2025 alone of 2025-2029): each knows its whole ``group`` too.
        """
        if months <= self.months_per_bar:
            return self.chart
        narrowed = drawn_precisions(self.filters, months, _split_by_fit(not_drawn_in(self.chart), months)[1])
        groups: dict[int, list[Bar]] = {}
        for bar in self.chart:
            groups.setdefault(_month_number(bar.start) // months, []).append(bar)
        grouped = []
        for key, bars in groups.items():
            first, last = (bar.bound(self.chart_unit) for bar in (bars[0], bars[-1]))
            # The group begins where its first bar does: it counts (and lists) what that bar does from there on.
            span = {**bar_range(self.filters, first), "to": bar_range(self.filters, last)["to"]}
            # What fits a finer bar fits its group; what did not may fit now ("2019" in a bar of a year).
            count, not_drawn = _split_by_fit(not_drawn_in(bars), months)
            grouped.append(Bar(bars[0].label, sum(bar.count for bar in bars) + count,
                               canonical_query(self.filters, default_sort=self.default_sort, **span, **narrowed),
                               bars[0].start, bars[-1].end, _span_label(bars[0].label, bars[-1].label),
                               _group_days(key, months), not_drawn))
        return grouped


def not_drawn_in(bars: list[Bar]) -> dict[str, int]:
    """The events these bars leave out for being too coarsely dated for them, by precision, summed."""
    left_out: dict[str, int] = {}
    for bar in bars:
        for precision, n in bar.not_drawn.items():
            left_out[precision] = left_out.get(precision, 0) + n
    return left_out


def _split_by_fit(by_precision: dict[str, int], months: int) -> tuple[int, dict[str, int]]:
    """How many of these events a bar of ``months`` months draws, and by precision those it does not."""
    drawn, not_drawn = 0, {}
    for precision, n in by_precision.items():
        if PRECISION_MONTHS.get(precision, 1) <= months:
            drawn += n
        elif n:
            not_drawn[precision] = n
    return drawn, not_drawn


def _month_number(day: datetime.date) -> int:
    """Months since year 0: consecutive months are consecutive numbers, so groups of them are ``// months``."""
    return day.year * 12 + day.month - 1


def _group_days(key: int, months: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of the ``key``th group of ``months`` months, kept to the years a date holds (1-9999)."""
    first, last = max(key * months, 12), min((key + 1) * months, 10000 * 12) - 1
    year, month = divmod(last, 12)
    return (datetime.date(first // 12, first % 12 + 1, 1),
            datetime.date(year, month + 1, calendar.monthrange(year, month + 1)[1]))


def _span_label(first: str, last: str) -> str:
    """ "Jan–Mar 2018" from "Jan 2018" and "Mar 2018", "1995–1999" from "1995" and "1999"; "" for one bar."""
    if first == last:
        return ""
    if first[-5:] == last[-5:] and first[-5] == " ":
        return f"{first[:-5]}–{last}"
    return f"{first}–{last}"


def _is_short(f: dict) -> bool:
    """A typed range of up to three years is charted by month (and counted so from the start), anything longer by year."""
    return bool(f["from"] and f["to"] and (f["to"].end - f["from"].start).days <= 3 * 366)


def _few_years(counts: dict[tuple[str, str], int]) -> bool:
    """Whether the counted events all start within three calendar years: then they too are charted by month."""
    years = [int(p[:4]) for (p, _precision), n in counts.items() if n]
    return bool(years) and max(years) - min(years) < 3


def _month(day: datetime.date) -> datetime.date:
    return datetime.date(day.year, day.month, 1)


def _counted_from(start: Bound | None, counts: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """Counts by "YYYY-MM" or "YYYY" (and precision) of each event's first day in the range, from counts by those of
    its start.

    The range lists every event that overlaps it, so an event begun before ``start`` (a year, a season, a decade)
    covers that day: it is counted in the range's first month or year instead of one the chart does not draw. Each
    event is counted once, in the first bar it overlaps, rather than in every bar it spans: the bars then add up to
    the result count, and a year-long event does not raise twelve monthly bars above the events that happened in them.
    """
    if start is None:
        return counts
    moved: dict[tuple[str, str], int] = {}
    for (prefix, precision), n in counts.items():
        key = (max(prefix, start.start.isoformat()[:len(prefix)]), precision)
        moved[key] = moved.get(key, 0) + n
    return moved


def bar_range(f: dict, bar: Bound) -> dict[str, Bound | bool]:
    """The "from", "to" and "starting" a bar's link narrows to: its month or year, within the typed range where it
    starts or ends inside it, and the events that begin in it unless it is where the typed range begins.

    A bar counts each event once, where it begins (see ``_counted_from``), so the next bar must not list an event
    dated "December 2018 to January 2019" that overlaps it: its link keeps the events that begin in it (starting=1).
    The bar where the typed range begins counts, besides those, the events begun before the range that overlap it:
    its link lists what overlaps the range up to the bar's end, which is exactly those, and not the ones that ended in
    the part of its month before the range. (Within "starting=1" already, no event begins before the range.)"""
    start = f["from"] if f["from"] and f["from"].start > bar.start else bar
    end = f["to"] if f["to"] and f["to"].end < bar.end else bar
    starting = f["starting"] or not f["from"] or f["from"].start < bar.start
    return {"from": start, "to": end, "starting": starting}


def _chart(f: dict, by_precision: dict[tuple[str, str], int], by_month: bool) -> tuple[list[Bar], str]:
    """Bars for the chart from counts by "YYYY-MM" (``by_month``) or by "YYYY" (else by year), and by precision.

    A typed range of up to three years is charted month by month across it. Results within three years (a search,
    an actor) are charted over their whole years, narrowed to the typed bounds that fall inside them; a month with
    events is never left out, even one whose events are all too coarse to draw in it (see PRECISION_MONTHS)."""
    start, end = f["from"], f["to"]
    keyed: dict[str, dict[str, int]] = {}
    for (prefix, precision), n in by_precision.items():
        if n:
            keyed.setdefault(prefix, {})
            keyed[prefix][precision] = keyed[prefix].get(precision, 0) + n
    split = {prefix: _split_by_fit(kinds, 1 if by_month else 12) for prefix, kinds in keyed.items()}
    counts = {prefix: drawn for prefix, (drawn, _not_drawn) in split.items()}
    narrowed = drawn_precisions(f, 1 if by_month else 12, {p for _drawn, left_out in split.values() for p in left_out})
    if by_month:
        if _is_short(f):
            first, last = _month(start.start), _month(end.end)
        else:
            found = [datetime.date(int(p[:4]), int(p[5:7]), 1) for p in counts]
            first, last = datetime.date(min(found).year, 1, 1), datetime.date(max(found).year, 12, 1)
            if start and _month(start.start) > first:
                first = min(_month(start.start), min(found))
            if end and _month(end.end) < last:
                last = max(_month(end.end), max(found))
        bars = []
        cursor = first
        while cursor <= last:
            bound = parse_bound(f"{cursor.year:04d}-{cursor.month:02d}")
            bars.append(Bar(f"{cursor:%b} {cursor.year}", counts.get(bound.canonical, 0),
                            canonical_query(f, **bar_range(f, bound), **narrowed), cursor, bound.end,
                            not_drawn=split.get(bound.canonical, (0, {}))[1]))
            cursor = datetime.date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
        return bars, "month"
    if not counts:
        return [], "year"
    years = [int(p) for p in counts]
    bars = []
    for year in range(start.start.year if start else min(years), (end.end.year if end else max(years)) + 1):
        bound = parse_bound(f"{year:04d}")
        query = canonical_query(f, **bar_range(f, bound), **narrowed)
        bars.append(Bar(str(year), counts.get(bound.canonical, 0), query,
                        datetime.date(year, 1, 1), bound.end, not_drawn=split.get(bound.canonical, (0, {}))[1]))
    return bars, "year"
