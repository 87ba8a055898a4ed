"""A teacher's "only me" note (and an "editors" one) reaches nobody else by any page that shows notes: the event
page, the document reader, the highlights to review, the "only events with notes" filter, every export, share pages.

Regression guards for the review-page leak (see test_highlights_to_review.py): each path is checked for the note's
text, and the ones that count notes for whether the event is counted.
"""

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from timeline.models import Annotation, SharedTimeline

pytestmark = pytest.mark.django_db

EXPORTS = ["events.csv", "events.ics", "events.json", "timelinejs.json"]


@pytest.fixture
def note(teacher, source):
    """The teacher's private note, both on the event and as a highlight in its document that needs review."""
    return Annotation.objects.create(
        author=teacher, event=source.event, document=source.document, visibility="private", needs_review=True,
        body="Secretive body", quote_exact="North Korea", position_start=0, position_end=11,
    )


def readers(editor, student):
    return {"editor": editor, "another teacher": UserFactory(groups=["Teachers"]), "student": student, "visitor": None}


def pages(client, source) -> dict[str, str]:
    event, document = source.event, source.document
    share = SharedTimeline.objects.create(owner=UserFactory(groups=["Teachers"]), title="Class", query="")
    urls = {
        "event page": event.get_absolute_url(),
        "document reader": document.get_absolute_url(),
        "highlights to review": "/review/highlights/",
        "events with notes": "/?annotated=1",
        "share page": reverse("timeline:share_detail", args=[share.token]),
        "share handout": reverse("timeline:share_print", args=[share.token]),
    }
    urls |= {f"export {name}": reverse("timeline:export", args=[name]) for name in EXPORTS}
    urls |= {f"share export {name}": reverse("timeline:share_export", args=[share.token, name]) for name in EXPORTS}
    return {where: client.get(url).content.decode() for where, url in urls.items()}


def test_a_teachers_private_note_reaches_no_one_else_anywhere(client, teacher, editor, student, source, note):
    for who, user in readers(editor, student).items():
        client.logout() if user is None else client.force_login(user)
        for where, html in pages(client, source).items():
            assert "Secretive" not in html, f"{who} reads it on the {where}"
            assert f"note-{note.pk}" not in html, f"{who} is shown it on the {where}"
        # Nor is the event counted among those with notes.
        assert "Geneva talks" not in client.get("/?annotated=1").content.decode(), who


def test_an_editors_note_reaches_editors_but_no_student_or_export(client, teacher, editor, student, source, note):
    Annotation.objects.filter(pk=note.pk).update(visibility="editors", body="Staffroom body")
    for who, user in readers(editor, student).items():
        client.logout() if user is None else client.force_login(user)
        seen = {where for where, html in pages(client, source).items() if "Staffroom" in html}
        expected = {"event page", "document reader", "highlights to review"} if who == "editor" else set()
        assert seen == expected, who


def test_its_author_still_reads_it_on_the_event_page_and_in_the_reader(client, teacher, source, note):
    client.force_login(teacher)
    seen = {where for where, html in pages(client, source).items() if "Secretive" in html}
    assert seen == {"event page", "document reader"}


def test_the_same_note_made_public_is_on_every_one_of_these_paths(client, student, source, note):
    # So that the checks above look where notes are shown, not at pages that never show one.
    Annotation.objects.filter(pk=note.pk).update(visibility="public", body="Openly body")
    client.force_login(student)
    shown = pages(client, source)
    unseen = {where for where, html in shown.items() if "Openly" not in html}
    # Editors only: a student gets 403. The filter lists the event, not its notes.
    assert unseen == {"highlights to review", "events with notes"}
    assert "Geneva talks" in shown["events with notes"]
