# Uploads are hashed when stored (an empty hash no longer marks one as pending: Document.extraction alone says so),
# and record when their extraction was last queued, so an editor's save does not restart the clock that tells a lost
# task; a note created without a visibility is its author's alone (the field's default was "everyone").

import hashlib

from django.db import migrations, models


def hash_waiting_uploads(apps, schema_editor):
    """Give the uploads stored with no hash (pending or failed: services.PENDING_EXTRACTION was "") their text's.

    Hashed here in Python, as Document.hash_text hashes (SHA-256 of the UTF-8 text), so the same on SQLite and
    PostgreSQL; a few rows at most, read in batches so a large text table is never held in memory at once.
    """
    Document = apps.get_model("timeline", "Document")
    waiting = Document.objects.filter(text_hash="").only("pk", "text").order_by("pk")
    batch = []
    for document in waiting.iterator(chunk_size=200):
        document.text_hash = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
        batch.append(document)
        if len(batch) == 200:
            Document.objects.bulk_update(batch, ["text_hash"])
            batch = []
    Document.objects.bulk_update(batch, ["text_hash"])


def unhash_waiting_uploads(apps, schema_editor):
    """Back to 0009's mark: an upload not (yet) extracted has no hash, which its upload form and ingest expect."""
    Document = apps.get_model("timeline", "Document")
    Document.objects.exclude(extraction="done").update(text_hash="")


def backfill_queued_at(apps, schema_editor):
    """Uploads not yet extracted (pending or failed) were last queued when they last changed: the best time known.

    Until now updated_at was the stalled clock (add_document saved the row, retry_extraction set it). Extracted
    documents are left without a time: whether the ingest command or the task worker extracted them is not recorded.
    """
    Document = apps.get_model("timeline", "Document")
    Document.objects.exclude(extraction="done").update(extraction_queued_at=models.F("updated_at"))


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0009_extraction_state'),
    ]

    # Schema first, data after: PostgreSQL refuses to alter a table in the transaction that has just updated it
    # while its rows have pending trigger events.
    operations = [
        migrations.AddField(
            model_name='document',
            name='extraction_queued_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        # Only the Python-side default changes: existing notes keep the visibility they were saved with.
        migrations.AlterField(
            model_name='annotation',
            name='visibility',
            field=models.CharField(choices=[('private', 'only me'), ('editors', 'editors'), ('public', 'everyone')], default='private', max_length=10),
        ),
        migrations.RunPython(hash_waiting_uploads, unhash_waiting_uploads),
        migrations.RunPython(backfill_queued_at, migrations.RunPython.noop),
    ]
