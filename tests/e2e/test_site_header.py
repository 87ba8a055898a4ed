"""The site header, for the user with the most links (an editor who also shares timelines): one line on a laptop
screen, and on a phone a short band that leaves the page's content in view, every link still within reach."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import axe_in_own_context, sign_in
from tests.factories import UserFactory


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
