"""Year and month headings over a list of events: the timeline's list and every page of a shared timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.text import capfirst

from timeline.charts import eras_in_year
from timeline.dates import format_event_date


@dataclass
class Group:
    """A run of consecutive events under one year heading and, where known, one month heading."""

    year: int
    month: str  # the heading under the year: "June 2018", "Summer 2018", "Sometime in 2018"; "" without months
    show_year: bool
    show_month: bool
    events: list = field(default_factory=list)  # the items grouped: events, records or a share's rows
    eras: list[str] = field(default_factory=list)  # who led each side that year, beside the year heading
    start: int = 1  # the number of its first item among those grouped, for a numbered list (a printed handout)


def _heading(event: Any) -> str:
    """The heading an event stands under within its year: its month, or the coarser period it is known to.

    Every coarse period was "Sometime in 2002": a season, a quarter or a half-year, listed at its first day among
    the months, gave the year a second and a third such heading. Each period is named instead, and so is a reading
    known only to the year but stored from a later day (an editor's precision over "June 2002"), listed there. A
    week is listed at its first day, like a day, under that day's month.
    """
    start, end, precision = event.date_start, event.date_end, event.precision
    if precision in {"day", "week", "month"}:  # a week, listed at its first day, under that day's month
        return f"{start:%B} {start.year}"
    if precision in {"season", "quarter", "half"}:
        return capfirst(format_event_date(start, end, precision))
    if (start.month, start.day) == (1, 1):
        return f"Sometime in {start.year}"
    return f"Sometime in {format_event_date(start, end, 'month')}"


def _group_key(event: Any, months: bool) -> tuple[int, str]:
    return event.date_start.year, _heading(event) if months else ""


def group_events(items: Sequence, previous: Any = None, eras: tuple = (), *, months: bool = True,
                 event_of: Callable[[Any], Any] = lambda item: item) -> list[Group]:
    """Year and month headings for a run of events; a page continuing the previous one repeats no heading.

    ``items`` are anything with a ``date_start`` and a ``precision`` (an Event, an EventRecord) or, with
    ``event_of``, hold one (a share's rows of record, class note and notes). ``months=False`` gives year headings
    only: a share's cards already carry their dates, and a heading per month would stand over most cards of a
    short share. Items in either order (oldest or newest first) group the same way.
    """
    groups: list[Group] = []
    last_year, last_key = (previous.date_start.year, _group_key(previous, months)) if previous else (None, None)
    for number, item in enumerate(items, start=1):
        key = _group_key(event_of(item), months)
        if key != last_key:
            groups.append(Group(key[0], key[1], key[0] != last_year, months, [], eras_in_year(key[0], eras), number))
            last_year, last_key = key[0], key
        elif not groups:
            groups.append(Group(key[0], "", False, False, [], [], number))
        groups[-1].events.append(item)
    return groups
