"""Database-side indexes the browse page leans on: full-text search and event tallies, kept in sync by triggers.

Why triggers: every write path (ingest, editors' edits, imports, the admin, a bulk update) changes events through
the database, and a trigger sees them all without any of those paths having to remember a call.

- Full text: on SQLite an FTS5 table with external content (the event's title and sentence); on PostgreSQL a
  generated tsvector column with a GIN index, in a configuration that reads words as FTS5 does (PG_CONFIG). Actor
  names are matched through the small Actor table instead, so the same query means the same thing on both.
- Tallies (``EventTally``): counts of published events per start year, per category, per precision and per actor,
  per category-and-precision pair ("cube"), and per actor by cube and by year ("actorcube", "actoryear"), split by
  whether the event is asserted. With no filter but "show plans", the result count, the chart and every
  facet are read from a few hundred tally rows instead of counting 100,000 events on each request.
- Spans: for every event (published or not), how long its span is, per precision, in buckets of at most SPAN_BUCKETS
  days. A date-range filter asks "does the event overlap [from, to]?", which no single index answers; knowing that
  no day-precision event is longer than, say, 7 days turns it into one index range per precision on
  (status, precision, date_start, …), instead of every event that started before "to".

Django's SQLite backend rebuilds a table to alter it (copy, drop, rename), which drops its triggers: ``install``
is idempotent and runs after every ``migrate`` (see apps.py) so they come back. The rebuild copies rows
unchanged, so the FTS index stays right meanwhile. The tallies are recounted then too: ``flush`` (which the test
suite runs between browser tests, and which also sends post_migrate) empties the tables one by one in no set
order, so the triggers may count events down after their tally rows were already deleted.
"""

from __future__ import annotations

FTS_TABLE = "timeline_event_fts"
ANALYZE_FROM_EVENTS = 10_000
# PostgreSQL's "english" configuration drops stop words ("the", "of", "will", "no", "against", "who" ...) from the
# index and from a query, where a query left empty matches nothing, so "the summit" found no event; and it keeps
# accents, so "geneve" missed "Genève". FTS5 drops no word and folds accents (remove_diacritics). This configuration
# is "english" with the same Snowball stemmer minus its stop-word list, after the unaccent dictionary (a trusted
# extension shipped with PostgreSQL), so a query means the same on both databases and in frozen shares, which
# search in Python as FTS5 does.
PG_CONFIG = "timeline_english"
PG_STEMMER = "timeline_english_stem"


def _pg_words(column: str) -> str:
    # PostgreSQL's parser keeps punctuated words whole beside their parts ("Jong-un" is 'jong-un', 'jong', 'un' at
    # three positions) or only whole ("U.S." is one 'u.s', "example.org" one host name), where FTS5 and frozen
    # shares read two words side by side: the phrase "Kim Jong Un" or "U.S. envoy" would not be found. With
    # punctuation read as a space first, its words and their positions are theirs.
    return f"to_tsvector('{PG_CONFIG}', regexp_replace(coalesce({column}, ''), '[[:punct:]]+', ' ', 'g'))"


# Title and sentence weighed apart (A and B): a phrase must be matched within one of them, as FTS5 matches it
# within one column, so a title's last word and its sentence's first are not "together" (text_search.pg_tsquery).
PG_SEARCH_VECTOR = f"setweight({_pg_words('title')}, 'A') || setweight({_pg_words('sentence')}, 'B')"

# Upper bounds (days) of the span buckets; the last one catches anything longer, which nothing realistic is.
SPAN_BUCKETS = (0, 7, 31, 62, 92, 184, 366, 731, 1827, 3653, 36525, 3660000)
# Covering for the date-range and count queries: with date_end, category and modality in the index as well, they
# never visit the table rows (3x faster over a decade of events at 100,000; bench_timeline).
EXTRA_INDEXES = [
    "DROP INDEX IF EXISTS timeline_event_status_precision_start",
    "CREATE INDEX IF NOT EXISTS timeline_event_browse ON timeline_event "
    "(status, precision, date_start, date_end, category, modality)",
]

# On PostgreSQL the same index also carries the event's id (INCLUDE): the counts join the actor link table and the
# search's ids on it, and an index holds no row id there as SQLite's do, so without it they read the table's wide
# rows (title, sentence, tsvector: 67 MB at 100,000 events) instead of the 7 MB index. Index-only scans need the
# visibility map that VACUUM sets (install runs it after a large load; autovacuum keeps it up after that). At
# 100,000 events this took the counts of a category group from 127 to 73 ms of SQL and of "north" from 255 to 175.
POSTGRESQL_INDEXES = [
    ("CREATE INDEX IF NOT EXISTS timeline_event_browse_ids ON timeline_event "
     "(status, precision, date_start, date_end, category, modality) INCLUDE (id)"),
    "DROP INDEX IF EXISTS timeline_event_status_precision_start",
    "DROP INDEX IF EXISTS timeline_event_browse",
]


def _span_bucket(days: str) -> str:
    cases = " ".join(f"WHEN {days} <= {limit} THEN {limit}" for limit in SPAN_BUCKETS[:-1])
    return f"(CASE {cases} ELSE {SPAN_BUCKETS[-1]} END)"


def _sqlite_span(row: str, sign: int) -> str:
    bucket = _span_bucket(f"CAST(julianday({row}.date_end) - julianday({row}.date_start) AS INTEGER)")
    return _SQLITE_TALLY_UPSERT.format(rows=f"SELECT 'span', {row}.precision, {bucket}, 1, {sign} WHERE true") + ";"

_SQLITE_TALLY_UPSERT = (
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) {rows} "
    "ON CONFLICT (dimension, bucket, year, asserted) DO UPDATE SET n = n + excluded.n"
)


def _sqlite_tally(row: str, sign: int) -> str:
    """Statements adding ``sign`` to every tally the event in ``row`` (NEW or OLD) counts towards."""
    asserted = f"({row}.modality = 'asserted')"
    own = (
        f"SELECT 'year', '', CAST(substr({row}.date_start, 1, 4) AS INTEGER), {asserted}, {sign} "
        f"UNION ALL SELECT 'category', {row}.category, 0, {asserted}, {sign} "
        f"UNION ALL SELECT 'precision', {row}.precision, 0, {asserted}, {sign} "
        f"UNION ALL SELECT 'cube', {row}.category || '|' || {row}.precision, 0, {asserted}, {sign} "
        f"UNION ALL SELECT 'actor', CAST(actor_id AS TEXT), 0, {asserted}, {sign} "
        f"FROM timeline_event_actors WHERE event_id = {row}.id "
        f"UNION ALL SELECT 'actorcube', CAST(actor_id AS TEXT) || '|' || {row}.category || '|' || {row}.precision, 0, "
        f"{asserted}, {sign} FROM timeline_event_actors WHERE event_id = {row}.id "
        f"UNION ALL SELECT 'actoryear', CAST(actor_id AS TEXT), CAST(substr({row}.date_start, 1, 4) AS INTEGER), "
        f"{asserted}, {sign} FROM timeline_event_actors WHERE event_id = {row}.id"
    )
    # "WHERE true" resolves SQLite's parsing ambiguity between a SELECT's join and the upsert's ON.
    return _SQLITE_TALLY_UPSERT.format(rows=f"SELECT * FROM ({own}) WHERE true") + ";"


def _sqlite_actor_tally(row: str, sign: int) -> str:
    actor, asserted, published = f"CAST({row}.actor_id AS TEXT)", "(e.modality = 'asserted')", (
        f"FROM timeline_event e WHERE e.id = {row}.event_id AND e.status = 'published'")
    rows = (
        f"SELECT 'actor', {actor}, 0, {asserted}, {sign} {published} "
        f"UNION ALL SELECT 'actorcube', {actor} || '|' || e.category || '|' || e.precision, 0, {asserted}, {sign} {published} "
        f"UNION ALL SELECT 'actoryear', {actor}, CAST(substr(e.date_start, 1, 4) AS INTEGER), {asserted}, {sign} {published}"
    )
    return _SQLITE_TALLY_UPSERT.format(rows=f"SELECT * FROM ({rows}) WHERE true") + ";"


def sqlite_statements() -> list[str]:
    """Every statement, triggers dropped and made afresh so that a changed trigger body reaches old databases."""
    statements = []
    for statement in _sqlite_statements():
        if statement.startswith("CREATE TRIGGER IF NOT EXISTS "):
            name = statement.split()[5]
            statements += [f"DROP TRIGGER IF EXISTS {name}", statement.replace(" IF NOT EXISTS", "", 1)]
        else:
            statements.append(statement)
    return statements


def _sqlite_statements() -> list[str]:
    fts_insert = f"INSERT INTO {FTS_TABLE} (rowid, title, sentence) VALUES (NEW.id, NEW.title, NEW.sentence);"
    fts_delete = (
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, sentence) VALUES ('delete', OLD.id, OLD.title, OLD.sentence);"
    )
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, sentence, content='timeline_event', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER IF NOT EXISTS timeline_event_fts_ai AFTER INSERT ON timeline_event BEGIN {fts_insert} END",
        f"CREATE TRIGGER IF NOT EXISTS timeline_event_fts_ad AFTER DELETE ON timeline_event BEGIN {fts_delete} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_fts_au AFTER UPDATE OF title, sentence ON timeline_event "
        f"BEGIN {fts_delete} {fts_insert} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_tally_ai AFTER INSERT ON timeline_event "
        f"WHEN NEW.status = 'published' BEGIN {_sqlite_tally('NEW', 1)} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_tally_ad AFTER DELETE ON timeline_event "
        f"WHEN OLD.status = 'published' BEGIN {_sqlite_tally('OLD', -1)} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_tally_au_old AFTER UPDATE OF status, modality, category, precision, "
        f"date_start ON timeline_event WHEN OLD.status = 'published' BEGIN {_sqlite_tally('OLD', -1)} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_tally_au_new AFTER UPDATE OF status, modality, category, precision, "
        f"date_start ON timeline_event WHEN NEW.status = 'published' BEGIN {_sqlite_tally('NEW', 1)} END",
        f"CREATE TRIGGER IF NOT EXISTS timeline_event_span_ai AFTER INSERT ON timeline_event BEGIN {_sqlite_span('NEW', 1)} END",
        f"CREATE TRIGGER IF NOT EXISTS timeline_event_span_ad AFTER DELETE ON timeline_event BEGIN {_sqlite_span('OLD', -1)} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_span_au AFTER UPDATE OF date_start, date_end, precision ON timeline_event "
        f"BEGIN {_sqlite_span('OLD', -1)} {_sqlite_span('NEW', 1)} END",
        *EXTRA_INDEXES,
        "CREATE TRIGGER IF NOT EXISTS timeline_event_actor_tally_ai AFTER INSERT ON timeline_event_actors "
        f"BEGIN {_sqlite_actor_tally('NEW', 1)} END",
        "CREATE TRIGGER IF NOT EXISTS timeline_event_actor_tally_ad AFTER DELETE ON timeline_event_actors "
        f"BEGIN {_sqlite_actor_tally('OLD', -1)} END",
    ]


_PG_UPSERT_TAIL = "ON CONFLICT (dimension, bucket, year, asserted) DO UPDATE SET n = timeline_eventtally.n + EXCLUDED.n"

POSTGRESQL_STATEMENTS = [
    # Text search objects have no IF NOT EXISTS; they live in the schema the app's tables are in. The mapping is set
    # only when the configuration is made: changing it later would leave the stored tsvectors in the old one.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"""
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT FROM pg_ts_dict WHERE dictname = '{PG_STEMMER}'
                     AND dictnamespace = current_schema()::regnamespace) THEN
        CREATE TEXT SEARCH DICTIONARY {PG_STEMMER} (TEMPLATE = snowball, LANGUAGE = english);
      END IF;
      IF NOT EXISTS (SELECT FROM pg_ts_config WHERE cfgname = '{PG_CONFIG}'
                     AND cfgnamespace = current_schema()::regnamespace) THEN
        CREATE TEXT SEARCH CONFIGURATION {PG_CONFIG} (COPY = english);
        ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING REPLACE english_stem WITH {PG_STEMMER};
        ALTER TEXT SEARCH CONFIGURATION {PG_CONFIG} ALTER MAPPING FOR hword, hword_part, word
          WITH unaccent, {PG_STEMMER};
      END IF;
    END $$
    """,
    # The generated column needs no application code on any write path; the GIN index makes @@ an index lookup.
    f"ALTER TABLE timeline_event ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS ({PG_SEARCH_VECTOR}) STORED",
    "CREATE INDEX IF NOT EXISTS timeline_event_search ON timeline_event USING GIN (search)",
    f"""
    CREATE OR REPLACE FUNCTION timeline_tally_add(eid bigint, d date, cat text, prec text, is_asserted boolean, delta int)
    RETURNS void AS $$
    BEGIN
      INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) VALUES
        ('year', '', EXTRACT(YEAR FROM d)::int, is_asserted, delta),
        ('category', cat, 0, is_asserted, delta),
        ('precision', prec, 0, is_asserted, delta),
        ('cube', cat || '|' || prec, 0, is_asserted, delta)
      {_PG_UPSERT_TAIL};
      INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n)
        SELECT 'actor', actor_id::text, 0, is_asserted, delta FROM timeline_event_actors WHERE event_id = eid
        UNION ALL SELECT 'actorcube', actor_id::text || '|' || cat || '|' || prec, 0, is_asserted, delta
          FROM timeline_event_actors WHERE event_id = eid
        UNION ALL SELECT 'actoryear', actor_id::text, EXTRACT(YEAR FROM d)::int, is_asserted, delta
          FROM timeline_event_actors WHERE event_id = eid
      {_PG_UPSERT_TAIL};
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE OR REPLACE FUNCTION timeline_tally_event() RETURNS trigger AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'published' THEN
        PERFORM timeline_tally_add(OLD.id, OLD.date_start, OLD.category, OLD.precision, OLD.modality = 'asserted', -1);
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'published' THEN
        PERFORM timeline_tally_add(NEW.id, NEW.date_start, NEW.category, NEW.precision, NEW.modality = 'asserted', 1);
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n)
          VALUES ('span', OLD.precision, {old_span}, true, -1) {tail};
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n)
          VALUES ('span', NEW.precision, {new_span}, true, 1) {tail};
      END IF;
      RETURN NULL;
    END $$ LANGUAGE plpgsql
    """.format(old_span=_span_bucket("(OLD.date_end - OLD.date_start)"), new_span=_span_bucket("(NEW.date_end - NEW.date_start)"), tail=_PG_UPSERT_TAIL),
    f"""
    CREATE OR REPLACE FUNCTION timeline_tally_event_actor() RETURNS trigger AS $$
    DECLARE
      link record;
      delta int;
    BEGIN
      IF TG_OP = 'INSERT' THEN link := NEW; delta := 1; ELSE link := OLD; delta := -1; END IF;
      INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n)
        SELECT 'actor', link.actor_id::text, 0, e.modality = 'asserted', delta
        FROM timeline_event e WHERE e.id = link.event_id AND e.status = 'published'
        UNION ALL SELECT 'actorcube', link.actor_id::text || '|' || e.category || '|' || e.precision, 0,
          e.modality = 'asserted', delta FROM timeline_event e WHERE e.id = link.event_id AND e.status = 'published'
        UNION ALL SELECT 'actoryear', link.actor_id::text, EXTRACT(YEAR FROM e.date_start)::int,
          e.modality = 'asserted', delta FROM timeline_event e WHERE e.id = link.event_id AND e.status = 'published'
      {_PG_UPSERT_TAIL};
      RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    *POSTGRESQL_INDEXES,
    "DROP TRIGGER IF EXISTS timeline_event_tally ON timeline_event",
    "CREATE TRIGGER timeline_event_tally AFTER INSERT OR DELETE OR UPDATE OF status, modality, category, precision, "
    "date_start ON timeline_event FOR EACH ROW EXECUTE FUNCTION timeline_tally_event()",
    "DROP TRIGGER IF EXISTS timeline_event_actor_tally ON timeline_event_actors",
    "CREATE TRIGGER timeline_event_actor_tally AFTER INSERT OR DELETE ON timeline_event_actors "
    "FOR EACH ROW EXECUTE FUNCTION timeline_tally_event_actor()",
]

_RECOUNT = [
    "DELETE FROM timeline_eventtally",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'year', '', {year}, modality = 'asserted', COUNT(*) FROM timeline_event WHERE status = 'published' "
    "GROUP BY {year}, modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'category', category, 0, modality = 'asserted', COUNT(*) FROM timeline_event WHERE status = 'published' "
    "GROUP BY category, modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'precision', precision, 0, modality = 'asserted', COUNT(*) FROM timeline_event WHERE status = 'published' "
    "GROUP BY precision, modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'actor', CAST(ea.actor_id AS TEXT), 0, e.modality = 'asserted', COUNT(*) FROM timeline_event_actors ea "
    "JOIN timeline_event e ON e.id = ea.event_id WHERE e.status = 'published' GROUP BY ea.actor_id, e.modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'actorcube', CAST(ea.actor_id AS TEXT) || '|' || e.category || '|' || e.precision, 0, e.modality = 'asserted', "
    "COUNT(*) FROM timeline_event_actors ea JOIN timeline_event e ON e.id = ea.event_id WHERE e.status = 'published' "
    "GROUP BY ea.actor_id, e.category, e.precision, e.modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'actoryear', CAST(ea.actor_id AS TEXT), {event_year}, e.modality = 'asserted', COUNT(*) "
    "FROM timeline_event_actors ea JOIN timeline_event e ON e.id = ea.event_id WHERE e.status = 'published' "
    "GROUP BY ea.actor_id, {event_year}, e.modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'cube', category || '|' || precision, 0, modality = 'asserted', COUNT(*) FROM timeline_event "
    "WHERE status = 'published' GROUP BY category, precision, modality = 'asserted'",
    "INSERT INTO timeline_eventtally (dimension, bucket, year, asserted, n) "
    "SELECT 'span', precision, {span}, true, COUNT(*) FROM timeline_event GROUP BY precision, {span}",
]


def install(connection, *, rebuild: bool = False, recount: bool = False) -> None:
    """Create the search index and the tally triggers if missing.

    ``recount`` recounts every tally from the rows; ``rebuild`` also rebuilds SQLite's full-text index.
    """
    vendor = connection.vendor
    if vendor not in {"sqlite", "postgresql"}:
        return
    with connection.cursor() as cursor:
        for statement in sqlite_statements() if vendor == "sqlite" else POSTGRESQL_STATEMENTS:
            cursor.execute(statement)
        if rebuild and vendor == "sqlite":
            cursor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
        if rebuild or recount:
            if vendor == "sqlite":
                year = "CAST(substr(date_start, 1, 4) AS INTEGER)"
                span = _span_bucket("CAST(julianday(date_end) - julianday(date_start) AS INTEGER)")
            else:
                year, span = "EXTRACT(YEAR FROM date_start)::int", _span_bucket("(date_end - date_start)")
            event_year = year.replace("date_start", "e.date_start")
            for statement in _RECOUNT:
                cursor.execute(statement.format(year=year, span=span, event_year=event_year))
        # The query planner needs statistics to pick the date, category, actor and full-text indexes over a scan
        # of all events; on a small database any plan is fast, on a large one ANALYZE takes well under a second.
        # PostgreSQL's autovacuum analyzes too, but only once a tenth of a table has changed and a minute has
        # passed: a bulk load measured straight after it was planned from the statistics of a part of it.
        cursor.execute("SELECT COUNT(*) FROM timeline_event")
        if cursor.fetchone()[0] >= ANALYZE_FROM_EVENTS:
            if vendor == "postgresql" and not connection.in_atomic_block:
                # VACUUM also sets the visibility map, without which an index-only scan still reads the table.
                # It takes no lock that writers wait for; it cannot run inside a transaction (a migration's own).
                cursor.execute("VACUUM (ANALYZE)")
            else:
                cursor.execute("ANALYZE")
            if vendor == "sqlite":
                _steer_planner(cursor)


def _steer_planner(cursor) -> None:
    """Tell SQLite's planner what ANALYZE cannot: timeline_event_browse is the index for date ranges.

    ANALYZE records only averages (this build has no STAT4 histograms): about a sixth of all events per precision,
    so for "CONSULT events in 2018" the planner prefers the category index and reads every CONSULT row of the
    longest span's window from the table. What the browse index really narrows to is one precision's events
    within the range, a sliver of that. Editing sqlite_stat1 to say so is SQLite's documented way of steering
    plans (sqlite.org/optoverview.html, "Manual Control Of Query Plans Using SQLITE_STAT Tables"); on the bench's
    100,000 events it cut a filtered page's SQL from 13 ms to 4 ms.
    """
    cursor.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'timeline_event_browse'")
    row = cursor.fetchone()
    if row is None:
        return
    numbers = row[0].split()
    if len(numbers) >= 3:
        numbers[2] = str(max(1, int(numbers[0]) // 200))
        cursor.execute("UPDATE sqlite_stat1 SET stat = %s WHERE idx = 'timeline_event_browse'", [" ".join(numbers)])
        cursor.execute("ANALYZE sqlite_schema")  # reloads the statistics for this connection


def uninstall(connection) -> None:
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "sqlite":
            for name in ("fts_ai", "fts_ad", "fts_au", "tally_ai", "tally_ad", "tally_au_old", "tally_au_new", "span_ai",
                         "span_ad", "span_au"):
                cursor.execute(f"DROP TRIGGER IF EXISTS timeline_event_{name}")
            for name in ("actor_tally_ai", "actor_tally_ad"):
                cursor.execute(f"DROP TRIGGER IF EXISTS timeline_event_{name}")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
            cursor.execute("DROP INDEX IF EXISTS timeline_event_browse")
        elif vendor == "postgresql":
            cursor.execute("DROP TRIGGER IF EXISTS timeline_event_tally ON timeline_event")
            cursor.execute("DROP TRIGGER IF EXISTS timeline_event_actor_tally ON timeline_event_actors")
            cursor.execute("DROP FUNCTION IF EXISTS timeline_tally_event(), timeline_tally_event_actor(), "
                           "timeline_tally_add(bigint, date, text, text, boolean, int)")
            cursor.execute("DROP INDEX IF EXISTS timeline_event_search")
            cursor.execute("DROP INDEX IF EXISTS timeline_event_browse")
            cursor.execute("DROP INDEX IF EXISTS timeline_event_browse_ids")
            cursor.execute("ALTER TABLE timeline_event DROP COLUMN IF EXISTS search")
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {PG_CONFIG}")
            cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {PG_STEMMER}")
