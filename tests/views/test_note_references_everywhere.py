"""Event references ("see #173", "event 173") link to published events in notes wherever notes are shown, not only
on share pages: the event page's notes and replies, the document reader's highlights, My notes, the editors'
highlights to review and a note's delete page. A page resolves all its references with one query, however many
notes name events; a number that is not a published event's, or that counts something else ("Question #2"), stays
plain text."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Annotation, SharedTimeline, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(source):
    return {
        "geneva": source.event,
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
        "older": EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21)),
        "proposed": EventFactory(title="Talks planned", date_start=datetime.date(2019, 5, 1), status=Status.PROPOSED),
    }


def mention(events) -> str:
    """A note naming two published events, a proposed one, and a question whose number is a published event's."""
    hanoi, older, proposed = events["hanoi"], events["older"], events["proposed"]
    return f"Compare #{hanoi.pk} with event {older.pk}. Not yet: #{proposed.pk}. Question #{hanoi.pk}."


def links(html: str) -> dict[str, str]:
    """Each event reference's link on the page: its words → its address."""
    found = re.findall(r'<a href="([^"]+)" class="event-ref"[^>]*>([^<]+)</a>', html)
    return {words: href.replace("&amp;", "&") for href, words in found}


def expected(events) -> dict[str, str]:
    hanoi, older = events["hanoi"], events["older"]
    return {f"#{hanoi.pk}": f"/events/{hanoi.pk}/", f"event {older.pk}": f"/events/{older.pk}/"}


def note(author, event, body, visibility="public", **fields):
    return Annotation.objects.create(author=author, event=event, body=body, visibility=visibility, **fields)


def highlight(author, source, body, visibility="public", **fields):
    return note(author, source.event, body, visibility, document=source.document, quote_exact="Singapore",
                position_start=56, position_end=65, **fields)


def queries(client, url, data=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, data).status_code == 200
    return len(captured)


def test_the_event_pages_notes_and_replies_link_their_references(client, editor, events):
    geneva = events["geneva"]
    parent = note(editor, geneva, mention(events))
    note(editor, geneva, f"Also event #{events['hanoi'].pk}.", parent=parent)
    html = client.get(geneva.get_absolute_url()).content.decode()
    assert links(html) == expected(events) | {f"event #{events['hanoi'].pk}": f"/events/{events['hanoi'].pk}/"}
    assert f"Not yet: #{events['proposed'].pk}. Question #{events['hanoi'].pk}." in html


def test_the_event_page_resolves_every_notes_references_with_one_query(client, editor, events):
    geneva, hanoi, older = events["geneva"], events["hanoi"], events["older"]
    plain = note(editor, geneva, "No reference here.")
    without = queries(client, geneva.get_absolute_url())
    plain.body = f"See #{hanoi.pk}."
    plain.save()
    one = queries(client, geneva.get_absolute_url())
    for n in range(4):
        reply = note(editor, geneva, f"Then event {older.pk}, #{hanoi.pk}.", parent=plain)
        note(editor, geneva, f"And #{older.pk} ({n}).", parent=reply)
    many = queries(client, geneva.get_absolute_url())
    assert (one, many) == (without + 1, without + 1)
    assert len(re.findall(r'class="event-ref"', client.get(geneva.get_absolute_url()).content.decode())) == 1 + 4 * 3


def test_a_private_note_links_its_references_for_its_author_and_is_shown_to_no_one_else(client, teacher, editor,
                                                                                          events):
    geneva = events["geneva"]
    note(teacher, geneva, mention(events), visibility="private")
    client.force_login(teacher)
    assert links(client.get(geneva.get_absolute_url()).content.decode()) == expected(events)
    client.force_login(editor)
    html = client.get(geneva.get_absolute_url()).content.decode()
    assert links(html) == {} and "Compare" not in html


def test_from_a_share_the_class_note_and_the_public_notes_link_into_it_with_one_query(client, teacher, editor):
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    hanoi = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    older = EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21))  # not in the share
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, notes={hanoi.pk: f"Compare with #{singapore.pk}."})
    without = queries(client, hanoi.get_absolute_url(), {"share": share.token})
    note(editor, hanoi, f"After event {singapore.pk}, long after #{older.pk}.")
    html = client.get(hanoi.get_absolute_url(), {"share": share.token}).content.decode()
    assert links(html) == {
        f"#{singapore.pk}": f"/events/{singapore.pk}/?share={share.token}",
        f"event {singapore.pk}": f"/events/{singapore.pk}/?share={share.token}",
        f"#{older.pk}": f"/events/{older.pk}/",
    }
    # The class note's references were resolved already: the notes' join them, in the same query.
    assert queries(client, hanoi.get_absolute_url(), {"share": share.token}) == without


def test_the_event_edit_pages_notes_link_their_references(client, editor, events):
    note(editor, events["geneva"], mention(events))
    client.force_login(editor)
    html = client.get(reverse("timeline:event_edit", args=[events["geneva"].pk])).content.decode()
    assert links(html) == expected(events)


def test_the_document_readers_highlights_link_their_references_with_one_query(client, editor, source, events):
    highlight(editor, source, "Nothing to link.")
    without = queries(client, source.document.get_absolute_url())
    highlight(editor, source, mention(events))
    one = queries(client, source.document.get_absolute_url())
    for _ in range(3):
        highlight(editor, source, mention(events))
    assert (one, queries(client, source.document.get_absolute_url())) == (without + 1, without + 1)
    html = client.get(source.document.get_absolute_url()).content.decode()
    assert links(html) == expected(events)


def test_the_document_reader_opened_from_a_share_links_a_highlights_references_into_it(client, teacher, editor,
                                                                                        source, events):
    hanoi, older = events["hanoi"], events["older"]
    share = saved_share(teacher, SharedTimeline.Mode.FROZEN, query="from=2018")  # holds Hanoi, not 1994's
    highlight(editor, source, f"Later #{hanoi.pk}; long before, event {older.pk}.")
    html = client.get(source.document.get_absolute_url(), {"share": share.token}).content.decode()
    assert links(html) == {f"#{hanoi.pk}": f"/events/{hanoi.pk}/?share={share.token}",
                           f"event {older.pk}": f"/events/{older.pk}/"}


def test_my_notes_link_their_references_with_one_query(client, teacher, events):
    client.force_login(teacher)
    note(teacher, events["geneva"], "Nothing to link.", visibility="private")
    without = queries(client, "/notes/mine/")
    note(teacher, events["geneva"], mention(events), visibility="private")
    one = queries(client, "/notes/mine/")
    for _ in range(3):
        note(teacher, events["geneva"], mention(events), visibility="editors")
    assert (one, queries(client, "/notes/mine/")) == (without + 1, without + 1)
    html = client.get("/notes/mine/").content.decode()
    assert links(html) == expected(events)
    assert f"Not yet: #{events['proposed'].pk}. Question #{events['hanoi'].pk}." in html


def test_my_notes_shortens_a_long_note_without_making_a_cut_number_a_reference(client, teacher, events):
    hanoi = events["hanoi"]
    # Shortened to 300 characters, the note ends "#<hanoi>…", cut from a number that is no event's: still no link.
    prefix, cut = f"See #{hanoi.pk}. ", f" #{hanoi.pk}"
    note(teacher, events["geneva"], prefix + "x" * (299 - len(prefix) - len(cut)) + f"{cut}0099 is no event",
         visibility="private")
    client.force_login(teacher)
    html = client.get("/notes/mine/").content.decode()
    assert len(re.findall('class="event-ref"', html)) == 1
    assert f"x #{hanoi.pk}…</p>" in html


def test_the_highlights_to_review_link_their_references(client, editor, source, events):
    highlight(editor, source, mention(events), needs_review=True)
    client.force_login(editor)
    assert links(client.get("/review/highlights/").content.decode()) == expected(events)


def test_a_notes_delete_page_links_its_references(client, editor, events):
    mine = note(editor, events["geneva"], mention(events))
    client.force_login(editor)
    assert links(client.get(f"/notes/{mine.pk}/delete/").content.decode()) == expected(events)
