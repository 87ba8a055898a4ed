"""A frozen share's filters and counts, read from its snapshots rather than from the events' current rows.

A frozen share shows each event as it was when the teacher saved it, so the reader's filters must pick and count
those copies: an event an editor later moved to 2019 is still a 2018 card, and one since deleted is still there
to be found. The filters are the timeline's own: ``EventFilterForm`` parses them and ``counted_result`` turns the
counts into facets and chart. Only the test of one event against each filter is written again, over a snapshot.

Two things are read as they are now, because the page shows them as they are now: public notes (the "with public
notes" filter) and actors' slugs (a facet offers an actor by its slug; an actor since renamed or deleted in the
admin has no slug for its frozen name, so it is left out of the facet, though its events still show).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable

from django.http import QueryDict

from timeline.counting import FilterResult, counted_result
from timeline.filters import EventFilterForm, category_values, kept_precisions
from timeline.models import Actor, Annotation, Modality, fold, follows, name_words
from timeline.text_search import WORD, Term, term_forms

Test = Callable[[dict], bool]


def filter_snapshots(params: QueryDict | dict, snapshots: Iterable[dict], *,
                     default_sort: str = "oldest", noted: Collection[int] = ()) -> FilterResult:
    """``filter_events`` for a frozen share: its ``events`` are the snapshots the filters keep, in the order asked.

    ``noted``: events the "with notes" filter keeps besides those with public notes (the share's class notes)."""
    form = EventFilterForm(params, default_sort=default_sort)
    f = form.filters
    snapshots = list(snapshots)
    counter = SnapshotCounter(f, snapshot_tests(f, snapshots, noted), snapshots)
    kept = sorted(counter.kept(), key=timeline_order, reverse=f["sort"] == "newest")
    return counted_result(form, kept, counter, is_filtered=bool(counter.tests))


def timeline_order(snapshot: dict) -> tuple:
    # As Event.objects.chronological() (models.TIMELINE_ORDER): start, the longest first, then id (a deleted event
    # keeps its id in the snapshot). Its ISO dates cannot be negated, their day numbers can.
    last_day = datetime.date.fromisoformat(snapshot["date_end"]).toordinal()
    return snapshot["date_start"], -last_day, snapshot.get("id") or 0


def snapshot_tests(f: dict, snapshots: list[dict], noted: Collection[int] = ()) -> dict[str, Test]:
    """One test per filter, named as ``filters._conditions`` names its conditions so a facet leaves its own out."""
    tests: dict[str, Test] = {}
    if f["from"] or f["to"]:
        # Overlap, as date_condition, or a start within, as start_condition: ISO dates ("2018-06-12") compare as
        # strings in date order.
        start = f["from"].start.isoformat() if f["from"] else ""
        end = f["to"].end.isoformat() if f["to"] else "9999"
        first = "date_start" if f["starting"] else "date_end"
        tests["date"] = lambda s: s[first] >= start and s["date_start"] <= end
    if f["actor"]:
        # Snapshots name their actors; the chosen ones are looked up by slug, so matched by their names.
        names = {a.name for a in f["actor"]}
        if f["both"] and len(names) > 1:
            tests["actor"] = lambda s: names <= set(s.get("actors", ()))
        else:
            tests["actor"] = lambda s: bool(names & set(s.get("actors", ())))
    if f["category"]:
        types = set(category_values(f["category"]))
        tests["category"] = lambda s: s.get("category", "") in types
    if f["document"]:
        documents = {d.pk for d in f["document"]}
        tests["document"] = lambda s: any(source.get("document_id") in documents for source in s.get("sources", ()))
    if (kept := kept_precisions(f)) is not None:
        tests["precision"] = lambda s: s["precision"] in kept
    if terms := f["terms"]:
        actor_names = _actor_names()
        folded = [tuple(fold(word) for word in term) for term in terms]
        tests["q"] = lambda s: all(_has_term(s, term, actor_names) for term in folded)
    if f["annotated"]:
        ids = [s["id"] for s in snapshots if s.get("id")]
        public = Annotation.objects.public().filter(event_id__in=ids)
        with_notes = set(public.values_list("event_id", flat=True)) | set(noted)
        tests["annotated"] = lambda s: s.get("id") in with_notes
    return tests


def stem(term: str) -> str:
    """The term less a common English ending, so "summits" finds "summit" as the index's Porter stemmer lets it.

    An approximation of Porter without a stemmer library (the project has none): a word is found when it starts
    with the stem, as the index's prefix query finds it.
    """
    for ending, keep in (("ing", 4), ("ed", 4), ("es", 4), ("s", 3)):
        if term.endswith(ending) and len(term) - len(ending) >= keep:
            return term[: -len(ending)]
    return term


def _actor_names() -> dict[str, list[list[str]]]:
    """The words of each actor's name and of each of its aliases apart, by name, as ``text_search.text_condition``
    searches them: a phrase is found within one of them, not from a name into an alias."""
    return {name: [name_words(str(text)) for text in [name, *(aliases or [])]]
            for name, aliases in Actor.objects.values_list("name", "aliases")}


def _has_term(snapshot: dict, term: Term, names: dict[str, list[list[str]]] | None = None) -> bool:
    """The term's words start words that follow one another in the title, in the sentence, or in one of the actors'
    names or aliases; a word of the text starts with the term word's stem, a word of a name with the word itself.

    Word starts on both sides, as ``text_search.text_condition``: "us" is not found inside "Russia", but "US" finds the
    United States by its alias; an abbreviation's letters are whole words (``models.word_forms``). A phrase is not
    looked for across the title and the sentence, as FTS5 keeps them in two columns.
    """
    forms = term_forms(term)
    stemmed = [tuple((word if whole else stem(word), whole) for word, whole in form) for form in forms]
    # The text's words as the full-text index splits them (at "_" too); actors' names as text_condition's regex does.
    texts = [re.findall(WORD, fold(snapshot.get(key, ""))) for key in ("title", "sentence")]
    if any(follows(words, form) for words in texts for form in stemmed):
        return True
    lists = [words for name in snapshot.get("actors", ())
             for words in ((names or {}).get(name) or [name_words(name)])]
    return any(follows(words, form) for words in lists for form in forms)


class SnapshotCounter:
    """``counting._Counter``'s four counts over a frozen share's snapshots, with the same leave-one-out rules."""

    def __init__(self, f: dict, tests: dict[str, Test], snapshots: list[dict]):
        self.f, self.tests = f, tests
        # Each test runs once per snapshot, not once per count: the filters each snapshot fails, by name.
        self.failed = [(s, {name for name, test in tests.items() if not test(s)}) for s in snapshots]

    def kept(self, *leave_out: str, modality: bool = True) -> list[dict]:
        """The snapshots every filter but ``leave_out`` keeps; plans and the like only when asked for."""
        ignored = set(leave_out)
        return [s for s, failed in self.failed if failed <= ignored and (not modality or self._shown(s))]

    def _shown(self, snapshot: dict) -> bool:
        return self.f["plans"] or _asserted(snapshot)

    def cube(self, by_month: bool = False) -> tuple[list[tuple[str, str, bool, int]], None]:
        kept = self.kept("category", "precision", modality=False)
        cube = Counter((s.get("category", ""), s["precision"], _asserted(s)) for s in kept)
        return [(*key, n) for key, n in cube.items()], None

    def actors(self) -> dict[str, int]:
        by_name = Counter(name for s in self.kept("actor") for name in set(s.get("actors", ())))
        # Keyed by pk as _Counter's are, for the facet to offer each actor by its current slug.
        pks = dict(Actor.objects.filter(name__in=list(by_name)).values_list("name", "pk")) if by_name else {}
        return {str(pks[name]): n for name, n in by_name.items() if name in pks}

    def documents(self) -> dict[int, int]:
        chosen = {d.pk for d in self.f["document"]}
        cited = ({source.get("document_id") for source in s.get("sources", ())} & chosen for s in self.kept("document"))
        return dict(Counter(pk for pks in cited for pk in pks))

    def chart(self, short: bool) -> dict[tuple[str, str], int]:
        return dict(Counter((s["date_start"][: 7 if short else 4], s["precision"]) for s in self.kept()))


def _asserted(snapshot: dict) -> bool:
    return snapshot.get("modality", Modality.ASSERTED) == Modality.ASSERTED
