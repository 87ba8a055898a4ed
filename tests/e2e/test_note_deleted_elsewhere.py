"""A teacher deletes a note in one tab of Chromium and saves it from another: what was typed is kept, and added again
as a new note with one button; with JavaScript off too."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
@pytest.mark.parametrize("javascript", [True, False])
def test_a_note_deleted_in_another_tab_can_be_added_again_from_the_form_still_open(live_server, browser, javascript):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    event = EventFactory(title="Leaders meet in Singapore", status="published")
    Annotation.objects.create(author=teacher, event=event, body="Who asked for the meeting?")
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" and "409" not in msg.text else None)
    sign_in(page, live_server, teacher)
    other = context.new_page()
    for tab in (page, other):
        tab.goto(f"{live_server.url}{event.get_absolute_url()}")
    page.get_by_role("link", name=re.compile("^Edit")).click()
    page.get_by_label("Note").fill("Compare with Hanoi.")

    other.get_by_role("link", name=re.compile("^Delete")).click()
    other.get_by_role("button", name="Delete").click()
    expect(other.get_by_text("Note deleted.")).to_be_visible()

    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("Deleted in another window while you were editing")
    expect(page.get_by_label("Note")).to_have_value("Compare with Hanoi.")
    page.get_by_role("button", name="Add it as a new note").click()
    expect(page.get_by_text("Note added.")).to_be_visible()
    expect(page.locator(".note-body")).to_have_text("Compare with Hanoi.")
    assert list(Annotation.objects.values_list("body", flat=True)) == ["Compare with Hanoi."]
    assert errors == []
    context.close()
