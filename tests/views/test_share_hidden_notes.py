"""A live share whose event an editor has since rejected: the teacher is told the class note no longer shows."""

import datetime

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from tests.views.saved_shares import saved_share
from timeline.models import SharedTimeline, SharedTimelineItem, Status

pytestmark = pytest.mark.django_db


def _live_share_with_a_note(teacher):
    event = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    SharedTimelineItem.objects.create(share=share, event=event, class_note="Compare with the Hanoi summit.")
    return share, event


def test_the_teacher_is_told_which_class_notes_no_longer_show_because_their_event_was_unpublished(client, teacher):
    share, event = _live_share_with_a_note(teacher)
    event.status = Status.REJECTED
    event.save()
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "1 class note is not shown to your class" in body
    assert "Singapore summit" in body and "Compare with the Hanoi summit." in body
    # The class itself sees neither the event nor the note (only published events are ever shown).
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Compare with the Hanoi summit." not in page


def test_saving_the_share_again_keeps_the_hidden_note_for_when_the_event_is_published_again(client, teacher):
    share, event = _live_share_with_a_note(teacher)
    event.status = Status.REJECTED
    event.save()
    client.force_login(teacher)
    client.post(reverse("timeline:share_edit", args=[share.pk]), {"title": "Summits", "mode": "live"})
    event.status = Status.PUBLISHED
    event.save()
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Compare with the Hanoi summit." in page


def test_no_word_about_hidden_notes_when_every_noted_event_is_shown(client, teacher):
    share, _ = _live_share_with_a_note(teacher)
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "not shown to your class" not in body


def test_a_note_on_an_event_redated_out_of_the_saved_filters_is_named_too(client, teacher):
    share, event = _live_share_with_a_note(teacher)
    event.date_start = event.date_end = datetime.date(2017, 6, 12)
    event.save()
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "1 class note is not shown to your class" in body
    assert f"(event {event.pk}, no longer matches the filters)" in body


def test_a_frozen_shares_note_on_an_event_deleted_since_is_not_called_hidden_as_the_class_still_reads_it(
        client, teacher):
    # Re-ingesting a document whose sentence is gone deletes an event no editor touched; a frozen copy keeps showing it.
    event = EventFactory(title="Sixth nuclear test", date_start=datetime.date(2017, 9, 3))
    share = saved_share(teacher, SharedTimeline.Mode.FROZEN, title="Tests", query="from=2017",
                        notes={event.pk: "Where was it felt?"})
    event.delete()
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Where was it felt?" in page
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert "not shown to your class" not in body
    assert body.count("Where was it felt?") == 1, "in its event's box, once"
