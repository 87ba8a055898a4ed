"""One queue item on its own, as it stands now: what an in-place form's Cancel puts back in the queue."""

import re

import pytest

from tests.factories import EventFactory, EventSourceFactory
from timeline import services
from timeline.models import Status

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def event():
    return EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Leaders meet in Singapore")).event


def test_it_shows_the_event_as_saved_now_with_its_queue_controls(client, editor, event):
    event.title = "Leaders meet again in Singapore"
    event.save()
    client.force_login(editor)
    html = client.get(f"/review/{event.pk}/", {"next": "/review/?sort=newest"}, headers=HTMX).content.decode()
    assert "<html" not in html and html.lstrip().startswith(f'<li id="queue-item-{event.pk}"')
    assert "Leaders meet again in Singapore" in html
    assert 'data-key="p"' in html and 'data-key="e"' in html and 'name="events"' in html
    # Its links and forms go back to the queue it was opened from.
    assert '<input type="hidden" name="next" value="/review/?sort=newest">' in html
    assert f"/events/{event.pk}/edit/?in=queue&amp;next=/review/%3Fsort%3Dnewest" in html


def test_it_names_a_look_alike_as_the_queue_does(client, editor, event):
    twin = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Leaders meet in Singapore")).event
    client.force_login(editor)
    html = client.get(f"/review/{event.pk}/", headers=HTMX).content.decode()
    assert "Possible duplicate of:" in html and f"Merge into #{twin.pk}" in html


def test_an_address_off_the_site_sends_its_links_to_the_queue_instead(client, editor, event):
    client.force_login(editor)
    html = client.get(f"/review/{event.pk}/", {"next": "https://elsewhere.example/"}, headers=HTMX).content.decode()
    assert "elsewhere.example" not in html
    assert '<input type="hidden" name="next" value="/review/">' in html


def test_opened_directly_it_leads_to_the_events_form(client, editor, event):
    client.force_login(editor)
    response = client.get(f"/review/{event.pk}/", {"next": "/review/?sort=newest"})
    assert response.status_code == 302
    assert response["Location"] == f"/events/{event.pk}/edit/?next=%2Freview%2F%3Fsort%3Dnewest"


def test_an_event_that_is_gone_is_not_found(client, editor, event):
    client.force_login(editor)
    pk = event.pk
    event.delete()
    assert client.get(f"/review/{pk}/", headers=HTMX).status_code == 404


def test_an_event_merged_away_says_which_event_it_went_into(client, editor, event):
    keep = EventSourceFactory(event=EventFactory(status=Status.PUBLISHED, title="Trump and Kim meet")).event
    pk = event.pk
    # Another editor merges it while this editor's in-place form is open; Cancel then asks for the item.
    services.merge_events(keep_id=keep.pk, other_id=pk, user=editor)
    client.force_login(editor)
    response = client.get(f"/review/{pk}/", {"next": "/review/?sort=newest"}, headers=HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<li id="queue-item-{pk}"')
    assert f"Merged into #{keep.pk}" in html and "“Leaders meet in Singapore” is now a source of" in html
    assert f'href="{keep.get_absolute_url()}"' in html
    # Nothing is left to publish or reject: the item has no controls.
    assert 'data-key="p"' not in html and 'name="events"' not in html


def test_an_event_merged_away_comes_with_the_queues_count_out_of_band(client, editor, event):
    EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Talks resume in Hanoi"))
    keep = EventSourceFactory(event=EventFactory(status=Status.PUBLISHED, title="Trump and Kim meet")).event
    client.force_login(editor)
    assert '<p class="queue-count">2 events.</p>' in client.get("/review/").content.decode()
    services.merge_events(keep_id=keep.pk, other_id=event.pk, user=editor)
    html = client.get(f"/review/{event.pk}/", {"next": "/review/?sort=newest"}, headers=HTMX).content.decode()
    # The queue page still counts the gone event: the answer to Cancel corrects it, as a merge from the queue does.
    summary = re.search(r'<div id="queue-summary"[^>]*>.*?<!-- /queue-summary -->', html, re.DOTALL)
    assert summary and 'hx-swap-oob="true"' in summary.group(0)
    assert '<p class="queue-count">1 event.</p>' in summary.group(0)


def test_an_event_that_never_existed_is_not_found(client, editor):
    client.force_login(editor)
    assert client.get("/review/999999/", headers=HTMX).status_code == 404


@pytest.mark.parametrize("status", [Status.PUBLISHED, Status.REJECTED])
def test_an_event_another_editor_decided_on_meanwhile_says_so_and_corrects_the_count(client, editor, event, status):
    EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Talks resume in Hanoi"))
    client.force_login(editor)
    assert '<p class="queue-count">2 events.</p>' in client.get("/review/").content.decode()
    # Another editor publishes or rejects it while this editor's in-place form is open; Cancel then asks for the item.
    services.set_event_status(event_ids=[event.pk], status=status, user=editor)
    html = client.get(f"/review/{event.pk}/", {"next": "/review/"}, headers=HTMX).content.decode()
    assert html.lstrip().startswith(f'<li id="queue-item-{event.pk}"')
    assert f"Now {Status(status).label}" in html
    # It has left this queue: nothing to publish, reject or select again, and the count no longer counts it.
    assert 'data-key="p"' not in html and 'name="events"' not in html
    summary = re.search(r'<div id="queue-summary"[^>]*>.*?<!-- /queue-summary -->', html, re.DOTALL)
    assert summary and '<p class="queue-count">1 event.</p>' in summary.group(0)


def test_an_event_still_in_the_queue_keeps_its_controls_and_the_count_comes_along(client, editor, event):
    client.force_login(editor)
    html = client.get(f"/review/{event.pk}/", {"next": "/review/"}, headers=HTMX).content.decode()
    assert 'data-key="p"' in html and "Now " not in html
    assert '<p class="queue-count">1 event.</p>' in html


def test_a_published_event_in_a_queue_of_published_events_keeps_its_controls(client, editor, event):
    services.set_event_status(event_ids=[event.pk], status=Status.PUBLISHED, user=editor)
    client.force_login(editor)
    html = client.get(f"/review/{event.pk}/", {"next": "/review/?status=published"}, headers=HTMX).content.decode()
    assert 'data-key="p"' in html and "Now Published" not in html
