"""An event to edit and a save of a new date for it, shared by the tests of what the edit form refuses."""

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory


@pytest.fixture
def event():
    return EventSourceFactory(
        event=EventFactory(title="Talks stall", actors=[ActorFactory(name="North Korea")])
    ).event


def save_date(client, event, date_text: str, precision: str = ""):
    """Post the edit form with only the date (and its precision) changed, and a reason for it."""
    data = {
        "title": event.title, "date_text": date_text, "precision": precision, "summary": "", "category": "",
        "modality": event.modality, "actors": [a.name for a in event.actors.all()], "status": event.status,
        "reason": "The brief says so", "version": event.version,
    }
    return client.post(f"/events/{event.pk}/edit/", data)
