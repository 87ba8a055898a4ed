"""axe-core finds nothing on the timeline (filtered and not), an event, a document and the documents list."""

import datetime

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

from tests.e2e.conftest import run_axe, wait_for_htmx
from tests.factories import EventFactory, UserFactory
from timeline.models import Document, Event, Status


def violations(page) -> list[dict]:
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in run_axe(page)]


@pytest.mark.django_db(transaction=True)
def test_axe_finds_nothing_on_the_reading_pages(live_server, browser, seeded, artifacts_dir):
    event = Event.objects.filter(status=Status.PUBLISHED, sources__isnull=False).first()
    document = Document.objects.first()
    # Injecting axe from disk is an inline script: this context alone bypasses the CSP to allow it.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    found = {}
    for path in ["/", "/?actor=north-korea&category=verbal-cooperation&from=2018&to=2019&plans=1",
                 "/?q=summit&sort=newest&precision=day", "/?from=nonsense", event.get_absolute_url(),
                 document.get_absolute_url(), "/documents/"]:
        page.goto(live_server.url + path)
        page.locator("details.source").first.evaluate("d => d && (d.open = true)") if "/events/" not in path and "documents" not in path else None
        found[path] = violations(page)
        if path in (event.get_absolute_url(), document.get_absolute_url()):
            page.screenshot(path=str(artifacts_dir / f"{path.strip('/').split('/')[0]}-page.png"))
    assert found == {path: [] for path in found}
    context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("width", [1280, 360])
def test_axe_finds_nothing_after_an_htmx_swap(live_server, browser, seeded, width):
    context = browser.new_context(bypass_csp=True, viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/")
    if width < 500:  # on a phone the filters other than the search start folded
        page.get_by_text("More filters", exact=True).click()
    page.locator("#f-category-verbal-conflict").check()
    wait_for_htmx(page)
    page.get_by_role("link", name="Show more events").click() if page.locator("#show-more").count() else None
    wait_for_htmx(page)
    assert violations(page) == []
    context.close()


@pytest.mark.django_db(transaction=True)
def test_the_keyboard_reaches_the_filters_and_the_events_with_a_visible_focus(live_server, page, seeded):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-q":
            break
    assert page.evaluate("document.activeElement.id") == "f-q"
    page.keyboard.type("summit")
    wait_for_htmx(page)
    page.wait_for_url("**/?q=summit")
    assert page.evaluate("document.activeElement.id") == "f-q"


@pytest.mark.django_db(transaction=True)
def test_each_class_note_and_leave_out_box_is_named_after_its_event(live_server, browser):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019")
    client = Client()
    client.force_login(teacher)
    context = browser.new_context()
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "url": live_server.url}])
    page = context.new_page()
    page.goto(live_server.url + "/shared/new/")
    # Accessible names as the browser computes them for a screen reader, one per event, none just "Class note".
    for title, day in [("Singapore summit", "Tuesday 12 June 2018"), ("Hanoi summit", "Wednesday 27 February 2019")]:
        expect(page.get_by_role("textbox", name=f"Class note {title} {day}", exact=True)).to_have_count(1)
        expect(page.get_by_role("checkbox", name=f"Leave out {title} {day}", exact=True)).to_have_count(1)
    context.close()


@pytest.mark.django_db(transaction=True)
def test_after_searching_the_keyboard_reaches_the_first_event_without_tabbing_through_every_filter(live_server, page, seeded):
    page.goto(live_server.url + "/")
    page.get_by_label("Search titles, sentences and actors").press_sequentially("summit", delay=30)
    page.wait_for_url("**/?q=summit")
    wait_for_htmx(page)
    # The next stop after the search box skips the other filters and the chart's bars.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to the events"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first_title = page.locator("#event-list [data-event-id] a").first
    assert page.evaluate("document.activeElement.closest('#event-list') !== null")
    assert page.evaluate("document.activeElement.textContent") == first_title.text_content()
