"""Downloads of the timeline in other formats, for the current filters or for a shared timeline.

/export/<file> takes the same querystring as the timeline page; /s/<token>/export/<file> exports what the
shared timeline shows (a frozen one exactly as it was saved), with the teacher's class notes.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify

from timeline import shares
from timeline.charts import load_eras
from timeline.exports import EventRecord, from_events
from timeline.exports import csv as csv_export
from timeline.exports import ics, timelinejs
from timeline.exports import json as json_export
from timeline.filters import EventFilterForm, apply_filters
from timeline.models import Event, SharedTimeline
from timeline.text_search import search_terms
from timeline.views.shares import get_share_by_token, gone_response

def timelinejs_eras() -> list[timelinejs.Era]:
    """The chart's era bands (seeds/eras.yaml) for TimelineJS; an era still running ends today."""
    today = datetime.date.today()
    return [timelinejs.Era(era.start, era.end or today, era.title) for era in load_eras()]


# Excel on Windows reads a CSV file without this mark in the local code page, and a teacher opening the download saw
# “good memories” as â€œgood memoriesâ€. Other spreadsheets skip it, and our import reads it (utf-8-sig).
BYTE_ORDER_MARK = "\ufeff"

# filename -> (content type, attachment?, writer(records, title, introduction, site_url))
Writer = Callable[[list[EventRecord], str, str, str], str | bytes]
FORMATS: dict[str, tuple[str, bool, Writer]] = {
    "events.csv": (
        "text/csv; charset=utf-8",
        True,
        lambda r, title, intro, site: BYTE_ORDER_MARK + csv_export.to_csv(r, site_url=site),
    ),
    "events.ics": ("text/calendar; charset=utf-8", True, lambda r, title, intro, site: ics.to_ics(r, name=title, site_url=site)),
    "events.json": ("application/json", False, lambda r, title, intro, site: json_export.to_json(r, title=title, site_url=site)),
    "timelinejs.json": (
        "application/json",
        False,
        lambda r, title, intro, site: timelinejs.to_timelinejs(r, title=title, introduction=intro, eras=timelinejs_eras(), site_url=site),
    ),
}


# A share's title may run to 200 characters: its whole slug made a name of 215 that file managers and e-mail
# attachments cut or refuse. Sixty keeps the words a teacher would recognise. Of those, the filters' words take
# at most FILTERS_STEM_MAX: they tell apart two downloads of one timeline, so a long title gives way to them.
FILE_STEM_MAX = 60
FILTERS_STEM_MAX = 40


def _cut(slug: str, limit: int) -> str:
    """``slug`` cut to ``limit`` at the last whole word."""
    if len(slug) <= limit:
        return slug
    # One character more, so a word ending exactly at the limit is kept; a single word longer than the limit
    # has no boundary to cut at and is cut where it reaches it.
    head = slug[: limit + 1]
    return head.rsplit("-", 1)[0] if "-" in head else slug[:limit]


def filters_words(f: dict) -> str:
    """The filters that choose which events a file holds, in words for its name: "hanoi 2019 kim-jong-un".

    The order, "show plans" and the date's precision are left out: they do not change what the events are about.
    """
    words = [" ".join(" ".join(term) for term in search_terms(f["q"]))]
    start, end = (f[name].canonical if f[name] else "" for name in ("from", "to"))
    if start and end:
        words.append(start if start == end else f"{start} to {end}")
    elif start or end:
        words.append(f"from {start}" if start else f"to {end}")
    words += [actor.slug for actor in f["actor"]]
    words += list(f["category"])
    words += [f"document {document.pk}" for document in f["document"]]
    return " ".join(word for word in words if word)


def _slug(text: str) -> str:
    # slugify drops what is not a letter, digit, space or hyphen: a dash or slash between words ("Trump–Kim",
    # "2018–2019", "US/DPRK") glued them ("trumpkim"). An apostrophe still joins ("Kim's" is "kims").
    return slugify(re.sub(r"[\u2010-\u2015\u2212/]", " ", text))


def file_stem(title: str, filters: str = "") -> str:
    """The start of a download's file name: the title's slug, then the filters' (see filters_words), in at most
    FILE_STEM_MAX characters cut at whole words."""
    described = _cut(_slug(filters), FILTERS_STEM_MAX)
    room = FILE_STEM_MAX - len(described) - 1 if described else FILE_STEM_MAX
    slug = "-".join(part for part in (_cut(_slug(title), room), described) if part)
    return slug or "timeline"


def _respond(request: HttpRequest, filename: str, records: list[EventRecord], title: str, introduction: str = "",
             *, filters: str = "") -> HttpResponse:
    if filename not in FORMATS:
        raise Http404(f"There is no download called “{filename[:40]}”: there are {', '.join(FORMATS)}.")
    content_type, attachment, write = FORMATS[filename]
    site_url = request.build_absolute_uri("/").rstrip("/")
    response = HttpResponse(write(records, title, introduction, site_url), content_type=content_type)
    # The JSON files open in the browser (TimelineJS and scripts read them by URL); named all the same, so that
    # one saved from there is called as the downloaded ones are.
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{file_stem(title, filters)}-{filename}"'
    return response


def _refused_filters(form: EventFilterForm) -> HttpResponse | None:
    """A download asked for with a filter that cannot be read is refused, naming it: the page would show the
    notice and ignore the value, but a file has nowhere to say so, and would hold more than was asked for."""
    form.filters  # noqa: B018 (reading the filters validates them and writes the notices)
    if not form.unreadable:
        return None
    problems = "\n".join(f"- {problem}" for problem in form.unreadable)
    return HttpResponse(f"This download was not made: a filter in its address cannot be read.\n{problems}\n"
                        "Correct the address, or download from the timeline page, whose links are always valid.\n",
                        status=400, content_type="text/plain; charset=utf-8")


def export_events(request: HttpRequest, filename: str) -> HttpResponse:
    if filename not in FORMATS:
        raise Http404(f"There is no download called “{filename[:40]}”: there are {', '.join(FORMATS)}.")
    form = EventFilterForm(request.GET)
    if refused := _refused_filters(form):
        return refused
    # Every matching event, not one page of them: the page number is ignored.
    events = apply_filters(form, Event.objects.published()).prefetch_related(*shares.EVENT_RELATIONS)
    events = list(events)
    records = from_events(events, shares.combined_notes(None, [e.pk for e in events]))
    return _respond(request, filename, records, "Diplomacy timeline", filters=filters_words(form.filters))


def share_export(request: HttpRequest, token: str, filename: str) -> HttpResponse:
    share: SharedTimeline = get_share_by_token(token)
    if gone := gone_response(request, share):
        return gone
    form = EventFilterForm(request.GET)
    if refused := _refused_filters(form):
        return refused
    records = shares.share_view(share, request.GET).records
    notes = shares.combined_notes(share, [r.id for r in records if r.id])
    records = [replace(r, note=notes[r.id]) if r.id in notes else r for r in records]
    # The reader's own filters within the share (the teacher's are the share's title's affair).
    return _respond(request, filename, records, share.title, share.introduction, filters=filters_words(form.filters))
