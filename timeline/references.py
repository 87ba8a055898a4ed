"""References to events in notes: a teacher's "see #173" or "compare with event 173" becomes a link to that event.

Pupils never see event numbers, so a number alone in a class note leads nowhere. The views that show notes resolve
every reference on the page at once (``note_links_for``) and hand the result to the ``note_links`` filter, which
links the references to published events and leaves any other number as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode

from timeline.models import Event, SharedTimeline
from timeline.shares import showing

# "#173" (not inside a word or an escaped entity such as &#39;) or "event 173", in any case. The number is what the
# event's address ends with (/events/173/), and what "Pin in more events" takes.
EVENT_REFERENCE = re.compile(r"(?<![\w&#/])#(\d{1,9})\b|\b(?i:event)[ \t]+(\d{1,9})\b")
# The links urlize has already made: a reference inside one (https://…/page#12) is part of its address.
_LINK = re.compile(r"(<a\s[^>]*>.*?</a>)", re.S)


def referenced_ids(texts: Iterable[str]) -> set[int]:
    """The event numbers that ``texts`` refer to."""
    return {int(m.group(1) or m.group(2)) for text in texts if text for m in EVENT_REFERENCE.finditer(text)}


@dataclass(frozen=True)
class NoteLinks:
    """What the references in a page's notes link to; the ``note_links`` filter's argument."""

    titles: Mapping[int, str] = field(default_factory=dict)  # the published events referred to, by number
    share_token: str = ""  # the share the page shows: its events' pages are opened in it (?share=…), as its cards do
    in_share: frozenset[int] = frozenset()  # which of those events that share shows
    new_tab: bool = False  # the embed: links open in a tab of their own, as its cards' titles do

    def url(self, pk: int) -> str:
        address = reverse("timeline:event_detail", args=[pk])
        return f"{address}?{urlencode({'share': self.share_token})}" if pk in self.in_share else address

    def link_references(self, html: str) -> str:
        """``html`` (escaped text, maybe with links) with each reference to a published event as a link to it."""
        if not self.titles:
            return html
        parts = _LINK.split(html)
        # Odd parts are the links already there; only the text between them is searched.
        parts[::2] = [EVENT_REFERENCE.sub(self._link, part) for part in parts[::2]]
        return "".join(parts)

    def _link(self, match: re.Match) -> str:
        pk = int(match.group(1) or match.group(2))
        if pk not in self.titles:
            return match.group(0)
        template = '<a href="{}" class="event-ref" title="{}">{}</a>'
        if self.new_tab:
            template = '<a href="{}" class="event-ref" title="{}" target="_blank" rel="noopener">{}</a>'
        return format_html(template, self.url(pk), self.titles[pk], match.group(0))


def note_links_for(texts: Iterable[str], *, share: SharedTimeline | None = None, new_tab: bool = False) -> NoteLinks:
    """Every event reference in ``texts`` (a page's notes) resolved at once: a query for the published events they
    name, and, with a ``share``, one for which of them it shows; none when the notes name no event."""
    ids = referenced_ids(texts)
    if not ids:
        return NoteLinks(new_tab=new_tab)
    titles = dict(Event.objects.published().filter(pk__in=ids).values_list("pk", "title"))
    if share is None or not titles:
        return NoteLinks(titles=titles, new_tab=new_tab)
    return NoteLinks(titles=titles, share_token=share.token, in_share=frozenset(showing(share, titles)),
                     new_tab=new_tab)

