"""The one shape every export and a frozen share's snapshot share: an event with its sources and note."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace

# How much text either side of a cited sentence a TextQuoteSelector carries (the W3C model leaves it to us).
QUOTE_CONTEXT = 32


@dataclass(frozen=True)
class SourceRecord:
    document_id: int | None
    title: str
    url: str
    publisher: str
    published: str  # ISO date of the document: the reference date its relative dates were read against
    quote: str
    start: int | None  # character offsets of the sentence in the document's text
    end: int | None
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class EventRecord:
    id: int | None
    title: str
    date_start: datetime.date
    date_end: datetime.date
    precision: str
    date_mod: str = ""
    date_text: str = ""
    sentence: str = ""
    summary: str = ""
    category: str = ""
    modality: str = "asserted"
    actors: tuple[str, ...] = ()
    sources: tuple[SourceRecord, ...] = ()
    note: str = ""
    path: str = ""  # the event's page on this site, relative to the site root

    @property
    def approximate(self) -> bool:
        return self.date_mod == "APPROX"

    def to_snapshot(self) -> dict:
        """JSON-ready form, stored on a frozen share's item so later edits never reach the class."""
        data = asdict(self)
        data["date_start"] = self.date_start.isoformat()
        data["date_end"] = self.date_end.isoformat()
        data["actors"] = list(self.actors)
        return data

    @classmethod
    def from_snapshot(cls, data: Mapping) -> EventRecord:
        values = dict(data)
        values["date_start"] = datetime.date.fromisoformat(values["date_start"])
        values["date_end"] = datetime.date.fromisoformat(values["date_end"])
        values["actors"] = tuple(values.get("actors", ()))
        values["sources"] = tuple(SourceRecord(**s) for s in values.get("sources", ()))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in values.items() if k in known})


def source_record(source) -> SourceRecord:
    """An EventSource (with its document loaded) as a record, with W3C quote context from the document text."""
    document = source.document
    text = document.text
    start, end = source.sentence_start, source.sentence_end
    in_text = text[start:end] == source.quote
    return SourceRecord(
        document_id=document.pk,
        title=document.title,
        url=document.url,
        publisher=document.source,
        published=document.published.isoformat(),
        quote=source.quote,
        start=start if in_text else None,
        end=end if in_text else None,
        prefix=text[max(0, start - QUOTE_CONTEXT) : start] if in_text else "",
        suffix=text[end : end + QUOTE_CONTEXT] if in_text else "",
    )


def event_record(event, note: str = "") -> EventRecord:
    """One Event as a record. Load ``actors`` and ``sources__document`` with prefetch_related first."""
    return EventRecord(
        id=event.pk,
        title=event.title,
        date_start=event.date_start,
        date_end=event.date_end,
        precision=event.precision,
        date_mod=event.date_mod,
        date_text=event.date_text,
        sentence=event.sentence,
        summary=event.summary,
        category=event.category,
        modality=event.modality,
        actors=tuple(actor.name for actor in event.actors.all()),
        sources=tuple(source_record(s) for s in event.sources.all() if not s.stale),
        note=note,
        path=event.get_absolute_url(),
    )


def from_events(events: Iterable, notes: Mapping[int, str] | None = None) -> list[EventRecord]:
    notes = notes or {}
    return [event_record(event, notes.get(event.pk, "")) for event in events]


def from_snapshots(snapshots: Iterable[Mapping], notes: Mapping[int, str] | None = None) -> list[EventRecord]:
    notes = notes or {}
    records = [EventRecord.from_snapshot(s) for s in snapshots]
    return [replace(r, note=notes[r.id]) if r.id in notes else r for r in records]


_MODS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before", "AFTER": "after"}
_SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer"}


def display_date(record: EventRecord) -> str:
    """The date as precisely as it is known: '12 June 2018', 'June 2018', 'summer 2018', 'about 2018'."""
    start, end = record.date_start, record.date_end
    match record.precision:
        case "day":
            text = f"{start.day} {start:%B %Y}" if start == end else f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"
        case "month":
            text = f"{start:%B %Y}" if (start.year, start.month) == (end.year, end.month) else f"{start:%B %Y} – {end:%B %Y}"
        case "season":
            text = f"{_SEASONS.get(start.month, 'autumn')} {end.year if start.month == 12 else start.year}"
        case "quarter":
            text = f"Q{(start.month - 1) // 3 + 1} {start.year}"
        case "decade":
            text = f"the {start.year // 10 * 10}s"
        case _:
            text = str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    mod = _MODS.get(record.date_mod)
    return f"{mod} {text}" if mod else text
