"""Measure the timeline's server time on a small and a large throwaway database built by the same generator.

Each database is a fresh SQLite file in a temporary folder or, with ``--database-url postgres://…``, a fresh
database (``bench_timeline_…``) created on that PostgreSQL server and dropped afterwards. Each is built and measured
by a child process of this command (its own DATABASE_URL), so the development database is never touched. The child
prints its figures as JSON; the parent prints the table, the ratios, and the two summary lines the issue asks for.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.http import HttpResponse
from django.urls import include, path

# Requests timed on each database: (name, querystring, htmx target or None for a full page).
REQUESTS = [
    ("full page", "", None),
    ("list partial", "", "browse"),
    # The two most frequent choices (the United States is in half the events, CONSULT is the commonest type) and
    # a year, as a student clicking a bar of the chart would pick it.
    ("filtered partial", "actor=united-states&category=CONSULT&from=2018&to=2018", "browse"),
    ("text query partial", "q=yongbyon", "results"),
    # Shown with plans so that the 1,000-event database has a 20th page too (events 951 to 1,000).
    ("page 20 partial", "plans=1&page=20", "show-more"),
    # Typical filtered views beyond those: one actor (read from its tallies), a category group, a word in about a
    # third of the events, a rare word in a few years, and broad combinations over decades.
    ("actor partial", "actor=china", "browse"),
    ("category partial", "category=verbal-conflict", "browse"),
    ("common word partial", "q=north", "results"),
    ("rare word range", "q=ulaanbaatar&from=2010&to=2019", "results"),
    ("actor+group decades", "actor=united-states&category=verbal-cooperation&from=2000&to=2025", "browse"),
    ("word+actor+range", "q=sanctions&actor=north-korea&from=1990&to=2025", "browse"),
]
PARTIALS = [name for name, _query, target in REQUESTS if target]
THROWAWAY = ("bench-timeline-", "bench_timeline_")


def trivial(request):
    return HttpResponse("ok")


# The child process serves the app plus one trivial view, for scale.
urlpatterns = [path("bench/trivial/", trivial), path("", include("timeline.urls"))]

PLACES = ["Pyongyang", "Washington", "Seoul", "Beijing", "Tokyo", "Moscow", "Geneva", "Singapore", "Hanoi",
          "Panmunjom", "Stockholm", "New York", "Vienna", "Kaesong", "Yongbyon", "Sohae", "Punggye-ri", "Helsinki",
          "Ulaanbaatar", "Bangkok", "Kuala Lumpur", "Berlin", "Jakarta", "Vladivostok", "Dandong", "Busan", "Osaka",
          "Honolulu", "Manila", "Canberra", "London", "Paris", "Rome", "Brussels", "Oslo", "Bern", "Delhi", "Hanoi"]
VERBS = {
    "AGREE": ["agree on", "sign an accord on", "reach a deal on"], "CONSULT": ["hold talks on", "meet to discuss", "confer on"],
    "SUPPORT": ["endorse", "back", "welcome"], "CONCEDE": ["ease", "relax", "drop demands on"],
    "COOPERATE": ["jointly work on", "coordinate", "cooperate on"], "AID": ["ship aid for", "fund", "send help for"],
    "RETREAT": ["withdraw from", "pull back from", "suspend"], "REQUEST": ["call for", "request", "urge"],
    "ACCUSE": ["accuse rivals over", "blame partners for", "condemn"], "REJECT": ["reject", "refuse", "turn down"],
    "THREATEN": ["threaten retaliation over", "warn about", "threaten action over"],
    "PROTEST": ["protest", "denounce", "object to"], "SANCTION": ["impose sanctions over", "sanction", "freeze assets over"],
    "MOBILIZE": ["test a missile near", "mobilise troops near", "stage drills near"],
    "COERCE": ["seize ships near", "detain crews near", "blockade"], "ASSAULT": ["shell", "fire on", "attack"],
}
TOPICS = ["the nuclear programme", "food aid", "family reunions", "the armistice", "missile tests", "sanctions relief",
          "the reactor", "fuel oil deliveries", "prisoner releases", "the border", "fishing rights", "the summit agenda",
          "joint exercises", "the light-water reactors", "enrichment", "the Yongbyon complex", "remains recovery",
          "a peace declaration", "trade", "humanitarian access", "cyber attacks", "shipping", "the demilitarised zone"]
CORE_ACTORS = [("United States", "country"), ("North Korea", "country"), ("South Korea", "country"), ("China", "country"),
               ("Japan", "country"), ("Russia", "country"), ("United Nations", "organisation"),
               ("International Atomic Energy Agency", "organisation"), ("Kim Jong Un", "person"), ("Kim Jong Il", "person"),
               ("Kim Il Sung", "person"), ("Donald Trump", "person"), ("Bill Clinton", "person"), ("Moon Jae-in", "person")]
SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Smith", "Johnson", "Brown",
            "Wang", "Li", "Zhang", "Tanaka", "Suzuki", "Ivanov", "Petrov", "Garcia", "Miller", "Davis", "Chen"]
GIVEN = ["Min", "Sung", "Young", "Hyun", "Jae", "Soo", "Ji", "Dong", "Robert", "Mary", "James", "Wei", "Hiroshi",
         "Sergei", "Anna", "Thomas", "Yuki", "Olga", "Daniel", "Grace", "Ho", "Chul", "Eun", "Hee"]


def generate(total: int, *, seed: int = 2026) -> None:
    """Fill the current database with ``total`` published events (plus 3% unpublished) over 1950–2025.

    Realistic shape: more news in recent decades, most dates known to the day, a few hundred actors of which the
    two main countries appear in most events, several thousand documents (one per 25 events), 1 to 3 sources each.
    """
    from django.contrib.auth.models import User  # noqa: F401  (the app's models need auth loaded)
    from django.db import transaction
    from django.utils.text import slugify

    from timeline.models import Actor, Document, Event, EventSource, Modality, Precision, Status

    rng = random.Random(seed)
    names = list(CORE_ACTORS)
    while len(names) < 300:
        name = f"{rng.choice(GIVEN)} {rng.choice(GIVEN).lower()} {rng.choice(SURNAMES)}"
        if name not in {n for n, _k in names}:
            names.append((name, "person"))
    with transaction.atomic():
        actors = Actor.objects.bulk_create([Actor(name=n, slug=slugify(n), kind=k) for n, k in names])
        n_documents = max(4, total // 25)
        documents = Document.objects.bulk_create([
            Document(key=f"bench-{i}", title=f"{rng.choice(PLACES)} dispatch {i}", source="Bench wire",
                     published=datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(27_700)),
                     text="Bench document.", text_hash=f"{i:064d}")
            for i in range(n_documents)
        ])
    years = list(range(1950, 2026))
    year_weights = [1 + (y - 1950) ** 1.5 / 40 for y in years]
    categories = list(VERBS)
    category_weights = [12, 18, 6, 3, 6, 4, 3, 8, 8, 6, 7, 6, 5, 5, 2, 1]
    actor_weights = [60, 70, 25, 15, 10, 8, 6, 5, 12, 5, 3, 6, 3, 4] + [0.3] * (len(actors) - len(CORE_ACTORS))
    link = Event.actors.through
    batch = 5000
    made = 0
    while made < total * 1.03:
        size = min(batch, int(total * 1.03) - made + 1)
        events, picks = [], []
        for i in range(size):
            year = rng.choices(years, year_weights)[0]
            start = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randrange(365))
            precision = rng.choices(["day", "month", "year", "season", "decade"], [62, 20, 14, 3, 1])[0]
            if precision == "day":
                end = start + datetime.timedelta(days=rng.choice([0, 0, 0, 0, 1, 2]))
                date_text = f"{start.day} {start:%B} {start.year}"
            elif precision == "month":
                start = start.replace(day=1)
                end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
                date_text = f"{start:%B} {start.year}"
            elif precision == "season":
                start = start.replace(month=(start.month - 1) // 3 * 3 + 1, day=1)
                end = (start + datetime.timedelta(days=92)).replace(day=1) - datetime.timedelta(days=1)
                date_text = f"the {start:%B} quarter of {start.year}"
                precision = Precision.QUARTER
            elif precision == "decade":
                start, end = datetime.date(year // 10 * 10, 1, 1), datetime.date(year // 10 * 10 + 9, 12, 31)
                date_text = f"the {start.year}s"
            else:
                start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
                date_text = f"in {year}"
            category = rng.choices(categories, category_weights)[0]
            chosen = list(dict.fromkeys(rng.choices(actors, actor_weights, k=rng.choice([1, 2, 2, 2, 3, 4]))))
            place = rng.choice(PLACES)
            title = f"{chosen[0].name} and {chosen[-1].name if len(chosen) > 1 else 'envoys'} {rng.choice(VERBS[category])} {rng.choice(TOPICS)} in {place}"[:200]
            sentence = f"On {date_text}, officials said {title.lower()}, according to reports from {place}."
            status = Status.PUBLISHED if made + i < total else rng.choice([Status.PROPOSED, Status.REJECTED])
            modality = rng.choices([Modality.ASSERTED, Modality.PLANNED, Modality.HYPOTHETICAL, Modality.NEGATED], [86, 9, 3, 2])[0]
            events.append(Event(title=title, date_start=start, date_end=end, precision=precision, date_text=date_text,
                                sentence=sentence, category=category, modality=modality, status=status, confidence=0.8))
            picks.append(chosen)
        with transaction.atomic():
            events = Event.objects.bulk_create(events)
            link.objects.bulk_create([link(event_id=e.pk, actor_id=a.pk) for e, chosen in zip(events, picks) for a in chosen])
            sources = []
            for n, event in enumerate(events):
                for k in range(rng.choice([1, 1, 1, 2, 2, 3])):
                    offset = event.sentence.index(event.date_text)
                    sources.append(EventSource(
                        event=event, document=documents[rng.randrange(len(documents))], sentence_start=0,
                        sentence_end=len(event.sentence), date_start_offset=offset, date_end_offset=offset + len(event.date_text),
                        quote=event.sentence, date_text=event.date_text, reported_start=event.date_start,
                        reported_end=event.date_end, reported_precision=event.precision,
                        reported_mod=event.date_mod, fingerprint=f"{made + n}-{k}"))
            EventSource.objects.bulk_create(sources)
        made += size


def _is_throwaway(name) -> bool:
    return any(mark in str(name) for mark in THROWAWAY)


def measure_databases(small: str, large: str, *, repeat: int, warmup: int) -> dict:
    for database in (small, large):
        if not _is_throwaway(database):
            raise CommandError("--measure only runs on throwaway databases made by bench_timeline.")
    return measure({"small": small, "large": large}, repeat, warmup)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def measure(databases: dict[str, str], repeat: int, warmup: int) -> dict:
    """Median and 95th percentile, in ms, of each request through Django's whole stack, on each database.

    The databases take turns request by request, so a burst of load on the machine hits both alike and the
    ratios stay fair. Each database has its own connection object, which is closed or kept between requests as the
    app's settings say (CONN_MAX_AGE: 0 on SQLite, so each request opens the file afresh; on PostgreSQL a connection
    is kept for a minute, so a request does not pay for a new server process).
    """
    from django.db import connections
    from django.test import Client, override_settings

    client = Client(HTTP_HOST="localhost")
    wrappers = {}
    for label, database in databases.items():
        wrapper = connections["default"]
        wrappers[label] = type(wrapper)({**wrapper.settings_dict, "NAME": database}, "default")
    results: dict[str, dict] = {label: {} for label in databases}
    with override_settings(ROOT_URLCONF=__name__, DEBUG=False):
        for name, query, target in [*REQUESTS, ("trivial view", "", "trivial")]:
            url = "/bench/trivial/" if target == "trivial" else "/" + (f"?{query}" if query else "")
            headers = {} if target in (None, "trivial") else {"HX-Request": "true", "HX-Target": target}
            if target == "results":
                headers["HX-Trigger-Name"] = "q"
            timings: dict[str, list[float]] = {label: [] for label in databases}
            for i in range(warmup + repeat):
                for label in databases:
                    connections["default"] = default = wrappers[label]
                    counter = _Counter()
                    # As timeit does: no garbage collection inside a timed request, so a collection of the
                    # previous requests' garbage is not billed to whichever request happens to trigger it.
                    gc.collect()
                    gc.disable()
                    try:
                        started = time.perf_counter()
                        with default.execute_wrapper(counter):
                            response = client.get(url, headers=headers)
                        elapsed = (time.perf_counter() - started) * 1000
                    finally:
                        gc.enable()
                    if response.status_code != 200:
                        raise CommandError(f"{name}: {url} answered {response.status_code} on the {label} database")
                    if i >= warmup:
                        timings[label].append(elapsed)
                    results[label][name] = {"queries": counter.count, "bytes": len(response.content)}
            for label in databases:
                values = timings[label]
                results[label][name] |= {"p50": statistics.median(values), "p95": _percentile(values, 0.95)}
    for wrapper in wrappers.values():
        wrapper.close()
    return results


class _Counter:
    """Counts the SQL statements of one request."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = ("Build two throwaway databases (1,000 events and --events) with the same generator, time the "
            "timeline's full page and partials on each, and print the ratios of the large one's p95 to the small one's. "
            "SQLite files in a temporary folder, or databases made (and dropped) on the PostgreSQL server of "
            "--database-url.")

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=100_000, help="Events in the large database (default 100,000).")
        parser.add_argument("--small", type=int, default=1_000, help="Events in the small database (default 1,000).")
        parser.add_argument("--repeat", type=int, default=60, help="Timed requests per measurement (default 60).")
        parser.add_argument("--warmup", type=int, default=3, help="Untimed requests before each measurement.")
        parser.add_argument("--database-url", help="postgres://user:password@host:port/dbname: build the two databases "
                            "on this PostgreSQL server (the user needs CREATEDB; dbname is only where it connects "
                            "to create them). Default: SQLite files in a temporary folder.")
        parser.add_argument("--build", help=argparse_suppress())
        parser.add_argument("--measure", nargs=2, help=argparse_suppress())

    def handle(self, *args, events, small, repeat, warmup, build, measure, database_url, **options):
        if build:
            return self._build(int(build))
        if measure:
            figures = measure_databases(*measure, repeat=repeat, warmup=warmup)
            return self.stdout.write(json.dumps(figures))
        if events < 1 or small < 1:
            raise CommandError("--events and --small must be positive.")
        manage = str(Path(settings.BASE_DIR) / "manage.py")
        with _throwaway_databases(database_url) as (url_of, vendor):
            databases, built = {}, {}
            for label, count in (("small", small), ("large", events)):
                databases[label] = url_of(label)
                self.stdout.write(f"Building {count:,} events in {databases[label]} …")
                built[label] = self._child([manage, "bench_timeline", "--build", str(count)], databases[label])
            self.stdout.write(f"Measuring both, {repeat} requests each after {warmup} warm-ups …")
            names = [dj_database_url.parse(databases[label])["NAME"] for label in ("small", "large")]
            figures = self._child([manage, "bench_timeline", "--measure", *names,
                                   "--repeat", str(repeat), "--warmup", str(warmup)], databases["small"])
        self._report(figures, small, events, repeat, built, vendor)

    def _child(self, arguments: list[str], database_url: str) -> dict:
        # A child process of its own, whose DATABASE_URL points at the throwaway database: the dev database is untouched.
        env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1"}
        child = subprocess.run([sys.executable, *arguments], check=False, env=env, capture_output=True, text=True)
        if child.returncode != 0:
            raise CommandError(f"bench_timeline {' '.join(arguments[2:4])} failed:\n{child.stderr[-3000:]}")
        return json.loads(child.stdout.strip().splitlines()[-1])

    def _build(self, count: int) -> None:
        from django.db import connection

        from timeline import search_index

        if not _is_throwaway(connection.settings_dict["NAME"]):
            raise CommandError("--build only runs on a throwaway database made by bench_timeline.")
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        generate(count)
        # As `migrate` does on a database of this size (search_index.install): statistics for the query planner.
        search_index.install(connection)
        self.stdout.write(json.dumps({"seconds": time.perf_counter() - started}))

    def _report(self, figures: dict, small: int, large: int, repeat: int, built: dict, vendor: str) -> None:
        s, l = figures["small"], figures["large"]
        self.stdout.write(f"\nServer time in ms over {repeat} requests each ({vendor}), {small:,} vs {large:,} events; "
                          f"built in {built['small']['seconds']:.0f} s and {built['large']['seconds']:.0f} s.")
        self.stdout.write(f"{'request':<20} {'small p50':>10} {'small p95':>10} {'large p50':>10} {'large p95':>10} "
                          f"{'ratio p95':>10} {'queries':>9}")
        ratios = {}
        for name in [*(r[0] for r in REQUESTS), "trivial view"]:
            ratio = l[name]["p95"] / s[name]["p95"]
            ratios[name] = ratio
            self.stdout.write(f"{name:<20} {s[name]['p50']:>10.1f} {s[name]['p95']:>10.1f} {l[name]['p50']:>10.1f} "
                              f"{l[name]['p95']:>10.1f} {ratio:>10.2f} {s[name]['queries']:>4}/{l[name]['queries']:<4}")
        self.stdout.write(f"worst partial ratio: {max(ratios[name] for name in PARTIALS):.1f}")
        self.stdout.write(f"full page ratio: {ratios['full page']:.1f}")


@contextlib.contextmanager
def _throwaway_databases(database_url: str | None):
    """Yield (label -> DATABASE_URL of a new empty database, vendor name); the databases are gone afterwards."""
    if not database_url:
        with tempfile.TemporaryDirectory(prefix="bench-timeline-") as folder:
            yield (lambda label: f"sqlite:///{Path(folder) / f'{label}.sqlite3'}"), "SQLite"
        return
    config = dj_database_url.parse(database_url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        raise CommandError("--database-url must be a postgres:// address (without it the bench uses SQLite files).")
    import psycopg
    from psycopg import sql

    server = {"host": config["HOST"], "port": config["PORT"], "user": config["USER"], "password": config["PASSWORD"],
              "dbname": config["NAME"], "autocommit": True}
    made: list[str] = []

    def url_of(label: str) -> str:
        name = f"bench_timeline_{label}_{os.getpid()}"
        with psycopg.connect(**server) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        made.append(name)
        return urlunsplit(urlsplit(database_url)._replace(path=f"/{name}"))

    try:
        yield url_of, "PostgreSQL"
    finally:
        with psycopg.connect(**server) as admin:
            for name in made:
                _drop_database(admin, name)


def _drop_database(admin, name: str) -> None:
    """Drop a bench database. A plain DROP stops the server's autovacuum workers on it by itself; FORCE is only for
    a session of ours still open, and may not end a worker of the server's own role (InsufficientPrivilege), so
    after a refusal the plain DROP is tried again while the worker winds down."""
    import psycopg
    from psycopg import sql

    plain = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
    for _attempt in range(10):
        try:
            admin.execute(plain)
            return
        except psycopg.errors.ObjectInUse:
            try:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
                return
            except psycopg.errors.InsufficientPrivilege:
                time.sleep(1)
    raise CommandError(f"could not drop the bench database {name}: other sessions are still using it")


def argparse_suppress():
    import argparse

    return argparse.SUPPRESS
