"""The edit page's "Add a note" box belongs to the event form (its fields name it in their ``form`` attribute), so
that neither button loses what was typed for the other, with or without JavaScript: Save saves the event and says
plainly that the note is not saved, keeping it in its box; Add note adds the note and keeps the event's typed
changes in the form, not saved."""

import re

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from tests.views.test_event_edit_no_change import history_count, shown_form
from timeline.forms import BLANK_NOTE
from timeline.models import Annotation, Event

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}
NOTE = "Ask the class who proposed it"


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(title="Summit in Singapore", actors=[ActorFactory(name="North Korea")])
    ).event


def _posted(client, event, **changes) -> dict:
    """What a browser sends for the edit page's form as shown, with ``changes`` typed."""
    return {**shown_form(client, f"/events/{event.pk}/edit/"), **{name: [value] for name, value in changes.items()}}


def _note_box(page: str) -> str:
    return re.search(r'<textarea name="body" id="note-body"[^>]*>(.*?)</textarea>', page, re.S).group(1).strip()


def _title_box(page: str) -> str:
    return re.search(r'<textarea name="title"[^>]*>(.*?)</textarea>', page, re.S).group(1).strip()


def test_the_note_box_is_sent_with_the_event_form(client, editor, event):
    client.force_login(editor)
    shown = shown_form(client, f"/events/{event.pk}/edit/")
    assert shown["body"] == [""]
    assert len(shown["visibility"]) == 1


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["without JavaScript", "with htmx"])
def test_a_save_with_a_note_typed_saves_the_event_and_says_the_note_is_not_saved(client, editor, event, headers):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", body=NOTE)
    response = client.post(f"/events/{event.pk}/edit/", data, headers=headers)
    assert response.status_code == 200
    assert "HX-Redirect" not in response
    page = response.content.decode()
    assert "Saved “Trump and Kim meet in Singapore” (version 2)." in page
    assert "Your note is not saved" in page
    assert Event.objects.get(pk=event.pk).title == "Trump and Kim meet in Singapore"
    assert not Annotation.objects.exists()


def test_without_javascript_the_note_not_saved_is_still_in_its_box(client, editor, event):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", body=NOTE)
    page = client.post(f"/events/{event.pk}/edit/", data).content.decode()
    assert _note_box(page) == NOTE
    assert _title_box(page) == "Trump and Kim meet in Singapore"


def test_a_save_changing_nothing_with_a_note_typed_says_the_note_is_not_saved(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", _posted(client, event, body=NOTE), headers=HTMX)
    assert response.status_code == 200
    assert "HX-Redirect" not in response
    page = response.content.decode()
    assert "Nothing in the event changed." in page
    assert "Your note is not saved" in page
    assert "is as it was" not in page


def test_a_save_with_no_note_typed_goes_on_as_before(client, editor, event):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", body="  ")
    response = client.post(f"/events/{event.pk}/edit/", data, headers=HTMX)
    assert response["HX-Redirect"]
    assert "not saved" not in response.content.decode()


def test_add_note_adds_the_note_and_comes_back_to_the_edit_page_at_it(client, editor, event):
    client.force_login(editor)
    versions = history_count(event)
    data = _posted(client, event, body=NOTE, add_note="1", next="/review/?status=rejected")
    response = client.post(f"/events/{event.pk}/edit/", data)
    note = Annotation.objects.get()
    assert (note.body, note.event, note.author) == (NOTE, event, editor)
    assert response.url == f"/events/{event.pk}/edit/?next=/review/%3Fstatus%3Drejected#note-{note.pk}"
    assert history_count(event) == versions
    assert NOTE in client.get(response.url).content.decode()


def test_add_note_with_htmx_loads_the_edit_page_at_the_note(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", _posted(client, event, body=NOTE, add_note="1"), headers=HTMX)
    assert response["HX-Redirect"].startswith(f"/events/{event.pk}/edit/?next=")
    assert response["HX-Redirect"].endswith(f"#note-{Annotation.objects.get().pk}")


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["without JavaScript", "with htmx"])
def test_add_note_with_a_change_typed_in_the_event_keeps_the_change_typed_and_not_saved(client, editor, event, headers):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", body=NOTE, add_note="1")
    response = client.post(f"/events/{event.pk}/edit/", data, headers=headers)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Note added. Your changes to the event are not saved yet" in page
    assert _title_box(page) == "Trump and Kim meet in Singapore"
    assert "data-unsaved" in page
    assert _note_box(page) == ""
    assert Annotation.objects.get().body == NOTE
    assert Event.objects.get(pk=event.pk).title == "Summit in Singapore"
    if headers:
        # The whole page section comes back: the new note in the list, the form still holding the typed change.
        assert (response["HX-Retarget"], response["HX-Reselect"]) == ("#edit-page", "#edit-page")


def test_add_note_with_an_empty_note_says_so_and_adds_nothing(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", _posted(client, event, body=" ", add_note="1"))
    assert response.status_code == 422
    assert BLANK_NOTE in response.content.decode()
    assert not Annotation.objects.exists()
