"""The plain copy the grammar reads: always as long as the text, and only case and odd characters change."""

import pytest

from timeline.extraction.normalise import for_matching


@pytest.mark.parametrize(
    "text, expected",
    [
        ("North Korea Says It Will Launch Satellite Next Week",
         "North Korea Says It Will Launch Satellite next week"),
        ("Last Week's Talks Ended Without A Deal In Hanoi", "Last week's Talks Ended Without A Deal In Hanoi"),
        ("north korea fired a missile on monday, seoul said.", "north korea fired a missile on Monday, seoul said."),
        ("Kim met Trump on JUNE 12, 2018 in Singapore.", "Kim met Trump on June 12, 2018 in Singapore."),
        ("The talks resume on MONDAY, officials said.", "The talks resume on Monday, officials said."),
        ("June&nbsp;12", "June      12"),
    ],
)
def test_plain_copy(text, expected):
    assert for_matching(text) == expected
    assert len(for_matching(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary sentence keeps its capitals: "Next" here starts a name the grammar must not read as a date
        "The Next Week Foundation said the talks in Seoul went well on Tuesday.",
        # capitals that are not a month before a number stay as written
        "The MAY 5 committee and the US-DPRK talks",
        # a short lower-case line is not taken for chat-style text
        "see monday",
    ],
)
def test_ordinary_text_is_left_alone(text):
    assert for_matching(text) == text


def test_names_in_a_headline_keep_their_capitals():
    # only relative dates are lowered: the holiday keeps the "Year" it is read by
    assert for_matching("Kim Visits Palace On Lunar New Year's Eve") == "Kim Visits Palace On Lunar New Year's Eve"
    # a sentence full of names is not a headline
    text = "Kim Jong Un visited the Mangyongdae Revolutionary School on Lunar New Year's Eve."
    assert for_matching(text) == text


def test_a_month_hyphenated_at_a_line_end_is_rejoined_in_place():
    text = "adopted on 14 Febru-\nary 2025 by all"
    plain = for_matching(text)
    assert len(plain) == len(text)
    assert plain == "adopted on 14 February   2025 by all"
    # other words, and a month no number follows, stay as they are
    for text in ("the nego-\ntiations began 3 March", "it ended in Febru-\nary.", "the well-\nknown 2025 plan"):
        assert for_matching(text) == text
