"""The students' timeline in Chromium: filters in the URL, typing, show more, the chart, no JavaScript, screenshots."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import htmx_requests, press_enter_and_settle, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory

EVENTS = "#event-list [data-event-id]"


def event_ids(page) -> list[str]:
    return page.locator(EVENTS).evaluate_all("els => els.map(e => e.dataset.eventId)")


@pytest.mark.django_db(transaction=True)
def test_the_timeline_shows_the_seed_articles_events_in_chromium(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/?from=September 2025")
    expect(page.get_by_role("heading", level=1)).to_contain_text("timeline")
    speech = page.locator('[data-event-id] time[datetime="2025-09-21"]')
    expect(speech.first).to_be_visible()
    expect(speech.first).to_have_text("Sunday 21 September 2025")
    assert page.locator("[data-event-id]").count() >= 3
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_filtering_by_actor_changes_the_url_survives_a_reload_and_back_restores_the_list(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    everything = event_ids(page)
    page.get_by_label(re.compile(r"^South Korea \(\d+\)$")).check()
    expect(page).to_have_url(re.compile(r"/\?actor=south-korea$"))
    wait_for_htmx(page)
    filtered = event_ids(page)
    assert 0 < len(filtered) < len(everything)
    expect(page.locator("#result-count")).to_contain_text("match these filters")
    # The checkbox keeps focus after the swap, so keyboard users carry on where they were.
    assert page.evaluate("document.activeElement.id") == "f-actor-south-korea"
    page.reload()
    assert event_ids(page) == filtered
    expect(page.get_by_label(re.compile(r"^South Korea \(\d+\)$"))).to_be_checked()
    page.go_back()
    expect(page).to_have_url(live_server.url + "/")
    wait_for_htmx(page)
    assert event_ids(page) == everything
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_typing_a_query_narrows_the_list_and_replaces_the_url(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    before = len(event_ids(page))
    page.get_by_label("Search titles, sentences and actors").press_sequentially("Singapore", delay=30)
    expect(page).to_have_url(re.compile(r"\?q=Singapore$"))
    wait_for_htmx(page)
    texts = page.locator(EVENTS).evaluate_all("els => els.map(e => e.textContent.toLowerCase())")
    assert 0 < len(texts) < before
    assert all("singapore" in text for text in texts), texts
    # Still typing: the search box was never replaced, so it kept focus and every character.
    assert page.evaluate("document.activeElement.id") == "f-q"
    expect(page.get_by_label("Search titles, sentences and actors")).to_have_value("Singapore")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_show_more_appends_the_next_page_and_moves_focus_to_it(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    first = event_ids(page)
    assert len(first) == 50
    page.get_by_role("link", name="Show more events").click()
    expect(page).to_have_url(re.compile(r"\?page=2$"))
    wait_for_htmx(page)
    both = event_ids(page)
    assert both[:50] == first and len(both) > 50 and len(set(both)) == len(both)
    assert page.evaluate("document.activeElement.hasAttribute('tabindex')")
    page.reload()
    assert event_ids(page) == both
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_a_chart_bar_narrows_the_range_to_its_year(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    bar = page.locator('svg a[aria-label^="2018:"]')
    expected = int(re.search(r": (\d+) event", bar.get_attribute("aria-label")).group(1))
    bar.click()
    expect(page).to_have_url(re.compile(r"\?from=2018&to=2018&starting=1$"))
    wait_for_htmx(page)
    dates = page.locator(f"{EVENTS} .event-meta time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert len(dates) == expected and all(d.startswith("2018") for d in dates)
    expect(page.locator("#f-from")).to_have_value("2018")
    expect(page.locator("#result-count")).to_contain_text(f"{expected} event")
    assert console_errors == []


def _timeline_without_javascript(browser, live_server):
    """The timeline in a browser with JavaScript off, as a plain-HTML reader gets it."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    return context, page


@pytest.mark.django_db(transaction=True)
def test_the_page_works_with_javascript_disabled(live_server, browser, seeded):
    context, page = _timeline_without_javascript(browser, live_server)
    page.get_by_label("Search titles, sentences and actors").fill("Hanoi")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"\?q=Hanoi"))
    assert 0 < len(event_ids(page)) < 50
    page.get_by_role("link", name="Clear all").click()
    expect(page).to_have_url(live_server.url + "/")
    page.get_by_role("link", name="Show more events").click()
    expect(page).to_have_url(re.compile(r"\?page=2#event-\d+$"))
    assert len(event_ids(page)) > 50
    # The reloaded page opens at the first new event, not at the top above the 50 already read.
    first_new = page.locator(EVENTS).nth(50)
    expect(first_new).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0
    page.locator("[data-event-id] details.source summary").first.click()
    expect(page.locator("[data-event-id] details.source blockquote").first).to_be_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_form_submitted_without_javascript_lands_on_the_clean_url_to_copy(live_server, browser, seeded):
    context, page = _timeline_without_javascript(browser, live_server)
    page.get_by_label("Search titles, sentences and actors").fill("summit")
    page.get_by_label("From", exact=True).fill("June 2018")
    page.get_by_label("Order").select_option("newest")
    page.get_by_role("button", name="Apply filters").click()
    # The form sent every field (to=&precision=...): the address bar shows only what was chosen, dates in ISO form.
    expect(page).to_have_url(live_server.url + "/?q=summit&from=2018-06&sort=newest")
    expect(page.get_by_label("Search titles, sentences and actors")).to_have_value("summit")
    expect(page.get_by_label("From", exact=True)).to_have_value("2018-06")
    assert len(event_ids(page)) > 0
    # A date not understood stays in the address, and the page says it is ignored.
    page.get_by_label("To", exact=True).fill("someday")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]to=someday(&|$)"))
    expect(page.locator(".notices")).to_contain_text("“someday” was not understood")
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("name", "width", "height"), [("desktop", 1280, 900), ("phone", 360, 740)])
def test_screenshots_of_the_timeline_fit_the_screen(live_server, browser, seeded, artifacts_dir, name, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(live_server.url + "/?actor=north-korea")
    page.screenshot(path=str(artifacts_dir / f"timeline-{name}.png"), full_page=False)
    page.screenshot(path=str(artifacts_dir / f"timeline-{name}-full.png"), full_page=True)
    # Nothing may force sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    if width < 500:  # the filter panel starts closed on a phone, so the events come first
        expect(page.locator(".filters-panel")).not_to_have_attribute("open", "")
    page.emulate_media(media="print")
    page.screenshot(path=str(artifacts_dir / f"timeline-{name}-print.png"), full_page=False)
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator("[data-event-id] details.source blockquote").first).to_be_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_back_after_typing_and_ticking_shows_the_search_the_list_was_filtered_by(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    search = page.get_by_label("Search titles, sentences and actors")
    search.press_sequentially("Singapore", delay=30)
    expect(page).to_have_url(re.compile(r"\?q=Singapore$"))
    wait_for_htmx(page)
    searched = event_ids(page)
    page.get_by_label(re.compile(r"^United States \(\d+\)$")).check()
    expect(page).to_have_url(re.compile(r"\?q=Singapore&actor=united-states$"))
    wait_for_htmx(page)
    page.go_back()
    expect(page).to_have_url(re.compile(r"\?q=Singapore$"))
    wait_for_htmx(page)
    # The restored page is the one left: its list and the search box that filtered it, so the next filter keeps it.
    assert event_ids(page) == searched
    expect(search).to_have_value("Singapore")
    expect(page.get_by_label(re.compile(r"^United States \(\d+\)$"))).not_to_be_checked()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_leaving_the_search_box_sends_nothing_more_and_adds_no_history_entry(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    page.get_by_label("Search titles, sentences and actors").press_sequentially("Singapore", delay=30)
    expect(page).to_have_url(re.compile(r"\?q=Singapore$"))
    wait_for_htmx(page)
    entries = page.evaluate("history.length")
    requests = []
    page.on("request", lambda request: requests.append(request.url) if request.headers.get("hx-request") else None)
    page.keyboard.press("Tab")
    page.wait_for_timeout(600)
    wait_for_htmx(page)
    # The search was sent as it was typed: leaving the box asks for the same list again, and Back would then stay put.
    assert requests == []
    assert page.evaluate("history.length") == entries
    # Focus moved on to what follows the box (the link to skip to the events), not lost to a swapped-in form.
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to the events"
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_pressing_enter_in_the_search_box_sends_the_search_once(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    requests = htmx_requests(page)
    search = page.get_by_label("Search titles, sentences and actors")
    search.fill("Singapore")
    press_enter_and_settle(page, search, re.compile(r"\?q=Singapore$"))
    # Enter is both the search box's own "search" and the form's submission: one of them, not both racing.
    assert len(requests) == 1, requests
    assert "singapore" in page.locator(EVENTS).first.text_content().lower()
    assert page.evaluate("document.activeElement.id") == "f-q"
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_pressing_enter_in_a_date_box_sends_the_filters_once_without_console_errors(live_server, page, seeded,
                                                                                   console_errors):
    page.goto(live_server.url + "/")
    requests = htmx_requests(page)
    date_box = page.get_by_label("From")
    date_box.press_sequentially("2025", delay=30)
    press_enter_and_settle(page, date_box, re.compile(r"\?from=2025$"))
    # Enter commits the box ("change") and submits the form: one request, not one cut short by the other (which
    # htmx reports on the console as htmx:sendAbort).
    assert console_errors == []
    assert len(requests) == 1, requests
    dates = page.locator(f"{EVENTS} .event-meta time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates and all(d >= "2025" for d in dates), dates
    expect(page.locator("#f-from")).to_have_value("2025")


@pytest.mark.django_db(transaction=True)
def test_leaving_a_date_box_still_filters_without_enter(live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    page.get_by_label("From").fill("2025")
    page.get_by_label("From").press("Tab")
    expect(page).to_have_url(re.compile(r"\?from=2025$"))
    wait_for_htmx(page)
    dates = page.locator(f"{EVENTS} .event-meta time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates and all(d >= "2025" for d in dates), dates
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_the_search_box_is_in_view_while_the_other_filters_start_folded(live_server, browser, seeded):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/")
    # Searching is what a student comes to do: it must not hide behind a closed "Filters" disclosure.
    search = page.get_by_label("Search titles, sentences and actors")
    expect(search).to_be_visible()
    expect(page.locator("#f-from")).to_be_hidden()
    assert page.locator("#results .event-title").first.is_visible()
    search.press_sequentially("Singapore", delay=30)
    expect(page).to_have_url(re.compile(r"\?q=Singapore$"))
    wait_for_htmx(page)
    expect(search).to_be_visible()
    expect(search).to_have_value("Singapore")
    expect(page.locator("#results .event-title").first).to_contain_text("Singapore")
    # The other filters are one tap away, and what they are is said in their summary.
    page.get_by_text("More filters").click()
    expect(page.locator("#f-from")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("name", "width", "height"), [("desktop", 1280, 900), ("phone", 390, 844)])
def test_apply_filters_shows_the_start_of_the_new_list_not_its_end(live_server, browser, seeded, name, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(live_server.url + "/")
    if width < 500:
        page.get_by_text("More filters").click()
    # A tick filters at once; many then press "Apply filters" anyway, below the whole panel, scrolled down to it.
    page.get_by_label(re.compile(r"^Verbal cooperation \(\d+\)$")).check()
    expect(page).to_have_url(re.compile(r"\?category=verbal-cooperation$"))
    wait_for_htmx(page)
    page.get_by_role("button", name="Apply filters").click()
    wait_for_htmx(page)
    assert len(event_ids(page)) == 50
    # Focus goes to the new results and the screen shows where they begin (the chart, then the first events):
    # before, focusing the 50-event list scrolled the screen to its end or middle, past what the filters found first.
    assert page.evaluate("document.activeElement.id") == "results"
    top = page.evaluate("document.getElementById('results').getBoundingClientRect().top")
    # Scrolled to its start, the list may sit a fraction of a pixel above the top (-1/64 px once the panel's height
    # moved it to a fractional offset): scrolling snaps to whole device pixels.
    assert -1 < top < height / 2, top
    expect(page.locator(EVENTS).first).to_be_in_viewport()
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_title_with_a_word_longer_than_a_phone_screen_wraps_instead_of_widening_the_page(live_server, browser):
    # An extracted title or sentence can hold an address or names run together, one "word" wider than a phone.
    address = "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=" + "3206" * 12
    text = f"The ministry posted the joint statement at {address} on 12 June 2018."
    document = DocumentFactory(text=text, title=f"Statement {address}")
    event = EventFactory(title=f"The ministry posted the joint statement at {address}", date_text="12 June 2018")
    EventSourceFactory(event=event, document=document)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for path in ("/", event.get_absolute_url(), document.get_absolute_url()):
        page.goto(live_server.url + path)
        expect(page.get_by_text("The ministry posted").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    context.close()


@pytest.mark.django_db(transaction=True)
def test_what_is_typed_in_the_next_date_box_survives_the_answer_to_leaving_the_first(live_server, page, seeded,
                                                                                      console_errors):
    # Leaving "From" sends the filters; the answer replaces the form. Hold it back until "June 2019" is typed in "To",
    # as a quick typist's first letters are: they must still be there, and be what leaving "To" then filters by.
    held = []
    page.route(re.compile(r"from=2018"), lambda route: held.append(route) if route.request.headers.get("hx-request")
               else route.continue_())
    page.goto(live_server.url + "/")
    page.get_by_label("From").fill("2018")
    page.get_by_label("From").press("Tab")
    page.wait_for_function("() => document.querySelector('.htmx-request')")
    assert len(held) == 1
    page.keyboard.type("June 2019")
    held[0].continue_()
    page.unroute(re.compile(r"from=2018"))
    expect(page).to_have_url(re.compile(r"\?from=2018$"))
    wait_for_htmx(page)
    expect(page.locator("#f-to")).to_have_value("June 2019")
    assert page.evaluate("document.activeElement.id") == "f-to"
    page.keyboard.press("Tab")
    expect(page).to_have_url(re.compile(r"\?from=2018&to=2019-06$"))
    wait_for_htmx(page)
    expect(page.locator("#f-to")).to_have_value("2019-06")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_a_misspelt_search_offers_the_corrected_one_and_no_downloads_until_something_is_found(
        live_server, page, seeded, console_errors):
    page.goto(live_server.url + "/")
    box = page.get_by_label("Search titles, sentences and actors")
    box.press_sequentially("Hanio", delay=30)
    expect(page).to_have_url(re.compile(r"\?q=Hanio$"))
    wait_for_htmx(page)
    expect(page.locator("#event-list [data-event-id]")).to_have_count(0)
    expect(page.locator(".export-links")).to_have_text("Nothing to download: no event matches these filters.")
    suggestion = page.locator("#results .empty").get_by_role("link", name="Hanoi")
    expect(page.locator("#results .empty")).to_contain_text("Did you mean Hanoi?")
    suggestion.click()
    expect(page).to_have_url(re.compile(r"\?q=Hanoi$"))
    wait_for_htmx(page)
    assert len(event_ids(page)) > 0
    expect(box).to_have_value("Hanoi")
    expect(page.locator(".export-links").get_by_role("link", name="CSV")).to_have_attribute(
        "href", "/export/events.csv?q=Hanoi")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_printed_timeline_gives_its_whole_address_once_at_the_top_and_no_path_after_each_link(live_server, page):
    event = EventSourceFactory(event__title="Singapore summit", event__date_start=datetime.date(2018, 6, 12)).event
    page.goto(live_server.url + "/?from=2018")
    page.emulate_media(media="print")
    online = page.get_by_text("Online at ")
    expect(online).to_have_text(f"Online at {live_server.url}/?from=2018")
    expect(online).to_be_visible()
    for link in (page.locator(f'[data-event-id="{event.pk}"] .event-title a'), page.locator(".source-doc a")):
        assert link.first.evaluate("a => getComputedStyle(a, '::after').content") in ("none", "normal")
    page.emulate_media(media="screen")
    expect(online).to_be_hidden()
