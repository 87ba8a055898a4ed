"""The console_errors fixture (conftest.py): blind to what Playwright itself causes, not to what the site does."""

import pytest

from tests.e2e.conftest import wait_for_htmx


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("two_summits", "_events_deleted_before_flush")
def test_a_screenshot_before_an_htmx_swap_adds_no_console_error(live_server, page, console_errors, artifacts_dir):
    page.goto(live_server.url + "/")
    page.screenshot(path=str(artifacts_dir / "timeline-before-typing.png"))
    page.get_by_label("Search titles, sentences and actors").press_sequentially("Hanoi", delay=30)
    page.wait_for_url("**/?q=Hanoi")
    wait_for_htmx(page)
    page.locator("#f-category-verbal-cooperation").check()
    wait_for_htmx(page)
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("two_summits", "_events_deleted_before_flush")
def test_an_inline_style_the_site_sets_is_still_a_console_error(live_server, page, console_errors):
    page.goto(live_server.url + "/")
    page.screenshot()
    page.evaluate("document.querySelector('h1').setAttribute('style', 'color: red')")
    page.wait_for_timeout(100)
    assert len(console_errors) == 1 and "Content Security Policy" in console_errors[0]
