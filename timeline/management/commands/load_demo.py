"""The demo `make run` serves: the seeds on the timeline, a few of them waiting in the review queue, demo log-ins.

Every seed is published except the newest two briefs by date published (FOR_REVIEW), whose events are left proposed,
as extraction found them, so that a new editor finds a realistic handful in the review queue to try its keys, in-place
edit and bulk actions on. They are ingested last, once the rest of the timeline is published: a report of an event
already on it joins that event (as any newly uploaded document would), and only what is new waits for review.

Running it again changes nothing: ingest leaves unchanged documents as they are, so an editor's decisions on those
events (published, rejected, edited) stay.
"""

from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from timeline.loading import DocumentError, DocumentInput, find_document_files, read_document_file
from timeline.models import Event, Status

# Demo log-ins for a developer's machine. They are created only in debug mode, never on a deployed site.
DEMO_USERS = {
    "editor": ("Editors", "editor-demo-2025"),
    "teacher": ("Teachers", "teacher-demo-2025"),
}
GROUPS = ("Editors", "Teachers")
# How many of the newest seed briefs are left for review; the rest are published.
FOR_REVIEW = 2


class Command(BaseCommand):
    help = (
        "Ensure the Editors and Teachers groups, load the seeds and, in debug mode, create the demo users. Every "
        f"seed's events are published except those of the {FOR_REVIEW} newest briefs (by date published), left "
        "proposed for the review queue. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seeds", default=str(settings.BASE_DIR / "seeds"), help="Folder of seed documents.")

    def handle(self, *args, seeds, **options):
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
        files, errors = find_document_files([seeds])
        if errors or not files:
            raise CommandError("; ".join(map(str, errors)) or f"{seeds}: no seed documents in it.")
        # (the lead articles at the folder's top, the corpus's own, stay on the timeline: only briefs wait)
        held = _newest([p for p in files if p.parent != Path(seeds)])
        ingest = {"verbosity": options["verbosity"], "stdout": self.stdout, "stderr": self.stderr}
        self.stdout.write(f"Publishing the events of {len(files) - len(held)} seed documents:")
        call_command("ingest", *(str(p) for p in files if p not in held), publish=True, **ingest)
        self.stdout.write(f"Proposing the events of the {len(held)} newest for review:")
        call_command("ingest", *map(str, held), **ingest)
        self._describe_review_queue(held.values())
        if not settings.DEBUG:
            self.stdout.write("Debug is off: no demo users created.")
            return
        for username, (group, password) in DEMO_USERS.items():
            user, created = User.objects.get_or_create(username=username)
            if created or not user.check_password(password):
                user.set_password(password)
                user.save()
            user.groups.add(groups[group])
        self.stdout.write("Demo log-ins: " + ", ".join(f"{u} / {p}" for u, (_g, p) in DEMO_USERS.items()))

    def _describe_review_queue(self, held: Iterable[DocumentInput]) -> None:
        # What still waits, not what was once proposed: on a re-run an editor may have decided some already.
        waiting = Event.objects.filter(status=Status.PROPOSED, sources__document__key__in=[d.key for d in held])
        self.stdout.write(
            f"Review queue: {waiting.distinct().count()} events proposed, from the {len(held)} newest seed briefs, "
            "left as extraction found them for an editor to publish, reject or edit at /review/:"
        )
        for data in held:
            self.stdout.write(f"  “{data.title}” ({data.published.day} {data.published:%B %Y})")


def _newest(files: list[Path]) -> dict[Path, DocumentInput]:
    """The FOR_REVIEW newest readable files (by date published, then key), mapped to what they hold, oldest first.

    A file that cannot be read is left to ingest, which names its problem as it does for any other."""
    readable: dict[Path, DocumentInput] = {}
    for path in files:
        try:
            readable[path] = read_document_file(path)
        except DocumentError:
            continue
    newest = sorted(readable.items(), key=lambda item: (item[1].published, item[1].key))[-FOR_REVIEW:]
    return dict(newest)
