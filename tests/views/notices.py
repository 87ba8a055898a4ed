"""The filter notices' live region as a page renders it, for the timeline's and the review queue's tests."""

import re


def region(body: str) -> re.Match:
    """The notices' live region: its attributes (group 1) and content (group 2)."""
    match = re.search(r'<div id="filter-notices"([^>]*)>(.*?)</div>', body, re.S)
    assert match, "no #filter-notices region"
    return match
