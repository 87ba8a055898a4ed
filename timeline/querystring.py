"""The filters' canonical querystring, the one URL of each filtered view: fixed order, defaults left out."""

from __future__ import annotations

from urllib.parse import urlencode

from timeline.filters import EXACT_PRECISIONS, Bound
from timeline.models import Actor, Document


def with_query(url: str, query: str) -> str:
    """``url`` with the querystring ``query`` (already encoded), or bare when there is none."""
    return f"{url}?{query}" if query else url


def canonical_query(f: dict, *, default_sort: str = "oldest", **overrides) -> str:
    """The normalised querystring for these filters: fixed order, defaults left out, dates in ISO form.

    ``default_sort`` is the order a page shows when its URL names none (a share's is the order its teacher saved).
    """
    f = {**f, **overrides}
    pairs: list[tuple[str, str]] = []
    if f["q"].strip():
        pairs.append(("q", " ".join(f["q"].split())))
    for name in ("from", "to"):
        if f[name]:
            pairs.append((name, f[name].canonical if isinstance(f[name], Bound) else str(f[name])))
    if f["starting"] and f["from"]:
        pairs.append(("starting", "1"))
    pairs += [("actor", a.slug if isinstance(a, Actor) else a) for a in f["actor"]]
    if f["both"] and len(f["actor"]) > 1:
        pairs.append(("both", "1"))
    pairs += [("category", c) for c in f["category"]]
    pairs += [("document", str(d.pk if isinstance(d, Document) else d)) for d in f["document"]]
    if f["precision"]:
        pairs.append(("precision", f["precision"]))
    pairs += [("known_only_to", p) for p in EXACT_PRECISIONS if p in f["known_only_to"]]
    for name in ("plans", "annotated"):
        if f[name]:
            pairs.append((name, "1"))
    if f["sort"] != default_sort:
        pairs.append(("sort", f["sort"]))
    return urlencode(pairs)
