"""The seed timeline as a careful editor reads it: what `python manage.py load_demo` loads (seeds/*.txt,
seeds/briefs/*.md), read whole, and the events an editor wants from each document.

Each document is read at import by the loader itself (timeline.loading.read_document_file: its front matter
gives the published date and language) and extracted as the app does.  Other events are allowed (only=False):
the expectations name the happenings that matter and the sentences that came out worst in an audit of the
seed timeline.  Facts follow the seeds themselves (they follow the public record).

One test per expectation (test_seedcheck.py):

- E: one event an editor wants.  ``at`` is a phrase of the text (unique in it) that holds the date phrase the
  event is dated by; the event is the extracted one whose date span overlaps it and whose dates are ``when``
  (checks.date_range notation, or a tuple of acceptable ones).  modality, actors, cat (PLOVER category, "" for
  none, a tuple for alternatives), not_actors, title and title_not are then judged on it.  ``title``: words the
  title must contain (any case); "a|b" accepts either; a tuple needs all of its entries.  ``title_not``: what the
  title must not contain; "^x" must not open it, "=x" must not be the whole title.  opt=True: no event there is
  fine, but one there must be right (a wrong date included).
- No: no event may be dated by a date phrase inside ``at`` (with ``when``: none with those dates).
- Seed(..., junk=...): no title in the document may contain (or, with "^", open with) each entry; one test per
  entry.  And one test per document that no title opens with a pronoun, a demonstrative or a dangling word
  (OPENERS).

Judgements a reader may not share, stated once:

- A title says who did what, for the dated happening: it starts with a real subject (not "It", "He", "That",
  "Those", a participle such as "Held," or "Made,", or a clause hanging off "When", "As", "Since"), has no hole
  where a date was cut out ("The contrast with is striking", "The treaty signed, binds"), and is not the main
  clause of a sentence whose dated happening sits in a subordinate one ("The remarks come a month after North
  Korea tested ...", "It is a far cry from October 2000, when ..."): for that date the title is the happening.
  A fronted phrase before a real subject is fine ("Under the Leap Day agreement, North Korea agreed ...").
- A title of at most 80 characters must still say what happened: "Working-level nuclear talks between US and
  North Korean negotiators in…" has lost "broke down".
- A name with a year ("the Agreed Framework of 1994") dates the agreement, not what the sentence says befell it
  later ("unravelled", "collapse"); a framing sentence ("The contrast with the autumn of 2000 is striking",
  "Progress continued into last year") and a restatement ("Late last year, on 29 November": one event, the
  day) give no event of their own.
- "the two countries" are the United States and North Korea; "It" in "It was one of the six parties" is the
  country the paragraph is about; "he" is the person named before.
- Categories are the project's PLOVER types (timeline/extraction/events.py), as in who.py: nuclear and missile
  tests MOBILIZE, signing and agreeing AGREE, meetings, visits and talks CONSULT, taking North Korea off the
  terrorism list CONCEDE, quitting talks, withdrawing from the NPT and talks that broke down REJECT, "axis of
  evil" ACCUSE, warnings THREATEN; a death or a succession has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from timeline.loading import read_document_file

from .checks import Doc, Ev, alts, date_range, phrase_span, run, slug

ROOT = Path(__file__).resolve().parents[4]
SEEDS = ROOT / "seeds"

A, P = "asserted", "planned"
US, NK, SK = "United States", "North Korea", "South Korea"
KJU, KJI, TRUMP, MOON = "Kim Jong Un", "Kim Jong Il", "Donald Trump", "Moon Jae-in"
CLINTON, JO, ALBRIGHT, BUSH = "Bill Clinton", "Jo Myong-rok", "Madeleine Albright", "George W. Bush"
SIX, UNSC, PUTIN, LEE = "Six-Party Talks", "UN Security Council", "Vladimir Putin", "Lee Jae-myung"

# Openings no title may have, in any document: a pronoun or demonstrative subject, or a dangling word.
OPENERS = ("^It ", "^He ", "^His ", "^They ", "^Its ", "^That ", "^Those ", "^When ", "^Since ", "^As ",
           "^Held", "^Made,", "^Ended ", "^Deal ")


@dataclass(frozen=True)
class E(Ev):
    """An Ev (when, modality, actors, title, opt, note) found by the date phrase inside ``at``, with its category,
    the actors it must not have and what its title must not hold (see the module docstring)."""

    at: str = ""
    cat: object = None
    not_actors: tuple = ()
    title_not: tuple = ()


@dataclass(frozen=True)
class No:
    """No event dated by a date phrase inside ``at`` (with ``when``: none with those dates)."""

    at: str
    when: str | None = None
    why: str = ""


@dataclass(frozen=True)
class Seed(Doc):
    """A seed document as the loader reads it, with its expectations (Doc fields) and its No items."""

    file: str = ""
    no: tuple = ()


def seed(file, ev, no=(), junk=()):
    doc = read_document_file(SEEDS / file)
    return Seed(id=Path(file).name[:3], text=doc.text, pub=doc.published.isoformat(), ev=tuple(ev), only=False,
                title_not=tuple(junk), file=file, no=tuple(no))


DOCS = [
    seed("000_f6a6d55192aa3da0.txt", [
        E("2025-09-21", A, (KJU, NK, US), at="Kim Jong Un announced Sunday", cat=("CONSULT", "REQUEST"),
          title="Kim Jong Un announced"),
        E("2018", A, (KJU, TRUMP), at="Trump in 2018", cat="CONSULT", title="Trump",
          note="Kim's meetings with Trump, not 'Kim also invoked ... good memories'"),
        E("2019", A, (KJU, TRUMP), at="and 2019", cat="CONSULT", title="Trump"),
        E("2024", A, (NK, "Russia"), at="the 2024 mutual defense treaty", cat="AGREE", not_actors=(US,),
          title="treaty", title_not=("^Kim pointing",), note="'against U.S. pressure' is the next sentence"),
        E("2025", A, (NK,), at="multiple missile tests in 2025", cat="MOBILIZE", title="missile tests",
          title_not=("^The speech comes",)),
        E("2025-07", A, (LEE,), at="Since assuming office in July", title="Lee"),
    ], no=[
        No("conditions in 2025 are markedly different", why="a state of affairs, not a happening"),
    ], junk=("Kim pointing",)),

    seed("briefs/001-agreed-framework-geneva.md", [
        E("1994-10-21", A, (US, NK), at="in Geneva on Friday", cat="AGREE", title="signed an agreement"),
        E("1994-10-21", A, (US, NK), at="signed on 21 October 1994", cat="AGREE", title="signed",
          title_not=("signed puts",)),
    ], junk=("signed puts",)),

    seed("briefs/002-jo-myong-rok-white-house-communique.md", [
        E("2000-10-12", A, (JO, CLINTON), at="White House on Thursday", cat="CONSULT",
          title="met President Bill Clinton"),
        E("2000-10-12", A, (US, NK), at="issued on 12 October 2000", cat="AGREE", title="communique",
          title_not=("issued, comes",)),
        E("1994", A, (US, NK), at="in Geneva in 1994", cat="AGREE", title="Agreed Framework",
          title_not=("^Framework",), note="'the two countries' are the US and North Korea"),
    ], junk=("issued, comes", "^Framework the")),

    seed("briefs/003-albright-visits-pyongyang.md", [
        E("2000-10-23/2000-10-24", A, (ALBRIGHT, KJI), at="on Monday and Tuesday", cat="CONSULT",
          title="Albright visited Pyongyang", note="one two-day visit, not two events"),
        E("2000-10-23/2000-10-24", A, (ALBRIGHT,), at="ran from 23 to 24 October", cat="CONSULT", title="Albright",
          title_not=("ran, put",)),
        E("2000-10-12", A, (JO, CLINTON), at="On 12 October, Vice Marshal", cat="CONSULT",
          title="met President Bill Clinton"),
        E("1994-10-21", A, (NK,), at="in Geneva on 21 October 1994", cat="AGREE", title="signed in Geneva",
          title_not=("^Behind both meetings",)),
    ], junk=("ran, put",)),

    seed("briefs/004-bush-axis-of-evil.md", [
        E("2002-01-29", A, (BUSH, NK), at="in Washington on Tuesday", cat="ACCUSE", title="axis of evil"),
        E("2000-10", A, (JO, CLINTON), at="In October 2000, Vice Marshal", cat="CONSULT",
          title="met President Bill Clinton"),
        E("2000-10-23/2000-10-24", A, (ALBRIGHT, KJI), at="from 23 to 24 October 2000", cat="CONSULT",
          title="Albright visited Pyongyang"),
        E("1994", A, (US, NK), at="In 1994 they signed", cat="AGREE", title="Agreed Framework",
          note="'they' are the two countries of the sentence before"),
    ], no=[
        No("the autumn of 2000 is striking", why="a framing sentence"),
        No("Later that month", "2000-10", why="'Later that month, from 23 to 24 October 2000' is one event, the days"),
        No("little more than a year earlier", why="the October 2000 communique, dated already; gives a 2001 event"),
    ], junk=("The contrast with",)),

    seed("briefs/005-kelly-uranium-enrichment.md", [
        E("2002-10", A, ("James Kelly", NK), at="James Kelly early last month", cat="CONSULT", title="Kelly",
          title_not=("^The United States following",)),
        E("2002-10", A, ("James Kelly",), at="at the start of October 2002", cat="CONSULT", title="Kelly travelled"),
        E("1994-10-21", A, (US, NK), at="signed in Geneva on 21 October 1994", cat="AGREE", title="signed"),
        E("2002-01-29", A, (BUSH, NK), at="address on 29 January", cat="ACCUSE", title="axis of evil"),
        E("2000-10", A, (JO, CLINTON), at="a far cry from October 2000", cat="CONSULT",
          title="met President Bill Clinton", title_not=("^It is a far cry",)),
    ], no=[
        No("already visible earlier this year", why="a framing sentence; the next one gives the 29 January address"),
    ], junk=("The United States following",)),

    seed("briefs/006-npt-withdrawal.md", [
        E("2003-01-10", A, (NK,), at="announced on Friday", cat="REJECT", title="withdrawing"),
        E("2002-10", A, (US, NK), at="In October last year", title="United States said"),
        E("1994", A, (NK,), at="signed in Geneva in 1994", cat="AGREE", title="framework was signed"),
        E("2002-01-29", A, (BUSH, NK), at="On 29 January 2002", cat="ACCUSE", title="axis of evil"),
        E("2000-10", A, (ALBRIGHT, KJI), at="The contrast with October 2000", cat="CONSULT",
          title="Albright met Kim Jong Il", title_not=("^The contrast",)),
    ], no=[
        No("well before the autumn", why="'The chill had set in well before the autumn' dates nothing"),
    ], junk=("The contrast with",)),

    seed("briefs/007-six-party-talks-first-round.md", [
        E("2003-08-27/2003-08-29", A, (SIX, US, NK, "China"), at="from Wednesday to Friday", cat="CONSULT",
          title="first round of the Six-Party Talks"),
        E("2003-08-27/2003-08-29", A, (NK,), at="ran from 27 to 29 August 2003", cat="CONSULT", title="meeting",
          title_not=("ran, puts",)),
        E("1994", A, (US, NK), at="as it did in Geneva in 1994", not_actors=("China", SK, "Japan", "Russia"),
          title="Geneva", title_not=("^As it did",),
          note="Washington dealt with Pyongyang alone in Geneva; the four others are at today's table"),
        E("2003-01-10", A, (NK,), at="Earlier this year, on 10 January", cat="REJECT",
          title="North Korea announced its withdrawal"),
        E("2002-10", A, (US, NK), at="the events of October last year", title="United States said",
          title_not=("^That announcement followed",)),
        E("1994-10-21", A, at="signed in Geneva on 21 October 1994", cat="AGREE", title="Agreed Framework",
          title_not=("has unravelled",), note="dates the signing, not the unravelling"),
    ], junk=("As it did", "ran, puts", "Geneva, has")),

    seed("briefs/008-six-party-joint-statement.md", [
        E("2005-09-19", A, (SIX, NK), at="in Beijing on Monday", cat="AGREE", title="joint statement"),
        E("2003-08-27/2003-08-29", A, at="held from 27 to 29 August", cat="CONSULT", title="first round of talks"),
        E("2003-01-10", A, (NK,), at="announced, on 10 January 2003", cat="REJECT", title="North Korea announced"),
        E("1994", A, (US, NK), at="in Geneva in 1994, froze", cat="AGREE", title="Agreed Framework"),
        E("2002-10", A, (US, NK), at="unravelled after October 2002", title="United States said"),
    ], no=[
        No("The road to this week's statement", why="a framing sentence; gives a REJECT event for the week"),
    ], junk=("It unravelled, when",)),

    seed("briefs/009-first-nuclear-test.md", [
        E("2006-10-09", A, (NK,), at="first nuclear test on Monday", cat="MOBILIZE",
          title="North Korea conducted its first nuclear test"),
        E("2006-10-09", A, (NK,), at="The test on 9 October 2006", cat="MOBILIZE", title="test"),
        E("2005-09-19", A, (US, NK, "China"), at="in Beijing on 19 September 2005 by", cat="AGREE",
          title="statement was issued"),
        E(("2006-10-09", "2006-10-09/2006-10-15"), A, (NK,), at="this week it tested one", opt=True,
          cat="MOBILIZE", title="North Korea", note="'it tested one' is North Korea testing a nuclear weapon"),
        E("2003-08", A, at="since August 2003, when", cat="CONSULT", title="first round of talks",
          title_not=("^The six-party process had been",)),
        E("2003-01", A, (NK,), at="Treaty in January 2003", cat="REJECT", title="North Korea announced its withdrawal"),
        E("1994", A, at="Agreed Framework of 1994", opt=True, cat="AGREE", title="Agreed Framework",
          title_not=("collapse",), note="the framework's year, not its collapse"),
        E("2002-10", A, (US, NK), at="said in October 2002", title="United States said"),
    ], junk=("It tested one", "It was set up")),

    seed("briefs/010-six-party-initial-actions.md", [
        E("2007-02-13", A, (SIX, NK), at="in Beijing on Tuesday", cat="AGREE", title="six parties"),
        E("2005-09-19", A, (SIX, NK), at="issued in Beijing on 19 September 2005", cat="AGREE", title="issued",
          title_not=("^The deal is",)),
        E("2006-10-09", A, (NK,), at="Punggye-ri on 9 October 2006", cat="MOBILIZE",
          title="North Korea conducted its first nuclear test", title_not=("^The agreement comes",)),
        E("1994", A, (NK,), at="signed in Geneva in 1994, North Korea froze", cat="AGREE", title="North Korea froze"),
        E("1994", A, (US, NK), at="In 1994 the bargain", cat="AGREE", not_actors=(SIX,), title="bargain was struck",
          note="the six parties belong to this week's clause"),
    ], junk=("=Under the Agreed Framework signed in Geneva",)),

    seed("briefs/011-yongbyon-cooling-tower.md", [
        E("2008-06-27", A, (NK,), at="Yongbyon reactor on Friday", cat="CONCEDE",
          title="North Korea demolished the cooling tower"),
        E("2007-02-13", A, (SIX,), at="in Beijing on 13 February 2007", cat="AGREE", title="six parties",
          title_not=("^The step follows",)),
        E("2005-09-19", A, (NK,), at="joint statement of 19 September 2005, in which", cat="AGREE",
          title="joint statement", title_not=("^That agreement was",)),
        E("2006-10", A, (NK,), at="tested in October 2006", cat="MOBILIZE", title="nuclear test"),
        E("1994", A, (NK,), at="In 1994, under the Agreed Framework", cat="AGREE", title="North Korea froze"),
        E("2008-06-27", A, at="Friday's demolition, on 27 June 2008", title="demolition"),
    ], junk=("demolition, gives", "=Under the Agreed Framework signed in Geneva", "The statement was tested")),

    seed("briefs/012-terrorism-list-removal.md", [
        E("2008-10-11", A, (US, NK), at="terrorism on Saturday", cat="CONCEDE", title="removed North Korea",
          note="taking a country off a blacklist eases a sanction: CONCEDE, as in 013"),
        E("2003-08", A, (SIX,), at="began in Beijing in August 2003", cat="CONSULT", title="Six-Party Talks began",
          title_not=("^The decision",)),
        E("2008-06-27", A, (NK,), at="On 27 June, North Korea", cat="CONCEDE", title="North Korea demolished"),
        E("2007-02", A, (SIX, NK), at="agreed in February 2007", cat="AGREE", title="six parties agreed"),
        E("2005-09-19", A, (NK,), at="issued in Beijing on 19 September 2005", cat="AGREE", title="joint statement",
          title_not=("^Both steps",)),
        E("2002-01", A, (BUSH, NK), at="in January of that year", cat="ACCUSE", title="axis of evil"),
        E("2008", A, at="the same year in which", opt=True, title="cooling tower", title_not=("^It comes",),
          note="'the same year' as the October 2008 decision"),
    ], no=[
        No("from the start of 2002", why="'a marked shift in tone from the start of 2002' dates nothing"),
    ], junk=("Washington, is", "The decision coming", "It comes in which")),

    seed("briefs/013-north-korea-quits-six-party-talks.md", [
        E("2009-04-14", A, (NK, SIX), at="said on Tuesday", cat="REJECT", title="quit the Six-Party Talks"),
        E("2009-04", A, (NK, UNSC), at="rocket launch earlier this month", cat=("MOBILIZE", "ACCUSE"),
          title="rocket launch", title_not=("^After",)),
        E("2009-04", A, (NK,), at="condemnation of the April launch", opt=True, cat=("MOBILIZE", "ACCUSE"),
          title="launch"),
        E("2003-08-27/2003-08-29", A, at="from 27 to 29 August 2003", cat="CONSULT", title="first round of talks",
          title_not=("^North Korea is leaving",)),
        E("2005-09-19", A, (NK,), at="issued in Beijing on 19 September 2005", cat="AGREE",
          title="North Korea committed"),
        E("2007-02", A, (SIX, NK), at="In February 2007, the six parties", cat="AGREE", title="six parties agreed",
          note="the agreement happened: asserted, though what North Korea 'was to' do was planned"),
        E("2008-10", A, (US, NK), at="and in October the United States", cat="CONCEDE", title="removed North Korea"),
        E("2006-10", A, (NK,), at="Punggye-ri in October 2006, barely", cat="MOBILIZE", title="first nuclear test"),
    ], no=[
        No("Progress continued into last year", why="a framing sentence"),
    ], junk=("^After the UN Security Council", "Progress continued into")),

    seed("briefs/014-second-nuclear-test.md", [
        E("2009-05-25", A, (NK,), at="second nuclear test on Monday", cat="MOBILIZE",
          title="North Korea conducted its second nuclear test"),
        E("2009-05-25", A, (NK,), at="The test on 25 May 2009", cat="MOBILIZE", title="test"),
        E("2009-04", A, (NK, SIX), at="announcement last month", cat="REJECT", title="quit",
          title_not=("^The test follows",)),
        E("2009-04-14", A, (NK,), at="made on 14 April", title="statement",
          note="North Korea's statement that it will quit the talks"),
        E("2009-04", A, (UNSC, NK), at="rocket launch in April", cat=("ACCUSE", "MOBILIZE"), title="rocket launch",
          title_not=("^That statement came",)),
        E("2006-10-09", A, (NK,), at="took place on 9 October 2006", cat="MOBILIZE", not_actors=(SIX,), title="test",
          note="'The first' is the first test; the six parties are in the clause on 2005"),
        E("2005-09-19", A, (SIX, NK), at="joint statement of 19 September 2005", cat="AGREE",
          title="six parties issued their joint statement"),
        E("2008-06", A, (NK,), at="In June last year", cat="CONCEDE", title="North Korea demolished"),
        E("2007-02", A, (NK,), at="agreed in Beijing in February 2007", cat="AGREE", title="initial actions"),
    ], no=[
        No("little more than a year after", why="'little more than a year after' 19 Sept 2005 is Oct 2006, dated"),
    ], junk=("^Made,", "The first little")),

    seed("briefs/015-clinton-visits-pyongyang.md", [
        E("2009-08-04", A, (CLINTON, NK), at="visited Pyongyang on Tuesday", cat="CONSULT",
          title="Bill Clinton visited Pyongyang"),
        E("2009-08-04", A, (CLINTON, KJI), at="The visit on 4 August 2009", cat="CONSULT", title="Clinton"),
        E("2000-10", A, (CLINTON, JO), at="In October 2000, while he was president", cat="CONSULT",
          title="received Vice Marshal Jo Myong-rok", note="'he' is Clinton"),
        E("2000-10", A, (ALBRIGHT, KJI), at="Later the same month", cat="CONSULT", title="Albright visited Pyongyang"),
        E("2009-04", A, (NK, SIX), at="In April, North Korea", cat="REJECT", title="quit"),
        E("2009-05-25", A, (NK,), at="On 25 May, North Korea", cat="MOBILIZE", title="second nuclear test"),
    ], junk=("He was president",)),

    seed("briefs/016-kim-jong-il-dies.md", [
        E("2011-12-17", A, (KJI,), at="died on Saturday", cat="", title="Kim Jong Il died"),
        E("2011-12-17", A, (KJI,), at="on 17 December 2011 brings", cat="", title="death of Kim Jong Il"),
        E("2000-10-23/2000-10-24", A, (ALBRIGHT, KJI), at="From 23 to 24 October 2000", cat="CONSULT",
          title="Albright visited Pyongyang"),
        E("2009-08", A, (CLINTON, KJI), at="In August 2009, former President", cat="CONSULT",
          title="Clinton travelled to Pyongyang"),
        E("2006-10", A, (NK,), at="Punggye-ri in October 2006", cat="MOBILIZE", title="nuclear tests"),
        E("2009-05", A, (NK,), at="and May 2009", cat="MOBILIZE", title="nuclear tests"),
        E("2008-06", A, (NK,), at="in June 2008 it demolished", cat="CONCEDE", title="demolished"),
    ]),

    seed("briefs/017-leap-day-agreement.md", [
        E("2012-02-29", A, (NK, US), at="announced on Wednesday", cat="AGREE", title="moratorium"),
        E("2012-02-29", A, (US,), at="reached on 29 February 2012", cat="AGREE", title="agreement|food aid",
          title_not=("^In the arrangement",)),
        E("2011-12-17", A, (KJI,), at="died on 17 December last year", cat="", title="Kim Jong Il died",
          title_not=("^The agreement comes",)),
        E("2002-10", A, (US, NK, "James Kelly"), at="In October 2002, after", title="United States said"),
        E("1994", A, at="Agreed Framework of 1994", opt=True, cat="AGREE", title_not=("unravelled",),
          note="the framework's year; it unravelled after October 2002"),
        E("2006-10", A, (NK,), at="in October 2006 and in May 2009", cat="MOBILIZE", title="nuclear tests",
          title_not=("^The test moratorium",)),
        E("2009-04", A, (NK, SIX), at="said in April 2009 that", cat="REJECT", title="quit",
          title_not=("^The Leap Day agreement comes",)),
    ], junk=("In the arrangement has", "^Under a deal")),

    seed("briefs/018-sohae-launch-food-aid-suspended.md", [
        E("2012-04-13", A, (NK,), at="failed on Friday", cat="MOBILIZE", title="satellite launch"),
        E("2012-02-29", A, (NK, US), at="reached on 29 February", cat="AGREE", title="deal",
          title_not=("^The failed launch",)),
        E("2011-12-17", A, (KJI,), at="died on 17 December last year", cat="", title=("Kim Jong Il", "died")),
        E("2009-04", A, (NK, SIX), at="In April 2009, North Korea", cat="REJECT", title="quit"),
        E("2009-05", A, (NK,), at="followed in May 2009", cat="MOBILIZE", title="nuclear test"),
        E("2012-02", A, at="the February agreement", opt=True, cat="AGREE", title_not=("suspended",),
          note="the agreement of February, not April's suspension"),
    ], no=[
        No("only six weeks earlier", why="restates 'on 29 February'"),
    ]),

    seed("briefs/019-third-nuclear-test.md", [
        E("2013-02-12", A, (NK,), at="third nuclear test on Tuesday", cat="MOBILIZE",
          title="North Korea conducted its third nuclear test"),
        E("2013-02-12", A, (KJU,), at="The test on 12 February 2013", cat="MOBILIZE", title="test"),
        E("2011-12", A, (KJI,), at="died in December 2011", cat="", title="Kim Jong Il died"),
        E("2012-02-29", A, (NK, US), at="Leap Day agreement of 29 February 2012", cat="AGREE",
          title="North Korea agreed", title_not=("^It comes",)),
        E("2009-04", A, (NK, SIX), at="said, in April 2009", cat="REJECT", title="North Korea said"),
        E("2012", A, (NK,), at="accepted last year", cat=("CONCEDE", "AGREE"), title="accepted",
          title_not=("plainly over",), note="for 2012 the title is the acceptance, not that it is over"),
    ], junk=("The first under Kim Jong Un succeeded",)),

    seed("briefs/020-fourth-nuclear-test.md", [
        E("2016-01-06", A, (NK,), at="fourth nuclear test on Wednesday", cat="MOBILIZE",
          title="North Korea conducted its fourth nuclear test"),
        E("2013-02-12", A, (NK,), at="same site on 12 February 2013", cat="MOBILIZE", title="third"),
        E("2011-12", A, (KJI, KJU), at="died in December 2011", cat="", title="Kim Jong Un succeeded"),
        E("2012-04", A, (NK, US), at="failed in April 2012", cat=("MOBILIZE", "SANCTION"), title="launch",
          title_not=("^After",)),
        E("2003", A, (SIX,), at="began in Beijing in 2003", cat="CONSULT", title="Six-Party Talks"),
        E("2009-04", A, (NK,), at="said in April 2009 that it would quit them", cat="REJECT", title="quit"),
        E("2005", A, (NK,), at="joint statement of 2005", cat="AGREE", title="commitment|committed",
          title_not=("^The test returns",)),
    ], junk=("^After North Korea's attempted",)),

    seed("briefs/021-fifth-nuclear-test.md", [
        E("2016-09-09", A, (NK,), at="fifth nuclear test on Friday", cat="MOBILIZE",
          title="North Korea conducted its fifth nuclear test"),
        E("2016-09-09", A, (NK,), at="The test on 9 September 2016", cat="MOBILIZE", title="test",
          title_not=("=The test is the second",), note="'is the second this year' lost 'this year'"),
        E("2016-01-06", A, (NK,), at="in January, on 6 January", cat="MOBILIZE", title="fourth nuclear test"),
        E("2006-10", A, (NK,), at="the first in October 2006", cat="MOBILIZE", title="test"),
        E("2013-02", A, (NK,), at="the third in February 2013", cat="MOBILIZE", title="test"),
        E("2011-12", A, (KJI,), at="died in December 2011", cat="", title="Kim Jong Il died", title_not=("^After",)),
        E("2012-04", A, (NK, US), at="unravelled in April 2012", title="deal unravelled"),
        E("2016-09-09", A, at="Friday's test at Punggye-ri", cat="MOBILIZE", title="thing of the past"),
        E("2005", A, at="the 2005 joint statement", opt=True, cat="AGREE", title="joint statement"),
    ], no=[
        No("same site in January", "2016-01", why="'in January, on 6 January' is one event, the day"),
        No("Before this year", why="gives a 2016 event for tests of 2006-2013"),
    ], junk=("^The first, the second", "^The second and the third", "^After Kim Jong Il died")),

    seed("briefs/022-hwasong-14-icbm-test.md", [
        E("2017-07-04", A, (NK,), at="the Hwasong-14, on Tuesday", cat="MOBILIZE",
          title="North Korea tested its first intercontinental ballistic missile"),
        E("2016-09", A, (NK,), at="carried out in September last year", cat="MOBILIZE", title="fifth|nuclear test"),
        E("2012-02-29", A, (NK,), at="Leap Day agreement of 29 February 2012", cat="AGREE", title="North Korea agreed",
          title_not=("^The test comes",)),
        E("2012-04", A, (US, NK), at="fell apart in April 2012", cat=("SANCTION", "REJECT"),
          title="suspended the aid|fell apart"),
        E("2011-12", A, (KJU, KJI), at="succeeded Kim Jong Il in December 2011", cat="",
          title="Kim Jong Un succeeded Kim Jong Il", title_not=("^Under",)),
        E("2013-02", A, (NK,), at="in February 2013, in January 2016", cat="MOBILIZE", title="nuclear test"),
    ], junk=("Until now the focus", "apart, when", "^Under Kim Jong Un succeeded")),

    seed("briefs/023-trump-fire-and-fury.md", [
        E("2017-08-08", A, (TRUMP, NK), at="warned on Tuesday", cat="THREATEN", title="fire and fury|warned"),
        E("2017-07-04", A, (NK,), at="the Hwasong-14, on 4 July", cat="MOBILIZE", title="North Korea tested",
          title_not=("^The remarks come",)),
        E("2016-09", A, (NK,), at="the latest of them in September last year", cat="MOBILIZE", title="nuclear test"),
        E("2000-10", A, (JO, CLINTON), at="In October 2000, after Vice Marshal", cat=("CONSULT", "AGREE"),
          title="communique|met President Bill Clinton", title_not=("^After",)),
        E("2002-01", A, (BUSH, NK), at="address in January 2002", cat="ACCUSE", title="axis of evil|named North Korea"),
        E("2017-07", A, (NK,), at="last month's missile test", opt=True, cat="MOBILIZE", not_actors=(TRUMP,),
          title="missile test"),
    ], junk=("^The latest of them", "^After Vice Marshal")),

    seed("briefs/024-sixth-nuclear-test.md", [
        E("2017-09-03", A, (NK,), at="largest nuclear test on Sunday", cat="MOBILIZE",
          title="sixth and largest nuclear test"),
        E("2017-09-03", A, (NK,), at="The test on 3 September 2017", cat="MOBILIZE", not_actors=(TRUMP,), title="test",
          note="Trump's warning is the clause after 'less than a month after'"),
        E("2017-08-08", A, (TRUMP,), at="Bedminster on 8 August", cat="THREATEN", title="Trump"),
        E("2017-07", A, (NK,), at="the Hwasong-14, in July", cat="MOBILIZE", title="North Korea"),
        E("2016-09-09", A, (NK,), at="Punggye-ri on 9 September 2016", cat="MOBILIZE", title="fifth"),
        E("2016-01", A, (NK,), at="the fourth in January 2016", cat="MOBILIZE", title="fourth",
          title_not=("^The previous one",)),
        E("2013-02", A, (NK,), at="The third was in February 2013", cat="MOBILIZE", title=("third", "test")),
        E("2011-12", A, (KJU, KJI), at="Kim Jong Il, in December 2011", cat="", title="succeeded"),
        E("2012-02", A, (NK,), at="Leap Day agreement of February 2012, it agreed", cat="AGREE", title="moratorium"),
    ], junk=("=The third was", "tests, predate", ", it agreed")),

    seed("briefs/025-hwasong-15-test.md", [
        E("2017-11-29", A, (NK,), at="ballistic missile on Wednesday", cat="MOBILIZE",
          title="North Korea tested the Hwasong-15"),
        E("2017-07-04", A, (NK,), at="The first came on 4 July", cat="MOBILIZE", title="Hwasong-14"),
        E("2017-09-03", A, (NK,), at="On 3 September, North Korea", cat="MOBILIZE",
          title="sixth and largest nuclear test"),
        E("2017-08", A, (TRUMP,), at="In August, President Donald Trump", cat="THREATEN", title="fire and fury|warned"),
        E("2013-02", A, at="carried out in February 2013", cat="MOBILIZE", title="nuclear test"),
        E("2016-09", A, at="September 2016 and", cat="MOBILIZE", title="nuclear test"),
        E("2012-02-29", A, (NK,), at="Leap Day agreement of 29 February 2012, in which", cat="AGREE",
          title="North Korea agreed"),
        E("2009-04", A, (NK, SIX), at="said in April 2009 it would quit", cat="REJECT", title="North Korea said",
          title_not=("^The Six-Party Talks North Korea",), note="'which ... in April 2009' cut out of the title"),
    ], no=[
        No("play no part in this year's events", why="no happening in 2017 here"),
    ], junk=("came, when", "=The test adds to a record that", "^As well as", "It is a far cry")),

    seed("briefs/026-trump-accepts-kim-invitation.md", [
        E("2018-03-08", A, (SK, TRUMP, KJU), at="White House on Thursday", cat=("AGREE", "CONSULT"), title="accepted"),
        E("2017-11-29", A, (NK,), at="on 29 November, North Korea", cat="MOBILIZE",
          title="North Korea tested the Hwasong-15"),
        E("2017-09", A, (NK,), at="in September it conducted", cat="MOBILIZE", title="nuclear test"),
        E("2017-08", A, (TRUMP,), at="Only last August", cat="THREATEN", title="fire and fury|warned"),
        E("2011-12", A, (KJU, KJI), at="since December 2011", cat="", title="succeeded"),
        E("2000-10", A, (ALBRIGHT, KJI), at="include October 2000", cat="CONSULT", title="Albright visited Pyongyang"),
        E("2009-08", A, (CLINTON,), at="in August 2009, when", cat="CONSULT", not_actors=(ALBRIGHT,),
          title="Bill Clinton travelled to Pyongyang"),
    ], no=[
        No("Late last year, on 29 November", "2017", why="restates '29 November': one event, the day"),
    ], junk=("include, when",)),

    seed("briefs/027-panmunjom-declaration.md", [
        E("2018-04-27", A, (KJU, MOON), at="Panmunjom on Friday", cat="AGREE", title="summit|Declaration"),
        E("2018-04-27", A, (NK, SK), at="The meeting on 27 April 2018", cat="CONSULT", title="meeting"),
        E("2018-03-08", A, (TRUMP,), at="on 8 March, that", cat=("AGREE", "CONSULT"), title="accepted an invitation"),
        E("2017-11-29", A, (NK,), at="on 29 November, North Korea", cat="MOBILIZE", title="Hwasong-15"),
        E("2017-09", A, (NK,), at="In September it conducted", cat="MOBILIZE", not_actors=(TRUMP,),
          title="nuclear test"),
        E("2017-08", A, (TRUMP,), at="in August Trump warned", cat="THREATEN", title="Trump warned"),
        E("2003-08", A, (SIX,), at="began in Beijing in August 2003", cat="CONSULT", title="talks began"),
        E("2005-09-19", A, (NK,), at="joint statement of 19 September 2005, in which", cat="AGREE",
          title="joint statement|committed", title_not=("^In talks",)),
    ], no=[
        No("Late last year, on 29 November", "2017", why="restates '29 November': one event, the day"),
    ], junk=("^In talks that began",)),

    seed("briefs/028-singapore-summit.md", [
        E("2018-06-12", A, (TRUMP, KJU), at="in Singapore on Tuesday", cat=("CONSULT", "AGREE"),
          title="summit in Singapore"),
        E("2000-10", A, (ALBRIGHT, KJI), at="In October 2000, Secretary", cat="CONSULT",
          title="Albright travelled to Pyongyang"),
        E("2009", A, (CLINTON, NK), at="In 2009 Bill Clinton", cat="CONSULT", title="Bill Clinton went to Pyongyang"),
        E("2018-03-08", A, (TRUMP,), at="On 8 March, South Korean envoys", cat=("AGREE", "CONSULT"), title="accepted"),
        E("2018-04-27", A, (KJU, MOON), at="On 27 April, Kim", cat="AGREE", title="Panmunjom"),
        E("2017", A, (US, NK), at="Only last year, the two countries", cat="THREATEN", not_actors=(MOON,),
          title="trading threats", note="'the two countries' are the US and North Korea of the summit"),
        E("2017-09", A, (NK,), at="in September 2017 North Korea", cat="MOBILIZE", not_actors=(TRUMP,),
          title="sixth and largest nuclear test"),
        E("2005-09", A, (NK,), at="joint statement of September 2005", cat="AGREE", title="committed"),
    ], junk=("=The six-party joint statement",)),

    seed("briefs/029-hanoi-summit-collapses.md", [
        E(("2019-02-27/2019-02-28", "2019-02-28"), A, (TRUMP, KJU), at="ended early on Thursday", cat="REJECT",
          title="summit"),
        E("2019-02-27/2019-02-28", A, (TRUMP, KJU), at="from 27 to 28 February", cat=("CONSULT", "REJECT"),
          title="summit"),
        E("2018-06-12", A, (TRUMP, KJU), at="On 12 June 2018, Trump", cat="CONSULT",
          title="Trump and Kim met in Singapore"),
        E("2018-03", A, (TRUMP,), at="In March of that year", cat=("AGREE", "CONSULT"), not_actors=(MOON,),
          title="accepted"),
        E("2018-04", A, (KJU, MOON), at="and in April Kim", cat="AGREE", not_actors=(TRUMP,),
          title="Panmunjom Declaration"),
        E("1994", A, at="Agreed Framework of 1994", opt=True, cat="AGREE", title_not=("unravelled",),
          note="the framework's year; it unravelled after October 2002"),
    ], junk=("^Held", "^Ended")),

    seed("briefs/030-trump-kim-dmz-meeting.md", [
        E("2019-06-30", A, (TRUMP, KJU), at="Demilitarized Zone on Sunday", cat="CONSULT",
          title="Trump met Kim Jong Un"),
        E("2019-06-30", A, (MOON,), at="Panmunjom on 30 June 2019", cat="CONSULT", title="encounter|Moon"),
        E("2019-02-27/2019-02-28", A, (TRUMP, KJU), at="held from 27 to 28 February", cat="REJECT",
          title="summit in Hanoi|Hanoi summit"),
        E("2018-06-12", A, (TRUMP, KJU), at="Singapore on 12 June 2018", cat=("CONSULT", "AGREE"), title="Singapore"),
        E("2018-04", A, (KJU, MOON), at="In April last year", cat=("AGREE", "CONSULT"), title="Panmunjom Declaration"),
        E("2019-02", A, (TRUMP, KJU), at="Hanoi talks in February", opt=True, cat="REJECT", title="collapse|Hanoi",
          title_not=("^It brings",)),
    ], junk=("^Held,",)),

    seed("briefs/031-stockholm-talks-break-down.md", [
        E("2019-10-05", A, (US, NK), at="broke down on Saturday", cat="REJECT", title="broke down"),
        E("2019-06-30", A, (TRUMP, KJU), at="Demilitarized Zone on 30 June", cat="CONSULT", title="Trump",
          title_not=("^The breakdown follows",)),
        E("2019-02-27/2019-02-28", A, (TRUMP, KJU), at="from 27 to 28 February", cat="REJECT",
          title="summit in Hanoi ended early"),
        E("2018-06-12", A, (TRUMP, KJU), at="On 12 June 2018, Trump", cat=("CONSULT", "AGREE"), title="first summit"),
        E("2003-08", A, (SIX,), at="began in Beijing in August 2003", cat="CONSULT", title="Six-Party Talks began"),
        E("2009-04", A, (NK, SIX), at="saying in April 2009", cat="REJECT", title="quit"),
        E("2019-10-05", A, at="Saturday's failure in Stockholm", opt=True, cat="REJECT", title="Stockholm"),
    ], no=[
        No("Pyongyang this year", why="'this year' is no date of the collapse, already dated 5 October"),
        No("Earlier in the year", why="restates 'from 27 to 28 February'"),
    ], junk=("means that",)),

    seed("briefs/032-kim-names-south-korea-primary-foe.md", [
        E("2024-01-15", A, (KJU, SK), at="in Pyongyang on Monday", cat="REJECT", title="primary foe"),
        E("2018-04-27", A, (KJU, MOON), at="On 27 April of that year", cat="AGREE", title="Panmunjom"),
        E("2019-06", A, (TRUMP, KJU, MOON), at="In June 2019, Moon", cat="CONSULT", title="Trump met Kim"),
        E("2019-02", A, (TRUMP, KJU), at="held in Hanoi in February 2019", cat="REJECT", title="summit"),
        E("2019-10", A, (US, NK), at="broke down in October 2019", cat="REJECT", title="broke down"),
        E("2018-06-12", A, (TRUMP, KJU), at="Singapore summit of 12 June 2018", cat=("AGREE", "CONSULT"),
          title="signed a joint statement|Singapore summit", title_not=("^Those setbacks",)),
        E("2018", A, at="inter-Korean diplomacy of 2018", opt=True, title="inter-Korean diplomacy"),
    ], no=[
        No("the spring of 2018", why="'It is a sharp reversal from the spring of 2018' is framing"),
    ], junk=("^Held in Hanoi",)),

    seed("briefs/033-putin-kim-partnership-treaty.md", [
        E("2024-06-19", A, (PUTIN, KJU), at="visited Pyongyang on Wednesday", cat=("AGREE", "CONSULT"),
          title="Putin visited Pyongyang"),
        E("2024-06-19", A, ("Russia", NK), at="signed on 19 June 2024", cat="AGREE", not_actors=(US,), title="treaty"),
        E("2019-10-05", A, (US, NK), at="Stockholm broke down on 5 October 2019", cat="REJECT", title="broke down"),
        E("2019-02-27/2019-02-28", A, (TRUMP, KJU), at="held on 27–28 February 2019", cat="REJECT",
          title="Hanoi summit"),
        E("2024-01-15", A, (KJU,), at="Earlier this year, on 15 January", cat="REJECT", title="primary foe"),
        E("2003-08", A, ("Russia", SIX), at="began in Beijing in August 2003", cat="CONSULT", title="talks",
          note="'It' is Russia, the subject of the sentence before"),
        E("2005-09-19", A, (NK,), at="issued on 19 September 2005", cat="AGREE", title="North Korea committed"),
    ], junk=("signed, binds",)),

    seed("briefs/034-lee-jae-myung-inaugurated.md", [
        E("2025-06-04", A, (LEE, SK), at="Wednesday, 4 June 2025", cat="", title="Lee Jae-myung was inaugurated"),
        E("2025-06-04", A, (LEE,), at="Lee took office on 4 June", cat="", title="Lee took office"),
        E("2024-01-15", A, (KJU,), at="on 15 January 2024", cat="REJECT", title="primary foe"),
        E("2024-06-19", A, (PUTIN, KJU), at="on 19 June 2024", cat=("AGREE", "CONSULT"),
          title="Putin visited Pyongyang"),
        E("2018-06-12", A, (TRUMP, KJU), at="followed on 12 June 2018", cat=("AGREE", "CONSULT"),
          title="Singapore summit"),
        E("2019-02", A, (US, NK), at="without agreement in February 2019", cat="REJECT", title="Hanoi summit ended",
          title_not=("^After",)),
        E("2019-10", A, (US, NK), at="broke down in October 2019", cat="REJECT", title="Stockholm"),
        E("2025-06-04", A, (LEE,), at="started on Wednesday, 4 June", title="Lee"),
    ], no=[
        No("In January last year, on", "2024-01", why="restates 'on 15 January 2024': one event, the day"),
    ], junk=("started, facing", "^After the Hanoi summit")),

    seed("briefs/035-kim-open-to-talks-without-denuclearisation.md", [
        E("2025-09-21", A, (KJU, NK, US), at="said on Sunday", cat=("CONSULT", "REQUEST"), title="open to talks"),
        E("2025-09-21", A, (KJU, "Supreme People's Assembly"), at="Pyongyang on 21 September 2025", cat="CONSULT",
          not_actors=(TRUMP,), title="speech", note="Trump is named only in the next sentence"),
        E("2018-06-12", A, (TRUMP, KJU), at="in Singapore on 12 June 2018", cat="AGREE",
          title="signed a joint statement"),
        E("2019-02-27/2019-02-28", A, at="in Hanoi on 27–28 February 2019", cat="REJECT", title="summit"),
        E("2019-06-30", A, (TRUMP, KJU), at="On 30 June 2019 Trump", cat="CONSULT", title="Trump met Kim"),
        E("2019-10-05", A, (US, NK), at="Stockholm broke down on 5 October 2019", cat="REJECT", title="broke down"),
        E("2024-01", A, (KJU, SK), at="in January 2024, that Kim", cat="REJECT", title="primary foe"),
        E("2024-06", A, (KJU, PUTIN), at="In June 2024 he signed", cat="AGREE", title="treaty",
          note="'he' is Kim, the subject of the sentence before"),
        E("2025-06-04", A, (LEE,), at="inaugurated on 4 June", cat="", title="Lee Jae-myung was inaugurated"),
    ], junk=("^In Hanoi, ended",)),
]


# ----------------------------------------------------------------------------------------------- checking


def _hit(title, pattern):
    """Whether ``title`` breaks a title_not entry: "^x" opens it, "=x" is all of it, else it holds x (any case)."""
    t, p = title.lower(), pattern.lower()
    if p.startswith("^"):
        return t.startswith(p[1:])
    if p.startswith("="):
        return t == p[1:]
    return p in t


def _has(title, want):
    return any(alt.lower() in title.lower() for alt in want.split("|"))


def _at(doc, phrase):
    """The extracted events whose date phrase overlaps ``phrase`` (unique in the text)."""
    lo, hi = phrase_span(doc.text, phrase, unique=True)
    return [e for e in run(doc.text, doc.pub).events if e.date_span[0] < hi and lo < e.date_span[1]]


def _short(e):
    return f"{e.date_start}..{e.date_end} {e.precision} {e.modality} {e.category or '-'} {e.title!r}"


def _want_problems(want, e, prec):
    problems = []
    if e.modality not in alts(want.modality or e.modality):
        problems.append(f"modality {e.modality}, want {'/'.join(alts(want.modality))}")
    if prec is not None and e.precision != prec:
        problems.append(f"precision {e.precision}, want {prec}")
    if want.cat is not None and e.category not in alts(want.cat):
        problems.append(f"category {e.category or '-'}, want {'/'.join(alts(want.cat)) or '-'}")
    missing = [a for a in want.actors if a not in e.actors]
    if missing:
        problems.append(f"actors lack {missing} (got {list(e.actors)})")
    wrong = [a for a in want.not_actors if a in e.actors]
    if wrong:
        problems.append(f"actors wrongly include {wrong}")
    for words in alts(want.title or ()):
        if not _has(e.title, words):
            problems.append(f"title {e.title!r} lacks {words!r}")
    problems += [f"title {e.title!r} has {p!r}" for p in want.title_not if _hit(e.title, p)]
    return problems


@cache
def _pairing(doc):
    """{index of an E in doc.ev: (event or None, problems)}: required expectations first, each taking the free
    event at its phrase with its dates that has the fewest problems."""
    taken, result = set(), {}
    order = sorted(range(len(doc.ev)), key=lambda i: doc.ev[i].opt)
    for i in order:
        want = doc.ev[i]
        here = _at(doc, want.at)
        ranges = [date_range(w) for w in alts(want.when)]
        fits = [(e, prec) for e in here if id(e) not in taken for a, b, prec in ranges
                if (e.date_start, e.date_end) == (a, b)]
        if fits:
            e, prec = min(fits, key=lambda f: len(_want_problems(want, *f)))
            taken.add(id(e))
            result[i] = (e, _want_problems(want, e, prec))
        elif here:
            result[i] = (None, [f"dated {_short(e)}, want {'/'.join(alts(want.when))}" for e in here])
        else:
            result[i] = (None, [] if want.opt else [f"no event at {want.at!r}, want {'/'.join(alts(want.when))}"])
    return result


@dataclass(frozen=True)
class Case:
    """One test: ``kind`` is "event" (item: index into doc.ev), "no" (item: a No), "junk" (item: a title_not
    entry of the document) or "openers" (no item)."""

    id: str
    doc: Seed
    kind: str
    item: object = None

    def __repr__(self):
        return f"Case({self.id})"

    def problems(self):
        doc = self.doc
        if self.kind == "event":
            return _pairing(doc)[self.item][1]
        events = run(doc.text, doc.pub).events
        if self.kind == "no":
            no = self.item
            bad = _at(doc, no.at)
            if no.when:
                a, b, _ = date_range(no.when)
                bad = [e for e in bad if (e.date_start, e.date_end) == (a, b)]
            return [f"unwanted event ({no.why}): {_short(e)}" for e in bad]
        patterns = (self.item,) if self.kind == "junk" else OPENERS
        return [f"title {e.title!r} ({e.date_start}, from {e.date_text!r})" for e in events
                if any(_hit(e.title, p) for p in patterns)]


def _cases():
    cases = []
    for doc in DOCS:
        cases += [Case(f"{doc.id}-{slug(want.at)}", doc, "event", i) for i, want in enumerate(doc.ev)]
        cases += [Case(f"{doc.id}-no-{slug(no.at)}", doc, "no", no) for no in doc.no]
        cases += [Case(f"{doc.id}-title-not-{slug(p)}", doc, "junk", p) for p in doc.title_not]
        cases.append(Case(f"{doc.id}-openers", doc, "openers"))
    return cases


CASES = _cases()
