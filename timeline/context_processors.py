from django.http import HttpRequest

from timeline.permissions import can_annotate, can_share, is_editor


def roles(request: HttpRequest) -> dict:
    """What the signed-in user may do, for the navigation. Views check permissions again on the server."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {"is_editor": is_editor(user), "can_annotate": can_annotate(user), "can_share": can_share(user)}
