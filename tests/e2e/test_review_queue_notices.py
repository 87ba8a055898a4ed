"""The review queue's filter notices in Chromium: what the filter bar could not use is said through the timeline's
live region (#filter-notices), which was in the page before the change, each notice once; the value stays in its box
as typed, marked invalid and described by its notice; and without JavaScript the plain form does the same."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import WATCH_NOTICES, run_axe, sign_in, wait_for_htmx
from tests.factories import EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status

NOTICE = "Confidence at most “lots” was not understood and is ignored (try a number from 0 to 1, such as 0.5)."


def _queue():
    for title, confidence in (("Leaders meet in Singapore", 0.3), ("Talks resume in Hanoi", 0.8)):
        EventSourceFactory(event=EventFactory(title=title, status=Status.PROPOSED, confidence=confidence))
    return UserFactory(username="editor", groups=["Editors"])


def _type(page, value: str) -> None:
    """Type in the confidence box and leave it with Tab, as an editor does: its "change" refreshes the queue."""
    box = page.get_by_label("Confidence at most")
    box.fill(value)
    box.press("Tab")
    page.wait_for_timeout(100)
    wait_for_htmx(page)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_confidence_not_understood_is_said_once_and_stays_in_its_box_to_correct(live_server, browser):
    editor = _queue()
    # The CSP bypassed so that axe can be injected at the end; the page's own scripts run as they always do.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    region = page.locator("#filter-notices")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_have_text("")
    page.evaluate(WATCH_NOTICES)
    box = page.get_by_label("Confidence at most")

    _type(page, "lots")
    expect(page).to_have_url(re.compile(r"[?&]max_confidence=lots(&|$)"))
    # The region that was in the page before the change says it, and no alert is inserted.
    expect(region).to_have_text(NOTICE)
    expect(region).to_have_attribute("data-watched", "yes")
    expect(page.get_by_role("alert")).to_have_count(0)
    # What was typed stays, marked invalid and described by the notice; the queue is listed without it.
    expect(box).to_have_value("lots")
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(box).to_have_attribute("aria-describedby", "id_max_confidence_error")
    # (and seen to be: its border thickens in the warning colour, as a timeline's date box does)
    assert box.evaluate("e => getComputedStyle(e).borderTopWidth") == "2px"
    assert page.evaluate("document.getElementById('id_max_confidence_error').textContent") == NOTICE
    expect(page.locator("[data-queue-item]")).to_have_count(2)

    # Another filter changed: the notice still stands, and is not read out again.
    page.get_by_label("Sort").select_option("newest")
    wait_for_htmx(page)
    expect(page).to_have_url(re.compile(r"sort=newest"))
    expect(region).to_have_text(NOTICE)
    expect(box).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("window.announced") == [NOTICE]

    # Corrected: the notice goes, the box is no longer marked, and the filter applies.
    _type(page, "0.5")
    expect(region).to_have_text("")
    expect(box).to_have_value("0.5")
    expect(box).not_to_have_attribute("aria-invalid", "true")
    expect(box).not_to_have_attribute("aria-describedby", re.compile(".+"))
    expect(page.locator("[data-queue-item]")).to_have_count(1)
    assert page.evaluate("window.announced") == [NOTICE]
    assert [violation["id"] for violation in run_axe(page)] == []

    # The address kept what was typed: going back shows it again, in its box, marked.
    page.go_back()
    expect(page).to_have_url(re.compile(r"max_confidence=lots"))
    page.reload()
    expect(region).to_have_text(NOTICE)
    expect(box).to_have_value("lots")
    expect(box).to_have_attribute("aria-invalid", "true")
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_without_javascript_the_plain_form_keeps_the_confidence_in_its_box_with_its_notice(live_server, browser):
    editor = _queue()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    page.get_by_label("Confidence at most").fill("0,5")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"[?&]max_confidence=0%2C5(&|$)"))
    expect(page.locator("#filter-notices")).to_have_text(NOTICE.replace("“lots”", "“0,5”"))
    box = page.get_by_label("Confidence at most")
    expect(box).to_have_value("0,5")
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(box).to_have_attribute("aria-describedby", "id_max_confidence_error")
    expect(page.locator("[data-queue-item]")).to_have_count(2)
    context.close()
