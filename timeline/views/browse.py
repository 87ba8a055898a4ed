"""Public reading views: the timeline, an event, the documents and a document."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.views.decorators.vary import vary_on_headers

from timeline import spelling, widening
from timeline.charts import load_eras
from timeline.counting import FilterResult, filter_events
from timeline.filters import EventFilterForm, apply_filters
from timeline.headings import group_events
from timeline.models import Actor, Document, Event, EventSource, SharedTimeline, Status
from timeline.page_titles import filters_title
from timeline.permissions import is_editor
from timeline.querystring import canonical_query, with_query
from timeline.shares import (
    by_token,
    by_token_showing,
    class_notes,
    describe_filters,
    document_in_share,
    readers_query,
    steps_around,
)

PAGE_SIZE = 50
# A reloaded "show more" URL re-renders at most this many pages, so a page's cost stays bounded.
MAX_PAGES_PER_VIEW = 10


def event_rows(events: QuerySet) -> QuerySet:
    """What each row of the list shows, fetched in three queries whatever the page holds."""
    sources = EventSource.objects.select_related("document").only(
        "event_id", "quote", "sentence_start", "date_start_offset", "date_end_offset", "stale",
        "document__id", "document__title", "document__published",
    ).order_by("pk")
    actors = Actor.objects.only("pk", "name", "slug")
    events = events.only("pk", "title", "date_start", "date_end", "precision", "date_mod", "category", "modality", "status")
    return events.prefetch_related(Prefetch("actors", queryset=actors), Prefetch("sources", queryset=sources))


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    if not raw.isdigit() or int(raw) < 1 or len(raw) > 6:
        raise Http404(f"“{raw[:20]}” is not a page number." if not raw.isdigit() else f"There is no page {raw[:20]} of this list.")
    return int(raw)


def _shown_from(request: HttpRequest, page: int) -> int:
    """The first page on the screen "Show more" was pressed on (its link says when it is not the first; see
    timeline_context), or 1 for a value that cannot be one: it only changes a count."""
    raw = request.GET.get("shown_from", "1")
    return int(raw) if raw.isdigit() and 1 <= int(raw) < page else 1


def _with_page(query: str, page: int) -> str:
    """A canonical filter querystring with a page number after it (none for the first page)."""
    return "&".join(part for part in (query, f"page={page}" if page > 1 else "") if part)


def timeline_context(result: FilterResult, page: int, base_url: str, *, first_page: int = 1,
                     shown_from: int | None = None) -> dict:
    """The context of the list, chart and facet partials; shares render the same partials with their own base_url.

    first_page: the first page rendered; shown_from: the first page on the reader's screen, which "Show more" appends
    to (by default first_page), so that "N of M shown" counts every event there, not only the page just added.
    """
    shown_from = shown_from or first_page
    pages = max(1, math.ceil(result.total / PAGE_SIZE))
    if page > pages:
        raise Http404(f"There is no page {page} of this list: it has {pages} page{pluralize(pages)}.")
    offset = (first_page - 1) * PAGE_SIZE
    # One row more than the page, in the same queries: the next page's first event, where "Show more" lands
    # without JavaScript (the reloaded page shows everything from the top, so the reader would scroll past it all).
    rows = list(event_rows(result.events)[offset : page * PAGE_SIZE + 1])
    events, following = rows[: page * PAGE_SIZE - offset], rows[page * PAGE_SIZE - offset :]
    previous = None
    if first_page > 1:
        previous = result.events.only("date_start", "precision")[offset - 1]
    return {
        "result": result,
        "groups": group_events(events, previous, load_eras()),
        "page": page,
        "first_page": first_page,
        "has_next": page < pages,
        "next_query": _with_page(result.query, page + 1),
        "next_anchor": f"event-{following[0].pk}" if following else "",
        "earlier_query": _with_page(result.query, first_page - 1),
        "base_url": base_url,
        "shown": min(result.total, page * PAGE_SIZE) - (shown_from - 1) * PAGE_SIZE,
        "shown_from": shown_from,
        # Each event's link carries the list's filters and page, so its page can lead back to this list.
        "list_query": _with_page(result.query, page),
        # Printed, the filter form is gone: the count says which filters chose the events (timeline/_result_count).
        "filters_words": describe_filters(result.filters) if result.is_filtered else "",
        # Nothing found: say which filters found nothing ("events from 2018 matching “zzz”").
        "empty_words": describe_filters(result.filters) if not result.total and result.is_filtered else "",
        "nothing_found": not result.total,
    }


def to_clean_url(request: HttpRequest, base_url: str, query: str, result: FilterResult) -> HttpResponse | None:
    """A redirect to ``base_url?query`` (the page's canonical querystring) when a plain GET asked for the same view
    in other words: the filter form submitted without JavaScript sends every field, empty or at its default
    (``?q=summit&from=&to=&sort=oldest&precision=``), and that is the address a student would copy or bookmark.

    None (render the page as asked) for htmx requests, whose response already names the canonical URL in
    HX-Push-Url or HX-Replace-Url, for a querystring already canonical (in any order), and for one whose page
    shows notices the canonical one would not: a value that is not understood (a date, an actor) is dropped
    from the canonical query, and so would be its notice, and a reader who typed "from=last tuesday" would be
    left wondering why the list ignores it; nor would anyone be told two dates were swapped. Such a URL stays as
    typed, with its notice. A notice the canonical URL shows too (a search of only punctuation, words past the
    limit) does not stop the redirect. The URL's fragment (#event-12) is kept by the browser across a redirect.
    """
    if request.htmx or _notices_lost(query, result):
        return None
    return to_canonical_url(request, base_url, query)


def to_canonical_url(request: HttpRequest, base_url: str, query: str) -> HttpResponse | None:
    """A redirect to ``base_url?query`` when a plain GET or HEAD asked for it in other words; None for an htmx request
    (its response names the canonical URL in a header), another method, or a querystring already canonical in any
    order. Keeping a notice the canonical query would drop is the caller's concern (to_clean_url's, for the
    timeline); the review queue's canonical query keeps a value not used as typed, so it needs no such check."""
    if request.htmx or request.method not in ("GET", "HEAD"):
        return None
    asked = sorted((name, value) for name, values in request.GET.lists() for value in values)
    if asked == sorted(parse_qsl(query)):
        return None
    return redirect(with_query(base_url, query))


def _notices_lost(query: str, result: FilterResult) -> bool:
    """Whether the canonical ``query`` would not show the notices this request's page shows (a value not understood
    is dropped from it, and so would be its notice)."""
    if not result.notices:
        return False
    clean = EventFilterForm(QueryDict(query), default_sort=result.form.default_sort)
    clean.filters  # reading the filters fills the notices
    return clean.notices != result.notices


def url_for_htmx(request: HttpRequest, base_url: str, query: str, result: FilterResult) -> str:
    """The address an htmx filter change puts in the location bar (HX-Push-Url or HX-Replace-Url): the canonical one,
    unless that would drop a notice, as to_clean_url keeps such a URL as typed: a reload, a bookmark or the Back
    button shows the same page, notice and all, as the plain form's submission of the same values does."""
    if _notices_lost(query, result):
        return request.get_full_path()
    return with_query(base_url, query)


def history_header(request: HttpRequest) -> str:
    """Which header puts an htmx filter change's address in the location bar: typing (each pause in it a request)
    and "show more" replace the history entry, so Back leaves the search rather than stepping through its letters;
    any other change (a box ticked, an order chosen) adds one, so Back undoes it. The shared timeline's page too."""
    replaced = request.htmx.trigger_name == "q" or request.htmx.target == "show-more"
    return "HX-Replace-Url" if replaced else "HX-Push-Url"


@vary_on_headers("HX-Request")
def event_list(request: HttpRequest) -> HttpResponse:
    return timeline_page(request, reverse("timeline:event_list"))


def timeline_page(request: HttpRequest, base_url: str, extra: dict | None = None, status: int = 200) -> HttpResponse:
    """The timeline, its partials and its clean-URL rules, at ``base_url``: the timeline's own address, or a share's
    "change filters" address, whose filter form, chart and links must all stay on it. ``extra``: more context."""
    result = filter_events(request.GET)
    page = _page_number(request)
    # (after the counting, which a redirected request does for nothing: one plain form submission, rarely repeated)
    if moved := to_clean_url(request, base_url, _with_page(result.query, page), result):
        return moved
    partial = request.htmx and not request.htmx.history_restore_request
    target = request.htmx.target if partial else None
    if target == "show-more":
        # "Show more" appends exactly one page after the ones on screen, which began at shown_from.
        context = timeline_context(result, page, base_url, first_page=page, shown_from=_shown_from(request, page))
        template = "timeline/event_list.html#show-more"
    elif partial:
        # A new filter starts again at the first page; typing swaps only the results, the rest swaps form and list.
        page = 1
        swapped = "results" if target == "results" else "browse"
        context = timeline_context(result, page, base_url) | {"oob": swapped}
        template = f"timeline/event_list.html#{swapped}"
    else:
        context = timeline_context(result, page, base_url, first_page=max(1, page - MAX_PAGES_PER_VIEW + 1))
        template = "timeline/event_list.html"
    context["title_words"] = filters_title(result.filters)
    # On paper, one line gives the list's whole address (print.css no longer prints each link's bare path).
    context["online_at"] = request.build_absolute_uri(with_query(base_url, result.query))
    if not result.total and not result.filters["plans"] and result.plans_count:
        # Nothing found, though announcements and plans (hidden by default) match: one link shows them.
        context["plans_query"] = canonical_query(result.filters, plans=True)
    if not result.total and (suggestion := spelling.for_result(result)):
        # A search that found nothing because of a misspelt word: the same filters with the closest words found.
        context["suggestion"] = suggestion
    if not result.total:
        # Several filters that together found nothing: what dropping each alone would list, the others kept.
        context["widenings"] = widening.for_result(result)
    response = render(request, template, context | (extra or {}), status=status)
    if partial:
        # The canonical URL, whatever the form sent: typing and "show more" replace the history entry, the rest add one.
        response[history_header(request)] = url_for_htmx(request, base_url, _with_page(result.query, page), result)
    return response


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    sources = Prefetch("sources", queryset=EventSource.objects.select_related("document").order_by("pk"))
    event = Event.objects.prefetch_related("actors", sources).filter(pk=pk, status=Status.PUBLISHED).first()
    if event is None:
        raise Http404(f"There is no published event number {pk}.")
    # The list the reader came from (its rows pass their filters and page on): "Timeline" leads back to it, rebuilt
    # from what the filter form understands, so nothing else in this URL reaches the link.
    form = EventFilterForm(request.GET)
    list_query = _list_query(form, request.GET)
    # Reached from a shared timeline's card (?share=<token>&<the pupil's filters on it>): a way back to it, while its
    # link opens, to the cards the pupil was reading.
    from_share = by_token_showing(request.GET.get("share", ""), event.pk)
    share_query = class_note = ""
    if from_share is not None:
        # The teacher's note on this event's card, which the pupil who followed the card's link should still read.
        class_note = class_notes(from_share).get(event.pk, "")
        # The filters narrow the share, not the timeline: "Timeline" leads to the whole timeline, as without them.
        list_query = ""
        # Step through those cards in the share's order, each step naming the share and the filters again, so a pupil
        # pages through what they were reading and "Back to" still returns there.
        steps = steps_around(from_share, event.pk, request.GET)
        previous, following, share_query = steps.previous, steps.following, steps.query
        reader_query = _share_query(from_share, share_query)
    else:
        # Step through the list the reader came from, one event at a time, as a slideshow of the timeline does.
        previous, following = apply_filters(form).around(event, newest_first=form.filters["sort"] == "newest")
        reader_query = list_query
    # reader_query, the list being read, goes with each step and to the documents (and from there back to events).
    context = {"event": event, "list_query": list_query, "previous": previous, "following": following,
               "reader_query": reader_query, "from_share": from_share, "share_query": share_query,
               "class_note": class_note}
    return render(request, "timeline/event_detail.html", context)


def _list_query(form: EventFilterForm, params: QueryDict) -> str:
    """The timeline list a reader came from, as its rows pass it on: its canonical filters and its page."""
    page = params.get("page", "")
    return _with_page(canonical_query(form.filters), int(page) if page.isdigit() and len(page) <= 6 else 1)


def _share_query(share: SharedTimeline, query: str) -> str:
    """A shared timeline as a pupil reads it: its token, then the pupil's canonical filters on it (``query``)."""
    return "&".join(filter(None, [urlencode({"share": share.token}), query]))


def document_reader_query(params: QueryDict) -> str:
    """The list a reader brought to a document from an event page, to carry back to the events it links to: a share
    whose link opens and the pupil's filters on it, or else the timeline's filters and page; canonical either way,
    and nothing else of ``params``. A share is not checked to hold each event: each event page does that itself."""
    share = by_token(params.get("share", ""))
    if share is not None:
        return _share_query(share, readers_query(share, params))
    return _list_query(EventFilterForm(params), params)


def document_list(request: HttpRequest) -> HttpResponse:
    documents = Document.objects.visible_to(request.user).with_event_counts().only(
        "pk", "title", "source", "published", "extraction", "extraction_queued_at", "updated_at")  # Document.stalled
    return render(request, "timeline/document_list.html", {"documents": documents})


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # An upload not (yet) extracted is the editors' business: to anyone else it does not exist.
    document = Document.objects.visible_to(request.user).filter(pk=pk).first()
    if document is None:
        raise Http404(f"There is no document number {pk}.")
    # Readers see only published events marked; editors also the proposed and rejected ones, labelled as such, so an
    # ingested document shows what is waiting for them and why a sentence is not on the timeline.
    shown = list(Status) if is_editor(request.user) else [Status.PUBLISHED]
    marked_sources = list(
        document.sources.filter(event__status__in=shown).select_related("event").order_by("sentence_start", "pk")
    )
    # Listed and counted once per event, at its first sentence, even where the document tells it in two.
    firsts = _first_of_each_event(marked_sources)
    sources = [source for source in firsts if source.event.status == Status.PUBLISHED]
    proposed = [source for source in firsts if source.event.status == Status.PROPOSED]
    rejected = [source for source in firsts if source.event.status == Status.REJECTED]
    passages = document_passages(document.text, marked_sources)
    # The key explains only marks the text has: an upload not yet extracted, or one with nothing published, has none.
    marked = [passage for passage in passages if passage.source]
    # A proposed or rejected event whose sentence another event marks (a published one wins it) has no mark to open
    # it by: it is listed for editors to reach its edit form from here, the proposed one because it is counted as
    # awaiting review, the rejected one so that an editor sees why the sentence has fewer marks than events.
    marking = {passage.source.event_id for passage in marked}
    unmarked_proposals = [source for source in proposed if source.event_id not in marking]
    unmarked_rejections = [source for source in rejected if source.event_id not in marking]
    reader_query = document_reader_query(request.GET)
    here = with_query(document.get_absolute_url(), reader_query)
    # Reached from a shared timeline (its card, or an event page reached from it): a way back to it, with the
    # pupil's filters, as the event page has; "Documents" alone leads away from the class's list.
    from_share = by_token(request.GET.get("share", ""))
    share_url = reverse("timeline:share_detail", args=[from_share.token]) if from_share else ""
    back_to_share = with_query(share_url, readers_query(from_share, request.GET)) if from_share else ""
    # Its events "on the timeline" would lead a pupil out of the share too: from a share, they are those the share
    # shows, on its own page. A share that shows none of them has nothing to lead to, so the timeline's link stays.
    in_share_query, in_share_count = document_in_share(from_share, document.pk) if from_share and sources else ("", 0)
    in_share_url = with_query(share_url, in_share_query) if in_share_count else ""
    return render(request, "timeline/document_detail.html", {
        "reader_query": reader_query, "here": here, "from_share": from_share, "back_to_share": back_to_share,
        "in_share_url": in_share_url, "in_share_count": in_share_count,
        "document": document, "sources": sources, "passages": passages, "awaiting": len(proposed),
        "unmarked_proposals": unmarked_proposals, "unmarked_rejections": unmarked_rejections,
        "statuses_marked": {passage.source.event.status for passage in marked},
        "sentences_marked": bool(marked), "dates_marked": any(passage.date for passage in marked)})


def _first_of_each_event(sources: list[EventSource]) -> list[EventSource]:
    """Each event's first source among ``sources`` (in their order), one per event."""
    first: dict[int, EventSource] = {}
    for source in sources:
        first.setdefault(source.event_id, source)
    return list(first.values())


@dataclass
class Passage:
    """A stretch of a document's text: plain, or an event's sentence with its events' date expressions marked.

    also: the other events' sources whose sentence starts inside this one (two events from one sentence): the
    sentence links to the first, and carries an anchor for each of the others, so their "From …" links land here.
    pieces: the sentence cut around those date expressions, each piece with whether it is one.
    """

    text: str
    source: EventSource | None = None
    also: list[EventSource] = field(default_factory=list)
    pieces: list[tuple[str, bool]] = field(default_factory=list)

    @property
    def date(self) -> bool:
        return any(is_date for _, is_date in self.pieces)


def document_passages(text: str, sources: list[EventSource]) -> list[Passage]:
    """Cut the text into plain stretches and event sentences (the first wins where two sentences overlap).

    Where one sentence gives events of different statuses (editors see all three), a published one marks it: the
    sentence is on the timeline, and its link leads readers and editors alike to the event page.
    """
    passages: list[Passage] = []
    cursor = 0
    rank = {Status.PUBLISHED: 0, Status.PROPOSED: 1, Status.REJECTED: 2}
    for source in sorted(sources, key=lambda s: (s.sentence_start, rank.get(s.event.status, 3), s.pk)):
        start, end = source.sentence_start, source.sentence_end
        if source.stale or end > len(text) or start >= end:
            continue
        if start < cursor:
            # Its sentence overlaps the one before (often it is the same sentence): that one marks its place.
            passages[-1].also.append(source)
            continue
        if start > cursor:
            passages.append(Passage(text[cursor:start]))
        passages.append(Passage(text[start:end], source))
        cursor = end
    if cursor < len(text):
        passages.append(Passage(text[cursor:]))
    for passage in passages:
        if passage.source:
            # Every event read from the sentence has its date marked: the second event's page quotes its own date
            # ("the source says 1994"), and its "From …" link lands on this sentence.
            passage.pieces = _date_pieces(text, passage.source, [passage.source, *passage.also])
    return passages


def _date_pieces(text: str, sentence: EventSource, sources: list[EventSource]) -> list[tuple[str, bool]]:
    """``sentence``'s text cut around the date expressions of ``sources`` that lie inside it, overlapping ones (two
    events dated by the same words) joined: (text, is a date) pieces, in order."""
    start, end = sentence.sentence_start, sentence.sentence_end
    spans: list[list[int]] = []
    for d0, d1 in sorted((s.date_start_offset, s.date_end_offset) for s in sources
                         if s.date_start_offset is not None and s.date_end_offset is not None):
        if not start <= d0 < d1 <= end:
            continue
        if spans and d0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], d1)
        else:
            spans.append([d0, d1])
    pieces, cursor = [], start
    for d0, d1 in spans:
        pieces += [(text[cursor:d0], False), (text[d0:d1], True)]
        cursor = d1
    pieces.append((text[cursor:end], False))
    return [(piece, is_date) for piece, is_date in pieces if piece]
