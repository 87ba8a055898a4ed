"""The timeline's tab title follows the filters when htmx swaps the results in place, as it does on a reload, so
history entries of different filtered views read differently; back brings the earlier title back with the list."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_htmx
from tests.factories import ActorFactory, EventFactory

WHOLE = "Timeline · Diplomacy timeline"


@pytest.mark.django_db(transaction=True)
def test_a_filter_change_in_place_retitles_the_tab_and_back_restores_the_title(live_server, page, console_errors):
    kim = ActorFactory(name="Kim Jong Un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim])
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    page.goto(live_server.url + "/")
    expect(page).to_have_title(WHOLE)
    page.get_by_label(re.compile(r"^Kim Jong Un \(\d+\)$")).check()
    expect(page).to_have_url(re.compile(r"/\?actor=kim-jong-un$"))
    wait_for_htmx(page)
    expect(page).to_have_title(f"Kim Jong Un — {WHOLE}")
    # Typing swaps only the results: the title follows as well.
    page.get_by_label("Search titles, sentences and actors").press_sequentially("summit", delay=30)
    expect(page).to_have_url(re.compile(r"q=summit"))
    wait_for_htmx(page)
    expect(page).to_have_title(f"Kim Jong Un · “summit” — {WHOLE}")
    page.reload()
    expect(page).to_have_title(f"Kim Jong Un · “summit” — {WHOLE}")
    page.go_back()
    expect(page).to_have_url(live_server.url + "/")
    wait_for_htmx(page)
    expect(page).to_have_title(WHOLE)
    assert console_errors == []
