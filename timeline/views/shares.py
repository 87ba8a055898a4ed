"""Teachers' shared timelines: save the current view of the timeline, edit it, and open it by its link.

The owner's pages (/shared/…) need the teacher or editor role and answer 404 for anyone else's share; the
public pages (/s/<token>/…) need nothing but the token, answer 410 Gone once a link is revoked or expired, and
show only published events, public notes and the share's own class notes.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Collection, Mapping

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_http_methods
from django.views.decorators.vary import vary_on_headers

from timeline import shares, spelling, widening
from timeline.charts import load_eras
from timeline.counting import filter_events
from timeline.exports import EventRecord, from_events, from_snapshots
from timeline.headings import group_events
from timeline.models import Event, SharedTimeline, SharedTimelineItem
from timeline.permissions import sharer_required
from timeline.querystring import canonical_query
from timeline.references import note_links_for
from timeline.share_conflicts import FIELDS, conflicts, loaded_state
from timeline.views.browse import history_header, to_clean_url, url_for_htmx
from timeline.views.site import post_only

# Only the embed may be framed, by any site (a school's pages or an LMS); every other page keeps 'none'.
EMBED_CSP = {**settings.SECURE_CSP, "frame-ancestors": ["*"]}
NOTE_MAX = 2000
# Said once above the class notes, and read with each box (aria-describedby).
NOTE_HELP = (f"A class note can be up to {NOTE_MAX:,} characters. Web addresses become links, and so does another "
             "event written as #173 or “event 173”: its number is the one at the end of its page's address "
             "(…/events/173/).")
TITLE_MAX = SharedTimeline._meta.get_field("title").max_length
# What each choice means for the class, said where the teacher chooses: the model's short labels ("live: new matching
# events appear") left out that editors' corrections reach a live share and never a frozen one, and that a frozen
# one can be copied afresh. Here rather than in the model's choices, which would need a migration for a label.
MODE_CHOICES = [
    (SharedTimeline.Mode.LIVE, ("Live: it follows the timeline. Events published later that match your filters "
                                "appear in it, and editors' corrections show in it.")),
    (SharedTimeline.Mode.FROZEN, ("Frozen: it stays as it is today. Exactly the events listed below, worded as they "
                                  "are now; later events and corrections do not change it. You can take a fresh copy "
                                  "whenever you edit it.")),
]


class ShareForm(forms.ModelForm):
    pin = forms.CharField(
        required=False,
        label="Pin in more events",
        help_text="Event numbers or links (…/events/12/), separated by spaces or commas.",
    )

    class Meta:
        model = SharedTimeline
        fields = ["title", "introduction", "mode", "expires_on"]
        widgets = {
            "mode": forms.RadioSelect,
            "introduction": forms.Textarea(attrs={"rows": 4}),
            # A date box reads only an ISO date: in the site's en-gb input format (30/06/2030) a saved expiry showed
            # an empty box, and the next save of the form removed it.
            "expires_on": forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        }
        labels = {"expires_on": "Link expires after", "mode": "When the timeline changes later"}
        # The box's maxlength cuts a pasted title without a word: the hint says the limit before that happens, and a
        # title that gets past it (no maxlength, no JavaScript) is refused saying how long it was.
        help_texts = {
            "title": f"Up to {TITLE_MAX} characters.",
            "introduction": "Web addresses become links, and so does an event written as #173.",
            "expires_on": "Optional. The link stops working the day after this date.",
        }
        error_messages = {"title": {"max_length": (
            "The title is %(show_value)d characters long: it can be up to %(limit_value)d. Shorten it and save again."
        )}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mode"].choices = MODE_CHOICES

    def clean(self) -> dict:
        cleaned = super().clean()
        # The filters come from the address, not from a field, so the model's check of the column's length leaves
        # them out. A saved share's are checked where they change (views.share_filters): one stored before this
        # check (SQLite keeps any length) can still have its title and notes edited.
        if not self.instance.pk and (too_long := shares.filters_too_long(self.instance.query)):
            raise forms.ValidationError(f"The filters are {too_long}")
        return cleaned

    def clean_expires_on(self) -> datetime.date | None:
        expires_on = self.cleaned_data["expires_on"]
        # A day already past is a slip (a wrong year, a US-order date): the class would get a dead link. A share
        # that has expired keeps its date when only its title or notes are edited.
        if expires_on and expires_on < timezone.localdate() and (not self.instance.pk or "expires_on" in self.changed_data):
            raise forms.ValidationError(
                f"{expires_on:%-d %B %Y} has passed: the link would never open. Choose today or a later day, or leave it empty."
            )
        return expires_on

    def clean_pin(self) -> list[int]:
        ids = [int(n) for n in re.findall(r"(?:events/)?(\d+)", self.cleaned_data["pin"])]
        # A number copied before an editor merged that event away pins the event it went into.
        ids = [n if Event.objects.filter(pk=n).exists() else getattr(shares.went_into(n), "pk", n) for n in ids]
        found = set(Event.objects.published().filter(pk__in=ids).values_list("pk", flat=True))
        missing = [n for n in ids if n not in found]
        if missing:
            raise forms.ValidationError(f"No published event numbered {', '.join(map(str, missing))}.")
        return ids


def _choices(request: HttpRequest, listed: Collection[int], gone: Collection[int] = (),
             saved: Mapping[int, str] | None = None) -> tuple[dict[int, str], set[int]]:
    """The per-event class notes and 'leave out' ticks posted for the events the form listed, and for those ``gone``
    since it was loaded (see _gone_since_loaded).

    A listed event's note is read whole: one too long is refused (_too_long) and shown again in its box. A gone event
    has no box to show it in again, so its note is cut at its limit, as every note used to be.
    """
    saved = saved or {}
    notes = {pk: request.POST.get(f"note-{pk}", "") for pk in listed}
    notes |= {pk: request.POST.get(f"note-{pk}", "")[:_note_limit(saved.get(pk, ""))] for pk in gone}
    excluded = {pk for pk in [*listed, *gone] if request.POST.get(f"exclude-{pk}")}
    return notes, excluded


def _note_limit(saved_note: str) -> int:
    """NOTE_MAX, or the length of the note saved for the event if longer: merging two events joins their class notes
    (shares.fold_merged_items), and saving the form must not refuse what the teacher wrote before the merge."""
    return max(NOTE_MAX, len(saved_note))


def _too_long(records, notes: Mapping[int, str], saved: Mapping[int, str]) -> dict[int, str]:
    """What to say about each listed event's class note that is longer than it may be, by event."""
    errors = {}
    for record in records:
        length, limit = len(notes.get(record.id, "")), _note_limit(saved.get(record.id, ""))
        if length > limit:
            errors[record.id] = (f"The note on “{record.title}” is {length:,} characters long: "
                                 f"it can be up to {limit:,}.")
    return errors


def _gone_since_loaded(request: HttpRequest, listed: Collection[int]) -> set[int]:
    """Events the submitted form listed (each with a note box) that are gone since it was loaded: an editor merged
    them away meanwhile. Their notes and ticks are read too, and shares.save_share puts them on the event each went
    into, so a teacher's note written on a stale form is not dropped."""
    posted = {int(m.group(1)) for key in request.POST if (m := re.fullmatch(r"note-(\d+)", key))}
    unknown = posted - set(listed)
    return unknown - set(Event.objects.filter(pk__in=unknown).values_list("pk", flat=True))


def _form_rows(records, notes: dict[int, str], excluded: set[int], saved: Mapping[int, str] | None = None,
               errors: Mapping[int, str] | None = None) -> list[tuple]:
    """(record, class note, left out?, the note's limit, what is wrong with it) for each event the share form lists."""
    saved, errors = saved or {}, errors or {}
    return [(r, notes.get(r.id, ""), r.id in excluded, _note_limit(saved.get(r.id, "")), errors.get(r.id, ""))
            for r in records]


def _note_errors(too_long: Mapping[int, str]) -> list[tuple[str, str]]:
    """(id of the note's box, message) for the error summary above the form, which links each to its box."""
    return [(f"note-{pk}", message) for pk, message in too_long.items()]


def _form_status(request: HttpRequest) -> int:
    """A form shown again after a POST was refused: 422, as the note and document forms answer, so a script or test
    (and a browser's network panel) can tell it from the form opened afresh. The form is a plain POST, not htmx, so
    the browser shows the page as it would at 200."""
    return 422 if request.method == "POST" else 200


def get_share_for_user(request: HttpRequest, pk: int) -> SharedTimeline:
    # Someone else's share is "not found", not "forbidden": its existence is none of their business.
    return get_object_or_404(SharedTimeline, pk=pk, owner=request.user)


def get_share_by_token(token: str) -> SharedTimeline:
    share = SharedTimeline.objects.filter(token=token).first()
    if share is None:
        # Most often a link cut short or mistyped when copied from a board or a message.
        raise Http404("No shared timeline has this link. Check that the whole link was copied, or ask your teacher for it again.")
    return share


def _share_url(request: HttpRequest, share: SharedTimeline, query: str = "") -> str:
    """The share page's full address, for pasting or printing; ``query``: a reader's canonical filters."""
    url = request.build_absolute_uri(reverse("timeline:share_detail", args=[share.token]))
    return f"{url}?{query}" if query else url


def gone_response(request: HttpRequest, share: SharedTimeline, *, embed: bool = False) -> HttpResponse | None:
    """410 Gone for a revoked or expired link; ``embed``: said inside the class page's frame, without the site's header."""
    state = shares.link_state(share)
    if state == "open":
        return None
    template = "shares/share_gone_embed.html" if embed else "shares/share_gone.html"
    return render(request, template, {"share": share, "state": state}, status=410)


@sharer_required
def share_new(request: HttpRequest) -> HttpResponse:
    result = filter_events(request.GET, base=Event.objects.published())
    share = SharedTimeline(query=result.query)
    records, _ = form_records(share)
    form = ShareForm(request.POST or None, instance=share)
    # What was typed for each event: saved if the form is valid, shown again as typed if it is refused (a past expiry
    # date, an unknown pin), so a teacher never loses a page of class notes to one slip.
    listed = [r.id for r in records]
    notes, excluded = (_choices(request, listed, _gone_since_loaded(request, listed)) if request.method == "POST"
                       else ({}, set()))
    too_long = _too_long(records, notes, {})
    if request.method == "POST" and form.is_valid() and not too_long:
        share = form.save(commit=False)
        share.owner = request.user
        shares.save_share(share=share, notes=notes, excluded=excluded, pinned=form.cleaned_data["pin"], freeze=True)
        messages.success(request, "Saved. Share the link below with your class.")
        return redirect("timeline:share_edit", pk=share.pk)
    context = {"form": form, "rows": _form_rows(records, notes, excluded, errors=too_long), "filters": result,
               "share": None, "saved_filters": shares.describe_query_string(result.query),
               "filters_too_long": shares.filters_too_long(result.query),
               "note_errors": _note_errors(too_long), "note_help": NOTE_HELP}
    return render(request, "shares/share_form.html", context, status=_form_status(request))


@sharer_required
def share_list(request: HttpRequest) -> HttpResponse:
    own = list(SharedTimeline.objects.filter(owner=request.user))
    rows = [(share, shares.link_state(share)) for share in own]
    return render(request, "shares/share_list.html", {"rows": rows})


def form_records(share: SharedTimeline) -> tuple[list[EventRecord], set[int]]:
    """The events a share's form lists, and which of them are left out.

    A saved share's form lists what the share shows plus what was left out, so it can be put back (a frozen one's,
    as frozen: see shares.listed_snapshots); a new one's, what its filters match. Either in the order the share
    shows them (its saved sort), so a teacher writes the class notes in the order the class will read them.

    The events left out are all of them, listed or not: an event left out and since unpublished, say, is not
    listed (a teacher sees only published events) but stays left out.
    """
    newest_first = shares.saved_sort(share) == "newest"
    # A share not saved yet has no items to read (and no frozen copy): what the timeline's filters match.
    items = list(share.items.all()) if share.pk else []
    excluded = set(shares.items_by_event(i for i in items if i.excluded))
    if share.pk and share.mode == SharedTimeline.Mode.FROZEN:
        return from_snapshots(shares.listed_snapshots(items, newest_first=newest_first)), excluded
    shown = shares.live_events(share) if share.pk else shares.matching_events(share.query)
    events = Event.objects.published().filter(Q(pk__in=shown.values("pk")) | Q(pk__in=excluded))
    events = events.chronological(newest_first=newest_first).prefetch_related(*shares.EVENT_RELATIONS)
    return from_events(events), excluded


def hidden_notes(share: SharedTimeline, listed: set[int]) -> list[SharedTimelineItem]:
    """Class notes on events the form cannot list: an editor has since rejected or withdrawn the event (or deleted
    it). The class no longer sees them, and the teacher would not know why without being told; the notes are kept,
    and show again if the event is published again. A frozen share's event deleted since is still listed, by the
    number its copy kept (shares.items_by_event), and its class still reads the note: that one is not hidden."""
    items = share.items.exclude(class_note="").select_related("event")
    items = items.order_by("event__date_start", "-event__date_end", "pk")  # as the timeline: models.TIMELINE_ORDER
    shown = {item.pk for event_id, item in shares.items_by_event(items).items() if event_id in listed}
    return [item for item in items if item.pk not in shown]


@sharer_required
def share_edit(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share_for_user(request, pk)
    was_frozen = share.mode == SharedTimeline.Mode.FROZEN
    records, excluded = form_records(share)
    # As saved now: validating the form writes the typed values onto ``share``.
    saved_fields, saved_excluded = {name: getattr(share, name) for name in FIELDS}, excluded
    form = ShareForm(request.POST or None, instance=share)
    notes = saved = shares.class_notes(share)
    conflict, merged = [], set()
    if request.method == "POST":
        listed = {r.id for r in records if r.id}
        gone = _gone_since_loaded(request, listed)
        merged = gone | {survivor.pk for pk in gone if (survivor := shares.went_into(pk))}
        notes, chosen = _choices(request, listed, gone, saved)
        # The form decides about the events it lists, and no others: one it could not list stays left out.
        # A refused form shows these choices again as typed rather than as last saved.
        excluded = chosen | (excluded - listed)
    too_long = _too_long(records, notes, saved)
    if request.method == "POST" and form.is_valid() and not too_long:
        # Saved elsewhere since this form was loaded: saving it would put back what that save changed.
        conflict = conflicts(loaded=request.POST.get("loaded", ""), saved=saved_fields, cleaned=form.cleaned_data,
                             saved_notes=saved, notes=notes, saved_excluded=saved_excluded, excluded=excluded,
                             records=records, merged=merged)
    if request.method == "POST" and form.is_valid() and not too_long and not conflict:
        pinned_before = {pk for pk, item in shares.items_by_event(share.items.all()).items() if item.pinned}
        pinned = set(form.cleaned_data["pin"]) | pinned_before
        freeze = not was_frozen or bool(request.POST.get("refreeze"))
        shares.save_share(share=form.save(commit=False), notes=notes, excluded=excluded, pinned=pinned, freeze=freeze)
        messages.success(request, "Changes saved.")
        return redirect("timeline:share_edit", pk=share.pk)
    if form.is_bound:
        # A refused save: validating wrote the typed values onto ``share``, but the page's heading, link panel and
        # embed code tell the share as saved; the form below holds what was typed.
        share = SharedTimeline.objects.get(pk=share.pk)
    context = {
        "form": form,
        "share": share,
        "rows": _form_rows(records, notes, excluded, saved, too_long),
        "note_errors": _note_errors(too_long),
        "note_help": NOTE_HELP,
        "hidden_notes": hidden_notes(share, {r.id for r in records}),
        "state": shares.link_state(share),
        "saved_filters": shares.describe_query_string(share.query),
        "share_url": _share_url(request, share),
        "embed_url": request.build_absolute_uri(reverse("timeline:share_embed", args=[share.token])),
        # A form refused for its own errors still holds what it was loaded from; after a conflict, the share as saved
        # now, so saving again is an informed choice.
        "loaded": (request.POST.get("loaded", "") if request.method == "POST" and not conflict
                   else loaded_state(share)),
        "conflict": conflict,
    }
    return render(request, "shares/share_form.html", context, status=409 if conflict else _form_status(request))


@post_only("timeline:share_edit", "pk")
@sharer_required
def share_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    share = get_share_for_user(request, pk)
    if request.POST.get("undo"):
        share.revoked_at = None
        messages.success(request, "The link works again.")
    else:
        share.revoked_at = timezone.now()
        messages.success(request, "Link revoked: it now tells visitors the timeline is no longer shared.")
    share.save(update_fields=["revoked_at", "updated_at"])
    return redirect("timeline:share_edit", pk=share.pk)


@sharer_required
@require_http_methods(["GET", "POST"])
def share_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks whether to delete the share, saying what goes with it; POST deletes it and returns to the list.

    Its link then answers 404, as a link that never was: a 410 would mean keeping its token and title (the "no
    longer shared" page names the share) after the teacher asked for it to go. Revoking is the way to a 410.
    """
    share = get_share_for_user(request, pk)
    if request.method == "GET":
        context = {"share": share, "state": shares.link_state(share), "loss": shares.what_deleting_loses(share),
                   "share_url": _share_url(request, share)}
        return render(request, "shares/share_delete.html", context)
    shares.delete_share(share)
    messages.success(request, f"Deleted “{share.title}”. Its link no longer opens.")
    return redirect("timeline:share_list")


def _share_context(request: HttpRequest, share: SharedTimeline, view_name: str = "timeline:share_detail") -> dict:
    view = shares.share_view(share, request.GET)
    public = shares.public_notes(r.id for r in view.records if r.id)
    rows = [(r, view.class_notes.get(r.id, ""), public.get(r.id, [])) for r in view.records]
    embed = view_name == "timeline:share_embed"
    return {
        # "#173" in the introduction and the notes: a link to that event, in this share if it holds it (not from the
        # embed, whose cards open the event's page in a tab of its own, without the share). All of them in one go.
        "note_refs": note_links_for([share.introduction, *(text for _, note, notes in rows for text in (note, *notes))],
                                    share=None if embed else share, new_tab=embed, printed=not embed),
        "share": share,
        "rows": rows,
        # Under year headings, as the timeline's list; not months: each card says its date, and a short share would
        # have a heading over most of its cards.
        "groups": _by_year(rows),
        # The events whose title links to their page: a frozen share's event since deleted or unpublished has none.
        "linked": view.published,
        # The reader's own filters over the share's events: the form holds these and nothing of the teacher's.
        "filters": view.filters,
        "narrowed": view.narrowed,
        # What the teacher saved, said in words beside the form (never in it, so no submission re-applies it).
        "share_scope": shares.scope(share),
        # The reader's own filters, for the export links and the URL; none means the share as saved.
        "query": view.query,
        # Where the filter form, the chart's bars and "Clear all" lead: the page being read (share page or embed).
        "base_url": reverse(view_name, args=[share.token]),
        # The reader's filters found nothing: say which ("events matching “zzz”").
        "empty_words": (shares.describe_filters(view.filters.filters, readers=True)
                        if view.narrowed and not rows else ""),
        "nothing_found": not rows,
        # The reader's search found nothing for a misspelt word: the same filters with the share's closest words.
        "suggestion": spelling.for_share(share, view) if view.narrowed and not rows else None,
        # Several of the reader's filters that together found nothing: what dropping each alone lists in the share.
        "widenings": widening.for_share(share, view) if view.narrowed and not rows else [],
        # share_view's "with notes" counts the class notes too: the filter's label says so (timeline/_facets.html).
        "notes_filter_label": "Only events with notes",
    }


@vary_on_headers("HX-Request")
def share_detail(request: HttpRequest, token: str) -> HttpResponse:
    share = get_share_by_token(token)
    if gone := gone_response(request, share):
        return gone
    template = "shares/share_detail.html"
    partial = request.htmx and not request.htmx.history_restore_request
    context = _share_context(request, share)
    # Its filter form, submitted without JavaScript, sends every field as the timeline's does: the address a pupil
    # copies is the clean one (before the opening is counted, so the redirected request does not count twice).
    if moved := to_clean_url(request, context["base_url"], context["query"], context["filters"]):
        return moved
    if partial:
        # The timeline's own filter form: typing swaps the results (and the facets out of band), the rest #browse.
        swapped = "results" if request.htmx.target == "results" else "browse"
        template += f"#{swapped}"
        context["oob"] = swapped
    else:
        # A full page load is one opening of the link; filtering within it is not.
        shares.record_open(share, request.user)
    response = render(request, template, context)
    if partial:
        # The timeline's rules: the clean address, unless it would drop a date not understood and its notice; typing
        # replaces the history entry, the other filters add one.
        address = url_for_htmx(request, context["base_url"], context["query"], context["filters"])
        response[history_header(request)] = address
    return response


@xframe_options_exempt
@csp_override(EMBED_CSP)
@vary_on_headers("HX-Request")
def share_embed(request: HttpRequest, token: str) -> HttpResponse:
    """The share inside a class page's iframe, with a compact filter form that reloads (or, with htmx, swaps the
    results of) this same URL: a reader never leaves the embed, and narrows within the share, never beyond it."""
    try:
        share = get_share_by_token(token)
    except Http404 as missing:
        # Said inside the frame: the site's own 404 page may not be framed, so the class page would show a blank box.
        return render(request, "shares/share_missing_embed.html", {"message": missing.args[0]}, status=404)
    if gone := gone_response(request, share, embed=True):
        return gone
    context = _share_context(request, share, "timeline:share_embed")
    # The share page's rule: the no-JavaScript form's every-field URL becomes the clean one (what a pupil copies
    # from the frame), before the opening is counted; a value not understood keeps its URL and notice; htmx never.
    if moved := to_clean_url(request, context["base_url"], context["query"], context["filters"]):
        return moved
    partial = request.htmx and not request.htmx.history_restore_request
    if not partial:
        shares.record_open(share, request.user)
        # "More filters" is unfolded when the reader chose something there. Without JavaScript every submission
        # sends all the fields, empty or at their defaults (the share's saved order among them): those leave it folded.
        # A date not understood unfolds it too: its box holds what was typed, to be corrected there.
        order = shares.saved_sort(share)
        typed = any(box.notice_id for box in context["filters"].form.date_boxes.values())
        context["more_open"] = bool(canonical_query(context["filters"].filters, q="", default_sort=order)) or typed
        return render(request, "shares/share_embed.html", context)
    # The embed's form is never swapped (what the reader unfolded in it stays so): every request swaps the results.
    response = render(request, "shares/share_embed.html#results", context | {"oob": "results"})
    # Pushing would add an entry to the host page's history (its Back button would step through the filters).
    response["HX-Replace-Url"] = url_for_htmx(request, context["base_url"], context["query"], context["filters"])
    return response


def _by_year(rows: list[tuple]) -> list:
    """A share's rows (each a record first) under year headings, with the leaders' eras beside each year."""
    return group_events(rows, eras=load_eras(), months=False, event_of=lambda row: row[0])


def _numbered_references(rows: list[tuple]) -> tuple[list[tuple], list[dict]]:
    """Number each distinct source once, in order of first citation, as a handout's reference list does."""
    numbers: dict[tuple[str, str], int] = {}
    references, numbered = [], []
    for record, class_note, notes in rows:
        cited = []
        for source in record.sources:
            key = (source.title, source.url)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                published = datetime.date.fromisoformat(source.published) if source.published else None
                references.append({"number": numbers[key], "title": source.title, "url": source.url, "publisher": source.publisher, "published": published})
            cited.append(numbers[key])
        numbered.append((record, class_note, notes, cited))
    return numbered, references


def share_print(request: HttpRequest, token: str) -> HttpResponse:
    share = get_share_by_token(token)
    if gone := gone_response(request, share):
        return gone
    context = _share_context(request, share)
    # Its address and QR code lead to what was printed, filters and order: a pupil scanning it reads the same list.
    context["share_url"] = _share_url(request, share, context["query"])
    rows, references = _numbered_references(context["rows"])
    # The share page's "Print handout" link carries the reader's filters and order: the handout says how it differs.
    narrowing = shares.narrowing(context["filters"], shares.saved_sort(share))
    context.update(rows=rows, groups=_by_year(rows), references=references, narrowing=narrowing)
    return render(request, "shares/share_print.html", context)


def share_qr(request: HttpRequest, token: str) -> HttpResponse:
    share = get_share_by_token(token)
    if gone := gone_response(request, share):
        return gone
    # A handout's code carries the filters it was printed with, read as the share page reads them: only the canonical
    # query is encoded, so no parameter put in this image's URL can make the code lead elsewhere.
    url = _share_url(request, share, shares.readers_query(share, request.GET))
    # Error correction "M" survives a smudged projector; a quiet zone of 4 modules is what scanners expect.
    try:
        code = segno.make(url, error="m")
    except segno.DataOverflowError:
        # Filters too many for any QR code (hundreds of characters of search and categories): the share itself,
        # which a scanner can open, rather than no code at all. The handout's printed address still has them all.
        code = segno.make(_share_url(request, share), error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=8, border=4, dark="#000", light="#fff", title=share.title)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=300"
    return response
