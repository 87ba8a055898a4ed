"""A teacher's shared timeline saved as the share form saves one, for the view tests of shares and their pages."""

from timeline import shares
from timeline.models import SharedTimeline


def saved_share(teacher, mode, *, title="Summits", query="from=2018", notes=None, excluded=(), pinned=()):
    """A share of ``query``'s events, live or frozen (``mode``), with its class notes, left-out and pinned events."""
    share = SharedTimeline.objects.create(owner=teacher, title=title, query=query, mode=mode)
    return shares.save_share(share=share, notes=notes or {}, excluded=list(excluded), pinned=list(pinned),
                             freeze=True)
