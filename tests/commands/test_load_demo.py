import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from timeline.models import Document, Event, Status

# The newest two briefs by date published (the seed article, newer still, is the corpus's lead and stays published).
NEWEST_SEEDS = {"034-lee-jae-myung-inaugurated.md", "035-kim-open-to-talks-without-denuclearisation.md"}


@pytest.mark.django_db
def test_it_loads_the_seeds_and_creates_the_demo_users(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    out = capsys.readouterr().out
    assert "Demo log-ins: editor / editor-demo-2025, teacher / teacher-demo-2025" in out
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert User.objects.get(username="teacher").groups.filter(name="Teachers").exists()
    assert User.objects.get(username="editor").check_password("editor-demo-2025")
    assert Document.objects.count() >= 25
    assert Event.objects.published().count() >= 150
    assert not Event.objects.filter(status=Status.REJECTED).exists()


@pytest.mark.django_db
def test_it_leaves_the_newest_two_seeds_events_proposed_for_the_review_queue(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    proposed = Event.objects.filter(status=Status.PROPOSED)
    # A handful for a new editor to try the queue on, every one from those two documents.
    assert 5 <= proposed.count() <= 30
    assert all({s.document.key for s in event.sources.all()} <= NEWEST_SEEDS for event in proposed)
    # The events only the other seeds report are all on the timeline.
    others = Event.objects.exclude(sources__document__key__in=NEWEST_SEEDS)
    assert others.exists() and not others.exclude(status=Status.PUBLISHED).exists()
    out = capsys.readouterr().out
    assert f"Review queue: {proposed.count()} events proposed, from the 2 newest seed briefs" in out
    assert "“Kim Jong Un open to US talks if denuclearisation demand is dropped” (23 September 2025)" in out
    # the seed article's events are on the timeline
    assert not Event.objects.filter(sources__document__key="000_f6a6d55192aa3da0.txt").exclude(
        status=Status.PUBLISHED).exists()


@pytest.mark.django_db
def test_running_it_again_changes_nothing(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    events = list(Event.objects.values_list("pk", "status", "updated_at"))
    capsys.readouterr()
    call_command("load_demo", verbosity=0)
    assert list(Event.objects.values_list("pk", "status", "updated_at")) == events
    summaries = re.findall(r"Summary: (\d+) added, (\d+) updated, \d+ unchanged, (\d+) failed; (\d+) events created\.",
                           capsys.readouterr().out)
    assert summaries and all(counts == ("0", "0", "0", "0") for counts in summaries)


@pytest.mark.django_db
def test_an_editors_decisions_on_the_demos_proposed_events_survive_running_it_again(capsys, settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    published, rejected, *waiting = Event.objects.filter(status=Status.PROPOSED).order_by("pk")
    Event.objects.filter(pk=published.pk).update(status=Status.PUBLISHED)
    Event.objects.filter(pk=rejected.pk).update(status=Status.REJECTED)
    capsys.readouterr()
    call_command("load_demo", verbosity=0)
    assert Event.objects.get(pk=published.pk).status == Status.PUBLISHED
    assert Event.objects.get(pk=rejected.pk).status == Status.REJECTED
    assert list(Event.objects.filter(status=Status.PROPOSED).order_by("pk")) == waiting
    # The count it gives is of what still waits, not of what it once proposed.
    assert f"Review queue: {len(waiting)} events proposed" in capsys.readouterr().out


@pytest.mark.django_db
def test_no_demo_users_when_debug_is_off(capsys, settings):
    settings.DEBUG = False
    call_command("load_demo", verbosity=0)
    assert not User.objects.exists()
    assert "Debug is off: no demo users created." in capsys.readouterr().out
