"""Annotation.objects.public(): the one definition of the notes everyone may read.

The timeline's "only events with public notes" filter, the same filter over a frozen share's snapshots, and the
notes a share page or export prints all ask it, so widening or narrowing "public" is a change in one place.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from tests.factories import EventFactory, UserFactory
from timeline.counting import filter_events
from timeline.exports import EventRecord
from timeline.frozen import filter_snapshots
from timeline.models import Annotation, AnnotationQuerySet
from timeline.shares import public_notes

pytestmark = pytest.mark.django_db


@pytest.fixture
def notes():
    author = UserFactory(username="tess", groups=["Teachers"])
    event = EventFactory(title="Singapore summit")
    made = {
        visibility: Annotation.objects.create(author=author, body=f"A {visibility} note", event=event, visibility=visibility)
        for visibility in Annotation.Visibility.values
    }
    return event, made


def test_public_notes_are_the_ones_everyone_may_read_and_no_others(notes):
    event, made = notes
    assert list(Annotation.objects.public()) == [made["public"]]
    assert list(Annotation.objects.public()) == list(Annotation.objects.visible_to(AnonymousUser()))


def test_every_list_of_notes_shown_to_everyone_asks_the_one_definition(notes, monkeypatch):
    event, made = notes
    snapshot = EventRecord(id=event.pk, title=event.title, date_start=event.date_start, date_end=event.date_end,
                           precision="day").to_snapshot()
    assert [e.title for e in filter_events(QueryDict("annotated=1")).events] == ["Singapore summit"]
    assert [s["title"] for s in filter_snapshots(QueryDict("annotated=1"), [snapshot]).events] == ["Singapore summit"]
    assert public_notes([event.pk]) == {event.pk: ["A public note"]}

    # Were "public" to mean nothing, none of them would show a note: they have no rule of their own.
    monkeypatch.setattr(AnnotationQuerySet, "public", lambda self: self.none())
    assert not filter_events(QueryDict("annotated=1")).events.exists()
    assert filter_snapshots(QueryDict("annotated=1"), [snapshot]).events == []
    assert public_notes([event.pk]) == {}
