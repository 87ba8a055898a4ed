"""Shared checks for the fresh-news regression corpus in this folder.

The cases are hand-written by the project team (no third-party text): news sentences and articles that
exercise phenomena of unseen news (date formats and lists, wire copy, whole articles).  They are
independent of the TempEval data the extractor is scored on.

One checker per kind of case, each returning a list of readable problems ([] = right), so that a failing
test says what is wrong:

- check_format_case: a formats.C sentence (timexes by overlapping span, produced events by date prefix);
- check_wire_case: a wire.W sentence (timexes by exact text, events by date_text and modality);
- check_dated_case: a Doc of intl.py or messy.py (events by their exact dates, with modality, actors and
  title; forbidden events and timexes; spans that index the text);
- check_expected_event / check_no_event / unexpected_events: one article of articles.ARTICLES.

params() turns cases into pytest parameters and marks the known failures as strict xfails.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from timeline.extraction import extract

HERE = Path(__file__).resolve().parent


def params(items, id_of, known_failures):
    """pytest.param per item with id ``id_of(item)``; an id in ``known_failures`` ({id: reason}) is a strict xfail."""
    ids = [id_of(item) for item in items]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate case ids: {sorted(duplicates)}"
    stale = set(known_failures) - set(ids)
    assert not stale, f"known failures name no case: {sorted(stale)}"
    return [
        pytest.param(item, id=i, marks=[pytest.mark.xfail(strict=True, reason=known_failures[i])]
                     if i in known_failures else [])
        for item, i in zip(items, ids)
    ]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@cache
def run(text, published):
    """The extraction of English ``text`` published on the ISO date ``published`` (cached: articles are
    checked once per expectation)."""
    return extract(text, published=dt.date.fromisoformat(published), language="en")


def alts(x):
    """A spec entry that is one value or a tuple of acceptable values, as a tuple."""
    return x if isinstance(x, tuple) else (x,)


def phrase_span(text, phrase, unique=False):
    """(start, end) of the first occurrence of ``phrase`` in ``text``; a missing phrase is a broken case."""
    i = text.find(phrase)
    assert i >= 0, f"case data: {phrase!r} is not in {text[:80]!r}"
    assert not unique or text.find(phrase, i + 1) < 0, f"case data: {phrase!r} occurs more than once"
    return i, i + len(phrase)


def overlapping(items, span, key=lambda x: (x.start, x.end)):
    lo, hi = span
    return [x for x in items if key(x)[0] < hi and lo < key(x)[1]]


def timex_matches(t, types, values, mods=None):
    """Whether timex ``t`` has one of ``types`` and one of ``values`` with an acceptable mod.

    An alternative value "VALUE|MOD" carries its own mod; otherwise ``mods`` (one or a tuple) applies,
    and ``mods=None`` accepts any mod."""
    if t.type not in alts(types):
        return False
    for alt in alts(values):
        value, bar, own_mod = alt.partition("|")
        want = (own_mod,) if bar else None if mods is None else alts(mods)
        if t.value == value and (want is None or t.mod in want):
            return True
    return False


def describe(t):
    return (t.text, t.type, t.value, t.mod)


# ------------------------------------------------------------------ formats.C


def _event_fits(spec, e):
    def starts(want, got):
        return any(got.isoformat().startswith(w) for w in alts(want))

    return (starts(spec.start, e.date_start) and starts(spec.end, e.date_end)
            and (spec.prec is None or e.precision in alts(spec.prec))
            and (spec.modality is None or e.modality in alts(spec.modality)))


def check_format_case(case):
    r = run(case.text, case.pub)
    problems = []
    used = set()
    for spec in case.tx:
        phrase, types, values = spec[:3]
        mod = spec[3] if len(spec) > 3 else ""
        hits = overlapping(r.timexes, phrase_span(case.text, phrase))
        good = [t for t in hits if timex_matches(t, types, values, mod)]
        used.update(id(t) for t in hits)  # a split span of the same phrase is not spurious
        if good:
            if all(phrase not in t.text and t.text not in phrase for t in good):
                problems.append(f"span: expected ~{phrase!r}, got {[t.text for t in good]}")
        elif hits:
            problems.append(f"value: {phrase!r} expected {types} {values} {mod} got {[describe(t) for t in hits]}")
        else:
            problems.append(f"missed: {phrase!r} ({types} {values})")
    expected_values = {alt.partition("|")[0] for spec in case.tx for alt in alts(spec[2])}
    if case.strict:
        problems += [f"spurious timex: {describe(t)}" for t in r.timexes
                     if id(t) not in used and t.value not in expected_values]
    if case.ev is not None:
        matched = set()
        for e in r.events:
            fits = [i for i, spec in enumerate(case.ev) if _event_fits(spec, e)]
            matched.update(fits)
            if not fits:
                problems.append(f"bad event: {e.date_start}..{e.date_end} {e.precision} {e.modality} "
                                f"from {e.date_text!r}")
        problems += [f"missing event: {spec.start}..{spec.end} {spec.prec or ''}"
                     for i, spec in enumerate(case.ev) if not spec.opt and i not in matched]
        if len(r.events) < case.min_ev:
            problems.append(f"expected at least {case.min_ev} event(s), got {len(r.events)}")
    return problems


# ------------------------------------------------------------------ wire.W


def check_wire_case(case):
    r = run(case.text, case.pub)
    by_text = {t.text: t for t in r.timexes}
    problems = []
    seen = set()
    for phrase, types, values, mods in case.tx:
        optional = phrase.startswith("?")
        phrase = phrase.lstrip("?")
        t = by_text.get(phrase)
        if t is None:
            hits = overlapping(r.timexes, phrase_span(case.text, phrase))
            seen.update(h.text for h in hits)
            if optional:
                continue
            if hits:
                problems.append(f"span: expected {phrase!r} {types} {values}, got {[describe(h) for h in hits]}")
            else:
                problems.append(f"missed: {phrase!r} {types} {values} {mods}")
            continue
        seen.add(phrase)
        if optional and values is None:
            continue
        if not timex_matches(t, types, values, mods):
            problems.append(f"value: {phrase!r} expected {types} {values} {mods}, got {describe(t)}")
    problems += [f"spurious timex: {describe(t)}" for t in r.timexes if t.text not in seen]
    events = {e.date_text: e for e in r.events}
    for date_text, modality in case.ev.items():
        e = events.get(date_text)
        if e is None:
            problems.append(f"missing event at {date_text!r} (events at: {list(events)})")
        elif e.modality != modality:
            problems.append(f"event at {date_text!r}: modality {e.modality}, want {modality}")
    return problems


# ------------------------------------------------------------------ intl.py / messy.py: Doc


@dataclass(frozen=True)
class Ev:
    """One event a careful editor wants from a Doc.

    when: its dates in date_range() notation, or a tuple of acceptable ones.  modality: one or a tuple (None =
    not judged).  actors: must all be among the event's actors.  title: the title must contain it (any case).
    opt=True: the event may be missing, but if produced it must be right."""

    when: object
    modality: object = None
    actors: tuple = ()
    title: str = ""
    opt: bool = False
    note: str = ""


@dataclass(frozen=True)
class Doc:
    """A text (a sentence, a pasted snippet or a short piece) and the events an editor wants from it.

    ev: Ev items, or bare date_range() strings for an event judged by its dates alone; each matches one
    extracted event with those dates.  only=True: every extracted event must be wanted.  no_ev: dates no event
    may have.  tx: (phrase, value or tuple of values or None = any) for a timex whose text contains the phrase;
    a phrase starting with "?" may be missing.  no_tx: no timex has this text or value.  no_ev_in: no event
    comes from a sentence containing this.  title_not: no event title contains this (markup leftovers)."""

    id: str
    text: str
    pub: str
    ev: tuple = ()
    only: bool = True
    no_ev: tuple = ()
    tx: tuple = ()
    no_tx: tuple = ()
    no_ev_in: tuple = ()
    title_not: tuple = ()


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(y, m):
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def date_range(when):
    """Our own reading (not the extractor's) of an expected event's dates: (start, end, precision), with
    precision None where any is fine.

    ``when`` is a TimeML value ("2025-09-18", "2025-07", "2025", "199", "2025-Q4", "2025-H1", "2025-SU",
    "2025-W38", "2025-W38-WE"; a week has week precision, its weekend two days at day precision; a time of
    day counts as its day) or explicit days "START/END" (any precision) or "START/END/PRECISION"."""
    if "/" in when:
        a, b, *prec = when.split("/")
        return dt.date.fromisoformat(a), dt.date.fromisoformat(b), prec[0] if prec else None
    when = when.partition("T")[0]
    if re.fullmatch(r"\d{3}", when):
        y = int(when) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
    if re.fullmatch(r"\d{4}", when):
        return dt.date(int(when), 1, 1), dt.date(int(when), 12, 31), "year"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", when):
        d = dt.date.fromisoformat(when)
        return d, d, "day"
    if m := re.fullmatch(r"(\d{4})-(\d\d)", when):
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), _month_end(y, mo), "month"
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", when):
        y, size = int(m[1]), 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * size + 1
        return dt.date(y, first, 1), _month_end(y, first + size - 1), "quarter" if m[2] == "Q" else "half"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", when):
        first, last = _SEASONS[m[2]]
        return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), last), "season"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", when):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday + dt.timedelta(days=5 if m[3] else 0), monday + dt.timedelta(days=6), "day" if m[3] else "week"
    raise ValueError(f"case data: no date range in {when!r}")


def describe_event(e):
    return f"{e.date_start}..{e.date_end} {e.precision} {e.modality} from {e.date_text!r} ({e.title!r})"


def _span_problems(text, r):
    """Spans must index the text the extractor was given (entities and odd spaces are read, not removed)."""
    problems = [f"timex span {t.start}:{t.end} is not {t.text!r}" for t in r.timexes if text[t.start:t.end] != t.text]
    for e in r.events:
        if text[e.start:e.end] != e.sentence:
            problems.append(f"sentence span {e.start}:{e.end} is not {e.sentence!r}")
        ds, de = e.date_span
        if text[ds:de] != e.date_text and not e.date_text.startswith(text[ds:ds + 3]):
            problems.append(f"date span {ds}:{de} is not {e.date_text!r}")
    return problems


def _wanted_problems(want, e, prec):
    problems = []
    if want.modality is not None and e.modality not in alts(want.modality):
        problems.append(f"modality {e.modality}, want {'/'.join(alts(want.modality))}")
    if prec is not None and e.precision != prec:
        problems.append(f"precision {e.precision}, want {prec}")
    missing = [a for a in want.actors if a not in e.actors]
    if missing:
        problems.append(f"actors missing {missing} (got {list(e.actors)})")
    if want.title and want.title.lower() not in e.title.lower():
        problems.append(f"title {e.title!r} lacks {want.title!r}")
    return problems


def check_dated_case(case):
    r = run(case.text, case.pub)
    problems = _span_problems(case.text, r)
    free = list(r.events)
    wants = [w if isinstance(w, Ev) else Ev(w) for w in case.ev]
    for want in sorted(wants, key=lambda w: w.opt):  # one event per want, the required ones first
        ranges = [date_range(when) for when in alts(want.when)]
        hit = next(((e, prec) for e in free for a, b, prec in ranges if (e.date_start, e.date_end) == (a, b)), None)
        if hit is None:
            if not want.opt:
                problems.append(f"missing event {want.when} {want.modality or ''}".rstrip())
            continue
        free.remove(hit[0])
        problems += [f"event {want.when}: {p}" for p in _wanted_problems(want, *hit)]
    if case.only:
        problems += [f"extra event {describe_event(e)}" for e in free]
    for when in case.no_ev:
        a, b, _ = date_range(when)
        problems += [f"unwanted event {describe_event(e)}" for e in r.events if (e.date_start, e.date_end) == (a, b)]
    for phrase, values in case.tx:
        optional, phrase = phrase.startswith("?"), phrase.lstrip("?")
        hits = [t for t in r.timexes if phrase in t.text]
        if not hits and not optional:
            problems.append(f"missed timex {phrase!r} {values}")
        elif hits and values is not None and not any(t.value in alts(values) for t in hits):
            problems.append(f"timex {phrase!r}: want {values}, got {[describe(t) for t in hits]}")
    problems += [f"unwanted timex {describe(t)}" for t in r.timexes
                 for no in case.no_tx if no in (t.text, t.value)]
    problems += [f"event from a sentence with {s!r}: {describe_event(e)}" for e in r.events
                 for s in case.no_ev_in if s in e.sentence]
    problems += [f"title has {s!r}: {e.title!r}" for e in r.events for s in case.title_not if s in e.title]
    return problems


# ------------------------------------------------------------------ articles.ARTICLES


@cache
def _article_text(file):
    return (HERE / file).read_text(encoding="utf-8")


def article_events(art):
    return run(_article_text(art["file"]), art["published"]).events


def _events_at(art, phrase):
    span = phrase_span(_article_text(art["file"]), phrase, unique=True)
    return overlapping(article_events(art), span, key=lambda e: e.date_span)


def check_expected_event(art, exp):
    """The first event whose date overlaps ``exp["at"]`` must have the editor's date, modality, actors and
    category; an optional expectation may also have no event."""
    found = _events_at(art, exp["at"])
    if not found:
        return [] if exp["opt"] else [f"missing: want {exp['start']}..{exp['end']} {exp['prec']} {exp['mod']}"]
    e = found[0]
    problems = []
    got = (str(e.date_start), str(e.date_end), e.precision)
    if got not in [(exp["start"], exp["end"], exp["prec"])] + exp["alt"]:
        if got[:2] != (exp["start"], exp["end"]):
            problems.append(f"date {e.date_start}..{e.date_end} want {exp['start']}..{exp['end']}")
        if e.precision != exp["prec"]:
            problems.append(f"precision {e.precision} want {exp['prec']}")
    if e.modality != exp["mod"]:
        problems.append(f"modality {e.modality} want {exp['mod']}")
    missing = [a for a in exp["actors"] if a not in e.actors]
    wrong = [a for a in exp["not_actors"] if a in e.actors]
    if missing:
        problems.append(f"actors missing {missing}")
    if wrong:
        problems.append(f"actors wrong {wrong}")
    if exp["cat"] and e.category not in exp["cat"]:
        problems.append(f"category {e.category or '-'} want {'/'.join(exp['cat'])}")
    return problems


def check_no_event(art, spec):
    return [f"spurious event ({spec['why']}): {e.date_start}..{e.date_end} {e.title!r}"
            for e in _events_at(art, spec["at"])]


def unexpected_events(art):
    """The events no expectation claims: neither the first event at an expected span nor one at a no_event
    span (those have their own tests)."""
    claimed = set()
    for exp in art["expected"]:
        claimed.update(id(e) for e in _events_at(art, exp["at"])[:1])
    for spec in art["no_event"]:
        claimed.update(id(e) for e in _events_at(art, spec["at"]))
    return [e for e in article_events(art) if id(e) not in claimed]


def article_tests(articles, known_failures, known_spurious, max_unexpected):
    """The three tests of a set of whole articles (articles.py, longreads.py), for a test module to bind to test_
    names: one per expected event, one per span that must give no event, and one per article that the events no
    expectation accounts for do not grow past ``max_unexpected``."""
    def short(art):
        return art["id"].split("_")[0]

    expected = [(art, exp) for art in articles for exp in art["expected"]]
    no_event = [(art, spec) for art in articles for spec in art["no_event"]]

    @pytest.mark.parametrize("case", params(expected, lambda c: f"{short(c[0])}-{slug(c[1]['at'])}", known_failures))
    def test_expected_event(case):
        assert check_expected_event(*case) == []

    @pytest.mark.parametrize("case", params(no_event, lambda c: f"{short(c[0])}-no-{slug(c[1]['at'])}", known_spurious))
    def test_no_event(case):
        assert check_no_event(*case) == []

    @pytest.mark.parametrize("art", articles, ids=lambda art: art["id"])
    def test_unexpected_events_do_not_grow(art):
        extra = unexpected_events(art)
        assert len(extra) <= max_unexpected[art["id"]], [(e.date_text, str(e.date_start), e.title) for e in extra]

    return test_expected_event, test_no_event, test_unexpected_events_do_not_grow


def check_case(case):
    """The problems of a case of either shape: a Doc (check_dated_case) or a formats.C (check_format_case)."""
    return (check_dated_case if isinstance(case, Doc) else check_format_case)(case)
