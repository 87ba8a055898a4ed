"""An editor's merge locks the rows of the shares it rewrites, the ones holding the merged-away event, and no others.

A share holds an event as an item of its own (a pin, a "leave out", a class note, a frozen copy) or, live, by its
saved filters, which are a querystring only the filter form can apply: the merge finds those shares by applying
them (shares.shares_holding), locks their rows, and checks under its events' locks that it found them all. Every
other share's teacher saves as usual meanwhile.
"""

import re
import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.views.test_share_merged_events import _share
from tests.views.test_share_merged_events import events, kim  # noqa: F401 (fixtures)
from timeline import services, shares
from timeline.models import SharedTimeline, SharedTimelineItem, ShareMerge

ON_POSTGRESQL = pytest.mark.skipif(connection.vendor != "postgresql",
                                   reason="row locks; SQLite serialises writing transactions")


@pytest.fixture
def three_shares(teacher, events):
    """A frozen share with a note on the event merged away, a live one showing it by its filters alone, and a live
    one from 2019 that shows neither event (it holds only Hanoi, with a note)."""
    duplicate, hanoi = events["duplicate"], events["hanoi"]
    return {
        "noted": _share(teacher, "frozen", notes={duplicate.pk: "Look at the handshake."}),
        "matching": _share(teacher, "live"),
        "unrelated": _share(teacher, "live", query="from=2019", notes={hanoi.pk: "The second summit."}),
    }


def _locked_share_ids(queries) -> list[set[int] | None]:
    """The shares each lock on share rows names (None: every share), from the SQL the merge ran."""
    locks = []
    for query in queries:
        sql = query["sql"]
        if not re.match(r'SELECT "timeline_sharedtimeline"\."id"( AS "pk")? FROM "timeline_sharedtimeline"', sql):
            continue
        if connection.features.has_select_for_update and "FOR UPDATE" not in sql:
            continue
        named = re.search(r'"timeline_sharedtimeline"\."id" (?:IN \(([^)]*)\)|= (\d+))', sql)
        locks.append({int(n) for n in (named[1] or named[2]).split(",")} if named else None)
    return locks


def _state(share: SharedTimeline) -> list[tuple]:
    return sorted(share.items.values_list("event_id", "class_note", "pinned", "excluded", "snapshot"), key=str)


def test_a_merge_locks_and_rewrites_the_shares_holding_the_merged_away_event_and_no_other(three_shares, events):
    singapore, duplicate = events["singapore"], events["duplicate"]
    noted, matching, unrelated = three_shares["noted"], three_shares["matching"], three_shares["unrelated"]
    unrelated_before = (_state(unrelated), SharedTimeline.objects.get(pk=unrelated.pk).updated_at)
    with CaptureQueriesContext(connection) as queries:
        services.merge_events(keep_id=singapore.pk, other_id=duplicate.pk)
    assert _locked_share_ids(queries.captured_queries) == [{noted.pk, matching.pk}]
    # The two holding it were rewritten: the note is on the survivor's card, and each keeps a record for a split.
    assert noted.items.get(event=singapore).class_note == "Look at the handshake."
    assert set(ShareMerge.objects.values_list("share_id", flat=True)) == {noted.pk, matching.pk}
    # The other was not touched: neither its items nor its row.
    assert (_state(unrelated), SharedTimeline.objects.get(pk=unrelated.pk).updated_at) == unrelated_before


def test_a_share_given_the_event_before_the_merge_locks_it_is_locked_and_folded_too(three_shares, events,
                                                                                   monkeypatch):
    # The merge's first look finds two shares; a teacher's save then pins the event in the third before the merge
    # takes its locks. The merge's read under its locks finds the third, and it starts again locking all three.
    singapore, duplicate = events["singapore"], events["duplicate"]
    unrelated = three_shares["unrelated"]
    real = shares.shares_holding

    def then_a_teacher_pins_it(event_id, *args):
        held = real(event_id, *args)
        if not SharedTimelineItem.objects.filter(share=unrelated, event=duplicate).exists():
            shares.save_share(share=unrelated, notes={}, excluded=[], pinned=[duplicate.pk], freeze=False)
        return held

    monkeypatch.setattr(shares, "shares_holding", then_a_teacher_pins_it)
    with CaptureQueriesContext(connection) as queries:
        services.merge_events(keep_id=singapore.pk, other_id=duplicate.pk)
    noted, matching = three_shares["noted"].pk, three_shares["matching"].pk
    # (the first lock is the teacher's save's, of its own share)
    assert _locked_share_ids(queries.captured_queries) == [{unrelated.pk}, {noted, matching},
                                                           {noted, matching, unrelated.pk}]
    # Its pin went to the survivor with the merge, as the merge folds any share's.
    assert unrelated.items.get(event=singapore).pinned
    assert not unrelated.items.filter(event_id=duplicate.pk).exists()


def _in_thread(work) -> tuple[threading.Thread, list]:
    """Run ``work`` on a connection of its own; its result (or the exception it raised) ends up in the list."""
    outcome = []

    def run():
        try:
            outcome.append(work())
        except Exception as exc:  # noqa: BLE001 (reported to the test, which asserts there is none)
            outcome.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.fixture
def paused_merge(events, monkeypatch):
    """An editor's merge of the Sentosa report into the Singapore summit, paused once it holds its locks."""
    reached, release = threading.Event(), threading.Event()
    real = shares.fold_merged_items

    def paused(*args, **kwargs):
        reached.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(shares, "fold_merged_items", paused)
    merge, merged = _in_thread(lambda: services.merge_events(keep_id=events["singapore"].pk,
                                                             other_id=events["duplicate"].pk))
    assert reached.wait(10)
    yield release
    release.set()
    merge.join(10)
    assert merged and not isinstance(merged[0], Exception), merged


def _save_note(share: SharedTimeline, event_id: int, note: str, *, pinned=()):
    return lambda: shares.save_share(share=SharedTimeline.objects.get(pk=share.pk), notes={event_id: note},
                                     excluded=[], pinned=pinned, freeze=False)


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True)
def test_during_a_merge_a_teacher_saves_a_share_it_does_not_hold_at_once_and_one_it_holds_after_it(three_shares,
                                                                                                  events,
                                                                                                  paused_merge):
    hanoi, duplicate, singapore = events["hanoi"], events["duplicate"], events["singapore"]
    unrelated, noted = three_shares["unrelated"], three_shares["noted"]
    free, free_done = _in_thread(_save_note(unrelated, hanoi.pk, "Compare with Singapore."))
    free.join(5)
    assert not free.is_alive() and not isinstance(free_done[0], Exception), "an unrelated share's save does not wait"
    held, held_done = _in_thread(_save_note(noted, duplicate.pk, "Look at the flags."))
    held.join(1)
    assert held.is_alive(), "a save of a share the merge rewrites waits for the merge"
    paused_merge.set()
    held.join(10)
    assert held_done and not isinstance(held_done[0], Exception), held_done
    assert unrelated.items.get(event=hanoi).class_note == "Compare with Singapore."
    # The stale save ran after the merge: its note on the merged-away event went onto the survivor's card.
    assert noted.items.get(event=singapore).class_note == "Look at the handshake.\n\nLook at the flags."


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True)
def test_pinning_the_event_being_merged_in_a_share_the_merge_does_not_lock_pins_the_survivor(three_shares, events,
                                                                                           paused_merge):
    # The save does not wait for the share (the merge has not locked it) but for the event, then finds it gone.
    singapore, duplicate, hanoi = events["singapore"], events["duplicate"], events["hanoi"]
    unrelated = three_shares["unrelated"]
    save, saved = _in_thread(_save_note(unrelated, hanoi.pk, "The second summit.", pinned=[duplicate.pk]))
    save.join(1)
    assert save.is_alive(), "a save naming the event being merged waits for the merge"
    paused_merge.set()
    save.join(10)
    assert saved and not isinstance(saved[0], Exception), saved
    assert unrelated.items.get(event=singapore).pinned
    assert not unrelated.items.filter(event_id=duplicate.pk).exists()
