"""A note in the admin stays its author's and on its event: staff moderate it (delete it, fix its document or reply
links) but cannot move a teacher's work to another person or another event, and a note added there is the adder's."""

import pytest
from django.contrib.auth.models import User

from tests.factories import EventSourceFactory, UserFactory
from tests.views.test_admin_private_notes import NOTES, add_note, change_form
from timeline.models import Annotation

pytestmark = pytest.mark.django_db


@pytest.fixture
def boss(db):
    return User.objects.create_user("boss", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("whose", ["the teacher's", "the boss's own"])
def test_a_staff_post_that_moves_a_note_to_another_owner_or_event_leaves_both_as_they_were(
        client, boss, teacher, source, whose):
    author = teacher if whose == "the teacher's" else boss
    note = add_note(author, source, "editors", "Staffroom")
    elsewhere = EventSourceFactory(event__title="Hanoi summit").event
    client.force_login(boss)
    page = client.get(f"{NOTES}{note.pk}/change/").content.decode()
    assert 'name="event"' not in page and 'name="author"' not in page
    assert "Geneva talks" in page  # still said, read-only
    other = UserFactory(username="other")
    response = client.post(f"{NOTES}{note.pk}/change/", change_form(note, author=other.pk, event=elsewhere.pk))
    assert response.status_code == 302, response.content.decode()
    note.refresh_from_db()
    assert (note.author_id, note.event_id) == (author.pk, source.event_id)


def test_a_note_added_in_the_admin_is_on_the_event_chosen_and_in_the_name_of_whoever_added_it(
        client, boss, teacher, source):
    client.force_login(boss)
    page = client.get(f"{NOTES}add/").content.decode()
    assert 'name="event"' in page and 'name="author"' not in page
    new = Annotation(author=teacher, body="Check the date", visibility="editors", event=source.event)
    response = client.post(f"{NOTES}add/", change_form(new))
    assert response.status_code == 302, response.content.decode()
    note = Annotation.objects.get(body="Check the date")
    assert (note.author_id, note.event_id) == (boss.pk, source.event_id)
