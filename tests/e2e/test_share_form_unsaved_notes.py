"""The share form asks before a teacher leaves it with class notes typed and not saved, and only then."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import dismissed_dialogs, sign_in
from tests.factories import EventFactory, UserFactory
from tests.views.saved_shares import saved_share


@pytest.fixture
def share_page(live_server, page, _events_deleted_before_flush):
    """The teacher's edit page of a live share of one event, and that event."""
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    event = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    share = saved_share(teacher, "live", title="Summits", query="from=2018")
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/{share.pk}/")
    return page, event



@pytest.mark.django_db(transaction=True)
def test_following_a_link_with_a_class_note_typed_asks_first_and_staying_keeps_it(share_page, console_errors):
    page, event = share_page
    dialogs = dismissed_dialogs(page)
    page.locator(f"#note-{event.pk}").fill("Who proposed this meeting?")
    url = page.url
    page.get_by_role("link", name="My shared timelines").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url == url
    expect(page.locator(f"#note-{event.pk}")).to_have_value("Who proposed this meeting?")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_a_note_typed_and_then_removed_again_leaves_without_asking(share_page, console_errors):
    page, event = share_page
    dialogs = dismissed_dialogs(page)
    page.locator(f"#note-{event.pk}").fill("Who proposed this meeting?")
    page.locator(f"#note-{event.pk}").fill("")
    page.get_by_role("link", name="My shared timelines").click()
    page.wait_for_url("**/shared/")
    assert dialogs == []
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_saving_the_notes_does_not_ask_nor_does_leaving_afterwards(share_page, console_errors):
    page, event = share_page
    dialogs = dismissed_dialogs(page)
    page.locator(f"#note-{event.pk}").fill("Who proposed this meeting?")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Changes saved.")).to_be_visible()
    page.get_by_role("link", name="My shared timelines").click()
    page.wait_for_url("**/shared/")
    assert dialogs == []
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_form_shown_again_after_a_refused_save_asks_before_its_notes_are_left(share_page, console_errors):
    page, event = share_page
    page.locator(f"#note-{event.pk}").fill("Who proposed this meeting?")
    page.get_by_label("Pin in more events").fill("999999")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("No published event numbered 999999.").first).to_be_visible()
    dialogs = dismissed_dialogs(page)
    page.get_by_role("link", name="My shared timelines").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    # The refused form answers 422, which Chromium logs as a failed load although it shows the page as it should.
    assert [e for e in console_errors if "status of 422" not in e] == []
