"""Among events that begin on the same day the coarser reading comes first: a year known only as "2002" stands before
January 2002's events, so a year's month headings each show once, on every page that lists events in date order."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Precision, SharedTimeline, Status

pytestmark = pytest.mark.django_db

OLDEST_FIRST = ["Cooling tower", "January talks", "New Year message", "State of the Union", "Kelly visit"]
NEWEST_FIRST = ["Kelly visit", "State of the Union", "New Year message", "January talks", "Cooling tower"]
HEADINGS = {"oldest": ["Sometime in 2002", "January 2002", "October 2002"],
            "newest": ["October 2002", "January 2002", "Sometime in 2002"]}
ORDERS = {"oldest": OLDEST_FIRST, "newest": NEWEST_FIRST}


def _events_of_2002(status=Status.PUBLISHED) -> dict:
    """Three readings that begin on 1 January 2002 (a day, the month, the year), and two later days."""
    jan1 = datetime.date(2002, 1, 1)
    return {
        "New Year message": EventFactory(title="New Year message", date_start=jan1, status=status),
        "January talks": EventFactory(title="January talks", date_start=jan1, date_end=datetime.date(2002, 1, 31),
                                      precision=Precision.MONTH, status=status),
        "Cooling tower": EventFactory(title="Cooling tower", date_start=jan1, date_end=datetime.date(2002, 12, 31),
                                      precision=Precision.YEAR, status=status),
        "State of the Union": EventFactory(title="State of the Union", date_start=datetime.date(2002, 1, 29),
                                           status=status),
        "Kelly visit": EventFactory(title="Kelly visit", date_start=datetime.date(2002, 10, 3), status=status),
    }


def _titles(body: str) -> list[str]:
    return re.findall("|".join(OLDEST_FIRST), body)


def _month_headings(body: str) -> list[str]:
    return re.findall(r'<h3 class="month-heading"[^>]*>([^<]*)</h3>', body)


@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_a_year_known_only_to_its_year_heads_the_year_so_no_month_heading_shows_twice(client, sort):
    _events_of_2002()
    body = client.get("/", {"sort": sort} if sort == "newest" else {}).content.decode()
    assert _titles(body) == ORDERS[sort]
    assert _month_headings(body) == HEADINGS[sort]


@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_the_event_pages_previous_and_next_step_through_the_list_in_its_order(client, sort):
    events = _events_of_2002()
    params = {"sort": sort} if sort == "newest" else {}
    visited, event, links = [], events[ORDERS[sort][0]], {}
    while event:
        body = client.get(event.get_absolute_url(), params).content.decode()
        visited.append(event.title)
        links = dict(re.findall(r'<a rel="(prev|next)" href="/events/(\d+)/', body))
        if len(visited) > 1:
            assert int(links["prev"]) == events[visited[-2]].pk
        event = next((e for e in events.values() if e.pk == int(links.get("next", 0))), None)
    assert visited == ORDERS[sort]


def test_pages_of_the_list_neither_skip_nor_repeat_an_event_where_a_page_ends_among_one_days_readings(client):
    # 48 events before 2002: the first page ends after the year and the month, the second begins with the day.
    filler = [EventFactory(title=f"Earlier {n}", date_start=datetime.date(2001, 1, 1) + datetime.timedelta(days=n))
              for n in range(48)]
    events = _events_of_2002()
    expected = [e.pk for e in filler] + [events[title].pk for title in OLDEST_FIRST]
    first = client.get("/").content.decode()
    more = client.get("/", {"page": "2"}, headers={"HX-Request": "true", "HX-Target": "show-more"}).content.decode()
    ids = [int(pk) for pk in re.findall(r'data-event-id="(\d+)"', first + more)]
    assert ids == expected
    # The second page continues the first's headings: January's is not shown again.
    assert _month_headings(first)[-2:] == ["Sometime in 2002", "January 2002"]
    assert _month_headings(more) == ["October 2002"]


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
@pytest.mark.parametrize("sort", ["oldest", "newest"])
def test_a_shared_timeline_and_its_downloads_list_the_year_before_its_months_live_or_frozen(client, teacher, mode,
                                                                                              sort):
    _events_of_2002()
    share = saved_share(teacher, mode, query="from=2002" + ("&sort=newest" if sort == "newest" else ""))
    assert _titles(client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()) == ORDERS[sort]
    download = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]))
    rows = csv.DictReader(io.StringIO(download.content.decode("utf-8-sig")))
    assert [row["title"] for row in rows] == ORDERS[sort]


def test_the_timelines_download_lists_the_year_before_its_months(client):
    _events_of_2002()
    download = client.get(reverse("timeline:export", args=["events.csv"]))
    rows = csv.DictReader(io.StringIO(download.content.decode("utf-8-sig")))
    assert [row["title"] for row in rows] == OLDEST_FIRST


def test_the_review_queue_in_date_order_lists_the_year_before_its_months(client, editor):
    events = _events_of_2002(status=Status.PROPOSED)
    client.force_login(editor)
    body = client.get(reverse("timeline:review_queue"), {"sort": "date"}).content.decode()
    assert [int(pk) for pk in re.findall(r'<li id="queue-item-(\d+)"', body)] == [events[t].pk for t in OLDEST_FIRST]
