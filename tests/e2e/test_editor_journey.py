"""An editor's journey in Chromium: sign in, publish from the queue, correct a date, annotate, revert."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import run_axe, select_text, wait_for_htmx
from tests.factories import UserFactory
from timeline.loading import DocumentInput
from timeline.models import Annotation, Event, Status
from timeline.services import ingest_document

TEXT = (
    "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018, the first summit between the two countries.\n\n"
    "They met again in Hanoi on 27 February 2019, but the talks ended without an agreement."
)


def axe_violations(page) -> list[str]:
    """axe-core on the page as this user sees it, in a second context: injecting axe needs the CSP bypassed, and
    the journey's own pages keep theirs so that a CSP violation there still fails the test."""
    context = page.context.browser.new_context(bypass_csp=True, storage_state=page.context.storage_state())
    try:
        other = context.new_page()
        other.goto(page.url)
        return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in run_axe(other)]
    finally:
        context.close()


def timeline_order(page, live_server) -> list[int]:
    page.goto(live_server.url + "/")
    return [int(pk) for pk in page.locator("[data-event-id]").evaluate_all("els => els.map(e => e.dataset.eventId)")]




@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_an_editor_publishes_corrects_annotates_and_reverts(live_server, page, artifacts_dir, console_errors):
    UserFactory(username="editor", groups=["Editors"])
    document = ingest_document(
        DocumentInput(key="journey.txt", title="Two summits", published=datetime.date(2019, 3, 1), text=TEXT)
    ).document
    singapore = Event.objects.get(sources__document=document, date_start=datetime.date(2018, 6, 12))
    hanoi = Event.objects.get(sources__document=document, date_start=datetime.date(2019, 2, 27))
    assert {singapore.status, hanoi.status} == {Status.PROPOSED}
    page.set_viewport_size({"width": 1200, "height": 900})

    # Sign in through the form.
    page.goto(live_server.url + "/review/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/review/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "editor-1-queue.png"), full_page=True)
    assert axe_violations(page) == []

    # Publish the Singapore summit with its button (htmx swaps that item only)...
    item = page.locator(f"#queue-item-{singapore.pk}")
    expect(item.locator("mark")).to_have_text("12 June 2018")
    item.get_by_role("button", name="Publish").click()
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{singapore.pk}")).to_contain_text("Now published")
    # ...and Hanoi with the keyboard: j moves down to it (the queue puts the doubtful first, then the older: both
    # name their actors, so Singapore comes first), e opens its form in place; a bad date is refused next to the
    # field without leaving the queue; then it is retitled and published.
    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{hanoi.pk}")).to_be_focused()
    page.keyboard.press("e")
    form = page.locator(f"#event-form-{hanoi.pk}")
    expect(form).to_be_visible()
    form.get_by_label("Title").fill("Trump and Kim meet again in Hanoi")
    form.get_by_label("Date", exact=True).fill("someday")
    form.get_by_role("button", name="Save", exact=True).click()
    wait_for_htmx(page)
    expect(page.locator(f"#event-form-{hanoi.pk}")).to_contain_text("This date cannot be read")
    form = page.locator(f"#event-form-{hanoi.pk}")
    form.get_by_label("Date", exact=True).fill("27 February 2019")
    form.get_by_label("Status").select_option("published")
    form.get_by_role("button", name="Save", exact=True).click()
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{hanoi.pk}")).to_contain_text("Saved “Trump and Kim meet again in Hanoi”; now published")
    expect(page.locator(f"#queue-item-{hanoi.pk}")).to_contain_text("Trump and Kim meet again in Hanoi")
    assert page.locator(f"#queue-item-{hanoi.pk}").count() == 1
    page.screenshot(path=str(artifacts_dir / "editor-2-published.png"), full_page=True)
    assert set(Event.objects.values_list("status", flat=True)) == {Status.PUBLISHED}
    assert timeline_order(page, live_server) == [singapore.pk, hanoi.pk]

    # Correct the Singapore date to after Hanoi: the preview reads it before saving.
    page.goto(live_server.url + singapore.get_absolute_url())
    page.get_by_role("link", name="Edit this event").click()
    # (typed before htmx has set up the new page, the box would ask for no preview: wait for the page to be loaded)
    page.wait_for_url(re.compile(r"/edit/"))
    page.wait_for_load_state("load")
    page.get_by_label("Date", exact=True).fill("late March 2019")
    expect(page.locator(f"#date-preview-{singapore.pk}")).to_contain_text(
        "Earliest 1 March 2019, latest 31 March 2019, precision month"
    )
    page.get_by_label("Reason").fill("Testing the date correction")
    page.screenshot(path=str(artifacts_dir / "editor-3-edit-form.png"), full_page=True)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Saved")
    singapore.refresh_from_db()
    assert (singapore.date_start, singapore.date_end, singapore.precision, singapore.version) == (
        datetime.date(2019, 3, 1),
        datetime.date(2019, 3, 31),
        "month",
        3,
    )
    assert timeline_order(page, live_server) == [hanoi.pk, singapore.pk]
    page.screenshot(path=str(artifacts_dir / "editor-4-timeline-moved.png"), full_page=True)

    # Annotate a passage in the reader: select it, write a note, save.
    page.goto(live_server.url + document.get_absolute_url())
    select_text(page, "the first summit between the two countries")
    expect(page.get_by_label("Passage")).to_have_value("the first summit between the two countries")
    page.get_by_label("Note", exact=True).fill("First ever meeting of sitting leaders.")
    page.screenshot(path=str(artifacts_dir / "editor-5-highlight.png"), full_page=True)
    page.get_by_role("button", name="Save highlight").click()
    expect(page.locator(".messages")).to_contain_text("Highlight saved")
    highlight = Annotation.objects.get()
    assert TEXT[highlight.position_start : highlight.position_end] == "the first summit between the two countries"
    assert highlight.event_id == singapore.pk
    # The reader marks the stored highlight in the text.
    expect(page.locator(".document-text mark.highlight-mark")).to_have_text(
        "the first summit between the two countries"
    )
    page.screenshot(path=str(artifacts_dir / "editor-5b-highlighted.png"), full_page=True)
    assert axe_violations(page) == []

    # The note shows on the event page.
    page.goto(live_server.url + singapore.get_absolute_url())
    notes = page.locator("#notes")
    expect(notes).to_contain_text("First ever meeting of sitting leaders.")
    expect(notes.locator("blockquote")).to_have_text("the first summit between the two countries")
    page.screenshot(path=str(artifacts_dir / "editor-6-event-note.png"), full_page=True)
    assert axe_violations(page) == []

    # Revert the date from the history: the version before the correction.
    page.get_by_role("link", name="History").click()
    expect(page.locator(".history-entry").first).to_contain_text("Testing the date correction")
    page.screenshot(path=str(artifacts_dir / "editor-7-history.png"), full_page=True)
    assert axe_violations(page) == []
    page.locator(".history-entry").nth(1).get_by_role("button", name="Revert to this version").click()
    expect(page.locator(".messages")).to_contain_text("Reverted")
    singapore.refresh_from_db()
    assert (singapore.date_start, singapore.precision) == (datetime.date(2018, 6, 12), "day")
    assert singapore.history.first().history_change_reason.startswith("Reverted to version 2")
    assert timeline_order(page, live_server) == [singapore.pk, hanoi.pk]
    page.screenshot(path=str(artifacts_dir / "editor-8-reverted.png"), full_page=True)
    # Chromium logs every 4xx response; the one 422 is the refused date above, shown in place as intended.
    assert [e for e in console_errors if "status of 422" not in e] == []
    assert len(console_errors) == 1


def _signed_in_page(browser, live_server, user):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context.new_page()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_two_editors_in_two_browsers_never_overwrite_each_other(live_server, browser, artifacts_dir):
    from tests.factories import EventFactory

    event = EventFactory(title="Singapore summit")
    first = _signed_in_page(browser, live_server, UserFactory(username="ana", groups=["Editors"]))
    second = _signed_in_page(browser, live_server, UserFactory(username="ben", groups=["Editors"]))
    for page in (first, second):
        page.goto(f"{live_server.url}/events/{event.pk}/edit/")

    second.get_by_label("Title").fill("Ben's title")
    second.get_by_role("button", name="Save", exact=True).click()
    expect(second.locator(".messages")).to_contain_text("Saved")

    first.get_by_label("Summary").fill("Ana's summary")
    first.get_by_role("button", name="Save", exact=True).click()
    conflict = first.locator(".conflict")
    expect(conflict).to_contain_text("Someone else saved this event")
    expect(conflict).to_contain_text("ben saved version 2")
    # Only what Ana changed is compared; the form keeps Ben's title and her summary.
    expect(conflict.locator("table")).to_contain_text("Ana's summary")
    expect(conflict.locator("table")).not_to_contain_text("Title")
    expect(first.get_by_label("Title")).to_have_value("Ben's title")
    first.screenshot(path=str(artifacts_dir / "editor-9-conflict.png"), full_page=True)
    event.refresh_from_db()
    assert (event.title, event.summary, event.version) == ("Ben's title", "", 2)

    # Saving again applies Ana's change on top of Ben's.
    first.get_by_role("button", name="Save", exact=True).click()
    expect(first.locator(".messages")).to_contain_text("Saved")
    event.refresh_from_db()
    assert (event.title, event.summary, event.version) == ("Ben's title", "Ana's summary", 3)
    first.context.close()
    second.context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_save_without_change_leaves_the_other_editors_open_form_free_to_save(live_server, browser):
    from tests.factories import EventFactory

    # A summary of several lines: the browser posts its line breaks as CR LF, which is no change either.
    event = EventFactory(title="Singapore summit", summary="The leaders met.\nThey signed a statement.")
    first = _signed_in_page(browser, live_server, UserFactory(username="ana", groups=["Editors"]))
    second = _signed_in_page(browser, live_server, UserFactory(username="ben", groups=["Editors"]))
    for page in (first, second):
        page.goto(f"{live_server.url}/events/{event.pk}/edit/")

    second.get_by_role("button", name="Save", exact=True).click()
    expect(second.locator(".messages")).to_have_text("Nothing changed: “Singapore summit” is as it was (version 1).")
    event.refresh_from_db()
    assert event.version == 1

    first.get_by_label("Title").fill("Trump–Kim summit")
    first.get_by_role("button", name="Save", exact=True).click()
    expect(first.locator(".messages")).to_contain_text("Saved")
    event.refresh_from_db()
    assert (event.title, event.version) == ("Trump–Kim summit", 2)
    first.context.close()
    second.context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_saving_an_event_merged_away_meanwhile_leaves_no_link_to_it_on_the_page(
    live_server, browser, artifacts_dir
):
    from tests.factories import EventSourceFactory
    from timeline.services import merge_events

    event = EventSourceFactory(event__title="Singapore summit").event
    keeper = EventSourceFactory(event__title="Trump and Kim meet in Singapore").event
    page = _signed_in_page(browser, live_server, UserFactory(username="ana", groups=["Editors"]))
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    expect(page.locator(f'a[href="/events/{event.pk}/history/"]')).to_have_count(1)

    merge_events(keep_id=keeper.pk, other_id=event.pk, user=UserFactory(username="ben", groups=["Editors"]))
    page.get_by_label("Title").fill("Ana's title")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".conflict")).to_contain_text("Your changes were not saved")
    wait_for_htmx(page)
    # The heading and links above the form were swapped too: nothing on the page leads to the merged-away event.
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Event #{event.pk} was merged into #{keeper.pk}")
    expect(page.locator(f'a[href^="/events/{event.pk}/"]')).to_have_count(0)
    expect(page).to_have_title(f"Not saved: event #{event.pk} was merged into #{keeper.pk} · Diplomacy timeline")
    page.screenshot(path=str(artifacts_dir / "editor-10-merged-away.png"), full_page=True)
    assert [e for e in errors if "status of 409" not in e] == []

    page.get_by_role("link", name=f"History of #{keeper.pk}").click()
    expect(page).to_have_url(f"{live_server.url}/events/{keeper.pk}/history/")
    expect(page.locator("main")).to_contain_text(f"Merged #{event.pk}")
    page.context.close()
