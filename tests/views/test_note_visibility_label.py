"""Each note its readers can change says who can see it, "everyone" included: the choice with consequences was the
one left unlabelled. Readers who cannot write notes (students, visitors) see only public ones, and no label."""

import pytest

from tests.factories import EventSourceFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventSourceFactory().event


def _note(event, author, visibility: str) -> Annotation:
    return Annotation.objects.create(event=event, author=author, body=f"A note for {visibility}", visibility=visibility)


@pytest.mark.parametrize("visibility, label", [("public", "everyone"), ("editors", "editors"), ("private", "only me")])
def test_a_notes_author_sees_who_can_see_it_on_the_event_page(client, editor, event, visibility, label):
    _note(event, editor, visibility)
    client.force_login(editor)
    html = client.get(event.get_absolute_url()).content.decode()
    assert f'<span class="badge">visible to {label}</span>' in html


def test_the_event_edit_page_labels_a_public_note_too(client, editor, event):
    _note(event, editor, "public")
    client.force_login(editor)
    html = client.get(f"/events/{event.pk}/edit/").content.decode()
    assert '<span class="badge">visible to everyone</span>' in html


def test_a_visitor_reading_public_notes_gets_no_label(client, editor, event):
    _note(event, editor, "public")
    html = client.get(event.get_absolute_url()).content.decode()
    assert "A note for public" in html and "visible to" not in html
