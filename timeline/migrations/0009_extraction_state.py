# Documents record whether their events are extracted, being extracted by the task worker, or failed to extract.

from django.db import migrations, models


def mark_waiting_uploads_pending(apps, schema_editor):
    """Every stored document is extracted (the field's default), except uploads with no hash yet.

    Those are still waiting for the task worker: before 0010, an upload kept an empty hash until it was extracted
    (0010 gives them their text's hash; since then Document.extraction alone says whether one is). The worker marks
    them done, or failed now that a failure is recorded, when it gets to them.
    """
    Document = apps.get_model("timeline", "Document")
    Document.objects.filter(text_hash="").update(extraction="pending")


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0008_share_merge_records'),
    ]

    operations = [
        migrations.AddField(
            model_name='document',
            name='extraction',
            field=models.CharField(choices=[('pending', 'being extracted'), ('failed', 'extraction failed'), ('done', 'extracted')], default='done', max_length=10),
        ),
        migrations.AddField(
            model_name='document',
            name='extraction_error',
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.RunPython(mark_waiting_uploads_pending, migrations.RunPython.noop),
    ]
