"""The timeline's chart in Chromium at a phone's, a tablet's and a desktop's width: labels large enough to read, none
overlapping; and a search's chart by month."""

import re
from itertools import pairwise

import pytest
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
TABLET = {"width": 820, "height": 1180}  # the filters beside the list leave the chart some 500px
DESKTOP = {"width": 1280, "height": 900}

# Every drawn label's rendered box and font size in CSS pixels: the font size times the SVG's scale on screen.
# (A label of the grouping of bars drawn for another width is in a hidden group, not hidden itself.)
_LABELS = """() => [...document.querySelectorAll('.chart svg text')]
    .filter(t => { for (let e = t; e.tagName !== 'svg'; e = e.parentElement) if (getComputedStyle(e).display === 'none') return false; return true; })
    .map(t => {
        const svg = t.ownerSVGElement, box = t.getBoundingClientRect();
        const scale = svg.getScreenCTM().a;
        return {text: t.textContent, left: box.left, right: box.right, height: box.height,
                px: parseFloat(getComputedStyle(t).fontSize) * scale, era: t.classList.contains('era-label')};
    })"""


def _labels(browser, url: str, viewport: dict, screenshot) -> list[dict]:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.goto(url)
        expect(page.locator(".chart svg")).to_be_visible()
        page.locator(".chart").screenshot(path=str(screenshot))
        labels = page.evaluate(_LABELS)
        # Nothing in the chart reaches past the screen's edges, so the page never scrolls sideways.
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        return labels
    finally:
        context.close()


def _assert_readable_and_apart(labels: list[dict]) -> None:
    axis = [label for label in labels if not label["era"]]
    assert len(axis) >= 3, labels
    for label in labels:
        assert label["px"] >= 11 and label["height"] >= 11, label
    for left, right in pairwise(axis):
        assert left["right"] <= right["left"], (left, right)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("query", ["", "?from=2017&to=2019"], ids=["by-year", "by-month"])
def test_the_charts_labels_are_readable_on_a_phone_and_do_not_overlap(live_server, browser, seeded, artifacts_dir, query):
    name = "year" if not query else "month"
    phone = _labels(browser, live_server.url + "/" + query, PHONE, artifacts_dir / f"chart-phone-{name}.png")
    _assert_readable_and_apart(phone)
    tablet = _labels(browser, live_server.url + "/" + query, TABLET, artifacts_dir / f"chart-tablet-{name}.png")
    _assert_readable_and_apart(tablet)
    desktop = _labels(browser, live_server.url + "/" + query, DESKTOP, artifacts_dir / f"chart-desktop-{name}.png")
    _assert_readable_and_apart(desktop)


# Each bar link the reader is shown: its name and its box on screen, the area a tap chooses it by.
_BAR_LINKS = """() => [...document.querySelectorAll('.chart a.chart-bar')]
    .filter(a => getComputedStyle(a.parentElement).display !== 'none')
    .map(a => {
        const box = a.getBoundingClientRect();
        return {name: a.getAttribute('aria-label'), left: box.left, right: box.right, width: box.width, height: box.height};
    })"""


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("query", ["", "?from=2017&to=2019"], ids=["by-year", "by-month"])
def test_on_a_phone_every_bar_is_a_target_at_least_24px_square_and_the_page_does_not_scroll_sideways(
        live_server, browser, seeded, artifacts_dir, width, query):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/" + query)
        expect(page.locator(".chart svg")).to_be_visible()
        page.locator(".chart").screenshot(path=str(artifacts_dir / f"chart-targets-{width}-{'month' if query else 'year'}.png"))
        bars = page.evaluate(_BAR_LINKS)
        assert len(bars) >= 3, bars
        for bar in bars:
            # WCAG 2.2, 2.5.8: a target of at least 24 by 24 CSS pixels, all of it on the screen.
            assert bar["width"] >= 24 and bar["height"] >= 24 and 0 <= bar["left"] and bar["right"] <= width, bar
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [320, 390])
def test_on_a_phone_every_leaders_band_is_named_in_a_list_under_the_chart(live_server, browser, seeded, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        expect(page.locator(".chart svg")).to_be_visible()
        # Most bands are too narrow here for their names, and a tooltip is out of reach of a finger: the list under
        # the chart names each, on screen and as a list to a screen reader.
        shown = page.evaluate(_LABELS)
        assert "Joe Biden (US)" not in [label["text"] for label in shown if label["era"]]
        legend = page.get_by_role("list", name="Who led each side")
        assert legend.get_by_role("listitem").all_inner_texts() == [
            "Bill Clinton (US), 1993–2001", "George W. Bush (US), 2001–2009", "Barack Obama (US), 2009–2017",
            "Donald Trump (US), 2017–2021", "Joe Biden (US), 2021–2025", "Donald Trump (US), since 2025",
            "Kim Jong Un (North Korea), since 2011"]
        for item in legend.get_by_role("listitem").all():
            expect(item).to_be_visible()
            box = item.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        # A month chart lists only the leaders of its years.
        page.goto(live_server.url + "/?from=2017-03&to=2019")
        assert page.get_by_role("list", name="Who led each side").get_by_role("listitem").all_inner_texts() == [
            "Donald Trump (US), 2017–2021", "Kim Jong Un (North Korea), since 2011"]
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
def test_a_phones_grouped_bar_lists_the_events_it_counts(live_server, browser, seeded):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        bars = [bar for bar in page.evaluate(_BAR_LINKS) if "–" in bar["name"]]
        assert bars, "a phone's chart of the seeds' years groups them"
        name = bars[1]["name"]
        page.get_by_role("link", name=name).click()
        count = int(name.split(": ")[1].split()[0])
        expect(page.locator(".result-count")).to_contain_text(f"{count} event")
        years = name.split(":")[0]
        expect(page).to_have_url(live_server.url + "/?from={}&to={}&starting=1".format(*years.split("–")))
    finally:
        context.close()




@pytest.mark.django_db(transaction=True)
def test_a_search_within_two_years_is_charted_by_month_and_on_a_phone_a_bar_links_to_the_search_in_its_quarter(
        live_server, browser, artifacts_dir, _events_deleted_before_flush):
    import datetime

    from tests.factories import EventFactory

    EventFactory(title="Panmunjom Declaration", date_start=datetime.date(1991, 12, 13))
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    # Without JavaScript: each bar is a plain link to its months, by quarter on a phone so that each is 24px wide.
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/?q=summit")
        expect(page.locator("#chart-caption")).to_contain_text("Events per month")
        page.locator(".chart").screenshot(path=str(artifacts_dir / "chart-phone-search.png"))
        _assert_readable_and_apart(page.evaluate(_LABELS))
        page.get_by_role("link", name="Apr–Jun 2018: 1 event").click()
        expect(page).to_have_url(live_server.url + "/?q=summit&from=2018-04&to=2018-06&starting=1")
        expect(page.locator("[data-event-id]")).to_have_count(1)
        expect(page.locator("[data-event-id]")).to_contain_text("Singapore summit")
    finally:
        context.close()


# Each shown bar link's drawn bar and its target, in CSS pixels.
_BAR_BOXES = """() => [...document.querySelectorAll('.chart a.chart-bar')]
    .filter(a => getComputedStyle(a.parentElement).display !== 'none')
    .map(a => {
        const target = a.getBoundingClientRect(), bar = a.querySelector('.bar').getBoundingClientRect();
        return {name: a.getAttribute('aria-label'), bar: bar.width, width: target.width, height: target.height,
                left: target.left, right: target.right};
    })"""


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_a_five_year_bar_holding_one_year_is_drawn_a_fifth_as_wide_and_is_still_a_24px_target(
        live_server, browser, seeded, artifacts_dir):
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        expect(page.locator(".chart svg")).to_be_visible()
        page.locator(".chart").screenshot(path=str(artifacts_dir / "chart-phone-edges.png"))
        bars = {bar["name"].split(":")[0]: bar for bar in page.evaluate(_BAR_BOXES)}
        # The seeds run from 1994 to 2025: on a phone 1994 is alone in 1990-1994 and 2025 in 2025-2029.
        assert "2015–2019" in bars and "1994" in bars and "2025" in bars, bars
        full = bars["2015–2019"]["bar"]
        for year in ("1994", "2025"):
            edge = bars[year]
            assert edge["bar"] == pytest.approx(full / 5, abs=1), (edge, full)
            assert edge["width"] >= 24 and edge["height"] >= 24 and 0 <= edge["left"] and edge["right"] <= PHONE["width"]
        expect(page.locator("#chart-caption")).to_contain_text("five years (the narrower bars count only 1994 and 2025)")
        # The lone year's link lists that year, not the five years its group would.
        page.get_by_role("link", name=re.compile(r"^2025: \d+ events?$")).click()
        expect(page).to_have_url(live_server.url + "/?from=2025&to=2025&starting=1")
    finally:
        context.close()
