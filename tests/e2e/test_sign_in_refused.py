"""A refused sign-in puts the keyboard on the message saying why, so that a screen reader reads it out; the page
used to open on the username box, as a fresh one does, and the message, above it, went unheard."""

import pytest
from playwright.sync_api import expect

from tests.factories import UserFactory


@pytest.mark.django_db(transaction=True)
def test_a_wrong_password_focuses_the_message_saying_so(live_server, page):
    UserFactory(username="tess", groups=["Teachers"])
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.get_by_label("Username")).to_be_focused()
    page.get_by_label("Username").fill("tess")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    message = page.get_by_role("alert")
    expect(message).to_contain_text("Your username and password did not match.")
    expect(message).to_be_focused()
    # The focus is shown, as it is on the error summaries of the other forms.
    assert message.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
