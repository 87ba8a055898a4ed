"""Site-wide odds and ends that belong to no area of the app."""

from collections.abc import Callable
from functools import wraps

from axes.helpers import get_failure_limit
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import Resolver404, reverse
from django.utils.log import log_response

from timeline.models import Event, Status
from timeline.permissions import is_editor


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    # Browsers ask for /favicon.ico on pages that name no icon (error pages, files). The static URL is looked up
    # per request: with hashed static files it only exists after collectstatic, not when the URLconf is imported.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 404 page (debug off): the site's own page, with what the view said was not found.

    Views raise Http404 with a sentence written for readers ("There is no published event number 12."). A URL that
    matches no route, or a lookup that says only "No Event matches the given query.", names the address instead.
    """
    message = exception.args[0] if exception.args and isinstance(exception.args[0], str) else ""
    if isinstance(exception, Resolver404) or message.endswith("matches the given query."):
        message = ""
    return render(request, "404.html", {"message": message, "path": request.get_full_path()}, status=404)


class SignInView(LoginView):
    """Django's sign-in page, a refused sign-in answered 400 rather than 200: the page and its message are the same,
    and a script, or a screen reader's tooling, sees from the status alone that it failed."""

    def form_invalid(self, form) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        # The refusal says after how many failures signing in is paused: the limit django-axes counts to (read as it
        # reads it, which allows one set per request), not a vague "several".
        username = self.request.POST.get("username", "")
        context["failure_limit"] = get_failure_limit(self.request, {"username": username})
        return context


def event_page(request: HttpRequest, pk: int) -> tuple[str, str]:
    """The page to offer, with its link's words, from an event form's address opened directly: the public event
    page answers only while the event is published (otherwise "not found"), so an editor goes to the event's edit
    page (the review queue once the event is merged away), and anyone else to the timeline alone."""
    status = Event.objects.filter(pk=pk).values_list("status", flat=True).first()
    if status == Status.PUBLISHED:
        return reverse("timeline:event_detail", args=[pk]), ""
    if not is_editor(request.user):
        return "", ""
    if status is None:
        return reverse("timeline:review_queue"), "Go to the review queue"
    return reverse("timeline:event_edit", args=[pk]), "Go to the event’s edit page"


def post_only(form_page: str | Callable = "", *arg_names: str) -> Callable:
    """Django's require_POST, answering a browser on the site's own page rather than a blank one.

    A form's address gets opened as a page too: from the history, a bookmark, a pasted link. The 405 page says what
    the address is for and links to ``form_page``, the URL name of the page the form is on, reversed with the
    view's arguments named in ``arg_names`` ("pk"), or a function of the request and those arguments giving the
    address and its link's words (``event_page``); without one, to the timeline. The status and Allow header stay.
    """

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method == "POST":
                return view(request, *args, **kwargs)
            values = [kwargs[name] for name in arg_names]
            if callable(form_page):
                back, label = form_page(request, *values)
            else:
                back, label = (reverse(form_page, args=values) if form_page else ""), ""
            response = render(request, "405.html", {"form_page": back, "form_page_label": label}, status=405)
            response["Allow"] = "POST"
            log_response("Method Not Allowed (%s): %s", request.method, request.path, response=response,
                         request=request)
            return response

        return wrapper

    return decorator
