"""An event's title: a short clause from its sentence about the happening, without the date phrase, read from a
plain copy of the sentence (entities, tags, Markdown links, URLs and photo credits left out) and given back the
subject a comma split off."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar

from .context import BARE_AS_PAST, PAST_VERB_RE, PRESENT, SCHEDULED_PRESENT, looks_like_verb
from .furniture import caption_furniture, opening_dateline, table_cells
from .lexicon import (
    BARE_CLOCK_RE,
    CITATION_RE,
    DEAL_DATED_RE,
    EVENT_NOUNS,
    FIGURES_FOR,
    HONOURS_RE,
    IRREGULAR_PARTICIPLES,
    LOCAL_CLOCK_RE,
    MONTH_RE,
    NO_PASSIVE,
    NOT_THEN_RE,
    NUMBER_WORD_RE,
    PARTICIPLE_ON_AN_OBJECT,
    PARTICIPLE_RE,
    WEEKDAY_RE,
    ends_on_a_word,
    period_is_abbreviation,
)
from .modality import (
    CONTACT_RELATIVE,
    DONE_AFTER_A_NEGATION,
    PROVIDED_CONDITION,
    QUOTED,
    clause_around,
    counterfactual,
)
from .normalise import ENTITY, entity_char

_LEAD_PREP = (r"(?:\s*\b(?<![-'’])(?:(?<!sworn\s)(?<!pencilled\s)(?<!penciled\s)in"  # (not "sworn in on June 4")
              r"|into|on|at|since|during|by|from|until|till|through|throughout|"
              r"(?<!walked\s)(?<!ran\s)(?<!swam\s)(?<!came\s)(?<!went\s)(?<!got\s)across|of|between|before|after|"
              r"for|and|to|around|over(?!\s+(?:in|on|at|during|by)\b)|sometime|some\s+time"  # ("handed over in 2004")
              r"|ahead\s+of|prior\s+to|in\s+advance\s+of|following"
              # ("began late on July 27"; but "ended early on Thursday" ended before its time)
              # ("Late Monday, the ministry said", "Earlier Tuesday, state media carried": the day's part too)
              # (right before the date, the search ends there: "$")
              r"|(?<!ended\s)(?<!ends\s)(?<!left\s)(?<!closed\s)(?<!finished\s)(?:early|late)(?=\s+(?:on|in)\b|\s*$)"
              r"|(?:Earlier|Later)(?=\s+(?:on|in)\b|\s*$)"  # ("Later on Friday, the president left": all of it the date's)
              r"|as\s+(?:early|late|soon|recently)\s+as|no\s+(?:later|earlier)\s+than|as\s+of|only|just|even"
              r"|(?:in|on)\s+or\s+(?:about|before|after)|at\s+least|beginning|starting|commencing|continuing|"
              rf"(?={NOT_THEN_RE}\b)not"
              r"|(?:the\s+)?(?:end|start|beginning|close|middle|(?<=the\s)whole|(?<=the\s)rest|(?<=the\s)remainder)\s+of(?:\s+the)?"
              r"|(?:much|most|all|part)\s+of"  # ("for much of last year", "spent the whole of the fall of 2018")
              r"|the\s+(?:(?:early|late|small)\s+)?(?:mornings?|afternoons?|evenings?|nights?|hours)\s+of"
              # ("Records dated 10/09/2006 show ...": nothing left to date them by; but "the suit was filed in 2020" is
              # what happened)
              r"|(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!\bbe\s)(?<!\bhe\s)(?<!she\s)(?<!they\s)"
              r"(?<!\bwe\s)filed|dated|stamped)\s*)*")


# What a date after "since" makes true: "for the first time since" (an apposition, "the talks, the first since 2019,"
# goes whole)
_FIRST_SINCE_DATE = re.compile(r"\bfirst\s+time\s+since\s+(?:the\s+)?$", re.IGNORECASE)


_DANGLING_RELATIVE = re.compile(r"\s+(?:that|which)\s+[a-z]{3,}ed$")
# A name and an aside on who they are, all a title was left with; and the verb the sentence goes on to after the aside
_NAME_AND_APPOSITION = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?P<aside>(?:an?|the)\s+[^,;:]+)")
_VERB_AFTER_APPOSITION = re.compile(r",\s+(?P<vp>(?:is|was|were|are|has|have|had)\s+[^,;:.]+)")
# An appositive noun phrase on what was said before, pointing at another thing: "a reference to Japan's colonial rule"
_APPOSITIVE_ON = re.compile(r"(?:a|an)\s+(?:reference|nod|allusion|apparent\s+reference|response)\s+to\s+(?P<np>[^,]+)")
# A noun phrase closing a sentence, and the participle of its plan before the date: "the 2027 party plenum, expected in"
_PLANNED_AT_THE_END = re.compile(r"(?:^|[,:;]\s+|\band\s+|\bbrings\s+)(?P<np>(?:the|a|an|its|their)\s+[^,;:]{1,60}?),\s+"
                                 r"(?P<part>expected|scheduled|due|set|planned|slated)\s+(?:in|on|for|at|by)\s+$")
# A noun phrase and a subject relative clause on it, all a title was left with: "Floods that destroyed crops"
_NOUN_THAT_DID = re.compile(r"(?P<np>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:that|which)\s+(?P<vp>[a-z]{3,}ed\b.*)")
# A noun phrase and where it was, all a title was left with; and the verb after that place's closing comma
_NOUN_AND_PLACE = re.compile(r"(?P<np>(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+[^,;:]{2,60}?),\s+"
                             r"(?P<place>(?:in|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
_VERB_AFTER_PLACE = re.compile(r",\s+(?P<vp>(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)\s+[^,;:.]+)")
# A noun phrase left with an aside that only describes it, with no verb of its own: "the Hanoi summit, drawn from ..."
_PARTICIPLE_ASIDE_LEFT = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,8}?),\s+"
                                    r"(?:[a-z]+ed|drawn|written|given|taken|seen|shown|known)\s+"
                                    r"(?:from|by|with|as|in|on|at)\b[^,;:]*")


_LEADING_STAMP = re.compile(r"\d{1,2}(?::\d\d)?\s*[ap]\.m\.?\s+", re.IGNORECASE)


_RESTATING_END = re.compile(r",?\s+(?:that\s+is(?:\s+to\s+say)?|i\.e\.?|namely)$", re.IGNORECASE)


def title(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    """A short clause from the sentence about the happening, without the date phrase itself, in plain text (no
    entities, tags, Markdown links, URLs or photo credits)."""
    token = _BESIDE_THE_DATE.set((sentence, lo, hi))
    _WITHOUT_DATES_DONE.clear()
    try:
        found = _title_of(sentence, lo, hi, spans)
    finally:
        _BESIDE_THE_DATE.reset(token)
    # "will begin their drills, held [every August], on the 21st": an aside left with only its participle goes
    # (not an adjective, "closed at $18.375, unchanged", nor the verb after a subject's aside, "Her husband, Shigeru,
    # died")
    if re.match(r"['’]s\s", found):
        found = "That" + found  # "and that's where it ended in December": the "that" a clause cut took with it
    if _BARE_PREDICATE.match(found) and (subject := _subject_of(sentence[:lo])) and subject[:1].isupper() \
            and subject.split()[0] not in ("It", "They", "He", "She", "We", "I", "This", "That"):
        # "Williams shares, which were to be delisted ... yesterday, closed at $23.25": the subject a clause cut
        # away from the verb left opening the title
        found = f"{subject} {found[:1].lower()}{found[1:]}"
    if (restated := _WEEKDAY_RESTATED.match(found)) is not None:
        # "On the fourth day, a Saturday, the streets were swept clean": the weekday told the day again
        found = found[restated.end()].upper() + found[restated.end() + 1:]
    if (joined := re.match(r"(?:And|But)\s+(?=[a-z])", found)) is not None and _has_verb(found[joined.end():]):
        # "Kim died on July 8, and the talks, which had resumed a day earlier, ...": the second clause's title
        # opens on its subject, not on the conjunction that joined it to the first
        found = found[joined.end()].upper() + found[joined.end() + 1:]
    hanging = _HANGING_PARTICIPLE.search(found)
    if (hanging is not None and looks_like_verb(hanging["part"]) and not hanging["part"].startswith("un")
            and _has_verb(found[:hanging.start()])):
        found = found[:hanging.start()]
    # "..., effective after 45 days, that is[, no earlier than August 11]": the restating words the date followed
    return _RESTATING_END.sub("", found)


# A title left opening on its verb, and a weekday in apposition left opening it
_BARE_PREDICATE = re.compile(r"(?:Was|Were|Is|Are|Has|Have|Had)\s+[a-z]")
_WEEKDAY_RESTATED = re.compile(r"An?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?=\w)")
_HANGING_PARTICIPLE = re.compile(r",\s+(?P<part>[a-z]+)$")

# The happening a possessive date owns, told inside the sentence: "Your report on [Wednesday]'s launch of the
# Hwasong-15 left out ...", "Analysts studied [Monday]'s meeting between the two leaders closely"
_OWNED = re.compile(r"['’]s\s+(?P<head>[a-z][\w-]*)\s+(?P<prep>of|between|in|at|by|with|from|near|on)\s+"
                    r"(?P<rest>(?:[^,;:.()\"“”!?]|(?<=[A-Z])\.)+)")
# A happening remembered, then its date: "The North marks the founding of the state 71 years ago"
_REMEMBERED_THING = re.compile(r"\b(?:marks|marked|mark|celebrates|celebrated|celebrate|commemorates|commemorated|"
                               r"commemorate|remembers|remembered|remember|honou?rs|honou?red|mourns|mourned|observes|"
                               r"observed)\s+(?P<np>the\s+(?P<head>[a-z][\w-]*)(?:\s+(?:of|in|at|on|by)\s+"
                               r"(?:the\s+|its\s+|a\s+)?"
                               r"[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*)?)\s+(?:in\s+|on\s+)?$")
# what a country marks on a day of its own: the day's occasion, not a happening of the year it recalls
_OCCASIONS = frozenset("anniversary day birthday centenary centennial holiday occasion date".split())


def _happening_remembered(sentence: str, lo: int, hi: int) -> str | None:
    """"The founding of the state" for a year long past that dates what a sentence marks or remembers ("The North
    marks the founding of the state 71 years ago"): the marking is now, the founding then (a weekday dates the
    marking: "marked the founding of the party on Monday")."""
    if not _LONG_PAST.search(sentence, lo, hi):
        return None
    remembered = _REMEMBERED_THING.search(sentence, max(0, lo - 90), lo)
    if remembered is None or remembered["head"] in _OCCASIONS:
        return None
    np = remembered["np"]
    return np[:1].upper() + np[1:]


_LONG_PAST = re.compile(r"\b(?:1[0-9]\d\d|20\d\d)\b|\bago\b|\d0s\b|\bcentury\b")


# Things a day owns that are no happenings: "today's editions of the Journal", "Friday's focus on top-tier stocks"
_NOT_HAPPENINGS = frozenset("edition editions issue issues paper papers newspaper newspapers page pages column focus "
                            "close trading session programme program broadcast front".split())
# Words that end what the day's happening is of ("daily" is a paper, not "-ly" manner)
_OWNED_NOUNS_IN_LY = frozenset("daily weekly monthly quarterly yearly family assembly rally ally italy july "
                               "supply".split())
_OWNED_STOPS = frozenset("that which who whom whose when where while and but or after before because as than to for "
                         "is are was were will would has have had can could may might must should".split())


def _happening_the_date_owns(sentence: str, lo: int, hi: int) -> str | None:
    """"The launch of the Hwasong-15" for a day that owns it ("Wednesday's launch of the Hwasong-15") inside the
    sentence, not opening it (there the sentence's verb is what the day holds: "Monday's meeting ended without a
    deal"); the thing and what it is of or between, as the day's happening, whatever the sentence says of it."""
    if not sentence[:lo].strip() or re.fullmatch(r"\s*(?:On|By|After|Since|Before|In)\s+", sentence[:lo]):
        return None
    owned = _OWNED.match(sentence, hi)
    if owned is None or looks_like_verb(owned["head"]) or owned["head"] in _NOT_HAPPENINGS:
        return None
    words = []
    rest = owned["rest"].split()
    for k, word in enumerate(rest):
        bare = word.lower()
        # ("between Trump and Kim", "of Seoul and Tokyo": two things the happening is of, not a clause after it)
        joins = bare == "and" and (owned["prep"] == "between" or rest[k + 1:k + 2] and rest[k + 1][:1].isupper())
        manner = bare.endswith("ly") and bare not in _OWNED_NOUNS_IN_LY
        if (bare in _OWNED_STOPS and not joins) or looks_like_verb(bare) or manner or len(words) == 6:
            break
        words.append(word)
    # (what it is of must be told whole: "the explosion at an Alabama" ended before its noun is no title)
    if not words or words[-1].lower() in _SMALL or words[-1][:1].isdigit() or words[-1].endswith(("-", "ed")):
        return None
    after = rest[len(words)].lower() if len(words) < len(rest) else ""
    if after and after not in _OWNED_STOPS and not looks_like_verb(after) and not (
            after.endswith("ly") and after not in _OWNED_NOUNS_IN_LY):
        return None  # six words and more to come: a phrase too long to be sure of where it ends
    return f"The {owned['head']} {owned['prep']} {' '.join(words)}"


def _words_beside(sentence: str, lo: int, hi: int) -> tuple[str, ...]:
    """The content words nearest the date on either side: "meet Japan's new prime minister, Sanae Takaichi, on
    Tuesday" gives "Takaichi"; a title too long must not be cut short of them (see _whole_before_a_clause)."""
    before = [w for w in re.findall(r"[A-Za-z][\w'’-]+", sentence[max(0, lo - 60):lo]) if w.lower() not in _SMALL]
    # (the word right after it only: "in April next year when the alliance celebrates": "alliance" is the clause's)
    after = [w for w in re.findall(r"^\s+([A-Za-z][\w'’-]+)", sentence[hi:hi + 60]) if w.lower() not in _SMALL]
    return tuple(before[-1:] + after)


_SMALL = frozenset("the a an of on in at by to for from and or but with its his her their this that last next "
                   "early late mid until since during after before when while because if unless though although "
                   "which who whom whose amid".split())
# The sentence and date of the title being made, for shorten (which sees only the clause, not the sentence): the
# words beside the date are read from it only for a title too long (_words_beside)
_BESIDE_THE_DATE: ContextVar[tuple[str, int, int] | None] = ContextVar("beside_the_date", default=None)


def _title_of(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    spans = _merged(sentence, [*spans, (lo, hi)])
    # "will visit in the spring for the first time since June 2019": without its date the "first" would be false, and
    # the date is another happening's, so it stays in the title
    spans = [(s, e) for s, e in spans
             if not (e <= lo or s >= hi) or not _FIRST_SINCE_DATE.search(sentence, max(0, s - 40), s)]
    plain = _plain_for_title(sentence, lo, hi, spans)
    if "[" in plain:  # (a footnote's mark splits no clause: "in February 2019,[1] North Korea has ...")
        plain = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), plain)
    if (opened := _OPEN_QUOTE.match(plain)) is not None and len(re.findall(r"[\"“”]", plain)) % 2:
        # a speech quoted over several paragraphs opens each on a quotation mark it does not close: no part of a clause
        plain = plain[:opened.start(1)] + " " + plain[opened.end(1):]
    if ends_on_a_word(sentence, max(0, lo - 90), lo, ("in", "on", "for", "at", "by")) and (
            planned := _PLANNED_AT_THE_END.search(sentence, max(0, lo - 90), lo)) is not None and re.fullmatch(
            r"[\s.\"”]*", sentence[hi:]) and not _has_verb(planned["np"]):
        # "..., and the 2027 party plenum, expected in late December.": a plan named last in a list, with its date
        np = planned["np"]
        return shorten(f"{np[:1].upper()}{np[1:]} {'are' if _names_several(np) else 'is'} {planned['part']}")
    if plain.strip(" " + _FILLER):
        found = _title(plain, lo, hi, spans).replace(_FILLER, "")
    else:
        found = _title(sentence, lo, hi, spans)
    if (said := _ATTRIBUTION_CLOSES.search(found)) is not None and len(found[:said.start()].split()) >= 2 and (
            _has_verb(found[:said.start()]) or found[:said.start()].split()[-1] in SCHEDULED_PRESENT):
        found = found[:said.start()]  # "The Winter Olympics open, South Korea's sports ministry said": who told it
    if (frame := _SPEAKER_FRAME.match(found)) is not None:
        found = found[frame.end()].upper() + found[frame.end() + 1:]
    if (rel := _RELATIVE_OPENING.match(found)) is not None:
        # "..., where a ceremony was held on Aug. 1": the clause is the happening, the "where" only joined it on
        found = found[rel.end()].upper() + found[rel.end() + 1:]
    elif (sub := _SUBORDINATE_ALONE.fullmatch(found)) is not None and _has_verb(sub["rest"]):
        # "..., after floods in July and August damaged crops, ...", "as their family fled south": the clause alone
        # is the happening its date tells of; the word that joined it on says nothing of it
        found = sub["rest"][:1].upper() + sub["rest"][1:]
    if "who" in found and (described := _DESCRIBED_WHO.fullmatch(found)) is not None:  # (cheap test first)
        # "the death of Otto Warmbier, a student who was detained in Pyongyang in January 2016": the one described did
        # it, by name when the sentence gives it just before
        np = described["np"]
        named = described["name"] or (m["name"] if (m := re.search(
            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+" + re.escape(np[:1].lower() + np[1:]),
            sentence)) else "")
        found = f"{named or np[:1].upper() + np[1:]} {described['rest']}"
    if (re.fullmatch(r"(?:the\s+)?(?:same|very)\s+(?:day|week|month)", sentence[lo:hi], re.IGNORECASE)
            and _WEAK_MAIN.fullmatch(sentence, 0, lo) and (same := _SAME_AS_WHEN.match(sentence, hi)) is not None
            and _has_verb(same["c"])):
        # "The launch came on the same day that the defense chiefs met at the Pentagon": what else happened that day
        told = same["c"].strip(" ,")
        found = told[:1].upper() + told[1:]
    if _IT_WAS_THEN.fullmatch(sentence, 0, lo) and (rest := _SCENE_THEN.match(sentence, hi)) is not None and _has_verb(
            told := _without_dates(sentence, rest.start("c"), rest.end("c"), spans).strip(" ,")):
        # "It was the summer of 1950, the war was a few weeks old, and the family had been separated ...": the scene's
        # date, and what happened in it (the last clause joined on)
        found = told[:1].upper() + told[1:]
    if _NOT_UNTIL_CLEFT.search(sentence, max(0, lo - 30), lo) and (
            then := re.match(r"\s*,?\s*that\s+(?P<c>(?:[^.;:!?]|\.(?=\S)|(?<=\b[A-Z])\.(?=\s+[a-z]))+)", sentence[hi:])
    ) is not None and _has_verb(then["c"]):
        # "it was not until October 11 that Washington took the country off the list": what happened then
        told = _without_dates(sentence, hi + then.start("c"), hi + then.end("c"), spans).strip(" ,")
        found = told[:1].upper() + told[1:]
    if re.search(r"\buntil\s+$", sentence[max(0, lo - 8):lo]) and (
            expected := _NOT_EXPECTED.search(found)) is not None:
        # "KCNA is not expected to say so until Thursday": it is expected to, then
        found = f"{found[:expected.start()]}{expected['be']} {expected['word']}{found[expected.end():]}"
    if re.search(r"\buntil\s+$", sentence[max(0, lo - 8):lo]) and (
            neg := _NOT_DONE.search(found)) is not None and neg["verb"] in sentence[:lo]:
        # "a shipment did not arrive until April 22": it arrived that day (the until-phrase goes, and a reason that
        # only held the happening: "were delayed because a shipment did not arrive until April 22")
        found = f"{found[:neg.start()]}{_done_of(neg)}{found[neg.end():]}".replace(
            f" until {sentence[lo:hi]}", "")
        if (why := list(re.finditer(r"\b(?:because|as|since)\s+", found[:neg.start()]))) and _has_verb(
                rest := found[why[-1].end():]):
            found = rest[:1].upper() + rest[1:]
    # "The visit, his second this year, runs ...": the count, without its period, says nothing
    found = _BARE_COUNT_ASIDE.sub("", found)
    relative = "that" in found or "which" in found  # (cheap test first for the next two patterns, which need one)
    if relative and (dangling := _DANGLING_RELATIVE.search(found)) is not None and len(
            found[:dangling.start()].split()) >= 4:
        # "denounced a naval drill that ended [on Saturday]": the relative clause was only its verb and the date cut
        # from it, which is another event's
        found = found[:dangling.start()]
    if relative and (told := _NOUN_THAT_DID.fullmatch(found)) is not None and not _has_verb(told["np"]) and not re.search(
            r"\s(?:was|were|is|are|has|have|had|will|would)\s", told["vp"]):  # ("The panel that monitored sanctions
        # was disbanded": the relative clause only says which panel, and the main verb follows it)
        found = f"{told['np']} {told['vp']}"  # "Floods that destroyed crops": the floods did it
    if (placed := _NOUN_AND_PLACE.fullmatch(found)) is not None and (
            verb := _VERB_AFTER_PLACE.search(sentence, max(hi, sentence.find(placed["place"]) + 1))) is not None:
        # "2019: Their second summit, in Hanoi, ends without a deal": where it was, then what befell it
        found = f"{placed['np']} {placed['place']} {_without_dates(sentence, verb.start('vp'), verb.end('vp'), spans)}"
    if (named := _NAME_AND_APPOSITION.fullmatch(found)) is not None and (
            verb := _VERB_AFTER_APPOSITION.search(sentence, max(hi, sentence.find(named["aside"]) + 1))) is not None:
        # "June 2017 — Otto Warmbier, an American student detained in North Korea since January 2016, is released
        # in a coma": the name, then what befell them, past the aside on who they were
        found = f"{named['name']} {_without_dates(sentence, verb.start('vp'), verb.end('vp'), spans)}".strip()
    if "," in found and (aside := _PARTICIPLE_ASIDE_LEFT.fullmatch(found)) is not None and not _has_verb(
            aside["np"]):  # (cheap test first: the aside's comma)
        # "the Hanoi summit, drawn from interviews with a dozen officials": the aside is on what tells of the summit
        # (an account of it), which the title does not keep; the summit alone is the happening
        found = aside["np"]
    found = _article_agreeing(found, sentence, spans)
    if (stamp := _LEADING_STAMP.match(found)) is not None and len(found) > stamp.end() + 8:
        found = found[stamp.end()].upper() + found[stamp.end() + 1:]  # a live page's entry stamp is when, not what
    # a footnote's mark ("... from cyber theft.[2]") is no part of what happened
    found = _FOOTNOTE_MARK.sub("", found).rstrip(" .,;:") if "[" in found else found
    # nor the full stop of a bracketed stage direction ("[Whereupon ... the hearing was adjourned.]"); an
    # abbreviation's stays ("talks with the U.S.")
    return found[:-1] if found.endswith((".", ".\n")) and re.search(r"[a-z]{3}\.$", found) else found  # (cheap first)


def _article_agreeing(found: str, sentence: str, spans: Sequence[tuple[int, int]]) -> str:
    """``found`` with "a"/"an" agreeing with the word that follows it once a date between them is cut: "an October
    2019 meeting" -> "a meeting", "a 2018 agreement" -> "an agreement". Only by a word's first letter, and not for a
    word whose sound the letter does not tell ("an hourlong", "a unilateral"), nor a name or an acronym."""
    for s, e in spans:
        if not ends_on_a_word(sentence, max(0, s - 4), s, ("a", "A", "an", "An")):
            continue  # (cheap test first: no article right before the date)
        article = re.search(r"\b([Aa]n?)\s+$", sentence[max(0, s - 4):s])
        word = re.match(r"[-–\s]*([a-z][\w'’-]*)", sentence[e:])
        if article is None or word is None or word[1][0] in "hu":
            continue
        wanted = "an" if word[1][0] in "aeio" else "a"
        if article[1].lower() != wanted:  # (the title may have capitalised the article it begins with)
            found = re.sub(rf"\b[Aa]n?\s+(?={re.escape(word[1])}\b)",
                           lambda m: (wanted.capitalize() if m[0][0] == "A" else wanted) + " ", found, count=1)
    return found


_OPEN_QUOTE = re.compile(r"\s*([\"“])")
# A title that is only a noun described by a who-clause: "A student who was detained in Pyongyang"
_DESCRIBED_WHO = re.compile(r"(?:.*?\b(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+)?"
                            r"(?P<np>(?:A|a|An|an|The|the)\s+(?:[A-Z][a-z]+\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                            r"\s+who\s+"
                            r"(?P<rest>(?:was|were|had|has)\s.+|[a-z]+ed\b.*)")


# "..., and it expired on 30 April": a clause of its own, short as it is
_PRONOUN_THEN_VERB = re.compile(r"(?:it|he|she|they|we)\s+\S+")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_BARE_COUNT_ASIDE = re.compile(r",\s+(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                               r"ninth|tenth|latest)(?:\s+such)?,(?=\s)")


# A headline's comma between two names stands for "and": "Trump, Kim to meet June 12 in Singapore"
_HEADLINE_PAIR = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?P<comma>,)\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
                            r"[A-Z][\w.'’-]*\s+(?=[a-z])")


def _headline_pair(sentence: str, lo: int):
    """The comma of a headline (no full stop) that opens on two names and their verb, before the date."""
    m = _HEADLINE_PAIR.match(sentence)
    if (m is None or m.start("comma") >= lo or sentence.rstrip()[-1:] in ".!?\"”"
            or _SENTENCE_OPENER.match(sentence.lstrip()) or _PREPOSITION_FIRST.match(sentence.lstrip())):
        return None
    return m


# Earlier ones of what the sentence is about, and what was done with them then: "the third of their kind this year,
# after those held in April and in the summer"
_THOSE_DONE = re.compile(r"\b(?:after|before|like|besides|following|than)\s+(?:those|the\s+ones)\s+"
                         r"(?P<part>[a-z]+ed|held|done|seen|run|fought|made|given|begun|set)\s+"
                         r"(?:(?:in|on|at|during)\s+[^,;:.]{1,30}?(?:,|\s+and)\s+)?(?:in|on|at|during)\s+$")


def _those_done(sentence: str, lo: int) -> str | None:
    """What was done with earlier ones of the subject's kind, at the date: "The drills, the third of their kind
    this year after those held in April ..." -> "Drills were held"; None otherwise."""
    if not ends_on_a_word(sentence, max(0, lo - 90), lo, ("in", "on", "at", "during")):
        return None  # (cheap test first)
    done = _THOSE_DONE.search(sentence, max(0, lo - 90), lo)
    if done is None:
        return None
    subject = re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese)\s+", "", _subject_of(sentence[:done.start()].rstrip(" ,")))
    if not subject or not subject.endswith("s") or len(subject.split()) > 4:
        return None
    return f"{subject[:1].upper()}{subject[1:]} were {done['part']}"


# A length of time before or after a landmark, set off by commas right after a date: ", two weeks before Donald
# Trump's second inauguration,"
_OFFSET_ASIDE = re.compile(r",(?P<rest>\s+(?:(?:just|only|some|about|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|\d{1,2}|several|a\s+few)\s+)?(?:days?|weeks?|months?|years?)\s+"
                           r"(?:before|after|ahead\s+of)\s+[^,;:.]{3,80}),(?=\s)", re.IGNORECASE)


# An aside naming one of many, between commas before the date: ", including a long-range Taepodong-2,"
# (not one a relative clause goes on about: ", including Kim Jong Un, who arrived at 6:20 p.m.")
_INCLUDING_ASIDE = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+[^,;:]{1,60},"
                              r"(?=\s+(?!(?:who|whom|whose|which|that)\b)[a-z])")
# Where a clause may end: a period among them unless it closes an abbreviation (lexicon.period_is_abbreviation)
_CLAUSE_ENDS = re.compile(r"[,;:.!?]|\s[—–]\s")


def _to_clause_end(text: str) -> str:
    """``text`` up to the end of its first clause, read past the periods of "U.S." and "Mr."."""
    for m in _CLAUSE_ENDS.finditer(text):
        if m.group() != "." or not period_is_abbreviation(text, m.start()):
            return text[:m.start()]
    return text


# ", likely in early 2026", ", probably on Friday": a hedge set off before a date, closing its clause
_HEDGED_DATE_AFTER_COMMA = re.compile(r",(?P<hedge>\s+(?:likely|probably|possibly|perhaps|maybe))\s+(?:(?:in|on|by|at|as"
                                      r"\s+(?:early|soon)\s+as)\s+)?$")


def _title(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    if (pair := _headline_pair(sentence, lo)) is not None:
        at = pair.start("comma")

        def moved(i: int) -> int:
            return i + 3 if i > at else i

        return _title(sentence[:at] + " and" + sentence[at + 1:], moved(lo), moved(hi),
                      [(moved(s), moved(e)) for s, e in spans])
    if (label := _SPEAKER_LABEL.match(sentence)) is not None and label.end() <= lo and not _has_verb(
            answer := _without_dates(sentence, label.end(), len(sentence), spans)) and not any(
            _FINITE_PRESENT.fullmatch(w) for w in answer.split()[1:]):
        # (a heading's label over a whole clause is no speaker's: "THE WEEK AHEAD: The envoy arrives on Thursday")
        # "[00:02:51] GUEST: October 2019, in Stockholm.": an answer without a verb says what it says with its date
        answer = sentence[label.end():].strip(" .!?")
        if (word := _ANSWER_WORD.match(answer)) is not None:
            answer = answer[word.end()].upper() + answer[word.end() + 1:]
        return shorten(answer)
    if re.fullmatch(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+"
                    r"(?:after|before)", sentence[lo:hi]) and _has_verb(
            told := _to_clause_end(sentence[hi:]).strip()):
        # "KCNA said Saturday, a day after Seoul reported the launch": the happening after the length
        return shorten(told[:1].upper() + told[1:])
    if (hedge := _HEDGED_DATE_AFTER_COMMA.search(sentence, max(0, lo - 40), lo)) is not None:
        # "a new one is expected to be announced at the next congress, likely in early 2026": the hedged date goes
        # with the clause before its comma, as if the comma and the hedge were not there
        delta = hedge.end("hedge") - hedge.start()
        return _title(sentence[:hedge.start()] + sentence[hedge.end("hedge"):], lo - delta, hi - delta,
                      [(s_, e_) if e_ <= hedge.start() else (s_ - delta, e_ - delta) for s_, e_ in spans
                       if e_ <= hedge.start() or s_ >= hedge.end()])
    if (aside := _OFFSET_ASIDE.match(sentence, hi)) is not None and (
            re.fullmatch(r"\s*(?:[-*•]\s*)?(?:(?:On|In|By)\s+)?", sentence[:lo])
            or re.match(r"\s+that\s", sentence[aside.end():])):
        # "On Jan. 6, two weeks before Trump's inauguration, North Korea fired ...", "announced on Oct. 3, six days
        # before the blast, that it would ...": the aside only places the date
        # (the opening phrase keeps its comma; a clause going on with "that" does not)
        cut = aside.start("rest") if re.match(r"\s+that\s", sentence[aside.end():]) is None else aside.start()
        delta = aside.end() - cut
        return _title(sentence[:cut] + sentence[cut + delta:], lo, hi,
                      [(s, e) if e <= cut else (s - delta, e - delta) for s, e in spans if e <= cut or s >= cut + delta])
    if ((aside := _INCLUDING_ASIDE.search(sentence, max(0, lo - 120), lo)) is not None
            and not any(s < aside.end() and aside.start() < e for s, e in spans)):
        # "fired seven missiles, including a long-range Taepodong-2, into the Sea of Japan on July 5": the aside
        # only names one of them
        delta = aside.end() - aside.start()
        return _title(sentence[:aside.start()] + sentence[aside.end():], lo - delta, hi - delta,
                      [(s, e) if e <= aside.start() else (s - delta, e - delta) for s, e in spans])
    if (listed := _one_of_a_listed_count(sentence, lo, hi, spans) or _counted_since(sentence, lo, hi, spans)
            or _one_of_a_participle_series(sentence, lo, hi, spans)) is not None:
        return shorten(listed)
    if (set_off := _undone_on_its_date(sentence, lo, hi, spans) or _told_against_the_facts(sentence, lo, hi, spans)
            or _dated_noun_then_which(sentence, lo, hi, spans)
            or _happening_the_date_owns(sentence, lo, hi) or _happening_remembered(sentence, lo, hi)
            or _happening_after_its_year(sentence, lo, hi, spans)
            or _source_released(sentence, lo, spans) or _when_after_a_question(sentence, hi, spans)
            or _told_after_a_weak_clause(sentence, lo, hi, spans)
            or _quoted_before_its_speaker(sentence, lo, hi, spans)
            or _years_of_a_name(sentence, lo, hi)
            or _subordinate_after_a_report(sentence, lo, hi, spans) or _reported_happening(sentence, lo, hi, spans)
            or _earlier_in_a_report(sentence, lo, hi, spans) or _second_thing_reported(sentence, lo, hi, spans)
            or _done_after_a_negation(sentence, lo, hi, spans)
            or _dated_subordinate(sentence, lo, hi, spans)
            or _named_agreement(sentence, lo, hi, spans)
            or _commented_happening(sentence, lo, hi, spans) or _told_after_a_comment(sentence, lo, hi, spans)
            or _recalled_happening(sentence, lo, hi, spans) or _closing_participle(sentence, lo, hi, spans)
            or _participle_on_an_object(sentence, lo, hi, spans)
            or _which_falls_on(sentence, lo, hi, spans)
            or _set_off_happening(sentence, lo, hi, spans) or _after_fronted_phrase(sentence, lo, hi, spans)
            or _name_after_an_opening_date(sentence, lo, hi, spans) or _aside_on_a_noun(sentence, lo, hi, spans)
            or _one_of_the_times(sentence, lo, hi, spans) or _one_of_the_listed(sentence, lo, hi, spans)
            or _one_of_two_infinitives(sentence, lo, hi, spans)
            or _in_a_when_clause(sentence, lo, hi, spans)
            or _relative_on_the_subject(sentence, lo, hi, spans)
            or _relative_after_a_preposition(sentence, lo, hi, spans) or _told_under_which(sentence, lo, hi, spans)
            or _object_of_which(sentence, lo, hi, spans)
            or _contact_relative(sentence, lo, hi, spans) or _object_relative(sentence, lo, hi, spans)
            or _subject_relative_on_an_object(sentence, lo, hi, spans)
            or _landmark_with_its_date(sentence, lo, hi, spans) or _possessed_landmark(sentence, lo, hi, spans)
            or _noun_of_a_date_after_now(sentence, lo, hi) or _named_after_its_year(sentence, lo, hi)
            or _document_named_by_its_date(sentence, lo, hi, spans) or _who_spoke(sentence, lo, hi)
            or _dated_landmark_alone(sentence, lo, hi, spans)
            or _bracketed_participle(sentence, lo, hi, spans)
            or _fronted_participle(sentence, lo, hi, spans) or _participle_in_an_opening_phrase(sentence, lo, hi)
            or _what_the_date_brings(sentence, lo, hi, spans) or _main_clause_after_a_count(sentence, lo, hi, spans)
            or _gerund_opening(sentence, lo, hi, spans) or _one_of_counted(sentence, lo, hi, spans)
            or _as_it_did(sentence, lo, hi, spans) or _as_done_before(sentence, lo, hi, spans)
            or _to_be_done(sentence, lo, hi, spans)
            or _one_of_them(sentence, lo, hi, spans) or _because_it_was(sentence, lo, hi, spans)
            or _undone_earlier(sentence, lo, hi, spans)
            or _dated_document(sentence, lo, hi, spans)
            or _admitted_doing(sentence, lo, hi, spans)
            or _gerund_closing(sentence, lo, hi, spans) or _since_doing(sentence, lo, hi, spans)
            or _only_to(sentence, lo, hi, spans) or _before_being_done(sentence, lo, hi, spans)
            or _with_absolute(sentence, lo, hi, spans) or _named_gathering(sentence, lo, hi, spans)
            or _extended_until(sentence, lo, hi, spans) or _until_it_happened(sentence, lo, hi, spans)
            or _when_it_happened(sentence, lo, hi, spans)
            or _years_of_a_period(sentence, lo, hi) or _planned_for(sentence, lo, hi)
            or _those_done(sentence, lo)) is not None:
        set_off = _balanced(set_off)
        return shorten(set_off[:1].upper() + set_off[1:])
    a, b = clause_around(sentence, lo, hi)
    subordinate = _FRONTED_SUBORDINATE.match(sentence)
    if subordinate is not None and a == 0 and hi <= subordinate.end() <= b and _has_verb(
            _without_dates(sentence, subordinate.start("rest"), subordinate.end(), spans)):
        # "While talks stalled in 2019, the North built more missiles": the dated happening is the subordinate
        # clause's, short as it is; the main clause after its comma has a date of its own or none
        b = subordinate.end()
    else:
        subordinate = None
    for quote in QUOTED.finditer(sentence, 0, lo):
        if quote.start() < a < quote.end() <= lo:
            # a comma inside a quotation ("offered talks "anytime, anywhere, without preconditions" from ... in
            # 2021") does not end the clause the quotation stands in
            a = clause_around(sentence, quote.start(), quote.start() + 1)[0]
    if b < hi and re.match(r"[^,;:]*\w", sentence[hi:]):
        # cut at the date's own comma ("met on June 12, 2018 in Singapore"): the clause goes on after the date
        b = max(b, hi + re.match(r"[^,;:]*", sentence[hi:]).end())
    if (b > hi and "," in sentence[max(a, hi):b] or b <= hi and a < lo and sentence[a:lo].strip() and not re.match(
            r",\s+[a-z]+ed\b[^,;]*,", sentence[hi:])) and not _has_verb(
            _without_dates(sentence, a, max(b, hi), spans)) and (
            predicate := _PREDICATE_AFTER_APPOSITION.match(sentence, max(b, hi))) and (
            looks_like_verb(predicate["verb"]) or predicate["verb"] in _AUXILIARIES):
        # "On Dec. 12, 2013, his uncle, Jang Song Thaek, was executed": the clause was cut at the apposition's
        # comma, before the verb it is the subject of (or at the date's: "A federal judge in Washington on Dec. 24,
        # 2018, ordered ...")
        b = predicate.end()
    colon = sentence.rfind(": ", 0, lo)
    if colon > 0 and colon + 2 >= a and not any(s <= colon < e for s, e in spans) and _has_verb(
            sentence[colon + 2:max(b, hi)]):
        # "Kim Il Sung did not live to see the deal signed: he died on July 8, 1994": the clause after the colon
        said = re.match(r"(?:he|she|they)\s+(?=[a-z])", sentence[colon + 2:])
        subject = _subject_of(sentence[:colon]) if said else ""
        if said and subject and subject[:1].isupper() and subject.split()[0] not in ("The", "A", "An"):
            clause = _without_dates(sentence, colon + 2 + said.end(), max(b, hi), spans)
            return shorten(_balanced(f"{subject} {clause}"))
    if re.match(r"[\s,]*and\s+(?:a|an|the|its|his|her|their)\s", sentence[a:lo]) and not _has_verb(
            _without_dates(sentence, a, b, spans)) and not sentence[hi:b].strip(" .,;!?"):
        # "..., detailing arms transfers, and a second on 22 October": a conjunct without a verb borrows the
        # sentence's, so its clause reaches back to the sentence's start
        a = 0
    if re.fullmatch(r"\s*(?:In|During|By|On)\s+", sentence[:lo]) and (
            restated := _DATE_RESTATED.match(sentence, hi)) is not None and _has_verb(restated["main"]):
        # "In 2015, the last full year the Kaesong park operated, trade topped $2.7 billion": the apposition says
        # which year it was; what happened is the main clause's
        a, b = restated.start("main"), restated.end("main")
    a, b, gapped = _own_conjunct(sentence, a, b, lo, hi, spans)
    # "The team plays Switzerland on Feb. 10, then meets Sweden on Feb. 12 and Japan on Feb. 14": the subject's next
    # happening, and the one its verb is left out of
    if gapped.startswith("then ") and (then := _COMMA_THEN.search(sentence, 0, lo)) is not None and (
            subject := _subject_of(sentence[:then.start() + 1])):
        gapped = f"{subject} {gapped[5:]}"
    elif (not gapped and (then := _THEN_OPENS.match(sentence, a)) is not None and sentence[:a].rstrip().endswith(",")
          and _predicate_opens((rest := _without_dates(sentence, then.end(), b, spans)).split())
          and (subject := _subject_of(sentence[:a]))):
        return shorten(_balanced(f"{subject} {rest.strip(' ,;')}"))
    if hi <= b and (opening := re.search(r"\s+and\s+(?:at|by|in|during|within|after)\s[^,;:]{1,40}$", sentence[hi:b])) \
            and sentence[b:b + 1] == ",":
        b = hi + opening.start()  # "It opened in December 2004 and at its peak, in 2015, ...": the next clause's opening
    clause = _without_dates(sentence, a, b, spans)
    if (_REPORT_ONLY.fullmatch(core := re.sub(r"\s+that$", "", clause)) or _ALLEGES.fullmatch(core)) and (
            not _REPORTED_IN.search(sentence, a, lo) or (
            re.search(r"\bthat\s+(?:[\w'’]+\s+){0,4}$", sentence[a:lo]) and not sentence[hi:b].strip(" ,"))) and (
            told := _TOLD_AFTER_A_REPORT.match(sentence, b)) is not None and _has_verb(told["clause"]) and not re.match(
            r"[a-z]+ing\b", told["clause"]):
        # "Between January and October 2018, the filing says, the defendant's companies arranged ...", "The
        # indictment says that on or about March 3, 2017, the defendant ... wired ...": what the report tells
        clause = _without_dates(sentence, told.start("clause"), told.end("clause"), spans)
    if gapped:
        return shorten(_balanced(gapped[:1].upper() + gapped[1:]))
    if a > 0 and _TIMES_OVER.match(clause) and not _has_verb(clause):
        # "Pompeo flew to Pyongyang twice, first in secret over Easter and again on May 9": each time is the
        # main clause's happening
        main = _without_dates(sentence, 0, a, spans).rstrip(" ,;")
        main = re.sub(r"\s+(?:twice|three\s+times|several\s+times|again)$", "", main)
        words = main.split()
        if _has_verb(main) or any(_present_verb(words, i) for i in range(1, len(words))):
            return shorten(_balanced(main))
    if (resumed := _RESUMED_AFTER_ASIDE.match(sentence, b)) is not None and b > hi:
        # "puts the six-party framework, built up over the years since 2003, in doubt": the clause goes on
        clause = f"{clause} {resumed['rest']}"
    if (_dangles(clause) and a <= lo and hi <= b and _LAST_ONE_CAME.fullmatch(clause)
            and (then := _WHEN_TOLD_AFTER.match(sentence, hi)) is not None and _has_verb(then["told"])):
        # "The last launch had come on Sept. 15, when a Hwasong-12 flew over Hokkaido": the when-clause tells it
        return shorten(_balanced(then["told"][:1].upper() + then["told"][1:]))
    if _dangles(clause) and a <= lo and hi <= b:
        # "The third was in February 2013": without its date the clause says nothing; keep the date
        clause = re.sub(r"\s+", " ", sentence[a:b]).strip(" ,;:.—–-")
    # a clause set off by commas before the sentence goes on with its own verb ("The treaty, signed on 19 June 2024,
    # binds ..."): the title is the aside, put to its subject
    after = re.match(r"[^,;:]*?,\s+(?=[a-z])", sentence[hi:])
    opener = re.match(r"\s*(?:(?:[a-z]+ly|first|later|once)\s+)?([a-z]+)\b", sentence[a:])
    aside = (a > 0 and sentence[:a].rstrip().endswith(",") and after is not None and hi + after.start() <= b + 12
             and opener is not None and (looks_like_verb(opener.group(1)) or opener.group(1) in _PLAN_WORDS))
    if aside:
        clause = _without_dates(sentence, a, hi + after.end(), spans).rstrip(" ,")
    if (a > 0 and len(clause.split()) < 3 and re.match(r"[\s,]*(?:and|but|then)\s", sentence[a:a + 8])
            and clause[:1].islower() and _has_verb(clause)
            and clause.split()[0] not in ("it", "he", "she", "they", "we", "i", "this", "that", "there")):
        # "..., and left two days later": the subject of the sentence did it
        if (subject := _subject_of(sentence[:a].rstrip(" ,;"))):
            clause = f"{subject} {clause}"
    sub = None
    for sub in _SUBORDINATOR.finditer(sentence, a, lo):
        pass
    main = sentence[a:sub.start()] if sub is not None else ""
    # (a since-clause with a verb of its own before any comma or quotation mark)
    # (not "since" before a date: "journalists who had been held since March arrived home": a preposition)
    since = sub is not None and sub.group().strip().lower() == "since" and not any(
        s == sub.end() for s, _e in spans) and _has_verb(
        _without_dates(sentence, sub.end(), min(b, sub.end() + len(re.split(r"[,;:\"“”]", sentence[sub.end():])[0])),
                       spans))
    # ("..., hours after the allies wrapped up drills over the weekend": only how long after, the happening is the
    # subordinate's)
    measure = sub is not None and re.fullmatch(r"\s*(?:(?:only|just|some|a\s+few|\w+)\s+)?(?:hours|days|weeks|months|"
                                               r"minutes|moments|shortly|soon|day|week|month)\s*", main) is not None
    if (sub is not None and not aside and (len(main.split()) >= 2 or measure) and (not _has_verb(main) or since)
            and _has_verb(_without_dates(sentence, sub.end(), b, spans))):
        # ("has gone unresolved since the last abductees returned in 2002": what runs since a happening is a state;
        # the date is the happening's)
        # "The remarks come a month after North Korea tested its first ICBM on 4 July": a main clause in the present
        # comments; the dated happening is the subordinate clause's (but "Kim Jong Un succeeded his father after Kim
        # Jong Il died in December 2011" tells what happened in the main one)
        inner = _without_dates(sentence, sub.end(), b, spans)
        if _CLEFT.match(main) and (that := re.search(r"\s+that\s+", inner)):
            inner = inner[:that.start()]  # "It was the first time since X began ... in 2006 that Y": X, not "that Y"
        if len(inner.split()) >= 3:
            clause = inner
    if (added := re.match(r"(?:adding|saying|noting|warning|stressing|insisting)\s+that\s+(?P<what>\S.+)", clause)) \
            and a > 0:
        # "..., adding that the talks "would continue in the new year"": what was added, in its own words
        what = added["what"].replace('"', "").replace("“", "").replace("”", "").rstrip(" .")
        return shorten(_balanced(what[:1].upper() + what[1:]))
    # "state media reported on Tuesday, a month before a planned parade": the report, whatever it came before
    # (or "..., as the allies look to reassure Seoul": what the report came amid)
    # (or "..., the second year in a row": how it ranks)
    report = re.sub(r",\s+(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|"
                    r"years?|hours?)\s+(?:before|after|ahead\s+of)|(?:(?:shortly|just|soon)\s+)?(?:before|after)|"
                    r"as|amid|while|in\s+what|citing|quoting|[a-z]{3,}ing(?=\s+(?:the|a|an|its|their|his|her|[a-z]+s)\b)|"
                    r"the\s+(?:first|second|third|fourth|fifth|latest|last)\s+"
                    r"(?:time|year|month|week|day)\b)\b.*$",
                    "", clause)
    # ("a cybersecurity firm said in a report released on Monday": the report is where it was said)
    report = _STATEMENT_AFTER_REPORT.sub("", report)
    if (a > 0 and (ing := _PARTICIPLE_THEN_REPORT.fullmatch(report)) is not None
            and _REPORT_ONLY.fullmatch(ing["report"])):
        # '... rejected a proposal, calling it "a naive dream," state media reported Tuesday': the report, of what
        # the participle's phrase only comments on
        report = ing["report"]
    if (said := _REPORT_ONLY.fullmatch(report)) and a > 0 and not _UNDER_A_DEAL.fullmatch(report):
        # "North Korea will send a delegation next month, the Kremlin said on Thursday": what it said
        told = _without_dates(sentence, 0, a, spans).rstrip(" ,;:")
        if len(told.split()) >= 3 and not told.startswith(("\"", "“")):
            who = said["who"][:1].upper() + said["who"][1:]  # ("state media" opens the title: no subject to add)
            if (taken := re.fullmatch(rf"(?P<np>.+?)\s+(?:{PARTICIPLE_RE})", who)) is not None and len(
                    taken["np"].split()) >= 2:
                who = taken["np"]  # "satellite images taken last week show": the images show it
            verb = re.findall(r"\w+", said.group())[-1] if "told" not in said.group() else "said"
            # (in the tense it was told in: a chronology's "state media announce two days later" says)
            verb = {"says": "says", "announces": "says", "reports": "says", "announce": "say", "report": "say",
                    # ("government data showed": figures show)
                    "shows": "shows", "show": "show", "showed": "showed",
                    # (what was noted or confirmed was so before: the verb says as much)
                    "noted": "noted", "notes": "notes", "confirmed": "confirmed", "confirms": "confirms"}.get(verb, "said")
            clause = f"{who} {verb} {told if _opens_on_a_name(told) else told[0].lower() + told[1:]}"
    if aside and 0 < len(clause.split()) < 3 and clause[:1].islower() and looks_like_verb(clause.split()[0]):
        clause = _with_subject(sentence, a, clause, aside)  # "The communique, issued on 12 October 2000, comes ..."
    # (or after the date that opens the sentence: "A year later, after the failure in Hanoi, the two leaders met")
    if ((a > 0 or not sentence[:lo].strip()) and _PREPOSITION_FIRST.match(clause) and not _has_verb(clause)
            and sentence[b:b + 2] == ", "
            and re.match(r"(?:[A-Z]|(?:the|he|she|it|they)\s)", sentence[b + 2:])):
        # "The talks stalled, and in a speech on Monday, Kim rejected the offer": the phrase fronts the clause after
        # it, which tells what happened
        nxt_end = clause_around(sentence, b + 2, b + 3)[1]
        if _has_verb(fronted := _without_dates(sentence, b + 2, nxt_end, spans)):
            clause = fronted
    if a > 2 and (listed := _listed_place(sentence, a, clause, spans)):
        clause = listed
    elif a > 0 and _UNDER_A_DEAL.fullmatch(clause) and len(_without_dates(sentence, 0, a, spans).split()) >= 3:
        # "North Korea has agreed to a moratorium ..., under a deal with the United States announced on Wednesday":
        # what the deal settled is the main clause
        clause = _without_dates(sentence, 0, a, spans).rstrip(" ,")
    elif (len(clause.split()) < 3 and not (_PRONOUN_THEN_VERB.fullmatch(clause) and _has_verb(clause))
          and not (subordinate is not None and _has_verb(clause))  # "While talks stalled": short, but whole
          # ("Talks resumed in December 2006, and in February 2007 the parties agreed": short, but a clause of its own)
          and not (a == 0 and len(clause.split()) == 2 and (_has_verb(clause) or _predicate_opens(clause.split()[1:]))
                   # (after the date's own comma too: "Construction began on April 30, 2025, and had been due")
                   and re.match(r",?\s+(?:and|but)\s", sentence[max(b, hi):])
                   and any(s >= max(b, hi) for s, _e in spans))) or (
            _PREPOSITION_FIRST.match(clause) and (not _has_verb(clause) or _PHRASE_OF_A_STATEMENT.fullmatch(clause))) or (
            a > 0 and len(clause.split()) <= 6 and re.fullmatch(r"(?:the|a|an)\s+[\w'’. -]+?\s+and\s+[\w'’. -]+", clause)
            and not _has_verb(clause)):
        # ("drills by South Korea, the United States and Japan this week": a list's last item is no clause)
        # "The talks, held every two weeks since 2023, have produced little": "Held" says nothing, nor does
        # "In a speech to the assembly"
        before = clause_around(sentence, a - 2, a - 1) if (a > 2 and sentence[:a].rstrip().endswith(",")
                                                            and sentence[b:].lstrip().startswith(",")) else None
        if before is not None and (_PREPOSITION_FIRST.match(clause) or not clause) and len(
                told := _without_dates(sentence, before[0], min(before[1], a), spans).split()) >= 3 and _has_verb(" ".join(told)):
            # "the North has written its nuclear status into its constitution, in September 2023, and declared ...":
            # a date set off after its clause
            clause = _SENTENCE_OPENER.sub("", " ".join(told), count=1) if _SENTENCE_OPENER.match(" ".join(told)) else \
                " ".join(told)
        else:
            # (from a semicolon before the date and up to one after it: the clause beyond either has its own
            # happening, and date)
            semi, semi_before = sentence.find(";", hi), sentence.rfind(";", 0, lo)
            clause = _without_dates(sentence, semi_before + 1, semi if semi > 0 else len(sentence), spans).lstrip()
            if (semi_before > 0 and (pronoun := re.match(r"(?:he|she|they)\s+(?=[a-z])", clause)) and (
                    subject := _first_subject(_without_dates(sentence, 0, semi_before, spans).lstrip(" —–-:")))):
                clause = f"{subject} {clause[pronoun.end():]}"  # "Warmbier is released in a coma; he dies [then]"
            # "In a statement carried by KCNA, North Korea's foreign ministry rejected ...": the subject opens the title
            clause = _OPENING_PHRASE.sub("", clause, count=1) if _OPENING_PHRASE.match(clause) else clause
            if (openers := _OPENING_PHRASES.match(clause)) and (
                    re.search(r"(?i:according\s+to)", openers.group()) or _PHRASE_OF_A_STATEMENT.match(openers.group())) \
                    and _has_verb(clause[openers.end():]):
                # "In [late June], according to people familiar with the matter, a letter ... was turned away"
                clause = clause[openers.end()][:1].upper() + clause[openers.end() + 1:]
    elif a > 0 and clause.startswith("according to ") and _has_verb(told := _without_dates(sentence, 0, a, spans)
                                                                     .rstrip(" ,;")) and len(told.split()) >= 2:
        # "Trade fell, according to customs data released on Wednesday": what the data told, on the day it came out
        clause = told
    elif (a > 2 and (gerund := clause.split(" ", 1)[0]) in _RESULT_GERUNDS and sentence[:a].rstrip().endswith(",")
          and re.match(rf",?\s*{gerund}\b", sentence[hi:])
          and (k := len(sentence[:a].rstrip(" ,")) - 1) > 0
          and _has_verb(told := _without_dates(sentence, *clause_around(sentence, k, k + 1), spans).rstrip(" ,"))):
        # "... staged air drills, from March 30 to April 10, defying our warnings": the date is the clause's before it
        clause = _SENTENCE_OPENER.sub("", told, count=1)
    elif a > 0:
        clause = _with_subject(sentence, a, clause, aside)
        first = clause.split(" ", 1)[0]
        if ((first in ("was", "were", "is", "are", "has", "had", "have") or looks_like_verb(first))
                and (re.match(r"\s*(?:and|but)\s", sentence[a:]) or re.search(r"\b(?:and|but)\s+$", sentence[:a]))
                and (subject := _first_subject(sentence[:a]))):
            # "A boat drifted across the border on Sunday and was towed back on Monday": the second verb's subject is
            # the sentence's
            clause = f"{subject} {clause}"
    # "After Pyongyang rejected the offer": the happening, without the word that hung it on the main clause
    # ("By the time Trump returned to office" alone; one that runs on into its main clause keeps its subordinator)
    clause = re.sub(r"^(?:(?i:after|before|when|where|once|as|since|because|while|until|by\s+the\s+time(?![^,]*,))\s+"
                    r"(?=[A-Z])(?!" + _POSSESSIVE_NAME + r"\s[^,]{1,60},)"
                    r"|(?i:after|before|when|where|once|since|because|while|until|as(?=\s+the\s+\w+\s+[a-z]+\b)|by\s+the\s+time(?![^,]*,))\s+"
                    r"(?=(?:the|former|its|his|her|their|they|he|she|we)\s)"
                    # "..., after which eleven countries set up a team": the clause goes on from the one before
                    r"|(?i:(?:after|following|since|before)\s+which|whereupon)\s+)",
                    "", clause)
    if subordinate is not None and clause.lower().startswith(subordinate["sub"].lower() + " "):
        # ("As trade with China fell": a fronted clause's subordinator goes before any subject)
        clause = clause[len(subordinate["sub"]) + 1:].lstrip()
    # "Since assuming office, Lee has sought ...", "After a visit by envoy James Kelly, the United States said ...":
    # the subject opens the title, not a participle's or a landmark's phrase (unless the date is the phrase's own:
    # "Since assuming office in July, Lee ..." is about assuming office)
    for opening in (_PARTICIPLE_OPENING, _LANDMARK_OPENING):
        clause = _without_opening(clause, sentence, lo, opening)
    # "It unravelled when the United States said in October 2002 ...": what the date tells is the when-clause's
    pronoun_main = re.match(r"[Ii]t\s+[a-z]+,?\s+(?P<sub>when|after|as)\s+(?=[A-Z]|the\s)", clause)
    # (an after-clause only with the date inside it: not "It collapsed [in late 2002] after the uranium dispute")
    if pronoun_main and re.search(rf"\b{pronoun_main['sub']}\b", sentence[max(0, lo - 40):
                                                                     lo if pronoun_main["sub"] == "after" else hi + 12]):
        clause = clause[pronoun_main.end():]
    # "Megumi Yokota was 13 when she was snatched ... on Nov. 15, 1977": what the when-clause tells, of the subject
    if (state_main := _STATE_WHEN.match(clause)) and re.search(r"\bwhen\b", sentence[:lo]):
        clause = f"{state_main['subject']} {state_main['rest']}"
    # "Seoul pulled out in February 2016, days after the North's test on Jan. 6": a landmark with a date of its
    # own is its own event, no part of this one's title
    if (landmark := _DATED_LANDMARK_AFTER.match(sentence, hi)) is not None and any(
            landmark.end() <= s and e <= landmark.end() + 120 for s, e in spans) and (
            cut := clause.rfind(landmark.group().rstrip())) > 0:
        clause = clause[:cut]
    # "Trade collapsed in 2020, when the North shut its border": the when-clause only says which 2020 it was
    if re.match(r"\s*,\s+when\s", sentence[hi:]) and (cut := clause.find(", when ")) > 0 and len(
            clause[:cut].split()) >= 2 and _has_verb(clause[:cut]):
        # (but "He last visited in August, when he met the new minister": the visit is told by what he did then)
        weak = re.fullmatch(r"\S+\s+(?:last|first|once|then)\s+\w+", clause[:cut])
        clause = clause[cut + len(", when "):] if weak else clause[:cut]
    # "A summit planned for April was cancelled": the plan's word goes with its date
    # (but "The match was originally scheduled": the verb of the clause, after its auxiliary and an adverb)
    if "planned" in clause or "scheduled" in clause or "slated" in clause:  # (cheap test first)
        clause = re.sub(r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bas)(?<!\bhad)"
                        r"(?<!\bhas)(?<!\bhave)\s+(?:planned|scheduled|slated)"
                        r"(?=\s+(?:was|were|is|are|has|had|will|would)\b|\s*$)",
                        lambda m: m.group() if _AUXILIARY_ADVERB_END.search(clause, 0, m.start()) else "", clause)
    # "He is 67 and retired in 2020": a present state beside the dated happening, which is the title
    if (state := _STATE_AND_DONE.match(clause)) and looks_like_verb(state["verb"]) and (
            0 <= sentence.find(f" and {state['verb']}", max(a, 0)) < lo):
        clause = f"{state['subject']} {state['verb']}{state['rest']}"
    # "The failure in Stockholm means that": a clause whose content was cut with its date ends on what it was
    if clause.endswith(("that", "that\n")):  # (cheap test first: "$" also matches before a final line break)
        clause = re.sub(r"(?:\s+(?:means|meant|shows|showed|suggests|suggested|signals|signalled|confirms|confirmed))?"
                        r"\s+that$", "", clause)
    if len(re.findall(r"[A-Za-z]{2,}", clause)) < 2:
        clause = sentence.strip(" \t\n.!?\"“”'")  # "Maybe." says nothing without its date: "Maybe in the spring" does
    elif ((lead := re.fullmatch(rf"\s*(?P<line>{_LINE_LEAD})(?:That|This|The)?\s*", sentence[:lo]))
          and (verb := re.match(rf"{_LINE_LEAD}(?:(?:That|This|The)\s+)?(?:(?:alone|itself|again|too)\s+)?([a-z]+)", clause))
          and (looks_like_verb(verb.group(1)) or verb.group(1) in (_AUXILIARIES - {"says", "say"}) | _MARKS)
          and sentence[hi:hi + 1] == " "):
        # the date is the subject ("The next year brought the pandemic"): without it the verb has none (nor does
        # the bullet or label that opens the line: "• ICYMI: Last Wednesday marked the 15th anniversary ...")
        clause = sentence[lead.end("line"):].strip(" \t\n.!?\"“”'")
    elif ((fronted := _CONDITION_BEFORE_A_DATE_SUBJECT.fullmatch(sentence, 0, lo))
          and (verb := re.match(r"\s+([a-z]+)", sentence[hi:])) and verb.group(1) in ("will", "would", "could", "may",
                                                                                    "might", "can", "should")):
        # "If it does not, the spring will bring the usual round of threats": the date is the subject of the main
        # clause, past the condition
        clause = sentence[fronted.end("condition"):max(b, hi)].strip(" \t\n.!?\"“”',;")
    # "The Act, signed [on October 18, 2004], was reauthorized": an aside whose date went with another event is
    # left with its participle alone, and a comma before the main verb
    clause = _EMPTIED_ASIDE.sub(" ", clause, count=1)
    clause = _WEEKDAY_APPOSED.sub("", clause)  # "began [on Nov. 24], a Monday, when": the date's own weekday
    clause = _balanced(clause)
    if clause and clause[0].islower():
        clause = clause[0].upper() + clause[1:]
    # "From April 2019 until August 2023, prosecutors said, the scheme placed ...": the aside's commas go with the date
    clause = _SAID_ASIDE_OPENS.sub(r"\g<said> ", clause, count=1)
    if (stamp := re.match(r"\d{1,2}:\d\d(?::\d\d)?\s+(?=[A-Z\"“])", clause)) is not None and clause[stamp.end():]:
        clause = clause[stamp.end():]  # "04:10 Six-party talks": a video chapter's start, no part of what it tells
    if (figure := re.match(r"(?:[-•*–]\s+)?\d[\d,.]*:\s+(?=\w)", clause)) is not None:
        # "- 1: intercontinental ballistic missile launched, the Hwasong-19": a figure's label opens no title
        clause = clause[figure.end()].upper() + clause[figure.end() + 1:]
    if (label := _SPEAKER_LABEL.match(clause)) is not None and label.group().strip() != clause.strip():
        clause = clause[label.end()][:1].upper() + clause[label.end() + 1:]  # "HOST: ...": who spoke is no part of it
    if (described := _DESCRIBED_THEN_NAMED.match(clause)) is not None:
        # "His uncle, Jang Song Thaek, was executed" -> "Jang Song Thaek was executed"
        clause = described["name"] + " " + clause[described.end():]
    elif (described := _DESCRIBED_THEN_NAMED.match(sentence)) and clause.startswith(described["desc"]):
        # "His predecessor, Moon Jae-in, had met Kim three times in 2018" -> "Moon Jae-in had met Kim three times"
        clause = described["name"] + clause[len(described["desc"]):]
    return shorten(clause)


# A report set off by commas that opens a title once its date is gone: "Prosecutors said, the scheme placed ..."
_SAID_ASIDE_OPENS = re.compile(r"^(?P<said>(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,3}?\s+(?:said|says|say|added|noted|"
                               r"reported|claimed|believe|believed|estimated|alleged|allege|told\s+\w+)),\s+(?=[a-z])")


# An attribution closing a title: ", South Korea's sports ministry said"
_ATTRIBUTION_CLOSES = re.compile(r",\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}?\s+(?:said|says|reported|added|"
                                 r"told\s+\w+)$")


# What a day does in the present when it is the subject: "Wednesday marks 75 years since ..."
_MARKS = frozenset("marks brings sees".split())

# A bullet and a short label in capitals that open a line: "• ICYMI: "
_LINE_LEAD = r"(?:[•*–-]\s*)?(?:[A-Z]{2,10}:\s*)?"


# The predicate after a subject's apposition: ", was executed", ", resigned on Friday"
# (past an aside that opens on a preposition: "the U.N. Security Council, with the Soviet delegate absent, called")
_PREDICATE_AFTER_APPOSITION = re.compile(r",\s+(?:(?:with|without|amid|despite|like|unlike)\s[^,;:]*,\s+)?"
                                         r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b[^,;:]*")


# A state of the subject's at the time of a happening the when-clause tells: "Megumi Yokota was 13 when she was ..."
_STATE_WHEN = re.compile(r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|were)\s+(?:only\s+|just\s+)?"
                         r"(?:\d{1,3}|[a-z]+)\s+when\s+(?:he|she|they)\s+(?P<rest>\S.*)")
_SUBORDINATE_ALONE = re.compile(r"(?:After|Before|As|Once|Until)\s+"
                                r"(?P<rest>(?:a|an|the|its|his|her|their|[a-z]+s|[A-Z]\S*)"
                                r"\s+[^,;:]*\s[^,;:]+)")
_RELATIVE_OPENING = re.compile(r"(?:Where|When|Whereupon)\s+(?=(?:a|an|the|its|his|her|their|it|he|she|they|[A-Z])\S*"
                               r"\s+\S)")
# A transcript's speaker, after the recording's time stamp if any: "[00:02:51] GUEST (Dr. Han): ", "MR PRICE: ",
# an interview's "Q: " and "A: "
_SPEAKER_LABEL = re.compile(r"\s*(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*)?(?:[QA]|[A-Z][A-Z.'’ -]{1,30})(?:\s*\([^)]{1,40}\))?:\s+")
# An answer's first word, which only answers: "A: Yes, in early July, and again in October."
_ANSWER_WORD = re.compile(r"(?:Yes|No|Well|Sure|Right)[,.]\s+")
# A briefer's frame around the news: "I can confirm that he will depart on Sunday" tells that he will depart
_SPEAKER_FRAME = re.compile(r"(?:I|We)\s+(?:can|could|am\s+able\s+to|are\s+able\s+to|would\s+like\s+to|want\s+to)\s+"
                            r"(?:confirm|tell\s+you|say|report|announce)\s+(?:that\s+)?(?=[A-Za-z])")


# A subject described, then named in apposition: "His predecessor, Moon Jae-in, ...", "Kim's sister, Kim Yo Jong, ..."
_DESCRIBED_THEN_NAMED = re.compile(r"\s*(?P<desc>(?:His|Her|Their|Its|The|An?|[A-Z][\w.'’-]*['’]s)\s+"
                                   r"(?:[A-Z][\w.'’-]*\s+){0,2}[a-z][\w-]*"  # ("a U.S. soldier, Travis King, ran")
                                   r"(?:\s+[a-z][\w-]*){0,2}),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+"
                                   r"(?=[a-z])")


# Verbs that only say a happening took place: "which ran from 23 to 24 October" adds nothing but the date
_TOOK_PLACE = re.compile(r"(?:ran|lasted|started|began|ended|took\s+place|happened|occurred|followed|came|opened|closed|"
                         r"was\s+held|were\s+held)$")
_MAIN_VERB_NEXT = re.compile(r"\s*(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
# An opening word or two that is not the subject: "Since then the Agreed Framework, signed in Geneva ..."
_SENTENCE_OPENER = re.compile(r"(?:Since\s+then|Then|Earlier|Later|Meanwhile|So\s+far|By\s+then|Now|Before\s+that|"
                              r"After\s+that|Back\s+then|At\s+the\s+time)\b,?\s*")
# A subject, then an aside on it set off by commas, then the main verb
_SUBJECT_ASIDE = re.compile(r"(?P<subject>(?:[A-Z][\w'’.-]*|[Tt]he|[Aa]n?)(?:\s+[\w'’.-]+){0,10}?),\s+"
                            r"(?:which|whose|who|[a-z]+ed|held|made|set|built|begun|taken|given)\s[^,;:]*,\s+"
                            r"(?=(?:[a-z]+ly\s+)?[a-z]+\b)")
_PARTICIPLES = IRREGULAR_PARTICIPLES
# After dates listed behind a subject's aside, the main verb ("..., in April, May and September, flew"); and the count
# the aside told its occasions with ("met Kim three times")
_MAIN_VERB_AFTER_LIST = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_TIMES_SAID = re.compile(r"\s+(?:twice|(?:two|three|four|five|six|several|many)\s+times)\b")
# Participles spelt as their present, read as such only in an aside right after a noun ("The speech, broadcast on Jan.
# 1, ran ..."): elsewhere they are as often nouns ("the broadcast") or verbs in the present
_BARE_PARTICIPLES = frozenset("broadcast read cut hit led shut".split())
_FINITE_PRESENT = re.compile(r"(?:[a-z]{2,}[^s\W]s|is|are|was|were|has|have|had|remains|will|would|can|could|may|"
                             r"might)$")



_CLAUSE_OPENERS = frozenset("before after when until since while".split())


# A happening recalled as the object of a preposition, with a year: "invoked good memories of his previous meetings
# with U.S. President Donald Trump in 2018 and 2019"
_RECALLED = re.compile(
    r"\b(?:of|about|on|from|to)\s+(?P<det>his|her|their|its|the)\s+(?P<np>(?:[a-z-]+\s+){0,2}?(?:meetings?|summits?|talks|"
    r"visits?|trips?|negotiations|encounters?)(?:\s+with\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)?)\s+(?:in|during)\s+"
    r"(?:[^,;:()]{1,30}?(?:,\s*|\s+)(?:and|or)\s+)?$")


def _recalled_happening(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Kim also invoked "good memories" of his previous meetings with Donald Trump in 2018 and 2019" -> "Kim's
    previous meetings with Donald Trump": a year after a happening named as what is spoken of is that happening's,
    not the speaking's."""
    if not re.search(r"\d{4}", sentence[lo:hi]) or (m := _RECALLED.search(sentence, max(0, lo - 160), lo)) is None:
        return None
    if m["det"] == "the":
        return f"The {m['np']}"
    # (past an opening phrase, "While striking a firm tone, Kim also invoked ...", and the adverb after the subject)
    before = re.sub(r"^(?:While|After|Before|Since|When|As|In|On|At)\s+[^,]{1,60},\s*", "", sentence[:m.start()])
    subject = re.sub(r"\s+(?:also|then|later|again|once|[a-z]+ly)$", "", _subject_of(before.rstrip(" ,")))
    if not subject or not subject[:1].isupper() or subject.split()[0] in ("The", "A", "An", "It", "He", "She", "They"):
        return None
    return f"{subject}'s {m['np']}"


_OBJECT_PRONOUNS = frozenset("them it us him her me you those these this that which whom".split())
_PART_OF_A_GROUP = re.compile(r"\b(?:group|number|some|many|most|one|two|three|few|several|all|none|each|half|dozens|"
                              r"hundreds|thousands|millions|majority|rest)\s+o$", re.IGNORECASE)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _participle_on_an_object(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"to discuss the fate of Japanese citizens abducted in the 1970s and 1980s" -> "Japanese citizens were
    abducted": a participle on the object of a preposition (not one that can open a clause: "after the North fired
    in 2017") is what the date tells of."""
    offer = _OFFER_MADE.search(sentence, max(0, lo - 140), lo)
    if offer is not None and _has_verb(sentence[:offer.start()]):
        # "dismissed on Tuesday an offer of talks made by the minister the previous week": the offer was made then
        by = f" {offer['by'].strip()}" if offer["by"] else ""
        return f"{offer['np'][:1].upper()}{offer['np'][1:]} {_was_or_were(offer['np'])} {offer['part']}{by}"
    if (after_of := PARTICIPLE_ON_AN_OBJECT.search(sentence, max(0, lo - 120), lo)) is None or not looks_like_verb(
            after_of["part"]) or after_of["part"] in NO_PASSIVE or any(
            looks_like_verb(w) or w in _AUXILIARIES or w in _CLAUSE_OPENERS for w in after_of["np"].split()):
        return None  # ("the source of income before the borders closed": a clause of its own, not a noun's participle)
    if any(s < after_of.end("np") and after_of.start("np") < e for s, e in spans):
        return None  # "opened on Thursday and closed on Saturday": a date, not an object, before the verb
    if any(looks_like_verb(w) for w in _LOWER_WORD.findall(sentence, after_of.end("part"), lo)):
        # "a C-17 carrying the remains of soldiers killed in the Korean War landed here on Friday": the date is the
        # main verb's, after the participle's own phrase
        return None
    if (after_of["part"] in ("reported", "announced", "confirmed", "said", "stated")
            and "," in sentence[:after_of.start()] and re.fullmatch(r"[\s.\"”]*", sentence[hi:])):
        return None  # "..., state media in both countries reported on Saturday": who reported it, not a passive
    if sentence.startswith("in ", after_of.start()) and _PHRASE_OF_A_STATEMENT.match(sentence, after_of.start()):
        return None  # "said in a statement carried by KCNA on Thursday": the saying was then
    if after_of["part"] == "ended" and after_of["np"].split()[-1].lower() in _PERIODS:
        return None  # "wrote off the assets in the fiscal year ended December 31, 2016": which year, not a doing
    if after_of["np"].split()[-1].lower() in _OBJECT_PRONOUNS or _PART_OF_A_GROUP.search(
            sentence, max(0, after_of.start() - 30), after_of.start() + 1):
        return None  # "A group of them gathered in Seoul last spring": the group's verb, not a participle
    if len(sentence[:after_of.start()].split()) <= 2 and not _has_verb(
            re.split(r"[.;:!?]", sentence[hi:], maxsplit=1)[0]):
        return None  # "Shipments of rice arrived in May": the subject's own verb (but "The fate of citizens abducted
        # in 1977 is unknown" goes on to its verb)
    np = after_of["np"]
    return (f"{np[:1].upper()}{np[1:]} {_was_or_were(np)} {after_of['part']}"
            f"{after_of['more'] or ''}")


# An offer, a proposal or a request on the object, with the participle of its making right before the date: "an
# offer of talks made by South Korea's unification minister [the previous week]"
# (or a lawsuit, a petition and who brought it: "after a lawsuit by a group of historians filed [in 2023]")
_OFFER_MADE = re.compile(r"\b(?P<np>(?:an?|the|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                         r"(?:offer|proposal|request|overture|invitation|plan|demand|ultimatum|letter|message|lawsuit|"
                         r"suit|complaint|petition|appeal|application|motion)"
                         r"(?:\s+(?:of|for)\s+[a-z][\w'’-]*|\s+by\s+(?:an?|the)\s+[a-z][\w'’-]*(?:\s+of\s+"
                         r"[a-z][\w'’-]*)?)?)"
                         r"\s+(?P<part>made|issued|extended|sent|submitted|presented|delivered|put\s+forward|floated|"
                         r"filed|lodged|brought)"
                         r"(?P<by>\s+by\s+[^,;:]{2,60}?)?\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")


# What was extended, and up to when: "extended its sanctions on North Korea for two more years, until April 2027"
_EXTENDED_UNTIL = re.compile(r"\b(?:extended|extends|extend|extending|prolonged|prolongs|prolong|renewed|renews)\s+"
                             r"(?P<np>(?:the|its|their|his|her|a|an)\s+[^,;:]{1,80}?)"
                             r"(?:\s+(?:for|by)\s+(?:another|a\s+further|\w+\s+(?:more|further))?[^,;:]{1,25}?)?"
                             r",?\s+(?:until|till|through|to)\s+$")


# ... or was: "The ban was extended until 2027", "The talks were postponed until March"
_PASSIVE_UNTIL = re.compile(r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[^,;:]{1,80}?)\s+(?:was|were|has\s+been|have\s+been|"
                            r"had\s+been)\s+(?:(?P<moved>postponed|delayed|put\s+off|pushed\s+back)|extended|prolonged|"
                            r"renewed)(?:\s+(?:for|by)\s+[^,;:]{1,25}?)?,?\s+(?:until|till|through|to)\s+$")
# What a clause began, held or opened, as its object: "begin their annual Freedom Shield exercise"
_BEGUN_OBJECT = re.compile(r"\b(?:begin|began|begins|start|started|starts|hold|held|holds|launch|launched|launches|stage|"
                           r"staged|stages|open|opened|opens)\s+(?P<np>(?:the|their|its|a|an)\s+[^,;]+?)"
                           r"(?=\s+(?:on|in|at|from)\b|,|\s+and\b)")
# What lasts up to the date: "now runs through Aug. 31, 2026", "is valid until"
# What is said to run to a date, right before its verb: "have said the programme may run till ..."
_RUNS_IN_A_REPORT = re.compile(r"\b(?:said|says|that)\s+(?P<np>(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
                               r"(?:(?:may|might|will|would|could|should|can)\s+)?$")
# a noun phrase set off after a comma, then "that" or "which": ", an 11-day drill that "
_NP_THAT_BEFORE = re.compile(r",\s+(?:an?|the)\s+(?P<np>[^,;:]{1,50}?)\s+(?:that|which)\s+$")
_RUNS_UNTIL = re.compile(r"\b(?:(?:set|scheduled|due|expected|slated)\s+to\s+(?:run|last|continue)|runs|run|lasts|last|"
                         r"remains\s+in\s+(?:force|effect|place)|is\s+valid|are\s+valid|expires)"
                         # ("it will run for 11 days, until March 20": how long, then the end)
                         r"(?:\s+for\s+(?:\w+\s+){1,2}?(?:days|weeks|months|years),?)?"
                         r"\s+(?:through|until|till|to|on)\s+$")
# A noun a which-clause is about, right before it: "the Asia-Pacific Economic Cooperation summit, which (now) "
# (its words take no preposition but "of": not "The president flies to Gyeongju for the summit")
_NP_WORD = (r"(?!(?:for|to|at|in|on|with|by|from|into|before|after|during|over|under|against|about|than|as|and|or|"
            r"is|are|was|were|will)\b)[\w'’.-]+")
_WHICH_BEFORE = re.compile(rf"\b(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|an?|An?)\s+(?:{_NP_WORD}\s+){{0,6}}?{_NP_WORD}"
                           rf"(?:\s+of\s+(?:the\s+)?(?:{_NP_WORD}\s+){{0,4}}?{_NP_WORD})?),\s+which\s+"
                           r"(?:[a-z]+ly\s+|now\s+)?$")
# What was put off, and to when: "postponed the talks until March"
_POSTPONED_UNTIL = re.compile(r"\b(?:postponed|delayed|put\s+off|pushed\s+back)\s+(?P<np>(?:the|its|their)\s+[^,;:]{1,60}?)"
                              r"\s+(?:until|till|to)\s+$")


def _inside_a_title(np: str) -> str:
    """A noun phrase put after the title's first words: "The ban" -> "the ban" (a name keeps its capital)."""
    return np[:1].lower() + np[1:] if re.match(r"(?:The|Its|Their)\s", np) else np


def _np_before_which(sentence: str, start: int, end: int) -> str:
    """The noun phrase a which-clause opening at ``end`` is about, found from ``start`` on ("the APEC summit, which"),
    its first word as written; "" when there is none."""
    found = (m for at in re.finditer(r"\b(?:the|its|their|an?)\s", sentence[:end], re.IGNORECASE)
             if at.start() >= start and (m := _WHICH_BEFORE.match(sentence, at.start(), end)) is not None
             and not _has_verb(m["np"])  # (not "The envoy praised the ceasefire")
             # (nor "the charges throughout the trial, which began ...": the trial began)
             and not re.search(r"\s(?:throughout|during|amid|despite|after|before|since|until)\s", m["np"]))
    return m["np"] if (m := next(found, None)) is not None else ""


# When something falls, opens or begins, in a which-clause: "the Lunar New Year, which falls on "
_WHICH_FALLS = re.compile(r",\s+which\s+(?:(?:this|next)\s+year\s+)?(?P<verb>falls|fell|begins|began|starts|started|"
                          r"opens|opened|closes|closed|ends|ended|takes\s+place|took\s+place)\s+(?:this\s+year\s+)?"
                          r"(?:(?:on|in)\s+)?$")  # (or with none: "which took place the day before yesterday")


def _which_falls_on(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"before the Lunar New Year, which falls on Feb. 17 next year" -> "The Lunar New Year"; "the forum, which opens on
    Oct. 3 in Vladivostok" -> "The forum opens in Vladivostok": the date is the thing's, not the main clause's."""
    if (m := _WHICH_FALLS.search(sentence, max(0, lo - 60), lo)) is None or re.search(r"[,;:]", sentence[hi:]):
        return None  # (an aside on the subject, the main clause after it: "Construction of a bridge ..., which began
        # on April 30, is due to be finished")
    which_end = m.start() + re.match(r",\s+which\s+", sentence[m.start():]).end()
    if not (np := _np_before_which(sentence, max(0, m.start() - 120), which_end)):
        return None
    # ("on the eve of its launch, which took place ...": the launch took place, not its eve)
    np = re.sub(r"^[Tt]he\s+(?:eve|day|night|morning|start|end|run-up)\s+of\s+", "", np)
    if m["verb"] in ("falls", "fell"):
        return np
    rest = _without_dates(sentence, hi, clause_around(sentence, lo, hi)[1], spans)
    # ("in Vladivostok"; not a second verb: "which began on November 24 and led Sony to cancel ...")
    rest = re.split(r"\s(?:and|but|while|after|before)\s", rest, maxsplit=1)[0].strip(" .")
    if re.match(r"\s*,?\s*(?:and|but)\s", sentence[hi:]):
        rest = ""  # (the date's own conjunct ends at it: what follows "and" is another verb's)
    return f"{np} {m['verb']}{' ' + rest if rest else ''}"


_REPORTED_PRONOUN = re.compile(r"\b(?:said|says|say|told\s+\w+|added|announced|expect(?:s|ed)?)\s+(?:that\s+)?"
                               r"(?:it|they)\b")


# where the last clause joined to the one before begins: ", and the current mandate"
_LAST_CLAUSE_JOINED = re.compile(r",\s+(?:and|but|while)\s+(?!.*,\s+(?:and|but|while)\s)")


def _extended_until(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Seoul extended the ban until Aug. 31, 2026" -> "End of the ban" for Aug. 31, 2026: the date an extension
    runs to is when what was extended ends, not when it was extended (that is the sentence's other date, if any).
    Likewise "The talks were postponed until March" -> "New date for the talks"."""
    if not re.search(r"\b(?:until|till|through|to|on)\s+$", sentence[max(0, lo - 12):lo]):
        return None
    start = max(0, lo - 160)
    for stop in (". ", "; "):
        if (cut := sentence.rfind(stop, 0, lo)) >= 0:
            start = max(start, cut + 2)
    passive = (m for at in re.finditer(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s", sentence[:lo])
               if at.start() >= start and (m := _PASSIVE_UNTIL.match(sentence, at.start(), lo)) is not None
               and not _has_verb(m["np"]))  # (the subject's own words: not "The envoy said the talks")
    m = _EXTENDED_UNTIL.search(sentence, start, lo) or next(passive, None) or _POSTPONED_UNTIL.search(sentence, start, lo)
    if m is None and (runs := _RUNS_UNTIL.search(sentence, start, lo)) is not None:
        if which := _np_before_which(sentence, start, runs.start()):
            return f"End of {_inside_a_title(which)}"  # "the APEC summit, which runs through Saturday"
        if (that := _NP_THAT_BEFORE.search(sentence, start, runs.start())) is not None and not _has_verb(that["np"]):
            # "..., an 11-day drill that runs through Aug. 28": the drill ends then
            return f"End of the {_inside_a_title(that['np'])}"
        subject = _subject_of(sentence[:runs.start()])
        if (joined := _LAST_CLAUSE_JOINED.search(sentence, start, runs.start())) is not None and (
                own := _subject_of(sentence[joined.end():runs.start()])) and own.lower() not in ("it", "they") \
                and not _has_verb(own):
            subject = own  # "Russia vetoed the renewal in March, and the current mandate expires on April 30"
        if (told := _RUNS_IN_A_REPORT.search(sentence, start, runs.start())) is not None:
            subject = told["np"]  # "Officials have said the programme may run till Thursday": the programme ends
        if (re.search(r",?\s+and\s+(?:it|they)\s+(?:will\s+|is\s+set\s+to\s+)?$", sentence[start:runs.start()])
                and (begun := list(_BEGUN_OBJECT.finditer(sentence, start, runs.start())))):
            # "forces begin their annual Freedom Shield exercise on Monday, and it will run ... until March 20": what
            # was begun is what runs to the date
            np = _without_dates(sentence, begun[-1].start("np"), begun[-1].end("np"), spans).strip(" ,")
            return f"End of {_inside_a_title(re.sub(r'^(?:their|its)\s+', 'the ', np))}"
        if _subject_of(sentence[start:runs.start()]).lower() in ("they", "it"):
            # "Six-party talks begin in Beijing; they last until 2008": the talks end then
            subject = _subject_of(sentence[:start].rstrip(" ;"))
            if subject[:1].isupper() and subject.split()[0] not in ("The", "Its", "Their") and not re.search(
                    r"\s[A-Z]", subject):
                subject = "the " + subject[:1].lower() + subject[1:]  # (a sentence's first word, not a name)
        if told is None and _REPORTED_PRONOUN.search(sentence, start, runs.start()):
            return None  # "Officials said it would run until spring 2013": what runs is told before, not the officials
        if subject and not _has_verb(subject):
            # "The restriction, first imposed in 2017, ... now runs through Aug. 31, 2026" -> "End of the restriction"
            return f"End of {_inside_a_title(subject)}"
    if m is None or any(s < m.end("np") and m.start("np") < e for s, e in spans):
        return None
    np = _inside_a_title(m["np"])
    if m.re is _POSTPONED_UNTIL or (m.re is _PASSIVE_UNTIL and m["moved"]):
        return f"New date for {np}"
    if (own := re.match(r"(?:its|their)\s+", np)) and (subject := _subject_of(sentence[:m.start()])) and (
            subject[:1].isupper() and subject.split()[0] not in ("The", "A", "An", "It", "They")):
        np = f"{subject}{'’' if '’' in sentence else "'"}{'' if subject.endswith('s') else 's'} {np[own.end():]}"
    return f"End of {np}"


# An object, then a participle set off by a comma that closes the sentence with its dates: "has not acknowledged the
# two previous letters, delivered on 9 January and 20 February"
_CLOSING_PARTICIPLE = re.compile(r"\s(?P<np>(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+"
                                 # (or a name: "banned under UN Security Council Resolution 2397, adopted in ...")
                                 # (the object of a preposition: not "Madeleine Albright, who ..., died")
                                 r"|(?:(?<=under\s)|(?<=of\s)|(?<=to\s)|(?<=with\s)|(?<=by\s)|(?<=from\s)|(?<=for\s)"
                                 r"|(?<=against\s))(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|\d[\d-]*)){1,6}),\s+"
                                 r"(?P<part>[a-z]+)(?P<more>(?:\s+(?:to|at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)"
                                 r"\s+(?:on|in|at)\s+$")


def _closing_participle(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The mission has not acknowledged the two previous letters, delivered on 9 January and 20 February" -> "The
    two previous letters were delivered": the dates are the participle's, told of the object before it."""
    lo = min([lo, *(s for s, e in spans if s <= lo < e)])  # (the second of a list: its start is the list's)
    m = _CLOSING_PARTICIPLE.search(sentence, max(0, lo - 120), lo)
    if m is None or not (m["part"].endswith("ed") or m["part"] in _PARTICIPLES) or not looks_like_verb(m["part"]):
        return None
    words, before = sentence[:m.end("np")].split(), len(sentence[:m.start()].split())
    if any(s < m.end("np") and m.start("np") < e for s, e in spans) or not (
            _has_verb(sentence[:m.start()]) or any(_present_verb(words, i) for i in range(1, before))):
        # ("The talks, the first since 2019, ended on Friday": no object, the subject's own verb; but "The company
        # still holds a license, granted in 2002" has its verb in the present)
        return None
    hi = max([hi, *(e for s, e in spans if s <= lo < e)])  # (a list of dates may be one span)
    rest = sentence[hi:]
    for s, e in sorted(spans):
        if s >= hi and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", sentence[hi:s]):
            rest, hi = sentence[e:], e  # the list of its dates
    # (with the place it was done after the date, or before the main clause goes on: "signed in 2018 in
    # Singapore.", "read the letter, delivered on Monday, and smiled")
    end = re.match(r"(?P<place>\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?(?:[\s.!?\"”]*$|,\s+(?:and|but)\s)",
                   rest)
    if end is None:
        return None  # the sentence goes on: the participle may open something else
    np = m["np"]
    if (of := _OCCASION_OF.match(np)) is not None:
        np = of["inner"]  # "the 70th anniversary of the armistice, signed ... on July 27, 1953": the armistice was
    return (f"{np[:1].upper()}{np[1:]} {_was_or_were(np)} {m['part']}{m['more'] or ''}"
            f"{end['place'] or ''}")


# An occasion that marks a thing, which is what a participle after it was done to
_OCCASION_OF = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:anniversary|anniversaries|"
                          r"commemoration|memory|legacy)\s+of\s+(?P<inner>(?:the|a|an|its|their|his|her)\s+.+)")


# A sentence opening at a named place: "At the Third Tunnel", "In the Demilitarized Zone"
_PLACE_OPENING = re.compile(r"(?:At|In|Inside|Outside|Near|Beside)\s+"
                            r"(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")


_PICTURE_NOUN = re.compile(r"\b(?:imagery|images?|photos?|photographs?|pictures?|footage|video|satellite\s+shots?)$",
                          re.IGNORECASE)


def _set_off_happening(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The title when the date sits in a phrase that only qualifies the sentence's subject, before its main verb:

    - set off by commas: "The communique, issued on 12 October 2000, comes ..." -> "The communique was issued";
      "The summit between Trump and Kim, held in Hanoi in February 2019, ended ..." -> "The summit between Trump
      and Kim was held in Hanoi"; "Albright's trip to the North Korean capital, which ran from 23 to 24 October,
      put ..." -> "Albright's trip to the North Korean capital" (the subject names the happening); "Lee, who took
      office in June, met ..." -> "Lee took office";
    - or not: "The text signed on 21 October 1994 puts ..." -> "The text was signed".

    None when the sentence is not built that way."""
    opener = _SENTENCE_OPENER.match(sentence)
    # (past a dateline, blanked: "SEOUL — Former President Yoon, who ..., was indicted on Monday")
    start = opener.end() if opener else len(sentence) - len(sentence.lstrip())
    if (later := _SUBJECT_ASIDE.match(sentence, start)) is not None and lo >= later.end() and not any(
            s < later.end("subject") for s, _ in spans) and not _has_verb(later["subject"]):
        # "The second summit ..., held in Hanoi from 27 to 28 February, ended early on Thursday ...": the date is
        # the main verb's, whose subject is before the aside
        end = max([hi, *(e_ for s_, e_ in spans if s_ <= lo < e_)])  # (a list of dates may be one span)
        for s_, e_ in sorted(spans):
            if s_ >= end and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", sentence[end:s_]):
                end = e_  # the list of its dates
        first = min([lo, *(s_ for s_, e_ in spans if s_ <= lo < e_)])
        if (re.fullmatch(r"\s*(?:in|on|during)\s+", sentence[later.end():first])
                and _MAIN_VERB_AFTER_LIST.match(sentence, end)
                and (who := re.match(r",\s+who\s+", sentence[later.end("subject"):])) is not None):
            # "Moon Jae-in, who met Kim three times last year, in April, May and September, flew to Washington":
            # the dates listed after the aside are its occasions, each one of them
            told = _without_dates(sentence, later.end("subject") + who.end(), later.end(), spans).strip(" ,")
            return f"{later['subject']} {_TIMES_SAID.sub('', told)}"
        a, b = clause_around(sentence, lo, hi)
        if a <= later.end():
            # the sentence without the aside, read again: its main clause may join two happenings with their own
            # dates ("Otto Warmbier, detained in January 2016, was returned ... last month and died on June 19")
            cut, delta = later.end("subject"), later.end() - later.end("subject") - 1
            if sentence[later.end():].count(" and ") and sum(1 for s_, _ in spans if s_ >= later.end()) > 1:
                return _title(sentence[:cut] + " " + sentence[later.end():], lo - delta, hi - delta,
                              [(s_ - delta, e_ - delta) for s_, e_ in spans if s_ >= later.end()])
            return f"{later['subject']} {_without_dates(sentence, later.end(), b, spans)}"
    comma_before = sentence.rfind(",", 0, lo)
    if comma_before > 0 and (closing := _closing_relative(sentence, comma_before, lo, hi, spans)):
        return closing
    comma_after = next((hi + m.start() for m in re.finditer(",", sentence[hi:]) if not any(
        s <= hi + m.start() < e for s, e in spans)), -1)
    if comma_before > 0 and comma_after >= 0 and _RUNS_UNTIL.search(sentence, comma_before, lo):
        return None  # "The drills, set to run through Friday, ...": the day they end (_extended_until)
    if comma_before > 0 and comma_after >= 0:
        subject = sentence[start:comma_before].strip()
        if any(start <= s < comma_before for s, _ in spans):
            # "Friday's demolition, on 27 June 2008, ...": only a weekday's possessive may date the subject
            if not re.fullmatch(r"[A-Z][a-z]+day['’]s\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4}", subject):
                return None
            subject = _without_dates(sentence, start, comma_before, spans)
        if (named := re.fullmatch(r"(?P<np>[^,]+),\s+(?P<label>[^,\s]+(?:\s+[^,\s]+){0,2})", subject)) and not _has_verb(
                named["label"]) and not _has_verb(named["np"]):
            subject = named["np"]  # "Its final report, S/2024/215, published in March": the report, with its label
        if not re.fullmatch(r"(?:[A-Z][\w'’.-]*|[Tt]he|[Aa]n?)(?:\s+[\w'’.$%-]+){0,14}", subject):
            return None  # ("A reward of up to $5 million, first offered in ...")
        aside = _without_dates(sentence, comma_before + 1, comma_after, spans)
        rest = sentence[comma_after + 1:]
        verb = _MAIN_VERB_NEXT.match(rest)
        main_verb_next = verb is not None and (looks_like_verb(verb["verb"])
                                               or bool(_FINITE_PRESENT.match(verb["verb"])))
        subject_is_clause = _has_verb(subject)
        relative = re.match(r"\s*(?P<who>which|that|who|whose)\s+(?P<body>.*)", sentence[comma_before + 1:comma_after])
        if relative:
            body = _without_dates(sentence, comma_before + 1 + relative.start("body"), comma_after, spans)
            if relative["who"] == "whose":
                # "The Panel of Experts, whose mandate expired on 30 April 2024, had ..." -> "The Panel of Experts'
                # mandate expired"
                if subject_is_clause or not _has_verb(body):
                    return None
                return f"{subject}{chr(39) if subject.endswith('s') else chr(39) + 's'} {body}"
            if (re.fullmatch(r"(?:started|began|opened|closed|ended)", body) and not subject_is_clause
                    and len(subject.split()) < 4):
                return f"{subject} {body}"  # "The embassy, which opened in 2000, has been closed": its opening
            if _TOOK_PLACE.match(body):
                if ((on := _APPOSITIVE_ON.fullmatch(subject.rsplit(", ", 1)[-1])) is not None and (np := on["np"])
                        or subject_is_clause and re.match(r"(?:It|This|That)\s+(?:was|is)\s", subject)
                        and (np := _noun_phrase_at_end(subject)) != subject):
                    # "It was a reference to Japan's colonial rule, which ended in 1945", "..., a reference to
                    # Japan's colonial rule, which ended in 1945": the rule ended then
                    return f"{np[:1].upper()}{np[1:]} {body}"
                if subject_is_clause or len(subject.split()) >= 4:
                    return subject  # "Lee begins his presidency", "Albright's trip to the North Korean capital"
                if main_verb_next:
                    return f"{subject} {_without_dates(sentence, comma_after + 1, len(sentence), spans)}"
                return None
            first = body.split(" ", 1)[0]
            if first in ("was", "were", "is", "are") and (subs := list(re.finditer(
                    r"\b(?:before|after|until|when)\s+", sentence[comma_before + 1:lo]))):
                # "Tours, which were the main source of income before the borders closed in January 2020, have not
                # resumed" -> "The borders closed": the relative clause states what held; the date is the happening
                # that ended it
                told = _without_dates(sentence, comma_before + 1 + subs[-1].end(), comma_after, spans)
                return told if len(told.split()) >= 2 and _has_verb(told) else None
            if not subject_is_clause and main_verb_next and first[:1].islower() and (
                    looks_like_verb(first) or first in _AUXILIARIES or _FINITE_PRESENT.match(first)):
                # "Lee, who took office in June, met ..." -> "Lee took office" (right after "which" or "who", a
                # word in "-s" is a verb too: "The United States, which holds the presidency in December, had")
                return f"{subject} {body}"
            return None
        placed = _PLACE_OPENING.fullmatch(subject)
        if placed is not None and aside[:1].islower() and (
                looks_like_verb(first := aside.split()[0]) or first in _PARTICIPLES):
            # "At the Third Tunnel, discovered in 1978, we walk ...": the place the sentence opens at, discovered then
            np = placed["np"]
            return f"{np[:1].upper()}{np[1:]} {'were' if _names_several(np) else 'was'} {aside}"
        if subject_is_clause or not main_verb_next:
            return None
        words = aside.split()
        # "first offered in December 2024": the adverb says when in a series, the participle what was done
        first = words[1] if len(words) > 1 and (words[0] in ("first", "later", "once", "originally", "initially")
                                                  or words[0].endswith("ly")) else (words[0] if words else "")
        after_first = words[words.index(first) + 1] if first in words[:-1] else ""
        if first in _PLAN_WORDS and after_first not in _PARTICLES:
            # "The vote, scheduled for Nov. 3, was cancelled": what befell the vote on its day (but "The team, set up
            # in October 2024, said" was set up then)
            return f"{subject} {_without_dates(sentence, comma_after + 1, len(sentence), spans)}"
        described = re.fullmatch(r"(?:a|an)\s+[^,]*?\s(?P<who>(?:who|which|that)\s+)?(?P<done>(?:(?:first|last|once)\s+)?"
                                 r"(?:[a-z]+ed|held|made|built|shown|seen|unveiled)\b.*)", aside)
        verb = re.sub(r"^(?:first|last|once)\s+", "", described["done"]).split()[0] if described else ""
        if described is not None and described["who"] and looks_like_verb(verb):
            # "The nominee, a former general who served as commander from 2018 to 2021, ...": what the subject did
            return f"{subject} {described['done']}"
        if described is not None and looks_like_verb(verb):
            # "The Hwasong-18, a solid-fuel ICBM first tested on April 13, will be ..." -> "The Hwasong-18 was first
            # tested"
            return f"{subject} was {described['done']}"
        # (after "first", "later" ..., any "-ed" word is the participle: "first proposed in December 2019")
        if first in _AUXILIARIES and first == words[0]:
            # "The trigger, by most accounts, was the North's third nuclear test": the aside was only "by most
            # accounts", and the verb is already there
            return f"{subject} {aside}"
        if first[:1].islower() and (looks_like_verb(first) or first in _PARTICIPLES or first in _BARE_PARTICIPLES
                                    or (first.endswith("ed") and words and first != words[0])):
            return f"{subject} {'were' if _names_several(subject) else 'was'} {aside}"  # "The communique was issued"
        if not aside:
            # "Friday's demolition, on 27 June 2008, gives ...": the date only; the sentence without it
            return _without_dates(sentence, 0, len(sentence), spans)
        if re.fullmatch(r"(?:in|at|near|outside|inside)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}", aside):
            # "The second summit, in Hanoi on Feb. 27 and 28, ended ...": where it was, then what befell it
            end = _MAIN_CLAUSE_END.search(sentence, comma_after + 1)
            rest = _without_dates(sentence, comma_after + 1, end.start() if end else len(sentence), spans)
            return f"{subject} {aside} {rest}"
        return None
    # "... undermines the deal reached on 29 February": a deal reached (signed) that day, named as an object
    obj = re.search(r"\b(?:the|a|an)\s+(?P<np>(?:[\w-]+\s+)?(?:deal|agreement|accord|treaty|arrangement|pact|statement|"
                    r"declaration))\s+(?P<part>reached|signed|struck|agreed|issued|adopted|concluded)\s+(?:on|in)\s+$",
                    sentence[max(0, lo - 80):lo])
    if obj is not None and not re.match(r"\s*,\s*(?:in|under)\s+which", sentence[hi:]):
        return f"The {obj['np']} was {obj['part']}"
    # "The text signed on 21 October 1994 puts ...": a participle and what goes with it, then the main verb
    # (past a phrase that opens the sentence: "Seventy-three years after the armistice, the remains ... returned")
    reduced = re.fullmatch(r"(?:[A-Z][^,;:]{2,60},\s+)?"
                           r"(?P<np>(?:[Tt]he|[Aa]n?|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}?)\s+(?P<part>[a-z]+ed|"
                           r"signed|held|"
                           r"issued|made|taken|reached|agreed)(?P<more>(?:\s+(?:in|at|by|from|to|into|"
                           # (not "pencilled in for": a particle, then the date's own preposition)
                           r"between)\s+(?!(?:for|on|in|at|of)\s)[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*){0,2})"
                           r"\s+(?:on|in|at|of)?\s*", sentence[:lo])
    verb = _MAIN_VERB_NEXT.match(sentence[hi:])
    if (reduced and verb and not verb.group().lstrip().startswith(",") and _FINITE_PRESENT.match(verb["verb"])
            and not _has_verb(reduced["np"])
            # (not a preposition's object cut in two by the date: "Analysts pointed to the 2020 figures")
            and not re.search(r"\b(?:the|a|an|its|their|his|her)$", reduced["more"] or "")
            # (not a picture's: "Commercial satellite imagery taken on April 9 shows crews dismantling ...": the date
            # is of the picture, and what it shows is the happening)
            and not _PICTURE_NOUN.search(reduced["np"])):
        if (rel := re.fullmatch(r"(?:(?:But|And|Yet)\s+)?(?P<obj>(?:[Tt]he|[Aa]n?)\s+[^,]+?)\s+(?:(?:that|which)\s+"
                                r"(?P<subj>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})|"
                                r"(?P<subj2>the\s+two\s+(?:men|leaders|sides|countries|governments|presidents)|they|he|"
                                r"she|we))",
                                reduced["np"])) is not None:
            # "The deal that Trump signed in 2018 was praised" -> "Trump signed the deal": the relative's subject did
            # it (its "that" may be left out: "the document the two men signed on Tuesday")
            subj = rel["subj"] or rel["subj2"]
            return f"{subj[:1].upper()}{subj[1:]} {reduced['part']} {rel['obj'][:1].lower()}{rel['obj'][1:]}"
        if re.search(r"\b(?:that|which|who)\b", reduced["np"]):
            return None
        # ("The report on talks held in Geneva in 1994 was released": the participle is the nearest noun's)
        # (but the remains of the dead, or their bodies, are what is done to: "The remains of 55 servicemen returned")
        np = reduced["np"] if re.match(r"(?:[Tt]he|[Tt]heir)\s+(?:remains|bodies|ashes)\s+of\s", reduced["np"]) else \
            re.split(r"\s+(?:on|of|about|over|into)\s+", reduced["np"])[-1]
        if (ahead := re.fullmatch(r"(?P<np>.+?)\s+to\s+be", np)) is not None:
            # "A notice to be published in the Federal Register on Monday says": what is to be done then
            return f"{ahead['np'][:1].upper()}{ahead['np'][1:]} {'are' if _names_several(ahead['np']) else 'is'} " \
                   f"to be {reduced['part']}{reduced['more']}"
        if (being := re.fullmatch(r"(?P<np>.+?)\s+being", np)) is not None:
            # "The talks being held in March will decide it": an arrangement, told as one
            return f"{being['np'][:1].upper()}{being['np'][1:]} {'are' if _names_several(being['np']) else 'is'} " \
                   f"being {reduced['part']}{reduced['more']}"
        # ("A launch pad first expanded in 2022 has been enlarged": the adverb goes with the verb)
        np, when = re.fullmatch(r"(.*?)((?:\s+(?:first|later|once|originally|initially))?)", np).groups()
        return f"{np[:1].upper()}{np[1:]} {_was_or_were(np)}{when} {reduced['part']}{reduced['more']}"
    return None


def _agreeing(antecedent: str, verb: str) -> str:
    """The name after "of" in a plural antecedent that a singular verb agrees with: "the parents of Moon Jae-in, who
    was born ..." was he, not they; the plural after "of" in a singular one that a plural verb agrees with."""
    if verb in ("was", "is", "has") and (of_name := re.fullmatch(
            r"(?:the\s+)?[a-z]+s\s+of\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})", antecedent)):
        return of_name["name"]

    if verb in ("were", "are", "have") and (of_plural := re.fullmatch(
            r"(?:the\s+|an?\s+)?[a-z]+(?<!s)\s+of\s+(?P<np>(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?[a-z]+s)", antecedent)):
        # "the resumption of tours, which were suspended": the tours were, not the resumption
        return of_plural["np"]
    return antecedent


def _who_did_it(antecedent: str) -> str:
    """The person a who-clause is on: "the impeachment of Yoon Suk Yeol, who walked out" is his doing's antecedent
    only in grammar; a doing cannot walk out, the person named can."""
    if (of_name := _DOING_OF_A_NAME.search(antecedent)) is not None:
        return of_name["name"]
    # "watched from a balcony alongside Sergei Shoigu, who had arrived": a place's word says who stood there
    beside = _BESIDE_A_NAME.search(antecedent)
    return beside["name"] if beside else antecedent


def _piece_before_relative(before: str) -> str:
    """The comma-separated piece a relative clause hangs on, past a person's age and home: "Cpl. James Harlow, 19, of
    Ohio, who was reported missing" hangs on Cpl. James Harlow."""
    pieces = re.split(r"[,;:]\s+", before.strip())
    while len(pieces) > 1 and re.fullmatch(r"\d{1,3}|(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", pieces[-1].strip(" ,")):
        pieces.pop()
    if len(pieces) > 1 and re.fullmatch(r"(?:1[89]|20)\d\d", pieces[-1].strip()) and (
            day := _DAY_ENDS_PIECE.search(pieces[-2])) is not None:
        # "The theft from Bybit on Feb. 21, 2025, which the FBI attributed ...": the year ends a date, which ends
        # the noun's phrase
        return pieces[-2][:day.start()].strip()
    # ("Families of the others, including Megumi Yokota, who was taken in 1977": the one named, not the list word)
    return re.sub(r"^(?:including|such\s+as|notably|especially|among\s+them)\s+", "", pieces[-1].strip())


# A day and month closing a piece, with the preposition before it: " on Feb. 21", " on 21 February"
_DAY_ENDS_PIECE = re.compile(r"\s+(?:on\s+|of\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})$")


# What an arrangement does in the present, told in a closing which-clause ("..., which begins on Thursday"), and the
# whole phrase that does it: a determiner's or a name's possessive on to the comma
_BEGINS_OR_ENDS = frozenset("begins opens starts ends closes convenes concludes".split())
_ARRANGED_THING_AT_END = re.compile(r"(?:\b(?:the|a|an|its|his|her|their)\s+|(?<![\w'’])[A-Z][\w.'’-]*"
                                    r"(?:\s+[A-Z][\w.'’-]*)*['’]s\s+)[^,;:]*$")


# a person named at the end of a phrase, with what they are to someone before the name: "her daughter Megumi"
_NAMED_PERSON_AT_END = re.compile(r"(?:\b(?:her|his|their|its|the|a|an)\s+(?:(?!of\b)[a-z][\w-]*\s+){0,2})?"
                                  r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def _closing_relative(sentence: str, comma: int, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """A relative clause that closes the sentence and holds the date is the happening, put to what it hangs on: "He
    succeeded his father, Kim Jong Il, who died on 17 December 2011" -> "Kim Jong Il died"."""
    rel = re.match(r"\s*(?:who|which)\s+(?P<verb>[a-z]+)\b", sentence[comma + 1:lo])
    # (or an arrangement in the present: "ahead of Xi's first state visit, which begins on Thursday")
    if rel is None or not (looks_like_verb(rel["verb"]) or rel["verb"] in _AUXILIARIES
                           or rel["verb"] in _BEGINS_OR_ENDS):
        return None
    # (", citing the virus": the main clause's; ", with more than 110 warplanes involved": how it went)
    rest = re.sub(r",\s+[a-z]+ing\b[^,;:]*$", "", sentence[hi:])
    trailing = rest != sentence[hi:]
    rest = re.sub(r",\s+with\b[^,;:]*$", "", rest)
    if re.search(r"[,;:]", rest):
        return None  # the sentence goes on past the clause
    if re.match(r"\s+and\s", rest) and any(hi < s_ < hi + len(rest) for s_, _e in spans):
        rest = ""  # "which started on November 17 and will last until November 28": each verb its own date
    verb_at = comma + 1 + rel.start("verb")
    if (joined := list(re.finditer(r"\s+and\s+(?=[a-z])", sentence[verb_at:lo]))) and any(
            verb_at <= s_ < verb_at + joined[-1].start() for s_, _e in spans):
        verb_at += joined[-1].end()  # (and the second verb's date, "will last until November 28", its own)
    segment = re.sub(r"^[a-z]+ing\s+(?=[A-Z])", "", _piece_before_relative(sentence[:comma]))
    # ("..., succeeding Shigeru Ishiba, who had visited ...")
    antecedent = segment if re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*", segment) else (
        on["np"] if (on := _APPOSITIVE_ON.fullmatch(segment)) else _noun_phrase_at_end(segment))
    if (re.match(r"\s*who\b", sentence[comma + 1:lo]) and (not antecedent or len(antecedent.split()) > 8)
            and (named := _NAMED_PERSON_AT_END.search(segment)) is not None):
        # "the anniversary of the abduction of her daughter Megumi, who was snatched ...": "who" is the person named
        # (when the phrase is too long to be what the clause hangs on)
        antecedent = named.group()
    if not looks_like_verb(rel["verb"]) and rel["verb"] not in _AUXILIARIES:
        # a name does not begin or open: what does is the whole phrase ("Xi Jinping's first state visit to North
        # Korea, which begins on Thursday")
        whole = _ARRANGED_THING_AT_END.search(segment)
        antecedent = whole.group() if whole and " and " not in whole.group() else ""
        if len(antecedent.split()) > 10:
            return None
    elif not antecedent or len(antecedent.split()) > 8:
        return None
    if not antecedent:
        return None
    antecedent = _agreeing(antecedent, rel["verb"])
    if re.match(r"\s*who\b", sentence[comma + 1:lo]):
        antecedent = _who_did_it(antecedent)
    body = _without_dates(sentence, verb_at, hi + len(rest.rstrip()), spans)
    if trailing and _TOOK_PLACE.match(body):
        return None  # ("Lee begins his presidency, which started on 4 June, facing ...": the main clause names it)
    return f"{antecedent} {body}"


# An agreement named with its date: "the Agreed Framework of 1994", "the joint statement of 19 September 2005"
_NAMED_AGREEMENT_BEFORE = re.compile(r"(?P<name>(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’-]*|joint|"
                                     r"six-party)\s+){0,3}?(?:Framework|Agreement|Declaration|"
                                     r"Statement|Accord|Treaty|Communiqu[eé]|agreement|statement|declaration|accord|"
                                     r"treaty|communiqu[eé]))\s+(?:of|from)\s+$")


def agreement_named_before(sentence: str, lo: int) -> re.Match | None:
    """The agreement a date at ``lo`` names ("the Agreed Framework of 1994", "the joint statement of 19 September
    2005"): a name, not "an agreement of 2019"; None when there is none."""
    if not ends_on_a_word(sentence, max(0, lo - 80), lo, ("of", "from")):
        return None  # (cheap test first: the name's "of" or "from" comes right before the date)
    named = _NAMED_AGREEMENT_BEFORE.search(sentence, max(0, lo - 80), lo)
    return named if named is not None and re.search(r"[A-Z]|joint|six-party", named["name"]) else None


def _named_agreement(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """A date that names an agreement dates the agreement, not what the sentence says befell it later: "the Agreed
    Framework of 1994 unravelled" -> "The Agreed Framework"; what it settled when a clause tells it ("the joint
    statement of 19 September 2005, in which North Korea committed to ..." -> "North Korea committed to ...")."""
    named = agreement_named_before(sentence, lo)
    if named is None:
        return None
    if _FRONTED.match(sentence) and "," not in sentence[:named.start()] or re.search(
            r",\s+in\s+$", sentence[max(0, named.start() - 8):named.start()]):
        return None  # "Under the Leap Day agreement of 29 February 2012, North Korea agreed ...": the main clause
    name = re.sub(r"^(?:the|its|their)\s+", "", named["name"], flags=re.IGNORECASE)
    told = re.match(r"\s*,\s*(?P<how>(?:in|under|by)\s+which)\s+", sentence[hi:])
    if told is not None:
        if re.search(r"\b(?:issued|signed|produced|adopted|reached|concluded|struck)\s+(?:[\w'’-]+\s+){0,3}$",
                     sentence[max(0, named.start() - 40):named.start() + len(named["name"]) - len(name)]):
            return None  # "the six parties issued their joint statement of ...": who made it says more
        start = hi + told.end()
        end = _MAIN_CLAUSE_END.search(sentence, start)
        happening = _without_dates(sentence, start, end.start() if end else len(sentence), spans)
        if len(happening.split()) >= 3:
            return f"The {name}, {told['how']} {happening}"
    befell = re.match(r"\s+(?:had\s+)?(?:unravel+ed|collapsed|broke\s+down|fell\s+apart|expired|lapsed|"
                      r"lost\s+its\s+footing)\b",
                      sentence[hi:])
    if befell is None and not re.search(r"\b(?:collapse|demise|end|breakdown)\s+of\s+$",
                                        sentence[max(0, named.start() - 16):named.start()]):
        return None
    # what befell it has a date of its own, if the text gives one
    return f"The {name}"


# A main clause that only places what it is about after an earlier happening: "The agreement comes four months
# after", "The step follows", ", coming five years after" (or before one ahead: "The visit comes in the run-up to")
_COMMENT = re.compile(r"(?:^(?:It|This|That|(?:The|This|That|These|Those|Its|[A-Z][a-z]+day['’]s)(?:\s+(?!(?:is|was|"
                      r"are|were|has|have|had|"
                      r"been)\b)[\w-]+){1,6}?)(?:,\s[^,]{1,40},)?\s+(?:also\s+)?(?:(?P<verb>comes?|came|follows?|"
                      r"followed))"
                      r"|,\s+(?:coming|following))"
                      r"(?P<after>\s+(?:[\w-]+\s+){0,5}?(?:after|since|before|ahead\s+of|run-up\s+to|eve\s+of))?\s+(?=\S)")


def _commented_happening(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The earlier happening a main clause only places its subject after, when the date is that happening's: "The
    agreement comes four months after North Korea conducted its first nuclear test on 9 October 2006" -> "North
    Korea conducted its first nuclear test"; "The step follows the agreement reached in Beijing on 13 February
    2007" -> "The agreement reached in Beijing".  None otherwise."""
    comment = None
    for comment in _COMMENT.finditer(sentence, 0, lo):
        pass
    verb_at = comment.start("verb" if comment["verb"] else 0) if comment is not None else 0
    if comment is None or any(verb_at < e and s < comment.end() for s, e in spans):
        return None
    if not comment["after"] and (comment["verb"] in (None, "come", "comes", "came") or re.match(
            r"(?:[a-z]+ly|to|on|in|at|by|into|onto|upon|with|from|up|through|suit)\b", sentence[comment.end():])):
        return None  # "came to a head", "follows closely on": no earlier happening named
    if _MAIN_CLAUSE_END.search(sentence, comment.end(), lo):
        return None  # the date is in a clause on that happening ("..., which was marked on August 15")
    if (between := [e_ for s_, e_ in spans if comment.end() <= s_ and e_ <= lo]) and not re.fullmatch(
            r"\s*,?\s*(?:(?:and|or)\s+)?(?:(?:in|on|at)\s+)?", sentence[max(between):lo]):
        # "The deal follows talks in Beijing on Feb. 23 and 24, the first since Kim Jong Il died in December": the
        # happening followed has its own date; a later one tells of something else
        return None
    end = _MAIN_CLAUSE_END.search(sentence, hi)
    happening = _without_dates(sentence, comment.end(), end.start() if end else len(sentence), spans)
    if len(happening) > TITLE_LENGTH:
        # "envoys announced at the White House that Trump had accepted ...": what was said before where
        happening = re.sub(r"\b(said|announced|reported|declared)\s+(?:at|in|on|to)\s[^,;:]{0,60}?\s+that\b",
                           r"\1 that", happening, count=1)
    if _ANNIVERSARY_OF.match(happening) and re.search(r"\b(?:that|which)\s", sentence[comment.end():lo]):
        return None  # "comes a week before the 70th anniversary of the armistice that ended the fighting in 1953":
        # the date is the armistice's, not its anniversary's
    return happening if len(happening.split()) >= 3 else None


_ANNIVERSARY_OF = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?anniversary\s+of\s", re.IGNORECASE)
# (not the adjective of "the following day")
_LANDMARK_BEFORE_DATE = re.compile(r"\b(?:after|before|ahead\s+of|(?<!\bthe\s)following|since)\s+(?P<np>(?:[^,;:.()]|(?<=[A-Z])\.){2,60}?)"
                                   r"(?:\s+(?:in|on|at|by|during|over))?\s+$")


# "after last month's missile test": a happening a date owns in the possessive, as the landmark of another
_AFTER_OR_BEFORE = re.compile(r"\b(?:after|before|since|following|ahead\s+of|amid|despite)\s+$", re.IGNORECASE)
_POSSESSED_HAPPENING = re.compile(r"['’]s\s+(?P<np>(?:[\w-]+\s+){0,2}?(?:tests?|launch(?:es)?|summit|meeting|talks|visit|"
                                  r"attacks?|election|vote|parade|drills?|exercises?|speech|announcement|statement|"
                                  r"ruling|decision|deal|agreement|crash|sinking|shelling|bombing))\b(?P<end>[\s.]*$)?")


_BRACKETED_PARTICIPLE = re.compile(r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s*[(\[]\s*"
                                   rf"(?P<part>{PARTICIPLE_RE})\s+(?:(?:on|in)\s+)?$")


def _bracketed_participle(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The deal (signed 1994) collapsed in 2002" -> "The deal was signed" for 1994: a participle in brackets with
    its date tells what was done to the noun before it."""
    if not re.match(r"\s*[)\]]", sentence[hi:]) or (m := _BRACKETED_PARTICIPLE.search(sentence, 0, lo)) is None:
        return None
    if _has_verb(m["np"]) or not looks_like_verb(m["part"]):
        return None
    return f"{m['np']} {_was_or_were(m['np'])} {m['part']}"


def _possessed_landmark(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The mood soured after last month's missile test" -> "The missile test": the date is the test's, which the
    main clause is only placed after (or before, or since)."""
    if not _AFTER_OR_BEFORE.search(sentence, max(0, lo - 12), lo):
        return None
    m = _POSSESSED_HAPPENING.match(sentence, hi)
    return f"The {m['np']}" if m is not None and m["end"] is not None else None


# A happening the main clause is placed before or after, with the date right after its noun: "before the U.S.
# midterm elections in November"
_DATED_LANDMARK = re.compile(r"\b(?:before|ahead\s+of|after|following)\s+(?P<np>the\s+(?:[\w.'’-]+\s+){0,3}?"
                             r"(?:elections?|summit|talks|vote|congress|plenum|Olympics|Games|drills|exercises?|parade|"
                             r"visit|trip|meeting))\s+(?:in|on|at)\s+$")


def _dated_landmark_alone(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Kim may agree to meet Trump before the U.S. midterm elections in November" -> "The U.S. midterm elections":
    with no date of its own, the main clause is only placed before the happening the date belongs to."""
    if not re.fullmatch(r"[\s.]*", sentence[hi:]):
        return None
    return landmark_dated(sentence, lo, spans)


def landmark_dated(sentence: str, lo: int, spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """The title of the happening a date belongs to when the sentence is only placed before or after it ("before the
    U.S. election on Nov. 5" -> "The U.S. election"): what it is, whatever the sentence supposes of its own
    happening (events.py gives it the landmark's own modality)."""
    m = _DATED_LANDMARK.search(sentence, max(0, lo - 80), lo)
    if m is None or any(e <= m.start() for _s, e in spans):
        return None
    return f"The {m['np'][4:]}"


# A noun the date closes the sentence on, "of" between: "little room for the inter-Korean diplomacy of 2018"
_NOUN_OF_THE_DATE = re.compile(r"\b(?P<np>the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+of\s+$", re.IGNORECASE)


# What a year before a name follows: "the 2018 Panmunjom Declaration and ...", "the 1994 Agreed Framework."
_NAMED_AFTER_ITS_YEAR = re.compile(r"\s+(?P<np>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|joint|nuclear|peace|military"
                                   r"|(?:of|to|on|for)(?=\s+(?:the\s+)?[A-Z])))*)"
                                   r"(?=\s*(?:[,;.!?)\"”]|$)|\s+(?:and|or|as|to|with|in|on|at|of|for)\b)")
_SAYING = frozenset("said says told tells noted notes stated wrote argued argues insisted stressed recalled recalls "
                    "cited cites invoked invokes mentioned referred refers urged urges called calls".split())


def _named_after_its_year(sentence: str, lo: int, hi: int) -> str | None:
    """"The two leaders said in a joint statement that diplomacy based on the 2018 Panmunjom Declaration ... was
    essential" -> "The Panmunjom Declaration": a year that only names a thing, after a verb of saying or one in the
    present, dates that thing, not the saying (but "Carter negotiated the 1994 Agreed Framework" did it then)."""
    if not re.fullmatch(r"\d{4}", sentence[lo:hi]) or not re.search(r"\b[Tt]he\s+$", sentence[max(0, lo - 6):lo]):
        return None
    if (m := _NAMED_AFTER_ITS_YEAR.match(sentence, hi)) is None:
        return None
    words = re.findall(r"[A-Za-z]+", sentence[:lo])
    saying = [i for i, w in enumerate(words) if w in _SAYING or _present_verb(words, i)]
    if not saying or any(looks_like_verb(w) and w not in _SAYING for w in words[saying[0]:]):
        return None
    return f"The {m['np']}"


# A happening a year names, as the object of a preposition: "ruled on the 2020 killing of a fisheries official by
# North Korean troops", "visited the site of the 2010 shelling of Yeonpyeong"
# (not "after", "before" or "since" the happening: the main clause is placed by it, and the date with it)
_YEAR_AFTER_PREPOSITION = re.compile(r"\b(?:on|of|with|over|about|into|for|from|to|than|against|behind|during|despite"
                                     r"|amid)\s+the\s+$", re.IGNORECASE)
_NOUN_PHRASE_AFTER_YEAR = re.compile(r"\s+(?P<np>(?P<head>[a-z]+(?:-[a-z]+)?)(?P<rest>(?:\s+(?:of|by|in|at|on|against"
                                     r"|between|with|near|off)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}?"
                                     r"[\w'’.-]+)*))(?=\s*(?:[,;:.!?)\"”]|$)|\s+(?:and|but|that|which|who|when)\b)")


def _happening_after_its_year(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"A Seoul court ruled on the 2020 killing of a fisheries official" -> "The killing of a fisheries official":
    a year before a happening's noun, the object of a preposition, dates that happening, not the clause it stands in.
    A sentence that opens after, before or since such a happening ("After the 2018 summit, Kim flew home") is placed
    by it: its title is the main clause's."""
    if not re.fullmatch(r"\d{4}", sentence[lo:hi]):
        return None
    opening = re.fullmatch(r"\s*(?:After|Before|Since|Following|Until)\s+the\s+", sentence[:lo])
    if opening is None and not _YEAR_AFTER_PREPOSITION.search(sentence, max(0, lo - 20), lo):
        return None
    if (m := _NOUN_PHRASE_AFTER_YEAR.match(sentence, hi)) is None:
        return None
    head = m["head"]
    if head not in EVENT_NOUNS and not (len(head) > 5 and head.endswith("ing") and head not in _THINGS_IN_ING):
        return None  # ("the 2020 figures", "the 2018 edition": no happening)
    np = re.sub(r"\s+", " ", m["np"])
    if len(np.split()) > 14:
        return None
    if opening is not None:
        if sentence[m.end():m.end() + 1] != "," or not _has_verb(main := _without_dates(
                sentence, m.end() + 1, len(sentence), spans)):
            return None
        return main[:1].upper() + main[1:]
    # (not "In the 2018 election, Moon won": what happened in it, the main clause's)
    return f"The {np}" if _has_verb(sentence[:lo]) else None


# nouns in "-ing" that name no happening ("the 2019 building")
_THINGS_IN_ING = frozenset("building buildings ceiling morning evening something nothing anything everything king wing "
                           "ring string clothing housing funding timing earnings feeling setting heading spring "
                           "offspring sibling pudding railing stocking wording listing rating ranking".split())


# The speaker of a quotation or a report, and what a who-clause on them tells up to the date: 'said a former State
# Department official who took part in talks with Pyongyang in '
_WHO_SPOKE = re.compile(r"\b(?:said|says|told\s+\w+|added|according\s+to)\s+(?P<np>(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,6}?"
                        r"[\w'’.-]+),?\s+who\s+(?P<rel>[^,;:\"“”]{3,120}?)\s+(?:(?:in|on|at|during|since)\s+)?$")


def _who_spoke(sentence: str, lo: int, hi: int) -> str | None:
    """'"The outcome will be modest," said a former official who took part in talks with Pyongyang in the 1990s' ->
    "A former official took part in talks with Pyongyang": the date is the who-clause's, not the saying's."""
    m = _WHO_SPOKE.search(sentence, max(0, lo - 200), lo) if sentence.find("who", max(0, lo - 200), lo) >= 0 else None
    if m is None or not re.fullmatch(r"[\s.!?\"”]*", sentence[hi:]) or not _has_verb(m["rel"]):
        return None
    return f"{m['np'][:1].upper()}{m['np'][1:]} {m['rel']}"


# A document a date names, after "the": "the April 27 Panmunjom Declaration", "the Oct. 4 joint statement"
_DOCUMENT_NAMED_AFTER = re.compile(r"\s+(?P<np>(?:[A-Z][\w'’.-]*\s+){0,4}(?:Declaration|Agreement|Accord|Treaty|Framework|"
                                   r"Communiqu[eé]|Charter|Protocol|Armistice|[Jj]oint\s+[Ss]tatement))\b")


def _document_named_by_its_date(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The reunions took place from Aug. 20 to 26, 2018, following the April 27 Panmunjom Declaration" -> "The
    Panmunjom Declaration": a date that names a document, in a sentence whose happening has a date of its own."""
    if (not re.search(r"\bthe\s+$", sentence[max(0, lo - 5):lo])
            or (m := _DOCUMENT_NAMED_AFTER.match(sentence, hi)) is None
            or not any(e <= lo - 5 or s >= m.end() for s, e in spans)):
        return None
    return f"The {m['np']}"


def _noun_of_a_date_after_now(sentence: str, lo: int, hi: int) -> str | None:
    """"Monday's speech ... leaves little room for the inter-Korean diplomacy of 2018" -> "The inter-Korean
    diplomacy": a main clause about now, no past verb in it, only names a happening by its date."""
    m = _NOUN_OF_THE_DATE.search(sentence, max(0, lo - 60), lo)
    if m is None or not re.fullmatch(r"[\s.!?\"”]*", sentence[hi:]) or _has_verb(m["np"]):
        return None
    main = re.findall(r"[A-Za-z]+", sentence[:m.start()])
    if not any(_present_verb(main, i) or w in ("is", "are") for i, w in enumerate(main)) or any(
            looks_like_verb(w) or w in ("was", "were", "had", "did") for w in main):
        return None
    return "The" + m["np"][3:]


def _landmark_with_its_date(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The landmark a dated main clause is placed after, when the date is the landmark's: "The panel was disbanded
    in April 2024 after Russia's veto in March" -> "Russia's veto" for March.  Only a noun phrase, and only when
    the main clause has its own date before it."""
    earlier = [(s, e) for s, e in spans if e <= lo]
    if (earlier and (item := _NEXT_LANDMARK.fullmatch(sentence, earlier[-1][1], lo)) is not None
            and re.fullmatch(r"[\s.]*", sentence[hi:]) and not _has_verb(item["np"])
            and _landmark_with_its_date(sentence, *earlier[-1], spans) is not None):
        # "..., days after the North's fourth nuclear test on Jan. 6 and a rocket launch a month later": the next
        # landmark in the list, with its own date
        return item["np"][:1].upper() + item["np"][1:]
    if (opening := _SINCE_OPENING.fullmatch(sentence, 0, lo)) is not None and re.match(r",\s+\S", sentence[hi:]):
        # "Since Singapore last June, the North has not handed over a list": what the main clause runs on from
        return opening["np"][:1].upper() + opening["np"][1:]
    if (since := _SINCE_A_NAMED_HAPPENING.search(sentence, max(0, lo - 80), lo) or _SINCE_THE_LAST.search(
            sentence, max(0, lo - 80), lo)) is not None and re.fullmatch(
            r"[\s.\"”]*(?:\([^)]*\))?[\s.\"”]*", sentence[hi:]):
        # "..., as it has done since the founding of the Republic on September 9, 1948": the founding
        return since["np"][:1].upper() + since["np"][1:]
    m = _LANDMARK_BEFORE_DATE.search(sentence, 0, lo)
    if m is not None and (inside := [s for s, _e in spans if m.start("np") <= s < lo]):
        # ("after summits at Panmunjom on April 27 and May 26", read for May 26: the landmark ends at its first date)
        m = _LANDMARK_BEFORE_DATE.search(sentence, 0, min(inside))
    hi = max([hi, *(e for s, e in spans if s <= lo < e)])  # (a list of dates read as one runs to its last)
    if (m is not None and sentence[m.start():m.start() + 5].lower() == "since" and _has_verb(m["np"])
            and re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?been\b", sentence[:m.start()])
            and re.fullmatch(r"[\s.]*", sentence[hi:]) and len(m["np"].split()) >= 3):
        # "Talks have been stalled since the Hanoi summit collapsed in February 2019": the state runs from the
        # happening the date is the day of
        return m["np"][:1].upper() + m["np"][1:]
    set_off = m is not None and re.search(r",\s+$", sentence[max(0, m.start() - 3):m.start()]) is not None
    if m is None or not (set_off or any(e <= m.start() for _s, e in spans)) or _has_verb(m["np"]) or re.search(
            r"\b(?:it|he|she|they|we|was|were|had|has)\b", m["np"]) or len(m["np"].split()) < 2 or re.match(
            r"[a-z]+ing\b|(?:and|but|or|then)\s", m["np"]):  # ("before returning to Washington at ...": a gerund, what
        # the subject does; "since and now runs through ...": no noun at all)
        return None  # (set off by a comma: "..., following a visit to Pyongyang by envoy James Kelly early last month")
    more = re.match(r",\s+(?:but|and|yet)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b", sentence[hi:])
    later = [(s, e) for s, e in spans if s >= hi]
    listed = bool(later and _NEXT_LANDMARK.fullmatch(sentence, hi, later[0][0])
                  and re.fullmatch(r"[\s.]*", sentence[later[0][1]:]))  # ("... on Jan. 6 and a rocket launch a month later")
    # ("after summits at Panmunjom on April 27 and May 26": the landmark's other date ends the sentence)
    listed = listed or bool(later and re.fullmatch(r",?\s+(?:and|or)\s+(?:on\s+|in\s+)?", sentence[hi:later[0][0]])
                            and re.fullmatch(r"[\s.]*", sentence[later[0][1]:]))
    if not re.fullmatch(r"[\s.]*", sentence[hi:]) and not (more and looks_like_verb(more["verb"])) and not listed:
        # the sentence goes on: the date may be the main clause's after all (but not in ", but failed to agree",
        # the main clause's next verb)
        return None
    return m["np"]


# An apposition after an opening date saying which it was, then the main clause: ", the last full year the park
# operated, trade topped ..."
_DATE_RESTATED = re.compile(r",\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?(?:year|month|week|day|time|season|decade|summer|"
                            r"winter|spring|autumn)\b[^,;:]*,\s+(?P<main>[^,;:]+?)[.!?]?$")
# A landmark set off after the date: ", days after ", ", following "
_DATED_LANDMARK_AFTER = re.compile(r",\s+(?:(?:(?:a\s+few|two|three|several|just|only)\s+)?(?:days|weeks|hours|months)\s+|"
                                   r"(?:shortly|soon|just|only)\s+)?(?:after|before|following)\s+")
# "since the founding of the Republic on": a happening named by its noun, with its day
_SINCE_A_NAMED_HAPPENING = re.compile(r"\bsince\s+(?P<np>the\s+(?:founding|foundation|start|beginning|end|signing|"
                                      r"establishment|creation|birth|death|collapse|launch|opening)\s+of\s+"
                                      r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:on|in)\s+$")
# "Since the Singapore summit last June, ...", "Since Singapore last June, ...": a happening or the place it is
# known by, opening the sentence with its date
_SINCE_OPENING = re.compile(r"\s*Since\s+(?P<np>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:[A-Z][\w'’.-]*|summit|talks|"
                            r"meeting|visit|test|launch|election|vote|deal|agreement|war|crisis|collapse))\s+"
                            r"(?:on\s+|in\s+)?")
# "a decade since the last nuclear test, in September 2017": the last (first ...) of a kind, then its date
_SINCE_THE_LAST = re.compile(r"\bsince\s+(?P<np>the\s+(?:last|first|latest|previous|most\s+recent)\s+[a-z][\w-]*"
                             r"(?:\s+[a-z][\w-]*){0,3}),\s+(?:on|in)\s+$")
# The next landmark of a list, up to its own date: " and a rocket launch "
_NEXT_LANDMARK = re.compile(r"\s+and\s+(?P<np>(?:a|an|the|its|his|her|their)\s+[^,;:.]+?)\s+")


# A main clause that only comments ("It is a far cry from", "That was") and a clause after the date that tells what
# happened then ("..., when Albright met Kim", "..., in which North Korea agreed to ...")
_COPULA_COMMENT = re.compile(r"(?:It|This|That)\s+(?:is|was|has\s+been|had\s+been|remains|seems)\b"
                             r"|(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?\s+(?:include|includes|included|recalls|"
                             r"recalled)\b"
                             # "The round, which ran ..., was the first since the Hanoi summit of February 2019, when"
                             r"|(?:[A-Z][\w'’-]*)[^.;:]{0,80}?\s(?:is|was)\s+the\s+(?:first|second|third|latest|last|"
                             r"biggest|largest)\b[^.;:]{0,30}?\s(?:since|after)\b"
                             # "The return was one of the few concrete results of the Singapore summit on June 12, when"
                             r"|(?:[A-Z][\w'’-]*)[^.;:]{0,60}?\s(?:is|was)\s+(?:one\s+of|among)\s+the\b")
# "It marks the North's first launch since", "it would be their first meeting since": a count up to the date
_FIRST_SINCE = re.compile(r"\b(?:is|was|marks|marked|would\s+be|will\s+be|becomes|became)\s+(?:[\w'’.-]+\s+){0,4}?"
                          r"(?:first|second|third|latest|last|biggest|largest)\b[^.;:,]{0,80}?\s(?:since|after)\s+$")
# A main clause that sets the present against the date ("struck a different tone from this day last year, when ..."):
# the date is the other side of the comparison, and the clause after it tells what happened then
_COMPARED_WITH = re.compile(r"\b(?:different|differs?|differed|contrasts?|contrasted)\b[^.;:]{0,40}?\b(?:from|with)\s+$"
                            r"|\b(?:compared\s+(?:with|to)|unlike)\s+$")
TOLD_AFTER = re.compile(r"[^,.;:]{0,40}?,\s+(?:when|in\s+which|under\s+which|at\s+which"
                        # ("the highest since 2017, the year the Security Council imposed its toughest sanctions")
                        r"|the\s+(?:year|month|day)\s+(?:(?:that|when|in\s+which)\s+)?"
                        r"(?=(?:[A-Z]|the\s|its\s|his\s|her\s|their\s)))\s*")


# A date that is only a unit ("the same year", "the day") defined by the restrictive clause after it
_UNIT_DEFINED = re.compile(r"(?i:(?:the|that)\s+(?:same\s+|very\s+)?(?:year|month|week|day))")
_DEFINED_BY = re.compile(r"\s+(?:in|during|on)\s+which\s+|\s+when\s+")


def _told_after_a_comment(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What happened at the date, when a commenting main clause names it and a clause after it tells it: "It is a
    far cry from October 2000, when Albright met Kim Jong Il" -> "Albright met Kim Jong Il"; or when the date is
    only the unit that clause defines ("it comes during the same year in which the cooling tower was brought down");
    None otherwise."""
    if _UNIT_DEFINED.fullmatch(sentence, lo, hi) and (defined := _DEFINED_BY.match(sentence, hi)) is not None:
        end = _MAIN_CLAUSE_END.search(sentence, defined.end())
        happening = _without_dates(sentence, defined.end(), end.start() if end else len(sentence), spans)
        if len(happening.split()) >= 3 and _has_verb(happening):
            return happening
    opener = _SENTENCE_OPENER.match(sentence)
    told = TOLD_AFTER.match(sentence, hi)
    if told is None:
        return None
    # (or a state running since the happening the when-clause tells: "has been vacant since January, when Sung Kim's
    # successor left government")
    # (or until it: "worked there until January 2020, when the North suspended operations")
    if not re.search(r"\b(?:since|until|till)\s+$", sentence[max(0, lo - 8):lo]):
        comment = (_FIRST_SINCE.search(sentence, max(0, lo - 160), lo) or _COPULA_COMMENT.match(sentence)
                   or _COPULA_COMMENT.match(sentence, opener.end() if opener else 0)
                   or _COMPARED_WITH.search(sentence, max(0, lo - 60), lo))
        if comment is None or lo < comment.end():
            return None
    end = _MAIN_CLAUSE_END.search(sentence, told.end())
    happening = _without_dates(sentence, told.end(), end.start() if end else len(sentence), spans)
    # ("a post he held until April 2019, when he retired": two words, a subject and its verb)
    return happening if len(happening.split()) >= 3 or (len(happening.split()) == 2 and _has_verb(happening)) else None


_QUOTE_THEN_SPEAKER = re.compile(r"\s*[\"“](?P<q>[^\"“”]{8,300})[\"”]\s*,?\s+(?:said|says|told|added|wrote)\b")


# verbs news writes arrangements in, in the present ("before the new administration takes office on Jan. 20")
_ARRANGED = SCHEDULED_PRESENT | {"takes", "holds", "signs"}
_SAYS_OPENING = re.compile(r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?\s+(?:said|say|says|warned|noted|believe|believed)\b")
_SUBORDINATE_AT_END = re.compile(r"\b(?:before|after|until|once|when)\s+(?P<clause>(?:the|a|an|its|his|her|their|"
                                 r"he|she|they|it|we|[A-Z])[^,;:]{5,90}?)\s+(?:on|in|at|by)\s+$")


def _subordinate_after_a_report(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The happening a subordinate clause closing a report dates: "Analysts said Pyongyang wanted to set the agenda
    before the new administration takes office on Jan. 20" -> "The new administration takes office"."""
    if not _SAYS_OPENING.match(sentence) or not re.fullmatch(r"[\s.\"”]*", sentence[hi:]):
        return None
    m = _SUBORDINATE_AT_END.search(sentence, max(0, lo - 120), lo)
    words = m["clause"].split() if m is not None else []
    if m is None or not (_has_verb(m["clause"]) or any(_present_verb(words, i) or words[i] in _ARRANGED
                                                        for i in range(1, len(words)))):
        return None
    clause = _without_dates(sentence, m.start("clause"), m.end("clause"), spans)
    return clause[:1].upper() + clause[1:]


# A report dated by its own day, whose content closes on the day it tells of: "North Korea said Sunday it had
# test-fired a new cruise missile a day earlier"
_REPORT_OPENS = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|reported|announced|confirmed|"
                           r"claimed|told\s+\w+)\s+(?:on\s+)?")


# How a happening ranks, set off after its date: ", its first such test since January", ", the second this year"
_RANKED_AFTER = re.compile(r",\s+(?:its|the|their|his|her)\s+(?:first|second|third|fourth|fifth|latest|last|\w+est)\b"
                           r"[^;:]*$")


def _reported_happening(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What the report tells, for the date that closes its content: "North Korea said Sunday it had test-fired a
    new cruise missile a day earlier" -> "North Korea had test-fired a new cruise missile"; None otherwise."""
    # (or on a second thing reported: "..., and that he expected something to happen")
    if (m := _REPORT_OPENS.match(sentence)) is None or not (
            re.fullmatch(r"[\s.\"”]*", sentence[hi:]) or _RANKED_AFTER.match(sentence, hi)
            or re.match(r",?\s+and\s+that\s", sentence[hi:])):
        return None  # (the content may close on how the happening ranks: ", its first such test since January")
    told = next((e for s, e in spans if s == m.end() and e <= lo), None)  # the report's own day, right after its verb
    if told is None:
        return None
    start = told + (that.end() if (that := re.match(r",?\s+(?:that\s+)?", sentence[told:])) else 0)
    content = _without_dates(sentence, start, lo, spans)
    words = content.split()
    if re.match(r",?\s+and\s+that\s", sentence[hi:]) and re.search(r"\bthat\b", content):
        return None  # ("would not resume the exercises that were suspended last June, and that ...": the relative's)
    if len(words) < 3 or not _has_verb(content) or re.search(
            r"\b(?:after|before|when|since|because|while|as|until|following|which|who|that|for|to)\s*$"
            r"|,|\b(?:after|before|when|since|because|while|until|following|which|who)\b", content):
        return None  # (the date of a clause within the content, "..., after the council condemned its launch")
    # (up to the date's end, so that its preposition goes with it: "had tested a new missile [on] Friday")
    words = _without_dates(sentence, start, hi, spans).split()
    if words[0].lower() in ("it", "they") and not m["who"].startswith(("The ", "A ")):
        words[0] = m["who"]  # "said Sunday it had test-fired": the one who said so did it
    return " ".join(words)


# An undated report of what had been done on the date: "Chung told a press briefing that the government had sent a
# message through the liaison line on Monday morning"
_REPORTED_EARLIER = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|told\s+(?:(?:a|the)\s+)?"
                               r"[\w-]+(?:\s+(?:briefing|conference))?)\s+(?:that\s+)?(?P<content>(?:(?:the|a|an|its|his|"
                               r"her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                               r"\s+had\s+(?!been\b)[a-z]+[^,;:\"“”]*?)\s+(?:(?:on|in|at|during)\s+)?")


def _earlier_in_a_report(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What an undated report says had been done on the date: "Chung told a press briefing that the government had
    sent a message through the liaison line on Monday morning" -> "The government had sent a message through the
    liaison line"."""
    m = _REPORTED_EARLIER.fullmatch(sentence, 0, lo) if " had " in sentence[:lo] else None
    if m is None or any(s < lo for s, _e in spans):
        return None
    done = re.search(r"\shad\s+(?:[a-z]+ly\s+)?([a-z]+)", m["content"])
    if done is None or not (looks_like_verb(done[1]) or done[1] in _PARTICIPLES):
        return None  # ("the businesses had revenue of $76 million": a possession, no happening then)
    content = _without_dates(sentence, m.start("content"), hi, spans)
    return content[:1].upper() + content[1:] if _has_verb(content) else None


# The span of years before the name of what lasted them: "the 1950-53 Korean War", "the 1994-2002 freeze"
_PERIOD_NAMED = re.compile(r"\s+(?P<np>(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*|war|famine|crisis|conflict|occupation|"
                           r"freeze|standoff|talks|negotiations|moratorium|détente|detente|thaw)|(?:[a-z]+\s+)?(?:war|famine|"
                           r"crisis|conflict|occupation|freeze|standoff|talks|negotiations|moratorium|thaw))\b")


def _years_of_a_period(sentence: str, lo: int, hi: int) -> str | None:
    """"... forced to work after the 1950-53 Korean War" -> "The Korean War" for 1950-53: a span of years before a
    name is how long the named thing lasted, and the thing is what the years date."""
    if not re.search(r"\b[Tt]he\s+$", sentence[max(0, lo - 4):lo]) or not re.fullmatch(
            r"(?:1[89]|20)\d\d\s*[-–/]\s*(?:(?:1[89]|20)\d\d|\d\d)", sentence[lo:hi]):
        return None
    if (m := _PERIOD_NAMED.match(sentence, hi)) is None:
        return None
    return f"The {m['np']}"


# What is planned for the date, as the object of a preposition: "ahead of joint drills by the United States and
# South Korea planned for the first week of December"
_PLANNED_FOR = re.compile(r"\b(?:of|for|before|to|against|over|about|on)\s+(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?"
                          r"[a-z][^,;:()\"“”]{2,70}?)\s+(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s+$")


def _planned_for(sentence: str, lo: int, hi: int) -> str | None:
    """"... in a show of force ahead of joint drills ... planned for the first week of December" -> "Joint drills by
    the United States and South Korea": what is planned for the date, not the sentence's other happening."""
    if not re.search(r"\b(?:planned|scheduled|set|slated|due)\s+(?:for|on)\s+$", sentence[max(0, lo - 24):lo]):
        return None
    m = None
    for prep in re.finditer(r"\b(?:of|for|before|to|against|over|about|on)\s", sentence[:lo]):
        if prep.start() >= lo - 110:
            m = _PLANNED_FOR.match(sentence, prep.start(), lo) or m  # (the nearest: "of force ahead of joint drills")
    if m is None or _has_verb(m["np"]) or re.search(r"\b(?:that|which|who|and\s+(?:the|a)\s+\w+\s+\w+ed)\b", m["np"]):
        return None
    if not re.fullmatch(r"[\s.!?\"”]*", sentence[hi:]) and not re.match(r"\s*[,;]", sentence[hi:]):
        return None  # (the sentence goes on with the date inside a longer phrase)
    np = m["np"]
    return np[:1].upper() + np[1:]


# A happening counted, then its times listed after a colon: "Trump and Kim met three times: in Singapore in June 2018,
# in Hanoi in February 2019 and, briefly, at Panmunjom that June"
_COUNTED_THEN_LISTED = re.compile(r"(?P<main>[^:;]{5,120}?)\s+(?:twice|(?:two|three|four|five|six|several|\d+)\s+times)"
                                  r"\s*:\s+(?P<list>.+)$")
_LIST_ITEM_BREAK = re.compile(r",\s*(?:and\s+|or\s+)?(?:[a-z]+ly,\s+)?|\s+and\s+(?:[a-z]+ly,\s+)?")


def _one_of_a_listed_count(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Trump and Kim met three times: in Singapore in June 2018, in Hanoi in February 2019 and, briefly, at Panmunjom
    that June" -> "Trump and Kim met in Hanoi" for February 2019: each item of the list is one of the times, with its
    place."""
    if ":" not in sentence[:lo] or not re.search(r"\b(?:twice|times)\s*:", sentence[:lo]):
        return None
    m = _COUNTED_THEN_LISTED.match(sentence.rstrip(" .!?"))
    if m is None or not (m.start("list") <= lo) or not _has_verb(m["main"]):
        return None
    # the item holding the date: from the break before it to the break after it
    start = m.start("list")
    for brk in _LIST_ITEM_BREAK.finditer(sentence, m.start("list"), lo):
        if not any(s < brk.start() < e for s, e in spans):
            start = brk.end()
    after = _LIST_ITEM_BREAK.search(sentence, hi)
    end = after.start() if after is not None else len(sentence.rstrip(" .!?"))
    item = _without_dates(sentence, start, end, spans).strip(" ,")
    item = re.sub(r"^(?:[a-z]+ly,?\s+)", "", item)
    if not re.sub(r"^(?:in|on|at|during)$", "", item):
        return m["main"].strip()  # "four times: in April 2018, in May, ...": each time is the happening itself
    if not re.match(r"(?:in|at|on|to|with|near)\s+\S", item) or _has_verb(item):
        return None
    return f"{m['main'].strip()} {item}"


# A count up to a happening that a since-clause tells: "will be his second trip to the region since he took the job in"
_COUNTED_SINCE = re.compile(r"\b(?:is|was|will\s+be|would\s+be|marks|marked|becomes|became)\s+(?:[\w'’.-]+\s+){0,5}?"
                            r"(?:first|second|third|fourth|fifth|latest|last|only)\b[^.;:,]{0,60}?\ssince\s+"
                            r"(?P<clause>(?:he|she|they|it|we|the|a|an|its|his|her|their|[A-Z])[^,;:]{3,80}?)\s+(?:in|on|at)\s+$")


def _counted_since(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The trip will be his second to the region since he took the job in March" -> "He took the job": the count
    is no happening; the date is the since-clause's."""
    if not re.search(r"\bsince\s", sentence[max(0, lo - 100):lo]):
        return None
    m = _COUNTED_SINCE.search(sentence, max(0, lo - 200), lo)
    if m is None or not re.fullmatch(r"[\s.!?\"”]*", sentence[hi:]) or not (
            _has_verb(m["clause"]) or (len(m["clause"].split()) >= 2 and not re.match(r"(?:he|she|they|it|we)\s",
                                                                                 m["clause"]))):
        return None  # (or the happening's noun: "the first since Kim's speech to parliament in September")
    return m["clause"][:1].upper() + m["clause"][1:]


# A report of two things, the date in the second: "recalled that the missile had flown for 53 minutes and that two
# others had passed over Hokkaido in August and September"
_AND_THAT = re.compile(r"\b(?:said|says|recalled|noted|added|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|warned|stressed|"
                       r"reported|announced)\s+that\s+[^;:]+?\s+and\s+that\s+(?P<clause>[^;:]+)$")


def _done_after_a_negation(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"North Korea has not reported a single case and sealed its borders in January 2020" -> "North Korea sealed its
    borders": the date is the second verb's, which the negation before it does not reach; None otherwise."""
    if " and " not in sentence or (m := DONE_AFTER_A_NEGATION.search(sentence)) is None or m.start("past") > lo or (
            not looks_like_verb(m["past"]) or m["past"] in BARE_AS_PAST):
        return None
    subject = sentence[:m.start()].strip()
    if not subject[:1].isupper() or len(subject.split()) > 6 or _has_verb(subject) or not (
            told := _without_dates(sentence, m.start("past"), clause_around(sentence, lo, hi)[1], spans).strip(" ,;")):
        return None
    return f"{subject} {told}"


def _second_thing_reported(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Two others had passed over Hokkaido" for August: the second that-clause of a report, which the date is in."""
    if " and that " not in sentence[:lo]:
        return None
    m = _AND_THAT.search(sentence, 0, lo)
    if m is None:
        return None
    end = _MAIN_CLAUSE_END.search(sentence, hi)
    told = _without_dates(sentence, m.start("clause"), end.start() if end else len(sentence), spans).strip(" ,.")
    return told if len(told.split()) >= 3 and _has_verb(told) else None


# A subject and its auxiliary, then participles each with its date: "The sanctions were lifted in 2008, reimposed in
# 2010 and tightened again after 2016"
_PARTICIPLE_SERIES = re.compile(r"(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+"
                                r"(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?P<items>[a-z]+ed\b.+?)[.!?]?$")


def _one_of_a_participle_series(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The sanctions were lifted in 2008, reimposed in 2010 and tightened again after 2016" -> "The sanctions were
    reimposed" for 2010: each participle of the series, with its own date, is a happening of the subject's."""
    if not re.search(r"\b(?:was|were|been)\s+[a-z]+ed\b", sentence[:lo]):
        return None
    m = _PARTICIPLE_SERIES.match(sentence)
    if m is None or lo < m.start("items") or _has_verb(m["subject"]):
        return None
    bounds = [m.start("items")]
    for brk in re.finditer(r",\s+(?:and\s+)?(?=[a-z]+ed\b)|\s+and\s+(?=[a-z]+ed\b)", sentence[:m.end("items")]):
        if brk.start() > m.start("items"):
            bounds += [brk.start(), brk.end()]
    bounds.append(m.end("items"))
    items = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    dated = [any(a <= s and e <= b for s, e in spans) for a, b in items]
    if len(items) < 2 or not all(dated):
        return None  # (each item needs a date of its own, or the series is one happening)
    for a, b in items:
        if a <= lo < b and looks_like_verb(sentence[a:b].split()[0]):
            told = _without_dates(sentence, a, b, spans).strip(" ,")
            if _ACTIVE_ITEM.match(sentence, a) and a > m.start("items"):
                # "was appointed deputy minister on Dec. 29 and resigned his seat the following day": a verb of its
                # own, with an object or none to take, shares the subject but not the passive (the first item is
                # the auxiliary's own: "was returned to the United States last month and died on June 19")
                return f"{m['subject']} {told}"
            return f"{m['subject']} {m['aux']} {told}"
    return None


# A past verb no passive is made of, or one with its own object: "resigned", "resigned his seat"
_ACTIVE_ITEM = re.compile(r"(?:resigned|retired|died|arrived|returned|departed|defected|fled|collapsed|stepped|"
                          r"travell?ed|remained|agreed|disappeared|emerged|[a-z]+ed\s+(?:his|her|its|their|a|an|the)\s)"
                          r"\b")


def _until_it_happened(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"He ran the consortium until its work was suspended in November 2003" -> "Its work was suspended": what ran
    until a happening ended with it, and the date closing the sentence is the happening's."""
    if "until" not in sentence[max(0, lo - 120):lo].lower():
        return None
    m = _SUBORDINATE_AT_END.search(sentence, max(0, lo - 120), lo)
    if (m is None or not sentence[m.start():m.start() + 5].lower() == "until" or not _has_verb(m["clause"])
            or not re.fullmatch(r"[\s.\"”]*", sentence[hi:]) or any(s < m.start() for s, _e in spans)):
        return None
    clause = _without_dates(sentence, m.start("clause"), m.end("clause"), spans)
    return clause[:1].upper() + clause[1:]


def _when_it_happened(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"opened a bridge on Wednesday, a project agreed when Kim Jong Un visited the Russian Far East in September
    2023" -> "Kim Jong Un visited the Russian Far East": a when-clause closing a sentence whose main clause has a date
    of its own is what the closing date tells of."""
    if "when" not in sentence[max(0, lo - 120):lo].lower():
        return None
    m = _SUBORDINATE_AT_END.search(sentence, max(0, lo - 120), lo)
    if (m is None or sentence[m.start():m.start() + 4].lower() != "when" or not _has_verb(m["clause"])
            or not re.fullmatch(r"[\s.\"”]*", sentence[hi:]) or not any(e <= m.start() for _s, e in spans)):
        return None
    clause = _without_dates(sentence, m.start("clause"), m.end("clause"), spans)
    return clause[:1].upper() + clause[1:]


def _quoted_before_its_speaker(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What a quotation opening the sentence says, when the date is inside it and the speaker follows: '"They have
    done this before, in 2017 and again in early 2021," said one researcher' -> "They have done this before"."""
    m = _QUOTE_THEN_SPEAKER.match(sentence)
    if m is None or not (m.start("q") <= lo and hi <= m.end("q")):
        return None
    quoted = _without_dates(sentence, m.start("q"), m.end("q"), spans)
    quoted = re.sub(r"(?:,?\s+(?:and|or|but)(?:\s+(?:again|also|then))?)+$", "", quoted).strip(" ,;")
    return quoted if len(quoted.split()) >= 3 else None


_WEAK_CLAUSE = re.compile(r"(?:that|which|who|it|this|that)\s+(?:[\w'’-]+\s*){1,2}"
                          # "I was there in the summer of '53, when the armistice was signed": the teller was present
                          r"|[\"“]?(?:I|we|he|she|they|you)\s+(?:was|were|am|is|are)\s+(?:there|here|present)\s*"
                          # "The statement was tested in October 2006, when North Korea conducted its first nuclear
                          # test": an abstraction put to the test by what the when-clause tells
                          r"|(?:the|that|this|its|their)\s+(?:statement|agreement|deal|accord|framework|declaration|"
                          r"relationship|truce|ceasefire|moratorium|pledge)\s+(?:was|were)\s+(?:first\s+)?(?:tested|"
                          r"challenged|strained|shaken|put\s+to\s+the\s+test)\s*"
                          # "The last time a missile landed this close to Japan was on Oct. 31, 2024, when ...": which
                          # time it was, the when-clause tells what happened
                          r"|(?:the\s+)?(?:last|first|only|previous)\s+time\s+[^,;:]{3,80}?\s+(?:was|came)\s*"
                          # "the highest-level contact came in October 2000, when Albright flew to Pyongyang"
                          r"|(?:the|its|their)\s+[^,;:]{1,40}?\s+(?:came|happened|occurred|took\s+place)\s*",
                          re.IGNORECASE)


def _told_after_a_weak_clause(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What happened at the date when the date's own clause says little and a when-clause after it tells it: "a
    crisis that began in March 1993, when North Korea announced it would leave the NPT" -> "North Korea announced
    it would leave the NPT"; "It peaked in June 1994, when Carter flew to Pyongyang" -> "Carter flew to
    Pyongyang".  None otherwise."""
    told = TOLD_AFTER.match(sentence, hi)
    if told is None or not re.match(r"\s*,", sentence[hi:]):
        return None
    a, b = clause_around(sentence, lo, hi)
    own = _without_dates(sentence, a, min(b, hi), spans)
    own = re.sub(r"^(?:and|but|or|A:|Q:)\s+", "", own)
    # "or in April, when ...", "A: At Panmunjom on ..., when" (not an opening "By the early 1990s, when ..., he was":
    # the main clause after it is the date's)
    fragment = len(own.split()) <= 4 and not _has_verb(own) and bool(sentence[:a].strip(" \t\n\"“"))
    if not (fragment or _WEAK_CLAUSE.fullmatch(own) or re.search(r"\b(?:that|which)\s+(?:began|started|erupted|broke\s+out|ended|"
                                                     r"peaked|came)$", own)):
        return None  # ("It came after a crisis that began": only when it began)
    end = _MAIN_CLAUSE_END.search(sentence, told.end())
    happening = _without_dates(sentence, told.end(), end.start() if end else len(sentence), spans)
    words = happening.split()
    if len(words) < 3 or not (_has_verb(happening) or any(_present_verb(words, i) for i in range(1, len(words)))):
        return None
    return happening


# "in talks that began in Beijing in August 2003": a noun after a preposition, and a clause on it with its own verb
_RELATIVE_ON_A_NOUN = re.compile(r"\b(?:in|at|of|from|to|with|by|after|before|since|during|on|for|against|about)\s+"
                                 r"(?P<np>(?:(?:the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:that|which|who)\s+"
                                 r"(?P<aux>(?:had|has|have)\s+)?(?P<verb>[a-z]+)\s[^,;:]*$")


def _relative_after_a_preposition(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The happening a relative clause tells on a noun that only fills out a phrase of the main clause: "It was one of
    the six parties in talks that began in Beijing in August 2003" -> "Talks began in Beijing"; None otherwise."""
    rel = _RELATIVE_ON_A_NOUN.search(sentence[:lo])
    if rel is None or not looks_like_verb(rel["verb"]) or rel["verb"] in _AUXILIARIES:
        return None
    if rel["np"].split()[0].lower() in _NOT_PREDICATE - {"the", "a", "an"}:
        return None
    if rel["verb"] in ("ended", "ending") and rel["np"].split()[-1].lower() in _PERIODS:
        return None  # "fell in the nine months that ended June 30": which months, not a happening
    end = re.compile(r",|\s+and\s+(?=[a-z]+ed\b|[a-z]+\s)").search(sentence, hi)
    # ("exercises that had begun earlier that month": the perfect's auxiliary too)
    happening = _without_dates(sentence, rel.start("aux") if rel["aux"] else rel.start("verb"),
                               end.start() if end else len(sentence), spans)
    np = re.sub(r"^(?:the|a|an)\s+", "", rel["np"]) if rel["np"].split()[-1].endswith("s") else rel["np"]
    if all(w[:1].isupper() for w in np.split()) and (
            held := _HELD_AT_A_PLACE.search(sentence, max(0, rel.start() - 60), rel.start("np"))):
        # "a tourism project at Mount Kumgang that began in 1998": the place only says where the project was
        np = f"{held['np'][:1].upper()}{held['np'][1:]} {held['prep']} {np}"
    return f"{np} {happening}"


# A common noun, and the place it is at, just before a proper name: "a tourism project at "
_HELD_AT_A_PLACE = re.compile(r"\b(?P<np>(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                              r"(?P<prep>at|in|near)\s$")


# "restoring a 2018 military agreement that the North scrapped in November 2023": a relative clause on an object,
# with a subject of its own and its past verb the date tells of (not a noun's content: "the claim that Kim visited")
# (the noun may be placed: "the plutonium reactor at Yongbyon that it shut in 2007"; and the relative word left out
# before a pronoun: "the missile tests it halted in 2017")
_OBJECT_RELATIVE = re.compile(r"\b(?P<det>the|a|an|its|his|her|their)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w'’-]*)"
                              r"(?:\s+(?:at|in|near|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
                              r"(?:,\s+which|\s+(?:that|which)|(?=\s+(?:it|they|he|she|we|the\s+two\s+[a-z]+)\s))\s+"
                              r"(?P<subject>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|he|she|they|we|it|"
                              r"the\s+two\s+(?:men|leaders|sides|countries|governments|presidents))"
                              r"\s+(?P<verb>[a-z]{3,})(?P<particle>\s+(?:up|down|off|out|back|away))?"
                              r"\s+(?:(?:in|on|at|during|last)\s+)?$")
_SUBORDINATOR_IN = re.compile(r"\b(?:when|while|because|if|since|until|once|where|as|after|before|though)\b")
_CONTENT_NOUNS = frozenset("claim claims report reports news fact idea hope hopes fear fears sign signs evidence statement "
                           "assertion view belief suggestion promise warning rumour rumor notion allegation allegations "
                           "possibility argument concern concerns assurance assurances message word pledge impression "
                           "way time day year moment".split())


def _object_relative(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Lee proposed restoring a 2018 military agreement that the North scrapped in November 2023" -> "The North
    scrapped a 2018 military agreement"."""
    rel = _OBJECT_RELATIVE.search(sentence, max(0, lo - 100), lo) if " that " in sentence or " which " in sentence \
        else None
    if (rel is None or rel["head"] in _CONTENT_NOUNS or not looks_like_verb(rel["verb"])
            or rel["verb"] in ("said", "reported", "announced", "stated")
            # (nor a clause of its own: "did not hide his frustration when it collapsed in 2002")
            or _SUBORDINATOR_IN.search(rel["np"])
            or re.match(r"\s*[\w'’-]+\s+(?!(?:and|but|or|then)\b)[a-z]", sentence[hi:])):
        return None  # (nor when the clause goes on past the date: "... that it signed in 2018 collapsed")
    subject = rel["subject"]
    return f"{subject[:1].upper()}{subject[1:]} {rel['verb']}{rel['particle'] or ''} {rel['det'].lower()} {rel['np']}"


# "denounced [on Sunday] a naval drill by the three countries that ended [on Saturday]": the object of a dated main
# clause, and a relative clause on it whose verb, right before the date, tells what befell the object then
_SUBJECT_RELATIVE = re.compile(r"(?P<np>(?:the|a|an|its|their)\s+(?:[^,;:\"“”]|,\s+(?=[A-Z])){1,100}?)\s+"
                               r"(?:that|which)\s+"
                               # (or a passive: "restarting the loudspeakers that were switched off in 2018")
                               r"(?P<passive>(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?"
                               r"(?P<verb>[a-z]{3,})(?P<particle>\s+(?:off|up|down|out|back|away))?"
                               r"\s+(?:(?:on|in|at|during|last)\s+)?$")


_DETERMINER_AT = re.compile(r"\b(?:the|a|an|its|their)\s")
# A main clause in the present ("The treaty replaces a 1961 pact that lapsed in the 1990s"): a past date is not its
_PRESENT_MAIN = re.compile(r"\s*(?:The|A|An|This|That|Its|Their|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?\s+"
                           r"(?:is|are|remains|"
                           r"replaces|says|marks|follows|reflects|means|makes|has|have|keeps|remain|"
                           # (a wish in the present: "The US still hopes to revive the talks that stalled in 2019")
                           r"hopes|wants|seeks|aims|intends|needs|tries)\s")
_INSIDE_A_NOUN_PHRASE = re.compile(r"\b(?:of|by|from|between|among|with|and|for|to|against)\s+$")


def _subject_relative_on_an_object(sentence: str, lo: int, hi: int,
                                   spans: Sequence[tuple[int, int]]) -> str | None:
    """"North Korea on Sunday denounced a naval drill that ended on Saturday" -> "A naval drill ended", when the main
    clause has a date of its own before the relative clause (without one, the date may be the main clause's too)."""
    rel = None
    if " that " in sentence or " which " in sentence:
        # the noun phrase from its last determiner that no preposition inside a noun phrase stands before ("a drill
        # by the three countries that ended": the drill; "fished the area under an agreement that lapsed": the
        # agreement)
        for det in reversed(list(_DETERMINER_AT.finditer(sentence, max(0, lo - 120), lo))):
            if _INSIDE_A_NOUN_PHRASE.search(sentence, max(0, det.start() - 10), det.start()):
                continue
            rel = _SUBJECT_RELATIVE.match(sentence, det.start(), lo)
            break
    if (rel is None or not looks_like_verb(rel["verb"]) or rel["verb"] in _AUXILIARIES
            or rel["verb"] in ("said", "reported", "announced", "stated")
            or not (_PRESENT_MAIN.match(sentence, 0, rel.start())
                    or (any(e <= rel.start() for s, e in spans) and _has_verb(sentence[:rel.start()])))
            or re.match(r"\s*[\w'’-]+\s+(?!(?:and|but|or|then)\b)[a-z]", sentence[hi:])):
        return None
    np = rel["np"]
    passive = re.sub(r"\s+", " ", rel["passive"] or "")
    return f"{np[:1].upper()}{np[1:]} {passive}{rel['verb']}{rel['particle'] or ''}"


# A clause's named subject that a later "it" stands for: "that the United States had not received ..."
_NAMED_SUBJECT_OF_IT = re.compile(r"(?:^|\bthat\s+|,\s+)(?P<name>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
                                  r"\s+(?:has|had|have|is|was|did|does|[a-z]+ed)\b")


def _contact_relative(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"They could start by reopening the liaison office Pyongyang blew up in June 2020" -> "Pyongyang blew up the
    liaison office": a relative clause without "that", whose own past verb the date tells of; None otherwise."""
    rel = CONTACT_RELATIVE.search(sentence, max(0, lo - 80), lo)
    # (a past form after its subject is the verb, even one that can be an adjective: "the kits Seoul proposed")
    if rel is None or not (looks_like_verb(rel["verb"]) or rel["verb"].endswith("ed")) or rel["np"].split()[0] in _NOT_PREDICATE:
        return None
    if rel["verb"] in ("said", "says", "reported", "reports"):
        return None  # "..., its official news agency KCNA said on Wednesday": the agency named, then its report
    subject = rel["subject"]
    if subject == "it" and (named := list(_NAMED_SUBJECT_OF_IT.finditer(sentence, 0, rel.start()))):
        subject = named[-1]["name"]  # "the United States had not received any reply to offers it made": its offers
    det = f"{rel['det'].lower()} " if rel["det"] else ""
    return (f"{subject[:1].upper()}{subject[1:]}{rel['adv'] or ''} {rel['verb']}{rel['particle'] or ''}{rel['whom'] or ''} "
            f"{det}{rel['np']}"
            f"{rel['place'] or ''}")


# A count of occasions, then a comma and the list of them: "Trump met Kim three times during his first term, in
# Singapore in 2018, in Hanoi in 2019 and at Panmunjom later that year"
_TIMES_COUNTED = re.compile(r"\s+(?:twice|(?:two|three|four|five|six|several|many)\s+times)\b"
                            r"(?!\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b)[^,;:]*(?=,\s)")  # (not how often)


# Happenings counted, then listed after a colon: "recalled their three meetings: in Singapore in June 2018, in Hanoi
# in February 2019 and at the Demilitarised Zone that June"
_LISTED_AFTER_COLON = re.compile(r"\b(?P<det>their|his|her|its|the)\s+(?:(?:two|three|four|five|six|several)\s+)?"
                                 r"(?P<noun>meeting|summit|visit|trip|encounter)s\s*:\s+")


def _in_a_when_clause(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The busiest month was October, when it fired missiles on Oct. 2, Oct. 14 and Oct. 22" -> "It fired missiles"
    for each day: a when-clause after a dated main clause tells what happened on the days it lists; None
    otherwise."""
    when = None
    for when in re.finditer(r",\s+when\s+", sentence[:lo]):
        pass
    if when is None or re.search(r"[;:!?]\s|\.\s+(?!\d)", sentence[when.end():lo]) or not any(
            e <= when.start() for _s, e in spans):
        return None
    if re.search(r",\s+(?:and|but|or)\b", sentence[when.end():lo]) or "," in _without_dates(
            sentence, when.end(), lo, spans):
        return None  # ("Between Feb. 10, 2016, when Seoul announced the closure, and the end of that year"): past it
    end = re.compile(r"[;:!?](?:\s|$)|\.(?:\s+(?!\d)|$)").search(sentence, hi)
    told = _without_dates(sentence, when.end(), end.start() if end else len(sentence), spans).strip(" ,")
    told = re.sub(r"(?:\s*,)*\s+(?:and|or)$", "", told)
    return told if len(told.split()) >= 2 and _has_verb(told) else None


def _one_of_the_listed(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Trump recalled their three meetings: in Singapore in June 2018, in Hanoi ..." -> "Their meeting in
    Singapore" for June 2018: the one of the happenings listed that the date is in; None otherwise."""
    listed = None
    for listed in _LISTED_AFTER_COLON.finditer(sentence, 0, lo) if sentence.find(":", 0, lo) >= 0 else ():
        pass  # (cheap test first: the colon)
    if listed is None or re.search(r"[.;!?]", sentence[listed.end():lo]):
        return None
    joins = [m.end() for m in re.finditer(r",\s+(?:and\s+)?|\s+and\s+", sentence[:lo]) if m.start() >= listed.end()]
    start = max(joins, default=listed.end())
    stop = re.compile(r",\s|\s+and\s|[.;:!?]").search(sentence, hi)
    item = _without_dates(sentence, start, stop.start() if stop else len(sentence), spans).strip(" ,")
    if not re.match(r"(?:in|at|on)\s+\S", item):
        return None  # (each a place it was at)
    return f"{listed['det'].capitalize()} {listed['noun']} {item}"


# An infinitive after a verb ("expect Pyongyang to stage ..."), and one joined on to it (" and to hold ...")
_INFINITIVE = re.compile(r"\bto\s+(?=[a-z]{2,}\b)")
# (not a place joined on: "to travel to Japan next month and to the United States in the spring")
_AND_TO = re.compile(r",?\s+and\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that)\b)(?=[a-z]{2,}\b)")
# where such an infinitive's clause stops: a sentence's end, a clause of its own, or who said it
_INFINITIVE_ENDS = re.compile(r"[.;!?]|,\s+(?:but|while|which|who|according)\b|,\s+(?:[\w'’.-]+\s+){0,3}(?:said|says|"
                              r"told|added|reported)\b")


def _one_of_two_infinitives(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Analysts expect Pyongyang to stage a parade in Q3 and to hold a plenum in late December" -> "Analysts expect
    Pyongyang to hold a plenum" for December: the main clause with the one of its joined infinitives the date is in;
    None when the sentence is not built that way, or the date is not in one of them."""
    if " and to " not in sentence:
        return None
    first = _INFINITIVE.search(sentence, 0, lo)
    joined = [m for m in _AND_TO.finditer(sentence) if first is not None and m.start() > first.end()]
    if first is None or not joined or any(re.search(r"[.;:!?]", sentence[first.end():m.start()]) for m in joined[:1]):
        return None
    starts = [first.start(), *(m.end() - len("to ") for m in joined)]
    ends = [m.start() for m in joined] + [len(sentence)]
    for a, b in zip(starts, ends):
        if a <= lo and hi <= b:
            if re.search(r",\s+(?:which|who|whose|where|when)\b", sentence[a:lo]):
                return None  # ("to articulate a vision for NATO, which will celebrate ... next month": a clause's own)
            stop = _INFINITIVE_ENDS.search(sentence, hi, b)
            head = _without_dates(sentence, 0, first.start(), spans).strip(" ,")
            if (opener := re.match(r"[A-Z][^,]{0,30},\s+(?=\S+\s+\S)", head)) is not None:
                head = head[opener.end()].upper() + head[opener.end() + 1:]  # past "Looking ahead, "
            item = _without_dates(sentence, a, stop.start() if stop else b, spans).strip(" ,.")
            # (the head's verb may be a bare present, "Analysts expect Pyongyang", which _has_verb does not count)
            if len(head.split()) < 2 or not item.startswith("to "):
                return None
            return f"{head} {item}"
    return None


def _one_of_the_times(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The main clause with the listed occasion the date is in: "Trump met Kim three times ..., in Singapore in
    2018, in Hanoi in 2019 and at Panmunjom later that year" -> "Trump met Kim in Hanoi"; None otherwise."""
    counted = _TIMES_COUNTED.search(sentence, 0, lo)
    if counted is None or not _has_verb(main := _without_dates(sentence, 0, counted.start(), spans)):
        return None
    first = counted.end() + 2
    joins = [m.end() for m in re.finditer(r",\s+(?:and\s+)?|\s+and\s+", sentence[:lo]) if m.start() >= counted.end()]
    start = max(joins, default=first)
    stop = re.compile(r",\s|\s+and\s|[.;:!?]").search(sentence, hi)
    item = _without_dates(sentence, start, stop.start() if stop else len(sentence), spans).strip(" ,")
    if not re.match(r"(?:in|at|on|to|with|from)\s", item):
        return None  # (each occasion a place it was at)
    return f"{main} {item}"


# A relative clause on a deal or a law that tells what was done under it: "reached a deal under which the North shut
# its reactor in July 2007"
_UNDER_WHICH = re.compile(r"\b(?:under|by|through|in|after)\s+which\s+(?=(?:the\s+)?[A-Z]|(?:he|she|they|it)\s)")


def _told_under_which(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The title of the happening a relative clause after "under which" tells, when the date is in it: "Hill reached a
    deal under which the North shut its Yongbyon reactor in July 2007 and blew up its cooling tower the following
    June" -> "The North shut its Yongbyon reactor", "The North blew up its cooling tower"; None otherwise."""
    rel = None
    for rel in _UNDER_WHICH.finditer(sentence, max(0, lo - 200), lo) if "which" in sentence else ():  # (cheap first)
        pass
    if rel is None or re.search(r"[,;:]", sentence[rel.end():lo]):
        return None
    at = rel.end()
    told = sentence[at:]
    if not _has_verb(_without_dates(sentence, at, len(sentence), spans)):
        return None
    moved = [(s - at, e - at) for s, e in spans if s >= at]
    return _title(told[:1].upper() + told[1:], lo - at, hi - at, moved)


# A subject the sentence opens on, with a relative clause after it: "The talks that began in Beijing in August 2003"
_SUBJECT_THEN_RELATIVE = re.compile(r"\s*(?P<np>(?:The|A|An|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                                    r"(?:that|which|who)\s+(?=[a-z])")
_MAIN_AUXILIARY = frozenset("has have had is are was were will would remains remain remained".split())


def _relative_on_the_subject(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The talks that began in Beijing in August 2003 and collapsed in late 2008 have had few chroniclers" -> "The
    talks began in Beijing" and "The talks collapsed": a relative clause on the subject the sentence opens on tells
    of the subject, up to the next of its verbs or the main clause's; a date after it is the main clause's ("The
    talks that began in 2003 collapsed in 2008" -> "The talks collapsed"). None otherwise."""
    rel = _SUBJECT_THEN_RELATIVE.match(sentence)
    if rel is None or lo < rel.end():
        return None
    words = list(re.finditer(r"[,;:.!?()]|\b[a-z]+\b|\S+", sentence[rel.end():]))
    if not words or not (looks_like_verb(words[0].group()) or words[0].group() in _AUXILIARIES):
        return None  # ("the sanctions that the council imposed": a clause with its own subject)
    main = None
    for k, word in enumerate(words[1:], 1):
        w = word.group()
        if w in ",;:.!?()":
            return None  # the clause ends with no main verb found: no telling where the relative clause stops
        if ((w in _MAIN_AUXILIARY or looks_like_verb(w)) and words[k - 1].group() not in ("and", "or")
                and words[k - 1].group() not in _AUXILIARIES
                and not (k > 1 and (words[k - 2].group(), words[k - 1].group()) == ("to", "be"))):
            # ("that were imposed in 2017", "who was due to be flown home": still the clause's)
            main = rel.end() + word.start()
            break
    if main is None:
        return None
    if lo >= main:
        cut = re.search(r"[,;:]", sentence[hi:])
        told = _without_dates(sentence, main, hi + cut.start() if cut else len(sentence), spans)
        # ("..., South Korea's Joint Chiefs of Staff said Wednesday": who reported it, on the date, is no part of it)
        told = _TRAILING_REPORT.sub("", told)
    elif hi <= main:
        start = rel.end()
        for conj in re.finditer(r"\s+and\s+([a-z]+)\b", sentence[:lo]):
            if conj.start() >= rel.end() and looks_like_verb(conj[1]):
                start = conj.start(1)
        after = re.search(r"\s+and\s+([a-z]+)\b", sentence[hi:main])
        end = hi + after.start() if after and looks_like_verb(after[1]) else main
        told = _without_dates(sentence, start, end, spans)
    else:
        return None
    return f"{rel['np']} {told}" if _has_verb(told) else None


_TRAILING_REPORT = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|announced)$")


# "the Treaty ..., from which it announced its withdrawal on January 10, 2003": the noun is the preposition's object
_OF_WHICH = re.compile(r",\s+(?P<prep>from|to|with|against|into|on|over|for)\s+which\s+"
                       r"(?=(?:the\s+)?[A-Z]|(?:he|she|they|it|we)\s)")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?=\S)", re.IGNORECASE)


def _object_of_which(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"... return to the Treaty on the Non-Proliferation of Nuclear Weapons, from which it announced its withdrawal
    on January 10, 2003" -> "It announced its withdrawal from the Treaty on the Non-Proliferation of Nuclear
    Weapons": the relative clause's happening, with the noun it hangs on put back after its preposition."""
    rel = None
    for rel in _OF_WHICH.finditer(sentence, max(0, lo - 160), lo):
        pass
    if rel is None or re.search(r"[,;:]", sentence[rel.end():lo]):
        return None
    before = sentence[:rel.start()]
    noun = None
    for det in reversed(list(_DETERMINER.finditer(before, max(0, len(before) - 90)))):
        prev = before[:det.start()].split()
        # (a determiner inside a name, "the Treaty on the Non-Proliferation of ...", opens no noun phrase of its own)
        if len(prev) >= 2 and prev[-1] in ("of", "on", "for") and prev[-2][:1].isupper() and before[det.end():][:1].isupper():
            continue
        noun = before[det.start():]
        break
    if noun is None or len(noun.split()) > 10 or re.search(r"[,;:]", noun):
        return None
    end = re.compile(r"[,;:]").search(sentence, hi)
    told = _without_dates(sentence, rel.end(), end.start() if end else len(sentence), spans)
    if not _has_verb(told):
        return None
    return f"{told} {rel['prep']} {noun[:1].lower() + noun[1:] if noun.split()[0] in ('The', 'A', 'An') else noun}"


# Where a main clause ends and another, or a clause on it, begins
_MAIN_CLAUSE_END = re.compile(r",\s+(?:though|although|while|whereas|but|when|where|which|as|and|he|she|it|they|we)\b"
                              r"|[;:]\s|\s[—–]\s|,[\"”]\s")  # (or the quotation it stands in: '..., when X," said Park')
# A phrase that sets the scene before the subject: "Under the Agreed Framework signed in Geneva in 1994, North Korea"
_FRONTED = re.compile(r"(?:In|Under|Through|With|At|During|By(?!\s+the\s+time\b)|(?:Speak|Address|Talk|Visit|"
                      r"Writ)ing)\s[^,;:()]{3,120}?,\s+"
                      r"(?:(?:in|under|through|with|at|during|by|while|when|as|after|following|before)\s"
                      r"[^,;:()]{3,120}?,\s+"
                      # (or how long before or after something: "By Feb. 25, two days before the leaders arrived,")
                      r"|(?:[a-z]+\s+){1,3}(?:before|after)\s[^,;:()]{3,80}?,\s+)*"
                      r"(?=(?:the\s+)?[A-Z][\w'’.-]*\s|(?:he|she|they)\s+[a-z])")


def _after_fronted_phrase(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The main clause when the date is in a phrase that sets its scene: "In a joint statement issued in Beijing on
    19 September 2005, North Korea committed to ..." -> "North Korea committed to ..."; None otherwise."""
    opener = _SENTENCE_OPENER.match(sentence)
    fronted = _FRONTED.match(sentence, opener.end() if opener else 0)
    if fronted is None or not (fronted.start() <= lo and hi <= fronted.end()):
        return None
    end = _MAIN_CLAUSE_END.search(sentence, fronted.end())
    main = _without_dates(sentence, fronted.end(), end.start() if end else len(sentence), spans)
    # "Kim Yo Jong, vice department director of ..., said": the name says who
    main = re.sub(r"^((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:the\s+)?[a-z][^,]{0,80},\s+(?=[a-z]+\b)",
                  r"\1 ", main)
    # the subject's first lower-case word after it is its verb: "North Korea froze", "Kim rejected"
    verb = next((w for w in main.split()[1:6] if w[:1].islower()), "")
    if len(main.split()) < 3 or not verb or verb in _NOT_PREDICATE:
        return None
    return main


# The date opening the sentence, then a name with an aside on it: "On April 1, Mike Pompeo, then CIA director,
# travelled ..."
_DATE_FIRST = re.compile(r"\s*(?:(?:On|In|At|By|During|Early|Late|Later|Earlier|Then)\s+)?(?:the\s+)?$")
_NAME_WITH_ASIDE = re.compile(r"\s*,\s+(?:(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:then\s+)?"
                              r"(?:(?:the|a|an)\s+)?[a-z][^,;:]{0,80}?"
                              # "Kim's sister, Kim Yo Jong, said": the name in apposition says who
                              r"|(?:[A-Z][\w.'’-]*\s+){0,3}?[\w.-]+['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+"
                              r"(?P<named>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)),\s+(?=(?:[a-z]+ly\s+)?[a-z]+\b)")


# "since the Korean War (1950–53)": years in brackets right after a name are the named thing's own
_NAME_BEFORE_BRACKET = re.compile(r"\b(?:since|after|before|until|following)\s+"
                                  r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*\(\s*$")


def _years_of_a_name(sentence: str, lo: int, hi: int) -> str | None:
    """The thing a bracketed date names, when the sentence only measures from it: "... than at any point since the
    Korean War (1950–53)" -> "The Korean War" (but "served during the Korean War (1950-53)" tells of the service)."""
    name = (_NAME_BEFORE_BRACKET.search(sentence, max(0, lo - 80), lo)
            if sentence[max(0, lo - 80):lo].rstrip().endswith("(") else None)  # (cheap test first)
    if name is None or not re.match(r"\s*\)", sentence[hi:]) or len(name["name"].split()) < 2:
        return None
    return name["name"][:1].upper() + name["name"][1:]


# "since records began": a subordinator, a plural noun and its verb
_SUBORDINATOR_BEFORE_A_NOUN = re.compile(r"\b(?:after|before|since|when|until)\s+(?=[a-z]+s\s+(?P<verb>[a-z]+)\b)")


def _dated_subordinate(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The subordinate clause holding the date when the main clause has a date of its own: "Its mandate expired on
    30 April 2024 after Russia cast its veto on 28 March and China abstained" -> "Russia cast its veto and China
    abstained" for 28 March (the main clause is the other date's happening)."""
    sub = None
    for sub in _SUBORDINATOR.finditer(sentence, 0, lo):
        pass
    if sub is None or re.search(r"[,;:]", sentence[sub.end():lo]):
        # (a subject in lower case with its verb: "since records began in 1989")
        sub = None
        for sub in _SUBORDINATOR_BEFORE_A_NOUN.finditer(sentence, 0, lo):
            pass
        if sub is not None and not looks_like_verb(sub["verb"]):
            sub = None
    if sub is None or sub.group().strip().lower() in ("as", "because", "while") or re.search(r"[,;:]", sentence[sub.end():lo]):
        return None
    if re.match(r"(?:that|the\s+same)\b", sentence[lo:hi], re.IGNORECASE):
        return None  # "... after the council condemned the launch that month": the main clause's month again
    host = max(sentence.rfind(",", 0, sub.start()), sentence.rfind(".", 0, sub.start())) + 1
    # (or of a phrase opening it: "In the second quarter, no goods crossed ... since records began in 1989")
    opening = re.match(_OPENER, sentence)
    if not any((host <= s or (opening is not None and e <= opening.end())) and e <= sub.start()
               for s, e in spans) and not (
            # (or none of its own, when the subordinate clause has its subject and verb before the date: "Two million
            # people visited before the program was halted in July 2008"; but after an "after" the main clause's
            # happening may well fall in the same month: "Kim Jong Un succeeded his father after Kim Jong Il died in
            # December 2011" is told for the succession)
            sub.group().strip().lower() in ("before", "until")
            and _has_verb(_without_dates(sentence, sub.end(), lo, spans)) and _has_verb(sentence[host:sub.start()])):
        return None  # no date of the main clause's own
    if (done := _DONE_TO_ITS_SUBJECT.fullmatch(sentence, sub.end(), lo)) is not None and looks_like_verb(
            done["part"]) and (verb := re.match(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b", sentence[hi:])) is not None \
            and looks_like_verb(verb["verb"]):
        # "after a ballistic missile fired overnight fell into the sea": the date is the firing's, not the fall's
        return f"{done['np']} {_was_or_were(done['np'])} {done['part']}"
    end = re.search(r"[,;:]|\s[—–]\s", sentence[hi:])  # the subordinate clause ends at its first break
    told = _without_dates(sentence, sub.end(), hi + end.start() if end else len(sentence), spans).rstrip(" .")
    words = told.split()
    if (len(words) < 2 or (len(words) == 2 and not looks_like_verb(words[1]))
            or not (_has_verb(told) or any(_present_verb(words, i) for i in range(1, len(words))))):
        return None  # ("records began" is enough)
    return told


def _aside_on_a_noun(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The clause before a date set off by commas on its last noun, when a relative clause goes on about that noun:
    "... and produced two agreements, in September 2005 and February 2007, that were never fully carried out" ->
    "... produced two agreements" (what the relative clause says came later)."""
    p0, p1 = sentence.rfind(",", 0, lo), sentence.find(",", hi)
    if p0 < 0 or p1 < 0 or not re.match(r",\s+(?:that|which)\s", sentence[p1:]):
        return None
    if not re.fullmatch(r"(?:in|on|at|during|from|between|and|or|,|\s)*", _without_dates(sentence, p0 + 1, p1, spans)):
        return None
    start = sentence.rfind(",", 0, p0) + 1
    if re.match(r"\s*(?:It|This)\s+(?:was|is)\b", sentence[start:]):
        return None  # "It was in the same assembly, in January 2024, that Kim said ...": a cleft, the that-clause tells
    main = _without_dates(sentence, start, p0, spans)
    return main if len(main.split()) >= 3 and _has_verb(main) else None


def _name_after_an_opening_date(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The subject and its verb when the date opens the sentence and an aside follows the subject's name: "The
    following month, Mike Pompeo, then CIA director, travelled to Pyongyang" -> "Mike Pompeo travelled to
    Pyongyang" (without the aside the title would stop at the name)."""
    opener = _SENTENCE_OPENER.match(sentence)
    # the date itself opens the sentence, or another one does and this one is in the main clause after the aside
    # ("The following month, Mike Pompeo, then CIA director, travelled to Pyongyang over the Easter weekend")
    first_lo, first_hi = min(spans) if spans else (lo, hi)
    if not _DATE_FIRST.fullmatch(sentence, opener.end() if opener else 0, first_lo):
        return None
    aside = _NAME_WITH_ASIDE.match(sentence, first_hi)
    if aside is None or not (lo == first_lo or lo >= aside.end()):
        return None
    end = _MAIN_CLAUSE_END.search(sentence, aside.end())
    rest = _without_dates(sentence, aside.end(), end.start() if end else len(sentence), spans)
    if len(rest.split()) < 2 or rest.split()[0] in _NOT_PREDICATE:
        return None
    return f"{aside['name'] or aside['named']} {rest}"


_PARTICIPLE_FRONTED = re.compile(r"(?:Signed|Adopted|Founded|Established|Built|Launched|Held|Issued|Ratified|Created|"
                                 r"Opened|Completed|Set\s+up|Announced|Agreed|Drafted|Unveiled|Approved|Concluded|"
                                 r"Negotiated|Brokered|Formed|Introduced|Passed|Born|Elected|Appointed|Named|"
                                 r"Sworn\s+in|Arrested|Detained|Released|Freed)\s")


_PLACE_REGION = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,")


def _fronted_participle(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What was done to the subject, when the date is in a participle phrase opening the sentence: "Signed in Geneva
    on Oct. 21, 1994, the Agreed Framework was the first deal ..." -> "The Agreed Framework was signed in Geneva"."""
    opener = _SENTENCE_OPENER.match(sentence)
    fronted = _PARTICIPLE_FRONTED.match(sentence, opener.end() if opener else 0)
    if fronted is None:
        return None
    # the phrase ends at the first comma outside a date ("Signed in Geneva on Oct. 21, 1994, the ...")
    # (nor the commas around a place's region: "Born in Grand Rapids, Mich., on Dec. 4, 1939, ...")
    region = {i for r in _PLACE_REGION.finditer(sentence, fronted.start(), fronted.start() + 160)
              if re.search(r"\b[A-Z][\w'’-]*$", sentence[:r.start()]) for i in (r.start(), r.end() - 1)}
    comma = next((c.start() for c in re.finditer(r",\s+", sentence[:fronted.start() + 160])
                  if c.start() > fronted.start() and not any(s <= c.start() < e for s, e in spans)
                  and c.start() not in region), None)
    if comma is None or not (fronted.start() <= lo and hi <= comma) or re.search(r"[;:()]", sentence[fronted.start():comma]):
        return None
    # "Born in 1946 in Brooklyn, he joined ..." -> "He was born in Brooklyn"
    subject = _pronoun_up(_subject_of(sentence[comma + 1:].strip()))
    if not subject or not re.match(r"(?:[Tt]he\s+|[Ii]ts\s+|[A-Z])", subject):
        return None
    done = _without_dates(sentence, fronted.start(), comma, spans)
    plural = re.search(r"(?<!s)s$|\b(?:and|both)\b", subject) is not None
    return f"{subject} {'were' if plural else 'was'} {done[:1].lower()}{done[1:]}"


# A sentence opening on a count from a landmark, then its main clause: "Two days after the United States voted, ..."
_COUNT_FROM_A_LANDMARK = re.compile(r"\s+(?:after|before|since)\s+[^,;:]{3,90},\s+(?P<main>[^;:]+)")


def _main_clause_after_a_count(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """The main clause, when the date is a count from a landmark opening the sentence ("Two days after the United
    States voted, North Korea had still said nothing" -> "North Korea had still said nothing"): the count dates it."""
    if sentence[:lo].strip(" \t\"“'‘") not in ("", "Just", "Only", "Some", "About", "Nearly", "Barely"):
        return None
    if not re.fullmatch(r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+"
                        r"(?:days?|weeks?|months?|years?)", sentence[lo:hi], re.IGNORECASE):
        return None
    if (m := _COUNT_FROM_A_LANDMARK.match(sentence, hi)) is None or not _has_verb(m["main"]):
        return None
    main = _without_dates(sentence, m.start("main"), m.end("main"), spans).strip(" .")
    return main[:1].upper() + main[1:]


# The date as the subject of a verb that only says what it holds: "Next month brings the 70th anniversary of ..."
_DATE_BRINGS = re.compile(r"\s+(?:will\s+)?(?:brings?|marks?|sees?|ushers?\s+in)\s+(?P<what>(?:the|a|an|its|their|his|her|"
                          r"another|[A-Z])[^,;:]*)")


def _what_the_date_brings(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What a date opening its sentence brings or marks is the happening: "Next month brings the 70th anniversary of
    the armistice" -> "The 70th anniversary of the armistice" (not "marks four years since ...", a count of time)."""
    if sentence[:lo].strip(" \t\"“'‘") or (m := _DATE_BRINGS.match(sentence, hi)) is None:
        return None
    if re.match(r"(?:the\s+)?(?:\w+\s+){0,2}(?:years?|months?|weeks?|days?|decades?)\s+(?:since|after|of)\b", m["what"]):
        return None
    what = _without_dates(sentence, m.start("what"), m.end("what"), spans).strip(" .")
    # (a happening or an occasion only: "The new year will bring a fresh chance" keeps its subject)
    if not any(w in EVENT_NOUNS or w in ("anniversary", "congress", "plenum", "holiday", "deadline")
               for w in re.findall(r"[a-z]+", what.lower())):
        return None
    return what[:1].upper() + what[1:] if len(what.split()) >= 2 else None


# An opening phrase whose noun a dated participle describes: "Under the tournament schedule released last week, ..."
_OPENING_PHRASE_PARTICIPLE = re.compile(
    r"\s*(?:Under|According\s+to|Following|Citing|Based\s+on|Per|After)\s+"
    r"(?P<np>(?:the|a|an|its|his|her|their|this|that|[A-Z][\w'’.-]*['’]s)\s+[^,;:()\"“”]{1,60}?)\s+"
    r"(?P<part>[a-z]+ed|[a-z]+en|" + "|".join(sorted(_PARTICIPLES, key=len, reverse=True)) + r")"
    r"(?:\s+(?:on|in|at|during|over))?\s*$")


def _participle_in_an_opening_phrase(sentence: str, lo: int, hi: int) -> str | None:
    """What was done to the noun of a phrase opening the sentence, when the date is its participle's: "Under the
    tournament schedule released last week, the team opens on Saturday" -> "The tournament schedule was released"
    (the main clause, after the comma, has a date of its own or none)."""
    if not re.match(r"\s*,\s", sentence[hi:hi + 3]):
        return None
    m = _OPENING_PHRASE_PARTICIPLE.fullmatch(sentence, 0, lo)
    if m is None or not looks_like_verb(m["part"]):
        return None
    np = m["np"]
    return f"{np[:1].upper()}{np[1:]} {_was_or_were(np)} {m['part']}"


# An aside on the clause's last noun, after which the clause ends in a few words: ", built up over the years
# since 2003, in doubt."
_RESUMED_AFTER_ASIDE = re.compile(r"\s*,\s+(?:[a-z]+ed|built|made|held|set|kept|known|seen|begun|taken|given|"
                                  r"which|who)\b(?:[^,;:.]|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.|(?<=[A-Z][a-z]{3})\.)"
                                  r"{0,80},\s+"  # (a month's abbreviation inside: "held on Oct. 5 at ...,")
                                  r"(?P<rest>[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5})[.!?]?\s*$")


# a name in the possessive: "Jimmy Carter's", "Pyongyang's"
_POSSESSIVE_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s"
_LANDMARK_OPENING = re.compile(r"^(?:In\s+[A-Z][a-z]+\s+\d{4},\s+)?(?P<lm>(?:[Aa]fter|[Ff]ollowing|[Bb]efore)\s+(?:a|"
                               r"an|the|his|"
                               r"her|its|their|" + _POSSESSIVE_NAME + r")\s[^,]{1,60},\s+)(?=[A-Z]|the\s)")
_UNDER_A_DEAL = re.compile(r"(?i:" + DEAL_DATED_RE + ")")
_PARTICIPLE_OPENING = re.compile(r"^(?P<lm>(?:Since|After|Before|While|When|Upon|"
                                 r"On)\s+[a-z]+ing\b[^,]{0,60},\s+)(?=[A-Z])")


_GERUND_OPENING = re.compile(r"(?:Since|After|Upon|On)\s+(?P<verb>[a-z]+ing)\b(?P<rest>[^,;:]{0,60}),\s+")
_IRREGULAR_PAST = {"taking": "took", "becoming": "became", "coming": "came", "meeting": "met", "winning": "won",
                   "leaving": "left", "making": "made", "giving": "gave", "holding": "held", "being": "was",
                   "dying": "died", "running": "ran", "getting": "got", "seeing": "saw", "going": "went",
                   "sending": "sent", "speaking": "spoke", "flying": "flew", "putting": "put", "setting": "set",
                   "saying": "said", "telling": "told", "trying": "tried", "paying": "paid", "building": "built",
                   "withdrawing": "withdrew", "drawing": "drew", "throwing": "threw", "bringing": "brought",
                   "buying": "bought", "fighting": "fought", "finding": "found", "keeping": "kept", "losing": "lost",
                   "selling": "sold", "shutting": "shut", "cutting": "cut", "spending": "spent", "striking": "struck",
                   "writing": "wrote", "choosing": "chose", "standing": "stood", "hitting": "hit", "breaking": "broke",
                   "seeking": "sought", "beginning": "began", "fleeing": "fled", "rising": "rose", "falling": "fell",
                   "growing": "grew", "leading": "led", "swearing": "swore", "undergoing": "underwent",
                   "overseeing": "oversaw", "dealing": "dealt", "riding": "rode", "driving": "drove", "eating": "ate", "sitting": "sat",
                   "having": "had"}


def _past_of(gerund: str) -> str:
    """The simple past of an "-ing" form, for the common verbs of news: "assuming" -> "assumed", "stepping" ->
    "stepped" (the gerund has doubled the consonant already), "agreeing" -> "agreed", "taking" -> "took"."""
    if gerund in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[gerund]
    stem = gerund[:-3]
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"  # "defying" -> "defied" (but "staying" -> "stayed")
    return stem + ("d" if stem.endswith("e") else "ed")


# An "-ing" phrase closing the sentence after a comma: "..., arriving in the United States in 1948."
# A closing "-ing" phrase that tells a result of the main clause ("..., leaving 46 dead", "sparking a crisis"), no
# doing of the subject's
# (nor how the doing stood to others': "..., defying repeated warnings")
_RESULT_GERUNDS = frozenset("leaving bringing making marking raising prompting sparking ending setting defying ignoring "
                            "flouting violating breaching".split())
_GERUND_CLOSING = re.compile(r",\s+(?:then\s+|later\s+|eventually\s+|finally\s+)?(?P<verb>(?!(?:including|following|"
                             r"during|concerning|regarding|pending|excluding|barring|"
                             r"according|citing|saying|adding|noting|warning|stressing|insisting|urging|calling|pointing|referring|"
                             r"accusing|claiming|" + "|".join(sorted(_RESULT_GERUNDS)) + r")\b)[a-z]{3,}ing)\b"
                             r"(?P<rest>[^,;:()]*?)[.!]?\s*$")


# "..., only to reinstate it eight days later": what the subject then did, undoing or outdoing the first
_ONLY_TO = re.compile(r",\s+only\s+to\s+(?P<verb>[a-z]{2,})\b(?P<rest>[^,;:()]*?)[.!]?\s*$")
_IRREGULAR_BASE_PAST = {"see": "saw", "take": "took", "make": "made", "meet": "met", "give": "gave", "send": "sent",
                        "hold": "held", "go": "went", "come": "came", "leave": "left", "find": "found", "lose": "lost",
                        "get": "got", "run": "ran", "win": "won", "be": "was", "have": "had", "do": "did",
                        "break": "broke", "fall": "fell", "begin": "began", "withdraw": "withdrew", "fly": "flew"}


_WEAK_MAIN = re.compile(r"\s*(?:The|It|This|That|Its)\s+(?:[\w'’-]+\s+){0,2}?(?:came|was|happened|occurred|took\s+place)"
                        r"\s+(?:on\s+|in\s+)?")
_SAME_AS_WHEN = re.compile(r"\s+(?:that|when|as)\s+(?P<c>(?:[^.;:!?]|\.(?=\S)|(?<=\b[A-Z])\.(?=\s+[a-z]))+)")
_IT_WAS_THEN = re.compile(r"\s*It\s+(?:was|is)\s+(?:the\s+)?")
_SCENE_THEN = re.compile(r"(?:,[^.;:!?]*?)?,?\s+and\s+(?P<c>[^.;:!?]+)")
_NOT_UNTIL_CLEFT = re.compile(r"\b[Ii]t\s+(?:(?:was|is|will\s+be)\s+not|wasn['’]t|isn['’]t|won['’]t\s+be)\s+until\s+$")
_NOT_EXPECTED = re.compile(r"\b(?P<be>is|are|was|were)\s+not\s+(?P<word>expected|due|likely|scheduled|set)\b")
_NOT_DONE = re.compile(r"\b(?:(?P<aux>did|does|do)\s+not|(?P<short>didn|doesn|don)['’]t|did\s+n['’]t)"
                       r"\s+(?P<verb>[a-z]{2,})\b")


def _done_of(neg: re.Match) -> str:
    """The verb "did not allow", "does not allow" or "do not allow" denies until a date, as done then: "allowed",
    "allows", "allow" (a chronology told in the present: "1985: North Korea joins the NPT, but does not allow
    inspections until 1992")."""
    aux = (neg["aux"] or neg["short"] or "did").lower()
    verb = neg["verb"]
    if aux.startswith("did"):
        return _past_of_base(verb)
    if aux.startswith("don") or aux == "do":
        return verb
    if verb in ("have", "be"):
        return {"have": "has", "be": "is"}[verb]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")


def _past_of_base(verb: str) -> str:
    """The past of a plain verb: "reinstate" -> "reinstated", "try" -> "tried", "meet" -> "met", "drop" ->
    "dropped"."""
    if verb in _IRREGULAR_BASE_PAST:
        return _IRREGULAR_BASE_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ed"  # one vowel before one last consonant: "drop" -> "dropped", "ban" -> "banned"
    return verb + "ed"


def _only_to(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What the subject did when the date closes an "only to" phrase: "he cancelled the meeting on May 24, only to
    reinstate it eight days later" -> "He reinstated it"."""
    m = _ONLY_TO.search(sentence) if "only to" in sentence[:lo] else None
    if m is None or not (m.start() <= lo and hi <= m.end()):
        return None
    # the subject of the clause just before ("Two months later, on May 24, he cancelled ...": "he")
    subject = next((found for segment in reversed(re.split(r"[,;]\s+", sentence[:m.start()]))
                    if (found := _pronoun_up(_subject_of(segment))) and _has_verb(segment)), "")
    if not subject[:1].isupper():
        return None
    rest = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
    return f"{subject} {_past_of_base(m['verb'])} {rest}".strip()


# A question to someone, and the happening a when-clause after its date tells: ", when the talks collapsed?"
_ASKED = re.compile(r"\s*[\"“]?(?:Where|What|How|Do|Did|Does|Can|Could)\s+(?:were|was|did|do|you|they|he|she)\b")
_WHEN_TOLD = re.compile(r",?\s+when\s+(?P<told>[^?;:]{6,120})\?[\"”]?\s*$")


def _when_after_a_question(sentence: str, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Where were you on Feb. 28, 2019, when the talks collapsed?" -> "The talks collapsed": the question only asks
    about the day; the when-clause tells what happened on it. None otherwise."""
    if "when" not in sentence or not sentence.rstrip(" \"”").endswith("?") or _ASKED.match(sentence) is None:
        return None
    m = _WHEN_TOLD.match(sentence, hi)
    if m is None or not _has_verb(m["told"]):
        return None
    told = _without_dates(sentence, m.start("told"), m.end("told"), spans).strip(" ,")
    return told if len(told.split()) >= 2 else None


# The source a sentence cites, released on the date: "according to customs data released on Friday"
_SOURCE_RELEASED = re.compile(r"\b(?:according\s+to|citing|based\s+on)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?(?P<head>data|figures|"
                              r"statistics|numbers|records|reports?|documents?|estimates?|surveys?|filings?|imagery|"
                              r"images|findings))\s+(?P<part>released|published|issued|posted|filed|made\s+public|"
                              r"taken|obtained)\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this)?\s*$")
_COUNTED_AS_MANY = frozenset("data figures statistics numbers records reports documents estimates surveys filings images "
                             "findings".split())


def _source_released(sentence: str, lo: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Exports rose in October, according to customs data released on Friday" -> "Customs data were released" for
    Friday: another date tells when the happening was, so this one is the source's; None otherwise (alone, the
    release's day dates what the data told: "Trade fell, according to customs data released on Wednesday")."""
    cited = " according to " in sentence or " citing " in sentence or " based on " in sentence
    m = _SOURCE_RELEASED.search(sentence, max(0, lo - 90), lo) if cited else None
    if m is None or not any(e <= m.start() for _s, e in spans):
        return None
    np = m["np"]
    be = "were" if m["head"].lower() in _COUNTED_AS_MANY else "was"
    return f"{np[:1].upper()}{np[1:]} {be} {m['part']}"


# "was briefly reopened in January 2022 before being halted again in April ...": a second passive the subject
# underwent, joined on by "before being" or "after being"
_BEFORE_BEING = re.compile(r"\s+(?:before|after)\s+being\s+(?P<part>[a-z]{3,}(?:ed|en)|held|made|"
                           r"put|set|shut|cut|run|sent|built|sold|struck|hit|left)\b(?P<rest>[^;:()]*?)[.!]?\s*$")


# A who-clause the passive is joined on to, with its antecedent (and the name an apposition describes):
# "Otto Warmbier, the American college student who died days"
_WHO_DIED_BEFORE = re.compile(r"(?:(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+)?(?P<np>(?:the|an?)\s+"
                              r"[^,;:]{1,50}?)\s+who\s+[a-z]+(?:\s+[^,;:]{0,30}?)?$")


def _before_being_done(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The freight line was briefly reopened in January 2022 before being halted again in April" -> "The freight
    line was briefly reopened" for January, "The freight line was halted again" for April; None otherwise."""
    m = _BEFORE_BEING.search(sentence) if " being " in sentence else None
    if m is None or not _has_verb(sentence[:m.start()]):
        return None
    if hi <= m.start():
        if re.search(r"[,;]|\s(?:and|but|after|before|when|while)\s", sentence[hi:m.start()]):
            return None  # ("imposed in September 2017, months after Warmbier died days after being ...": further on)
        main = _without_dates(sentence, 0, m.start(), spans).strip(" ,")
        return main if _has_verb(main) else None
    if lo < m.start("part"):
        return None
    subject = _subject_of(sentence[:m.start()])
    if (who := _WHO_DIED_BEFORE.search(sentence, 0, m.start())) is not None and _has_verb(sentence[:who.start()]):
        # "... to the parents of Otto Warmbier, the student who died days after being sent home": the one the
        # who-clause is on, named in full when an apposition describes him
        subject = who["name"] or _noun_phrase_at_end(who["np"])
    if not subject or len(subject.split()) > 6:
        return None
    rest = _without_dates(sentence, m.start("rest"), m.end("rest"), spans).strip(" ,")
    return f"{subject[:1].upper()}{subject[1:]} {_was_or_were(subject)} {m['part']} {rest}".strip()


# "..., his first such offer since taking office in June.": a doing the sentence counts from, closing it
_SINCE_DOING = re.compile(r"\b(?P<prep>since|before|after)\s+(?P<verb>(?!being\b)[a-z]{2,}ing)\b"
                          # (a figure's comma or a clock's colon ends no clause: "before settling at 1,388.1 at 3:30
                          # p.m.")
                          r"(?P<rest>(?:[^,;:()]|(?<=\d),(?=\d{3})|(?<=\d):(?=\d\d))*?)[.!]?\s*$")


def _since_doing(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What the subject did when the date lies in a "since -ing" phrase closing the sentence: "Lee proposed talks
    on Monday, his first such offer since taking office in June" -> "Lee took office"."""
    m = _SINCE_DOING.search(sentence, 0) if "ing" in sentence[:lo] else None
    if m is None or not (m.start() <= lo and hi <= m.end()):
        return None
    subject = _subject_of(sentence[:m.start()])
    if m["prep"] != "since":
        # "The Agreed Framework of 1994 froze the programme for eight years before collapsing in 2002" -> "The Agreed
        # Framework collapsed" (the year it is named by stays out); the subject is the last clause's ("Her father was
        # a premier, and she studied abroad before joining the ministry"), and not what a report says
        clause = re.split(r",\s+(?:and|but)\s+|;\s+", sentence[:m.start()])[-1]
        if re.search(r"\b(?:says|said|reports?|reported|adds|added)\b", clause):
            return None
        subject = re.sub(r"\s+(?:of|in|from)\s+(?:1[89]|20)\d\d\b", "", _subject_of(clause))
        subject = subject[:1].upper() + subject[1:] if subject in ("he", "she", "they", "we") else subject
        if not subject or not subject[:1].isupper():
            return None
        done = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
        return f"{subject} {_done_or_to_come(clause, m['verb'])} {done}".strip()
    if subject in ("It", "This", "That") and (whose := re.search(r"\b(?:was|is)\s+(?P<poss>his|her|their)\s",
                                                                 sentence[:m.start()])) is not None:
        # "It was his first trip to the region since taking up the post in April": he took it up
        subject = {"his": "He", "her": "She", "their": "They"}[whose["poss"]]
    if not subject or not subject[:1].isupper() or subject.split()[0] in ("The", "A", "An", "It", "This", "That"):
        return None
    return f"{subject} {_past_of(m['verb'])} {_without_dates(sentence, m.start('rest'), m.end('rest'), spans)}".strip()


# A guilty plea or an admission of a doing: "pleaded guilty on Wednesday to laundering $2 million between 2017 and 2019"
_ADMITTED = re.compile(r"\b(?:pleaded|pled)\s+guilty\b(?P<mid>[^,;:]{0,40}?)\s+to\s+|\b(?:admitted|confessed)\b"
                       r"(?P<mid2>[^,;:]{0,40}?)\s+(?:to\s+)?(?=[a-z]{3,}ing\b)")


def _admitted_doing(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What a guilty plea or an admission says was done, for a date of the doing (not of the plea): "A broker pleaded
    guilty on Wednesday to laundering $2 million between 2017 and 2019" -> "A broker laundered $2 million"."""
    told = "guilty" in sentence or "admitted" in sentence or "confessed" in sentence
    m = _ADMITTED.search(sentence) if told else None
    if m is None or lo < m.end():
        return None
    doing = re.match(r"(?P<ger>[a-z]{3,}ing)\b(?P<rest>[^;:]*)", sentence[m.end():])
    subject = _subject_of(sentence[:m.start()])
    if doing is None or not subject or not subject[:1].isupper() or m.end() + doing.end() < hi:
        return None
    rest = _without_dates(sentence, m.end() + doing.start("rest"), m.end() + doing.end(), spans)
    return f"{subject} {_past_of(doing['ger'])} {rest}".strip()


def _gerund_closing(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What the subject did next, when the date lies in an "-ing" phrase closing the sentence: "Albright fled with
    her family ..., arriving in the United States in 1948" -> "Albright arrived in the United States" (not a
    result the main clause had, "..., leaving 46 dead", "..., marking the end of")."""
    m = _GERUND_CLOSING.search(sentence) if "ing" in sentence[lo:] or "ing" in sentence[:lo] else None
    if m is None or not (m.start() <= lo and hi <= m.end()):
        return None
    if (after := re.match(r"\s+([a-z]+)", m["rest"])) and (
            after[1] in PRESENT or after[1] in SCHEDULED_PRESENT
            or looks_like_verb(after[1]) and m["verb"] not in ("having", "being")):
        return None  # "Online auction, bidding closes Thursday": the "-ing" word is a clause's subject
    main = sentence[:m.start()]
    for fronted in (_PARTICIPLE_FRONTED, _GERUND_OPENING):
        if (f := fronted.match(main)) is not None and (comma := main.find(", ", f.start())) > 0:
            main = main[comma + 2:]  # "Born in Prague in 1937, Albright fled ...": the subject after the opening
    subject = _subject_of(main)
    if (not subject or not subject[:1].isupper() or subject.split()[0] in ("The", "A", "An", "It", "This", "That")
            or subject.split()[0].endswith("ing")):
        return None  # (not "Referring to the hostile forces staging ...": no subject there)
    verb, a, b = m["verb"], m.start("rest"), m.end("rest")
    for other in re.finditer(r"\s+and\s+(?P<verb>[a-z]+ing)\b", sentence[a:b]):
        # "withdrawing its workers in April and agreeing to reopen the park in August": each date its own doing
        if a + other.start() < lo:
            verb, a = other["verb"], a + other.end()
        else:
            b = a + other.start()
            break
    rest = _without_dates(sentence, a, b, spans)
    return f"{subject} {_done_or_to_come(main, verb)} {rest}".strip()


# A main clause telling a plan: "He is due to brief senators ...", "The president will fly ..."
_PLAN = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated|poised|to)\s+to|"
                   r"(?:is|are)\s+to|plans?\s+to|intends?\s+to)\b")


def _done_or_to_come(main: str, gerund: str) -> str:
    """The verb of an "-ing" step after the main clause: done ("returned") after a happening, still to come ("will be
    returning") after a plan ("He is due to brief senators on Dec. 3 before returning to Asia the following week")."""
    # ('"We will not give up," Kim said, speaking at a rally': a quotation's "will" is no plan of the main clause's)
    said = re.sub(r"[\"“][^\"“”]*[\"”]", "", main)
    return f"will be {gerund}" if _PLAN.search(said) else _past_of(gerund)


# "includes four nuclear tests, carried out in February 2013, January 2016 and September 2016": a counted noun and
# a participle whose list of dates gives one of its things each
_COUNTED_DONE = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)"
                           r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]{3,}s),\s+(?P<done>carried\s+out|conducted|"
                           r"held|launched|fired|signed|staged|issued|adopted)\s+(?:in|on)\s+")


_DATES_LISTED = re.compile(r"(?:(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4}|\s+(?:this|last)\s+year)?|\d{4})"
                           r"(?:\s*,\s*|\s+and\s+|,\s+and\s+)(?:in\s+|on\s+)?)*")


# "welcomed the upcoming trilateral meeting with Japan, to be held in Tokyo on 12-13 November": what is to be done
# to the noun before the comma, on the date
_TO_BE_DONE = re.compile(r"\b(?P<np>(?:[\w'’-]+\s+){0,7}?[\w'’-]+),\s+to\s+be\s+"
                         r"(?P<part>[a-z]+ed|held|signed|made|given|sent|built|set\s+up)\b(?P<rest>[^,;:]*)$")


def _to_be_done(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The Secretary welcomed the upcoming meeting with Japan, to be held in Tokyo on 12-13 November" -> "The
    upcoming meeting with Japan is to be held in Tokyo"."""
    m = _TO_BE_DONE.search(sentence, 0, lo) if ", to be " in sentence else None
    if m is None or not re.fullmatch(r"[\s,]*(?:on|in|at|by|from|between)?\s*", sentence[m.end():lo]) or (
            re.search(r"[\w]", sentence[hi:].strip(" .,;!?\"”"))
            # ("The report, to be released on Monday, says ...": an aside on the subject, closed before its verb)
            and not (m.start() == 0 and re.match(r",\s+(?:[a-z]+ly\s+)?[a-z]+\b", sentence[hi:]))):
        return None
    words = m["np"].split()
    verbs = [i for i, w in enumerate(words) if w[:1].islower() and (looks_like_verb(w) or w in _AUXILIARIES)]
    np = " ".join(words[verbs[-1] + 1:] if verbs else words)  # ("announced new talks, to be held": the talks)
    if not np or len(np.split()) > 8:
        return None
    rest = _without_dates(sentence, m.start("rest"), hi, spans)
    verb = "are" if _names_several(np) else "is"
    return f"{np[:1].upper()}{np[1:]} {verb} to be {m['part']}{' ' + rest if rest else ''}"


# "the nuclear tests at Punggye-ri, the most recent of which, the fifth, was carried out in September last year",
# "repeated nuclear tests at Punggye-ri, the latest of them in September last year": one of the things a plural names
_ONE_OF_THEM = re.compile(r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z]{3,}s)(?:\s+(?:at|in|of|on)\s+"
                          r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,\s+the\s+(?P<which>most\s+recent|latest|last|first)\s+of\s+"
                          r"(?:which|them)(?:,\s+the\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|"
                          r"ninth|tenth),)?(?:\s+(?:was|were)\s+(?P<done>[a-z]+ed|held|made|built)(?P<out>\s+out)?)?"
                          r"\s+(?:in|on|at)\s+$")


def _one_of_them(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"..., the most recent of which, the fifth, was carried out in September last year" -> "The fifth nuclear test
    was carried out"; "..., the latest of them in September last year" -> "The latest nuclear test"."""
    m = _ONE_OF_THEM.search(sentence, max(0, lo - 160), lo) if " of which" in sentence or " of them" in sentence \
        else None
    if m is None or (one := _one_of(m["head"])) is None:
        return None
    which = m["ord"] or ("latest" if m["which"].startswith(("most", "latest")) else m["which"])
    # (what describes them all, not "the" or "repeated")
    mods = "".join(f"{w} " for w in m["mods"].split() if w not in _ADJECTIVE_BEFORE and not looks_like_verb(w))
    thing = f"The {which} {mods}{one}"
    return f"{thing} was {m['done']}{m['out'] or ''}" if m["done"] else thing


# "In the arrangement, which has become known as the "Leap Day" agreement because it was reached on 29 February
# 2012, ...": the "it" of a clause inside a relative one is the relative clause's noun
_BECAUSE_IT_WAS = re.compile(r"\b(?P<np>(?:the|its|their|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}),\s+(?:which|that)\s+[^,;:]*?"
                             r"\b(?:because|since|as|after|when)\s+it\s+(?:was|had\s+been)\s+(?P<part>[a-z]+ed|held|"
                             r"signed|made|reached|struck|drawn\s+up|set\s+up)\s+(?:on|in)\s+$")


def _because_it_was(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"In the arrangement, which became known as the "Leap Day" agreement because it was reached on 29 February
    2012, ..." -> "The arrangement was reached"."""
    m = _BECAUSE_IT_WAS.search(sentence, max(0, lo - 200), lo) if " it " in sentence else None
    if m is None:
        return None
    np = m["np"]
    return f"{np[:1].upper()}{np[1:]} was {m['part']}"


def _told_against_the_facts(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Had Donald Trump not walked out in Hanoi on Thursday, the world might ..." -> "Donald Trump walked out in
    Hanoi": the condition's own doing (modality says whether it happened)."""
    m = counterfactual(sentence, lo, hi)
    if m is None:
        return None
    subject = m["subject"]
    verb = m["verb"] if m["verb"].endswith("ed") else f"had {m['verb']}"  # ("had gone": no past from a participle)
    rest = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
    return f"{subject[:1].upper()}{subject[1:]} {verb} {rest}".strip()


# A thing named by its date, then what it did: "after the Nov. 24 attack, which wiped data from thousands of computers"
_DATED_NOUN_THEN_WHICH = re.compile(r"\s+(?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?),\s+which\s+(?P<verb>[a-z]+)\b"
                                    r"(?P<rest>[^,;:.!?]*)")


def _dated_noun_then_which(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"The sanctions follow weeks of pressure after the Nov. 24 attack, which wiped data from thousands of Sony
    computers" -> "The attack wiped data from thousands of Sony computers": the date names the noun, and the
    which-clause tells what it did."""
    if not re.search(r"\bthe\s+$", sentence[max(0, lo - 5):lo]):
        return None
    m = _DATED_NOUN_THEN_WHICH.match(sentence, hi)
    if m is None or not PAST_VERB_RE.fullmatch(m["verb"]) or not looks_like_verb(m["verb"]):
        return None
    return f"The {m['noun']} {m['verb']}{m['rest']}".rstrip()


# "Trump canceled his planned June 12 summit with Kim": the date is the summit's, which did not take place
_UNDONE_BEFORE_ITS_DATE = re.compile(r"\b(?:cancel+(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|"
                                     r"shelv(?:es|ed|ing)|postpon(?:es|ed|ing)|put(?:s|ting)?\s+off)\s+"
                                     r"(?:the|its|their|his|her)\s+(?:(?:planned|scheduled|proposed|upcoming|expected)"
                                     r"\s+)?$", re.IGNORECASE)
_ITS_PARTNERS = re.compile(r"(?:\s+(?:with|between|in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|"
                           r"of|the))*(?<!\sand)(?<!\sof)(?<!\sthe))*")


# A showing undone: "to cancel the Christmas Day release of "The Interview""
_SHOWING_AFTER_ITS_DATE = re.compile(r"\s+(?P<name>release|premiere|screening|concert|performance|ceremony)"
                                     r"(?P<work>\s+of\s+(?:[\"“][^\"“”]{1,60}[\"”]|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?")


def _undone_on_its_date(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Trump canceled his planned June 12 summit with Kim in Singapore" -> "The summit with Kim in Singapore": what
    was to happen on the date, told as the thing undone (the cancelling, if dated, has its own date)."""
    if not ends_on_a_word(sentence, max(0, lo - 50), lo, ("the", "its", "their", "his", "her", "planned", "scheduled",
                                                          "proposed", "upcoming", "expected"), ignore_case=True):
        return None  # (cheap test first)
    if _UNDONE_BEFORE_ITS_DATE.search(sentence, max(0, lo - 50), lo) is None:
        return None
    named = (_GATHERING_AFTER_YEAR.match(sentence, hi) or _HAPPENING_AFTER_YEAR.match(sentence, hi)
             or _SHOWING_AFTER_ITS_DATE.match(sentence, hi))
    if named is None:
        return None
    partners = (_ITS_PARTNERS.match(sentence, named.end()).group() if named.re is not _SHOWING_AFTER_ITS_DATE
                else re.sub(r"[.,](?=[\"”]$)", "", named["work"] or ""))  # ('"The Interview."': the sentence's stop)
    if partners.endswith(".") and not sentence[named.end() + len(partners):].strip():
        partners = partners[:-1]  # the sentence's full stop
    return f"The {named['name']}{partners}"


# "North Korea has restored a military hotline with South Korea that it had cut off in June": what the subject had
# done to the noun, on the date
_UNDONE_EARLIER = re.compile(r"\s+(?:has|have|had)?\s*(?:[a-z]+ed|rebuilt|reopened|restored)\s+(?P<np>(?:a|an|the|its|"
                             r"their)\s+[^,;:]{3,80}?)\s+that\s+(?:it|he|she|they)\s+(?P<vp>(?:had\s+)?(?:[a-z]+ed|cut|"
                             r"shut|set|built|broke|froze|tore|put|withdrew)(?:\s+(?:off|up|down|out|back))?)\s+(?:in|on)\s+$")


def _undone_earlier(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"North Korea has restored a hotline with South Korea that it had cut off in June" -> "North Korea had cut off a
    hotline with South Korea"."""
    m = _UNDONE_EARLIER.search(sentence, 0, lo) if " that " in sentence[:lo] else None
    if m is None or m.end() != lo:
        return None
    subject = sentence[:m.start()].strip()  # (the words before the verb)
    if not subject[:1].isupper() or len(subject.split()) > 6 or _has_verb(subject) or "," in subject:
        return None
    return f"{subject} {m['vp']} {m['np']}"


# "Rather than dealing with Pyongyang alone, as it did in Geneva in 1994, Washington now ...": the date tells when the
# subject did what the opening phrase says it no longer does
_AS_IT_DID = re.compile(r"\s*(?:Rather\s+than|Instead\s+of|Unlike|Like)\s+(?P<ger>[a-z]+ing)\b(?P<obj>[^,;]{0,80}),\s+"
                        r"as\s+(?:it|he|she|they|we)\s+(?:did|had|once\s+did)\s+(?P<rest>[^,;]{0,80}),\s+")


def _as_it_did(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"Rather than dealing with Pyongyang alone, as it did in Geneva in 1994, Washington now sits ..." -> "Washington
    dealt with Pyongyang alone in Geneva"."""
    m = _AS_IT_DID.match(sentence) if " did " in sentence or " had " in sentence else None
    if m is None or not (m.start("rest") <= lo and hi <= m.end("rest")):
        return None
    name = re.match(r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+[a-z])", sentence[m.end():])
    subject = _subject_of(sentence[m.end():]) or (name.group() if name else "")
    if not subject or not subject[:1].isupper():
        return None
    done = _without_dates(sentence, m.start("obj"), m.end("obj"), spans)
    where = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
    return f"{subject} {_past_of(m['ger'])} {done} {where}".replace("  ", " ").strip()


# '..., as it did [from 2018 until 2022]': the date is when the clause before it was done
_AS_DONE_BEFORE = re.compile(r"(?P<main>[^,;:]+),\s+as\s+(?P<subject>it|he|she|they|we|(?:the\s+)?[A-Z][\w.'’-]*"
                             r"(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?P<aux>did|had|was|were)\s+"
                             r"(?:(?:in|on|from|during|between|until)\s+)?$")
# "Amateur runners will again be admitted": a passive to come, which "as they were in 2025" says was done before
_PASSIVE_TO_COME = re.compile(r"(?:.*\b(?:and|but)\s+(?:that\s+)?|\s*)(?P<subject>[A-Za-z][^,;:]*?)\s+(?:will|would|could|may|might|can|should|must)\s+"
                              r"(?:(?:again|also|once\s+more)\s+)?be\s+(?P<part>[a-z]+)(?P<rest>[^,;:]*)$")
# a condition told in the present at the end of the main clause: "... could slip if the North conducts another test"
_CONDITION_DONE = re.compile(r"\b(?:if|unless|when|once)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                             r"|the\s+[a-z]+)\s+(?P<verb>[a-z]+[^s\s]s)\b(?P<rest>[^,;:]*)$")
_WHAT_IS_DONE = re.compile(r"(?:.*\bto\s+|.*\b(?:might|could|would|will|should|may|must|can)\s+(?:not\s+)?)"
                           r"(?P<verb>[a-z]+)\b(?P<rest>[^,;:]*)$")


def _as_done_before(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """"But it might agree to stop testing them, as it did from 2018 until 2022" -> "It stopped testing them": what
    the clause before proposes, done at the date; None otherwise."""
    m = _AS_DONE_BEFORE.search(sentence, 0, lo) if " as " in sentence else None
    if m is None:
        return None
    if m["aux"] in ("was", "were"):
        # "Amateur runners will again be admitted, as they were in 2025" -> "Amateur runners were admitted"
        passive = _PASSIVE_TO_COME.fullmatch(m["main"])
        if passive is None or not (looks_like_verb(passive["part"]) or passive["part"] in _PARTICIPLES):
            return None
        subject = passive["subject"]
        return f"{subject[:1].upper()}{subject[1:]} {m['aux']} {passive['part']}{passive['rest']}".strip()
    if (cond := _CONDITION_DONE.search(m["main"])) is not None and m["subject"] in ("it", "he", "she", "they"):
        # "could slip if the North conducts another Hwasong-19 test, as it did in late October": the condition's
        # doing, the nearest verb "did" stands for
        verb = cond["verb"]
        base = verb[:-2] if verb.endswith(("ches", "shes", "sses", "xes")) else verb[:-1]
        subject = cond["subject"]
        return f"{subject[:1].upper()}{subject[1:]} {_past_of_base(base)}{cond['rest']}".strip()
    if (done := _WHAT_IS_DONE.match(m["main"])) is None and _has_verb(main := re.sub(
            r"^\s*(?:(?:And|But|So)\s+)?|\s+(?:again|too|also|once\s+more)\s*$", "", m["main"])):
        # "And Russia sent a senior delegation again, as it did in 2023": it did the same then
        return main
    if done is None or done["verb"] in _AUXILIARIES:
        return None
    subject = m["subject"]
    return f"{subject[:1].upper()}{subject[1:]} {_past_of_base(done['verb'])}{done['rest']}".strip()


def _one_of(plural: str) -> str | None:
    """The singular of a plural head noun ("tests" -> "test"), or None for one that has none that way ("talks")."""
    if plural.endswith(("ss", "us")) or plural in ("talks", "series", "news"):
        return None
    return plural[:-1]


def _names_several(np: str) -> bool:
    """Whether a noun phrase names more than one thing, by its head before any "of", "with" ...: "The talks between
    the two Koreas" do, "The summit of the two leaders" does not."""
    head = re.split(r"\s+(?:of|between|with|in|on|at|for|from|to)\s+", np)[0]
    # (not "an analysis", "its status"; but "servicemen", "people" and a number above one are several)
    return re.search(r"(?<![siu])s$|\b(?:and|both)\b|(?:men|people|children|police|remains)$|^(?:[2-9]|\d\d+)\s",
                     head) is not None


def _was_or_were(np: str) -> str:
    return "were" if _names_several(np) else "was"


def _one_of_counted(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """One of the things a counted noun lists by date: "The record includes four nuclear tests, carried out in
    February 2013, January 2016 and September 2016" -> "A nuclear test was carried out" for each date."""
    for m in (_COUNTED_DONE.finditer(sentence, 0, lo) if "s, " in sentence[:lo] else ()):
        # (only dates before this one in the list: "February 2013, January 2016, September 2016 and")
        if not _DATES_LISTED.fullmatch(sentence, m.end(), lo):
            continue
        if (one := _one_of(m["head"])) is None:
            return None
        thing = f"{m['mods']}{one}"
        article = "An" if thing[:1] in "aeiou" else "A"
        return f"{article} {thing} was {m['done']}"
    return None


def _gerund_opening(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What the subject did, when the date lies in an "-ing" phrase opening the sentence: "Since assuming office in
    July, Lee has sought ..." -> "Lee assumed office"."""
    opener = re.match(r"\s*", sentence)
    m = _GERUND_OPENING.match(sentence, opener.end())
    if m is None or not (m.start() <= lo and hi <= m.end()):
        return None
    subject = _pronoun_up(_subject_of(sentence[m.end():]))  # ("Since signing a deal in 2018, they have ...")
    past = _past_of(m["verb"])
    if not subject or not subject[:1].isupper():
        return None
    rest = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
    return f"{subject} {past} {rest}".strip()


# A document a date may qualify, and what was done to it ("the 2024 mutual defense treaty signed between ...")
_DOCUMENT = r"(?:treaty|pact|agreement|accord|deal|declaration|statement|communiqu[eé]|memorandum)"
_DONE_TO_IT = r"(?:signed|reached|agreed|concluded|struck|adopted|issued|brokered)\b[^,;:.()]{0,60}?"
_DOCUMENT_AFTER_DATE = re.compile(
    rf"\s+(?P<noun>(?:[\w'’-]+\s+){{0,3}}?(?:{_DOCUMENT}|resolution))\s+(?P<done>{_DONE_TO_IT})"
    r"(?=\s+(?:as|which|that|but|because|while|and\s+(?:a|an|the|its|his|her|their))\b|[,;:.()]|$)")
_DOCUMENT_DONE_BEFORE_DATE = re.compile(
    rf"\b(?:the|its|their)\s+(?P<noun>(?:[\w'’-]+\s+){{0,3}}?{_DOCUMENT})\s+(?P<done>{_DONE_TO_IT})\s+(?:on|in)\s+$")


def _dated_document(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """A document a date qualifies, and what was done to it: "pointing to the 2024 mutual defense treaty signed
    between Pyongyang and Moscow" -> "The mutual defense treaty was signed between Pyongyang and Moscow"; in the
    object of a clause about something else ("Behind both meetings lies the nuclear accord signed in Geneva on 21
    October 1994") -> "The nuclear accord was signed in Geneva"."""
    m = (_DOCUMENT_DONE_BEFORE_DATE.search(sentence, max(0, lo - 120), lo)
         if ends_on_a_word(sentence, max(0, lo - 120), lo, ("on", "in")) else None)  # (cheap test first)
    # only when the document is not the sentence's subject (that is _set_off_happening's) and nothing follows
    if (m is not None and m.start() > 0 and not sentence[:m.start()].rstrip().endswith(",")
            and re.fullmatch(r"[\s.]*", sentence[hi:])):
        done = _without_dates(sentence, m.start("done"), m.end("done"), spans)
        return f"The {m['noun']} was {done}"
    if not re.search(r"\b(?:the|its|their|a)\s+$", sentence[max(0, lo - 8):lo]):
        return None
    m = _DOCUMENT_AFTER_DATE.match(sentence, hi)
    if m is None:
        return None
    done = _without_dates(sentence, m.start("done"), m.end("done"), spans)
    plural = m["noun"].endswith("s") and not m["noun"].endswith("ss")
    return f"The {m['noun']} {'were' if plural else 'was'} {done}"


_GATHERING_NAMED_BEFORE = re.compile(r"(?P<name>\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
                                     r"(?:Summit|Conference|Meeting|"
                                     r"Talks|Olympics|Games|Congress|Plenum|Forum|Dialogue)"
                                     # ("the first inter-Korean summit of 15 June 2000": a gathering told by its rank)
                                     r"|\bthe\s+(?:first|second|third|fourth|fifth|historic)\s+(?:[a-z]+-[A-Za-z]+\s+)?"
                                     r"(?:summit|talks|meeting))\s+(?:of|on|in)\s+$")


def _named_gathering(sentence: str, lo: int, hi: int | None = None,
                     spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """A gathering the date names, in a clause about something else: "welcomed the progress made since the Camp
    David Summit of August 18, 2023" -> "The Camp David Summit", "breaking with the approach of the 2019 Hanoi
    talks" -> "The Hanoi talks"."""
    m = (_GATHERING_NAMED_BEFORE.search(sentence, max(0, lo - 80), lo)
         if ends_on_a_word(sentence, max(0, lo - 80), lo, ("of", "on", "in")) else None)
    # (named by its year, only in a sentence whose main clause has a date of its own: "boycotted the 2021 Tokyo
    # Olympics" is about the boycott)
    if (m is None and hi is not None and sentence[hi:hi + 2] in ("'s", "’s") and any(e <= lo for s, e in spans)
            and (named := _HAPPENING_AFTER_YEAR.match(sentence, hi + 2)) is not None):
        return f"The {named['name']}"  # "called Saturday's drills "reckless" on Sunday": the drills, on Saturday
    the_before = re.search(r"\b(?:the|his|her|its|their)\s+$", sentence[max(0, lo - 8):lo])
    if m is None and hi is not None and the_before and (
            (not _verb_just_before(sentence, lo - len(the_before.group())) and any(e <= lo for s, e in spans))
            # (or whatever the verb, for a year naming the thing, when the main clause's date comes after: "cited the
            # 2018 letters in a speech on Sunday"; or when it tells of now: "wants to build on the 2018 Singapore
            # summit"; "the February 2007 agreement under which ..." is another matter)
            or (_YEAR_ALONE.fullmatch(sentence, lo, hi) and (any(s >= hi and not _BOUND_BEFORE.search(
                sentence, max(0, s - 16), s) for s, e in spans)
                                                             or _NOW_BEFORE.search(sentence, 0, lo)))):
        after = _GATHERING_AFTER_YEAR.match(sentence, hi) or _HAPPENING_AFTER_YEAR.match(sentence, hi)
        if after is not None and not re.fullmatch(r"\s*(?:In|At|During|After|Since|Before)?\s*the\s+",
                                                  sentence[:lo], re.IGNORECASE):
            return f"The {after['name']}"
        return None
    if m is None or m.start() == 0 or sentence[:m.start()].strip() == "":
        return None  # the gathering opens the sentence: the clause tells of it already
    if re.search(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+$", sentence[max(0, m.start() - 30):m.start()]):
        return None  # "interpreted for delegations at the Six-Party Talks in the 2000s": what was done there, then
    # ("will hold its Eighth Congress in early January": the holder's word, as an article)
    lead = re.search(r"\b(?:the|its|their|his|her)\s+(?:(?:19|20)\d\d\s+)?$", sentence[max(0, m.start() - 14):m.start()])
    if _verb_just_before(sentence, m.start() - (len(lead.group()) if lead else 0)):
        # "North Korea boycotted the Tokyo Olympics in 2021", "will hold the 2025 Inter-Korean Exchange Forum on 25
        # November": the clause is about the gathering
        return None
    name = m["name"]
    return name[:1].upper() + name[1:]


_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d")
# A later date that only bounds the main clause's time ("was suspended until the end of 2022"), not its own
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|by|since|before|after)\s+(?:the\s+)?$", re.IGNORECASE)
# A main clause in the present or ahead, with no past verb after it before the date: "Trump wants to build on"
_NOW_BEFORE = re.compile(r"\b(?:wants|want|hopes|hope|seeks|seek|plans|is|are|remains|remain|needs|need|says|say|"
                         r"will|would|should|could|can|must)\b(?:\s+(?![a-z]+ed\b)[\w'’-]+){0,6}\s+the\s+$")


def _verb_just_before(sentence: str, at: int) -> bool:
    """Whether the word before ``at`` is a verb acting on what follows ("boycotted | the Tokyo Olympics")."""
    word = re.search(r"(?:\b(?P<modal>will|would|shall|to|can|could|may|might|must)\s+)?(\w+)\s+$",
                     sentence[max(0, at - 40):at])
    # (a plain verb after a modal or "to": "will hold | the Inter-Korean Exchange Forum")
    return word is not None and (looks_like_verb(word.group(2)) or word["modal"] is not None)


# "the 2019 Hanoi talks": a gathering named after its year
_GATHERING_AFTER_YEAR = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}(?:[Ss]ummit|[Tt]alks|Conference|"
                                   r"Olympics|Games|Congress|Plenum|Forum))\b(?!\s+(?:was|were|is|are|had|has|ended|"
                                   r"began|collapsed|broke))")


# "ruled last year that the 2016 closure was lawful": a happening named after its date, in passing
_HAPPENING_AFTER_YEAR = re.compile(r"\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,2}(?:[a-z]+-[A-Za-z]+\s+)?"
                                   r"(?:closure|shutdown|test|launch|election|"
                                   r"letters|exchange|"
                                   r"crisis|deal|agreement|accord|treaty|declaration|visit|attack|shelling|sinking|"
                                   r"invasion|armistice|ceasefire|reunion|boycott|withdrawal|collapse|meeting|war|"
                                   r"summit|talks|drills|exercises|parade|vote|tests|launches|strikes|mission|speech|"
                                   r"address|trip|tour|negotiations|ruling|verdict|famine|floods?|purge|coup|defection|"
                                   r"raid|bombing|incident|clash(?:es)?|standoff|offer|pledge|proposal))\b"
                                   r"(?![\w-])")


_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?P<verb>[a-z]+ing)\b"
                            r"(?P<rest>[^,;:()]{0,80}?)\s+(?:in|on|during|since|at)?\s*$")


# A closing "with" phrase that schedules what it names, up to the date (or to a date listed after another): ", with
# the next departures scheduled for " [July 1 and] 
_WITH_SCHEDULED = re.compile(r",\s+with\s+(?P<np>(?:the|its|their|a|an)\s+[^,;:]{1,60}?)\s+(?P<part>scheduled|set|"
                             r"planned|slated|due|expected)\s+(?:for|on|in)\s+(?:[^,;:]{1,40}?(?:,\s+|\s+and\s+))?$")


def _with_absolute(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str | None:
    """What a "with" phrase closing the sentence tells, when the date is its own: "The speech comes amid tensions,
    with North Korea conducting multiple missile tests in 2025." -> "North Korea conducted multiple missile
    tests"."""
    if (planned := _WITH_SCHEDULED.search(sentence, max(0, lo - 120), lo)) is not None and re.fullmatch(
            r"[\s.]*", sentence[max((e for s, e in spans if s >= lo), default=hi):]):
        # "..., with the next departures scheduled for July 1 and July 15." -> "The next departures are scheduled"
        np = planned["np"]
        plural = np.endswith("s") and not np.endswith("ss")
        return f"{np[:1].upper()}{np[1:]} {'are' if plural else 'is'} {planned['part']}"
    m = _WITH_ABSOLUTE.search(sentence, 0, lo)
    if m is None or m.end() != lo or not re.fullmatch(r"[\s.]*", sentence[hi:]):
        return None
    rest = _without_dates(sentence, m.start("rest"), m.end("rest"), spans)
    return f"{m['np']} {_past_of(m['verb'])} {rest}".strip()


def _without_opening(clause: str, sentence: str, lo: int, opening: re.Pattern) -> str:
    """The clause without an ``opening`` phrase (its group "lm") that only leads up to the subject, unless the
    sentence's date at ``lo`` lies in that phrase."""
    indent = len(sentence) - len(sentence.lstrip())
    found = opening.match(sentence.lstrip())
    if found is not None and indent + found.start("lm") <= lo < indent + found.end("lm"):
        return clause
    return opening.sub("", clause)
# A clause that ends on a copula or an ordinal once its date is cut: "The third was", "The test is the second"
# A main clause that only says the last (or previous) one came, and the when-clause after its date that tells it
_LAST_ONE_CAME = re.compile(r"(?:The|Its|Their)\s+(?:last|previous|latest|most\s+recent)\s+[\w-]+(?:\s+[\w-]+)?\s+"
                            r"(?:had\s+)?(?:came|come|was|were)")
_WHEN_TOLD_AFTER = re.compile(r",\s+when\s+(?P<told>[^,;:]+?)\s*(?:[.!?]\s*)?$")
_DANGLING_END = re.compile(r"\b(?:(?:was|were|is|are)(?:\s+(?:back|only|just|still|also))?|came|comes|come|"
                           r"the\s+(?:first|second|third|fourth|fifth|sixth|seventh|latest|last))$", re.IGNORECASE)
_DANGLING_LAST_WORDS = ("was", "were", "is", "are", "back", "only", "just", "still", "also", "came", "comes", "come",
                        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "latest", "last")


def _dangles(clause: str) -> bool:
    """Whether _DANGLING_END ends the clause; cheap test first: an ASCII end that is none of its last words
    (_DANGLING_LAST_WORDS, at most seven letters) cannot match (nor past a final line break, where $ also matches)."""
    end = clause[-8:]
    if end.isascii() and not end.endswith("\n") and not end.lower().endswith(_DANGLING_LAST_WORDS):
        return False
    return _DANGLING_END.search(clause) is not None
# A subordinate clause opening the sentence, up to its comma, when a subject opens it: not "As expected", "When
# asked", "As many as 300 people"
_FRONTED_SUBORDINATE = re.compile(r"\s*(?P<sub>(?i:when|while|as|after|before|since|because|once|although|though|"
                                  r"until))\s+(?P<rest>(?!(?i:many|much|early|late|long|soon|well|far|of|for|to|"
                                  r"recently|expected|usual|always|ever|such|part|a\s+result|in)\b)(?![a-z]+(?:ed|ing)\b)"
                                  r"[^,;:\"“”()]+)(?=,\s)")
# A word that hangs a clause with its own subject and verb on the main clause
# The subject of a subordinate clause with the participle its date tells of: "a ballistic missile fired [overnight]"
_DONE_TO_ITS_SUBJECT = re.compile(rf"(?P<np>(?:an?|the|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w'’-]*)\s+"
                                  rf"(?P<part>{PARTICIPLE_RE})\s+(?:(?:on|in|at|during)\s+)?")
_SUBORDINATOR = re.compile(r"\b(?:after|before|since|when|because|while|until|as)\s+(?=(?:[A-Z]|the\s|an?\s|its\s|"
                           r"his\s|her\s|their\s|(?:he|she|they)\s+[a-z]+ed\b))")
# A clause that only reports: "the Kremlin said", "Seoul's defence ministry told reporters"
# ("officials said" too: who said it need not be a name)
_REPORTED_IN = re.compile(r"\b(?:said|says|say|told|tells|alleges?|alleged|claims?|claimed|states?|stated|reported|reports?|"
                          r"announced|showed|shows?|noted|notes|confirmed|confirms)\b")
_ALLEGES = re.compile(r"(?:[Tt]he\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:alleges?|alleged|claims?|claimed|states?|stated)")
# What a report set off by commas tells, up to the end of its clause
_TOLD_AFTER_A_REPORT = re.compile(r"\s*,?\s*(?:that\s+)?(?P<clause>(?:[^;:.!?]|\.(?=\d)|(?<=[A-Z])\.)+)")
_REPORT_ONLY = re.compile(r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z]|(?!(?:and|but|or|as|which|that|it|is|was)\b)[a-z])[\w'’.-]*"
                          # (no auxiliary or modal in who it was: "no designations would be announced" is a passive)
                          r"(?:\s+(?!(?:its|his|her|their|which|that|whom?|would|will|could|be|been|being|was|were|is|"
                          r"are|has|have|had)\b)[\w'’.-]+){0,6}?)\s+"
                          r"(?:said|says|announced|announces?|reported|reports?|showed|shows?|noted|notes|confirmed|"
                          r"confirms|"
                          r"told\s+(?:reporters|lawmakers|journalists))")
# Where a report was said, after its verb: "said in a report released", "said in a statement"
_STATEMENT_AFTER_REPORT = re.compile(r"(?<=\b(?:said|says))\s+(?:in|on)\s+(?:a|an|its|his|her|their)\s+"
                                     r"(?:[\w'’-]+\s+){0,2}?"
                                     r"(?:statement|report|post|interview|briefing|note|letter|commentary)"
                                     r"(?:\s+(?:released|issued|published|carried|posted|aired|broadcast))?$")
# A participle's phrase, then who reported it: 'calling it "a naive dream," state media reported'
_PARTICIPLE_THEN_REPORT = re.compile(r"[a-z]+ing\b[^;:]*?[,”\"]+\s*(?P<report>[^,;:]+)")
_NAME_START = re.compile(r"(?:North|South|[A-Z][a-z]+\s+[A-Z]|[A-Z]{2,})")
# A people's adjective keeps its capital too ("Russian tourists will be able to ski"); a few common words share the
# endings and are not one
_PEOPLES_ADJECTIVE = re.compile(r"(?!(?:Civilian|Guardian|Median|Historian|Veteran|Human|Urban)\b)"
                                r"[A-Z][a-z]+(?:ian|ean|ese|ican|ish|eli|ani|aqi)\b")
_OPENER = (r"(?i:in|on|at|aboard|during|with|under|amid|despite|according\s+to|for\s+(?:about|approximately|some|nearly|"
           r"almost|over|around)\s+\w+\s+(?:minutes|hours))\b[^,]{0,60},\s*")
_OPENING_PHRASE = re.compile(_OPENER + r"(?=[A-Z])")
# first words that keep no capital inside a title
_NOT_NAMES = frozenset("the a an it its this that these those he she they we his her their some many both all no"
                       .split())


def _opens_on_a_name(clause: str) -> bool:
    """Whether ``clause`` opens on a name that keeps its capital inside a title ("North Korea ...", "Kim Jong Un ...",
    "KCNA ...", "U.S. ...", and a lone capitalised word that a verb follows: "Kim met Putin", "Pyongyang fired")."""
    first, _, rest = clause.partition(" ")
    if first.lower() in _NOT_NAMES:
        return False  # "The United States ...": a name follows, but "the" keeps no capital inside a title
    if not first[:1].isupper() or any(c.isupper() for c in first[1:]):
        return True  # "U.S. officials ...", "KCNA ...", "McCain ..."
    if re.fullmatch(r"[A-Z][a-z]+['’]s", first) and first[:-2].lower() not in _NOT_NAMES:
        return True  # "Kim's speech ...", "Japan's coast guard ...": whose, a name
    # (and a name paired with another: "Japan and North Korea held ...")
    following = rest.split(" ", 1)[0]
    if first.endswith("s") and following in ("were", "are", "have", "do"):
        return False  # "Talks were delayed": a plural's verb, and a name is one ("Kim was", "Pyongyang has")
    return (bool(_NAME_START.match(clause) or _PEOPLES_ADJECTIVE.match(clause)) or looks_like_verb(following)
            or following in _AUXILIARIES
            or bool(re.match(r"and\s+[A-Z]", rest)))  # ("Pyongyang has not responded")


TITLE_LENGTH = 100  # long enough for who did what to whom ("... announced that Trump had accepted an invitation")


# Words a title too long can lose before it is cut: "also", "what he described as", "U.S. President" before a name
_SPARE_WORDS = re.compile(r"\balso\s+|\bwhat\s+(?:he|she|they|it)\s+(?:described|called|termed)\s+as\s+"
                          # (a former office goes with it: "Former South Korean President Yoon Suk Yeol")
                          r"|\b(?:[Ff]ormer\s+)?(?:U\.S\.|US|South\s+Korean|North\s+Korean)\s+(?:President|"
                          r"Leader)\s+(?=[A-Z][a-z]+\s+[A-Z])"
                          # courtesy titles and an office in apposition, as a ministry's release writes a name: "Mr.
                          # MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held ...", "H.E. Mr. Cho Hyun"
                          r"|\b(?:H\.E\.\s+)?(?:Mr|Ms|Mrs|Dr)\.\s+(?=[A-Z])"
                          r"|(?<=[A-Za-z]),\s+(?:Minister|Secretary|Ambassador|Director|Chairman|President)\b"
                          r"(?:\s+(?:of|for|to|and|the|[A-Z][\w'’.-]*))+,(?=\s+[a-z])")


_EMPTY_QUOTE = re.compile(r"(?:\s+(?:for|to|of|in|on|at|by|until|as))?\s*(?:\"\s*\"|“\s*”|‘\s*’)")


# A condition or time clause set off before a date that opens the main clause as its subject: "If it does not, the
# spring will bring ..."
_CONDITION_BEFORE_A_DATE_SUBJECT = re.compile(r"(?P<condition>\s*(?:If|Unless|When|Once|Although|Though|While)\s+"
                                              r"[^,;:]{1,60},\s+)(?:[Tt]he|[Tt]his|[Tt]hat|[Nn]ext)?\s*")


_WEEKDAY_APPOSED = re.compile(r",\s+an?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=[,.;:]|\s*$)")
_EMPTIED_ASIDE = re.compile(r",\s+(?:(?:first|later|originally)\s+)?(?:[a-z]{3,}ed|signed|made|held|issued|taken)"
                            r"(?:\s+by\s+[A-Z][^,;:]*?)?,?\s+(?=(?:was|were|has\s+been|have\s+been|had\s+been)\s)")


def _without_hanging_conjunction(clause: str) -> str:
    """The clause without the "and", "or" or "but" a date cut from its end left hanging."""
    if clause.endswith((" and", " or", " but")):
        return re.sub(r"(?:,?\s+(?:and|or|but))+$", "", clause)
    if clause.endswith((" perhaps", " possibly", " probably", " maybe")):
        return re.sub(r",?\s+(?:perhaps|possibly|probably|maybe)$", "", clause)  # "..., perhaps [before the end ...]"
    return clause


def shorten(clause: str) -> str:
    """A title of at most TITLE_LENGTH characters: words it can spare left out first, then cut at a word."""
    # quotation marks the date was all of ("left the door open for “sometime next year”"), and the word before them
    if '"' in clause or "“" in clause or "‘" in clause:  # (cheap test first: an empty quotation needs its mark)
        clause = _EMPTY_QUOTE.sub("", clause)
    clause = _without_hanging_conjunction(clause)  # "Tests in January and [March]"
    if clause.count('"') % 2 and re.search(r'\s"$', clause):
        clause = clause[:-1].rstrip(" ,")  # 'would meet again "next year, in Moscow"': the quote's opening, left alone
    if len(clause) > TITLE_LENGTH:
        spared = _SPARE_WORDS.sub("", clause)
        clause = spared[:1].upper() + spared[1:] if spared else clause
    if len(clause) > TITLE_LENGTH:
        whole = _whole_before_a_clause(clause)
        if whole:
            return whole
        cut = clause.rfind(" ", 0, TITLE_LENGTH - 2)
        clause = clause[: cut if cut > TITLE_LENGTH // 2 else TITLE_LENGTH - 2].rstrip(" ,;:")
        clause = _HANGING_WORDS.sub("", clause).rstrip(" ,;:") + "…"
    return clause


# Where a clause hung on the happening begins: a title too long ends there, whole, rather than cut inside it
# ("signed an agreement in Geneva under which ...", "said it would quit the talks after the Council condemned ...",
# "met in Singapore for the first summit between ...", "was shot in his kitchen shortly after ...").
_CLAUSE_AFTER = re.compile(r"(?P<cut>,?\s+(?:(?:shortly|just|soon|long|even|right)\s+)?"
                           r"(?:(?:under|in|by)\s+which|which|who|whom|whose|whereby|(?P<when>after|when|before(?=\s+"
                           r"[a-z]+ing\s))|while|because|although|though|unless|if|for\s+the\s+first|amid)\s)")
# Words the clause after them belongs to: "only if ..." is the condition itself, "those who ..." the people meant
_NEEDS_THE_CLAUSE = frozenset("only those anyone everyone someone something anything everything all any one".split())
# "fired a missile hours after ...": the clause after a span of time tells when, and the title needs it
_SPAN_BEFORE = frozenset("moments minutes minute hours hour days day weeks week months month years year "
                         "decades".split())
_SHORTEST_WHOLE = 40
# Words a cut title would end on, saying nothing before its "…": "open to renewed negotiations with the…"
_HANGING_WORDS = re.compile(r"(?:\s+(?:the|a|an|of|with|to|and|or|but|for|in|on|at|by|from|its|his|her|their|"
                            r"over|into|that|as|than))+$", re.IGNORECASE)


def _whole_before_a_clause(clause: str) -> str:
    """The clause up to where the first clause hung on it begins, if that is short enough and still says enough."""
    for m in _CLAUSE_AFTER.finditer(clause, 0, TITLE_LENGTH + len(" which ")):
        whole = _HANGING_WORDS.sub("", clause[:m.start("cut")].rstrip(" ,;:"))
        before = (clause[:m.start("cut")].split() or [""])[-1].lower()
        if (before in _NEEDS_THE_CLAUSE or (m["when"] and before in _SPAN_BEFORE)
                or re.search(r"\bonly(?:\s+\S+){0,2}$", whole)):
            return ""  # "would meet only if ...", "could only take place if ...": the condition is what is said
        if len(whole) > TITLE_LENGTH or not _says_what_happened(whole):
            return ""
        kept = set(re.findall(r"[\w'’-]+", whole))
        dated = _BESIDE_THE_DATE.get()
        if dated and any(w not in kept for w in _words_beside(*dated) if w in clause[m.end("cut"):]):
            return ""  # the date's happening is in the clause hung on ("before flying to Tokyo to meet X on Tuesday")
        if len(whole) >= _SHORTEST_WHOLE:
            return whole
    return ""


_REPORTED = re.compile(r".*\b(?:said|says|say|told|announced|reported|added|stated|noted|confirmed|that)\s", re.S)
_FINITE = PRESENT | SCHEDULED_PRESENT | {"should", "shall", "be", "been", "cannot", "hope", "hopes"}


def _says_what_happened(whole: str) -> bool:
    """Whether a title ending here has the verb of its reported clause and is not inside an aside: not "said that a
    suspect" (", who was ..., had ..." cut off) or "Sun Microsystems Inc., snapping back to profitability"."""
    if re.search(r",\s+[a-z]+ing\b[^,]*$", whole):
        return False
    reported = _REPORTED.match(whole)
    if not reported:
        return True
    return any(w in _FINITE or w in _AUXILIARIES or looks_like_verb(w)
               for w in re.findall(r"[\w'’-]+", whole[reported.end():].lower()))


# ------------------------------------------------------------ a plain copy of the sentence for its title

# The title reads a copy of the sentence as long as the sentence, so the date spans index it as they index the text:
# what is not prose is blanked (spaces, or _FILLER, dropped at the end, inside a word: "Pyongyang&#8217;s").
_FILLER = "\x00"
# a tag that breaks the line ("<br>", "</p>", "<li>") parts what came before from what follows; others are dropped
_BREAK_TAG = re.compile(r"</?(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|hr|table|blockquote|section|article)\b[^<>]{0,200}>",
                        re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")
# "![alt](url)", "[text](url)": the alt text or the link text stays
_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,300})\]\(\s*[^()\s]*(?:\s+\"[^\"\n]*\")?\s*\)")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]]+", re.IGNORECASE)
# quotation marks wrapping nothing but a date ('met on “June 12, 2018” in Singapore'): the date goes, so do they
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘\"'«", "”’\"'»"


def _plain_for_title(sentence: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    """The sentence as long as it is, with entities made plain and tags, Markdown link syntax, URLs, photo-caption
    furniture, an opening dateline and quotes around a date blanked, and only the line (between break tags) holding
    [lo, hi)."""
    chars = list(sentence)

    def blank(s: int, e: int, keep_dates: bool = False) -> None:
        for i in range(s, e):
            if not (keep_dates and any(a <= i < b for a, b in spans)):
                chars[i] = " "

    for m in ENTITY.finditer(sentence):
        char = entity_char(m.group())
        if char is None:
            continue  # not an entity we know: leave it
        if char.isspace():
            char = " "
        s, e = m.span()
        pad = e - s - 1
        if e == len(sentence) or sentence[e].isspace():
            chars[s:e] = [char] + [" "] * pad  # "&#8212; fourth": the dash stays a dash between spaces
        elif s == 0 or sentence[s - 1].isspace():
            chars[s:e] = [" "] * pad + [char]
        else:
            chars[s:e] = [_FILLER] * pad + [char]  # inside a word: "Pyongyang&#8217;s"
    breaks = []
    for m in _BREAK_TAG.finditer(sentence):
        blank(*m.span())
        breaks.append(m.span())
    for m in _TAG.finditer(sentence):
        blank(*m.span())
    for m in _MD_LINK.finditer(sentence) if "](" in sentence else ():  # (cheap test first: a link's "](")
        blank(m.start(), m.start(1))
        blank(m.end(1), m.end())
    for m in _URL.finditer(sentence) if "://" in sentence or "www." in sentence.lower() else ():  # (cheap test first)
        if not any(a < m.end() and m.start() < b for a, b in spans):
            blank(*m.span())
    for s, e in caption_furniture(sentence):
        blank(s, e, keep_dates=True)
    for m in CITATION_RE.finditer(sentence):
        blank(*m.span())  # "(Smith and Park, 2021, p. 44)": whose work says so, not what happened
    # "SEOUL (Reuters) - North Korea fired ...": not news (its date is kept for a title it is the date of, and only
    # then: "SEOUL, Nov. 24 (Yonhap) -- ..., government data showed Monday" is Monday's)
    dateline = opening_dateline(sentence)
    blank(0, dateline, keep_dates=lo < dateline)
    for s, e in spans:
        q0 = len(sentence[:s]) - len(sentence[:s].rstrip())
        q1 = len(sentence[e:]) - len(sentence[e:].lstrip())
        before, after = s - q0 - 1, e + q1
        if (before >= 0 and after < len(sentence) and sentence[before] in _OPEN_QUOTES
                and sentence[after] == _CLOSE_QUOTES[_OPEN_QUOTES.index(sentence[before])]
                # (but 'said the "spring of 2018" should not be ...': a quoted name the sentence is about stays)
                and (sentence[:before].split() or [""])[-1].lower() not in _ADJECTIVE_BEFORE):
            chars[before] = chars[after] = " "
    # "Jan. 6, 2016 &#8212; fourth nuclear test<br>Sept. 9, 2016 ...": only the line with the date
    start, end = 0, len(sentence)
    for s, e in breaks:
        if e <= lo:
            start = max(start, e)
        elif s >= hi:
            end = min(end, s)
    blank(0, start)
    blank(end, len(sentence))
    # a table row: only its descriptive cell (the one with most words besides dates) and the date itself
    cells = table_cells(sentence)
    if cells:
        def words(cell):
            return len(re.findall(r"[A-Za-z]{2,}", "".join(c for i, c in enumerate(chars[cell[0]:cell[1]], cell[0])
                                                         if not any(a <= i < b for a, b in spans))))
        keep = max(cells, key=words)
        blank(0, keep[0], keep_dates=True)
        blank(keep[1], len(sentence), keep_dates=True)
    for m in _AGE_ASIDE.finditer(sentence):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            blank(*m.span())  # "said the broker, 51, set up ...": the age is no clause's edge
    return "".join(chars)


# "What has changed is the North's arsenal": what the sentence is about comes after its "is"
_PSEUDO_CLEFT = re.compile(r"What\s+(?:[a-z][\w'’-]*\s+){1,3}(?P<be>is|was)\s+"
                           r"(?P<np>(?:the|its|their|his|her|a|an)\s+"
                           r"[^,;:]{2,60})")
# An age set off by commas after a name or a noun: "the broker, 51, set up", "Kim Yo Jong, 37, said"
# (not "Cpl. James Harlow, 19, of Ohio, was reported": more of the aside follows)
_AGE_ASIDE = re.compile(r"(?<=[a-z])\s*,\s+\d{1,3},(?=\s+[a-z])(?!\s+(?:of|from|in|a|an|the|and|who|whose|whom)\b)")


_AUXILIARY_ADVERB_END = re.compile(r"\b(?:was|were|is|are|be|been|had|has|have)\s+(?:[a-z]+ly|also|first|once|then)$")


def _balanced(clause: str) -> str:
    """The clause without a bracket or curly quote left open or closed at its start or end by what the title leaves
    out ("Kim met Trump on “", "), the White House said"); one inside it stays ("1) the Panmunjom Declaration")."""
    if re.fullmatch(r'["“][^"“”]+["”]', clause):
        clause = clause[1:-1].strip(" ,;:.—–-")  # a quotation that is all of the title ('"Seven years later, ..."')
    if clause.count('"') % 2:
        # a straight quotation mark left open at either end ('"We met in Singapore [on June 12, 2018], ...')
        if clause.startswith('"'):
            clause = clause[1:].lstrip()
        elif clause.endswith('"'):
            clause = clause[:-1].rstrip()
    while clause:
        first, last = clause[0], clause[-1]
        if first in _CLOSERS or (first in _OPENERS and _CLOSERS[_OPENERS.index(first)] not in clause):
            clause = clause[1:].lstrip(" ,;:—–-")
        elif last in _OPENERS or (last in _CLOSERS and _OPENERS[_CLOSERS.index(last)] not in clause):
            clause = clause[:-1].rstrip(" ,;:—–-")
        else:
            return clause
    return clause


_OPENERS, _CLOSERS = "([“", ")]”"


_LEAD_PREP_END = re.compile(_LEAD_PREP + r"$", re.IGNORECASE)


def _lead_final_words(pattern: str) -> frozenset[str] | None:
    """The words one step of a `(?:...)*` lead pattern can end on, derived from the pattern itself (lower-cased),
    or None when the pattern holds something this derivation does not understand (then no pre-check is made)."""
    from re import _constants as c, _parser as parser

    def expand(items) -> set[str]:  # every string the items match, with each run of whitespace as one space
        out = {""}
        for op, av in items:
            if op is c.LITERAL:
                parts = {chr(av)}
            elif op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)]:
                parts = {" "}
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: leaving it out only lets more through
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                parts = expand(av[3])
            elif op is c.BRANCH:
                parts = set().union(*(expand(b) for b in av[1]))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and (av[1] == 1 or expand(av[2]) <= {" "}):
                parts = ({""} if av[0] == 0 else set()) | expand(av[2])
            else:
                raise ValueError(op)
            out = {o + q for o in out for q in parts}
        return out

    try:
        ((op, (_, _, step)),) = parser.parse(pattern, re.IGNORECASE)
        assert op is c.MAX_REPEAT
        steps = {" ".join(x.split()) for x in expand(step)} - {""}
    except (ValueError, AssertionError):
        return None
    if not all(x.isascii() and x[-1].isalpha() for x in steps):
        return None
    return frozenset(x.split()[-1].lower() for x in steps)


# The last word a lead before a date can end on: a date after any other word has no lead to cut
_LEAD_FINAL_WORDS = _lead_final_words(_LEAD_PREP)


def _may_end_a_lead(before: str) -> bool:
    """Whether the last word of `before` (the text up to a date) is one a lead can end on."""
    if _LEAD_FINAL_WORDS is None:
        return True
    token = before.rsplit(None, 1)[-1] if before and not before.isspace() else ""
    if not token.isascii():
        return True  # (a case-blind letter may stand for a non-ASCII one: "ſ" for "s")
    i = len(token)
    while i and token[i - 1].isalpha():
        i -= 1
    return token[i:].lower() in _LEAD_FINAL_WORDS
_PREPOSITION_FIRST = re.compile(r"(?:in|at|on|aboard|during|after|before|with|for|by|from|under|amid|despite|according\s+to)\b",
                                re.IGNORECASE)
# "In a statement released", "In an interview aired": where the words came from, its participle no verb of the sentence
_PHRASE_OF_A_STATEMENT = re.compile(r"(?i:in|on|at|with|under|through)\s+(?:a|an|the|its|his|her|their)\s+"
                                    r"(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:released|issued|published|carried|posted|aired|"
                                    r"broadcast|made|given|delivered|read\s+out)")
# phrases set off before the subject, one of them naming the source ("In June, according to officials, a letter ...")
_OPENING_PHRASES = re.compile(f"(?:{_OPENER})+")
_AUXILIARIES = frozenset("is are was were will would has have had can could may might must says say does did".split())
_JOINS_DATES = re.compile(r"[\s,]*(?:-|–|—|to|and|through|until)?[\s,]*")


_ADJECTIVE_BEFORE = frozenset("the a an our their its his her my your this that these those".split())


# The name a who-clause hangs on, right before it: "Otto Warmbier, who"
_NAMED_BEFORE_WHO = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+who\s*$")
# A clause opened by "then" after a comma: the subject's next happening
_THEN_OPENS = re.compile(r"\s*then\s+(?=[a-z])")
_COMMA_THEN = re.compile(r",\s*then\s+(?=[a-z])")
# "and" (or "but", "then") joining two predicates of one subject, each with its own date
_CONJUNCTION = re.compile(r",?\s+(?:and|but|and\s+then|then)\s+(?:(?:later|also|then|finally)\s+)?")
_OBJECT_OPENS = frozenset("a an the its his her their this that these those to".split())


def _predicate_opens(words: list[str]) -> bool:
    """Whether a conjunct opens on a verb of its own: "signed a pact", or a chronology's present "signs a pact"."""
    if not words or not words[0][:1].islower():
        return False
    if len(words) > 1 and words[0] in _MANNER_BEFORE_A_VERB and looks_like_verb(words[1]):
        return True  # "and formally ended the project"
    if len(words) > 1 and words[0] in ("first", "last") and looks_like_verb(words[1]) and words[1] not in _AUXILIARIES:
        return True  # "and last spoke to him by phone" (not "The first was in 2006": an ordinal, the subject)
    return (looks_like_verb(words[0]) or words[0] in _AUXILIARIES or _present_verb(words, 0)
            or words[0] in _ARRANGED_PRESENT)


# Adverbs that stand before a conjunct's own verb ("and formally ended the project in May 2006")
_MANNER_BEFORE_A_VERB = frozenset("formally officially quietly abruptly briefly secretly publicly finally eventually "
                                  "later then also again once suddenly unilaterally".split())


# Verbs an arrangement is told in, in the present ("arrives on Thursday and leaves on Saturday"), that are seldom a
# plural noun
# (in the third person: a bare "visit" after "and" is as often an infinitive, "would hold talks and visit a shipyard")
_ARRANGED_PRESENT = frozenset(w for w in SCHEDULED_PRESENT if w.endswith("s")) - frozenset(
    "visits votes runs starts ends travels".split())


_VERB_PREPOSITIONS = frozenset("for to in with on at from into".split())


_COUNTS_A_NOUN = frozenset("the these those its their our some many most all both several few two three four five six "
                           "seven eight nine ten eleven twelve twenty thirty fifty hundred dozens".split())


def _present_verb(words: list[str], i: int) -> bool:
    """A guess that ``words[i]`` is a verb in the present: "signs a pact", "meets Kim", and after a name "The
    Secretary departs for Seoul" (not "North Korea's talks with Japan")."""
    w, nxt = words[i], (words[i + 1] if i + 1 < len(words) else "")
    if not (w[:1].islower() and w.endswith("s") and not w.endswith(("ss", "us", "is"))):
        return False
    prev = words[i - 1] if i else ""
    if prev.lower() in _COUNTS_A_NOUN or prev.isdigit():
        return False  # "Eleven countries that set up a team": the noun a count is of
    if nxt.lower() in _OBJECT_OPENS or nxt[:1].isupper():
        return True
    return nxt in _VERB_PREPOSITIONS and prev[:1].isupper() and not prev.endswith(("'s", "’s"))


# A place and its date listed after another's, the verb left out: "in Hanoi", "and briefly at Panmunjom"
_LISTED_PLACE = re.compile(r"(?:and\s+)?(?P<adverb>[a-z]+ly\s+)?(?P<place>(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*)*)")


def _listed_place(sentence: str, a: int, clause: str, spans: Sequence[tuple[int, int]]) -> str:
    """The title of a date whose clause only names a place, listed after a clause that has its own verb, place and
    date: "Trump and Kim met in Singapore on June 12, 2018, in Hanoi on Feb. 27-28, 2019, and briefly at Panmunjom
    on June 30 that year" -> "Trump and Kim met in Hanoi", "Trump and Kim met briefly at Panmunjom"; else ""."""
    if (listed := _LISTED_PLACE.fullmatch(clause)) is None:
        return ""
    # (the clause before ends on its own place and date, a comma (and "and") away: "... met in Singapore on June 12,
    # 2018, in Hanoi")
    s, e = max(((s, e) for s, e in _merged(sentence, spans) if e <= a), default=(-1, -1))
    if s < 0 or not re.fullmatch(r",\s*(?:and\s+)?", sentence[e:a]):
        return ""
    first_a = clause_around(sentence, s, e)[0]
    if not re.search(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*\s+(?:on|in)\s+$", sentence[first_a:s]):
        return ""
    # (the subject and verb open the list: "... in Hanoi on Feb. 27-28, 2019, and briefly at Panmunjom" borrows them
    # from its start too)
    head = _without_dates(sentence, 0, s, spans).split()
    verb = next((i for i, w in enumerate(head[:12]) if i and w[:1].islower() and looks_like_verb(w)), None)
    if verb is None:
        return ""
    return " ".join([*head[:verb + 1], *(listed["adverb"] or "").split(), listed["place"]])


def _own_conjunct(sentence: str, a: int, b: int, lo: int, hi: int,
                  spans: Sequence[tuple[int, int]]) -> tuple[int, int, str]:
    """Narrow a clause with two dated predicates to the date's own: "Kim declared ... in January and signed a pact
    on June 19" titles the January event "Kim declared ..." and the June one "Kim signed a pact".  A second
    conjunct with no verb repeats the first one's ("met Lee on Oct. 29 and Xi on Oct. 30"): its whole title, with
    the subject and verb borrowed, comes back as the third item ("The envoy met Xi"), else ""."""
    # (a date the clause was cut inside of, at its year's comma, is still the clause's: "on February 3, 2024")
    others = [(s, e) for s, e in spans if a <= s < b and (e <= lo or s >= hi)
              and not _VAGUE.fullmatch(sentence, s, e)]
    if _CLOCK.fullmatch(sentence, lo, hi) and any(_CLOCK.fullmatch(sentence, s, e) for s, e in others):
        return a, b, ""  # "began at 3:05 p.m. and ended at 4:40 p.m.": one sitting, one event
    after = [(s, e) for s, e in others if s >= hi]
    before = [(s, e) for s, e in others if e <= lo]
    if after:
        nxt_s, nxt_e = min(after)
        for m in _CONJUNCTION.finditer(sentence, hi, nxt_s):
            rest = _without_dates(sentence, m.end(), b, spans).split()
            if _predicate_opens(rest) or (m.start() == hi and _gapped(sentence, nxt_e, b, rest)):
                return a, m.start(), ""
            if (rest and rest[0][:1].islower() and rest[0] not in _OBJECT_OPENS | _VERB_PREPOSITIONS | _ADJECTIVE_BEFORE
                    and any(w in _BEFORE_A_BARE_VERB for w in sentence[a:lo].split())):
                return a, m.start(), ""  # "will arrive in Seoul on Monday and hold talks on Tuesday": a second verb
            if (m.group().startswith(",") and "but" in m.group() and rest and not looks_like_verb(rest[0])
                    and _has_verb(" ".join(rest[1:7]))):
                return a, m.start(), ""  # ", but working-level talks in Stockholm broke down": a clause of its own
    if before:
        last = None
        for m in _CONJUNCTION.finditer(sentence, max(e for _, e in before), lo):
            last = m
        if last is None:
            return a, b, ""
        rest = _without_dates(sentence, last.end(), b, spans).split()
        if _predicate_opens(rest):
            # "... and flew home the same afternoon": the subject did it
            subject = _subject_of(sentence[a:last.start()])
            if subject.lower() == "who" and (named := _NAMED_BEFORE_WHO.search(sentence, 0, a + 4)) is not None:
                subject = named["name"]  # "Otto Warmbier, who was arrested ... and died in June 2017"
            if subject[:1].islower() and looks_like_verb(subject.split()[0]) and sentence[:a].rstrip().endswith(","):
                # "The shipment, sent by UNICEF, crossed from China on Monday and reached Hoeryong on Wednesday": the
                # clause opens after an aside on the subject, which stands before it
                return last.end(), b, _with_subject(sentence, a, " ".join(rest))
            return last.end(), b, (f"{subject} {' '.join(rest)}" if subject else "")
        prev_end = max(e for _, e in before if e <= last.start())
        # (an aside on the first conjunct may stand between: "its first report on 29 May, detailing arms transfers,
        # and a second on 22 October")
        if (last.start() == prev_end or re.fullmatch(r",\s+[a-z]+ing\b[^,;]*", sentence[prev_end:last.start()])) \
                and _gapped(sentence, hi, b, rest):
            head = _without_dates(sentence, a, prev_end, spans).split()
            # (not a participle after a determiner: "for its failed launches in May and its successful one")
            verb = next((i for i, w in enumerate(head) if i and w[:1].islower() and head[i - 1] not in _ADJECTIVE_BEFORE
                         and not (w == "won" and head[i - 1][:1].isdigit())  # ("6,000 won": the currency)
                         and (looks_like_verb(w) or w in BARE_AS_PAST or _predicate_opens(head[i:]))), None)
            to = next((i for i, w in enumerate(head) if w in _BEFORE_A_BARE_VERB and verb is not None and i > verb), None)
            same = [j for j in range(verb + 1, len(head)) if head[j] == rest[0] and j + 1 < len(head) and (
                not head[j + 1][:1].islower() or head[j + 1] in _DETERMINERS_BEFORE_A_PLACE)] if verb is not None else []
            if to is not None and rest[0] == head[to]:
                # "will travel to Seoul from Dec. 2 to 4 and to Tokyo on Dec. 5": the same verb to another place (the
                # preposition's, not an infinitive's "to": "is expected to return to Seoul ... and to Washington")
                return last.end(), b, " ".join([*head[:same[-1] if same else to], *rest])
            if to is not None and rest[0][:1].islower():
                # "is scheduled to meet X on Monday and travel to Tokyo on Wednesday": a second infinitive ("said the
                # two would hold talks on Monday and visit a shipyard the day after": a second verb after a modal)
                return last.end(), b, " ".join([*head[:to + 1], *rest])
            said = next((w for w in (" ".join(head[verb:verb + 2]).rstrip(","), head[verb].rstrip(","))
                         if _TOOK_PLACE.fullmatch(w)), None) if verb is not None else None
            if said:
                # "The previous one took place on 9 September 2016, and the fourth in January 2016": the conjunct is
                # the subject of the same verb
                return last.end(), b, f"{' '.join(rest)} {said}"
            if verb is not None and head[verb] in ("was", "were", "is", "are") and (subj := re.fullmatch(
                    rf"(?:the|its|their)\s+{_COUNT_ORDINAL}(?:\s+(?P<noun>(?:[a-z-]+\s+){{0,2}}[a-z-]+))?",
                    " ".join(head[:verb]), re.IGNORECASE)) and re.fullmatch(
                    rf"(?:the|its|their)\s+(?:{_COUNT_ORDINAL}|last|latest)", " ".join(rest), re.IGNORECASE):
                # "The first (test) was in October 2006 and the last in September 2017": the last (test) was then
                noun = f" {subj['noun']}" if subj["noun"] else ""
                if verb + 1 < len(head) and re.fullmatch(PARTICIPLE_RE, head[verb + 1]):
                    # "The first ship was sunk in March and the second in May": the second ship was sunk
                    return last.end(), b, f"{' '.join(rest)}{noun} {head[verb]} {head[verb + 1]}"
                prep = re.search(r"\b(?:in|on|at)\s+$", sentence[:lo])
                return last.end(), b, f"{' '.join(rest)}{noun} {head[verb]} {prep.group() if prep else ''}{sentence[lo:hi]}"
            if (verb is not None and head[verb] in ("was", "were") and verb + 1 < len(head)
                    and re.fullmatch(PARTICIPLE_RE, head[verb + 1]) and (
                        rest[0].lower() in _DETERMINERS_BEFORE_A_PLACE or rest[0].isdigit()
                        or re.fullmatch(NUMBER_WORD_RE, rest[0], re.IGNORECASE))):
                # "The stern was raised on April 15 and the bow nine days later": the bow was raised ("Two envoys were
                # expelled in 2019 and three in 2020": three were)
                return last.end(), b, " ".join([*rest, head[verb], head[verb + 1]])
            if verb is not None:
                # "He will meet Lee on Monday and Xi on Tuesday": "He will meet Xi"; "He is scheduled to meet Cho on
                # Monday morning and Yoon later in the day": "He is scheduled to meet Yoon"
                verb = next((j + 1 for j in range(verb, min(verb + 4, len(head) - 1))
                             if head[j] in _BEFORE_A_BARE_VERB and head[j + 1][:1].islower()), verb)
                title_ = " ".join([*head[:verb + 1], *rest])
                # "its first nuclear test on ... and its second on ...": the second borrows the noun too
                noun = re.search(rf"\b{_COUNT_ORDINAL}\s+((?:[a-z-]+\s+){{0,2}}[a-z-]+)$", " ".join(head[verb + 1:]))
                if noun and re.fullmatch(rf"(?:its|the|a|his|her|their)\s+{_COUNT_ORDINAL}", " ".join(rest)):
                    title_ = f"{title_} {noun[1]}"
                return last.end(), b, title_
    return a, b, ""


_BEFORE_A_BARE_VERB = frozenset("to would will could might may should must can".split())
_DETERMINERS_BEFORE_A_PLACE = frozenset("the a an its his her their".split())
_TIMES_OVER = re.compile(r"(?:first|again|once|initially|later|then|finally|most\s+recently|and\s+again)\b", re.IGNORECASE)
_VAGUE = re.compile(r"(?i:(?:the\s+)?(?:past|future|present)|now|then|recently|currently|current|nowadays)")
_CLOCK = re.compile(BARE_CLOCK_RE, re.IGNORECASE)



def _gapped(sentence: str, date_end: int, end: int, rest: list[str]) -> bool:
    """Whether a conjunct is only an object and its date, the verb left out ("and Xi on Oct. 30"): a few words
    without a verb, the date last."""
    # (a name with its place may run to six words: "and China's Xi Jinping in Busan on Thursday")
    return (0 < len(rest) <= 4 or (0 < len(rest) <= 6 and rest[0][:1].isupper())) and not _has_verb(
        " ".join(rest)) and not sentence[date_end:end].strip(" .,;!?\"”’)")


# Korea's currency after a figure ("10,000 won"), which reads as the past of "win"
_AFTER_A_FIGURE = re.compile(r"(?<=\d)\s+won\b")


def _has_verb(clause: str) -> bool:
    clause = re.sub(r"\b[a-z]+ed\s+by\b", " ", clause)  # "a statement carried by KCNA": a participle, no verb of its own
    clause = _AFTER_A_FIGURE.sub(" ", clause)  # "more than 10,000 won": a currency, not "win"
    words = re.findall(r"[A-Za-z]+", clause)
    # "our repeated warnings": a participle after a determiner is an adjective
    return any((looks_like_verb(w) and (i == 0 or words[i - 1].lower() not in _ADJECTIVE_BEFORE))
               or w.lower() in _AUXILIARIES for i, w in enumerate(words))


def _merged(sentence: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Date spans with the pieces of one range joined ("Feb. 27" and "28, 2019" with the dash between)."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and (s <= out[-1][1] or _JOINS_DATES.fullmatch(sentence, out[-1][1], s)):
            out[-1][1] = max(out[-1][1], e)
        elif out and re.fullmatch(r"\s*\(\s*", sentence[out[-1][1]:s]):
            out[-1][1] = e  # "at 7:10 a.m. local time (2210 GMT Wednesday)": one moment on two clocks
        else:
            out.append([s, e])
    for span in out:
        # a bracket the dates opened closes with them
        if sentence.count("(", *span) > sentence.count(")", *span) and (close := re.match(r"\s*\)", sentence[span[1]:])):
            span[1] += close.end()
    return [(s, e) for s, e in out]


# (only "whom" in either case: a name's capitals tell it from the verb after it, "whom Moon will meet")
_WHOM_CLAUSE = re.compile(r"(?i:whom)\s+(?P<subj>(?i:he|she|they|we|it)|I|(?:[Tt]he\s+)?[A-Z][\w'’.-]*"
                          r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                          r"(?P<verb>(?:(?:had|has|have|was|were|would|will)\s+)?[a-z]+)(?P<rest>.*)")
_DOING_OF_A_NAME = re.compile(r"\b(?:the\s+)?(?:[a-z-]+\s+)?[a-z]+(?:ment|tion|sion|ance|ence|ship|ure|al)\s+of\s+"
                              r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\Z")
_BESIDE_A_NAME = re.compile(r"^(?:(?:a|an|the)\s+[a-z]+\s+)?(?:alongside|beside|next\s+to|near|behind|with)\s+"
                            r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\Z")
_OBJECT_AFTER_A_VERB = frozenset("it them him her the a an its their his our".split())
_HEDGED_PLACE = re.compile(r"(?:possibly|probably|perhaps|likely|maybe|most\s+likely)\s+(?=(?:in|at|on|near|during)\s)")
# A subject and its verb before a count of things done: "North Korea has tested more than 100 missiles"
_DID_A_COUNT = re.compile(r"(?P<done>[A-Z][^,;:]{0,60}?\b(?P<verb>[a-z]{3,}))\s+(?:more\s+than\s+|over\s+|about\s+|"
                          r"at\s+least\s+|nearly\s+|some\s+|almost\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|"
                          r"nine|ten|a\s+dozen|dozens\s+of|several|many|a\s+string\s+of|a\s+series\s+of)\s+[a-z]")


# A noun and the relative clause without "that" closing the words before a which-clause: "a letter the president
# sent to Kim earlier this year"
_CONTACT_RELATIVE_AT_END = re.compile(r"\b(?P<np>(?:an?|the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?!the\b)[a-z]+)\s+"
                                      r"(?:the\s+)?(?:[A-Z][\w.'’-]*|president|government|he|she|they|we|it)\s+"
                                      r"(?P<verb>[a-z]+ed|sent|wrote|made|gave|took|held|signed)\b[^,;:]*$")


_WITH_OPENING = re.compile(r"with\s+(?!(?:him|her|them|it|us|me)\b)", re.IGNORECASE)
_PLANNED_IN_CLAUSE = re.compile(r"\b(?:due|set|expected|scheduled|slated|planned)\s+(?:to|for)\b")
_MODAL_OF_THE_SUBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<modal>will|would|could|should|might|may|must|can)\b")
# the object a clause ends on: "... to push back their second summit"
_OBJECT_AT_END = re.compile(r"\b(?P<np>(?:the|their|its|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)$")


def _with_subject(sentence: str, a: int, clause: str, aside: bool = False) -> str:
    """Put back what a clause split off at a comma leaves out: the antecedent of "who"/"which" ("Lee, who took
    office in June" -> "Lee took office"), or the subject before an apposition ("Kim Yo Jong, the leader's
    sister, said ..." -> "Kim Yo Jong said ..."); a participle set off between commas before the main verb
    (``aside``) tells what was done to the subject ("The communique, issued on 12 October 2000, comes ..." ->
    "The communique was issued")."""
    before = sentence[:a].rstrip(" ,;")
    if (cond := PROVIDED_CONDITION.match(clause)) is not None and sentence[:a].rstrip().endswith(","):
        return "If " + clause[cond.end():]  # "..., provided Pyongyang grants visas by ...": a condition, not a verb
    if _WITH_OPENING.match(sentence, a) and _PLANNED_IN_CLAUSE.search(clause):
        # "China flew supplies on Monday, with more cargo flights due to arrive on Friday": the flights are the
        # subject of what is due, not China
        return clause[:1].upper() + clause[1:]
    # (a capital opens a question, not a relative clause: "HOST: Which letter did Kim send in August 2019?")
    rel = re.match(r"(?:who|which|whose|whom)\s+", sentence[a:], re.IGNORECASE)
    if rel and not (rel.group()[0].isupper() and (not before or before.endswith((":", "?", "!", ".")))):
        antecedent = _noun_phrase_at_end(_piece_before_relative(before))
        if (rel.group().lower().startswith("which") and (contact := _CONTACT_RELATIVE_AT_END.search(before))
                and looks_like_verb(contact["verb"])):
            # "a letter the president sent to Kim earlier this year, which diplomats refused to accept": the letter
            antecedent = contact["np"]
        if rel.group().lower().startswith("who "):
            antecedent = _who_did_it(antecedent)
        if rel.group().lower().startswith("whom"):
            # "of Mr. Trump, whom he met three times" -> "He met Mr. Trump three times": the antecedent is the object
            own = _WHOM_CLAUSE.match(clause)
            # (a plan's bare verb too: "whom Moon will meet in New York on Monday")
            if own is None or not 0 < len(antecedent.split()) <= 6 or not (
                    looks_like_verb(own["verb"].split()[-1]) or own["verb"].split()[0].lower() in ("will", "would")):
                return clause
            subj = own["subj"][:1].upper() + own["subj"][1:]
            return f"{subj} {own['verb']} {re.sub(r'^The ', 'the ', antecedent)}{own['rest']}"
        if 0 < len(antecedent.split()) <= 8:
            if rel.group().lower().startswith("whose"):
                # "The Panel of Experts, whose mandate expired on 30 April 2024" -> "The Panel of Experts' mandate expired"
                body = re.sub(r"^whose\s+", "", clause, flags=re.IGNORECASE)
                return f"{antecedent}{chr(39) if antecedent.endswith('s') else chr(39) + 's'} {body}"
            body = re.sub(r"^(?:who|which)\s+", "", clause, flags=re.IGNORECASE)
            antecedent = _agreeing(antecedent, body.split(" ", 1)[0])
            if (rel.group().lower().startswith("which") and (own := _OWN_SUBJECT.match(body))
                    and _has_verb(body[own.end():])):
                # "The Six-Party Talks, which North Korea said in April 2009 it would quit" -> "North Korea said it
                # would quit the Six-Party Talks": the relative clause has a subject of its own; the antecedent is
                # what it acted on
                verb = re.match(r"\s*(?:(?:had|has|have|was)\s+)?[a-z]+\s+(?=(?:to|as|with|for|into|on)\s)",
                                body[own.end():])
                if verb is not None and looks_like_verb(verb.group().split()[-1]):
                    # "..., which the FBI attributed to the Lazarus Group" -> "The FBI attributed the theft ... to ..."
                    at = own.end() + verb.end()
                    return f"{body[:at]}{re.sub(r'^The ', 'the ', antecedent)} {body[at:]}"
                return f"{body} {re.sub(r'^The ', 'the ', antecedent)}"
            return f"{antecedent} {body}"
        return clause
    if ((hedge := _HEDGED_PLACE.match(clause)) is not None and not _has_verb(clause)
            and _has_verb(piece := re.split(r"[,;:]\s+", before.strip(" ,"))[-1])):
        # "... would hold a third round of talks, possibly in Geneva next month" -> "... would hold a third round of
        # talks in Geneva": a guess at where the happening of the clause before will be
        return f"{piece[:1].upper()}{piece[1:]} {clause[hedge.end():]}"
    if (re.match(r"including\s", sentence[a:]) and clause[:1].islower() and not _has_verb(clause)
            and (did := _DID_A_COUNT.match(before)) is not None and looks_like_verb(did["verb"])):
        # "North Korea has tested more than 100 missiles since last year, including a Hwasong-18 on April 13" ->
        # "North Korea has tested a Hwasong-18": one of the things counted, done by the same subject
        return f"{did['done']} {clause}"
    words = clause.split()
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    after_relative = bool(re.match(r"(?:which|who|whose|whom)\b", re.split(r"[,;:]\s+", before)[-1].strip(), re.I)) or (
        # ("The talks, which brought together the two Koreas, China and Russia, last convened": a list inside it)
        # (on the sentence's subject: no verb before it)
        (rel_at := max(before.rfind(", which "), before.rfind(", who "))) > 0 and ";" not in before[rel_at:]
        and not any(looks_like_verb(w) or w in _AUXILIARIES for w in before[:rel_at].split())
        and not any(looks_like_verb(w) for part in re.split(r",\s+", before[rel_at + 2:])[1:] for w in part.split()))
    # a predicate in the present ("predate Kim Jong Un's rule"): a lower-case word not followed by a verb of its
    # own ("diplomats said" has one, and is a clause with its subject)
    if (first[:1].islower() and first not in _NOT_PREDICATE and second in ("that", "which", "who") and len(words) > 2
            and not looks_like_verb(first) and first not in PRESENT and first not in _SAYS_THAT):
        # "..., measures that stayed in place until 2018": a noun the clause after it tells of, not a verb
        return f"The {first} {' '.join(words[2:])}"
    bare_predicate = (first[:1].islower() and first not in _NOT_PREDICATE and second
                      and not (looks_like_verb(second) or second.lower() in _AUXILIARIES)
                      # ("talks in Stockholm broke down", "working-level talks in Stockholm broke down": a subject
                      # with its own verb after it)
                      # (but "appears to have been completed" is one verb's)
                      and not ((first.endswith("s") or second.endswith("s")) and second != "to"
                               and any(looks_like_verb(w) for w in words[2:6]))
                      # ("and satellite images show work continued": a plural subject, its verb in the present)
                      and not (second.endswith("s") and len(words) > 2 and words[2] in _PLURAL_PRESENT)
                      # ("but work to restore Tunnel 3 was first spotted": a noun, its verb further on)
                      and not (second == "to" and any(w in ("was", "were", "is", "are") for w in words[3:8])))
    if first[:1].islower() and (looks_like_verb(first) or first in _AUXILIARIES or after_relative or bare_predicate
                                or (aside and first.endswith("ly"))
                                # ("Mike Pompeo, then director of the CIA, secretly met Kim")
                                or (first.endswith("ly") and looks_like_verb(second))):
        # "The Six-Party Talks, which North Korea said it would quit, play no part ..."
        # ('"We will not give up," Kim said, speaking at a rally': the speaker after the quotation, not its words)
        speaker = _SPEAKER_AFTER_QUOTE.search(before)
        subject = speaker["who"][:1].upper() + speaker["who"][1:] if speaker else _subject_of(before)
        if aside and (named := _COPULA_THEN_NP.search(before)) is not None:
            # "The result was the Agreed Framework, signed on October 21, 1994, by ...": the aside is on what the
            # subject was
            subject = named["np"][:1].upper() + named["np"][1:]
        if re.match(r"(?:If|Unless|When|Once|Although|Though|While|Because)\s", subject):
            # "If it does not, expect a launch ...": a condition is no subject; the main clause's may follow it
            # ("Although he called ..., Mr. LaMothe, Kellogg's chairman, forecast")
            after = re.split(r",\s+", before, maxsplit=1)[1:]
            subject = _subject_of(after[0]) if after and after[0][:1].isupper() else ""
        if not speaker and (named := _NAME_AND_APPOSITIVE.search(before) or _APPOSITIVE_AND_NAME.search(before)):
            # "The restriction was imposed after Otto Warmbier, an American student, died": the one the apposition
            # is on, not the main clause's subject
            subject = named["name"]
        conjunct = _CONJUNCT_SUBJECT.search(before) if aside else None
        if conjunct is not None and (_np_has_verb(conjunct["np"]) or not _has_verb(before[:conjunct.start()])):
            conjunct = None  # (a clause before ", and", not a list: "Slepian, 52, and the father of four boys, was")
        if conjunct is not None:
            # "The North has tested more missiles, and its nuclear doctrine, written into law in September 2022,
            # rules out ...": the aside is on the second clause's subject
            subject = conjunct["np"][:1].upper() + conjunct["np"][1:]
        if (cleft := _PSEUDO_CLEFT.fullmatch(before.strip(" ,"))) is not None:
            # "What has changed is the North's arsenal, estimated at 50 warheads today": the arsenal is estimated
            subject = cleft["np"][:1].upper() + cleft["np"][1:]
            if first.endswith("ed") and looks_like_verb(first):
                return f"{subject} {cleft['be']} {clause}"
        if (that_np := re.search(r"\b(?:that|said|says|say|believes|believed|added|hoped|hopes|expected|expects|"
                                 r"feared|fears|thought|thinks|knew|knows|noted|argued|insisted|predicted|claimed)\s+"
                                 r"(?P<np>(?:the|its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}"
                                 r"|an?\s+[\w'’-]+(?:\s+[\w'’-]+){0,6}"
                                 # ("said Kim Yo Jong, the leader's sister, had threatened": the name the aside is on)
                                 # ("argued that Resolution 2397, adopted by ...": a number in the name)
                                 r"|(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|\d+)){0,3})(?=,|$))"
                                 r"(?P<aside>,\s+(?:[^,;:]|,(?=\s*\d)){1,100})?,?\s*$", before)) and (
                aside or that_np["aside"] or first in _AUXILIARIES or looks_like_verb(first)) and not _np_has_verb(
                that_np["np"]):
            # "told reporters that the talks, held on Oct. 5 at ..., had": the talks were held; "said the building,
            # similar in size to ..., appeared to have been completed": the building was; "noted that the first
            # test, on October 9, 2006, was barely detectable": the test was
            subject = that_np["np"]
        if subject:
            participle = looks_like_verb(first) or first in _PLAN_WORDS or (
                first.endswith("ly") and (looks_like_verb(second) or second in _PLAN_WORDS))
            # (nor one of a series of the subject's doings: "Carter went to Pyongyang in June, met Kim Il Sung on the
            # 16th, and went on CNN": the clause before has its verb already)
            at = before.lower().rfind(subject.lower())
            own_verb = at >= 0 and any(looks_like_verb(w) for w in before[at + len(subject):].split()) and not conjunct
            if aside and participle and not after_relative and (before == before.split(",")[0] or conjunct) and not (
                    second in _OBJECT_AFTER_A_VERB and first.endswith("ed")) and not own_verb:
                # (not a past verb with its object, one of a series: "first flew it on April 13, tested it again in
                # July": the subject did it)
                # (the head noun counts, before what follows it: "Trump's letters to Kim Jong Un were")
                head = re.split(r"\s+(?:to|of|from|with|for|between|in|on|by)\s+", subject, maxsplit=1)[0]
                plural = re.search(r"(?<!s)s$|\b(?:and|both)\b", head) is not None
                return f"{subject} {'were' if plural else 'was'} {clause}"
            if (aside and participle and own_verb and not after_relative and first.endswith("ly")
                    and (obj := _OBJECT_AT_END.search(before.rstrip(" ,"))) is not None):
                # "forced the two Koreas to push back their second summit, originally scheduled for Aug. 28-30 in
                # Pyongyang, to early October": the aside is on the object just before it, not the subject
                np = obj["np"][:1].upper() + obj["np"][1:]
                return f"{np} {_was_or_were(obj['np'])} {clause}"
            if first.endswith("ing") and len(first) > 5 and first not in _NOT_GERUNDS:
                # "The ministry disagreed, calling the demands "gangster-like" on July 7": what it did then
                return f"{subject} {_done_or_to_come(before, first)} {' '.join(words[1:])}".rstrip()
            lead = before.find(subject)
            if (lead >= 0 and re.fullmatch(r"[a-z]+", first) and not first.endswith(("ed", "s"))
                    and first not in _AUXILIARIES and not looks_like_verb(first)
                    and (modal := _MODAL_OF_THE_SUBJECT.match(before, lead + len(subject))) is not None):
                # "Albright will fly to Seoul on Wednesday, and depart for Brunei later in the week": the second
                # bare verb under the same "will"
                return f"{subject} {modal['modal']} {clause}"
            return f"{subject} {clause}"
    return clause


# A name with an apposition, in a clause that closes what comes before its verb: "after Otto Warmbier, an American
# student,", or the apposition first, "after a State Department envoy, Joseph Yun,"
_CLAUSE_OPENS = r"\b(?:after|before|when|since|because|until|as|and|that)\s+"
_FULL_NAME = r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
_APPOSITION = r"(?:an?|the)\s+[A-Za-z][^,;:]{0,60}"
_NAME_AND_APPOSITIVE = re.compile(rf"{_CLAUSE_OPENS}{_FULL_NAME},\s+{_APPOSITION},?\s*$")
_APPOSITIVE_AND_NAME = re.compile(rf"{_CLAUSE_OPENS}{_APPOSITION},\s+{_FULL_NAME},?\s*$")
# What a subject was, closing the words before an aside: "The result was the Agreed Framework"
_COPULA_THEN_NP = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:was|is|were|are|became|becomes)\s+"
                             r"(?P<np>(?:the|a|an)\s+[^,;:]{2,60})$")


def _np_has_verb(np: str) -> bool:
    """Whether a noun phrase holds a verb; a compound before its noun is an adjective ("the country's first
    nuclear-powered submarine")."""
    words = np.split()
    return any(looks_like_verb(w) and not ("-" in w and i < len(words) - 1) for i, w in enumerate(words))


# The subject of a clause after ", and" that an aside then interrupts: "..., and its nuclear doctrine"
_CONJUNCT_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:that\s+)?"
                               r"(?P<np>(?:the|its|his|her|their|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})$")
# A subject, a state in the present, then "and" a past verb: "He is 67 and retired", "She lives in Seoul and defected"
_STATE_AND_DONE = re.compile(r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[Tt]he\s+[a-z]+|He|She|"
                             r"They)\s+(?:is|are|lives|live|remains|remain|works|work)\b[^,;:]{0,40}?\s+and\s+"
                             r"(?P<verb>[a-z]+)\b(?P<rest>[^,;:]*)$")
# A quotation's speaker closing the clause: '"...," Kim said', '"...," he told reporters'
_SPEAKER_AFTER_QUOTE = re.compile(r"[,?!][\"”’]\s*(?P<who>(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|"
                                  r"they)\s+(?:said|says|added|told\s+[\w\s]{1,30}?)$")
# (nor one telling a result of the main clause, "sparking a crisis", which is no doing of the subject's)
_NOT_GERUNDS = _RESULT_GERUNDS | frozenset("being including according following during regarding concerning "
                                           "notwithstanding causing triggering fuelling fueling forcing".split())


# A relative clause's own subject: "North Korea said ...", "the North had ...", "it would ..."
_OWN_SUBJECT = re.compile(r"(?:(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|it|they|we)\s+(?=[a-z])")


_NOT_PREDICATE = frozenset(
    "the a an this that these those its his her their our my your some many most all both each every no one two "
    "three it he she they we there here who which whose whom what when where while as if though although because "
    "in on at by for from with without of to into onto over under after before during since until about against "
    "and but or nor so yet then also only even just not "
    # (a count opens a subject: "..., and five of them returned home that October")
    "four five six seven eight nine ten eleven twelve twenty thirty fifty hundred several few none half dozens "
    "hundreds thousands millions".split()
)


# Verbs a plural subject tells with in the present ("images show", "officials say", "data suggest")
_PLURAL_PRESENT = frozenset("show say suggest indicate reveal confirm appear are have remain".split())
_PLAN_WORDS = frozenset("due set slated scheduled planned expected".split())
# Verbs in the present that take a that-clause: "warns that ..." is a predicate, "measures that ..." a noun
_SAYS_THAT = frozenset("warns insists adds notes argues believes thinks knows hopes claims admits acknowledges agrees "
                       "fears expects means shows suggests reports confirms denies stresses".split())
# a verb and noun that only lead to the phrase after them: "took part in", "played a role in"
_TOOK_PART_IN = re.compile(r"\b(?:take|takes|took|taken|taking|play|plays|played|playing)\s+(?:a\s+(?:\w+\s+)?)?"
                           r"(?:part|role)\s+in\s+(?P<np>(?:the|a|an|its|their)\s+[^,;:]{2,60})$")
_NP_AFTER = frozenset("after before since with for from to than by about of against under through via into during within"
                       " throughout amid despite".split())


_GIVEN_TO = frozenset("itself himself herself themselves ourselves him them us me".split())  # (not "her": also "her letter")


_AFTER_AN_ADJECTIVE = frozenset("on about of with at to".split())  # "weaker on", "critical of", "keen to"


def _noun_phrase_at_end(segment: str) -> str:
    """The noun phrase a relative clause hangs on: the whole segment ("Lee Jae-myung, who ..."), or what follows
    its verb when the segment is a clause ("Lee begins his presidency, which started ..." -> "his presidency")."""
    if (idiom := _TOOK_PART_IN.search(segment)) is not None:
        return idiom["np"]  # "He later took part in the six-party talks, which began ...": the talks began
    words = segment.split()
    i = len(words)
    while (i := i - 1) > 0:
        w = words[i]
        if w[:1].isupper() and looks_like_verb(w):
            continue  # "the Agreed Framework": a name, not a verb
        if w == "to" and i + 2 < len(words) and words[i + 1].isalpha() and words[i + 1].islower() and (
                words[i + 2].lower() in _ADJECTIVE_BEFORE):
            return " ".join(words[i + 2:])  # "offered to restore the 2018 agreement, which ...": past the infinitive
        if w.lower() == "of" and i >= 2 and words[i - 2].lower() in _ADJECTIVE_BEFORE:
            i -= 2  # "after the sinking of the corvette Cheonan, which killed ...": the sinking killed them
            continue
        if (w == "at" and i + 2 < len(words) and words[i + 1].lower() in ("the", "a", "an")
                and all(x.islower() for x in words[i + 2:])):
            return " ".join(words[i + 1:])  # "will lead the delegation at the meeting, which is to start ...": the meeting
        if w.lower() in _NP_AFTER:
            if i <= 3 and words[0].lower() in ("the", "a", "an") and not any(
                    looks_like_verb(x) or x.lower() in _AUXILIARIES for x in words[1:i]):
                return segment.strip()  # "The theft from Bybit, which ...": the phrase is the noun's own
            return " ".join(words[i + 1:])  # "comes six years after the Agreed Framework, which ...": the Framework
        if looks_like_verb(w) or w.lower() in _AUXILIARIES or (
                w.islower() and w.endswith("s") and not w.endswith("ss") and words[i - 1][:1].isupper()):
            j = i + 1
            if w.lower() in _AUXILIARIES:
                # "They did not enter the Tokyo Olympics, which ...": the Olympics, past the verb the auxiliary leads to
                while j + 1 < len(words) and words[j].lower() in ("not", "never", "also", "still", "already", "now"):
                    j += 1
                if j + 2 < len(words) and words[j].endswith("ing") and words[j].islower():
                    j += 1  # "are now staging the drills, which ...": the drills, past the verb in -ing
                if (j + 2 < len(words) and words[j].isalpha() and words[j].islower() and words[j] not in _NOT_PREDICATE
                        and not looks_like_verb(words[j]) and words[j + 1] not in _AFTER_AN_ADJECTIVE):
                    j += 1
            if j + 1 < len(words) and words[j] in _PARTICLES:
                j += 1  # "will set up a Nuclear Consultative Group, which ...": the group, not "up a group"
            if j + 1 < len(words) and words[j].lower() in _GIVEN_TO:
                j += 1  # "has written itself a new constitution, which ...": the constitution
            if (j + 2 < len(words) and words[j].isalpha() and words[j].islower() and words[j] not in _NOT_PREDICATE
                    and words[j + 1] in _AFTER_AN_ADJECTIVE):
                j += 2  # "is weaker on the Banco Delta Asia affair, which froze ...": the affair
            return " ".join(words[j:])
    if words and words[0].lower() in _NP_AFTER:
        return " ".join(words[1:])  # "Under Kim Jong Un, who succeeded ...": Kim Jong Un
    return segment


# "It was the first time since ... that ...": a cleft, whose "that" ends the since-clause
_CLEFT = re.compile(r"\s*(?:It|This|That)\s+(?:is|was|['’]s|marks|marked)\s+(?:only\s+)?(?:the|its|their)\s+"
                    r"(?:first|last|only|second|third|fourth|fifth)\b")
_PARTICLES = frozenset("up out off down back over aside forward".split())
_STAMP = re.compile(r"^\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|[A-Z][a-z]+day|Yesterday|Today"
                    # (or a chronology entry's date: "Dec. 17, 2011 — Kim Jong Il dies ...")
                    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
                    r"\s*[—–-]\s+")  # ("13:05 KST — ...": a live page's entry stamp, its zone too)


_WHEN_WORD = re.compile(rf"{WEEKDAY_RE}|{MONTH_RE}|(?:19|20)\d\d")


def _pronoun_up(subject: str) -> str:
    """A subject pronoun as a title opens with it ("he" -> "He"); any other subject as it is."""
    return subject.capitalize() if subject in ("he", "she", "they", "we", "it") else subject


def _subject_of(before: str) -> str:
    """The subject a sentence opened with: its first segment that is not a prepositional phrase, up to its verb
    ("Under Kim Jong Un, North Korea has carried out ..." -> "North Korea")."""
    # (after a speaker's label or a lead-in: "MR. MILLER: The Secretary departs ...", a live blog's "8:15 a.m. — ")
    # (and past a semicolon, which opens a clause with its own subject: "...; the second capsized ... and was")
    before = _STAMP.sub("", before.rsplit(": ", 1)[-1].rsplit("; ", 1)[-1])
    segments = re.split(r"[,;]\s+", before)
    for k, segment in enumerate(segments):
        segment = segment.strip()
        segment = segment[opener.end():] if (opener := _SENTENCE_OPENER.match(segment)) else segment
        if not segment or _PREPOSITION_FIRST.match(segment):
            continue
        words = segment.split()
        if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower() and (
                looks_like_verb(words[0].lower()) or words[0].lower() in ("born", "raised")):
            continue  # "Born in Pyongyang in 1928, he joined ...": a participle's phrase, not the subject
        for i, w in enumerate(words):
            # only a word in lower case can be the verb: "the Agreed Framework" is a name
            # (not a participle after an article: "The respected Comrade Kim Jong Un")
            # (nor a word after a possessive: "Trump's letters to Kim" is whose letters)
            if i and w[:1].islower() and words[i - 1].lower() not in _ADJECTIVE_BEFORE and not words[i - 1].endswith(
                    ("'s", "’s")) and (
                    looks_like_verb(w) or w in _AUXILIARIES or _present_verb(words, i) or w in _ARRANGED_PRESENT
                    # ("Six-party talks begin in Beijing": a plural subject's verb in the present)
                    or (w in SCHEDULED_PRESENT and not w.endswith("s") and words[i - 1].endswith("s")
                        and words[i - 1][:1].islower())):
                words = words[:i]
                while len(words) > 1 and (words[-1] in _ADVERBS_BEFORE_A_VERB or words[-1].endswith("ly")
                                          and words[-1].lower() not in _NOUNS_IN_LY):
                    words = words[:-1]  # "Washington now sits ...": the subject, without its adverb
                break
        when = next((i for i in range(1, len(words) - 1) if words[i] in ("on", "in", "last", "this")
                     and _WHEN_WORD.fullmatch(words[i + 1].rstrip(".,"))), None)
        if when is not None:
            words = words[:when]  # "Lee Jae Myung on Monday proposed ...": the subject, without when
        if (who := next((i for i in range(1, len(words)) if words[i] in ("that", "who", "which")), None)) is not None:
            words = words[:who]  # "Eleven countries that set up a team released ...": who they are is no part of it
        # (a noun with a place after it is one subject: "A new building at the Kangson site")
        if 0 < len(words) <= 6 or (len(words) <= 8 and _NOUN_AT_A_PLACE.fullmatch(" ".join(words))):
            return " ".join(words)
        if len(words) <= 8 and words[0] in ("The", "A", "An") and words[-1].isalpha() and words[-1].islower() and (
                k + 1 < len(segments) and (re.match(r"(?:the\s+)?[A-Z]", segments[k + 1].strip())
                                           or _PARTICIPLE_ASIDE_OPENING.match(segments[k + 1].strip()))):
            # (a long noun phrase set off before an apposition: "The last major North Korea sanctions law, the Otto
            # Warmbier ... Act of 2019, was signed"; or before an aside on it: "The travel ban on U.S. passport
            # holders, first imposed in 2017, was extended")
            return " ".join(words)
        # (a long title, then the name in apposition: "The U.S. special envoy for North Korea, Kevin Kim, will")
        name = segments[k + 1].strip() if k + 1 < len(segments) else ""
        return name if _NAME_ONLY.fullmatch(name) and len(segments) == k + 2 else ""
    return ""


_PARTICIPLE_ASIDE_OPENING = re.compile(r"(?:first\s+|last\s+|later\s+|since\s+|once\s+)?[a-z]+(?:ed|en|wn)\s")
_NAME_ONLY = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}")


_NOUN_AT_A_PLACE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:at|in|near|on)\s+(?:the\s+)?"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:site|base|complex|facility|port|plant))?")


def _first_subject(before: str) -> str:
    """The words before the first verb of a sentence that opens on its subject ("A North Korean fishing boat with two
    men on board [drifted]"), if they are few enough to be a noun phrase; else ""."""
    words = before.split()
    if not words or not words[0][:1].isupper() or _PREPOSITION_FIRST.match(before):
        return ""
    for i, w in enumerate(words[1:12], 1):
        if w[:1].islower() and (looks_like_verb(w) or w in _AUXILIARIES):
            return " ".join(words[:i]) if "," not in " ".join(words[:i]) else ""
    return ""


_ADVERBS_BEFORE_A_VERB = frozenset("now also then still again later first finally today".split())
# Nouns that end like an adverb: "The family has since tracked down ..." keeps its subject
_NOUNS_IN_LY = frozenset("family ally assembly rally supply anomaly reply monopoly italy".split())


# A day known by its name: "Victory Day", "the Day of the Sun", "Liberation Day"
_NAMED_DAY = re.compile(r"(?!.*\b(?:Last|Next|This|Early|Late|Mid|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday"
                        r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                        r"(?:the\s+)?[A-Z][a-z]+(?:['’]s)?(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+)+(?:\s+holidays?)?")
# A named day told with its weekday: "the Day of the Sun on Monday"
_NAMED_DAY_ON_A_WEEKDAY = re.compile(rf"[A-Z][a-z]+(?:['’]s)?(?:\s+(?:of\s+the\s+)?[A-Z][a-z]+)+\s+"
                                     rf"(?=on\s+{WEEKDAY_RE}\b)")
# What a date counted from a happening hangs on, up to the comma that ends the opening phrase
_HANGING_ANCHOR = re.compile(r"\s+(?:after|before)\s+(?:the|his|her|its|their|that|this|those|these)\s+[^,.;:()]{1,40},")


_DAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow|this|last|next",
                       re.IGNORECASE)


_ZONE_AFTER = re.compile(rf"[\s,]*\(?(?:{LOCAL_CLOCK_RE}|(?:Washington|Eastern|Pacific|Central|Mountain|New\s+York|"
                         r"London|Moscow|Hanoi|Singapore|Greenwich)\s+time\b"
                         r"|\b(?:ET|EST|EDT|PT|PST|PDT|GMT|UTC|BST)\b)\)?")
# The rest of a bracket a date opened, the place whose clock it was: "(Tuesday morning [in Seoul)]"
_PLACE_CLOSES = re.compile(r"\s*(?:in\s+[A-Z][\w.'’ -]{0,30})?\)")
_TO_NOW = re.compile(r"\s*(?:[–—-]|to|until)\s*(?:the\s+)?(?:present|now|today)\b", re.IGNORECASE)
_AGAIN_BEFORE = re.compile(r",?\s+(?:and|or)\s+(?:then\s+)?(?:again|once\s+more)\s*$")


# A name or a short noun phrase opening the clause, then an aside on it (an appositive or a who-clause) before its verb
_SUBJECT_ASIDE_CUT = re.compile(r"^(?P<subj>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                                r"|(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+"
                                r"(?P<aside>(?:(?:a|an|the)\s|(?P<who>who|whose)\s)[^,;:()\"“”]{3,140}?),"
                                r"\s+(?=[a-z])")
# A participle that only told a thing's date, with the words that may follow once the date is cut: "said in an
# interview published [on Sunday] that ...", "Satellite images taken [last spring] show ..."
_PERIODS = frozenset("year quarter half months period".split())
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b(?:year|quarter|half|months|period)(?P<ended>\s+(?:that\s+)?(?:ended|ending|ends)\s*)$", re.IGNORECASE)
_DATED_PARTICIPLE = re.compile(r"\b(?:interview|statement|report|article|post|briefing|letter|video|message|"
                               r"commentary|images|photos|photographs|pictures|footage|imagery)(?P<p>\s+(?:released|"
                               r"issued|published|posted|aired|broadcast|carried|taken|captured|shot|recorded|filmed))"
                               r"\s*$", re.IGNORECASE)  # ("Images taken at 02:30 UTC on June 12 show ...")
_AFTER_A_DATED_PARTICIPLE = re.compile(r",?\s+(?:that|show|shows|showed|suggest|suggests|suggested|reveal|reveals|"
                                       r"revealed|indicate|indicates|indicated|confirm|confirms|confirmed)\b")
# A date as the complement of "was" or "is", with no preposition: "The busiest month was [October]"
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+$")
# A stretch of time as the object of "spend": what was spent, kept in the title
# ("spent the hot summer of 1994 haggling": the time spent, with the words that describe it)
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:most|much|all|part|some|the\s+rest)\s+of\s+)?"
                           r"(?:(?:the|a|an|that|those)\s+[a-z]+(?:\s+[a-z]+)?\s+)?$")


# "for its fourth quarter", "in their fiscal 2025": a company's own period, its owner no part of the title
_OWNER_OF_A_PERIOD = re.compile(r"\b(?:for|in|during|over)\s+(?:its|their)\s+$", re.IGNORECASE)
_A_PERIOD_OF_ITS_OWN = re.compile(r"(?:fiscal|first|second|third|fourth|latest|current|(?:\w+\s+)?(?:quarter|half))\b",
                                  re.IGNORECASE)


# What _without_dates made of each clause of the title being made (title clears it): the title's rules ask for the
# same clause, without the same dates, over and over
_WITHOUT_DATES_DONE: dict[tuple, str] = {}


def _without_dates(sentence: str, a: int, b: int, spans: Sequence[tuple[int, int]]) -> str:
    key = (sentence, a, b, *spans)
    if (done := _WITHOUT_DATES_DONE.get(key)) is None:
        done = _WITHOUT_DATES_DONE[key] = _cut_dates(sentence, a, b, spans)
    return done


_BASIS_NEXT = re.compile(r"\s+basis\b")  # ("publish imagery on a weekly basis")
_ON_A_END = re.compile(r"\b(?:on|at)\s+an?\s+$")


# a time that is one adverb, which may split an infinitive ("to soon grow")
_ADVERB_OF_TIME = re.compile(r"now|soon|currently|presently|recently|eventually|someday|later", re.IGNORECASE)
# "last"/"this"/"next" before a month and day, which the day's span leaves out ("last Oct. 23")
_YEAR_PLACED_END = re.compile(r"\b(?:last|this|next)\s+$", re.IGNORECASE)
_MONTH_AND_DAY = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d")


def _cut_dates(sentence: str, a: int, b: int, spans: Sequence[tuple[int, int]]) -> str:
    clause = sentence[a:b]
    cut_from = b  # where the last cut began: a date inside what a later one's lead took with it is gone already
    # drop every date phrase (and the preposition before it) inside the clause
    for s, e in sorted(spans, reverse=True):
        s, e = max(s, a), min(e, b)  # a range may run past the clause ("on Feb. 27-28, 2019")
        if e > cut_from:
            continue  # "As recently as August": "recently" went with the lead of "August"
        if s < e:
            s_rel, e_rel = s - a, e - a
            lead_from = max(0, s_rel - 40)  # a preposition before a date is short: no need to scan the clause
            # cheap test first: a lead that is no empty match ends on one of its own words just before the date
            pre = _LEAD_PREP_END.search(clause, lead_from if _may_end_a_lead(clause[lead_from:s_rel]) else max(lead_from, s_rel - 1), s_rel)
            if (named := _NAMED_DAY_ON_A_WEEKDAY.match(clause, s_rel, e_rel)) is not None:
                s_rel, pre = named.end(), None  # "marked the Day of the Sun [on Monday]": the name is what was marked
            if (not pre or pre.start() == s_rel) and _NAMED_DAY.fullmatch(clause, s_rel, e_rel):
                continue  # "marked Victory Day", "his Liberation Day address": the name says what happened
            if clause[s_rel - 1:s_rel] in ("\"", "“") and clause[e_rel:e_rel + 1] in ("\"", "”"):
                continue  # 'said the "spring of 2018" should not be ...': the words quoted are a name, kept whole
            cut = pre.start() if pre else s_rel
            if pre and _ADVERB_OF_TIME.fullmatch(clause, s_rel, e_rel) and clause[pre.start():s_rel].split() == ["to"]:
                cut = s_rel  # "plans to now sell", "expects sales to soon grow": the infinitive's "to" stays
            if cut == s_rel and (placed := _YEAR_PLACED_END.search(clause, max(0, cut - 6), cut)) is not None \
                    and _MONTH_AND_DAY.match(clause, s_rel):
                cut = placed.start()  # "shot to death last Oct. 23": the word placing the day in its year goes too
            if cut == s_rel and _DAY_WORD.match(clause, s_rel) and (late := _LATE_OR_EARLY_END.search(clause[:s_rel])):
                cut = late.start()  # "agreed late Monday": the hour of the day, not how the agreeing went
            if (cut == s_rel and _A_PERIOD_OF_ITS_OWN.match(clause, s_rel)
                    and (owner := _OWNER_OF_A_PERIOD.search(clause, max(0, cut - 16), cut)) is not None):
                cut = owner.start()  # "earnings for its fourth quarter fell": whose quarter goes with it
            if (ended := _PERIOD_ENDED_BEFORE.search(clause, max(0, cut - 30), cut)) is not None:
                cut = ended.start("ended")  # "rose in the quarter ended [Sept. 30]": the day only says which quarter
            if (again := _AGAIN_BEFORE.search(clause, max(0, cut - 20), cut)) is not None:
                cut = again.start()  # "restored in July 2021 and again that October": "again" only repeated the date
            if ((bare := _DATED_PARTICIPLE.search(clause, max(0, cut - 40), cut)) is not None
                    and _AFTER_A_DATED_PARTICIPLE.match(clause, e_rel)):
                cut = bare.start("p")  # "an interview published [on Sunday] that", "images taken [last spring] show"
            if _SPENT_BEFORE.search(clause, max(0, s_rel - 40), s_rel):
                continue  # "The hackers spent most of 2025 posing as recruiters": the time is what was spent
            if FIGURES_FOR.search(clause, max(0, s_rel - 24), s_rel):
                continue  # "The figures for April are due": which figures, not when
            if (_COPULA_BEFORE.search(clause, max(0, s_rel - 12), s_rel) and len(clause[:s_rel].split()) >= 3
                    and (clause[s_rel:s_rel + 1].isupper() or clause[s_rel:s_rel + 1].isdigit())):
                continue  # "The busiest month was October": the date is what the subject is (not "is now suspended")
            rest = clause[e_rel:]
            if (basis := _BASIS_NEXT.match(rest)) and (on := _ON_A_END.search(clause[:s_rel])):
                cut, rest = on.start(), rest[basis.end():]  # "publish imagery on a weekly basis": how often, all of it
            if _SAME_DAY_AS.search(clause, s_rel, e_rel) and _CLAUSE_NEXT.match(rest):
                # "fired a missile on Nov. 12, the same day the allies' navies began a drill": the day is told again
                # by another happening, which is no part of this one
                rest = ""
            if _SAID_END.search(clause[:cut]) and _AUXILIARY_NEXT.match(rest):
                continue  # "Officials said the previous Tuesday had been set aside": the date is the clause's subject
            if (rest.startswith(",") and _DAY_AND_YEAR_END.search(clause[s_rel:e_rel])
                    and not clause[:cut].rstrip().endswith(",") and not _ASIDE_NEXT.match(rest)):
                # "A judge on Dec. 24, 2018, ordered": the comma closed the date's year, not a clause (but "A cable
                # from March 9, 1977, declassified on Friday, shows" opens an aside)
                rest = rest[1:]
            if (alone := _ALONE_NEXT.match(rest)) is not None:
                rest = rest[alone.end():]  # "Last month alone, 213 applicants died": only how much the date held
            if (rest.startswith(",") and re.match(r"(?i:every|each)\s", clause[s_rel:e_rel])
                    and (as_ := re.search(r"\b[Aa]s\s+$", clause[max(0, cut - 4):cut])) is not None):
                cut, rest = max(0, cut - 4) + as_.start(), rest[1:]  # "as every year, veterans gather": all of it
            if rest.startswith("/") and not rest[1:2].isalnum():
                rest = rest[1:]  # "in FY24/[25]": the slash joined the two dates just dropped
            if (hanging := _HANGING_ANCHOR.match(rest)) is not None:
                rest = rest[hanging.end():]  # "Two days [after the launch,] bombers flew": part of the date
            elif (to_now := _TO_NOW.match(rest)) is not None:
                rest = rest[to_now.end():]  # "Dec. 2011 – present: Kim Jong Un leads the country"
            elif (clock := _ZONE_AFTER.match(rest)) is not None:
                rest = rest[clock.end():]  # "came early Monday Seoul time": the clock the date was told on
            if clause[:cut].rstrip().endswith("(") and (place := _PLACE_CLOSES.match(rest)) is not None:
                # "said Monday evening Washington time (Tuesday morning in Seoul) that": the same day in another zone
                cut, rest = clause.rindex("(", 0, cut), rest[place.end():]
            if _POSSESSIVE_NEXT.match(rest):
                # "Tuesday's launch was ..." -> "The launch was ...", "no part in this year's events" -> "no part in
                # the events": the preposition belongs to the noun, not to the date
                rest = " the" + rest[2:]
                cut = s_rel
            clause = clause[:cut] + rest
            cut_from = a + cut
    clause = _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", clause)).strip(" ,;:.—–-")
    # brackets that only held a date, its zone or a stamp's word ("(Reported Sept. 3, 2024)")
    # (or a participle whose date it held: "The deal (signed 1994) collapsed", "The report [published 2019] said")
    if "(" in clause or "[" in clause:  # (cheap test first: every bracket the pattern empties opens on one of them)
        clause = _EMPTY_BRACKETS.sub("", clause)  # (and a source and its date: "(KCNA, Nov. 23)")
    # a quotation that held only its date and a preposition: 'pledged a peace regime "within this year"'
    # (or 'left the door open for "sometime next year"', with the preposition before it)
    if "\"" in clause or "“" in clause:  # (cheap test first: the pattern needs its opening quotation mark)
        clause = _QUOTED_NOTHING.sub(lambda q: "," if q.group().rstrip("\"”").endswith(",") else "", clause)
    # (with the sentence's stop inside it, 'open to it "next year."', or the comma that closes the clause)
    # how often, left without the dates it counted: "11 days: in January, twice in March, three times in October"
    if "times" in clause or "once" in clause or "twice" in clause or "thrice" in clause:  # (cheap test first)
        clause = _TIMES_LEFT.sub("", clause)
    if ":" in clause:  # (cheap test first)
        clause = _COLON_BEFORE_COMMA.sub("", clause)  # (and the colon that opened the list)
    clause = _DOUBLE_SPACES.sub(" ", clause).strip(" ,;:.—–-")
    if (husk := _QUOTE_HUSK.match(clause)) is not None:
        # '"By the end of the decade, we want ...," he said': the quotation goes on from its next word
        clause = husk[1] + clause[husk.end()].upper() + clause[husk.end() + 1:]
    if clause.startswith("("):  # (cheap test first: the pattern is anchored on the bracket)
        clause = _AGENCY_LEFT.sub("", clause)  # what is left of a dateline
    if "—" in clause or "–" in clause or "--" in clause:  # (cheap test first: the pattern needs its dash)
        clause = _PLACE_AND_DASH_LEFT.sub("", clause)  # "Vienna, — In his statement"
    # a list entry's number ("1) Aug. 18, 1976: ...", "(2) Three days later, ...", a thread's "1/ Mon: ...") and
    # Markdown and list markup
    clause = _LIST_MARKUP.sub("", clause)
    # "the first two tests, [in 2006 and 2009], predate": the commas go with the date ("the Hwasong-14, [on 4 July],
    # and Trump warned": one stays before a conjunction)
    if clause.count(",") > 1:  # (cheap test first: both patterns need two commas)
        clause = _COMMAS_LEFT.sub(lambda m: ", " if m.group(1) else " ", clause)
        # an aside left with only its participle once its date is cut: "The vote, scheduled [for Nov. 3], was
        # cancelled"
        clause = _BARE_PARTICIPLE_ASIDE.sub(" ", clause)
    # "met not on Monday, as planned, but on Tuesday": what is left of the contrast once both days are cut
    if "but" in clause:  # (cheap test first)
        clause = _BUT_LEFT.sub("", clause)
    clause = _without_hanging_conjunction(clause)  # "sealed its borders [in January 2020] and, in June, ..."
    # a conjunction or complementiser left at the start ("and", "which", "that"); a capitalised "That" opens the
    # sentence as a determiner ("That announcement followed ...") and stays
    # ("including his decision to tie aid": an example given in passing is the thing itself)
    # ("with Prime Minister Takaichi set to visit Seoul": an absolute phrase telling what is planned)
    if clause.startswith(("With", "with")):  # (cheap test first: the pattern is anchored on the word)
        clause = _WITH_A_PLAN_OPENING.sub("", clause)
    clause = _CONJUNCTION_OPENING.sub("", clause)
    # "Chun Yung-woo, a veteran diplomat who led the delegation, has died", "The man, whose name was withheld, met":
    # who the subject is, not what happened
    # (but a short appositive on a common noun says who better than the noun: "The minister, a former general,
    # resigned")
    if (aside := _SUBJECT_ASIDE_CUT.match(clause)) is not None and (
            looks_like_verb(verb := clause[aside.end():].split(" ", 1)[0]) or verb in _AUXILIARIES) and (
            aside["who"] is not None or not _ARTICLE_AT.match(aside["subj"])
            or len(aside["aside"].split()) > 6):
        clause = f"{aside['subj']} {clause[aside.end():]}"
    # "and that team published ...": the demonstrative stays, as "the"
    return _THAT_DEMONSTRATIVE.sub("the ", clause) if clause.startswith("that") else clause


# nouns a "that" before them points at ("that deal", "that team"): a demonstrative, not a complementiser
_THAT_NOUN = (r"(?:deal|team|agreement|accord|statement|meeting|test|launch|talks|plan|visit|summit|decision|move|"
              r"government|body|group)\b")


_SAME_DAY_AS = re.compile(r"(?:^|,\s+)the\s+(?:same\s+)?(?:day|week|month|year)$", re.IGNORECASE)
# a clause after it, its subject and a past verb: " the allies' navies began"
_CLAUSE_NEXT = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+[a-z]{3,}(?:ed|an|ew|ook|ent|ade|old)\b")
# The patterns _without_dates applies, compiled once (it runs for every event's title)
_LATE_OR_EARLY_END = re.compile(r"\s(?:late|early)\s+$")
_SAID_END = re.compile(r"\b(?:said|says|say|that|believed|thought|noted|notes)\s+$")
_AUXILIARY_NEXT = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|marks|marked|brings|brought|saw|sees)\b")
_DAY_AND_YEAR_END = re.compile(r"\d,\s*\d{4}$")
_ASIDE_NEXT = re.compile(r",\s+[a-z]+\b[^,;]*,")
_ALONE_NEXT = re.compile(r"\s+alone\b")
_POSSESSIVE_NEXT = re.compile(r"['’]s\b")
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:?!])")
_SPACES = re.compile(r"\s+")
_EMPTY_BRACKETS = re.compile(rf"\s*\[\s*{PARTICIPLE_RE}?\s*\]"
                             rf"|\((?:\s*(?i:Reported|Updated|Published|Posted|Filed|Dated|As\s+of)|\s*{PARTICIPLE_RE})?\s*\)"
                             r"|\s*\((?:local\s+time|"
                             r"[A-Z]{2,4}\s+time)\)"
                             r"|\s*\(\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*,\s*\)")
_QUOTED_NOTHING = re.compile(r"(?:\s+(?:for|by|in|on|at|until|till|within|before|after|during|from|to))?\s*[\"“]\s*"
                             r"(?:(?:within|"
                             r"by|in|on|until|till|before|after|during|from|to|at|of|the|this|that|sometime|some\s+time)\s*)*"
                             r"[.,;:!?]*[\"”]")
_TIMES_LEFT = re.compile(r"(?<=[,:;])\s*(?:(?:once|twice|thrice|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many)"
                         r"\s+times)\b\s*)+(?=[,;:.]|$)")
_COLON_BEFORE_COMMA = re.compile(r"\s*:\s*(?=,)")
_DOUBLE_SPACES = re.compile(r"\s{2,}")
_QUOTE_HUSK = re.compile(r"([\"“])[\s,;:]+(?=\w)")
_AGENCY_LEFT = re.compile(r"^\((?:[A-Z][A-Za-z-]*\s*){1,3}\)\s*[-—–_]+\s*")
_PLACE_AND_DASH_LEFT = re.compile(r"^[A-Z][\w.'’ -]{1,40},\s*(?:—|–|--)\s+")
_LIST_MARKUP = re.compile(r"^(?:(?:\(?\d{1,3}\)|\d{1,3}/)[\s,:;—–-]*)?[\s#*|•>\-–—:!_~`]*|[\s#*|_~`]+$")
_COMMAS_LEFT = re.compile(r"(?:\s*,){2,}\s*(?=(and|but|or)\b)?")
_BARE_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|due|set|held|made|signed|issued|begun|taken)\s*,\s+")
_BUT_LEFT = re.compile(r"(?:,\s*as\s+(?:planned|scheduled|expected))?,?\s+but$")
_WITH_A_PLAN_OPENING = re.compile(r"^[Ww]ith\s+(?=[^,;]{3,60}?\b(?:set|due|expected|scheduled|slated|poised)\s+to\b)")
_CONJUNCTION_OPENING = re.compile(r"^(?:(?:[Aa]nd|[Aa]gain|[Bb]ut|[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas|which|[Ss]o|"
                                  r"that(?!\s+" + _THAT_NOUN + r")|[Hh]owever|including|notably|especially|particularly|such\s+as)"
                                  r"\b[\s,]*)+")
_ARTICLE_AT = re.compile(r"(?:[Tt]he|[Aa]n?)\s")
_THAT_DEMONSTRATIVE = re.compile(r"^that\s+(?=" + _THAT_NOUN + ")")


# "That framework was signed", "Those talks had produced": in a title, read alone, the thing is just "the" thing;
# "That was followed by the Singapore summit" is the summit
_DEMONSTRATIVE = re.compile(r"(?:That|Those|These|This)\s+(?=[a-z][\w-]*\s)(?!(?:was|is|were|are|has|had|have|will|"
                            r"would|"
                            r"can|could|may|might|must|should|did|does|do|came|comes|seems|means|marks|"
                            # ("Those who were at Panmunjom still recall it": a pronoun, no noun for "The")
                            r"who|which|that)\b)")
_FOLLOWED_BY = re.compile(r"(?:That|This|It)\s+(?:was|is|has\s+been)\s+followed\s+by\s+")


def _without_demonstrative(title_: str) -> str:
    if (followed := _FOLLOWED_BY.match(title_)) is not None:
        rest = title_[followed.end():]
        return rest[:1].upper() + rest[1:]
    # (only the title's first word: one inside a quotation is the speaker's, and a quotation is quoted as said)
    return _DEMONSTRATIVE.sub("The ", title_, count=1) if _DEMONSTRATIVE.match(title_) else title_


# "The first took place on 9 October 2006", "The previous one, North Korea's third, took place": an ordinal that
# stands for a noun the text has just used ("Monday's test is the second ...")
_COUNT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|last|latest|previous)"
_ORDINAL_ALONE = re.compile(rf"The\s+(?P<ord>{_COUNT_ORDINAL})(?P<one>\s+one|\s+of\s+them)?"
                            r"(?=\s*,|\s+(?:was|were|is|took|came|in|at|on|produced|drew|caused|followed|showed|"
                            r"ended|failed|coincided)\b)")
# "The previous one, North Korea's third, ...": the one before, counted in apposition
_ONE_BEFORE = re.compile(r"The\s+(?:previous|last|latest|earlier|next|other)\s+one\b")
_ONE_NAMED = re.compile(rf"\bone,\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}['’]s)\s+(?P<ord>{_COUNT_ORDINAL}),")
# A count or an ordinal right before a noun: the noun the text is counting ("its third test", "five tests")
_COUNTED_BEFORE = re.compile(rf"\b(?:{_COUNT_ORDINAL}|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|"
                             r"ten|\d+)\s+$", re.IGNORECASE)
_COUNTED_NOUN = re.compile(r"\b(?P<noun>(?:nuclear|missile|ballistic)\s+tests?|tests?|launch(?:es)?|summits?|"
                           r"rounds?|meetings?)\b", re.IGNORECASE)
# a title an ordinal opens with the noun it counts: it names what the sentence itself may only count
COUNTED_TITLE = re.compile(rf"(?:The|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}['’]s)\s+{_COUNT_ORDINAL}\s+"
                           r"(?:nuclear\s+|missile\s+|ballistic\s+)?"
                           r"(?:test|launch|summit|round|meeting)\b")


def _with_counted_noun(title_: str, text: str, s_start: int, s_end: int) -> str:
    if (one := _ONE_BEFORE.match(title_)) and (named := _ONE_NAMED.search(text, s_start, s_end)):
        # "The previous one, North Korea's third, took place ..." -> "North Korea's third test took place ..."
        nouns = list(_COUNTED_NOUN.finditer(text, max(0, s_start - 400), named.start()))
        if nouns:
            noun = re.sub(r"(?<=ch)es$|s$", "", nouns[-1]["noun"].lower())
            rest = title_[one.end():]
            rest = rest[len(told):] if rest.startswith(told := f", {named['who']} {named['ord']},") else rest
            return shorten(f"{named['who']} {named['ord']} {noun}{rest}")
    m = _ORDINAL_ALONE.match(title_)
    if m is None:
        return title_
    at = text.lower().find(m["ord"], s_start, s_end)
    nouns = list(_COUNTED_NOUN.finditer(text, max(0, s_start - 400), at if at >= 0 else s_end))
    if not nouns:
        return title_
    # the noun the text was counting ("Its third test came two months after the launch of a satellite. The fourth
    # ..." is the fourth test), else the last one named
    counted = [n for n in nouns if _COUNTED_BEFORE.search(text, max(0, n.start() - 20), n.start())]
    noun, last = [re.sub(r"(?<=ch)es$|s$", "", n["noun"].lower()) for n in ((counted or nouns)[-1], nouns[-1])]
    if last.endswith(f" {noun}"):
        noun = last  # ("Two tests within a year ... North Korea's nuclear tests: the first in October 2006")
    return shorten(f"The {m['ord']} {noun}{title_[m.end():]}")


def read_in_context(title_: str, text: str, s_start: int, s_end: int) -> str:
    """A title as a reader sees it alone on a card: "That deal ..." reads "The deal ...", an ordinal standing
    alone takes the noun the text was counting ("The first took place" -> "The first test took place"), and state
    media's honours are left to them ("The respected Comrade Kim Jong Un inspected" -> "Kim Jong Un inspected")."""
    title_ = _HONOURED.sub("", title_, count=1)
    return _with_counted_noun(_without_demonstrative(title_), text, s_start, s_end)


_HONOURED = re.compile(rf"The\s+(?:{HONOURS_RE}\s+)+(?:Comrade\s+)?(?=[A-Z])")


# A sentence that opens on a thing ("The six-party process had been ...", "The accord is ..."): what a following
# "It" most likely is
_THING_OPENS = re.compile(r"(The\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:process|accord|agreement|deal|framework|treaty|talks|"
                          r"statement|declaration|plan|programme|program|moratorium|summit|meeting|forum|channel|"
                          r"resolution|sanctions|test|launch|reactor|facility|site))\s+(?:had|has|have|is|was|were|are|"
                          r"remains|remained)\b")


def thing_before(text: str, s_start: int) -> str:
    """The thing the sentence before ``s_start`` opens on, when it opens on one ("The six-party process"); else ""."""
    before = text[max(0, s_start - 400):s_start].rstrip()
    starts = [m.end() for m in re.finditer(r"(?:^|[.!?][\"'”’)]*\s+)", before)]
    if not starts:
        return ""
    m = _THING_OPENS.match(before, starts[-1] if starts[-1] < len(before) else starts[-2] if len(starts) > 1 else 0)
    return m.group(1) if m else ""
