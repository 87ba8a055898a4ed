"""A share's form saved in two places (two windows, a laptop and a phone): the second save must not silently put back
what the first one changed.

The form carries a short digest of each value it shows (the share's fields, each event's class note and "leave out"),
as they were when it was loaded. On saving, a value someone changed meanwhile (its digest no longer matches the share)
that this form would write differently is a conflict: nothing is saved, and the teacher is shown both. What only this
form changed is no conflict, and neither is revoking the link, changing the filters or a pupil opening it meanwhile.
An editor's merge folds class notes onto the event kept (shares.fold_merged_items); the save already puts a stale
form's choices there (shares.save_share), so the events a merge touched are left to it.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from timeline.exports import EventRecord
from timeline.models import SharedTimeline
from timeline.shares import items_by_event

FIELDS = ("title", "introduction", "mode", "expires_on")
_LABELS = {"title": "Title", "introduction": "Introduction", "mode": "When the timeline changes later",
           "expires_on": "Link expires after"}


@dataclass(frozen=True)
class Difference:
    what: str
    saved: str
    yours: str


def _digest(value: object) -> str:
    # False and "" alike: not left out, no note.
    return hashlib.sha256(str(value or "").strip().encode()).hexdigest()[:8]


def _state(fields: Mapping[str, object], notes: Mapping[int, str], excluded: Collection[int],
           events: Collection[int]) -> dict[str, str]:
    state = {name: _digest(fields[name]) for name in FIELDS}
    for pk in events:
        state[f"note-{pk}"] = _digest(notes.get(pk, ""))
        state[f"exclude-{pk}"] = _digest(pk in excluded)
    return state


def loaded_digests(loaded: str) -> dict | None:
    """The digests a form's hidden "loaded" input carries, or None when it carries none (a script's post, a form
    from before the check) or something unreadable: such a form is not checked."""
    try:
        before = json.loads(loaded) if loaded else None
    except ValueError:
        return None
    return before if isinstance(before, dict) else None


def loaded_state(share: SharedTimeline) -> str:
    """The digests of what the form shows of ``share`` now, for its hidden "loaded" input."""
    items = items_by_event(share.items.all())
    notes = {pk: item.class_note for pk, item in items.items()}
    excluded = {pk for pk, item in items.items() if item.excluded}
    return json.dumps(_state({n: getattr(share, n) for n in FIELDS}, notes, excluded, items), separators=(",", ":"))


def conflicts(
    *,
    loaded: str,
    saved: Mapping[str, object],
    cleaned: Mapping[str, object],
    saved_notes: Mapping[int, str],
    notes: Mapping[int, str],
    saved_excluded: Collection[int],
    excluded: Collection[int],
    records: list[EventRecord],
    merged: Collection[int] = (),
) -> list[Difference]:
    """The values someone changed since the form was loaded (``loaded``, its hidden input) that this form would write
    differently; ``saved`` are the share's fields as saved now, read before validating (which writes the typed
    values onto it). A form that carries no digests (a script's post) is not checked."""
    if (before := loaded_digests(loaded)) is None:
        return []
    events = set(notes) - set(merged)
    now = _state(saved, saved_notes, saved_excluded, events)
    yours = _state(cleaned, notes, excluded, events)
    titles = {record.id: record.title for record in records}
    found = []
    for key, digest in now.items():
        # An event with no item when the form was loaded had no note and was not left out: both digest as "".
        if before.get(key, _digest("")) == digest or yours[key] == digest:
            continue
        name, _, pk = key.partition("-")
        if key in FIELDS:
            found.append(Difference(_LABELS[key], _shown(key, saved[key]), _shown(key, cleaned[key])))
        elif name == "note":
            title = titles.get(int(pk), f"event {pk}")
            found.append(Difference(f"Class note on “{title}”", saved_notes.get(int(pk)) or "—",
                                    notes[int(pk)].strip() or "—"))
        else:
            title = titles.get(int(pk), f"event {pk}")
            found.append(Difference(f"Leave out “{title}”", "yes" if int(pk) in saved_excluded else "no",
                                    "yes" if int(pk) in excluded else "no"))
    return found


def _shown(name: str, value: object) -> str:
    if not value:
        return "—"
    if name == "mode":
        return SharedTimeline.Mode(value).label
    if isinstance(value, datetime.date):
        return f"{value:%-d %B %Y}"
    return str(value)
