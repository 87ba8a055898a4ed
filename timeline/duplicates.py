"""Likely duplicates (one happening extracted from several documents) and sources that disagree on a date.

A suggestion needs overlapping dates and then either shared actors with some shared wording, or much shared
wording. It is only a suggestion: an editor decides, and merges with services.merge_events.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from timeline.models import Event, EventSource, Status

STOPWORDS = frozenset(
    "a an and as at be by for from has had have he her his in into is it its of on or said says that the their they "
    "this to was were which will with would after before during between about over".split()
)
# How far apart two dates may be and still be the same happening reported with different precision.
DATE_SLACK = datetime.timedelta(days=3)
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Suggestion:
    event: Event
    score: float
    reasons: tuple[str, ...]


def _words(event: Event) -> set[str]:
    text = f"{event.title} {event.sentence}".casefold()
    return {w for w in re.findall(r"[\w'-]+", text) if w not in STOPWORDS and len(w) > 2}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def suggest_duplicates(event: Event, *, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
    """Other (not rejected) events that may report the same happening as ``event``, most likely first."""
    candidates = (
        Event.objects.exclude(pk=event.pk)
        .exclude(status=Status.REJECTED)
        .between(event.date_start - DATE_SLACK, event.date_end + DATE_SLACK)
        .prefetch_related("actors")
    )
    words = _words(event)
    actors = {a.pk for a in event.actors.all()}
    suggestions = []
    for other in candidates[:500]:
        wording = _jaccard(words, _words(other))
        shared = actors & {a.pk for a in other.actors.all()}
        if not ((shared and wording >= 0.15) or wording >= 0.4):
            continue
        reasons = ["overlapping dates"]
        if shared:
            reasons.append(f"{len(shared)} shared actor{'s' if len(shared) > 1 else ''}")
        reasons.append(f"{round(wording * 100)}% shared wording")
        score = wording + (0.3 * _jaccard(actors, {a.pk for a in other.actors.all()}))
        suggestions.append(Suggestion(other, score, tuple(reasons)))
    suggestions.sort(key=lambda s: (-s.score, s.event.pk))
    return suggestions[:limit]


def disagreeing_sources(event: Event) -> list[EventSource]:
    """The event's sources if they report different dates (else an empty list): the editor should choose one."""
    sources = [s for s in event.sources.all() if s.reported_start is not None]
    readings = {(s.reported_start, s.reported_end, s.reported_precision) for s in sources}
    return sources if len(readings) > 1 else []
