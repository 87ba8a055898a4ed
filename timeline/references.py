"""References to events in notes: a teacher's "see #173" or "compare with event 173" becomes a link to that event.

Pupils never see event numbers, so a number alone in a class note leads nowhere. Every page that shows notes
(shares, the event page, the document reader's highlights, My notes, the highlights to review, a note's delete page)
resolves all of its references at once (``note_links_for``: its views, or, for the lists the templates fetch, the
``note_references`` tag) and hands the result to the ``note_links`` filter, which links the references to published
events and leaves any other number as written. Who sees which note is not decided here: only the notes a page
already shows are searched, and a link shows no more than a published event's title.

What is a reference:
- "event 173", "Event #173": always, whatever comes before it.
- "#173" alone, unless it is inside a word or an address ("x#173", "&#39;", "page#173"), or it comes right after a
  word that numbers things of its own ("Question #2", "Task #3", "No. #4", "pages #5"; the words are ``COUNTED``):
  there the number is the question's, not an event's, and a link to whichever event has it would mislead. Only the
  number right after the word is taken as its own: in "Task #2 is on #173", "#173" is a reference.
- Nothing else: a number alone ("173") is any number, and "events 12 and 14" names no one event.
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

# Words that number things of their own, in the singular: a "#" number right after one (or its plural, or "No.")
# counts those things, not events.
COUNTED = (
    "question", "task", "exercise", "activity", "problem", "item", "step", "page", "part", "chapter", "section",
    "paragraph", "line", "slide", "lesson", "week", "day", "unit", "homework", "worksheet", "figure", "table",
    "group", "team", "number", "no", "nr", "source", "document",
)
# The number is what the event's address ends with (/events/173/), and what "Pin in more events" takes. A counted
# "#" number is matched too, so that it is passed over whole (``counted`` set), rather than its "#173" found alone.
EVENT_REFERENCE = re.compile(
    rf"""
    \b(?i:event)[ \t]+\#?(?P<event>\d{{1,9}})\b             # "event 173", "Event #173"
    | (?P<counted>\b(?i:{"|".join(COUNTED)})s?\.?[ \t]*)?  # "Question ", "No. ", "pages "... or nothing, then
      (?<![\w&\#/])\#(?P<hash>\d{{1,9}})\b                  # "#173", not in a word, an entity (&#39;), an address
    """,
    re.VERBOSE,
)
# The links urlize has already made: a reference inside one (https://…/page#12) is part of its address.
_LINK = re.compile(r"(<a\s[^>]*>.*?</a>)", re.S)


def referenced_ids(texts: Iterable[str]) -> set[int]:
    """The event numbers that ``texts`` refer to."""
    numbers = (_event_number(m) for text in texts if text for m in EVENT_REFERENCE.finditer(text))
    return {pk for pk in numbers if pk is not None}


def _event_number(match: re.Match) -> int | None:
    """The event a match of ``EVENT_REFERENCE`` refers to; none for a number that counts something else."""
    if match["counted"]:
        return None
    return int(match["event"] or match["hash"])


@dataclass(frozen=True)
class NoteLinks:
    """What the references in a page's notes link to; the ``note_links`` filter's argument."""

    titles: Mapping[int, str] = field(default_factory=dict)  # the published events referred to, by number
    share_token: str = ""  # the share the page shows: its events' pages are opened in it (?share=…), as its cards do
    in_share: frozenset[int] = frozenset()  # which of those events that share shows
    new_tab: bool = False  # the embed: links open in a tab of their own, as its cards' titles do
    # A shared timeline's page, printed for a class: the number leads nowhere on paper (pupils never see event
    # numbers), so each reference carries its event's title, hidden on screen, which print.css prints in its place.
    # Only there: elsewhere the hidden words would count in a shortened note's length (My notes).
    printed: bool = False

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
        pk = _event_number(match)
        if pk not in self.titles:
            return match.group(0)
        template = '<a href="{}" class="event-ref" title="{}">{}</a>'
        if self.new_tab:
            template = '<a href="{}" class="event-ref" title="{}" target="_blank" rel="noopener">{}</a>'
        link = format_html(template, self.url(pk), self.titles[pk], match.group(0))
        if self.printed:
            link += format_html('<span class="event-ref-title" hidden>“{}”</span>', self.titles[pk])
        return link


def note_links_for(texts: Iterable[str], *, share: SharedTimeline | None = None, new_tab: bool = False,
                   printed: bool = False) -> NoteLinks:
    """Every event reference in ``texts`` (a page's notes) resolved at once: a query for the published events they
    name, and, with a ``share``, one for which of them it shows; none when the notes name no event. ``printed``: a
    page printed for a class (a shared timeline's), whose references print as their events' titles."""
    ids = referenced_ids(texts)
    if not ids:
        return NoteLinks(new_tab=new_tab)
    titles = dict(Event.objects.published().filter(pk__in=ids).values_list("pk", "title"))
    if share is None or not titles:
        return NoteLinks(titles=titles, new_tab=new_tab, printed=printed)
    return NoteLinks(titles=titles, share_token=share.token, in_share=frozenset(showing(share, titles)),
                     new_tab=new_tab, printed=printed)

