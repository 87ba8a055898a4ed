"""Shared timelines: which events a share shows, its notes, freezing, and whether its link still opens.

These are model-level rules about one share (they would sit on SharedTimeline as methods), kept in their own
module because several engineers edit models.py at once; the views call them and render.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone

from timeline.chart_bars import bar_range, drawn_precisions, not_drawn_in
from timeline.counting import FilterResult, filter_events
from timeline.exports import EventRecord, from_events, from_snapshots
from timeline.filters import PRECISION_LEVELS, SORTS, EventFilterForm, NameNotice, apply_filters, known_only_to_words
from timeline.frozen import filter_snapshots, timeline_order
from timeline.models import (
    CATEGORY_GROUPS,
    Annotation,
    Category,
    Event,
    ShareMerge,
    SharedTimeline,
    SharedTimelineItem,
    Status,
)
from timeline.querystring import canonical_query
from timeline.text_search import describe_query

EVENT_RELATIONS = ("actors", "sources__document")


def link_state(share: SharedTimeline, today: datetime.date | None = None) -> str:
    """'open', 'revoked' or 'expired'. A link works through the whole of its expiry day."""
    if share.revoked_at is not None:
        return "revoked"
    today = today or timezone.localdate()
    if share.expires_on is not None and today > share.expires_on:
        return "expired"
    return "open"


QUERY_MAX = SharedTimeline._meta.get_field("query").max_length


def filters_too_long(query: str) -> str:
    """Why a share cannot hold the filters ``query`` (canonical), to follow "The filters are"; "" when it can.

    A share stores its filters as their querystring, in a column of QUERY_MAX characters: PostgreSQL refuses a longer
    one with a database error (SQLite stores it anyway), so the forms that save filters refuse it first. A search in
    Korean takes nine characters a letter once written into an address, hence the length is said as the link has it.
    """
    if len(query) <= QUERY_MAX:
        return ""
    return (f"too long to save: written into the link they take {len(query):,} characters, and a shared timeline "
            f"can hold {QUERY_MAX:,}. Choose fewer actors, categories or documents, or a shorter search.")


def record_open(share: SharedTimeline, reader: AbstractBaseUser | AnonymousUser | None = None) -> None:
    """Count one opening of the link by ``reader``. The owner's own look (checking what the class will see, from
    the share's page) is not one: the count on My shared timelines is there to tell whether the class opened it."""
    if reader is not None and reader.is_authenticated and reader.pk == share.owner_id:
        return
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


def items_by_event(items: Iterable[SharedTimelineItem]) -> dict[int, SharedTimelineItem]:
    """A share's items by the event each is about.

    An item whose event an editor deleted goes by the number its frozen copy kept: a frozen share goes on showing
    that event, and its form listing it, so the teacher's note and "leave out" for it must find their item (and
    never make a new one for an event that is gone). One deleted with no copy kept names nothing and is left out.
    """
    by_event = {}
    for item in items:
        event_id = item.event_id or (item.snapshot or {}).get("id")
        if event_id is not None:
            by_event[event_id] = item
    return by_event


def holds_teachers_work(event: Event) -> bool:
    """Whether a share holds ``event`` with a class note or a pin: what the teacher chose for it, lost if it goes."""
    return event.share_items.filter(Q(pinned=True) | ~Q(class_note="")).exists()


def class_notes(share: SharedTimeline) -> dict[int, str]:
    return {event_id: i.class_note for event_id, i in items_by_event(share.items.all()).items() if i.class_note}


def public_notes(event_ids: Iterable[int]) -> dict[int, list[str]]:
    """Notes everyone may read (no editors' or private ones), top-level only, oldest first; a highlight with no note
    has nothing to say here."""
    notes: dict[int, list[str]] = {}
    rows = Annotation.objects.public().filter(event_id__in=list(event_ids), parent=None).exclude(body="")
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
    filters: FilterResult  # the reader's filters over the share's own set of events
    class_notes: dict[int, str]
    query: str = ""  # the reader's own filters, canonical: "" is the share as saved
    narrowed: bool = False  # whether the reader's filters leave anything of the share out
    published: frozenset[int] = frozenset()  # the events shown whose own page opens: their titles link to it


def share_view(share: SharedTimeline, params: QueryDict) -> ShareView:
    """The share's events narrowed by the reader's own filters (``params``), as records.

    The share is a set of events fixed by the teacher: a live one's saved filters re-applied now plus the events
    pinned in, less those left out; a frozen one's snapshots of that set. The reader's filters only ever narrow
    within it, and every event of it is eligible for them, a pinned one outside the saved filters included; the
    saved filters are never applied a second time as if they were the reader's. With no reader filter the page
    shows the whole set, and the facets, chart and total count what is shown.

    Which announcements and plans are in the set is the share's affair too (its saved "show plans" and its pins),
    so the reader's filters never hide or add them: a search that matches a plan of the share finds it.

    A frozen share's filters pick and count its snapshots (timeline.frozen), so what the filters match is what
    the cards say, even for an event since edited or deleted.

    The order the teacher saved (newest first, say) is the one shown until the reader picks another in the form,
    and the one a bad order in the URL falls back to.
    """
    # A pupil's "Only events with notes" keeps the events the teacher wrote a class note on, as well as those with
    # public notes: both show on the cards alike, and a pupil cannot tell (nor should need to) which kind a note is.
    own = class_notes(share)
    order = saved_sort(share)
    within = _within_share(params)
    if share.mode == SharedTimeline.Mode.FROZEN:
        items = list(share.items.all())
        snapshots = frozen_snapshots(i for i in items if not i.excluded)
        result = filter_snapshots(within, snapshots, default_sort=order, noted=own.keys())
        records = from_snapshots(result.events)
        published = still_published(items)
    else:
        result = filter_events(within, base=live_events(share), default_sort=order, noted=own.keys())
        records = from_events(result.events.prefetch_related(*EVENT_RELATIONS))
        published = frozenset(r.id for r in records)  # live_events are published events only
    _as_the_readers(result, order)
    return ShareView(records=records, filters=result, class_notes=own, query=result.query, narrowed=result.is_filtered,
                     published=published)


def by_token(token: str) -> SharedTimeline | None:
    """The share whose link is ``token`` if that link opens (not revoked, not expired); else None."""
    if not token or len(token) > SharedTimeline._meta.get_field("token").max_length:
        return None
    share = SharedTimeline.objects.filter(token=token).first()
    return share if share is not None and link_state(share) == "open" else None


def by_token_showing(token: str, event_id: int) -> SharedTimeline | None:
    """The share whose link is ``token`` if that link opens and the share, as saved, shows the published event.

    For an event page reached from a share's card to lead back to it. Anything else (a token cut short, a revoked or
    expired link, a share that does not hold the event, left it out or shows an older copy under another number)
    is None, so the page says no more than it says without the token: it never names a share its link does not open.
    """
    share = by_token(token)
    if share is None:
        return None
    # (showing() takes the event's publication on trust; a frozen share's copy outlives it, so it is checked here)
    if share.mode == SharedTimeline.Mode.FROZEN and not Event.objects.published().filter(pk=event_id).exists():
        return None
    return share if event_id in showing(share, [event_id]) else None


def showing(share: SharedTimeline, event_ids: Iterable[int]) -> set[int]:
    """Which of the published events ``event_ids`` the share, as saved, shows: by_token_showing's test for many events
    at once, in one query. The caller vouches that the events are published."""
    ids = set(event_ids)
    if share.mode == SharedTimeline.Mode.FROZEN:
        items = share.items.filter(event_id__in=ids, excluded=False)
        return {i.event_id for i in items if i.snapshot and i.snapshot.get("id") == i.event_id}
    return set(live_events(share).filter(pk__in=ids).values_list("pk", flat=True))


@dataclass(frozen=True)
class Step:
    """An event one step from another in a list, as an event page's "Previous event"/"Next event" names it."""

    pk: int
    title: str


@dataclass(frozen=True)
class Steps:
    """The steps either side of an event in a share's list, and the reader's filters that list was narrowed by."""

    previous: Step | None
    following: Step | None
    query: str  # canonical, as the share's page puts it in its URL; "" for the share as saved


def steps_around(share: SharedTimeline, event_id: int, params: QueryDict | None = None) -> Steps:
    """The events just before and just after ``event_id`` on the share's page as the pupil filtered it (``params``).

    The share's own list (share_view: a live share's events now, a frozen one's copies, in the saved order, narrowed
    by the reader's filters), less the cards whose title links nowhere (a frozen copy of an event since deleted or
    unpublished): an event page reached from the share steps through the cards the pupil was reading. An event those
    filters do not list (a link typed by hand) steps through the share as saved, and ``query`` is then empty, so
    that its steps and its way back do not carry filters that would not list it. Titles are the cards' own.
    """
    for view_params in ([params] if params else []) + [QueryDict()]:
        view = share_view(share, view_params)
        linked = [Step(r.id, r.title) for r in view.records if r.id in view.published]
        place = next((n for n, step in enumerate(linked) if step.pk == event_id), None)
        if place is not None:
            return Steps(linked[place - 1] if place > 0 else None,
                         linked[place + 1] if place + 1 < len(linked) else None, view.query)
    return Steps(None, None, "")


def still_published(items: Iterable[SharedTimelineItem]) -> frozenset[int]:
    """The events of a frozen share's copies that are still published, so that their cards may link to their page.

    A frozen copy outlives its event. One an editor deleted has lost its item's link to it (the item's event is
    emptied), so only an item still holding the very event it copied counts. A copy of an event merged into another
    was renumbered as the survivor by the merge (fold_merged_items): its card leads to the event that now holds its
    sources. One taken off the timeline (rejected, withdrawn) is still there but unpublished, and its page answers
    404 too.
    """
    ids = [i.event_id for i in items if i.snapshot and i.event_id and i.snapshot.get("id") == i.event_id]
    return frozenset(Event.objects.published().filter(pk__in=ids).values_list("pk", flat=True)) if ids else frozenset()


def saved_sort(share: SharedTimeline) -> str:
    """The order saved with the share's filters ("oldest" or "newest"): its pages' default, not a filter."""
    order = QueryDict(share.query).get("sort", "oldest")
    return order if order in SORTS else "oldest"


def readers_query(share: SharedTimeline, params: QueryDict) -> str:
    """The reader's own filters in ``params``, canonical, as the share's page would put them in its URL.

    Read by the same form with the same default order as ``share_view`` reads them, but without looking up an
    event, and with nothing else of ``params`` kept: for a link (a QR code, say) to the view a reader printed.
    """
    order = saved_sort(share)
    return _readers_query(EventFilterForm(params, default_sort=order).filters, order)


def document_in_share(share: SharedTimeline, document_id: int) -> tuple[str, int]:
    """The share narrowed to one document's events: the query of that page's address, and how many events it shows.

    Read by share_view itself, so the number is what the page will list (a frozen share's copies included).
    """
    view = share_view(share, QueryDict(f"document={document_id}"))
    return view.query, len(view.records)


def _readers_query(filters: dict, order: str, **overrides) -> str:
    # Without the "plans" a share adds to what a reader asks for (_within_share): the share decides those.
    return canonical_query({**filters, "plans": False}, default_sort=order, **overrides)


def _within_share(params: QueryDict) -> QueryDict:
    """The reader's parameters with plans on: the share's own set already holds just the plans it means to."""
    within = params.copy()
    within.setlist("plans", ["1"])
    return within


def _as_the_readers(result: FilterResult, order: str) -> None:
    """The result's filters, querystring and chart bars as the reader's own: without the "plans" the share adds.

    So the form, the URL the page moves to, the export links, the bars and the notices' links carry what the reader
    chose, no more.
    The saved ``order`` is left out of the querystring as the timeline leaves out its own default: "" stays the
    share as saved, and a reader's "oldest first" on a newest-first share is kept in the URL, not lost.
    """
    result.filters = {**result.filters, "plans": False}
    result.query = _readers_query(result.filters, order)
    narrowed = drawn_precisions(result.filters, result.months_per_bar, not_drawn_in(result.chart))
    for bar in result.chart:
        bound = bar.bound(result.chart_unit)
        bar.query = _readers_query(result.filters, order, **bar_range(result.filters, bound), **narrowed)
    for notice in result.notices:
        if isinstance(notice, NameNotice):
            notice.query = _readers_query(result.filters, order, **notice.overrides)


@dataclass(frozen=True)
class ShareScope:
    """What the teacher saved, as the share page says it; the reader's filters narrow within it."""

    saved: str  # the saved filters in words ("events from 2018 involving Kim Jong Un")
    added: int  # events pinned in by hand
    left_out: int
    order: str = ""  # the saved order in words ("newest first"); "" for the timeline's own, which goes without saying


def scope(share: SharedTimeline) -> ShareScope:
    """What the teacher saved, for the page to say in words: a reader's filters narrow within it."""
    items = list(share.items.all())
    pinned = [i for i in items if i.pinned and not i.excluded]
    if share.mode == SharedTimeline.Mode.FROZEN:
        added = sum(1 for i in pinned if i.snapshot)
    elif pinned:  # as live_events counts them: published events only
        added = Event.objects.published().filter(pk__in=[i.event_id for i in pinned if i.event_id]).count()
    else:
        added = 0
    left_out = sum(1 for i in items if i.excluded)
    saved = describe_filters(EventFilterForm(QueryDict(share.query)).filters)
    order = saved_sort(share)
    return ShareScope(saved=saved, added=added, left_out=left_out, order=SORTS[order] if order != "oldest" else "")


def describe_filters(f: dict, *, readers: bool = False) -> str:
    """Filters in words, for a reader: "events from 2018 to June 2019 matching “summit”, plans included".

    ``readers``: a reader's own filters over a share, whose "with notes" counts the class notes too (share_view).
    """
    parts = []
    # "starting": the events that begin in the range, not all that overlap it (it means nothing without "from").
    begin = "beginning " if f["starting"] else ""
    if f["from"] and f["to"]:
        parts.append(f"{begin}from {f['from'].words} to {f['to'].words}")
    elif f["from"]:
        parts.append(f"{begin}from {f['from'].words} on")
    elif f["to"]:
        parts.append(f"up to {f['to'].words}")
    if f["actor"]:
        joiner = " and " if f["both"] and len(f["actor"]) > 1 else " or "
        parts.append("involving " + joiner.join(a.name for a in f["actor"]))
    if f["category"]:
        labels = dict(Category.choices) | {key: label for key, (label, _types) in CATEGORY_GROUPS.items()}
        parts.append("in the category " + " or ".join(labels[c] for c in f["category"]))
    if f["document"]:
        parts.append("reported in " + " or ".join(f"“{d.title}”" for d in f["document"]))
    if f["precision"]:
        parts.append(f"with the date {PRECISION_LEVELS[f['precision']][0]}")
    if f["known_only_to"]:
        parts.append(f"with the date known only to {known_only_to_words(f['known_only_to'])}")
    if f["q"].strip():
        parts.append(f"matching {describe_query(f['q'])}")
    if f["annotated"]:
        parts.append("with notes" if readers else "with public notes")
    words = " ".join(["events", *parts]) if parts else "all published events"
    return words + (", announcements and plans included" if f["plans"] else "")


def describe_query_string(query: str) -> str:
    """A canonical querystring in words for the teacher's form, order included: where the raw querystring showed
    ``q=%22Singapore+summit%22``, this says "events matching ‘"Singapore summit"’", the phrase as typed."""
    f = EventFilterForm(QueryDict(query)).filters
    return describe_filters(f) + (f", {SORTS[f['sort']]}" if f["sort"] != "oldest" else "")


def narrowing(result: FilterResult, order: str) -> str:
    """How a reader's filters narrow (or reorder) a share, as a sentence: "" for the share as saved.

    "Filtered: events from 2019 on matching “hanoi”, oldest first." The order is named only when it is not the
    share's saved ``order``, which the scope line already names.
    """
    chosen = result.filters["sort"]
    other_order = f", {SORTS[chosen]}" if chosen != order else ""
    if result.is_filtered:
        return f"Filtered: {describe_filters(result.filters, readers=True)}{other_order}."
    return f"Shown {SORTS[chosen]}." if other_order else ""


def frozen_snapshots(items: Iterable[SharedTimelineItem], *, newest_first: bool = False) -> list[dict]:
    """The frozen copies of a share's items, in timeline order (or its reverse, as filter_snapshots sorts them)."""
    snapshots = [i.snapshot for i in items if i.snapshot]
    return sorted(snapshots, key=timeline_order, reverse=newest_first)


def listed_snapshots(items: list[SharedTimelineItem], *, newest_first: bool = False) -> list[dict]:
    """What a frozen share's form lists: every frozen copy, the left-out events' among them, in the share's order.

    A left-out event with no copy (left out before _freeze copied left-out events, or unpublished at the last fresh
    copy and published again since) is listed as it is now, while it is published: the teacher still sees it left
    out, and can put it back.
    """
    uncopied = [i.event_id for i in items if i.excluded and not i.snapshot and i.event_id]
    events = Event.objects.published().filter(pk__in=uncopied).prefetch_related(*EVENT_RELATIONS) if uncopied else []
    snapshots = [i.snapshot for i in items if i.snapshot] + [r.to_snapshot() for r in from_events(events)]
    return sorted(snapshots, key=timeline_order, reverse=newest_first)


_COUNTED_ON_OPENING = ("open_count", "last_opened_at")  # written by opening the link (record_open), never by the form


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

    The share's row is locked first, so a merge of an event the share holds (which locks the shares holding it,
    ``lock_shares``) or a split that gives the share a card back (which locks the shares its merge recorded, see
    ``shares_to_unfold``) and this save run one after the other, never interleaved.
    A choice about an event merged away since the teacher's form was loaded goes to the event it went into
    (``_onto_locked_survivors``), so the teacher's note is neither dropped nor written for an event that is gone.
    """
    if share.pk is not None:
        lock_share(share)
        # the form was loaded a while ago: the opening counter it carries is stale, so the save leaves it alone
        share.save(update_fields=[f.name for f in share._meta.concrete_fields
                                  if not f.primary_key and f.name not in _COUNTED_ON_OPENING])
    else:
        share.save()
    items = items_by_event(share.items.all())
    notes, excluded, pinned = _onto_locked_survivors(items, notes, set(excluded), set(pinned))
    put_back = {event_id for event_id, item in items.items() if item.excluded and event_id not in excluded}
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
    else:
        # Put back without a fresh copy, an event returns as it was frozen; one left out with no copy to return
        # with (see listed_snapshots) is copied as it is now, or the share would neither show nor list it. So is an
        # event pinned in now: the teacher sees it in the share at once, not after the next fresh copy.
        uncopied = [event_id for event_id in put_back | pinned
                    if event_id in items and not items[event_id].snapshot and not items[event_id].excluded]
        if uncopied:
            _copy(share, items, Event.objects.published().filter(pk__in=uncopied))
    return share


@transaction.atomic
def change_filters(*, share: SharedTimeline, query: str) -> SharedTimeline:
    """Give a saved share new filters (``query``, canonical) and keep the rest: its link, title, class notes, and
    the events left out and pinned in. A frozen share takes a fresh copy of what it now shows, as saving a frozen
    share does; a note on an event the new filters leave out stays stored (the form lists it as a hidden note) and
    shows again if the filters match that event again.

    The share's row is locked first, as ``save_share`` locks it, so an editor's merge and this never interleave.
    """
    lock_share(share)
    share.query = query
    share.save(update_fields=["query", "updated_at"])
    if share.mode == SharedTimeline.Mode.FROZEN:
        _freeze(share, items_by_event(share.items.all()))
    return share


def _freeze(share: SharedTimeline, items: dict[int, SharedTimelineItem]) -> None:
    # The events left out are copied with the rest, though the share does not show them: its form lists them as
    # frozen, and one put back later returns as it was on the day the others were frozen.
    left_out = [event_id for event_id, item in items.items() if item.excluded]
    kept = _copy(share, items, live_events(share) | Event.objects.published().filter(pk__in=left_out))
    share.items.exclude(event_id__in=kept).update(snapshot=None)
    share.frozen_at = timezone.now()
    share.save(update_fields=["frozen_at"])


def _copy(share: SharedTimeline, items: dict[int, SharedTimelineItem], events: QuerySet) -> set[int]:
    """Take a frozen copy of each of ``events`` onto its item (a new one if need be); the events copied."""
    # Locked before they are read, as in save_share: an event given a new item must not be merged away meanwhile.
    # By subqueries, not lists of numbers: a share of the whole timeline copies more events than SQLite takes values.
    held = SharedTimelineItem.objects.filter(share=share, event__isnull=False).values("event_id")
    _lock_events(Event.objects.filter(pk__in=events.values("pk")).exclude(pk__in=held))
    records = from_events(events.prefetch_related(*EVENT_RELATIONS))
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
    return {r.id for r in records}


# --- A teacher deletes a share: it goes with what is its own, and nothing else. ---


@dataclass(frozen=True)
class ShareLoss:
    """What deleting a share loses beyond its link, for its confirmation page to say in numbers."""

    class_notes: int  # the notes on events no longer shown (kept in case they come back) included
    frozen_copies: int  # the events a frozen share shows as they read when it was frozen


def what_deleting_loses(share: SharedTimeline) -> ShareLoss:
    counts = share.items.aggregate(class_notes=Count("pk", filter=~Q(class_note="")),
                                   frozen_copies=Count("pk", filter=Q(snapshot__isnull=False, excluded=False)))
    return ShareLoss(**counts)


@transaction.atomic
def delete_share(share: SharedTimeline) -> None:
    """Delete a share with what is its own alone: its items (class notes, left-out and pinned events, frozen copies)
    and the records of the merges that rewrote them. The events, anyone's notes on them and other shares stay.

    Its row is locked first, as a teacher's save locks it: a merge or split rewriting its items (which holds the
    locks of the shares it rewrites, ``lock_shares``) finishes first and its new items go with the share, and one
    that starts later reads the shares to rewrite under its locks and no longer finds this one.
    """
    lock_share(share)
    share.delete()


# --- Teachers' saves and editors' merges and splits of the events in shares run one after the other. ---


def lock_share(share: SharedTimeline) -> None:
    """Lock one share's row until the transaction ends (a teacher's save of it)."""
    list(SharedTimeline.objects.select_for_update().filter(pk=share.pk).values_list("pk", flat=True))


def lock_shares(share_ids: Iterable[int] | None = None) -> None:
    """Lock these shares' rows (every share's, for None) until the transaction ends: a merge or a split rewrites
    the items of shares, and a teacher's save of one of them must wait for it, or the save could write an item for
    an event the merge deletes, or put back the card as the teacher's form loaded it over the card the merge folded.
    Taken first, in the shares' order, so two merges take them in the same order and a save (one share, then
    events) never waits in a cycle with a merge.

    SQLite has no row locks (select_for_update does nothing there) but runs one writing transaction at a time.
    """
    rows = SharedTimeline.objects.select_for_update().order_by("pk")
    if share_ids is not None:
        rows = rows.filter(pk__in=sorted(share_ids))
    list(rows.values_list("pk", flat=True))


class SharesToLock(Exception):
    """A merge or a split found, under its events' locks, that it would rewrite shares it had not locked first (a
    teacher's save gave one of them the event meanwhile, or another merge or split moved the source): it must start
    again, locking ``share_ids``."""

    def __init__(self, share_ids: set[int]):
        super().__init__(f"the merge or split must lock shares {sorted(share_ids)}")
        self.share_ids = share_ids


def _must_have_locked(rewritten: Iterable[int], locked: set[int] | None) -> None:
    """Raise SharesToLock unless the shares a merge or split rewrites are all among those it ``locked`` (None:
    every share)."""
    if locked is not None and not set(rewritten) <= locked:
        raise SharesToLock(locked | set(rewritten))


def _lock_events(events: QuerySet) -> set[int]:
    """Lock these events' rows until the transaction ends, in order, so that a merge cannot delete one meanwhile;
    the numbers of those locked (one deleted by a merge the lock waited for is not among them).

    "No key" update locks: they make a merge (which locks both its events for update first) wait, but not a write
    that only refers to the event, such as a new source (its foreign key check takes only a key-share lock).
    """
    return set(events.select_for_update(no_key=True).order_by("pk").values_list("pk", flat=True))


def _onto_locked_survivors(items: Mapping[int, SharedTimelineItem], notes: Mapping[int, str], excluded: set[int],
                           pinned: set[int]) -> tuple[dict[int, str], set[int], set[int]]:
    """``_onto_survivors``, with the events the share gets a new item for locked, and read again once locked.

    A merge locks only the shares holding its events, and this share need not be one of them: the events its new
    items name are locked instead (a new share's row is invisible to any lock, too). They are locked before asking
    which are gone, since the lock waits for a merge of one of them to commit; one found gone then goes to the event
    it went into, which is locked in turn (it may itself have been merged away meanwhile, hence the loop).
    """
    notes = dict(notes)
    for _ in range(20):  # each turn follows a merge that committed meanwhile; never a loop however the records read
        new = (set(notes) | excluded | pinned) - set(items)
        if _lock_events(Event.objects.filter(pk__in=new)) == new:
            break
        notes, excluded, pinned = _onto_survivors(items, notes, excluded, pinned)
    return notes, excluded, pinned


def _onto_survivors(items: Mapping[int, SharedTimelineItem], notes: Mapping[int, str], excluded: set[int],
                    pinned: set[int]) -> tuple[dict[int, str], set[int], set[int]]:
    """The teacher's choices, with those about an event merged away since the form was loaded put on the event it
    went into (``went_into``).

    The same rule as the merge's own: its note joins the survivor's note as a paragraph (unless already in it), the
    survivor is shown if either is (the form listed the event, and it was not left out, or it was pinned in), and a
    pin carries over. An event gone with no survivor (deleted with its document) has nowhere to go and is dropped,
    as before. An event a frozen share keeps a copy of goes by its item, so it is never taken for one merged away.
    """
    unknown = (set(notes) | excluded | pinned) - set(items)
    gone = unknown - set(Event.objects.filter(pk__in=unknown).values_list("pk", flat=True))
    notes = dict(notes)
    for pk in sorted(gone):
        listed = pk in notes  # the form lists each event with a note box, filled or not
        note, was_pinned = notes.pop(pk, ""), pk in pinned
        shown = was_pinned or (listed and pk not in excluded)
        excluded.discard(pk)
        pinned.discard(pk)
        survivor = went_into(pk)
        if survivor is None:
            continue
        own = notes[survivor.pk] if survivor.pk in notes else getattr(items.get(survivor.pk), "class_note", "")
        notes[survivor.pk] = _join_notes(own, note)
        if shown:
            excluded.discard(survivor.pk)
        if was_pinned:
            pinned.add(survivor.pk)
    return notes, excluded, pinned


def went_into(event_id: int) -> Event | None:
    """The event that a merged-away event went into: as a share's merge recorded it (following later merges of the
    survivor), else the one event holding its sources (an event no share held has no record)."""
    for _ in range(20):  # a chain of merges, and never a loop however the records read
        record = ShareMerge.objects.filter(merged_event_id=event_id).order_by("-pk").first()
        if record is None:
            return Event.objects.holding_sources_of(event_id)
        event_id = record.kept_event_id
        survivor = Event.objects.filter(pk=event_id).first()
        if survivor is not None:
            return survivor
    return None


def _join_notes(own: str, extra: str) -> str:
    own, extra = own.strip(), extra.strip()
    # Compared as a browser posts them (CRLF) or as stored: the same note said twice is kept once.
    if not extra or extra.replace("\r\n", "\n") in own.replace("\r\n", "\n"):
        return own
    return CLASS_NOTE_SEPARATOR.join(n for n in (own, extra) if n)


# --- An editor merges two events: each share that held either keeps the happening, once, with the teacher's work. ---

CLASS_NOTE_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class MergePlace:
    """One share's hold on two events about to be merged, read before the merge changes either of them."""

    share: SharedTimeline
    other_id: int
    keep_item: SharedTimelineItem | None
    other_item: SharedTimelineItem | None
    keep_shown: bool  # the class saw the survivor in the share
    other_shown: bool  # the class saw the event merged away

    @property
    def shown(self) -> bool:
        return self.keep_shown or self.other_shown


def shares_holding(event_id: int, by_item: Mapping[int, SharedTimeline] | None = None) -> dict[int, SharedTimeline]:
    """The shares that hold an event, by number: as an item of theirs, or, live, by their saved filters.

    The saved filters are a querystring (dates, actors, a search) that only the filter form can apply, so a live
    share's hold is found by applying them, a query per live share, and only when the event is published (a merge
    from the review queue folds in a proposal, shown nowhere). ``by_item``: the shares with an item for it, if read.
    """
    if by_item is None:
        items = SharedTimelineItem.objects.filter(event_id=event_id).select_related("share")
        by_item = {i.share_id: i.share for i in items}
    held = dict(by_item)
    if Event.objects.published().filter(pk=event_id).exists():
        for share in SharedTimeline.objects.filter(mode=SharedTimeline.Mode.LIVE).exclude(pk__in=list(held)):
            if matching_events(share.query).filter(pk=event_id).exists():
                held[share.pk] = share
    return held


def places_before_merge(*, keep_id: int, other_id: int, locked: set[int] | None = None) -> list[MergePlace]:
    """The shares that held the event merged away (``other_id``): as an item of theirs, or, live, by their filters.

    Read before the merge: which of the two each share shows depends on the events' status, actors and sources, all
    of which the merge changes. These are the shares the merge rewrites (``fold_merged_items``): all of them must be
    among those it ``locked`` (None: every share), or SharesToLock is raised.
    """
    other_items = {i.share_id: i for i in SharedTimelineItem.objects.filter(event_id=other_id).select_related("share")}
    held = shares_holding(other_id, {share_id: item.share for share_id, item in other_items.items()})
    _must_have_locked(held, locked)
    keep_items = {i.share_id: i for i in SharedTimelineItem.objects.filter(event_id=keep_id, share_id__in=list(held))}
    places = []
    for share_id, share in held.items():
        keep_item, other_item = keep_items.get(share_id), other_items.get(share_id)
        if share.mode == SharedTimeline.Mode.FROZEN:
            shown = {i.event_id for i in (keep_item, other_item) if i is not None and i.snapshot and not i.excluded}
        else:
            shown = set(live_events(share).filter(pk__in=[keep_id, other_id]).values_list("pk", flat=True))
        places.append(MergePlace(share, other_id, keep_item, other_item, keep_id in shown, other_id in shown))
    return places


def fold_merged_items(places: Iterable[MergePlace], *, keep: Event) -> None:
    """After a merge into ``keep``, give each share one item for it that keeps what the teacher chose for either.

    The rule, for live and frozen shares alike: the survivor is in the share if and only if either event was shown
    in it. So an event the teacher left out never brings its survivor in (even when the merge gives the survivor
    the actors the share's filters ask for), a survivor the share showed stays shown, and a card the class saw
    stays even when it was the survivor that had been left out (most likely as a duplicate of the card shown). Where
    the survivor no longer matches the saved filters it is pinned in, so it also outlasts a frozen share's fresh copy.

    Class notes on both are both kept, the survivor's first, as paragraphs of one note (one card has one note box in
    the teacher's form; a note said twice is kept once). A frozen share keeps the copy the class studied: the
    survivor's if it was shown, else the merged-away event's, which now stands for the survivor (its number is the
    survivor's, so the card's note, "leave out" and link find their item, and a fresh copy replaces it).

    What each share held of either event before, and the card the merge made, are kept as a ShareMerge, so that
    splitting the other event's source back out can give the share its card back (``unfold_split_items``).

    Call inside the merge's transaction, after the survivor has its merged status, actors and sources and before
    the other event is deleted.
    """
    for place in places:
        share, keep_item, other_item = place.share, place.keep_item, place.other_item
        both = [i for i in (keep_item, other_item) if i is not None]
        snapshot = _merged_snapshot(keep_item, other_item, keep.pk)  # before either item's choices change below
        before = {"kept": _item_state(keep_item), "merged": _item_state(other_item)}
        item = keep_item or other_item or SharedTimelineItem(share=share)
        item.event = keep
        notes = [i.class_note.strip() for i in both if i.class_note.strip()]
        item.class_note = CLASS_NOTE_SEPARATOR.join(dict.fromkeys(notes))
        # Left out, when neither was shown, if anything (its filters, a pin, a choice on either) would show it.
        choices = _placed(share, keep, {"pinned": any(i.pinned for i in both), "excluded": any(i.excluded for i in both)},
                          shown=place.shown)
        item.pinned, item.excluded = choices["pinned"], choices["excluded"]
        if share.mode == SharedTimeline.Mode.FROZEN:
            item.snapshot = snapshot
        if item is not other_item and other_item is not None:
            other_item.delete()
        if item.pk or item.class_note or item.pinned or item.excluded or item.snapshot:
            item.save()
        ShareMerge.objects.create(share=share, kept_event_id=keep.pk, merged_event_id=place.other_id, **before,
                                  kept_shown=place.keep_shown, merged_shown=place.other_shown, folded=_item_state(item))


def _merged_snapshot(keep_item: SharedTimelineItem | None, other_item: SharedTimelineItem | None,
                     keep_id: int) -> dict | None:
    """The frozen copy a share's merged card keeps: the one the class saw, the survivor's first, renumbered."""
    copies = [i for i in (keep_item, other_item) if i is not None and i.snapshot]
    shown = [i for i in copies if not i.excluded]
    chosen = (shown or copies or [None])[0]
    return {**chosen.snapshot, "id": keep_id} if chosen is not None else None


# --- An editor splits a merged-away event's source back out: each share gets that event's card back. ---

CHOICES = ("class_note", "pinned", "excluded", "snapshot")
_NO_ITEM = {"class_note": "", "pinned": False, "excluded": False, "snapshot": None}  # what no item at all means


def _item_state(item: SharedTimelineItem | None) -> dict | None:
    """What a teacher chose for one event in a share, as a ShareMerge keeps it; None for no item."""
    return None if item is None else {name: getattr(item, name) for name in CHOICES}


def _same_text(a: str, b: str) -> bool:
    # A browser sends a textarea's line breaks as CRLF: a form saved unchanged must not count as an edited note.
    return a.split() == b.split()


def shares_to_unfold(merged_event_id: int, locked: set[int] | None = None) -> set[int]:
    """The shares a split of event ``merged_event_id``'s source back out rewrites (``unfold_split_items``): those
    its merge left a record for. All must be among those ``locked`` (None: every share), or SharesToLock is raised.

    Only the merge that deleted that event wrote these records, so none is added later: a share is missed only if
    the split's first look, before its locks, read another event's (a merge or split moved the source meanwhile),
    and the read under its locks raises then. One deleted meanwhile (by a split of another of its sources) leaves
    a share locked for nothing, which is harmless.
    """
    rewritten = set(ShareMerge.objects.filter(merged_event_id=merged_event_id).values_list("share_id", flat=True))
    _must_have_locked(rewritten, locked)
    return rewritten


def unfold_split_items(*, merged_event_id: int, split_from: Event, new: Event) -> None:
    """Undo, for each share, what merging event ``merged_event_id`` into ``split_from`` did: ``new`` is that event
    split back out (split_source), and gets back its own card where a share held it.

    From the ShareMerge each merge recorded: ``new`` gets the merged-away event's class note, choices and frozen copy
    (renumbered), and is in the share if and only if the merged-away event was shown there before the merge (pinned
    in or left out as need be, as the merge did for the survivor). The survivor's card gets back what it had before
    the merge, part by part, where the teacher has not changed that part since:

    - its class note goes back to the survivor's own note, unless the teacher edited the joined note: then the card
      keeps the note as the teacher left it and ``new`` still gets its own original note (teacher text is never
      dropped; it may then stand on both cards). A save that changed only spaces or line breaks is not an edit;
    - its "leave out" and pin go back to the survivor's own, unless the teacher changed either since;
    - a frozen card's copy goes back to the survivor's own copy (or none), unless a fresh copy was taken since.

    A share that held only the survivor has no record and is left as it is. Shares changed by merges done before
    these records existed cannot be reconstructed and are left as they are. Call inside the split's transaction.
    """
    records = ShareMerge.objects.filter(merged_event_id=merged_event_id).select_related("share")
    for record in records:
        share = record.share
        card = share.items.filter(event=split_from).first()
        now, folded, kept = _item_state(card) or _NO_ITEM, record.folded or _NO_ITEM, record.kept or _NO_ITEM
        restored = dict(now)
        if _same_text(now["class_note"], folded["class_note"]):
            restored["class_note"] = kept["class_note"]
        untouched_choices = (now["pinned"], now["excluded"]) == (folded["pinned"], folded["excluded"])
        if untouched_choices:
            restored["pinned"], restored["excluded"] = kept["pinned"], kept["excluded"]
            restored = _placed(share, split_from, restored, shown=record.kept_shown)
        if now["snapshot"] == folded["snapshot"]:
            restored["snapshot"] = kept["snapshot"]
        _write_item(share, split_from, card, restored)
        own = dict(record.merged or _NO_ITEM)
        if own["snapshot"]:
            own["snapshot"] = {**own["snapshot"], "id": new.pk}
        _write_item(share, new, None, _placed(share, new, own, shown=record.merged_shown))
    records.delete()


def _placed(share: SharedTimeline, event: Event, state: dict, *, shown: bool) -> dict:
    """``state`` with "pinned" and "left out" set so that ``event`` is in the share if and only if ``shown``.

    The event may no longer match the saved filters as it did (a merge gave the survivor the other event's actors,
    and a split leaves them): pinned in where it should be shown and is not matched, left out where it should not.
    """
    matches = _matches(share, event)
    if shown:
        return {**state, "excluded": False, "pinned": state["pinned"] or not matches}
    return {**state, "excluded": state["excluded"] or matches or state["pinned"]}


def _matches(share: SharedTimeline, event: Event) -> bool:
    """Whether the share's saved filters show ``event`` (published) without a pin."""
    return event.status == Status.PUBLISHED and matching_events(share.query).filter(pk=event.pk).exists()


def _write_item(share: SharedTimeline, event: Event, item: SharedTimelineItem | None, state: dict) -> None:
    """Store ``state`` as the share's item for ``event``; an item left with no choice at all is deleted."""
    if state == _NO_ITEM:
        if item is not None:
            item.delete()
        return
    item = item or SharedTimelineItem(share=share, event=event)
    for name, value in state.items():
        setattr(item, name, value)
    item.save()
