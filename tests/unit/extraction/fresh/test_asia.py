"""A ninth probe round in Asian wire, newspaper, think-tank, social-media and UN/IAEA report styles (asia.py);
one test per case."""

import pytest

from .asia import CASES
from .checks import check_dated_case, params

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # Yonhap / Korea Herald / JoongAng Daily
    # Xinhua / Global Times / CGTN
    # Kyodo / NHK / Japan Times
    "jp-year-through-march-2026": "'the year through March 2026' is a March 2026 event (and 'the year' a P1Y), not "
                                  "the twelve months to March 2026",
    "jp-by-end-of-fiscal-2025-or-march-2026": "'fiscal 2025' is read as calendar 2025 (an extra year event) beside "
                                              "its gloss 'March 2026'",
    "jp-april-september-first-half-of-fiscal": "'the April-September period' splits into April and September events "
                                               "and 'the first half of fiscal 2025' becomes 2025-H1 (Jan-Jun)",
    # think tanks
    # social media
    "sm-embed-stamp-today-launch": "\"today's\" gives no timex; the embed stamp line makes the event (no actor) and "
                                   "its '3:42 PM' is dated on the publication day",
    "sm-stamp-first-then-yesterday": "'yesterday' in a post counts from the publication date, not the post's stamp; "
                                     "the stamp line is an event; 'not interested' negates the statement",
    # UN / IAEA reports
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_asia_case(case):
    assert check_dated_case(case) == []
