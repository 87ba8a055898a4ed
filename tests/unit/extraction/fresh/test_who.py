"""A "who" probe round (who.py): actors, categories and titles; one test per case."""

import pytest

from .checks import Ev, alts, check_dated_case, date_range, params, run
from .who import CASES, Who

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # a title or role is not read as the person who held it at the event's date (only its country word, if any)
    # a group noun or pronoun gets no actors from its antecedent
    "group-the-three-countries": "'The three countries' gives no actors and 'exercise' no category (want MOBILIZE); "
                                 "the Camp David title drops 'The leaders of the United States,' and reads 'Japan "
                                 "and South Korea met at Camp David'",
    "pron-his-father": "'his father' (of Kim Jong Un) is not Kim Jong Il: the June 2000 summit has South Korea only",
    # a possessive or a describing mention makes the possessor an actor, and not the possessor's state
    # an institution is not read as its state
    "meto-joint-chiefs-warning-shots": "'The military fired warning shots ..., the Joint Chiefs of Staff said' gives "
                                       "no South Korea",
    # a place or a name that holds a country word made an actor
    # categories: the nearest keyword, not the happening
    "name-kim-yo-jong-then-kim": "'dismissing Seoul's overtures' gets no category (want REJECT); 'the South's new "
                                 "president' (Aug. 2025) gives no Lee Jae-myung",
    # titles that do not say who did what
}


def _who_problems(case):
    """The category and the forbidden actors of each Who expectation, on the event check_dated_case pairs with it
    (the same pairing: required expectations first, each taking the first free event with its dates)."""
    events = list(run(case.text, case.pub).events)
    wants = [w if isinstance(w, Ev) else Ev(w) for w in case.ev]
    problems = []
    for want in sorted(wants, key=lambda w: w.opt):
        ranges = [date_range(when)[:2] for when in alts(want.when)]
        e = next((e for e in events for r in ranges if (e.date_start, e.date_end) == r), None)
        if e is None:
            continue
        events.remove(e)
        if not isinstance(want, Who):
            continue
        if want.cat is not None and e.category not in alts(want.cat):
            problems.append(f"event {want.when}: category {e.category or '-'}, want {'/'.join(alts(want.cat)) or '-'}")
        wrong = [a for a in want.not_actors if a in e.actors]
        if wrong:
            problems.append(f"event {want.when}: actors wrong {wrong} (got {list(e.actors)})")
    return problems


def check_who_case(case):
    return check_dated_case(case) + _who_problems(case)


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_who_case(case):
    assert check_who_case(case) == []
