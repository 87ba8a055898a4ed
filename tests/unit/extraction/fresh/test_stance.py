"""A stance probe round (stance.py): modality as a student needs it (reported, hedged, planned and undone,
denied, conditional, wished, habitual, negated); one test per case."""

import pytest

from .checks import check_dated_case, params
from .stance import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # a plan undone (cancelled, dropped, postponed, moved, "was to have") still shows as planned or asserted
    "plan-due-to-send-then-stay-away": "'was due to send a team ... on Sept. 19, but on Aug. 27 it said it would "
                                       "stay away': Sept. 19 is planned; want negated/hypothetical",
    # a past weekday or month in a plan/negation sentence resolved forward (a day or year too late)
    # a doubt hedge on a past happening ignored: asserted instead of hypothetical
    # a negation or hedge read outside its scope
    "deny-did-not-respond-to-dated-proposal": "'did not respond to Seoul's Aug. 14 proposal': the proposal is "
                                              "negated; want asserted",
    "scope-unlike-in-2018": "'Unlike in 2018, ... did not send athletes to the Winter Olympics in February' "
                            "(published March 2026): February is 2018-02 and 2018 is negated; want February 2026 "
                            "negated and 2018 asserted or absent",
    # habits and generic sentences made into events
    # wishes, fears, futures in the past, presupposed plans
    "fip-past-day-fate-untold": "'said its minister would visit Minsk on Nov. 10' (published Nov. 20): the visit "
                                "is asserted; want planned/hypothetical (the text never says it happened)",
    "cond-if-the-talks-on-monday-succeed": "'If the talks on Monday succeed': the Monday talks are hypothetical; "
                                           "the condition presupposes them, want planned (the spring visit is "
                                           "rightly hypothetical)",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_stance_case(case):
    assert check_dated_case(case) == []
