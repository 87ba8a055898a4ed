"""Migration 0011: sources keep their own date modifier; the ones already stored get the one they most likely had."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import EventSource

migration = import_module("timeline.migrations.0011_source_reported_mod")

D = datetime.date
YEAR_2019 = {"reported_start": D(2019, 1, 1), "reported_end": D(2019, 12, 31), "reported_precision": "year"}


@pytest.fixture
def before_2019():
    """An event told as "before 2019" (the extractor leaves "before" out of the date's text, as here)."""
    return EventFactory(date_start=D(2019, 1, 1), date_end=D(2019, 12, 31), precision="year", date_mod="BEFORE",
                        date_text="2019")


def _stored_before_0011(event, **fields):
    # As the column's default leaves every source that existed before the migration.
    return EventSourceFactory(event=event, document=DocumentFactory(), reported_mod="", **fields)


@pytest.mark.django_db
def test_a_source_giving_its_events_date_and_phrase_gets_the_events_modifier(before_2019):
    source = _stored_before_0011(before_2019, date_text="2019", **YEAR_2019)

    migration.fill_reported_mod(apps, None)

    assert EventSource.objects.get(pk=source.pk).reported_mod == "BEFORE"


@pytest.mark.django_db
@pytest.mark.parametrize("date_text, reported, mod", [
    ("early 2019", YEAR_2019, "START"),
    ("mid-November 2019", {"reported_start": D(2019, 11, 1), "reported_end": D(2019, 11, 30),
                           "reported_precision": "month"}, "MID"),
    ("the end of 2019", YEAR_2019, "END"),
    ("2019", {**YEAR_2019, "reported_start": D(2018, 1, 1)}, ""),
    ("late on 4 June 2019", {"reported_start": D(2019, 6, 4), "reported_end": D(2019, 6, 4),
                             "reported_precision": "day"}, ""),
])
def test_another_source_gets_only_what_its_own_phrase_says(before_2019, date_text, reported, mod):
    # Merged into the "before 2019" event, each reported a date of its own: the event's modifier is not theirs.
    source = _stored_before_0011(before_2019, date_text=date_text, **reported)

    migration.fill_reported_mod(apps, None)

    assert EventSource.objects.get(pk=source.pk).reported_mod == mod
