"""Writes that span several models, each inside one transaction so a failure leaves nothing half written."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone
from django.utils.text import Truncator, slugify

from timeline import shares
from timeline.duplicates import can_join, jaccard, reading_of, words_of
from timeline.extraction import ActorEntry, ExtractedEvent, extract, load_gazetteer
from timeline.loading import DocumentInput
from timeline.models import Actor, Annotation, Document, Event, EventSource, Extraction, Status


@dataclass(frozen=True)
class IngestResult:
    document: Document | None  # None only when the outcome is "gone"
    outcome: str  # "added", "updated", "unchanged", or "gone": the upload was deleted while it was being extracted
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
    # Countries second: a person's entry may come before their country's in the file.
    for entry in entries:
        actor, country = by_name[entry.name], by_name.get(entry.country)
        if actor.country_id != (country.pk if country else None):
            actor.country = country
            actor.save(update_fields=["country"])
    return by_name


def event_actors(names: tuple[str, ...] | list[str], actors: dict[str, Actor]) -> list[Actor]:
    """The actors an extraction names, plus the countries its people act for (Trump meeting Kim is US–DPRK)."""
    found = [actors[name] for name in names if name in actors]
    by_pk = {actor.pk: actor for actor in actors.values()}
    countries = [by_pk[a.country_id] for a in found if a.country_id in by_pk]
    return list({actor.pk: actor for actor in found + countries}.values())


def source_fingerprint(extracted: ExtractedEvent) -> str:
    """Identify an extraction by its sentence and date expression, not by offsets (text may move around it)."""
    sentence = " ".join(extracted.sentence.split())
    within = extracted.date_span[0] - extracted.start
    raw = f"{sentence}\x1f{extracted.date_text}\x1f{within}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def ingest_document(data: DocumentInput, *, publish: bool = False, user=None, actors: dict[str, Actor] | None = None,
                    upload_id: int | None = None) -> IngestResult:
    """Store one document and its extracted events, or bring a stored one up to date.

    The rule for re-ingesting (also in the README): an unchanged document changes nothing. A changed one is
    re-extracted; an extraction that still matches a stored source (same sentence and date expression) keeps its
    event, refreshed from the new extraction unless an editor curated it. Events that no longer appear are removed
    unless an editor curated, rejected or annotated them, a teacher's share holds them with a class note or a pin, or
    another document also reports them: those are kept, with the missing source marked stale. An extraction that
    reports a rejected event again (see ``rejected_event``) becomes a source of that event, which stays rejected: an
    editor's rejection is never undone by re-ingesting or by uploading an edited copy. A lightly reworded sentence
    keeps its event, whatever its status, under the same rule (see ``_follow_reworded_sentence``): a published event
    does not drop off the timeline to come back as a proposal.

    ``upload_id`` names the stored upload the text is extracted for (timeline.tasks.extract_document): its events
    are stored only if that document is still there when they are. One deleted while the extractor read it (a
    stalled upload can be) gets nothing written (outcome "gone"): no events left without a source, no copy of it
    stored again under its key.
    """
    text_hash = Document.hash_text(data.text)
    metadata = {
        "title": data.title,
        "source": data.source,
        "url": data.url,
        "published": data.published,
        "language": data.language,
    }

    def unchanged(document: Document | None) -> bool:
        # An upload has its hash from the start: only an extracted one (not pending, not failed) is left as it is.
        return (document is not None and document.extraction == Extraction.DONE and document.text_hash == text_hash
                and all(getattr(document, k) == v for k, v in metadata.items()))

    stored = Document.objects.filter(pk=upload_id) if upload_id is not None else Document.objects.filter(key=data.key)
    document = stored.first()
    if unchanged(document):
        return IngestResult(document, "unchanged", 0)
    # Extracted before the transaction, which then holds its locks (the document's row; SQLite's whole database)
    # only to store the result, not for as long as the extractor reads.
    extraction = extract(data.text, data.published, data.language)
    with transaction.atomic():
        actors = actors if actors is not None else {a.name: a for a in Actor.objects.all()}
        # Found again under the lock, as it now is: deleted meanwhile, or stored by another run of the same text.
        document = stored.select_for_update().first()
        if document is None and upload_id is not None:
            return IngestResult(None, "gone", 0)
        if unchanged(document):
            return IngestResult(document, "unchanged", 0)

        outcome = "added" if document is None else "updated"
        text_changed = document is not None and document.text_hash != text_hash
        if document is None:
            document = Document(key=data.key, added_by=user)
        for name, value in metadata.items():
            setattr(document, name, value)
        document.text, document.text_hash = data.text, text_hash
        # Saved with the events below or not at all: a run that raises leaves the document as it was.
        document.extraction, document.extraction_error = Extraction.DONE, ""
        document.save()

        old_sources = {s.fingerprint: s for s in document.sources.select_related("event")}
        status = Status.PUBLISHED if publish else Status.PROPOSED
        created = 0
        unmatched = []
        for extracted in extraction.events:
            fingerprint = source_fingerprint(extracted)
            source = old_sources.pop(fingerprint, None)
            if source is None:
                unmatched.append((extracted, fingerprint))
            else:
                _refresh_source(source, extracted, actors)
        # Only after every exact match: an event's vanished source can then follow its reworded sentence.
        for extracted, fingerprint in unmatched:
            if _report_rejected_again(document, extracted, fingerprint, old_sources):
                continue
            if not _follow_reworded_sentence(extracted, fingerprint, old_sources, actors):
                created += _create_event(document, extracted, fingerprint, status, actors)
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
        "reported_mod": extracted.mod or "",
        "anchor": extracted.anchor,
    }


def _create_event(document: Document, extracted: ExtractedEvent, fingerprint: str, status: str, actors: dict[str, Actor]) -> bool:
    """Store one extraction as a source, of a new event or of one it corroborates; True if the event is new."""
    event = corroborated_event(document, extracted)
    created = event is None
    matched_actors = event_actors(extracted.actors, actors)
    if created:
        event = Event(status=status, **_event_fields(extracted))
        _create_with_actors(event, matched_actors)
    elif not event.curated:
        # A corroborating report adds its actors, and its wording when the extractor trusts it more: one change, one
        # history row at the next version (adding the actors on their own wrote rows of their own, all "version 1",
        # and an editor who had the event open would not have been told it moved on).
        had = set(event.actors.values_list("pk", flat=True))
        new_actors = [a for a in matched_actors if a.pk not in had]
        reworded = extracted.confidence > event.confidence
        if new_actors or reworded:
            event = _claim_version(event.pk, None)
            if reworded:
                for name in ("title", "sentence", "category", "confidence", "date_text"):
                    setattr(event, name, _event_fields(extracted)[name])
            actors = [*event.actors.all(), *new_actors] if new_actors else None
            _record_event_change(event, user=None, reason=f"Also reported by {document.title}",
                                 actors=actors)
    EventSource.objects.create(event=event, document=document, fingerprint=fingerprint, **_source_fields(extracted))
    return created


# How much wording two reports must share to be taken as one happening without asking an editor. The coarser the
# date, the more happenings share it ("in 2018" covers a year of news), so the more wording they must share.
CORROBORATION_WORDING = {"day": 0.3, "month": 0.5}
CORROBORATION_WORDING_COARSE = 0.6
# How much of a sentence's own wording (past its actors' names and its date) a re-ingested sentence must keep to be
# the same sentence reworded rather than another happening on the same day
REWORDED_WORDING = 0.5


def corroborated_event(document: Document, extracted: ExtractedEvent) -> Event | None:
    """An event another document already reports that this extraction clearly describes too, if there is one.

    Only the unmistakable cases are joined at ingest: the same dates at the same precision (with modifiers that
    agree with the event's and its sources', duplicates.can_join), the same modality, a shared actor and shared
    wording. Looser look-alikes are left to the editors as duplicate suggestions.
    """
    events = Event.objects.exclude(status=Status.REJECTED).exclude(sources__document=document)
    return _same_happening(extracted, events)


def rejected_event(document: Document, extracted: ExtractedEvent, fingerprint: str, *,
                   vanished: list[EventSource] = ()) -> Event | None:
    """A rejected event this extraction reports again, if there is one.

    The same sentence and date expression in any document is the same extraction; otherwise the corroboration rule
    decides. An edited copy uploaded through the form is a new document, so other documents count, and so does an
    event this document reported in ``vanished`` sources, which no other extraction matched: a reworded sentence.
    """
    rejected = Event.objects.filter(status=Status.REJECTED)
    same_sentence = rejected.filter(sources__fingerprint=fingerprint).order_by("pk").first()
    if same_sentence is not None:
        return same_sentence
    # Two sentences of one document are two happenings (as for corroboration), unless the other one vanished.
    still_here = document.sources.exclude(pk__in=[s.pk for s in vanished])
    return _same_happening(extracted, rejected.exclude(sources__in=still_here))


def _same_happening(extracted: ExtractedEvent, events: models.QuerySet) -> Event | None:
    """Of ``events``, the one this extraction unmistakably reports (the corroboration rule), if there is one."""
    if not extracted.actors:
        return None
    threshold = CORROBORATION_WORDING.get(extracted.precision, CORROBORATION_WORDING_COARSE)
    words = words_of(f"{extracted.title} {extracted.sentence}")
    candidates = (
        events.filter(
            date_start=extracted.date_start,
            date_end=extracted.date_end,
            precision=extracted.precision,
            modality=extracted.modality,
            actors__name__in=extracted.actors,
        )
        .distinct()
        .order_by("pk")
    )
    # The same dates with modifiers that cannot both be true ("early 2019", "late 2019") are two happenings.
    reading = reading_of(extracted.date_start, extracted.date_end, extracted.precision, extracted.mod)
    best, best_score = None, threshold
    for candidate in candidates[:50]:
        score = jaccard(words, words_of(f"{candidate.title} {candidate.sentence}"))
        if score >= best_score and can_join(candidate, reading):
            best, best_score = candidate, score
    return best


def _report_rejected_again(document: Document, extracted: ExtractedEvent, fingerprint: str,
                           old_sources: dict[str, EventSource]) -> bool:
    """Keep a rejected happening rejected: the extraction becomes its source (True), not a new proposal (False).

    The event itself is left as the editor left it. If this document reported it in a sentence that has since
    changed, that source follows the new sentence (and leaves ``old_sources``, so it is not retired as stale).
    """
    event = rejected_event(document, extracted, fingerprint, vanished=list(old_sources.values()))
    if event is None:
        return False
    earlier = next((key for key, s in old_sources.items() if s.event_id == event.pk), None)
    if earlier is None:
        EventSource.objects.create(event=event, document=document, fingerprint=fingerprint, **_source_fields(extracted))
    else:
        _follow_sentence(old_sources.pop(earlier), extracted, fingerprint)
    return True


def _follow_reworded_sentence(extracted: ExtractedEvent, fingerprint: str, old_sources: dict[str, EventSource],
                              actors: dict[str, Actor]) -> bool:
    """Keep the event of a sentence this document reworded (True), rather than a new proposal in its place (False).

    Of the events whose source in this document no other extraction matched (``old_sources``), the one this
    extraction unmistakably reports (the corroboration rule: same dates and precision, same modality, a shared actor
    and shared wording) keeps its id, status and editors' work, so a published event stays on the timeline and in
    the shares that pin it. Its source follows the new sentence, and the event follows the new extraction as an
    exact match does (``_refresh_source``). A change of date is another happening: a new proposal.
    """
    vanished = {source.event_id: key for key, source in old_sources.items()}
    # A rejected event is left to _report_rejected_again (run first), which keeps it exactly as the editor left it.
    event = _same_happening(extracted, Event.objects.filter(pk__in=vanished).exclude(status=Status.REJECTED))
    if event is None:
        return False
    # The corroboration rule counts the actors' names and the day as shared wording, so two happenings of one day
    # between the same countries can pass it; a sentence reworded, not replaced, keeps most of its other words.
    names = words_of(" ".join([*extracted.actors, *event.actors.values_list("name", flat=True)]))
    old = old_sources[vanished[event.pk]]
    before = words_of(old.quote) - words_of(old.date_text) - names
    after = words_of(extracted.sentence) - words_of(extracted.date_text) - names
    if jaccard(before, after) < REWORDED_WORDING:
        return False
    source = old_sources.pop(vanished[event.pk])
    source.fingerprint = fingerprint
    _refresh_source(source, extracted, actors)
    return True


def _follow_sentence(source: EventSource, extracted: ExtractedEvent, fingerprint: str | None = None) -> None:
    """Point ``source`` at where the extraction now stands in the text (and at its new fingerprint, if given)."""
    for name, value in _source_fields(extracted).items():
        setattr(source, name, value)
    if fingerprint is not None:
        source.fingerprint = fingerprint
    source.stale = False
    source.save()


def _refresh_source(source: EventSource, extracted: ExtractedEvent, actors: dict[str, Actor]) -> None:
    _follow_sentence(source, extracted)
    event = source.event
    # Only an event reported by this document alone follows the new extraction; editors' work is left alone.
    if not event.curated and event.sources.count() == 1:
        fields = _event_fields(extracted)
        new_actors = event_actors(extracted.actors, actors)
        if any(getattr(event, name) != value for name, value in fields.items()) or set(
                event.actors.values_list("pk", flat=True)) != {a.pk for a in new_actors}:
            # One change, one history row at the next version, so an editor with the event open is told it moved on
            # (saving then setting the actors wrote two rows at the old version, and a later save overwrote the new
            # wording without a word).
            event = _claim_version(event.pk, None)
            for name, value in fields.items():
                setattr(event, name, value)
            _record_event_change(event, user=None, reason=f"Re-extracted from {source.document.title}",
                                 actors=new_actors)


def _retire_source(source: EventSource) -> None:
    event = source.event
    # A teacher's class note or pin is work on the event as much as an editor's note: deleting the event would drop
    # the note from a live share and the pinned card with it, without a word to the teacher.
    keep_event = (event.curated or event.status == Status.REJECTED or event.annotations.exists()
                  or shares.holds_teachers_work(event))
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


# --- Editors' writes: review, edit with a version check, history and revert, merge and split, uploads. ---
#
# Every change to an event goes through _record_event_change so that it leaves exactly one history row carrying
# who made it and why; django-simple-history would otherwise add a row per save and per change to the actors.

EDITABLE_FIELDS = ("title", "summary", "date_start", "date_end", "precision", "date_mod", "date_text", "category", "modality", "status")
REASON_MAX_LENGTH = 100  # django-simple-history's history_change_reason column


class EditConflict(Exception):
    """Someone saved the event after the editor loaded it; ``current`` is the event as it now stands."""

    def __init__(self, current: Event) -> None:
        super().__init__(f"Event {current.pk} is at version {current.version}")
        self.current = current


def _claim_version(pk: int, loaded_version: int | None) -> Event:
    """Bump the event's version atomically; with ``loaded_version`` only if nobody saved since it was loaded.

    The compare-and-set UPDATE is what makes the check safe on both databases: of two saves from the same version,
    exactly one updates a row (PostgreSQL re-checks the WHERE after waiting on the row lock; SQLite serialises
    writing transactions).
    """
    rows = Event.objects.filter(pk=pk)
    if loaded_version is not None:
        rows = rows.filter(version=loaded_version)
    if not rows.update(version=models.F("version") + 1):
        raise EditConflict(Event.objects.get(pk=pk))
    return Event.objects.get(pk=pk)


def _create_with_actors(event: Event, actors, *, user=None, reason: str = "") -> None:
    """Store a new event with its actors as one history row, its creation, that holds those actors.

    Saving and then setting the actors would write two rows of version 1, the first with no actors: the history
    showed "Version 1" twice, and reverting to the first of them dropped every actor.
    """
    event.skip_history_when_saving = True
    try:
        event.save()
        event.actors.set(actors)
    finally:
        del event.skip_history_when_saving
    if reason:
        event._change_reason = reason[:REASON_MAX_LENGTH]
    if user is not None:
        event._history_user = user
    event.save()
    # That save found the row already stored, so its history row says "changed": it is the creation.
    Event.history.filter(id=event.pk).update(history_type="+")


def _record_event_change(event: Event, *, user, reason: str, actors=None) -> None:
    if actors is not None:
        # The actors are snapshotted with the history row written by save() below, not as rows of their own.
        event.skip_history_when_saving = True
        try:
            event.actors.set(actors)
        finally:
            del event.skip_history_when_saving
    event._change_reason = reason[:REASON_MAX_LENGTH]
    if user is not None:
        event._history_user = user
    event.save()


def edit_event(*, event_id: int, loaded_version: int, changes: dict, actors=None, user=None, reason: str = "") -> Event:
    """Apply an editor's changes to an event loaded at ``loaded_version``; raise EditConflict if it moved on.

    ``changes`` maps names from EDITABLE_FIELDS to new values; ``actors`` (if given) replaces the actors. The event
    becomes curated (re-ingesting its document will leave it alone) and its version goes up by one.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        event = _claim_version(event_id, loaded_version)
        for name, value in changes.items():
            setattr(event, name, value)
        event.curated = True
        _record_event_change(event, user=user, reason=reason or "Edited", actors=actors)
    return event


def set_event_status(*, event_ids: list[int], status: str, user=None, reason: str = "") -> list[Event]:
    """Publish or reject events from the review queue (one or several); each change is recorded in its history."""
    changed = []
    with transaction.atomic():
        for pk in event_ids:
            event = _claim_version(pk, None)
            event.status = status
            _record_event_change(event, user=user, reason=reason or f"Marked {status} in the review queue")
            changed.append(event)
    return changed


def revert_event(*, event_id: int, history_id: int, loaded_version: int, user=None) -> Event:
    """Put an event back as it was in one of its history rows; the revert is itself a recorded change."""
    record = Event.history.get(pk=history_id, id=event_id)
    changes = {name: getattr(record, name) for name in EDITABLE_FIELDS}
    actors = [row.actor_id for row in record.actors.all()]
    reason = f"Reverted to version {record.version} of {record.history_date:%Y-%m-%d %H:%M}"
    return edit_event(event_id=event_id, loaded_version=loaded_version, changes=changes, actors=actors, user=user, reason=reason)


def choose_source_date(*, event_id: int, source_id: int, loaded_version: int, user=None) -> Event:
    """When an event's sources disagree on its date, take the date one of them reports, modifier and all."""
    source = EventSource.objects.select_related("document").get(pk=source_id, event_id=event_id)
    if source.reported_start is None or source.reported_end is None:
        raise ValueError("this source reports no date of its own")
    changes = {
        "date_start": source.reported_start,
        "date_end": source.reported_end,
        "precision": source.reported_precision or Event.objects.get(pk=event_id).precision,
        "date_mod": source.reported_mod,
        "date_text": source.date_text,
    }
    reason = f"Chose the date reported by {source.document.title}"
    return edit_event(event_id=event_id, loaded_version=loaded_version, changes=changes, user=user, reason=reason)


def merge_events(*, keep_id: int, other_id: int, user=None) -> Event:
    """Fold ``other`` into ``keep``: every source, note, highlight, share and actor moves over; ``other`` goes.

    Sources keep their fingerprints, so re-ingesting either document finds the merged event (reported by several
    documents, it no longer follows any one extraction). Each shared timeline that held either event keeps one card
    for it with the teacher's class notes and choices for both (the rule is in ``shares.fold_merged_items``).
    The rows of the shares it rewrites are locked for the merge, so no teacher's save of one interleaves with it;
    the other shares' saves go on meanwhile.
    """
    if keep_id == other_id:
        raise ValueError("an event cannot be merged with itself")
    # A teacher's save may give a share the other event between this first look and the merge's locks (rare: a
    # save naming the very event being merged, in the same instant).
    return _with_shares_locked(lambda locked: _merge(keep_id=keep_id, other_id=other_id, user=user, locked=locked),
                               guess=set(shares.shares_holding(other_id)))


def _with_shares_locked(write: Callable[[set[int] | None], Event], *, guess: set[int]) -> Event:
    """Run a merge or split, ``write``, locking first the shares it rewrites: ``guess``, as read before it locks
    anything. Only its own read, under its events' locks, is sure: if that finds more (SharesToLock), it starts
    again locking those too. Past a few tries it locks every share (None), which no save can slip past.
    """
    locked = guess
    for _ in range(3):
        try:
            return write(locked)
        except shares.SharesToLock as more:
            locked = more.share_ids
    return write(None)


def _merge(*, keep_id: int, other_id: int, user, locked: set[int] | None) -> Event:
    """merge_events, with the shares ``locked`` (None: every share); SharesToLock if that was not all it rewrites."""
    with transaction.atomic():
        # Shares first, then both events in order, as a teacher's save takes them: the two never wait in a cycle.
        shares.lock_shares(locked)
        list(Event.objects.select_for_update().filter(pk__in=[keep_id, other_id]).order_by("pk").values_list("pk"))
        keep = _claim_version(keep_id, None)
        other = Event.objects.get(pk=other_id)
        places = shares.places_before_merge(keep_id=keep.pk, other_id=other.pk, locked=locked)
        for source in other.sources.all():
            source.event = keep
            source._change_reason = f"Merged event #{other.pk} into #{keep.pk}"
            source.save()
        other.annotations.update(event=keep)
        actors = {a.pk for a in keep.actors.all()} | {a.pk for a in other.actors.all()}
        if other.status == Status.PUBLISHED:
            keep.status = Status.PUBLISHED
        keep.curated = True
        _record_event_change(keep, user=user, reason=f"Merged #{other.pk} ({other.title})", actors=sorted(actors))
        # Now that the survivor is as merged: whether a share's saved filters match it is part of the rule.
        shares.fold_merged_items(places, keep=keep)
        other._change_reason = f"Merged into #{keep.pk}"
        if user is not None:
            other._history_user = user
        other.delete()
    return keep


def _event_before_merge(source: EventSource, event: Event):
    """The history row of the event ``source`` reported before it was merged into ``event``, if it was.

    A merge deletes the other event but keeps its history, and the source's own history still names it: its last
    row (history type "-") holds the event as it stood when merged away, wording, status and actors included.
    """
    earlier = (
        EventSource.history.filter(id=source.pk)
        .exclude(event_id=event.pk)
        .order_by("-history_date", "-history_id")
        .values_list("event_id", flat=True)
        .first()
    )
    if earlier is None:
        return None
    return Event.history.filter(id=earlier, history_type="-").order_by("-history_date", "-history_id").first()


def split_source(*, source_id: int, user=None) -> Event:
    """Take one source back out of a merged event into an event of its own, dated as that source reports it.

    A source that came in with a merge gets back the event it had before: its title, summary, category, modality,
    actors and status (a proposal stays a proposal, even if the event it was merged into is published). Any other
    source (one reported with the event from the start) has no reviewed event of its own: the new event keeps the
    merged event's wording but starts as a proposal, so it is published only when an editor publishes it.

    The shared timelines get the merge undone too, as far as the teacher has not changed the merged card since
    (the rule is in ``shares.unfold_split_items``). The rows of the shares it rewrites (those the merge recorded)
    are locked for the split, as for a merge; the other shares' saves go on meanwhile.
    """
    source = EventSource.objects.select_related("event").get(pk=source_id)
    before = _event_before_merge(source, source.event)
    guess = shares.shares_to_unfold(before.id) if before is not None else set()
    return _with_shares_locked(lambda locked: _split(source_id=source_id, user=user, locked=locked), guess=guess)


def _split(*, source_id: int, user, locked: set[int] | None) -> Event:
    """split_source, with the shares ``locked`` (None: every share); SharesToLock if that was not all it rewrites."""
    with transaction.atomic():
        # Shares first, then the event, as a merge and a teacher's save take them.
        shares.lock_shares(locked)
        event = _claim_version(EventSource.objects.values_list("event_id", flat=True).get(pk=source_id), None)
        # Read once the event is held: a split of the same source (which may lock no share at all) or a merge may
        # have moved it while this one waited; it then starts again from the event the source is in now.
        source = EventSource.objects.select_related("document").get(pk=source_id)
        if source.event_id != event.pk:
            raise shares.SharesToLock(set(locked or ()))
        if event.sources.count() < 2:
            raise ValueError("an event's only source cannot be split out")
        before = _event_before_merge(source, event)
        if before is not None:
            shares.shares_to_unfold(before.id, locked)  # before any write: one it missed starts the split again
        wording = before or event
        if before is not None:
            # The deletion's row lists no actors (they went with the event): the row before it holds them.
            last_kept = (
                Event.history.filter(id=before.id)
                .exclude(history_type="-")
                .order_by("-history_date", "-history_id")
                .first()
            )
            actors = Actor.objects.filter(pk__in=[row.actor_id for row in last_kept.actors.all()] if last_kept else [])
        else:
            actors = event.actors.all()
        new = Event(
            title=wording.title,
            summary=wording.summary,
            date_start=source.reported_start or event.date_start,
            date_end=source.reported_end or event.date_end,
            precision=source.reported_precision or event.precision,
            # A source with no date of its own takes the event's, modifier included.
            date_mod=source.reported_mod if source.reported_start else event.date_mod,
            date_text=source.date_text,
            sentence=source.quote,
            category=wording.category,
            modality=wording.modality,
            status=before.status if before is not None else Status.PROPOSED,
            confidence=wording.confidence,
            curated=True,
        )
        _create_with_actors(new, list(actors), user=user, reason=f"Split out of #{event.pk}")
        source.event = new
        source._change_reason = f"Split out of #{event.pk} into #{new.pk}"
        source.save()
        event.curated = True
        _record_event_change(event, user=user, reason=f"Split {source.document.title} out into #{new.pk}")
        if before is not None:
            # The shares that held the event before the merge get its card back (after the event is as split).
            shares.unfold_split_items(merged_event_id=before.id, split_from=event, new=new)
    return new


def add_document(*, data: DocumentInput, user=None, replacing: Document | None = None) -> Document:
    """Store an uploaded document and queue the extraction of its events (timeline.tasks.extract_document).

    The document is stored at once, marked as pending, so the editor can be sent to its place in the review queue
    while the task worker extracts; the task then runs the same code as the ingest command.

    ``replacing`` is an earlier upload of the same text whose extraction failed: it takes this upload's details
    and is extracted again, rather than a second copy being stored beside a broken one.
    """
    from timeline.tasks import extract_document

    # Hashed at once, as the ingest command hashes files: the hash says what text it is (the upload form finds
    # copies by it), ``extraction`` alone whether its events are extracted.
    fields = {"title": data.title, "source": data.source, "url": data.url, "published": data.published,
              "language": data.language, "text": data.text, "text_hash": Document.hash_text(data.text),
              "added_by": user, "extraction": Extraction.PENDING, "extraction_error": "",
              "extraction_queued_at": timezone.now()}
    with transaction.atomic():
        # Found again under a lock: another editor may have deleted it since the form was checked.
        document = Document.objects.select_for_update().filter(pk=replacing.pk).first() if replacing else None
        if document is None:
            document = Document.objects.create(key=data.key, **fields)
        else:
            # It keeps its key and number, so a link to it (the queue, a highlight) still finds it.
            for name, value in fields.items():
                setattr(document, name, value)
            document.save()
    extract_document.enqueue(document.pk)
    return document


def retry_extraction(*, document: Document) -> bool:
    """Queue the extraction of an upload that failed or stalled again; False if it is not (or no longer) either.

    One conditional UPDATE (compare-and-set), so two editors pressing "Try extraction again" at once queue it once:
    it sets extraction_queued_at, which restarts the stalled clock (and updated_at, which .update() leaves as it
    was: it skips auto_now). A stalled upload's first task
    may still run, before or after this one: ingest_document runs under a lock on the document (its row, or the
    whole SQLite database) and takes a text it has already extracted as unchanged, so the second run adds nothing, and a late failure never marks a done one.
    """
    from timeline.tasks import extract_document

    now = timezone.now()
    changed = Document.objects.filter(pk=document.pk).needing_an_editor().update(
        extraction=Extraction.PENDING, extraction_error="", extraction_queued_at=now, updated_at=now
    )
    if changed:
        extract_document.enqueue(document.pk)
    return bool(changed)


def record_extraction_failure(*, document_id: int, error: BaseException) -> None:
    """Mark an upload whose extraction raised ``error`` as failed, with a short reason an editor can read.

    ingest_document runs in one transaction, so the failed run has left nothing behind: no events, no sources, and
    the document as it was stored. Only a pending document is marked, so a late failure of an older run never
    overwrites the result of a newer one.
    """
    Document.objects.filter(pk=document_id, extraction=Extraction.PENDING).update(
        extraction=Extraction.FAILED, extraction_error=failure_reason(error)
    )


def failure_reason(error: BaseException) -> str:
    """The error's own message on one line, shortened (never a traceback); its kind if it has no message.

    Without a closing full stop: the pages put the reason inside a sentence of their own.
    """
    message = " ".join(str(error).split()).rstrip(".")
    return Truncator(message or f"an unexpected {type(error).__name__}").chars(200)
