# Uploads record when their extraction was last queued, so an editor's save does not restart the clock that tells a
# lost task; a note created without a visibility is its author's alone (the field's default was "everyone").

from django.db import migrations, models


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

    operations = [
        migrations.AddField(
            model_name='document',
            name='extraction_queued_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(backfill_queued_at, migrations.RunPython.noop),
        # Only the Python-side default changes: existing notes keep the visibility they were saved with.
        migrations.AlterField(
            model_name='annotation',
            name='visibility',
            field=models.CharField(choices=[('private', 'only me'), ('editors', 'editors'), ('public', 'everyone')], default='private', max_length=10),
        ),
    ]
