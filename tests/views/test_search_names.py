"""Words typed apart that spell an actor's name ("Kim Jong Un") are searched as that name, together, and said so,
on the timeline, a share's page and embed, and in the downloads of each."""

import datetime
import html
import re

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory
from timeline.models import SharedTimeline

HTMX = {"HX-Request": "true"}
NOTICE = "“Kim Jong Un” is searched as one name, its words together."


@pytest.fixture
def kims(db):
    un = ActorFactory(name="Kim Jong Un", slug="kim-jong-un", kind="person", aliases=["Kim Jong-un", "Kim Jongun"])
    il = ActorFactory(name="Kim Jong Il", slug="kim-jong-il", kind="person", aliases=["Kim Jong-il"])
    us = ActorFactory(name="United States", slug="united-states")
    events = [
        EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[un, us],
                     sentence="Kim Jong-un and the US president met."),
        EventFactory(title="Kim Jong Un visits Beijing", date_start=datetime.date(2018, 3, 26), actors=[un],
                     sentence="The visit was kept secret."),
        # Kim Jong Il's events have every word of "Kim Jong Un" apart: "un" starts "United" and "under".
        EventFactory(title="Kim Jong Il meets United States envoy", date_start=datetime.date(2000, 10, 23),
                     actors=[il, us], sentence="Talks under way in Pyongyang."),
        EventFactory(title="Kim Jong Il summit in Pyongyang", date_start=datetime.date(2007, 10, 2), actors=[il],
                     sentence="The summit came under a cloud."),
    ]
    TITLES.update({event.pk: event.title for event in events})
    yield events
    TITLES.clear()


TITLES: dict[int, str] = {}


def _titles(body: str) -> list[str]:
    return sorted(TITLES[int(pk)] for pk in set(re.findall(r'data-event-id="(\d+)"', body)))


def _notice_link(body: str) -> str:
    match = re.search(r'<div id="filter-notices".*?</div>', body, re.DOTALL)
    assert match and NOTICE in match.group(0), "no notice that the name is searched as one"
    links = re.findall(r'<a href="([^"]*)">Filter by the actor Kim Jong Un instead</a>', match.group(0))
    assert len(links) == 1, links
    return html.unescape(links[0])


def test_a_name_typed_without_quotes_finds_that_person_not_others_sharing_its_words(client, kims):
    body = client.get("/", {"q": "Kim Jong Un"}).content.decode()
    assert _titles(body) == ["Kim Jong Un visits Beijing", "Singapore summit"]
    assert _notice_link(body) == "/?actor=kim-jong-un"
    # The search stays as typed, in the box.
    assert 'name="q" value="Kim Jong Un"' in body


def test_words_around_the_name_still_narrow_it_and_the_link_keeps_them_and_the_other_filters(client, kims):
    body = client.get("/", {"q": "kim jong un summit", "from": "2018"}).content.decode()
    assert _titles(body) == ["Singapore summit"]
    assert _notice_link(body) == "/?q=summit&from=2018&actor=kim-jong-un"
    # Typed as the reader goes, the notice comes with the results (rewritten out of band).
    partial = client.get("/", {"q": "kim jong un summit"}, headers={**HTMX, "HX-Target": "results"})
    assert _titles(partial.content.decode()) == ["Singapore summit"]
    assert NOTICE in partial.content.decode()


def test_an_alias_is_a_name_too_and_the_link_adds_the_actor_to_those_chosen(client, kims):
    body = client.get("/", {"q": "kim jongun", "actor": "united-states"}).content.decode()
    assert _titles(body) == ["Singapore summit"]
    assert "“Kim Jongun” is searched as one name, its words together." in body
    link = re.search(r'<a href="([^"]*)">Filter by the actor Kim Jong Un instead</a>', body).group(1)
    assert html.unescape(link) == "/?actor=united-states&actor=kim-jong-un&both=1"


@pytest.mark.parametrize("q", ['"kim" jong un', "Kim Jong", "kim jong unification"])
def test_quoted_words_and_words_that_spell_no_whole_name_are_searched_apart_as_before(client, kims, q):
    body = client.get("/", {"q": q}).content.decode()
    assert "searched as one name" not in body
    assert "Kim Jong Il summit in Pyongyang" in _titles(body) or q == "kim jong unification"


def test_a_shares_page_and_embed_read_the_name_alike_and_link_within_the_share(client, kims, teacher):
    for mode in ("live", "frozen"):
        client.force_login(teacher)
        client.post(reverse("timeline:share_new"), {"title": f"Kims {mode}", "mode": mode})
        client.logout()
        share = SharedTimeline.objects.get(title=f"Kims {mode}")
        for view in ("timeline:share_detail", "timeline:share_embed"):
            url = reverse(view, args=[share.token])
            body = client.get(url, {"q": "Kim Jong Un"}).content.decode()
            assert _titles(body) == ["Kim Jong Un visits Beijing", "Singapore summit"], (mode, view)
            assert _notice_link(body) == f"{url}?actor=kim-jong-un", (mode, view)


def test_downloads_search_the_name_as_the_page_does(client, kims, teacher):
    csv = client.get("/export/events.csv", {"q": "Kim Jong Un"}).content.decode()
    assert "Singapore summit" in csv and "Kim Jong Il" not in csv
    client.force_login(teacher)
    client.post(reverse("timeline:share_new"), {"title": "Kims", "mode": "frozen"})
    share = SharedTimeline.objects.get()
    csv = client.get(f"/s/{share.token}/export/events.csv", {"q": "Kim Jong Un"}).content.decode()
    assert "Singapore summit" in csv and "Kim Jong Il" not in csv
