"""Every signed-in user's "My notes": their own notes of every visibility, highlights needing review first, and the
header link that counts those, so a teacher (who cannot open the editors' highlights to review) notices them."""

import datetime
import html as markup
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation, Status
from timeline.views.annotations import MY_NOTES_PAGE_SIZE

pytestmark = pytest.mark.django_db

URL = "/notes/mine/"
LONG_AGO = timezone.now() - datetime.timedelta(days=30)


def note(author, event, body, visibility="private", **fields):
    return Annotation.objects.create(author=author, event=event, body=body, visibility=visibility, **fields)


def lost_highlight(author, source, body, **fields):
    """A highlight whose passage left its document's re-loaded text (as services.ingest_document flags one)."""
    return note(author, source.event, body, document=source.document, needs_review=True, quote_exact=f"{body} quote",
                position_start=0, position_end=10, **fields)


def listed(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="note[^"]*" id="note-(\d+)"', html)]


def section(html: str, heading: str) -> str:
    found = re.search(rf"<h2[^>]*>{heading}</h2>.*?</ol>", html, re.S)
    assert found, f"no section {heading!r}"
    return found.group(0)


def test_it_lists_only_the_users_own_notes_of_every_visibility_newest_first(client, teacher, editor, source):
    oldest = note(teacher, source.event, "Private thought", "private", created_at=LONG_AGO)
    middle = note(teacher, source.event, "For the staffroom", "editors", created_at=LONG_AGO + datetime.timedelta(1))
    newest = note(teacher, source.event, "For the class", "public")
    note(editor, source.event, "Editor's public remark", "public")
    note(UserFactory(groups=["Teachers"]), source.event, "Another teacher's secret", "private")
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert listed(html) == [newest.pk, middle.pk, oldest.pk]
    assert "Editor's public remark" not in html and "Another teacher's secret" not in html
    assert "visible to only me" in html and "visible to editors" in html and "visible to everyone" in html
    assert f'href="{source.event.get_absolute_url()}#note-{newest.pk}"' in html
    assert f'href="/notes/{newest.pk}/edit/?next=' in html


def test_highlights_needing_review_come_first_in_their_own_section_with_a_way_to_fix_them(client, teacher, source):
    recent = note(teacher, source.event, "A recent note")
    lost = lost_highlight(teacher, source, "Lost passage", created_at=LONG_AGO)
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert listed(html) == [lost.pk, recent.pk]
    review = section(html, "Highlights that need your review")
    assert listed(review) == [lost.pk]
    assert "no longer in it" in review
    assert f'href="{source.document.get_absolute_url()}#note-{lost.pk}"' in review
    assert f"/notes/{lost.pk}/delete/" in review and f'href="/notes/{lost.pk}/edit/?next=' in review
    assert listed(section(html, "Other notes and highlights")) == [recent.pk]


def test_without_highlights_to_review_there_is_no_review_section(client, teacher, source):
    note(teacher, source.event, "A note")
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert "need your review" not in html and "Notes and highlights</h2>" in html


def test_another_users_highlight_needing_review_is_neither_listed_nor_counted(client, teacher, source):
    lost_highlight(UserFactory(groups=["Teachers"]), source, "Theirs", visibility="public")
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert listed(html) == [] and "Theirs" not in html and "to review<" not in html
    assert "You have no notes yet" in html


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url == "/accounts/login/?next=/notes/mine/"


def test_the_header_links_to_my_notes_with_the_number_to_review_for_signed_in_users_only(client, teacher, source):
    lost_highlight(teacher, source, "One")
    lost_highlight(teacher, source, "Two", visibility="public")
    note(teacher, source.event, "Not a highlight", needs_review=True)  # a flag without a passage means nothing
    client.force_login(teacher)
    html = client.get("/").content.decode()
    link = re.search(r'<a href="/notes/mine/">(.*?)</a>', html).group(1)
    # The count shows as a badge, "2"; "to review" is there for screen readers.
    assert re.sub(r"<[^>]+>", "", link) == "My notes 2 to review"
    assert '<span class="nav-count">2</span>' in link
    client.logout()
    assert "/notes/mine/" not in client.get("/").content.decode()


def test_a_student_gets_the_link_without_a_count_and_an_empty_page(client, student):
    client.force_login(student)
    assert '<a href="/notes/mine/">My notes</a>' in client.get("/").content.decode()
    assert "You have no notes yet" in client.get(URL).content.decode()


def test_the_header_count_is_one_query(client, teacher, source):
    lost_highlight(teacher, source, "One")
    client.force_login(teacher)
    with CaptureQueriesContext(connection) as queries:
        assert '<span class="nav-count">1</span>' in client.get("/documents/").content.decode()
    counting = [q["sql"] for q in queries if "timeline_annotation" in q["sql"]]
    assert len(counting) == 1 and "COUNT(" in counting[0].upper()


def test_it_pages_through_many_notes_keeping_those_to_review_first(client, teacher, source):
    lost = lost_highlight(teacher, source, "Lost", created_at=LONG_AGO)
    notes = [note(teacher, source.event, f"Note {i}") for i in range(MY_NOTES_PAGE_SIZE + 1)]
    client.force_login(teacher)
    first = client.get(URL).content.decode()
    assert listed(first)[0] == lost.pk and len(listed(first)) == MY_NOTES_PAGE_SIZE
    assert "Page 1 of 2" in first and 'href="?page=2"' in first
    second = client.get(URL, {"page": 2}).content.decode()
    assert listed(second) == [notes[1].pk, notes[0].pk]
    assert "need your review" not in second
    assert client.get(URL, {"page": 3}).status_code == 404
    assert client.get(URL, {"page": "x"}).status_code == 404


def test_a_note_on_an_event_no_longer_published_names_it_without_a_dead_link(client, teacher):
    event = EventFactory(title="Withdrawn talks", status=Status.REJECTED)
    mine = note(teacher, event, "Check this")
    client.force_login(teacher)
    html = client.get(URL).content.decode()
    assert "“Withdrawn talks” (not on the timeline now)" in html
    assert f'href="{event.get_absolute_url()}' not in html and listed(html) == [mine.pk]


def link(html: str, pk: int, action: str) -> str:
    """The address of a note's Edit or Delete link, as a browser would follow it."""
    return markup.unescape(re.search(rf'href="(/notes/{pk}/{action}/[^"]*)"', html).group(1))


def test_editing_a_note_from_my_notes_comes_back_to_the_same_page_of_my_notes(client, teacher, source):
    notes = [note(teacher, source.event, f"Note {i}") for i in range(MY_NOTES_PAGE_SIZE + 1)]
    oldest = notes[0]  # on page 2
    client.force_login(teacher)
    edit = link(client.get(URL, {"page": 2}).content.decode(), oldest.pk, "edit")
    form = client.get(edit).content.decode()
    assert f'href="/notes/mine/?page=2#note-{oldest.pk}">Cancel</a>' in form
    assert '<input type="hidden" name="next" value="/notes/mine/?page=2">' in form
    response = client.post(edit, {"body": "Reworded", "visibility": "private", "next": "/notes/mine/?page=2"})
    assert response["Location"] == f"/notes/mine/?page=2#note-{oldest.pk}"
    assert "Reworded" in client.get(response["Location"]).content.decode()
    # Deleting from there comes back too (the note is gone, so to the page, not to it; it was the only note on
    # page 2, so to page 1, now the last).
    delete = link(client.get(URL, {"page": 2}).content.decode(), oldest.pk, "delete")
    assert client.post(delete, {"next": "/notes/mine/?page=2"})["Location"] == "/notes/mine/?page=1"


def test_an_edit_sent_with_a_next_address_on_another_site_returns_to_the_notes_own_page(client, teacher, source):
    mine = note(teacher, source.event, "Mine")
    client.force_login(teacher)
    form = client.get(f"/notes/{mine.pk}/edit/", {"next": "https://evil.example/notes/mine/"}).content.decode()
    assert "evil.example" not in form
    response = client.post(f"/notes/{mine.pk}/edit/", {"body": "Still mine", "visibility": "private",
                                                       "next": "//evil.example/"})
    assert response["Location"] == f"{source.event.get_absolute_url()}#note-{mine.pk}"


def test_deleting_the_last_note_of_the_last_page_lands_on_the_page_before_it(client, teacher, source):
    notes = [note(teacher, source.event, f"Note {i}") for i in range(MY_NOTES_PAGE_SIZE + 2)]
    client.force_login(teacher)
    # Page 2 holds the two oldest: deleting one leaves the other there, and the user on page 2.
    delete = link(client.get(URL, {"page": 2}).content.decode(), notes[1].pk, "delete")
    response = client.post(delete, {"next": "/notes/mine/?page=2"})
    assert response["Location"] == "/notes/mine/?page=2"
    assert listed(client.get(response["Location"]).content.decode()) == [notes[0].pk]
    # Deleting the last one empties page 2: the user lands on page 1, now the last page, not on "not found".
    delete = link(client.get(URL, {"page": 2}).content.decode(), notes[0].pk, "delete")
    response = client.post(delete, {"next": "/notes/mine/?page=2"})
    assert response["Location"] == "/notes/mine/?page=1"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Note deleted." in page.content.decode()
    # Typed by hand, a page past the end is still not found.
    assert client.get(URL, {"page": 2}).status_code == 404


def test_a_note_saved_after_its_page_of_my_notes_went_away_lands_on_the_last_page(client, teacher, source):
    notes = [note(teacher, source.event, f"Note {i}") for i in range(MY_NOTES_PAGE_SIZE + 1)]
    oldest = notes[0]  # alone on page 2
    client.force_login(teacher)
    edit = link(client.get(URL, {"page": 2}).content.decode(), oldest.pk, "edit")
    # Meanwhile, in another tab, a newer note is deleted: the oldest moves up to page 1, and page 2 is gone.
    client.post(f"/notes/{notes[-1].pk}/delete/", {"next": "/notes/mine/"})
    response = client.post(edit, {"body": "Reworded", "visibility": "private", "next": "/notes/mine/?page=2"})
    assert response["Location"] == f"/notes/mine/?page=1#note-{oldest.pk}"
    assert "Reworded" in client.get(response["Location"]).content.decode()
