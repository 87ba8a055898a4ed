"""Deleting a failed or stalled upload: checked again under the document's lock, so an upload whose task stored its
events meanwhile is kept with them (the editor is told why) rather than deleted from under their sources."""

import datetime
import threading

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from tests.factories import DocumentFactory
from timeline import services
from timeline.models import Document, Event, EventSource, Extraction
from timeline.tasks import extract_document

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."


def stalled_upload(title: str = "Two summits") -> Document:
    document = DocumentFactory(title=title, text=ARTICLE, extraction=Extraction.PENDING)
    since = timezone.now() - datetime.timedelta(hours=1)
    Document.objects.filter(pk=document.pk).update(updated_at=since, extraction_queued_at=since)
    return document


@pytest.fixture
def threshold(settings):
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=10)


@pytest.mark.django_db
def test_an_upload_extracted_after_its_page_was_loaded_is_kept_and_the_editor_told_why(client, editor, threshold):
    document = stalled_upload()
    client.force_login(editor)
    page = client.get(f"/review/?document={document.pk}").content.decode()
    assert f'action="/documents/{document.pk}/delete/"' in page
    # Its task, stalled until now, stores the events before the editor presses "Delete this upload".
    assert extract_document.call(document.pk) > 0

    response = client.post(f"/documents/{document.pk}/delete/", follow=True)
    assert response.redirect_chain[-1][0] == f"/review/?document={document.pk}"
    assert "“Two summits” was not deleted: its extraction is not failed or stuck any more (it is now extracted)." in (
        response.content.decode()
    )
    assert Document.objects.filter(pk=document.pk, extraction=Extraction.DONE).exists()
    assert Event.objects.exists() and not Event.objects.filter(sources=None).exists()


@pytest.mark.django_db
def test_deleting_an_upload_that_is_already_gone_is_not_found(client, editor, threshold):
    document = stalled_upload()
    client.force_login(editor)
    assert client.post(f"/documents/{document.pk}/delete/").status_code == 302
    assert client.post(f"/documents/{document.pk}/delete/").status_code == 404


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks; SQLite serialises writing transactions")
def test_a_delete_pressed_while_the_task_stores_the_events_waits_for_it_and_keeps_them(editor, threshold, monkeypatch):
    document = stalled_upload()
    reached, release = threading.Event(), threading.Event()
    real = services.source_fingerprint

    def paused(*args, **kwargs):
        # Inside ingest_document's transaction, the document locked and marked extracted, its events not yet stored.
        reached.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "source_fingerprint", paused)
    task = threading.Thread(target=lambda: (extract_document.call(document.pk), connection.close()))
    task.start()
    assert reached.wait(10)

    editor_client, responses = Client(), []
    editor_client.force_login(editor)

    def press_delete():
        try:
            responses.append(editor_client.post(f"/documents/{document.pk}/delete/"))
        finally:
            connection.close()

    deleting = threading.Thread(target=press_delete)
    deleting.start()
    deleting.join(1)
    assert deleting.is_alive(), "the delete should wait for the task's lock on the document"
    release.set()
    task.join(10)
    deleting.join(10)

    assert [r.status_code for r in responses] == [302]
    assert Document.objects.filter(pk=document.pk, extraction=Extraction.DONE).exists()
    assert EventSource.objects.filter(document=document).exists()
    assert not Event.objects.filter(sources=None).exists()
