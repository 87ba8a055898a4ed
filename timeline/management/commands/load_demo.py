from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Demo log-ins for a developer's machine. They are created only in debug mode, never on a deployed site.
DEMO_USERS = {
    "editor": ("Editors", "editor-demo-2025"),
    "teacher": ("Teachers", "teacher-demo-2025"),
}
GROUPS = ("Editors", "Teachers")


class Command(BaseCommand):
    help = "Ensure the Editors and Teachers groups, load the seeds as published events and, in debug mode, the demo users."

    def add_arguments(self, parser):
        parser.add_argument("--seeds", default=str(settings.BASE_DIR / "seeds"), help="Folder of seed documents.")

    def handle(self, *args, seeds, **options):
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
        call_command("ingest", seeds, publish=True, verbosity=options["verbosity"], stdout=self.stdout, stderr=self.stderr)
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
