"""Date formats and lists in hand-written news sentences (formats.py); one test per case."""

import pytest

from .checks import check_format_case, params
from .formats import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    "last-days-of-august": "'the last days of August' dates the whole month, not its last days",
    "this-time-last-year": "only 'last year' is tagged (2024), not 'this time last year' (2024-09-19)",
    "same-time-last-year": "only 'last year' is tagged (2024), not 'the same time last year' (2024-06-10)",
    "this-time-next-year": "only 'next year' is tagged (2026), not 'this time next year' (2026-09-19)",
    "nineteen-nineties": "the spelled-out decade 'nineteen-nineties' is not tagged",
    "clock-times-before-date": "'7 a.m.' takes the publication day, not the 'Nov. 4' that follows it",
    "list-without-and": "a list without 'and' ('Sept. 3, 10, 17') loses its bare days 10 and 17",
    "model-year": "the model year in 'a 2019 Toyota' is tagged and dates an event in 2019",
    "a-year-earlier-baseline": "the comparison baseline 'from a year earlier' becomes an event in 2024",
    "clock-14-30": "the dotted 24-hour clock time '14.30' is not tagged",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_format_case(case):
    assert check_format_case(case) == []
