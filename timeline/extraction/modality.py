"""Modality of a dated happening, read from the clause around its date: asserted, planned ("will meet on
Monday"), hypothetical ("could", "if", a yes/no question) or negated ("did not sign")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .context import BARE_AS_PAST, PAST_VERB_RE, looks_like_verb
from .lexicon import (MOVED_FROM_RE, NO_PASSIVE, NOT_THEN_RE, PARTICIPLE_ON_AN_OBJECT, PARTICIPLE_RE, ends_on_a_word,
                      may_hold)

# Words that open a clause of its own after a comma: its modality is its own
# (and a participle of saying: "stepped down in October 2011, saying he had never expected ...")
_OWN_CLAUSE_WORDS = r"but|while|although|though|whereas|which|saying|adding|noting|arguing|insisting|explaining"
_CLAUSE_SPLIT = re.compile(
    rf"\s*[;:—–]\s+|,\s+(?=(?:{_OWN_CLAUSE_WORDS}|and\s+(?:the|he|she|it|they))\b)"
    # not the commas of a list of names: "rotated among Seoul, Tokyo and Washington"
    r"|,\s+(?![A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*,?\s+(?:and|"
    r"or)\s+[A-Z])"
    # "broke down last November and have not resumed since": a second verb phrase with its own modality
    r"|\s+(?=and\s+(?:has|have|had|did|does|do|was|were|is|are|will|would|could|never|then)\b)"
    # ("said that selling wasn't enormous and that the DAX dropped more on Friday": a second thing reported)
    r"|\s+(?=and\s+that\s)"
    # ("ended the fighting but was never replaced"; but "pencilled in for December but never took place" is the plan's
    # fate, see _UNDONE)
    r"|\s+(?=but\s+(?:has|have|had|did|does|do|was|were|is|are|will|would|could)\b)"
    # "failed to agree on a statement but met again on Thursday": the second verb phrase has its own modality
    r"|\s+(?=but\s+(?:also\s+|then\s+|still\s+)?(?:[a-z]{3,}ed|met|made|took|held|went|came|left|gave|sent|said|told"
    r"|kept|won|began|spoke|wrote|flew)\b)")
# (a refusal is a happening, titled by its "refused to": "refused to talk one-on-one in the 2000s" happened)
# What fences a negation after the date off from the date's happening: another clause after "but" ("proposed talks
# in 1994 but never received an answer"), or what was said or found ("met on Aug. 25 and admitted that goals had
# not been met")
# (and a second predicate the negation opens: "turned 96 this spring and no longer travels")
_NEGATION_FENCED_OFF = re.compile(r"\bbut\b|\b(?:admitted|acknowledged|conceded|said|says|announced|warned|stated|"
                                  r"noted|complained|insisted|argued|claimed|reported|added|found|concluded|"
                                  r"confirmed)\s+that\b|\band\s+$", re.IGNORECASE)
# A subject with a participle on it, up to the date: "The washout first observed in ", "A road built in "
_PARTICIPLE_ON_THE_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?"
                                        r"(?:first\s+|last\s+|initially\s+)?[a-z]+(?:ed|en|wn)\s+(?:in|on|at|during)\s+")
_NEGATION = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\s*(?:(?:still|yet|also|even)\s+)?"
    r"(?:not|n['’]t)|didn['’]t|doesn['’]t|"
    r"don['’]t|hasn['’]t|haven['’]t|hadn['’]t|wasn['’]t|weren['’]t|won['’]t|never|failed\s+to|no\s+longer"
    # "No talks took place on Sunday", "no meeting was held"
    r"|no\s+(?:[a-z-]+\s+){1,2}(?:was|were|took\s+place|came|happened|occurred|followed|has\s+been|have\s+been|"
    r"had\s+been)"
    # "no American president met a North Korean leader": nobody did
    r"|(?-i:\b[Nn]o)\s+(?:[A-Za-z-]+\s+){0,2}(?:president|leader|official|one|country|talks|meeting|agreement|deal|"
    r"progress|envoy|minister|diplomat)s?\s+(?:met|visited|signed|reached|came|went|spoke|agreed|took\s+place|held))\b",
    re.IGNORECASE,
)
# "It is not fortuitous that the drills came ...": the negation is of the chance, and the that-clause is asserted
_NOT_BY_CHANCE = re.compile(r"\s+(?:(?:a|by)\s+)?(?:fortuitous|accidental|coincidental|coincidence|chance|surprising|"
                            r"unusual|new)\s+that\b", re.IGNORECASE)
# A gathering that failed to produce something took place: "A conference in Geneva in April–June 1954 failed to
# produce one" (the failing is its outcome, not its undoing)
_GATHERING_FAILED = re.compile(r"\b(?:conference|talks|summit|meeting|round|negotiations|session|forum|visit|trip)\b"
                               r"[^,;:.]{0,60}?\bfailed\s+to\s+(?:produce|yield|reach|agree|resolve|bridge|deliver|"
                               r"make|end|achieve|narrow)\b", re.IGNORECASE)
# "there will be no meeting next week", "there was no vote on Monday": the happening is said not to exist; it
# reaches a date before it or a few words on, not one deep in a phrase of its own ("there have been no mass
# cancellations as a result of the Aug. 7 bombings": the bombings happened)
_NONE_EXISTS = re.compile(r"\bthere\s+(?:(?:will|would|could|may|might)\s+be|is|are|was|were|(?:has|have|had)\s+been)"
                          r"\s+no\b", re.IGNORECASE)
# "No talks are planned for next week": a clause opening on "no" + a word denies its subject; not the interjection
# ("No, they met on Monday"), the abbreviation ("No. 2 official") or the idioms that assert ("No doubt ...")
# (nor a bound: "that is, no earlier than August 11")
_NO_SUBJECT = re.compile(r"\s*no\s+(?!doubt\b|wonder\b|matter\b|longer\b|sooner\b|(?:earlier|later|more|less|fewer)\s+than\b)"
                         r"[a-z]", re.IGNORECASE)
# a negation just inside a relative clause after the date belongs to that clause's noun, not to the date's
# happening: "Since the 1953 armistice, ... a ceasefire that was never meant to last"
# A participle set off by a comma before the date, and the comma that closes it after: ", unveiled in [March 2025],"
_PARTICIPLE_ASIDE_BEFORE = re.compile(r",\s+(?:(?:first|last|later|once|[a-z]+ly)\s+)?(?P<part>[a-z]{3,}ed|built|made|"
                                      r"shown|seen|held|taken|given|written|begun|won|signed|drawn\s+up)\b"
                                      r"[^,;:]{0,60}?\s+$")
_ASIDE_CLOSES = re.compile(r"[^,;:.!?]{0,30},")
_RELATIVE_OPENS = re.compile(r"(?:which|who|whom|whose)\s", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# A plan undone: "was scheduled for 10 March but was cancelled", "originally slated for August, was postponed"
# (but "On May 24, Trump called off the summit" is the cancelling, which happened).
# (or "due in": "Elections were due in 2024 but were delayed")
_PLAN_FOR = re.compile(r"\b(?:(?:scheduled|planned|slated|set|due|(?:pencill?ed|penciled)\s+in)\s+(?:for|to|on)|due\s+in)\b",
                       re.IGNORECASE)
_UNDONE = re.compile(r"\b(?:cancel+ed|called\s+off|postponed|scrapped|shelved|put\s+off|delayed|dropped|pushed\s+back"
                     r"|moved\s+(?:to|back|forward)|rescheduled|brought\s+forward"
                     r"|never\s+(?:materiali[sz]ed|happened|took\s+place)|(?:was|were)\s+never\s+held)\b", re.IGNORECASE)
# The day a plan was moved away from: "postponed from Tuesday to Thursday", "pushed back from March 3"
_MOVED_AWAY_FROM = re.compile(MOVED_FROM_RE + r"\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
_NEVER_HAPPENED = re.compile(r"\b(?:never\s+(?:happened|took\s+place|materiali[sz]ed)|did\s+not\s+(?:happen|"
                             r"take\s+place))\b",
                            re.IGNORECASE)
_SUPERSEDED = re.compile(r"\boriginally\s+(?:due|scheduled|set|planned|slated|expected)\s+(?:for|on|to\s+\w+\s+on)\s+$",
                         re.IGNORECASE)
# The undoing told before the date: "Pyongyang cancelled the Aug. 12 meeting", "this Monday's briefing was cancelled"
# ("canceled his planned June 12 summit": a possessive, and the plan's own word, may stand between)
_UNDONE_BEFORE = re.compile(r"\b(?:cancel+ed|(?<=to\s)cancel|called\s+off|scrapped|shelved|dropped|postponed|put\s+off)\s+"
                            r"(?:the|its|"
                            r"their|his|her|a)\s+(?:(?:planned|scheduled|proposed|upcoming|expected)\s+)?$",
                            re.IGNORECASE)
_UNDONE_LAST_WORDS = ("the", "its", "their", "his", "her", "a", "planned", "scheduled", "proposed", "upcoming", "expected")
_UNDONE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:was|were|has\s+been|had\s+been)\s+(?:cancel+ed|called\s+off|"
                           r"scrapped"
                           r"|postponed|shelved|dropped)\b", re.IGNORECASE)
# "Seoul denied that the officials had met at the border this week": what is denied is said not to have happened
# (but "denied on Monday that ..." dates the denial, which did)
_DENIED_THAT = re.compile(r"\b(?:den(?:y|ies|ied|ying)(?:\s+on\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?|(?:dismiss|reject)(?:s|"
                          r"ed|ing)?\s+(?:as\s+(?:an?\s+)?(?:fabrication|fake|"
                          r"lie|false(?:hood)?|rumou?r|fiction)\s+)?(?:[\w'’-]+\s+){0,4}reports?)"
                          r"\s+(?:that|any)\b"
                          # a report the text itself calls wrong: "a caption wrongly said the North had cut ..."
                          r"|\b(?:wrongly|incorrectly|falsely|erroneously|mistakenly)\s+(?:said|says|stated|reported|"
                          r"claimed|wrote|described|gave|listed|dated)\b(?:\s+that\b)?", re.IGNORECASE)
# "Officials had hoped to resume the talks on Oct. 7": an aim the past perfect says was not met
_DENYING_WORDS = ("den", "dismiss", "reject", "wrongly", "incorrectly", "falsely", "erroneously", "mistakenly")
_UNFULFILLED = re.compile(r"\b(?:had\s+(?:hoped|planned|intended|wanted|aimed|expected)\s+to|(?:was|were)\s+to\s+have"
                          r"|(?:was|were)\s+supposed\s+to)\b", re.IGNORECASE)
# "did not rule out a visit": a possibility, not a denial
_NOT_RULED_OUT = re.compile(r"\b(?:not|n['’]t|never|cannot)\s+(?:\w+\s+)?rul(?:e|ed|es|ing)\s+out\b", re.IGNORECASE)
# A reported statement happened whatever it says: "Kim said on Thursday his country would never give up ..."
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|declared|stated|warned|insisted|added|wrote|claimed|denied|vowed|pledged|posted|tweeted|noted|remarked|confirmed|acknowledged|revealed|disclosed"
    r"|argued|argues"  # ("Your June 30 editorial argued that ... should offer": the arguing was done)
    r"|reported(?=\s+that\b)"  # ("On Wednesday, state media reported that ... no longer felt bound": it did report)
    r"|(?:believed|thought)(?=\s+that\b)"  # ("the world briefly believed that the peninsula might change")
    r"|(?<=to\s)(?:warn|say|declare|announce|insist))\b",  # ("used his address to warn he might ...")
    re.IGNORECASE,
)
# A wish about others is no plan, whatever its "would": "he hoped Trump and Kim would meet next year", "wants the
# two leaders to meet in March".  The wish word must come before the date and be followed by someone else's
# verb (not "hopes to visit", the subject's own aim, which plans).
_WISH_FOR_OTHERS = re.compile(r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?|want(?:s|ed|ing)?|(?:would|['’]d)\s+like"
                              # and a fear or worry about others ("Seoul fears Pyongyang will send more troops")
                              r"|fear(?:s|ed|ing)?|worr(?:y|ies|ied)|suspect(?:s|ed)?)"
                              r"\s+(?:that\s+)?(?!to\b)(?:[\w'’.-]+\s+){1,6}?(?:would|will|could|to)\s",
                              re.IGNORECASE)
# An aim that the subject itself holds plans what it aims at, in any tense: "the allies intended to agree by the
# end of the year", "Seoul hopes to host the summit next month"; only for a date still to come (a past date with
# "intended to" is an aim the text does not say was met).
_AIM_TO = re.compile(r"\b(?:intend(?:s|ed)?|aim(?:s|ed)?|hop(?:es|ed)|plann?(?:s|ed))\s+to\b", re.IGNORECASE)
# A goal worked toward, with the date as its deadline, plans what it aims at: "agreed to work together toward a
# meeting with Kim within this year", "efforts toward a deal by next month", "aims for a summit in the spring".
# Only with a deadline word before the date: "moved toward the border today" tells of the move, which happened.
_GOAL = re.compile(r"\b(?:(?:work|strive|push|move|effort|step)(?:s|d|ed|ing)?|striving|moving)\s+(?:\w+\s+){0,2}?"
                   r"towards?\b|\baim(?:s|ed|ing)?\s+(?:at|for)\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:within|by|before|in|during)\s+(?:the\s+)?$", re.IGNORECASE)
# "has not changed since the president's visit last month": a negation before a "since" phrase denies the state
# that runs since it, not the happening that phrase dates (the visit took place).
# (and "when": "failed to secure a meeting when he visited Seoul in October" visited then)
_SINCE = re.compile(r"\b(?:since|when)\s+(?=\S)", re.IGNORECASE)
_TOLD_THEN = re.compile(r"\s*,\s+(?:when|in\s+which|at\s+which)\s+", re.IGNORECASE)
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|``[^`']*''")
# Plans spoken of in the future tense; a date already past with only these near it is not what was planned
# ("Milei, who took office in December 2023, will host ...").
_FUTURE_TENSE = re.compile(r"\b(?:will|['’]ll|shall|going\s+to|would)\b", re.IGNORECASE)
# "would have been" is a counterfactual, not a plan
# ("May" capitalised is the month or a name: "the May Day Stadium"; "possibly a Musudan" only guesses
# what a thing was, not whether it happened)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|could|might|(?-i:may|MAY)|whether|possibly(?!\s+(?:a|an)\s)"
                           r"|perhaps|maybe|potential(?:ly)?|hypothetical\w*|"
                           r"should"
                           # a wish, not a plan: "Officials are eager to show progress before the end of the year"
                           r"|(?:eager|keen|anxious|impatient|itching)\s+to"
                           # a scenario the writer makes up: "Imagine that talks resumed in March", "Suppose ..."
                           r"|imagine|suppose|supposing|in\s+(?:this|that|such\s+a|the\s+best|the\s+worst)\s+"
                           r"scenario"
                           r"|would\s+have"
                           # "provided that Pyongyang grants visas": a condition, like "if"
                           r"|provid(?:ed|ing)\s+that|on\s+condition\s+that"
                           # a wish or a readiness, not a plan: "would \"love to meet\" Kim", "would be open to meeting"
                           r"|(?:would|['’]d)\s+[\"“]?(?:love|like|welcome|be\s+(?:happy|glad|willing|open|ready))\s+to)\b",
                           re.IGNORECASE)
# What the text itself holds in doubt (attribution, "said" or "reportedly", is how news knows anything and stays
# asserted): "is believed to have visited", "allegedly stole", "unconfirmed reports said", "rumoured to have"
_DOUBT = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|suspected|alleged|"
                    r"rumou?red)\s+to\s+have"
                    r"|rumou?red\s+to\s+have|allegedly|purportedly|unconfirmed\s+reports?|"
                    r"could\s+not\s+(?:independently\s+)?"
                    r"(?:confirm|verify))\b", re.IGNORECASE)
_DOUBT_WORDS = ("believed", "thought", "suspected", "alleged", "rumo", "purported", "unconfirmed", "could")
# "fired what was possibly a new missile": a hedge on what a thing was, inside a noun phrase, not on the happening
_HEDGED_THING = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|appeared\s+to\s+be|may\s+have\s+been)\s+"
                           r"(?:possibly|probably|perhaps|likely)\b", re.IGNORECASE)
# Inverted conditionals, the "if" left out: "Had the talks succeeded in 2019, ...", "Were the talks to resume, ...",
# "Should talks resume, ..." open the sentence; inside it only a subject pronoun makes the inversion unmistakable
# ("..., had they met in 2019" but not "Kim had the upper hand in 2019").
# (and a scenario opening the sentence: "In this scenario, North Korea would halt ...")
# "provided" opening a condition, not the verb: "..., provided Pyongyang grants visas", "providing that they ..."
PROVIDED_CONDITION = re.compile(r"provid(?:ed|ing)\s+(?:that\s+)?(?=(?:[A-Z][\w'’.-]*|the\s+[a-z]+|it|they|he|she|we)"
                                r"\s+[a-z]+s\b)")
_CONDITION_FIRST = re.compile(r"\s*[\"“‘']?(?:if|unless|should|had|were|imagine|suppose|supposing|"
                              r"in\s+(?:this|that|such\s+a|the\s+best|the\s+worst)(?:[-\s]case)?\s+scenario)\b",
                              re.IGNORECASE)
# "since" opening a clause with its own subject and past verb, the date ending it: "since they were expelled in "
_SINCE_DONE_BEFORE = re.compile(r"\bsince\s+(?:they|he|she|it|we|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:were|was|had\s+been|"
                                r"[a-z]{3,}ed)\s+(?:[a-z]+\s+){0,3}(?:in|on|at|during)\s+$", re.IGNORECASE)
_INVERTED = re.compile(r"\b(?:had|were)\s+(?:I|we|he|she|they)\b(?![?.])", re.IGNORECASE)
# An aside set off by commas, saying who holds a view: "By 2030, some analysts believe, North Korea could have ...".
# The date belongs to the clause around the aside, so the aside is blanked rather than allowed to cut the clause
# short or to pass for the reported statement the date hangs on.
_OWN_CLAUSE_NEXT = re.compile(rf"\s+(?:{_OWN_CLAUSE_WORDS})\b", re.IGNORECASE)
_ASIDE = re.compile(
    r",\s+(?:according\s+to\s+(?:[\w'’.-]+\s+){0,2}[\w'’.-]+|(?:[\w'’.-]+\s+){1,3}"
    r"(?:say|says|said|told\s+\w+|believes?|believed|think|thinks|thought|argues?|argued|estimates?|estimated|"
    r"expects?|expected|fears?|feared|claims?|claimed|suggests?|suggested|notes?|noted|warns?|warned|insists?|"
    r"insisted|added|reckons?|reckoned))\s*,(?=\s)",
    re.IGNORECASE,
)
# Questions: a polar question, opening on its auxiliary ("Will the Secretary meet him next week?", "Next week,
# will he ...?", "Do you expect a readout by Friday?") asserts and plans nothing.  A wh-question ("Why did the talks
# collapse in 2019?") presupposes its happening; a question set after a statement ("... said today it will
# re-examine the question are the remains known?") leaves the statement standing; and so does one asking whether
# someone knows or remembers it ("Did you know the talks ended in 2019?"), whether a plan still holds ("Is he still
# planning to visit later this month?") or one whose date sits in a relative clause ("Will the envoy, who visited
# in 2018, return?").
_POLAR_QUESTION = re.compile(r"[\s\"“‘'(]*(?:(?:and|but|so)\s+)?(?:[^,?]*,\s*)?(?:is|are|was|were|do|does|did|will|"
                             r"would"
                             r"|can|could|shall|should|may|might|must|has|have|had|\w+n['’]t)\b", re.IGNORECASE)
_PRESUPPOSED = re.compile(r"\b(?:know|knew|remember|recall|reali[sz]e|forget|forgot|still)\b", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)


# A relative clause set off by a comma that the date closes: ", where they last met on "
_NOT_IN_A_NOUN = (r"(?:with|the|a|an|in|on|at|of|for|to|from|after|before|by|and|or|but|that|which|who|his|her|their|its"
                  r"|is|was|were|are|has|had|have|as|than|into|over|under|about|when|while|because|if|since|until|once"
                  r"|where)\b")
# A relative clause without "that", a past verb of its own before the date: "the liaison office Pyongyang blew up
# in June 2020", "the letter Kim sent last month" (not "the time Trump arrived in Hanoi": a time, no thing)
# (or a bare plural a source is cited by: "according to figures the department gave lawmakers in March")
CONTACT_RELATIVE = re.compile(
    r"(?:\b(?P<det>the|a|an|its|his|her|their)\s+|(?<=\baccording\sto\s)(?=(?:[a-z]+s|data)\s)"
    r"|(?<=\bciting\s)(?=(?:[a-z]+s|data)\s)|(?<=\bfrom\s)(?=[a-z]+s\s)"  # ("identified from boxes North Korea ...")
    r"|(?<=\breply\sto\s)(?=[a-z]+s\s))"  # ("no reply to offers it made")
    r"(?P<np>(?:(?!" + _NOT_IN_A_NOUN + r")[a-z][\w'’-]*\s+){0,3}?"
    r"(?!(?:time|times|day|days|year|years|moment|month|week|way|reason|same|first|last|night|morning|hour|minute)\s"
    r"|" + _NOT_IN_A_NOUN + r")[a-z][\w'’-]*)\s+"
    r"(?P<subject>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|he|she|they|we|it"
    r"|(?<=(?:s|a)\s)the\s+[a-z]{3,}(?:\s+[a-z]{3,})?(?=\s+[a-z]+ed\b|\s+gave\b))"  # ("figures the ministry released")
    # ("the emergency kits Seoul first proposed on Aug. 31")
    r"(?P<adv>\s+(?:first|later|once|originally|initially|then|also|last))?"
    r"\s+(?P<verb>[a-z]{2,})"
    r"(?P<particle>\s+(?:up|down|off|out|back|away|over))?(?P<place>\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"(?P<whom>\s+(?:lawmakers|reporters|parliament|legislators|investors|journalists))?"
    r"\s+(?:(?:in|on|at|during|last)\s+)?$")
_BE_OR_HAVE = frozenset("is are was were be been being has have had".split())
_RELATIVE_BEFORE_DATE = re.compile(r",\s+(?:where|when|which|who)\s+(?P<own>[^,;:.?!\"“”]{3,70}?)\s+(?:on|in|at)\s+$")
# A noun and the clause that tells of it, after the date: "a resolution that would have ...", "remark that ..."
_NOUN_CLAUSE_AFTER = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:(?:in|on|at|of|by|from)\s+(?:the\s+)?\s*)?"
                                r"(?P<rel>that|which)\s+(?!(?:is|was|are|were)\b)")
# Words before "that" that are no noun of a relative clause: verbs of saying and thinking, and function words
_TAKES_THAT = frozenset("says say said warns warn believes believe thinks think knows know hopes hope claims claim "
                        "insists insist adds add notes note argues argue suggests suggest shows show means mean "
                        "so such now given provided except ensure ensures fears fear expects expect is was are were "
                        "and but than".split())


# A noun and a participle telling of it, just before the date: "would not respond to the offer made on Monday" (the
# offer was made; the negation is the responding's, as a question's asking is: "any reply to the letter delivered
# last month?")
_REDUCED_RELATIVE = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+" + PARTICIPLE_RE
                               + r"\s+(?:(?:on|in|at|during)\s+)?$")


# "did not ... until" a date (or a happening told with its date): it happened then
_NOT_UNTIL = re.compile(r"\buntil\s+(?:after\s+)?(?:the\s+(?:[\w'’.-]+\s+){1,4}(?:of|in|on)\s+)?$")


def _relative_between(clause: str, lo: int, hi: int) -> bool:
    """Whether a relative clause with a verb of its own opens between lo and hi: "will not renew a contract that
    expired last month" (the contract did expire then; the negation is the renewal's)."""
    # (its subject may stand between: "the protocol that Washington proposed in March")
    # (after its subject any "-ed" word is its verb)
    return any(looks_like_verb(r["verb"]) or (r["subj"] and r["verb"].endswith("ed")) for r in re.finditer(
        r"(?<!reports\s)(?<!report\s)(?<!claims\s)(?<!rumors\s)(?<!rumours\s)(?<!speculation\s)"
        r"\b(?:that|which|who)\s+(?P<subj>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+|(?:he|she|they|it|we)\s+)?"
        r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)", clause[lo:hi]))


def _subordinate_between(clause: str, lo: int, hi: int) -> bool:
    """Whether a subordinate clause with a subject and a past verb of its own opens between lo and hi: "did not
    receive a vote before the 117th Congress adjourned in January" (Congress did adjourn then; the negation is the
    vote's)."""
    sub = None
    for sub in re.finditer(r"\b(?:before|after|when|once|because)\s+(?=[A-Za-z])", clause[lo:hi]):
        pass
    if sub is None:
        return False
    words = re.findall(r"[A-Za-z]+", clause[lo + sub.end():hi])
    return len(words) >= 2 and any(PAST_VERB_RE.fullmatch(w) and looks_like_verb(w) for w in words[1:6])


def _in_polar_question(sentence: str, lo: int, hi: int, a: int) -> bool:
    """Whether the date at [lo, hi) sits in a yes/no question; ``a`` is where the date's clause begins."""
    q = sentence.find("?", hi)
    if q < 0 or re.search(r"[;:—–\"“”]", sentence[hi:q]):
        return False  # no question mark, or it ends another clause or a quotation than the date's
    start = max((m.end() for m in re.finditer(r"[;:—–\"“”]", sentence[:lo])), default=0)
    if _elliptical_question(sentence, start, lo, hi, q):
        return True
    return bool(_POLAR_QUESTION.match(sentence, start)) and not (
        _PRESUPPOSED.search(sentence, start, lo) or _RELATIVE_START.match(sentence[a:lo]))


# A question cut down to its date, as reporters ask them in transcripts: "QUESTION: (Inaudible) – the talks in –
# (inaudible) – next month?", "And in March?".  Without an auxiliary to open it, it still asks whether, as a
# yes/no question does; not a wh-question ("When? Next month?" asks when, "Why next month?") nor one with a verb of
# its own ("The talks resumed next month?" is left to the rules above).
_WH = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.IGNORECASE)


def _elliptical_question(sentence: str, start: int, lo: int, hi: int, q: int) -> bool:
    words = re.findall(r"[A-Za-z'’]+", re.sub(r"\([^()]*\)", " ", sentence[start:lo] + " " + sentence[hi:q]))
    if len(words) > 4 or _WH.search(sentence, 0, q):
        return False
    return not any(looks_like_verb(w) or _POLAR_QUESTION.fullmatch(w) for w in words)


# A forecast is a prediction, not an arrangement: "the institute forecast that Kim would seek a summit in 2026",
# "is expected by analysts to", "analysts expect the congress to open in January".  Who expects decides: an
# onlooker's forecast is hypothetical, while a bare "is expected to meet on Monday" reports the schedule officials
# announced and stays planned.  Only a cue before the date counts ("In a report published last month, the
# institute forecast ...": the report is not forecast).
_FORECAST = re.compile(
    r"\b(?:(?:forecast|predict|project)(?:s|ed|ing)?\s+(?:that\b|(?:[\w'’-]+\s+){1,4}(?:would|will|to)\b)|"
    r"expected\s+by\s+(?:[\w'’-]+\s+){0,3}(?:analysts?|experts?|observers?|economists?|forecasters?|markets?)|"
    r"(?:analysts?|experts?|observers?|economists?|forecasters?|pundits?)\s+(?:\w+\s+)?"
    r"(?:expect|expected|predict|predicted|forecast|anticipate|anticipated)\b)",
    re.IGNORECASE)
# "Likely" is a forecast of what one side may do ("North Korea is likely to conduct a seventh nuclear test before
# the end of the year"), but the wires' hedge on an arrangement not yet announced ("Kim Jong Un is likely to visit
# Moscow later this month"): a visit, a meeting or talks are arranged between parties in advance, so those stay
# planned; any other happening called likely is hypothetical.
_LIKELY = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:likely|unlikely|possible|probable)(?=\s+(?:before|after|by|"
                     r"in|on|at|next|this|later|soon|within|around)\b)|"  # "Talks are likely before the end of the year"
                     r"(?:(?:is|are|was|were|seems?|seemed|appears?|appeared)\s+(?:\w+\s+)?(?:likely|unlikely)\s+to|"
                     r"(?:will|would)\s+(?:most\s+)?(?:likely|probably))\s+(?!(?:visit|meet|attend|hold|host|travel|"
                     r"tour|sign|join|participate|take\s+part|resume|convene|arrive|go|come|fly|make\s+(?:a|an|his|"
                     r"her|their)\s+(?:\w+\s+)?(?:trip|visit))\b))", re.IGNORECASE)
# (one of them, lower-cased, is in every match of _WISH_FOR_OTHERS, _FORECAST or _LIKELY)
_WISH_FORECAST_OR_LIKELY_WORDS = ("hop", "wish", "want", "like", "fear", "worr", "suspect", "forecast", "predict", "project",
                                  "expected", "analyst", "expert", "observer", "economist", "pundit", "probab", "possible")
# Words after the date that open a subordinate clause of its own ("made the remarks on Thursday when asked about
# the premier's upcoming trip"): their cues tell of that clause, not of the date's happening.  Not "if"/"unless",
# whose condition governs the main clause.
# (a purpose clause too: "ran a laptop farm so that workers could appear to be in the US" did run it)
# A report joined on after the date's own verb: "visited Seoul in October for the summit and said he would be open to
# meeting Kim": what was said is the report's, not the visit's
_AND_REPORTED = re.compile(rf"\s(?:and|but)\s+(?:then\s+|later\s+)?(?={_REPORTING.pattern})", re.IGNORECASE)
_AND_HEDGED = re.compile(r"\s(?:and|but)\s+(?:may|might|could|should)\s")
_DONE_AFTER_A_MODAL = re.compile(r"\b(?:may|might|could|should|can)\s+(?!have\b|be\b|not\b)[a-z]+\b[^,;:]*?\s+and\s+"
                                 r"(?P<past>[a-z]+ed|[a-z]+)\b(?![^,;:]*\b(?:may|might|could|should|can)\b)")
# A negated verb with words of its own, then "and" with a past verb that no "did" or "has" can share ("has not built
# and tested" shares it)
DONE_AFTER_A_NEGATION = re.compile(r"\b(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)|(?:didn|doesn|don|hasn|haven|"
                                    r"hadn)['’]t)\s+(?:yet\s+)?[a-z]+\s+(?!and\b)[^,;:]*?\band\s+(?P<past>[a-z]+)\b")
_SUBORDINATE_AFTER = re.compile(r"\s(?:when|while|whereas|because|after|before|where|so\s+that|in\s+order\s+(?:to|"
                                r"that))\s",
                                re.IGNORECASE)
# The date's own head: "the protests planned for Oct. 3", "talks scheduled for Monday".  A participle that plans the
# date directly wins over modal cues elsewhere in its clause ("nationals should stay away from the protests planned
# for Oct. 3": the protests are planned, whatever the nationals should do); not when the participle is itself
# under a modal ("could be scheduled for March"), nor over a condition opening the sentence or a question.
_PLANNED_HEAD = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:planned|scheduled|slated|set|due)\s+(?:for|"
                           r"on)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_PLANNED = re.compile(
    r"\b(?:will|['’]ll|shall|plans?\s+(?:to|an?)(?=\s)|planned|planning|scheduled|penc[i]?l+ed\s+in|is\s+to|are\s+to|"
    r"(?:was|were)\s+to(?!\s+have)|"
    r"going\s+to|"
    r"expected\s+to|"
    r"(?:is|are)\s+likely\s+to|expects?\s+(?:[\w-]+\s+){1,4}to|"
    r"set\s+to|would|intends?\s+to|upcoming|due\s+to|expected(?=\s+(?:later|next|early|soon|by|within|on|in)\b|\s{3,}))\b",  # (a date blanked: "expected [next week]")
    re.IGNORECASE,
)


# "a plan to shut down the reactor", "drawing up plans to pause drills": the noun, which plans nothing by itself
# (or one made: "was drafting plans to reinforce its troops", "unveiled plans to")
_PLAN_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|new|up|any|no|some|such|of|on|for|[a-z]{3,}ing|"
                               r"drafted|drew|made|unveiled|announced|outlined|approved|laid|shelved|scrapped)\s+$",
                               re.IGNORECASE)


_PLANNING_NOUN = re.compile(r"\s+(?:group|groups|committee|commission|board|body|team|unit|department|process|stage|"
                            r"phase|documents?|session|officials?|staff|cell)\b", re.IGNORECASE)


def _plan_cue(clause: str) -> re.Match | None:
    """The first word of the clause that plans its date ("will", "plans to", "scheduled"), if any."""
    for m in _PLANNED.finditer(clause):
        if m.group().lower().startswith("plan") and _PLAN_NOUN_BEFORE.search(clause, max(0, m.start() - 16), m.start()):
            continue
        if re.search(r"\b(?i:as)\s+$", clause[max(0, m.start() - 4):m.start()]):
            continue  # "went ahead as planned", "As expected, ...": it did
        if m.group().lower() == "planning" and _PLANNING_NOUN.match(clause, m.end()):
            continue  # "condemning the allies' new nuclear planning group": a body's name, no plan
        return m
    return None


_BARE_PREPOSITION = re.compile(r"\s*(?:on|in|at)?\s*")
_COUNTED_TIME_END = re.compile(r"\b(?:later|earlier|afterwards?|ago)$")
# ... but not when that clause is only the length of time: "Less than an hour later, at 11:48 a.m., a second missile
# followed" (the clause after the date tells what happened)
_COUNTED_TIME_ONLY = re.compile(r"\s*(?:(?:less|more|fewer)\s+than|nearly|almost|about|around|roughly|some|just|only|"
                                r"barely|over|under|well\s+over)?\s*(?:an?|one|two|three|four|five|six|seven|eight|nine|"
                                r"ten|\d+|a\s+few|several|a\s+couple\s+of)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|"
                                r"days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards?|ago)", re.IGNORECASE)


_FRONTED = re.compile(r"\s*(?:For|In|On|During|At|By|Over|Throughout|Since|Until|After|Before)\s")
_DATELINE_ONLY = re.compile(r"\s*[A-Z][A-Z .,'’-]{1,40}\s*")  # "SEOUL" before its dash


_MAIN_AFTER_FRONTED = re.compile(r"[,\s]*(?!(?:and|although|though|whereas|but)\s)(?=\w)")


def _over_fronted(sentence: str, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause (a, b) of a date, or, when it is a phrase fronted before the main clause with no verb of its own
    ("For the third Chuseok in a row, there were no reunions"), that and the main clause, whose modality it shares."""
    head = sentence[:a]
    after_dateline = _DATELINE_ONLY.fullmatch(head.rstrip(" —–-")) and head.rstrip().endswith(("—", "–", "-"))
    if head.strip() and not after_dateline:
        return a, b
    rest = sentence[a:b].replace(sentence[lo:hi], " ")
    if _FRONTED.match(rest) is None or any(looks_like_verb(w) for w in re.findall(r"[a-z]+", rest)):
        return a, b
    # (the main clause right after its comma, not a clause of its own: ", although ...")
    main = _MAIN_AFTER_FRONTED.match(sentence, b)
    if main is None:
        return a, b
    return a, clause_around(sentence, main.end(), main.end() + 1)[1]


# A noun, then a pronoun that opens a relative clause with no "who"/"that": "to meet relatives they have not seen"
_CONTACT_PRONOUN_END = re.compile(r"\b(?P<noun>[a-z][\w'’-]*)\s+(?:they|he|she|we|I|you)\s+$")


def _in_contact_relative_after(clause: str, hi: int, at: int) -> bool:
    """Whether the negation at ``at``, after the date, opens a relative clause on a noun with no relative pronoun
    ("will fly to Pyongyang on Tuesday to meet relatives they have not seen since the war": the trip is planned;
    the not-seeing is the relatives')."""
    m = _CONTACT_PRONOUN_END.search(clause, hi, at)
    return (m is not None and "," not in clause[hi:m.start()] and not looks_like_verb(m["noun"])
            and m["noun"] not in _NOT_A_CONTACT_NOUN)


_NOT_A_CONTACT_NOUN = frozenset("and but or so because if when that which who whom while although though as since "
                                "until unless where whether than".split())


@lru_cache(maxsize=2048)  # asked for by the modality, the category, the title and the habit test of each event
def clause_around(sentence: str, lo: int, hi: int) -> tuple[int, int]:
    """Bounds (within sentence) of the clause holding [lo, hi); too-short clauses take in the next one."""
    cuts = [0]
    for m in _CLAUSE_SPLIT.finditer(sentence):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(sentence))
    bounds = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    for i, (a, b) in enumerate(bounds):
        if a <= lo < max(b, a + 1) or (lo < a and hi > a):
            s, e = a, b
            rest = sentence[s:e].replace(sentence[lo:hi], " ")
            if (i > 0 and _BARE_PREPOSITION.fullmatch(rest) and sentence[bounds[i - 1][1]:a].startswith(",")
                    and _COUNTED_TIME_END.search(sentence, bounds[i - 1][0], bounds[i - 1][1])
                    and not _COUNTED_TIME_ONLY.fullmatch(sentence, bounds[i - 1][0], bounds[i - 1][1])
                    and len(sentence[bounds[i - 1][0]:bounds[i - 1][1]].split()) >= 4):
                # "Kim Il Sung died less than a month later, on July 8, days before ...": the date only restates
                # when what came before it happened
                return bounds[i - 1][0], b
            j = i
            # (never into a clause of its own: "The threat receded by the end of the month, although the North ...")
            # (nor past a semicolon: "was unveiled in April 2025; the second capsized ...")
            while len(rest.split()) < 5 and j + 1 < len(bounds) and not re.match(
                    r"\s*(?:and|although|though|whereas|but|while|saying|adding|noting)\s", sentence[bounds[j + 1][0]:]
            ) and ";" not in sentence[
                    bounds[j][1]:bounds[j + 1][0]]:
                j += 1
                e = bounds[j][1]
                rest = sentence[s:e].replace(sentence[lo:hi], " ")
            return s, e
    return 0, len(sentence)


def _plans_the_object(clause: str, cue: re.Match, date_end: int) -> bool:
    """Whether a plan cue after the date ("scheduled", "planned", "upcoming") is about what the act on that day
    acted on, not the act: "Later that day, the council scheduled a meeting for Monday" (the scheduling was that
    day), "on Tuesday slammed the upcoming exercise", "On Thursday, KCNA carried a commentary denouncing drills
    planned for next week"."""
    word = cue.group().lower()
    if word not in ("upcoming", "planned", "scheduled") or cue.start() < date_end:
        return False
    if (word != "upcoming" and not re.search(r"\b(?:was|were|is|are|be|been|being|as)\s+$",
                                             clause[max(0, cue.start() - 8):cue.start()])
            and re.match(r"[^.;]{0,60}?\bfor\s{3,}", clause[cue.end():])):
        return True  # the active verb: "scheduled a meeting for [Monday]"
    between = clause[date_end:cue.start()]
    return any(looks_like_verb(w) for w in re.findall(r"[a-z]+", between) if w not in ("planned", "scheduled"))


# A date denied in favour of another (lexicon.NOT_THEN_RE), up to it
_NOT_THEN = re.compile(rf"\b{NOT_THEN_RE}\s+(?:the\s+)?$")


# A condition told against the facts, opening the sentence: "Had Trump not walked out in Hanoi on Thursday, the
# world might ...", "If Trump had not walked out ..." say he did walk out ("Had they signed a statement in May"
# stays a supposition: that they did not is only implied)
_SUBJECT_THEN = r"(?P<subject>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+"
_PARTICIPLE_ON = r"(?P<verb>" + PARTICIPLE_RE + r"|gone|been)\b(?P<rest>[^,;:]*),"
COUNTERFACTUAL = (re.compile(r"\s*[\"“]?Had\s+" + _SUBJECT_THEN + r"(?P<not>not\s+|never\s+)?" + _PARTICIPLE_ON),
                  re.compile(r"\s*[\"“]?If\s+" + _SUBJECT_THEN + r"had\s+(?P<not>not\s+|never\s+)" + _PARTICIPLE_ON))


def counterfactual(sentence: str, lo: int, hi: int) -> re.Match | None:
    """The counterfactual condition (COUNTERFACTUAL) that opens the sentence and holds the date; None otherwise."""
    opening = sentence.lstrip(" \"“")[:3]
    m = (COUNTERFACTUAL[0].match(sentence) if opening == "Had" else
         COUNTERFACTUAL[1].match(sentence) if opening == "If " else None)
    return m if m is not None and m.end() > hi and m.start("verb") < lo and looks_like_verb(m["verb"]) else None


_BRACKETED_TITLE = re.compile(r"\(\s*[\"“][^()\"“”\n]{1,120}[\"”]\s*\)")


def modality(sentence: str, lo: int, hi: int, future: bool, spans: Sequence[tuple[int, int]] = (),
             past: bool = False) -> str:
    """asserted, planned, hypothetical or negated, from the clause around the date; ``past`` when the date is
    wholly before the published day."""
    if past and (against := counterfactual(sentence, lo, hi)) is not None and against["not"]:
        return "asserted"
    # a title quoted in brackets says nothing of how the date's clause stands: 'Your editorial of Nov. 6 ("Seoul
    # Should Hold Its Nerve") rightly condemns ...'
    sentence = _BRACKETED_TITLE.sub(lambda m: m.group() if m.start() < hi and lo < m.end() else " " * len(m.group()),
                                    sentence)
    # blank a comma-set aside after the date ("By 2030, some analysts believe, ..."), commas and all; one before it
    # is left ("..., Mr. Marous said, from an estimated $470 million this year": the date's clause starts after it)
    # (its closing comma stays before a clause of its own: "..., according to state media, though no date has been
    # confirmed" keeps the though-clause's negation out of the date's clause)
    sentence = _ASIDE.sub(lambda m: m.group() if m.start() < hi else " " * (len(m.group()) - 1) + (
        "," if _OWN_CLAUSE_NEXT.match(sentence, m.end()) else " "), sentence)
    a, b = _over_fronted(sentence, *clause_around(sentence, lo, hi), lo, hi)
    question = _in_polar_question(sentence, lo, hi, a)
    # (cheap test first, on ASCII words: every denial holds one of _DENYING_WORDS)
    window = sentence[max(0, lo - 150):lo]
    low = window.lower()
    denied = (_DENIED_THAT.search(sentence, max(0, lo - 150), lo)
              if not window.isascii() or any(w in low for w in _DENYING_WORDS) else None)
    if denied and sentence[denied.end():lo].strip():
        return "negated"
    if past and (then := _TOLD_THEN.match(sentence, hi)) is not None:
        # "it would be their first meeting since June 30, 2019, when the two leaders met at Panmunjom": the clause
        # after the date tells what happened then, whatever the main clause supposes
        told = re.split(r"[,;:.]", sentence[then.end():], maxsplit=1)[0]
        if any(looks_like_verb(w) for w in re.findall(r"[a-z]+", told)) and not _NEGATION.search(told) \
                and not _HYPOTHETICAL.search(told):
            return "asserted"
    if past and (rel := _RELATIVE_BEFORE_DATE.search(sentence, max(0, lo - 80), lo)) is not None:
        # "it would most likely be at Panmunjom, where they last met on June 30, 2019": a relative clause with a past
        # verb of its own tells what happened then, whatever the main clause supposes
        own = rel.group("own") + re.split(r"[,;:.?!]", sentence[hi:], maxsplit=1)[0]
        if any(looks_like_verb(w) for w in re.findall(r"[a-z]+", rel.group("own"))) and not _NEGATION.search(own) \
                and not _HYPOTHETICAL.search(own):
            return "asserted"
    if past and (rel := CONTACT_RELATIVE.search(sentence, max(0, lo - 80), lo)) and looks_like_verb(rel["verb"]):
        return "asserted"  # "could start by reopening the liaison office Pyongyang blew up in June 2020"
    done = PARTICIPLE_ON_AN_OBJECT.search(sentence, max(0, lo - 120), lo) if past else None
    if done is not None and looks_like_verb(done["part"]) and done["part"] not in NO_PASSIVE and not any(
            looks_like_verb(w) or w in _BE_OR_HAVE for w in done["np"].split()):
        # "wants a summit to resolve the issue of citizens abducted in the 1970s": they were (but "a round of talks
        # was pencilled in for the spring" is the clause's own verb)
        return "asserted"
    if (past and (aside := _PARTICIPLE_ASIDE_BEFORE.search(sentence, max(0, lo - 80), lo)) is not None
            and looks_like_verb(aside["part"]) and _ASIDE_CLOSES.match(sentence, hi)
            and not _NEGATION.search(sentence, aside.start(), lo)):
        # "The submarine, unveiled in March 2025, could be launched this year": the aside tells what was done then,
        # whatever the main clause supposes
        return "asserted"
    if (past and _SINCE_DONE_BEFORE.search(sentence, max(0, lo - 80), lo)
            and not _NEGATION.search(sentence, max(0, lo - 80), lo)):
        # "would allow inspectors back for the first time since they were expelled in April 2009": a clause of its
        # own tells what happened then, whatever the main clause supposes
        return "asserted"
    condition_first = _CONDITION_FIRST.match(sentence)  # before the dates are blanked: "The latest period had ..."
    if PROVIDED_CONDITION.match(sentence, a) and sentence[:a].rstrip().endswith(","):
        condition_first = True  # "..., provided Pyongyang grants visas by the end of February": a condition
    # the date phrases themselves say nothing of modality: "on May 26, 1972" holds no modal "may"
    masked = list(sentence)
    for s, e in spans:
        masked[max(s, 0):max(e, 0)] = " " * (max(e, 0) - max(s, 0))
    sentence = "".join(masked)
    clause = sentence[a:b]
    # (a date opening the sentence reaches over its subject: "Earlier this week, the South's spy agency said")
    reach = 60 if re.fullmatch(r"\s*(?:(?:In|On|By|During|At)\s+)?", sentence[a:lo]) and re.match(r"\s*,", sentence[hi:]) \
        else 25
    reported = _REPORTING.search(sentence, max(0, lo - 80), min(len(sentence), hi + reach))
    if reported and reported.end() <= lo and (that := re.search(r"\bthat\s", sentence[reported.end():lo])):
        # "posted late Sunday that he would \"love to meet\" Kim \"this year\"": the date is the content's, unless
        # the content reports in turn ("wrote ... that Kim had told him in 2018 he was willing ... if ...")
        reported = _REPORTING.search(sentence, reported.end() + that.end(), min(len(sentence), hi + reach))
    if reported:
        # the date hangs on the reporting verb ("said on Thursday"): what the statement says is not the event's
        # modality, so only the words up to the report count, and never the words quoted
        clause = QUOTED.sub(lambda m: " " * len(m.group()), sentence[a:max(reported.end(), hi)])
    sub = _SUBORDINATE_AFTER.search(clause, max(0, hi - a))
    if sub:
        clause = clause[:sub.start()]  # "... on Thursday when asked about the upcoming trip": that clause's own cues
    if (joined := _AND_REPORTED.search(clause, max(0, hi - a))) is not None:
        clause = clause[:joined.start()]
    if (hedged := _AND_HEDGED.search(clause, max(0, hi - a))) is not None:
        clause = clause[:hedged.start()]  # "were cut in January and may be reduced further": the hedge is the next's
    if " and " in clause and (done := _DONE_AFTER_A_MODAL.search(clause, 0, max(0, lo - a))) is not None \
            and looks_like_verb(done["past"]):
        # "has warned that the drills may derail talks and fired two missiles last week": a modal's bare verb, then
        # "and" with a past one, which no modal governs: what was done is the date's
        clause = " " * done.start("past") + clause[done.start("past"):]
    if " and " in clause and (done := DONE_AFTER_A_NEGATION.search(clause, 0, max(0, lo - a))) is not None \
            and looks_like_verb(done["past"]) and done["past"] not in BARE_AS_PAST:
        # "did not respond to the request and sent a delegation three days later", "has not reported a case and
        # sealed its borders in January 2020": the negation is the first verb's, the date the second's
        clause = " " * done.start("past") + clause[done.start("past"):]
    head = not past and _PLANNED_HEAD.search(sentence, max(0, lo - 30), lo)
    unfulfilled = _UNFULFILLED.search(clause, 0, max(0, lo - a))
    if unfulfilled and _NEVER_HAPPENED.search(sentence, hi):
        return "negated"  # "the meeting they had hoped to hold on Oct. 30 never happened"
    # (cheap test first: "rul" and "out", which no other letters fold into, are in every match)
    low = clause.lower()
    if ("rul" in low and "out" in low and _NOT_RULED_OUT.search(clause)) or unfulfilled:
        return "hypothetical"
    hedges = _HEDGED_THING.sub(lambda m: " " * len(m.group()), clause)
    # (cheap test first: the relative's "that" or "which")
    if (hedges.find("that", max(0, lo - a - 30)) >= 0 or hedges.find("which", max(0, lo - a - 30)) >= 0) \
            and (noun_clause := _NOUN_CLAUSE_AFTER.search(hedges, max(0, lo - a - 30))) is not None \
            and noun_clause.start("rel") >= hi - a and not looks_like_verb(noun_clause["noun"]) \
            and noun_clause["noun"].lower() not in _TAKES_THAT:
        # "failed to adopt a resolution that would have tightened sanctions", "Yoon's remark in January that Seoul
        # might build its own weapons": what the noun would do, or the remark said, is not the date's happening
        hedges = hedges[:noun_clause.start("rel")]
        clause = clause[:noun_clause.start("rel")]  # (nor its "would" a plan: "circulated a draft that would ease")
    if question and _REDUCED_RELATIVE.search(clause, 0, max(0, lo - a)):
        question = False  # "Has there been any response to the letter delivered last month?": it was delivered
    if condition_first or question or (not head and (_HYPOTHETICAL.search(hedges) or _INVERTED.search(clause))):
        return "hypothetical"
    if any(not (m.start() >= hi - a and re.search(r"\b(?:who|which|that)\b", clause[hi - a:m.start()]))
           and not (m.end() <= lo - a and re.search(r"\b(?:after|before|when|since|until)\b", clause[m.end():lo - a]))
           # (nor the charge a sentence was for: "was sentenced on March 16 ... for allegedly taking a poster")
           and not (m.start() >= hi - a and re.search(r"\b(?:for|over)\s+$", clause[max(0, m.start() - 6):m.start()]))
           for m in (_DOUBT.finditer(clause) if may_hold(clause, _DOUBT_WORDS) else ())):  # (cheap test first)
        # (but not a doubt in a relative clause after the date, "arrested two agents who had allegedly posed as
        # defectors", nor one on a main clause the date's own after-clause is set off from, "The scheme allegedly
        # continued after the Council adopted Resolution 2397 in December 2017")
        return "hypothetical"
    if not head and may_hold(clause[:max(0, lo - a)], _WISH_FORECAST_OR_LIKELY_WORDS) and any(  # (cheap test first)
            r.search(clause, 0, max(0, lo - a)) for r in (_WISH_FOR_OTHERS, _FORECAST, _LIKELY)):
        return "hypothetical"
    # a "since" before the date, with words of its own between ("since the visit ... last month"), fences the
    # date off from negations outside the since-phrase: before it, or after a comma that closes it ("Since the
    # 2018 summit, the North has not ..."); one inside it ("since talks did not resume in 2019") counts
    since = max((m.end() for m in _SINCE.finditer(clause, 0, max(0, lo - a)) if clause[m.end():lo - a].strip()),
                default=-1)
    # (cheap test first, on an ASCII clause)
    gathering_failed = ([g.span() for g in _GATHERING_FAILED.finditer(clause)]
                        if not clause.isascii() or "failed" in clause.lower() else [])
    # ("had not received any reply to offers it made earlier this year": the offers were made; the negation is the
    # main clause's)
    contact = CONTACT_RELATIVE.search(sentence, max(a, lo - 80), lo)
    contact_at = contact.start() - a if contact is not None and looks_like_verb(contact["verb"]) else -1
    negation = any((m.start() < hi - a or not _RELATIVE_BEFORE.search(clause, 0, m.start()))
                   and not _NOT_BY_CHANCE.match(clause, m.end())
                   and not any(s <= m.start() < e for s, e in gathering_failed)
                   and (since < 0 or since <= m.start() < lo - a
                        or (m.start() >= hi - a and "," not in clause[hi - a:m.start()]))
                   and not (m.end() <= contact_at)
                   and not (m.end() <= lo - a and (_relative_between(clause, m.end(), lo - a)
                                                    or _subordinate_between(clause, m.end(), lo - a)
                                                    or _REDUCED_RELATIVE.search(clause, m.end(), lo - a)))
                   # ("Her predecessor, whose term ended in July 2022, was never allowed in": the main clause's)
                   and not (m.start() >= hi - a and _RELATIVE_OPENS.match(clause) and "," in clause[hi - a:m.start()])
                   and not (m.start() >= hi - a and _in_contact_relative_after(clause, hi - a, m.start()))
                   and not (m.start() >= hi - a and _NEGATION_FENCED_OFF.search(clause, hi - a, m.start()))
                   # ("The washout first observed in late May has not been repaired": the date is the participle's,
                   # on the subject, and the negation the main verb's)
                   and not (m.start() >= hi - a and _PARTICIPLE_ON_THE_SUBJECT.fullmatch(clause, 0, lo - a))
                   for m in _NEGATION.finditer(clause))
    none_exists = any((m.start() >= hi - a or len(clause[m.end():lo - a].split()) <= 4)
                      and (since < 0 or since <= m.start() < lo - a)  # ("no staff had returned since ... closed in 2020")
                      for m in _NONE_EXISTS.finditer(clause))
    if (negation or none_exists or (_NO_SUBJECT.match(clause) and since < 0)) and not _NOT_UNTIL.search(
            sentence, max(0, lo - 70), lo):
        # but "did not acknowledge it until April 28": it was acknowledged then ("is not expected to visit until after
        # the new year": after it; "did not take place until the Geneva Conference of April 1954": at it)
        return "negated"
    if _PLAN_FOR.search(sentence[max(0, lo - 30):lo]) and (_UNDONE.search(sentence, hi) or (
            (undone := _UNDONE.search(sentence, max(0, lo - 80), lo)) and "," not in sentence[undone.end():lo])):
        # "the drill, scheduled for Aug. 25, was dropped", "dropped the drill scheduled for Aug. 25" (but not an aside
        # on what was undone before: "The Games, postponed last year, are due to open on July 23")
        return "negated"
    if _NOT_THEN.search(sentence, max(0, lo - 16), lo):
        # "met not on Monday, as planned, but on Tuesday", "went unanswered from April 7, 2023, not from April 2022"
        return "negated"
    if ends_on_a_word(sentence, max(0, lo - 60), lo, ("from", "the", "its"), ignore_case=True) and _MOVED_AWAY_FROM.search(
            sentence, max(0, lo - 60), lo):  # (cheap test first)
        return "negated"  # "postponed from Tuesday to Thursday": not on Tuesday
    if _SUPERSEDED.search(sentence, max(0, lo - 30), lo):
        return "negated"  # "originally due on Friday, went ahead a day early on Thursday": not on Friday
    if (ends_on_a_word(sentence, max(0, lo - 40), lo, _UNDONE_LAST_WORDS, ignore_case=True)  # (cheap test first)
            and _UNDONE_BEFORE.search(sentence, max(0, lo - 40), lo)) or _UNDONE_AFTER.match(sentence, hi):
        return "negated"  # the date of what was undone; the undoing has its own date, if any
    planned = _plan_cue(clause)
    if planned and past and _FUTURE_TENSE.fullmatch(planned.group()):
        planned = None  # a date already past is not planned by a "will" about something else
    if planned and past and planned.start() >= hi - a and any(
            looks_like_verb(w) for w in re.findall(r"[A-Za-z]+", sentence[a:lo])):
        planned = None  # "the bridge, which began on April 30, is due to be finished": the plan comes after
    if (planned and past and planned.start() >= hi - a and planned.group().lower().startswith("plan")
            and re.search(r"\w['’]s\s+$", clause[max(0, planned.start() - 20):planned.start()])
            and looks_like_verb(re.findall(r"[A-Za-z]+", clause[hi - a:planned.start()] or "x")[0])):
        # "on Tuesday approved a civic group's plan to send ...": the approval was that day; the plan is its object
        planned = None
    if planned and _plans_the_object(clause, planned, hi - a):
        planned = None
    if planned and re.match(r"\s+(?:for|on|in)\s", clause[planned.end():]) and any(
            a + planned.end() < s <= a + planned.end() + 10 and (s, e) != (lo, hi) for s, e in spans):
        planned = None  # "a tour planned for August had been cancelled on Friday": the plan is August's, not Friday's
    if (planned and planned.start() < lo - a and re.search(r"\b(?:who|which|that)\s+(?:\w+\s+){0,2}$",
                                                           clause[:planned.start()])
            and any(PAST_VERB_RE.fullmatch(w) for w in re.findall(r"[a-z]+", clause[planned.end():lo - a])[3:])):
        planned = None  # "A private who was due to be flown home crossed the border on Tuesday": the relative's plan
    if (planned and past and planned.start() >= hi - a
            and re.search(r"\b(?:under|in|by|through|with)\s+which\b", clause[hi - a:planned.start()])):
        planned = None  # "In February 2007 the six parties agreed on actions under which the North was to shut ...":
        # the plan is what the agreement said, and the agreeing happened
    if not planned and not past:
        planned = _AIM_TO.search(clause, 0, max(0, lo - a)) or (
            _DEADLINE_BEFORE.search(sentence, max(0, lo - 12), lo) and _GOAL.search(clause, 0, max(0, lo - a)))
    if not planned and " to " in sentence[max(0, lo - 70):lo] and (
            pledge := _PLEDGED_TO.search(sentence, max(0, lo - 70), lo)) is not None and (
            pledge["prep"] or re.match(r"\s*(?:[,.;:!?\"”)]|$)", sentence[hi:])):
        # "pledging to end the war formally this year", "Kim pledged to visit Seoul by May" (not a year naming a
        # thing: "vowed to revive the spirit of the 2018 inter-Korean summit")
        planned = True
    if (future or planned) and _CONDITION_AFTER.match(sentence, hi):
        return "hypothetical"  # "would close his shop at the end of the month if nothing changed": on a condition
    if future or planned:
        return "planned"
    return "asserted"


# A pledge whose deed the date tells, right before it: "pledged to visit Seoul [this year]"
_PLEDGED_TO = re.compile(r"\b(?:pledg|vow|promis|undert[oa]k|commit)(?:e|es|ed|ing|ting|ted|s)?\s+"
                         r"(?:itself\s+|themselves\s+)?"
                         r"to\s+[a-z]+(?:\s+[\w'’.-]+){0,6}?\s+(?P<prep>(?:in|on|by|before|within|during)\s+)?$",
                         re.IGNORECASE)
# A condition right after the date (past an apposition on it): "..., the anniversary of the war, if the wind blows"
_CONDITION_AFTER = re.compile(r"(?:,\s+[^,;.]{1,60},)?\s*,?\s*(?:if(?!\s+(?:not|ever|at\s+all|any)\b)|unless|"
                              r"provided|as\s+long\s+as)\s",
                             re.IGNORECASE)  # (not "in the autumn, if not before": a sooner date, no condition)
