"""A teacher edits one note in two tabs of Chromium: the second save is refused with both texts, keeps what the
first saved, and saving again on purpose keeps the second."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_note_saved_in_another_tab_is_not_overwritten(live_server, page, console_errors):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    event = EventFactory(title="Leaders meet in Singapore", status="published")
    note = Annotation.objects.create(author=teacher, event=event, body="Who asked for the meeting?")
    sign_in(page, live_server, teacher)
    other = page.context.new_page()
    for tab in (page, other):
        tab.goto(f"{live_server.url}{event.get_absolute_url()}")
        tab.get_by_role("link", name=re.compile("^Edit")).click()
        expect(tab.get_by_role("heading", level=1)).to_contain_text("Edit your note")

    page.get_by_label("Note").fill("Compare with Hanoi.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Note saved.")).to_be_visible()

    other.get_by_label("Note").fill("Compare with Panmunjom.")
    other.get_by_role("button", name="Save").click()
    conflict = other.get_by_role("alert")
    expect(conflict).to_contain_text("Saved in another window while you were editing")
    expect(conflict.get_by_role("row", name=re.compile("^Note"))).to_contain_text("Compare with Hanoi.")
    expect(other.get_by_label("Note")).to_have_value("Compare with Panmunjom.")
    note.refresh_from_db()
    assert note.body == "Compare with Hanoi."

    other.get_by_role("button", name="Save").click()
    expect(other.get_by_text("Note saved.")).to_be_visible()
    note.refresh_from_db()
    assert note.body == "Compare with Panmunjom."
    assert console_errors == []
