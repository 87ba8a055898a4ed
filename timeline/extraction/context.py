"""What resolving a temporal expression needs to know about its document: the reference date,
sentence boundaries, the tense around a span, and the dates mentioned so far."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from .lexicon import IRREGULAR_PARTICIPLES, MONTHS, NOT_THEN_RE, abbreviated, clock_ends_sentence, ends_on_a_word
from .values import Point, point_range

_TOKEN_RE = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+|[.!?;:,]|\n[ \t]*\n")

# Markers of what time a clause talks about.  The nearest one to a date decides which way a bare
# weekday or month is resolved ("said Sunday" -> the Sunday before, "will meet Monday" -> the next).
FUTURE = frozenset(
    "will 'll shall wo won't going planned planning scheduled slated due would upcoming coming next tomorrow "
    "might could may can must soon early payable effective starting beginning".split()
)
# Verbs of intention are future only with an infinitive after them ("plans to meet", not "the plan").
_FUTURE_WITH_TO = frozenset(
    "plan plans aim aims hope hopes intend intends expect expects expected want wants seek seeks "
    "schedule scheduled set due ready likely able is are was were supposed agreed agree agrees decided "
    "decides promised pledged vowed prepare prepares preparing hoped wanted intended sought aimed forecast "
    "forecasts predicted projected".split()
)
PAST = frozenset(
    "said was were had did told met made took came went began left gave held fell rose sold won lost "
    "spoke got saw ago last earlier former previously announced reported declared signed agreed "
    "visited died killed launched fired tested conducted issued released ended closed opened "
    "became brought bought fought found led paid put ran sent set shot struck thought wrote sat stood kept "
    "hit drew flew grew threw knew broke chose spent built sought caught felt heard meant "
    "withdrew undertook overtook oversaw underwent upheld withheld forgave forgot froze swore fled shook understood "
    "overcame overran foresaw forbade arose dealt taught shut quit cast stole hid blew tore swept slid read beat "
    # (not "sang", "fed", "lent": Sang-mok, the Fed)
    "laid mislaid drove woke wore bore slept wept crept sped spun swung dug burst cut sank sunk".split()
)
# A verb in the past, found in running text: "left before the vote", "Monday: Met his counterpart"
PAST_VERB_RE = re.compile(r"\b(?:[a-z]{3,}ed|sent|met|held|said|told|gave|took|made|went|came|left|began|spoke|wrote|flew"
                          r"|fled|won|lost|struck|fought|signed|paid|sought|brought|ran|saw)\b")
PRESENT = frozenset("is are says say am remains seems".split())
# News writes arrangements in the present: "the two leaders meet Monday", "talks resume Tuesday". These verbs
# in the present tense put their date ahead.
SCHEDULED_PRESENT = frozenset(
    "meet meets visit visits resume resumes travel travels arrive arrives convene convenes vote votes "
    "begin begins start starts open opens close closes end ends expire expires lapse lapses flies leaves "
    "heads departs runs run continue continues host hosts take takes fall falls sit sits conclude concludes "
    "kick kicks wrap wraps gather gathers hold holds turn turns celebrates releases publishes reopen reopens restart "
    "restarts return returns land lands".split()
)
_NOT_PAST_ED = frozenset("scheduled expected planned proposed intended slated need needed red bed "
                         "hundred shed united based armed succeed proceed exceed indeed speed breed "
                         "bleed greed sacred naked wicked rugged kindred hatred".split())
# Words before a noun that looks like a scheduled-present verb ("a week-long visit", "a state visit", "in open defiance")
_ATTRIBUTIVE = frozenset("to in of on with long day state official first second third fourth fifth sixth seventh "
                         "eighth ninth tenth brief rare surprise working formal historic landmark last final only "
                         "latest annual public voice by unanimous".split())
# ("held its last open meeting in June", "passed the committee by voice vote in September")
# The participles a plan's date follows with "for": "scheduled for", "targeted for"
_PLAN_PARTICIPLES = frozenset("planned scheduled slated set targeted".split())
_MOVED = frozenset("postponed delayed pushed moved rescheduled deferred".split())
_DETERMINERS = frozenset("a an the its their his her our this these those some any no each every".split())
# what may stand between the items of a list of dates: "in January, twice in March and on Nov. 7"
_LIST_GLUE = frozenset("in on during once twice thrice times two three four five several".split())
_TIME_WORDS = frozenset("later earlier next coming last ago early soon tomorrow upcoming previously".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i".split())
# the words of a date written before a noun: "July", "2019", "Oct. 29-30", "Monday"
_DATE_WORD = re.compile(r"\d{1,4}|[.,/\-–]|" + "|".join(sorted(MONTHS, key=len, reverse=True))
                        + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day")
# Verbs whose bare form is their past: after a modal they are no past ("should set", "could put")
_NOUNS_BEFORE_TO = frozenset("attempt attempts bid bids effort efforts failure refusal decision move push drive "
                             "plan plans offer offers order orders proposal request call calls".split())
_WHEN_MODALS = frozenset("will would should could may might must shall can".split())
# Verbs whose past is their bare form: after "will" or "should" they are no past
BARE_AS_PAST = frozenset("set put cut hit let shut cost spread quit read".split())
_COMES_OUT = frozenset("published released issued".split())
_INTENDED = frozenset("due scheduled planned slated expected set".split())
_LOOKING_BACK = frozenset("had previously originally".split())
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:already|just|also|now)\s+)?[a-z]+ed\b", re.IGNORECASE)
_NO_DATE_SET = re.compile(r"[^.;!?]*\bno\s+(?:firm\s+|specific\s+|exact\s+)?date\s+(?:has|have)\s+(?:yet\s+)?been\s+"
                          r"(?:set|fixed|announced|scheduled|agreed)", re.IGNORECASE)
# words that make a condition told in the past or under a modal, not one still to be met
_CONDITION_NOT_OPEN = frozenset("had was were did would could might should".split())
# past participles after "as" that only say the thing was foretold or told ("as planned", "as reported")
_AS_TOLD = frozenset("planned scheduled expected reported announced agreed promised predicted feared requested proposed "
                     "rumoured rumored anticipated forecast hoped intended stated noted".split())
_DEADLINE = frozenset("until till".split())
_DEADLINE_SET = frozenset("given set extended granted allowed".split())
# past verbs of a stretch that ends at the date after "until"
_LASTED = frozenset("took lasted waited remained stayed ran continued held kept served lived ruled reigned".split())
_MODALS = frozenset("will 'll shall would might could may can must".split())
_REPORTING_STOP = frozenset(".!?;")
# "By" opening a list line or a paragraph, before its date and a colon: a deadline heading
_DEADLINE_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·][ \t]*)?By[ \t]+(?:(?:early|mid|late)[ \t-]*)?$")
_ATTRIBUTION = frozenset("said says told reported announced added warned noted stressed insisted claimed argued predicted "
                         "cautioned acknowledged".split())
# a verb right after a date that is the subject of its clause ("the second quarter would bring")
_SUBJECT_VERBS = frozenset("will would could might may should is was are were has had".split())
_FORWARD_STOP = frozenset(", and but while when after before because that".split())
_SUBORDINATORS = frozenset("after before because since when while".split())
# Second halves of a compound adjective whose first is an "-ing" word: "working-level talks", "long-running"
_COMPOUND_ENDS = frozenset("level class group party day scale based".split())
# Words after "has" that make it a verb of having, not the present perfect's auxiliary
_HELD_NOW = frozenset("little no few much many enough plenty every nothing".split())
# What was said or signed on a day, named by it: "the language of April 13", "the joint statement of Sept. 19"
_SAID_OF_A_DAY = frozenset("language statement statements declaration communique communiqué letter speech remarks "
                           "ruling decision decree announcement resolution accord agreement".split())
_WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words before a participle that make it a verb of its own clause, not one on a noun: "was removed", "have removed"
_BEFORE_A_PARTICIPLE = frozenset("is was were are be been being has have had not never also just already who which that "
                                 "and or but then it he she they we i".split())
_HELD_COUNTS = frozenset("two three four five six seven eight nine ten days weeks months years hours minutes".split())


@dataclass
class DocContext:
    """Per-document state for resolution.  ``prev`` holds the last resolved concrete date."""

    text: str
    dct: dt.date
    tokens: list[tuple[int, int, str]] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    prev: Point | None = None
    prev_end: int = -1
    prev_by_gran: dict[str, Point] = field(default_factory=dict)
    before_prev: Point | None = None  # the date mentioned before ``prev``
    # "the August 1988 cease-fire": the date names a thing in passing and sets no scene for what follows
    prev_names_a_thing: bool = False
    # The first quarter a text names is the one it reports on ("third-quarter net rose ..."); later
    # "the latest quarter", "the 1988 period" or "a year ago" compare with it, whatever was named between.
    focus_quarter: Point | None = None
    # Where the last span of several months ("the first nine months") ended: a comparison right after one
    # ("compared with 40% a year earlier") is with the year before, not with a quarter.
    months_span_end: int = -1
    # Every date told so far, as (start, end, point): "two days after the launch" counts from the launch's date.
    told: list[tuple[int, int, Point]] = field(default_factory=list)
    # Set by a resolver whose date lies ahead of the story's point as a plan told then: the next remember() records
    # the date without moving the story to it.
    keep_story: bool = False
    prev_in_relative: bool = False
    prev_since: bool = False  # the last date told starts a span up to now ("has not answered since April 2023")
    # the last date told is what a figure is compared with ("up a fifth from the same period of 2024"): no scene
    prev_compared: bool = False
    # The last date before ``prev`` that set a scene (not one told in passing, in a relative clause or naming a thing)
    scene_before: Point | None = None
    _tokenized: bool = False

    def _tokenize(self) -> None:
        # only documents with something tense-dependent pay for this
        tokens = []
        text = self.text
        add = tokens.append  # (a hundred thousand tokens a pass over the TempEval files: the loop is kept lean)
        for m in _TOKEN_RE.finditer(text):
            word = m.group()
            if word == "." and tokens and not _ends_sentence(text, m.start(), tokens[-1][2]):
                continue  # "U.S.", "Mr.", "Sept.", "Ala., killed": no sentence ends here
            # a blank line ends a sentence too: a headline has no full stop ("... it will never give up nuclear
            # weapons" lends no future to "Addressing the assembly on Monday, the minister said" below it)
            start, end = m.span()
            if text[end:end + 1] == ":" and word.isupper() and len(word) > 1 and text[end + 1:end + 2] in (" ", "\t"):
                continue  # "HOST: Monday morning, the ground shook": a transcript's speaker, no verb "host"
            add((start, end, "." if word[0] == "\n" else word.lower()))
        self.tokens = tokens
        self.token_starts = [t[0] for t in self.tokens]
        self._tokenized = True

    def snapshot(self) -> tuple:
        """The story's reference point, to come back to after a quotation (restore)."""
        return (self.prev, self.prev_end, self.before_prev, self.prev_names_a_thing, dict(self.prev_by_gran),
                self.prev_in_relative, self.scene_before, self.prev_since, self.prev_compared)

    def restore(self, state: tuple) -> None:
        (self.prev, self.prev_end, self.before_prev, self.prev_names_a_thing, self.prev_by_gran,
         self.prev_in_relative, self.scene_before, self.prev_since, self.prev_compared) = state

    def remember(self, p: Point, end: int, start: int = -1) -> None:
        if start >= 0 and _NOT_THIS_DATE.search(self.text, max(0, start - 12), start):
            # "It was held on Feb. 27-28, 2019, not in March": the date corrected away is not where the story is
            self.told.append((start, end, p))
            return
        if start >= 0 and self.text[max(0, start - 3):start].lower() in ("by ", "he ") and _HOPED_BY.search(
                self.text, max(0, start - 90), start):
            # "Few in Washington expected diplomacy by spring. Then, in his New Year's address, ...": a date hoped for
            # is not where the story is
            self.told.append((start, end, p))
            return
        if self.keep_story:
            # a plan told in the past ("announced the summit would be on June 12"): a date, but not where the story is
            self.keep_story = False
            if start >= 0:
                self.told.append((start, end, p))
            return
        if start >= 0 and self._recalled_now(p, start):
            # "\"We had the agreement for about 24 hours,\" Hill recalled in an interview last week. The following
            # year was worse.": the day of the telling, now, leaves the story in the past it tells
            self.told.append((start, end, p))
            return
        if self.prev is not None:
            self.before_prev = self.prev
            if not (self.prev_in_relative or self.prev_names_a_thing):
                self.scene_before = self.prev
        self.prev = p
        self.prev_end = end
        if start >= 0 and (lead := _RANGE_START_BEFORE.search(self.text, max(0, start - 8), start)) is not None:
            start = lead.start()  # "since the 1950-53 Korean War": the range's end is told as its start is
        self.prev_names_a_thing = start >= 0 and modifies_noun(self.text, start, end)
        # "a hotline that Pyongyang cut in April 2023": a date in a relative clause is background, no scene
        # (cheap test first: both relatives end on "in" or "on")
        self.prev_in_relative = start >= 0 and (ends_on_a_word(self.text, max(0, start - 70), start, ("in", "on"))
                                                and _IN_RELATIVE.search(self.text, max(0, start - 70), start) is not None
                                                or _in_participle_aside(self.text, start, end))
        # ("The drills were last held in October 2024": when it last happened, seen from now, is such a start too: the
        # next sentence's "on Nov. 7" is not that year's, though "Two months earlier" still counts from it)
        self.prev_since = start >= 0 and (SPAN_START_BEFORE.search(self.text, max(0, start - 22), start) is not None
                                          or _SINCE_A_HAPPENING.search(self.text, max(0, start - 60), start) is not None
                                          or (ends_on_a_word(self.text, max(0, start - 80), start, ("in", "on", "at", "the"),
                                                             ignore_case=True)  # (cheap test first)
                                              and _LAST_DONE.search(self.text, max(0, start - 80), start) is not None))
        self.prev_compared = start >= 0 and ends_on_a_word(self.text, max(0, start - 50), start, _COMPARED_LAST_WORDS,
                                                           ignore_case=True) and _COMPARED_WITH.search(
            self.text, max(0, start - 50), start) is not None
        self.prev_by_gran[p.gran] = p
        if start >= 0:
            self.told.append((start, end, p))
        if p.gran == "quarter" and self.focus_quarter is None and p.year >= self.dct.year - 1:
            self.focus_quarter = p  # a quarter years back ("the third quarter of 1984") is history, not the report

    def _recalled_now(self, p: Point, start: int) -> bool:
        """Whether ``p``, a date near now, only dates a recollection of a story told in a past years back."""
        if self.prev is None or self.prev.gran == "century" or abs((p.first_day() - self.dct).days) > 31:
            return False
        return (self.dct - point_range(self.prev)[1]).days > 365 and _RECALLED.search(
            self.text, max(0, start - 40), start) is not None

    def day_told(self, start: int = -1) -> Point | None:
        """The day "the next day" counts from: the last date told, or the last day that set a scene before it when
        the last was a coarser date in passing ("fired on Nov. 23, 2010, after the sinking of the Cheonan, which
        killed 46 sailors in March that year. Lee ordered ... the next day"; "met on Thursday ... export controls
        that it had announced on Oct. 9. It was the first meeting since Osaka in June 2019. Later that day ...")."""
        if self.prev is not None and self.prev.gran == "day":
            if self.told and self.told[-1][1] == self.prev_end and self.only_reports(len(self.told) - 1):
                return self.told[-2][2]
            if (self.scene_before is not None and self.scene_before.gran == "day" and start > self.prev_end
                    and SENTENCE_END.search(self.text, self.prev_end, start)
                    and self.told and self.told[-1][1] == self.prev_end
                    and _IN_SUBJECT_RELATIVE.search(self.text, max(0, self.told[-1][0] - 70), self.told[-1][0])):
                # "On Friday, the adviser passed greetings to Kim, who turned 36 on Wednesday. Pyongyang replied the
                # next day": a who-clause's day is background; the next sentence goes on from the main clause's
                return self.scene_before
            return self.prev
        if (self.prev_in_relative or self.prev_names_a_thing) and self.scene_before is not None \
                and self.scene_before.gran == "day":
            return self.scene_before
        if self.prev is not None and self.scene_before is not None and self.scene_before.gran == "day" and \
                self.prev.holds(self.scene_before):
            # "walked across early on Thursday, the second such crossing this year. ... at about 5 a.m.": a period
            # that holds the day told leaves the story on that day
            return self.scene_before
        if start >= 0 and self.told:
            # "will fly to Pyongyang on Tuesday to meet relatives unseen since the 1950-53 war, while 100 North
            # Koreans arrive in Seoul the same day": a coarser date in passing leaves the sentence on its day
            opened = self._sentence_start(start)
            for s_, _e, p in reversed(self.told):
                if s_ < opened:
                    break
                if p.gran == "day":
                    return p
        return None

    def quoted_year_since_prev(self) -> Point | None:
        """A bare year told after the story's last date but inside a quotation (which leaves the story where it was):
        what "that year" right after it points back to."""
        if not self.told or self.told[-1][0] < self.prev_end or self.told[-1][2].gran != "year":
            return None
        s, e, p = self.told[-1]
        return p if re.search(r"[\"“”]", self.text[e:e + 12]) or re.search(r"[\"“”]", self.text[max(0, s - 200):s]) else None

    def only_reports(self, k: int) -> bool:
        """Whether told[k] is only the day a report came out, after the day it reports in the same sentence:
        "transferred fuel on Nov. 9, a monitoring group said Monday. Images taken that day" are Nov. 9's."""
        if k < 1 or self.told[k - 1][2].gran != "day" or not _SAID_ON.search(
                self.text, max(0, self.told[k][0] - 30), self.told[k][0]):
            return False
        return self._sentence_start(self.told[k - 1][0]) == self._sentence_start(self.told[k][0])

    def scene_day(self, start: int, end: int, n: int = 0) -> Point | None:
        """The day "later in the day" or "the next day" at ``start``-``end`` counts from (``n`` days on): day_told,
        unless a past-tense clause would then land after the reference date.  The sentence that told that day is
        then background (a drill's last day, a deadline: "slammed the exercise, which ran from Nov. 17-28"), and the
        day is the last one told before that sentence."""
        base = self.day_told(start)
        if base is None or not self.told or base.gran != "day" or dt.date(base.year, base.sub, base.day) + dt.timedelta(
                days=n) <= self.dct or self.tense(start, end) != "past":
            return base
        if self.in_present_perfect(start):
            # "The train is expected to reach Dong Dang on Tuesday. Authorities have announced road closures that
            # day": announced now, of the day ahead
            return base
        background = self._sentence_start(self.told[-1][0])
        for s, _e, p in reversed(self.told):
            if s < background and p.gran == "day" and dt.date(p.year, p.sub, p.day) + dt.timedelta(days=n) <= self.dct:
                return p
        return base

    def in_present_perfect(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` is told in the present perfect before it ("have announced"): told
        now, so a day still to come may be what it speaks of."""
        return _PRESENT_PERFECT.search(self.text, self._sentence_start(pos), pos) is not None

    def day_in_sentence(self, pos: int) -> Point | None:
        """The last date told, when it is a day told earlier in the sentence holding ``pos`` ("will fly to Seoul on
        Wednesday ... and depart later in the week"): what a relative phrase after it counts from."""
        if self.prev is not None and self.prev.gran == "day" and self.prev_end > self._sentence_start(pos):
            return self.prev
        return None

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` begins (after the last sentence-ending token before it)."""
        if not self._tokenized:
            self._tokenize()
        k = bisect.bisect_left(self.token_starts, pos) - 1
        while k >= 0 and self.tokens[k][2] not in (".", "!", "?"):
            k -= 1
        return self.tokens[k][1] if k >= 0 else 0

    def _decimal_point(self, k: int) -> bool:
        """Whether token ``k`` is the point of a number ("$1.5 billion"), not a full stop."""
        return (self.tokens[k][2] == "." and 0 < k < len(self.tokens) - 1 and self.tokens[k - 1][2].isdigit()
                and self.tokens[k + 1][2].isdigit() and self.tokens[k + 1][0] == self.tokens[k][1])

    def _words_back(self, i: int, n: int) -> int:
        """The token index just before the n words ending at token ``i`` (exclusive), a hyphenated compound counting
        as one word: "traced part of the money to over-the-counter brokers in Cambodia between March and May" is
        still near enough to its verb."""
        k, words = i, 0
        while k > 0 and words < n:
            k -= 1
            start = self.tokens[k][0]
            if not (start > 0 and self.text[start - 1] == "-"):
                words += 1
        return k - 1

    def _in_other_brackets(self, pos: int, date: int) -> bool:
        """Whether ``pos`` lies inside brackets that do not hold ``date`` (an aside, a quoted title)."""
        lo = min(pos, date)
        opened = self.text.rfind("(", max(0, lo - 200), pos)
        if opened < 0 or self.text.rfind(")", opened, pos) >= 0:
            return False
        closed = self.text.find(")", pos, pos + 200)
        return closed >= 0 and not opened < date < closed

    def _tells_no_tense(self, k: int, kind: str, date: int) -> bool:
        """Whether the marker ``kind`` at token ``k`` says nothing of the date's clause: a noun's participle with its
        agent, or words inside brackets the date is not in (a quoted title)."""
        return bool(kind) and ((kind == "past" and self._noun_participle(k))
                               or self._in_other_brackets(self.tokens[k][0], date))

    def _noun_participle(self, k: int) -> bool:
        """Whether token ``k`` is a participle after a noun, with its agent: "a schedule released by the department"
        describes the schedule and tells no tense of the clause."""
        return (self.tokens[k][2].endswith("ed") and k + 1 < len(self.tokens) and self.tokens[k + 1][2] == "by"
                and k > 0 and self.tokens[k - 1][2].isalpha() and self.tokens[k - 1][2] not in _BEFORE_A_PARTICIPLE)

    def _far_future(self, i: int) -> bool:
        """A will/is-scheduled-to between 13 and 25 words back in the same sentence, with no past verb after it."""
        for k in range(i - 1, max(-1, i - 26), -1):
            word = self.tokens[k][2]
            if word in _REPORTING_STOP:
                return False
            if k >= i - 12:
                continue  # the near words were weighed already
            nxt = self.tokens[k + 1][2] if k + 1 < len(self.tokens) else ""
            if word in _STRONG_FUTURE or (word in _PLAN_TO and nxt == "to"):
                # (an infinitive is the plan's own: "is due to travel to Tokyo on Thursday and to return at the weekend")
                # (the will's own verb aside: "will hold talks with ... on Wednesday")
                return not any(looks_like_verb(self.tokens[n][2]) and self.tokens[n][2] not in _PLAN_TO
                               and self.tokens[n - 1][2] != "to" for n in range(k + 2, i))
        return False

    def _present_copula(self, i: int, j: int) -> bool:
        """A date that a present "is" states, or that opens its sentence as the subject of "is" or "marks": "The
        meeting is on Thursday", "Tuesday is the deadline", "Wednesday marks 75 years since ...".  A day told so is
        still to come (or today), whatever the verbs around it."""
        before = [t[2] for t in self.tokens[max(0, i - 2):i]]
        # (and "The vote is in November": a month named after "is in")
        # (and "The vote is at noon Friday": an hour)
        if before[-1:] in (["on"], ["at"]) or (before[-1:] == ["in"] and self.text[self.token_starts[i]].isupper()):
            before = before[:-1]
        if before[-1:] and before[-1] in ("is", "are"):
            return True
        opens = i == 0 or self.tokens[i - 1][2] in (".", "!", "?")
        return opens and j < len(self.tokens) and self.tokens[j][2] in ("is", "marks")

    def _listed_before(self, i: int) -> tuple[int, int] | None:
        """The span of the date token of the list item before token ``i`` ("January" for "March" in "in January,
        twice in March"), when only list glue stands between them."""
        joined = False
        for k in range(i - 1, max(-1, i - 9), -1):
            word = self.tokens[k][2]
            if word in (",", "and", "or"):
                joined = True
            elif word in _LIST_GLUE or word.isdigit():
                continue
            elif joined and (word in MONTHS or word in _WEEKDAY_WORDS):  # (and "maybe Friday or Saturday")
                return self.tokens[k][0], self.tokens[k][1]
            else:
                return None
        return None

    def _moved_from(self, k: int) -> bool:
        """Whether the "to" at token ``k`` ends "postponed from <a date> to": a move's new date."""
        for f in range(k - 1, max(0, k - 7), -1):
            if self.tokens[f][2] in (".", "!", "?", ";"):
                return False
            if self.tokens[f][2] == "from":
                return f > 0 and self.tokens[f - 1][2] in _MOVED
        return False

    def _told_when(self, j: int) -> bool:
        """Whether ", when" follows the date with a past verb of its own: the clause tells what happened then."""
        if j + 1 >= len(self.tokens) or (self.tokens[j][2], self.tokens[j + 1][2]) != (",", "when"):
            return False
        for k in range(j + 2, min(len(self.tokens), j + 8)):
            word = self.tokens[k][2]
            if word in (",", ".", ";", "!", "?") or word in _WHEN_MODALS:
                return False  # (nor what should have happened by then: "in early July, when the trucks should have")
            if kind := _marker(word, self.tokens, k):
                return kind == "past"
        return False

    def _verbless_and(self, k: int, i: int, j: int) -> bool:
        """Whether the tokens before i go back to an "and" after k, and from there to the sentence's end no word
        looks like a verb: the second half of a clause whose verb was not said again."""
        for a in range(i - 1, k, -1):
            if self.tokens[a][2] == "and" and self.tokens[a - 1][2] == ",":
                break  # (", and": not the "and" of a name, "the Immigration and Naturalization Service")
        else:
            return False
        for b in range(a + 1, len(self.tokens)):
            word = self.tokens[b][2]
            if word in (".", "!", "?", ";"):
                return True
            if i <= b < j:
                continue
            if looks_like_verb(word) or word == "to" or _marker(word, self.tokens, b):
                return False  # (nor an infinitive: "and to return at the weekend")
        return True

    def tense(self, start: int, end: int) -> str:
        """'future', 'past', 'present' or '' from the nearest tense marker in the same sentence."""
        if not self._tokenized:
            self._tokenize()
        i = bisect.bisect_left(self.token_starts, start)
        j = bisect.bisect_left(self.token_starts, end)
        if i > 0 and (self.tokens[i - 1][2] == "since" or (i > 1 and self.tokens[i - 2][2] == "since" and self.tokens[i - 1][2]
                                                          in ("its", "the", "his", "her", "their", "our", "last"))):
            # "the first such trip since the spring", "the first since its January sitting", whatever the verb: the
            # time a stretch runs from
            return "past"
        if (i > 3 and self.tokens[i - 1][2] in ("in", "on") and self.tokens[i - 3][2] == "since"
                and self.tokens[i - 2][2].endswith("ing") or i > 4 and self.tokens[i - 1][2] in ("in", "on")
                and self.tokens[i - 4][2] == "since" and self.tokens[i - 3][2].endswith("ing")):
            return "past"  # "his second visit since taking office in July": the start of a stretch up to now
        if i > 1 and self.tokens[i - 1][2] == "of" and self.tokens[i - 2][2] in _SAID_OF_A_DAY:
            return "past"  # "will not accept a statement that repeats the language of April 13": said then, already
        if self._told_when(j):
            return "past"  # "Park begins in May, when North Korea began unloading ...": what happened in May
        if _DEADLINE_HEADING.search(self.text, max(0, start - 12), start) and self.text[end:end + 1] == ":":
            return "future"  # "• By mid-April: Yongbyon shut and sealed": a list of what a deal requires by when
        if self._present_copula(i, j):
            return "future"
        if i > 0 and self.tokens[i - 1][2] in ("to", "until") and self._moved_from(i - 1):
            return "future"  # "postponed from last summer to July 23": the new date lies ahead, whatever "last" says
        deadline = i > 0 and (self.tokens[i - 1][2] in _DEADLINE or self._granted_through(i) or self._deadline_set(i))
        if self._open_condition(i):
            return "future"
        if (_NO_DATE_SET.match(self.text, self.tokens[i][0], min(len(self.text), self.tokens[i][0] + 80))
                and not any(looks_like_verb(w) for w in re.findall(r"[a-z]+", self.text[self._sentence_start(
                    self.tokens[i][0]):self.tokens[i][0]]))):
            return "future"  # "Probably in September, but no date has been set": an answer with a date still to be fixed
        best: tuple[int, int, str] | None = None
        # look back up to 12 tokens, forward up to 8, stopping at sentence punctuation (and, looking
        # forward, at the end of the clause)
        for direction, lo_hi in ((-1, range(i - 1, self._words_back(i, 12), -1)),
                                 (1, range(j, min(len(self.tokens), j + 8)))):
            for dist, k in enumerate(lo_hi, 1):
                word = self.tokens[k][2]
                if (word in _REPORTING_STOP and not self._decimal_point(k)) or (
                        direction > 0 and word in _FORWARD_STOP):
                    break
                if direction < 0 and k == i - 1 and j < len(self.tokens) and (
                        (word in _ATTRIBUTION and self.tokens[j][2] in _SUBJECT_VERBS) or (
                        word in _DETERMINERS and k > 0 and self.tokens[k - 1][2] in _ATTRIBUTION
                        and self._subject_verb_after(j))):
                    break  # "Officials said the second quarter would bring a meeting", "Lee said the June 3 vote
                    # would be ...": the date is (or names) the subject of the clause reported, whose verb tells its tense
                if direction < 0 and word == "that" and any(t[2] in _ATTRIBUTION for t in self.tokens[max(0, k - 3):k]):
                    break  # "Officials said Wednesday that the spring drills may be adjusted": the clause reported
                    # has its own tense, and the saying's is not it
                if direction < 0 and word == "and" and k > 0 and self.tokens[k - 1][2] == "," and k + 1 < i:
                    break  # "Pence warned that Pyongyang could end up like Libya, and on Thursday Choe called him":
                    # the clause before ", and" has its own tense
                if word == ",":
                    continue
                kind = _marker(word, self.tokens, k)
                if direction < 0 and not kind and word == "to" and self._intent_before(k, _PAST_INTENT):
                    kind = "future"  # "agreed on Monday to meet Trump in April": the meeting lies ahead of the agreeing
                if direction > 0 and kind == "future" and word in _PAST_INTENT:
                    kind = "past"  # "Seoul and Tokyo on Wednesday agreed to ...": the agreeing was that day
                if (direction > 0 and kind == "future" and word.endswith("ing") and k > j
                        and self.tokens[k - 1][2] in _PROPOSING and self.tokens[k - 1][2].endswith("ed")):
                    kind = "past"  # "Kim on Monday proposed sending athletes": the proposing was then
                if direction < 0 and word in _MOVED and i > 0 and self.tokens[i - 1][2] in ("to", "until", "till"):
                    kind = "future"  # "postponed the talks to March 3": the new date lies ahead
                if (direction < 0 and kind == "past" and k > 0 and self.tokens[k - 1][2] == ","
                        and any(t[2] == "," for t in self.tokens[k + 1:i]) and word not in _PAST_NOT_PARTICIPLE):
                    continue  # "will begin their drills, held every August, on the 21st": an aside's participle
                if (direction < 0 and kind == "past" and word.endswith("ed") and k + 1 < i
                        and self.tokens[k + 1][2] == "since" and self.tokens[k - 1][2].endswith("s")):
                    continue  # "agreed to reunite families separated since the 1950-53 war by Aug. 15": the noun's
                if direction > 0 and self._tells_no_tense(k, kind, start):
                    continue  # "will hold talks on Wednesday, according to a schedule released by the department"
                if (direction > 0 and kind == "past" and self.tokens[k - 1][2] == "," and word.endswith("ed")
                        and k + 1 < len(self.tokens) and not self.tokens[k + 1][2] in _DETERMINERS):
                    continue  # "would propose a return performance in the autumn, titled ...": the noun's participle
                if (direction < 0 and kind == "past" and j < len(self.tokens) and self.tokens[j][2] in _SUBJECT_VERBS
                        and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES) and k > 0
                        and self.tokens[k - 1][2].isalpha() and self.tokens[k - 1][2] not in _BEFORE_A_PARTICIPLE
                        and not any(t[2] in (",", "that", "which", "who") for t in self.tokens[k + 1:i])):
                    # "The 8,000 fuel rods removed from the reactor in May will stay in storage": the date ends the
                    # participle's phrase on the subject, before the main verb, and is the participle's
                    best = (0, k, kind)
                    break
                if kind and direction < 0 and self._tells_no_tense(k, kind, start):
                    continue  # 'Your editorial of Nov. 6 ("Seoul Should Hold Its Nerve") condemns': a title's words
                if kind:
                    score = dist * (1 if direction < 0 else 2)
                    if (direction > 0 and best is not None and best[2] == "future" and kind != "future"
                            and best[1] >= 2 and (self.tokens[best[1] - 2][2], self.tokens[best[1] - 1][2]) == ("to", "be")):
                        break  # "A notice to be published on Monday says ...": the date is the notice's, ahead
                    if best is None or score < best[0]:
                        best = (score, k, kind)
                    break
        if best is None:
            # a long clause's verb further back ("fired two short-range ballistic missiles into the sea off its east
            # coast over the weekend, days before the allies begin their drills"): nearer than the next clause's
            for k in range(i - 1, max(-1, self._words_back(i, 30)), -1):
                word = self.tokens[k][2]
                if word in _REPORTING_STOP and not self._decimal_point(k):
                    break
                if word == "that" and any(t[2] in _ATTRIBUTION for t in self.tokens[max(0, k - 3):k]):
                    break  # "aid groups warned that heavy rains in July could ...": the clause reported has its own
                if kind := _marker(word, self.tokens, k):
                    if kind == "past":  # (a plan so far back is another clause's: "will ..., and ... on Friday")
                        best = (60, k, kind)
                    elif kind == "future" and self._verbless_and(k, i, j):
                        best = (60, k, kind)  # "will perform ... on Thursday night, ..., and again in Seoul on Sunday"
                    break
        if best is None and (listed := self._listed_before(i)) is not None:
            # "launched on 11 days this year: in January, twice in March, in May": a list's items share its tense,
            # however far back the verb is from a later one
            return self.tense(*listed)
        plan = best is not None and best[2] == "neutral"
        if best is None or plan:
            # nothing in the clause: the verb of the next clause in the sentence ("In January, the
            # company brought in ...") still tells which January is meant (and of a plan's date, whether the plan
            # still stands: "A summit set for April will go ahead" is next April, "..., was cancelled" the nearest)
            for dist, k in enumerate(range(j, min(len(self.tokens), j + 30)), 1):
                word = self.tokens[k][2]
                if word in _REPORTING_STOP:
                    break
                if word in ("which", "who", "whom") and dist <= 2 and best is None:
                    break  # "the allies' drills in March, which the North has called ...": the noun's clause, not one
                if word in _TIME_WORDS:
                    continue  # "and two days later ...": a time of its own, not the verb's tense
                if word in ("might", "could", "may", "can") and dist > 2:
                    continue  # "Yoon's remark in January that Seoul might build ...": a possibility the remark told
                kind = _marker(word, self.tokens, k)
                if self._tells_no_tense(k, kind, start):
                    continue  # "..., according to a schedule released by the department": a noun's, no tense
                if kind == "future" and (word in _PAST_INTENT or (
                        word.endswith("ing") and self.tokens[k - 1][2] in _PROPOSING
                        and self.tokens[k - 1][2].endswith("ed"))):
                    # "On March 5, Kim vowed to expand ...", "In January, Kim proposed sending athletes": the vowing
                    # and the proposing were that day
                    kind = "past"
                if kind and plan:
                    if kind == "future":
                        best = (dist, k, kind)
                    break
                if kind:
                    # "... and to return at the weekend, the State Department said": the report's time, not the
                    # reported clause's; a plan further back still decides (see _far_future)
                    attribution = word in _ATTRIBUTION and any(t[2] == "," for t in self.tokens[j:k])
                    # (nor is a subordinate clause's: "is expected to hold its first meeting on ... on Monday, after
                    # 10 of its 15 members asked for it": a plan further back still decides)
                    subordinate = any(t[2] in _SUBORDINATORS for t in self.tokens[j:min(j + 2, k)])
                    best = (dist + 40 if attribution or subordinate else dist, k, kind)
                    break
        if deadline and any(t[2] == "from" for t in self.tokens[max(0, i - 9):i - 1]):
            deadline = False  # "ran from 9 a.m. until 5 p.m. on Thursday": the end of a span, not a deadline
        if deadline and best and best[2] == "past" and {t[2] for t in self.tokens[max(0, i - 12):i]} & {"not", "never", "n't"}:
            return "past"  # "did not acknowledge it until April 28": it happened then
        if deadline and best and best[2] == "past" and self.tokens[best[1]][2] in _LASTED:
            return "past"  # "It took him until the autumn to try", "the talks lasted until March": a past stretch
        if best is None or best[2] != "future":
            # an arrangement spoken of further back in a long clause ("is scheduled to sit down with Xi in the
            # port city of Busan on Thursday")
            far = self._far_future(i)
            if far and (best is None or best[0] > 8):
                return "future"
        if deadline and not (best and self.tokens[best[1]][2] == "had" and not (
                best[1] < i and best[1] + 1 < len(self.tokens) and self.tokens[best[1] + 1][2] in _DEADLINE_SET)):
            # "postponed until Tuesday": a deadline ahead ("until Tuesday they had not" looks back; but "had given
            # Washington until December" set one still ahead)
            return "future"
        marker = self.tokens[best[1]][2] if best else ""
        if best and best[2] == "future" and ((marker in _PAST_INTENT and self.tokens[best[1] - 1][2] not in (
                "is", "are", "be", "being")) or (
                marker == "to" and self._intent_before(best[1], _PAST_INTENT))) and self._past_year_told(i):
            # "took place in August 2018, after the leaders agreed to resume them at their April summit": ahead of
            # the agreeing, in the year the sentence tells of, not ahead of now
            return ""
        return best[2] if best and best[2] != "neutral" else ""

    def _subject_verb_after(self, j: int) -> bool:
        """Whether an auxiliary follows token ``j`` after at most three words of a noun ("vote would", "local
        elections will"): the date before them names the subject of its clause."""
        for n in range(j, min(len(self.tokens), j + 4)):
            word = self.tokens[n][2]
            if word in _SUBJECT_VERBS:
                return True
            if not (word.isalpha() or word == "-") or looks_like_verb(word) or word in _FORWARD_STOP:
                return False
        return False

    def _open_condition(self, i: int) -> bool:
        """Whether the date at token ``i`` is inside a condition told in the present ("If they launch a rocket in
        April, the food stops," an aide said): what is to be met lies ahead, whatever tense the report after it has.
        Not a condition told in the past ("if they launched ...", "if talks had resumed") or under a modal."""
        for k in range(i - 1, max(-1, i - 12), -1):
            word = self.tokens[k][2]
            if word in (",", ".", ";", ":", "!", "?"):
                return False
            if word in ("if", "unless"):
                between = self.tokens[k + 1:i]
                return bool(between) and not any(
                    t[2] in _CONDITION_NOT_OPEN or _marker(t[2], self.tokens, k + 1 + n) == "past"
                    for n, t in enumerate(between))
        return False

    def _deadline_set(self, i: int) -> bool:
        """Whether the date at token ``i`` is a deadline just set or given: "set a deadline of March 1 for replies"
        (ahead of the setting, like "until"; "the deadline of March 1 passed" sets none and keeps its tense)."""
        if i < 3 or self.tokens[i - 1][2] != "of" or self.tokens[i - 2][2] not in ("deadline", "deadlines"):
            return False
        before = [t[2] for t in self.tokens[max(0, i - 6):i - 2]]
        # ("had set a deadline of June 30": set further back, and the story tells whether it has passed)
        return any(w in _DEADLINE_SET for w in before) and "had" not in before

    def _granted_through(self, i: int) -> bool:
        """Whether the date at token ``i`` follows "through" that ends a stretch granted in the same clause ("has
        extended $90 million in revolving loans through January"): a new end, which lies ahead like "until"'s
        ("the strike lasted through January" grants nothing and stays in the past)."""
        if self.tokens[i - 1][2] != "through":
            return False
        for t in reversed(self.tokens[max(0, i - 14):i - 1]):
            if t[2] in _DEADLINE_SET:
                return True
            if t[2] in (",", ";", ".", ":"):
                return False
        return False

    def _intent_before(self, k: int, intents: frozenset[str]) -> bool:
        """Whether the "to" at token ``k`` opens an infinitive after a verb of intent a few words back ("agreed on
        Monday to meet"), not a preposition ("agreed to the deal")."""
        nxt = self.tokens[k + 1][2] if k + 1 < len(self.tokens) else ""
        if not nxt.isalpha() or nxt in _DETERMINERS or nxt in _NOT_A_NOUN:
            return False
        before = [t[2] for t in self.tokens[max(0, k - 4):k]]
        # ("had hoped to", "was due to": a plan told looking back, whose date the tense around it decides)
        return any(w in intents for w in before) and not any(w in ("had", "was", "were") for w in before)

    def _past_year_told(self, i: int) -> bool:
        """Whether the date told last lies in an earlier year than the document's and earlier in the sentence of
        token ``i``."""
        if self.prev is None or self.prev.year >= self.dct.year or self.prev_end < 0:
            return False
        k = bisect.bisect_left(self.token_starts, self.prev_end)
        return k < i and all(t[2] != "." for t in self.tokens[k:i])


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|these|those|whose)\s+$", re.IGNORECASE)
_NOT_A_NOUN = frozenset(
    "and or but to in on at of for when after before with by as that which the a was were is are had has have "
    "will would could when while until since from than".split()
)


# the date a plan was made for, told with no auxiliary: "a notice scheduled for publication in the Federal Register on",
# "the visit, planned for" (not "had been set for", a plan told looking back)
PLANNED_FOR = re.compile(r"(?<!\bhad\s)(?<!\bbeen\s)\b(?:scheduled|planned|slated|set|targeted|pencill?ed\s+in|earmarked)\s+for\s+"
                         r"(?:[^.;:!?]{0,40}?\s)?(?:(?:on|in|during)\s+)?$", re.IGNORECASE)
# (a since-clause too: "its first shipment since the country sealed its borders in January 2020" looks back)
SPAN_START_BEFORE = re.compile(r"\b(?:since(?:\s+at\s+least|\s+as\s+early\s+as)?|dat(?:e|es|ed|ing)\s+(?:back\s+)?to|"
                                r"going\s+back\s+to)\s+(?:the\s+)?$",
                                re.IGNORECASE)  # ("cases dating to 1994": a span's start too)
# a span's start told by the happening it began with: "since his last testimony in April 2025", "since the summit in"
_SINCE_A_HAPPENING = re.compile(r"\bsince\s+(?:his|her|its|their|the|a|an)\s+(?:[\w'’-]+\s+){1,4}?(?:in|on)\s+$",
                                re.IGNORECASE)
# a day told in a who-clause set off after its noun: ", who turned 36 on "
_IN_SUBJECT_RELATIVE = re.compile(r",\s+who\s+[^,.;:!?\"“”]{2,60}\b(?:on|in)\s+$")
# A full stop (or ! or ?), closing marks, and the capital that opens the next sentence
SENTENCE_END = re.compile(r"[.!?][\"'”’)`]*\s+[\"“‘'(`]*[A-Z]")
_IN_RELATIVE = re.compile(r"(?:\b(?:that|which|since|whose)|(?<![,\s])\s+who)\s+(?!(?:is|was|were|are)\b)[^,.;:!?\"“”]{3,60}\b(?:in|on)\s+$"
                          # (a who-clause without a comma says which person: "the student who died in June 2017")
                          # (and a landmark: "his second trip, after a visit in June 2024 during which ...")
                          r"|\b(?:after|before|following)\s+(?:a|an|the|his|her|its|their)\s+[^,.;:!?\"“”]{1,40}\b(?:in|on)\s+$")


# The start of a range of years told just before its end: "1950-" of "the 1950-53 Korean War"
_RANGE_START_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–]\s*$")
# A date some outcome was hoped or looked for by: "expected diplomacy by spring", "aims to finish by the end of 2026"
_HOPED_BY = re.compile(r"\b(?:expect(?:s|ed)?|hop(?:e|es|ed)|want(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|intend(?:s|ed)?|"
                       r"predict(?:s|ed)?|forecast|promis(?:e|es|ed)|vow(?:s|ed)?|pledg(?:e|es|ed))\b[^.;:!?]{0,60}?\bby\s+"
                       r"(?:the\s+)?$", re.IGNORECASE)
_NOT_THIS_DATE = re.compile(rf",\s*(?:and\s+|but\s+)?{NOT_THEN_RE}\s+(?:the\s+)?$")
# A figure's baseline: "compared with the same period of 2024", "than in 2023", "up from the same month of 2024"
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.|(?:up|down)\s+from)\s+"
                            r"(?:(?:in|during)\s+)?"
                            r"(?:the\s+same\s+(?:period|time|month|quarter|week|day|season)\s+(?:of|in)\s+)?$"
                            r"|\bthe\s+same\s+(?:period|time|month|quarter|week|day|season)\s+(?:of|in)\s+$",
                            re.IGNORECASE)
_COMPARED_LAST_WORDS = ("with", "to", "than", "versus", "vs.", "from", "in", "during", "of")  # (it ends on one)
# When something last happened, seen from now: "were last held in October 2024", "last met in Hanoi in 2019"
_LAST_DONE = re.compile(r"\blast\s+(?:[a-z]+ed|held|seen|met|done|made|heard|spoken|took\s+place)\b"
                        r"(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:in|on|at)\s+(?:the\s+)?$", re.IGNORECASE)
# a report's own day: "said Monday", "reported on Tuesday"
# A recollection told at the time of writing: "Hill recalled in an interview last week", "he said in an interview
# on Monday" (not a plain "said on Monday", which moves the story to that day: "the same day" after it is Monday)
_RECALLED = re.compile(r"\b(?:(?:recalled|recalls|remembered|remembers|reminisced)(?:\s+(?:in|during)\s+an?\s+\w+)?"
                       r"|(?:said|says|told\s+\w+)\s+(?:in|during)\s+an?\s+interview)\s+(?:on\s+|in\s+)?$")
_SAID_ON = re.compile(r"\b(?:said|says|reported|reports|announced|told\s+\w+|confirmed|disclosed)\s+(?:on\s+)?$")
# The subject, then a participle set off by commas: "The team, set up in October 2024 after Russia vetoed ..., said"
_ASIDE_OPENS = re.compile(r"(?:^|[.!?\n]\s*)(?:The|A|An|Its|His|Her|Their)?\s*[A-Z][\w'’.-]*(?:\s+[\w'’-]+){0,7},\s+"
                          r"(?:[a-z]+ed|set|built|made|held|founded|formed|run|led|signed|begun|drawn|known)\s[^,.;:!?]*$")
_ASIDE_PARTICIPLES = frozenset("set built made held founded formed run led signed begun drawn known".split())
_ASIDE_CLOSES = re.compile(r"[^,.;:!?]{0,80},\s+(?:said|says|has|have|had|is|was|were|are|will|would|[a-z]+ed)\b")


def _in_participle_aside(text: str, start: int, end: int) -> bool:
    """Whether the date stands in a participle aside between a subject and its verb that writes its own year:
    background, no scene (but "The toughest came in 2017. Resolution 2371, adopted on Aug. 5, banned ..." goes on
    with the story's year)."""
    # (cheap test first: the aside's comma is the window's last, and the word after it the participle)
    comma = text.rfind(",", max(0, start - 160), start)
    after = text[comma + 1:start].split(None, 1) if comma >= 0 else ()
    if not after or not (after[0].endswith("ed") or after[0] in _ASIDE_PARTICIPLES):
        return False
    opens = _ASIDE_OPENS.search(text, max(0, start - 160), start)
    return (opens is not None and _ASIDE_CLOSES.match(text, end) is not None
            and re.search(r"\b(?:1[89]|20)\d\d\b", text[opens.start():end]) is not None)


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the date at start..end stands before a noun after an article ("the 2005 accord")."""
    if not _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 8), start):
        return False
    nxt = re.match(r"[\s-]*([a-z][a-z-]*|[A-Z][a-z]+(?=\s+[A-Z][a-z]))", text[end:end + 30])
    # (a name too: "the 2018 Winter Olympics")
    # (a capitalised word before another is a name, whatever it ends in: "the 1994 Agreed Framework")
    return bool(nxt) and nxt.group(1) not in _NOT_A_NOUN and (nxt.group(1)[0].isupper() or not looks_like_verb(nxt.group(1)))


_STRONG_FUTURE = frozenset("will 'll shall".split())
_HEADLINE_VERBS = frozenset("meet visit hold sign travel resume attend host open launch unveil hold vote face start begin".split())
# Verbs of intention in the past tense: future for a date after them ("agreed to meet on Monday"), past for one
# before them ("on Thursday agreed to upgrade ties").
_PAST_INTENT = frozenset("agreed decided promised pledged vowed planned intended aimed hoped sought wanted".split())
_PLAN_TO = frozenset("scheduled expected due set slated going planning plans plan intends".split())


def _past_verb_after(tokens: list, k: int) -> bool:
    """Whether a past verb follows token k in its sentence: "Lee's offer in August to resume family reunions went
    unanswered" is no headline's "to resume"."""
    for t in tokens[k:k + 20]:
        if t[2] in _REPORTING_STOP:
            return False
        if t[2] in PAST and t[2] not in BARE_AS_PAST and t[2] not in ("last", "ago", "earlier", "former", "previously"):
            return True
    return False


def _no_verb_before(tokens: list, k: int) -> bool:
    """Whether nothing like a finite verb stands between the start of the sentence and token k."""
    for t in reversed(tokens[max(0, k - 15):k]):
        w = t[2]
        if w in _REPORTING_STOP:
            return True
        if looks_like_verb(w) or w in PRESENT or w in FUTURE or w in _FUTURE_WITH_TO or w in ("has", "have", "had"):
            return False
    return k <= 15


def _ends_sentence(text: str, dot: int, before: str) -> bool:
    """Whether the period at ``dot`` ends a sentence: not after an abbreviation or an initial, and not
    when the text goes on in lower case or with a comma."""
    if before in ("a.m", "p.m") and clock_ends_sentence(text, dot):
        return True  # "at 8:10 a.m. The missile flew ..."
    if abbreviated(before, text[dot + 1:dot + 4]) or (len(before) == 1 and before.isalpha()):
        return False
    nxt = text[dot + 1:dot + 3].lstrip()[:1]
    return not nxt or not (nxt.islower() or nxt in ",;:")


def _unreal_condition(tokens: list, k: int) -> bool:
    """Whether the past verb at ``k`` follows "if" after a "would" clause: "money would be restored if talks resumed at
    the turn of the year" is a condition still to be met, not a past happening."""
    words = [t[2] for t in tokens[max(0, k - 16):k]]
    if "if" not in words[-4:] or any(w in (".", ";") for w in words[words.index("if") if "if" in words else 0:]):
        return False
    before = words[:len(words) - 1 - words[::-1].index("if")]
    return "would" in before and "." not in before[before.index("would"):]


# Verbs whose object, a doing named by its gerund, lies ahead: "proposed holding talks on Monday"
_PROPOSING = frozenset("propose proposes proposed proposing suggest suggests suggested suggesting offer offers offered "
                       "offering recommend recommends recommended urge urges urged consider considers considered "
                       "considering".split())


# words that cannot be the noun an adjective in "-ed" goes with ("a wait for released by ..." is no phrase)
_NOT_A_NOUN_AFTER = frozenset("by in on at to from as and or than that which who after before during until".split())


def _marker(word: str, tokens: list, k: int) -> str:
    nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    if word in ("provided", "providing") and nxt == "that":
        return "future"  # "provided that the vaccines clear quarantine by the end of May": a condition still to be met
    if word in ("have", "has") and nxt == "to":
        return "future"  # "would have to take place in December", "has to be signed by March": an obligation ahead
    if word in BARE_AS_PAST and k and tokens[k - 1][2] == "to":
        return ""  # "is expected to set the vote for May 9": an infinitive, no past
    if word.endswith(("'ll", "’ll")):
        return "future"  # "He'll be back by Monday morning": "will", run into its subject
    if word.endswith("ed") and _unreal_condition(tokens, k):
        return "future"
    if word == "may" and (nxt.isdigit() or (k and tokens[k - 1][2].isdigit())):
        return ""  # "on 29 May 2025", "May 8": the month, not the modal
    prv = tokens[k - 1][2] if k else ""
    if word == "may" and (prv in ("in", "early", "late", "mid", "since", "until", "through", "last", "next", "of", "from")
                          or (prv in (",", "and", "or") and nxt in (",", ".", "and", "or", ";", ""))):
        return ""  # "in April 2018, in May, in July": the month in a list, not the modal
    if word == "ahead" and nxt == "of":
        return "future"  # "ahead of the weekend"
    if word == "expected" and nxt in ("in", "on", "by", "at", "around", "early", "late", "next", "later", "soon",
                                      "within", "before", "after"):
        return "future"  # "the party plenum, expected in late December": what is expected lies ahead
    if word.endswith("ing") and prv in _PROPOSING and not (k + 1 < len(tokens) and tokens[k + 1][0] == tokens[k][1] + 1
                                                              and tokens[k + 1][2] in _COMPOUND_ENDS):
        # "has proposed resuming them around Chuseok": what is proposed lies ahead of the proposing (but "proposed
        # working-level talks" on Saturday: a kind of talks, the proposing was then)
        return "future"
    if word in ("follow", "follows", "following", "followed") and nxt in _DETERMINERS | {"similar", "earlier", "last",
                                                                                      "previous", "two", "three"}:
        return "past"  # "follow similar actions in January and May": what is followed lies behind
    if word == "follows" and nxt in ("in", "on", "at", "next", "later", "soon", "by"):
        return "future"  # "The annual drill follows in August": next on a schedule (not "follows talks in March")
    if word == "effective" and nxt in ("immediately", "today", "now"):
        return ""  # "effective immediately": no date ahead
    if word in ("maybe", "perhaps") and k + 1 < len(tokens) and nxt in ("in", "on", "by", "next", "this", "early", "late"):
        return "future"  # "Maybe in the spring": a possibility still to come
    if word == "to" and prv == "whether":
        return "future"  # "are weighing whether to postpone the spring drills": what is weighed lies ahead
    if word == "used" and nxt in ("on", "in", "at", "during", "last", "this", "earlier", "yesterday"):
        return "past"  # "The match ball used on Tuesday will be auctioned": it was used then (the tense of "used"
        # is left to this, as "used to" and "the site used for launches" are no past of their own)
    if word in ("likely", "unlikely") and nxt in ("before", "until", "by", "to", "in", "on"):
        return "future"  # "a decision was unlikely before the second quarter": what may come, still ahead
    if word in ("preparing", "planning") and nxt in ("for", "to") and any(
            t[2] in ("is", "are", "am", "'re", "’re") for t in tokens[max(0, k - 2):k]):
        return "future"  # "Tokyo is also preparing for a possible summit by the end of June": what is readied, ahead
    if word in ("aim", "aims", "aiming", "targeting", "eyeing", "looking") and nxt in ("at", "for", "to"):
        return "future"  # "we are looking at the spring", "aiming for a deal in March": a date still to come
    if word in ("take", "takes") and nxt in ("effect", "office", "power") and (tokens[k - 1][2] if k else "") not in (
            "to", "will"):
        return "future"  # "the ban takes effect Sunday", "before he takes office on Jan. 20": an arrangement ahead
    if word == "to" and nxt in _HEADLINE_VERBS and _no_verb_before(tokens, k) and prv not in _NOUNS_BEFORE_TO \
            and not _past_verb_after(tokens, k + 2):
        # a headline's infinitive: "Trump and Kim to meet in May" (not a noun's: "North Korea's attempt to launch
        # a satellite failed")
        return "future"
    if word == "expected" and (tokens[k - 1][2] if k else "") in ("is", "are"):
        return "future"  # "the summit is expected on Monday"
    if word in ("expect", "expects", "anticipate", "anticipates", "foresee", "foresees") and nxt not in ("to", "that"):
        return "future"  # "officials expect talks in the spring": what is expected lies ahead
    if (word in ("expected", "anticipated", "predicted", "foresaw") and nxt in _DETERMINERS
            and (tokens[k - 1][2] if k else "") not in ("was", "were", "is", "are", "be", "been", "had", "the", "an", "a")):
        return "future"  # "he expected a new round of talks in early December": what was expected lies ahead
    if word == "next" and nxt == "to":
        return ""  # "next to the embassy": a place
    if word in ("pencilled", "penciled") and nxt == "in" and (tokens[k - 1][2] if k else "") in ("is", "are", "been"):
        return "future"  # "a meeting is pencilled in for March": an arrangement ahead
    if word in _PLAN_PARTICIPLES and nxt == "for" and k > 0 and tokens[k - 1][2] in ("was", "were"):
        return "past"  # "the visit was scheduled for 10 March but was cancelled": a plan told in the past
    if word in _PLAN_PARTICIPLES and nxt == "for" and k > 0 and (tokens[k - 1][2].isalpha()
                                                                                 or tokens[k - 1][2] == ",") \
            and tokens[k - 1][2] not in ("is", "are", "be", "been", "'s", "now", "still", "also") \
            and "had" not in {t[2] for t in tokens[max(0, k - 3):k]}:
        # "a meeting planned for October never took place", "the vote, originally scheduled for the first week of
        # October, was postponed": the date of a plan, which the tense around it does not move; the nearest such
        # date is meant
        return "neutral"
    if word == "set" and nxt == "for" and not {t[2] for t in tokens[max(0, k - 3):k]} & _LOOKING_BACK:
        return "future"  # "a summit is set for April" (but "had originally been set for Oct. 3" looks back)
    if word in _INTENDED and {t[2] for t in tokens[max(0, k - 3):k]} & _LOOKING_BACK:
        return "past"  # "had been due to expire Friday", "as previously planned Saturday night"
    if word == "out" and k > 1 and tokens[k - 1][2] == "rule" and tokens[k - 2][2] in ("not", "n't", "never"):
        return "future"  # "did not rule out visiting the DMZ on Thursday": a possibility ahead
    if word in _INTENDED and k > 0 and tokens[k - 1][2] in ("was", "were"):
        return "neutral"  # "were due to meet on Friday, but the talks were called off": a plan told in the past
    if word in ("was", "were") and nxt == "to":
        return "neutral"  # "were to meet in Geneva on Nov. 13": a plan told in the past, the nearest such day
    prev = tokens[k - 1][2] if k else ""
    if word == "plan" and nxt == "to" and {t[2] for t in tokens[max(0, k - 3):k]} & _DETERMINERS and not (
            len(prev) > 4 and prev.endswith("s") and not prev.endswith(("'s", "ss", "ous"))):
        # "proposed a three-stage plan to end hostilities": a noun, the plan's aim is no date's tense (but "The
        # allies plan to hold the spring drills": a plural subject's verb)
        return ""
    if word in _NOT_PAST_ED and word.endswith("ed") and prev in _SUBJECT_PRONOUNS:
        return "past"  # "he proposed", "they planned": a verb, told in the past
    if nxt == "to" and word in _FUTURE_WITH_TO and word.endswith("ed") and "had" in {t[2] for t in tokens[max(0, k - 3):k]}:
        return "neutral"  # "Officials had hoped to resume the talks on Oct. 7": a hope told looking back, the nearest
    if nxt == "to" and word in _FUTURE_WITH_TO:
        return "future"  # "is to resume", "set to meet", "plans to visit"
    if word in _AS_TOLD and k > 0 and tokens[k - 1][2] == "as":
        # "went ahead as planned on Monday", "if the U.S. convenes the council on Monday as reported": says nothing of
        # when
        return ""
    if word in _MOVED and nxt == "from" and k > 1 and tokens[k - 1][2] == "been" and tokens[k - 2][2] in (
            "has", "have"):
        return "future"  # "has been postponed from Tuesday to Thursday": neither day has come yet
    if word in _MOVED and nxt in ("to", "until", "till", "back"):
        return "future"  # "postponed to March", "pushed back to next month": the new date lies ahead
    if word in ("early", "soon"):
        prv = tokens[k - 1][2] if k > 0 else ""
        return "future" if prv == "as" else ""  # "as early as Tuesday"
    if word in FUTURE:
        if nxt == "have" and word in _MODALS and (tokens[k + 2][2] if k + 2 < len(tokens) else "") != "to":
            return "past"  # "could have emerged", "would have been" (but "will have to suspend" is ahead)
        if word == "would" or word == "next" or word == "coming":
            return "future"
        if word in ("going",):
            nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
            return "future" if nxt == "to" else ""
        return "future"
    if word in PRESENT:
        if word in ("is", "are") and (nxt in _INTENDED or nxt in ("to", "going")):
            return "future"  # "the meeting on Monday is expected to focus on tariffs"
        if word in ("is", "are") and nxt in _ARRANGED_ING:
            return "future"  # "is flying to Beijing on Thursday": an arrangement, told in the present progressive
        if {t[2] for t in tokens[max(0, k - 3):k]} & {"if", "unless"}:
            return "future"  # "If there is no movement by the winter, he'll leave": a condition still to be met
        return "present"
    if word == "marks" and nxt in ("his", "her", "its", "their", "the") and any(
            t[2] in ("birthday", "anniversary") for t in tokens[k + 2:k + 6]):
        # "who marks his 70th birthday on Wednesday": an occasion ahead (not "1.84 marks", nor "marks the date as",
        # nor a purpose, "staged a parade on Wednesday to mark the anniversary")
        return "future"
    if word in SCHEDULED_PRESENT:
        prv = tokens[k - 1][2] if k > 0 else ""
        if prv in _DETERMINERS or prv in _ATTRIBUTIVE or prv.endswith("'s") or prv in ("not", "n't", "never", "did", "didn"):
            return ""  # not "the meet", not "agreed to meet", not "Lee's visit", not "in open defiance", not "a week-long visit"
        if _DATE_WORD.fullmatch(prv):
            j = k - 1
            while j > max(0, k - 8) and _DATE_WORD.fullmatch(tokens[j - 1][2]):
                j -= 1
            if j > 0 and (tokens[j - 1][2] in _DETERMINERS or tokens[j - 1][2].endswith("'s")):
                # "Pompeo's July visit", "their 2019 summit", "Trump's Oct. 29-30 visit": a date naming the noun
                return ""
        return "future"
    if word in PAST or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED):
        prev1 = tokens[k - 1][2] if k > 0 else ""
        prev2 = tokens[k - 2][2] if k > 1 else ""
        if prev1 in _DETERMINERS or (prev2 in _DETERMINERS and (prev1.endswith("ly") or prev1 in (
                "still", "first", "second", "third", "last", "final", "new", "only"))):
            return ""  # "a still unspecified date", "the revised plan": an adjective, not a verb
        if prev1 in ("for", "of", "with", "among", "about", "in", "at", "behind", "under", "into", "on") and (
                nxt.isalpha() and nxt not in _NOT_A_NOUN_AFTER):
            return ""  # "a ceremony for separated families", "brief us in closed session": an adjective too
        if prev1 in _BEFORE_AN_ADJECTIVE and nxt.isalpha() and nxt not in _NOT_A_NOUN_AFTER:
            return ""  # "will hold further combined exercises on Wednesday": an adjective, the verb is "will hold"
        if (prev2 in _MODALS or prev2 == "to") and prev1.isalpha() and prev1 not in (
                "be", "have", "get", "not", "never", "also", "then", "just", "already") and nxt.isalpha() and nxt not in _NOT_A_NOUN_AFTER:
            return ""  # "will stage combined air drills on Wednesday": the verb is "will stage", its object's adjective
        # a participle after a modal is not past: "will be paid", "would be held", "to be signed"
        before = {t[2] for t in tokens[max(0, k - 3):k]}
        if before & {"will", "would", "shall", "'ll", "to", "must", "should", "may", "might"} and (
                before & {"be", "stay", "remain", "become", "get"}):
            return "future"  # (and "must be approved by Dec. 31": a deadline ahead; "will stay shut until Thursday")
        if "could" in before and "be" in before and word in _ARRANGED_THINGS:
            # "a meeting which the White House said could be held in May or June": an arrangement still ahead (but
            # "could be located on Wednesday", "could be seen" tell what was possible then)
            return "future"
        if prev1 in ("will", "would") and (word in BARE_AS_PAST or word == "last"):
            # "will set off early Monday", "would last into the new year": the verb after "will", whose tense it
            # carries
            return "future"
        if prev1 in ("should", "must", "could", "can", "may", "might", "shall") and (word in BARE_AS_PAST or word == "last"):
            # "should set a deadline of the end of the year", "a stance that could last through the July election": a
            # bare verb after a modal, no past
            return ""
        if prev1 in ("getting", "being"):
            return ""  # "is going to start getting beat up in the spring": a passive's participle; its verb tells
        if prev1 in ("is", "are"):
            # "when the case is heard in May": a present passive says nothing of the past; a thing that "is
            # published on Tuesday" comes out then, a day still to come
            return "future" if word in _COMES_OUT else ""
        return "past"
    if word in ("should", "must") and nxt not in ("have", "not", "n't", "'ve", "") and (
            k + 2 >= len(tokens) or (tokens[k + 2][2] != "have" and not (
                nxt == "be" and (tokens[k + 2][2] in MONTHS or tokens[k + 2][2] in _WEEKDAY_WORDS
                                 or tokens[k + 2][2].isdigit())))):
        # "He should be back by Tuesday", "must be returned by Jan. 14": what is owed lies ahead (but "the summit
        # itself should be Feb. 27-28" corrects a date, of no tense)
        return "future"
    if word == "have" and k and tokens[k - 1][2] in ("will", "'ll", "’ll", "shall"):
        return "future"  # "families will have nothing to fall back on until the main harvest in October"
    if word in ("has", "have"):
        # (but what one has, now: "has little reason to talk before the midterm elections on Nov. 3", "relief workers
        # have only weeks to rebuild shelters before November", "has two options")
        held = nxt
        if nxt in ("only", "just", "still") and k + 2 < len(tokens):
            held = tokens[k + 2][2]
        return "present" if held in _HELD_NOW or held in _HELD_COUNTS or held.isdigit() or (
            held in _DETERMINERS and held != "been") else "past"
    if (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and k > 0
            and tokens[k - 1][2] == "," and nxt in _DETERMINERS):
        return "present"  # "Ishiba, who took office last October, faces an election in July": the verb after the aside
    return ""


# Simple pasts that are no participles: after a comma they open a clause of their own, not an aside
_PAST_NOT_PARTICIPLE = frozenset("began went came flew saw took gave wrote rose fell broke spoke drove ran grew knew "
                                 "drew chose froze rode shook threw".split())
# What "could be" done as an arrangement ahead: "could be held in May", "could be signed next month"
_ARRANGED_THINGS = frozenset("held signed reached completed finished opened launched released announced agreed "
                             "approved resumed scheduled delivered restored concluded convened".split())
# A present progressive of these tells an arrangement ahead: "is flying to Beijing on Thursday", "are meeting Friday"
_ARRANGED_ING = frozenset("flying travelling traveling meeting visiting hosting heading leaving departing arriving "
                          "returning convening".split())
# Words before a participle that make it an adjective on the noun after it ("further combined exercises", "two
# planned launches", "more detailed talks")
_BEFORE_AN_ADJECTIVE = frozenset("further more fresh additional several many other two three four five joint".split())


def looks_like_verb(word: str) -> bool:
    """A cheap guess, without a tagger, that a word is a finite verb ("ended", "met", "began")."""
    w = word.lower()
    if w in _PAST_NOT_VERBS:
        return False  # "the last sanctions resolution": a past marker, not a verb
    return w in PAST or w in _PARTICIPLES or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED)


# Irregular past participles, the verb of a perfect ("has written itself a new constitution"); not "given" or
# "known", which are as often a preposition or an adjective
_PARTICIPLES = (IRREGULAR_PARTICIPLES - {"given", "known"}) | {"gone", "been"}


# Words that tell a past without being verbs
_PAST_NOT_VERBS = frozenset("ago last earlier former previously".split())

