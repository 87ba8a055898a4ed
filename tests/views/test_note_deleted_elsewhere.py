"""A note deleted in one window while its edit form is still open in another: saving there keeps what was typed."""

import html
import re

import pytest
from django.test import Client

from tests.factories import EventSourceFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
CREATE_FORM = re.compile(r'<form method="post" action="(/events/\d+/notes/)"[^>]*>(.*?)</form>', re.S)


def _open_form(client, note, next_url: str = "") -> dict:
    """The edit form's fields as the browser would send them, untouched."""
    page = client.get(f"/notes/{note.pk}/edit/" + (f"?next={next_url}" if next_url else "")).content.decode()
    fields = {name: html.unescape(value) for name, value in HIDDEN.findall(page) if name != "csrfmiddlewaretoken"}
    return {**fields, "body": note.body, "visibility": note.visibility}


@pytest.fixture
def signed_in(teacher):
    client = Client()
    client.force_login(teacher)
    return client


def test_saving_a_note_deleted_elsewhere_shows_what_was_typed_and_offers_to_add_it_again(teacher, signed_in):
    event = EventSourceFactory(event__status="published").event
    note = Annotation.objects.create(author=teacher, event=event, body="Who asked for the talks?", visibility="public")
    form = _open_form(signed_in, note, next_url="/notes/mine/")
    other_window = Client()
    other_window.force_login(teacher)
    other_window.post(f"/notes/{note.pk}/delete/")

    response = signed_in.post(f"/notes/{note.pk}/edit/", {**form, "body": "Compare Hanoi."})
    assert response.status_code == 409
    page = response.content.decode()
    assert 'class="site-header"' in page, "in the site's layout"
    assert "Deleted in another window while you were editing" in page
    assert "Compare Hanoi.</textarea>" in page, "what was typed is shown again, not lost"
    action, inside = CREATE_FORM.search(page).groups()
    assert action == f"/events/{event.pk}/notes/"
    assert "Add it as a new note" in inside
    assert 'name="loaded"' not in inside

    # The one form adds it, without JavaScript: a plain POST of what the page shows.
    added = signed_in.post(action, {**dict(HIDDEN.findall(inside)), "body": "Compare Hanoi.", "visibility": "public"})
    assert added.status_code == 302
    again = Annotation.objects.get()
    assert (again.body, again.event, again.author, again.visibility) == ("Compare Hanoi.", event, teacher, "public")
    assert added["Location"] == f"/notes/mine/#note-{again.pk}", "back where the edit was opened from"


def test_a_reply_deleted_elsewhere_is_offered_again_as_a_reply_while_its_note_is_there(teacher, editor, signed_in):
    event = EventSourceFactory(event__status="published").event
    parent = Annotation.objects.create(author=editor, event=event, body="Sources?", visibility="public")
    reply = Annotation.objects.create(author=teacher, event=event, parent=parent, body="Two.", visibility="public")
    form = _open_form(signed_in, reply)
    Annotation.objects.filter(pk=reply.pk).delete()

    page = signed_in.post(f"/notes/{reply.pk}/edit/", {**form, "body": "Three."}).content.decode()
    inside = CREATE_FORM.search(page)[2]
    assert f'name="parent" value="{parent.pk}"' in inside


def test_an_htmx_save_of_a_deleted_note_gets_the_same_page_swapped_for_the_whole_body(teacher, signed_in):
    note = Annotation.objects.create(author=teacher, event=EventSourceFactory().event, body="Why?")
    form = _open_form(signed_in, note)
    Annotation.objects.filter(pk=note.pk).delete()
    response = signed_in.post(f"/notes/{note.pk}/edit/", {**form, "body": "Why now?"}, headers={"HX-Request": "true"})
    assert response.status_code == 409
    assert "Deleted in another window while you were editing" in response.content.decode()
    assert "Why now?</textarea>" in response.content.decode()
    assert response["HX-Retarget"] == "body" and response["HX-Reswap"] == "innerHTML"


def test_a_post_to_a_note_that_never_existed_is_still_not_found(signed_in):
    assert signed_in.post("/notes/999999/edit/", {"body": "Hello", "visibility": "private"}).status_code == 404


def test_a_deleted_highlight_on_no_event_shows_the_text_but_offers_no_event_to_add_it_to(teacher, signed_in):
    source = EventSourceFactory()
    text = source.document.text
    note = Annotation.objects.create(author=teacher, document=source.document, body="Odd wording.",
                                     quote_exact=text[:10], position_start=0, position_end=10)
    form = _open_form(signed_in, note)
    Annotation.objects.filter(pk=note.pk).delete()
    response = signed_in.post(f"/notes/{note.pk}/edit/", {**form, "body": "Odd wording here."})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Odd wording here." in page
    assert "Add it as a new note" not in page
    assert source.document.get_absolute_url() in page, "a way back to the document, to highlight it again"
