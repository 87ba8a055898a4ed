"""Year and month headings over a list of events: the timeline's list and every page of a shared timeline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline.charts import eras_in_year


@dataclass
class Group:
    """A run of consecutive events under one year heading and, where known, one month heading."""

    year: int
    month: str  # "June 2018", or "" for events known only to the season, year or decade
    show_year: bool
    show_month: bool
    events: list = field(default_factory=list)  # the items grouped: events, records or a share's rows
    eras: list[str] = field(default_factory=list)  # who led each side that year, beside the year heading
    start: int = 1  # the number of its first item among those grouped, for a numbered list (a printed handout)


def _group_key(event: Any, months: bool) -> tuple[int, int]:
    month = event.date_start.month if months and event.precision in {"day", "month"} else 0
    return event.date_start.year, month


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
            month = event_of(item).date_start.strftime("%B %Y") if key[1] else ""
            groups.append(Group(key[0], month, key[0] != last_year, months, [], eras_in_year(key[0], eras), number))
            last_year, last_key = key[0], key
        elif not groups:
            groups.append(Group(key[0], "", False, False, [], [], number))
        groups[-1].events.append(item)
    return groups
