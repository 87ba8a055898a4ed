"""A review queue of proposed events from one document, opened by an editor: shared by the queue's keyboard tests."""

from tests.e2e.conftest import sign_in
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Event, Status


def open_queue(live_server, page, titles, confidences) -> list[Event]:
    """Proposed events with these titles and confidences (the queue lists the lowest first), in the queue's page."""
    document = DocumentFactory(title="Summit report")
    events = [
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=title,
                                                                 confidence=confidence)).event
        for title, confidence in zip(titles, confidences)
    ]
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    return events


def statuses(events) -> list[str]:
    return [Event.objects.get(pk=event.pk).status for event in events]
