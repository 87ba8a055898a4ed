"""A share opens in the order its teacher saved (newest first, say) on its page, embed, handout and exports; the
reader can still choose the other order in the form, and the URL keeps that choice. The teacher's own forms, new
and edit, list the events in that order too."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline import shares
from timeline.models import Event, SharedTimeline

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
OLDEST_FIRST = ["Singapore summit", "Hanoi summit", "Panmunjom handshake"]
NEWEST_FIRST = OLDEST_FIRST[::-1]


@pytest.fixture
def summits(db):
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30), date_text="30 June 2019")
    EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21), date_text="21 October 1994")


def _share(teacher, mode, query="from=2018&sort=newest") -> SharedTimeline:
    share = SharedTimeline.objects.create(owner=teacher, title="Summits, latest first", query=query, mode=mode)
    return shares.save_share(share=share, notes={}, excluded=[], pinned=[], freeze=True)


def _titles(response) -> list[str]:
    return re.findall("|".join(OLDEST_FIRST), response.content.decode())


def _chosen_order(response) -> str:
    return re.search(r'<option value="(\w+)" selected>', response.content.decode()).group(1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["share_detail", "share_embed", "share_print"])
def test_a_share_saved_newest_first_opens_newest_first(client, teacher, summits, mode, name):
    share = _share(teacher, mode)
    url = reverse(f"timeline:{name}", args=[share.token])
    assert _titles(client.get(url)) == NEWEST_FIRST
    assert _titles(client.get(url, {"sort": "oldest"})) == OLDEST_FIRST
    # One saved without an order opens oldest first, as the timeline does.
    unordered = _share(teacher, mode, "from=2018")
    assert _titles(client.get(reverse(f"timeline:{name}", args=[unordered.token]))) == OLDEST_FIRST


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["share_detail", "share_embed"])
def test_the_form_shows_the_saved_order_and_the_readers_own_choice(client, teacher, summits, mode, name):
    share = _share(teacher, mode)
    url = reverse(f"timeline:{name}", args=[share.token])
    assert _chosen_order(client.get(url)) == "newest"
    assert _chosen_order(client.get(url, {"sort": "oldest"})) == "oldest"
    # Narrowing by a filter keeps the saved order.
    narrowed = client.get(url, {"from": "2019"})
    assert _titles(narrowed) == ["Panmunjom handshake", "Hanoi summit"] and _chosen_order(narrowed) == "newest"


@pytest.mark.parametrize("name", ["share_detail", "share_embed"])
def test_the_url_keeps_the_readers_order_and_leaves_out_the_saved_one(client, teacher, summits, name):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    url = reverse(f"timeline:{name}", args=[share.token])
    htmx = {"HX-Request": "true", "HX-Target": "results"}

    def moved_to(response) -> str:
        return response.headers.get("HX-Push-Url") or response.headers["HX-Replace-Url"]

    # The reader's "oldest first" is not the share's default: it stays in the URL, so a reload or a shared link
    # shows what the reader chose.
    oldest = client.get(url, {"q": "summit", "sort": "oldest"}, headers=htmx)
    assert moved_to(oldest) == f"{url}?q=summit&sort=oldest"
    assert _titles(client.get(moved_to(oldest))) == ["Singapore summit", "Hanoi summit"]
    # The saved order is the default: a URL without it is the share as saved.
    assert moved_to(client.get(url, {"q": "", "sort": "newest"}, headers=htmx)) == url


def test_the_export_and_chart_links_carry_the_readers_order_and_the_exports_default_to_the_saved_one(client, teacher,
                                                                                                   summits):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    page = client.get(reverse("timeline:share_detail", args=[share.token]), {"sort": "oldest"}).content.decode()
    assert f"/s/{share.token}/export/events.csv?sort=oldest" in page
    assert f'href="/s/{share.token}/?from=2019-02&amp;to=2019-02&amp;starting=1&amp;sort=oldest"' in page
    saved = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert f'href="/s/{share.token}/export/events.csv"' in saved
    assert f'href="/s/{share.token}/?from=2019-02&amp;to=2019-02&amp;starting=1"' in saved
    export = reverse("timeline:share_export", args=[share.token, "events.csv"])
    assert _titles(client.get(export)) == NEWEST_FIRST
    assert _titles(client.get(export, {"sort": "oldest"})) == OLDEST_FIRST


def test_the_embeds_folded_filters_stay_folded_for_the_saved_order_and_open_for_the_other(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    url = reverse("timeline:share_embed", args=[share.token])
    # Without JavaScript the form sends every field: the saved order sent back is no choice of the reader's (the
    # embed redirects such a submission to its clean URL, where the folded part is decided the same way).
    no_js = {"q": "", "from": "", "to": "", "precision": ""}
    assert '<details class="more-filters">' in client.get(url).content.decode()
    newest = client.get(url, {**no_js, "sort": "newest"}, follow=True).content.decode()
    assert '<details class="more-filters">' in newest
    oldest = client.get(url, {**no_js, "sort": "oldest"}, follow=True).content.decode()
    assert '<details class="more-filters" open>' in oldest


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["share_detail", "share_embed", "share_print", "share_export"])
def test_an_order_not_understood_falls_back_to_the_saved_one_and_says_which(client, teacher, summits, mode, name):
    share = _share(teacher, mode)
    args = [share.token, "events.csv"] if name == "share_export" else [share.token]
    response = client.get(reverse(f"timeline:{name}", args=args), {"sort": "sideways"})
    assert response.status_code == 200 and _titles(response) == NEWEST_FIRST
    if name in ("share_detail", "share_embed"):
        body = response.content.decode()
        assert "Unknown order “sideways” is ignored; showing newest first." in body
        assert "oldest first" not in body and _chosen_order(response) == "newest"


def test_a_bad_order_typed_by_htmx_stays_in_the_url_with_its_notice_as_on_the_timeline(client, teacher, summits):
    # The clean URL would drop it and its notice: a reload would show the saved order unexplained (browse.url_for_htmx).
    share = _share(teacher, SharedTimeline.Mode.LIVE)
    url = reverse("timeline:share_detail", args=[share.token])
    response = client.get(url, {"q": "summit", "sort": "sideways"}, headers={"HX-Request": "true", "HX-Target": "results"})
    assert response["HX-Push-Url"] == f"{url}?q=summit&sort=sideways"
    assert "showing newest first" in response.content.decode()
    assert "showing newest first" in client.get(response["HX-Push-Url"]).content.decode()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["share_detail", "share_embed", "share_print"])
def test_what_the_share_holds_names_its_saved_order_unless_it_is_the_timelines_own(client, teacher, summits, mode,
                                                                                  name):
    def scope(share) -> str:
        body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
        return " ".join(re.search(r'<p class="share-scope">(.*?)</p>', body, re.DOTALL).group(1).split())

    assert scope(_share(teacher, mode)).startswith("This timeline holds events from 2018 on, newest first.")
    # Oldest first is the timeline's own order, which goes without saying, saved or not.
    assert "first" not in scope(_share(teacher, mode, "from=2018")) + scope(_share(teacher, mode, "from=2018&sort=oldest"))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_both_share_forms_list_the_events_in_the_order_the_share_shows_them(client, teacher, summits, mode, sort):
    client.force_login(teacher)
    framework = Event.objects.get(title="Agreed Framework")
    new_url = reverse("timeline:share_new") + f"?from=2018&sort={sort}"
    in_order = OLDEST_FIRST if sort == "oldest" else NEWEST_FIRST
    assert _titles(client.get(new_url)) == in_order
    client.post(new_url, {"title": "Summits", "mode": mode, "pin": str(framework.pk)})
    share = SharedTimeline.objects.get()
    assert shares.saved_sort(share) == sort
    # The event pinned in from 1994 takes its place in that order, on the page and on the form.
    with_framework = ["Agreed Framework", *OLDEST_FIRST]

    def titles(response) -> list[str]:
        return re.findall("|".join(with_framework), response.content.decode())

    shown = titles(client.get(reverse("timeline:share_detail", args=[share.token])))
    assert shown == (with_framework if sort == "oldest" else with_framework[::-1])
    assert titles(client.get(reverse("timeline:share_edit", args=[share.pk]))) == shown


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_an_event_left_out_of_a_live_share_keeps_its_place_in_order_on_the_edit_form(client, teacher, summits, sort):
    share = _share(teacher, SharedTimeline.Mode.LIVE, f"from=2018&sort={sort}")
    hanoi = Event.objects.get(title="Hanoi summit")
    shares.save_share(share=share, notes={}, excluded=[hanoi.pk], pinned=[], freeze=False)
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk]))
    assert _titles(body) == (OLDEST_FIRST if sort == "oldest" else NEWEST_FIRST)
    assert f'name="exclude-{hanoi.pk}" value="1" checked' in body.content.decode()
