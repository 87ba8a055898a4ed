"""A teacher's share form saved after an editor merged away one of the events it lists.

The teacher loads the form, an editor merges one listed event into another, and the teacher then saves the form as
loaded: it still names the merged-away event. What the teacher wrote for that event goes onto the card of the event
it went into, joined with the note the merge folded there, nothing dropped and nothing written for an event that is
gone. (On PostgreSQL the save and the merge also lock the share rows, so the two never interleave; see
shares.lock_shares.)
"""

import pytest
from django.urls import reverse

from tests.factories import EventSourceFactory
from tests.views.test_share_left_out import _ShareFormFields
from tests.views.test_share_merged_events import MODES, _cards, _merge, _share
from tests.views.test_share_merged_events import events, kim  # noqa: F401 (fixtures)
from timeline.models import SharedTimeline


@pytest.fixture
def reported(events):
    """Each event with its source, as ingested events have: the merged-away event's source shows where it went."""
    for event in events.values():
        EventSourceFactory(event=event)
    return events


def _loaded_form(client, url: str) -> dict[str, str]:
    """The form's fields as the browser has them once the page has loaded."""
    parser = _ShareFormFields()
    parser.feed(client.get(url).content.decode())
    return parser.fields


@pytest.mark.parametrize("mode", MODES)
def test_a_note_written_on_a_form_loaded_before_a_merge_lands_on_the_survivors_card(client, editor, teacher, events,
                                                                                    mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, notes={singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."})
    url = reverse("timeline:share_edit", args=[share.pk])
    client.force_login(teacher)
    fields = _loaded_form(client, url)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    fields[f"note-{duplicate.pk}"] = "Look at the handshake, and at the flags behind them."
    response = client.post(url, fields)
    assert response.status_code == 302
    assert _cards(client, share) == {
        "Singapore summit": "The first summit.<br><br>Look at the handshake, and at the flags behind them.",
        "Hanoi summit": "",
    }
    assert not share.items.exclude(event__in=[singapore, events["hanoi"]]).exists()


def test_a_form_loaded_before_a_merge_and_saved_unchanged_keeps_the_merged_card_as_the_merge_left_it(
        client, editor, teacher, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, "frozen", notes={singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."})
    url = reverse("timeline:share_edit", args=[share.pk])
    client.force_login(teacher)
    fields = _loaded_form(client, url)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    assert client.post(url, fields).status_code == 302
    assert share.items.get(event=singapore).class_note == "The first summit.\n\nLook at the handshake."


def test_the_survivor_stays_shown_when_the_stale_form_left_it_out_but_showed_the_merged_away_event(
        client, editor, teacher, events):
    # The teacher had left the Singapore report out as a duplicate and kept the Sentosa one, with a note.
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, "live", excluded=[singapore.pk], notes={duplicate.pk: "Look at the handshake."})
    url = reverse("timeline:share_edit", args=[share.pk])
    client.force_login(teacher)
    fields = _loaded_form(client, url)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    assert client.post(url, fields).status_code == 302
    assert _cards(client, share) == {"Singapore summit": "Look at the handshake.", "Hanoi summit": ""}


def test_a_new_share_saved_from_a_form_loaded_before_a_merge_keeps_the_note_on_the_survivor(client, editor, teacher,
                                                                                          reported):
    events = reported
    singapore, duplicate = events["singapore"], events["duplicate"]
    url = reverse("timeline:share_new") + "?from=2018"
    client.force_login(teacher)
    fields = _loaded_form(client, url)
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    fields.update({"title": "Summits", "mode": "frozen", f"note-{duplicate.pk}": "Look at the handshake."})
    assert client.post(url, fields).status_code == 302
    share = SharedTimeline.objects.get()
    assert _cards(client, share) == {"Singapore summit": "Look at the handshake.", "Hanoi summit": ""}


def test_pinning_an_event_by_a_number_copied_before_it_was_merged_away_pins_the_event_it_went_into(
        client, editor, teacher, reported):
    events = reported
    visit, duplicate = events["visit"], events["duplicate"]
    share = _share(teacher, "live", query="from=2019")
    url = reverse("timeline:share_edit", args=[share.pk])
    _merge(client, editor, visit, duplicate)
    client.force_login(teacher)
    fields = _loaded_form(client, url)
    assert client.post(url, {**fields, "pin": str(duplicate.pk)}).status_code == 302
    assert share.items.get(event=visit).pinned
    assert list(_cards(client, share)) == ["Pompeo visits Pyongyang", "Hanoi summit"]
