"""An address that only takes a form's submission (publish, merge, revoke ...), opened in the browser (a bookmark, a
history entry, a link pasted), answers on the site's own page: what the address is for, and a link to the page its
form is on; still a 405 with its Allow header, for scripts (tests run with DEBUG off, as a site does)."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.factories import EventFactory, UserFactory
from timeline.models import SharedTimeline, Status

pytestmark = pytest.mark.django_db


def _page(response) -> str:
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    body = response.content.decode()
    # The site's header and its layout, as on every other page, and what the address is for.
    assert 'href="/documents/"' in body and "<h1>" in body
    assert "This address takes a form’s submission" in body
    return body


@pytest.fixture
def editor_and_teacher(db):
    return UserFactory(username="both", groups=["Editors", "Teachers"])


@pytest.mark.parametrize(("address", "form_page"), [
    ("/review/215/publish/", "/review/"),
    ("/review/215/reject/", "/review/"),
    ("/review/bulk/", "/review/"),
    ("/events/6/history/3/revert/", "/events/6/history/"),
    ("/documents/4/highlights/", "/documents/4/"),
    ("/documents/4/retry/", "/documents/4/"),
    ("/documents/4/delete/", "/documents/4/"),
    ("/shared/1/revoke/", "/shared/1/"),
])
def test_a_form_address_opened_directly_links_to_the_page_its_form_is_on(client, editor_and_teacher, address,
                                                                         form_page):
    client.force_login(editor_and_teacher)
    body = _page(client.get(address))
    assert f'<a href="{form_page}">' in body


@pytest.mark.parametrize("action", ["merge", "choose-date", "notes"])
@pytest.mark.parametrize(("status", "form_page"), [
    (Status.PUBLISHED, "/events/{pk}/"),
    # An unpublished event has no public page (a 404): its editor's page is where an editor works on it.
    (Status.PROPOSED, "/events/{pk}/edit/"),
    (Status.REJECTED, "/events/{pk}/edit/"),
])
def test_an_event_form_address_leads_an_editor_to_a_page_the_event_has(client, editor_and_teacher, action, status,
                                                                       form_page):
    event = EventFactory(status=status)
    client.force_login(editor_and_teacher)
    body = _page(client.get(f"/events/{event.pk}/{action}/"))
    assert f'<a href="{form_page.format(pk=event.pk)}">' in body
    assert client.get(form_page.format(pk=event.pk)).status_code == 200


def test_an_event_form_address_of_an_event_gone_leads_an_editor_to_the_review_queue(client, editor_and_teacher):
    client.force_login(editor_and_teacher)
    body = _page(client.get("/events/6/merge/"))
    assert '<a href="/review/">' in body and "/events/6/" not in body.replace("/events/6/merge/", "")


@pytest.mark.parametrize(("status", "links_the_event"), [(Status.PUBLISHED, True), (Status.PROPOSED, False)])
def test_a_note_address_leads_a_teacher_to_the_event_page_only_when_it_exists(client, status, links_the_event):
    event = EventFactory(status=status)
    client.force_login(UserFactory(username="teacher", groups=["Teachers"]))
    body = _page(client.get(f"/events/{event.pk}/notes/"))
    assert (f'<a href="/events/{event.pk}/">' in body) is links_the_event
    assert '<a href="/">Back to the timeline</a>' in body


def test_a_form_address_whose_page_is_not_known_leads_back_to_the_timeline(client, editor_and_teacher):
    client.force_login(editor_and_teacher)
    body = _page(client.get("/sources/3/split/"))
    assert '<a href="/">Back to the timeline</a>' in body


def test_signing_out_opened_directly_says_so_on_the_sites_page(client, editor_and_teacher):
    client.force_login(editor_and_teacher)
    _page(client.get(reverse("logout")))
    assert client.get(reverse("timeline:share_list")).status_code == 200  # still signed in: a GET changes nothing


def _patterns(resolver: URLResolver, prefix: str = ""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if not str(entry.pattern).startswith("admin/"):
                yield from _patterns(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


def test_every_address_of_the_site_opened_by_a_browser_is_a_page_never_a_blank_405(client, editor_and_teacher):
    share = SharedTimeline.objects.create(owner=editor_and_teacher, title="Summits", query="")
    values = {"<int:pk>": "1", "<int:history_id>": "1", "<str:token>": share.token, "<str:filename>": "events.csv"}
    client.force_login(editor_and_teacher)
    refused = []
    for pattern in _patterns(get_resolver()):
        address = "/" + pattern
        for placeholder, value in values.items():
            address = address.replace(placeholder, value)
        if "<" in address or "^" in address:
            continue
        response = client.get(address)
        if response.status_code == 405:
            refused.append(address)
            _page(response)
    assert "/review/bulk/" in refused and len(refused) >= 10
