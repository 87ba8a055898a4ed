"""The review queue's keyboard hint (j/k, p, r, e, x) is shown only where those keys work: editor.js reveals it, so a
browser without JavaScript, where the keys do nothing, is not told to press them."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventSourceFactory, UserFactory
from timeline.models import Status

HINT = "Keyboard: j/k move between events"


@pytest.fixture
def editor(db):
    EventSourceFactory(event__status=Status.PROPOSED, event__title="Leaders meet in Singapore")
    return UserFactory(username="editor", groups=["Editors"])


@pytest.mark.django_db(transaction=True)
def test_with_javascript_the_queue_shows_its_keyboard_hint_and_the_keys_work(live_server, page, editor,
                                                                              console_errors):
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    expect(page.get_by_text(HINT)).to_be_visible()
    page.keyboard.press("j")
    expect(page.locator("[data-queue-item]").first).to_be_focused()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_without_javascript_the_queue_does_not_offer_keys_that_do_nothing(live_server, browser, editor):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        sign_in(page, live_server, editor)
        page.goto(f"{live_server.url}/review/")
        expect(page.get_by_role("link", name="Leaders meet in Singapore", exact=True)).to_be_visible()
        expect(page.get_by_text(HINT)).to_be_hidden()
    finally:
        context.close()
