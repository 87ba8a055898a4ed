"""The timeline's <title> says what is shown, so tabs, history entries and bookmarks of different filtered views
tell themselves apart; an htmx filter change brings the new title along (a <title> at the root of a partial response
is htmx 2's own way to set document.title). A shared timeline keeps its share's title."""

import datetime
import re

import pytest

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline

URL = "/"
HTMX = {"HX-Request": "true"}


def titles(body: str) -> list[str]:
    """The page's titles, not the tooltips of the chart's SVG shapes, which are <title> elements too."""
    return re.findall(r"<title>(.*?)</title>", re.sub(r"<svg\b.*?</svg>", "", body, flags=re.S), re.S)


@pytest.fixture
def kim(db):
    kim = ActorFactory(name="Kim Jong Un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim])
    return kim


def test_the_whole_timeline_is_titled_timeline(client, kim):
    assert titles(client.get(URL).content.decode()) == ["Timeline · Diplomacy timeline"]


def test_a_filtered_timeline_names_its_filters_in_its_title(client, kim):
    body = client.get(URL, {"from": "2018", "to": "2019", "actor": kim.slug, "q": "summit"}, follow=True)
    assert titles(body.content.decode()) == [
        "Kim Jong Un · 2018–2019 · “summit” — Timeline · Diplomacy timeline"]


@pytest.mark.parametrize(("query", "words"), [
    ({"from": "2018-06"}, "from June 2018"),
    ({"to": "2019"}, "to 2019"),
    ({"from": "2018", "to": "2018"}, "2018"),
    ({"from": "12 June 2018", "to": "2019-02"}, "12 June 2018–February 2019"),
    ({"category": ["CONSULT", "verbal-conflict"]}, "Consult or Verbal conflict"),
    ({"precision": "month"}, "date known to the month"),
    ({"sort": "newest"}, "newest first"),
    ({"q": '"Singapore summit"'}, "‘&quot;Singapore summit&quot;’"),
])
def test_each_filter_has_its_few_words(client, kim, query, words):
    body = client.get(URL, query, follow=True).content.decode()
    assert titles(body) == [f"{words} — Timeline · Diplomacy timeline"]


def test_several_actors_and_a_long_document_title_stay_short(client, kim):
    trump = ActorFactory(name="Donald Trump")
    document = DocumentFactory(title="A very long report on the summit between the two leaders in Singapore in 2018")
    EventSourceFactory(document=document, event=EventFactory(actors=[kim, trump]))
    body = client.get(URL, {"actor": [kim.slug, trump.slug], "both": "1", "document": document.pk}, follow=True)
    [title] = titles(body.content.decode())
    assert title == ("Kim Jong Un and Donald Trump · “A very long report on the summit…” "
                     "— Timeline · Diplomacy timeline")


def test_a_filter_the_timeline_cannot_use_stays_out_of_the_title(client, kim):
    body = client.get(URL, {"from": "Febuary 31", "q": "summit"}, follow=True).content.decode()
    assert titles(body) == ["“summit” — Timeline · Diplomacy timeline"]


@pytest.mark.parametrize("target", ["browse", "results"])
def test_an_htmx_filter_change_brings_the_new_title_at_the_root_of_its_answer(client, kim, target):
    body = client.get(URL, {"actor": kim.slug}, headers={**HTMX, "HX-Target": target}).content.decode()
    assert titles(body) == ["Kim Jong Un — Timeline · Diplomacy timeline"]
    # htmx 2 takes the answer's first <title>, only if it stands at the root: the chart's SVG tooltips must not be it.
    assert body.lstrip().startswith("<title>Kim Jong Un — Timeline · Diplomacy timeline</title>")


def test_show_more_and_a_history_restore_bring_no_second_title(client, kim):
    EventFactory.create_batch(50, actors=[kim])  # a second page to show
    more = client.get(URL, {"actor": kim.slug, "page": "2"}, headers={**HTMX, "HX-Target": "show-more"})
    assert more.status_code == 200 and titles(more.content.decode()) == []
    restore = client.get(URL, {"actor": kim.slug}, headers={**HTMX, "HX-History-Restore-Request": "true"})
    assert titles(restore.content.decode()) == ["Kim Jong Un — Timeline · Diplomacy timeline"]


def test_a_shared_timeline_keeps_its_title_filtered_or_not(client, kim):
    teacher = UserFactory(username="tess", groups=["Teachers"])
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, title="Summits")
    url = f"/s/{share.token}/"
    assert titles(client.get(url).content.decode()) == ["Summits · Diplomacy timeline"]
    for target in ("browse", "results"):
        swapped = client.get(url, {"actor": kim.slug}, headers={**HTMX, "HX-Target": target})
        assert swapped.status_code == 200 and titles(swapped.content.decode()) == []


def test_a_bars_list_of_the_events_beginning_in_it_says_so_in_its_title(client, kim):
    body = client.get(URL, {"from": "2018", "to": "2018", "starting": "1"}, follow=True)
    assert titles(body.content.decode()) == ["beginning 2018 — Timeline · Diplomacy timeline"]
