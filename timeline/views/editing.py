"""Editing one event: the form (with a version check), its history and revert, merge and split, the date choice."""

from __future__ import annotations

import datetime
from collections import Counter
from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.core.paginator import InvalidPage, Page, PageNotAnInteger, Paginator
from django.forms.utils import pretty_name
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect, reselect, reswap, retarget

from timeline import services
from timeline.duplicates import rejected_look_alikes, suggest_duplicates
from timeline.forms import EventForm, NoteForm, QueueFilterForm, counted_from, preview_date
from timeline.models import Actor, Event, EventSource, Status
from timeline.permissions import editor_required
from timeline.querystring import with_query
from timeline.views.site import event_page, post_only


def _get_event(pk: int) -> Event:
    event = Event.objects.prefetch_related("actors", "sources__document").filter(pk=pk).first()
    if event is None:
        # Said with the number: the 404 page's own words ("Nothing is published at ...") would suggest to an editor
        # that the event exists but is not published.
        raise Http404(f"There is no event number {pk}.")
    return event


def _reference_date(event: Event) -> datetime.date:
    """Relative dates typed by an editor ("last June") read against the event's first document, like extraction."""
    source = event.sources.all()[0] if event.sources.all() else None
    return source.document.published if source else datetime.date.today()


def safe_next(request, url: str) -> str:
    """A "next" address sent with a request, if it is one of this site's; otherwise empty."""
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
        return url
    return ""


def page_or_404(request, items, size: int) -> Page:
    """The page of ``items`` the request's ``page`` names; a page that does not exist is "not found"."""
    raw = request.GET.get("page", "1")
    paginator = Paginator(items, size)
    try:
        return paginator.page(raw)
    except PageNotAnInteger:
        raise Http404(f"“{raw[:20]}” is not a page number.") from None
    except InvalidPage:
        # Said as the timeline says it (views.browse): how many pages there are, so the address can be corrected.
        pages = paginator.num_pages
        raise Http404(f"There is no page {raw[:20]} of this list: it has {pages} page{pluralize(pages)}.") from None


def partial_for(request, template: str, name: str) -> str:
    """The page for a normal request or a history restore; the named partial for any other htmx request."""
    if request.htmx and not request.htmx.history_restore_request:
        return f"{template}#{name}"
    return template


def _next_url(request, event: Event) -> str:
    url = safe_next(request, request.POST.get("next") or request.GET.get("next") or "")
    # The event's own page answers only while the event is published: an editor who rejected it (or sent it back to
    # the queue) from there would land on "not found", so they go to the queue's list of such events instead.
    if url and (event.status == Status.PUBLISHED or urlsplit(url).path != event.get_absolute_url()):
        # (the queue at a page this decision emptied: its last page left, as the queue's own buttons return to;
        # imported here, since the queue's views import this module's)
        from timeline.views.review import on_a_page_left

        return on_a_page_left(url)
    if event.status == Status.PUBLISHED:
        return event.get_absolute_url()
    # In the queue's canonical form, which names no status for the proposed ones (its default): otherwise the queue
    # would redirect once more to get there.
    return with_query(reverse("timeline:review_queue"), QueueFilterForm({"status": event.status}).canonical_query())


def posted_id(request, name: str) -> int | None:
    """A number posted by one of our forms; None if it is missing or not a number (the view answers 400 or 404)."""
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        return None


def _version(request) -> int | None:
    return posted_id(request, "version")


def _typed_names(data) -> list[str]:
    """The actor names posted with the form (ticked boxes and the "add an actor" box), blanks left out."""
    return [n.strip() for n in data.getlist("actors") if n.strip()]


def _form_context(request, event: Event, form: EventForm, **extra) -> dict:
    if form.is_bound:
        actor_names = _typed_names(form.data)
    else:
        actor_names = [a.name for a in event.actors.all()]
    in_queue = request.GET.get("in") == "queue" or request.POST.get("in") == "queue"
    return {
        "event": event,
        "form": form,
        "actor_names": actor_names,
        "all_actors": Actor.objects.only("name"),
        "next": _next_url(request, event),
        "in_queue": in_queue,
        # The edit page's note box belongs to this form (annotations/_event_notes.html); the queue's has none. Shown
        # again, it holds what was typed in it.
        "note_form_id": "" if in_queue else f"event-fields-{event.pk}",
        "note_body": request.POST.get("body", ""),
        "note_visibility": request.POST.get("visibility", ""),
        **extra,
    }


def _loaded_values(pk: int, version: int) -> dict:
    """The form's values for the version of event ``pk`` an editor loaded, from its history; empty if not found."""
    loaded = (
        Event.history.filter(id=pk, version=version)
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    return EventForm.initial_for(loaded, [row.actor.name for row in loaded.actors.all()]) if loaded else {}


def _typed_changes(request, pk: int) -> list[dict]:
    """What the editor typed into the form of an event that is gone, field by field, to re-apply elsewhere.

    Only the fields they changed from the version they loaded are listed (every field they filled in, if that
    version's history row cannot be found).
    """
    before = _loaded_values(pk, _version(request) or 0)
    rows = []
    for name, field in EventForm.base_fields.items():
        if name == "version":
            continue
        if name == "actors":
            typed = _typed_names(request.POST)
            same = sorted(n.casefold() for n in typed) == sorted(n.casefold() for n in before.get(name) or [])
            shown = ", ".join(typed)
        else:
            typed = request.POST.get(name, "").strip()
            same = typed == str(before.get(name) or "").strip()
            shown = dict(getattr(field, "choices", ())).get(typed, typed)
        if (before and not same) or (not before and typed):
            rows.append({"label": field.label or name.capitalize(), "value": shown})
    return rows


def _event_gone(request, pk: int):
    """The answer to a save of an event that no longer exists: where it went, and what the editor had typed.

    Another editor merged it away (or re-ingesting its document removed it) after this form was loaded. Nothing is
    saved anywhere: the typed changes may not fit the event it went into, so the editor re-applies them by hand.
    """
    merged_into = Event.objects.holding_sources_of(pk)
    back = safe_next(request, request.POST.get("next", ""))
    # The page the form came from, unless it was the gone event's own page (the queue with its filters, usually).
    if back.startswith(reverse("timeline:event_detail", args=[pk])):
        back = ""
    template = partial_for(request, "editing/event_gone.html", "event-form")
    context = {
        "pk": pk,
        # The edit page's heading, outside the swapped form, is replaced out of band; a queue item has none.
        "swap_heading": template.endswith("#event-form") and request.POST.get("in") != "queue",
        "merged_into": merged_into,
        "removal": Event.history.filter(id=pk, history_type="-").select_related("history_user").first(),
        "typed": _typed_changes(request, pk),
        "back": back,
        "queue": reverse("timeline:review_queue"),
    }
    return render(request, template, context, status=409)


@editor_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def event_edit(request, pk: int):
    template = partial_for(request, "editing/event_edit.html", "event-form")
    if request.method == "POST" and not Event.objects.filter(pk=pk).exists():
        return _event_gone(request, pk)
    event = _get_event(pk)
    if request.method == "GET":
        form = EventForm(initial=EventForm.initial_for(event), event=event, reference=_reference_date(event))
        return render(request, template, _form_context(request, event, form))

    if request.POST.get("add_note"):
        return _add_note(request, event)
    if request.POST.get("preview"):
        form = EventForm.preview(request.POST, event=event, reference=_reference_date(event))
        # What the form shows now is what was typed: unsaved, unless it is what the event holds.
        shown = EventForm(request.POST, initial=EventForm.initial_for(event), event=event, reference=form.reference)
        typed = not shown.changes_nothing()
        extra = {"actor_names": _typed_names(request.POST), "problem": form.problem, "typed": typed}
        return render(request, template, _form_context(request, event, form, **extra))
    # Compared with the form as it would be shown now: a save that changes nothing writes no version, which would
    # refuse every other editor's open form as a conflict for nothing.
    initial = EventForm.initial_for(event)
    form = EventForm(request.POST, initial=initial, event=event, reference=_reference_date(event))
    if form.changes_nothing():
        if _note_typed(request):
            return _note_not_saved(request, event, unchanged=True)
        return _unchanged(request, event)
    if not form.is_valid():
        return render(request, template, _form_context(request, event, form), status=422)
    try:
        event = services.edit_event(
            event_id=event.pk,
            loaded_version=form.cleaned_data["version"],
            changes=form.changes(),
            actors=form.cleaned_data["actors"],
            user=request.user,
            reason=form.cleaned_data["reason"],
        )
    except Event.DoesNotExist:
        # Merged away after the check above: the save's transaction wrote nothing.
        return _event_gone(request, pk)
    except services.EditConflict as conflict:
        # Nothing is overwritten. The form comes back moved onto the saved version: fields this editor changed keep
        # their values, the others take the other editor's, so saving again applies just this editor's changes.
        current = _get_event(conflict.current.pk)
        loaded_values = _loaded_values(current.pk, form.cleaned_data["version"])
        data, changed = form.rebase(loaded_values, EventForm.initial_for(current))
        form = EventForm(data, event=current, reference=_reference_date(current))
        form.is_valid()
        now = EventForm.initial_for(current)
        compare = [
            {
                "label": EventForm.base_fields[name].label or name.capitalize(),
                "theirs": ", ".join(now[name]) if name == "actors" else now[name],
                "mine": ", ".join(n for n in data.getlist(name) if n.strip()) if name == "actors" else data.get(name),
            }
            for name in changed
        ]
        theirs = current.history.select_related("history_user").first()
        context = _form_context(request, current, form, conflict=True, theirs=theirs, compare=compare)
        return render(request, template, context, status=409)
    if request.htmx and request.POST.get("in") == "queue":
        # The form sits inside the queue item: put the whole item back, showing the saved event.
        queue_url = safe_next(request, request.POST.get("next", ""))
        event = _get_event(event.pk)
        # Still proposed, it stays in the queue with its buttons: correcting a proposal comes before publishing it.
        context = {"event": event, "saved": True, "done": event.status != Status.PROPOSED, "queue_url": queue_url}
        response = render(request, "review/review_queue.html#queue-item", context)
        response["HX-Retarget"] = f"#queue-item-{event.pk}"
        response["HX-Reswap"] = "outerHTML"
        # Saved with another status (published or rejected from the form), it leaves the count too.
        return with_queue_summary(request, response)
    if _note_typed(request):
        return _note_not_saved(request, _get_event(event.pk), unchanged=False)
    messages.success(request, f"Saved “{event.title}” (version {event.version}).")
    response = redirect(_next_url(request, event))
    if request.htmx:
        response = render(
            request, "editing/event_edit.html#event-saved", {"event": event, "next": _next_url(request, event)}
        )
        response["HX-Redirect"] = _next_url(request, event)
    return response


def _note_typed(request) -> bool:
    """Whether the edit page's "Add a note" box, whose fields belong to the event form, held a note when Save was
    pressed."""
    return request.POST.get("in") != "queue" and bool(request.POST.get("body", "").strip())


def _note_not_saved(request, event: Event, *, unchanged: bool):
    """The event form again, as ``event`` now stands, saying that the note typed beside it is not saved: the page
    stays, so the note stays in its box to be added, rather than being left behind unsaid (without JavaScript, the
    page comes back with the note in its box)."""
    form = EventForm(initial=EventForm.initial_for(event), event=event, reference=_reference_date(event))
    context = _form_context(request, event, form, note_not_saved=True, unchanged=unchanged)
    return render(request, partial_for(request, "editing/event_edit.html", "event-form"), context)


def _add_note(request, event: Event):
    """The edit page's Add note. The event's fields come along (the note box belongs to the event form): adding a
    note does not save them, and what was typed in them stays in the form rather than being lost."""
    note_form = NoteForm(request.POST)
    initial = EventForm.initial_for(event)
    form = EventForm(request.POST, initial=initial, event=event, reference=_reference_date(event))
    added = note_form.is_valid()
    if added:
        note = note_form.save(commit=False)
        note.author, note.event = request.user, event
        note.save()
    if form.changes_nothing():
        if added:
            messages.success(request, "Note added.")
            edit_page = reverse("timeline:event_edit", args=[event.pk])
            url = with_query(edit_page, urlencode({"next": _next_url(request, event)}, safe="/")) + f"#note-{note.pk}"
            return HttpResponseClientRedirect(url) if request.htmx else redirect(url)
        form = EventForm(initial=initial, event=event, reference=_reference_date(event))
    extra = {"note_added": added, "note_errors": note_form.errors}
    if added:
        extra.update(note_body="", note_visibility="")
    context = _form_context(request, event, form, **extra)
    response = render(request, "editing/event_edit.html", context, status=200 if added else 422)
    if request.htmx:
        # The whole page section, not just the event form: the note added, or the box's error, is outside it.
        retarget(response, "#edit-page")
        reselect(response, "#edit-page")
        reswap(response, "outerHTML")
    return response


def _unchanged(request, event: Event):
    """The answer to a save that changes nothing: it says so, and the event, its version and history stay as they
    were (in the queue, so does its item)."""
    if request.htmx and request.POST.get("in") == "queue":
        queue_url = safe_next(request, request.POST.get("next", "")) or reverse("timeline:review_queue")
        response = queue_item(request, event, queue_url, unchanged=True)
        response["HX-Retarget"] = f"#queue-item-{event.pk}"
        response["HX-Reswap"] = "outerHTML"
        return response
    messages.info(request, f"Nothing changed: “{event.title}” is as it was (version {event.version}).")
    if not request.htmx:
        return redirect(_next_url(request, event))
    context = {"event": event, "next": _next_url(request, event), "unchanged": True}
    response = render(request, "editing/event_edit.html#event-saved", context)
    response["HX-Redirect"] = _next_url(request, event)
    return response


@editor_required
@require_GET
@vary_on_headers("HX-Request")
def date_preview(request, pk: int):
    """How a typed date will be stored: earliest and latest day and precision, the one chosen in the form's
    Precision unless it is left to the date (the edit form shows it as you type or choose)."""
    event = _get_event(pk)
    if not request.htmx:
        # Only the form asks for this fragment; opened directly, the URL leads to the form itself.
        return redirect("timeline:event_edit", pk=event.pk)
    text, precision = request.GET.get("date_text", ""), request.GET.get("precision", "")
    reading, problem = preview_date(text, precision, _reference_date(event))
    relative_to = counted_from(text, _reference_date(event)) if reading else None
    context = {"reading": reading, "problem": problem, "event": event, "counted_from": relative_to}
    return render(request, "editing/event_edit.html#date-preview", context)


def _readable(field: str, value):
    """A history value as the form shows it: choice labels, yes/no, dates in words."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime.date):
        return f"{value.day} {value:%B %Y}"
    choices = dict(Event._meta.get_field(field).choices or ())
    return choices.get(value, value) if value != "" else None


# The fields the edit form sets without a box of their own, named in the words its date preview and the queue use.
HISTORY_LABELS = {
    "date_start": "Earliest day",
    "date_end": "Latest day",
    "date_mod": "Date qualifier",
    "curated": "Curated by an editor",
}


def _field_label(name: str) -> str:
    """A field as the history names it: the edit form's label ("Date" for date_text), not its column's name."""
    if name in HISTORY_LABELS:
        return HISTORY_LABELS[name]
    if name in EventForm.base_fields:
        return EventForm.base_fields[name].label or pretty_name(name)
    return capfirst(Event._meta.get_field(name).verbose_name)


def _history_rows(event: Event) -> list[dict]:
    records = list(event.history.select_related("history_user"))
    rows = []
    # Each row against the one before it; the oldest (if any: bulk_create writes none) is the event's creation.
    for record, older in zip(records, [*records[1:], None][: len(records)], strict=True):
        changes = []
        if older is not None:
            for change in record.diff_against(older, excluded_fields=["updated_at", "created_at"]).changes:
                if change.field == "actors":
                    old = {row["actor"] for row in change.old}
                    new = {row["actor"] for row in change.new}
                    names = dict(Actor.objects.filter(pk__in=old | new).values_list("pk", "name"))
                    changes.append(
                        {
                            "field": _field_label("actors"),
                            "old": ", ".join(sorted(names.get(pk, f"#{pk}") for pk in old - new)) or "—",
                            "new": ", ".join(sorted(names.get(pk, f"#{pk}") for pk in new - old)) or "—",
                        }
                    )
                elif change.field != "version":
                    changes.append(
                        {
                            "field": _field_label(change.field),
                            "old": _readable(change.field, change.old),
                            "new": _readable(change.field, change.new),
                        }
                    )
        rows.append({"record": record, "changes": changes, "created": older is None})
    # Each revert button's accessible name says which row it restores. Rows written without a version bump share a
    # version number, so those are told apart by their order: a corroborating document's actors and wording at ingest
    # before that became one change, and re-extracting a changed document still. The old rows are not renumbered:
    # earlier reverts' reasons name their numbers, and the event's version is the lock every open form holds.
    same_version = Counter(record.version for record in records)
    seen = Counter()
    for row in reversed(rows):
        record = row["record"]
        seen[record.version] += 1
        who = record.history_user.get_username() if record.history_user else "extraction"
        when = dateformat.format(timezone.localtime(record.history_date), "j F Y, H:i")
        name = f"version {record.version} of {event.version}, {when} by {who}"
        if same_version[record.version] > 1:
            name += f" (entry {seen[record.version]} of {same_version[record.version]} for version {record.version})"
        row["revert_name"] = name
    return rows


@editor_required
@require_GET
def event_history(request, pk: int):
    event = _get_event(pk)
    # Sources that joined or left this event (merge, split, re-ingest) keep their own history rows.
    source_rows = (
        EventSource.history.filter(event_id=event.pk)
        .select_related("history_user", "document")
        .order_by("-history_date")
    )
    context = {"event": event, "rows": _history_rows(event), "source_rows": source_rows}
    return render(request, "editing/event_history.html", context)


@editor_required
@post_only("timeline:event_history", "pk")
def event_revert(request, pk: int, history_id: int):
    event = _get_event(pk)
    get_object_or_404(Event.history, pk=history_id, id=event.pk)
    version = _version(request)
    if version is None:
        return HttpResponseBadRequest("The form must say which version it was loaded from.")
    try:
        event = services.revert_event(
            event_id=event.pk, history_id=history_id, loaded_version=version, user=request.user
        )
    except services.EditConflict as conflict:
        messages.error(
            request,
            f"Not reverted: the event changed since you loaded its history (it is now version {conflict.current.version}). Check the changes below and try again.",
        )
        return redirect("timeline:event_history", pk=event.pk)
    messages.success(request, f"Reverted. “{event.title}” is now version {event.version}.")
    return redirect("timeline:event_history", pk=event.pk)


@editor_required
@post_only(event_page, "pk")
def choose_date(request, pk: int):
    event = _get_event(pk)
    source = get_object_or_404(EventSource, pk=posted_id(request, "source") or 0, event=event)
    version = _version(request)
    if version is None:
        return HttpResponseBadRequest("The form must say which version it was loaded from.")
    try:
        services.choose_source_date(event_id=event.pk, source_id=source.pk, loaded_version=version, user=request.user)
        messages.success(request, f"The date is now the one {source.document.title} gives.")
    except services.EditConflict:
        messages.error(
            request, "Not changed: someone edited this event since you loaded it. Here it is as it now stands."
        )
    except ValueError as exc:
        messages.error(request, str(exc))
    return redirect(_next_url(request, event))


@editor_required
@post_only(event_page, "pk")
def event_merge(request, pk: int):
    event = _get_event(pk)
    other = get_object_or_404(Event, pk=posted_id(request, "other") or 0)
    if other.pk == event.pk:
        return HttpResponseBadRequest("An event cannot be merged with itself.")
    keep = services.merge_events(keep_id=event.pk, other_id=other.pk, user=request.user)
    if request.htmx and request.POST.get("in") == "queue":
        # Merged from its queue item: the item (targeted by the form) says where the queued event went.
        response = render(request, "review/review_queue.html#queue-merged", {"event": other, "keep": keep})
        return with_queue_summary(request, response)
    sources = keep.sources.count()
    messages.success(request, f"Merged #{other.pk} into #{keep.pk}: “{keep.title}” now has {sources} sources.")
    return redirect(_next_url(request, keep))


@editor_required
@post_only()
def source_split(request, pk: int):
    source = get_object_or_404(EventSource, pk=pk)
    if source.event.sources.count() < 2:
        return HttpResponseBadRequest("An event's only source cannot be split out.")
    new = services.split_source(source_id=source.pk, user=request.user)
    text = f"Split out into a new event “{new.title}”."
    if new.status == Status.PROPOSED:
        text += " It is proposed: publish it here or from the review queue when it is right."
    messages.success(request, text)
    return redirect("timeline:event_edit", pk=new.pk)


# The review queue's count, sent along with a queue item an editor changed in place (here, since the queue's views
# import this module).
def queue_sent_from(request) -> tuple[str, QueueFilterForm | None]:
    """The address of the queue page the request was sent from (its ``next``) and that page's filters; no form when
    the request did not come from the queue."""
    url = safe_next(request, (request.POST if request.method == "POST" else request.GET).get("next", ""))
    parts = urlsplit(url)
    if not url or parts.path != reverse("timeline:review_queue"):
        return url, None
    return url, QueueFilterForm(QueryDict(parts.query))


def queue_summary(request) -> str:
    """The queue's count and bulk controls, out of band, for an item changed in place from the queue.

    Counted with the filters of the queue page the item was sent from (its ``next``, posted, or in the address of a
    GET such as Cancel's), as that page counted them; empty when the request did not come from the queue.
    """
    url, form = queue_sent_from(request)
    if form is None:
        return ""
    document = form.cleaned_data.get("document") if form.is_valid() else None
    context = {"count": form.filter(Event.objects.all()).count(), "document": document, "queue_url": url, "oob": True}
    return render_to_string("review/review_queue.html#queue-summary", context, request=request)


def with_queue_summary(request, response):
    """``response`` (a queue item) followed by the queue's updated count and bulk controls."""
    response.write(queue_summary(request))
    return response


def queue_item(request, event: Event, queue_url: str, **extra):
    """``event``'s queue item as it stands now, with the queue's count out of band.

    Another editor may have published or rejected it meanwhile: then it has left the queue page the request was
    sent from, and shows what it is now without controls, as after a decision taken from the queue.
    """
    _url, form = queue_sent_from(request)
    done = not (form or QueueFilterForm({})).filter(Event.objects.filter(pk=event.pk)).exists()
    context = {"event": event, "suggestions": suggest_duplicates(event, limit=3),
               "rejected_before": rejected_look_alikes(event), "queue_url": queue_url, "done": done, **extra}
    return with_queue_summary(request, render(request, "review/review_queue.html#queue-item", context))
