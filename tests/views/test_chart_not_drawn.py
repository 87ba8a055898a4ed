"""The chart's "not drawn" caption leads to the events it counts: a plain link (htmx too) to the same filters narrowed
to the precisions the bars leave out, a list that says so and how to widen it again, and a URL that stays canonical."""

import datetime
import re
from html import unescape

import pytest

from tests.factories import EventFactory, hanoi_events_of_four_precisions
from tests.views.saved_shares import saved_share
from timeline.models import Precision, SharedTimeline

URL = "/"
HTMX = {"HX-Request": "true", "HX-Target": "browse"}
MONTHS_LINK = "/?q=hanoi&known_only_to=year&known_only_to=quarter"

pytestmark = pytest.mark.django_db


@pytest.fixture
def hanoi():
    hanoi_events_of_four_precisions()
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), date_end=datetime.date(2018, 12, 31),
                 precision=Precision.YEAR)


def _caption(body: str) -> str:
    return body[body.index('<figcaption id="chart-caption">'):body.index("</figcaption>")]


def _listed(body: str) -> list[str]:
    return re.findall(r'data-event-id="\d+"', body)


def test_the_caption_links_each_widths_not_drawn_events_as_a_plain_link_that_htmx_follows_too(client, hanoi):
    caption = _caption(client.get(URL, {"q": "hanoi"}).content.decode())
    assert ('<span class="chart-not-drawn hide-280">2 of these 4 events are not drawn: they are known only to the '
            'year (1) or the quarter (1), and each bar is a month. '
            f'<a href="{MONTHS_LINK.replace("&", "&amp;")}" hx-get="{MONTHS_LINK.replace("&", "&amp;")}" '
            'hx-target="#browse" hx-swap="outerHTML" hx-push-url="true">List the 2 events not drawn</a></span>'
            ) in caption
    assert ('<a href="/?q=hanoi&amp;known_only_to=year" hx-get="/?q=hanoi&amp;known_only_to=year" hx-target="#browse" '
            'hx-swap="outerHTML" hx-push-url="true">List the event not drawn</a>') in caption


def test_the_link_lists_exactly_as_many_events_as_the_caption_counts_and_says_why(client, hanoi):
    response = client.get(MONTHS_LINK)
    assert response.status_code == 200  # canonical already: no redirect
    body = response.content.decode()
    assert len(_listed(body)) == 2 and "Hanoi talks planned" in body and "Hanoi aftermath" in body
    assert "2 events match these filters." in body
    # Said beside the list, with a way back to every precision, the search kept.
    assert ('<p class="chart-narrowed">Only the events whose date is known only to the year or the quarter are '
            'listed. <a href="/?q=hanoi" hx-get="/?q=hanoi" hx-target="#browse" hx-swap="outerHTML" '
            'hx-push-url="true">List the events of every precision</a></p>') in body
    # In the form, as boxes to untick: a change of any other filter keeps it.
    assert re.search(r'<input type="checkbox" id="f-known_only_to-year" name="known_only_to" value="year" checked>',
                     body)
    assert "More filters (active)" in body


def test_an_htmx_click_swaps_the_list_and_pushes_the_canonical_url(client, hanoi):
    response = client.get(MONTHS_LINK, headers=HTMX)
    assert response["HX-Push-Url"] == MONTHS_LINK
    body = response.content.decode()
    assert len(_listed(body)) == 2 and "<html" not in body


def test_the_form_submitted_without_javascript_keeps_it_in_the_clean_url(client, hanoi):
    response = client.get(URL, {"q": "hanoi", "from": "", "to": "", "sort": "oldest", "precision": "",
                                "known_only_to": ["quarter", "year", "year"]})
    assert response.status_code == 302 and response["Location"] == MONTHS_LINK


def test_an_unknown_precision_stays_in_the_url_with_its_notice(client, hanoi):
    response = client.get(URL, {"q": "hanoi", "known_only_to": "fortnight"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Unknown precision “fortnight” is ignored." in body and len(_listed(body)) == 4


def test_an_empty_list_names_the_precision_it_was_narrowed_to(client, hanoi):
    body = client.get(URL, {"q": "hanoi", "known_only_to": ["decade", "season"]}).content.decode()
    assert "No events with the date known only to the decade or the season matching “hanoi”." in body


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_caption_links_within_the_share_live_or_frozen(client, teacher, hanoi, mode):
    share = saved_share(teacher, mode, query="q=hanoi")
    base = f"/s/{share.token}/"
    body = client.get(base).content.decode()
    link = unescape(re.search(r'<a href="([^"]+)"[^>]*>List the 2 events not drawn</a>', body).group(1))
    assert link == f"{base}?known_only_to=year&known_only_to=quarter"
    listed = client.get(link).content.decode()
    assert len(_listed(listed)) == 2 and "Hanoi talks planned" in listed and "Hanoi summit" not in listed


def _bars(body: str) -> dict[str, str]:
    """Each bar link's name ("2019: 2 events") and address, at every width."""
    return {name: unescape(href) for href, name in re.findall(r'<a href="([^"]+)" hx-get="[^"]+" [^>]*'
                                                               r'aria-label="([^"]+)" class="chart-bar"', body)}


def test_the_list_of_the_events_not_drawn_is_charted_in_bars_long_enough_to_draw_them(client, hanoi):
    body = client.get(MONTHS_LINK).content.decode()
    # Both events are drawn, in their year's bar at every width: none of them is left out any more.
    assert _bars(body) == {"2019: 2 events": "/?q=hanoi&from=2019&to=2019&starting=1&known_only_to=year&known_only_to=quarter"}
    assert 'Events per <span class="">year</span>' in body and "not drawn" not in _caption(body)


def test_a_short_ranges_events_known_only_to_the_year_are_charted_by_year_not_by_month(client, hanoi):
    body = client.get(URL, {"from": "2018", "to": "2019", "known_only_to": "year"}).content.decode()
    assert len(_listed(body)) == 2
    assert set(_bars(body)) == {"2018: 1 event", "2019: 1 event"} and "not drawn" not in _caption(body)
