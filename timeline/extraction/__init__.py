"""The temporal extraction engine: text and a reference date in, temporal expressions and events out.

Pure Python (no Django).  The public API:

- ``extract(text, published, language="en", actors=None) -> Extraction``
- ``load_gazetteer(path=None) -> list[ActorEntry]``
- ``parse_front_matter(raw) -> (metadata, body, body_offset)``
- ``parse_date_phrase(text, reference, language="en") -> DateReading | None``
- ``known_language(code) -> bool``
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .actors import GazetteerError, find_mentions, load_gazetteer
from .events import build_events
from .frontmatter import FrontMatterError, parse_front_matter
from .furniture import dateline_at
from .multilingual import known_language, tag_other
from .normalise import for_matching
from .phrases import parse_date_phrase
from .results import ActorEntry, DateReading, ExtractedEvent, Extraction, Timex
from .timexes import tag

__all__ = [
    "ActorEntry",
    "DateReading",
    "ExtractedEvent",
    "Extraction",
    "FrontMatterError",
    "GazetteerError",
    "Timex",
    "extract",
    "known_language",
    "load_gazetteer",
    "parse_date_phrase",
    "parse_front_matter",
]


def _dateline_day(text: str, published: dt.date) -> dt.date:
    """The day a report's own dateline gives ("SEOUL, Sept 19, 2025 (Reuters) -"), when it is a few weeks at most
    before the published date it was filed under: "on Monday" in the report counts from it."""
    # (the first line, or the first under a headline and a byline: "N.Korea fires missiles, Seoul says\n\nSEOUL,
    # Nov 7 (Reuters) - ...")
    lines = [ln.strip() for ln in text.lstrip()[:400].split("\n") if ln.strip()][:3]
    for line in lines:
        if (m := dateline_at(line, 0)) is not None or re.search(r"[.!?]$", line):
            break
    if not lines or not m:
        return published
    for r in tag(line[:m.end()], published):
        if r.timex.type == "DATE" and len(r.timex.value) == 10:
            day = dt.date.fromisoformat(r.timex.value)
            if dt.timedelta(0) < published - day <= dt.timedelta(days=60):
                return day
    return published


# A statement signed with its date on its last line: "Kim Yo Jong\nVice Department Director ...\nAugust 19, Juche 114
# (2025)", "Pyongyang, August 19, 2025"
_SIGNED_ON = re.compile(r"\n[ \t]*(?:[A-Z][a-z]+,[ \t]+)?(?P<date>(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
                        r",?[ \t]+(?:(?:Juche|Reiwa)[ \t]+\d{1,3}[ \t]+\(\d{4}\)|\d{4}))\.?[ \t]*$")


def _signed_day(text: str, published: dt.date) -> dt.date:
    """The day a statement is signed at its foot, when it is a few weeks at most before the published date: the
    statement's "on Monday" counts from it."""
    m = _SIGNED_ON.search(text[-200:].rstrip())
    if not m:
        return published
    for r in tag(m["date"], published):
        if r.timex.type == "DATE" and len(r.timex.value) == 10:
            day = dt.date.fromisoformat(r.timex.value)
            if dt.timedelta(0) < published - day <= dt.timedelta(days=60):
                return day
    return published


def extract(
    text: str,
    published: dt.date,
    language: str = "en",
    actors: Sequence[ActorEntry] | None = None,
) -> Extraction:
    """Find the temporal expressions in ``text`` and the dated events they mark.

    ``published`` is the reference date for relative expressions ("Sunday", "last month").  Spans index
    ``text`` exactly as given.  ``actors`` defaults to the gazetteer in seeds/actors.yaml.  Only English
    has a grammar; in other languages only the dates written out in full are found (see multilingual.py), and
    modality and category, read from English words, stay at their defaults.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    language = (language or "en").split("-")[0].split("_")[0].lower()
    if not text:
        return Extraction([], [])
    if language == "en":
        published = _signed_day(text, _dateline_day(text, published))
        plain = for_matching(text)  # same length as text, so spans found in it index text
        resolved = tag(text, published, plain)
    else:
        plain = text
        resolved = tag_other(text, published, language)
    entries = load_gazetteer() if actors is None else actors
    mentions = find_mentions(plain, entries)  # "Kim&nbsp;Jong&nbsp;Un" is found
    events = build_events(text, published, resolved, mentions, english=language == "en",
                          kinds={e.name: e.kind for e in entries},
                          women=frozenset(e.name for e in entries if e.pronoun == "she"))
    return Extraction([r.timex for r in resolved], events)
