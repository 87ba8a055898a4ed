"""The permission matrix: every URL the resolver knows, with every role, GET and POST.

Routes are discovered from the URL resolver, so a route added later must be classified below (as public or by
the role it needs) or this test fails and names it.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.models import Annotation, SharedTimeline

PUBLIC = {
    "timeline:event_list",
    "timeline:event_detail",
    "timeline:document_list",
    "timeline:document_detail",
    # A share is read by whoever has its link (issue 6); exports of the public timeline are public too.
    "timeline:share_detail",
    "timeline:share_embed",
    "timeline:share_print",
    "timeline:share_qr",
    "timeline:share_export",
    "timeline:export",
}
EDITORS = {
    "timeline:review_queue",
    "timeline:review_bulk",
    "timeline:highlights_to_review",
    "timeline:review_item",
    "timeline:review_publish",
    "timeline:review_reject",
    "timeline:event_edit",
    "timeline:date_preview",
    "timeline:event_history",
    "timeline:event_revert",
    "timeline:choose_date",
    "timeline:event_merge",
    "timeline:source_split",
    "timeline:document_new",
    "timeline:document_retry",
    "timeline:document_delete",
    "timeline:import_events",
}
# Editors and teachers.
ANNOTATORS = {"timeline:note_create", "timeline:note_edit", "timeline:note_delete", "timeline:highlight_create"}
OWN_NOTES = {"timeline:note_edit", "timeline:note_delete"}
SHARERS = {"timeline:share_list", "timeline:share_new", "timeline:share_edit", "timeline:share_filters",
           "timeline:share_revoke", "timeline:share_delete"}
# Every signed-in user, whatever their role: the page lists only their own notes (tests/views/test_my_notes.py).
SIGNED_IN = {"timeline:my_notes"}
# Django's own sign-in pages and the admin (which checks is_staff itself: tested separately below).
FRAMEWORK_NAMESPACES = {"admin"}
FRAMEWORK_NAMES = {
    "login",
    "logout",
    "password_change",
    "password_change_done",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}


def discover(patterns=None, namespace=""):
    """(name, route, converters) for every named route, walking included URLconfs."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            if entry.namespace in FRAMEWORK_NAMESPACES:
                continue
            yield from discover(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry.pattern.converters


ROUTES = sorted({(name, tuple(sorted(conv.items()))) for name, conv in discover()}, key=lambda r: r[0])


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Three users per test: the real hasher's deliberate slowness would make up most of this module's run time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_every_route_is_classified():
    known = PUBLIC | EDITORS | ANNOTATORS | SHARERS | SIGNED_IN | FRAMEWORK_NAMES
    unclassified = sorted(name for name, _ in ROUTES if name not in known)
    assert not unclassified, f"Classify these routes in tests/views/test_permissions.py: {unclassified}"


@pytest.fixture
def objects(db, teacher):
    source = EventSourceFactory(event=EventFactory(), document=DocumentFactory())
    event, document = source.event, source.document
    note = Annotation.objects.create(author=teacher, event=event, body="A note", visibility="public")
    share = SharedTimeline.objects.create(owner=teacher, title="Class share")
    return {"event": event, "document": document, "source": source, "note": note, "share": share}


def url_for(name: str, converters, objects) -> str:
    kwargs = {}
    for arg, _ in converters:
        if arg == "pk":
            kind = next(
                (
                    k
                    for k in ("note", "source", "share", "document", "highlight")
                    if k in name or (k == "document" and "highlight" in name)
                ),
                "event",
            )
            kind = "document" if kind == "highlight" else kind
            kwargs[arg] = objects[kind].pk
        elif arg == "history_id":
            kwargs[arg] = objects["event"].history.first().history_id
        elif arg == "token":
            kwargs[arg] = objects["share"].token
        elif arg == "filename":
            kwargs[arg] = "timeline.csv"
        else:
            kwargs[arg] = "x"
    return reverse(name, kwargs=kwargs)


def outcome(client: Client, method: str, url: str) -> str:
    response = getattr(client, method)(url)
    if response.status_code == 403:
        return "denied"
    if response.status_code == 302 and response["Location"].startswith(reverse("login")):
        return "denied"
    if response.status_code == 405:
        return "method"
    assert response.status_code < 500, f"{method.upper()} {url} -> {response.status_code}"
    return "allowed"


@pytest.mark.parametrize(
    ("name", "converters"),
    [r for r in ROUTES if r[0] not in FRAMEWORK_NAMES],
    ids=[r[0] for r in ROUTES if r[0] not in FRAMEWORK_NAMES],
)
def test_each_route_lets_in_exactly_the_roles_it_should(name, converters, objects, editor, teacher, student):
    url = url_for(name, converters, objects)
    allowed_roles = {"anonymous", "student", "teacher", "editor"} if name in PUBLIC else {"editor"}
    if name in ANNOTATORS | SHARERS:
        allowed_roles = {"teacher", "editor"}
    if name in SIGNED_IN:
        allowed_roles = {"student", "teacher", "editor"}
    if name in OWN_NOTES:
        # Only a note's author changes it (the note here is the teacher's); editors are refused too.
        allowed_roles = {"teacher"}
    roles = {"anonymous": None, "student": student, "teacher": teacher, "editor": editor}
    # Denied roles first, so that an allowed POST (which may change or delete the object) cannot hide a leak.
    for role in sorted(roles, key=lambda r: r in allowed_roles):
        client = Client()
        if roles[role] is not None:
            client.force_login(roles[role])
        for method in ("get", "post"):
            result = outcome(client, method, url)
            if role in allowed_roles:
                assert result != "denied", f"{role} {method.upper()} {url} was refused"
            else:
                # A GET-only or POST-only view may answer 405 to the other method; it still shows nothing.
                assert result in ("denied", "method"), f"{role} {method.upper()} {url} was let in"


def test_the_admin_is_for_staff_only(db, editor):
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/auth/user/").status_code == 302
    staff = User.objects.create_user("staff", is_staff=True, is_superuser=True)
    client.force_login(staff)
    assert client.get("/admin/auth/user/").status_code == 200


def test_the_navigation_shows_editors_links_only_to_editors(client, editor, teacher):
    client.force_login(teacher)
    assert "Review queue" not in client.get("/").content.decode()
    client.force_login(editor)
    html = client.get("/").content.decode()
    assert 'href="/review/"' in html and 'href="/documents/new/"' in html


def test_repeated_failed_sign_ins_are_refused_for_a_while_with_a_clear_message(db, settings):
    UserFactory(username="target", groups=["Editors"])
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/accounts/login/", {"username": "target", "password": "wrong"})
        assert response.status_code == 400 and "did not match" in response.content.decode()
    locked = client.post("/accounts/login/", {"username": "target", "password": "wrong"})
    assert locked.status_code == 429
    assert "Signing in is paused" in locked.content.decode() and "15 minutes" in locked.content.decode()
    # Even the right password is refused now.
    right = client.post("/accounts/login/", {"username": "target", "password": "correct-horse-battery"})
    assert right.status_code == 429 and "_auth_user_id" not in client.session


def test_a_refused_sign_in_answers_400_with_the_sign_in_page_and_its_message(db):
    UserFactory(username="tess", groups=["Teachers"])
    client = Client()
    refused = client.post("/accounts/login/", {"username": "tess", "password": "wrong", "next": "/shared/"})
    # A script (or a screen reader's tooling) sees the failure in the status; a person sees the same page as before.
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "<h1>Sign in</h1>" in html and 'role="alert"' in html and "did not match" in html
    assert 'value="tess"' in html and 'name="next" value="/shared/"' in html
    assert "_auth_user_id" not in client.session
    # A form sent half filled in is refused the same way.
    assert client.post("/accounts/login/", {"username": "tess"}).status_code == 400


@pytest.mark.parametrize("limit", [5, 8])
def test_a_refused_sign_in_says_after_how_many_failures_signing_in_is_paused(db, settings, limit):
    settings.AXES_FAILURE_LIMIT = limit
    UserFactory(username="tess", groups=["Teachers"])
    refused = Client().post("/accounts/login/", {"username": "tess", "password": "wrong"})
    html = refused.content.decode()
    assert f"After {limit} failed attempts, signing in is paused for a while." in html
    assert "several" not in html


def test_a_refused_sign_in_with_a_limit_of_one_says_one_failed_attempt(db, settings):
    settings.AXES_FAILURE_LIMIT = 1
    UserFactory(username="tess", groups=["Teachers"])
    # A form sent without its password is refused before any attempt is counted, so at a limit of one the page
    # with the refusal is still what a person sees.
    html = Client().post("/accounts/login/", {"username": "tess"}).content.decode()
    assert "After 1 failed attempt, signing in is paused for a while." in html
    assert "attempts" not in html


def test_failures_from_one_address_lock_it_out_whatever_the_username(db, settings):
    client = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": f"guess{n}", "password": "wrong"})
    UserFactory(username="real", groups=["Editors"])
    assert client.post("/accounts/login/", {"username": "real", "password": "correct-horse-battery"}).status_code == 429
    other = Client(REMOTE_ADDR="198.51.100.7")
    assert other.post("/accounts/login/", {"username": "real", "password": "correct-horse-battery"}).status_code == 302


def test_signing_in_and_out_with_the_styled_pages(db):
    UserFactory(username="editor-x", groups=["Editors"])
    client = Client()
    page = client.get("/accounts/login/?next=/review/").content.decode()
    assert "<h1>Sign in</h1>" in page and 'value="/review/"' in page
    response = client.post(
        "/accounts/login/", {"username": "editor-x", "password": "correct-horse-battery", "next": "/review/"}
    )
    assert response.status_code == 302 and response["Location"] == "/review/"
    signed_out = client.post("/accounts/logout/")
    assert signed_out.status_code == 200 and "You are signed out" in signed_out.content.decode()
    assert "Signed in as" not in signed_out.content.decode()
    assert client.get("/review/").status_code == 302


def test_behind_a_proxy_failures_count_against_the_address_it_forwards(db, settings):
    settings.SIGNIN_BEHIND_PROXY = True
    proxy = "10.0.0.1"
    attacker = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5")
    for n in range(settings.AXES_FAILURE_LIMIT):
        # A forged first entry changes nothing: the proxy's own entry (the last) is the address counted.
        attacker.defaults["HTTP_X_FORWARDED_FOR"] = f"1.2.3.{n}, 203.0.113.5"
        attacker.post("/accounts/login/", {"username": f"guess{n}", "password": "wrong"})
    UserFactory(username="colleague", groups=["Editors"])
    # Another client behind the same proxy is not locked out with the attacker.
    colleague = Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert (
        colleague.post("/accounts/login/", {"username": "colleague", "password": "correct-horse-battery"}).status_code
        == 302
    )
    assert (
        attacker.post("/accounts/login/", {"username": "colleague", "password": "correct-horse-battery"}).status_code
        == 429
    )


def test_sign_in_attempts_slow_down_with_each_failure_before_the_lock_out(db, settings, monkeypatch):
    UserFactory(username="target", groups=["Editors"])
    waits = []
    monkeypatch.setattr("timeline.permissions.time.sleep", waits.append)
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "target", "password": "wrong"})
    # The first two slips cost nothing; then each attempt waits twice as long as the one before.
    assert waits == [0.0, 0.0, 0.5, 1.0, 2.0]


def test_a_successful_sign_in_clears_the_slow_down(db, settings, monkeypatch):
    UserFactory(username="target", groups=["Editors"])
    waits = []
    monkeypatch.setattr("timeline.permissions.time.sleep", waits.append)
    client = Client()
    for _ in range(3):
        client.post("/accounts/login/", {"username": "target", "password": "wrong"})
    client.post("/accounts/login/", {"username": "target", "password": "correct-horse-battery"})
    client.post("/accounts/logout/")
    client.post("/accounts/login/", {"username": "target", "password": "wrong"})
    assert waits[-1] == 0.0
