import os
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from timeline.models import Event, EventTally


@pytest.mark.django_db
def test_the_generator_spreads_realistic_events_over_1950_to_2025():
    from timeline.management.commands.bench_timeline import generate

    generate(400, seed=1)
    published = Event.objects.published()
    assert published.count() == 400
    assert Event.objects.count() > 400  # and a few unpublished, as a real database has
    years = {d.year for d in published.values_list("date_start", flat=True)}
    assert min(years) >= 1950 and max(years) <= 2025 and len(years) > 30
    assert set(published.values_list("precision", flat=True)) >= {"day", "month", "year"}
    assert sum(EventTally.objects.filter(dimension="year").values_list("n", flat=True)) == 400


def test_it_prints_the_table_and_the_two_summary_lines(capsys):
    # Small numbers keep the test quick; the real run is `bench_timeline --events 100000` (README: Performance).
    call_command("bench_timeline", events=1500, small=1000, repeat=3, warmup=1)
    out = capsys.readouterr().out
    for name in ("full page", "list partial", "filtered partial", "text query partial", "page 20 partial", "trivial view"):
        assert re.search(rf"^{name}\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+/\d+", out, re.M), name
    assert re.search(r"^worst partial ratio: \d+\.\d$", out, re.M)
    assert re.search(r"^full page ratio: \d+\.\d$", out, re.M)


def test_the_workers_refuse_a_database_that_is_not_a_throwaway_one():
    with pytest.raises(CommandError):
        call_command("bench_timeline", measure=["/tmp/dev.sqlite3", "/tmp/other.sqlite3"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs a PostgreSQL server to make databases on")
def test_it_measures_throwaway_databases_on_a_postgresql_server_and_drops_them(capsys):
    import psycopg

    config = connection.settings_dict
    url = f"postgres://{config['USER']}:{config['PASSWORD']}@{config['HOST']}:{config['PORT']}/{config['NAME']}"
    call_command("bench_timeline", events=1200, small=1000, repeat=2, warmup=1, database_url=url)
    out = capsys.readouterr().out
    assert "(PostgreSQL), 1,000 vs 1,200 events" in out
    for name in ("text query partial", "common word partial", "rare word range", "word+actor+range"):
        assert re.search(rf"^{re.escape(name)}\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+/\d+", out, re.MULTILINE), name
    with psycopg.connect(host=config["HOST"], port=config["PORT"], user=config["USER"], password=config["PASSWORD"],
                         dbname=config["NAME"]) as admin:
        left = admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"bench_timeline_%_{os.getpid()}"]).fetchall()
    assert left == []


def test_it_refuses_a_database_url_that_is_not_postgresql():
    with pytest.raises(CommandError, match="postgres://"):
        call_command("bench_timeline", events=10, small=5, database_url="mysql://u:p@localhost/x")


def test_a_bench_database_is_dropped_even_while_an_autovacuum_worker_holds_it(monkeypatch):
    # The server's autovacuum may be working on a freshly loaded bench database when it is dropped: FORCE may not end
    # a worker of the server's own role, and the plain DROP, which stops the worker itself, is tried again.
    psycopg = pytest.importorskip("psycopg")
    from timeline.management.commands import bench_timeline

    monkeypatch.setattr(bench_timeline.time, "sleep", lambda _s: None)
    answers = [psycopg.errors.ObjectInUse("in use"), psycopg.errors.InsufficientPrivilege("not yours"), None]
    tried = []

    class Admin:
        def execute(self, statement):
            tried.append("FORCE" in repr(statement))
            answer = answers.pop(0)
            if answer is not None:
                raise answer

    bench_timeline._drop_database(Admin(), "bench_timeline_large_1")
    assert tried == [False, True, False]
