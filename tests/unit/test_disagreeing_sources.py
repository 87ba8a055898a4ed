"""When an event's sources disagree on its date: only readings that cannot both be true of one happening.

A day (or a run of days) is what happened when; a coarser reading (a month, a season, a year) only places the
happening somewhere in its span. So "2019" agrees with "30 June 2019", and "June 2019" with it too, while two days, or
two years, or a day outside a month, disagree.
"""

import datetime

import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.duplicates import disagreeing_sources
from timeline.models import Precision

D = datetime.date


def _event_reported_as(*readings):
    """An event with one source (each in its own document) per reading: (start, end, precision)."""
    first_start, first_end, first_precision = readings[0]
    event = EventFactory(date_start=first_start, date_end=first_end, precision=first_precision)
    for start, end, precision in readings:
        EventSourceFactory(event=event, document=DocumentFactory(), reported_start=start, reported_end=end,
                           reported_precision=precision)
    return event


DMZ = (D(2019, 6, 30), D(2019, 6, 30), Precision.DAY)
YEAR_2019 = (D(2019, 1, 1), D(2019, 12, 31), Precision.YEAR)
JUNE_2019 = (D(2019, 6, 1), D(2019, 6, 30), Precision.MONTH)
SUMMER_2019 = (D(2019, 6, 1), D(2019, 8, 31), Precision.SEASON)


@pytest.mark.django_db
@pytest.mark.parametrize("readings", [
    pytest.param([DMZ, DMZ, DMZ, YEAR_2019], id="three say 30 June 2019, one says 2019"),
    pytest.param([DMZ, JUNE_2019], id="June 2019 holds 30 June 2019"),
    pytest.param([YEAR_2019, JUNE_2019, DMZ], id="2019, June 2019 and 30 June 2019"),
    pytest.param([SUMMER_2019, JUNE_2019], id="summer 2019 holds June 2019"),
    pytest.param([(D(2019, 6, 1), D(2019, 7, 31), Precision.MONTH), JUNE_2019], id="June-July 2019 holds June 2019"),
    pytest.param([(D(2018, 1, 1), D(2019, 12, 31), Precision.YEAR), YEAR_2019], id="2018-2019 holds 2019"),
    pytest.param([(D(2019, 4, 1), D(2019, 6, 30), Precision.QUARTER), SUMMER_2019],
                 id="the second quarter and the summer can both hold a day in June"),
])
def test_readings_that_can_both_be_true_do_not_disagree(readings):
    assert disagreeing_sources(_event_reported_as(*readings)) == []


@pytest.mark.django_db
@pytest.mark.parametrize("readings", [
    pytest.param([DMZ, (D(2019, 7, 1), D(2019, 7, 1), Precision.DAY)], id="30 June against 1 July"),
    pytest.param([(D(2018, 1, 1), D(2018, 12, 31), Precision.YEAR), YEAR_2019], id="2018 against 2019"),
    pytest.param([(D(2025, 7, 1), D(2025, 7, 31), Precision.MONTH), (D(2025, 6, 4), D(2025, 6, 4), Precision.DAY)],
                 id="July 2025 against 4 June 2025"),
    pytest.param([DMZ, YEAR_2019, (D(2018, 1, 1), D(2018, 12, 31), Precision.YEAR)],
                 id="one of three cannot be true with the others"),
    pytest.param([(D(2019, 2, 27), D(2019, 2, 28), Precision.DAY), (D(2019, 2, 28), D(2019, 2, 28), Precision.DAY)],
                 id="27-28 February against 28 February: a day says when it happened, all of it"),
    pytest.param([(D(2018, 12, 31), D(2019, 1, 1), Precision.DAY), YEAR_2019],
                 id="days that run out of the year said"),
])
def test_readings_that_cannot_both_be_true_disagree_and_every_dated_source_is_listed(readings):
    event = _event_reported_as(*readings)
    assert disagreeing_sources(event) == list(event.sources.all())
