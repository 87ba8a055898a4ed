"""Site-wide odds and ends that belong to no area of the app."""

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import Resolver404


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
