"""A shared timeline reads under the timeline's own year headings, on its page, its embed and its printed handout,
live or frozen, in the teacher's order or the reader's: a class reading sixty events knows which year it is in."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline import shares
from timeline.models import SharedTimeline

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
PAGES = ["share_detail", "share_embed", "share_print"]


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019"),
        "panmunjom": EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30),
                                  date_text="30 June 2019"),
    }


def _share(teacher, mode, query="from=2018") -> SharedTimeline:
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query=query, mode=mode)
    return shares.save_share(share=share, notes={}, excluded=[], pinned=[], freeze=True)


def _outline(body: str, events: dict) -> list[str]:
    """The page's year headings and events in the order they are read: "2018", "Singapore summit", "2019", …"""
    titles = {str(event.pk): event.title for event in events.values()}
    found = re.findall(r'<h2 class="year-heading"[^>]*>(\d{4})|data-event-id="(\d+)"', body)
    return [year or titles[pk] for year, pk in found]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", PAGES)
def test_a_shares_events_stand_under_one_heading_per_year(client, teacher, summits, mode, name):
    share = _share(teacher, mode)
    body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    assert _outline(body, summits) == ["2018", "Singapore summit", "2019", "Hanoi summit", "Panmunjom handshake"]
    # Years only: each card says its own date, and a month heading would stand over nearly every card.
    assert "month-heading" not in body


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", PAGES)
def test_a_share_saved_newest_first_counts_its_years_down(client, teacher, summits, mode, name):
    share = _share(teacher, mode, query="from=2018&sort=newest")
    body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    assert _outline(body, summits) == ["2019", "Panmunjom handshake", "Hanoi summit", "2018", "Singapore summit"]


@pytest.mark.parametrize("mode", MODES)
def test_a_readers_filters_keep_the_headings_of_the_years_left_with_or_without_htmx(client, teacher, summits, mode):
    share = _share(teacher, mode)
    url = reverse("timeline:share_detail", args=[share.token])
    for headers in ({}, {"HX-Request": "true", "HX-Target": "results"}):
        body = client.get(url, {"from": "2019"}, headers=headers).content.decode()
        assert _outline(body, summits) == ["2019", "Hanoi summit", "Panmunjom handshake"], headers


def test_a_shares_year_heading_is_the_timelines_own_with_the_leaders_of_that_year(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    heading = re.compile(r'<h2 class="year-heading"[^>]*>(2018.*?)</h2>')
    on_the_timeline = heading.search(client.get(reverse("timeline:event_list")).content.decode()).group(1)
    assert "year-eras" in on_the_timeline  # seeds/eras.yaml: who led each side in 2018
    for name in PAGES:
        body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
        assert heading.search(body).group(1) == on_the_timeline, name
    # A share is one page: its headings are anchors a teacher can point to ("…/s/<token>/#y2019").
    assert 'id="y2019"' in client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()


def test_the_handouts_numbers_run_on_from_one_year_to_the_next(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.FROZEN)
    body = client.get(reverse("timeline:share_print", args=[share.token])).content.decode()
    lists = re.findall(r'<ol class="handout-events"([^>]*)>', body)
    # 2018 starts at 1; 2019 at 2, not again at 1: "event 2" on paper is one event.
    assert lists == ["", ' start="2"']


def test_a_share_that_finds_nothing_has_no_heading_and_says_so(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    body = client.get(reverse("timeline:share_detail", args=[share.token]), {"q": "zzz"}).content.decode()
    assert "year-heading" not in body
    assert "No events matching" in body and "in this shared timeline" in body
