"""Each of the chart's bars links to exactly the events it counts: a bar of a month does not count the year's events
that overlap it (charts.not_drawn_note), so its link does not list them either. A plain link, the filters kept."""

import datetime
import re
from html import unescape

import pytest

from tests.factories import EventFactory, hanoi_events_of_four_precisions
from tests.views.saved_shares import saved_share
from timeline.models import Precision, SharedTimeline

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
    assert bars["Feb 2019"] == (1, "/?q=hanoi&from=2019-02&to=2019-02&starting=1&precision=month&sort=newest")
    assert bars["Jul–Sep 2019"] == (1, "/?q=hanoi&from=2019-07&to=2019-09&starting=1&known_only_to=quarter"
                                       "&known_only_to=month&known_only_to=week&known_only_to=day&sort=newest")
    # Narrowed within a precision already chosen: "known to the year" keeps only what a quarter's bar draws.
    bars = _bars(client.get("/", {"q": "hanoi", "precision": "year"}).content.decode())
    assert bars["Feb 2019"][1] == "/?q=hanoi&from=2019-02&to=2019-02&starting=1&precision=month"
    assert bars["Jul–Sep 2019"][1] == ("/?q=hanoi&from=2019-07&to=2019-09&starting=1&precision=year"
                                       "&known_only_to=quarter&known_only_to=month&known_only_to=week"
                                       "&known_only_to=day")


def test_a_bar_whose_events_all_fit_its_length_links_to_its_period_alone(client, hanoi):
    EventFactory(title="Hanoi envoy", date_start=datetime.date(2010, 5, 1))
    # By year, the year's event and the quarter's are drawn: nothing to narrow, the link is the plain period (of the
    # events that begin in it, as its bar counts them).
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    assert bars["2019"] == (4, "/?q=hanoi&from=2019&to=2019&starting=1") and bars["2010"] == (
        1, "/?q=hanoi&from=2010&to=2010&starting=1")


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_bars_list_what_they_count_too(client, teacher, hanoi, mode):
    share = saved_share(teacher, mode, query="q=hanoi")
    bars = _bars(client.get(f"/s/{share.token}/").content.decode())
    assert bars["Feb 2019"] == (1, f"/s/{share.token}/?from=2019-02&to=2019-02&starting=1&precision=month")
    assert {name: _listed(client, href) for name, (_n, href) in bars.items()} == {
        name: n for name, (n, _href) in bars.items()}


@pytest.fixture
def winter_talks(hanoi):
    """A Hanoi event dated "December 2018 to January 2019": counted in December's bar (its start), overlapping
    January's (where an envoy's visit is counted), and in a chart by year in 2018's, overlapping 2019's."""
    EventFactory(title="Hanoi winter talks", date_start=datetime.date(2018, 12, 1), date_end=datetime.date(2019, 1, 31),
                 precision=Precision.MONTH, date_text="December 2018 to January 2019")
    EventFactory(title="Hanoi envoy visit", date_start=datetime.date(2019, 1, 15))


def _counts_match_lists(client, bars: dict[str, tuple[int, str]]) -> None:
    assert {name: _listed(client, href) for name, (_n, href) in bars.items()} == {
        name: n for name, (n, _href) in bars.items()}


def test_an_event_across_two_months_is_listed_by_the_bar_that_counts_it_only(client, winter_talks):
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    assert bars["Dec 2018"][0] == 1 and bars["Jan 2019"][0] == 1
    _counts_match_lists(client, bars)
    # January's link lists the events that begin in it: a plain link, which says so in its querystring.
    assert bars["Jan 2019"][1] == "/?q=hanoi&from=2019-01&to=2019-01&starting=1&precision=month"


def test_an_event_across_two_years_is_listed_by_the_year_that_counts_it_only(client, winter_talks):
    EventFactory(title="Hanoi envoy", date_start=datetime.date(2010, 5, 1))
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    assert bars["2018"][0] == 1
    _counts_match_lists(client, bars)


def test_the_bar_where_a_typed_range_begins_lists_the_events_begun_before_it_that_it_counts(client, winter_talks):
    # From January 2019 on, the winter talks overlap the range: counted in its first bar, and listed by it.
    bars = _bars(client.get("/", {"q": "hanoi", "from": "2019-01", "to": "2019-12"}).content.decode())
    assert bars["Jan 2019"] == (2, "/?q=hanoi&from=2019-01&to=2019-01&precision=month")
    _counts_match_lists(client, bars)


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_bars_list_an_event_across_two_months_once_too(client, teacher, winter_talks, mode):
    share = saved_share(teacher, mode, query="q=hanoi")
    bars = _bars(client.get(f"/s/{share.token}/").content.decode())
    assert bars["Dec 2018"][0] == 1 and bars["Jan 2019"][0] == 1
    _counts_match_lists(client, bars)


def test_a_bars_list_says_in_its_filter_form_that_it_holds_the_events_that_begin_in_it(client, winter_talks):
    bars = _bars(client.get("/", {"q": "hanoi"}).content.decode())
    html = client.get(bars["Jan 2019"][1]).content.decode()
    assert re.search(r'<input type="checkbox" id="f-starting" name="starting" value="1" checked>', html)
    assert '<label for="f-starting">Only events that begin between these dates</label>' in html
    assert "Hanoi envoy visit" in html and "Hanoi winter talks" not in html
    # Unticked (the box is left out of the submitted form), the same dates list what overlaps them again.
    assert "Hanoi winter talks" in client.get("/", {"q": "hanoi", "from": "2019-01", "to": "2019-01"}).content.decode()
