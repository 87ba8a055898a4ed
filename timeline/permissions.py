"""Who may do what. Every editing view checks on the server with these, whatever the navigation shows."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from urllib.parse import urlsplit

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Q
from django.http import HttpRequest, HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django_htmx.http import HttpResponseClientRedirect

EDITORS = "Editors"
TEACHERS = "Teachers"


def _groups(user) -> set[str]:
    # Cached on the user object: one query per request however often it is asked.
    if not hasattr(user, "_timeline_groups"):
        user._timeline_groups = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
    return user._timeline_groups


def is_editor(user) -> bool:
    return user.is_authenticated and (user.is_superuser or EDITORS in _groups(user))


def is_teacher(user) -> bool:
    return user.is_authenticated and (user.is_superuser or TEACHERS in _groups(user))


def can_annotate(user) -> bool:
    return is_editor(user) or is_teacher(user)


def can_share(user) -> bool:
    return is_editor(user) or is_teacher(user)


def role_required(test: Callable, who: str, groups: str) -> Callable:
    """Anonymous visitors go to the sign-in page; signed-in users without the role get 403, saying ``who`` may and
    which ``groups`` to ask for (a teacher refused an editors' page is already in Teachers: that would not help)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if not request.user.is_authenticated:
                return _to_sign_in(request)
            if not test(request.user):
                raise PermissionDenied(f"This page is for {who}. If you should have access, ask whoever runs this "
                                       f"site to add your account to the {groups} group.")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def _to_sign_in(request: HttpRequest) -> HttpResponse:
    """The sign-in page, coming back afterwards to a page the user can open again.

    A form sent after the session ran out cannot be its own way back (signing in would GET a POST-only address: a
    blank 405), so it comes back to the page the form was on and says the action was not done. An htmx request sends
    the whole window there: a redirect it followed itself would put the sign-in page inside the page's fragment.
    """
    back = request.get_full_path()
    if request.htmx or request.method not in ("GET", "HEAD"):
        back = _page_the_request_came_from(request)
    if request.method not in ("GET", "HEAD"):
        messages.info(request, _NOTE_NOT_SAVED if _has_typed_note(request) else _NOT_DONE)
    response = redirect_to_login(back)
    return HttpResponseClientRedirect(response.url) if request.htmx else response


_NOT_DONE = "You were signed out, so that was not done. Sign in, then try again."
# Said outright for a note: typed text is what the user stands to lose. With JavaScript, the page it was typed on
# puts it back in its box once they are signed in (static/js/unsent.js); without, they must type it again.
_NOTE_NOT_SAVED = "You were signed out, so that was not done: your note was not saved. Sign in, then send it again."
# The fields a note or a highlight is typed in (NoteForm, HighlightForm with its "highlight" prefix).
_NOTE_FIELDS = ("body", "highlight-body", "highlight-quote_exact")


def _has_typed_note(request: HttpRequest) -> bool:
    return any(request.POST.get(name, "").strip() for name in _NOTE_FIELDS)


def _page_the_request_came_from(request: HttpRequest) -> str:
    # The page htmx says the window shows, else the form's own "next" (where its view would have gone), else the page
    # the browser says it sent the form from.
    for url in (request.headers.get("HX-Current-URL"), request.POST.get("next"), request.headers.get("Referer")):
        if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, require_https=request.is_secure()):
            parts = urlsplit(url)
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return "/"


editor_required = role_required(is_editor, "editors", EDITORS)
annotator_required = role_required(can_annotate, "editors and teachers", f"{EDITORS} or {TEACHERS}")
sharer_required = role_required(can_share, "editors and teachers", f"{EDITORS} or {TEACHERS}")


class ThrottledSignInBackend(AxesStandaloneBackend):
    """django-axes' lock-out check for sign-ins through the site's form (settings.AUTHENTICATION_BACKENDS).

    A sign-in without a request (the test client's ``login()``, ``authenticate()`` in a shell) is not a guess from
    the network, so it is passed on to the next backend instead of raising as django-axes does.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        time.sleep(signin_delay(recent_failures(username, client_address(request))))
        return super().authenticate(request, username=username, password=password, **kwargs)


def recent_failures(username: str | None, address: str | None) -> int:
    """The most failed sign-ins recorded (by django-axes, within its cool-off) for this username or this address."""
    from axes.models import AccessAttempt

    return (
        AccessAttempt.objects.filter(Q(username=username) | Q(ip_address=address)).aggregate(n=Max("failures_since_start"))["n"]
        or 0
    )


def signin_delay(failures: int) -> float:
    """Seconds to hold a sign-in attempt: none for the first slips, then doubling up to a cap, until the lock-out.

    Guessing gets slower with every miss, while a person who mistyped once or twice never waits.
    """
    free = settings.SIGNIN_FREE_FAILURES
    if failures < free:
        return 0.0
    return min(settings.SIGNIN_DELAY_SECONDS * 2 ** (failures - free), settings.SIGNIN_DELAY_MAX_SECONDS)


def client_address(request: HttpRequest) -> str | None:
    """The address sign-in failures are counted against (django-axes' AXES_CLIENT_IP_CALLABLE).

    Behind a TLS-terminating proxy every request comes from the proxy, so the client is the last address the proxy
    appended to X-Forwarded-For (earlier entries are whatever the client sent, and could be forged).
    """
    if settings.SIGNIN_BEHIND_PROXY:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")
