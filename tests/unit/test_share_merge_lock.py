"""A teacher's save of a share and an editor's merge run one after the other, whichever starts first (PostgreSQL).

Each test holds one of the two inside its transaction, after it has taken its locks, starts the other in a second
thread, checks that it waits, and lets the first finish: the second then sees what the first committed. SQLite runs
one writing transaction at a time anyway, so these run only on the PostgreSQL path (DATABASE_URL, see .ci/run).
"""

import threading

import pytest
from django.db import connection

from tests.factories import EventFactory, EventSourceFactory
from timeline import services, shares
from timeline.models import SharedTimeline

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks; SQLite serialises writing transactions"),
]


@pytest.fixture
def summit(db, teacher):
    singapore, sentosa = EventFactory(title="Singapore summit"), EventFactory(title="Trump and Kim meet on Sentosa")
    for event in (singapore, sentosa):
        EventSourceFactory(event=event)
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018", mode="frozen")
    shares.save_share(share=share, notes={singapore.pk: "The first summit."}, excluded=(), pinned=(), freeze=True)
    return share, singapore, sentosa


def _in_thread(work, errors: list) -> threading.Thread:
    def run():
        try:
            work()
        except Exception as exc:  # noqa: BLE001 (reported by the test)
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _paused_after(monkeypatch, module, name: str) -> tuple[threading.Event, threading.Event]:
    """Make ``module.name`` stop after it ran until released; (reached, release)."""
    reached, release = threading.Event(), threading.Event()
    real = getattr(module, name)

    def paused(*args, **kwargs):
        result = real(*args, **kwargs)
        reached.set()
        assert release.wait(10)
        return result

    monkeypatch.setattr(module, name, paused)
    return reached, release


def _teacher_saves(share, sentosa):
    # The teacher's form, loaded before the merge, names the Sentosa report.
    notes = {sentosa.pk: "Look at the handshake."}
    return lambda: shares.save_share(share=SharedTimeline.objects.get(pk=share.pk), notes=notes, excluded=set(),
                                     pinned=set(), freeze=False)


def test_a_merge_waits_for_a_teachers_save_and_folds_the_note_it_wrote(monkeypatch, summit):
    share, singapore, sentosa = summit
    # Paused where the save has read the share's items (under its lock) and has yet to write them.
    reached, release = _paused_after(monkeypatch, shares, "items_by_event")
    errors = []
    save = _in_thread(_teacher_saves(share, sentosa), errors)
    assert reached.wait(10)
    merge = _in_thread(lambda: services.merge_events(keep_id=singapore.pk, other_id=sentosa.pk), errors)
    merge.join(0.5)
    assert merge.is_alive(), "the merge did not wait for the teacher's save"
    release.set()
    save.join(10)
    merge.join(10)
    assert not errors
    assert share.items.get(event=singapore).class_note == "The first summit.\n\nLook at the handshake."
    assert not share.items.filter(event=None).exists()


def test_a_teachers_save_waits_for_a_merge_and_puts_its_note_on_the_survivor(monkeypatch, summit):
    share, singapore, sentosa = summit
    # Paused where the merge has read which shares hold either event and has yet to fold their items.
    reached, release = _paused_after(monkeypatch, shares, "places_before_merge")
    errors = []
    merge = _in_thread(lambda: services.merge_events(keep_id=singapore.pk, other_id=sentosa.pk), errors)
    assert reached.wait(10)
    save = _in_thread(_teacher_saves(share, sentosa), errors)
    save.join(0.5)
    assert save.is_alive(), "the teacher's save did not wait for the merge"
    release.set()
    merge.join(10)
    save.join(10)
    assert not errors
    assert share.items.get(event=singapore).class_note == "The first summit.\n\nLook at the handshake."
