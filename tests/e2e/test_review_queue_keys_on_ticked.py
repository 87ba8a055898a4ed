"""The review queue's p and r act on the ticked events when any are ticked, as a mail client's keys act on the
selection, and on the event in focus only when none are: through the bulk form (review.review_bulk), in place, its
result said in the queue's live region, the keyboard left on the event it was on."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_htmx
from tests.e2e.queue_pages import open_queue, statuses
from timeline.models import Status

TITLES = ("Leaders meet in Singapore", "Talks resume in Hanoi", "Envoys meet at Panmunjom", "Summit in Vladivostok")


@pytest.fixture
def queue(live_server, page):
    return open_queue(live_server, page, TITLES, (0.2, 0.4, 0.6, 0.8))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_p_with_two_events_ticked_publishes_those_two_and_not_the_one_in_focus(page, queue, console_errors):
    first, second, third, fourth = queue
    expect(page.locator("#queue-keys-hint")).to_contain_text(
        "p publish, r reject (the selected events if any, else the current one)")
    page.keyboard.press("j")
    page.keyboard.press("x")  # the first, ticked from the keyboard
    page.locator(f"#queue-item-{third.pk}").get_by_role("checkbox").check()  # the third, with the mouse
    page.locator(f"#queue-item-{second.pk}").focus()
    page.keyboard.press("p")
    wait_for_htmx(page)
    assert statuses(queue) == [Status.PUBLISHED, Status.PROPOSED, Status.PUBLISHED, Status.PROPOSED]
    # Said once, in the queue's live region that was there before; the decided events have left the queue.
    expect(page.locator("#queue-status")).to_have_text("Published 2 events.")
    expect(page.locator("[data-queue-item]")).to_have_count(2)
    expect(page.locator(".queue-count")).to_have_text("2 events from Summit report.")
    # The keyboard is still on the event it was on, which still waits: p now publishes it alone.
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("p")
    wait_for_htmx(page)
    assert statuses(queue) == [Status.PUBLISHED, Status.PUBLISHED, Status.PUBLISHED, Status.PROPOSED]
    expect(page.locator(f"#queue-item-{second.pk}")).to_contain_text("Now published")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_r_from_a_box_ticked_with_the_mouse_rejects_the_ticked_and_the_keyboard_goes_on_to_the_next(
        page, queue, console_errors):
    first, second, third, fourth = queue
    page.locator(f"#queue-item-{first.pk}").get_by_role("checkbox").check()
    box = page.locator(f"#queue-item-{second.pk}").get_by_role("checkbox")
    box.click()
    expect(box).to_be_focused()
    page.keyboard.press("r")
    wait_for_htmx(page)
    assert statuses(queue) == [Status.REJECTED, Status.REJECTED, Status.PROPOSED, Status.PROPOSED]
    expect(page.locator("#queue-status")).to_have_text("Rejected 2 events.")
    # The event in focus was among those decided: the keyboard goes on to the next one still in the queue.
    expect(page.locator(f"#queue-item-{third.pk}")).to_be_focused()
    # A second decision in the same words is said again; with none left, the keyboard lands on the count.
    page.evaluate("document.querySelector('#queue-status p').dataset.said = 'yes'")
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    page.keyboard.press("r")
    wait_for_htmx(page)
    assert statuses(queue) == [Status.REJECTED] * 4
    region = page.locator("#queue-status")
    expect(region).to_have_text("Rejected 2 events.")
    expect(region.locator("p")).not_to_have_attribute("data-said", "yes")  # written anew, not left as it was
    expect(page.locator(".queue-count")).to_have_text("0 events from Summit report.")
    expect(page.locator(".queue-count")).to_be_focused()
    assert console_errors == []
