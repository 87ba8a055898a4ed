"""Adding a document from the browser (pasted or uploaded, checked as the ingest command checks files), and what
an editor can do with an upload whose extraction failed or stalled: try again, or delete it."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from timeline import services
from timeline.forms import DocumentUploadForm
from timeline.models import Document, Extraction
from timeline.permissions import editor_required
from timeline.views.review import queue_url_for
from timeline.views.site import post_only

# What the message an upload or retry lands on says of its extraction. Nothing while it is under way: the queue's
# notices say so, and are refreshed until it is done, when a message still saying "being extracted" would be untrue.
_STATE_TEXT = {
    Extraction.PENDING: "",
    Extraction.DONE: " Its events are proposed below for your review.",
    Extraction.FAILED: " Its extraction failed: see below.",
}


@editor_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # checked by _add_document, once the body is read: CsrfViewMiddleware's own read would end in a bare 400
def document_new(request):
    try:
        request.POST
    except RequestDataTooBig:
        # A paste over DATA_UPLOAD_MAX_MEMORY_SIZE (five times the document limit): Django stops reading the body, so
        # neither the text nor the other fields can be kept. The page says so rather than Django's bare 400; it only
        # shows the empty form, which needs no CSRF check.
        request._mark_post_parse_error()  # as Django's own handler does, lest a later read raise again
        # (a body sent in chunks has no length announced: then only the limit is named)
        sent = request.META.get("CONTENT_LENGTH", "")
        sent = f"the form sent {int(sent):,} bytes, and " if sent.isdigit() else ""
        refused = (f"The pasted text was too large to keep: {sent}a document may hold at most "
                   f"{settings.DOCUMENT_MAX_BYTES:,} bytes. A paste that large "
                   "is refused before it is read, so nothing was stored and the fields below are empty: fill them in "
                   "again with a shorter text, or split it into several documents.")
        return render(request, "editing/document_new.html", {"form": DocumentUploadForm(), "refused": refused},
                      status=422)
    return _add_document(request)


@csrf_protect
def _add_document(request):
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        replacing = form.failed_copy
        document = services.add_document(data=form.document_input, user=request.user, replacing=replacing)
        document.refresh_from_db(fields=["extraction"])  # the task may have run already (the immediate backend)
        where = " in place of the earlier copy whose extraction failed" if replacing else ""
        text = f"Stored “{document.title}”{where}.{_STATE_TEXT[document.extraction]}"
        (messages.warning if document.extraction == Extraction.FAILED else messages.success)(request, text)
        return redirect(queue_url_for(document))
    status = 422 if request.method == "POST" else 200
    return render(request, "editing/document_new.html", {"form": form}, status=status)


@editor_required
@post_only("timeline:document_detail", "pk")
def document_retry(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    if services.retry_extraction(document=document):
        document.refresh_from_db(fields=["extraction"])
        messages.success(request, f"Started extracting “{document.title}” again.{_STATE_TEXT[document.extraction]}")
    else:
        # Someone else pressed it first, or it never failed or stalled: the queue shows where it stands.
        messages.info(request, f"“{document.title}” is not waiting for another try; nothing was changed.")
    return redirect(queue_url_for(document))


@editor_required
@post_only("timeline:document_detail", "pk")
def document_delete(request, pk: int):
    # Only a failed or stalled upload: it has no events, so deleting it loses nothing an editor reviewed. (A
    # stalled one's task, should it run after all, finds no document and does nothing: timeline.tasks.) Nor
    # anyone's notes: an upload not extracted takes no highlights (Document.takes_highlights), but one holding some
    # (made before that rule) is kept, as deleting it would delete them, some perhaps private to their authors.
    with transaction.atomic():
        # Checked and deleted under the row's lock, which the task's ingest_document also takes to store the events:
        # a task that stored them since the page was loaded (or is storing them now, waited for) has left the upload
        # no longer failed or stalled, and it is kept rather than deleted from under its new events' sources.
        document = get_object_or_404(Document.objects.select_for_update(), pk=pk)
        stuck = Document.objects.needing_an_editor().filter(pk=pk).exists()
        notes = document.highlights.count() if stuck else 0
        if stuck and not notes:
            document.delete()
    if notes:
        messages.warning(
            request,
            f"“{document.title}” was not deleted: {notes} note{pluralize(notes)} highlighted in it would be lost "
            f"with it. Try its extraction again instead, or ask the notes' authors to delete them first. Nothing "
            f"was changed.",
        )
        return redirect(queue_url_for(document))
    if not stuck:
        messages.warning(
            request,
            f"“{document.title}” was not deleted: its extraction is not failed or stuck any more (it is now "
            f"{document.get_extraction_display()}). Nothing was changed.",
        )
        return redirect(queue_url_for(document))
    what = "failed" if document.extraction == Extraction.FAILED else "seemed stuck"
    messages.success(request, f"Deleted the upload “{document.title}”, whose extraction {what}.")
    return redirect("timeline:review_queue")
