"""A teacher changes a saved share's filters from its edit page: the class's link and notes carry over."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in, wait_for_htmx
from tests.factories import EventFactory, UserFactory
from tests.views.saved_shares import saved_share


@pytest.mark.django_db(transaction=True)
def test_a_teacher_widens_a_shares_filters_and_the_class_link_shows_them_with_its_notes(
        live_server, page, console_errors, _events_deleted_before_flush):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    singapore = EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Summit in Hanoi ends early", date_start=datetime.date(2019, 2, 28))
    share = saved_share(teacher, "live", title="Summits", query="from=2018&to=2018",
                        notes={singapore.pk: "Who proposed this meeting?"})
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/{share.pk}/")

    page.get_by_role("link", name="Change filters").click()
    expect(page.get_by_role("heading", name="Changing the filters of “Summits”")).to_be_visible()
    expect(page.get_by_text("Summit in Hanoi ends early")).to_have_count(0)
    # The timeline's own filter form (htmx swaps the list); the banner stays, and so does the address's share.
    page.get_by_label("To", exact=True).fill("2019")
    page.get_by_label("To", exact=True).press("Tab")
    expect(page).to_have_url(re.compile(rf"/shared/{share.pk}/filters/\?from=2018&to=2019$"))
    wait_for_htmx(page)
    expect(page.get_by_text("Summit in Hanoi ends early")).to_be_visible()
    page.get_by_role("button", name="Save these filters to the share").click()

    expect(page).to_have_url(f"{live_server.url}/shared/{share.pk}/")
    expect(page.get_by_text("Filters changed: “Summits” now holds events from 2018 to 2019")).to_be_visible()
    expect(page.locator(f"#note-{singapore.pk}")).to_have_value("Who proposed this meeting?")
    # The link the class already has shows the wider set, with the teacher's note.
    page.goto(f"{live_server.url}/s/{share.token}/")
    expect(page.get_by_text("Summit in Hanoi ends early")).to_be_visible()
    expect(page.get_by_text("Who proposed this meeting?")).to_be_visible()
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_cancel_leaves_the_share_as_it_was(live_server, page, console_errors, _events_deleted_before_flush):
    teacher = UserFactory(username="teacher", groups=["Teachers"])
    EventFactory(title="Trump and Kim meet in Singapore", date_start=datetime.date(2018, 6, 12))
    share = saved_share(teacher, "live", title="Summits", query="from=2018")
    sign_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/shared/{share.pk}/filters/?from=2019")
    page.get_by_role("link", name="Cancel").click()
    expect(page).to_have_url(f"{live_server.url}/shared/{share.pk}/")
    expect(page.locator(".saved-filters")).to_contain_text("events from 2018 on")
    assert console_errors == []
