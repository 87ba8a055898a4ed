"""A highlight may be just a marked passage: saved with no note, it shows as the passage alone (on its document, its
event and My notes), its Edit and Delete links name it by its passage, and it adds nothing to a share's notes."""

import pytest

from tests.views.test_annotations import (  # noqa: F401 (document is a fixture)
    TEXT,
    document,
    highlight,
    highlight_then_rewrite_the_preamble,
    named,
)
from timeline.models import Annotation
from timeline.shares import public_notes

pytestmark = pytest.mark.django_db
PASSAGE = "met in Singapore"


def _mark(client, document) -> Annotation:
    start = TEXT.index(PASSAGE)
    response = highlight(client, document, PASSAGE, start, start + len(PASSAGE), **{"highlight-body": "  "})
    assert response.status_code == 302
    return Annotation.objects.get()


def test_a_highlight_with_no_note_is_saved_and_shown_as_the_passage_alone(client, editor, document):
    client.force_login(editor)
    page = client.get(document.get_absolute_url()).content.decode()
    assert 'name="highlight-body" id="highlight-body" rows="3" required' not in page
    mark = _mark(client, document)
    assert (mark.body, mark.quote_exact, mark.event) == ("", PASSAGE, document.sources.get().event)
    for url in (document.get_absolute_url(), mark.event.get_absolute_url(), "/notes/mine/"):
        page = client.get(url).content.decode()
        assert f"{PASSAGE}</blockquote>" in page, url
        assert 'class="note-body"></' not in page, url
        assert named("Delete", PASSAGE) in page and named("Edit", PASSAGE) in page, url


def test_a_highlight_with_no_note_is_deleted_like_any(client, editor, document):
    client.force_login(editor)
    mark = _mark(client, document)
    assert PASSAGE in client.get(f"/notes/{mark.pk}/delete/").content.decode()
    assert client.post(f"/notes/{mark.pk}/delete/").status_code == 302
    assert not Annotation.objects.exists()


def test_a_highlights_note_may_be_emptied_but_a_notes_may_not(client, editor, document):
    client.force_login(editor)
    start = TEXT.index(PASSAGE)
    highlight(client, document, PASSAGE, start, start + len(PASSAGE))
    mark = Annotation.objects.get()
    assert client.post(f"/notes/{mark.pk}/edit/", {"body": "", "visibility": "editors"}).status_code == 302
    mark.refresh_from_db()
    assert (mark.body, mark.visibility) == ("", "editors")
    client.post(f"/events/{mark.event.pk}/notes/", {"body": "On the event", "visibility": "public"})
    note = Annotation.objects.get(document=None)
    assert client.post(f"/notes/{note.pk}/edit/", {"body": " ", "visibility": "public"}).status_code == 422


def test_a_public_highlight_with_no_note_adds_nothing_to_a_shares_notes(client, editor, document):
    client.force_login(editor)
    mark = _mark(client, document)
    assert mark.visibility == "public"
    assert public_notes([mark.event.pk]) == {}


def test_a_highlight_with_no_note_re_anchors_after_a_text_change_or_is_listed_for_review(client, editor):
    client.force_login(editor)
    _moved, lost, _changed = highlight_then_rewrite_the_preamble(client, **{"highlight-body": ""})
    assert lost.needs_review and lost.body == ""
    assert named("Remove", "Preamble sentence") in client.get("/review/highlights/").content.decode()
