"""The edit page's Save with a note typed in its separate "Add a note" box (editor.js sends ``note_typed`` along): the
event is saved as usual, and the answer says plainly that the note is not, leaving the page (and the box) as it is."""

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from tests.views.test_event_edit_no_change import shown_form
from timeline.models import Annotation, Event

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(title="Summit in Singapore", actors=[ActorFactory(name="North Korea")])
    ).event


def _posted(client, event, **changes) -> dict:
    """The form as the edit page shows it, with ``changes`` typed."""
    return {**shown_form(client, f"/events/{event.pk}/edit/"), **{name: [value] for name, value in changes.items()}}


def test_a_save_with_a_note_typed_saves_the_event_and_says_the_note_is_not_saved(client, editor, event):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", note_typed="1")
    response = client.post(f"/events/{event.pk}/edit/", data, headers=HTMX)
    assert response.status_code == 200
    assert "HX-Redirect" not in response
    page = response.content.decode()
    assert "Saved “Trump and Kim meet in Singapore” (version 2)." in page
    assert "Your note is not saved" in page
    assert Event.objects.get(pk=event.pk).title == "Trump and Kim meet in Singapore"
    assert not Annotation.objects.exists()


def test_a_save_changing_nothing_with_a_note_typed_says_the_note_is_not_saved(client, editor, event):
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", _posted(client, event, note_typed="1"), headers=HTMX)
    assert response.status_code == 200
    assert "HX-Redirect" not in response
    page = response.content.decode()
    assert "Nothing in the event changed." in page
    assert "Your note is not saved" in page
    assert "is as it was" not in page


def test_a_save_with_no_note_typed_goes_on_as_before(client, editor, event):
    client.force_login(editor)
    data = _posted(client, event, title="Trump and Kim meet in Singapore", note_typed="")
    response = client.post(f"/events/{event.pk}/edit/", data, headers=HTMX)
    assert response["HX-Redirect"]
    assert "not saved" not in response.content.decode()
