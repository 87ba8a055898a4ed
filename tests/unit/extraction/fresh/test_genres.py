"""A seventh probe round in new genres (genres.py): chronologies, briefings, analysis, live blogs, state media
and noise; one test per case."""

import pytest

from .checks import check_case, params
from .genres import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # chronology listings
    # briefings and interviews
    # analysis and op-ed
    # live blogs
    # state media
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_genre_case(case):
    assert check_case(case) == []
