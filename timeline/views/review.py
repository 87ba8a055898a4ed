"""The editors' review queue: extracted events arrive as proposed; editors publish, reject or correct them."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from timeline import services
from timeline.duplicates import rejected_look_alikes, suggest_duplicates
from timeline.forms import QueueFilterForm
from timeline.models import Annotation, Document, Event, ExtractionState, Status
from timeline.permissions import editor_required
from timeline.querystring import with_query
from timeline.references import note_links_for
from timeline.views.browse import to_canonical_url
from timeline.views.editing import page_or_404, partial_for, queue_item, safe_next, with_queue_summary
from timeline.views.site import post_only

PAGE_SIZE = 25


def _back_to_queue(request):
    """Where a write from the queue returns to: the queue with the filters it was sent from."""
    url = safe_next(request, request.POST.get("next", ""))
    return redirect(on_a_page_left(url) if url else "timeline:review_queue")


def on_a_page_left(url: str) -> str:
    """``url``, or, if it is the queue at a page past its end (the decisions emptied its last page), its last page
    left (the first, of a queue left empty), as annotations._page_that_exists does for My notes.

    Only where a write sends the editor back: typed by hand, a page past the end stays "not found" (page_or_404).
    """
    parts = urlsplit(url)
    if parts.path != reverse("timeline:review_queue"):
        return url
    query = QueryDict(parts.query)
    form = QueueFilterForm(query)
    # Django's get_page takes a number past the end to the last page (the first, of an empty queue).
    page = Paginator(form.filter(Event.objects.all()), PAGE_SIZE).get_page(query.get("page"))
    return url if str(page.number) == query.get("page", "1") else _queue_url(form, page.number)


@editor_required
@require_GET
@vary_on_headers("HX-Request")
def review_queue(request):
    form = QueueFilterForm(request.GET)
    events = form.filter(Event.objects.prefetch_related("actors", "sources__document"))
    page = page_or_404(request, events, PAGE_SIZE)
    # The filter bar submitted without JavaScript sends every field: the address bar shows the canonical address
    # instead (a value not used among it, with its notice), as the timeline's does. htmx's is pushed further down.
    if moved := to_canonical_url(request, reverse("timeline:review_queue"), form.canonical_query(page.number)):
        return moved
    items = [(event, suggest_duplicates(event, limit=3), rejected_look_alikes(event)) for event in page]
    document = form.cleaned_data.get("document") if form.is_valid() else None
    # Read once: a pending upload turns stuck as time passes, and the region, the notices and the empty line must
    # all say the same of it.
    state = document.extraction_state if document is not None else None
    pending = state == ExtractionState.PENDING
    # The "still being extracted" notice refreshes the queue until it is done; that last refresh says it is done.
    # A failure replaces it with a notice that does not refresh: nothing more will happen until an editor acts. So
    # does an upload pending too long (ExtractionState.STUCK): its task seems lost, and polling for ever helps no one.
    finished = state == ExtractionState.DONE and request.htmx and request.htmx.trigger == "extraction-pending"
    joined = list(document.events_also_reported_elsewhere()) if state == ExtractionState.DONE else []
    # A rejected one is not on the timeline: the document was added to it so that it stays rejected (an edited copy
    # of a document must not bring back what an editor rejected), and the queue says so apart from the others.
    rejected = [event for event in joined if event.status == Status.REJECTED]
    joined = [event for event in joined if event.status != Status.REJECTED]
    # The whole queue names every failed or stalled upload, so one is not forgotten once its editor has left its page.
    failed = list(Document.objects.needing_an_editor()) if document is None else (
        [document] if state.needs_an_editor else [])
    template = partial_for(request, "review/review_queue.html", "review-queue")
    # The queue's address, and every link it renders back to it, in one canonical form: the plain form (and htmx's
    # serialisation of it) sends every field, empty or at its default, which is not what an editor should copy.
    queue_url = _queue_url(form, page.number)
    context = {"form": form, "page": page, "items": items, "document": document, "state": state, "pending": pending,
               "finished": finished, "joined": joined, "rejected": rejected, "failed": failed, "count": page.paginator.count,
               "queue_url": queue_url,
               "previous_url": _queue_url(form, page.number - 1) if page.has_previous() else "",
               "next_url": _queue_url(form, page.number + 1) if page.has_next() else "",
               # a partial also rewrites the page's live region (#queue-status), which it does not replace
               "status_oob": template != "review/review_queue.html",
               # The bulk form sent in place lands here by its redirect: what it did is said in that live region, as
               # a full page says it above everything (base.html's messages).
               "results": list(messages.get_messages(request)) if _bulk_form_came_back(request) else []}
    response = render(request, template, context)
    if request.htmx and request.htmx.trigger == "queue-filters":
        # The filter bar's change (hx-push-url): the canonical address rather than the form's every field. Not the
        # "still being extracted" notice's refresh, which must add no history entry.
        response["HX-Push-Url"] = queue_url
    elif _bulk_form_came_back(request):
        # The bulk form's way back may have moved to the last page left (on_a_page_left): the address bar follows,
        # in place of the page gone, which a reload would find "not found".
        response["HX-Replace-Url"] = queue_url
    return response


def _bulk_form_came_back(request) -> bool:
    # A browser following a redirect keeps the htmx request's headers, the element that sent it among them.
    return bool(request.htmx) and not request.htmx.history_restore_request and request.htmx.trigger == "bulk-form"


def _queue_url(form: QueueFilterForm, page: int) -> str:
    query = form.canonical_query(page)
    return with_query(reverse("timeline:review_queue"), query)


@editor_required
@require_GET
@vary_on_headers("HX-Request")
def review_item(request, pk: int):
    """One event's queue item as it stands now, for the Cancel of its in-place form (static/js/editor.js).

    What the item showed when the form opened may be out of date: another editor may have saved the event meanwhile,
    published or rejected it, or merged it into another one. The queue's count comes along, out of band.
    """
    event = Event.objects.prefetch_related("actors", "sources__document").filter(pk=pk).first()
    if event is None:
        return _merged_item(request, pk)
    queue_url = safe_next(request, request.GET.get("next", "")) or reverse("timeline:review_queue")
    if not request.htmx:
        # Only the queue asks for an item on its own; opened directly, the address leads to the event's form.
        return redirect(with_query(reverse("timeline:event_edit", args=[pk]), urlencode({"next": queue_url})))
    return queue_item(request, event, queue_url)


def _merged_item(request, pk: int):
    """The queue item of an event merged away: where it went, as a merge from the queue itself says.

    Putting back the item as it was would offer to publish or edit an event that is gone. An event that never
    existed, or went without being merged (its document's text removed it), is not found. The queue's count, which
    still counted the gone event, comes along as after a merge from the queue.
    """
    keep = Event.objects.holding_sources_of(pk)
    removal = Event.history.filter(id=pk, history_type="-").first()
    if not request.htmx or keep is None or removal is None:
        raise Http404(f"There is no event number {pk}.")
    response = render(request, "review/review_queue.html#queue-merged", {"event": removal.instance, "keep": keep})
    return with_queue_summary(request, response)


def _set_status(request, pk: int, status: str):
    event = get_object_or_404(Event, pk=pk)
    [event] = services.set_event_status(event_ids=[event.pk], status=status, user=request.user)
    if request.htmx:
        context = {"event": event, "done": True, "queue_url": safe_next(request, request.POST.get("next", ""))}
        return with_queue_summary(request, render(request, "review/review_queue.html#queue-item", context))
    # Without JavaScript the event just leaves the queue page: say what became of it.
    messages.success(request, f"{event.get_status_display().capitalize()} “{event.title}”.")
    return _back_to_queue(request)


@editor_required
@post_only("timeline:review_queue")
def review_publish(request, pk: int):
    return _set_status(request, pk, Status.PUBLISHED)


@editor_required
@post_only("timeline:review_queue")
def review_reject(request, pk: int):
    return _set_status(request, pk, Status.REJECTED)


@editor_required
@post_only("timeline:review_queue")
def review_bulk(request):
    actions = {"publish": Status.PUBLISHED, "reject": Status.REJECTED}
    status = actions.get(request.POST.get("action", ""))
    try:
        ids = sorted({int(pk) for pk in request.POST.getlist("events")})
    except ValueError:
        return HttpResponseBadRequest("Event ids must be numbers.")
    if status is None:
        return HttpResponseBadRequest("Choose publish or reject.")
    if not ids:
        # The editor pressed "Publish selected" with nothing ticked: back to the queue as it was, saying so, rather
        # than a bare error page that loses their place
        messages.warning(request, f"Tick the events to {request.POST['action']} first; nothing was changed.")
        return _back_to_queue(request)
    found = list(Event.objects.filter(pk__in=ids).values_list("pk", flat=True))
    services.set_event_status(event_ids=found, status=status, user=request.user)
    messages.success(request, f"{Status(status).label.capitalize()} {len(found)} event{'s' if len(found) != 1 else ''}.")
    return _back_to_queue(request)


@editor_required
@require_GET
def highlights_to_review(request):
    # Only the notes this editor may read: another's "only me" highlight is for its author to re-anchor or remove
    # (they see it flagged in the document reader), not for every editor to read.
    highlights = list(
        Annotation.objects.visible_to(request.user).needing_review().select_related("document", "author", "event")
    )
    context = {"highlights": highlights, "note_refs": note_links_for(note.body for note in highlights)}
    return render(request, "review/highlights_to_review.html", context)


def queue_url_for(document: Document) -> str:
    return f"{reverse('timeline:review_queue')}?document={document.pk}"
