"""A timeline with several filters that together find nothing offers, filter by filter, the wider list that dropping
just that one would give, so a student keeps the rest (a search, say) instead of starting again from everything."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Category, SharedTimeline

pytestmark = pytest.mark.django_db


def _empty_message(response) -> str:
    body = response.content.decode()
    start = body.index('<p class="empty">')
    return body[start : body.index("</p>", start)]


@pytest.fixture
def hanoi(db):
    trump = ActorFactory(name="Donald Trump", slug="donald-trump")
    china = ActorFactory(name="China", slug="china")
    EventFactory(title="Hanoi summit ends without a deal", date_start=datetime.date(2019, 2, 28), actors=[trump],
                 category=Category.CONSULT)
    EventFactory(title="Hanoi summit announced", date_start=datetime.date(2019, 2, 8), actors=[trump],
                 category=Category.CONSULT)
    EventFactory(title="China hosts talks", date_start=datetime.date(2021, 3, 1), actors=[china],
                 category=Category.CONSULT)


def test_a_search_in_years_that_hold_none_of_it_offers_the_search_at_any_date_with_its_count(client, hanoi):
    message = _empty_message(client.get("/", {"q": "Hanoi", "from": "2020", "actor": "donald-trump"}))
    assert ('<a href="/?q=Hanoi&amp;actor=donald-trump" hx-get="/?q=Hanoi&amp;actor=donald-trump" hx-target="#browse" '
            'hx-swap="outerHTML" hx-push-url="true">at any date</a> (2 events)') in message
    # Dropping the actor alone, or the search alone, still finds nothing from 2020 on: not offered.
    assert "any actor" not in message and "without the search" not in message
    assert '<a href="/">Clear all filters</a>' in message


def test_each_filter_that_alone_hides_the_events_is_offered_and_the_others_are_kept(client, hanoi):
    message = _empty_message(client.get("/", {"q": "Hanoi", "from": "2019", "actor": "china"}))
    assert '<a href="/?q=Hanoi&amp;from=2019"' in message and ">with any actor</a> (2 events)" in message
    assert '<a href="/?from=2019&amp;actor=china"' in message
    assert ">without the search “Hanoi”</a> (1 event)" in message
    assert "at any date" not in message  # China has no Hanoi event at any date
    # With a category that none of them has, dropping any one other filter still finds nothing.
    message = _empty_message(client.get("/", {"q": "Hanoi", "actor": "china", "category": "material-conflict"}))
    assert "Widen" not in message


def test_a_single_filter_that_finds_nothing_offers_only_to_clear_it(client, hanoi):
    message = _empty_message(client.get("/", {"from": "2030"}))
    assert "Widen" not in message
    assert '<a href="/">Clear all filters</a>' in message


def test_the_wider_lists_are_offered_when_typing_swaps_only_the_results(client, hanoi):
    body = client.get("/", {"q": "Hanoi", "from": "2020", "actor": "donald-trump"},
                      headers={"HX-Request": "true", "HX-Target": "results"}).content.decode()
    assert ">at any date</a> (2 events)" in body


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_reader_is_offered_what_dropping_each_of_their_filters_finds_within_the_share(
        client, teacher, hanoi, mode):
    EventFactory(title="Hanoi talks outside the share", date_start=datetime.date(2022, 1, 1),
                 actors=[ActorFactory(name="Japan", slug="japan")], category=Category.CONSULT)
    share = saved_share(teacher, mode, query="to=2021")
    message = _empty_message(client.get(f"/s/{share.token}/", {"q": "Hanoi", "actor": "china"}))
    # Counted within the share, by its own filtering: not the 2022 event the timeline holds.
    assert (f'<a href="/s/{share.token}/?q=Hanoi" hx-get="/s/{share.token}/?q=Hanoi" hx-target="#browse" '
            'hx-swap="outerHTML" hx-push-url="true">with any actor</a> (2 events)') in message
    assert f'<a href="/s/{share.token}/?actor=china"' in message
    assert ">without the search “Hanoi”</a> (1 event)" in message
    assert f'<a href="/s/{share.token}/">Clear your filters</a>' in message


def test_a_shares_embed_offers_the_wider_lists_as_plain_links(client, teacher, hanoi):
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, query="to=2021")
    message = _empty_message(client.get(f"/s/{share.token}/embed/", {"q": "Hanoi", "actor": "china"}))
    # Plain links, as the embed's "Did you mean": the embed has no #browse to swap.
    assert f'<a href="/s/{share.token}/embed/?q=Hanoi">with any actor</a> (2 events)' in message


def test_a_shares_reader_with_one_filter_is_offered_only_to_clear_it(client, teacher, hanoi):
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, query="to=2021")
    message = _empty_message(client.get(f"/s/{share.token}/", {"q": "zzzzqqq"}))
    assert "Widen" not in message and f'<a href="/s/{share.token}/">Clear your filters</a>' in message
