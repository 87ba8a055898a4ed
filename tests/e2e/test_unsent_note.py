"""A note typed while the session ran out (the event page left open over lunch): Add note goes to the sign-in page,
which says the note was not saved, and once signed in the page it was typed on has it back in its box, said so."""

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory
from timeline.models import Annotation

NOTE = "Compare with the Hanoi summit: who walked out first?"


@pytest.fixture
def talks(db):
    return EventFactory(title="Geneva talks")


def _session_runs_out(page) -> None:
    page.context.clear_cookies(name=settings.SESSION_COOKIE_NAME)


def _sign_in_with_the_form(page, username: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.django_db(transaction=True)
def test_a_note_sent_signed_out_is_back_in_its_box_after_signing_in(live_server, page, talks, console_errors):
    teacher = UserFactory(username="tess", groups=["Teachers"])
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}{talks.get_absolute_url()}?q=talks")
    _session_runs_out(page)
    page.get_by_label("Add a note").fill(NOTE)
    page.get_by_label("Me and the editors").check()
    page.get_by_role("button", name="Add note").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    expect(page.locator(".messages")).to_contain_text("your note was not saved")
    assert "Hanoi" not in page.url
    _sign_in_with_the_form(page, "tess")

    expect(page).to_have_url(re.compile(rf"{talks.get_absolute_url()}\?q=talks$"))
    expect(page.get_by_label("Add a note")).to_have_value(NOTE)
    expect(page.get_by_label("Me and the editors")).to_be_checked()
    expect(page.locator(".note-form")).to_contain_text("Your unsent note was restored")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".notes")).to_contain_text(NOTE)
    # Sent, it is not put back again.
    expect(page.get_by_label("Add a note")).to_have_value("")
    expect(page.locator("main")).not_to_contain_text("Your unsent note was restored")
    page.reload()
    expect(page.get_by_label("Add a note")).to_have_value("")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_a_reply_sent_signed_out_is_back_in_its_open_reply_box(live_server, page, talks, console_errors):
    teacher = UserFactory(username="tess", groups=["Teachers"])
    note = Annotation.objects.create(event=talks, author=teacher, body="Who proposed Geneva?")
    sign_in(page, live_server, teacher)
    page.goto(live_server.url + talks.get_absolute_url())
    _session_runs_out(page)
    page.locator(f"#note-{note.pk} summary", has_text="Reply").click()
    page.get_by_label("Your reply").fill("The Swiss did.")
    page.get_by_role("button", name="Reply", exact=True).click()
    _sign_in_with_the_form(page, "tess")

    reply = page.get_by_label("Your reply")
    expect(reply).to_be_visible()
    expect(reply).to_have_value("The Swiss did.")
    expect(page.locator(f"#note-{note.pk}")).to_contain_text("Your unsent note was restored")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_someone_else_signing_in_in_that_tab_is_not_given_the_note(live_server, page, talks, console_errors):
    sign_in(page, live_server, UserFactory(username="tess", groups=["Teachers"]))
    UserFactory(username="ed", groups=["Editors"])
    page.goto(live_server.url + talks.get_absolute_url())
    _session_runs_out(page)
    page.get_by_label("Add a note").fill(NOTE)
    page.get_by_role("button", name="Add note").click()
    _sign_in_with_the_form(page, "ed")

    expect(page.get_by_role("heading", level=1)).to_have_text("Geneva talks")
    expect(page.get_by_label("Add a note")).to_have_value("")
    expect(page.locator("main")).not_to_contain_text("Your unsent note was restored")
    assert console_errors == []
