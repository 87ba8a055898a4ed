import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from timeline.models import Document, Event, Status


@pytest.mark.django_db
def test_it_loads_the_seeds_published_and_creates_the_demo_users(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    out = capsys.readouterr().out
    assert "Demo log-ins: editor / editor-demo-2025, teacher / teacher-demo-2025" in out
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert User.objects.get(username="teacher").groups.filter(name="Teachers").exists()
    assert User.objects.get(username="editor").check_password("editor-demo-2025")
    assert Document.objects.count() >= 25
    assert Event.objects.exists() and not Event.objects.exclude(status=Status.PUBLISHED).exists()


@pytest.mark.django_db
def test_running_it_again_changes_nothing(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    events = list(Event.objects.values_list("pk", "updated_at"))
    call_command("load_demo", verbosity=0)
    assert list(Event.objects.values_list("pk", "updated_at")) == events
    assert re.search(r"Summary: 0 added, 0 updated, \d+ unchanged, 0 failed; 0 events created\.", capsys.readouterr().out)


@pytest.mark.django_db
def test_no_demo_users_when_debug_is_off(capsys, settings):
    settings.DEBUG = False
    call_command("load_demo", verbosity=0)
    assert not User.objects.exists()
    assert "Debug is off: no demo users created." in capsys.readouterr().out
