"""A teacher changes the filters of a share already saved, keeping its link, notes and choices.

The timeline itself, at /shared/<pk>/filters/?<filters>: its filter form, chart and links stay on that address (the
share being changed is in the path, the filters in the querystring, as everywhere), and a banner offers to save the
filters shown to the share, or to cancel. "Save as shared timeline" on the timeline still makes a new share.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.views.decorators.vary import vary_on_headers

from timeline import shares
from timeline.counting import filter_events
from timeline.models import Event, SharedTimeline
from timeline.permissions import sharer_required
from timeline.views.browse import timeline_page
from timeline.views.shares import form_records, get_share_for_user, hidden_notes


@vary_on_headers("HX-Request")
@sharer_required
def share_filters(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share_for_user(request, pk)
    base_url = reverse("timeline:share_filters", args=[share.pk])
    context = {"changing_share": share, "save_query": request.GET.urlencode()}
    if request.method != "POST":
        return timeline_page(request, base_url, context)
    # The filters read as saving a new share reads them (views.shares.share_new): canonical, published events.
    result = filter_events(request.GET, base=Event.objects.published())
    # A value the filters could not use (a date not understood, an actor unknown) is dropped from the query with a
    # notice; saving without it would quietly widen the class's share, so nothing is saved.
    if refused := result.form.unreadable:
        return timeline_page(request, base_url, context | {"refused": refused}, status=422)
    query = result.query
    if too_long := shares.filters_too_long(query):
        return timeline_page(request, base_url, context | {"refused": [f"they are {too_long}"]}, status=422)
    if query == share.query:
        messages.info(request, "The filters are the ones already saved: nothing changed.")
        return redirect("timeline:share_edit", pk=share.pk)
    before = shares.describe_query_string(share.query)
    shares.change_filters(share=share, query=query)
    messages.success(request, _what_changed(share, before))
    return redirect("timeline:share_edit", pk=share.pk)


def _what_changed(share: SharedTimeline, before: str) -> str:
    """The filters before and after in words, what a frozen share now holds, and the notes the filters leave out."""
    said = (f"Filters changed: “{share.title}” now holds {shares.describe_query_string(share.query)} "
            f"(before: {before}). Its link, class notes and left-out events are kept.")
    records, _ = form_records(share)
    if share.mode == SharedTimeline.Mode.FROZEN:
        shown = len(shares.frozen_snapshots(item for item in share.items.all() if not item.excluded))
        said += f" A fresh copy of its {shown} event{pluralize(shown)} was taken."
    if hidden := len(hidden_notes(share, {r.id for r in records})):
        said += (f" {hidden} class note{pluralize(hidden, ' is on an event,s are on events')} these filters leave "
                 "out: kept, and listed below.")
    return said
