"""A note edited by its author in two windows (two tabs, a laptop and a phone): the second save must not silently
overwrite what the first one saved.

As a share's form does (timeline.share_conflicts): the edit form carries a short digest of the note's text and of who
can see it, as they were when it was loaded. On saving, a value saved elsewhere meanwhile (its digest no longer
matches the note) that this form would write differently is a conflict: nothing is saved, and both are shown. A
digest, not a version number: re-anchoring a highlight after its document changed saves the note too, and is no
reason to refuse its author's edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from timeline.models import Annotation
from timeline.share_conflicts import Difference, loaded_digests

FIELDS = {"body": "Note", "visibility": "Who can see it"}


def _digest(value: str) -> str:
    # A browser sends a textarea's line breaks as CRLF, whatever the note was stored with: not a change.
    return hashlib.sha256(value.replace("\r\n", "\n").strip().encode()).hexdigest()[:8]


def loaded_state(note: Annotation) -> str:
    """The digests of what the form shows of ``note`` now, for its hidden "loaded" input."""
    return json.dumps({name: _digest(getattr(note, name)) for name in FIELDS}, separators=(",", ":"))


def saved_elsewhere(note_id: int, *, loaded: str, cleaned: Mapping[str, str]) -> list[Difference]:
    """The values of note ``note_id`` saved since the form was loaded (``loaded``, its hidden input) that this form
    would write differently. Reads the note under a lock: call inside the transaction that saves it. A form that
    carries no digests (a script's post) is not checked."""
    if (before := loaded_digests(loaded)) is None:
        return []
    saved = Annotation.objects.select_for_update().get(pk=note_id)
    found = []
    for name, label in FIELDS.items():
        now = getattr(saved, name)
        if before.get(name) == _digest(now) or _digest(cleaned[name]) == _digest(now):
            continue
        found.append(Difference(label, _shown(name, now), _shown(name, cleaned[name])))
    return found


def _shown(name: str, value: str) -> str:
    if name == "visibility":
        return Annotation.Visibility(value).label
    return value.strip() or "—"
