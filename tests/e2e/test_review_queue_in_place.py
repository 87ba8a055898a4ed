"""The review queue worked in place: the count follows each publish and reject, the bulk controls leave with the
last event, and an item's title is a link the keyboard reaches without taking j/k/p/r from the queue."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status




@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_count_and_bulk_controls_follow_what_is_done_in_place(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Summit report")
    first, second = (
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=title,
                                                                 confidence=confidence)).event
        for title, confidence in (("Leaders meet in Singapore", 0.2), ("Talks resume in Hanoi", 0.4))
    )
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    count = page.locator(".queue-count")
    expect(count).to_have_text("2 events from Summit report.")

    # The title is a link in the tab order; from it, the queue's keys still act on its item.
    title = page.get_by_role("link", name="Leaders meet in Singapore", exact=True)
    expect(title).to_have_attribute("href", f"/events/{first.pk}/edit/?next=/review/%3Fdocument%3D{document.pk}")
    title.focus()
    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("k")
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{first.pk}")).to_contain_text("Now published")
    expect(count).to_have_text("1 event from Summit report.")
    expect(page.get_by_role("button", name="Publish selected")).to_be_visible()
    # Published, its title leads to its page.
    expect(page.get_by_role("link", name="Leaders meet in Singapore", exact=True)).to_have_attribute("href", f"/events/{first.pk}/")

    page.locator(f"#queue-item-{second.pk}").get_by_role("button", name="Reject").click()
    wait_for_htmx(page)
    expect(count).to_have_text("0 events from Summit report.")
    expect(page.get_by_role("button", name="Publish selected")).to_have_count(0)
    expect(page.get_by_role("button", name="Reject selected")).to_have_count(0)

    # Following the published title's link opens the event's page.
    page.get_by_role("link", name="Leaders meet in Singapore", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/events/{first.pk}/")
    assert console_errors == []


LONG_TITLE = ("Joint statement of the foreign ministers of the Republic of Korea, Japan and the United States on the "
              "trilateral summit at Camp David")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_long_title_shows_whole_in_the_form_and_save_stands_apart_from_cancel(live_server, page):
    editor = UserFactory(username="editor", groups=["Editors"])
    event = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title=LONG_TITLE)).event
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    title = page.get_by_label("Title")
    expect(title).to_have_value(LONG_TITLE)
    assert title.evaluate("e => e.tagName") == "TEXTAREA"
    assert title.evaluate("e => e.scrollHeight <= e.clientHeight + 1"), "the title is cut off"
    save = page.get_by_role("button", name="Save", exact=True).bounding_box()
    cancel = page.get_by_role("link", name="Cancel").bounding_box()
    assert cancel["x"] - (save["x"] + save["width"]) >= 12


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_filter_the_queue_cannot_read_is_named_after_an_htmx_change_and_again_after_a_reload(
        live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Leaders meet in Singapore", confidence=0.2))
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    page.get_by_label("Confidence at most").fill("2")
    page.get_by_label("Confidence at most").dispatch_event("change")
    wait_for_htmx(page)
    # The browser finds 2 out of the field's range; the server, not htmx, says so, at a URL a reload shows again.
    expect(page).to_have_url(re.compile(r"/review/\?.*max_confidence=2"))
    # (In the filters' live region: tests/e2e/test_review_queue_notices.py.)
    notices = page.locator("#filter-notices")
    out_of_range = "Confidence at most: Ensure this value is less than or equal to 1. The value is ignored."
    expect(notices).to_have_text(out_of_range)
    page.reload()
    expect(notices).to_have_text(out_of_range)
    expect(page.get_by_label("Confidence at most")).to_have_value("2")
    page.get_by_label("Confidence at most").fill("0.5")
    page.get_by_label("Confidence at most").dispatch_event("change")
    wait_for_htmx(page)
    expect(notices).to_have_text("")
    expect(page.locator(".queue-count")).to_have_text("1 event.")
    assert console_errors == []
