"""A pupil who opens an event from a shared timeline's card reads the teacher's class note for it there too.

The share's card shows the note; the event page reached from it (``/events/<id>/?share=<token>``) shows the same
note, labelled as the teacher's for that class timeline, with the event's public notes. Only the share whose token
opens (by_token_showing) lends its note: without a token, or with one that opens nothing, the page is as before.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Annotation, SharedTimeline

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
NOTE = "Compare with the Singapore statement: what changed?"


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
    }


def _share(teacher, mode, notes, title="Summits for Monday") -> SharedTimeline:
    return saved_share(teacher, mode, title=title, notes=notes)


def _notes_section(body: str) -> str:
    start = body.index('<section class="event-notes')
    return body[start : body.index("</section>", start)]


@pytest.mark.parametrize("mode", MODES)
def test_the_event_page_reached_from_a_card_shows_the_teachers_note_for_it(client, teacher, summits, mode):
    hanoi = summits["hanoi"]
    share = _share(teacher, mode, {hanoi.pk: NOTE})
    card_page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert NOTE in card_page
    link = re.search(r'<a href="([^"]*)">Hanoi summit</a>', card_page).group(1)
    notes = _notes_section(client.get(link.replace("&amp;", "&")).content.decode())
    assert "Teacher's note for the class timeline “Summits for Monday”" in notes and NOTE in notes
    assert "No notes yet." not in notes
    # The note is this event's: the other card's page has none.
    other = _notes_section(client.get(summits["singapore"].get_absolute_url(), {"share": share.token}).content.decode())
    assert NOTE not in other and "Teacher's note" not in other and "No notes yet." in other


@pytest.mark.parametrize("mode", MODES)
def test_the_teachers_note_comes_before_the_events_public_notes(client, teacher, editor, summits, mode):
    hanoi = summits["hanoi"]
    Annotation.objects.create(author=editor, event=hanoi, body="The talks ended early.", visibility="public")
    share = _share(teacher, mode, {hanoi.pk: NOTE})
    notes = _notes_section(client.get(hanoi.get_absolute_url(), {"share": share.token}).content.decode())
    assert notes.index(NOTE) < notes.index("The talks ended early.")


@pytest.mark.parametrize("mode", MODES)
def test_no_share_or_one_whose_link_does_not_open_lends_no_note(client, teacher, summits, mode):
    hanoi = summits["hanoi"]
    revoked = _share(teacher, mode, {hanoi.pk: NOTE})
    revoked.revoked_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    revoked.save()
    without_note = _share(teacher, mode, {}, title="Another class")
    for params in [{}, {"share": revoked.token}, {"share": without_note.token}, {"share": "x"}]:
        notes = _notes_section(client.get(hanoi.get_absolute_url(), params).content.decode())
        assert NOTE not in notes and "Teacher's note" not in notes and "No notes yet." in notes, params
