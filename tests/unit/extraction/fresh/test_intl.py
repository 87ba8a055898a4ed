"""British, European, Asian and official-document English (intl.py); one test per case."""

import pytest

from .checks import check_dated_case, params
from .intl import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_intl_case(case):
    assert check_dated_case(case) == []
