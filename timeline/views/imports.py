"""Editors import events from a CSV or TimelineJS JSON file; they arrive as proposals in the review queue."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from timeline.imports import NOT_TEXT, TAKES, import_file
from timeline.permissions import editor_required


class ImportForm(forms.Form):
    file = forms.FileField(
        label="CSV or TimelineJS JSON file",
        help_text="CSV in the columns of our CSV export, or a TimelineJS3 JSON file.",
        error_messages={"required": "Choose a CSV or TimelineJS JSON file to import."},
        # Only what the file picker offers first: a CSV saved under another name still imports.
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.json"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if (suffix := PurePath(upload.name).suffix.lower()) in NOT_TEXT:
            raise forms.ValidationError(f"a {suffix} file cannot be imported; choose {TAKES}.")
        if upload.size > settings.DOCUMENT_MAX_BYTES:
            raise forms.ValidationError(f"The file is larger than {settings.DOCUMENT_MAX_BYTES:,} bytes.")
        return upload


@editor_required
def import_events(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = import_file(upload.name, upload.read(), user=request.user)
        if not result.errors:
            count = len(result.events)
            text = f"Imported {count} event{'s' if count != 1 else ''} as proposals for review."
            if result.already_here:
                skipped = len(result.already_here)
                text += (f" {skipped} event{'s were' if skipped != 1 else ' was'} already on the site and "
                         f"{'were' if skipped != 1 else 'was'} not imported again.")
            if result.new_actors:
                text += f" New actors (check their kind): {', '.join(result.new_actors)}."
            messages.success(request, text)
            # The count in the querystring lets the page after the redirect link to where the events now wait.
            return redirect(f"{reverse('timeline:import_events')}?imported={count}")
        errors = result.errors
    elif request.method == "POST":
        # A file refused before it is read (empty, too large, none chosen) is told as a file refused for its rows
        # is: in the box read out above the form, with the same status, not only beside the field as if all was well.
        upload = request.FILES.get("file")
        errors = [f"{upload.name}: {error}" if upload else error for error in form.errors["file"]]
    status = 400 if errors else 200
    imported = request.GET.get("imported", "")
    context = {
        "form": form,
        "errors": errors,
        "imported": int(imported) if imported.isdigit() and request.method == "GET" else 0,
        # Imported events are the queue's newest proposals.
        "queue_url": f"{reverse('timeline:review_queue')}?sort=newest",
    }
    return render(request, "imports/import_form.html", context, status=status)
