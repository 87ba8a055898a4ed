"""Document.extraction_state: where a document's extraction stands, in the one set of words the document page, the
review queue and a refused highlight say it in; a pending upload waited on for settings.EXTRACTION_STALLED_AFTER
or longer is stuck."""

import datetime
from unittest import mock

import pytest

from tests.factories import DocumentFactory
from timeline.models import Document, Extraction, ExtractionState

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2025, 9, 22, 12, 0, tzinfo=datetime.UTC)
THRESHOLD = datetime.timedelta(minutes=10)
MOMENT = datetime.timedelta(seconds=5)


@pytest.fixture(autouse=True)
def threshold(settings):
    settings.EXTRACTION_STALLED_AFTER = THRESHOLD


@pytest.fixture
def now():
    """The clock Document.stalled and DocumentQuerySet.needing_an_editor read, stopped at NOW."""
    with mock.patch("django.utils.timezone.now", return_value=NOW):
        yield NOW


def document(extraction: str, queued: datetime.datetime | None, updated: datetime.datetime = NOW) -> Document:
    row = DocumentFactory(extraction=extraction)
    # .update(): save() would set updated_at (auto_now) to the clock.
    Document.objects.filter(pk=row.pk).update(extraction_queued_at=queued, updated_at=updated)
    row.refresh_from_db()
    return row


@pytest.mark.parametrize(("extraction", "waited", "state", "sentence"), [
    (Extraction.PENDING, MOMENT, ExtractionState.PENDING, "its events are still being extracted"),
    (Extraction.PENDING, THRESHOLD * 3, ExtractionState.STUCK, "its extraction seems stuck"),
    (Extraction.FAILED, MOMENT, ExtractionState.FAILED, "its extraction failed"),
    # Failed stays failed, done stays done, however long ago they were queued: only a pending upload can stall.
    (Extraction.FAILED, THRESHOLD * 3, ExtractionState.FAILED, "its extraction failed"),
    (Extraction.DONE, THRESHOLD * 3, ExtractionState.DONE, "its events are extracted"),
])
def test_each_state_and_the_sentence_that_says_it(now, extraction, waited, state, sentence):
    upload = document(extraction, queued=now - waited)
    assert upload.extraction_state is state
    assert upload.extraction_state.sentence == sentence


def test_a_document_the_ingest_command_extracted_in_place_is_extracted():
    assert DocumentFactory().extraction_state is ExtractionState.DONE


@pytest.mark.parametrize(("waited", "state"), [
    (THRESHOLD - datetime.timedelta(microseconds=1), ExtractionState.PENDING),
    (THRESHOLD, ExtractionState.STUCK),  # at the threshold itself it is stuck, as needing_an_editor counts it
    (THRESHOLD + datetime.timedelta(microseconds=1), ExtractionState.STUCK),
])
def test_a_pending_upload_turns_stuck_at_the_threshold(now, waited, state):
    upload = document(Extraction.PENDING, queued=now - waited)
    assert upload.extraction_state is state
    # The queue's list of uploads that need an editor agrees with it on either side of the boundary.
    assert Document.objects.needing_an_editor().filter(pk=upload.pk).exists() is state.needs_an_editor


def test_the_clock_runs_from_when_it_was_last_queued_not_from_its_last_change(now):
    # Queued long ago, retitled by an editor a moment ago: still stuck.
    assert document(Extraction.PENDING, queued=now - THRESHOLD, updated=now).extraction_state is ExtractionState.STUCK
    # Never queued (stored before queue times were recorded): its last change is the best time known.
    assert document(Extraction.PENDING, queued=None, updated=now - THRESHOLD).extraction_state is ExtractionState.STUCK
    assert (document(Extraction.PENDING, queued=None, updated=now - THRESHOLD / 2).extraction_state
            is ExtractionState.PENDING)


def test_it_is_read_anew_as_time_passes(now):
    upload = document(Extraction.PENDING, queued=now - THRESHOLD / 2)
    assert upload.extraction_state is ExtractionState.PENDING
    with mock.patch("django.utils.timezone.now", return_value=now + THRESHOLD / 2):
        assert upload.extraction_state is ExtractionState.STUCK


def test_only_a_failed_or_stuck_upload_needs_an_editor():
    assert {state for state in ExtractionState if state.needs_an_editor} == {ExtractionState.FAILED,
                                                                              ExtractionState.STUCK}


def test_its_label_is_the_short_form_a_badge_shows_and_agrees_with_extraction():
    assert ExtractionState.STUCK.label == "extraction seems stuck"
    for extraction in Extraction:
        assert ExtractionState(extraction.value).label == extraction.label


def test_a_template_compares_it_with_its_value_and_reads_its_sentence():
    from django.template import Context, Template

    template = Template('{% if state == "stuck" %}{{ state.sentence|capfirst }}; {{ state.label }}{% endif %}')
    said = template.render(Context({"state": ExtractionState.STUCK}))
    assert said == "Its extraction seems stuck; extraction seems stuck"
