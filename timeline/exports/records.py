"""The one shape every export and a frozen share's snapshot share: an event with its sources and note."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace

from django.utils.text import capfirst

from timeline.dates import format_event_date, iso_event_date
from timeline.models import Modality

# How much text either side of a cited sentence a TextQuoteSelector carries (the W3C model leaves it to us).
QUOTE_CONTEXT = 32
# The timeline's badges for what did not simply happen (modality_badge): a calendar entry or a TimelineJS slide
# reads as a fact unless it says so, in the page's own words.
MODALITY_LABELS = {value: capfirst(label) for value, label in Modality.choices if value != Modality.ASSERTED}


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

    @property
    def asserted(self) -> bool:
        """Whether it happened, rather than was planned, supposed or denied (which the pages mark as such)."""
        return self.modality == "asserted"

    @property
    def modality_label(self) -> str:
        """"Planned or announced", "Hypothetical" or "Did not happen"; empty for what happened."""
        return "" if self.asserted else MODALITY_LABELS.get(self.modality, self.modality.capitalize())

    @property
    def display(self) -> str:
        return display_date(self)

    @property
    def iso_date(self) -> str:
        return iso_event_date(self.date_start, self.date_end, self.precision, self.date_mod)

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



def display_date(record: EventRecord) -> str:
    """The date as precisely as it is known, worded as the timeline page words it."""
    return format_event_date(record.date_start, record.date_end, record.precision, record.date_mod)
