"""An event's category badge says that it is a category ("Category: Reject"), not what became of the event, alike
on the timeline's cards, the event's page, a share's page and embed, and the teacher's share form."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import SharedTimeline

BADGE = '<span class="badge cat cat-verbal-conflict"><span class="badge-key">Category:</span> Reject</span>'


def _category_badges(body: str) -> list[str]:
    return re.findall(r'<span class="badge cat .*?</span>(?:[^<]*</span>)?', body)


@pytest.fixture
def rejection(db):
    return EventFactory(title="North Korea rejects the proposal", category="REJECT",
                        date_start=datetime.date(2019, 3, 1))


def test_the_category_badge_is_labelled_as_a_category_on_the_timeline_and_the_event_page(client, rejection):
    for body in (client.get("/").content.decode(), client.get(rejection.get_absolute_url()).content.decode()):
        assert _category_badges(body) == [BADGE]


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_the_category_badge_is_labelled_alike_on_a_shares_pages_and_its_form(client, teacher, rejection, mode):
    client.force_login(teacher)
    client.post(reverse("timeline:share_new"), {"title": "Refusals", "mode": mode})
    share = SharedTimeline.objects.get()
    form = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert _category_badges(form) == [BADGE]
    for view in ("timeline:share_detail", "timeline:share_embed"):
        assert _category_badges(client.get(reverse(view, args=[share.token])).content.decode()) == [BADGE], view
