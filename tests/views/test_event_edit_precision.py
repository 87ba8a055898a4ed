"""The precision an editor picks over the typed date: never one that makes the timeline name a wrong period."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from timeline.dates import format_event_date

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(title="Talks stall", actors=[ActorFactory(name="North Korea")])
    ).event


def save(client, event, date_text: str, precision: str):
    data = {
        "title": event.title, "date_text": date_text, "precision": precision, "summary": "", "category": "",
        "modality": event.modality, "actors": [a.name for a in event.actors.all()], "status": event.status,
        "reason": "The brief says so", "version": event.version,
    }
    return client.post(f"/events/{event.pk}/edit/", data)


def test_a_season_over_a_whole_year_is_refused_naming_the_typed_date_rather_than_shown_as_winter(client, editor, event):
    # Stored, "late 2019" at season precision read "late winter 2019" on the timeline: a season nobody typed.
    client.force_login(editor)
    response = save(client, event, "late 2019", "season")
    assert response.status_code == 422
    assert (
        "“late 2019” runs from 1 January to 31 December 2019, longer than one season: type the season itself "
        "(“autumn 2019”) or choose another precision."
    ) in response.content.decode()
    event.refresh_from_db()
    assert (event.date_start, event.version) == (datetime.date(2018, 6, 12), 1)


def test_a_season_across_two_seasons_is_refused(client, editor, event):
    client.force_login(editor)
    response = save(client, event, "November 2019 to January 2020", "season")
    assert response.status_code == 422
    html = response.content.decode()
    assert "“November 2019 to January 2020” runs from 1 November 2019 to 31 January 2020" in html


def test_a_month_inside_one_season_may_be_made_that_season(client, editor, event):
    client.force_login(editor)
    assert save(client, event, "December 2019", "season").status_code == 302
    event.refresh_from_db()
    assert event.precision == "season"
    assert format_event_date(event.date_start, event.date_end, event.precision) == "winter 2019–20"
