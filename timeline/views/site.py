"""Site-wide odds and ends that belong to no area of the app."""

from django.http import HttpRequest, HttpResponsePermanentRedirect
from django.templatetags.static import static


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    # Browsers ask for /favicon.ico on pages that name no icon (error pages, files). The static URL is looked up
    # per request: with hashed static files it only exists after collectstatic, not when the URLconf is imported.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
