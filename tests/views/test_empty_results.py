"""A timeline view with no events says which filters found nothing, and how to find more."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory
from timeline.models import Modality, SharedTimeline

pytestmark = pytest.mark.django_db


def _empty_message(response) -> str:
    body = response.content.decode()
    start = body.index('<p class="empty">')
    return body[start : body.index("</p>", start)]


def test_an_empty_search_names_what_was_searched_for(client):
    EventFactory(title="Singapore summit")
    message = _empty_message(client.get("/", {"q": "zzzzzqqq"}))
    assert "No events matching “zzzzzqqq”." in message
    assert '<a href="/">Clear all filters</a>' in message


def test_an_empty_view_names_every_filter_that_narrowed_it(client):
    ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    message = _empty_message(client.get("/", {"from": "2018", "to": "2019", "actor": "kim-jong-un"}))
    assert "No events from 2018 to 2019 involving Kim Jong Un." in message


def test_an_empty_view_offers_the_announcements_and_plans_it_hides(client):
    EventFactory(title="A summit is planned in Hanoi", modality=Modality.PLANNED, date_start=datetime.date(2019, 2, 27))
    message = _empty_message(client.get("/", {"q": "Hanoi"}))
    assert "1 announcement or plan matches:" in message
    assert '<a href="/?q=Hanoi&amp;plans=1">show it</a>' in message


@pytest.mark.parametrize("page", ["", "embed/"])
def test_a_shares_reader_whose_search_finds_nothing_is_told_what_was_searched_for(client, teacher, page):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    body = client.get(f"/s/{share.token}/{page}", {"q": "zzzzzqqq"}).content.decode()
    assert "No events matching “zzzzzqqq” in this shared timeline." in body
    assert f'<a href="/s/{share.token}/{page}">Clear your filters</a>' in body


def test_a_misspelt_search_that_finds_nothing_suggests_the_closest_words_that_do(client):
    EventFactory(title="Hanoi summit ends without a deal", date_start=datetime.date(2019, 2, 28))
    message = _empty_message(client.get("/", {"q": "Hanio"}))
    link = '<a href="/?q=Hanoi" hx-get="/?q=Hanoi" hx-target="#browse" hx-swap="outerHTML" hx-push-url="true">'
    assert f"Did you mean {link}Hanoi</a>?" in message
    # The suggested link finds the event, and suggests nothing itself.
    found = client.get("/", {"q": "Hanoi"}).content.decode()
    assert "Hanoi summit ends without a deal" in found
    assert "Did you mean" not in found


def test_only_the_words_that_match_nothing_are_corrected_and_the_other_filters_are_kept(client):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    message = _empty_message(client.get("/", {"q": "Singpore summit", "from": "2018"}))
    assert 'Did you mean <a href="/?q=Singapore+summit&amp;from=2018"' in message
    assert ">Singapore summit</a>?" in message


def test_an_actors_alias_is_a_word_a_search_can_be_corrected_to(client):
    lavrov = ActorFactory(name="Russian Foreign Ministry", aliases=["Lavrov"])
    EventFactory(title="Russia's foreign minister visits Pyongyang", sentence="A visit.", actors=[lavrov])
    assert ">Lavrov</a>?" in _empty_message(client.get("/", {"q": "Lavorv"}))


def test_no_suggestion_is_made_that_would_itself_find_nothing(client):
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 28))
    EventFactory(title="Hanoi rehearsal", date_start=datetime.date(2019, 1, 2), status="proposed")
    assert "Did you mean" in _empty_message(client.get("/", {"q": "Hanio"}))
    # "Hanoi" is found only outside the chosen year, and a draft's words are not offered at all.
    assert "Did you mean" not in _empty_message(client.get("/", {"q": "Hanio", "from": "2018", "to": "2018"}))
    assert "Did you mean" not in _empty_message(client.get("/", {"q": "rehersal"}))


def test_a_search_that_finds_events_never_reads_the_vocabulary(client, monkeypatch):
    from timeline import spelling

    def unexpected():
        raise AssertionError("the vocabulary was read for a search that found events")

    monkeypatch.setattr(spelling, "vocabulary", unexpected)
    EventFactory(title="Hanoi summit")
    assert "Hanoi summit" in client.get("/", {"q": "Hanoi"}).content.decode()


def test_an_empty_view_offers_no_downloads_and_says_why(client, teacher):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    body = client.get("/", {"q": "zzzzzqqq"}).content.decode()
    assert "/export/events.csv" not in body
    assert "Nothing to download: no event matches these filters." in body
    # Typing swaps the results, and the page's actions out of band with them: the links go and come back.
    typed = client.get("/", {"q": "zzzzzqqq"}, headers={"HX-Request": "true", "HX-Target": "results"}).content.decode()
    assert "/export/events.csv" not in typed and "Nothing to download" in typed
    found = client.get("/", {"q": "Singapore"}, headers={"HX-Request": "true", "HX-Target": "results"}).content.decode()
    assert "/export/events.csv?q=Singapore" in found and "Nothing to download" not in found
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    body = client.get(f"/s/{share.token}/", {"q": "zzzzzqqq"}).content.decode()
    assert "/export/events.csv" not in body
    assert "Nothing to download: no event matches these filters." in body
    assert f"/s/{share.token}/export/events.csv" in client.get(f"/s/{share.token}/").content.decode()


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_reader_whose_misspelt_search_finds_nothing_is_offered_the_shares_own_words(client, teacher, mode):
    from tests.views.saved_shares import saved_share

    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 28))
    EventFactory(title="Panmunjom talks", date_start=datetime.date(2017, 6, 30))
    share = saved_share(teacher, mode, query="from=2018&to=2018")
    page = f"/s/{share.token}/"
    body = client.get(page, {"q": "Singpore"}).content.decode()
    link = (f'<a href="{page}?q=Singapore" hx-get="{page}?q=Singapore" hx-target="#browse" hx-swap="outerHTML" '
            'hx-push-url="true">Singapore</a>')
    assert f"Did you mean {link}?" in body
    assert "Singapore summit" in client.get(page, {"q": "Singapore"}).content.decode()
    # Words of events outside the share are not offered: "Hanoi" and "Panmunjom" are the timeline's, not this share's.
    assert "Did you mean" not in client.get(page, {"q": "Hanio"}).content.decode()
    assert "Did you mean" not in client.get(page, {"q": "Panmunjon"}).content.decode()
    # The embed's link reloads its frame, whose compact form then holds the corrected words too.
    embed = client.get(f"/s/{share.token}/embed/", {"q": "Singpore"}).content.decode()
    assert f'Did you mean <a href="/s/{share.token}/embed/?q=Singapore">Singapore</a>?' in embed
