"""A timeline view with no events says which filters found nothing, and how to find more."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory
from timeline.models import Modality, SharedTimeline

pytestmark = pytest.mark.django_db


def _empty_message(response) -> str:
    body = response.content.decode()
    start = body.index('<p class="empty">')
    return body[start : body.index("</p>", start)]


def test_an_empty_search_names_what_was_searched_for(client):
    EventFactory(title="Singapore summit")
    message = _empty_message(client.get("/", {"q": "zzzzzqqq"}))
    assert "No events matching “zzzzzqqq”." in message
    assert '<a href="/">Clear all filters</a>' in message


def test_an_empty_view_names_every_filter_that_narrowed_it(client):
    ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    message = _empty_message(client.get("/", {"from": "2018", "to": "2019", "actor": "kim-jong-un"}))
    assert "No events from 2018 to 2019 involving Kim Jong Un." in message


def test_an_empty_view_offers_the_announcements_and_plans_it_hides(client):
    EventFactory(title="A summit is planned in Hanoi", modality=Modality.PLANNED, date_start=datetime.date(2019, 2, 27))
    message = _empty_message(client.get("/", {"q": "Hanoi"}))
    assert "1 announcement or plan matches:" in message
    assert '<a href="/?q=Hanoi&amp;plans=1">show it</a>' in message


@pytest.mark.parametrize("page", ["", "embed/"])
def test_a_shares_reader_whose_search_finds_nothing_is_told_what_was_searched_for(client, teacher, page):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    body = client.get(f"/s/{share.token}/{page}", {"q": "zzzzzqqq"}).content.decode()
    assert "No events matching “zzzzzqqq” in this shared timeline." in body
    assert f'<a href="/s/{share.token}/{page}">Clear your filters</a>' in body
