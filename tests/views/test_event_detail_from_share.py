"""An event page opened from a shared timeline's card leads back to that share, without JavaScript.

The share page's titles link to ``/events/<id>/?share=<token>``; the event page then says "Back to “<title>”" when,
and only when, that token opens a share (not revoked, not expired) that shows the event. Any other token changes
nothing on the page, so it never names a share, or says one exists, that its link does not open.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline

MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]


@pytest.fixture
def summits(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
        "visit": EventFactory(title="Pompeo visits Pyongyang", date_start=datetime.date(2017, 5, 1)),
    }


def _share(teacher, mode, title="Summits for Monday", **choices) -> SharedTimeline:
    return saved_share(teacher, mode, title=title, **choices)


def _back_link(client, event, token) -> str | None:
    body = client.get(event.get_absolute_url(), {"share": token}).content.decode()
    match = re.search(r'<a class="back-to-share" href="([^"]*)">([^<]*)</a>', body)
    return f"{match.group(1)} {match.group(2)}" if match else None


@pytest.mark.parametrize("mode", MODES)
def test_a_title_on_the_share_page_leads_to_an_event_page_that_leads_back(client, teacher, summits, mode):
    share = _share(teacher, mode)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    hanoi = summits["hanoi"]
    link = f"{hanoi.get_absolute_url()}?share={share.token}"
    assert f'<a href="{link}">Hanoi summit</a>' in body
    page = client.get(link).content.decode()
    share_url = reverse("timeline:share_detail", args=[share.token])
    back = f'<a class="back-to-share" href="{share_url}#event-{hanoi.pk}">← Back to “Summits for Monday”</a>'
    assert back in page
    # The timeline's own link is still there and carries nothing of the share; the steps walk the share
    # (tests/views/test_share_event_pager.py), so each names it again.
    timeline_links = re.findall(r'<a href="(/#[^"]*)"', page)
    assert timeline_links == [f'/#event-{hanoi.pk}']
    steps = re.findall(r'<a rel="(?:prev|next)" href="([^"]*)"', page)
    assert steps == [f"{summits['singapore'].get_absolute_url()}?share={share.token}"]


def test_the_embeds_titles_carry_no_token(client, teacher, summits):
    share = _share(teacher, "live")
    body = client.get(reverse("timeline:share_embed", args=[share.token])).content.decode()
    assert "?share=" not in body


@pytest.mark.parametrize("mode", MODES)
def test_a_pinned_event_outside_the_saved_filters_leads_back_too(client, teacher, summits, mode):
    share = _share(teacher, mode, pinned=[summits["visit"].pk])
    assert _back_link(client, summits["visit"], share.token) is not None


@pytest.mark.parametrize("mode", MODES)
def test_a_token_that_does_not_open_a_share_holding_the_event_changes_nothing(client, teacher, summits, mode):
    singapore, hanoi, visit = summits["singapore"], summits["hanoi"], summits["visit"]
    left_out = _share(teacher, mode, title="Zeta left out", excluded=[hanoi.pk])
    revoked = _share(teacher, mode, title="Zeta revoked")
    revoked.revoked_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    revoked.save()
    expired = _share(teacher, mode, title="Zeta expired")
    expired.expires_on = datetime.date(2020, 1, 1)
    expired.save()
    open_share = _share(teacher, mode, title="Zeta open")
    for token in ["", "x", open_share.token[:-1], "y" * 500, left_out.token, revoked.token, expired.token]:
        body = client.get(hanoi.get_absolute_url(), {"share": token}).content.decode()
        assert "back-to-share" not in body, token
        assert "Zeta" not in body and "Back to" not in body, token
    # An event the share does not hold: the visit is outside its filters.
    assert _back_link(client, visit, open_share.token) is None
    assert _back_link(client, singapore, open_share.token) is not None


def test_a_frozen_share_does_not_lead_back_from_an_event_it_does_not_show_as_that_event(client, teacher, summits):
    # Published after the share was frozen: it matches the saved filters, but the frozen share does not show it.
    share = _share(teacher, "frozen")
    later = EventFactory(title="Stockholm talks", date_start=datetime.date(2019, 10, 5))
    assert _back_link(client, later, share.token) is None
    # Deleted from a frozen share's events and taken off the timeline: its page answers 404 whatever the token.
    summits["hanoi"].status = "rejected"
    summits["hanoi"].save()
    assert client.get(summits["hanoi"].get_absolute_url(), {"share": share.token}).status_code == 404


@pytest.mark.parametrize("mode", MODES)
def test_a_pupils_filters_on_the_share_go_to_the_event_page_and_back(client, teacher, summits, mode):
    # A pupil searches the share for "Hanoi", opens the event and comes back to the same search, at its card.
    share = _share(teacher, mode)
    hanoi = summits["hanoi"]
    body = client.get(reverse("timeline:share_detail", args=[share.token]), {"q": "Hanoi"}).content.decode()
    link = f"{hanoi.get_absolute_url()}?share={share.token}&amp;q=Hanoi"
    assert f'<a href="{link}">Hanoi summit</a>' in body
    assert f'id="event-{hanoi.pk}"' in body
    page = client.get(hanoi.get_absolute_url(), {"share": share.token, "q": "Hanoi"}).content.decode()
    share_url = reverse("timeline:share_detail", args=[share.token])
    assert f'<a class="back-to-share" href="{share_url}?q=Hanoi#event-{hanoi.pk}">' in page
    # The timeline's own link still carries nothing of the share, its filters included.
    assert re.findall(r'<a href="(/#[^"]*)"', page) == [f"/#event-{hanoi.pk}"]
