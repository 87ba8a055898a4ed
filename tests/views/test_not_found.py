"""What a reader sees when an address leads nowhere: the site's own page, naming what was asked for and what is
wrong with it, with the way back; never the server's bare "Not Found" (tests run with DEBUG off, as a site does)."""

import pytest
from django.test import Client, RequestFactory
from django.views.defaults import server_error

from tests.factories import EventFactory
from timeline.models import Status


def _page(response) -> str:
    assert response.status_code == 404
    body = response.content.decode()
    # The site's header and a way back, as on every other page.
    assert 'href="/documents/"' in body
    assert "Back to the timeline" in body
    return body


@pytest.mark.django_db
def test_an_unknown_event_number_is_named_on_the_sites_own_page(client):
    body = _page(client.get("/events/999999/"))
    assert "There is no published event number 999999." in body


@pytest.mark.django_db
def test_an_unpublished_event_is_not_found_by_its_number(client):
    event = EventFactory(status=Status.REJECTED)
    assert f"There is no published event number {event.pk}." in _page(client.get(event.get_absolute_url()))


@pytest.mark.django_db
def test_an_unknown_document_number_is_named(client):
    assert "There is no document number 424242." in _page(client.get("/documents/424242/"))


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/s/not-a-real-token/", "/s/not-a-real-token/print/", "/s/not-a-real-token/export/events.csv"])
def test_a_share_link_that_does_not_exist_says_so_and_what_to_do(client, path):
    body = _page(client.get(path))
    assert "No shared timeline has this link" in body
    assert "ask your teacher" in body
    assert "/s/not-a-real-token/" in body


@pytest.mark.django_db
def test_a_mistyped_embed_link_says_so_inside_the_class_pages_frame(client):
    response = client.get("/s/not-a-real-token/embed/")
    body = response.content.decode()
    assert response.status_code == 404
    assert "No shared timeline has this link" in body
    # Framable like the embed itself, and nothing in it that would lead the frame to a page that cannot be framed.
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers
    assert 'class="site-header"' not in body
    assert '<a href="/" target="_blank" rel="noopener">the public timeline</a>' in body


@pytest.mark.django_db
def test_a_page_number_beyond_the_list_says_how_many_pages_there_are(client):
    EventFactory()
    body = _page(client.get("/", {"q": "summit", "page": "7"}))
    assert "There is no page 7 of this list: it has 1 page." in body
    assert "<code>/?q=summit&amp;page=7</code>" in body


@pytest.mark.django_db
def test_a_page_that_is_not_a_number_is_named(client):
    assert "“abc” is not a page number." in _page(client.get("/", {"page": "abc"}))


@pytest.mark.django_db
def test_an_unknown_export_names_the_files_there_are(client):
    body = _page(client.get("/export/events.xlsx"))
    assert "There is no download called “events.xlsx”" in body
    assert "events.csv" in body


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/events/424242/edit/", "/events/424242/history/", "/review/424242/"])
def test_an_editor_asking_for_an_event_that_does_not_exist_is_told_its_number(client, editor, path):
    # Not "Nothing is published at ...": an editor's pages show unpublished events too, so that would mislead.
    client.force_login(editor)
    body = _page(client.get(path))
    assert "There is no event number 424242." in body
    assert "published" not in body.split("<main", 1)[1]


@pytest.mark.django_db
def test_an_address_that_matches_nothing_names_the_address(client):
    body = _page(client.get("/no-such-thing/"))
    assert "Nothing is published at /no-such-thing/." in body


def test_a_server_error_is_the_sites_page_with_a_way_back():
    response = server_error(RequestFactory().get("/"))
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in body
    assert 'href="/"' in body


@pytest.mark.django_db
def test_a_page_the_user_may_not_see_says_so_on_the_sites_page(client, student):
    client.force_login(student)
    response = client.get("/review/")
    body = response.content.decode()
    assert response.status_code == 403
    assert "This page is for editors." in body and "signed in as <strong>stu</strong>" in body
    assert "Back to the timeline" in body and 'href="/documents/"' in body


@pytest.mark.django_db
def test_a_teacher_refused_an_editors_page_is_told_the_group_that_opens_it_not_one_they_are_already_in(client, teacher):
    client.force_login(teacher)
    body = client.get("/review/").content.decode()
    assert "add your account to the Editors group." in body
    assert "Teachers group" not in body


@pytest.mark.django_db
def test_a_reader_refused_the_share_form_is_told_either_group_opens_it(client, student):
    client.force_login(student)
    body = client.get("/shared/new/").content.decode()
    assert "add your account to the Editors or Teachers group." in body


@pytest.mark.django_db
def test_a_teacher_refused_anothers_note_is_not_sent_to_ask_for_a_group(client, teacher, editor):
    from timeline.models import Annotation

    note = Annotation.objects.create(author=editor, event=EventFactory(), body="check this", visibility="public")
    client.force_login(teacher)
    response = client.get(f"/notes/{note.pk}/edit/")
    body = response.content.decode()
    assert response.status_code == 403
    assert "Only the person who wrote this note" in body
    assert "group" not in body


@pytest.mark.django_db
def test_a_form_sent_with_an_outdated_security_token_says_what_to_do_and_that_the_text_was_not_saved(teacher):
    client = Client(enforce_csrf_checks=True)
    client.force_login(teacher)
    response = client.post("/shared/new/", {"title": "Summits"})
    body = response.content.decode()
    assert response.status_code == 403
    assert "Your changes were not saved" in body
    assert "reload" in body and "copy" in body
    assert "Back to the timeline" in body
