"""The vocabulary a misspelt search is corrected from, and how it picks the closest word."""

import pytest

from tests.factories import ActorFactory, EventFactory
from timeline import spelling


def test_a_misspelt_word_is_corrected_to_a_close_word_of_about_its_length_and_not_to_a_merely_similar_one():
    words = {5: ["hanoi", "hello"], 6: ["summit"], 7: ["mission"], 9: ["singapore"]}
    assert spelling.closest_words("hanio", words) == ["hanoi"]
    assert spelling.closest_words("singpore", words) == ["singapore"]
    assert spelling.closest_words("sumit", words) == ["summit"]
    assert spelling.closest_words("missile", words) == []


@pytest.mark.django_db
def test_the_vocabulary_is_read_once_and_again_after_a_while(django_assert_num_queries, monkeypatch):
    EventFactory(title="Hanoi summit", sentence="Talks ended early.")
    ActorFactory(name="Russian Foreign Ministry", aliases=["Lavrov"])
    EventFactory(title="Draft about Yongbyon", sentence="", status="proposed")
    words = spelling.vocabulary()
    assert {"hanoi", "summit", "talks", "lavrov", "russian"} <= set(words[5] + words[6] + words[7])
    assert "yongbyon" not in words[8]
    EventFactory(title="Yongbyon reactor", sentence="")
    with django_assert_num_queries(0):  # a miss soon after another costs no reading
        assert spelling.vocabulary() is words
    later = spelling.time.monotonic() + spelling.VOCABULARY_SECONDS + 1
    monkeypatch.setattr(spelling.time, "monotonic", lambda: later)
    assert "yongbyon" in spelling.vocabulary()[8]


def test_a_corrected_word_keeps_the_capitals_it_was_typed_with():
    fixes = {"hanio": "hanoi"}
    assert [spelling._replace(word, fixes) for word in ("hanio", "Hanio", "HANIO", "summit")] == [
        "hanoi", "Hanoi", "HANOI", "summit"]


def test_a_misspelt_first_letter_is_corrected_when_no_word_of_that_letter_is_close():
    assert spelling.closest_words("sanoi", {5: ["hanoi", "sanaa"]}) == ["hanoi"]
