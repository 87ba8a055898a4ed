"""The editors' services: version-checked edits, one history row per change, merge/split and re-ingest."""

import datetime

import pytest

from tests.factories import ActorFactory, EventFactory, EventSourceFactory
from timeline import services
from timeline.loading import DocumentInput
from timeline.models import Event, Status

pytestmark = pytest.mark.django_db


def test_an_edit_from_the_current_version_applies_and_leaves_one_history_row(editor):
    event = EventFactory()
    rows = event.history.count()
    services.edit_event(
        event_id=event.pk,
        loaded_version=1,
        changes={"title": "New"},
        actors=[ActorFactory()],
        user=editor,
        reason="Typo",
    )
    event.refresh_from_db()
    assert (event.title, event.version, event.curated) == ("New", 2, True)
    assert event.history.count() == rows + 1
    latest = event.history.first()
    assert (latest.title, latest.history_user, latest.history_change_reason, latest.actors.count()) == (
        "New",
        editor,
        "Typo",
        1,
    )


def test_an_edit_from_an_old_version_raises_a_conflict_carrying_the_current_event():
    event = EventFactory()
    services.edit_event(event_id=event.pk, loaded_version=1, changes={"title": "First"})
    with pytest.raises(services.EditConflict) as caught:
        services.edit_event(event_id=event.pk, loaded_version=1, changes={"title": "Second"})
    assert (caught.value.current.title, caught.value.current.version) == ("First", 2)
    event.refresh_from_db()
    assert event.title == "First"


def test_fields_outside_the_editable_set_are_refused():
    event = EventFactory()
    with pytest.raises(ValueError, match="not editable: curated, version"):
        services.edit_event(event_id=event.pk, loaded_version=1, changes={"version": 9, "curated": False})


def test_a_long_reason_is_cut_to_the_history_column():
    event = EventFactory()
    services.edit_event(event_id=event.pk, loaded_version=1, changes={"title": "x"}, reason="r" * 300)
    assert len(event.history.first().history_change_reason) == services.REASON_MAX_LENGTH


def test_a_curated_event_keeps_the_editors_date_when_its_document_is_ingested_again(editor):
    text = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018."
    data = DocumentInput(key="curated.txt", title="Curated", published=datetime.date(2018, 6, 20), text=text)
    document = services.ingest_document(data).document
    event = Event.objects.get(sources__document=document)
    services.edit_event(
        event_id=event.pk,
        loaded_version=event.version,
        changes={
            "date_start": datetime.date(2018, 6, 11),
            "date_end": datetime.date(2018, 6, 12),
            "date_text": "11-12 June 2018",
        },
        user=editor,
        reason="Two days of talks",
    )
    services.ingest_document(
        DocumentInput(
            key="curated.txt",
            title="Curated",
            published=datetime.date(2018, 6, 20),
            text=text + "\n\nNo further comment was made.",
        )
    )
    event.refresh_from_db()
    assert (event.date_start, event.date_end) == (datetime.date(2018, 6, 11), datetime.date(2018, 6, 12))


def test_a_merged_event_is_found_again_by_both_documents_on_re_ingest():
    text_a = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018."
    text_b = "On 12 June 2018, Trump and Kim held a summit in Singapore."
    a = services.ingest_document(
        DocumentInput(key="a.txt", title="A", published=datetime.date(2018, 6, 20), text=text_a)
    ).document
    b = services.ingest_document(
        DocumentInput(key="b.txt", title="B", published=datetime.date(2018, 6, 20), text=text_b)
    ).document
    keep, other = Event.objects.get(sources__document=a), Event.objects.get(sources__document=b)
    services.merge_events(keep_id=keep.pk, other_id=other.pk)
    result = services.ingest_document(
        DocumentInput(
            key="b.txt",
            title="B",
            published=datetime.date(2018, 6, 20),
            text=text_b + "\n\nNo further comment was made.",
        )
    )
    assert result.events_created == 0
    assert Event.objects.count() == 1 and keep.sources.count() == 2


def test_publishing_several_events_records_each():
    events = [EventSourceFactory(event=EventFactory(status=Status.PROPOSED)).event for _ in range(2)]
    services.set_event_status(event_ids=[e.pk for e in events], status=Status.PUBLISHED, reason="Checked")
    for event in events:
        event.refresh_from_db()
        assert (event.status, event.version, event.history.first().history_change_reason) == ("published", 2, "Checked")


def test_adding_a_document_stores_it_and_extracts_its_events(editor):
    data = DocumentInput(
        key="upload-x",
        title="Up",
        published=datetime.date(2019, 3, 1),
        text="Trump and Kim met in Hanoi on 27 February 2019.",
    )
    document = services.add_document(data=data, user=editor)
    document.refresh_from_db()
    assert document.text_hash == document.hash_text(data.text)
    event = Event.objects.get(sources__document=document)
    assert (event.status, event.date_start) == (Status.PROPOSED, datetime.date(2019, 2, 27))


@pytest.mark.django_db(transaction=True)
def test_of_two_simultaneous_saves_from_the_same_version_exactly_one_wins():
    import threading

    from django.db import connection

    event = EventFactory()
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(title: str) -> None:
        try:
            barrier.wait()
            services.edit_event(event_id=event.pk, loaded_version=1, changes={"title": title})
            outcomes[title] = "saved"
        except services.EditConflict:
            outcomes[title] = "conflict"
        except Exception as exc:  # noqa: BLE001 - reported in the assertion below
            outcomes[title] = repr(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(title,)) for title in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    losers = sorted(outcome for outcome in outcomes.values() if outcome != "saved")
    assert len(outcomes) == 2 and len(losers) == 1
    if connection.vendor == "sqlite":
        # SQLite's in-memory test database (shared cache) locks tables instead of waiting out the busy timeout
        # that the file database of a real site uses, so the loser may be refused by the lock instead.
        assert losers[0] in ("conflict", "OperationalError('database table is locked')")
    else:
        assert losers == ["conflict"]
    event.refresh_from_db()
    winner = next(title for title, outcome in outcomes.items() if outcome == "saved")
    assert (event.title, event.version) == (winner, 2)
    # Deleted here, not by the flush, so that the tally triggers (timeline.search_index) come back to zero.
    Event.objects.all().delete()
