"""Migration 0010: uploads record when their extraction was last queued (until then, their last change was that)."""

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
