"""Cancelling the queue's in-place form: what was typed is not lost without asking, and the item put back is the
event as saved now, even when another editor saved it while the form was open (or, merged away, where it went;
published or rejected, that it has left the queue)."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline import services
from timeline.models import Event, Status

DISCARD = "Discard your changes to this event?"


@pytest.fixture
def queue(live_server, page):
    """The queue with one proposed event, open for an editor; yields the event."""
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Summit report")
    event = EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED,
                                                                     title="Leaders meet in Singapore")).event
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    return event


def answer_dialogs(page, accept: list[bool]) -> list[str]:
    """Answer each dialog the page opens with the next of ``accept``; returns the messages, filled in as they come."""
    asked: list[str] = []

    def answer(dialog):
        asked.append(dialog.message)
        dialog.accept() if accept.pop(0) else dialog.dismiss()

    page.on("dialog", answer)
    return asked


def open_the_form(page, item) -> None:
    item.focus()
    page.keyboard.press("e")
    wait_for_htmx(page)
    expect(item.get_by_label("Title")).to_be_focused()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_esc_after_typing_asks_first_keeps_the_text_if_declined_and_puts_the_item_back_if_not(
        page, queue, console_errors):
    asked = answer_dialogs(page, [False, True])
    item = page.locator(f"#queue-item-{queue.pk}")
    open_the_form(page, item)
    page.keyboard.press("End")
    page.keyboard.type(" and agree")
    page.keyboard.press("Escape")
    # Declined: the form stays, with what was typed and the keyboard in it.
    expect(item.get_by_label("Title")).to_have_value("Leaders meet in Singapore and agree")
    expect(item.get_by_label("Title")).to_be_focused()
    assert asked == [DISCARD]
    page.keyboard.press("Escape")
    expect(item.locator("form.stacked-form")).to_have_count(0)
    expect(item.locator(".queue-title")).to_have_text("Leaders meet in Singapore")
    expect(item).to_be_focused()
    assert asked == [DISCARD, DISCARD]
    queue.refresh_from_db()
    assert queue.title == "Leaders meet in Singapore"
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_esc_with_nothing_changed_puts_the_item_back_without_asking(page, queue, console_errors):
    asked = answer_dialogs(page, [])
    item = page.locator(f"#queue-item-{queue.pk}")
    open_the_form(page, item)
    page.keyboard.press("Escape")
    expect(item.locator(".queue-title")).to_have_text("Leaders meet in Singapore")
    expect(item).to_be_focused()
    assert asked == []
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_cancel_after_another_editor_saved_the_event_shows_it_as_they_saved_it(page, queue, console_errors):
    item = page.locator(f"#queue-item-{queue.pk}")
    item.focus()
    page.keyboard.press("x")
    open_the_form(page, item)
    # Another editor saves the event while this form is open.
    Event.objects.filter(pk=queue.pk).update(title="Leaders meet again in Singapore", version=2)
    item.get_by_role("link", name="Cancel").click()
    expect(item.locator(".queue-title")).to_have_text("Leaders meet again in Singapore")
    expect(item).to_be_focused()
    # The box ticked before the form opened stays ticked, and the keys work as before: p acts on the ticked events,
    # here this one alone (tests/e2e/test_review_queue_keys_on_ticked.py).
    expect(item.get_by_role("checkbox")).to_be_checked()
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator("#queue-status")).to_have_text("Published 1 event.")
    assert Event.objects.get(pk=queue.pk).status == Status.PUBLISHED
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_cancel_after_another_editor_merged_the_event_away_says_where_it_went(page, queue, console_errors):
    keep = EventSourceFactory(event=EventFactory(status=Status.PUBLISHED, title="Trump and Kim meet")).event
    item = page.locator(f"#queue-item-{queue.pk}")
    count = page.locator(".queue-count")
    expect(count).to_have_text("1 event.")
    expect(page.get_by_role("button", name="Publish selected")).to_be_visible()
    open_the_form(page, item)
    # Another editor merges it into a published event while this form is open.
    services.merge_events(keep_id=keep.pk, other_id=queue.pk)
    page.keyboard.press("Escape")
    expect(item).to_contain_text(f"Merged into #{keep.pk}")
    expect(item.get_by_role("link", name="“Trump and Kim meet”")).to_have_attribute("href", keep.get_absolute_url())
    # Nothing of the gone event is left to publish or edit, and the queue no longer counts it (nor offers bulk
    # controls for nothing).
    expect(item.locator("form, [data-key]")).to_have_count(0)
    expect(count).to_have_text("0 events.")
    expect(page.get_by_role("button", name="Publish selected")).to_have_count(0)
    expect(item).to_be_focused()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_cancel_after_another_editor_published_the_event_says_so_and_counts_it_out(page, queue, console_errors):
    item = page.locator(f"#queue-item-{queue.pk}")
    count = page.locator(".queue-count")
    expect(count).to_have_text("1 event.")
    open_the_form(page, item)
    # Another editor publishes it while this form is open.
    services.set_event_status(event_ids=[queue.pk], status=Status.PUBLISHED)
    item.get_by_role("link", name="Cancel").click()
    expect(item).to_contain_text("Now published")
    # It has left the queue of proposed events: nothing to publish or reject again, and the count follows.
    expect(item.locator("form, [data-key]")).to_have_count(0)
    expect(count).to_have_text("0 events.")
    expect(item).to_be_focused()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_cancel_puts_back_the_item_as_it_was_when_the_server_cannot_be_reached(page, queue):
    item = page.locator(f"#queue-item-{queue.pk}")
    open_the_form(page, item)
    page.route(re.compile(rf"/review/{queue.pk}/\?"), lambda route: route.abort())
    Event.objects.filter(pk=queue.pk).update(title="Leaders meet again in Singapore", version=2)
    page.keyboard.press("Escape")
    expect(item.locator(".queue-title")).to_have_text("Leaders meet in Singapore")
    expect(item).to_be_focused()
    page.keyboard.press("e")
    wait_for_htmx(page)
    expect(item.get_by_label("Title")).to_have_value("Leaders meet again in Singapore")
