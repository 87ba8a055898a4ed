"""Writes that span several models, each inside one transaction so a failure leaves nothing half written."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from timeline.extraction import ActorEntry, ExtractedEvent, extract, load_gazetteer
from timeline.loading import DocumentInput
from timeline.models import Actor, Annotation, Document, Event, EventSource, Status


@dataclass(frozen=True)
class IngestResult:
    document: Document
    outcome: str  # "added", "updated" or "unchanged"
    events_created: int


def sync_actors(entries: list[ActorEntry] | None = None) -> dict[str, Actor]:
    """Make the Actor table match the gazetteer (adding and updating, never deleting editors' actors)."""
    entries = load_gazetteer() if entries is None else entries
    by_name = {actor.name: actor for actor in Actor.objects.all()}
    for entry in entries:
        aliases = list(entry.aliases)
        actor = by_name.get(entry.name)
        if actor is None:
            by_name[entry.name] = Actor.objects.create(name=entry.name, slug=slugify(entry.name), kind=entry.kind, aliases=aliases)
        elif actor.kind != entry.kind or actor.aliases != aliases:
            actor.kind, actor.aliases = entry.kind, aliases
            actor.save(update_fields=["kind", "aliases"])
    return by_name


def source_fingerprint(extracted: ExtractedEvent) -> str:
    """Identify an extraction by its sentence and date expression, not by offsets (text may move around it)."""
    sentence = " ".join(extracted.sentence.split())
    within = extracted.date_span[0] - extracted.start
    raw = f"{sentence}\x1f{extracted.date_text}\x1f{within}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def ingest_document(data: DocumentInput, *, publish: bool = False, user=None, actors: dict[str, Actor] | None = None) -> IngestResult:
    """Store one document and its extracted events, or bring a stored one up to date.

    The rule for re-ingesting (also in the README): an unchanged document changes nothing. A changed one is
    re-extracted; an extraction that still matches a stored source (same sentence and date expression) keeps its
    event, refreshed from the new extraction unless an editor curated it. Events that no longer appear are removed
    unless an editor curated, rejected or annotated them, or another document also reports them: those are kept,
    with the missing source marked stale. Rejected events therefore never come back as proposals.
    """
    with transaction.atomic():
        actors = actors if actors is not None else {a.name: a for a in Actor.objects.all()}
        text_hash = Document.hash_text(data.text)
        document = Document.objects.select_for_update().filter(key=data.key).first()
        metadata = {
            "title": data.title,
            "source": data.source,
            "url": data.url,
            "published": data.published,
            "language": data.language,
        }
        if document is not None and document.text_hash == text_hash and all(getattr(document, k) == v for k, v in metadata.items()):
            return IngestResult(document, "unchanged", 0)

        outcome = "added" if document is None else "updated"
        text_changed = document is not None and document.text_hash != text_hash
        if document is None:
            document = Document(key=data.key, added_by=user)
        for name, value in metadata.items():
            setattr(document, name, value)
        document.text, document.text_hash = data.text, text_hash
        document.save()

        extraction = extract(data.text, data.published, data.language)
        old_sources = {s.fingerprint: s for s in document.sources.select_related("event")}
        status = Status.PUBLISHED if publish else Status.PROPOSED
        created = 0
        for extracted in extraction.events:
            fingerprint = source_fingerprint(extracted)
            source = old_sources.pop(fingerprint, None)
            if source is None:
                _create_event(document, extracted, fingerprint, status, actors)
                created += 1
            else:
                _refresh_source(source, extracted, actors)
        for source in old_sources.values():
            _retire_source(source)
        if text_changed:
            reanchor_highlights(document)
        return IngestResult(document, outcome, created)


def _event_fields(extracted: ExtractedEvent) -> dict:
    return {
        "title": extracted.title[:200] or extracted.sentence[:200],
        "date_start": extracted.date_start,
        "date_end": extracted.date_end,
        "precision": extracted.precision,
        "date_mod": extracted.mod or "",
        "date_text": extracted.date_text[:200],
        "sentence": extracted.sentence,
        "category": extracted.category or "",
        "modality": extracted.modality,
        "confidence": extracted.confidence,
    }


def _source_fields(extracted: ExtractedEvent) -> dict:
    return {
        "sentence_start": extracted.start,
        "sentence_end": extracted.end,
        "date_start_offset": extracted.date_span[0],
        "date_end_offset": extracted.date_span[1],
        "quote": extracted.sentence,
        "date_text": extracted.date_text[:200],
        "reported_start": extracted.date_start,
        "reported_end": extracted.date_end,
        "reported_precision": extracted.precision,
        "anchor": extracted.anchor,
    }


def _create_event(document: Document, extracted: ExtractedEvent, fingerprint: str, status: str, actors: dict[str, Actor]) -> Event:
    event = Event.objects.create(status=status, **_event_fields(extracted))
    event.actors.set([actors[name] for name in extracted.actors if name in actors])
    EventSource.objects.create(event=event, document=document, fingerprint=fingerprint, **_source_fields(extracted))
    return event


def _refresh_source(source: EventSource, extracted: ExtractedEvent, actors: dict[str, Actor]) -> None:
    for name, value in _source_fields(extracted).items():
        setattr(source, name, value)
    source.stale = False
    source.save()
    event = source.event
    # Only an event reported by this document alone follows the new extraction; editors' work is left alone.
    if not event.curated and event.sources.count() == 1:
        for name, value in _event_fields(extracted).items():
            setattr(event, name, value)
        event.save()
        event.actors.set([actors[name] for name in extracted.actors if name in actors])


def _retire_source(source: EventSource) -> None:
    event = source.event
    keep_event = event.curated or event.status == Status.REJECTED or event.annotations.exists()
    if keep_event:
        source.stale = True
        source.save(update_fields=["stale"])
    elif event.sources.count() > 1:
        source.delete()
    else:
        event.delete()


def reanchor_highlights(document: Document) -> None:
    """Move each highlight to where its exact quote now is; if that is not certain, flag it for an editor.

    A quote that appears once re-anchors there. One that appears several times re-anchors only where prefix and
    suffix match too, and only if that picks out one place. Anything else is kept, marked "needs review", and
    never moved to a look-alike passage.
    """
    text = document.text
    for highlight in Annotation.objects.filter(document=document).exclude(quote_exact=""):
        place = find_quote(text, highlight.quote_exact, highlight.quote_prefix, highlight.quote_suffix)
        if place is None:
            highlight.needs_review = True
        else:
            highlight.position_start, highlight.position_end = place
            highlight.needs_review = False
        highlight.save(update_fields=["position_start", "position_end", "needs_review", "updated_at"])


def find_quote(text: str, exact: str, prefix: str = "", suffix: str = "") -> tuple[int, int] | None:
    places = []
    start = text.find(exact)
    while start != -1:
        places.append(start)
        start = text.find(exact, start + 1)
    if len(places) > 1:
        places = [p for p in places if text[:p].endswith(prefix) and text[p + len(exact) :].startswith(suffix)]
    if len(places) != 1:
        return None
    return places[0], places[0] + len(exact)
