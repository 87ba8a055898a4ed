from django.core.management.base import BaseCommand, CommandError

from timeline.loading import DocumentError, find_document_files, future_published_problem, read_document_file
from timeline.management.options import iso_date
from timeline.services import ingest_document, sync_actors


class Command(BaseCommand):
    help = (
        "Load .txt, .md and .html documents (files or folders) and extract their events. Metadata comes from a "
        "YAML front-matter block (title, published, source, url, language). Events are stored as proposed, or as "
        "published with --publish. Unchanged documents are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or folders of documents.")
        parser.add_argument("--published", type=iso_date,
                            help="Publication date (YYYY-MM-DD) for a single file; no later than tomorrow.")
        parser.add_argument("--title", help="Title for a single file.")
        parser.add_argument("--source", help="Source (publisher) for a single file.")
        parser.add_argument("--publish", action="store_true", help="Store extracted events as published, not proposed.")

    def handle(self, *args, paths, published, title, source, publish, verbosity, **options):
        files, errors = find_document_files(paths)
        overrides = {"published": published, "title": title, "source": source}
        if any(v is not None for v in overrides.values()) and len(files) != 1:
            raise CommandError("--published, --title and --source apply to a single file; name exactly one file.")
        # The date typed on the command line is refused outright, before anything is stored; a front-matter date
        # meets the same rule (loading.parse_document) as one more bad file among the others.
        if published is not None and (problem := future_published_problem(published)):
            raise CommandError(f"{files[0]}: {problem}")
        for error in errors:
            self.stderr.write(f"error: {error}")
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        failed, events_created = len(errors), 0
        actors = sync_actors()
        total = len(files)
        for number, path in enumerate(files, start=1):
            try:
                data = read_document_file(path, overrides=overrides)
                result = ingest_document(data, publish=publish, actors=actors)
            except DocumentError as exc:
                failed += 1
                self.stderr.write(f"error: {exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one broken document must not stop the others
                failed += 1
                self.stderr.write(f"error: {path}: could not be ingested ({type(exc).__name__}: {exc})")
                continue
            counts[result.outcome] += 1
            events_created += result.events_created
            if verbosity >= 2 or (verbosity >= 1 and result.outcome != "unchanged"):
                self.stdout.write(f"[{number}/{total}] {path}: {result.outcome}, {result.events_created} events created")
        self.stdout.write(
            f"Summary: {counts['added']} added, {counts['updated']} updated, {counts['unchanged']} unchanged, "
            f"{failed} failed; {events_created} events created."
        )
        if failed:
            raise CommandError(f"{failed} document(s) failed; see the errors above.", returncode=1)
