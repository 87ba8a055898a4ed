"""Wider lists for a timeline whose filters together found nothing: for each filter, what dropping it alone finds.

"Clear all filters" also drops the search a student typed; "at any date (2 events)" keeps it and the rest. On the
timeline they are counted among all published events; in a shared timeline, among the share's own, by its filtering.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict

from timeline import shares
from timeline.counting import FilterResult
from timeline.filters import EventFilterForm, apply_filters
from timeline.models import SharedTimeline
from timeline.querystring import canonical_query
from timeline.text_search import describe_query


@dataclass(frozen=True)
class Widening:
    words: str  # the link's text: "at any date"
    query: str  # the canonical querystring without that filter
    total: int  # the events it lists


def _groups(f: dict) -> list[tuple[str, dict]]:
    """Each filter that is on, in words, and the overrides that take it off; the order of the sentence that names
    the filters (``shares.describe_filters``)."""
    groups = []
    if f["from"] or f["to"]:
        groups.append(("at any date", {"from": None, "to": None, "starting": False}))
    if f["actor"]:
        groups.append(("with any actor", {"actor": [], "both": False}))
    if f["category"]:
        groups.append(("in any category", {"category": []}))
    if f["document"]:
        groups.append(("in any document", {"document": []}))
    if f["precision"] or f["known_only_to"]:
        groups.append(("with a date of any precision", {"precision": "", "known_only_to": []}))
    if f["q"].strip():
        groups.append((f"without the search {describe_query(f['q'])}", {"q": ""}))
    if f["annotated"]:
        groups.append(("with or without notes", {"annotated": False}))
    return groups


def for_result(result: FilterResult) -> list[Widening]:
    """The wider lists for a result that found nothing with two filters or more, those that find events only.

    With one filter, dropping it is "Clear all filters", already offered. A count per filter on (seven at most), and
    only when nothing was found, as the spelling suggestion is.
    """
    if result.total:
        return []

    def count(query: str) -> int:
        return apply_filters(EventFilterForm(QueryDict(query), default_sort=result.default_sort)).count()

    return _widenings(result, count)


def for_share(share: SharedTimeline, view: shares.ShareView) -> list[Widening]:
    """``for_result`` for a share's reader: each wider list counted by the share's own filtering (a frozen share's
    copies as saved), as its "Did you mean" is tried; the timeline's other events would lead the reader nowhere here.
    """
    if view.records:
        return []
    return _widenings(view.filters, lambda query: len(shares.share_view(share, QueryDict(query)).records))


def _widenings(result: FilterResult, count: Callable[[str], int]) -> list[Widening]:
    groups = _groups(result.filters)
    if len(groups) < 2:
        return []
    widenings = []
    for words, overrides in groups:
        query = canonical_query(result.filters, default_sort=result.default_sort, **overrides)
        if total := count(query):
            widenings.append(Widening(words, query, total))
    return widenings
