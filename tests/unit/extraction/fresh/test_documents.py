"""A tenth probe round in document shapes: text pasted from PDFs, speech and press-conference transcripts,
press releases and statements, e-mails and newsletters, tables and CSV-like lines, retold war history
(documents.py); one test per case."""

import pytest

from .checks import check_dated_case, params
from .documents import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # PDF text
    "pdf-hyphenated-month": "'14 Febru-\\nary 2025' is read as a bare '2025' (a year event), not 14 February",
    "pdf-date-wrapped-over-line": "'on 12\\nMarch 2025' loses the day: a March 2025 month event",
    # speeches and press conferences
    "sp-twelfth-of-june-spoken-year": "'the twelfth of June, two thousand eighteen' is split: 12 June of the "
                                      "publication year plus a 2018 year event",
    "sp-twenty-seventh-of-july-spoken": "'the twenty-seventh of July, nineteen fifty-three' is split (27 July 2025 "
                                        "+ a negated 1953 event from 'the war did not end')",
    "sp-inaudible-question": "'next month?' in a reporter's question is a planned event, not hypothetical",
    "sp-as-interpreted-within-this-year": "the speaker label 'PRESIDENT LEE' gives no actor for 'I', and 'within "
                                          "this year' (a goal) is an asserted 2025 event",
    "sp-spoken-day-and-relative-year": "'the fifteenth of August last year' is split into 15 August 2025 and a "
                                       "2024 year event",
    # press releases and statements
    # e-mails and newsletters
    # tables and CSV-like lines
    "tb-tsv-with-dated-name": "'2007-02-13<TAB>February 13 agreement' is misparsed into '02' and '13 February' "
                              "(a 2 to 13 February range)",
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
