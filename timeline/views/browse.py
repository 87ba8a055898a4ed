"""Public reading views: the timeline, an event, the documents and a document."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.vary import vary_on_headers

from timeline.models import Document, Event, Status

PAGE_SIZE = 50


@vary_on_headers("HX-Request")
def event_list(request):
    events = Event.objects.published().chronological().prefetch_related("actors", "sources__document")
    paginator = Paginator(events, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except Exception:
        raise Http404("No such page") from None
    return render(request, "timeline/event_list.html", {"page": page})


def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.prefetch_related("actors", "sources__document"), pk=pk, status=Status.PUBLISHED)
    return render(request, "timeline/event_detail.html", {"event": event})


def document_list(request):
    documents = Document.objects.with_event_counts()
    return render(request, "timeline/document_list.html", {"documents": documents})


def document_detail(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    sources = document.sources.filter(event__status=Status.PUBLISHED).select_related("event").order_by("sentence_start")
    return render(request, "timeline/document_detail.html", {"document": document, "sources": sources})
