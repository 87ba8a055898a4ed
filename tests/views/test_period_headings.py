"""The timeline's headings within a year: a month's events under the month, and those known only to a coarser period
(a season, a quarter, the year) under a heading naming that period, so no heading shows twice in one year."""

import datetime
import re

import pytest

from tests.factories import EventFactory
from timeline.models import Precision

pytestmark = pytest.mark.django_db

D = datetime.date
OLDEST_FIRST = [
    "Sometime in 2002",
    "January 2002",
    "March 2002",
    "Sometime in June–December 2002",
    "Summer 2002",
    "The third quarter of 2002",
    "October 2002",
]


@pytest.fixture
def events_of_2002():
    EventFactory(title="Cooling tower", date_start=D(2002, 1, 1), date_end=D(2002, 12, 31), precision=Precision.YEAR)
    EventFactory(title="January talks", date_start=D(2002, 1, 15))
    EventFactory(title="March meeting", date_start=D(2002, 3, 3))
    # An editor's precision over a typed month ("June 2002" at "year"): known to the year, stored from 1 June.
    EventFactory(title="Edited to the year", date_start=D(2002, 6, 1), date_end=D(2002, 12, 31),
                 precision=Precision.YEAR)
    EventFactory(title="Summer visit", date_start=D(2002, 6, 1), date_end=D(2002, 8, 31), precision=Precision.SEASON)
    EventFactory(title="Third quarter talks", date_start=D(2002, 7, 1), date_end=D(2002, 9, 30),
                 precision=Precision.QUARTER)
    EventFactory(title="Kelly visit", date_start=D(2002, 10, 3))


def _month_headings(body: str) -> list[str]:
    return re.findall(r'<h3 class="month-heading"[^>]*>([^<]*)</h3>', body)


def test_each_period_of_a_year_has_one_heading_naming_it(client, events_of_2002):
    # Each coarse period used to be "Sometime in 2002", four times in one year, between the months.
    headings = _month_headings(client.get("/").content.decode())
    assert headings == OLDEST_FIRST
    assert len(set(headings)) == len(headings)


def test_newest_first_the_same_headings_stand_in_reverse(client, events_of_2002):
    assert _month_headings(client.get("/", {"sort": "newest"}).content.decode()) == OLDEST_FIRST[::-1]


def test_a_winter_is_named_across_its_new_year(client):
    EventFactory(title="Winter talks", date_start=D(2002, 12, 1), date_end=D(2003, 2, 28), precision=Precision.SEASON)
    EventFactory(title="Autumn visit", date_start=D(2002, 10, 3))
    assert _month_headings(client.get("/").content.decode()) == ["October 2002", "Winter 2002–03"]


def test_a_week_stands_under_its_first_days_month_and_a_half_year_under_its_own_heading(client):
    EventFactory(title="Mid-July talks", date_start=D(2002, 7, 18))
    EventFactory(title="Talks that week", date_start=D(2002, 7, 15), date_end=D(2002, 7, 21), precision=Precision.WEEK)
    EventFactory(title="Visits that half", date_start=D(2002, 7, 1), date_end=D(2002, 12, 31), precision=Precision.HALF)
    EventFactory(title="Week across months", date_start=D(2002, 9, 30), date_end=D(2002, 10, 6),
                 precision=Precision.WEEK)
    body = client.get("/").content.decode()
    assert _month_headings(body) == ["The second half of 2002", "July 2002", "September 2002"]
    # A week is listed at its first day, as a month is: before what happened later that week.
    assert body.index("Talks that week") < body.index("Mid-July talks")
