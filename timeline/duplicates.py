"""Likely duplicates (one happening extracted from several documents) and sources that disagree on a date.

Dates are read with their modifiers (reading_of): "early 2019" and "late 2019" are months apart, not overlapping.
Where the readings overlap, a suggestion needs shared actors with some shared wording, much shared wording, or the
same person and a telling word beyond the names. Sources disagree by weeks, so readings up to NEAR apart (two
different days, or a day just outside a month) can still be one happening, but a sentence often tells two
happenings ("in August Trump warned ..., and in September North Korea tested ..."), so there shared actors need
alike titles, or much shared wording between sentences that each tell one event, at least one of them told coarser
than a day; or the same person must be named with a telling word that no third event of that time says. Readings
further apart are not suggested.
A year overlaps every day and month of it ("first ICBM test, 2017" against each launch that year): where one reading
is that much coarser than the other (_far_coarser), overlapping says next to nothing, and the pair needs the evidence
readings days apart need, a telling word being one that no third event of the coarse reading's time says.
It is only a suggestion: an editor decides, and merges with services.merge_events.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q

from timeline.models import Actor, DateMod, Event, EventSource, Precision, Status

STOPWORDS = frozenset(
    "a an and as at be by for from has had have he her his in into is it its of on or said says that the their they "
    "this to was were which will with would after before during between about over".split()
)
# Sources often disagree by weeks (one says "July 2025", another "4 June 2025"): events this far apart can still be
# one happening, but then they need more than events whose dates overlap (see the module's docstring).
NEAR = datetime.timedelta(days=45)
MAX_SUGGESTIONS = 5
# Titles beyond the shared actors' names sharing half their words: on the demo data, reports of one happening days
# apart had the same title, while different happenings shared at most a fifth ("quit", "test").
TITLES_ALIKE = 0.5
# Sentences that each tell one event, dates days apart: on the demo data, reports of different happenings shared up
# to 45% of their words ("fire and fury" and the test "less than a month after" it), reports of one happening half.
APART_WORDING = 0.5
ONE_DAY = datetime.timedelta(days=1)
# A reading this long (a year, "early", "mid" or "late" in one, a decade, "before 2019") is far coarser than one of a
# FINE length at most (a day, a month): it holds many happenings that overlap it for no other reason.
COARSE = datetime.timedelta(days=120)
FINE = datetime.timedelta(days=31)


@dataclass(frozen=True)
class Suggestion:
    event: Event
    score: float
    reasons: tuple[str, ...]


def words_of(text: str) -> set[str]:
    """The content words of a text, for comparing how two reports are worded (also used at ingest)."""
    return {w for w in re.findall(r"[\w'-]+", text.casefold()) if w not in STOPWORDS and len(w) > 2}


def _words(event: Event) -> set[str]:
    return words_of(f"{event.title} {event.sentence}")


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def suggest_duplicates(event: Event, *, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
    """Other (not rejected) events that may report the same happening as ``event``, most likely first."""
    return _look_alikes(event, Event.objects.exclude(status=Status.REJECTED), limit)


def rejected_look_alikes(event: Event, *, limit: int = 1) -> list[Suggestion]:
    """Rejected events that may report the same happening as the proposed ``event``, most likely first.

    Ingest keeps a rejected event rejected only when it is sure an extraction reports it again (see
    services.rejected_event); a sentence changed more than that (another day, other words) is proposed anew, and
    the queue shows this so the editor sees their earlier rejection. No stored link is needed: it is the same look.
    """
    if event.status != Status.PROPOSED:
        return []
    return _look_alikes(event, Event.objects.filter(status=Status.REJECTED), limit)


def _look_alikes(event: Event, events, limit: int) -> list[Suggestion]:
    # The stored dates are a coarse prefilter, refined below by the readings with their modifiers. "Early", "mid"
    # and "late" lie inside the stored span, so nothing they place within NEAR is missed; the wider "about",
    # "before" and "after" are looked for only as far as their stored dates reach.
    candidates = (
        events.exclude(pk=event.pk)
        .between(event.date_start - NEAR, event.date_end + NEAR)
        .prefetch_related("actors")
    )[:500]
    # Two dates in one sentence ("said on Friday that a meeting could come in April") are two happenings told
    # together, not one happening reported twice. A stale source is no longer in its text: its offsets say nothing
    # (it is where a re-ingested document reported a rejected event before its sentence was reworded).
    own = Q()
    for document_id, start in EventSource.objects.filter(event=event, stale=False).values_list(
            "document_id", "sentence_start"):
        own |= Q(document_id=document_id, sentence_start=start)
    told_together = set()
    if own:
        told_together = set(
            EventSource.objects.filter(own, stale=False).exclude(event=event).values_list("event_id", flat=True))
    words = _words(event)
    actors = {a.pk for a in event.actors.all()}
    people = {a.pk for a in event.actors.all() if a.kind == Actor.Kind.PERSON}
    reading = _event_reading(event)
    said_by: dict[tuple[datetime.date, datetime.date], Counter] = {}
    suggestions = []
    for other in candidates:
        if other.pk in told_together:
            continue
        other_words = _words(other)
        wording = jaccard(words, other_words)
        other_actors = {a.pk for a in other.actors.all()}
        shared = actors & other_actors
        # Two reports of one happening can share few words overall ("took office on 4 June" against "since
        # assuming office in July") yet name the same person and a telling word beyond that person's name.
        key_words = _key_words(words & other_words, event, other) if people & other_actors else set()
        other_reading = _event_reading(other)
        gap = _days_apart(reading, other_reading)
        far_coarser = _far_coarser(reading, other_reading)
        if gap == 0 and not far_coarser:
            likely = (shared and wording >= 0.15) or wording >= 0.4 or bool(key_words)
        elif gap <= NEAR.days:
            # Days apart, a word ties two reports only if it is this pair's alone (no third event then says it);
            # against a far coarser reading, no third event of its whole time, whichever of the two is asked about.
            span = (min(event.date_start, other.date_start), max(event.date_end, other.date_end)) if far_coarser \
                else (event.date_start, event.date_end)
            if key_words and span not in said_by:
                said_by[span] = _said_by(*span)
            key_words = {w for w in key_words if said_by[span][w] == 2}
            # Alike titles or wording need shared actors days apart, not within a coarse reading: reports of one
            # happening told there ("1994" and "21 October 1994" for the Agreed Framework) often name none.
            alike = (shared or gap == 0) and _alike_apart(event, other, wording, alone=not told_together)
            likely = bool(key_words) or bool(alike)
        else:
            likely = False
        if not likely:
            continue
        reasons = [_dates_reason(gap)]
        if shared:
            reasons.append(f"{len(shared)} shared actor{'s' if len(shared) > 1 else ''}")
        reasons.append(f"{round(wording * 100)}% shared wording")
        if key_words:
            reasons.append("both say " + ", ".join(f"“{w}”" for w in sorted(key_words)))
        score = wording + 0.3 * jaccard(actors, other_actors) - gap / NEAR.days / 4
        suggestions.append(Suggestion(other, score, tuple(reasons)))
    suggestions.sort(key=lambda s: (-s.score, s.event.pk))
    return suggestions[:limit]


def _alike_apart(event: Event, other: Event, wording: float, *, alone: bool) -> bool:
    """Whether two events that share actors but are dated days apart say the same thing (``alone``: no other event
    is told in ``event``'s sentences).

    Shared wording may be another happening told in one of the sentences ("in August Trump warned ..., and in
    September North Korea tested ..."): it counts only where each sentence tells one event, and where a date is
    coarse (two different days cannot both be right). Otherwise what each event is, its title, must match.
    """
    if _titles_alike(event, other):
        return True
    both_days = _event_reading(event).exact and _event_reading(other).exact
    return wording >= APART_WORDING and not both_days and alone and not _told_with_others(other)


def _said_by(start: datetime.date, end: datetime.date) -> Counter:
    """How many events of the time (up to NEAR around ``start`` to ``end``, whatever their status) say each word.

    A word the story of those weeks repeats ("threats" in every report around "fire and fury") ties no two of them
    together; the events told in the sentence of the event asked about count too, as they say it as well.
    """
    around = Event.objects.between(start - NEAR, end + NEAR)
    return Counter(word for title, sentence in around.values_list("title", "sentence")
                   for word in words_of(f"{title} {sentence}"))


def _told_with_others(event: Event) -> bool:
    """Whether a sentence that tells ``event`` tells another event too (two happenings told in one sentence)."""
    sources = EventSource.objects.filter(stale=False)
    alongside = sources.filter(document_id=OuterRef("document_id"), sentence_start=OuterRef("sentence_start"))
    return sources.filter(Exists(alongside.exclude(event_id=OuterRef("event_id"))), event=event).exists()


def _event_reading(event: Event) -> Reading:
    return reading_of(event.date_start, event.date_end, event.precision, event.date_mod)


def _days_apart(a: Reading, b: Reading) -> int:
    """Days from the end of the earlier reading to the start of the later one; 0 when they overlap."""
    return max((b.start - a.end).days, (a.start - b.end).days, 0)


def _far_coarser(a: Reading, b: Reading) -> bool:
    """Whether one reading is far coarser than the other: a year (or longer) against a day or a month."""
    a_length, b_length = a.end - a.start + ONE_DAY, b.end - b.start + ONE_DAY
    return min(a_length, b_length) <= FINE and max(a_length, b_length) >= COARSE


def _dates_reason(gap: int) -> str:
    if gap == 0:
        return "overlapping dates"
    return f"dates {gap} day{'s' if gap != 1 else ''} apart"


# Words too common in this corpus, or about the date itself, to tie two reports together on their own.
COMMON_WORDS = frozenset(
    "korea korean koreans north south united states american president leader country countries government "
    "nuclear weapons talks officials official since state first second years months weeks meeting earlier later "
    "under there where these those other while being still again also "
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _key_words(shared: set[str], *events: Event) -> set[str]:
    """Shared words of some length that are neither common here nor part of an actor's name."""
    names = _names(*events)
    return {w for w in shared if len(w) >= 5 and w not in COMMON_WORDS and w not in names}


def _names(*events: Event) -> set[str]:
    return _names_of(a for e in events for a in e.actors.all())


def _names_of(actors) -> set[str]:
    return {part for a in actors for part in words_of(" ".join([a.name, *a.aliases]))}


def _titles_alike(a: Event, b: Event) -> bool:
    """Whether two titles say the same beyond the names of the actors they share.

    An actor only one of them names is a difference ("Jo Myong-rok met Clinton", "Albright met Kim Jong Il").
    """
    b_actors = set(b.actors.all())
    names = _names_of(actor for actor in a.actors.all() if actor in b_actors)
    return jaccard(words_of(a.title) - names, words_of(b.title) - names) >= TITLES_ALIKE


def disagreeing_sources(event: Event) -> list[EventSource]:
    """The event's dated sources if two of them report dates that cannot both be true (else an empty list): the
    editor should choose one. A coarser reading that holds a finer one ("2019", "June 2019" and "30 June 2019") is the
    same date told less precisely, not a disagreement.

    A stale source takes no part: its sentence is no longer in its document, so the document no longer says it (its
    citation still shows with the event's other sources).
    """
    sources = _dated_sources(event)
    readings = list({_reading(s) for s in sources})
    clash = any(not _compatible(a, b) for n, a in enumerate(readings) for b in readings[n + 1:])
    return sources if clash else []


def can_join(event: Event, reading: Reading) -> bool:
    """Whether a report of a date (``reading``, see reading_of) can be one more source of ``event`` without
    disagreeing: it must be compatible with the event's date and with each date its sources report.

    The sources count as well as the event: an event kept at "2019" may already have an "early 2019" source, and a
    "late 2019" report joined to it would make its sources disagree (disagreeing_sources).
    """
    readings = [_event_reading(event)]
    readings += [_reading(s) for s in _dated_sources(event)]
    return all(_compatible(reading, other) for other in readings)


def _dated_sources(event: Event) -> list[EventSource]:
    return [s for s in event.sources.all() if s.reported_start is not None and not s.stale]


class Reading(NamedTuple):
    start: datetime.date
    end: datetime.date
    exact: bool  # told in days


def reading_of(start: datetime.date, end: datetime.date | None, precision: str, mod: str) -> Reading:
    """The time a date allows, told at ``precision`` with its modifier ``mod`` ("START" for "early" ...)."""
    # A date with no precision is read as days, as a source's date is shown (editors.source_date). A week is not days:
    # "last week" places the happening somewhere in it, as a month does, so "on Tuesday" that week agrees with it.
    exact = precision in ("", Precision.DAY)
    return _modified(Reading(start, end or start, exact), mod or "")


def _reading(source: EventSource) -> Reading:
    return reading_of(source.reported_start, source.reported_end, source.reported_precision, source.reported_mod)


def _modified(reading: Reading, mod: str) -> Reading:
    """The time a reading allows once its modifier is taken into account.

    "Early", "mid" and "late" place a coarse reading (a month, a season, a year, a decade) in the first, middle or
    last third of its span, each third rounded up to whole days: for a year, 1 January-2 May, 3 May-31 August and
    1 September-31 December; for a month, about the 1st-10th, 11th-20th and 21st-end. So "early 2019" holds February
    but not November, and "late 2019" holds December. On a day they say nothing a reading can test.
    "About" widens the span by its own length on each side, and a week at least: "about 2019" allows 2018 and 2020,
    "about 4 June" the week either side, and neither says which days it was. "Before" and "after" allow any time
    before the span's first day or after its last, so "before 2019" and "2020" cannot both be true; "by" any time up to
    the span's last day.
    """
    start, end, exact = reading
    if mod in (DateMod.START, DateMod.MID, DateMod.END) and not exact:
        third = datetime.timedelta(days=-(-((end - start).days + 1) // 3))  # a third of the days, rounded up
        if mod == DateMod.START:
            return Reading(start, start + third - ONE_DAY, False)
        if mod == DateMod.END:
            return Reading(end - third + ONE_DAY, end, False)
        return Reading(start + third, end - third, False)
    if mod == DateMod.APPROX:
        slack = max(end - start + ONE_DAY, datetime.timedelta(days=7))
        return Reading(start - slack, end + slack, False)
    if mod == DateMod.BEFORE:
        return Reading(datetime.date.min, start - ONE_DAY, False)
    if mod == DateMod.ON_OR_BEFORE:
        return Reading(datetime.date.min, end, False)
    if mod == DateMod.AFTER:
        return Reading(end + ONE_DAY, datetime.date.max, False)
    return reading


def _compatible(a: Reading, b: Reading) -> bool:
    """Whether two readings can both be true of one happening.

    Days say when it happened, all of it: two different runs of days cannot both be right. A coarser reading (a
    month, a season, a year) only places it somewhere in its span, so it must hold the days, or share some time with
    another coarse reading. Pairs are enough: spans that meet two by two all share a time.
    """
    if a.exact and b.exact:
        return (a.start, a.end) == (b.start, b.end)
    if a.exact or b.exact:
        days, span = (a, b) if a.exact else (b, a)
        return span.start <= days.start and days.end <= span.end
    return a.start <= b.end and b.start <= a.end
