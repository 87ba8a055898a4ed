"""A refused share form opens on its error summary, and each of the summary's links leads to its field."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("_events_deleted_before_flush")
def test_a_refused_share_form_opens_focused_on_its_error_summary(live_server, console_errors, page):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/new/?from=2018")
    page.get_by_label("Title").fill("Summits")
    page.get_by_label("Pin in more events").fill("999999")
    page.get_by_role("button", name="Save and get the link").click()

    # Not <body>: the keyboard and a screen reader start at what went wrong, which names the field.
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("The timeline was not saved")
    summary.get_by_role("link", name="Pin in more events: No published event numbered 999999.").click()
    expect(page.get_by_label("Pin in more events")).to_be_focused()
    # The refused form answers 422, which Chromium logs as a failed load although it shows the page as it should.
    assert [e for e in console_errors if "status of 422" not in e] == []
