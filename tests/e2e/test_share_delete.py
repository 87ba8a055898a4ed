"""A teacher deletes an old shared timeline from its edit page: asked first, then back on the list, the link dead."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in
from tests.factories import EventFactory, UserFactory
from tests.views.saved_shares import saved_share


@pytest.mark.django_db(transaction=True)
def test_a_teacher_deletes_a_share_after_reading_what_goes_and_keeps_the_other(
        live_server, page, console_errors, _events_deleted_before_flush):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    singapore = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    old = saved_share(teacher, "frozen", title="Summits, last year's class", notes={singapore.pk: "Who asked?"})
    saved_share(teacher, "live", title="Summits, this year")
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/")
    page.get_by_role("link", name="Summits, last year's class").click()

    page.get_by_role("link", name="Delete this shared timeline").click()
    expect(page.get_by_role("heading", name="Delete “Summits, last year's class”?")).to_be_visible()
    expect(page.get_by_text("its 1 class note;")).to_be_visible()
    expect(page.get_by_role("button", name="Revoke the link instead")).to_be_visible()
    # "Keep it" goes back to the edit page and deletes nothing.
    page.get_by_role("link", name="Keep it").click()
    expect(page).to_have_url(f"{live_server.url}/shared/{old.pk}/")
    page.get_by_role("link", name="Delete this shared timeline").click()
    page.get_by_role("button", name="Delete “Summits, last year's class”").click()

    expect(page).to_have_url(f"{live_server.url}/shared/")
    deleted = "Deleted “Summits, last year's class”. Its link no longer opens."
    expect(page.get_by_role("status")).to_have_text(deleted)
    expect(page.get_by_role("link", name="Summits, last year's class")).to_have_count(0)
    expect(page.get_by_role("link", name="Summits, this year")).to_be_visible()
    # The class's link is now a link to nothing.
    response = page.goto(f"{live_server.url}/s/{old.token}/")
    assert response.status == 404
    expect(page.get_by_text("No shared timeline has this link")).to_be_visible()
    # Only the 404 the browser reports for that page itself.
    assert [e for e in console_errors if "404" not in e] == []
