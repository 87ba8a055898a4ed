"""The review queue's filter bar in Chromium: Enter in its text box filters the queue in place with one request."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import htmx_requests, press_enter_and_settle, sign_in
from tests.factories import EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_pressing_enter_in_the_confidence_box_filters_the_queue_once_in_place(live_server, page, console_errors):
    for title, confidence in (("Leaders meet in Singapore", 0.3), ("Talks resume in Hanoi", 0.8)):
        EventSourceFactory(event=EventFactory(title=title, status=Status.PROPOSED, confidence=confidence))
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/review/")
    # Set on the page as loaded: a full page load (the form submitted by the browser as well) would drop it.
    page.evaluate("window.loadedOnce = true")
    sent, page_loads = htmx_requests(page), []
    page.on("request", lambda request: page_loads.append(request.url) if request.is_navigation_request() else None)
    box = page.get_by_label("Confidence at most")
    box.press_sequentially("0.5", delay=30)
    # The canonical address (tests/views/test_review_queue_address.py), not the form's every field.
    press_enter_and_settle(page, box, f"{live_server.url}/review/?max_confidence=0.5")
    # Enter commits the box ("change") and submits the form: one request, neither cut short by the other (htmx would
    # say so on the console) nor followed by the browser's own submission of the form, which reloads the page.
    assert console_errors == []
    assert len(sent) == 1, sent
    assert page_loads == []
    assert page.evaluate("window.loadedOnce") is True
    expect(page.locator(".queue-title")).to_have_text(["Leaders meet in Singapore"])
    expect(box).to_have_value("0.5")
    expect(box).to_be_focused()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_without_javascript_the_filter_bar_lands_on_the_canonical_address(live_server, browser, artifacts_dir):
    for title, confidence in (("Leaders meet in Singapore", 0.3), ("Talks resume in Hanoi", 0.8)):
        EventSourceFactory(event=EventFactory(title=title, status=Status.PROPOSED, confidence=confidence))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/review/")
    # The browser submits every field of the form; the queue redirects it to the address an editor would copy.
    page.get_by_label("Confidence at most").fill("0.50")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(f"{live_server.url}/review/?max_confidence=0.5")
    expect(page.locator(".queue-title")).to_have_text(["Leaders meet in Singapore"])
    page.screenshot(path=str(artifacts_dir / "review-queue-no-javascript.png"), full_page=True)
    # A value not used goes with it, its notice and its box as typed.
    page.get_by_label("Confidence at most").fill("lots")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(f"{live_server.url}/review/?max_confidence=lots")
    notice = "Confidence at most “lots” was not understood and is ignored (try a number from 0 to 1, such as 0.5)."
    expect(page.locator("#id_max_confidence_error")).to_have_text(notice)
    expect(page.get_by_label("Confidence at most")).to_have_value("lots")
    context.close()
