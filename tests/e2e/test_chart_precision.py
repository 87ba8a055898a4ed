"""A search whose events are partly known only to the year, charted by month on a desktop and by quarter on a phone:
no bar draws the year's event in January, and the caption says it is left out, with or without JavaScript."""

import datetime

import pytest
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# The names of the bar links the reader is shown (those of the other widths' groupings are hidden by CSS).
_SHOWN_BARS = """() => [...document.querySelectorAll('.chart a.chart-bar')]
    .filter(a => getComputedStyle(a.parentElement).display !== 'none').map(a => a.getAttribute('aria-label'))"""


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("viewport, unit, bars", [
    (DESKTOP, "month", ["Feb 2019: 1 event", "Apr 2019: 1 event"]),
    (PHONE, "quarter", ["Jan–Mar 2019: 1 event", "Apr–Jun 2019: 1 event"]),
], ids=["desktop", "phone"])
def test_an_event_known_only_to_the_year_is_left_out_of_the_months_and_the_caption_says_so(
        live_server, browser, artifacts_dir, _events_deleted_before_flush, viewport, unit, bars):
    from tests.factories import EventFactory

    EventFactory(title="Hanoi talks planned", date_start=datetime.date(2019, 1, 1),
                 date_end=datetime.date(2019, 12, 31),
                 precision="year", date_mod="START", date_text="early 2019")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_end=datetime.date(2019, 2, 28))
    EventFactory(title="Hanoi letters", date_start=datetime.date(2019, 4, 1), date_end=datetime.date(2019, 4, 30),
                 precision="month")
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/?q=hanoi")
        expect(page.locator(".chart svg")).to_be_visible()
        page.locator(".chart").screenshot(path=str(artifacts_dir / f"chart-not-drawn-{unit}.png"))
        assert page.evaluate(_SHOWN_BARS) == bars
        note = page.locator(".chart-not-drawn").filter(visible=True)
        expect(note).to_have_count(1)
        expect(note).to_have_text(
            f"1 of these 3 events is not drawn: it is known only to the year, and each bar is a {unit}. "
            "List the event not drawn")
        expect(note.get_by_role("link", name="List the event not drawn")).to_have_attribute(
            "href", "/?q=hanoi&known_only_to=year")
        # The note belongs to the caption that names the chart to assistive technology.
        expect(page.get_by_role("group", name="Events per")).to_be_visible()
        assert "known only to the year" in page.locator("#chart-caption").inner_text()
        expect(page.locator("[data-event-id]")).to_have_count(3)  # the list still lists all three
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        # A bar's link lists the one event it counts, not also the year's, which overlaps its months.
        page.get_by_role("link", name=bars[0]).click()
        expect(page.locator("[data-event-id]")).to_have_count(1)
    finally:
        context.close()


def _hanoi_with_a_quarter():
    from tests.factories import EventFactory

    EventFactory(title="Hanoi talks planned", date_start=datetime.date(2019, 1, 1),
                 date_end=datetime.date(2019, 12, 31), precision="year", date_text="early 2019")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_end=datetime.date(2019, 2, 28))
    EventFactory(title="Hanoi letters", date_start=datetime.date(2019, 4, 1), date_end=datetime.date(2019, 4, 30),
                 precision="month")
    EventFactory(title="Hanoi aftermath", date_start=datetime.date(2019, 7, 1), date_end=datetime.date(2019, 9, 30),
                 precision="quarter")


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("viewport, javascript, link, titles", [
    (DESKTOP, True, "List the 2 events not drawn", ["Hanoi talks planned", "Hanoi aftermath"]),
    (DESKTOP, False, "List the 2 events not drawn", ["Hanoi talks planned", "Hanoi aftermath"]),
    (PHONE, True, "List the event not drawn", ["Hanoi talks planned"]),
], ids=["desktop-htmx", "desktop-no-js", "phone-htmx"])
def test_the_caption_leads_to_the_events_it_says_are_not_drawn_and_back(
        live_server, browser, artifacts_dir, _events_deleted_before_flush, viewport, javascript, link, titles):
    from tests.e2e.conftest import wait_for_htmx

    _hanoi_with_a_quarter()
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/?q=hanoi")
        expect(page.locator("[data-event-id]")).to_have_count(4)
        page.locator(".chart-not-drawn").filter(visible=True).get_by_role("link", name=link).click()
        if javascript:
            wait_for_htmx(page)
        # As many events as the caption counted, the search kept, and the address one a student can copy.
        expect(page.locator("[data-event-id]")).to_have_count(len(titles))
        for title in titles:
            expect(page.locator("[data-event-id]").filter(has_text=title)).to_have_count(1)
        assert "q=hanoi" in page.url and "known_only_to=year" in page.url
        counted = "2 events match" if len(titles) == 2 else "1 event matches"
        # And drawn, every one, in a bar as long as their dates are known, not left out of each month's bar.
        assert page.evaluate(_SHOWN_BARS) == ["2019: 2 events" if len(titles) == 2 else "2019: 1 event"]
        expect(page.locator("#result-count")).to_have_text(f"{counted} these filters.")
        narrowed = page.locator(".chart-narrowed")
        expect(narrowed).to_contain_text("known only to the year")
        page.screenshot(path=str(artifacts_dir / f"chart-not-drawn-listed-{len(titles)}-{javascript}.png"))
        narrowed.get_by_role("link", name="List the events of every precision").click()
        if javascript:
            wait_for_htmx(page)
        expect(page.locator("[data-event-id]")).to_have_count(4)
        assert page.url.endswith("/?q=hanoi")
    finally:
        context.close()
