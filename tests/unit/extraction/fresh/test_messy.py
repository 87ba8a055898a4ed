"""Messy pasted and uploaded input (messy.py); one test per case."""

import pytest

from .checks import check_dated_case, params
from .messy import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    "caption-undated-photo": "the caption's 'released by KCNA on Sept. 19, 2025' gives no event",
    "caption-file-photo": "the title keeps the photo credit: 'File) FILE - In this'",
    "md-image-alt": "the title keeps the Markdown image link and its URL",
    "timeline-entities": "titles keep HTML entities and <br> tags ('&#8212; fourth nuclear test<br>')",
    "u-soft-hyphen": "a soft hyphen inside 'September' leaves only the year of 'September 19, 2025'",
    "curly-quoted-date": "the title stops at the opening curly quote: 'Kim met Trump on “'",
    "wrap-year": "'The talks collapsed in', hard-wrapped before '2019', gives an event titled 'After the Hanoi summit'",
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_messy_case(case):
    assert check_dated_case(case) == []
