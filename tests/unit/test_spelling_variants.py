"""British and American spellings of a search word: what each is also looked for as, and what it is not."""

import pytest

from timeline.spelling_variants import other_spellings


@pytest.mark.parametrize(("word", "other"), [
    ("denuclearisation", "denuclearization"),
    ("normalizations", "normalisations"),
    ("organised", "organized"),
    ("recognize", "recognise"),
    ("apologising", "apologizing"),
    ("honour", "honor"),
    ("behaviours", "behaviors"),
    ("favourable", "favorable"),
    ("labored", "laboured"),
    ("defence", "defense"),
    ("offenses", "offences"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("programs", "programmes"),
])
def test_a_word_is_also_looked_for_in_its_other_spelling(word, other):
    assert other_spellings(word) == [other]


@pytest.mark.parametrize("word", [
    "four", "your", "hour", "tour", "flour",  # "-our" after one or two letters is no British ending: not "for"
    "for", "or", "nor",
    "rise", "wise", "size", "prize", "seize",  # nor "-ise" after one or two letters: not "prise" for "prize"
    "program",  # a word start already: it finds "programme" as it is
    "summit", "isolation", "sanctions", "u.s",
])
def test_a_word_with_no_other_spelling_is_looked_for_as_typed(word):
    assert other_spellings(word) == []
