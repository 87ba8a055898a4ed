"""Adding a document from the browser: pasted or uploaded, checked as the ingest command checks files."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from timeline import services
from timeline.forms import DocumentUploadForm
from timeline.permissions import editor_required
from timeline.views.review import queue_url_for


@editor_required
@require_http_methods(["GET", "POST"])
def document_new(request):
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        document = services.add_document(data=form.document_input, user=request.user)
        document.refresh_from_db(fields=["text_hash"])  # the task may have run already (the immediate backend)
        if document.text_hash == services.PENDING_EXTRACTION:
            text = "Its events are being extracted and will be proposed below for your review."
        else:
            text = "Its events are proposed below for your review."
        messages.success(request, f"Stored “{document.title}”. {text}")
        return redirect(queue_url_for(document))
    status = 422 if request.method == "POST" else 200
    return render(request, "editing/document_new.html", {"form": form}, status=status)
