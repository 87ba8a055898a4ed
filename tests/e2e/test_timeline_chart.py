"""The timeline's chart in Chromium at a phone's width and a desktop's: labels large enough to read, none overlapping."""

import pytest
from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# Every drawn label's rendered box and font size in CSS pixels: the font size times the SVG's scale on screen.
_LABELS = """() => [...document.querySelectorAll('.chart svg text')]
    .filter(t => getComputedStyle(t).display !== 'none')
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
    for left, right in zip(axis, axis[1:]):
        assert left["right"] <= right["left"], (left, right)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("query", ["", "?from=2017&to=2019"], ids=["by-year", "by-month"])
def test_the_charts_labels_are_readable_on_a_phone_and_do_not_overlap(live_server, browser, seeded, artifacts_dir, query):
    name = "year" if not query else "month"
    phone = _labels(browser, live_server.url + "/" + query, PHONE, artifacts_dir / f"chart-phone-{name}.png")
    _assert_readable_and_apart(phone)
    desktop = _labels(browser, live_server.url + "/" + query, DESKTOP, artifacts_dir / f"chart-desktop-{name}.png")
    _assert_readable_and_apart(desktop)
