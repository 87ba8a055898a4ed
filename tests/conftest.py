import os

# Tests run the app as a developer's machine does; the deploy-mode settings are tested in their own process.
os.environ.setdefault("DJANGO_DEBUG", "1")
# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from it are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

import pytest  # noqa: E402

from tests.factories import (  # noqa: E402, F401
    ActorFactory,
    DocumentFactory,
    EventFactory,
    EventSourceFactory,
    UserFactory,
)

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared")


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Background tasks (extracting an uploaded document) run inside the request in tests: no worker needed."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def editor(db):
    return UserFactory(username="ed", groups=["Editors"])


@pytest.fixture
def teacher(db):
    return UserFactory(username="tess", groups=["Teachers"])


@pytest.fixture
def student(db):
    return UserFactory(username="stu")


@pytest.fixture
def source(db):
    """One event ("Geneva talks") and the document it was found in, for the notes tests."""
    return EventSourceFactory(event__title="Geneva talks")


@pytest.fixture
def seeded(db):
    """The project's seeds, every event published: the whole seed timeline (`make run`'s load_demo leaves the
    newest two briefs' events proposed for the review queue)."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("ingest", str(settings.BASE_DIR / "seeds"), publish=True, verbosity=0)


@pytest.fixture(autouse=True)
def no_sign_in_slow_down(monkeypatch):
    """Sign-in attempts after failures wait on purpose; tests record the waits instead of sitting through them."""
    monkeypatch.setattr("timeline.permissions.time.sleep", lambda seconds: None)


@pytest.fixture(autouse=True)
def _fresh_spelling_vocabulary():
    """Each test's events are its own: the vocabulary a search is corrected from is kept for minutes, and one kept
    from another test would offer that test's words."""
    from timeline import spelling

    spelling.forget_vocabulary()
    yield
    spelling.forget_vocabulary()
