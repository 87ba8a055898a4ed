"""The site header, for the user with the most links (an editor who also shares timelines): one line on a laptop
screen, and on a phone a short band that leaves the page's content in view, every link still within reach."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_in_own_context, sign_in
from tests.factories import DocumentFactory, EventSourceFactory, UserFactory
from timeline.models import Annotation


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", groups=["Editors", "Teachers"])


@pytest.mark.django_db(transaction=True)
def test_the_header_fits_on_one_line_at_1280_px(live_server, page, editor):
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/documents/")
    header = page.locator(".site-header")
    expect(header.get_by_role("link", name="My shared timelines")).to_be_visible()
    expect(header.get_by_text("Signed in as")).to_be_visible()
    middles = [_middle(header.locator(part)) for part in (".brand", "nav li:last-child", ".account button")]
    assert max(middles) - min(middles) < 4, middles
    assert header.bounding_box()["height"] <= 60


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_header_fits_on_one_line_at_1280_px_with_notes_to_review(live_server, page, editor):
    source = EventSourceFactory(document=DocumentFactory(title="Geneva wire"))
    Annotation.objects.bulk_create(
        Annotation(author=editor, event=source.event, document=source.document, needs_review=True, body="Compare",
                   quote_exact="the envoys met", position_start=0, position_end=14)
        for _ in range(12)
    )
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/documents/")
    header = page.locator(".site-header")
    expect(header.get_by_role("link", name="My notes")).to_contain_text("12")
    middles = [_middle(header.locator(part)) for part in (".brand", "nav li:last-child", ".account button")]
    assert max(middles) - min(middles) < 4, middles
    assert header.bounding_box()["height"] <= 60


@pytest.mark.django_db(transaction=True)
def test_the_header_is_a_short_band_on_a_phone(live_server, browser, page, editor):
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 390, "height": 844})
    url = f"{live_server.url}/documents/"
    page.goto(url)
    header = page.locator(".site-header")
    assert header.bounding_box()["height"] <= 100
    expect(header.get_by_role("button", name="Sign out")).to_be_in_viewport()
    # The links that do not fit scroll within the header, never the page sideways, and each can be reached.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    last = header.get_by_role("link", name="My notes")
    last.scroll_into_view_if_needed()
    expect(last).to_be_in_viewport()
    last.click()
    expect(page).to_have_url(f"{live_server.url}/notes/mine/")
    violations = axe_in_own_context(browser, url, storage_state=page.context.storage_state(),
                                    viewport={"width": 390, "height": 844})
    assert violations == []


def _middle(locator) -> float:
    box = locator.bounding_box()
    return box["y"] + box["height"] / 2


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_tab_goes_through_the_header_in_the_order_it_is_seen(live_server, page, editor):
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/documents/")
    page.locator(".skip-link").focus()
    seen = []
    while True:
        page.keyboard.press("Tab")
        # Where the element focused is, and where the one before it is now (a link taking the focus scrolls the row
        # of links, moving the others with it).
        focused = page.evaluate("""() => {
            const el = document.activeElement, box = el.getBoundingClientRect();
            const before = window.lastFocused ? window.lastFocused.getBoundingClientRect() : null;
            window.lastFocused = el;
            return {inHeader: !!el.closest('.site-header'), name: el.textContent.trim(), top: box.top,
                    bottom: box.bottom, left: box.left, leftOfBefore: before && before.left};
        }""")
        if not focused["inHeader"]:
            break
        seen.append(focused)
    names = [f["name"] for f in seen]
    assert names[0] == "Diplomacy timeline" and names[-1] == "Sign out" and "My notes" in names, names
    # Read as a page is read: row by row, and left to right within a row.
    for before, after in zip(seen, seen[1:]):
        same_row = after["top"] < before["bottom"] and before["top"] < after["bottom"]
        assert (after["left"] > after["leftOfBefore"]) if same_row else after["top"] >= before["bottom"], (
            before["name"], after["name"])


@pytest.mark.django_db(transaction=True)
def test_on_every_page_with_the_header_the_first_key_stop_skips_to_the_content(live_server, page, editor):
    # The timeline adds "Skip to search" after it: "Skip to content" stays the first stop everywhere, the same key
    # press a keyboard user learns once.
    source = EventSourceFactory()
    event, document = source.event, source.document
    sign_in(page, live_server, editor)
    paths = ["/", "/?q=summit", "/documents/", event.get_absolute_url(), document.get_absolute_url(),
             f"/events/{event.pk}/edit/", f"/events/{event.pk}/history/", "/review/", "/review/highlights/",
             "/documents/new/", "/import/", "/shared/", "/shared/new/", "/notes/mine/", "/no-such-page/"]
    landed = {}
    for path in paths:
        page.goto(live_server.url + path)
        page.keyboard.press("Tab")
        first = page.evaluate("document.activeElement.textContent.trim()")
        page.keyboard.press("Enter")
        landed[path] = (first, page.evaluate("document.activeElement.id"))
    assert landed == {path: ("Skip to content", "main") for path in paths}
