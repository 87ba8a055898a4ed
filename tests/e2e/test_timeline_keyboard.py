"""The timeline with the keyboard alone: a student's first task is to search, so the search comes first."""

import pytest

FOCUSED = """() => {
    const el = document.activeElement, box = el.getBoundingClientRect();
    return {id: el.id, name: el.textContent.trim(), download: !!el.closest('.export-links'), top: box.top,
            left: box.left};
}"""


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("two_summits", "_events_deleted_before_flush")
@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_tab_from_the_top_reaches_the_search_box_before_any_download_link(live_server, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(live_server.url + "/")
    seen = []
    for _ in range(30):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
        if seen[-1]["id"] == "f-q":
            break
    assert seen[-1]["id"] == "f-q", [f["name"] for f in seen]
    assert not any(f["download"] for f in seen), [f["name"] for f in seen]
    # In the order they are seen too (not moved up the screen by CSS): the downloads are below the search box, or
    # beside it to its right.
    search = page.locator("#f-q").bounding_box()
    csv = page.locator(".export-links").get_by_role("link", name="CSV").bounding_box()
    assert csv["y"] > search["y"] or csv["x"] > search["x"] + search["width"], (search, csv)
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("two_summits", "_events_deleted_before_flush")
@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_the_second_key_stop_skips_to_the_search_box_and_typing_there_searches(live_server, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED)["name"] == "Skip to content"
    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip["name"] == "Skip to search"
    # Seen where the first one is, with the focus ring, not off screen.
    assert 0 <= skip["top"] < 50 and 0 <= skip["left"] < width
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "f-q"
    page.keyboard.type("Hanoi")
    page.wait_for_url("**/?q=Hanoi")
    assert page.evaluate("document.activeElement.id") == "f-q"
    context.close()
