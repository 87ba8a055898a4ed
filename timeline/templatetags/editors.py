"""Template tags for the editors' parts of pages whose views belong to the public site (event page, reader).

The event page and the document reader are rendered by the browse views; the notes, highlights, duplicate
suggestions and date disagreements are added by one-line includes, which fetch what they show through these tags.
Each tag only calls a QuerySet or domain function: the logic stays there.
"""

from __future__ import annotations

from django import template

from timeline.dates import format_event_date
from timeline.duplicates import disagreeing_sources, suggest_duplicates
from timeline.models import Annotation, Document, Event, SharedTimeline
from timeline.permissions import is_editor
from timeline.references import NoteLinks, note_links_for

register = template.Library()


@register.simple_tag(takes_context=True)
def visibility_options(context, parent: Annotation | None = None, chosen: str | None = None) -> list[dict]:
    """The "Who can see it" radio buttons: ``chosen`` (a note being edited, a form sent back) or the user's default."""
    from timeline.forms import VISIBILITY_CHOICES

    # An include without a parent or a choice passes "" for it (the template's missing variable).
    checked = chosen or Annotation.default_visibility(context["request"].user, parent=parent or None)
    return [{"value": value, "label": label, "checked": value == checked} for value, label in VISIBILITY_CHOICES]


def _threads(notes: list[Annotation]) -> list[Annotation]:
    """Top-level notes, each with ``thread_replies`` set (recursively) to the replies the reader may see."""
    by_parent: dict[int | None, list[Annotation]] = {}
    for note in notes:
        by_parent.setdefault(note.parent_id, []).append(note)
    for note in notes:
        note.thread_replies = by_parent.get(note.pk, [])
    shown = {n.pk for n in notes}
    # A reply whose parent the reader cannot see is shown at the top level rather than lost.
    return [n for n in notes if n.parent_id is None or n.parent_id not in shown]


@register.simple_tag(takes_context=True)
def event_notes(context, event: Event) -> list[Annotation]:
    user = context["request"].user
    notes = list(Annotation.objects.visible_to(user).filter(event=event).select_related("author", "document"))
    return _threads(notes)


@register.simple_tag(takes_context=True)
def document_highlights(context, document: Document) -> list[Annotation]:
    user = context["request"].user
    return list(
        Annotation.objects.visible_to(user)
        .filter(document=document)
        .exclude(quote_exact="")
        .select_related("author", "event")
        .order_by("position_start", "pk")
    )


@register.simple_tag
def note_references(notes: list[Annotation], *texts: str, share: SharedTimeline | None = None) -> NoteLinks:
    """The event references in ``notes`` (and the replies threaded under them) and in ``texts`` (a class note),
    resolved at once for the ``note_links`` filter: one query for the whole list, however many notes name events."""

    def bodies(notes: list[Annotation]):
        for note in notes:
            yield note.body
            yield from bodies(getattr(note, "thread_replies", []))

    # A page without a share passes "" for it (the template's missing variable).
    return note_links_for([*bodies(notes), *texts], share=share or None)


@register.simple_tag(takes_context=True)
def duplicate_suggestions(context, event: Event) -> list:
    return suggest_duplicates(event) if is_editor(context["request"].user) else []


@register.simple_tag
def sources_disagreeing(event: Event) -> list:
    return disagreeing_sources(event)


@register.filter
def source_date(source) -> str:
    if source.reported_start is None:
        return "no date of its own"
    return format_event_date(source.reported_start, source.reported_end, source.reported_precision or "day",
                             source.reported_mod)


@register.filter
def minutes(duration) -> str:
    """A timedelta as "15 minutes" (for the sign-in lock-out page)."""
    total = int(duration.total_seconds() // 60) if duration else 0
    return f"{total} minute{'s' if total != 1 else ''}" if total else "a while"
