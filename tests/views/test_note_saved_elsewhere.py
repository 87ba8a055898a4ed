"""A note edited in two windows by its author: the second save does not silently overwrite what the first saved."""

import html
import re

import pytest
from django.test import Client

from tests.factories import EventSourceFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db
LOADED = re.compile(r'<input type="hidden" name="loaded" value="([^"]*)"')


def _form(client, note) -> dict:
    """The edit form's fields as the browser would send them, untouched."""
    body = client.get(f"/notes/{note.pk}/edit/").content.decode()
    found = LOADED.search(body)
    assert found, "the form carries what it was loaded from"
    return {"body": note.body, "visibility": note.visibility, "loaded": html.unescape(found[1])}


@pytest.fixture
def two_windows(teacher):
    note = Annotation.objects.create(author=teacher, event=EventSourceFactory().event, body="Who asked for the talks?",
                                     visibility="private")
    first, second = Client(), Client()
    first.force_login(teacher)
    second.force_login(teacher)
    return note, first, second, _form(first, note), _form(second, note)


def test_the_second_save_is_refused_showing_both_texts_and_the_first_is_kept(two_windows):
    note, first, second, first_form, second_form = two_windows
    assert first.post(f"/notes/{note.pk}/edit/", {**first_form, "body": "Compare Hanoi."}).status_code == 302
    response = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Compare Singapore."})
    assert response.status_code == 409
    body = response.content.decode()
    assert "Saved in another window while you were editing" in body
    assert "Compare Hanoi." in body, "the text saved meanwhile is shown"
    assert "Compare Singapore.</textarea>" in body, "the second window's typing is shown again, not lost"
    note.refresh_from_db()
    assert note.body == "Compare Hanoi."


def test_saving_again_from_the_refused_form_saves_it(two_windows):
    note, first, second, first_form, second_form = two_windows
    first.post(f"/notes/{note.pk}/edit/", {**first_form, "body": "Compare Hanoi."})
    refused = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Compare Singapore."})
    loaded = html.unescape(LOADED.search(refused.content.decode())[1])
    again = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Compare Singapore.", "loaded": loaded})
    assert again.status_code == 302
    note.refresh_from_db()
    assert note.body == "Compare Singapore."


def test_a_window_that_would_put_back_the_old_visibility_is_refused(two_windows):
    note, first, second, first_form, second_form = two_windows
    first.post(f"/notes/{note.pk}/edit/", {**first_form, "visibility": "public"})
    response = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Who asked for the talks, and why?"})
    assert response.status_code == 409
    assert "Who can see it" in response.content.decode()
    note.refresh_from_db()
    assert (note.body, note.visibility) == ("Who asked for the talks?", "public")


def test_both_windows_saving_the_same_text_is_no_conflict(two_windows):
    note, first, second, first_form, second_form = two_windows
    first.post(f"/notes/{note.pk}/edit/", {**first_form, "body": "Compare Hanoi."})
    # A browser sends a textarea's line breaks as CRLF; the same words are the same note.
    assert second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Compare Hanoi.\r\n"}).status_code == 302


def test_a_form_refused_for_its_own_error_still_checks_against_what_it_loaded(two_windows):
    note, first, second, first_form, second_form = two_windows
    refused = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": ""})
    assert refused.status_code == 422
    first.post(f"/notes/{note.pk}/edit/", {**first_form, "body": "Compare Hanoi."})
    loaded = html.unescape(LOADED.search(refused.content.decode())[1])
    response = second.post(f"/notes/{note.pk}/edit/", {**second_form, "body": "Compare Singapore.", "loaded": loaded})
    assert response.status_code == 409
    note.refresh_from_db()
    assert note.body == "Compare Hanoi."
