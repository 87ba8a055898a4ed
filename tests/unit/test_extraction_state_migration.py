"""Migration 0009: documents record where their extraction stands; the ones already stored are extracted."""

from importlib import import_module

import pytest
from django.apps import apps

from tests.factories import DocumentFactory
from timeline.models import Document, Extraction

migration = import_module("timeline.migrations.0009_extraction_state")


def test_a_document_stored_before_the_migration_is_extracted():
    [add_state] = [op for op in migration.Migration.operations if getattr(op, "name", "") == "extraction"]
    # The value every existing row gets when the column is added.
    assert add_state.field.default == Extraction.DONE


@pytest.mark.django_db
def test_only_an_upload_still_without_a_hash_is_left_pending():
    extracted = DocumentFactory()
    # As the column's default leaves an upload the worker had not yet reached.
    waiting = DocumentFactory(text_hash="", extraction=Extraction.DONE)

    migration.mark_waiting_uploads_pending(apps, None)

    assert Document.objects.get(pk=extracted.pk).extraction == Extraction.DONE
    assert Document.objects.get(pk=waiting.pk).extraction == Extraction.PENDING
