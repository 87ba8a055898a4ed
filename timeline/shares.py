"""Shared timelines: which events a share shows, its notes, freezing, and whether its link still opens.

These are model-level rules about one share (they would sit on SharedTimeline as methods), kept in their own
module because several engineers edit models.py at once; the views call them and render.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone

from timeline.exports import EventRecord, from_events, from_snapshots
from timeline.filters import EventFilterForm, apply_filters, filter_events
from timeline.frozen import filter_snapshots
from timeline.models import Annotation, Event, SharedTimeline, SharedTimelineItem

EVENT_RELATIONS = ("actors", "sources__document")


def link_state(share: SharedTimeline, today: datetime.date | None = None) -> str:
    """'open', 'revoked' or 'expired'. A link works through the whole of its expiry day."""
    if share.revoked_at is not None:
        return "revoked"
    today = today or timezone.localdate()
    if share.expires_on is not None and today > share.expires_on:
        return "expired"
    return "open"


def record_open(share: SharedTimeline) -> None:
    # One UPDATE with F(): two pupils opening the link at once both count.
    now = timezone.now()
    SharedTimeline.objects.filter(pk=share.pk).update(open_count=F("open_count") + 1, last_opened_at=now)


def matching_events(query: str) -> QuerySet:
    """The published events the saved filters match today."""
    # Only the events are needed here, not the chart and facet counts that filter_events() also computes.
    return apply_filters(EventFilterForm(QueryDict(query)), Event.objects.published())


def live_events(share: SharedTimeline) -> QuerySet:
    """A live share: its filters re-applied now, plus the events pinned in, less those left out; published only."""
    items = share.items.all()
    pinned = [i.event_id for i in items if i.pinned and i.event_id]
    excluded = [i.event_id for i in items if i.excluded and i.event_id]
    matched = matching_events(share.query).values("pk")
    return Event.objects.published().filter(Q(pk__in=matched) | Q(pk__in=pinned)).exclude(pk__in=excluded)


def class_notes(share: SharedTimeline) -> dict[int, str]:
    return {i.event_id: i.class_note for i in share.items.all() if i.class_note and i.event_id}


def public_notes(event_ids: Iterable[int]) -> dict[int, list[str]]:
    """Notes everyone may read (no editors' or private ones), top-level only, oldest first."""
    notes: dict[int, list[str]] = {}
    rows = Annotation.objects.filter(event_id__in=list(event_ids), visibility=Annotation.Visibility.PUBLIC, parent=None)
    for event_id, body in rows.order_by("created_at", "pk").values_list("event_id", "body"):
        notes.setdefault(event_id, []).append(body)
    return notes


def combined_notes(share: SharedTimeline | None, event_ids: Iterable[int]) -> dict[int, str]:
    """The note column of an export: the teacher's class note first, then public notes."""
    event_ids = list(event_ids)
    public = public_notes(event_ids)
    own = class_notes(share) if share is not None else {}
    combined = {}
    for event_id in event_ids:
        parts = ([own[event_id]] if event_id in own else []) + public.get(event_id, [])
        if parts:
            combined[event_id] = "\n\n".join(parts)
    return combined


@dataclass(frozen=True)
class ShareView:
    """What a share shows for one request: records in order and the filter result the page renders."""

    records: list[EventRecord]
    filters: object  # timeline.filters.FilterResult
    class_notes: dict[int, str]


def share_view(share: SharedTimeline, params: QueryDict) -> ShareView:
    """The share's events narrowed by the reader's own filters (``params``), as records.

    A frozen share shows its snapshots, the text as it was when saved, and the reader's filters pick and count
    those same snapshots (timeline.frozen), so what the filters match is what the cards say, even for an event
    since edited or deleted.
    """
    own = class_notes(share)
    narrowed = is_narrowed(params)
    # Until the reader picks filters of their own, the page shows (and its form holds) the share's filters.
    params = params if narrowed else QueryDict(share.query)
    if share.mode == SharedTimeline.Mode.FROZEN:
        snapshots = frozen_snapshots(i for i in share.items.all() if not i.excluded)
        result = filter_snapshots(params, snapshots)
        records = from_snapshots(result.events if narrowed else snapshots)
    else:
        events = live_events(share)
        result = filter_events(params, base=events)
        # Unnarrowed, the share is exactly its live set (pinned events may lie outside its own filters).
        events = result.events if narrowed else events.chronological()
        records = from_events(events.prefetch_related(*EVENT_RELATIONS))
    return ShareView(records=records, filters=result, class_notes=own)


def frozen_snapshots(items: Iterable[SharedTimelineItem]) -> list[dict]:
    """The frozen copies of a share's items, in timeline order."""
    snapshots = [i.snapshot for i in items if i.snapshot]
    return sorted(snapshots, key=lambda s: (s["date_start"], s["date_end"], s.get("id") or 0))


def is_narrowed(params: QueryDict) -> bool:
    return any(value for key, values in params.lists() if key not in ("page", "share") for value in values)


@transaction.atomic
def save_share(
    *,
    share: SharedTimeline,
    notes: Mapping[int, str],
    excluded: Iterable[int],
    pinned: Iterable[int],
    freeze: bool,
) -> SharedTimeline:
    """Save a share and its per-event choices in one transaction; ``freeze`` (re)takes the frozen snapshots.

    Frozen means the events the share shows now, with their text as it is now; later edits by editors
    change the live timeline but never what this class studies.
    """
    share.save()
    excluded, pinned = set(excluded), set(pinned)
    items = {i.event_id: i for i in share.items.all()}
    for event_id in set(items) | set(notes) | excluded | pinned:
        if event_id is None:
            continue
        item = items.get(event_id) or SharedTimelineItem(share=share, event_id=event_id)
        item.class_note = notes.get(event_id, item.class_note).strip()
        item.excluded = event_id in excluded
        item.pinned = event_id in pinned
        if item.pk or item.class_note or item.excluded or item.pinned:
            item.save()
            items[event_id] = item
    if share.mode == SharedTimeline.Mode.LIVE:
        share.items.update(snapshot=None)
        if share.frozen_at is not None:
            share.frozen_at = None
            share.save(update_fields=["frozen_at"])
    elif freeze:
        _freeze(share, items)
    return share


def _freeze(share: SharedTimeline, items: dict[int, SharedTimelineItem]) -> None:
    events = live_events(share).prefetch_related(*EVENT_RELATIONS)
    records = from_events(events)
    # In bulk: a share of the whole timeline freezes thousands of events in a handful of queries.
    new, changed = [], []
    for record in records:
        item = items.get(record.id)
        if item is None:
            item = items[record.id] = SharedTimelineItem(share=share, event_id=record.id)
            new.append(item)
        else:
            changed.append(item)
        item.snapshot = record.to_snapshot()
    SharedTimelineItem.objects.bulk_create(new, batch_size=500)
    SharedTimelineItem.objects.bulk_update(changed, ["snapshot"], batch_size=500)
    kept = {r.id for r in records}
    share.items.exclude(event_id__in=kept).update(snapshot=None)
    share.frozen_at = timezone.now()
    share.save(update_fields=["frozen_at"])
