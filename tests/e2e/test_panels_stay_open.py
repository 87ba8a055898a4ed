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


@pytest.fixture
def many_actors(db):
    # Twelve actors in two events each fill the list shown; three in one event each go behind "More actors".
    for n in range(12):
        actor = ActorFactory(name=f"Envoy {n:02}", slug=f"envoy-{n:02}")
        EventFactory(title=f"Talks {n}", date_start=datetime.date(2018, 1, n + 1), actors=[actor])
        EventFactory(title=f"Visit {n}", date_start=datetime.date(2019, 1, n + 1), actors=[actor])
    for name in ("Aide Alpha", "Aide Beta", "Aide Gamma"):
        EventFactory(title=f"{name} speaks", date_start=datetime.date(2020, 3, 1),
                     actors=[ActorFactory(name=name, slug=name.lower().replace(" ", "-"))])


@pytest.mark.django_db(transaction=True)
def test_more_actors_stays_open_while_several_of_its_actors_are_ticked(live_server, page, many_actors,
                                                                        console_errors):
    page.goto(live_server.url + "/")
    more = page.locator("details.more-options", has=page.locator("summary", has_text="More actors"))
    page.get_by_label("Envoy 00 (2)").check()  # a fold never opened stays closed
    wait_for_htmx(page)
    expect(more).not_to_have_attribute("open", "")
    more.locator("summary").click()
    page.get_by_label("Aide Alpha (1)").check()  # swaps the whole form; the ticked actor moves up, out of the fold
    wait_for_htmx(page)
    expect(more).to_have_attribute("open", "")
    expect(more.locator("summary")).to_have_text("More actors (2)")
    page.get_by_label("Aide Gamma (1)").check()  # no need to open it again
    wait_for_htmx(page)
    expect(page).to_have_url(re.compile(r"actor=aide-gamma$"))
    expect(more).to_have_attribute("open", "")
    expect(page.get_by_label("Aide Gamma (1)")).to_be_checked()
    more.locator("summary").click()  # closed by the reader, it stays closed
    page.get_by_label("Aide Alpha (1)").uncheck()
    wait_for_htmx(page)
    expect(more).not_to_have_attribute("open", "")
    assert console_errors == []
