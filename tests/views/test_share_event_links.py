"""Each title on a shared timeline leads to its event's page, where its source sentence and documents are, while
the event is published; a frozen share's card of an event since deleted or taken off the timeline keeps its title
as plain text rather than a link to "not found" (one merged into another leads to the event it went into). The
embed's links open a tab of their own; the printed handout's titles are print, not links."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline import services
from timeline.models import SharedTimeline, Status

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019"),
        "panmunjom": EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30),
                                  date_text="30 June 2019"),
        "stockholm": EventFactory(title="Stockholm talks", date_start=datetime.date(2019, 10, 5),
                                  date_text="5 October 2019"),
    }


def _share(teacher, mode) -> SharedTimeline:
    return saved_share(teacher, mode)


def _titles(body: str) -> dict[str, str]:
    """Each card's title and what it is: the link's opening tag, or "" for plain text."""
    found = re.findall(r'<strong class="event-title">(<a [^>]*>)?([^<]*)', body)
    return {title: link for link, title in found}


@pytest.mark.parametrize("mode", MODES)
def test_each_title_on_a_share_links_to_its_events_page(client, teacher, summits, mode):
    share = _share(teacher, mode)
    titles = _titles(client.get(reverse("timeline:share_detail", args=[share.token])).content.decode())
    # Each link names the share, for the event's page to lead back to it (tests/views/test_event_detail_from_share.py).
    assert titles == {event.title: f'<a href="{event.get_absolute_url()}?share={share.token}">'
                      for event in summits.values()}
    for event in summits.values():
        assert client.get(event.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("mode", MODES)
def test_the_embeds_titles_open_the_events_page_in_a_tab_of_its_own(client, teacher, summits, mode):
    share = _share(teacher, mode)
    titles = _titles(client.get(reverse("timeline:share_embed", args=[share.token])).content.decode())
    # Not _top: the class page (a school site, an LMS) around the frame stays open where the pupil was.
    assert titles == {event.title: f'<a href="{event.get_absolute_url()}" target="_blank" rel="noopener">'
                      for event in summits.values()}


@pytest.mark.parametrize("mode", MODES)
def test_the_handouts_titles_are_not_links(client, teacher, summits, mode):
    share = _share(teacher, mode)
    body = client.get(reverse("timeline:share_print", args=[share.token])).content.decode()
    assert "Hanoi summit" in body and "/events/" not in body


def test_a_frozen_card_whose_event_is_gone_or_unpublished_keeps_its_title_without_a_dead_link(client, teacher,
                                                                                                 summits, editor):
    share = _share(teacher, SharedTimeline.Mode.FROZEN)
    gone = summits["singapore"].get_absolute_url()
    summits["singapore"].delete()
    summits["hanoi"].status = Status.REJECTED
    summits["hanoi"].save()
    # Merged into an event outside the share: the share's item follows the event it went into, which is not the
    # one its card shows (and has another title and date), so the card links to neither.
    older = EventFactory(title="Pyongyang visit", date_start=datetime.date(2017, 5, 1), date_text="1 May 2017")
    services.merge_events(keep_id=older.pk, other_id=summits["panmunjom"].pk, user=editor)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    stockholm = summits["stockholm"].get_absolute_url()
    assert _titles(body) == {
        "Singapore summit": "",
        "Hanoi summit": "",
        "Panmunjom handshake": f'<a href="{older.get_absolute_url()}?share={share.token}">',
        "Stockholm talks": f'<a href="{stockholm}?share={share.token}">',
    }
    assert f'href="{gone}"' not in body
    for name in ("share_embed", "share_print"):
        assert "Singapore summit" in client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    # Every event page the share links to opens.
    for path in re.findall(r'href="(/events/\d+/\?share=[^"]*)"', body):
        assert client.get(path).status_code == 200, path


def test_a_frozen_card_links_again_once_its_event_is_published_again(client, teacher, summits):
    share = _share(teacher, SharedTimeline.Mode.FROZEN)
    hanoi = summits["hanoi"]
    hanoi.status = Status.REJECTED
    hanoi.save()
    url = reverse("timeline:share_detail", args=[share.token])
    assert _titles(client.get(url).content.decode())["Hanoi summit"] == ""
    hanoi.status = Status.PUBLISHED
    hanoi.save()
    assert _titles(client.get(url).content.decode())["Hanoi summit"] == (
        f'<a href="{hanoi.get_absolute_url()}?share={share.token}">')
