"""The editors' pages on a phone: nothing wider than the screen, so no page scrolls sideways; a refused save shows
what to fix."""

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline import services
from timeline.models import Status

PHONE = {"width": 390, "height": 844}
LONG_TITLE = "Joint statement of the foreign ministers of the Republic of Korea and Japan on the trilateral summit"




def _phone_page(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport=PHONE)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])
    return context.new_page()


def _too_wide(page) -> list[str]:
    """Elements reaching past the right edge of the screen, as tag.class (empty when the page fits).

    One inside a box that scrolls sideways and itself fits (the header's links on a phone) is reached by scrolling that
    box, not the page."""
    return page.evaluate(
        """() => {
            const edge = document.documentElement.clientWidth + 1;
            const scrolledWithin = e => {
                for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) {
                        return box.getBoundingClientRect().right <= edge;
                    }
                }
                return false;
            };
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > edge && !scrolledWithin(e))
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
        }"""
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_queue_and_an_events_history_fit_a_phone_screen(live_server, browser):
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title=LONG_TITLE)
    event = EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED)).event
    services.edit_event(
        event_id=event.pk,
        loaded_version=1,
        changes={"title": LONG_TITLE, "summary": "https://example.org/" + "a-very-long-address-" * 6},
        user=editor,
    )
    page = _phone_page(browser, live_server, editor)

    page.goto(f"{live_server.url}/review/?document={document.pk}")
    assert page.locator(f"#queue-item-{event.pk}").is_visible()
    assert _too_wide(page) == []

    page.goto(f"{live_server.url}/events/{event.pk}/history/")
    assert page.locator("table.diff").is_visible()
    assert _too_wide(page) == []
    page.context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_refused_save_takes_the_keyboard_to_the_field_that_needs_fixing(live_server, browser):
    editor = UserFactory(username="editor", groups=["Editors"])
    event = EventSourceFactory(event=EventFactory(title="Summit in Singapore")).event
    page = _phone_page(browser, live_server, editor)
    page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    page.get_by_label("Date", exact=True).fill("13 June 2018")
    page.get_by_role("button", name="Save").click()
    # A date change needs a reason: the form comes back with the error under Reason, far below on a phone. Focus
    # (and so a screen reader, and the screen) goes there, rather than staying nowhere with the error out of sight.
    reason = page.get_by_role("textbox", name="Reason")
    expect(reason).to_be_focused()
    expect(reason).to_be_in_viewport()
    expect(page.get_by_text("Say why the date changes")).to_be_visible()
    reason.fill("The joint statement was signed on 13 June in some sources.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved “Summit in Singapore”")).to_be_visible()
    page.context.close()
