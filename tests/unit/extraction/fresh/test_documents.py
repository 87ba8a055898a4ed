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
    # retold history
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_documents_case(case):
    assert check_dated_case(case) == []
