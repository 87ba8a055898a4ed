"""The "N of M shown" under "Show more events" counts every event on screen, after each press as before the first."""

import datetime

import pytest

from tests.factories import EventFactory

URL = "/"
SHOW_MORE = {"HX-Request": "true", "HX-Target": "show-more"}


def _events(count: int) -> None:
    for n in range(count):
        EventFactory(date_start=datetime.date(2000, 1, 1) + datetime.timedelta(days=n))


@pytest.mark.django_db
def test_show_more_counts_the_events_already_on_screen_too(client):
    _events(160)
    assert "50 of 160 shown" in client.get(URL).content.decode()
    # Page 2 appended under page 1: 100 events are on screen, not the 50 just added.
    body = client.get(URL, {"page": "2"}, headers=SHOW_MORE).content.decode()
    assert "100 of 160 shown" in body
    body = client.get(URL, {"page": "3"}, headers=SHOW_MORE).content.decode()
    assert "150 of 160 shown" in body


@pytest.mark.django_db
def test_a_reloaded_deep_page_counts_from_its_first_page_on_each_show_more(client):
    _events(14 * 50)
    # A reload of page 12 shows its last ten pages (3 to 12): 500 events, and "Show more" says where it started.
    body = client.get(URL, {"page": "12"}).content.decode()
    assert "500 of 700 shown" in body and 'hx-get="/?page=13&amp;shown_from=3"' in body
    more = client.get(URL, {"page": "13", "shown_from": "3"}, headers=SHOW_MORE)
    # The address stays the list's own: a reload shows the last ten pages again, whatever the reader started from.
    assert more["HX-Replace-Url"] == "/?page=13"
    body = more.content.decode()
    assert "550 of 700 shown" in body and 'hx-get="/?page=14&amp;shown_from=3"' in body


@pytest.mark.django_db
def test_a_shown_from_that_makes_no_sense_counts_from_the_first_page(client):
    _events(160)
    for value in ("x", "0", "9"):
        body = client.get(URL, {"page": "2", "shown_from": value}, headers=SHOW_MORE).content.decode()
        assert "100 of 160 shown" in body, value
