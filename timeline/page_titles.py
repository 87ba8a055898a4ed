"""The timeline page's <title> from its filters: browser tabs, history entries and bookmarks of different filtered
views tell themselves apart. Shorter than the sentence the share pages say (shares.describe_filters): a tab shows a
few words only, so the filters are named in the order a reader picks them out by, who, when, then what."""

from django.utils.text import Truncator

from timeline.filters import PRECISION_LEVELS, SORTS, Bound, known_only_to_words
from timeline.models import CATEGORY_GROUPS, Category
from timeline.text_search import describe_query

SEPARATOR = " · "
DOCUMENT_TITLE_WORDS = 7  # a report's title is often a sentence long


def filters_title(f: dict) -> str:
    """The active filters in a few words: "Kim Jong Un · 2018–2019 · “summit”"; "" for the whole timeline.

    ``f``: the filters the page applies (``EventFilterForm.filters``), so a value it ignored is not named.
    """
    parts = []
    if f["actor"]:
        parts.append((" and " if f["both"] else " or ").join(actor.name for actor in f["actor"]))
    if dates := _dates(f["from"], f["to"]):
        parts.append(f"beginning {dates}" if f["starting"] and f["from"] else dates)
    if f["category"]:
        labels = dict(Category.choices) | {key: label for key, (label, _types) in CATEGORY_GROUPS.items()}
        parts.append(" or ".join(labels[value] for value in f["category"]))
    if f["document"]:
        parts.append(" or ".join(f"“{Truncator(d.title).words(DOCUMENT_TITLE_WORDS)}”" for d in f["document"]))
    if f["precision"]:
        parts.append(f"date {PRECISION_LEVELS[f['precision']][0]}")
    if f["known_only_to"]:
        parts.append(f"date known only to {known_only_to_words(f['known_only_to'])}")
    if f["q"].strip():
        parts.append(describe_query(f["q"]))
    if f["annotated"]:
        parts.append("with public notes")
    if f["plans"]:
        parts.append("plans included")
    if f["sort"] != "oldest":  # the timeline's own order goes without saying
        parts.append(SORTS[f["sort"]])
    return SEPARATOR.join(parts)


def _dates(start: Bound | None, end: Bound | None) -> str:
    if start and end:
        return start.words if start == end else f"{start.words}–{end.words}"
    if start:
        return f"from {start.words}"
    return f"to {end.words}" if end else ""
