"""The handout printed from a share's page: its "Print handout" link carries the reader's own filters and order, so
the printout matches the screen (with or without htmx), the handout says how it is narrowed or reordered, and its
printed address and QR code lead back to that same filtered, ordered view."""

import datetime
import io
import re

import pytest
import segno
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory
from timeline import shares
from timeline.models import CATEGORY_GROUPS, SharedTimeline

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
TITLES = ["Singapore summit", "Hanoi summit", "Panmunjom handshake"]


@pytest.fixture
def summits(db):
    kim = ActorFactory(name="Kim Jong Un")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim])
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019", actors=[kim])
    EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30), date_text="30 June 2019")


def _share(teacher, mode=SharedTimeline.Mode.LIVE, query="from=2018&sort=newest") -> SharedTimeline:
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query=query, mode=mode)
    return shares.save_share(share=share, notes={}, excluded=[], pinned=[], freeze=True)


def _print_link(body: str) -> str:
    links = re.findall(r'<a href="([^"]*)">Print handout</a>', body)
    assert len(links) == 1, links
    return links[0].replace("&amp;", "&")


def _titles(body: str) -> list[str]:
    return re.findall("|".join(TITLES), body)


def _narrowing(body: str) -> str | None:
    match = re.search(r'<p class="handout-narrowing">(.*?)</p>', body, re.DOTALL)
    return match and match.group(1)


def test_the_print_link_carries_the_readers_filters_and_order_and_nothing_for_the_share_as_saved(client, teacher,
                                                                                                 summits):
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    handout = reverse("timeline:share_print", args=[share.token])
    assert _print_link(client.get(url).content.decode()) == handout
    # As a form sent without JavaScript leaves it: every field, the empty ones and the saved order included (the
    # page redirects to its clean URL, whose link is the same).
    sent = {"q": "summit", "from": "2019", "to": "", "sort": "oldest", "precision": ""}
    assert _print_link(client.get(url, sent, follow=True).content.decode()) == f"{handout}?q=summit&from=2019&sort=oldest"
    # The saved order is no choice of the reader's: the link leaves it out, as the page's URL does.
    assert _print_link(client.get(url, {**sent, "sort": "newest"}, follow=True).content.decode()) == f"{handout}?q=summit&from=2019"


@pytest.mark.parametrize("target", ["results", "browse"])
def test_an_htmx_swap_brings_the_print_link_up_to_date_out_of_band(client, teacher, summits, target):
    share = _share(teacher)
    url = reverse("timeline:share_detail", args=[share.token])
    handout = reverse("timeline:share_print", args=[share.token])
    headers = {"HX-Request": "true", "HX-Target": target}
    body = client.get(url, {"q": "hanoi", "sort": "oldest"}, headers=headers).content.decode()
    actions = re.search(r'<div id="page-actions" class="page-actions" hx-swap-oob="true">.*?</div>', body, re.DOTALL)
    assert actions, "no out-of-band page actions"
    assert _print_link(actions.group(0)) == f"{handout}?q=hanoi&sort=oldest"
    assert _print_link(client.get(url, {"q": ""}, headers=headers).content.decode()) == handout


@pytest.mark.parametrize("mode", MODES)
def test_the_handout_printed_from_a_filtered_page_holds_what_it_showed_and_says_how_it_was_filtered(client, teacher,
                                                                                                    summits, mode):
    share = _share(teacher, mode)
    page = client.get(reverse("timeline:share_detail", args=[share.token]), {"actor": "kim-jong-un", "sort": "oldest"})
    body = client.get(_print_link(page.content.decode())).content.decode()
    assert _titles(body) == ["Singapore summit", "Hanoi summit"] == _titles(page.content.decode())
    assert _narrowing(body) == "Filtered: events involving Kim Jong Un, oldest first."
    # What the share holds is still said, as saved; the narrowing follows it.
    assert "This timeline holds events from 2018 on, newest first." in body
    assert body.index('class="share-scope"') < body.index('class="handout-narrowing"') < body.index("</header>")
    # In the saved order, the order goes without saying.
    narrowed = client.get(reverse("timeline:share_print", args=[share.token]), {"from": "2019", "q": "summit"})
    assert _narrowing(narrowed.content.decode()) == "Filtered: events from 2019 on matching “summit”."


@pytest.mark.parametrize("mode", MODES)
def test_a_phrase_is_searched_as_one_and_said_as_typed_in_what_the_share_holds_and_how_it_is_narrowed(client, teacher,
                                                                                                      summits, mode):
    # Every summit's sentence says "Singapore": only one event has the two words together.
    saved = _share(teacher, mode, query="q=%22Singapore+summ%22")
    body = client.get(reverse("timeline:share_print", args=[saved.token])).content.decode()
    assert _titles(body) == ["Singapore summit"]
    assert "This timeline holds events matching ‘&quot;Singapore summ&quot;’." in body
    share = _share(teacher, mode, query="from=2018")
    narrowed = client.get(reverse("timeline:share_print", args=[share.token]), {"q": "“summit in”"}).content.decode()
    assert _titles(narrowed) == [] and _narrowing(narrowed) == "Filtered: events matching ‘“summit in”’."


@pytest.mark.parametrize("mode", MODES)
def test_a_handout_filtered_to_nothing_says_so_outside_the_list(client, teacher, summits, mode):
    share = _share(teacher, mode)
    body = client.get(reverse("timeline:share_print", args=[share.token]), {"q": "sanctions"}).content.decode()
    assert '<p class="handout-empty">No events match these filters.</p>' in body
    assert 'class="handout-events"' not in body  # no list whose first item reads "No events."


@pytest.mark.parametrize("mode", MODES)
def test_a_handout_only_reordered_says_so_and_one_as_saved_says_nothing(client, teacher, summits, mode):
    share = _share(teacher, mode)
    handout = reverse("timeline:share_print", args=[share.token])
    reordered = client.get(handout, {"sort": "oldest"}).content.decode()
    assert _titles(reordered) == TITLES and _narrowing(reordered) == "Shown oldest first."
    as_saved = client.get(handout).content.decode()
    assert _titles(as_saved) == TITLES[::-1] and _narrowing(as_saved) is None
    # A share saved oldest first, printed newest first.
    other = client.get(reverse("timeline:share_print", args=[_share(teacher, mode, "from=2018").token]),
                       {"sort": "newest"}).content.decode()
    assert _narrowing(other) == "Shown newest first."


def _qr_of(url: str, title: str = "Summits") -> bytes:
    """The SVG segno draws for ``url``, as the share's QR code is drawn."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=4, dark="#000", light="#fff", title=title)
    return buffer.getvalue()


def _online(body: str) -> str:
    return re.search(r'<p class="handout-link">Online: (.*?)</p>', body).group(1).replace("&amp;", "&")


def _qr_src(body: str) -> str:
    return re.search(r'<img src="([^"]*)" alt="QR code for the online version"', body).group(1).replace("&amp;", "&")


@pytest.mark.parametrize("mode", MODES)
def test_the_handouts_address_and_qr_code_lead_to_the_filtered_ordered_view_it_printed(client, teacher, summits, mode):
    share = _share(teacher, mode)
    page_url = reverse("timeline:share_detail", args=[share.token])
    page = client.get(page_url, {"actor": "kim-jong-un", "sort": "oldest"})
    body = client.get(_print_link(page.content.decode())).content.decode()
    printed = f"http://testserver{page_url}?actor=kim-jong-un&sort=oldest"
    assert _online(body) == printed
    qr_url = reverse("timeline:share_qr", args=[share.token])
    assert _qr_src(body) == f"{qr_url}?actor=kim-jong-un&sort=oldest"
    assert client.get(_qr_src(body)).content == _qr_of(printed)
    # Scanned, it opens the list the handout holds, in its order.
    assert _titles(client.get(printed).content.decode()) == _titles(body) == ["Singapore summit", "Hanoi summit"]
    # A handout of the share as saved (its order sent back by a form without JavaScript included) leads to the share.
    for params in ({}, {"q": "", "sort": "newest"}):
        plain = client.get(reverse("timeline:share_print", args=[share.token]), params).content.decode()
        assert _online(plain) == f"http://testserver{page_url}" and _qr_src(plain) == qr_url


def test_the_qr_code_encodes_the_canonical_filters_and_nothing_else_of_its_url(client, teacher, summits):
    share = _share(teacher)
    qr_url = reverse("timeline:share_qr", args=[share.token])
    page_url = f"http://testserver{reverse('timeline:share_detail', args=[share.token])}"
    sent = {"next": "https://elsewhere.example/", "utm_source": "flyer", "page": "3", "q": "  Hanoi   summit ",
            "from": "June 2019", "actor": ["kim-jong-un", "no-such-actor"], "plans": "1", "precision": "weekly",
            "sort": "newest"}
    response = client.get(qr_url, sent)
    # What the share page's URL would say for the same request: the saved order, the share's plans and what the
    # form cannot read are left out; dates and spaces are written the canonical way.
    assert response.content == _qr_of(f"{page_url}?q=Hanoi+summit&from=2019-06&actor=kim-jong-un")
    assert response["Content-Type"] == "image/svg+xml" and response["Cache-Control"] == "private, max-age=300"
    assert client.get(qr_url, {"sort": "sideways", "from": "someday"}).content == _qr_of(page_url)


def test_filters_too_long_for_any_qr_code_give_the_code_of_the_share_itself(client, teacher, summits):
    share = _share(teacher)
    actors = [ActorFactory(name=f"Delegation of the Permanent Mission number {n}").slug for n in range(20)]
    sent = {"q": "€" * 200, "actor": actors, "category": list(CATEGORY_GROUPS), "precision": "day"}
    response = client.get(reverse("timeline:share_qr", args=[share.token]), sent)
    assert response.status_code == 200
    assert response.content == _qr_of(f"http://testserver{reverse('timeline:share_detail', args=[share.token])}")


@pytest.mark.parametrize("mode", MODES)
def test_the_handout_links_back_to_the_shared_timeline_with_the_readers_filters(client, teacher, summits, mode):
    share = _share(teacher, mode)
    detail = reverse("timeline:share_detail", args=[share.token])
    handout = reverse("timeline:share_print", args=[share.token])
    back = r'<p class="handout-back"><a href="([^"]*)">Back to the shared timeline</a></p>'
    assert re.findall(back, client.get(handout).content.decode()) == [detail]
    filtered = client.get(handout, {"q": "summit", "from": "2019", "sort": "oldest"}).content.decode()
    assert [href.replace("&amp;", "&") for href in re.findall(back, filtered)] == [
        f"{detail}?q=summit&from=2019&sort=oldest"
    ]
