"""The event edit page asks before it is left with changes typed and not saved, as the share form does, and only
then."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import dismissed_dialogs, sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status


@pytest.fixture
def edit_page(live_server, page, _events_deleted_before_flush):
    """An editor on the edit page of a published event, and that event."""
    editor = UserFactory(username="editor", groups=["Editors"])
    event = EventSourceFactory(
        document=DocumentFactory(title="Summit report"),
        event=EventFactory(status=Status.PUBLISHED, title="Leaders meet in Singapore",
                           date_start=datetime.date(2018, 6, 12)),
    ).event
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    return page, event



@pytest.mark.django_db(transaction=True)
def test_following_a_link_with_a_changed_title_asks_first_and_staying_keeps_it(edit_page, console_errors):
    page, event = edit_page
    dialogs = dismissed_dialogs(page)
    title = page.locator(f"#event-form-{event.pk}").get_by_label("Title")
    title.fill("Trump and Kim meet in Singapore")
    url = page.url
    page.get_by_role("link", name="Timeline", exact=True).first.click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url == url
    expect(title).to_have_value("Trump and Kim meet in Singapore")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_leaving_the_form_as_it_was_sent_does_not_ask(edit_page, console_errors):
    page, event = edit_page
    dialogs = dismissed_dialogs(page)
    title = page.locator(f"#event-form-{event.pk}").get_by_label("Title")
    title.fill("Trump and Kim meet in Singapore")
    title.fill("Leaders meet in Singapore")
    page.get_by_role("link", name="History of this event").click()
    page.wait_for_url("**/history/")
    assert dialogs == []
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_saving_the_changes_does_not_ask(edit_page, console_errors):
    page, event = edit_page
    dialogs = dismissed_dialogs(page)
    page.locator(f"#event-form-{event.pk}").get_by_label("Title").fill("Trump and Kim meet in Singapore")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url(f"**/events/{event.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Trump and Kim meet in Singapore")
    assert dialogs == []
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_form_shown_again_after_a_date_preview_asks_before_it_is_left(edit_page, console_errors):
    page, event = edit_page
    form = page.locator(f"#event-form-{event.pk}")
    form.get_by_label("Date", exact=True).fill("late June 2018")
    form.get_by_role("button", name="Preview the date").click()
    wait_for_htmx(page)
    expect(page.locator(f"#date-preview-{event.pk}")).to_contain_text("latest 30 June 2018")
    dialogs = dismissed_dialogs(page)
    page.get_by_role("link", name="History of this event").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_save_with_a_note_typed_saves_the_event_says_the_note_is_not_and_keeps_it_to_add(edit_page, console_errors):
    from timeline.models import Annotation

    page, event = edit_page
    dialogs = dismissed_dialogs(page)
    page.locator(f"#event-form-{event.pk}").get_by_label("Title").fill("Trump and Kim meet in Singapore")
    page.get_by_label("Add a note").fill("Ask the class who proposed it")
    page.get_by_role("button", name="Save", exact=True).click()
    notice = page.get_by_role("status").filter(has_text="Your note is not saved")
    expect(notice).to_contain_text("Saved “Trump and Kim meet in Singapore” (version 2).")
    expect(notice).to_be_focused()
    expect(page.get_by_label("Add a note")).to_have_value("Ask the class who proposed it")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_load_state()
    expect(page.locator(".note-body")).to_have_text("Ask the class who proposed it")
    assert dialogs == []
    assert Annotation.objects.get().body == "Ask the class who proposed it"
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_leaving_with_a_note_typed_asks_first(edit_page, console_errors):
    page, _event = edit_page
    dialogs = dismissed_dialogs(page)
    page.get_by_label("Add a note").fill("Ask the class who proposed it")
    page.get_by_role("link", name="History of this event").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_add_note_with_a_change_typed_adds_the_note_and_keeps_the_change_to_save(edit_page, console_errors):
    from timeline.models import Annotation

    page, event = edit_page
    title = page.locator(f"#event-form-{event.pk}").get_by_label("Title")
    title.fill("Trump and Kim meet in Singapore")
    page.get_by_label("Add a note").fill("Ask the class who proposed it")
    page.get_by_role("button", name="Add note").click()
    notice = page.get_by_role("status").filter(has_text="Note added.")
    expect(notice).to_contain_text("Your changes to the event are not saved yet")
    expect(page.locator(".note-body")).to_have_text("Ask the class who proposed it")
    expect(title).to_have_value("Trump and Kim meet in Singapore")
    expect(page.get_by_label("Add a note")).to_have_value("")
    assert Annotation.objects.get().body == "Ask the class who proposed it"
    dialogs = dismissed_dialogs(page)
    page.get_by_role("link", name="History of this event").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert console_errors == []
