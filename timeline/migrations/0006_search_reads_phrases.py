from django.db import migrations

# The tsvector column as 0005 made it, for going back.
PLAIN_COLUMN = (
    "ALTER TABLE timeline_event ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('timeline_english', coalesce(title, '') || ' ' || coalesce(sentence, ''))) STORED"
)


def remake_search_column(apps, schema_editor):
    # PostgreSQL only (FTS5 has always read words and columns this way). For phrase search the column reads
    # punctuation as a space and weighs the title apart from the sentence (search_index.PG_SEARCH_VECTOR); a
    # generated column's expression cannot be altered before PostgreSQL 17, so it is dropped (its GIN index with
    # it) and made again by install, and PostgreSQL recomputes it from every event.
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from timeline import search_index

    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search")
    search_index.install(connection)


def back_to_plain_column(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search")
        cursor.execute(PLAIN_COLUMN)
        cursor.execute("CREATE INDEX timeline_event_search ON timeline_event USING GIN (search)")


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0005_search_keeps_stop_words"),
    ]

    operations = [
        migrations.RunPython(remake_search_column, back_to_plain_column),
    ]
