from django.db import migrations


def reinstall_and_recount(apps, schema_editor):
    # Adds the span tallies, their triggers and the (status, precision, date_start) index, and recounts every tally.
    from timeline import search_index

    search_index.install(schema_editor.connection, rebuild=True)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0002_browse_tallies_and_search")]

    operations = [migrations.RunPython(reinstall_and_recount, migrations.RunPython.noop)]
