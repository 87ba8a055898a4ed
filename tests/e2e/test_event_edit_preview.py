"""The event form's "Preview the date" button, pressed from the keyboard: the form comes back with the date read,
and the keyboard is still on the button, on the edit page and in the review queue's in-place form alike."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Status


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
@pytest.mark.parametrize("where", ["edit page", "review queue"])
def test_previewing_the_date_from_the_keyboard_keeps_the_focus_on_the_button(live_server, page, console_errors, where):
    event = _form_open(live_server, page, where)
    form = page.locator(f"#event-form-{event.pk}")
    form.get_by_label("Date", exact=True).fill("late March 2019")
    preview = form.get_by_role("button", name="Preview the date")
    preview.focus()
    page.keyboard.press("Enter")
    wait_for_htmx(page)
    expect(page.locator(f"#date-preview-{event.pk}")).to_contain_text(
        "Earliest 1 March 2019, latest 31 March 2019, precision month")
    expect(page.locator(f"#event-form-{event.pk}").get_by_role("button", name="Preview the date")).to_be_focused()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
@pytest.mark.parametrize("where", ["edit page", "review queue"])
def test_the_live_preview_follows_the_precision_chosen(live_server, page, console_errors, where):
    event = _form_open(live_server, page, where)
    form = page.locator(f"#event-form-{event.pk}")
    preview = page.locator(f"#date-preview-{event.pk}")
    form.get_by_label("Date", exact=True).fill("December 2019")
    expect(preview).to_contain_text("latest 31 December 2019, precision month.")
    form.get_by_label("Precision").select_option("season")
    expect(preview).to_contain_text("latest 31 December 2019, precision season.")
    # Typing again keeps the choice; back at its automatic choice, the preview says the date's own precision.
    form.get_by_label("Date", exact=True).fill("2019")
    expect(preview).to_contain_text("“2019” runs from 1 January to 31 December 2019, longer than one season")
    form.get_by_label("Precision").select_option("")
    expect(preview).to_contain_text("latest 31 December 2019, precision year.")
    assert console_errors == []


def _form_open(live_server, page, where: str):
    """A proposed event, its form open as an editor: on its edit page, or in place in the review queue."""
    editor = UserFactory(username="editor", groups=["Editors"])
    document = DocumentFactory(title="Summit report")
    event = EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED,
                                                                     title="Leaders meet in Singapore")).event
    sign_in(page, live_server, editor)
    if where == "edit page":
        page.goto(f"{live_server.url}/events/{event.pk}/edit/")
    else:
        page.goto(f"{live_server.url}/review/?document={document.pk}")
        page.keyboard.press("j")
        page.keyboard.press("e")
        wait_for_htmx(page)
    return event
