"""A refused upload opens on its error summary, which names every missing field; each link leads to its field."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import UserFactory


@pytest.mark.django_db(transaction=True)
def test_an_upload_without_title_or_date_opens_focused_on_a_summary_of_both(live_server, console_errors, page):
    sign_in(page, live_server, UserFactory(username="editor", groups=["Editors"]))
    page.goto(f"{live_server.url}/documents/new/")
    page.get_by_label("Paste the text").fill("Kim Jong Un and Donald Trump met in Singapore on 12 June 2018.")
    page.get_by_role("button", name="Add and extract events").click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("The document was not added")
    expect(summary.get_by_role("link")).to_have_count(2)
    summary.get_by_role("link", name="Title: Give it a title").click()
    expect(page.get_by_label("Title")).to_be_focused()
    # The refused form answers 422, which Chromium logs as a failed load although it shows the page as it should.
    assert [e for e in console_errors if "status of 422" not in e] == []
