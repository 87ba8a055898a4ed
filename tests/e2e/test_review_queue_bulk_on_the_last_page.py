"""A bulk decision on the queue's last page takes all of its events away, and the page with them: the queue swapped
in place is the last page left (review.review_bulk's way back), its result said in the queue's live region, and the
address bar names that page, not the one gone."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Event, Status

TITLES = ("Leaders meet in Singapore", "Talks resume in Hanoi", "Envoys meet at Panmunjom", "Summit in Vladivostok",
          "Envoys meet in Stockholm")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_publishing_every_event_on_the_last_page_shows_the_page_before_and_says_so(
        live_server, page, monkeypatch, console_errors):
    monkeypatch.setattr("timeline.views.review.PAGE_SIZE", 2)  # (the live server runs in this process)
    document = DocumentFactory(title="Summit report")
    events = [
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=title,
                                                                 confidence=confidence)).event
        for title, confidence in zip(TITLES, (0.1, 0.2, 0.3, 0.4, 0.5))
    ]
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/review/?document={document.pk}&page=3")
    last = events[4]
    page.locator(f"#queue-item-{last.pk}").get_by_role("checkbox").check()
    page.get_by_role("button", name="Publish selected").click()
    wait_for_htmx(page)
    assert Event.objects.get(pk=last.pk).status == Status.PUBLISHED
    expect(page.locator("#queue-status")).to_have_text("Published 1 event.")
    expect(page.locator("[data-queue-item]")).to_have_count(2)
    expect(page.locator(f"#queue-item-{events[2].pk}")).to_be_visible()
    expect(page.locator(f"#queue-item-{events[3].pk}")).to_be_visible()
    expect(page.locator(".queue-count")).to_have_text("4 events from Summit report.")
    expect(page).to_have_url(re.compile(rf"/review/\?document={document.pk}&page=2$"))
    # Both left on that page, with the keys this time: the queue goes back to its first page.
    for event in events[2:4]:
        page.locator(f"#queue-item-{event.pk}").get_by_role("checkbox").check()
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator("#queue-status")).to_have_text("Published 2 events.")
    expect(page.locator("[data-queue-item]")).to_have_count(2)
    expect(page.locator(f"#queue-item-{events[0].pk}")).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/review/\?document={document.pk}$"))
    page.reload()
    expect(page.locator("[data-queue-item]")).to_have_count(2)
    assert console_errors == []
