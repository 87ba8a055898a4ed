"""Date formats and lists in hand-written news sentences (formats.py); one test per case."""

import pytest

from .checks import check_format_case, params
from .formats import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    "last-days-of-august": "'the last days of August' dates the whole month, not its last days",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_format_case(case):
    assert check_format_case(case) == []
