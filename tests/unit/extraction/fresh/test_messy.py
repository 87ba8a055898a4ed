"""Messy pasted and uploaded input (messy.py); one test per case."""

import pytest

from .checks import check_dated_case, params
from .messy import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_messy_case(case):
    assert check_dated_case(case) == []
