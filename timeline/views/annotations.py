"""Notes on events (with replies) and highlights on documents, by editors and teachers."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from timeline.forms import HighlightForm, NoteForm
from timeline.models import Annotation, Document, Event
from timeline.note_conflicts import loaded_state, saved_elsewhere
from timeline.permissions import annotator_required, is_editor
from timeline.querystring import with_query
from timeline.references import note_links_for
from timeline.views.browse import document_reader_query
from timeline.views.editing import page_or_404, partial_for, posted_id, safe_next
from timeline.views.site import event_page, post_only

MY_NOTES_PAGE_SIZE = 25


def _back(request, default: str):
    return redirect(_page_that_exists(request, safe_next(request, request.POST.get("next", ""))) or default)


def _my_notes(user):
    return Annotation.objects.written_by(user).needing_review_first()


def _page_that_exists(request, next_url: str) -> str:
    """``next_url``, or, if it is My notes at a page past its end (a delete emptied the last page), its last page.

    Only where a write sends the user back: typed by hand, a page past the end stays "not found" (``my_notes``).
    """
    parts = urlsplit(next_url)
    if parts.path != reverse("timeline:my_notes"):
        return next_url
    query = QueryDict(parts.query, mutable=True)
    try:
        page = int(query.get("page", "1"))
    except ValueError:
        return next_url
    last = Paginator(_my_notes(request.user), MY_NOTES_PAGE_SIZE).num_pages
    if page <= last:
        return next_url
    query["page"] = str(last)
    return parts._replace(query=query.urlencode()).geturl()


def _own_note(request, pk: int, removing: bool = False) -> Annotation:
    """Notes are edited and deleted by their author only (a highlight needing review may also be removed by an editor).

    Removed, not edited: an editor rewording another's note, or widening who can see it, would speak in their name.
    """
    note = get_object_or_404(Annotation.objects.visible_to(request.user), pk=pk)
    editor_removing = removing and note.needs_review and is_editor(request.user)
    if note.author_id != request.user.pk and not editor_removing:
        raise PermissionDenied("Only the person who wrote this note can change or delete it.")
    return note


def _target(note: Annotation) -> str:
    # A highlight goes back to its document: the event page of its event exists only once that is published.
    if note.document_id:
        return note.document.get_absolute_url() + f"#note-{note.pk}"
    return note.event.get_absolute_url() + f"#note-{note.pk}"


def _at_note(next_url: str, note: Annotation) -> str:
    """The page the user came from (a safe ``next``: My notes at its page, an event page with its list), at the note;
    without one, the note's own event or document."""
    return f"{next_url.split('#')[0]}#note-{note.pk}" if next_url else _target(note)


@annotator_required
@post_only(event_page, "pk")
def note_create(request, pk: int):
    """A note on an event, or a reply to a note (``parent``), which takes the thread's event."""
    event = get_object_or_404(Event, pk=pk)
    parent = None
    if request.POST.get("parent"):
        parent = get_object_or_404(
            Annotation.objects.visible_to(request.user), pk=posted_id(request, "parent") or 0, event=event
        )
    next_url = safe_next(request, request.POST.get("next", ""))
    form = NoteForm(request.POST)
    if not form.is_valid():
        # Shown again with the page it was written on, so that, once fixed, it still goes back there.
        context = {"form": form, "event": event, "parent": parent, "next": next_url,
                   "back": next_url or event.get_absolute_url()}
        return render(request, "annotations/note_form.html", context, status=422)
    note = form.save(commit=False)
    note.author, note.event, note.parent = request.user, event, parent
    note.save()
    messages.success(request, "Note added.")
    # Back to the page the note was written on (an event page keeps the list it was opened from), at the new note.
    return redirect(_at_note(next_url, note))


@annotator_required
@require_http_methods(["GET", "POST"])
def note_edit(request, pk: int):
    """Saving (or cancelling) goes back where the Edit link was: My notes at the same page, an event or document."""
    if request.method == "POST" and "loaded" in request.POST and not Annotation.objects.filter(pk=pk).exists():
        return _note_gone(request)
    note = _own_note(request, pk)
    next_url = safe_next(request, request.POST.get("next") or request.GET.get("next") or "")
    form = NoteForm(request.POST or None, instance=note)
    conflict = []
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Saved in another window since this form was loaded: saving it would overwrite that save.
            conflict = saved_elsewhere(note.pk, loaded=request.POST.get("loaded", ""), cleaned=form.cleaned_data)
            if not conflict:
                form.save()
        if not conflict:
            messages.success(request, "Note saved.")
            # My notes may have lost a page meanwhile (a note deleted in another tab).
            return redirect(_at_note(_page_that_exists(request, next_url), note))
    status = 409 if conflict else 422 if request.method == "POST" else 200
    # A form refused for its own errors still holds what it was loaded from; after a conflict, the note as saved now
    # (read again: validating wrote the typed values onto ``note``), so saving again is an informed choice.
    loaded = (request.POST.get("loaded", "") if request.method == "POST" and not conflict
              else loaded_state(Annotation.objects.get(pk=note.pk)))
    context = {"form": form, "note": note, "event": note.event, "next": next_url, "back": _at_note(next_url, note),
               "loaded": loaded, "conflict": conflict}
    return render(request, "annotations/note_form.html", context, status=status)


def _note_gone(request):
    """The answer to a save, from an edit form (it sends "loaded"), of a note deleted since it was loaded: in another
    window, or with the note it replied to. Nothing is saved; what was typed comes back in a form that adds it again
    as a new note on the same event (a reply to the same note, if that is still there). The edit form says which.

    A note with no event (a highlight on a document alone) cannot be added back here: its passage is chosen in the
    document reader, so the page shows the text and links there.
    """
    event = Event.objects.filter(pk=posted_id(request, "on_event") or 0).first()
    parent = (Annotation.objects.visible_to(request.user).filter(pk=posted_id(request, "parent") or 0, event=event)
              .first() if event else None)
    document = Document.objects.visible_to(request.user).filter(pk=posted_id(request, "on_document") or 0).first()
    next_url = safe_next(request, request.POST.get("next", ""))
    target = event.get_absolute_url() if event else document.get_absolute_url() if document else ""
    context = {"form": NoteForm(request.POST), "event": event, "parent": parent, "gone": True, "next": next_url,
               "document": document, "back": next_url or target}
    response = render(request, "annotations/note_form.html", context, status=409)
    # Posted by htmx, the page replaces the whole body: a fragment of the edit form would leave it saying "Edit".
    if request.htmx:
        response["HX-Retarget"], response["HX-Reswap"] = "body", "innerHTML"
    return response


@annotator_required
@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def note_delete(request, pk: int):
    """GET asks whether to delete the note (a page, or with htmx the note's actions); POST deletes it."""
    note = _own_note(request, pk, removing=True)
    if request.method == "GET":
        next_url = safe_next(request, request.GET.get("next", ""))
        # "Keep it" goes back to the note itself, on the page the editor came from.
        template = partial_for(request, "annotations/note_delete.html", "note-delete")
        context = {"note": note, "next": next_url, "keep": _at_note(next_url, note)}
        if "#" not in template:  # the page shows the note; the partial, only the question
            context["note_refs"] = note_links_for([note.body])
        return render(request, template, context)
    target = note.event.get_absolute_url() if note.event_id else note.document.get_absolute_url()
    note.delete()
    messages.success(request, "Note deleted.")
    return _back(request, target)


@annotator_required
@post_only("timeline:document_detail", "pk")
def highlight_create(request, pk: int):
    """A note on a passage selected in the document reader; linked to the event whose sentence contains it."""
    # Not on an upload a teacher cannot see (its text would answer whether a passage is in it).
    document = get_object_or_404(Document.objects.visible_to(request.user), pk=pk)
    form = HighlightForm(request.POST, document=document, prefix="highlight")
    # The reader's list the document page was opened with, in the form's action: read back as that page reads it
    # (a canonical timeline query, or a share whose link opens), so the way back to the document keeps it.
    reader_query = document_reader_query(request.GET)
    back = with_query(document.get_absolute_url(), reader_query)
    context = {"form": form, "document": document, "reader_query": reader_query, "back": back}
    if not document.takes_highlights:
        # An upload not extracted yet (only editors reach one): refused, the note shown back so it is not lost.
        context["refusal"] = (
            f"“{document.title}” cannot take highlights yet: {document.extraction_state.sentence}. "
            "Highlights can be added once its events are extracted (until then its text may still be replaced).")
        return render(request, "annotations/highlight_form.html", context, status=409)
    if not form.is_valid():
        return render(request, "annotations/highlight_form.html", context, status=422)
    data = form.cleaned_data
    source = (
        document.sources.filter(
            sentence_start__lte=data["position_start"], sentence_end__gte=data["position_end"], stale=False
        )
        .select_related("event")
        .first()
    )
    note = Annotation.objects.create(
        author=request.user,
        document=document,
        event=source.event if source else None,
        body=data["body"],
        visibility=data["visibility"],
        quote_exact=data["quote_exact"],
        quote_prefix=data["quote_prefix"],
        quote_suffix=data["quote_suffix"],
        position_start=data["position_start"],
        position_end=data["position_end"],
    )
    messages.success(
        request, "Highlight saved." + (f" It is shown with the event “{source.event.title}”." if source else "")
    )
    return redirect(f"{back}#note-{note.pk}")


# Any signed-in user, not only annotators: someone who was a teacher keeps their notes after the role is gone.
@login_required
@require_GET
def my_notes(request):
    """The signed-in user's own notes and highlights, of every visibility: those needing review first, then newest."""
    notes = (
        _my_notes(request.user)
        .select_related("event", "document")
        .defer("document__text")  # a whole article per note, and the page shows only its title
    )
    page = page_or_404(request, notes, MY_NOTES_PAGE_SIZE)
    # The page's notes come in that order, so each section is a run of them: the first page starts with the review.
    to_review = [note for note in page if note.to_review]
    others = [note for note in page if not note.to_review]
    context = {"page": page, "to_review": to_review, "others": others,
               "note_refs": note_links_for(note.body for note in page)}
    return render(request, "annotations/my_notes.html", context)
