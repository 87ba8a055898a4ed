"""A teacher's private highlight that needs review is theirs alone to fix: editors do not see it on the highlights to
review (test_highlights_to_review.py), and a teacher cannot open that page. So the pages where its author sees it
say so, and lead to what fixes it: the event page flags it and points to the document, where the passage can be
highlighted again; its edit page says why; its author removes it from either page. Nobody else is shown any of it.
"""

import re

import pytest

from tests.factories import UserFactory
from timeline.models import Annotation

pytestmark = pytest.mark.django_db

FLAG = "needs review: the passage changed"


@pytest.fixture
def lost(teacher, source):
    """The teacher's private highlight, on the event's sentence, whose passage left the document's re-loaded text."""
    return Annotation.objects.create(
        author=teacher, event=source.event, document=source.document, visibility="private", needs_review=True,
        body="Secretive body", quote_exact="Secretive quote", position_start=0, position_end=15,
    )


def note_item(html: str, note: Annotation) -> str:
    found = re.search(rf'<li class="note[^"]*" id="note-{note.pk}">.*?</li>', html, re.S)
    assert found, f"note {note.pk} is not on the page"
    return found.group(0)


def test_a_teacher_cannot_open_the_editors_highlights_to_review(client, teacher, lost):
    client.force_login(teacher)
    assert client.get("/review/highlights/").status_code == 403


def test_the_event_page_tells_its_author_the_highlight_needs_review_and_how_to_fix_or_remove_it(client, teacher,
                                                                                                lost, source):
    client.force_login(teacher)
    item = note_item(client.get(source.event.get_absolute_url()).content.decode(), lost)
    assert FLAG in item
    assert "no longer in the text of" in item
    # To the highlight in the document, where the passage can be highlighted again; its edit and delete links.
    assert f'href="{source.document.get_absolute_url()}#note-{lost.pk}"' in item
    assert f'href="/notes/{lost.pk}/edit/?next=' in item
    assert f"/notes/{lost.pk}/delete/" in item


def test_the_reader_flags_it_to_its_author_with_its_edit_and_delete_links(client, teacher, lost, source):
    client.force_login(teacher)
    html = client.get(source.document.get_absolute_url()).content.decode()
    item = re.search(rf'<li class="note" id="note-{lost.pk}".*?</li>', html, re.S).group(0)
    assert "data-needs-review" in item and FLAG in item
    assert f'href="/notes/{lost.pk}/edit/?next=' in item and f"/notes/{lost.pk}/delete/" in item


def test_its_edit_page_says_the_passage_changed_and_leads_to_the_document(client, teacher, lost, source):
    client.force_login(teacher)
    html = client.get(f"/notes/{lost.pk}/edit/").content.decode()
    assert FLAG in html and "Secretive quote" in html
    assert f'href="{source.document.get_absolute_url()}#note-{lost.pk}"' in html


def test_its_author_removes_it_from_the_event_page(client, teacher, lost, source):
    client.force_login(teacher)
    page = source.event.get_absolute_url()
    response = client.post(f"/notes/{lost.pk}/delete/", {"next": page})
    assert response.status_code == 302 and response.url == page
    assert not Annotation.objects.filter(pk=lost.pk).exists()


def test_no_one_else_is_shown_it_or_its_flag(client, editor, student, lost, source):
    for user in (editor, UserFactory(groups=["Teachers"]), student, None):
        client.logout() if user is None else client.force_login(user)
        for url in (source.event.get_absolute_url(), source.document.get_absolute_url()):
            html = client.get(url).content.decode()
            assert "Secretive" not in html and f"note-{lost.pk}" not in html, (user, url)
            assert FLAG not in html and "no longer in the text of" not in html, (user, url)
        assert client.get(f"/notes/{lost.pk}/edit/").status_code in (302, 403, 404)


def test_a_public_highlight_that_needs_review_is_flagged_to_its_readers_but_only_its_author_is_told_what_to_do(
        client, teacher, student, lost, source):
    Annotation.objects.filter(pk=lost.pk).update(visibility="public")
    client.force_login(student)
    item = note_item(client.get(source.event.get_absolute_url()).content.decode(), lost)
    assert FLAG in item
    assert "no longer in the text of" not in item and "/edit/" not in item
