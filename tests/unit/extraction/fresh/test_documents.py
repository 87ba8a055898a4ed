"""A tenth probe round in document shapes: text pasted from PDFs, speech and press-conference transcripts,
press releases and statements, e-mails and newsletters, tables and CSV-like lines, retold war history
(documents.py); one test per case."""

import pytest

from .checks import check_dated_case, params
from .documents import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # PDF text
    # speeches and press conferences
    # press releases and statements
    # e-mails and newsletters
    # tables and CSV-like lines
    "tb-range-column-planned-and-completed": "an ISO range cell ('2026-03-09 – 2026-03-19') gives two day events, "
                                             "and 'planned' leaks into the next row",
    # retold history
    "hist-morning-of-june-25-within-days": "'Within three days they had taken Seoul' gives no event (a duration "
                                           "counted from the last date is not read as a date)",
    "hist-inchon-by-the-end-of-the-year": "'By the end of the year' in a 1950 narrative is 2025 (the publication "
                                          "year)",
    "hist-axe-clock-on-august-21": "'At 7 a.m. on August 21' after a 1976 date is a planned 2025 event",
    "hist-1994-spring-mid-june-within-weeks": "'Within weeks, Kim was dead' gives no event",
    "hist-1994-by-october-by-end-of-year": "'by the end of the year' in a 1994 narrative is 2025",
    "hist-2002-heu-following-month": "'by the end of the year' is 2025 and 'The next January' is a planned January "
                                     "2026, in a 2002 narrative",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_documents_case(case):
    assert check_dated_case(case) == []
