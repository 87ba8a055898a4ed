"""An eleventh probe round in other languages (languages.py): dates written out in full, read through dateparser,
and traps that must give nothing; one test per case."""

import datetime as dt
from functools import cache

import pytest

from timeline.extraction import extract

from .checks import (
    Ev,
    _span_problems,
    _wanted_problems,
    alts,
    date_range,
    describe_event,
    overlapping,
    params,
    phrase_span,
)
from .languages import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # ranges: each end is read alone; "du 27 au 28 février 2019" gives the 28th (the 27th in ru/ja/zh), never both days
    "ru-range-dash": "'27–28 февраля 2019' is read as the 27th alone, one day",
    "ko-range-buteo-kkaji": "'2019년 2월 27일부터 28일까지' gives only the year '2019년'",
    "ja-range-kara-made": "range not joined: only '2019年2月27', one day",
    "zh-range-zhi": "range not joined: only '2019年2月27', one day",
    "vi-range": "range not joined: only '28 tháng 2 năm 2019', one day",
    # numeric dates: an all-digit phrase is refused, so one is found only with a neighbouring word kept in its span
    # search_dates cuts the phrase wrongly or not at all, and only whitespace tokens are tried after it
    "fr-premier-du-mois": "'1er mars 2026' split by search_dates into 'mars' + '2026': only the year",
    "ru-month-year-locative": "prepositional 'феврале' unknown to dateparser: only the year 2019",
    # spans: trimmed at whitespace only, and any word that leaves the value unchanged is dropped
    "ru-full-goda": "span '19 июня 2024' drops 'года'",
    "vi-month-year-words": "span '2 năm 2019' drops 'Tháng' (month), the word that makes it a month",
    # traps
    # actors (the gazetteer, not the date reading): names written in Latin script only
}


@cache
def run(text, published, language):
    return extract(text, published=dt.date.fromisoformat(published), language=language)


def _timex_problems(case, r):
    problems = []
    claimed = set()
    for texts, value in case.tx:
        texts = alts(texts)
        exact = [t for t in r.timexes if t.text in texts]
        if exact:
            claimed.update(id(t) for t in exact)
            if not any(t.value == value for t in exact):
                problems.append(f"timex {texts[0]!r}: want {value}, got {[t.value for t in exact]}")
            continue
        hits = overlapping(r.timexes, phrase_span(case.text, texts[-1]))
        claimed.update(id(t) for t in hits)
        if hits:
            problems.append(f"timex {texts[0]!r} {value}: got {[(t.text, t.value) for t in hits]}")
        else:
            problems.append(f"missed timex {texts[0]!r} {value}")
    problems += [f"unwanted timex {(t.text, t.value)}" for t in r.timexes if id(t) not in claimed]
    for trap in case.traps:
        span = phrase_span(case.text, trap)
        problems += [f"timex on trap {trap!r}: {(t.text, t.value)}" for t in overlapping(r.timexes, span)]
        problems += [f"event dated by trap {trap!r}: {describe_event(e)}"
                     for e in overlapping(r.events, span, key=lambda e: e.date_span)]
    return problems


def _event_problems(case, r):
    problems = []
    free = list(r.events)
    wants = [w if isinstance(w, Ev) else Ev(w) for w in case.ev]
    for want in sorted(wants, key=lambda w: w.opt):
        ranges = [date_range(when) for when in alts(want.when)]
        hit = next(((e, prec) for e in free for a, b, prec in ranges if (e.date_start, e.date_end) == (a, b)), None)
        if hit is None:
            if not want.opt:
                problems.append(f"missing event {want.when} {want.modality or ''}".rstrip())
            continue
        free.remove(hit[0])
        problems += [f"event {want.when}: {p}" for p in _wanted_problems(want, *hit)]
    return problems + [f"extra event {describe_event(e)}" for e in free]


def check_language_case(case):
    """[] when ``case`` (a languages.L) gives exactly its timexes and events, and nothing on its traps."""
    r = run(case.text, case.pub, case.lang)
    return _span_problems(case.text, r) + _timex_problems(case, r) + _event_problems(case, r)


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_language_case(case):
    assert check_language_case(case) == []
