"""Editing an event's other fields keeps the date stored with it, whatever its text would be read as today."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from tests.views.test_event_edit import form_data
from timeline.models import Precision

pytestmark = pytest.mark.django_db


def test_a_precision_an_editor_chose_survives_an_edit_of_the_title(client, editor):
    # "December 2019" read as a month, then set by an editor to the winter it stands in.
    event = EventSourceFactory(event=EventFactory(
        title="Talks stall", date_text="December 2019", date_start=datetime.date(2019, 12, 1),
        date_end=datetime.date(2019, 12, 31), precision=Precision.SEASON, actors=[ActorFactory(name="North Korea")],
    )).event
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Talks stall again"))
    assert response.status_code in (200, 302), response.content.decode()[:500]
    event.refresh_from_db()
    assert (event.title, event.precision, event.version) == ("Talks stall again", Precision.SEASON, 2)


def test_a_date_its_text_no_longer_gives_is_kept_and_needs_no_reason(client, editor):
    # "the same year" was read against the story when extracted; alone, against the source's day, it reads otherwise.
    event = EventSourceFactory(event=EventFactory(
        title="Cooling tower demolished", date_text="the same year", date_start=datetime.date(2002, 1, 1),
        date_end=datetime.date(2002, 12, 31), precision=Precision.YEAR, actors=[ActorFactory(name="North Korea")],
    )).event
    client.force_login(editor)
    response = client.post(f"/events/{event.pk}/edit/", form_data(event, title="Yongbyon cooling tower demolished"))
    assert response.status_code in (200, 302), response.content.decode()[:500]
    event.refresh_from_db()
    assert (event.title, event.date_start, event.date_end) == (
        "Yongbyon cooling tower demolished", datetime.date(2002, 1, 1), datetime.date(2002, 12, 31))
