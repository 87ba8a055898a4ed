"""Downloads of the timeline in other formats, for the current filters or for a shared timeline.

/export/<file> takes the same querystring as the timeline page; /s/<token>/export/<file> exports what the
shared timeline shows (a frozen one exactly as it was saved), with the teacher's class notes.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path

import yaml
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify

from timeline import shares
from timeline.exports import EventRecord, from_events
from timeline.exports import csv as csv_export
from timeline.exports import ics, timelinejs
from timeline.exports import json as json_export
from timeline.filters import EventFilterForm, apply_filters
from timeline.models import Event, SharedTimeline
from timeline.views.shares import get_share_by_token, gone_response

ERAS_FILE = Path(settings.BASE_DIR) / "seeds" / "eras.yaml"


def load_eras(path: Path = ERAS_FILE) -> list[timelinejs.Era]:
    """The era bands from seeds/eras.yaml (a list of {title, start, end}); none if the file is absent."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if isinstance(data, dict):
        data = data.get("eras", [])
    eras = []
    for entry in data:
        start, end = entry["start"], entry.get("end") or datetime.date.today()
        start = start if isinstance(start, datetime.date) else datetime.date.fromisoformat(str(start))
        end = end if isinstance(end, datetime.date) else datetime.date.fromisoformat(str(end))
        eras.append(timelinejs.Era(start, end, str(entry.get("title") or entry.get("name") or entry.get("label"))))
    return eras


# filename -> (content type, attachment?, writer(records, title, introduction, site_url))
Writer = Callable[[list[EventRecord], str, str, str], str | bytes]
FORMATS: dict[str, tuple[str, bool, Writer]] = {
    "events.csv": ("text/csv; charset=utf-8", True, lambda r, title, intro, site: csv_export.to_csv(r, site_url=site)),
    "events.ics": ("text/calendar; charset=utf-8", True, lambda r, title, intro, site: ics.to_ics(r, name=title, site_url=site)),
    "events.json": ("application/json", False, lambda r, title, intro, site: json_export.to_json(r, title=title, site_url=site)),
    "timelinejs.json": (
        "application/json",
        False,
        lambda r, title, intro, site: timelinejs.to_timelinejs(r, title=title, introduction=intro, eras=load_eras(), site_url=site),
    ),
}


def _respond(request: HttpRequest, filename: str, records: list[EventRecord], title: str, introduction: str = "") -> HttpResponse:
    if filename not in FORMATS:
        raise Http404("No such export format")
    content_type, attachment, write = FORMATS[filename]
    site_url = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(write(records, title, introduction, site_url), content_type=content_type)
    if attachment:
        response["Content-Disposition"] = f'attachment; filename="{slugify(title) or "timeline"}-{filename}"'
    return response


def export_events(request: HttpRequest, filename: str) -> HttpResponse:
    if filename not in FORMATS:
        raise Http404("No such export format")
    # Every matching event, not one page of them: the page number is ignored.
    events = apply_filters(EventFilterForm(request.GET), Event.objects.published()).prefetch_related(*shares.EVENT_RELATIONS)
    events = list(events)
    records = from_events(events, shares.combined_notes(None, [e.pk for e in events]))
    return _respond(request, filename, records, "Diplomacy timeline")


def share_export(request: HttpRequest, token: str, filename: str) -> HttpResponse:
    share: SharedTimeline = get_share_by_token(token)
    if gone := gone_response(request, share):
        return gone
    records = shares.share_view(share, request.GET).records
    notes = shares.combined_notes(share, [r.id for r in records if r.id])
    records = [replace(r, note=notes[r.id]) if r.id in notes else r for r in records]
    return _respond(request, filename, records, share.title, share.introduction)
