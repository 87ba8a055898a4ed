"""Each of the chart's bars links to exactly the events it counts: a bar of a month does not count the year's events
that overlap it (charts.not_drawn_note), so its link does not list them either. A plain link, the filters kept."""

import datetime
import re
from html import unescape

import pytest

from tests.factories import EventFactory, hanoi_events_of_four_precisions
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline

pytestmark = pytest.mark.django_db


@pytest.fixture
def hanoi():
    hanoi_events_of_four_precisions()


def _bars(body: str) -> dict[str, tuple[int, str]]:
    """Each bar at every width, by name ("Feb 2019"): how many events it says it counts, and its plain link."""
    found = re.findall(r'<a href="([^"]+)" hx-get="\1" [^>]*aria-label="([^"]+): (\d+) events?" class="chart-bar"',
                       body)
    return {name: (int(n), unescape(href)) for href, name, n in found}


def _listed(client, url: str) -> int:
    return len(re.findall(r'data-event-id="\d+"', client.get(url).content.decode()))


def test_every_bar_at_every_width_lists_as_many_events_as_it_counts(client, hanoi):
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    # A month's bars on a desktop, a quarter's on a phone: the year's event overlaps them all and is drawn in none.
    assert {"Feb 2019", "Apr 2019", "Jan–Mar 2019", "Jul–Sep 2019"} <= set(bars)
    assert {name: _listed(client, href) for name, (_n, href) in bars.items()} == {
        name: n for name, (n, _href) in bars.items()}


def test_a_bars_link_keeps_the_filters_and_narrows_the_precision_to_what_the_bar_draws(client, hanoi):
    bars = _bars(client.get("/", {"q": "hanoi", "sort": "newest"}).content.decode())
    assert bars["Feb 2019"] == (1, "/?q=hanoi&from=2019-02&to=2019-02&precision=month&sort=newest")
    assert bars["Jul–Sep 2019"] == (
        1, "/?q=hanoi&from=2019-07&to=2019-09&known_only_to=quarter&known_only_to=month&known_only_to=day&sort=newest")
    # Narrowed within a precision already chosen: "known to the year" keeps only what a quarter's bar draws.
    bars = _bars(client.get("/", {"q": "hanoi", "precision": "year"}).content.decode())
    assert bars["Feb 2019"][1] == "/?q=hanoi&from=2019-02&to=2019-02&precision=month"
    assert bars["Jul–Sep 2019"][1] == ("/?q=hanoi&from=2019-07&to=2019-09&precision=year"
                                       "&known_only_to=quarter&known_only_to=month&known_only_to=day")


def test_a_bar_whose_events_all_fit_its_length_links_to_its_period_alone(client, hanoi):
    EventFactory(title="Hanoi envoy", date_start=datetime.date(2010, 5, 1))
    # By year, the year's event and the quarter's are drawn: nothing to narrow, the link is the plain period.
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    assert bars["2019"] == (4, "/?q=hanoi&from=2019&to=2019") and bars["2010"] == (1, "/?q=hanoi&from=2010&to=2010")


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_bars_list_what_they_count_too(client, teacher, hanoi, mode):
    share = saved_share(teacher, mode, query="q=hanoi")
    bars = _bars(client.get(f"/s/{share.token}/").content.decode())
    assert bars["Feb 2019"] == (1, f"/s/{share.token}/?from=2019-02&to=2019-02&precision=month")
    assert {name: _listed(client, href) for name, (_n, href) in bars.items()} == {
        name: n for name, (n, _href) in bars.items()}
