"""“Did you mean …?” for a search that found nothing: each of its words that no published event or actor has,
replaced by the closest word that one has.

The vocabulary is every word of the published events' titles and sentences and of the actors' names and aliases,
folded as the search folds them (``models.fold``). It is read only for a search that found nothing, and kept in
this process for VOCABULARY_SECONDS. Reading it costs about 9 µs an event (0.2 s at 20,000, so about 1 s at
100,000), too much to repeat on every miss after each event an editor publishes; kept a while, it can only be
stale, and harmlessly: a word published since is offered minutes later, and a word since taken away is never
offered, as a suggestion is only made once the corrected search has been run and found events.

Standard library only (difflib): at 100,000 events the vocabulary is some tens of thousands of distinct words,
and only those of about the misspelt word's length and first letter are compared with it (``closest_words``).
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.http import QueryDict

from timeline import shares
from timeline.counting import FilterResult
from timeline.exports import EventRecord
from timeline.filters import EventFilterForm, apply_filters
from timeline.frozen import stem
from timeline.models import Actor, Event, SharedTimeline, fold, name_words
from timeline.querystring import canonical_query
from timeline.text_search import search_terms, text_condition

VOCABULARY_SECONDS = 600
# difflib's ratio: 2 * matching characters / both lengths. "hanio" and "hanoi" score 0.8, "singpore" and
# "singapore" 0.94, "lavorv" and "lavrov" 0.83; at 0.75 a word merely alike is not offered ("mission" for
# "missile", 0.71).
CUTOFF = 0.75
CANDIDATES = 3  # per word; the corrections are tried first choices first, each a query
WORD = re.compile(r"[^\W\d_]{3,}")  # words of three letters or more: "un" or "17" is no spelling to correct

_cache: dict = {}


@dataclass(frozen=True)
class Suggestion:
    q: str  # the search as typed, its misspelt words replaced
    query: str  # the canonical querystring of the same filters with that search


def for_result(result: FilterResult) -> Suggestion | None:
    """A suggestion for the timeline's result when its search found nothing; None at once when it found events."""
    f = result.filters
    if result.total or not search_terms(f["q"]):
        return None

    def unmatched(word: str) -> bool:
        # Against every published event, not within the other filters: "Hanoi" outside the chosen years is a word
        # spelt right, which no correction of it would help find.
        return not Event.objects.published().filter(text_condition([(word,)])).exists()

    def finds(q: str) -> str | None:
        query = canonical_query(f, default_sort=result.default_sort, q=q)
        found = apply_filters(EventFilterForm(QueryDict(query), default_sort=result.default_sort)).exists()
        return query if found else None

    return suggest(f["q"], unmatched, finds, vocabulary)


def for_share(share: SharedTimeline, view: shares.ShareView) -> Suggestion | None:
    """A suggestion for a share's reader whose search found nothing in it, from the words of the share's own events.

    A share holds tens or hundreds of events (a frozen one as they were saved), so its words are read afresh from
    the share as saved, and each correction is tried by the share's own filtering; words of the timeline's other
    events would lead the reader to nothing here. A word is matched as a frozen share's search matches it (stem
    first, then word starts): the same on a live share, whose index stems by Porter's rules, for all but a few words.
    """
    f = view.filters.filters
    if view.records or not search_terms(f["q"]):
        return None
    own = _share_words(shares.share_view(share, QueryDict()).records)
    flat = [word for words in own.values() for word in words]

    def finds(q: str) -> str | None:
        query = canonical_query(f, default_sort=view.filters.default_sort, q=q)
        return query if shares.share_view(share, QueryDict(query)).records else None

    return suggest(f["q"], lambda word: not any(w.startswith(stem(word)) for w in flat), finds, lambda: own)


def _share_words(records: list[EventRecord]) -> dict[int, list[str]]:
    words: set[str] = set()
    for record in records:
        words.update(WORD.findall(fold(f"{record.title} {record.sentence}")))
    names = {name for record in records for name in record.actors}
    for name, aliases in Actor.objects.filter(name__in=names).values_list("name", "aliases"):
        for text in [name, *(aliases or [])]:
            words.update(word for word in name_words(str(text)) if WORD.fullmatch(word))
    words.update(word for name in names for word in name_words(name) if WORD.fullmatch(word))
    return _by_length(words)


def _by_length(words: set[str]) -> dict[int, list[str]]:
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(word)
    return by_length


def vocabulary() -> dict[int, list[str]]:
    """The words students can find, by length (see the module's docstring for how long it is kept)."""
    if _cache and time.monotonic() < _cache["until"]:
        return _cache["words"]
    words: set[str] = set()
    published = Event.objects.published().order_by().values_list("title", "sentence")
    for title, sentence in published.iterator(chunk_size=2000):
        words.update(WORD.findall(fold(f"{title} {sentence}")))
    for name, aliases in Actor.objects.values_list("name", "aliases"):
        for text in [name, *(aliases or [])]:
            words.update(word for word in name_words(str(text)) if WORD.fullmatch(word))
    by_length = _by_length(words)
    _cache.update(until=time.monotonic() + VOCABULARY_SECONDS, words=by_length)
    return by_length


def forget_vocabulary() -> None:
    _cache.clear()


def closest_words(word: str, words: dict[int, list[str]]) -> list[str]:
    """Up to CANDIDATES words of ``words`` close to ``word``, closest first.

    A word two letters longer or shorter than the typed one could not reach the cutoff for most words, so only
    those lengths are compared; and first those that start with the same letter, as most misspellings do: a
    twentieth of them, which at 60,000 distinct words is a few milliseconds instead of a tenth of a second. The
    rest are compared only when none of those is close ("Sanoi" for "Hanoi").
    """
    near = [w for length in range(len(word) - 2, len(word) + 3) for w in words.get(length, ())]
    same_start = [w for w in near if w[0] == word[0]]
    return (difflib.get_close_matches(word, same_start, n=CANDIDATES, cutoff=CUTOFF)
            or difflib.get_close_matches(word, near, n=CANDIDATES, cutoff=CUTOFF))


def suggest(q: str, unmatched: Callable[[str], bool], finds: Callable[[str], str | None],
            known: Callable[[], dict[int, list[str]]]) -> Suggestion | None:
    """The search ``q`` with each word that ``unmatched`` says matches nothing replaced by its closest word of
    ``known()`` (the vocabulary, by length; read only once a word is found to match nothing).

    ``finds(corrected_q)`` runs the filters with that search: the canonical querystring when it finds events,
    None when not. The first choices are tried first, then the second ... so at most CANDIDATES searches are run.
    """
    # The words looked for (at most MAX_TERMS, so at most that many lookups), of three letters or more.
    typed = list(dict.fromkeys(fold(w) for term in search_terms(q) for w in term if WORD.fullmatch(w)))
    missing = [word for word in typed if unmatched(word)]
    if not missing:
        return None
    words = known()
    choices = {word: closest_words(word, words) for word in missing}
    if not all(choices.values()):
        return None  # a word with nothing close: any suggestion would still find nothing
    for rank in range(CANDIDATES):
        fixes = {word: options[min(rank, len(options) - 1)] for word, options in choices.items()}
        corrected = WORD.sub(lambda m: _replace(m.group(), fixes), q)
        if (query := finds(corrected)) is not None:
            return Suggestion(" ".join(corrected.split()), query)
    return None


def _replace(word: str, fixes: dict[str, str]) -> str:
    """The typed word's fix, capitalised as it was typed ("Hanio" gives "Hanoi", "HANIO" "HANOI")."""
    fix = fixes.get(fold(word))
    if fix is None:
        return word
    if word.isupper() and len(word) > 1:
        return fix.upper()
    return fix.capitalize() if word[0].isupper() else fix
