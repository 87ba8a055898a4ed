"""A "who" probe round: actors, categories and titles as an editor reviewing the timeline needs them, in US-North
Korea and Korean Peninsula news published 2018-2026.  Titles and roles instead of names ("the North Korean
leader", "the U.S. president", "South Korea's president", "the U.S. secretary of state", "Chairman Kim");
capitals and institutions standing for their state (Pyongyang, Washington, the Kremlin, the Blue House, KCNA, the
NIS, the Unification Ministry, the Treasury, the Joint Chiefs of Staff, "the presidential office in Seoul", "the
U.N. nuclear watchdog", "North Korea's ruling party"); places that are no actors ("talks in Beijing", "at the
embassy in Moscow", "from Tokyo", "near the Chinese border", "the Sea of Japan", "the Washington Post"); group
nouns and pronouns after a named antecedent ("the two leaders", "both men", "both sides", "the allies", "the two
Koreas", "North and South Korea", "the three countries", "the council", "they", "she", "he", "the country", "the
president", "his father"); possessives ("Kim's sister", "Trump's negotiators", "Putin's foreign minister", "Moon's
envoys"); people who share a family name (Kim Jong Un / Kim Yo Jong / Kim Dae-jung / Kim Jong Il, Moon Jae-in /
Moon Chung-in, Lee Jae-myung / Lee Myung-bak); organisations beside countries (UN Security Council, IAEA, the six
parties, the Supreme People's Assembly); PLOVER categories where a nearer word misleads; and titles that say who
did what.  Hand-written, see the package docstring; dates and happenings follow the public record
(/work/shared/facts/us-dprk-diplomacy.tsv and news of the day), a few unnamed officials' days are made up.

Each case: Doc(id, text, published, ev, only=..., title_not=...), checked by checks.check_dated_case (see checks.Doc
and checks.Ev) and, for a Who expectation, also by its category and the actors it must not have (test_who.py).
only=True (the default): every extracted event must be one an editor wants.

Judgements a reader may not share, stated once:

- Actors are the gazetteer's (seeds/actors.yaml) by their gazetteer names; people and bodies it lacks (Kim Yo Jong,
  Kim Dae-jung, Sergei Lavrov, Choe Son Hui, the World Food Programme) are never asked for, but the state they act
  for may be when the text says it.
- A title or role stands for the person who held it at the event's date: "the North Korean leader" is Kim Jong Il
  in 2009 and 2011 and Kim Jong Un from 2012; "the U.S. president" is Bill Clinton in 2000, Donald Trump in 2017
  and 2025, Joe Biden in 2023; "South Korea's president" / "the South Korean leader" is Moon Jae-in in 2018, Yoon
  Suk Yeol in 2023, Lee Jae-myung from June 2025 (the exact days of office are in the gazetteer's header); "the
  U.S. secretary of state" in May 2018 is Mike Pompeo; "Chairman Kim" in 2019 is Kim Jong Un.
- An institution of a state acts for it: KCNA and "the country" for North Korea; the Blue House, the NIS, the
  Unification Ministry, the Joint Chiefs of Staff and "the presidential office in Seoul" for South Korea; the
  Treasury for the United States; "the U.N. nuclear watchdog" is the IAEA; "North Korea's ruling party" is the
  Workers' Party of Korea.  A capital after "in", "at" or "from" is a venue ("talks in Beijing" do not make China
  a party); a newspaper's name ("the Washington Post"), a sea's ("the Sea of Japan") and a border's ("near the
  Chinese border") name no actor.
- A group noun or pronoun takes the actors of its antecedent: "the two leaders", "both men" and "the two men" are
  the two people named, "both sides", "they" and "the allies" the states named, "the two Koreas" and "North and
  South Korea" both Koreas, "the council" the Security Council, "she"/"he"/"the president"/"the country" the one
  person or state the story is about, "his father" (of Kim Jong Un) Kim Jong Il.  A "she" after a sentence about
  "Kim Jong Un's sister" is the sister, not Kim Jong Un.
- A possessive names the possessor's side, not the possessor acting: "Kim's sister", "Kim's top diplomat", "Trump's
  negotiators", "Putin's foreign minister", "Moon's envoys" and "Lee Myung-bak's government" do not make Kim, Trump,
  Putin, Moon or Lee Myung-bak actors, but the state they lead is one (North Korea, the United States, Russia,
  South Korea).  A person named only to describe someone else ("Moon Chung-in, who advised Moon Jae-in") is no
  actor; nor is a person named in another clause of the sentence with its own date ("met Lee on Oct. 29 and Xi on
  Oct. 30": Xi is not at the first meeting).
- Categories are the project's PLOVER types (timeline/extraction/events.py): weapons tests and drills MOBILIZE,
  signing and agreeing AGREE, meetings, visits and phone calls CONSULT, sanctions, blacklisting, cutting off trade
  and suspending promised aid SANCTION, warnings THREATEN, demands, appeals, calls for restraint and invitations
  REQUEST, rejecting or refusing (also "no interest in talks", "dismissing overtures") REJECT, condemning and
  blaming ACCUSE, promised rice or food AID, restoring an intelligence-sharing pact COOPERATE (or AGREE), expelling
  inspectors and martial law COERCE.  A leader's death has no category (not ASSAULT for a "heart attack").  cat=""
  asks for no category; no cat leaves it unjudged.
- A title says who did what: not "He said ...", not a clause hanging off "After", and it carries the gist of a
  quote or of the reported clause ("..., the Kremlin said on Thursday" is titled by what the Kremlin said).
"""

from dataclasses import dataclass

from .checks import Doc, Ev

A, P, H, N = "asserted", "planned", "hypothetical", "negated"


@dataclass(frozen=True)
class Who(Ev):
    """An Ev (when, modality, actors, title, opt, note) that also judges the event's PLOVER category and the actors
    it must not have.  cat: one category or a tuple of acceptable ones, "" for none (None: not judged).
    not_actors: none of these may be among the event's actors."""

    cat: object = None
    not_actors: tuple = ()


W = Who

CASES = [
    # ================================================================== titles and roles: the person in office then
    Doc("role-north-korean-leader-2025",
        "The North Korean leader oversaw a test of new multiple rocket launchers on Monday, state media said.",
        "2025-11-12",
        [W("2025-11-10", A, ("Kim Jong Un", "North Korea"), cat="MOBILIZE")]),
    Doc("role-us-president-2025",
        "The U.S. president said on Sunday that he would be happy to meet Kim Jong Un again before leaving Asia.",
        "2025-10-28",
        [W("2025-10-26", A, ("Donald Trump", "Kim Jong Un"), not_actors=("Joe Biden",))]),
    Doc("role-us-and-south-korean-presidents-2023",
        "The U.S. president hosted South Korea's president at the White House on April 26, 2023, and the two leaders "
        "issued the Washington Declaration on extended deterrence.",
        "2023-04-28",
        [W("2023-04-26", A, ("Joe Biden", "Yoon Suk Yeol", "United States", "South Korea"), cat=("CONSULT", "AGREE"))]),
    Doc("role-south-korean-president-2018",
        "South Korea's president flew to Pyongyang on Sept. 18, 2018, for his third summit with the North Korean "
        "leader.",
        "2018-09-20",
        [W("2018-09-18", A, ("Moon Jae-in", "Kim Jong Un"), cat="CONSULT")]),
    Doc("role-south-korean-president-2023",
        "The South Korean president held a summit with Japan's prime minister in Tokyo on March 16, 2023.",
        "2023-03-17",
        [W("2023-03-16", A, ("Yoon Suk Yeol", "Japan"), cat="CONSULT", not_actors=("Moon Jae-in",))]),
    Doc("role-south-korean-leader-2025",
        "The South Korean leader will fly to Washington on Sunday for his first summit with Trump.",
        "2025-08-20",
        [W("2025-08-24", P, ("Lee Jae-myung", "Donald Trump"), cat="CONSULT", not_actors=("Yoon Suk Yeol",))]),
    Doc("role-us-president-2000",
        "Vice Marshal Jo Myong-rok handed the U.S. president a letter from Kim Jong Il at the White House on Oct. 10, "
        "2000.",
        "2020-10-10",
        [W("2000-10-10", A, ("Bill Clinton", "Jo Myong-rok", "Kim Jong Il"))]),
    Doc("role-us-president-2017",
        "The U.S. president warned on Aug. 8, 2017, that North Korean threats would be met with \"fire and fury\".",
        "2022-08-08",
        [W("2017-08-08", A, ("Donald Trump", "North Korea"), cat="THREATEN", not_actors=("Barack Obama",))]),
    Doc("role-north-korean-leader-2009",
        "Bill Clinton flew to Pyongyang on Aug. 4, 2009, and met the North Korean leader, who pardoned two detained "
        "American journalists.",
        "2019-08-04",
        [W("2009-08-04", A, ("Bill Clinton", "Kim Jong Il"), not_actors=("Kim Jong Un",))]),
    Doc("role-north-korean-leader-died-2011",
        "The North Korean leader died of a heart attack aboard his train on Dec. 17, 2011.",
        "2021-12-17",
        [W("2011-12-17", A, ("Kim Jong Il",), cat="", not_actors=("Kim Jong Un",))]),
    Doc("role-chinese-president-2019",
        "China's president will arrive in Pyongyang on Thursday for a state visit.",
        "2019-06-17",
        [W("2019-06-20", P, ("Xi Jinping", "China"), cat="CONSULT")]),
    Doc("role-russian-president-and-the-kremlin",
        "The Kremlin said on Monday that the Russian president would arrive in North Korea on Wednesday.",
        "2024-06-18",
        [W("2024-06-17", A, ("Russia",)), W("2024-06-19", P, ("Vladimir Putin", "North Korea"))]),
    Doc("role-us-secretary-of-state-2018",
        "The U.S. secretary of state flew to Pyongyang on May 9, 2018, and brought home three American detainees.",
        "2018-05-11",
        [W("2018-05-09", A, ("Mike Pompeo", "United States"))]),
    Doc("role-chairman-kim-2019",
        "Trump told reporters on Monday that Chairman Kim had kept his promise not to test nuclear weapons.",
        "2019-07-03",
        [W("2019-07-01", A, ("Donald Trump", "Kim Jong Un"))]),
    # ================================================================== capitals and institutions for their state
    Doc("meto-pyongyang-accused-washington",
        "Pyongyang accused Washington on Tuesday of wrecking the working-level talks in Stockholm.",
        "2019-10-09",
        [W("2019-10-08", A, ("North Korea", "United States"), cat="ACCUSE")]),
    Doc("meto-blue-house",
        "The Blue House said on Sunday that Moon Jae-in would send a five-member delegation to Pyongyang.",
        "2018-09-04",
        [W("2018-09-02", A, ("South Korea", "Moon Jae-in"))]),
    Doc("meto-kcna",
        "KCNA said on Wednesday that the country had put its first military reconnaissance satellite into orbit.",
        "2023-11-24",
        [W("2023-11-22", A, ("North Korea",))]),
    Doc("meto-nis",
        "The NIS told lawmakers on Friday that about 1,500 North Korean special forces troops had been shipped to "
        "Russia's Far East.",
        "2024-10-21",
        [W("2024-10-18", A, ("South Korea", "North Korea"))]),
    Doc("meto-unification-ministry",
        "The Unification Ministry on Tuesday approved a civic group's plan to send fertiliser to farms in the North.",
        "2025-11-12",
        [W("2025-11-11", A, ("South Korea",))]),
    Doc("meto-joint-chiefs-warning-shots",
        "The military fired warning shots on Tuesday after about ten North Korean soldiers briefly crossed the "
        "border, the Joint Chiefs of Staff said.",
        "2025-11-12",
        [W("2025-11-11", A, ("South Korea", "North Korea"))]),
    Doc("meto-presidential-office-in-seoul",
        "The presidential office in Seoul said on Tuesday that it would not respond to the latest balloon launches "
        "from the North.",
        "2025-11-12",
        [W("2025-11-11", A, ("South Korea",))]),
    Doc("meto-treasury",
        "The Treasury imposed sanctions on Tuesday on two Chinese firms accused of laundering money for Pyongyang's "
        "weapons programme.",
        "2025-11-12",
        [W("2025-11-11", A, ("United States", "North Korea"), cat="SANCTION")]),
    Doc("meto-pentagon-moscow-pyongyang",
        "The Pentagon said on Monday that Moscow had supplied Pyongyang with air-defence systems in return for "
        "troops.",
        "2025-11-12",
        [W("2025-11-10", A, ("United States", "Russia", "North Korea"))]),
    Doc("meto-beijing-called-for-restraint",
        "Beijing called for restraint on Thursday after North Korea fired an intercontinental ballistic missile.",
        "2025-11-14",
        [W("2025-11-13", A, ("China", "North Korea"), cat="REQUEST")]),
    Doc("meto-tokyo-and-seoul-condemned",
        "Tokyo and Seoul condemned the launch on Thursday as a grave provocation.",
        "2025-11-14",
        [W("2025-11-13", A, ("Japan", "South Korea"), cat="ACCUSE")]),
    Doc("meto-un-nuclear-watchdog",
        "The U.N. nuclear watchdog said on Monday that North Korea appeared to be building a new uranium enrichment "
        "facility at Yongbyon.",
        "2025-06-13",
        [W("2025-06-09", A, ("International Atomic Energy Agency", "North Korea"))]),
    Doc("meto-ruling-party",
        "North Korea's ruling party opened a plenary meeting of its Central Committee on Monday.",
        "2025-11-12",
        [W("2025-11-10", A, ("Workers' Party of Korea", "North Korea"))]),
    Doc("meto-washington-post-is-no-actor",
        "In an interview with the Washington Post published on Tuesday, Lee Jae-myung said he would never seek to "
        "absorb the North.",
        "2025-11-12",
        [W("2025-11-11", A, ("Lee Jae-myung",), not_actors=("United States",), title="absorb")]),
    # ================================================================== venues and place names that are no actors
    Doc("venue-talks-in-beijing",
        "U.S. and North Korean envoys held talks in Beijing on Tuesday on the repatriation of soldiers' remains.",
        "2025-11-12",
        [W("2025-11-11", A, ("United States", "North Korea"), cat="CONSULT", not_actors=("China",))]),
    Doc("venue-embassy-in-moscow",
        "North Korea's ambassador told reporters at the embassy in Moscow on Friday that Pyongyang would never give "
        "up its nuclear arsenal.",
        "2025-11-12",
        [W("2025-11-07", A, ("North Korea",), not_actors=("Russia",))]),
    Doc("venue-from-tokyo",
        "Trump will fly from Tokyo to Busan on Wednesday to meet Xi Jinping.",
        "2025-10-27",
        [W("2025-10-29", P, ("Donald Trump", "Xi Jinping"), not_actors=("Japan",))]),
    Doc("venue-briefed-in-washington",
        "South Korea's nuclear envoy briefed reporters in Washington on Friday after talks with his Japanese "
        "counterpart.",
        "2025-11-12",
        [W("2025-11-07", A, ("South Korea", "Japan"), not_actors=("United States",))]),
    Doc("venue-near-the-chinese-border",
        "North Korea test-fired cruise missiles from an area near the Chinese border on Sunday.",
        "2025-11-12",
        [W("2025-11-09", A, ("North Korea",), cat="MOBILIZE", not_actors=("China",))]),
    Doc("venue-sea-of-japan",
        "North Korea fired a ballistic missile into the Sea of Japan on Monday.",
        "2025-11-12",
        [W("2025-11-10", A, ("North Korea",), cat="MOBILIZE", not_actors=("Japan",))]),
    # ================================================================== group nouns and pronouns
    Doc("group-both-men-hanoi",
        "Donald Trump and Kim Jong Un arrived in Hanoi on Feb. 26, 2019. Both men sat down to a one-on-one dinner on "
        "Feb. 27.",
        "2019-03-01",
        [W("2019-02-26", A, ("Donald Trump", "Kim Jong Un")), W("2019-02-27", A, ("Donald Trump", "Kim Jong Un"))]),
    Doc("group-two-leaders-signed-singapore",
        "Donald Trump and Kim Jong Un arrived in Singapore on June 10, 2018. The two leaders met on Sentosa island on "
        "June 12 and signed a joint statement.",
        "2018-06-14",
        [W("2018-06-10", A, ("Donald Trump", "Kim Jong Un")),
         W("2018-06-12", A, ("Donald Trump", "Kim Jong Un"), cat="AGREE")]),
    Doc("group-the-two-men-treaty",
        "Vladimir Putin landed in Pyongyang before dawn on June 19, 2024, and was greeted at the airport by Kim Jong "
        "Un. The two men signed a mutual defence treaty on June 19 after hours of talks.",
        "2024-06-21",
        [W("2024-06-19", A, ("Vladimir Putin", "Kim Jong Un")),
         W("2024-06-19", A, ("Vladimir Putin", "Kim Jong Un"), cat="AGREE")]),
    Doc("group-both-sides-stockholm",
        "U.S. and North Korean negotiators met in Stockholm on Oct. 5, 2019. Both sides blamed each other for the "
        "breakdown on Oct. 6.",
        "2019-10-09",
        [W("2019-10-05", A, ("United States", "North Korea"), cat="CONSULT"),
         W("2019-10-06", A, ("United States", "North Korea"), cat="ACCUSE")]),
    Doc("group-the-allies",
        "Seoul and Washington agreed on Monday to postpone about half of their summer field training. The allies will "
        "hold the postponed drills in September.",
        "2025-08-13",
        [W("2025-08-11", A, ("South Korea", "United States"), cat="AGREE"),
         W("2025-09", P, ("South Korea", "United States"), cat="MOBILIZE")]),
    Doc("group-the-two-koreas",
        "The two Koreas restored their cross-border hotlines on July 27, 2021.",
        "2021-07-28",
        [W("2021-07-27", A, ("North Korea", "South Korea"))]),
    Doc("group-north-and-south-korea",
        "North and South Korea held their first high-level talks in two years at Panmunjom on Jan. 9, 2018.",
        "2018-01-10",
        [W("2018-01-09", A, ("North Korea", "South Korea"), cat="CONSULT")]),
    Doc("group-the-three-countries",
        "The leaders of the United States, Japan and South Korea met at Camp David on Aug. 18, 2023. The three "
        "countries held their first Freedom Edge exercise on June 27, 2024.",
        "2024-06-29",
        [W("2023-08-18", A, ("United States", "Japan", "South Korea"), cat="CONSULT", title="United States"),
         W("2024-06-27", A, ("United States", "Japan", "South Korea"), cat="MOBILIZE")]),
    Doc("group-the-council",
        "On Monday, the UN Security Council held an emergency meeting on the launch. On Wednesday, the council again "
        "failed to agree on a statement.",
        "2025-11-14",
        [W("2025-11-10", A, ("UN Security Council",), cat="CONSULT"),
         W("2025-11-12", (A, N), ("UN Security Council",))]),
    Doc("pron-they",
        "Officials from Washington and Seoul met in Honolulu on Tuesday. They agreed on Wednesday to expand the "
        "sharing of real-time missile warning data with Tokyo.",
        "2025-11-14",
        [W("2025-11-11", A, ("United States", "South Korea"), cat="CONSULT"),
         W("2025-11-12", A, ("United States", "South Korea", "Japan"), cat="AGREE")]),
    Doc("pron-she-is-the-sister",
        "Kim Jong Un's sister issued a statement on Monday. She warned Seoul on Tuesday against resuming loudspeaker "
        "broadcasts along the border.",
        "2025-11-12",
        [W("2025-11-10", A, not_actors=("Kim Jong Un",)),
         W("2025-11-11", A, ("South Korea",), cat="THREATEN", not_actors=("Kim Jong Un",))]),
    Doc("pron-she-albright",
        "Madeleine Albright landed in Pyongyang on Oct. 23, 2000. She held talks with Kim Jong Il on Oct. 24.",
        "2020-10-24",
        [W("2000-10-23", A, ("Madeleine Albright",)),
         W("2000-10-24", A, ("Madeleine Albright", "Kim Jong Il"), cat="CONSULT")]),
    Doc("pron-he-after-phrase-with-sept",
        "Lee Jae-myung arrived in New York on Sept. 22. Speaking at the UN General Assembly on Sept. 23, he proposed "
        "a three-stage plan to end hostilities on the peninsula.",
        "2025-09-25",
        [W("2025-09-22", A, ("Lee Jae-myung",)), W("2025-09-23", A, ("Lee Jae-myung",))]),
    Doc("pron-he-after-a-role",
        "The North Korean leader arrived in Beijing by train on Sept. 2. He watched the military parade on Sept. 3 "
        "alongside Xi Jinping and Vladimir Putin.",
        "2025-09-05",
        [W("2025-09-02", A, ("Kim Jong Un",)), W("2025-09-03", A, ("Kim Jong Un", "Xi Jinping", "Vladimir Putin"))]),
    Doc("pron-the-country",
        "North Korea test-fired a new hypersonic missile on Jan. 6. On Jan. 8, the country's foreign ministry "
        "rejected international criticism of the launch.",
        "2025-01-10",
        [W("2025-01-06", A, ("North Korea",), cat="MOBILIZE"), W("2025-01-08", A, ("North Korea",), cat="REJECT")]),
    Doc("pron-the-president",
        "Yoon Suk Yeol declared martial law late on Dec. 3, 2024. The president lifted it early on Dec. 4 after "
        "lawmakers voted it down.",
        "2024-12-06",
        [W("2024-12-03", A, ("Yoon Suk Yeol",), cat="COERCE"), W("2024-12-04", A, ("Yoon Suk Yeol",))]),
    Doc("pron-his-father",
        "Kim Jong Un addressed the Supreme People's Assembly on Sept. 21, 2025. In June 2000, his father had hosted "
        "South Korea's Kim Dae-jung in Pyongyang for the first inter-Korean summit.",
        "2025-09-23",
        [W("2025-09-21", A, ("Kim Jong Un", "Supreme People's Assembly")),
         W("2000-06", A, ("Kim Jong Il", "South Korea"), not_actors=("Kim Jong Un",))]),
    # ================================================================== possessives: the possessor's side, not the possessor
    Doc("poss-kims-sister",
        "Kim Jong Un inspected a drone factory on Sunday. Kim's sister, Kim Yo Jong, said on Monday that Pyongyang "
        "had no interest in talks with Seoul.",
        "2025-11-12",
        [W("2025-11-09", A, ("Kim Jong Un",)),
         W("2025-11-10", A, ("North Korea", "South Korea"), not_actors=("Kim Jong Un",))]),
    Doc("poss-kims-top-diplomat",
        "Kim Jong Un sent troops to fight for Russia in October 2024. Kim's top diplomat held talks with Sergei "
        "Lavrov in Moscow on Nov. 1.",
        "2024-11-04",
        [W("2024-10", A, ("Kim Jong Un", "Russia")),
         W("2024-11-01", A, ("North Korea",), cat="CONSULT", not_actors=("Kim Jong Un",))]),
    Doc("poss-trumps-negotiators",
        "Trump's negotiators met North Korean officials at Panmunjom on Sunday to prepare for the Singapore summit.",
        "2018-05-29",
        [W("2018-05-27", A, ("United States", "North Korea"), cat="CONSULT", not_actors=("Donald Trump",))]),
    Doc("poss-putins-foreign-minister",
        "Putin's foreign minister arrived in Wonsan on July 11, 2025, for talks with his North Korean counterpart.",
        "2025-07-14",
        [W("2025-07-11", A, ("Russia", "North Korea"), cat="CONSULT", not_actors=("Vladimir Putin",))]),
    Doc("poss-moons-envoys",
        "Moon's envoys dined with Kim Jong Un in Pyongyang on March 5, 2018.",
        "2018-03-07",
        [W("2018-03-05", A, ("Kim Jong Un", "South Korea"), not_actors=("Moon Jae-in",))]),
    # ================================================================== people who share a family name
    Doc("name-kim-dae-jung-nobel",
        "Kim Dae-jung and Kim Jong Il held the first inter-Korean summit in Pyongyang on June 13, 2000. Kim Dae-jung "
        "was named the winner of the Nobel Peace Prize on Oct. 13, 2000.",
        "2020-06-15",
        [W("2000-06-13", A, ("Kim Jong Il",), cat="CONSULT"),
         W("2000-10-13", A, not_actors=("Kim Jong Il", "Kim Jong Un"))]),
    Doc("name-kim-yo-jong-then-kim",
        "Kim Yo Jong issued a statement on Sunday dismissing Seoul's overtures. On Tuesday, Kim mocked the South's "
        "new president as a daydreamer.",
        "2025-08-20",
        [W("2025-08-17", A, ("South Korea",), cat="REJECT", not_actors=("Kim Jong Un",)),
         W("2025-08-19", A, ("South Korea", "Lee Jae-myung"), not_actors=("Kim Jong Un",))]),
    Doc("name-moon-chung-in",
        "Moon Chung-in, who advised Moon Jae-in on North Korea, said on Tuesday that Washington should offer "
        "Pyongyang a peace treaty.",
        "2025-11-12",
        [W("2025-11-11", A, not_actors=("Moon Jae-in",))]),
    Doc("name-lee-myung-bak-government",
        "Lee Myung-bak's government cut off nearly all trade with the North on May 24, 2010, after the sinking of "
        "the Cheonan.",
        "2020-05-24",
        [W("2010-05-24", A, ("South Korea", "North Korea"), cat="SANCTION", not_actors=("Lee Jae-myung",))]),
    Doc("name-kim-jong-il-and-his-son",
        "Kim Jong Il died on Dec. 17, 2011, and his son Kim Jong Un was named supreme commander of the army on Dec. "
        "30, 2011.",
        "2021-12-17",
        [W("2011-12-17", A, ("Kim Jong Il",), not_actors=("Kim Jong Un",)),
         W("2011-12-30", A, ("Kim Jong Un",), not_actors=("Kim Jong Il",))]),
    # ================================================================== organisations beside countries
    Doc("org-unsc-resolution-2397",
        "The UN Security Council unanimously adopted Resolution 2397 on Dec. 22, 2017, capping North Korea's "
        "imports of refined petroleum.",
        "2022-12-22",
        [W("2017-12-22", A, ("UN Security Council", "North Korea"), cat="SANCTION")]),
    Doc("org-russia-vetoed-the-panel",
        "On March 28, 2024, Russia vetoed the renewal of the UN panel of experts that monitored sanctions against "
        "North Korea.",
        "2024-04-01",
        [W("2024-03-28", A, ("Russia", "North Korea"), cat="REJECT")]),
    Doc("org-iaea-inspectors-expelled",
        "North Korea expelled the last IAEA inspectors from Yongbyon in December 2002.",
        "2022-12-31",
        [W("2002-12", A, ("North Korea", "International Atomic Energy Agency"), cat="COERCE")]),
    Doc("org-supreme-peoples-assembly-speech",
        "In a speech to the Supreme People's Assembly on Sept. 21, Kim Jong Un said he was open to talks with the "
        "United States if Washington dropped its demand for denuclearisation.",
        "2025-09-23",
        [W("2025-09-21", A, ("Kim Jong Un", "Supreme People's Assembly", "United States"), title="Kim Jong Un")]),
    Doc("org-six-parties-agreed",
        "The six parties agreed in Beijing on Feb. 13, 2007, on initial steps to shut down the Yongbyon reactor in "
        "return for energy aid.",
        "2022-02-13",
        [W("2007-02-13", A, ("Six-Party Talks",), cat="AGREE")]),
    # ================================================================== categories: the happening, not the nearest word
    Doc("cat-rejected-offer-of-talks",
        "North Korea rejected Seoul's offer of military talks on Tuesday.",
        "2025-11-12",
        [W("2025-11-11", A, ("North Korea", "South Korea"), cat="REJECT")]),
    Doc("cat-demanded-sanctions-lifted",
        "Pyongyang demanded on Sunday that Washington lift all sanctions before any new round of talks.",
        "2025-11-12",
        [W("2025-11-09", A, ("North Korea", "United States"), cat="REQUEST")]),
    Doc("cat-urged-return-to-talks",
        "The United States urged North Korea on Tuesday to return to denuclearisation talks without preconditions.",
        "2025-11-12",
        [W("2025-11-11", A, ("United States", "North Korea"), cat="REQUEST")]),
    Doc("cat-invited-to-the-dmz",
        "Donald Trump invited Kim Jong Un on Twitter on June 29, 2019, to meet him at the demilitarised zone.",
        "2019-07-01",
        [W("2019-06-29", A, ("Donald Trump", "Kim Jong Un"), cat="REQUEST")]),
    Doc("cat-suspended-food-aid",
        "The United States suspended the promised food aid on April 13, 2012, after North Korea's failed rocket "
        "launch.",
        "2022-04-13",
        [W("2012-04-13", A, ("United States", "North Korea"), cat="SANCTION")]),
    Doc("cat-leap-day-agreed",
        "North Korea agreed on Feb. 29, 2012, to a moratorium on nuclear and long-range missile tests in return for "
        "240,000 tonnes of U.S. food aid.",
        "2022-02-28",
        [W("2012-02-29", A, ("North Korea", "United States"), cat="AGREE")]),
    Doc("cat-warned-of-overwhelming-force",
        "North Korea warned on Monday that it would answer the allies' drills with overwhelming force.",
        "2025-08-20",
        [W("2025-08-18", A, ("North Korea",), cat="THREATEN")]),
    Doc("cat-rice-through-the-wfp",
        "Seoul said on Wednesday that it would ship 50,000 tonnes of rice to the North through the World Food "
        "Programme.",
        "2019-06-20",
        [W("2019-06-19", A, ("South Korea", "North Korea"), cat="AID")]),
    Doc("cat-intelligence-pact-restored",
        "South Korea fully restored its military intelligence-sharing pact with Japan on March 21, 2023.",
        "2023-03-22",
        [W("2023-03-21", A, ("South Korea", "Japan"), cat=("COOPERATE", "AGREE"))]),
    Doc("cat-defence-chiefs-met",
        "The defence chiefs of South Korea, the United States and Japan met in Tokyo on Sunday and agreed to hold "
        "regular trilateral drills.",
        "2024-07-30",
        [W("2024-07-28", A, ("South Korea", "United States", "Japan"), cat=("CONSULT", "AGREE"))]),
    Doc("cat-phone-call",
        "Lee Jae-myung and Donald Trump spoke by phone on Friday, their first conversation since Lee took office.",
        "2025-06-09",
        [W("2025-06-06", A, ("Lee Jae-myung", "Donald Trump"), cat="CONSULT")]),
    Doc("cat-refused-a-letter",
        "North Korean diplomats in New York refused to accept a letter from the U.S. president, NK News reported on "
        "Wednesday.",
        "2025-06-13",
        [W("2025-06-11", A, ("North Korea", "Donald Trump"), cat="REJECT", title="refused")]),
    Doc("cat-blacklisted-by-seoul",
        "Seven North Korean hackers were blacklisted by Seoul on Friday for stealing cryptocurrency.",
        "2025-11-12",
        [W("2025-11-07", A, ("South Korea", "North Korea"), cat="SANCTION", title="blacklisted")]),
    # ================================================================== titles that say who did what
    Doc("title-he-said",
        "Kim Jong Un visited a naval shipyard on Sunday. He said on Monday that the navy would soon receive its "
        "first nuclear-powered submarine.",
        "2025-11-12",
        [W("2025-11-09", A, ("Kim Jong Un",)), W("2025-11-10", A, ("Kim Jong Un",), title="Kim")],
        title_not=("He said",)),
    Doc("title-after-clause",
        "After Pyongyang rejected the offer on Monday, Seoul said it would try again through the Red Cross.",
        "2025-11-12",
        [W("2025-11-10", A, ("North Korea",), cat="REJECT", title="Pyongyang rejected")],
        title_not=("After",)),
    Doc("title-reported-clause-first",
        "North Korea will send a delegation to a security forum in Moscow next month, the Kremlin said on Thursday.",
        "2025-11-14",
        [W("2025-11-13", A, ("Russia", "North Korea"), title="delegation"), W("2025-12", P, ("North Korea",))]),
    Doc("title-quote-first",
        "\"We will never give up our nuclear weapons,\" Kim Jong Un told the assembly on Sunday.",
        "2025-09-23",
        [W("2025-09-21", A, ("Kim Jong Un",), title="nuclear weapons")]),
    Doc("title-opening-phrases",
        "On Tuesday, in a statement carried by KCNA, North Korea's foreign ministry rejected the G7's call for "
        "denuclearisation.",
        "2025-11-12",
        [W("2025-11-11", A, ("North Korea",), cat="REJECT", title="foreign ministry rejected")]),
    Doc("title-which-clause",
        "The Hwasong-20, which North Korea unveiled at a military parade on Oct. 10, has yet to be flight-tested.",
        "2025-10-20",
        [W("2025-10-10", A, ("North Korea",), title="Hwasong-20")]),
    Doc("clause-two-meetings-one-sentence",
        "Trump met Lee Jae-myung in Gyeongju on Oct. 29 and Xi Jinping in Busan on Oct. 30.",
        "2025-10-31",
        [W("2025-10-29", A, ("Donald Trump", "Lee Jae-myung"), not_actors=("Xi Jinping",), title="Lee"),
         W("2025-10-30", A, ("Donald Trump", "Xi Jinping"), not_actors=("Lee Jae-myung",), title="Xi Jinping")]),
    Doc("title-military-said-loudspeakers",
        "South Korea's military said on Saturday that the North had begun dismantling some of its loudspeakers along "
        "the border.",
        "2025-08-11",
        [W("2025-08-09", A, ("South Korea", "North Korea"), title="dismantling")]),
]
