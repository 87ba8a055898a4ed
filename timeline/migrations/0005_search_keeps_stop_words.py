from django.db import migrations

# The tsvector column as 0002 made it, for going back (an expression is fixed when a generated column is added).
ENGLISH_COLUMN = (
    "ALTER TABLE timeline_event ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || coalesce(sentence, ''))) STORED"
)


def remake_search_column(apps, schema_editor):
    # PostgreSQL only: SQLite's FTS5 index has never dropped a word or kept an accent. A generated column's
    # expression cannot be altered before PostgreSQL 17, so the column (and its GIN index with it) is dropped and
    # made again by install, in the configuration that keeps stop words and folds accents; PostgreSQL recomputes it
    # from every event's title and sentence.
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from timeline import search_index

    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search")
    search_index.install(connection)


def back_to_english_column(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from timeline import search_index

    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search")
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {search_index.PG_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {search_index.PG_STEMMER}")
        cursor.execute(ENGLISH_COLUMN)
        cursor.execute("CREATE INDEX timeline_event_search ON timeline_event USING GIN (search)")


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0004_actor_country"),
    ]

    operations = [
        migrations.RunPython(remake_search_column, back_to_english_column),
    ]
