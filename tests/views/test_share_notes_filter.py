"""On a share, a pupil's "Only events with notes" keeps the events with the teacher's class notes as well as those
with public notes: the cards show both alike. The timeline's own filter still means public notes only."""

import csv
import datetime
import io
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import Annotation, SharedTimeline, SharedTimelineItem


@pytest.fixture
def events(db):
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27)),
        "dmz": EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30)),
    }


def _share(client, teacher, events, mode: str) -> SharedTimeline:
    """A share of the three summits with a class note on Singapore; Hanoi has a public note, Panmunjom none."""
    Annotation.objects.create(author=teacher, event=events["hanoi"], body="Cut short.",
                              visibility=Annotation.Visibility.PUBLIC)
    client.force_login(teacher)
    client.post(reverse("timeline:share_new") + "?from=2018", {
        "title": "Summits", "mode": mode, f"note-{events['singapore'].pk}": "Who asked for this meeting?",
    })
    client.logout()
    return SharedTimeline.objects.get()


def _cards(body: str) -> list[str]:
    return re.findall(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', body)


@pytest.mark.parametrize("mode", ["live", "frozen"])
def test_a_pupils_notes_filter_keeps_the_events_with_class_notes_too(client, teacher, events, mode):
    share = _share(client, teacher, events, mode)
    url = reverse("timeline:share_detail", args=[share.token])
    body = client.get(url, {"annotated": "1"}).content.decode()
    assert _cards(body) == ["Singapore summit", "Hanoi summit"]
    assert '<label for="f-annotated">Only events with notes</label>' in body
    # The download of what the pupil sees holds the same events.
    export = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]), {"annotated": "1"})
    rows = csv.DictReader(io.StringIO(export.content.decode()))
    assert [row["title"] for row in rows] == ["Singapore summit", "Hanoi summit"]


def test_a_share_with_no_notes_says_no_events_with_notes_and_the_timeline_keeps_its_public_notes_filter(
        client, teacher, events):
    share = _share(client, teacher, events, "live")
    # The class note counts on the share, never on the site's timeline, where the teacher's note is not shown.
    timeline = client.get(reverse("timeline:event_list"), {"annotated": "1"}).content.decode()
    assert "Hanoi summit" in timeline and "Singapore summit" not in timeline
    assert '<label for="f-annotated">Only events with public notes</label>' in timeline
    SharedTimelineItem.objects.filter(share=share).update(class_note="")
    Annotation.objects.all().delete()
    body = client.get(reverse("timeline:share_detail", args=[share.token]), {"annotated": "1"}).content.decode()
    assert "No events with notes in this shared timeline." in body
