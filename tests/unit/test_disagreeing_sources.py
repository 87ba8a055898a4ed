"""When an event's sources disagree on its date: only readings that cannot both be true of one happening.

A day (or a run of days) is what happened when; a coarser reading (a month, a season, a year) only places the
happening somewhere in its span. So "2019" agrees with "30 June 2019", and "June 2019" with it too, while two days, or
two years, or a day outside a month, disagree. A modifier narrows or widens what a reading allows: "early 2019" is
the first third of the year, "about 2019" reaches into the years either side, "before 2019" is any time before it.
A stale source (its sentence gone from its document) is no report at all.
"""

import datetime

import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.duplicates import disagreeing_sources
from timeline.models import DateMod, Precision

D = datetime.date


def _event_reported_as(*readings):
    """An event with one source (each in its own document) per reading: (start, end, precision[, mod])."""
    first_start, first_end, first_precision, *_ = readings[0]
    event = EventFactory(date_start=first_start, date_end=first_end, precision=first_precision)
    for start, end, precision, *mod in readings:
        EventSourceFactory(event=event, document=DocumentFactory(), reported_start=start, reported_end=end,
                           reported_precision=precision, reported_mod=mod[0] if mod else "")
    return event


DMZ = (D(2019, 6, 30), D(2019, 6, 30), Precision.DAY)
YEAR_2019 = (D(2019, 1, 1), D(2019, 12, 31), Precision.YEAR)
JUNE_2019 = (D(2019, 6, 1), D(2019, 6, 30), Precision.MONTH)
SUMMER_2019 = (D(2019, 6, 1), D(2019, 8, 31), Precision.SEASON)
YEAR_2018 = (D(2018, 1, 1), D(2018, 12, 31), Precision.YEAR)
YEAR_2020 = (D(2020, 1, 1), D(2020, 12, 31), Precision.YEAR)
FEBRUARY_2019 = (D(2019, 2, 1), D(2019, 2, 28), Precision.MONTH)
NOVEMBER_2019 = (D(2019, 11, 1), D(2019, 11, 30), Precision.MONTH)
DECEMBER_2019 = (D(2019, 12, 1), D(2019, 12, 31), Precision.MONTH)


def modified(reading, mod):
    return (*reading, mod)


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


@pytest.mark.django_db
@pytest.mark.parametrize("readings", [
    pytest.param([modified(YEAR_2019, DateMod.START), FEBRUARY_2019], id="early 2019 holds February 2019"),
    pytest.param([modified(YEAR_2019, DateMod.END), DECEMBER_2019], id="late 2019 holds December 2019"),
    pytest.param([modified(YEAR_2019, DateMod.MID), JUNE_2019, DMZ], id="mid-2019 holds June and 30 June 2019"),
    pytest.param([modified(NOVEMBER_2019, DateMod.START), (D(2019, 11, 10), D(2019, 11, 10), Precision.DAY)],
                 id="early November 2019 holds 10 November 2019"),
    pytest.param([modified(YEAR_2019, DateMod.APPROX), YEAR_2020], id="about 2019 may be 2020"),
    pytest.param([modified(DMZ, DateMod.APPROX), (D(2019, 7, 2), D(2019, 7, 2), Precision.DAY)],
                 id="about 30 June 2019 may be 2 July 2019"),
    pytest.param([modified(YEAR_2019, DateMod.BEFORE), YEAR_2018], id="before 2019 holds 2018"),
    pytest.param([modified(YEAR_2019, DateMod.ON_OR_BEFORE), DMZ], id="by 2019 holds 30 June 2019"),
    pytest.param([modified(YEAR_2019, DateMod.ON_OR_BEFORE), YEAR_2018], id="by 2019 holds 2018"),
    pytest.param([modified(JUNE_2019, DateMod.AFTER), YEAR_2020], id="after June 2019 holds 2020"),
    pytest.param([modified(YEAR_2019, DateMod.START), modified(YEAR_2019, DateMod.START)],
                 id="early 2019 twice"),
])
def test_readings_with_modifiers_that_can_both_be_true_do_not_disagree(readings):
    assert disagreeing_sources(_event_reported_as(*readings)) == []


@pytest.mark.django_db
@pytest.mark.parametrize("readings", [
    pytest.param([modified(YEAR_2019, DateMod.START), NOVEMBER_2019], id="early 2019 against November 2019"),
    pytest.param([modified(YEAR_2019, DateMod.START), modified(YEAR_2019, DateMod.END)],
                 id="early 2019 against late 2019"),
    pytest.param([modified(YEAR_2019, DateMod.END), JUNE_2019], id="late 2019 against June 2019"),
    pytest.param([modified(NOVEMBER_2019, DateMod.START), (D(2019, 11, 25), D(2019, 11, 25), Precision.DAY)],
                 id="early November 2019 against 25 November 2019"),
    pytest.param([modified(YEAR_2019, DateMod.APPROX), (D(2021, 3, 1), D(2021, 3, 31), Precision.MONTH)],
                 id="about 2019 is not March 2021"),
    pytest.param([modified(YEAR_2019, DateMod.BEFORE), YEAR_2020], id="before 2019 against 2020"),
    pytest.param([modified(YEAR_2019, DateMod.BEFORE), DMZ], id="before 2019 against 30 June 2019"),
    pytest.param([modified(YEAR_2019, DateMod.ON_OR_BEFORE), YEAR_2020], id="by 2019 against 2020"),
    pytest.param([modified(JUNE_2019, DateMod.AFTER), DMZ], id="after June 2019 against 30 June 2019"),
])
def test_readings_with_modifiers_that_cannot_both_be_true_disagree(readings):
    event = _event_reported_as(*readings)
    assert disagreeing_sources(event) == list(event.sources.all())


@pytest.mark.django_db
def test_a_stale_source_does_not_disagree_and_is_not_listed():
    # The brief once said 4 June 2025; re-ingested, that sentence is gone from it.
    event = _event_reported_as((D(2025, 7, 1), D(2025, 7, 31), Precision.MONTH),
                               (D(2025, 6, 4), D(2025, 6, 4), Precision.DAY))
    gone = event.sources.get(reported_precision=Precision.DAY)
    gone.stale = True
    gone.save()
    assert disagreeing_sources(event) == []

    # A third, current source that does disagree brings the box back, without the stale one.
    EventSourceFactory(event=event, document=DocumentFactory(), reported_start=D(2025, 8, 15),
                       reported_end=D(2025, 8, 15), reported_precision=Precision.DAY)
    assert disagreeing_sources(event) == [s for s in event.sources.all() if s.pk != gone.pk]


@pytest.mark.django_db
def test_a_week_places_a_happening_in_it_like_a_month_and_a_day_outside_it_disagrees():
    # Told at "day" precision, "last week" was seven days that all happened: "on Tuesday" that week disagreed with it.
    week = (D(2019, 6, 24), D(2019, 6, 30), Precision.WEEK)
    assert disagreeing_sources(_event_reported_as(week, DMZ)) == []
    assert disagreeing_sources(_event_reported_as(week, (D(2019, 1, 1), D(2019, 6, 30), Precision.HALF))) == []
    assert disagreeing_sources(_event_reported_as(week, (D(2019, 7, 1), D(2019, 7, 1), Precision.DAY))) != []
