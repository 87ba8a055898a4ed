# A note created without a visibility is its author's alone (the field's default was "everyone").

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0009_extraction_state'),
    ]

    operations = [
        # Only the Python-side default changes: existing notes keep the visibility they were saved with.
        migrations.AlterField(
            model_name='annotation',
            name='visibility',
            field=models.CharField(choices=[('private', 'only me'), ('editors', 'editors'), ('public', 'everyone')], default='private', max_length=10),
        ),
    ]
