"""British and American spellings of one word, so that a search finds both: "denuclearisation", "denuclearization".

Pure Python and a few rules rather than a dictionary package: the sources spell either way (Reuters and the AP
American, the BBC and NK News British), the differences that matter here are few and regular, and each rule is
tested against the short words it must leave alone ("four" is not "for").

Applied to the search's words only, as other forms they are also looked for (``models.word_forms``), rather than
folded into the index as accents are. A word is matched as a word start, and a fold cannot know the ending of a
word still being typed: with the index folded, "organis" would no longer have found "organisation". An other
spelling of a word nobody writes ("promize" for "promise") finds nothing and costs one alternative of the query.
"""

from __future__ import annotations

import re

# Each rule: a pattern over the whole word, and its other spelling. The stems before "-ise"/"-our" have three letters
# or more, so "rise", "prize", "four", "your" and "hour" have none.
_SUFFIXES = r"(?:e|es|ed|ing|er|ers|ation|ations)"
_OUR_SUFFIXES = r"(?:|s|ed|ing|er|ers|able|ably|ite|ites|ful|less|hood|ly)"
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"([^\W\d_]{{3,}})is({_SUFFIXES})"), r"\1iz\2"),  # organise, organisation
    (re.compile(rf"([^\W\d_]{{3,}})iz({_SUFFIXES})"), r"\1is\2"),
    (re.compile(rf"([^\W\d_]{{3,}})our({_OUR_SUFFIXES})"), r"\1or\2"),  # honour, favourable, neighbourhood
    (re.compile(rf"([^\W\d_]{{2,}}[^\Wo\d_])or({_OUR_SUFFIXES})"), r"\1our\2"),
    (re.compile(r"(defen|offen|licen|preten)c(e|es)"), r"\1s\2"),  # not every "-ence": "hence", "science"
    (re.compile(r"(defen|offen|licen|preten)s(e|es)"), r"\1c\2"),
    (re.compile(r"programme(s?)"), r"program\1"),  # "program" starts "programme" already
    (re.compile(r"programs"), "programmes"),
]


def other_spellings(word: str) -> list[str]:
    """The word's other spellings, British for American and the reverse; [] for most words."""
    return list(dict.fromkeys(pattern.sub(other, word) for pattern, other in _RULES if pattern.fullmatch(word)))
