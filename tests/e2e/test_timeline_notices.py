"""The timeline's notices in Chromium: announced after an htmx change through a live region that was in the page
before it, each once; a date not understood stays in its box, marked invalid, to be corrected."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import WATCH_NOTICES, run_axe, wait_for_htmx
from tests.factories import ActorFactory, EventFactory, UserFactory
from timeline.models import SharedTimeline

FROM_NOTICE = "From date “31 Febuary 2019” was not understood and is ignored (try 2018, June 2018 or 2018-06-12)."
FROM_MONTH_NOTICE = "From date “2019-13-01” was not understood and is ignored (try 2018, June 2018 or 2018-06-12)."
TO_NOTICE = "To date “2019-13-01” was not understood and is ignored (try 2018, June 2018 or 2018-06-12)."


def _events():
    us = ActorFactory(name="United States", slug="united-states")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[us])
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), actors=[us])
    EventFactory(title="Nuclear test", date_start=datetime.date(2017, 9, 3))


def _change(page, label: str, value: str) -> None:
    """Type in a box and leave it with Tab, as a reader does: its "change" sends the filters."""
    box = page.get_by_label(label, exact=True)
    box.fill(value)
    box.press("Tab")
    page.wait_for_timeout(100)
    wait_for_htmx(page)


def _type_search(page, words):
    """Type in the search box as a reader does: htmx swaps the results only."""
    page.get_by_label("Search titles, sentences and actors").press_sequentially(words, delay=30)
    expect(page).to_have_url(re.compile(rf"q={words}"))
    page.wait_for_timeout(100)
    wait_for_htmx(page)


def _page_with_errors(browser):
    """A desktop page that records the browser's errors (its CSP bypassed so that axe can be injected at the end; the
    page's own scripts run as they always do)."""
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return context, page, errors


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_bad_date_changed_by_htmx_is_announced_once_and_stays_in_its_box_to_correct(live_server, browser):
    _events()
    context, page, errors = _page_with_errors(browser)
    page.goto(live_server.url + "/")
    region = page.locator("#filter-notices")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_have_text("")
    page.evaluate(WATCH_NOTICES)
    start = page.get_by_label("From", exact=True)
    end = page.get_by_label("To", exact=True)

    _change(page, "From", "31 Febuary 2019")
    expect(page).to_have_url(re.compile(r"[?&]from=31(%20|\+)Febuary(%20|\+)2019(&|$)"))
    # The region that was in the page before the change now says it: a screen reader reads it out.
    expect(region).to_have_text(FROM_NOTICE)
    expect(region).to_have_attribute("data-watched", "yes")
    # What was typed stays, marked invalid and described by the notice, and the keyboard is where it was (To).
    expect(start).to_have_value("31 Febuary 2019")
    expect(start).to_have_attribute("aria-invalid", "true")
    expect(start).to_have_attribute("aria-describedby", "f-from-notice f-date-help")
    assert page.evaluate("document.getElementById('f-from-notice').textContent") == FROM_NOTICE
    assert page.evaluate("document.activeElement.id") == "f-to"
    expect(page.locator("#results")).to_contain_text("Singapore summit")  # the list, without the date

    # Another filter changed: the notice still stands, and is not read out again.
    page.get_by_label(re.compile(r"^United States \(\d+\)$")).check()
    wait_for_htmx(page)
    expect(page).to_have_url(re.compile(r"actor=united-states"))
    expect(region).to_have_text(FROM_NOTICE)
    # A second bad date: only its own notice is added.
    _change(page, "To", "2019-13-01")
    expect(region.locator("li")).to_have_text([FROM_NOTICE, TO_NOTICE])
    expect(end).to_have_value("2019-13-01")
    expect(end).to_have_attribute("aria-invalid", "true")
    expect(end).to_have_attribute("aria-describedby", "f-to-notice f-date-help")
    # Typing a search swaps the results only: the boxes keep their dates and their marks, nothing is said again.
    _type_search(page, "summit")
    expect(region.locator("li")).to_have_text([FROM_NOTICE, TO_NOTICE])
    expect(start).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("window.announced") == [FROM_NOTICE, TO_NOTICE]

    # Corrected: its notice goes and its box is no longer marked; the other stays as it was.
    _change(page, "From", "2019")
    expect(region).to_have_text(TO_NOTICE)
    expect(start).to_have_value("2019")
    expect(start).not_to_have_attribute("aria-invalid", "true")
    expect(start).to_have_attribute("aria-describedby", "f-date-help")
    expect(end).to_have_attribute("aria-invalid", "true")
    assert page.evaluate("window.announced") == [FROM_NOTICE, TO_NOTICE]
    assert [violation["id"] for violation in run_axe(page)] == []

    # The address kept the date not understood (as the plain form's does): a reload shows the same page.
    page.reload()
    expect(region).to_have_text(TO_NOTICE)
    expect(end).to_have_value("2019-13-01")
    expect(end).to_have_attribute("aria-invalid", "true")
    expect(start).to_have_value("2019")
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_without_javascript_the_plain_form_keeps_the_bad_date_in_its_box_with_its_notice(live_server, browser):
    _events()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_label("From", exact=True).fill("31 Febuary 2019")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]from=31\+Febuary\+2019(&|$)"))
    expect(page.locator("#filter-notices")).to_have_text(FROM_NOTICE)
    start = page.get_by_label("From", exact=True)
    expect(start).to_have_value("31 Febuary 2019")
    expect(start).to_have_attribute("aria-invalid", "true")
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_in_a_shares_embed_whose_form_is_never_swapped_a_corrected_date_is_no_longer_marked(live_server, page):
    # The embed's htmx swaps its results only: the box's mark follows its notice, which comes with them.
    _events()
    share = SharedTimeline.objects.create(owner=UserFactory(groups=["Teachers"]), title="Summits", query="")
    page.goto(f"{live_server.url}/s/{share.token}/embed/?from=31+Febuary+2019")
    region = page.locator("#filter-notices")
    expect(region).to_have_text(FROM_NOTICE)
    page.evaluate(WATCH_NOTICES)
    start = page.get_by_label("From", exact=True)
    expect(start).to_have_value("31 Febuary 2019")
    expect(start).to_have_attribute("aria-invalid", "true")
    _change(page, "From", "2019")
    expect(region).to_have_text("")
    expect(page.locator("#results .notices")).to_have_count(0)
    expect(start).not_to_have_attribute("aria-invalid", "true")
    expect(start).to_have_attribute("aria-describedby", "f-date-help")
    _change(page, "From", "2019-13-01")
    expect(start).to_have_attribute("aria-invalid", "true")
    expect(start).to_have_attribute("aria-describedby", "f-from-notice f-date-help")
    # Said by the region that was in the frame before (the embed's own live region), once.
    expect(region).to_have_text(FROM_MONTH_NOTICE)
    expect(region).to_have_attribute("data-watched", "yes")
    _change(page, "Search titles, sentences and actors", "summit")
    assert page.evaluate("window.announced") == [FROM_MONTH_NOTICE]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_on_a_shares_page_a_bad_date_changed_by_htmx_is_announced_once(live_server, browser):
    _events()
    share = SharedTimeline.objects.create(owner=UserFactory(groups=["Teachers"]), title="Summits", query="")
    context, page, errors = _page_with_errors(browser)
    page.goto(f"{live_server.url}/s/{share.token}/")
    region = page.locator("#filter-notices")
    expect(region).to_have_attribute("aria-live", "polite")
    expect(region).to_have_text("")
    page.evaluate(WATCH_NOTICES)
    start = page.get_by_label("From", exact=True)

    _change(page, "From", "31 Febuary 2019")
    expect(region).to_have_text(FROM_NOTICE)
    expect(region).to_have_attribute("data-watched", "yes")
    expect(start).to_have_value("31 Febuary 2019")
    expect(start).to_have_attribute("aria-invalid", "true")
    expect(start).to_have_attribute("aria-describedby", "f-from-notice f-date-help")
    expect(page.locator("#results .notices")).to_have_count(0)
    expect(page.locator("#results")).to_contain_text("Singapore summit")

    # Another filter changed, then a second bad date: the first notice is not read out again.
    page.get_by_label(re.compile(r"^United States \(\d+\)$")).check()
    wait_for_htmx(page)
    expect(page).to_have_url(re.compile(r"actor=united-states"))
    expect(region).to_have_text(FROM_NOTICE)
    _change(page, "To", "2019-13-01")
    expect(region.locator("li")).to_have_text([FROM_NOTICE, TO_NOTICE])
    # Typing a search swaps the results only: nothing is said again.
    _type_search(page, "summit")
    expect(region.locator("li")).to_have_text([FROM_NOTICE, TO_NOTICE])
    assert page.evaluate("window.announced") == [FROM_NOTICE, TO_NOTICE]

    # Corrected: its notice goes, its box is no longer marked.
    _change(page, "From", "2019")
    expect(region).to_have_text(TO_NOTICE)
    expect(start).not_to_have_attribute("aria-invalid", "true")
    assert page.evaluate("window.announced") == [FROM_NOTICE, TO_NOTICE]
    assert [violation["id"] for violation in run_axe(page)] == []
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_on_a_phone_the_filters_holding_a_bad_date_start_unfolded_to_correct_it(live_server, browser):
    # The panel starts folded on a phone, unless a box in it is marked invalid: the date is there to be corrected.
    _events()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + "/?from=31+Febuary+2019")
    expect(page.locator("#filter-notices")).to_have_text(FROM_NOTICE)
    expect(page.get_by_label("From", exact=True)).to_be_visible()
    expect(page.get_by_label("From", exact=True)).to_have_value("31 Febuary 2019")
    page.goto(live_server.url + "/?from=2019")
    expect(page.get_by_label("From", exact=True)).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_on_a_shares_page_the_address_keeps_a_bad_date_so_a_reload_or_a_copied_link_shows_it_again(live_server,
                                                                                                   browser):
    # As on the timeline: the address htmx puts in the bar is the one the page shows, date not understood and all.
    _events()
    share = SharedTimeline.objects.create(owner=UserFactory(groups=["Teachers"]), title="Summits", query="")
    context, page, errors = _page_with_errors(browser)
    page.goto(f"{live_server.url}/s/{share.token}/")
    _change(page, "From", "31 Febuary 2019")
    expect(page.locator("#filter-notices")).to_have_text(FROM_NOTICE)
    expect(page).to_have_url(re.compile(r"[?&]from=31(%20|\+)Febuary(%20|\+)2019(&|$)"))

    page.reload()
    start = page.get_by_label("From", exact=True)
    expect(page.locator("#filter-notices")).to_have_text(FROM_NOTICE)
    expect(start).to_have_value("31 Febuary 2019")
    expect(start).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#results")).to_contain_text("Singapore summit")
    # The link a pupil copies from the bar, opened by another, shows the same.
    other = context.new_page()
    other.goto(page.url)
    expect(other.locator("#filter-notices")).to_have_text(FROM_NOTICE)
    expect(other.get_by_label("From", exact=True)).to_have_value("31 Febuary 2019")
    assert errors == []
    context.close()
