"""A seventh probe round in new genres (genres.py): chronologies, briefings, analysis, live blogs, state media
and noise; one test per case."""

import pytest

from .checks import Doc, check_dated_case, check_format_case, params
from .genres import CASES

# Cases the extractor gets wrong today: {case id: what is wrong}.  Strict xfails, so a fix must remove its line.
KNOWN_FAILURES = {
    # chronology listings
    "chron-early-late-year-lines": "'year-end' in 'Pyongyang's year-end deadline' on the 'Late 2019' line is a second "
                                   "2019 event beside the line's own",
    # briefings and interviews
    "brief-concluded-at": "the transcript's closing line '(The briefing was concluded at 2:58 p.m.)' gives an event",
    # analysis and op-ed
    # live blogs
    "live-et-pm-trump": "the entry stamped '1:15 p.m. ET:' gives no event for Trump telling reporters that day",
    "live-entries-across-midnight": "the '00:35 KST' entry after '23:50 KST' stays on the blog's day, not the next",
    "live-updated-stamp-friday-letter": "a line opening 'Updated 11:30 a.m. ET —' is furniture whole: the letter's "
                                        "Friday gives no event",
    "live-minutes-ago": "the entry stamp '12 min ago' gets no timex, so the arrival that day has no event",
    "live-blog-closed": "'read yesterday's coverage' and 'our full report from Tuesday' (navigation) give events",
    "live-bst-kim-yo-jong": "the '11:02 BST' stamp and 'on 28 July' in one sentence give two events for one statement",
    # state media
}


@pytest.mark.parametrize("case", params(CASES, lambda c: c.id, KNOWN_FAILURES))
def test_genre_case(case):
    check = check_dated_case if isinstance(case, Doc) else check_format_case
    assert check(case) == []
