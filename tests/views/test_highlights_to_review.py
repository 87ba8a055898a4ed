"""The editors' list of highlights that need review lists only the notes the editor may read."""

import re

import pytest

from tests.factories import DocumentFactory, UserFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db

TEXT = "Preamble sentence here.\n\nThe envoys met in Geneva on 3 May. Later text follows."


def lost_highlight(author, document, visibility, word):
    """A highlight whose passage is gone from its document's text (as services.ingest_document leaves one)."""
    return Annotation.objects.create(
        author=author, document=document, visibility=visibility, needs_review=True,
        body=f"{word} body", quote_exact=f"{word} quote", position_start=0, position_end=8,
    )


@pytest.fixture
def document():
    return DocumentFactory(text=TEXT)


@pytest.fixture
def notes(teacher, document):
    return {
        visibility: lost_highlight(teacher, document, visibility, word)
        for visibility, word in [("private", "Secretive"), ("editors", "Staffroom"), ("public", "Openly")]
    }


def listed(client) -> tuple[str, list[str]]:
    html = client.get("/review/highlights/").content.decode()
    return html, re.findall(r'<li id="note-(\d+)"', html)


def test_an_editor_is_not_shown_a_teachers_private_highlight_nor_counts_it(client, editor, notes):
    client.force_login(editor)
    html, ids = listed(client)
    assert ids == [str(notes["editors"].pk), str(notes["public"].pk)]
    assert "Secretive" not in html
    assert f"/notes/{notes['private'].pk}/" not in html
    assert "Staffroom body" in html and "Openly quote" in html


def test_an_editor_sees_their_own_private_highlight_that_needs_review(client, editor, document):
    mine = lost_highlight(editor, document, "private", "Mine")
    other_editor = UserFactory(groups=["Editors"])
    lost_highlight(other_editor, document, "private", "Theirs")
    client.force_login(editor)
    html, ids = listed(client)
    assert ids == [str(mine.pk)] and "Mine body" in html and "Theirs" not in html


def test_an_editor_still_cannot_remove_a_teachers_private_highlight(client, editor, notes):
    client.force_login(editor)
    private = notes["private"]
    assert client.post(f"/notes/{private.pk}/delete/").status_code == 404
    assert Annotation.objects.filter(pk=private.pk).exists()


def test_the_reader_shows_a_private_highlight_that_needs_review_to_its_author_only(client, teacher, editor, student,
                                                                                  notes, document):
    client.force_login(teacher)
    assert "Secretive quote" in client.get(document.get_absolute_url()).content.decode()
    for user in (editor, UserFactory(groups=["Teachers"]), student, None):
        client.logout() if user is None else client.force_login(user)
        html = client.get(document.get_absolute_url()).content.decode()
        assert "Secretive" not in html and f'id="note-{notes["private"].pk}"' not in html
        # Its "needs review" badge is not counted among those this reader sees either.
        assert html.count("data-needs-review") == (2 if user == editor else 1)


def test_an_editor_may_remove_a_teachers_highlight_that_needs_review_but_not_reword_or_publish_it(client, editor,
                                                                                                   notes):
    shared = notes["editors"]
    client.force_login(editor)
    assert client.get(f"/notes/{shared.pk}/edit/").status_code == 403
    assert client.post(f"/notes/{shared.pk}/edit/", {"body": "Reworded", "visibility": "public"}).status_code == 403
    shared.refresh_from_db()
    assert (shared.body, shared.visibility) == ("Staffroom body", "editors")
    assert client.post(f"/notes/{shared.pk}/delete/", {"next": "/review/highlights/"}).status_code == 302
    assert not Annotation.objects.filter(pk=shared.pk).exists()
