"""The review queue worked in place: the count follows each publish and reject, the bulk controls leave with the
last event, and an item's title is a link the keyboard reaches without taking j/k/p/r from the queue."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status




@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_the_count_and_bulk_controls_follow_what_is_done_in_place(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Summit report")
    first, second = (
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=title,
                                                                 confidence=confidence)).event
        for title, confidence in (("Leaders meet in Singapore", 0.2), ("Talks resume in Hanoi", 0.4))
    )
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    count = page.locator(".queue-count")
    expect(count).to_have_text("2 events from Summit report.")

    # The title is a link in the tab order; from it, the queue's keys still act on its item.
    title = page.get_by_role("link", name="Leaders meet in Singapore", exact=True)
    expect(title).to_have_attribute("href", f"/events/{first.pk}/edit/?next=/review/%3Fdocument%3D{document.pk}")
    title.focus()
    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("k")
    page.keyboard.press("p")
    wait_for_htmx(page)
    expect(page.locator(f"#queue-item-{first.pk}")).to_contain_text("Now published")
    expect(count).to_have_text("1 event from Summit report.")
    expect(page.get_by_role("button", name="Publish selected")).to_be_visible()
    # Published, its title leads to its page.
    expect(page.get_by_role("link", name="Leaders meet in Singapore", exact=True)).to_have_attribute("href", f"/events/{first.pk}/")

    page.locator(f"#queue-item-{second.pk}").get_by_role("button", name="Reject").click()
    wait_for_htmx(page)
    expect(count).to_have_text("0 events from Summit report.")
    expect(page.get_by_role("button", name="Publish selected")).to_have_count(0)
    expect(page.get_by_role("button", name="Reject selected")).to_have_count(0)

    # Following the published title's link opens the event's page.
    page.get_by_role("link", name="Leaders meet in Singapore", exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/events/{first.pk}/")
    assert console_errors == []


LONG_TITLE = ("Joint statement of the foreign ministers of the Republic of Korea, Japan and the United States on the "
              "trilateral summit at Camp David")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_long_title_shows_whole_in_the_form_and_save_stands_apart_from_cancel(live_server, page):
    editor = UserFactory(username="editor", groups=["Editors"])
    event = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title=LONG_TITLE)).event
    sign_in(page, live_server, editor)
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    title = page.get_by_label("Title")
    expect(title).to_have_value(LONG_TITLE)
    assert title.evaluate("e => e.tagName") == "TEXTAREA"
    assert title.evaluate("e => e.scrollHeight <= e.clientHeight + 1"), "the title is cut off"
    save = page.get_by_role("button", name="Save", exact=True).bounding_box()
    cancel = page.get_by_role("link", name="Cancel").bounding_box()
    assert cancel["x"] - (save["x"] + save["width"]) >= 12


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_filter_the_queue_cannot_read_is_named_after_an_htmx_change_and_again_after_a_reload(
        live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title="Leaders meet in Singapore", confidence=0.2))
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    page.get_by_label("Confidence at most").fill("2")
    page.get_by_label("Confidence at most").dispatch_event("change")
    wait_for_htmx(page)
    # The browser finds 2 out of the field's range; the server, not htmx, says so, at a URL a reload shows again.
    expect(page).to_have_url(re.compile(r"/review/\?.*max_confidence=2"))
    # (In the filters' live region: tests/e2e/test_review_queue_notices.py.)
    notices = page.locator("#filter-notices")
    out_of_range = "Confidence at most “2” is more than 1 and is ignored (try a number from 0 to 1, such as 0.5)."
    expect(notices).to_have_text(out_of_range)
    page.reload()
    expect(notices).to_have_text(out_of_range)
    expect(page.get_by_label("Confidence at most")).to_have_value("2")
    page.get_by_label("Confidence at most").fill("0.5")
    page.get_by_label("Confidence at most").dispatch_event("change")
    wait_for_htmx(page)
    expect(notices).to_have_text("")
    expect(page.locator(".queue-count")).to_have_text("1 event.")
    assert console_errors == []


def _two_proposed_events():
    document = DocumentFactory(title="Summit report")
    return [
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=title,
                                                                 confidence=confidence)).event
        for title, confidence in (("Leaders meet in Singapore", 0.2), ("Talks resume in Hanoi", 0.4))
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_e_opens_the_form_in_its_first_field_and_esc_puts_the_item_back_unsaved(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    first, second = _two_proposed_events()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    page.keyboard.press("j")
    item = page.locator(f"#queue-item-{first.pk}")
    expect(item).to_be_focused()
    page.keyboard.press("x")
    page.keyboard.press("e")
    wait_for_htmx(page)
    # The form opens with the keyboard in its first field: typing starts there.
    expect(item.get_by_label("Title")).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type(" (not to be kept)")
    # Asked whether to drop what was typed (tests/e2e/test_review_queue_in_place_cancel.py), the editor agrees.
    page.once("dialog", lambda dialog: dialog.accept())
    page.keyboard.press("Escape")
    # The item is back as it was (its box still ticked), with the keyboard on it; nothing was saved.
    expect(item.locator("form.stacked-form")).to_have_count(0)
    expect(item.locator(".queue-title")).to_have_text("Leaders meet in Singapore")
    expect(item.get_by_role("checkbox")).to_be_checked()
    expect(item).to_be_focused()
    first.refresh_from_db()
    assert first.title == "Leaders meet in Singapore"
    # j/k go on from it, and e opens the form again.
    page.keyboard.press("j")
    expect(page.locator(f"#queue-item-{second.pk}")).to_be_focused()
    page.keyboard.press("k")
    expect(item).to_be_focused()
    page.keyboard.press("e")
    wait_for_htmx(page)
    expect(item.get_by_label("Title")).to_be_focused()
    expect(item.get_by_label("Title")).to_have_value("Leaders meet in Singapore")
    # what the editor types goes on from the end of the title, not before it
    page.keyboard.type(" again")
    expect(item.get_by_label("Title")).to_have_value("Leaders meet in Singapore again")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_cancel_in_the_queue_puts_the_item_back_in_place_with_the_keyboard_on_it(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    first, second = _two_proposed_events()
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    item = page.locator(f"#queue-item-{second.pk}")
    item.get_by_role("link", name="Edit").click()
    wait_for_htmx(page)
    expect(item.get_by_label("Title")).to_be_focused()
    item.get_by_label("Title").fill("Talks resume somewhere else")
    page.evaluate("window.stillThisPage = true")  # a reload of the queue would lose it
    page.once("dialog", lambda dialog: dialog.accept())
    item.get_by_role("link", name="Cancel").click()
    expect(item.locator(".queue-title")).to_have_text("Talks resume in Hanoi")
    expect(item).to_be_focused()
    assert page.evaluate("window.stillThisPage") is True
    second.refresh_from_db()
    assert second.title == "Talks resume in Hanoi"
    page.keyboard.press("k")
    expect(page.locator(f"#queue-item-{first.pk}")).to_be_focused()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_saving_the_in_place_form_unchanged_puts_the_item_back_as_it_was(live_server, page, console_errors):
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Summit report")
    event = EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED,
                                                                     title="Leaders meet in Singapore")).event
    sign_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/?document={document.pk}")
    page.keyboard.press("j")
    page.keyboard.press("e")
    wait_for_htmx(page)
    page.locator(f"#event-form-{event.pk}").get_by_role("button", name="Save", exact=True).click()
    wait_for_htmx(page)
    item = page.locator(f"#queue-item-{event.pk}")
    expect(item.get_by_role("status")).to_have_text("Nothing changed: “Leaders meet in Singapore” is as it was.")
    expect(item.get_by_role("button", name="Publish")).to_be_visible()
    expect(page.locator(".queue-count")).to_have_text("1 event from Summit report.")
    event.refresh_from_db()
    assert (event.version, event.curated) == (1, False)
    assert console_errors == []
