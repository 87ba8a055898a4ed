"""Splitting a merged-away event's source back out gives each share that held that event its card back.

The merge folded the event into the survivor's card (its class note appended, its frozen copy kept if the class saw
only it). The split undoes that for the shares as far as it honestly can: the split-out event gets back its own class
note, choices and frozen copy, and is in the share if and only if the class saw it there before the merge; the
survivor's card gets back its own note and choices, except what the teacher changed after the merge, which stays.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import DocumentFactory, EventSourceFactory
from tests.views.test_share_left_out import _edit
from tests.views.test_share_merge_locks import _locked_share_ids, _state
from tests.views.test_share_merged_events import MODES, _cards, _merge, _share
from tests.views.test_share_merged_events import events, kim  # noqa: F401 (fixtures)
from timeline import services
from timeline.models import Event, EventSource, SharedTimeline


@pytest.fixture
def sentosa_wire(events):
    """The merged-away event's own report: the source split back out after the merge."""
    for name in ("singapore", "visit"):
        EventSourceFactory(event=events[name])
    return EventSourceFactory(event=events["duplicate"], document=DocumentFactory(title="Sentosa wire"))


def _split(client, editor, source) -> Event:
    """The editor splits ``source`` back out of the event it was merged into, from the event page."""
    client.force_login(editor)
    assert client.post(reverse("timeline:source_split", args=[source.pk])).status_code == 302
    client.logout()
    return Event.objects.get(sources=source)


@pytest.mark.parametrize("mode", MODES)
def test_a_split_gives_each_share_both_cards_back_each_with_its_own_class_note(client, editor, teacher, events,
                                                                                sentosa_wire, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, notes={singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."})
    _merge(client, editor, singapore, duplicate)
    new = _split(client, editor, sentosa_wire)
    assert _cards(client, share) == {
        "Singapore summit": "The first summit.",
        "Trump and Kim meet on Sentosa": "Look at the handshake.",
        "Hanoi summit": "",
    }
    assert share.items.get(event=new).class_note == "Look at the handshake."
    # The teacher's next save keeps both cards as they are.
    client.force_login(teacher)
    _edit(client, share, title="Summits, for Monday")
    assert _cards(client, share)["Trump and Kim meet on Sentosa"] == "Look at the handshake."
    assert share.items.get(event=singapore).class_note == "The first summit."


def test_a_frozen_share_gets_back_the_split_out_events_text_as_the_class_studied_it(client, editor, teacher, events,
                                                                                    sentosa_wire):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, "frozen")
    duplicate.title = "Sentosa meeting, retitled by an editor"
    duplicate.save()
    _merge(client, editor, singapore, duplicate)
    new = _split(client, editor, sentosa_wire)
    assert new.title == "Sentosa meeting, retitled by an editor"
    assert list(_cards(client, share)) == ["Singapore summit", "Trump and Kim meet on Sentosa", "Hanoi summit"]
    # The copy is the split-out event's now: its card links to it, and its note and "leave out" find its item.
    assert share.items.get(event=new).snapshot["id"] == new.pk
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert f'<a href="{new.get_absolute_url()}?share={share.token}">Trump and Kim meet on Sentosa</a>' in body


@pytest.mark.parametrize("mode", MODES)
def test_a_merged_note_the_teacher_edited_stays_on_the_survivor_and_the_split_out_event_gets_its_own_back(
        client, editor, teacher, events, sentosa_wire, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, notes={singapore.pk: "The first summit.", duplicate.pk: "Look at the handshake."})
    _merge(client, editor, singapore, duplicate)
    client.force_login(teacher)
    _edit(client, share, **{f"note-{singapore.pk}": "Two reports of one summit: compare them."})
    new = _split(client, editor, sentosa_wire)
    assert share.items.get(event=singapore).class_note == "Two reports of one summit: compare them."
    assert share.items.get(event=new).class_note == "Look at the handshake."


@pytest.mark.parametrize("mode", MODES)
def test_a_share_that_held_only_the_survivor_is_left_as_it_is(client, editor, teacher, events, sentosa_wire, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, query="from=2019", pinned=[singapore.pk], notes={singapore.pk: "The first summit."})
    _merge(client, editor, singapore, duplicate)
    new = _split(client, editor, sentosa_wire)
    assert _cards(client, share) == {"Singapore summit": "The first summit.", "Hanoi summit": ""}
    assert not share.items.filter(event=new).exists()


@pytest.mark.parametrize("mode", MODES)
def test_a_survivor_pinned_in_only_for_the_merged_away_event_leaves_the_share_again(client, editor, teacher, events,
                                                                                   sentosa_wire, mode):
    # The visit (2017) is outside the share's "from 2018": the merge pinned it in for the Sentosa card.
    duplicate, visit = events["duplicate"], events["visit"]
    share = _share(teacher, mode, notes={duplicate.pk: "Look at the handshake."})
    _merge(client, editor, visit, duplicate)
    new = _split(client, editor, sentosa_wire)
    assert _cards(client, share) == {
        "Singapore summit": "",
        "Trump and Kim meet on Sentosa": "Look at the handshake.",
        "Hanoi summit": "",
    }
    assert not share.items.filter(event=visit).exists()
    assert share.items.get(event=new).class_note == "Look at the handshake."


@pytest.mark.parametrize("mode", MODES)
def test_a_left_out_event_split_back_out_is_left_out_again(client, editor, teacher, events, sentosa_wire, mode):
    singapore, duplicate = events["singapore"], events["duplicate"]
    share = _share(teacher, mode, excluded=[duplicate.pk], notes={duplicate.pk: "Same summit as above."})
    _merge(client, editor, singapore, duplicate)
    new = _split(client, editor, sentosa_wire)
    assert _cards(client, share) == {"Singapore summit": "", "Hanoi summit": ""}
    item = share.items.get(event=new)
    assert item.excluded and item.class_note == "Same summit as above."
    assert not share.items.filter(event=singapore).exclude(class_note="").exists()


def test_a_split_locks_the_shares_it_gives_a_card_back_and_no_other(client, editor, teacher, events, sentosa_wire):
    singapore, duplicate, hanoi = events["singapore"], events["duplicate"], events["hanoi"]
    noted = _share(teacher, "frozen", notes={duplicate.pk: "Look at the handshake."})
    unrelated = _share(teacher, "live", query="from=2019", notes={hanoi.pk: "The second summit."})
    _merge(client, editor, singapore, duplicate)
    unrelated_before = (_state(unrelated), SharedTimeline.objects.get(pk=unrelated.pk).updated_at)
    with CaptureQueriesContext(connection) as queries:
        new = _split(client, editor, sentosa_wire)
    # Only the share the merge rewrote is locked (a teacher's save of the other one goes on meanwhile)...
    assert _locked_share_ids(queries.captured_queries) == [{noted.pk}]
    assert noted.items.get(event=new).class_note == "Look at the handshake."
    # ...and the other is not touched.
    assert (_state(unrelated), SharedTimeline.objects.get(pk=unrelated.pk).updated_at) == unrelated_before


def test_a_split_of_a_source_another_split_moved_while_it_waited_starts_again(events, sentosa_wire, monkeypatch):
    # Two editors split the same source at once, and neither locks a share (no share held the merged-away event):
    # the second read the source before waiting for its event. Simulated by the first split running inside the
    # second, just before it takes the event. Found moved, the second starts again (here its restart also undoes
    # the first, which ran in its transaction, and the retry splits it; on two connections the retry would find
    # nothing left to split). Either way the source is split out once, never again out of its new event.
    services.merge_events(keep_id=events["singapore"].pk, other_id=events["duplicate"].pk)
    EventSourceFactory(event=events["singapore"])  # still more than one source once the wire is split out
    before = set(Event.objects.values_list("pk", flat=True))
    real, raced = services._claim_version, []

    def after_another_split(pk, loaded_version):
        if not raced:
            raced.append(pk)
            services.split_source(source_id=sentosa_wire.pk)
        return real(pk, loaded_version)

    monkeypatch.setattr(services, "_claim_version", after_another_split)
    services.split_source(source_id=sentosa_wire.pk)
    created = set(Event.objects.values_list("pk", flat=True)) - before
    assert len(created) == 1
    assert EventSource.objects.get(pk=sentosa_wire.pk).event_id in created
    assert all(Event.objects.get(pk=pk).sources.exists() for pk in created)
