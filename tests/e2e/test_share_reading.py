"""A pupil reads a share saved newest first with its plans: in the teacher's order until choosing another, each plan
marked as only planned, on the page, the embed and the printed handout, which says what the share holds; printed
from a page the pupil filtered, the handout holds what was on screen, says how it was filtered, and its address and
QR code lead back to that view."""

import datetime
import io
import re

import pytest
import segno
from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_htmx
from tests.factories import EventFactory, UserFactory
from timeline import shares
from timeline.models import Modality, Precision, SharedTimeline

SINGAPORE = "Trump and Kim meet in Singapore"
HANOI = "Summit in Hanoi ends early"
PLAN = "Working talks to resume in Stockholm"
FRAMEWORK = "Agreed Framework signed"
NEWEST_FIRST = [PLAN, HANOI, SINGAPORE, FRAMEWORK]
SCOPE = ("This timeline holds events from 2018 on, announcements and plans included, "
         "plus 1 event added by your teacher, newest first.")


def _qr_of(url: str, title: str) -> bytes:
    """The SVG the site draws for a QR code leading to ``url``."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=4, dark="#000", light="#fff", title=title)
    return buffer.getvalue()


def _share() -> SharedTimeline:
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    EventFactory(title=SINGAPORE, date_start=datetime.date(2018, 6, 12))
    EventFactory(title=HANOI, date_start=datetime.date(2019, 2, 28), date_text="28 February 2019")
    EventFactory(title=PLAN, date_start=datetime.date(2019, 10, 1), date_end=datetime.date(2019, 10, 31),
                 precision=Precision.MONTH, date_text="October 2019", modality=Modality.PLANNED)
    framework = EventFactory(title=FRAMEWORK, date_start=datetime.date(1994, 10, 21), date_text="21 October 1994")
    share = SharedTimeline.objects.create(owner=teacher, title="Talks, latest first",
                                          query="from=2018&plans=1&sort=newest")
    return shares.save_share(share=share, notes={}, excluded=[], pinned=[framework.pk], freeze=False)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_a_pupil_reads_the_share_in_the_teachers_order_sees_the_plan_marked_and_may_reorder(live_server, browser,
                                                                                            javascript):
    share = _share()
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for path in ("", "embed/"):
        url = f"{live_server.url}/s/{share.token}/{path}"
        page.goto(url)
        assert page.locator("#results .event-title").all_inner_texts() == NEWEST_FIRST, path
        expect(page.locator("#f-sort")).to_have_value("newest")
        plan = page.locator(".share-events > li", has_text=PLAN)
        expect(plan.get_by_text("Planned or announced", exact=True)).to_be_visible()
        assert plan.locator(".event-title").evaluate("e => getComputedStyle(e).fontStyle") == "italic"
        expect(page.locator(".share-events > li", has_text=HANOI).locator(".badge.modality")).to_have_count(0)

        if path == "embed/":  # the embed folds the order with the other filters under "More filters"
            page.get_by_text("More filters", exact=True).click()
        page.locator("#f-sort").select_option("oldest")
        if javascript:
            wait_for_htmx(page)  # the form filters on change
        else:
            page.get_by_role("button", name="Apply filters").click()
        expect(page.locator("#results .event-title").first).to_have_text(FRAMEWORK)
        assert page.locator("#results .event-title").all_inner_texts() == NEWEST_FIRST[::-1], path
        assert "sort=oldest" in page.url, page.url
        # The reader's order survives a reload: it is in the URL, the teacher's is the default.
        page.reload()
        expect(page.locator("#f-sort")).to_have_value("oldest")
        assert page.locator("#results .event-title").all_inner_texts() == NEWEST_FIRST[::-1], path

    # The handout, printed from the share page: the teacher's order, the plan marked, and what the share holds.
    page.goto(f"{live_server.url}/s/{share.token}/")
    page.get_by_role("link", name="Print handout").click()
    expect(page.locator(".share-scope")).to_have_text(SCOPE)
    assert page.locator(".handout-event strong").all_inner_texts() == NEWEST_FIRST
    expect(page.locator(".handout-event", has_text=PLAN).get_by_text("Planned or announced")).to_be_visible()
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_a_pupil_prints_the_share_as_filtered_and_ordered_on_screen(live_server, browser, javascript):
    share = _share()
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/s/{share.token}/")
    page.get_by_label("From").fill("2019")
    if javascript:  # each change swaps the results, and the print link with them, out of band
        page.get_by_label("From").press("Tab")
        expect(page.get_by_text(SINGAPORE)).to_have_count(0)
        wait_for_htmx(page)
        page.locator("#f-sort").select_option("oldest")
        expect(page.locator("#results .event-title").first).to_have_text(HANOI)
        wait_for_htmx(page)
    else:
        page.locator("#f-sort").select_option("oldest")
        page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results .event-title")).to_have_text([HANOI, PLAN])

    page.get_by_role("link", name="Print handout").click()
    # (a web-first assertion: it waits for the handout page, where a plain read could run before it has loaded)
    expect(page.locator(".handout-event strong")).to_have_text([HANOI, PLAN])
    expect(page.locator(".handout-narrowing")).to_have_text("Filtered: events from 2019 on, oldest first.")
    expect(page.locator(".share-scope")).to_have_text(SCOPE)
    expect(page.locator(".handout-event", has_text=PLAN).get_by_text("Planned or announced")).to_be_visible()
    # Its printed address and QR code lead to that same view: scanned, the code opens the list on paper, in its order.
    filtered = f"{live_server.url}/s/{share.token}/?from=2019&sort=oldest"
    expect(page.locator(".handout-link")).to_have_text(f"Online: {filtered}")
    qr = page.get_by_role("img", name="QR code for the online version")
    expect(qr).not_to_have_js_property("naturalWidth", 0)  # it loads, under the CSP
    assert page.request.get(qr.evaluate("img => img.src")).body() == _qr_of(filtered, share.title)
    page.goto(filtered)
    assert page.locator("#results .event-title").all_inner_texts() == [HANOI, PLAN]
    expect(page.locator("#f-sort")).to_have_value("oldest")
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_the_share_page_starts_with_its_filters_folded_as_the_timeline_does(live_server, browser):
    share = _share()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{share.token}/")
    # A pupil opening the link from the handout's QR code sees the events, not a screen of checkboxes.
    expect(page.locator(".filters-panel")).not_to_have_attribute("open", "")
    assert page.locator("#results .event-title").first.is_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_back_on_the_share_page_shows_the_search_the_list_was_filtered_by(live_server, browser):
    share = _share()
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{live_server.url}/s/{share.token}/")
    search = page.get_by_label("Search titles, sentences and actors")
    search.press_sequentially("Hanoi", delay=30)
    expect(page).to_have_url(f"{live_server.url}/s/{share.token}/?q=Hanoi")
    wait_for_htmx(page)
    page.locator("#f-sort").select_option("oldest")
    expect(page).to_have_url(f"{live_server.url}/s/{share.token}/?q=Hanoi&sort=oldest")
    wait_for_htmx(page)
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/s/{share.token}/?q=Hanoi")
    wait_for_htmx(page)
    assert page.locator("#results .event-title").all_inner_texts() == [HANOI]
    expect(search).to_have_value("Hanoi")
    expect(page.locator("#f-sort")).to_have_value("newest")
    assert errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("where", ["timeline", "share"])
def test_back_after_typing_a_search_in_two_goes_leaves_the_page_in_one_step(live_server, page, console_errors, where):
    # Each pause in typing sends the search: the address is replaced each time, so Back leaves the page rather than
    # going back to "Han" (as the timeline does, and the share page now does by the same rule).
    share = _share()
    url = f"{live_server.url}/s/{share.token}/" if where == "share" else f"{live_server.url}/"
    page.goto(f"{live_server.url}/documents/")
    page.goto(url)
    search = page.get_by_label("Search titles, sentences and actors")
    for typed, so_far in [("Han", "Han"), ("oi", "Hanoi")]:
        search.press_sequentially(typed, delay=30)
        expect(page).to_have_url(f"{url}?q={so_far}")
        wait_for_htmx(page)
    assert HANOI in page.locator("#results").inner_text()
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/documents/")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_the_handouts_print_button_is_offered_only_where_it_works(live_server, browser, javascript):
    share = _share()
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{live_server.url}/s/{share.token}/print/")
    button = page.get_by_role("button", name="Print or save as PDF")
    # It calls window.print(): without JavaScript it would be a button that does nothing (the browser's own
    # Print command still prints the handout).
    if javascript:
        expect(button).to_be_visible()
    else:
        expect(button).to_have_count(0)
    context.close()


@pytest.mark.django_db(transaction=True)
def test_a_pupil_reads_the_share_year_by_year_and_opens_an_events_page_from_its_title(live_server, browser,
                                                                                       artifacts_dir):
    share = _share()
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    years = [re.compile(r"^2019"), re.compile(r"^2018"), re.compile(r"^1994")]
    page.goto(f"{live_server.url}/s/{share.token}/")
    # Newest first, as the teacher saved it: the years count down, each once, as on the timeline's own list.
    expect(page.locator("#results .year-heading")).to_have_text(years)
    page.screenshot(path=str(artifacts_dir / "share-year-headings.png"), full_page=True)
    page.get_by_role("link", name=HANOI).click()
    expect(page).to_have_url(re.compile(rf"/events/\d+/\?share={share.token}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(HANOI)
    page.go_back()
    expect(page.locator("#results .year-heading")).to_have_text(years)
    # The event page's own way back to the share, a plain link (no history needed: a pupil may arrive by a
    # bookmark or from another tab).
    page.get_by_role("link", name=HANOI).click()
    page.get_by_role("link", name=f"← Back to “{share.title}”").click()
    # Back at the card the pupil opened, as the timeline's own link does.
    expect(page).to_have_url(re.compile(rf"^{re.escape(live_server.url)}/s/{share.token}/#event-\d+$"))
    expect(page.locator("#results .year-heading")).to_have_text(years)

    # In the embed the page opens in a tab of its own: the class page around the frame stays where it was.
    page.goto(f"{live_server.url}/s/{share.token}/embed/")
    expect(page.locator("#results .year-heading")).to_have_text(years)
    with context.expect_page() as opened:
        page.get_by_role("link", name=HANOI).click()
    event_page = opened.value
    expect(event_page.get_by_role("heading", level=1)).to_have_text(HANOI)
    expect(page).to_have_url(f"{live_server.url}/s/{share.token}/embed/")

    # The handout: the same headings; its titles are print, not links.
    page.goto(f"{live_server.url}/s/{share.token}/print/")
    expect(page.locator(".year-heading")).to_have_text(years)
    expect(page.locator(".handout-event strong a")).to_have_count(0)
    assert errors == []
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_handouts_way_back_shows_on_screen_but_not_on_paper(live_server, page):
    share = _share()
    page.goto(f"{live_server.url}/s/{share.token}/print/?q=Hanoi")
    back = page.get_by_role("link", name="Back to the shared timeline")
    expect(back).to_be_visible()
    page.emulate_media(media="print")
    expect(back).to_be_hidden()
    page.emulate_media(media="screen")
    back.click()
    expect(page).to_have_url(f"{live_server.url}/s/{share.token}/?q=Hanoi")
    assert page.locator("#results .event-title").all_inner_texts() == [HANOI]


@pytest.mark.django_db(transaction=True)
def test_the_count_a_screen_reader_follows_is_the_same_live_region_after_filtering(live_server, page):
    share = _share()
    page.goto(f"{live_server.url}/s/{share.token}/")
    count = page.locator("#result-count")
    expect(count).to_have_text("4 events.")
    count.evaluate("el => { el.dataset.original = 'yes'; }")  # replaced, it would lose this mark
    page.get_by_label("Search titles, sentences and actors").press_sequentially("Hanoi", delay=30)
    wait_for_htmx(page)
    expect(count).to_have_text("1 event matches these filters.")
    expect(count).to_have_attribute("data-original", "yes")
    expect(count).to_have_attribute("role", "status")
