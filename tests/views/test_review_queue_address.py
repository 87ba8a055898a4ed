"""The review queue's address is canonical, as the timeline's is: no empty field, no field at its default, a value
in its cleaned form, the fields in the filter bar's order, a page only past the first.

The filter bar (plain GET, and htmx's serialisation of it) sends every field; the address pushed after an htmx change
(HX-Push-Url), the one a plain GET in other words is redirected to, and every link the queue renders back to itself
(pager, the bulk form's and each item's `next`, the edit links' way back, the pending upload's refresh) are the
canonical one. A value not used stays as typed, so a reload of the address shows its notice again.
"""

import re
from urllib.parse import quote

import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Extraction, Status
from timeline.views.review import PAGE_SIZE

pytestmark = pytest.mark.django_db
QUEUE = "/review/"
EVERY_FIELD = {"document": "", "category": "", "max_confidence": "0.50", "status": "proposed", "sort": "confidence"}
FILTER_BAR = {"HX-Request": "true", "HX-Target": "review-queue", "HX-Trigger": "queue-filters"}


@pytest.fixture
def queue(client, editor):
    events = [EventSourceFactory(event=EventFactory(title=f"Event {n}", status=Status.PROPOSED, confidence=n / 100,
                                                    sentence=f"Sentence number {n}.")).event
              for n in range(PAGE_SIZE + 1)]
    client.force_login(editor)
    return events


def _hrefs(body: str, label: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(rf'<a href="([^"]*)">{label}</a>', body)]


def _nexts(body: str) -> set[str]:
    return {value.replace("&amp;", "&") for value in re.findall(r'name="next" value="([^"]*)"', body)}


def test_the_filter_bars_change_pushes_the_canonical_address(client, queue):
    response = client.get(QUEUE, EVERY_FIELD, headers=FILTER_BAR)
    assert response["HX-Push-Url"] == "/review/?max_confidence=0.5"
    chosen = {**EVERY_FIELD, "category": "SUMMIT", "status": "rejected", "sort": "newest", "max_confidence": ""}
    assert client.get(QUEUE, chosen, headers=FILTER_BAR)["HX-Push-Url"] == (
        "/review/?category=SUMMIT&status=rejected&sort=newest")
    at_defaults = {**EVERY_FIELD, "max_confidence": ""}
    assert client.get(QUEUE, at_defaults, headers=FILTER_BAR)["HX-Push-Url"] == "/review/"


def test_a_value_not_used_stays_in_the_pushed_address_to_show_its_notice_again(client, queue):
    response = client.get(QUEUE, {**EVERY_FIELD, "max_confidence": "lots", "sort": "sideways"}, headers=FILTER_BAR)
    assert response["HX-Push-Url"] == "/review/?max_confidence=lots&sort=sideways"
    assert "Confidence at most “lots” was not understood" in client.get(response["HX-Push-Url"]).content.decode()


def test_the_pending_uploads_refresh_polls_the_canonical_address_and_pushes_nothing(client, queue):
    document = DocumentFactory(title="Being read", extraction=Extraction.PENDING)
    body = client.get(QUEUE, {**EVERY_FIELD, "document": document.pk}, follow=True).content.decode()
    assert f'hx-get="/review/?document={document.pk}&amp;max_confidence=0.5" hx-trigger="every 3s"' in body
    poll = client.get(QUEUE, {"document": document.pk, "max_confidence": "0.5"},
                      headers={"HX-Request": "true", "HX-Trigger": "extraction-pending"})
    assert "HX-Push-Url" not in poll


def test_without_javascript_the_queues_links_back_to_itself_are_canonical(client, queue):
    body = client.get(QUEUE, EVERY_FIELD, follow=True).content.decode()
    assert _hrefs(body, "Next") == ["/review/?max_confidence=0.5&page=2"]
    # The bulk form's, and each item's publish and reject, way back.
    assert _nexts(body) == {"/review/?max_confidence=0.5"}
    edit = f'/events/{queue[0].pk}/edit/?next={quote("/review/?max_confidence=0.5", safe="/")}"'
    assert f'class="queue-title" href="{edit}' in body and f'data-key="e" href="{edit}' in body
    second = client.get(QUEUE, {**EVERY_FIELD, "page": "2"}, follow=True).content.decode()
    assert _hrefs(second, "Previous") == ["/review/?max_confidence=0.5"]
    assert _nexts(second) == {"/review/?max_confidence=0.5&page=2"}


def test_without_javascript_the_filter_bars_every_field_is_redirected_to_the_canonical_address(client, queue):
    response = client.get(QUEUE, EVERY_FIELD)
    assert (response.status_code, response["Location"]) == (302, "/review/?max_confidence=0.5")
    # In the filter bar's order, whatever order the fields came in.
    chosen = {"sort": "newest", "status": "rejected", "category": "SUMMIT", "document": "", "max_confidence": ""}
    assert client.get(QUEUE, chosen)["Location"] == "/review/?category=SUMMIT&status=rejected&sort=newest"
    assert client.get(QUEUE, {**EVERY_FIELD, "max_confidence": ""})["Location"] == "/review/"


@pytest.mark.parametrize("address", ["/review/", "/review/?max_confidence=0.5", "/review/?max_confidence=0.5&page=2",
                                     "/review/?sort=newest&category=SUMMIT"])
def test_an_address_already_canonical_is_shown_not_redirected(client, queue, address):
    # (in any order, as the timeline's: the same filters, only written otherwise by hand)
    assert client.get(address).status_code == 200


def test_the_page_survives_the_redirect_and_the_first_is_left_out(client, queue):
    assert client.get(QUEUE, {**EVERY_FIELD, "page": "2"})["Location"] == "/review/?max_confidence=0.5&page=2"
    assert client.get(QUEUE, {**EVERY_FIELD, "page": "1"})["Location"] == "/review/?max_confidence=0.5"
    assert client.get(QUEUE, {"page": "1"})["Location"] == "/review/"


def test_values_not_used_go_with_the_redirect_and_keep_their_notices(client, queue):
    response = client.get(QUEUE, {**EVERY_FIELD, "status": "bogus", "max_confidence": "lots"})
    assert response["Location"] == "/review/?max_confidence=lots&status=bogus"
    body = client.get(response["Location"]).content.decode()
    assert ("Confidence at most “lots” was not understood and is ignored "
            "(try a number from 0 to 1, such as 0.5).") in body
    assert "Unknown status “bogus” is ignored; showing proposed." in body


def test_an_htmx_request_is_answered_in_place_not_redirected(client, queue):
    assert client.get(QUEUE, EVERY_FIELD, headers=FILTER_BAR).status_code == 200
    # Nor the pending upload's refresh, or any other htmx request for a querystring not canonical.
    assert client.get(QUEUE, EVERY_FIELD, headers={"HX-Request": "true"}).status_code == 200
