"""An event page printed: its notes' heading and box print only when there are notes; "Notes — No notes yet." was
a heading and a grey box of nothing on paper."""

import pytest
from playwright.sync_api import expect

from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_printed_event_has_a_notes_section_only_when_it_has_notes(live_server, page):
    quiet, noted = EventFactory(title="Quiet event"), EventFactory(title="Noted event")
    Annotation.objects.create(author=UserFactory(), event=noted, body="Compare with 1994.", visibility="public")
    page.emulate_media(media="print")
    page.goto(live_server.url + quiet.get_absolute_url())
    expect(page.get_by_role("heading", name="Quiet event")).to_be_visible()
    expect(page.locator("#notes")).to_be_hidden()
    page.goto(live_server.url + noted.get_absolute_url())
    expect(page.locator("#notes")).to_contain_text("Compare with 1994.")
    expect(page.locator("#notes")).to_be_visible()
    # On screen the empty section stays, where a signed-in reader adds the first note.
    page.emulate_media(media="screen")
    page.goto(live_server.url + quiet.get_absolute_url())
    expect(page.locator("#notes")).to_contain_text("No notes yet.")
