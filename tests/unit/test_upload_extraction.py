"""An upload's way through the task worker at the service level: hashed when stored, extracted once, and never
written for once it is deleted."""

import datetime

import pytest

from tests.factories import DocumentFactory
from timeline import services
from timeline.loading import DocumentInput
from timeline.models import Document, Event, EventSource, Extraction
from timeline.tasks import extract_document

pytestmark = pytest.mark.django_db

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."


@pytest.fixture
def no_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}


def upload(key: str = "upload-1") -> DocumentInput:
    return DocumentInput(key=key, title="Two summits", published=datetime.date(2019, 3, 1), text=ARTICLE)


def test_an_upload_is_stored_with_its_texts_hash_and_pending_says_it_waits(editor, no_worker):
    document = services.add_document(data=upload(), user=editor)
    document.refresh_from_db()
    assert (document.text_hash, document.extraction) == (Document.hash_text(ARTICLE), Extraction.PENDING)


def test_a_pending_upload_with_its_hash_is_still_extracted_by_its_task(editor, no_worker):
    document = services.add_document(data=upload(), user=editor)
    assert extract_document.call(document.pk) == 2
    document.refresh_from_db()
    assert document.extraction == Extraction.DONE
    assert Event.objects.filter(sources__document=document).count() == 2


def test_a_failed_upload_tried_again_is_extracted_though_its_text_is_unchanged(editor, no_worker):
    document = services.add_document(data=upload(), user=editor)
    services.record_extraction_failure(document_id=document.pk, error=ValueError("boom"))
    assert services.retry_extraction(document=document)
    assert extract_document.call(document.pk) == 2
    assert Document.objects.get(pk=document.pk).extraction == Extraction.DONE


def test_re_ingesting_an_extracted_document_unchanged_changes_nothing(editor, no_worker):
    document = services.add_document(data=upload(), user=editor)
    extract_document.call(document.pk)
    events = list(Event.objects.values_list("pk", "updated_at"))
    assert extract_document.call(document.pk) == 0
    assert services.ingest_document(upload()).outcome == "unchanged"
    assert list(Event.objects.values_list("pk", "updated_at")) == events


def test_an_upload_deleted_while_it_is_extracted_gets_nothing_stored(editor, no_worker, monkeypatch):
    document = services.add_document(data=upload(), user=editor)
    real = services.extract

    def extract_while_an_editor_deletes_it(*args):
        Document.objects.filter(pk=document.pk).delete()  # a stalled upload's task running after all, meanwhile
        return real(*args)

    monkeypatch.setattr(services, "extract", extract_while_an_editor_deletes_it)
    assert extract_document.call(document.pk) == 0
    assert not Document.objects.exists()
    assert not Event.objects.exists() and not EventSource.objects.exists()


def test_ingesting_for_an_upload_that_is_gone_stores_nothing_under_its_key(editor, no_worker):
    document = services.add_document(data=upload(), user=editor)
    Document.objects.filter(pk=document.pk).delete()
    result = services.ingest_document(upload(), upload_id=document.pk)
    assert (result.document, result.outcome, result.events_created) == (None, "gone", 0)
    assert not Document.objects.exists() and not Event.objects.exists()
