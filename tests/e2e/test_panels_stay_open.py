"""A panel the reader opened stays open when a filter change swaps the region around it (htmx), as a new page's would
if nothing had been swapped: the TimelineJS how-to under the download links, on the timeline and on a share's page."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_htmx
from tests.factories import ActorFactory, EventFactory
from tests.views.saved_shares import saved_share


@pytest.fixture
def summits(db):
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim])
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), actors=[kim])
    EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30))


def _open_how_to_then_filter(page):
    how_to = page.locator("details.export-help")
    how_to.locator("summary").click()
    expect(how_to).to_have_attribute("open", "")
    page.get_by_label("Kim Jong Un (2)").check()  # swaps the form and the results, and the links out of band
    wait_for_htmx(page)
    expect(page.locator("#result-count")).to_contain_text("2 events")
    page.fill("#f-q", "summit")  # swaps only the results, and the links out of band
    expect(page).to_have_url(re.compile(r"q=summit"))
    wait_for_htmx(page)
    return how_to


@pytest.mark.django_db(transaction=True)
def test_the_timelinejs_how_to_stays_open_across_filter_changes(live_server, page, summits, console_errors):
    page.goto(live_server.url + "/")
    how_to = _open_how_to_then_filter(page)
    expect(how_to).to_have_attribute("open", "")
    expect(how_to).to_contain_text("new TL.Timeline(")
    # The links beside it follow the filters all the same.
    expect(page.locator(".export-links a", has_text="CSV")).to_have_attribute(
        "href", "/export/events.csv?q=summit&actor=kim-jong-un")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_the_how_to_stays_open_across_filter_changes_on_a_shares_page(live_server, page, teacher, summits,
                                                                       console_errors):
    share = saved_share(teacher, "live", query="")
    page.goto(f"{live_server.url}/s/{share.token}/")
    how_to = _open_how_to_then_filter(page)
    expect(how_to).to_have_attribute("open", "")
    assert console_errors == []


@pytest.mark.django_db(transaction=True)
def test_event_types_stay_open_once_one_of_them_is_ticked(live_server, page, summits, console_errors):
    EventFactory(title="Missile launch", date_start=datetime.date(2019, 5, 4), category="THREATEN")
    page.goto(live_server.url + "/")
    types = page.locator("details.more-options", has=page.locator("summary", has_text="Event types"))
    types.locator("summary").click()
    page.get_by_label("Threaten (1)").check()  # swaps the whole form
    wait_for_htmx(page)
    expect(page.locator("#result-count")).to_contain_text("1 event")
    expect(types).to_have_attribute("open", "")
    expect(page.get_by_label("Threaten (1)")).to_be_checked()
    assert console_errors == []
