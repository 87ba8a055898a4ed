"""Migration 0010: uploads are hashed when stored, and record when their extraction was last queued."""

import datetime
from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone

from tests.factories import DocumentFactory
from timeline.models import Document, Extraction

migration = import_module("timeline.migrations.0010_upload_hash_queue_time_private_notes")

pytestmark = pytest.mark.django_db


def test_uploads_not_yet_extracted_were_queued_when_they_last_changed():
    pending = DocumentFactory(extraction=Extraction.PENDING)
    failed = DocumentFactory(extraction=Extraction.FAILED)
    extracted = DocumentFactory()
    then = timezone.now() - datetime.timedelta(hours=3)
    Document.objects.update(updated_at=then)

    migration.backfill_queued_at(apps, None)

    queued = dict(Document.objects.values_list("pk", "extraction_queued_at"))
    assert queued == {pending.pk: then, failed.pk: then, extracted.pk: None}


def test_uploads_stored_without_a_hash_get_their_texts_and_extracted_documents_keep_theirs():
    # As 0009 left them: an upload not yet extracted had an empty hash.
    pending = DocumentFactory(text="Pending text.", text_hash="", extraction=Extraction.PENDING)
    failed = DocumentFactory(text="Failed text, Sergueï Lavrov.", text_hash="", extraction=Extraction.FAILED)
    extracted = DocumentFactory(text="Extracted text.")

    migration.hash_waiting_uploads(apps, None)

    hashes = dict(Document.objects.values_list("pk", "text_hash"))
    assert hashes == {pending.pk: Document.hash_text("Pending text."),
                      failed.pk: Document.hash_text("Failed text, Sergueï Lavrov."),
                      extracted.pk: Document.hash_text("Extracted text.")}


def test_undone_the_uploads_not_yet_extracted_lose_their_hash_again():
    pending = DocumentFactory(extraction=Extraction.PENDING)
    extracted = DocumentFactory()

    migration.unhash_waiting_uploads(apps, None)

    assert Document.objects.get(pk=pending.pk).text_hash == ""
    assert Document.objects.get(pk=extracted.pk).text_hash == Document.hash_text(extracted.text)
