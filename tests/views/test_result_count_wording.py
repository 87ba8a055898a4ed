"""The timeline and a shared timeline count their events in the same words: "9 events match these filters." on
one and "8 events match your filters" on the other read as two different sites."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline

pytestmark = pytest.mark.django_db


def _count(response) -> str:
    paragraph = re.search(r'<p id="result-count"[^>]*>(.*?)</p>', response.content.decode(), re.DOTALL).group(1)
    return " ".join(paragraph.split())


@pytest.fixture
def summits(db):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30))


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
@pytest.mark.parametrize("name", ["share_detail", "share_embed"])
def test_a_share_counts_its_events_in_the_timelines_words(client, teacher, summits, mode, name):
    share = saved_share(teacher, mode, query="from=2018")
    url = reverse(f"timeline:{name}", args=[share.token])
    timeline = reverse("timeline:event_list")
    assert _count(client.get(url)) == "3 events." == _count(client.get(timeline))
    for query, words in [({"q": "Hanoi"}, "1 event matches these filters."),
                         ({"from": "2019"}, "2 events match these filters.")]:
        assert _count(client.get(url, query)) == words == _count(client.get(timeline, query))
        htmx = client.get(url, query, headers={"HX-Request": "true", "HX-Target": "results"})
        assert _count(htmx) == words
