from functools import cache

from django.http import HttpRequest

from timeline.models import Annotation
from timeline.permissions import can_annotate, can_share, is_editor


def roles(request: HttpRequest) -> dict:
    """What the signed-in user may do, for the navigation. Views check permissions again on the server."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    context = {"is_editor": is_editor(user), "can_annotate": can_annotate(user), "can_share": can_share(user)}
    if user.is_authenticated:
        # The header's "My notes 2" (2 to review), so an author notices a highlight that lost its passage. A callable:
        # a template calls it only where it shows the count (not for an htmx fragment), and cache() makes that one
        # query however often the page names it.
        context["notes_to_review"] = cache(Annotation.objects.written_by(user).needing_review().count)
    return context
