"""The temporal extraction engine: text and a reference date in, temporal expressions and events out.

Pure Python (no Django).  The public API:

- ``extract(text, published, language="en", actors=None) -> Extraction``
- ``load_gazetteer(path=None) -> list[ActorEntry]``
- ``parse_front_matter(raw) -> (metadata, body, body_offset)``
- ``parse_date_phrase(text, reference, language="en") -> DateReading | None``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .actors import GazetteerError, find_mentions, load_gazetteer
from .events import build_events
from .frontmatter import FrontMatterError, parse_front_matter
from .phrases import parse_date_phrase
from .normalise import for_matching
from .timexes import tag
from .results import ActorEntry, DateReading, ExtractedEvent, Extraction, Timex

__all__ = [
    "ActorEntry",
    "DateReading",
    "ExtractedEvent",
    "Extraction",
    "FrontMatterError",
    "GazetteerError",
    "Timex",
    "extract",
    "load_gazetteer",
    "parse_date_phrase",
    "parse_front_matter",
]


def extract(
    text: str,
    published: dt.date,
    language: str = "en",
    actors: Sequence[ActorEntry] | None = None,
) -> Extraction:
    """Find the temporal expressions in ``text`` and the dated events they mark.

    ``published`` is the reference date for relative expressions ("Sunday", "last month").  Spans index
    ``text`` exactly as given.  ``actors`` defaults to the gazetteer in seeds/actors.yaml.  Only English
    has a grammar; for other languages the result is empty rather than wrong.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text or language.split("-")[0].lower() != "en":
        return Extraction([], [])
    resolved = tag(text, published)
    entries = load_gazetteer() if actors is None else actors
    mentions = find_mentions(for_matching(text), entries)  # same length: "Kim&nbsp;Jong&nbsp;Un" is found
    events = build_events(text, published, resolved, mentions)
    return Extraction([r.timex for r in resolved], events)
