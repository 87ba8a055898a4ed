"""A week and a half-year read as such wherever a date is written for people: the timeline's card, the event page,
the filters, the page title and every page of a share, live or frozen. Told at "day" and "quarter" precision, "last
week" read as seven days that all happened and "the first half of 2024" as a quarter."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import Precision, SharedTimeline

pytestmark = pytest.mark.django_db


@pytest.fixture
def week_and_half(db):
    return (
        EventFactory(title="Envoys meet in Ulaanbaatar", date_start=datetime.date(2023, 7, 17),
                     date_end=datetime.date(2023, 7, 23), precision=Precision.WEEK, date_text="last week"),
        EventFactory(title="Working talks planned", date_start=datetime.date(2024, 1, 1),
                     date_end=datetime.date(2024, 6, 30), precision=Precision.HALF, date_text="the first half of 2024"),
    )


def _card(body: str, event) -> str:
    match = re.search(rf'<li class="[^"]*" data-event-id="{event.pk}"[^>]*>.*?</li>', body, re.DOTALL)
    assert match, f"no card for {event.title}"
    return " ".join(match.group(0).split())


def test_the_timeline_writes_the_week_and_the_half_year(client, week_and_half):
    week, half = week_and_half
    body = client.get("/").content.decode()
    assert '<time datetime="2023-W29">the week of 17 July 2023</time>' in _card(body, week)
    assert '<time datetime="2024">the first half of 2024</time>' in _card(body, half)


def test_the_event_page_says_the_date_is_known_to_the_week_or_the_half_year(client, week_and_half):
    week, half = week_and_half
    page = " ".join(client.get(reverse("timeline:event_detail", args=[week.pk])).content.decode().split())
    assert "the week of 17 July 2023" in page and "known to the week;" in page
    page = " ".join(client.get(reverse("timeline:event_detail", args=[half.pk])).content.decode().split())
    assert "the first half of 2024" in page and "known to the half-year;" in page


def test_known_to_the_week_is_a_filter_with_its_count_and_its_words_in_the_title(client, week_and_half):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    body = client.get("/", {"precision": "week"}).content.decode()
    assert "Envoys meet in Ulaanbaatar" in body and "Singapore summit" in body and "Working talks planned" not in body
    facet = re.search(r'id="f-precision-week".*?</label>', body, re.DOTALL).group(0)
    assert "checked" in facet and "The week" in facet and "(2)" in facet
    assert re.search(r"<title>[^<]*date known to the week[^<]*</title>", body)
    body = client.get("/", {"known_only_to": "half"}).content.decode()
    assert "Working talks planned" in body and "Envoys meet in Ulaanbaatar" not in body
    assert "known only to the half-year" in body


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
@pytest.mark.parametrize("name", ["share_detail", "share_embed", "share_print"])
def test_a_share_writes_the_week_and_the_half_year(client, teacher, week_and_half, mode, name):
    week, half = week_and_half
    share = saved_share(teacher, mode, title="Talks", query="from=2023&plans=1")
    body = client.get(reverse(f"timeline:{name}", args=[share.token])).content.decode()
    assert "the week of 17 July 2023" in _card(body, week)
    assert "the first half of 2024" in _card(body, half)


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_share_saved_known_to_the_week_says_so(client, teacher, week_and_half, mode):
    share = saved_share(teacher, mode, title="Talks", query="precision=week")
    body = " ".join(client.get(reverse("timeline:share_detail", args=[share.token])).content.decode().split())
    assert "with the date known to the week" in body
    assert "Envoys meet in Ulaanbaatar" in body and "Working talks planned" not in body
