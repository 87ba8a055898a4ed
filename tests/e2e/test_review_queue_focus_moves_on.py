"""After a publish or reject in place, the keyboard moves on to the next event still waiting, so an editor works
through the review queue with p and r alone; with nothing left waiting, it lands on the queue's count."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.e2e.queue_pages import open_queue, statuses
from tests.factories import ActorFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status

TITLES = ("Leaders meet in Singapore", "Talks resume in Hanoi", "Envoys meet at Panmunjom")


@pytest.fixture
def queue(live_server, page):
    return open_queue(live_server, page, TITLES, (0.2, 0.4, 0.6))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_p_then_p_again_publishes_the_first_event_then_the_second(page, queue, console_errors):
    first, second, third = queue
    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{first.pk}")).to_contain_text("Now published")
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{second.pk}")).to_contain_text("Now published")
    assert statuses(queue) == [Status.PUBLISHED, Status.PUBLISHED, Status.PROPOSED]
    # r goes on the same way, and the last decision leaves the keyboard on the count of what is left: none.
    expect(page.locator(f"#queue-item-{third.pk}")).to_be_focused()
    page.keyboard.press("r")
    wait_for_htmx(page)
    count = page.locator(".queue-count")
    expect(count).to_have_text("0 events from Summit report.")
    expect(count).to_be_focused()
    assert statuses(queue) == [Status.PUBLISHED, Status.PUBLISHED, Status.REJECTED]
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_button_on_the_last_event_waiting_moves_the_keyboard_back_past_those_decided(page, queue, console_errors):
    first, second, third = queue
    page.locator(f"#queue-item-{second.pk}").get_by_role("button", name="Publish").click()
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{third.pk}")).to_be_focused()
    page.locator(f"#queue-item-{third.pk}").get_by_role("button", name="Reject").click()
    wait_for_htmx(page)
    # The second is decided already: the keyboard goes back to the first, which still waits.
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()
    page.keyboard.press("r")
    wait_for_htmx(page)
    assert statuses(queue) == [Status.REJECTED, Status.PUBLISHED, Status.REJECTED]
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_merge_in_place_moves_the_keyboard_on_as_well(live_server, page, console_errors):
    lee = ActorFactory(name="Lee Jae-myung", kind="person")
    seed = EventFactory(title="Lee Jae-myung takes office", date_start=datetime.date(2025, 6, 4), precision="day",
                        sentence="Lee Jae-myung took office as president on 4 June 2025.", actors=[lee])
    EventSourceFactory(event=seed)
    brief = EventSourceFactory(event=EventFactory(
        status=Status.PROPOSED, title="Lee Jae-myung sworn in", date_start=datetime.date(2025, 6, 4), precision="day",
        sentence="Lee Jae-myung was sworn in as president on 4 June 2025.", actors=[lee], confidence=0.2)).event
    other = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title=TITLES[1], confidence=0.4)).event
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/review/")
    page.keyboard.press("j")
    page.locator(f"#queue-item-{brief.pk}").get_by_role("button", name=f"Merge into #{seed.pk}").click()
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{brief.pk}")).to_contain_text(f"Merged into #{seed.pk}")
    expect(page.locator(f"#queue-item-{other.pk}")).to_be_focused()
    assert console_errors == []
