"""An event's page steps to the previous and next event of the list the reader came from, as a slideshow does."""

import datetime
import re

import pytest

from tests.factories import ActorFactory, EventFactory
from timeline.models import Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def summits():
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    return {
        "framework": EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21)),
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim]),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), actors=[kim]),
        "dmz": EventFactory(title="DMZ meeting", date_start=datetime.date(2019, 6, 30), actors=[kim]),
        "rejected": EventFactory(title="Rejected in between", date_start=datetime.date(2019, 3, 1), actors=[kim], status=Status.REJECTED),
    }


def _pager(client, event, **params) -> dict[str, str]:
    body = client.get(event.get_absolute_url(), params).content.decode()
    nav = re.search(r'<nav class="event-pager".*?</nav>', body, re.DOTALL)
    assert nav, "the page has no previous/next navigation"
    return {rel: (href, title) for rel, href, title in
            re.findall(r'<a rel="(prev|next)" href="([^"]*)">.*?<span class="event-pager-title">([^<]*)</span>', nav.group(0), re.DOTALL)}


def test_previous_and_next_follow_the_filtered_list_and_keep_its_filters(client, summits):
    hanoi, singapore, dmz = summits["hanoi"], summits["singapore"], summits["dmz"]
    links = _pager(client, hanoi, actor="kim-jong-un")
    # The rejected event between them is never offered; the filters go with each step.
    assert links == {
        "prev": (f"/events/{singapore.pk}/?actor=kim-jong-un", "Singapore summit"),
        "next": (f"/events/{dmz.pk}/?actor=kim-jong-un", "DMZ meeting"),
    }


def test_in_a_newest_first_list_next_is_the_earlier_event(client, summits):
    links = _pager(client, summits["hanoi"], actor="kim-jong-un", sort="newest")
    assert links["prev"][1] == "DMZ meeting" and links["next"][1] == "Singapore summit"


def test_the_first_event_of_the_list_has_no_previous(client, summits):
    links = _pager(client, summits["singapore"], actor="kim-jong-un")
    assert set(links) == {"next"}


def test_without_filters_the_steps_run_through_the_whole_timeline(client, summits):
    links = _pager(client, summits["singapore"])
    assert links["prev"] == (f"/events/{summits['framework'].pk}/", "Agreed Framework")
