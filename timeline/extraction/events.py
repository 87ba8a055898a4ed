"""From temporal expressions to events: one event per dated happening, with its sentence, a short
title, actors, a PLOVER category, modality, anchor and a confidence."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .actors import Mention
from .came_after import counted_back
from .chronology import entry_at, history_page_heading, on_this_day, opens_entry
from .context import PAST, PAST_VERB_RE, looks_like_verb
from .elapsed import clock_later, days_from_the_main_clause, elapsed_dates
from .lasting import days_it_runs
from .fiscal import ended_on, fiscal_period, period_ended, trailing_year
from .furniture import (
    may_mark_a_page,
    entry_reports,
    entry_stamp,
    labels_the_piece,
    on_page_furniture,
    one_day,
    opens_a_turn,
    sends_reader_to_coverage,
    table_cells,
)
from .lexicon import (DEAL_DATED_RE, EVENT_NOUNS, FIGURES_AFTER, FIGURES_FOR, LOCAL_CLOCK_RE, MOVED_FROM_RE,
                      NUMBER_WORD_RE, OTHER_CLOCK_RE,
                      WEEKDAY_RE, clock_ends_sentence, ends_on_a_word, may_hold, parse_count, period_is_abbreviation)
from .modality import CONTACT_RELATIVE, clause_around, modality
from .resolve import APPLIED_FOR, NAMES_A_LAW
from .results import ExtractedEvent
from .timexes import Resolved
from .titles import (
    COUNTED_TITLE,
    TOLD_AFTER,
    agreement_named_before,
    landmark_dated,
    read_in_context,
    shorten,
    thing_before,
    title,
)
from .values import value_range

# ----------------------------------------------------------------------------- sentences

# (Korean sentences go on in Hangul after ". "; Japanese and Chinese ones end on "。" with no space after it)
# (a footnote's mark may follow the full stop: "... visit to Tokyo.[3] Pyongyang's statements ...")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\d{1,3}\])?(?=\s+[\"“‘'(\[]?[A-Z0-9\uac00-\ud7af])|[。！？]+[」』”’)]*|\n\s*\n"
                       r"|\n")


def sentences(text: str, keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) for each sentence; end excludes the trailing whitespace.  No sentence ends inside
    one of the sorted spans ``keep`` (the dates found: "am 31. Oktober 2025" is one date, not two sentences)."""
    out: list[tuple[int, int, int]] = []
    para = 0
    start = 0
    keep_starts = [a for a, _b in keep]
    for m in _BOUNDARY.finditer(text):
        k = bisect.bisect_right(keep_starts, m.start()) - 1
        clock_end = m.group().startswith(".") and clock_ends_sentence(text, m.start())
        if k >= 0 and keep[k][0] < m.start() < keep[k][1] and not clock_end:
            continue
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue  # a hard-wrapped line: the sentence goes on
        if m.group().startswith((".",)) and "\n" not in m.group() and not clock_end and period_is_abbreviation(
                text, m.start()):
            continue
        end = m.end() if "\n" not in m.group() else m.start()
        _emit(text, start, end, para, out)
        if "\n" in m.group():
            para += 1
        start = m.end()
    _emit(text, start, len(text), para, out)
    return out


_LONGEST_SENTENCE = 1200  # characters; past this an unpunctuated run (a transcript, a list) is cut into pieces


def _wrapped(text: str, newline: int) -> bool:
    """Whether a single line break only wraps a long line of prose: the line is long and stops mid-sentence, and
    the next goes on with a word or a number rather than a list item or a heading."""
    line = text[text.rfind("\n", 0, newline) + 1:newline].rstrip()
    nxt = text[newline + 1:newline + 3]
    # a short line may wrap too when it stops on a word no sentence ends on ("The talks collapsed in\n2019 ...")
    return ((len(line) >= 40 or (_OPEN_END.search(line) and len(line.split()) >= 3)) and not line.endswith((".", "!", "?", ":", ";", '"', "”", "|"))
            and bool(nxt) and (nxt[0].isalnum() or nxt[0] in "(“\"'") and not re.match(r"[-*•#|>]", nxt)
            and not entry_at(text, newline + 1)  # "Feb. 27, 2019 — ...": a chronology's next entry
            and not _LABEL_OPENS.match(text, newline + 1)  # "FLASH — 2223 GMT Monday: ...": a wire's next flash
            and not _TIMESTAMP_OPENS.match(text, newline + 1)  # "04:10 Six-party talks": a video's next chapter
            # a line far longer comes after no wrap (a headline over a paragraph of one line: "Analysis: Why a
            # summit is still a long shot\nIf Donald Trump and Kim Jong Un meet again, ...")
            and not len(_next_line(text, newline)) > max(100, len(line) + 40)
            # a table row, a running page header or footer stands alone, and so does the line after one
            and not _frame_line(line) and not _frame_line(_next_line(text, newline)))


def _next_line(text: str, newline: int) -> str:
    end = text.find("\n", newline + 1)
    return text[newline + 1:end if end >= 0 else len(text)]


def _frame_line(line: str) -> bool:
    return bool(table_cells(line) or may_mark_a_page(line))


# A line opened by a label in capitals and a dash or colon: "FLASH — ", "UPDATE: ", "SEOUL — "
_LABEL_OPENS = re.compile(r"[ \t]*[A-Z]{3,}(?:[ \t]+[A-Z]{2,})*[ \t]*(?:[—–:]|--?)\s")
_TIMESTAMP_OPENS = re.compile(r"[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]+[A-Z\"“]")
_OPEN_END = re.compile(r"\s(?:in|on|at|of|the|a|an|to|and|or|by|from|since|until|during|for|with|between|than|"
                       r"before|after|into)$")


def _emit(text: str, start: int, end: int, para: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _LONGEST_SENTENCE:
        # cut at the last comma or space before the limit, so every piece is a readable citation and the
        # work per sentence stays bounded
        window = text[start:start + _LONGEST_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; "))
        if cut < _LONGEST_SENTENCE // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = _LONGEST_SENTENCE
        piece_end = start + cut
        out.append((start, piece_end, para))
        start = piece_end
        while start < end and text[start] in " ,;":
            start += 1
    if end > start:
        out.append((start, end, para))


# ----------------------------------------------------------------------------- category lexicon

# PLOVER event types by keyword.  The keyword nearest the date wins.  Weapons tests and military
# exercises are MOBILIZE (a show of force, nobody is hit); ASSAULT is kept for attacks with victims.
_CATEGORY_WORDS: list[tuple[str, str]] = [
    ("ASSAULT", r"(?<!heart\s)attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|shell(?:ed|ing)|air\s?strikes?|invad(?:e|ed|es)|"
                r"invasion|"
                r"shot\s+down|shoot(?:s|ing)?\s+down|fired\s+on|killed|clash(?:es|ed)?|sank|sinking|"
                # "fired on the boat", "fired about 170 shells at the island": aimed at somebody, not at a time ("at
                # least", "at 7 a.m."), into the sea or at a test target
                r"fir(?:e|es|ed|ing)\s+(?:(?:[\w-]+\s+){0,4}?(?:shells?|artillery|rounds|rockets?|missiles?)\s+)?at\s+"
                r"(?!(?:(?:a|an|the|its)?\s*(?:targets?|sea|waters?)|about|around|approximately|roughly|\d+|dawn|night|noon|"
                r"midnight|midday|least|once|the\s+same\s+time)\b)|"
                r"assassinat\w*"),
    ("MOBILIZE", r"(?:missile|nuclear|weapons?|rocket|ICBM|ballistic|bomb)\s+tests?|tests?(?:ed|ing)?[-\s]fir\w*|"
                 r"test(?:s|ed|ing)?\s+(?:(?:its|a|an|the|another|two|several|new)\s+)*(?:\w+\s+)?(?:missiles?|ICBMs?|"
                 r"rockets?|bombs?|weapons?|device)|"
                 r"launch(?:es|ed|ing)?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|satellites?|ICBMs?)|"
                 r"(?:missile|rocket|satellite)\s+launch(?:es)?|military\s+(?:exercises?|drills?|parade)|drills|"
                 r"deploy(?:s|ed|ing|ment)|mobiliz\w*|"
                 r"(?:joint|trilateral|combined|naval|air|live-fire|large-scale)\s+(?:[\w-]+\s+)?(?:exercises?|"
                 r"drills?)|"
                 r"(?:first|second|third|fourth|fifth|sixth|seventh)\s+(?:nuclear\s+)?tests?|nuclear\s+test|"
                 r"(?:conducts?|conducted|conducting)\s+(?:its\s+)?\w*\s*(?:nuclear|missile)|"
                 r"tests?\s+of\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|(?:rocket\s+)?launchers|artillery|weapons?|"
                 r"icbms?|bombs?|engines?)|"
                 r"hwasong(?:-\d+\w*)?|taepodong(?:-\d)?|nodong|musudan|pukguksong(?:-\d)?|(?<!dna\s)test(?:s|ed)?|"
                 # "fired a barrage of short-range ballistic missiles": the corpus's commonest show of force
                 r"fir(?:e|es|ed|ing)\s+(?:[\w\"“”-]+\s+){0,6}?(?:missiles?|rockets?|ICBMs?|projectiles?|artillery|"
                 r"shells?)"),
    ("COERCE", r"martial\s+law|detain(?:s|ed)?|arrest(?:s|ed)?|expel(?:s|led)?|seiz(?:e|ed|es)|blockade|imprison(?:s|"
               r"ed)?|deport(?:s|ed)?|crack(?:s|ed)?\s+down"),
    ("SANCTION", r"cap(?:s|ped|ping)?\s+(?:[\w'’-]+\s+){0,4}(?:imports|exports)|ban(?:s|"
                 r"ned)?\s+(?:[\w'’-]+\s+){0,3}(?:imports|exports)|sanction(?:s|ed)?|embargo|suspend(?:s|ed)?|"
                 r"cut(?:s)?\s+off|cut(?:s)?\s+(?:most|all|some)?\s*(?:of\s+(?:its|their)\s+)?trade|froze\s+assets|"
                 r"halt(?:s|ed)?\s+(?:aid|shipments)|"
                 r"blacklist\w*|state\s+sponsors?\s+of\s+terrorism|boycott\w*|sever(?:s|ed)?\s+ties|"
                 r"(?:moved|acted|took\s+action)\s+against\s+(?:a|an|the|two|three|\d+)\s+(?:[\w'’-]+\s+){0,2}?"
                 r"(?:banks?|firms?|companies|entities|individuals|ships?|vessels?)|"
                 # "designated seven individuals and two entities", "designations against related networks"
                 r"designat(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,2}?(?:banks?|firms?|companies|entities|individuals|"
                 r"persons|people|ships?|vessels?|networks?|officials)|designations?\s+(?:of|against|on)\b"),
    # (not "posed no immediate threat", "is not a threat": a threat denied is none made)
    ("THREATEN", r"(?<!\bno\s)(?<!\bnot\sa\s)(?<!\bno\simmediate\s)(?<!\bno\sdirect\s)(?<!\bno\sreal\s)"
                 r"(?<!\bno\simminent\s)threat(?:en|ens|ened|ening)?|"
                 # (not the weather's or a coast guard's: "warned of landslides", "issued a maritime safety warning")
                 r"(?<!safety\s)(?<!weather\s)(?<!tsunami\s)(?<!navigational\s)(?<!flood\s)warn(?:s|ed|ing)?"
                 r"(?!\s+of\s+(?:possible\s+|more\s+|further\s+)?(?:landslides?|flood\w*|heavy\s+rain\w*|rain\w*|"
                 r"storms?|typhoons?|heat\w*|snow\w*|downpours?|drought))|"
                 r"ultimatum|fire\s+and\s+fury"),
    ("PROTEST", r"protest(?:s|ed)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ies|ied)"),
    ("ACCUSE", r"accus(?:e|es|ed)|denounc(?:e|es|ed)|condemn(?:s|ed)?|criticiz(?:e|es|ed)|criticis(?:e|es|ed)|"
               r"blam(?:e|es|ed)|"
               r"axis\s+of\s+evil|dismiss(?:es|ed)\s+the|provocative|"
               # "described the DPRK as a threat to peace": calling someone a threat is no threat made
               r"(?:describ|brand|label+|characteri[sz])(?:e|es|ed|ing)?\s+(?:[\w'’.-]+\s+){1,4}?as\s+an?\s+(?:[\w-]+\s+)?"
               r"(?:threat|menace|danger)|"
               # "called the attack \"an act of aggression\"", "described the sanctions as \"an act of war\"": a
               # charge laid, no attack made
               r"(?:call|describ|brand|label+|term)(?:s|ed|e|es|ing)?\s+(?:[\w'’.-]+\s+){1,4}?(?:as\s+)?[\"“]?an?\s+"
               r"(?:[\w-]+\s+){0,2}?(?:act\s+of\s+(?:aggression|war|terror\w*|piracy)|provocation|crime|aggression|"
               r"(?:rehearsal|preparation)\s+for\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:invasion|war|attack))"),
    ("REJECT", r"reject(?:s|ed)?|refus(?:e|es|ed|ing)(?:\s+to\s+\w+)?|veto(?:es|ed)?|quit(?:s|ting)?|"
               r"declar(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}?(?:void|null|invalid|defunct|dead)\b|"
               r"scrap(?:s|ped|ping)?|t(?:ore|ear|ears|earing)\s+up|ripped\s+up|terminat(?:e|es|ed|ing)|nullif\w*|"
               r"annul(?:s|led|ling)?|"
               r"withdr(?:awing|awn|aw|aws|ew|awal)\s+from|"
               r"bro(?:ke|ken)\s+(?:down|off|up)|break\s+(?:down|up)|walk(?:ed)?\s+out|without\s+(?:an\s+agreement|"
               r"agreement|a\s+deal)|never\s+relinquish|abandon\w*|unravel\w*|"
               r"collaps(?:e|es|ed)|no\s+interest|not\s+interested|ruled\s+out|rules\s+out|"
               r"cancel(?:s|led|ed|ling|ing)?|call(?:s|ed|ing)?\s+off"),
    # (not a source's "asked not to be named", nor "withdrawal requests" made of a bank)
    ("REQUEST", r"urg(?:e|es|ed|ing)|call(?:s|ed)?\s+for|call(?:s|ed)?\s+on\s+(?=(?:[\w'’.-]+\s+){0,4}to\s)|ask(?:s|"
                r"ed)?(?!\s+not\s+to\s+be\s+(?:named|identified|quoted)|\s+for\s+anonymity|\s+to\s+remain\s+anonymous)|"
                r"demand(?:s|ed)?|appeal(?:s|ed)?|(?<!budget\s)(?<!withdrawal\s)(?<!redemption\s)request(?:s|ed)?|"
                r"invit(?:e|es|ed|ation)"),
    # (not the noun: "detected signs of a launch", "no sign that talks would resume")
    ("AGREE", r"sign(?!s?\s+(?:of|that)\b)(?:s|ed|ing)?|agree(?:s|d|ment|ments)?|treaty|accord|deal|bargain(?!ing)|joint\s+(?:statement|communiqu[eé]|"
              r"declaration)|"
              r"communiqu[eé]|(?<!law\s)declaration(?!\s+of\s+(?:martial|war|a\s+state|emergency))|accept(?:s|ed)?|pledg(?:e|es|"
              r"ed)|commit(?:s|ments?|ted(?!\s+(?:by|during|in|against|on|at|under)\b))?|promis(?:e|es|ed)"),
    # (not "conceded that there had been no reply": an admission, nothing given up)
    ("CONCEDE", r"conce(?:de|des|ded)(?![^.;,]{0,25}?\b(?:that|there)\b)|concessions?|eas(?:e|es|ed)\s+sanctions|lift(?:s|ed)?\s+sanctions|moratorium|"
                # "announces a halt to nuclear and ICBM tests", "halted its missile launches"
                r"halt(?:s|ed|ing)?\s+(?:to\s+)?(?:(?:its|all|further|the)\s+)?(?:[\w-]+\s+){0,3}?(?:tests?|testing|"
                r"launches)|"
                r"dismantl\w*|demolish\w*|free(?:s|ze|zes)\s+its|remov(?:e|es|ed)\s+\w+(?:\s+\w+)?\s+from|return(?:s|"
                r"ed)?\s+(?:the\s+)?remains"),
    # (not "released on humanitarian grounds", "a humanitarian crisis": a reason or a state, nothing given)
    # (not "journalists and aid workers", "aid groups said": the people who give aid, no giving)
    ("AID", r"aid(?!\s+(?:workers?|officials?|agenc(?:y|ies)|groups?|organi[sz]ations?|staff|experts?)\b)|assistance|humanitarian(?!\s+(?:grounds|reasons|concerns|crisis|situation|law))|donat\w*|shipments?\s+of\s+(?:food|rice|grain|corn|wheat|flour|fuel|oil|"
            r"fertili[sz]er|medic\w+|vaccines?|aid)|food\s+aid|light-water\s+reactors?|"
            r"heavy\s+fuel\s+oil|"
            r"world\s+food\s+program(?:me)?|wfp|tonnes\s+of\s+(?:rice|food|corn|maize|flour|fertili[sz]er)|"
            # "a freighter loaded with rice", "medical supplies", "the first convoy of emergency supplies"
            r"(?:loaded|laden)\s+with\s+(?:rice|food|grain|corn|flour|fuel|medic\w+|aid|supplies)|"
            r"(?:medical|emergency|relief)\s+supplies|vaccines?(?=\s+and\b|,)|"
            # "delivered water-purification equipment", "delivered tents and blankets"
            r"deliver(?:s|ed|ing|y|ies)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:equipment|supplies|food|rice|flour|tents|"
            r"blankets|medicines?|fuel)"),
    ("COOPERATE", r"cooperat\w*|alliance|partnership|allies(?![’'])|joint\s+venture|work(?:s|ed)?\s+together|rapprochement|"
                  r"intelligence[-\s]sharing|restor(?:e|es|ed)\s+(?:[\w-]+\s+){0,3}(?:pact|ties|relations|hotlines?)"),
    # (not "32% support" in a poll: a share of voters, nobody backing anybody)
    ("SUPPORT", r"(?<!% )(?<!percent )(?<!approval\s)support(?:s|ed)?(?!\s+(?:at\s+\d|(?:rating|ratings|fell|rose|dropped|"
                r"slipped|stood|among)\b))|prais(?:e|es|ed)|endors(?:e|es|ed)|welcom(?:e|es|ed|ing)|hail(?:s|ed)?|back(?:s|"
                r"ed)\s+the"),
    ("CONSULT", r"meet(?:s|ing|ings)?|met|talks|summit(?:s|ry)?|visit(?:s|ed|ing)?|trips?|negotiat\w*|dialogue|discuss(?:es|"
                r"ed|ion|ions)?|"
                r"called\s+on|shook\s+hands|handshake|set\s+foot\s+in|received\s+by|encounters?|"
                r"receiv(?:e|es|ed|ing)\s+(?:(?:the|a|an|his|her|their|vice|deputy|first|foreign|prime|special|"
                r"[\w-]+'s)\s+)*"
                r"(?:marshal|ministers?|president|envoys?|delegations?|secretary|chairman|premier|leaders?|"
                r"ambassadors?)|"
                r"(?:went|travel+ed|flew|came)\s+(?:[a-z]+ly\s+)?to(?!\s+(?:power|office|an\s+end|terms|light|the\s+throne))|arriv(?:e|es|ed|ing)\s+in|touch(?:ed|es)\s+down|"
                r"spoke\s+(?:(?:today|yesterday|again|separately|briefly)\s+)?(?:with|to|by\s+(?:tele)?phone)|(?:tele)?phone\s+(?:call|conversation|talks?)|hosted|envoys?|"
                r"consult(?:s|ed|ing)?|speech|address(?:ed)?|announc(?:e|es|ed|ement)"),
]
# Weak words (a speech, an announcement, the people who negotiate) tell of a happening only when nothing more
# telling is near; signing an agreement is as telling as a happening gets and wins over the talks around it
# ("in October negotiators signed the Agreed Framework" is AGREE, not CONSULT).
_WEAK = re.compile(r"speech|address(?:ed)?|announc\w*|envoys?|negotiators?|deal|test(?:s|ed)?|moratorium", re.IGNORECASE)
# What a verb of signing or undoing acts on: an agreement by any of its names
_AGREEMENT_NOUNS = (r"agreements?|accords?|frameworks?|treat(?:y|ies)|deals?|pacts?|declarations?|memorand(?:um|a)|"
                    r"(?:joint\s+)?statements?")
_SIGNS_AN_AGREEMENT = re.compile(
    rf"\bsign(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){{0,5}}?(?:{_AGREEMENT_NOUNS}|communiqu[eé]s?|armistice|ceasefire|truce|"
    r"protocols?|charters?|conventions?|contracts?)\b")
# Undoing an agreement is a rejection, however much the agreement's name says AGREE ("suspended parts of the
# military agreement", "scrapped the pact")
_UNDOES_AN_AGREEMENT = re.compile(
    r"\b(?:suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|scrap(?:s|ped|ping)?|t(?:ore|ear|ears|earing)\s+up|"
    r"ripped\s+up|terminat(?:e|es|ed|ing)|nullif\w*|annul(?:s|led|ling)?|abandon(?:s|ed|ing)?|withdr(?:ew|aws?|awing)\s+"
    rf"from)\s+(?:[\w'’.-]+\s+){{0,6}}?(?:{_AGREEMENT_NOUNS}|resolutions?)\b")
# The stems every verb of _UNDOES_AN_AGREEMENT starts with
_UNDOING_STEMS = ("suspend", "block", "veto", "scrap", "tore", "tear", "ripped", "terminat", "nullif", "annul", "abandon",
                  "withdr")
# Matched against the lower-cased sentence: a case-insensitive alternation this size is slow.
def _first_letters(rx: str) -> str | None:
    """The letters a match of the alternation ``rx`` can start with, or None when that is not plain to see (a
    character class, an escape): a lookahead on them lets a scan pass over other words at once."""
    letters: set[str] = set()
    for alt in _top_alternatives(rx):
        alt = re.sub(r"^(?:\(\?<!.*?\))+", "", alt)  # a look-behind matches no letter
        if alt[:1].isalpha():
            letters.add(alt[0])
            continue
        group = re.match(r"\(\?:", alt)
        if group is None:
            return None
        depth, i = 1, group.end()
        while depth and i < len(alt):
            depth += {"(": 1, ")": -1}.get(alt[i], 0) if alt[i - 1] != "\\" else 0
            i += 1
        inner = _first_letters(alt[group.end():i - 1])
        if inner is None:
            return None
        letters.update(inner)
        if alt[i:i + 1] in ("?", "*"):  # an optional group: what follows may start the match too
            rest = _first_letters(alt[i + 1:]) if alt[i + 1:] else None
            if rest is None:
                return None
            letters.update(rest)
    return "".join(sorted(letters))


def _top_alternatives(rx: str) -> list[str]:
    """``rx`` split at the "|" that are not inside a group or a character class."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = rx.index("]", i + 1) + 1
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    out.append(rx[start:])
    return out


def _gated(words: str) -> str:
    firsts = _first_letters(words)
    return f"(?=[{firsts}])(?:{words})" if firsts else f"(?:{words})"


# (one word boundary checked once for all the types, then only the types whose words start with the letter there)
_CATEGORY_RE = re.compile(r"\b(?=[a-z])(?:" + "|".join(f"(?P<{cat}>{_gated(words.lower())}\\b)"
                                                        for cat, words in _CATEGORY_WORDS) + ")")


@lru_cache(maxsize=256)
def _category_hits(sentence: str) -> tuple[tuple[int, int, str, int], ...]:
    """(start, end, PLOVER type, weight): weight 1 for a weak word, -1 for the verb of signing an agreement, -2 for
    a telling phrase ("axis of evil")."""
    low = sentence.lower()
    # (cheap tests first: signing needs "sign", undoing one of its verbs' stems)
    signing = {m.start() for m in _SIGNS_AN_AGREEMENT.finditer(low)} if "sign" in low else set()
    undoing = ([(m.start(), m.end()) for m in _UNDOES_AN_AGREEMENT.finditer(low)]
               if any(stem in low for stem in _UNDOING_STEMS) else [])
    hits = []
    for m in _CATEGORY_RE.finditer(low):
        cat, weight = m.lastgroup, (1 if _WEAK.fullmatch(m.group()) else -2 if _TELLING.fullmatch(m.group())
                                    else -1 if m.lastgroup == "AGREE" and m.start() in signing else 0)
        if any(s == m.start() for s, _ in undoing):
            cat, weight = "REJECT", -1  # the undoing verb, as telling as signing
        elif any(s < m.start() < e for s, e in undoing):
            continue  # the agreement undone
        hits.append((m.start(), m.end(), cat, weight))
    for s, _e in undoing:
        if not any(h[0] == s for h in hits):  # "blocked a joint statement": no REJECT word alone, but undoing
            hits.append((s, s + len(low[s:].split(" ", 1)[0]), "REJECT", -1))
    return tuple(sorted(hits))


def _has_category_word(sentence: str) -> bool:
    """bool(_category_hits(sentence)) without listing the hits: a keyword (one inside an agreement undone leaves the
    undoing's REJECT in its place), or an agreement undone."""
    low = sentence.lower()
    return _CATEGORY_RE.search(low) is not None or (
        any(stem in low for stem in _UNDOING_STEMS) and _UNDOES_AN_AGREEMENT.search(low) is not None)


# Words as telling as signing: "named North Korea, Iran and Iraq an 'axis of evil'" is an accusation, whatever the
# address it was made in
_TELLING = re.compile(r"axis\s+of\s+evil")


_REMEMBERED = re.compile(r"\b(?:to\s+(?:remember|commemorate|mourn|honou?r)|in\s+(?:memory|honou?r)\s+of|"
                         r"(?:anniversary|commemoration|memorial)\s+(?:of|for)|(?:mark(?:s|ed|ing)?|commemorat\w+|"
                         r"observ\w+|celebrat\w+)\s+(?:the\s+)?(?:\w+\s+){0,2}anniversary)\b", re.IGNORECASE)
_LANDMARK_WORDS = re.compile(r"\b(?:after|before|following|ahead\s+of|prior\s+to|since|because(?:\s+of)?)\s+"
                             r"(?:[\w'’-]+\s+){0,3}(?:(?:and|or)\s+(?:[\w'’-]+\s+){0,3})?$", re.IGNORECASE)
# (lower-cased, one of them is in every match of _REMEMBERED: "memor" in "commemorate", "memory", "memorial")
_REMEMBERING_WORDS = ("remember", "memor", "mourn", "hono", "anniversar")
_AGREEMENT_NAME = re.compile(r"Declaration|Accord|Treaty|Agreement|Framework|Statement|Communiqu[eé]|Charter|Protocol")
# Nouns that name what a verb of another type acts on: "rejected the offer of talks" is REJECT, "suspended the
# food aid" SANCTION
_OBJECT_NOUN = re.compile(r"talks|summit(?:s|ry)?|meetings?|dialogue|negotiations|aid|assistance|food\s+aid|"
                          r"state\s+sponsors?\s+of\s+terrorism")
# What a verb of another type speaks of: "condemned the launch", "called the drills reckless and warned ..."
_SPOKEN_OF = re.compile(r"(?:[\w-]+\s+)?(?:drills|exercises?|launch(?:es)?)")


# A doing the sentence counts from: "Since assuming office in July, ...", "..., his first since taking office in June"
_SINCE_DOING = re.compile(r"\b[Ss]ince\s+[a-z]{3,}ing\b[^,;:()]*")


# A date's apposition telling what else happened then: ", the year North Korea fired a Taepodong over Japan"
_THE_YEAR_WHEN = re.compile(r"(?<=\d),\s+the\s+(?:same\s+)?(?:year|month|week|day)\s+(?:that\s+|when\s+)?"
                            r"(?:[A-Z][\w'’.-]*|the|a|an|his|her|its|their)\b[^,;:.!?]*")
# "accused of" hanging on a noun (or set off by a comma), with no auxiliary to make it a verb
_ACCUSED_WHO = re.compile(r"(?:,|\b(?!(?:was|were|is|are|be|been|being|stands?|stood|also|publicly|formally|falsely|"
                          r"repeatedly|wrongly|previously|often|frequently|has|have|had|not|who|he|she|they|it)\b)[a-z]+)"
                          r"\s+(?P<acc>accused\s+of)\b")
# A natural cause of deaths, which no one attacked with: "Torrential rain ... killed at least 600 people"
_NATURAL_CAUSE = re.compile(r"\b(?:rains?|rainfall|floods?|flooding|typhoons?|storms?|hurricanes?|cyclones?|"
                            r"earthquakes?|quakes?|landslides?|mudslides?|droughts?|famine|heat\s*waves?|cold\s+snaps?|"
                            r"outbreaks?|epidemics?|pandemic|virus|disease|fevers?)\b[^;:!?]*$",
                            re.IGNORECASE)
# the dead of a past war are remembered or returned, not attacked: "the remains of soldiers killed in the Korean War"
_KILLED_IN_A_PAST_WAR = re.compile(r"\s+(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:War|war)\b")


_OPENING_PREPOSITION = re.compile(r"\s*(?:In|On|At|During|After|Before|Under|Amid|With|(?:and|but)\s+(?i:in|on|at|during|"
                                  r"after|before|under|amid|with))\b")
_RELATIVE_OPENING = re.compile(r"[\s,]*(?:(?:(?:after|following|since|before)\s+)?which|who|whose|whereupon)\b", re.IGNORECASE)


# A clause opening on a landmark, after the date's: ", shortly after the armistice was signed"
_LANDMARK_OPENS = re.compile(r",\s+(?:(?:just|shortly|soon|only|days|weeks|months|years|a\s+\w+)\s+)?(?:after|before|"
                             r"following)\s+[^,;]*$", re.IGNORECASE)


def category(sentence: str, date_pos: int, date_end: int | None = None,
             others: Sequence[tuple[int, int]] = ()) -> str:
    """The PLOVER type whose keyword sits nearest the date in the sentence ("" if none), preferring the date's
    own clause, and never a word inside a name ("Asia-Pacific Economic Cooperation"); a noun another type's verb
    acts on ("rejected ... talks") gives way to that verb.  When the date's clause is a relative one ("Kim Jong Un,
    who succeeded Kim Jong Il in December 2011, ..."), a word in another clause holding one of the sentence's other
    dates (``others``) tells of that date's happening, not of this one ("... has conducted three nuclear tests: in
    February 2013, ...")."""
    if _DIED_BEFORE.search(sentence, max(0, date_pos - 40), date_pos):
        return ""  # "after Kim Jong Il died in December 2011": a death is no PLOVER type, whatever the clause around
    if any(w in sentence for w in _GATHERING_WORDS) and _GATHERING_BEGAN.search(  # (cheap test first)
            sentence, max(0, date_pos - 90), date_pos):
        # "the Six-Party Talks, which began in Beijing in August 2003, ended ...": the talks' own beginning (a word
        # inside the name counts here, and what the talks later produced or how they ended is another happening)
        return "CONSULT"
    since = _SINCE_DOING.search(sentence) if "ince " in sentence else None
    if (since is not None and since.group() != sentence and since.start() <= date_pos
            and (date_end or date_pos) <= since.end()):
        # "Since assuming office in July, Lee has sought talks": the date's happening is only what the phrase says
        return category(since.group(), date_pos - since.start(),
                        date_end - since.start() if date_end is not None else None)
    best: tuple[int, str] | None = None
    a, b = clause_around(sentence, date_pos, date_end if date_end is not None else date_pos + 1)
    if _OPENING_PREPOSITION.match(sentence[a:b]) and not any(
            looks_like_verb(w) for w in re.findall(r"[a-z]+", sentence[a:b])):
        a, b = 0, len(sentence)  # "In his State of the Union address on 29 January, Bush named ...": the verb is beyond
    hits = _category_hits(sentence)
    if ", the " in sentence:  # (cheap test first)
        # "she joined the State Department in 1998, the year North Korea fired a Taepodong over Japan": what the
        # year is remembered by is another happening, not the joining's type
        told_by = [(t.start(), t.end()) for t in _THE_YEAR_WHEN.finditer(sentence)]
        if told_by:
            hits = tuple(h for h in hits if not any(s0 <= h[0] < e0 for s0, e0 in told_by))
    relative = _RELATIVE_OPENING.match(sentence[a:b]) is not None
    # (cheap test first, on an ASCII sentence: each remembering needs one of the words)
    low = sentence.lower()
    remembered = (_REMEMBERED.search(sentence) if not sentence.isascii() or any(w in low for w in _REMEMBERING_WORDS)
                  else None)
    if remembered is not None and not (relative and date_pos > remembered.start()):
        # "gathered to remember the marines killed in the attack": what is remembered is not what happened (but a
        # date told of the thing remembered is its own: "mark the anniversary of the treaty, which entered into
        # force in December")
        hits = tuple(h for h in hits if h[0] < remembered.start())
    asides = [m.span() for m in _WHO_ASIDE.finditer(sentence)] if ", who" in sentence else []
    charged = ([(m.start("acc"), m.end() + len(re.match(r"[^,;:.!?]*", sentence[m.end():]).group()))
                for m in _ACCUSED_WHO.finditer(sentence)] if "accused of" in low else [])
    verbs_in_clause = {cat for start, end, cat, _w in hits if a <= start and end <= b
                       and not _OBJECT_NOUN.fullmatch(sentence[start:end].lower())}
    for start, end, cat, weight in hits:
        if cat == "AGREE" and sentence[end - 2:end] == "ed" and sentence[start].islower() and re.search(r"\b(?:the|its|their|his|her|a)\s+$",
                                                                         sentence[max(0, start - 8):start], re.I):
            continue  # "suspended the promised food aid": an adjective, not the promising
        if sentence[start:start + 1].isupper() and re.search(r"[A-Z][\w-]*[\s-]+$", sentence[max(0, start - 30):start]) \
                and not re.search(r"[.!?]\s*$", sentence[:start]) and not _AGREEMENT_NAME.fullmatch(sentence, start, end):
            continue  # a word inside a name ("Asia-Pacific Economic Cooperation"), unless the name is an agreement's
        if any(s0 <= start < e0 for s0, e0 in charged):
            continue  # "acquitted a union official accused of meeting agents": who the official is, not a charge laid
            # then, nor a meeting
        if cat == "ASSAULT" and sentence[start:end].lower() == "killed" and (
                _NATURAL_CAUSE.search(sentence, max(0, start - 90), start) or _KILLED_IN_A_PAST_WAR.match(sentence, end)):
            continue  # "Torrential rain that began on Aug. 7 killed 600 people", "soldiers killed in the Korean War"
        dist = min(abs(start - date_pos), abs(end - date_pos))
        dist += 40 * weight  # "speech", "announced": only when nothing more telling is near; "signed a treaty" wins
        word = sentence[start:end].lower()
        if (_OBJECT_NOUN.fullmatch(word) and verbs_in_clause - {cat}) or (_SPOKEN_OF.fullmatch(word) and any(
                c != cat and a <= s0 and e0 <= b and looks_like_verb(sentence[s0:e0].split()[0])
                for s0, e0, c, _w in hits)):
            dist += 40  # the noun a verb of another type acts on ("rejected ... talks", "condemned the launch")
        if not (a <= start and end <= b):
            if ";" in sentence[min(end, date_pos):max(start, date_end or date_pos)]:
                continue  # "Pyongyang says Yokota died in 1994; her family has never accepted that": another statement
            if weight > 0:
                continue  # a weak word ("test", "speech") in another clause says nothing of this date's happening
            if any(s0 <= start and end <= e0 and not (s0 <= date_pos < e0) for s0, e0 in asides):
                continue  # "Albright, who as secretary of state visited North Korea, died": who she was, not the death
            if others and (relative or ";" in sentence[min(start, date_pos):max(end, date_pos)] or (
                    start > date_pos and _LANDMARK_OPENS.search(sentence, max(0, start - 70), start))) and _dated_elsewhere(
                    sentence, start, end, others, (a, b)):
                # ("served in Korea in the mid-1950s, shortly after the armistice was signed in July 1953": the signing
                # has its own date and is its own happening)
                continue
            dist += 60  # a neighbouring clause tells of something else
        elif start >= (date_end or date_pos) and (lm := _LANDMARK_WORDS.search(sentence, max(0, start - 70), start)) \
                and lm.start() >= (date_end or date_pos):
            # "imposed sanctions in 2006 after its first nuclear test": the landmark is not the happening (but "after
            # last month's missile test" is the date's own)
            continue
        if best is None or dist < best[0]:
            best = (dist, cat)
    return best[1] if best else ""


# A relative clause on a person, set off by commas: who they are, not what the sentence tells of
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;:]+,")
_WHICH_TO_THE_END = re.compile(r",\s+which\s+[^;:]+$")


def _dated_elsewhere(sentence: str, start: int, end: int, others: Sequence[tuple[int, int]],
                     own: tuple[int, int]) -> bool:
    """Whether the clause holding the word at start..end has a date of its own, outside the clause ``own``."""
    c0, c1 = clause_around(sentence, start, end)
    return any(c0 <= s and e <= c1 and not (own[0] <= s and e <= own[1]) for s, e in others)


# ----------------------------------------------------------------------------- building events

# A week was given at "day" precision before the app knew weeks, a half-year at "quarter": they keep those confidences.
_PRECISION_CONFIDENCE = {"day": 0.9, "week": 0.9, "month": 0.85, "season": 0.8, "quarter": 0.8, "half": 0.8,
                         "year": 0.8, "decade": 0.6}
_ANCHOR_CONFIDENCE = {"explicit": 1.0, "published": 0.9, "previous": 0.75}


def build_events(
    text: str, published: dt.date, resolved: Sequence[Resolved], mentions: Sequence[Mention],
    join_following: int = 2, english: bool = True, kinds: dict[str, str] | None = None,
    women: frozenset[str] = frozenset(),
) -> list[ExtractedEvent]:
    """The events ``resolved`` dates in ``text``; ``kinds`` gives each actor's gazetteer kind (a country, a
    person ...), and ``women`` the people a "he" cannot be, for titles.  Modality, category, the happening test and the joining of
    undated sentences read English words; for another language (``english=False``) they keep their defaults (a
    date after publication is planned, anything else asserted) rather than misread words ("sans accord" is no
    agreement), and a title loses the short word that led into its date ("... à Singapour le")."""
    if english:
        # ("Seven years have passed since Trump and Kim shook hands": the handshake's date, from the length)
        # (and "KCNA said Saturday, a day after Seoul reported the launch": the report's, from the day before; its
        # words stay in the other event's title, which they join to the clause after)
        counted = days_from_the_main_clause(text, resolved) + clock_later(text, resolved)
        resolved = sorted([*resolved, *elapsed_dates(text, published, resolved), *counted], key=lambda r: r.timex.start)
    else:
        counted = []
    own_only = {(r.timex.start, r.timex.end) for r in counted}
    sents = sentences(text, sorted((r.timex.start, r.timex.end) for r in resolved))
    dated = [r for r in resolved if r.timex.type in ("DATE", "TIME") and value_range(r.timex.value)]
    set_ends = [r.timex.end for r in resolved if r.timex.type == "SET"]
    set_starts = [r.timex.start for r in resolved if r.timex.type == "SET"]
    units, restated = _group_units(text, dated)
    events: list[ExtractedEvent] = []
    by_sentence: dict[int, list[int]] = {}
    dated_starts = [r.timex.start for r in dated]

    def dated_in_sentence(lo: int, hi: int) -> list[Resolved]:
        return dated[bisect.bisect_left(dated_starts, lo):bisect.bisect_left(dated_starts, hi)]

    # the dates are cut from titles; a length of time stays ("began a week-long visit", "spent the next decade")
    # (and a date taken back goes with the words that took it back: "the third — no, sorry, the second of June")
    # (but a year naming a law stays: "the National Defense Authorization Act for Fiscal Year 2026 bars ...")
    all_spans = sorted((r.timex.start, back.end() if (back := _TAKEN_BACK.match(text, r.timex.end)) else r.timex.end)
                       for r in resolved if r.timex.type != "DURATION" and (r.timex.start, r.timex.end) not in own_only
                       and not NAMES_A_LAW.search(text, max(0, r.timex.start - 40), r.timex.start))
    for unit in units:
        first, last = unit[0].timex, unit[-1].timex
        if first.type == "TIME" and any(first.start - 30 <= e <= first.start and _SET_TIME_BETWEEN.fullmatch(
                text, e, first.start) for e in set_ends):
            continue  # "every Monday at noon", "Wednesdays 10–11 a.m.": the hour of a recurring day, no one happening
        if first.type == "TIME" and _EVERY_WEEKDAY_BEFORE.search(text, max(0, first.start - 30), first.start):
            continue  # "briefs reporters every weekday at 10 a.m.": the hour of every working day
        if first.type == "TIME" and not _DAY_WORD.search(first.text) and (
                (first.value[:10] == published.isoformat() and _EVERY_DAY_AFTER.match(text, last.end)) or (any(
                    last.end <= st <= last.end + 4 and not text[last.end:st].strip(" ,") for st in set_starts)
                    and not _OWN_DAY.search(text, first.start, last.end))):
            # "staffed from 7 a.m. to midnight, seven days a week", "... daily", "in a window between 7 a.m. and noon
            # each day": the hours of every day
            continue
        stamp = entry_stamp(text, first) if len(unit) == 1 else ""
        if not stamp and len(unit) == 1 and _HEADING_STOP.match(text, first.end) and _DAY_HEADING.fullmatch(
                text, text.rfind("\n", max(0, first.start - 8), first.start) + 1 if first.start > 8 else 0, first.start):
            stamp = "alone"  # "MONDAY. The exercise formally ends ...": a schedule's day heading the paragraph it opens
        si = _sentence_index(sents, first.start)
        if stamp == "alone":
            # "12 min ago" on a line over its entry: the stamp and the entry's first sentence read as one
            if si is None or si + 1 >= len(sents) or sents[si + 1][0] in dated_starts or opens_a_turn(text, first.end):
                continue  # (a clock time over a speaker's turn is when a transcript's proceedings began)
            s_start, s_end, si = sents[si][0], sents[si + 1][1], si + 1
        elif (on_page_furniture(text, first, last) or _recurs_or_starts_a_span(text, first, last)
              or history_page_heading(text, first.start) or labels_the_piece(text, first.start, last.end)):
            continue  # (and "Today in History: June 12", the page's title)
        elif si is None:
            continue
        else:
            s_start, s_end, _para = sents[si]
            told = dated_in_sentence(s_start, s_end)
            if s_end - s_start <= 80 and not re.search(r"[^\W_]", "".join(
                    text[max(s_start, e0):min(s_end, s1)]
                    for e0, s1 in zip([s_start, *(o.timex.end for o in told)], [*(o.timex.start for o in told), s_end]))):
                continue  # "TUESDAY–WEDNESDAY.": a heading of dates alone, which tells no happening
        if english and _asked(text[s_start:s_end]):
            continue  # "Q: Let's move to 1999.", "Q: Then October 2000.": an interviewer's prompt, no happening
        if stamp and any(o not in unit and o.timex.type in ("DATE", "TIME") and one_day(o.timex.value[:10])
                         for o in dated_in_sentence(s_start, s_end)):
            # "11:02 BST — ..., carried by KCNA on 28 July, ...", "10:42 KST — ... fired missiles around 9 a.m.": the
            # entry names its happening's day or hour itself (but "this year", "last week's meeting" leave the stamp
            # the day of the entry)
            continue
        if (len(unit) == 1 and not stamp and first.type == "TIME" and unit[0].anchor == "published"
                and first.value[:10] == published.isoformat() and not _DAY_WORD.search(first.text)
                and not _TODAY_WORD.search(first.text) and any(
                    o.timex.type == "DATE" and o.timex.value[:10] != first.value[:10] and one_day(o.timex.value[:10])
                    for o in dated_in_sentence(s_start, s_end))):
            # "walked out at 2:30 p.m., cutting short the Feb. 28 session": the clock's day is not the published one
            # (but "arrived on Sunday evening, his first visit since last March" names its day)
            continue
        r0 = value_range(first.value)
        r1 = value_range(([r for r in unit if id(r) not in restated] or unit)[-1].timex.value)
        date_start, date_end = r0[0], max(r0[1], r1[1])
        precision = r0[2] if r0[2] == r1[2] else _coarser(r0[2], r1[2])
        if precision == "year" and len(unit) == 1 and on_this_day(text, first.start):
            # "On this day in history" over "1950 — North Korean forces invade": that year's day of publication
            with contextlib.suppress(ValueError):  # 29 February in a year without one keeps the year
                date_start = date_end = published.replace(year=date_start.year)
                precision = "day"
        if len(unit) == 1 and (fiscal := fiscal_period(text, first.start, first.text, first.value)) is not None:
            date_start, date_end, precision = fiscal  # "fiscal year 2024" at the Treasury: Oct. 2023 to Sept. 2024
        if len(unit) == 1 and (trailing := trailing_year(first.text, first.value, published)) is not None:
            date_start, date_end, precision = trailing  # "completed in the past year": the twelve months up to now
        told_from = date_start  # (what the tense is weighed against: a period ending ahead is still to come)
        if len(unit) == 1 and (ended := period_ended(text, first.start, first.value)) is not None:
            if any(o.timex.end == ended[0] for o in dated_in_sentence(s_start, first.start)):
                continue  # "rose in the quarter ended Sept. 30": the quarter dates it; the day only says which
            date_start, date_end, precision = ended[1]  # "wrote off ... in the fiscal year ended December 31, 2016"
            told_from = date_end
        elif len(unit) == 1 and (day := ended_on(text, first.end, dated_in_sentence(first.end, s_end))) is not None \
                and abs((day[1] - date_end).days) > 7 and day[1] <= published:
            # "for its fourth quarter ended Sept. 30": a fiscal quarter, named by its number, is the months up to
            # the day it ended (July to September), not the calendar quarter of that number (but "the quarter ended
            # Sept. 29" is the calendar's, and a day still ahead is one the text has the year of wrong)
            date_start, date_end, precision = day
            told_from = date_end
        if date_end < date_start:
            continue
        if NAMES_A_LAW.search(text, max(0, first.start - 40), first.start):
            continue  # "the National Defense Authorization Act for Fiscal Year 2025": the name of a law
        if _TAKEN_BACK.match(text, last.end):
            continue  # "the third — no, sorry, the second of June": a date the speaker took back at once
        sentence = text[s_start:s_end]
        lo, hi = first.start - s_start, last.end - s_start
        date_end_at = last.end
        date_from = first.start
        eve = _EVE_OF.search(text, max(s_start, first.start - 20), first.start) if precision == "day" else None
        if eve is not None and date_start == date_end:
            # "On the eve of Liberation Day, Aug. 15, the North released ...": the day before the one named
            date_start = date_end = date_start - dt.timedelta(days=1)
            date_from, lo = eve.start(), eve.start() - s_start
        first_months = _FIRST_MONTHS_OF.search(text, max(s_start, first.start - 40), first.start) if (
            precision == "year" and len(unit) == 1) else None
        if first_months is not None and 1 <= (n_months := int(parse_count(first_months["n"]))) <= 11:
            # "fell 21% in the first eight months of the year": January to August, not the whole year (the timexes
            # stay a length and the year, as TimeML tags them)
            date_end = dt.date(date_start.year + (date_start.month + n_months - 1) // 12,
                               (date_start.month + n_months - 1) % 12 + 1, 1) - dt.timedelta(days=1)
            precision = "month"
            date_from, lo = first_months.start(), first_months.start() - s_start
        counted = _COUNT_BEFORE_DATE.search(text, max(s_start, first.start - 30), first.start) if (
            precision == "day" and eve is None and date_start == date_end) else None
        if counted is not None:
            # "adopted two days before Christmas in 2017": the day counted from the one named (the timexes stay a
            # length and that day, as TimeML tags them)
            days = int(parse_count(counted["n"])) * (7 if counted["unit"].lower().startswith("week") else 1)
            date_start = date_end = date_start + dt.timedelta(days=-days if counted["dir"].lower() == "before" else days)
            date_from, lo = counted.start(), counted.start() - s_start
        if (precision == "day" and len(unit) == 1 and date_start == date_end and counted is None
                and (days := days_it_runs(text, first.start, last.end, s_end)) is not None):
            # "which begins on Monday and will run for 11 days": the happening spans its days (the timexes stay a
            # day and a length, as TimeML tags them)
            date_end = date_start + dt.timedelta(days=days - 1)
        if text[first.start:last.end].count("(") > text[first.start:last.end].count(")") and text[last.end:last.end + 1] == ")":
            date_end_at += 1  # "3 p.m. EST (2000 GMT)": the aside's bracket closes with it
        k = bisect.bisect_left(all_spans, (s_start, s_start))
        spans_rel = []
        while k < len(all_spans) and all_spans[k][0] < s_end:
            if all_spans[k][1] <= s_end:
                spans_rel.append((all_spans[k][0] - s_start, all_spans[k][1] - s_start))
            k += 1
        if (first.start, first.end) in own_only:
            spans_rel = sorted([*spans_rel, (first.start - s_start, first.end - s_start)])
        if date_from < first.start:
            spans_rel = [(lo, e) if s == first.start - s_start else (s, e) for s, e in spans_rel]  # (the eve's words)
        if id(unit[-1]) in restated and (zone := _ZONE_WORD.match(text, last.end)) and zone.end() <= s_end:
            # "..., which was Tuesday evening in Washington": the other clock's place goes with its date
            date_end_at, hi = zone.end(), zone.end() - s_start
            if text[first.start:date_end_at].count("(") > text[first.start:date_end_at].count(")") and (
                    text[date_end_at:date_end_at + 1] == ")"):
                date_end_at, hi = date_end_at + 1, hi + 1  # "(Tuesday morning in Seoul)"
            spans_rel = [(s, hi) if e == last.end - s_start else (s, e) for s, e in spans_rel]
        anchor = unit[0].anchor
        if (len(unit) == 1 and (anchor != "explicit" or re.search(r"\bsame\s+\w+\s+(?:of|in)\s+$", sentence[:lo]))
                and may_hold(sentence[:lo], _BASELINE_WORDS)  # (cheap test first)
                and _BASELINE_BEFORE.search(sentence[:lo]) and _CHANGE.search(sentence)):
            # "exports rose 4 percent from a year earlier", "rose 30% compared with the same period of 2024": the
            # baseline of a change, not a happening
            continue
        if _tells_what_day(sentence, [(r.timex.start - s_start, r.timex.end - s_start)
                                      for r in dated_in_sentence(s_start, s_end)], unit[-1].timex.end - s_start):
            # "It's Monday, and we're talking about ...", "Today is Tuesday, Nov. 25, the 329th day of 2025": what day
            # it is, no happening
            continue
        if len(unit) == 1 and _PERIOD_ENDING.match(sentence, unit[-1].timex.end - s_start):
            continue  # "As 2026 draws to a close, ...": the time of writing, no happening
        if len(unit) == 1 and _COUNTDOWN.search(sentence, max(0, lo - 40), lo):
            continue  # "There are 36 days left in the year": a count of what remains, no happening
        if len(unit) == 1 and _COMPARED_FIGURE.search(sentence, max(0, lo - 60), lo):
            continue  # "20 launches this year, compared with a record 69 in 2022": the figure compared with, no event
        first_time = _FIRST_TIME_BEFORE.search(sentence, max(0, lo - 40), lo)
        if (first_time and ("since" in first_time.group().lower()
                            or not (re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", unit[0].timex.value)
                                    # ("was posted there for the first time in the early 1990s": a past period's)
                                    or (span := value_range(unit[0].timex.value)) is not None and span[1] < published))
                ) or (
                _LIKE_OPENING.match(sentence) and "," not in sentence[:lo]):
            # "For the first time this century, ...", "Like the armistice of the last century, ...": frames (but
            # "is to meet for the first time in July" is when it meets)
            continue
        if _CONTRAST_BEFORE.search(sentence, max(0, lo - 40), lo) or (
                ends_on_a_word(sentence, max(0, lo - 60), lo, ("from", "the"), ignore_case=True)  # (cheap test first)
                and _DIFFERENT_FROM.search(sentence, max(0, lo - 60), lo) and not TOLD_AFTER.match(sentence, hi)):
            # "The contrast with the autumn of 2000 is striking", "a sharp reversal from the spring of 2018": a
            # comparison, not a happening ("a far cry from October 2000, when Albright ..." names one)
            continue
        if _DATING_BACK.search(sentence, max(0, lo - 40), lo):
            continue  # "breaking with a practice dating back to 2000": how old a thing is, not a happening
        if _WELL_BEFORE.search(sentence, max(0, lo - 30), lo):
            continue  # "The chill had set in well before the autumn": a bound, not the happening's date
        if _STATE_LASTED.match(sentence) and _STATE_LASTED.match(sentence).end() <= lo:
            continue  # "Progress continued into last year": a state running on, no happening
        if len(unit) == 1 and _CHANGE_FROM.search(sentence, max(0, lo - 60), lo):
            continue  # "12 launches so far, down from 2024": a baseline, even with its year written
        if anchor != "explicit" and _names_a_document(sentence, lo, hi) and (date_start > published or any(
                (r := value_range(o.timex.value)) and r[1] < date_start for o in dated_in_sentence(s_start, s_end)
                if o.anchor == "explicit")):
            # "the Sept. 19 military agreement": made on a day already past, its year unknown; a past year guessed is
            # wrong too when the sentence dates what was done to it earlier ("suspended it in November 2023")
            continue
        if (len(unit) == 1 and precision == "year" and _names_a_document(sentence, lo, hi)
                and not _MADE_AFTER.match(sentence, hi) and any(
                    o not in unit and not _holds(o, unit[0]) and not _holds(unit[0], o)
                    and ";" not in text[min(o.timex.start, first.start):max(o.timex.end, last.end)]
                    for o in dated_in_sentence(s_start, s_end))):
            # "In his Liberation Day address, Lee offered to restore the 2018 inter-Korean military agreement": the
            # year names the agreement, and the sentence's happening has its own date (but "the 2024 treaty signed
            # between Pyongyang and Moscow" tells the signing)
            continue
        if (len(unit) == 1 and _MARKED_BEFORE.search(sentence, max(0, lo - 24), lo) and _HOLIDAY.fullmatch(sentence, lo, hi)
                and any(o not in unit and o.timex.type in ("DATE", "TIME") for o in dated_in_sentence(s_start, s_end))):
            # "Families marked the Lunar New Year holiday at a memorial on Monday": the holiday is what was marked,
            # on the sentence's other date; it is no happening of its own
            continue
        if (_NOW_WORDS.fullmatch(sentence, lo, hi) and ("othing" in sentence or " no " in sentence)
                and _NOTHING_TO_SAY.search(sentence, *clause_around(sentence, lo, hi))):
            continue  # "I have nothing to announce on that today": a briefer's refusal, no happening
        if _DEADLINE_AFTER.match(sentence, hi) and _PAST_A_BOUND.search(sentence, max(0, lo - 30), lo):
            continue  # "handed over its declaration six months past the December 31 deadline": a bound missed or met
        if _EDITION_AFTER.match(sentence, hi):
            continue  # "HOST: Thursday edition of The Briefing Room", "Tuesday's episode": the show's, no happening
        if (("you" in sentence or "we" in sentence.lower() or "our" in sentence or "Back" in sentence)  # (cheap test)
                and not _QUOTE_MARK.search(sentence) and _HOUSE_NOTE.search(sentence, *clause_around(sentence, lo, hi))):
            # "See you tomorrow.", "the roundup returns Saturday, January 6": the newsletter's own notes (not a
            # speaker's: "'We'll be back tomorrow,' Diaz said")
            continue
        if ("mag" in sentence or "hoto" in sentence or "icture" in sentence) and (  # (cheap test first)
                _PICTURE_BASELINE.search(sentence, max(0, lo - 60), lo) or _PICTURE_POINTER.match(sentence, hi)):
            # "Since the previous image on March 29, the fuel tanks have been removed", "Compare with the May 23 image
            # in Figure 2": the day a picture was taken, to measure a change against, is no happening
            continue
        if _UNTRUE_BY_ITS_OWN_ACCOUNT.match(sentence):
            # "An earlier version of this story said the summit took place on Tuesday", "Claim: \"North Korea put a
            # satellite into orbit on Sunday.\"": what the page itself says was wrong, or puts to the test
            continue
        if _TURN_OF_THE_STORY.fullmatch(sentence[:lo] + " " + sentence[hi:]):
            continue  # "Then came the summer of 1994.", "go back to October 2002": the story turns to a time, no happening
        if _NOW_WORDS.fullmatch(sentence, lo, hi) and _STATE_NOW.fullmatch(sentence[:lo] + sentence[hi:]):
            continue  # "Today, the reactor at Yongbyon is quiet.": how things stand, a story's coda, no happening
        if "?" in sentence and _EMPTY_QUESTION.fullmatch(sentence[:lo] + " " + sentence[hi:]):  # (cheap test first)
            continue  # "What happened this month?": a heading that asks, naming nothing that happened
        if _PIECE_BEFORE.search(sentence, max(0, lo - 8), lo) and _PIECE_AFTER.match(sentence, hi):
            continue  # "a year-end look at US-North Korea diplomacy": the piece's own season, no happening
        if (heading := _CONTENTS_HEADING.fullmatch(sentence[:lo] + " " + sentence[hi:])) is not None and (
                heading["lead"] or (_THIS_PIECES_SPAN.fullmatch(sentence, lo, hi) and "," in heading["items"])) \
                and not any(looks_like_verb(w) for w in re.findall(r"[a-z]+", heading["items"])):
            # "What to watch next week: Putin in Pyongyang, a council vote and more", "This week: Kim's new path, a
            # birthday card": what the piece holds, listed; each item is dated where it is told
            continue
        if _scope_of_a_document(sentence, lo, len(unit) > 1 or date_end.year > date_start.year, hi):
            continue  # "the Five-Year Plan, covering 2026 to 2030": the years a plan covers, not a happening
        if len(unit) == 1 and _only_modifies(sentence, lo, hi) and any(
                o not in unit and not _UNTIL_BEFORE.search(text, max(0, o.timex.start - 20), o.timex.start)
                # (nor one in an aside closed before it: "The agency, whose inspectors were expelled in April 2009,
                # said in its September report")
                and not (o.timex.end <= first.start and _RELATIVE_ASIDE_OPEN.search(text, s_start, o.timex.start)
                         and "," in text[o.timex.end:first.start])
                for o in dated_in_sentence(s_start, s_end)):
            # "a year-end plenary meeting later this month": the other date dates the meeting (not a bound: "boycotted
            # the 2021 Tokyo Olympics and was suspended until the end of 2022")
            continue
        if any(w in text[max(0, first.start - 60):first.start] for w in _IDENTIFYING_WORDS) and _IDENTIFIES.search(
                text, max(0, first.start - 60), first.start):  # (cheap test first)
            continue  # "DOB 02 Sep 1984", "Passport 836410035 expires 21 Sep 2026", "83 FR 9182 (March 5, 2018)"
        if _AS_OF.search(sentence, max(0, lo - 8), lo) and _STATE_VERB.search(sentence, hi, hi + 120):
            continue  # "As of 31 December 2023, the list contained 80 individuals": a state at a date
        if english and _is_a_habit(sentence, lo, hi):
            continue  # "usually hold their largest drills in August": a habit, not a happening
        if _TIME_PASSES.match(sentence, hi) and _SUBJECT_SLOT.search(sentence, max(0, lo - 12), lo):
            continue  # "if April passes without a breakthrough": the time itself, not a happening in it
        if _hangs_off_a_state(sentence, lo, hi):
            continue  # "the optimism of last year": a timex, but nothing happened then
        if anchor != "explicit" and _HOLIDAY_DESCRIBED.match(sentence, hi):
            continue  # "The Day of the Sun, Kim Il Sung's birthday on 15 April, is the most important holiday": every year
        if _NOWADAYS.fullmatch(sentence, 0, hi) and _THOUGHT_TO_HAVE.match(sentence, hi):
            continue  # "Today Pyongyang is thought to have enough fissile material ...": a present state, no happening
        if (precision not in _A_FEW_DAYS and _CHARACTERISED.match(sentence, hi)
                and _SUBJECT_START.search(sentence, 0, lo)):
            continue  # "2017 was the most dangerous year", "Kim said 2025 had been a year of victory": what it was like
        if ends_on_a_word(sentence, max(0, lo - 60), lo, ("of",), ignore_case=True) and _ORDINAL_OF_PERIOD.search(
                sentence, max(0, lo - 60), lo) and re.fullmatch(
                r"(?:the|this)\s+(?:year|month|week|quarter|season)", sentence[lo:hi], re.IGNORECASE) and any(
                o not in unit for o in dated_in_sentence(s_start, s_end)):
            continue  # "their first trilateral air drill of the year on Sunday": the year only ranks the drill
        if precision not in _A_FEW_DAYS and _is_a_tally(sentence, lo, hi):
            continue  # "more than a dozen missiles this year": a count over the period, not a happening in it
        if ((label := _CAPS_LABEL.match(text, text.rfind("\n", 0, first.start) + 1)) is not None
                and first.start < label.end() and any(o.timex.start >= label.end()
                                                      for o in dated_in_sentence(s_start, s_end))):
            continue  # "THURSDAY'S LAUNCH: North Korea fired ... on Thursday": a label's day, told again after it
        if _TIME_TOLD.search(sentence, max(0, lo - 40), lo) and not _WHEN_AFTER.match(sentence, hi):
            continue  # "HOST: It's 7 a.m. in Washington", "where it is very early on Tuesday": the time it is, told
        if sends_reader_to_coverage(sentence, lo, hi):
            continue  # "You can read yesterday's coverage here": another page, not a happening
        mod = first.mod if first.mod in ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE") else ""
        side = "" if counted is not None else _side_of(text, first.start, last.end)
        if (side in ("BEFORE", "AFTER") or counted is not None) and _landmark_of_another(
                text, date_from, dated_in_sentence(s_start, first.start)):
            continue  # "met in August 2018, a month before Chuseok": the landmark is not the sentence's happening
        if side and (mod in ("", "APPROX") or (side, mod) == ("ON_OR_BEFORE", "END")):
            mod = side  # ("a summit by the end of 2025": on or before the year's end, not at it)
        future = told_from > published and not (mod == "BEFORE" and _told_in_the_past(sentence, lo)) and not (
            # "fired a missile early Tuesday local time" in a Monday story: done, on the clock of where it happened
            date_start == published + dt.timedelta(days=1) and _LOCAL_TIME.search(sentence, lo, hi + 30)
            and _told_in_the_past(sentence, lo)) or (
            # "The president leaves for Quebec later on Friday", told on that Friday: later today is still to come
            # (and "speaks to reporters at noon today", "expires at midnight tonight": an hour of today named ahead)
            date_start == published and (first.text[:5].lower() == "later" or (
                first.type == "TIME" and _TODAY_WORD.search(first.text))) and not _told_in_the_past(sentence, lo)
            and not PAST_VERB_RE.search(sentence, hi, min(len(sentence), hi + 40))
            # ("Tonight, North Korea says it can reach ...": a claim made now, not one to come)
            and not _SAYS_NOW.search(sentence, hi, min(len(sentence), hi + 40)))
        if stamp:
            # the stamp says when the entry was posted, so a day after the published one (past midnight) plans
            # nothing; an entry reporting what someone says or tells is asserted whatever the words reported plan
            ev_mod = modality(sentence, lo, hi, False, spans_rel, past=date_end < published)
            if entry_reports(sentence, hi):
                ev_mod = "asserted"
        elif english:
            ev_mod = modality(sentence, lo, hi, future, spans_rel, past=date_end < published)
        else:
            ev_mod = "planned" if future else "asserted"
        # ("fired a new missile on Oct. 22, days before Trump arrived in Seoul for the APEC summit": the landmark
        # clause's people and kind of happening are the landmark's)
        landmark = _LANDMARK_CLAUSE_AFTER.search(sentence, hi) if english else None
        main_end = landmark.start() if (landmark is not None and _has_verb_after(sentence, landmark.end())
                                        and _has_verb_after(sentence[:landmark.start()], 0)) else len(sentence)
        cat = category(sentence[:main_end], lo, hi, [sp for sp in spans_rel if sp[1] <= lo or sp[0] >= hi]) \
            if english else ""
        if english and agreement_named_before(sentence, lo):
            cat = "AGREE"  # "the Agreed Framework of 1994 unravelled": the date is the agreement's
        if english and may_hold(sentence[max(0, lo - 100):lo], _DEAL_DATED_WORDS) and _DEAL_DATED_BEFORE.search(
                sentence, max(0, lo - 100), lo):  # (cheap test first)
            cat = "AGREE"  # "..., under a deal with the United States announced on Wednesday"
        actors = _actors_in(mentions, s_start, s_start + main_end, (date_start, date_end)) or _actors_in(
            mentions, s_start, s_end, (date_start, date_end))
        if ", who " in sentence or ", which " in sentence:
            actors = _outside_who_asides(actors, mentions, sentence, s_start, lo, hi, (date_start, date_end), spans_rel)
        conf = _PRECISION_CONFIDENCE.get(precision, 0.7) * _ANCHOR_CONFIDENCE.get(anchor, 0.7)
        if english and not _has_happening(sentence, lo, hi):
            conf *= 0.6
        found_title = title(sentence, lo, hi, spans_rel) if english else ""
        if (english and not _REPORTING_VERB.search(found_title) and (said := _reported_from(sentence, lo)) is not None
                and (reported := _actors_in(mentions, s_start + said, s_start + main_end, (date_start, date_end)))):
            # "The US deputy representative said the panel's report documented the theft of $3 billion between 2017
            # and 2023": when the title is the clause reported, its actors are that clause's, not the speaker's
            # (unless "he" or "they" speaks of himself or themselves, which _reported_from leaves alone)
            actors = reported
        ev_title = (_named_subject(found_title, text, s_start, s_end, mentions, actors, kinds or {}, women)
                    if english else _title_other(sentence, lo, hi, spans_rel))
        if english and "ndated" in sentence and (released := _UNDATED_RELEASED.search(sentence, max(0, lo - 90), lo)):
            # "Kim inspects a hydrogen bomb in this undated photo released on Sunday, ..., by the North Korean
            # government": the day dates the picture's release, not what it shows
            by = released["by"] or (_RELEASED_BY.match(sentence, hi) or {"by": None})["by"]
            ev_title = f"{released['what'].capitalize()} released" + (f" by {by}" if by else "")
        own = own_conjunct(sentence, lo, hi, spans_rel) if english else (0, len(sentence))
        thing_ends = own[0] > 0 and (ends := _A_THING_ENDS.search(sentence, max(0, own[0] - 40), lo)) is not None \
            and ends.start() <= own[0]
        if thing_ends:
            cat = category(ev_title, 0, len(ev_title))  # a thing's end is nobody's act (no veto of the clause before)
        if english and own != (0, len(sentence)) and (
                own[0] == 0 or _names_its_subject(sentence, own, hi, mentions, s_start)
                or _someone_new(sentence, own, spans_rel) or thing_ends):
            # "In September it conducted its sixth test, and in August Trump warned ...": each date's actors are
            # those of its own conjunct; one the title was found to name ("It" read as North Korea) stays.  A later
            # conjunct whose subject is a pronoun or a description ("and on Oct. 12 the two governments declared")
            # speaks of the first one's actors, and keeps the sentence's.
            narrowed = set(_actors_in(mentions, s_start + own[0], s_start + own[1], (date_start, date_end)))
            if own[0] > 0:
                # a pronoun in a later conjunct points back at the earlier one's country or person ("and in
                # October Washington removed it from its list")
                told = sentence[own[0]:own[1]]
                wanted = {"country"} if re.search(r"\b(?:it|its|they|them|their)\b", told) else set()
                wanted |= {"person"} if re.search(r"\b(?:he|him|she|her|they|them|their)\b", told) else set()
                narrowed |= {a for a in _actors_in(mentions, s_start, s_start + own[0], (date_start, date_end))
                             if (kinds or {}).get(a) in wanted}
            actors = tuple(a for a in actors if a in narrowed or ev_title.startswith(a))
        if (english and ev_mod == "asserted" and ev_title.startswith("End of ") and date_end > published
                and _RUNS_ON_UNTIL.search(sentence, max(0, lo - 30), lo)):
            ev_mod = "planned"  # "the drills, which run through April", told on April 5: their end is still to come
        if english and ev_mod in ("hypothetical", "negated") and ev_title == landmark_dated(sentence, lo, spans_rel):
            # "should be ready for a test before the U.S. election on Nov. 5": the election is set, whatever may
            # happen before it ("Activity did not stop after the Singapore summit in June": the summit was held)
            ev_mod = "planned" if future else "asserted"
        if english and not cat and COUNTED_TITLE.match(ev_title):
            # "The previous one, North Korea's third, took place ...": the title names what the sentence only counts
            cat = category(ev_title, 0, len(ev_title))
        if not cat:
            conf *= 0.85
        if not actors:
            conf *= 0.85
        if ev_mod == "hypothetical":
            conf *= 0.8
        events.append(
            ExtractedEvent(
                date_start=date_start,
                date_end=date_end,
                precision=precision,
                mod=mod,
                date_text=text[date_from:date_end_at],
                date_span=(date_from, date_end_at),
                start=s_start,
                end=s_end,
                sentence=sentence,
                title=ev_title,
                actors=actors,
                category=cat,
                modality=ev_mod,
                anchor=anchor,
                confidence=round(min(0.99, max(0.05, conf)), 2),
            )
        )
        by_sentence.setdefault(si, []).append(len(events) - 1)
    if english:
        _coarser_restatements_dropped(events)
        _gapped_objects_keep_their_own(text, events, mentions)
        _add_counted_back(text, sents, events, by_sentence, mentions, published)
    if join_following and english:
        _join_undated(text, sents, events, by_sentence, mentions, join_following)
    _told_twice_dropped(events)
    return events


_PROMPT = re.compile(r"\s*(?:Q|QUESTION|INTERVIEWER)\s*[:.]\s*(?P<lead>Let['’]s|Let\s+us|Then|And|So|Now|Back\s+to|"
                     r"Turning\s+to)?")


def _asked(sentence: str) -> bool:
    """Whether a sentence is only an interviewer's prompt, whose answer tells what happened: "Q: Then October
    2000.", "Q: Let's move to 1999." (a question is read as questions are, by modality: at most hypothetical, or
    taking its happening as told)."""
    prompt = _PROMPT.match(sentence)
    if prompt is None or _QUESTION_MARK.search(sentence):
        return False
    return bool(prompt["lead"]) or not any(
        looks_like_verb(w) or w in _FINITE for w in re.findall(r"[a-z]+", sentence[prompt.end():]))


_QUESTION_MARK = re.compile(r"\?")
_FINITE = frozenset("is are was were has have had will would can could do does did".split())


def _told_twice_dropped(events: list[ExtractedEvent]) -> None:
    """"detected a missile at 7:23 a.m. (2223 GMT Monday) today": two dates of one sentence that give one happening
    the same dates, modality and title are one event, the first told."""
    seen = set()
    kept = []
    for e in events:
        key = (e.start, e.date_start, e.date_end, e.modality, e.title)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    events[:] = kept


# Only roughly when, from the story's time: "Earlier in the year", "later that month"
_ROUGHLY_WHEN = re.compile(r"(?:earlier|later)\s+(?:in\s+)?(?:the|this|that|last)\s+(?:year|month)", re.IGNORECASE)
# A date set off by commas after what it dates: "Trump and Kim's summit in Hanoi, from 27 to 28 February,"
_SET_OFF_DATE = re.compile(r",\s+(?:(?:from|on|in)\s+)?$")


def _coarser_restatements_dropped(events: list[ExtractedEvent]) -> None:
    """"Earlier in the year, Trump and Kim's summit in Hanoi, from 27 to 28 February, ended early": the summit is
    one happening, dated by its days; the year around them only placed it. An event dated only roughly from the
    story's time whose span holds another's, set off by commas in the same sentence, with a title the other's begins
    with, goes."""
    drop = set()
    for i, coarse in enumerate(events):
        for j, fine in enumerate(events):
            if (i != j and j not in drop and fine.start == coarse.start and coarse.date_start <= fine.date_start
                    and fine.date_end <= coarse.date_end and (coarse.date_start, coarse.date_end) != (
                        fine.date_start, fine.date_end)
                    and coarse.modality == fine.modality and len(coarse.title.split()) >= 3
                    and fine.title.startswith(coarse.title) and _ROUGHLY_WHEN.fullmatch(coarse.date_text)
                    and _SET_OFF_DATE.search(fine.sentence[:fine.date_span[0] - fine.start])
                    and fine.sentence[fine.date_span[1] - fine.start:].startswith(",")):
                drop.add(i)
                break
    events[:] = [e for k, e in enumerate(events) if k not in drop]


def _gapped_objects_keep_their_own(text: str, events: list[ExtractedEvent], mentions: Sequence[Mention]) -> None:
    """"Trump met Lee in Gyeongju on Oct. 29 and Xi in Busan on Oct. 30": the two events share their subject and verb
    (their titles open alike), and each object is an actor of its own date only."""
    for i, e in enumerate(events):
        twins = [o for o in events if o is not e and o.start == e.start and o.title != e.title
                 and o.title.split()[:2] == e.title.split()[:2] and _same_verb(o.title, e.title)]
        if not twins:
            continue
        drop = set()
        for m in mentions:
            said = text[m.start:m.end]
            if e.start <= m.start < e.end and said[:1].isupper() and said not in ("He", "She", "It", "They"):
                named = re.compile(rf"(?<!\w){re.escape(said)}(?!\w)")
                if not named.search(e.title) and any(named.search(o.title) for o in twins):
                    drop.add(m.name)
        if drop:
            events[i] = replace(e, actors=tuple(a for a in e.actors if a not in drop))


def _same_verb(a: str, b: str) -> bool:
    """Whether two titles open alike up to the first one's verb: "Trump met Lee" and "Trump met Xi", not "Eleven
    countries released a report" and "Eleven countries said Pyongyang had shipped ..." (a title without a verb that
    looks like one counts as opening alike)."""
    words, others = a.split(), b.split()
    verb = next((i for i, w in enumerate(words) if i and looks_like_verb(w)), None)
    return verb is None or words[:verb + 1] == others[:verb + 1]


def _add_counted_back(text, sents, events, by_sentence, mentions, published) -> None:
    """An undated sentence that dates a happening by how long before the one just told it came ("The launch came
    a day after the United States and South Korea wrapped up their talks") gets that happening as an event, dated
    from the last event of the few sentences before when that one has a day (``came_after``)."""
    for si in range(1, len(sents)):
        s_start, s_end, _para = sents[si]
        if si in by_sentence or not _CAME.search(text, s_start, s_end):
            continue
        told = max((k for k in range(max(0, si - 3), si) if by_sentence.get(k)), default=None)
        if told is None:
            continue
        at = max(by_sentence[told]) + 1  # in the text's order: after the events told before
        before = events[at - 1]
        if before.precision != "day" or before.date_start != before.date_end or before.modality != "asserted":
            continue
        sentence = text[s_start:s_end]
        if (found := counted_back(sentence, before.date_start)) is None:
            continue
        when, (w0, w1), (c0, c1) = found
        clause = sentence[c0:c1]
        events.insert(at, ExtractedEvent(
            date_start=when, date_end=when, precision="day", mod="", date_text=sentence[w0:w1],
            date_span=(s_start + w0, s_start + w1), start=s_start, end=s_end, sentence=sentence,
            title=shorten(clause[:1].upper() + clause[1:]),
            actors=_actors_in(mentions, s_start + c0, s_start + c1, (when, when)),
            category=category(sentence, c0, c1), modality="planned" if when > published else "asserted",
            anchor="previous", confidence=0.5))
        for indices in by_sentence.values():
            indices[:] = [i + 1 if i >= at else i for i in indices]
        by_sentence[si] = [at]


_CAME = re.compile(r"\s(?:came|comes|followed|follows|happened|occurred)\s")


def _named_subject(title_: str, text: str, s_start: int, s_end: int, mentions: Sequence[Mention],
                   actors: Sequence[str], kinds: dict[str, str], women: frozenset[str] = frozenset()) -> str:
    """A title opening on "He"/"She" names who the pronoun was found to be: "Kim Jong Un said the navy would ...";
    one opening on "It" names the one country the event has ("Pyongyang pledged ...; this week it tested one")."""
    title_ = read_in_context(title_, text, s_start, s_end)
    m = re.match(r"(He|She)\b", title_)
    if m is None:
        # (not a passive: "It was set up after ..." is a thing done, not what a country did; nor what befalls a
        # mandate or a deal: "..., and it expired on 30 April")
        it = re.match(r"It\s+(?!(?:expired|lapsed|ended|collapsed|took\s+effect|(?:came|entered)\s+into\s+force|ran\s+out)"
                      r"\b)(?=[a-z]+ed\b|has\b(?!\s+been\s+[a-z]+ed\b)|had\b(?!\s+been\s+[a-z]+ed\b)"
                      r"|was\b(?!\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|set|made|held|built|taken|given|seen|known|done)\b)"
                      r"|said\b|says\b|will\b|would\b)", title_)
        countries = [a for a in actors if kinds.get(a) == "country"]
        pronoun_at = None
        for pronoun_at in re.finditer(r"\b[Ii]t\b", text[s_start:s_end]):
            pass  # (the last "it": "It marks the North's first launch since May 8, when it fired ...")
        if it and len(countries) == 1 and len(actors) == 1 and not (pronoun_at and all(
                s_start + pronoun_at.start() < x.start for x in mentions
                if s_start <= x.start < s_end and x.name == countries[0] and text[x.start:x.end] not in ("It", "it"))
                and any(s_start <= x.start < s_end and x.name == countries[0] for x in mentions)):
            # (not a country named only after the pronoun, in what it did: "In 2021 it ignored the Biden
            # administration's outreach")
            return shorten(f"{countries[0]} {title_[it.end():]}")
        if it:
            # "In September it conducted ...": the country the pronoun was found to be
            for x in mentions:
                if s_start <= x.start < s_end and text[x.start:x.end] in ("It", "it") and x.name in actors:
                    return shorten(x.name + title_[2:])
        if title_.startswith("It ") and (thing := thing_before(text, s_start)):
            # "The six-party process had been the main channel ... It was set up after ...": the thing named
            return shorten(f"{thing} {title_[3:]}")
        return title_
    for x in mentions:
        if s_start <= x.start < s_end and text[x.start:x.end] in ("He", "She", "he", "she") and x.name in actors:
            return shorten(x.name + title_[m.end():])
    pronoun = re.search(rf"\b{m.group().lower()}\b", text[s_start:s_end])
    before = {x.name for x in mentions if pronoun and s_start <= x.start < s_start + pronoun.start()
              and x.name in actors and kinds.get(x.name) == "person" and not (m.group() == "He" and x.name in women)}
    if len(before) == 1:
        # "It will be Kim's first trip since he attended a parade in September": the one person the sentence names
        # before the pronoun
        return shorten(before.pop() + title_[m.end():])
    return title_


def _title_other(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    """A title in another language: the English cuts, less the short words left hanging before the date ("le",
    "du 27 au", "am")."""
    if not re.search(r"[A-Za-z]{2}", sentence):
        return _title_without_latin(sentence, lo, spans)
    # the short word that leads into the date goes with it, wherever the date stands ("Am Mittwoch hat ...",
    # "El lunes próximo habrá ...")
    if (lead := re.search(r"(?<![\w-])[^\W\d_]{1,3}\s+$", sentence[max(0, lo - 5):lo])) is not None and \
            sentence[max(0, lo - 5) + lead.start():lo].strip().lower() in _LEAD_WORDS:
        spans = [(max(0, lo - 5) + lead.start(), hi) if (s, e) == (lo, hi) else (s, e) for s, e in spans]
        lo = max(0, lo - 5) + lead.start()
    cut = title(sentence, lo, hi, spans)
    for s, e in [(lo, hi), *spans]:
        opened = re.match(rf"(?:(?:{'|'.join(_LEAD_WORDS)})\s+)?{re.escape(sentence[s:e])}[\s,]*", cut, re.IGNORECASE)
        if opened and len(rest := cut[opened.end():]) > 0:
            # the date that opens the sentence (this one or another), kept whole by the English cuts
            cut = rest[:1].upper() + rest[1:]
            break
    for _ in range(3):
        # (not a Hangul or CJK word: "열린다" is the sentence's verb)
        shorter = re.sub(r"[\s,]+(?:(?i:" + "|".join(_LEAD_WORDS) + r"|à|a|y|e|et|und|bis)|\d{1,2}\.?)$", "", cut)
        if shorter == cut or len(shorter.split()) < 3:
            break
        cut = shorter
    return cut


def _title_without_latin(sentence: str, lo: int, spans: Sequence[tuple[int, int]]) -> str:
    """A title in Korean, Japanese or Chinese, where the English cuts find no words: the clause of the date (its
    sentence's, when it holds the only date) less its dates, the particle that ties a date on ("2018年6月12日に",
    "于2018年6月12日") and its closing stop."""
    a, b = 0, len(sentence)
    if len(spans) > 1:
        # "북한은 지난 22일 미사일을 쐈고, 회담은 오는 29일 열린다": each date its own clause
        for cut in re.finditer(r"[,，、;；]\s*", sentence):
            if cut.end() <= lo:
                a = cut.end()
            elif cut.start() >= lo:
                b = cut.start()
                break
    sentence, spans = sentence[:b], [(s, e) for s, e in spans if a <= s and e <= b]
    out, at = [], a
    for s, e in sorted(spans):
        if s < at:
            continue
        out.append(re.sub(r"[于於在]$", "", sentence[at:s]))
        at = e + len(re.match(r"(?:には|に|から|까지|부터|에는|에)?\s*", sentence[e:]).group())
    out.append(sentence[at:])
    return shorten(re.sub(r"\s+", " ", "".join(out)).strip(" \t\n。．.！!？?"))


# Prepositions and articles before a date in the other languages read: "am", "le", "el", "il", "na", "no", "à"
_LEAD_WORDS = frozenset("am an im für le la les au à en el del al il lo na no ao em de du".split())
# "sent greetings ahead of Christmas", "left after the vote on Monday": the date named is a landmark, and the
# happening lies before (after) it, not on it.
_BEFORE_THE_DATE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+the\s+(?:run|lead)[-\s]?up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE)
# A deadline: "must dismantle the site by August 5", "no later than June 30", "on or before 22 August"
_BY_THE_DATE = re.compile(r"(?:\bby|\bno\s+later\s+than|\bon\s+or\s+before|\bnot\s+later\s+than)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_THING_DATED_AFTER = re.compile(r"[ -]+(?!(?:in|on|at|to|of|for|and|or|but|as|from|with|when|after|before|if|that|"
                                r"the|a|an|it|he|she|they|we|was|were|is|are|had|has|will|would)\b)[a-z][a-z-]+\b")
_DEADLINE_NOUN = re.compile(r"[ -]+(?:deadline|cutoff|cut-off|target|due\s+date)\b")
_AFTER_THE_DATE = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_BEFORE_THE_DATE = re.compile(r"\b(?:not|never|no)\s+(?:before|earlier\s+than|sooner\s+than)\s+(?:the\s+)?$",
                                  re.IGNORECASE)
def _told_in_the_past(sentence: str, lo: int) -> bool:
    """Whether a past verb stands before ``lo`` ("left before the vote on Monday"), not a participle under a modal
    or a passive ("must be received on or before August 22")."""
    return any(not re.search(r"\b(?:be|been|being|to)\s+$", sentence[max(0, m.start() - 8):m.start()])
               for m in PAST_VERB_RE.finditer(sentence, 0, lo))




def _landmark_of_another(text: str, start: int, earlier: Sequence[Resolved]) -> bool:
    """Whether a landmark date only places the date just before it ("in August 2018, a month before Chuseok"),
    with no verb between them that would make it a happening of its own ("began in 2024, is set to end before
    the end of the year")."""
    if not earlier:
        return False
    between = text[earlier[-1].timex.end:start]
    return len(between) <= 40 and not _VERBISH.search(between) and not re.search(r"\b(?:is|are|was|were|to)\b", between)


def _side_of(text: str, start: int, end: int) -> str:
    """BEFORE, AFTER or ON_OR_BEFORE ("by") when the words just before a date make it a bound rather than the
    happening's day (but "ahead of Tuesday's summit" dates the summit)."""
    if re.match(r"['’]s?\b", text[end:end + 2]):
        return ""
    lead = text[max(0, start - 30):start]
    if _NOT_BEFORE_THE_DATE.search(lead):
        return "AFTER"  # "cannot take effect for 45 days, or not before August 11": on that day or after it
    if _BEFORE_THE_DATE.search(lead):
        return "BEFORE"
    if _BY_THE_DATE.search(lead) and not (_THING_DATED_AFTER.match(text, end) and not _DEADLINE_NOUN.match(text, end)):
        return "ON_OR_BEFORE"  # (not the doer of a passive: "as laid down by the Feb. 23 accord", "by overnight losses")
    if _AFTER_THE_DATE.search(lead):
        return "AFTER"
    return ""


# The hedges legal texts put inside a stretch: "from in or about 2018 through in or about 2023", "between at least
# 2017 and 2023", "beginning no later than in or about March 2019 and continuing through at least August 2023"
_HEDGES = r"(?:(?:in\s+or\s+about|on\s+or\s+about|at\s+least|no\s+later\s+than|no\s+earlier\s+than|about|around)\s+)*"
_FROM_BEFORE = re.compile(r"\b(?:from|between|beginning|starting)\s+" + _HEDGES + "$", re.IGNORECASE)
_DAY_OF_THE_MONTH = re.compile(r"the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(WEEKDAY_RE)
_DAYS_JOINED = re.compile(r"\s*[-–—]\s*|\s+(?:through|thru)\s+")
_THROUGHOUT_BEFORE = re.compile(r"\b(?:through|throughout|across|over)\s+(?:the\s+)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"(?:\s*(?:to|until|till|through|-|–|—)\s*|\s+and\s+(?:continuing\s+(?:to|until|through)\s+)?)"
                         + _HEDGES, re.IGNORECASE)


_ASIDE_GAP = re.compile(r"[ \t(),]*(?:on|at)?[ \t(),]*")  # (on one line: a stamp on the next opens an entry of its own)


_ZONE_WORD = re.compile(r"\s*(?:(?:in|at)\s+)?(?:(?:Washington|Seoul|Pyongyang|Tokyo|Beijing|Moscow|New\s+York|"
                        r"local)(?:\s+time)?"
                        r"|time|ET|EST|EDT|KST|JST|GMT|UTC)\b")


# what may stand between a time and the same moment on another clock after a dash: where it happens
_DASH_THEN = re.compile(r"[^.;!?—–\n]{0,80}[ \t][—–][ \t]*|[ \t]*[—–][ \t]*")


def _restates(text: str, a, b) -> bool:
    """Whether ``b`` gives the same day as ``a`` right after it, in brackets or as its day."""
    ra, rb = value_range(a.value), value_range(b.value)
    if a.type == "TIME" and b.type == "TIME" and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]):
        return True  # "at 11:52 a.m. (10:52 p.m. ET Tuesday)": the same moment on another clock, maybe another day
    gap = text[a.end:b.start]
    if (a.type == "TIME" and b.type == "TIME" and _DASH_THEN.fullmatch(gap)
            and (_ZONE_WORD.search(text, b.start, b.end) or _ZONE_WORD.match(text, b.end))):
        # "will begin at 9 a.m. on Tuesday, June 12, at the Capella hotel — 9 p.m. EDT on Monday in Washington"
        return True
    if (ra and rb and abs((rb[0] - ra[0]).days) <= 1 and ra[2] == rb[2] == "day" and re.fullmatch(r"[^.;!?]{0,30}", gap)
            and _ZONE_WORD.search(gap) and ("," in gap or "(" in gap) and _ZONE_WORD.match(text, b.end)):
        # "on Monday night Washington time, Tuesday morning in Seoul", "Monday evening Washington time (Tuesday
        # morning in Seoul)": one moment told on two clocks
        return True
    if (ra and rb and abs((rb[0] - ra[0]).days) <= 1 and ra[2] == rb[2] == "day"
            and re.fullmatch(r"\s*" + OTHER_CLOCK_RE, gap)
            and (_ZONE_WORD.match(text, b.end) or _ZONE_WORD.search(text, a.start, a.end))):
        return True  # "at 6:57 a.m. local time on Wednesday, which was Tuesday evening in Washington"
    return bool(ra and rb and ra[:2] == rb[:2] and _ASIDE_GAP.fullmatch(text, a.end, b.start))


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+(?:turn|start|beginning|end|middle)\s+of\s+)?$", re.IGNORECASE)
# "Every year on 25 June, rallies are held": a day that recurs, not a happening
# (and the days listed after it: "every year on the Day of the Sun and the Day of the Shining Star")
_RECURRING_BEFORE = re.compile(r"(?:\b(?:every|each)\s+(?:year|month|week|spring|summer|autumn|winter)\s+(?:on|in)"
                               r"|\b(?:annually|yearly)\s+on)\s+(?:the\s+)?(?:[^.;:!?]{1,40}?\s(?:and|"
                               r"or)\s+(?:the\s+)?)?$",
                               re.IGNORECASE)


def _tells_what_day(sentence: str, dates: Sequence[tuple[int, int]], end: int) -> bool:
    """Whether the date ending at ``end`` only says what day it is: "It's Monday, and ...", "Today is Tuesday,
    Nov. 25, the 329th day of 2025." (``dates`` are the sentence's date spans, "Today" among them)."""
    for s, e in dates:
        if s > end + 4:
            return False  # (but "Today" itself, before the day named after "is", is the same day)
        if _WHAT_DAY_IT_IS.search(sentence, max(0, s - 20), s) and _DAY_DESCRIBED.match(sentence, e):
            return True
    return False


def _group_units(text: str, dated: Sequence[Resolved]) -> tuple[list[list[Resolved]], set[int]]:
    """The dated timexes grouped into what becomes one event each: ranges ("27-28 February", "from 2003 to 2009")
    are one unit, lists one per date; restatements and dates the text then pins down are folded in.  Also the ids
    of the timexes that only restate the one before on another clock ("Tuesday morning in Seoul" after "Monday
    night Washington time"): part of the date as written, not of the event's dates."""
    restated: set[int] = set()
    units: list[list[Resolved]] = []
    folded: Resolved | None = None  # the last clock folded into the day before it ("on Friday, at 5 p.m.")
    for r in dated:
        if folded is not None and _restates(text, folded.timex, r.timex):
            folded = r
            continue  # "on Friday, broadcast live at roughly 5 p.m. local time (0800 GMT)": that hour again
        folded = None
        if r.group and units and units[-1][0].group == r.group and not _MOVED_FROM.search(
                text, max(0, units[-1][0].timex.start - 50), units[-1][0].timex.start):
            units[-1].append(r)
        elif units and len(units[-1]) == 1 and _spans_to(text, units[-1][0].timex, r.timex):
            units[-1].append(r)  # "from April 2018 until the end of 2019": one event over the whole stretch
        elif units and _restates(text, units[-1][-1].timex, r.timex):
            units[-1].append(r)  # "at 3 p.m. EST (2000 GMT)", "8 p.m. (1900 GMT) on Thursday": one moment
            restated.add(id(r))
        elif units and _same_day_times(text, units[-1][-1], r) and not entry_stamp(text, units[-1][-1].timex):
            folded = r
            continue  # "began at 10:03 a.m. and ended at 12:15 p.m.": one sitting, dated once (but a live entry's
            # stamp is only when it was posted: "11:05 a.m.: The office will meet at noon")
        elif units and (_within_named(text, units[-1][-1], r) or _counts_within(text, units[-1][-1], r)):
            continue  # "New Year's Day speech in 2018": the year only says which New Year's Day
        elif units and len(units[-1]) == 1 and _heads_entry(text, units[-1][0], r):
            units[-1] = [r]  # "1994 — The two sign the Agreed Framework on Oct. 21": the year only heads the line
        elif units and len(units[-1]) == 1 and (_edition_year(text, units[-1][0], r) or _applied_for(text, units[-1][0], r)):
            units[-1] = [r]  # "will hold the 2025 Exchange Forum on 25 November 2025": the year tells which forum
        elif units and len(units[-1]) == 1 and _pins_down(text, units[-1][0], r):
            units[-1] = [r]  # "Five weeks later, on November 4, ...": the date the text names is the event's
        elif units and len(units[-1]) == 1 and _offset_after(text, units[-1][0], r):
            continue  # "On Oct. 23, less than two weeks later, ...": the offset says again how far on that date is
        elif units and _said_again_from_now(text, units[-1][-1], r):
            continue  # "on Wednesday — today — with a visit": the day said again, as seen from the published day
        else:
            units.append([r])
    return units, restated


def _said_again_from_now(text: str, before: Resolved, r: Resolved) -> bool:
    """Whether ``r`` is "today" (or "yesterday" ...) set off right after a date that is that day."""
    return (r.timex.text.lower() in ("today", "tonight", "yesterday", "tomorrow")
            and value_range(r.timex.value) is not None
            and value_range(r.timex.value)[:2] == value_range(before.timex.value)[:2]
            and re.fullmatch(r"\s*(?:,|[—–]|--|\()\s*", text[before.timex.end:r.timex.start]) is not None)


# (not "today", whose clock is the published day's as a bare clock's is; but "expires at midnight tonight" names it)
_TODAY_WORD = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
_SAYS_NOW = re.compile(r"\b(?:says|claims|announces|warns|insists|reports|declares)\b")
_DAY_WORD = re.compile(rf"\b(?:{WEEKDAY_RE}|yesterday|tomorrow)\b", re.IGNORECASE)


# A day described in the present as the holiday it is every year
_HOLIDAY_DESCRIBED = re.compile(r"[^.;:!?]{0,40}?,?\s+(?:is|are)\s+(?:(?:still|now|also)\s+)?(?:the|a|an|one\s+of\s+the)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?(?:holidays?|festivals?|anniversar(?:y|ies)|celebrations?)\b",
                                re.IGNORECASE)
_NOWADAYS = re.compile(r"\s*(?:Today|Now|Nowadays|These\s+days)", re.IGNORECASE)
_THOUGHT_TO_HAVE = re.compile(r",?\s+(?:[\w'’.-]+\s+){1,5}?(?:is|are)\s+(?:now\s+)?(?:thought|believed|estimated|reckoned|"
                              r"said|known|understood)\s+to\s+(?:have|be|hold|possess|number)\b")
# A period as the subject of a description: "2017 was the most dangerous year since 1994", "said 2025 had been ..."
_CHARACTERISED = re.compile(r"\s+(?:was|is|had\s+been|has\s+been|will\s+be|would\s+be|remains|remained)\s+"
                            r"(?:(?:also|probably|perhaps|arguably|by\s+far)\s+)?[\"“]?(?:a|an|the|one)\b"
                            # (but "2019 was a year of summits" tells the happenings it held)
                            r"(?!\s+(?:year|month|season)\s+of\s+[a-z]+s\b)")
_SUBJECT_START = re.compile(r"(?:^|\b(?:said|says|believes?|believed|thinks?|thought|that)\s+)\s*$")


def _recurs_or_starts_a_span(text: str, first, last) -> bool:
    """"Every year on 25 June", and "the first visit since 1974" or "30 missiles since January" (but "since
    March 10, when it fired ..." tells what happened then)."""
    # (cheap test first: each recurrence needs one of its words, whose letters fold into no others)
    wide = text[max(0, first.start - 90):first.start].lower()
    if ("every" in wide or "each" in wide or "annually" in wide or "yearly" in wide) and _RECURRING_BEFORE.search(
            text, max(0, first.start - 90), first.start):
        return True
    if ("every" in wide or "each" in wide) and re.search(r"\b(?:every|each)\s+$", text[max(0, first.start - 8):first.start],
                                                       re.IGNORECASE):
        return True  # "as he does every New Year's Day": the day comes round, no happening on it
    near = text[max(0, first.start - 60):first.start].lower()  # (cheap test first: "before", "after", "prior")
    if ("before" in near or "after" in near or "pr" in near) and (bound := _BOUNDS_A_SUPERLATIVE.search(
            text, max(0, first.start - 60), first.start)) is not None and not any(
            looks_like_verb(w) for w in bound["words"].split()):
        return True  # "The last one before this year came in August 2024": the date bounds "the last", no happening
    return bool(_SINCE_BEFORE.search(text, max(0, first.start - 30), first.start)) and not TOLD_AFTER.match(
        text, last.end)


# The last or first of a kind before or after a date: "the last one before", "the first such meeting after"
_BOUNDS_A_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:last|first|latest|final|only)\s+"
                                   r"(?P<words>(?:[a-z][\w'’-]*\s+){0,3}?)(?:before|after|prior\s+to)\s+$",
                                   re.IGNORECASE)


def _same_day_times(text: str, a: Resolved, b: Resolved) -> bool:
    """Two clock times of one day in one sentence, or a day and the hour it began at ("On November 3, 2025,
    commencing at 9:00 p.m., ...")."""
    if (a.timex.type == "DATE" and len(a.timex.value) == 10 and b.timex.type == "TIME"
            and b.timex.value[:10] == a.timex.value and (
                _DAY_THEN_CLOCK.fullmatch(text, a.timex.end, b.timex.start)
                # "June 12 — Summit at the Capella hotel, starting at 9 a.m.": the hour of the day a chronology line
                # opens with, in its first sentence
                or (opens_entry(text, a.timex.start, a.timex.end)
                    and not re.search(r"[.!?]\s|\n", text[a.timex.end:b.timex.start])))):
        return True
    if a.timex.type != "TIME" or b.timex.type != "TIME" or a.timex.value[:10] != b.timex.value[:10]:
        return False
    if a.timex.value != b.timex.value and not _one_part_of_day(a.timex.value[11:], b.timex.value[11:]):
        return False  # "met Xi the next morning and flew home the same afternoon": two parts of the day, two happenings
    gap = text[a.timex.end:b.timex.start]
    return not re.search(r"[.!?]\s|\n", gap) and b.timex.start - a.timex.end < 80


# The hours a part of the day takes in (TimeML's MO, AF, EV, NI), to tell a clock time inside it
_PART_HOURS = {"MO": range(5, 12), "AF": range(12, 18), "EV": range(17, 23), "NI": (*range(19, 25), *range(0, 6))}


def _one_part_of_day(a: str, b: str) -> bool:
    """Whether two times of one day may be one moment told twice: two clock times, or a part of the day and a
    clock time inside it ("late that night ... a press conference at midnight"), but not two parts of the day."""
    if a in _PART_HOURS and b in _PART_HOURS:
        return False
    if a in _PART_HOURS or b in _PART_HOURS:
        part, clock = (a, b) if a in _PART_HOURS else (b, a)
        return clock[:2].isdigit() and int(clock[:2]) in _PART_HOURS[part]
    return True


# (or a participle giving the hour: "on Friday, broadcast live at roughly 5 p.m.")
_DAY_THEN_CLOCK = re.compile(r",?\s*(?:(?:commencing|starting|beginning)\s+|(?:[a-z]{3,}ed|broadcast|held|shown|begun|run)"
                             r"\s+(?:[a-z]+\s+)?)?(?:at|from|between)\s+"
                             # (the hour a span of hours ends at: "on Tuesday, December 9, from 2:00 to 4:30 p.m.")
                             r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|until|and)\s*)?", re.IGNORECASE)


def _holds(coarser: Resolved, finer: Resolved) -> bool:
    """Whether the stretch ``coarser`` dates takes in the one ``finer`` dates, and more ("2018" holds "1 January")."""
    ra, rb = value_range(finer.timex.value), value_range(coarser.timex.value)
    return bool(ra and rb and rb[0] <= ra[0] and ra[1] <= rb[1] and ra[:2] != rb[:2])


# "the 2025 Inter-Korean Exchange Forum", "the 2018 summit": a year before a noun, telling which one
_EDITION_YEAR = re.compile(r"\b(?:the|its|this|their|a)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Za-z][\w'’-]*\b")


def _edition_year(text: str, year: Resolved, finer: Resolved) -> bool:
    """Whether ``year`` only tells which one of a kind of thing the sentence dates by ``finer`` after it."""
    if year.timex.type != "DATE" or not re.fullmatch(r"\d{4}", year.timex.value) or not _holds(year, finer):
        return False
    if not _EDITION_YEAR.search(text, max(0, year.timex.start - 8), year.timex.start):
        return False
    return (_NAME_AFTER.match(text, year.timex.end) is not None
            and not re.search(r"[.!?;]\s", text[year.timex.end:finer.timex.start]))


# A line opening on its date alone, then a full stop and the paragraph's first sentence: "MONDAY. The exercise ..."
_DAY_HEADING = re.compile(r"[ \t]*(?:[-•*][ \t]*)?")
_HEADING_STOP = re.compile(r"\.[ \t]+(?=[A-Z])")


def _applied_for(text: str, year: Resolved, due: Resolved) -> bool:
    """Whether ``year`` names what applications are for ("Applications for the 2026 fellowship are due Dec. 31"),
    and the sentence dates when they are due: the deadline is the happening."""
    return (year.timex.type == "DATE" and re.fullmatch(r"\d{4}", year.timex.value) is not None
            and APPLIED_FOR.search(text, max(0, year.timex.start - 40), year.timex.start) is not None
            and not re.search(r"[.!?;]\s", text[year.timex.end:due.timex.start]))


def _within_named(text: str, finer: Resolved, coarser: Resolved) -> bool:
    """Whether ``coarser`` only places the date just before it ("the speech on 1 January ... in 2018")."""
    if not _holds(coarser, finer):
        return False
    gap = text[finer.timex.end:coarser.timex.start]
    return (len(gap) <= 25 and "," not in gap and not re.search(r"[.!?;]\s", gap)
            and not any(looks_like_verb(w) for w in re.findall(r"[A-Za-z]+", gap)))


# "his third meeting with Xi Jinping that year", "its 12th launch in 2022": a count of happenings within the date
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                           r"\s+(?:[\w'’.-]+\s+){1,6}?(?:(?:in|of|during|for)\s+)?$", re.IGNORECASE)


def _counts_within(text: str, finer: Resolved, coarser: Resolved) -> bool:
    """Whether ``coarser``, later in the sentence of ``finer`` and holding it, only bounds a count: "A week later, Kim
    was in Beijing for his third meeting with Xi Jinping that year" is one happening, a week later."""
    if not _holds(coarser, finer):
        return False
    if re.search(r"[.!?;][\"'”’)]*\s", text[finer.timex.end:coarser.timex.start]):
        return False  # (a sentence between, even one closing a quotation: '... in September." / ... in the autumn')
    return _ORDINAL_BEFORE.search(text, max(0, coarser.timex.start - 80), coarser.timex.start) is not None


def _heads_entry(text: str, heading: Resolved, finer: Resolved) -> bool:
    """Whether ``heading`` is the date a chronology line opens with and ``finer`` a date within it on that line."""
    between = text[heading.timex.end:finer.timex.start]
    # (but not a date in the line's next sentence: "Spring 2018: The two sides agree to meet. Kim crosses on April 27")
    return (_holds(heading, finer) and "\n" not in between and not re.search(r"[.!?]\s+[A-Z]", between)
            and opens_entry(text, heading.timex.start, heading.timex.end))


def _offset_after(text: str, explicit: Resolved, relative: Resolved) -> bool:
    """Whether an offset set off right after a date ("On Oct. 23, less than two weeks later, ...") only says how far
    on that date is: counted from the story, and reaching it."""
    if relative.timex.type != "DATE" or relative.anchor == "explicit" or not re.fullmatch(
            r"\s*,\s*", text[explicit.timex.end:relative.timex.start]):
        return False
    if not (re.search(r"\b(?:later|earlier|after|before|ago)\b", relative.timex.text, re.I)
            or re.match(r"\s+(?:after|before)\b", text[relative.timex.end:])):
        return False  # ("in October 2006, barely a year after the joint statement": the offset's word follows it)
    outer, inner = value_range(relative.timex.value), value_range(explicit.timex.value)
    if not (outer and inner):
        return False
    # ("on Friday, nearly four months later": an offset told roughly reaches a month either side)
    slack = dt.timedelta(days=31 if relative.timex.mod == "APPROX" else 0)
    return outer[0] - slack <= inner[1] and inner[0] <= outer[1] + slack


_EARLIER_IN_THE_PERIOD = re.compile(r"(?i:earlier|later)\s+(?:this|in\s+the|that)\s+(?:year|month|week)"
                                    # ("Sixteen months later, that page had grown into the document ... initialed
                                    # on Friday": an offset counted in months or years, which the day pins down)
                                    r"|(?i:[\w-]+\s+(?:months|years)\s+(?:later|on))")


def _pins_down(text: str, relative: Resolved, explicit: Resolved) -> bool:
    """Whether an offset ("five weeks later") or a coarser date ("Late last year", "in January", "Later that month")
    is followed by the date it comes to ("..., on November 4", ", on 29 November", ", from 23 to 24 October")."""
    between = text[relative.timex.end:explicit.timex.start]
    if (relative.timex.type == "DATE" and relative.timex.value == explicit.timex.value
            and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s*(?:on\s+)?", between)):
        return True  # "Friday's demolition, on 27 June 2008, ...": the weekday's date, said again in full
    if (relative.timex.type == "DATE" and re.fullmatch(r"(?i:this|last)\s+(?:year|month)", relative.timex.text)
            and len(between) <= 60 and not re.search(r"[,;:.!?]|\b(?:and|but|then|while|after|before|since)\b",
                                                    between)):
        # "this year it fired two missiles on Aug. 22": the year only says which Aug. 22
        outer, inner = value_range(relative.timex.value), value_range(explicit.timex.value)
        return bool(outer and inner and outer[0] <= inner[0] and inner[1] <= outer[1] and outer[:2] != inner[:2])
    if (relative.timex.type == "DATE" and _EARLIER_IN_THE_PERIOD.fullmatch(relative.timex.text) and len(between) <= 100
            and re.fullmatch(r",?[^,;:.!?]*", between)
            # (opening its sentence: "... in Busan later this month, his office said Friday" is two happenings)
            and re.search(r"(?:^|[.!?\n][\"”’']?\s*)$", text[max(0, relative.timex.start - 4):relative.timex.start])
            and not re.search(r"\b(?:and|but|then|while|after|before|since|thus)\b", between)):
        # "Earlier this year, in a New Year's speech on Jan. 1, Kim said ...": the day says when in the year
        outer, inner = value_range(relative.timex.value), value_range(explicit.timex.value)
        if outer and inner and outer[0] <= inner[0] and inner[1] <= outer[1] and outer[:2] != inner[:2]:
            return True
    if (relative.timex.type == "DATE" and re.fullmatch(r"\d{4}", relative.timex.value)
            and re.fullmatch(r",\s+when\s+[^.;:!?,]{1,90}?\s(?:on|in)\s+", between)):
        # "since 2006, when the North carried out its first nuclear test on Oct. 9": the when-clause's day is the year's
        return explicit.timex.value[:4] == relative.timex.value and len(explicit.timex.value) > 4
    # (or set off by dashes, as speech is written down: "in June twenty-nineteen — the thirtieth — ...")
    outer, inner = value_range(relative.timex.value), value_range(explicit.timex.value)
    inside = bool(outer and inner and outer[0] <= inner[0] and inner[1] <= outer[1] and outer[:2] != inner[:2])
    if (relative.timex.type == "DATE" and inside and between.startswith(":") and len(between) <= 120
            and re.fullmatch(r":[^.;:!?\n]*", between)
            and _LINE_OPENS.search(text, max(0, relative.timex.start - 6), relative.timex.start)):
        return True  # "This weekend: The ministry reopens tours on Saturday": the label's period, then the day itself
    # ("twice last week, on the nights of May 18 and May 20": the days, whatever part of them)
    if relative.timex.type != "DATE" or not re.fullmatch(
            r"\s*(?:,|[—–]|--)\s*(?:on|in|from)?\s*(?:the\s+(?:nights?|mornings?|evenings?|afternoons?)\s+of\s+)?",
            between):
        return False
    if relative.anchor != "explicit" and re.search(r"\b(?:later|earlier|after|before|ago|next|following)\b|\son$",
                                                  relative.timex.text, re.I):  # "Three years on, in 2021, ..."
        return True
    return inside


# Where a line or sentence opens, with a list's bullet: "This weekend: ..." opening its line
_LINE_OPENS = re.compile(r"(?:^|[\n.!?][\"”’']?)\s*(?:[-•*–]\s*)?$")


def _spans_to(text: str, a, b) -> bool:
    """Whether two dates are the ends of one stretch: "from A to B", "from A until B", "between A and B"."""
    if re.fullmatch(r"\s+into\s+", text[a.end:b.start]) and re.search(r"\bovernight\b", text[max(0, a.start - 12):a.end],
                                                                     re.IGNORECASE):
        ra, rb = value_range(a.value), value_range(b.value)
        return bool(ra and rb and ra[2] == rb[2] == "day" and (rb[0] - ra[1]).days == 1)  # "overnight Saturday into Sunday"
    if not _TO_BETWEEN.fullmatch(text, a.end, b.start):
        return False
    if re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
        # "visited on Monday and Tuesday": two days in a row are one stay (two years stay a list: "in 2018 and 2019")
        ra, rb = value_range(a.value), value_range(b.value)
        if ra and rb and ra[2] == rb[2] == "day" and (rb[0] - ra[1]).days == 1:
            return True
    if _THROUGHOUT_BEFORE.search(text, max(0, a.start - 16), a.start) and re.fullmatch(r"\s+and\s+", text[a.end:b.start]):
        # "Through the 1970s and 1980s he rotated among ...": one stretch over both, when they follow each other
        ra, rb = value_range(a.value), value_range(b.value)
        return bool(ra and rb and ra[2] == rb[2] and 0 <= (rb[0] - ra[1]).days <= 1)
    lead = _FROM_BEFORE.search(text, max(0, a.start - 60), a.start)
    if lead is None:
        # "Thursday-Friday", "Thursday through Saturday": two weekdays a few days apart, with no "from" needed
        ra, rb = value_range(a.value), value_range(b.value)
        if (_DAY_OF_THE_MONTH.fullmatch(a.text) and _DAY_OF_THE_MONTH.fullmatch(b.text) and ra and rb
                and 0 < (rb[0] - ra[0]).days < 31 and _DAYS_JOINED.fullmatch(text, a.end, b.start)):
            return True  # "in August, the eighteenth through the twenty-eighth"
        return bool(_WEEKDAY_NAME.fullmatch(a.text) and _WEEKDAY_NAME.fullmatch(b.text) and ra and rb
                    and 0 < (rb[0] - ra[0]).days < 7 and _DAYS_JOINED.fullmatch(text, a.end, b.start))
    if _MOVED_FROM.search(text, max(0, lead.start() - 40), lead.start() + 5):
        return False  # "postponed from Tuesday to Thursday": the day it left and the day it goes to, no stretch
    joiner = re.sub(r"\s+", " ", text[a.end:b.start].strip().lower())
    return joiner.startswith("and") == lead.group().lower().startswith(("between", "beginning", "starting"))


# (nouns that name something that happens: EVENT_NOUNS in lexicon.py) ...
# ... and nouns that name a mood or a state: "the optimism of last year" dates no happening.
_STATE_NOUNS = frozenset(
    "optimism pessimism hope hopes euphoria enthusiasm excitement mood moods spirit atmosphere goodwill warmth "
    "thaw chill tension tensions confidence fear fears anxiety anxieties momentum promise promises climate "
    "optimists mistrust distrust suspicion trust friendliness bonhomie rhetoric tone glow heady".split()
)
_COPULAS = frozenset("was were".split())
_OF_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+of\s*$")
_VERBISH = re.compile(r"\b(?:\w{3,}(?:ed|ing)|will|would|shall|plans?|says?)\b", re.IGNORECASE)


# "In 1994 the question was whether ...", "the issue in 2018 was trust": a date whose clause only says what a
# question or a problem was (a copula, then no participle: "the issue was settled in 2019" is a happening).
_MATTER_NOUNS = r"(?:question|questions|issue|issues|problem|problems|worry|concern|debate|dilemma|puzzle|point)"
_MATTER_AFTER = re.compile(r",?\s+the\s+" + _MATTER_NOUNS + r"\s+(?:was|were|is|are|had\s+been|"
                                                            r"has\s+been)\s+([A-Za-z]+)",
                           re.IGNORECASE)
_MATTER_AROUND = (re.compile(r"\bthe\s+" + _MATTER_NOUNS + r"\s+(?:in|of|on|during|back\s+in)\s+$", re.IGNORECASE),
                  re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+([A-Za-z]+)", re.IGNORECASE))
# An aside about the subject, still open: ", whose inspectors were expelled in"
_RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:who|whose|which)\s[^,;:.!?]*$")
# "tested more missiles this year than in 2022": "than" (and a preposition) before a date makes it the baseline of
# a comparison, as "than it was in 2018" does; but "no later than Friday" is a deadline, which stays.
_THAN_BEFORE = re.compile(r"(?<!later\s)(?<!earlier\s)(?<!sooner\s)\bthan\s+(?:(?:in|on|at|during|back\s+in)\s+)?"
                          r"(?:(?:all|the\s+whole|the\s+rest)\s+of\s+)?$",
                          re.IGNORECASE)
# A tally over a period is a count, not a dated happening: "tested more cruise missiles this year than in 2022",
# "has fired more than a dozen missiles this year" (but "fired two missiles this year" names the launches, and a
# day, "more than 20 shells on Monday", dates one barrage: the caller leaves days out; nor is a rise of "more
# than 10 percent in March", a change measured).
_MORE_BEFORE = re.compile(r"\b(?:more|fewer|less)\s+(?:[\w'’-]+\s+){1,4}(?:(?:in|during|so\s+far)\s+)?$", re.IGNORECASE)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
# "The database counts 12 missile launches in the first three quarters of 2025": a count verb with a number counts
# over the period ("fired two rockets this year" names the launches and stays)
_COUNT_BEFORE = re.compile(
    r"\b(?:counts?|counted|tall(?:y|ies|ied)|tot(?:s|ted)\s+up|logged|recorded|registered)\s+"
    r"(?:(?:about|some|nearly|almost|at\s+least|more\s+than|over)\s+)?(?:\d[\d,]*|a\s+dozen|dozens|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|\w+teen)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:in|during|over|so\s+far\s+in)\s+(?:the\s+(?:first|last|past|second|third|fourth)\s+(?:[\w-]+\s+){1,2}of\s+)?$",
    re.IGNORECASE)
_MORE_THAN_COUNT = re.compile(r"\b(?:more|fewer|less)\s+than\s+(?:an?\s+)?(?:\d[\d,.]*|dozen|dozens|hundreds?|"
                              r"thousands?|two|three|four|five|six|seven|eight|nine|ten|twenty|\w+teen)\s+"
                              r"(?!percent|per\s+cent|points?\b)(?:[\w'’-]+\s+){1,4}(?:(?:in|during|"
                              r"so\s+far)\s+)?$", re.IGNORECASE)


# the later dates of a list count with the first: "their three meetings in 2018 and 2019"
_EARLIER_ITEM = r"(?:(?:[A-Z][a-z]+\.?\s+)?\d{4}\s*,?\s+(?:and|or)\s+)?"
_NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)"
# "one of several launches this year", "the third of four meetings in 2019", "their three meetings in 2018 and
# 2019": things counted over the period, not one happening in it
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:one|the\s+(?:first|second|third|fourth|fifth|latest|last|\w+est))\s+of\s+(?:(?:several|many|numerous|"
    r"multiple|a\s+(?:series|string|spate|number)\s+of|" + _NUMBER_WORDS + r")\s+)?(?:[\w'’-]+\s+){0,3}?[a-z]+s\s+"
    r"(?:(?:in|during|so\s+far)\s+)?" + _EARLIER_ITEM + "$", re.IGNORECASE)
# "It was the North's third launch this month", "This is the first such test this year": where the happening
# told before stands in the period's count, not a happening of its own
_NTH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)"
_NTH_IN_PERIOD = re.compile(r"\b(?:(?:it|this|that)\s+(?:was|is|['’]s|marks|marked|became|becomes)|was|is|marks|marked)"
                            r"\s+(?:only\s+)?(?:the|its|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?)\s+"
                            + _NTH + r"\s+"
                            # (not "the first since the summit of May 1998, when ...": a since-phrase's own)
                            r"(?:(?!since\b)[\w'’-]+\s+){0,4}?(?:(?:in|during|so\s+far(?:\s+in)?)\s+)?$", re.IGNORECASE)
# The same in apposition, over the period being lived through: "The visit, his second this year, runs ..." (not "...,
# the second in Hanoi in 2019", a happening)
_NTH_ASIDE_THIS = re.compile(r",\s+(?:the|its|their|his|her|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?)\s+" + _NTH
                             + r"\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
# The first of a kind of the year: "their first nuclear planning talks of the year" (a year named, "their first
# talks in 2019", is when they were held)
_NTH_OF_THE = re.compile(r"\b(?:the|its|their|his|her|[A-Z][\w.-]*['’]s?)\s+" + _NTH + r"\s+"
                         # (not a stretch of the year: "In the first nine months of this year, the ministry spent")
                         r"(?!(?:[\w-]+\s+)?(?:days?|weeks?|months?|quarters?|half|years?)\b)"
                         r"(?:[\w'’-]+\s+){0,4}?of\s+$",
                         re.IGNORECASE)
_COUNTED_PLURAL = re.compile(r"\b(?:their|its|his|her|the)\s+" + _NUMBER_WORDS + r"\s+(?:[a-z'’-]+\s+)?[a-z]+s\s+"
                             r"(?:in|during|between)\s+" + _EARLIER_ITEM + "$", re.IGNORECASE)


# The date as the subject of time going by
_TIME_PASSES = re.compile(r"\s+(?:passes|passed|ends|ended|runs\s+out|ran\s+out|elapses|elapsed|goes\s+by|went\s+by"
                          r"|is\s+over|was\s+over|comes\s+and\s+goes|came\s+and\s+went)\b", re.IGNORECASE)


_HABIT = re.compile(r"\b(?:usually|normally|typically|traditionally|customarily|routinely|tends?\s+to|tended\s+to|"
                    r"used\s+to)\b", re.IGNORECASE)
_HABIT_WORDS = ("usually", "normally", "typically", "traditionally", "customarily", "routinely", "tend", "used")
# ... or opens the sentence: "Every year since, North Korea has marked the day as Victory Day" (this year's is one of
# many; but "has been renewed every year since and now runs through Aug. 31" tells this year's end)
_OPENING_HABIT = re.compile(r"\s*(?:(?:[Ee]very|[Ee]ach)\s+(?:year|month|week)(?:\s+since)?|[Aa]nnually|[Yy]early)\s*,")
# "in March each year", "every August": a date that comes round, not one day of it
_COMES_ROUND = re.compile(r"\s*,?\s*(?:(?:each|every)\s+year|annually|yearly)\b", re.IGNORECASE)


def _is_a_habit(sentence: str, lo: int, hi: int) -> bool:
    """Whether the date's clause tells what is usually done then ("usually hold drills in August", "tends to stage
    parades around Oct. 10", "talks used to take place in March each year"), not a happening."""
    if _COMES_ROUND.match(sentence, hi):
        return True
    if (opening := _OPENING_HABIT.match(sentence)) is not None and opening.end() <= lo:
        return True
    # (cheap test first, on ASCII words: each habit word holds one of _HABIT_WORDS)
    head = sentence[:lo].lower()
    if sentence.isascii() and not any(w in head for w in _HABIT_WORDS):
        return False
    if not _HABIT.search(sentence, 0, lo):
        return False
    a, _b = clause_around(sentence, lo, hi)
    return bool(_HABIT.search(sentence, a, lo))


# A date that identifies a person or a document: a list entry's birth date or passport expiry, a citation's date
_WHAT_DAY_IT_IS = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?:[Ii]t|[Tt]oday|[Tt]his)(?:['’]s|\s+is)\s+$")
# what may follow the day it is: its place in the year, or the next clause
_DAY_DESCRIBED = re.compile(r"(?:,\s*the\s+\d+(?:st|nd|rd|th)\s+day\s+of\s+(?:the\s+year|\d{4}))?\s*(?:[,.;:!?]|and\b|$)")
_COUNTDOWN = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:days?|weeks?|"
                        r"months?|hours?)\s+(?:left|remaining|to\s+go)\s+(?:in|of|before)\s+$")
_IDENTIFIES = re.compile(r"(?:\b(?:DOB|D\.O\.B\.|[Dd]ate\s+of\s+[Bb]irth|POB)[:\s]+|"
                         r"\b[Pp]assport[^;.]{0,40}?\bexpires?\s+(?:on\s+)?"
                         r"|\b\d+\s+(?:FR|CFR|U\.S\.C\.)\s+\d+\s*\()$")
_IDENTIFYING_WORDS = ("OB", "D.O.B.", "irth", "assport", "FR", "U.S.C.")  # (one of them is in every match)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)
_STATE_VERB = re.compile(r"\b(?:contain(?:s|ed)?|ha[sd]|have|number(?:s|ed)|st(?:an|oo)d\s+at|total(?:s|l?ed)|"
                         r"remain(?:s|ed)?"
                         r"|was|were|is|are|listed|held|included?)\b", re.IGNORECASE)
_SUBJECT_SLOT = re.compile(r"(?:\b(?:if|unless|once|when|until|before|after|as)\s+|^\s*)(?:the\s+)?$", re.IGNORECASE)


def _is_a_tally(sentence: str, lo: int, hi: int) -> bool:
    """Whether the (period) date counts things over its span: "more ... this year than ...", "more than a dozen
    missiles this year", "counts 12 launches in 2025", "one of several launches this year"."""
    if re.search(r"\bsince\s+$", sentence[max(0, lo - 8):lo], re.IGNORECASE) and TOLD_AFTER.match(sentence, hi):
        return False  # "the third such ruling since July 2020, when a court first found ...": what happened then
    before = _LISTED_BEFORE.sub("", sentence[max(0, lo - 100):lo])  # ("letters in 2018 and [2019]": as 2018 is)
    return bool((_MORE_BEFORE.search(before) and _THAN_AFTER.match(sentence, hi)) or _MORE_THAN_COUNT.search(before)
                or _COUNT_BEFORE.search(before) or _ONE_OF_SEVERAL.search(before) or _COUNTED_PLURAL.search(before)
                or ("far" in before.lower() and _TIMES_BEFORE.search(before)) or _NTH_IN_PERIOD.search(before)
                or (_NTH_ASIDE_THIS.search(before) is not None and re.match(r"this\s", sentence[lo:hi], re.IGNORECASE))
                or (ends_on_a_word(before, 0, len(before), ("of",), ignore_case=True)
                    and _NTH_OF_THE.search(before) is not None and re.fullmatch(r"(?:the|this)\s+year", sentence[lo:hi],
                                                                             re.IGNORECASE)))


# "has launched missiles on five occasions so far this year": how often up to now (but "met three times in 2019"
# tells that they met then)
_TIMES_BEFORE = re.compile(r"\b(?:on\s+)?(?:" + _NUMBER_WORDS + r"|several|many|numerous|multiple)\s+(?:occasions|times)\s+"
                           r"so\s+far\s+(?:(?:in|during)\s+)?$", re.IGNORECASE)


_ORDINAL_OF_PERIOD = re.compile(r"\b(?:first|second|third|fourth|fifth|last|latest|final|biggest|largest)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?of\s+$", re.IGNORECASE)


# the dates listed before this one: "in 2018 and ", "in 2017, 2018 and "
_LISTED_BEFORE = re.compile(r"(?:(?:1[89]|20)\d\d(?:\s*,\s*|\s+and\s+|\s+or\s+|,\s+and\s+))+$")


def _hangs_off_a_state(sentence: str, lo: int, hi: int) -> bool:
    """Whether the date only completes a noun for a mood or a state: "the optimism of last year" (but not
    "the tone of Tuesday's warning", where the date belongs to the warning)."""
    # (cheap test first: both comparisons need "than", a word no other letters fold into)
    if "than" in sentence[:lo].lower() and (_THAN_IT_WAS.search(sentence[:lo]) or _THAN_BEFORE.search(sentence[:lo])):
        return True  # "far larger than it was in 2018", "more than in 2022": a comparison with a past state
    after = _MATTER_AFTER.match(sentence, hi)
    if not after and _MATTER_AROUND[0].search(sentence[:lo]):
        after = _MATTER_AROUND[1].match(sentence, hi)
    if after and not looks_like_verb(after.group(1)):
        return True  # "In 1994 the question was whether ...": what was at issue, not what happened
    m = _OF_BEFORE.search(sentence[:lo]) if sentence[:lo].rstrip().endswith("of") else None  # (cheap test first)
    if not m or sentence[hi:hi + 2] in ("'s", "’s"):
        return False
    return m.group(1).lower() in _STATE_NOUNS


# (not the day a change took effect: "lowered to 15% retroactively from Nov. 1", "effective from", "as from")
_BASELINE_BEFORE = re.compile(r"\b(?<!retroactively\s)(?<!effective\s)(?<!starting\s)(?<!\bas\s)"
                              r"(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+same\s+\w+\s+(?:(?:of|in)\s+)?)?$",
                              re.IGNORECASE)
_BASELINE_WORDS = ("from", "than", "compared", "versus", "vs")  # (one is in every match)
_COMPARED_FIGURE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:[\w$%.,-]+\s+){1,5}"
                              r"(?:in|during|for|over)\s+(?:the\s+)?$"
                              # ("trade totalled $310 million, up from $240 million a year earlier")
                              r"|\b(?:up|down)\s+from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£¥₩]?\d[\d.,]*"
                              r"(?:\s*(?:%|percent|per\s+cent|million|billion|trillion|tonnes|tons|people))*"
                              r"\s+(?:(?:in|during|for)\s+(?:the\s+)?)?$"
                              # ("down from 18 in 2024 and a record 37 in 2022": the second figure of the comparison)
                              r"|\b(?:up|down)\s+from\s+[^.;:]{1,60}?\s+and\s+(?:an?\s+(?:record|peak|high|low)\s+(?:of\s+)?)?"
                              r"[$€£¥₩]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|million|billion|trillion))*"
                              r"\s+(?:in|during|for)\s+(?:the\s+)?$", re.IGNORECASE)
_CHANGE = re.compile(r"%|\bper\s?cent\b|\b(?:doubl|tripl|halv)\w*|\b(?:rose|rise|rises|fell|fall|falls|up|down|higher|"
                     r"lower|increase[sd]?|"
                     r"decrease[sd]?|grew|grow|dropped|declined|jumped|climbed|slipped|gained|lost)\b", re.IGNORECASE)
_PERIOD_ENDING = re.compile(r"\s+(?:draws|drew|is\s+drawing|was\s+drawing)\s+to\s+(?:a|an|its)\s+(?:close|end)\b"
                            r"|\s+(?:comes|came|is\s+coming)\s+to\s+an\s+end\b|\s+(?:winds|wound)\s+down\b",
                            re.IGNORECASE)
_DIED_BEFORE = re.compile(r"\b(?:died|passed\s+away)\s+(?:(?:suddenly|aged\s+\d+|at\s+\d+)\s+)?(?:on|in|at)?\s*$")
_GATHERING_BEGAN = re.compile(r"\b(?:[Tt]alks|[Ss]ummit|[Nn]egotiations|[Dd]ialogue|[Cc]onference)(?:,\s+which|\s+(?:that|which))?"
                              r"\s+(?:began|opened|started|resumed|convened|(?:were|was)\s+held|took\s+place)\b"
                              r"[^,;.]{0,40}$")
_GATHERING_WORDS = ("alks", "ummit", "egotiations", "ialogue", "onference")  # (one is in every match)
# A speaker's correction right after a date: "the third — no, sorry, the second", "August — no, I misspoke, ..."
_TAKEN_BACK = re.compile(r"\s*(?:—|–|--|,|\?|\.\.\.)\s*(?:[Nn]o\s*[,—–!]|(?:[Ss]orry|I\s+mean|I\s+misspoke|or\s+rather|"
                         r"correction)\b)(?:\s*[,—–]?\s*(?:sorry|I\s+mean|I\s+misspoke|or\s+rather)\b)*(?:\s*[,—–])?")
_EVE_OF = re.compile(r"\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_MONTHS_OF = re.compile(rf"\bthe\s+first\s+(?P<n>{NUMBER_WORD_RE}|\d{{1,2}})\s+months\s+of\s+$", re.IGNORECASE)
_COUNT_BEFORE_DATE = re.compile(rf"(?<![\w-])(?P<n>an?|{NUMBER_WORD_RE}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+"
                                r"(?P<dir>before|after)\s+$", re.IGNORECASE)
_FIRST_TIME_BEFORE = re.compile(r"\bfor\s+the\s+first\s+time\s+(?:in\s+|since\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIKE_OPENING = re.compile(r"\s*(?:Like|Unlike|As\s+in)\b")
_CONTRAST_BEFORE = re.compile(r"\b(?:contrast\s+with|compared\s+(?:with|to)|as\s+opposed\s+to)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_MOVED_FROM = re.compile(MOVED_FROM_RE + r"\b", re.IGNORECASE)
_DEAL_DATED_BEFORE = re.compile(r"\b" + DEAL_DATED_RE + r"\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_DEAL_DATED_WORDS = ("announced", "reached", "signed", "struck", "agreed", "concluded")  # (in every match)
_LOCAL_TIME = re.compile(r"\b" + LOCAL_CLOCK_RE, re.IGNORECASE)
_DIFFERENT_FROM = re.compile(r"\b(?:different|reversal|shift(?:\s+in\s+\w+)?|departure|far\s+cry|turnaround|u-turn|"
                             r"retreat|change\s+in\s+\w+)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_STATE_LASTED = re.compile(r"\s*(?:Progress|Momentum|Tensions?|Hostility|Distrust|Calm|Quiet|(?:The\s+)?(?:chill|"
                           r"standoff|"
                           r"stalemate|freeze|thaw|impasse|deadlock|lull|détente|detente))\s+(?:had\s+|"
                           r"has\s+)?(?:continued|"
                           r"persisted|lingered|lasted|held|dragged\s+on)\s+(?:into|through|until|throughout|"
                           r"well\s+into)\s",
                           re.IGNORECASE)
_DATING_BACK = re.compile(r"\b(?:dating|going|stretching|reaching)\s+back\s+(?:to|as\s+far\s+as)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_WELL_BEFORE = re.compile(r"\b(?:well|long)\s+(?:before|after|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# ("looks no better than it did a year ago", "than it was last year": a date with no preposition too)
# (or "a weaker position than it held in 2018": what it had then, the measure)
_THAN_IT_WAS = re.compile(r"\bthan\s+(?:\w+\s+){0,2}(?:(?:was|were|had\s+been|is|are)\s+(?:\w+\s+)?(?:in|on|at|during|"
                          r"back\s+in)\s+|(?:was|were|did|had|do|does)\s+(?:(?:in|on|at|during|back\s+in)\s+)?"
                          r"|(?:held|enjoyed|faced|had|took|got|won|paid|earned|sold|made)\s+(?:in|on|at|during|back\s+in)\s+"
                          # ("26% higher than in the same period of 2021", "lower than in 2019": the measure's baseline,
                          # right after "than": "more missiles than ever in 2019" is 2019's record)
                          r")$|\bthan\s+(?:in|during)\s+(?:the\s+same\s+\w+\s+(?:of|in|last)\s+)?$",
                          re.IGNORECASE)


# "down from 2024", "up 12 percent from 2019", "down from 15 in 2024": a change measured from the date, which is only
# its baseline; "down"/"up" right before the "from" (a number between at most) keeps out "stepped down from his
# post in 2019", where the date is a happening's.
_CHANGE_FROM = re.compile(
    r"\b(?:down|up)\s+(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|points?)?\s+)?(?:from\s+(?:[$€£]?\d[\d.,]*\s+(?:[\w'’-]+\s+){0,2}in\s+)?"
    r"(?:the\s+same\s+\w+\s+(?:of|in)\s+)?"
    # ("up 12% on the same period of 2025": the period compared with, named in full after "on" or "over")
    r"|(?:on|over)\s+the\s+same\s+\w+\s+(?:of|in|last)\s+)$", re.IGNORECASE)
# "the Sept. 19 military agreement", "the Aug. 25 joint statement": a document named after the day it was made,
# so it exists already.  When the year is left out and the resolver reads the day forward (into next year), that
# day is a guess and a wrong one (the example's agreement dates from 2018, not even from the latest 19 September),
# so an editor is better served by no event than by a planned one or a guessed past day.  Only documents: an
# event named by its day may still be to come ("ahead of the Oct. 30 summit", "the protests planned for Oct. 3").
_NAMED_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?(?:agreements?|accords?|declarations?|(?:joint\s+)?statements?|"
    r"communiqu[eé]s?|pacts?|treat(?:y|ies)|armistice|memorand(?:um|a)|consensus|resolutions?|"
    # ("will brief staff on the 2025 annual report on 24 March": the year the report covers)
    r"reports?|budgets?|reviews?|assessments?|surveys?)\b", re.IGNORECASE)


# A piece of writing a date word describes: "a year-end look", "our weekend roundup", "this week's recap"
# A heading over what a piece holds, its date cut out: "What to watch : ...", " : Kim's new path, a birthday card"
# (with a lead, or a newsletter's own span over a list: "This week: ..., ..."; not a schedule's "Monday: ministers
# meet" nor a chronology's "Feb. 27-28, 2019: Hanoi summit")
_CONTENTS_HEADING = re.compile(r"\s*(?P<lead>(?:What\s+to\s+(?:watch|know|expect)|Coming\s+up|Looking\s+ahead|In\s+this\s+"
                               r"issue|Inside|Also)\s*)?(?:for\s+|in\s+)?\s*:\s+(?P<items>[^.!?]{3,200})[.!?]?\s*")
_THIS_PIECES_SPAN = re.compile(r"(?:[Tt]his|[Nn]ext|[Ll]ast)\s+(?:week|month|weekend)|[Tt]oday|[Tt]onight", re.IGNORECASE)
_PIECE_BEFORE = re.compile(r"\b(?:a|an|our|this|the|their)\s+$", re.IGNORECASE)
_PIECE_AFTER = re.compile(r"(?:['’]s)?\s+(?:look|review|roundup|round-up|wrap|wrap-up|recap|retrospective|special|"
                          r"edition|issue|newsletter|briefing|digest)\b", re.IGNORECASE)


_MADE_AFTER = re.compile(_DOCUMENT_AFTER.pattern + r"\s+(?:was\s+|were\s+)?(?:signed|reached|agreed|concluded|struck|"
                         r"adopted|issued|brokered|made)\b", re.IGNORECASE)


# Between a set ("every Tuesday and Thursday") and the clock time of its days: "at", a comma, a range's first hour
# A label in capitals opening a line: "THURSDAY'S LAUNCH:", "NEXT WEEK:"
_CAPS_LABEL = re.compile(r"[ \t]*[A-Z][A-Z'’ ,&-]*[A-Z]\s*:")
# "It's 7 a.m. in Washington", "where it is very early on Tuesday": the time it is where someone is (but "It was 2
# a.m. when the missile flew" tells the happening's hour)
_TIME_TOLD = re.compile(r"\b[Ii]t(?:['’]s|\s+is)\s+(?:now\s+|already\s+|just\s+)?(?:(?:very|still)\s+)?"
                        r"(?:(?:early|late)\s+)?(?:on\s+|in\s+the\s+)?$")
_WHEN_AFTER = re.compile(r"[^.;:!?]*?\b(?:when|as|that|before|after)\b")
# A present that runs on up to the date: "which run through April", "lasts until Friday"
_RUNS_ON_UNTIL = re.compile(r"\b(?:runs?|lasts?|continues?|goes\s+on|is|are)\s+(?:(?:on|in\s+place)\s+)?(?:through|until|till)"
                            r"\s+$")
_OWN_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d\d-\d\d")
# ("every morning at 6 a.m." needs none: "every morning" is a set, whose hour set_ends already passes over)
_EVERY_WEEKDAY_BEFORE = re.compile(r"\b(?:(?:every|each)\s+(?:week)?day|weekdays|weeknights)\s+(?:at|from|between)\s+$",
                                   re.IGNORECASE)
_EVERY_DAY_AFTER = re.compile(r",?\s+(?:seven|six|five|[5-7])\s+days\s+a\s+week\b", re.IGNORECASE)
# (or a span of hours on the 24-hour clock: "daily 2300-0300 UTC")
_SET_TIME_BETWEEN = re.compile(r"[\s,]*(?:(?:morning|afternoon|evening|night)s?\s+)?(?:(?:at|from|between)\s+)?"
                               r"(?:(?:\d{1,2}(?:[:.]\d\d)?|[0-2]\d[0-5]\d)\s*(?:[–-]|to|and)\s*)?")
_LANDMARK_CLAUSE_AFTER = re.compile(r",\s+(?:(?:just|only|some|a\s+few|\w+)\s+)?(?:hours?|days?|weeks?|months?)\s+"
                                    r"(?:before|after)\s+")


def _has_verb_after(sentence: str, at: int) -> bool:
    """Whether a clause of its own follows ``at`` ("Trump arrived in Seoul"), not only a noun ("the summit")."""
    # (up to the clause's end, not a month's abbreviation: "On Oct. 22, it fired")
    return any(looks_like_verb(w) for w in re.findall(r"[a-z]+", re.split(r"[;:!?]|\.(?!\s*\d)", sentence[at:],
                                                                        maxsplit=1)[0]))


def _names_a_document(sentence: str, lo: int, hi: int) -> bool:
    """Whether the date sits between "the" and a document noun it names: "the Sept. 19 military agreement"."""
    return bool(_NAMED_BEFORE.search(sentence, max(0, lo - 25), lo) and _DOCUMENT_AFTER.match(sentence, hi))


# "The 15th Five-Year Plan, covering 2026 to 2030, ...", "a budget for the period 2026-2028": the stretch a plan,
# a budget or a report covers is its scope, not a happening.  Only a stretch (a range or more than one year) and
# only after a document noun: "talks spanning 2003 to 2009" ran over those years and stay an event.
_SCOPE_BEFORE = re.compile(
    r"\b(?:plans?|budgets?|reports?|programmes?|programs?|strateg(?:y|ies)|roadmaps?|blueprints?|outlines?|"
    r"frameworks?|guidelines|data|figures|statistics|surveys?|reviews?|projections?|forecasts?|estimates?|"
    r"documents?|agreements?|contracts?)\b[^.;:!?]{0,40}?\b(?:covering|spanning|cover(?:s|ed)|span(?:s|ned)|"
    r"for\s+the\s+(?:period|years)|over\s+the\s+period)\s+(?:the\s+(?:period|years)\s+)?(?:from\s+|of\s+)?$"
    # ("The budget for 2026–27 will be presented")
    r"|\b(?:budgets?|plans?|strateg(?:y|ies)|programmes?|programs?|forecasts?|projections?)\s+for\s+(?:fiscal\s+)?$",
    re.IGNORECASE)


_SCOPE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:plans?|budgets?|roadmaps?|blueprints?|programmes?|programs?|strateg(?:y|ies)|"
    r"outlooks?|projections?|forecasts?|guidelines)\b", re.IGNORECASE)


def _scope_of_a_document(sentence: str, lo: int, stretch: bool, hi: int = -1) -> bool:
    """Whether a stretch of years is what a document covers: "a plan covering 2026 to 2030", "the 2025-2030
    roadmap"."""
    if not stretch:
        return False
    return bool(_SCOPE_BEFORE.search(sentence, max(0, lo - 90), lo)) or (
        hi >= 0 and bool(_DETERMINER_BEFORE.search(sentence, max(0, lo - 12), lo)) and bool(
            _SCOPE_NOUN_AFTER.match(sentence, hi)))


# "a year-end plenary meeting", "the mid-year review": a period-edge word used as a modifier (after a determiner,
# before the noun it qualifies) only says which meeting; when the sentence dates that meeting otherwise ("later
# this month") it gives no event of its own.  "by year-end" (a deadline) and a sentence with no other date keep it.
_EDGE_MODIFIER = re.compile(r"(?:year|month|week)[-\s]?end|end[-\s]of[-\s](?:the[-\s])?year|mid[-\s]?year",
                            re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|that)|['’]s)\s+$", re.IGNORECASE)


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)




_RELEASED_AFTER = re.compile(r"\s+(?:(?:are|is|were|was)\s+(?:due|out|expected)|(?:are|is|were|was|will\s+be)\s+"
                             r"(?:released|published|issued|announced|due|expected|out))\b")


def _only_modifies(sentence: str, lo: int, hi: int) -> bool:
    """"a year-end plenary", "the State Department's 2023 Country Reports": the date names a thing (which the other
    date of the sentence dates)."""
    if FIGURES_AFTER.match(sentence, hi) and re.fullmatch(r"[A-Z][a-z]+\.?", sentence[lo:hi]):
        return True  # "releases November trade figures on Friday": the month names the figures
    if (FIGURES_FOR.search(sentence, max(0, lo - 24), lo) and re.fullmatch(r"[A-Z][a-z]+\.?", sentence[lo:hi])
            and _RELEASED_AFTER.match(sentence, hi)):
        # "the figures for April are due on June 20": the month the figures count (but what "the job figures for
        # January" did is January's)
        return True
    if not _DETERMINER_BEFORE.search(sentence, max(0, lo - 12), lo):
        return False
    if re.fullmatch(r"(?:FY\s*|[Ff]iscal\s+)?\d{4}", sentence[lo:hi]) and re.match(r"\s+[A-Z][a-z]+\s+[A-Z]",
                                                                                 sentence[hi:hi + 40]):
        return True  # a year before a title in capitals ("the FY2027 National Defense Authorization Act")
    return bool(_EDGE_MODIFIER.fullmatch(sentence, lo, hi) and re.match(r"\s+[a-z]", sentence[hi:hi + 2]))


_MARKED_BEFORE = re.compile(r"\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))"
                            r"\s+$", re.IGNORECASE)
# A day known by its name ("Victory Day", "the Lunar New Year holiday"), not a date written as one
_HOLIDAY = re.compile(r"(?:the\s+)?(?!(?:Last|Next|This|Early|Late|Mid)\b)[A-Z][a-z]+(?:['’]s)?(?:\s+[A-Z][a-z]+)*"
                      r"(?:\s+(?:holiday|holidays|festival|day))?")
# A briefer with nothing to give out, and the "now" it is said for
_NOTHING_TO_SAY = re.compile(r"\b(?:(?:have|has)\s+)?(?:nothing|no\s+(?:update|announcement|comment|information)s?)\s+"
                             r"(?:(?:to|that\s+I\s+can)\s+(?:announce|say|add|report|share|offer|release|give)|"
                             r"(?:on|about|for)\s+(?:that|this|it)\b)", re.IGNORECASE)
_NOW_WORDS = re.compile(r"today|at\s+(?:the|this)\s+(?:moment|time|point)|right\s+now|now|yet", re.IGNORECASE)
# A newsletter's notes on itself: "See you tomorrow.", "We're off next week", "the roundup returns Saturday", "The
# next Wrap lands next Friday; we publish every Friday"
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off|target\s+date)\b")
_PAST_A_BOUND = re.compile(r"\b(?:past|beyond|missed|missing|after|before|ahead\s+of|met|meet|meeting|ignored)\s+(?:the|its|their|a)\s+$",
                           re.IGNORECASE)
_EDITION_AFTER = re.compile(r"(?:['’]s)?\s+(?:edition|episode|issue)\s+of\b")
_HOUSE_NOTE = re.compile(r"\b(?:[Ss]ee\s+you|(?<![\w,] )Back\s+(?:next|tomorrow|on\s|again|in\s+a\b|after\b)"
                         r"|[Ww]e(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?:off|back|away|taking\s+a\s+break)"
                         r"|[Ww]e\s+(?:publish|return|resume)"
                         r"|(?:[Tt]he|[Tt]his|[Oo]ur|[Tt]he\s+next)\s+(?:roundup|round-up|newsletter|brief|briefing|wrap|Wrap|"
                         r"edition|digest|issue|note|column|bulletin)\s+(?:returns|lands|resumes|will\s+return|is\s+back|"
                         r"comes\s+out|will\s+be\s+back|arrives|goes\s+out))\b")
# A picture a change is measured against: "Since the previous image on ", "Compared with imagery from "
_PICTURE_BASELINE = re.compile(r"\b(?:[Ss]ince|[Cc]ompared\s+(?:with|to)|[Cc]ompare\s+(?:it\s+)?with|[Uu]nlike|[Rr]elative\s+to)\s+"
                               r"(?:the\s+|an?\s+)?(?:(?:previous|earlier|prior|last|latest|satellite|commercial)\s+)*"
                               r"(?:image|imagery|photo|photograph|picture)s?\s+(?:(?:taken|acquired|collected|captured)\s+)?"
                               r"(?:on|from|of|dated)\s+$")
# "Compare with the May 23 image": the date names the picture pointed to
_UNDATED_RELEASED = re.compile(r"\bundated\s+(?P<what>photo|image|picture|video|footage|handout)s?\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:released|distributed|provided|published|issued|carried|posted)\s+"
                               r"(?:by\s+(?P<by>[^,.;]{1,60}?)\s+)?(?:on\s+)?$", re.IGNORECASE)
_RELEASED_BY = re.compile(r"(?:,?\s+[^,.;]{0,20}?\d{4})?,?\s+by\s+(?P<by>(?:the\s+)?[A-Z][^,.;()]{1,60}?)\s*(?:[,.;(]|$)")
_PICTURE_POINTER = re.compile(r"\s+(?:image|imagery|photo|picture)s?\s+(?:in|at)\s+(?:Figure|Fig\.|Image)\s*\d")
# A page's own account of an untruth: a correction's "An earlier version of this story said ...", a fact-check's
# "Claim: ..."
_UNTRUE_BY_ITS_OWN_ACCOUNT = re.compile(r"\s*(?:(?:An|A\s+previous)\s+(?:earlier\s+)?version\s+of\s+this\s+"
                                        r"(?:story|article|report|piece|column)\b|(?:The\s+)?Claim\s*:)")
# A sentence that only turns the story to a time, its date cut: "Then came the summer of 1994.", "To understand how
# the parties got here, go back to October 2002."
_TURN_OF_THE_STORY = re.compile(r"\s*(?:(?:And\s+)?(?:Then|then)\s+)?(?:came|comes|arrived)\s+(?:the\s+)?\s*[.!]?\s*"
                                r"|(?:[^.!?]*,\s*)?(?:[Gg]o|[Ll]et['’]s\s+go|[Rr]ewind|[Ff]ast[-\s]forward|[Tt]urn)\s+"
                                r"(?:back\s+|forward\s+)?to\s+[.!]?\s*")
# A clause that only tells how something stands, after its "Today" is cut: a subject, then a present "is" or
# "remains" with no participle or plan after it ("the menus remain in a drawer"; not "is expected to", "is sending")
_STATE_NOW = re.compile(r"\s*,?\s*(?:[A-Z][\w'’-]*|the|a|an)(?:\s+[\w'’.-]+){0,6}?\s+(?:is|are|remains?|stays?)\s+"
                        r"(?:still\s+|now\s+|largely\s+|mostly\s+)?(?!(?:\w+ing|\w+ed|expected|set|due|scheduled|about|"
                        r"going|to|being|planned|known|shown|seen|taken|given|held|made)\b)(?!(?:in|at|on|to)\s+[A-Z])"
                        # (not "Today, Kim is in Beijing": where someone has gone is a visit)
                        r"[^,;:\"“”]*[.!]?\s*")
# A question whose subject is its wh-word and whose verb says only that something went on, with its date cut out
_EMPTY_QUESTION = re.compile(r"\s*(?:(?:Q|QUESTION|Question)\s*[:.]\s*)?(?:(?:What|Who)\s+(?:(?:has|had|will)\s+)?(?:happened|happens|happen|changed|changes|"
                            r"change|went\s+on|is\s+happening|was\s+happening|comes\s+next)"
                            # (an interviewer's "Where were you on that Thursday?", "Do you remember that day?")
                            r"|(?:[A-Za-z’'.,]+\s+){0,6}?(?:Where|What)\s+(?:were|was)\s+(?:you|they|he|she)(?:\s+doing)?"
                            r"|(?:[A-Za-z’'.,]+\s+){0,6}?(?:Do|Does|Did)\s+(?:you|they|he|she)\s+(?:still\s+)?(?:remember|recall))"
                            r"\s+(?:(?:in|on|at|during|over|since|so\s+far)\s+)?\?\s*")


def _has_happening(sentence: str, lo: int, hi: int) -> bool:
    """Whether the sentence, without its date, names something that happens: a category keyword, an
    event noun, or a word that looks like a verb other than a copula ("is", "seems").  Without a tagger
    this is generous on purpose: it only marks down sentences that plainly describe a state."""
    rest = sentence[:lo] + " " + sentence[hi:]
    if _has_category_word(rest):
        return True
    words = re.findall(r"[a-z]+", rest.lower())
    if any(w in EVENT_NOUNS or (w in PAST and w not in _COPULAS) for w in words):
        return True
    return bool(_VERBISH.search(rest))


def _join_undated(text, sents, events, by_sentence, mentions, limit) -> None:
    """An undated sentence right after a dated one belongs to its events: it widens their sentence span
    and adds its actors, but never gets a date of its own.  Within a paragraph any such sentence joins;
    across a paragraph break only one that visibly continues the story ("Speaking before ...", "He ...")."""
    for si in sorted(by_sentence):
        j = si + 1
        while j < len(sents) and j - si <= limit and j not in by_sentence:
            if sents[j][2] != sents[j - 1][2] and (not _CONTINUES.match(text, sents[j][0])
                                                   or _OPENS_ON_A_POSSESSIVE.match(text, sents[j][0])
                                                   or _OPENS_ON_A_PARTICIPLE.match(text, sents[j][0])):
                # (a new paragraph on "His first 100 days ..." is a new topic, not more of the happening, and so is
                # one where someone else speaks: "Speaking before the vote, the Russian representative said ...")
                break
            if _COMMENTARY.match(text, sents[j][0]):
                break  # "Analysts said the Hwasong-17 could be tested again": a comment, no part of the citation
            j += 1
        if j == si + 1:
            continue
        new_end = sents[j - 1][1]
        # only a sentence that visibly goes on about the happening ("He ...", "The talks ...") adds its actors: "Kim
        # Jong Il ruled the North" after "Carter visited Pyongyang in June 1994" makes Kim Jong Il no visitor
        # (nor one opening on a participle, whose subject is often someone else: "Speaking before the vote, the Russian
        # representative said ...")
        going_on = [sents[x] for x in range(si + 1, j) if _CONTINUES.match(text, sents[x][0])
                    and not _COMMENTS_NOW.match(text, sents[x][0]) and not _OPENS_ON_A_PARTICIPLE.match(text, sents[x][0])]
        # (the side a partner stands "against" in such a sentence is no actor of the happening: "presenting it as
        # evidence that North Korea has partners willing to stand with it against U.S. pressure")
        kept = [m for m in mentions if not (ends_on_a_word(text, max(0, m.start - 12), m.start, ("against", "the"))
                                            and _OPPOSED_BEFORE.search(text, max(0, m.start - 12), m.start))]
        for k in by_sentence[si]:
            ev = events[k]
            extra = tuple(a for s0, s1, _p in going_on for a in _actors_in(kept, s0, s1, (ev.date_start, ev.date_end)))
            actors = tuple(dict.fromkeys(ev.actors + extra))
            events[k] = replace(ev, end=new_end, sentence=text[ev.start:new_end], actors=actors)


# "She has said she is willing to meet Kim" after "Takaichi took office on Oct. 21": what the subject says or is now,
# not more of the happening; its actors are not the happening's
_COMMENTS_NOW = re.compile(r"(?:He|She|They)\s+(?:has|have|is|are|says|say|will|remains|can|may|wants|hopes)\b"
                           # ("The visit comes years after diplomacy between North Korea and the United States ran
                           # aground": a comment on the happening, in the present)
                           r"|The\s+(?:speech|move|statement|meeting|talks|summit|visit)\s+(?:comes|come|marks|mark|"
                           r"follows|follow)\b")
_OPPOSED_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?$")
_OPENS_ON_A_POSSESSIVE = re.compile(r"(?:His|Her|Their|Its)\s")
_OPENS_ON_A_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^.;:!?]{0,80}?,\s+(?:the|a|an)\s")
# What onlookers make of it: "Analysts said ...", "Experts say ...", "Critics warned ..."
_COMMENTARY = re.compile(r"(?:Analysts|Experts|Critics|Observers|Some\s+analysts|Many\s+analysts)\s+(?:said|say|says|"
                         r"warned|warn|noted|note|believe|believed|expect|expected|predicted|predict)\b")
_CONTINUES = re.compile(r"(?!(?:During|Nothing|Something|Everything|Anything|Beijing|Spring|King|Morning|Evening|Sterling|"
                        r"Wyoming|Reading|Building|Meeting|Wedding|Bring|Thing)\b)[A-Z][a-z]+ing\b"
                        # (a participle's clause, closed by a comma: "Speaking to reporters, he ..."; not a gerund or a
                        # noun as the subject, "Shipping rates have eased since mid-March")
                        r"(?=\s+(?:to|at|on|in|before|after|from|with|about|for|during|the|a|an|his|her|their|its|"
                        r"this|that|reporters|journalists|lawmakers)\b[^.;:!?\n]{0,80}?,)|(?:He|She|They|It|His|Her|Their|Its|The\s+(?:speech|move|statement|meeting|"
                        r"talks|summit|visit)"
                        r"|At\s+the\s+same\s+time|At\s+that\s+time|Then|There|Also|In\s+addition|Moreover"
                        # "Under that agreement, North Korea accepted ...": what the dated deal settled
                        r"|(?:Under|In)\s+(?:that|the|this)\s+(?:agreement|deal|accord|arrangement|statement))\b")


# Where a conjunct with a date of its own begins: ", and in August Trump warned", "; this week's actions"
_CONJUNCT_BEFORE_DATE = re.compile(r"(?:,\s*(?:and|but|while|whereas)\s+|;\s*(?:and\s+|but\s+)?)(?:then\s+|later\s+)?"
                                   r"(?:(?:in|on|by|during|at|from|since)\s+)?(?:the\s+)?$", re.IGNORECASE)


# a subject that brings in someone not yet spoken of: "eleven countries", "a group of states", "several envoys"
_NEW_SUBJECT = re.compile(r"(?:a|an|some|several|many|one|" + _NUMBER_WORDS + r")\s+[a-z]", re.IGNORECASE)
_OPENS_CONJUNCT = re.compile(r"[,;]?\s*(?:(?:and|but|while|whereas|whereupon)\s+|(?:after|following|since|before)\s+"
                             r"which\s+)?(?:then\s+|later\s+)?", re.IGNORECASE)


def _someone_new(sentence: str, own: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a later conjunct's subject is someone not spoken of before ("..., after which eleven countries set
    up a team"), unlike a pronoun or a description that points back ("and on Oct. 12 the two governments ...")."""
    at = _OPENS_CONJUNCT.match(sentence, own[0]).end()
    for s, e in spans:  # past a date opening the conjunct: ", and in 2019 eleven countries ..."
        if 0 <= s - at <= 8 and re.fullmatch(r"(?:(?:in|on|by|during|at|from|since)\s+)?(?:the\s+)?",
                                             sentence[at:s], re.IGNORECASE):
            at = re.match(r",?\s*", sentence[e:]).end() + e
    return _NEW_SUBJECT.match(sentence, at) is not None


def _names_its_subject(sentence: str, own: tuple[int, int], hi: int, mentions: Sequence[Mention], s_start: int) -> bool:
    """Whether an actor is named in the conjunct ``own`` before its first verb after the date (its subject)."""
    verb = next((own[0] + m.start() for m in re.finditer(r"[a-z]+", sentence[own[0]:own[1]])
                 if own[0] + m.start() >= hi and looks_like_verb(m.group())), own[1])
    return any(s_start + own[0] <= m.start and m.end <= s_start + verb for m in mentions)


# a conjunct that tells a thing's end: ", and the current mandate expires on April 30" (nobody's act)
_A_THING_ENDS = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:his|her|its|their|the)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+"
                           r"(?:will\s+)?(?:expires?|ends?|runs?\s+out|lapses?|takes?\s+effect)\b")
# (only someone introduced by a relation or a post: "his son Kim Jong Un", "the new leader Kim Jong Un")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:his|her|its|their|the)\s+(?:[a-z]+\s+){1,2}"
                         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:was|were|is|are|had|has|[a-z]{3,}ed)\b)")


def own_conjunct(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of the sentence that is the date's own conjunct, when another date opens a conjunct of its own
    (", and in August Trump warned ...", "; this week's actions ..."); the whole sentence otherwise."""
    a, b = 0, len(sentence)
    for s, e in spans:
        if e <= lo or s >= hi:
            m = _CONJUNCT_BEFORE_DATE.search(sentence, max(0, s - 40), s)
            if m is None:
                continue
            if s >= hi:
                b = min(b, m.start())
            elif m.start() >= a:
                a = m.end()
    # a date opening its own conjunct after another date ("..., and in April Kim and Moon signed ...") starts it at
    # the conjunction
    if (m := _CONJUNCT_BEFORE_DATE.search(sentence, max(0, lo - 40), lo)) is not None and any(
            e <= m.start() for s, e in spans):
        a = max(a, m.start())
    # a clause that goes on from the happening before ("vetoed ... in March 2024, after which eleven countries set
    # up a team in October 2024"): each date keeps to its side of it
    if (before := [e for s, e in spans if e <= lo]) and (opens := list(_GOES_ON.finditer(sentence, max(before), lo))):
        a = max(a, opens[-1].start())
    if (after := [s for s, e in spans if s >= hi]) and (m := _GOES_ON.search(sentence, hi, min(after))):
        b = min(b, m.start())
    # a new clause with a subject of its own named ("Kim Jong Il died on Dec. 17, 2011, and his son Kim Jong Un was
    # named supreme commander on Dec. 30")
    if before and (opens := list(_NEW_CLAUSE.finditer(sentence, max(before), lo))):
        a = max(a, opens[-1].start())
    if after and (m := _NEW_CLAUSE.search(sentence, hi, min(after))):
        b = min(b, m.start())
    # a semicolon between two dated clauses ("was held in December 2008; the North quit the process the following
    # April")
    if before and (semi := sentence.rfind(";", max(before), lo)) >= 0:
        a = max(a, semi)
    if after and (semi := sentence.find(";", hi, min(after))) >= 0:
        b = min(b, semi)
    return (a, b) if a <= lo and hi <= b else (0, len(sentence))


_GOES_ON = re.compile(r",\s*(?:(?:after|following|since|before)\s+which|whereupon)\s+", re.IGNORECASE)


def _outside_who_asides(actors: tuple[str, ...], mentions: Sequence[Mention], sentence: str, s_start: int, lo: int,
                        hi: int, when: tuple[dt.date, dt.date],
                        spans: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The actors less those named only inside a ", who ...," aside on someone else, when the date lies outside it:
    "Moon Chung-in, who advised Moon Jae-in on North Korea, said on Tuesday ..." is no act of Moon Jae-in's; nor
    those only in a closing ", which ..." clause with a date of its own: "the first two tests, in October 2006 and
    May 2009, predate Kim Jong Un's rule, which began when he succeeded his father, Kim Jong Il, in December 2011"."""
    found = [m.span() for m in _WHO_ASIDE.finditer(sentence)]
    found += [m.span() for m in _WHICH_TO_THE_END.finditer(sentence)
              if any(m.start() <= a and b <= m.end() for a, b in spans)]
    asides = [(a + s_start, b + s_start) for a, b in found if not (a <= lo < b)]
    if not asides:
        return actors
    named_outside = {name for name in (
        m.at(*when) for m in mentions if s_start <= m.start < s_start + len(sentence)
        and not any(a <= m.start < b for a, b in asides)) if name}
    return tuple(a for a in actors if a in named_outside)


# A reporting verb, and the clause it reports up to a date in it: "X said [that] ...", "Y told reporters [that] ..."
_REPORTED = re.compile(r"\b(?:said|says|noted|notes|added|stated|claimed|argued|warned|told\s+(?:reporters|lawmakers|"
                       r"members|the\s+\w+|\w+))\s+(?:that\s+)?(?!(?:he|she|they|it|we|I|his|her|their|its|our)\b)"
                       r"(?=[^,;:\"“”]*$)")


_REPORTING_VERB = re.compile(r"\b(?:said|says|noted|notes|added|stated|claimed|argued|warned|told)\b")


def _reported_from(sentence: str, lo: int) -> int | None:
    """Where the clause a reporting verb reports begins, when the date at ``lo`` is inside it and it has a subject of
    its own (not "he", "they": the speaker speaking of themselves); else None."""
    found = None
    for m in _REPORTED.finditer(sentence, 0, lo):
        found = m
    if found is None or found.end() == lo or re.match(r"\s*(?:on|in|at|last|this|early|late)\b", sentence[found.end():lo]):
        return None  # ("said on Monday that ...": the date is the saying's)
    return found.end()


def _actors_in(mentions: Sequence[Mention], start: int, end: int,
               when: tuple[dt.date, dt.date] | None = None) -> tuple[str, ...]:
    """The actors named between start and end; ``mentions`` are in text order.  Given the event's dates, a
    surname or shared title goes to the person alive (in office) then, and is left out if nobody was."""
    i = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    names = []
    for m in mentions[i:]:
        if m.start >= end:
            break
        if m.end <= end and (name := m.at(*when) if when else m.name):
            names.append(name)
    return tuple(dict.fromkeys(names))


def _sentence_index(sents, pos: int) -> int | None:
    i = bisect.bisect_right(sents, (pos, float("inf"), 0)) - 1
    if i >= 0 and sents[i][0] <= pos < sents[i][1]:
        return i
    return None


# Too short a stretch to be characterised ("2017 was the most dangerous year") or counted over ("a dozen missiles this
# year"): "more than 10,000 won last week" is a price paid then.
_A_FEW_DAYS = ("day", "week")
_PRECISION_ORDER = ["day", "week", "month", "season", "quarter", "half", "year", "decade"]


def _coarser(a: str, b: str) -> str:
    return max(a, b, key=_PRECISION_ORDER.index)
