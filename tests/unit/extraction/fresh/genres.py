"""A seventh probe round in genres the other modules do not cover: chronology listings (dated lines, bullets,
year headings and "Timeline:" blocks inside an article), press-briefing and interview transcripts (speaker
labels, Q:/A: lines, questions about "next week"), analysis and op-ed retrospection ("three decades after the
1994 deal", "for the first time since 2009", counterfactuals), live blogs whose entries carry only a clock
time ("09:42 KST", "Updated 14:05 GMT", "1:15 p.m. ET") and so happen on the live blog's day, North Korean
state-media prose (Juche years, founding and birth anniversaries, the Day of the Sun) and non-diplomacy noise
(scores, prices, ages, phone and version numbers, "Top 10", "24/7", page numbers, "9/11").  Hand-written, see
the package docstring.

Two case shapes:

- Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=..., no_ev_in=...), checked by
  checks.check_dated_case (see checks.Doc and checks.Ev).  only=True (the default): every extracted event must
  be one an editor wants, so [] means no event at all.
- C(id, text, published, tx=[], ev=[]) from formats.py, checked by checks.check_format_case: with tx=[] and
  ev=[], the text must give no timex and no event at all (the noise cases).

Judgements a reader may not share, stated once:

- A chronology line is a dated happening even in the historical present ("Oct. 21, 1994 — The Agreed
  Framework is signed"), and "Pyongyang says it will leave the NPT" on a 1993 line is the (asserted)
  announcement, not a plan.  A forward-looking list ("What comes next:") is planned.  Headings ("Key events of
  2017") and the date line of a transcript header are no events.
- A question in a briefing ("Will the Secretary meet ... next week?") asserts nothing: an event from it may be
  missing, and if made it is hypothetical.  A fact stated inside a question ("The Hanoi summit broke down in
  February 2019") is asserted.
- A live-blog entry with only a clock time happened on the blog's (published) day; an entry after midnight
  ("00:35 KST" after "23:50 KST") on the next day.  "Updated 14:05 GMT" stamps and "live blog has closed"
  furniture give no event.
- Anniversaries named by ordinal ("the 80th founding anniversary") are no dates of their own; a holiday
  that names a day ("the Day of the Sun", 15 April; "New Year's Day") is that day.  Juche years give no timex
  of their own, as in intl.py.
- "9/11" as the name of the 2001 attacks may be dated 2001-09-11 or not at all, but never 11 September of
  the publication year.  Ages ("the 41-year-old leader"), scores, odds, prices and counts are no dates.
"""

from .checks import Doc, Ev
from .formats import C

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

CASES = [
    # ================================================================== chronology listings
    Doc("chron-em-dash-present-tense",
        "Oct. 21, 1994 — The Agreed Framework is signed in Geneva.\n"
        "Oct. 3, 2002 — James Kelly confronts North Korean officials in Pyongyang over uranium enrichment.\n"
        "Jan. 10, 2003 — North Korea announces its withdrawal from the NPT.",
        "2025-10-21",
        [Ev("1994-10-21", A), Ev("2002-10-03", A, ("James Kelly", "North Korea")), Ev("2003-01-10", A, ("North Korea",))]),
    Doc("chron-year-colon",
        "2006: first nuclear test\n"
        "2009: second nuclear test\n"
        "2013: third nuclear test\n"
        "2016: fourth and fifth tests\n"
        "2017: sixth test, the most powerful yet",
        "2025-10-09",
        [Ev("2006", A), Ev("2009", A), Ev("2013", A), Ev("2016", A), Ev("2017", A)]),
    Doc("chron-month-day-year-colon",
        "June 12, 2018: Singapore summit\n"
        "Feb. 27-28, 2019: Hanoi summit ends without a deal\n"
        "June 30, 2019: Trump steps across the demarcation line at Panmunjom",
        "2025-06-12",
        [Ev("2018-06-12", A), Ev("2019-02-27/2019-02-28/day", A), Ev("2019-06-30", A)]),
    Doc("chron-timeline-block-in-article",
        "North Korea staged a military parade in Pyongyang on Friday to mark the 80th anniversary of the founding "
        "of its ruling party.\n\n"
        "Timeline:\n"
        "Oct. 10, 1945 — The party's forerunner, the North Korean Bureau of the Communist Party of Korea, is founded.\n"
        "Dec. 17, 2011 — Kim Jong Il dies; his son Kim Jong Un takes over.\n"
        "Jan. 2021 — Kim Jong Un is named general secretary at the Eighth Party Congress.\n\n"
        "Chinese Premier Li Qiang, who attended the parade, left Pyongyang on Saturday.",
        "2025-10-11",
        [Ev("2025-10-10", A, ("North Korea",)), Ev("1945-10-10", A), Ev("2011-12-17", A, ("Kim Jong Il",)),
         Ev("2021-01", A, ("Kim Jong Un",)), Ev("2025-10-11", A, ("China",))]),
    Doc("chron-key-events-year-headings",
        "Key events of 2017\n"
        "July 4 — North Korea launches its first ICBM, the Hwasong-14\n"
        "Sept. 3 — sixth nuclear test\n"
        "Nov. 29 — Hwasong-15 launch\n\n"
        "Key events of 2018\n"
        "April 27 — Moon Jae-in and Kim Jong Un meet at Panmunjom\n"
        "June 12 — Singapore summit",
        "2025-09-20",
        [Ev("2017-07-04", A, ("North Korea",)), Ev("2017-09-03", A), Ev("2017-11-29", A),
         Ev("2018-04-27", A, ("Moon Jae-in", "Kim Jong Un")), Ev("2018-06-12", A)],
        no_ev=["2025-07-04", "2025-09-03", "2025-04-27", "2025-06-12"]),
    Doc("chron-bullets-month-year",
        "• March 1993 — Pyongyang says it will leave the Nuclear Non-Proliferation Treaty\n"
        "• June 1994 — Jimmy Carter travels to Pyongyang and meets Kim Il Sung\n"
        "• October 1994 — the Agreed Framework freezes the Yongbyon reactor",
        "2025-10-01",
        [Ev("1993-03", A, ("North Korea",)), Ev("1994-06", A, ("Kim Il Sung",)), Ev("1994-10", A)]),
    Doc("chron-newest-first",
        "Recent launches, newest first:\n"
        "Oct. 31, 2024 — Hwasong-19 solid-fuel ICBM\n"
        "Dec. 18, 2023 — Hwasong-18 ICBM\n"
        "Nov. 21, 2023 — Malligyong-1 reconnaissance satellite reaches orbit",
        "2025-01-15",
        [Ev("2024-10-31", A), Ev("2023-12-18", A), Ev("2023-11-21", A)]),
    Doc("chron-day-ranges",
        "Aug. 27-29, 2003 — first round of the six-party talks in Beijing\n"
        "July 26-Aug. 7, 2005 — first phase of the fourth round\n"
        "Sept. 19, 2005 — joint statement of principles\n"
        "Feb. 8-13, 2007 — third session of the fifth round agrees on initial steps",
        "2025-09-19",
        [Ev("2003-08-27/2003-08-29/day", A, ("Six-Party Talks",)), Ev("2005-07-26/2005-08-07/day", A),
         Ev("2005-09-19", A), Ev("2007-02-08/2007-02-13/day", A)]),
    Doc("chron-decades",
        "The 1950s: war and reconstruction\n"
        "The 1990s: famine and the first nuclear crisis\n"
        "The 2000s: six-party diplomacy\n"
        "The 2010s: nuclear tests and summitry",
        "2025-08-15",
        [Ev("195", A), Ev("199", A), Ev("200", A), Ev("201", A)]),
    Doc("chron-week-in-review-weekdays",
        "The week in review:\n"
        "Monday — North Korea fires two cruise missiles off its west coast\n"
        "Wednesday — Seoul and Tokyo lodge protests at the United Nations\n"
        "Friday — Kim Jong Un inspects a shipyard in Nampho",
        "2025-11-22",
        [Ev("2025-11-17", A, ("North Korea",)), Ev("2025-11-19", A, ("South Korea", "Japan")),
         Ev("2025-11-21", A, ("Kim Jong Un",))]),
    Doc("chron-numbered-iso",
        "1) 2018-04-27 Panmunjom Declaration signed by Moon Jae-in and Kim Jong Un\n"
        "2) 2018-06-12 Singapore joint statement\n"
        "3) 2018-09-19 Pyongyang Joint Declaration",
        "2025-09-19",
        [Ev("2018-04-27", A, ("Moon Jae-in", "Kim Jong Un")), Ev("2018-06-12", A), Ev("2018-09-19", A)]),
    Doc("chron-what-comes-next",
        "What comes next:\n"
        "- Oct. 29: Trump is due to arrive in South Korea\n"
        "- Oct. 31-Nov. 1: APEC leaders meet in Gyeongju\n"
        "- Early November: the National Assembly takes up the budget",
        "2025-10-20",
        [Ev("2025-10-29", P, ("South Korea",)), Ev("2025-10-31/2025-11-01", P), Ev("2025-11", P)]),
    Doc("chron-weekday-prefixed-full-dates",
        "Wednesday, Jan. 6, 2016 — North Korea claims to have tested a hydrogen bomb\n"
        "Friday, Sept. 9, 2016 — fifth nuclear test, on the anniversary of the state's founding",
        "2025-09-03",
        [Ev("2016-01-06", A, ("North Korea",)), Ev("2016-09-09", A)]),
    Doc("chron-year-bullets-months-inside",
        "- 2017: North Korea launches the Hwasong-14 in July and the Hwasong-15 in November\n"
        "- 2018: Kim Jong Un meets Moon Jae-in three times, in April, May and September",
        "2025-09-19",
        [Ev("2017-07", A), Ev("2017-11", A), Ev("2018-04", A), Ev("2018-05", A), Ev("2018-09", A),
         Ev("2017", A, opt=True), Ev("2018", A, opt=True)],
        no_ev=["2025-07", "2025-11", "2025-04", "2025-05", "2025-09"]),
    Doc("chron-on-this-day-year-lines",
        "On this day in history\n"
        "1950 — North Korean forces invade the South, starting the Korean War",
        "2025-06-25",
        [Ev("1950-06-25", A, ("North Korea",))]),
    Doc("chron-tab-separated-years",
        "1985\tNorth Korea joins the NPT\n"
        "1993\tPyongyang announces it will withdraw\n"
        "2003\tThe withdrawal takes effect",
        "2025-09-19",
        [Ev("1985", A, ("North Korea",)), Ev("1993", A, ("North Korea",)), Ev("2003", A)]),
    Doc("chron-early-late-year-lines",
        "Early 2018 — the diplomatic thaw begins at the Pyeongchang Winter Olympics\n"
        "Late 2019 — Pyongyang's year-end deadline passes without a deal\n"
        "June 2020 — North Korea blows up the liaison office in Kaesong",
        "2025-12-09",
        [Ev("2018", A), Ev("2019", A), Ev("2020-06", A, ("North Korea",))]),
    Doc("chron-year-line-with-dated-sentence",
        "2019 — After the Hanoi summit collapses on Feb. 28, the two leaders meet again at the DMZ on June 30.",
        "2025-09-19",
        [Ev("2019-02-28", A), Ev("2019-06-30", A), Ev("2019", A, opt=True)], no_ev=["2025-02-28", "2025-06-30"]),
    Doc("chron-past-and-future-lines",
        "Timeline:\n"
        "Aug. 25 — Lee Jae-myung meets Trump at the White House\n"
        "Oct. 29 — Trump visits Gyeongju\n"
        "Nov. 1 — APEC summit closes",
        "2025-10-20",
        [Ev("2025-08-25", A, ("Lee Jae-myung", "United States")), Ev("2025-10-29", P), Ev("2025-11-01", P)]),
    # ================================================================== press briefings and interviews
    Doc("brief-question-next-week",
        "QUESTION: Will the Secretary meet North Korea's foreign minister next week in New York?\n"
        "MS. BRUCE: I have nothing to announce on that.",
        "2025-09-18",
        [Ev("2025-W39", H, opt=True)]),
    Doc("brief-answer-will-travel-next-week",
        "MS. BRUCE: The Secretary will travel to New York next week for the UN General Assembly, where he will meet "
        "his Japanese and South Korean counterparts.",
        "2025-09-18",
        [Ev("2025-W39", P, ("South Korea",))]),
    Doc("brief-in-the-coming-days",
        "MS. BRUCE: We expect to have more to say about the trip in the coming days.",
        "2025-09-18",
        []),
    Doc("brief-q-and-a-later-this-month",
        "Q: Is the President still planning to visit South Korea later this month?\n"
        "A: Yes. The President will attend the APEC summit in Gyeongju later this month, and we'll have more "
        "details closer to the time.",
        "2025-10-02",
        [Ev(("2025-10", "2025-10-02/2025-10-31"), P), Ev(("2025-10", "2025-10-02/2025-10-31"), (H, P), opt=True)]),
    Doc("brief-header-then-yesterday",
        "Department Press Briefing\n"
        "Tammy Bruce, Department Spokesperson\n"
        "Washington, DC\n"
        "September 18, 2025\n\n"
        "MS. BRUCE: Yesterday the Secretary spoke by phone with South Korean Foreign Minister Cho Hyun about the "
        "detention of Korean workers in Georgia.",
        "2025-09-18",
        [Ev("2025-09-17", A, ("South Korea",))]),
    Doc("brief-interview-last-sat-down",
        "HOST: When did you last sit down with the North Koreans?\n"
        "ENVOY: In October 2019, in Stockholm. There has been nothing substantive since.",
        "2025-11-12",
        [Ev("2019-10", A)]),
    Doc("brief-fact-inside-question",
        "Q: The Hanoi summit broke down in February 2019. What has changed since then?",
        "2025-11-12",
        [Ev("2019-02", A)]),
    Doc("brief-no-meeting-next-week",
        "Q: Will there be a trilateral meeting next week?\n"
        "A: No, there will be no meeting next week.",
        "2025-11-12",
        [Ev("2025-W47", (H, N), opt=True), Ev("2025-W47", (H, N), opt=True)]),
    Doc("brief-tomorrow-deputy-hosts",
        "MR. PIGOTT: Tomorrow, the Deputy Secretary will host a trilateral meeting with Japan and South Korea here "
        "at the Department.",
        "2025-10-13",
        [Ev("2025-10-14", P, ("Japan", "South Korea"))]),
    Doc("brief-question-end-of-the-week",
        "QUESTION: Do you expect to release a readout of the call by the end of the week?",
        "2025-10-13",
        [Ev(("2025-W42", "2025-10-17/2025-10-19", "2025-10-19", "2025-10-17"), H, opt=True)]),
    Doc("brief-concluded-at",
        "(The briefing was concluded at 2:58 p.m.)",
        "2025-10-13",
        []),
    Doc("brief-background-29th-30th",
        "SENIOR ADMINISTRATION OFFICIAL: The President will arrive in Gyeongju on the 29th and depart on the 30th, "
        "after his meeting with President Xi.",
        "2025-10-24",
        [Ev("2025-10-29", P), Ev("2025-10-30", P, ("Xi Jinping",))]),
    Doc("brief-last-thursdays-launch",
        "Q: On last Thursday's missile launch — was Washington told in advance?\n"
        "A: I'm not going to get into intelligence matters from the podium.",
        "2025-11-10",
        [Ev("2025-11-06", A)]),
    Doc("brief-interview-a-year-ago",
        "INTERVIEWER: A year ago you told us talks with Pyongyang were still possible. Do you still think so?\n"
        "MINISTER: I said it then and I will say it again today.",
        "2025-11-12",
        [Ev(("2024", "2024-11", "2024-11-12"), A), Ev("2025-11-12", (P, A), opt=True)]),
    Doc("brief-looking-at-the-spring",
        "Q   And on the summit itself, is there a date yet?\n"
        "A   Not yet. We are looking at the spring, but nothing is locked in.",
        "2025-11-12",
        [Ev("2026-SP", (P, H))], no_ev=["2025-SP"]),
    C("brief-committee-and-resolution-numbers",
      "QUESTION: Two quick ones. First, on the 1718 Committee — is the panel gone for good? And second, on "
      "resolution 2397?",
      "2025-11-12", tx=[], ev=[]),
    Doc("brief-today-announcing-sanctions",
        "MS. BRUCE: Today the Department is announcing sanctions on two individuals who helped North Korea's IT "
        "workers evade U.S. controls.",
        "2025-09-03",
        [Ev("2025-09-03", A, ("North Korea",))]),
    Doc("brief-miller-this-weekend-monday",
        "MR. MILLER: The Secretary departs for Seoul this weekend and will meet Acting President Choi Sang-mok on "
        "Monday.",
        "2025-01-03",
        [Ev("2025-W01-WE", P, ("South Korea",)), Ev("2025-01-06", P)]),
    # ================================================================== analysis and op-ed retrospection
    Doc("op-three-decades-after-1994",
        "Three decades after the 1994 deal, Washington and Pyongyang are further apart than ever.",
        "2025-10-21",
        [Ev("1994", A, opt=True)], no_ev=["2024", "2025"]),
    Doc("op-since-the-1953-armistice",
        "Since the 1953 armistice, the peninsula has lived under a ceasefire that was never meant to last seventy "
        "years.",
        "2025-07-27",
        [Ev("1953", A, opt=True)]),
    Doc("op-in-the-years-since",
        "In the years since, Pyongyang has tested six nuclear devices and dozens of long-range missiles.",
        "2025-07-27",
        []),
    Doc("op-first-time-since-2009",
        "For the first time since 2009, a Chinese premier stood beside Kim Jong Un at a parade in Pyongyang on "
        "Friday.",
        "2025-10-11",
        [Ev("2025-10-10", A, ("Kim Jong Un", "China"))], no_ev=["2009"]),
    Doc("op-a-decade-on-leap-day",
        "More than a decade on from the Leap Day deal of February 2012, analysts still argue over who broke it "
        "first.",
        "2025-03-01",
        [Ev("2012-02", A)], no_ev=["2022"]),
    Doc("op-in-hindsight-hanoi",
        "In hindsight, the collapse of the Hanoi summit in February 2019 was the high-water mark of personal "
        "diplomacy between the two leaders.",
        "2025-02-27",
        [Ev("2019-02", A)]),
    Doc("op-back-in-2018",
        "Back in 2018, few in Seoul expected the thaw to end so quickly.",
        "2025-04-27",
        [Ev("2018", A, opt=True)]),
    Doc("op-most-of-the-2010s",
        "For most of the 2010s, strategic patience meant waiting for Pyongyang to move first.",
        "2025-04-27",
        [Ev("201", A, opt=True)]),
    Doc("op-ten-years-later-in-2004",
        "Ten years later, in 2004, many of the same negotiators were sitting across the table in Beijing.",
        "2025-09-19",
        [Ev("2004", A)], no_ev=["2035"]),
    Doc("op-seventy-two-years-after",
        "Seventy-two years after the guns fell silent at Panmunjom, no peace treaty has been signed.",
        "2025-07-27",
        []),
    Doc("op-ever-since-singapore",
        "Ever since the Singapore summit of June 2018, Kim Jong Un has insisted that any deal must begin with "
        "sanctions relief.",
        "2025-06-12",
        [Ev("2018-06", A, opt=True)]),
    Doc("op-counterfactual-hanoi",
        "Had the Hanoi talks succeeded in 2019, sanctions might have been eased by 2020.",
        "2025-09-19",
        [Ev("2019", (H, N), opt=True), Ev("2020", (H, N), opt=True)]),
    Doc("op-a-generation-ago-albright",
        "A generation ago, in October 2000, Madeleine Albright raised a glass with Kim Jong Il in Pyongyang.",
        "2025-10-23",
        [Ev("2000-10", A, ("Madeleine Albright", "Kim Jong Il"))]),
    Doc("op-the-last-time-pompeo",
        "The last time a U.S. secretary of state went to Pyongyang was in October 2018, when Mike Pompeo met Kim "
        "Jong Un.",
        "2025-10-23",
        [Ev("2018-10", A, ("Mike Pompeo", "Kim Jong Un"))]),
    Doc("op-over-the-past-three-decades",
        "Over the past three decades, every American president has tried a different approach to Pyongyang, and "
        "none has worked.",
        "2025-10-23",
        []),
    Doc("op-by-2030-could",
        "By 2030, some analysts believe, North Korea could have as many as 200 warheads.",
        "2025-10-23",
        [Ev("2030", H, opt=True)]),
    Doc("op-between-1994-and-2002",
        "Between 1994 and 2002, the reactor at Yongbyon stayed shut under IAEA seals.",
        "2025-10-23",
        [Ev("1994-01-01/2002-12-31", A)]),
    Doc("op-famine-of-the-mid-1990s",
        "The famine of the mid-1990s, which the North calls the Arduous March, killed hundreds of thousands of "
        "people.",
        "2025-10-23",
        [Ev("199", A, ("North Korea",))]),
    Doc("op-thirty-years-on-oct-21-1994",
        "Thirty years on, the Oct. 21, 1994 agreement looks like a road not taken.",
        "2025-10-21",
        [Ev("1994-10-21", A)]),
    Doc("op-the-year-before-last",
        "The year before last, Pyongyang abandoned its decades-old goal of peaceful unification with the South.",
        "2025-10-23",
        [Ev("2023", A, ("North Korea",))]),
    Doc("op-pueblo-january-1968",
        "The seizure of the USS Pueblo in January 1968 remains the template for crisis management on the peninsula.",
        "2025-10-23",
        [Ev("1968-01", A)]),
    # ================================================================== live blogs
    Doc("live-kst-entries",
        "Live: North Korea fires ballistic missile\n\n"
        "09:42 KST — South Korea's Joint Chiefs of Staff says North Korea has fired an unidentified ballistic missile "
        "toward the East Sea.\n\n"
        "10:05 KST — Japan's defence ministry says the missile appears to have fallen outside Japan's exclusive "
        "economic zone.",
        "2025-11-07",
        [Ev("2025-11-07", A, ("North Korea",)), Ev("2025-11-07", A, ("Japan",), opt=True)]),
    Doc("live-updated-gmt-then-wednesday",
        "Updated 14:05 GMT\n\n"
        "The UN Security Council will hold an emergency meeting on the launch on Wednesday, diplomats said.",
        "2025-11-10",
        [Ev("2025-11-12", P, ("UN Security Council",))], no_ev_in=["Updated"]),
    Doc("live-et-pm-trump",
        "1:15 p.m. ET: Donald Trump tells reporters at the White House he would love to meet Kim Jong Un this year.",
        "2025-10-24",
        [Ev("2025-10-24", A, ("Donald Trump",)), Ev("2025", (H, P), opt=True)]),
    Doc("live-entries-across-midnight",
        "23:50 KST — The leaders enter the banquet hall in Gyeongju.\n"
        "00:35 KST — The two sides release a joint fact sheet on trade.",
        "2025-10-29",
        [Ev("2025-10-29", A), Ev("2025-10-30", A)]),
    Doc("live-earlier-today",
        "Catch up: Earlier today, North Korea's foreign ministry issued a statement condemning the joint drills that "
        "began this morning.",
        "2025-08-18",
        [Ev("2025-08-18", A, ("North Korea",)), Ev("2025-08-18", A, opt=True)]),
    Doc("live-gmt-yesterday",
        "10:20 GMT — The Foreign Office says it summoned the North Korean ambassador yesterday over the "
        "cyber-attack.",
        "2025-11-18",
        [Ev("2025-11-17", A, ("North Korea",)), Ev("2025-11-18", A, opt=True)]),
    Doc("live-stamp-then-future-date",
        "16:40 CEST — EU foreign ministers will discuss new sanctions on Pyongyang at their meeting on 20 October.",
        "2025-10-13",
        [Ev("2025-10-20", P, ("North Korea",)), Ev("2025-10-13", (A, P), opt=True)]),
    Doc("live-header-date-then-last-week",
        "Monday 3 November 2025\n"
        "Live updates: the APEC aftermath\n\n"
        "08:15 GMT — Chinese state media praised the outcome of last week's meeting between Xi Jinping and Donald "
        "Trump in Busan.",
        "2025-11-03",
        [Ev("2025-11-03", A, ("China",)),
         Ev(("2025-W44", "2025-10-27/2025-11-02"), A, ("Xi Jinping", "Donald Trump"))]),
    Doc("live-updated-stamp-friday-letter",
        "Updated 11:30 a.m. ET — The White House said a letter from Kim Jong Un arrived on Friday.",
        "2025-11-10",
        [Ev("2025-11-07", A, ("Kim Jong Un",)), Ev("2025-11-10", A, opt=True)]),
    Doc("live-stamp-then-tomorrow",
        "19:05 KST — Lee Jae-myung will fly to Washington tomorrow for his first summit with Donald Trump.",
        "2025-08-23",
        [Ev("2025-08-24", P, ("Lee Jae-myung",))]),
    Doc("live-twelve-hour-stamps",
        "9:58 a.m.: Kim Jong Un's motorcade leaves the state guesthouse in Beijing.\n"
        "10:14 a.m.: Kim arrives at Tiananmen Square alongside Xi Jinping and Vladimir Putin.",
        "2025-09-03",
        [Ev("2025-09-03", A, ("Kim Jong Un",)), Ev("2025-09-03", A, ("Xi Jinping", "Vladimir Putin"))]),
    Doc("live-stamp-monday-proposal",
        "3:20 p.m. KST — The unification ministry says it proposed military talks to Pyongyang on Monday but has "
        "received no reply.",
        "2025-11-12",
        [Ev("2025-11-10", A, ("North Korea",)), Ev("2025-11-12", A, opt=True)]),
    Doc("live-minutes-ago",
        "12 min ago\n"
        "North Korea's foreign minister Choe Son Hui has arrived in Moscow, Russian state media report.",
        "2025-10-27",
        [Ev("2025-10-27", A, ("North Korea", "Russia"))]),
    Doc("live-what-happens-next",
        "What happens next: the Security Council meets at 10 a.m. New York time on Thursday, and Japan's prime "
        "minister speaks to reporters at noon today.",
        "2025-11-18",
        [Ev("2025-11-20", P, ("UN Security Council",)), Ev("2025-11-18", P, ("Japan",), opt=True)]),
    Doc("live-blog-closed",
        "This live blog has now closed. You can read yesterday's coverage here, and our full report from Tuesday "
        "here.",
        "2025-11-18",
        []),
    Doc("live-bst-kim-yo-jong",
        "11:02 BST — Kim Yo Jong's statement, carried by KCNA on 28 July, rejects any dialogue with Seoul.",
        "2025-07-28",
        [Ev("2025-07-28", A, ("South Korea",))]),
    # ================================================================== North Korean state media
    Doc("kcna-parade-juche-114",
        "Pyongyang, October 11 (KCNA) -- A grand military parade was held in Kim Il Sung Square on October 10, "
        "Juche 114 (2025), in celebration of the 80th founding anniversary of the Workers' Party of Korea.",
        "2025-10-11",
        [Ev("2025-10-10", A)], no_tx=["Juche 114"], no_ev=["1945"]),
    Doc("kcna-day-of-the-sun-homage",
        "On the occasion of the Day of the Sun, the respected Comrade Kim Jong Un paid homage to President Kim Il "
        "Sung at the Kumsusan Palace of the Sun.",
        "2025-04-16",
        [Ev("2025-04-15", A, ("Kim Jong Un",))]),
    Doc("kcna-recently-visited",
        "The respected Comrade Kim Jong Un recently visited the newly built regional hospital in Kangdong County and "
        "expressed great satisfaction.",
        "2025-11-12",
        []),
    Doc("kcna-80th-founding-anniversary-festival",
        "The 80th founding anniversary of the Workers' Party of Korea will be a great festival of the whole country.",
        "2025-09-19",
        [Ev("2025-10-10", P, opt=True)]),
    Doc("kcna-day-of-the-shining-star-feb-16",
        "Celebrations of the Day of the Shining Star, the birthday of Chairman Kim Jong Il, will be held across the "
        "country on February 16.",
        "2026-02-10",
        [Ev("2026-02-16", P)]),
    Doc("kcna-victory-72nd-anniversary",
        "The 72nd anniversary of the victory in the great Fatherland Liberation War was solemnly marked on July 27.",
        "2025-07-28",
        [Ev("2025-07-27", A)], no_ev=["1953"]),
    Doc("kcna-ninth-congress-early-juche-115",
        "The Political Bureau decided to convene the Ninth Congress of the Workers' Party of Korea in early Juche 115 "
        "(2026).",
        "2025-06-24",
        [Ev("2026", P, ("Workers' Party of Korea",))], no_tx=["Juche 115"]),
    Doc("kcna-test-fire-watched",
        "Pyongyang, October 23 (KCNA) -- Pak Jong Chon, vice-chairman of the Central Military Commission of the WPK, "
        "watched the test-fire of a new-type weapon system on October 22.",
        "2025-10-23",
        [Ev("2025-10-22", A)]),
    Doc("kcna-greetings-russia-day",
        "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
        "Democratic People's Republic of Korea, sent a message of greetings to Vladimir Putin on the occasion of "
        "Russia Day.",
        "2025-06-12",
        [Ev("2025-06-12", A, ("Kim Jong Un", "Vladimir Putin"), opt=True)]),
    Doc("kcna-spa-session-juche-114",
        "The 12th Session of the 14th Supreme People's Assembly of the DPRK will be convened in Pyongyang on January "
        "21, Juche 114 (2025).",
        "2025-01-10",
        [Ev("2025-01-21", P, ("Supreme People's Assembly",))], no_tx=["Juche 114"]),
    Doc("kcna-fm-statement-on-drills",
        "The DPRK Foreign Ministry spokesman in a press statement on Sunday denounced the U.S.-ROK joint military "
        "drills, slated for August 18 to 28, as a rehearsal for invasion.",
        "2025-08-11",
        [Ev("2025-08-10", A, ("North Korea",)), Ev("2025-08-18/2025-08-28", P, ("United States", "South Korea"))]),
    Doc("kcna-113th-birth-anniversary",
        "Floral baskets were laid before the statues on Mansu Hill on April 15 on the occasion of the 113th birth "
        "anniversary of President Kim Il Sung.",
        "2025-04-16",
        [Ev("2025-04-15", A)], no_ev=["1912"]),
    Doc("kcna-policy-january-last-year",
        "Kim Jong Un recalled that in January last year he had put forward the policy of building modern "
        "local-industry factories in 20 counties every year.",
        "2025-03-01",
        [Ev("2024-01", A, ("Kim Jong Un",))]),
    Doc("kcna-83rd-birth-anniversary-visit",
        "Pyongyang, February 17 (KCNA) -- Kim Jong Un visited the Kumsusan Palace of the Sun on February 16, the 83rd "
        "birth anniversary of Chairman Kim Jong Il.",
        "2025-02-17",
        [Ev("2025-02-16", A, ("Kim Jong Un",))], no_ev=["1942"]),
    Doc("kcna-party-founded-juche-34",
        "The Workers' Party of Korea was founded on October 10, Juche 34 (1945), by the great leader Comrade Kim Il "
        "Sung.",
        "2025-10-10",
        [Ev("1945-10-10", A, ("Workers' Party of Korea",))], no_tx=["Juche 34"]),
    Doc("kcna-new-years-day-juche-115",
        "Kim Jong Un visited the Kumsusan Palace of the Sun on New Year's Day, Juche 115 (2026).",
        "2026-01-02",
        [Ev("2026-01-01", A, ("Kim Jong Un",))], no_tx=["Juche 115"]),
    Doc("kcna-commentary-since-juche-39",
        "For more than seven decades since June 25, Juche 39 (1950), the U.S. imperialists have never given up their "
        "ambition to invade.",
        "2025-06-25",
        [Ev("1950-06-25", A, opt=True)], no_tx=["Juche 39"]),
    Doc("kcna-rodong-editorial-this-year",
        "Rodong Sinmun said in an editorial on Wednesday that this year would be decisive for completing the "
        "five-year plan.",
        "2025-01-01",
        [Ev("2025-01-01", A), Ev("2025", (H, P), opt=True)]),
    # ================================================================== noise: no dates here
    C("noise-football-3-2",
      "North Korea won 3-2 against South Korea in the final of the women's under-17 championship.",
      "2025-11-10", tx=[], ev=[]),
    Doc("noise-score-then-tuesday",
        "Japan beat North Korea 2-0 in Tokyo on Tuesday in a World Cup qualifier.",
        "2025-11-12",
        [Ev("2025-11-11", A, ("Japan", "North Korea"))], no_tx=["2-0"]),
    C("noise-market-prices",
      "Rice sold for 7,500 won a kilogram in Pyongyang markets, up from 3,000 won, while a dollar fetched 25,000 won.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-ages",
      "The 41-year-old leader, who took power at 27, appeared with his daughter, thought to be about 12.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-phone-numbers",
      "For consular help call +82-2-397-4114, or the duty officer on 010-2017-0612.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-version-numbers",
      "Red Star OS 3.0 was followed by version 4.0, and the Naenara browser 2.1.12 still runs on it.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-top-10",
      "Our Top 10 North Korea stories, ranked by readers: No. 1 is the Hanoi summit.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-24-7",
      "The inter-Korean liaison office was staffed 24/7 by officials from both sides.",
      "2025-11-10", tx=[], ev=[]),
    Doc("noise-9-11-as-a-name",
        "After 9/11, Washington's attention turned to Iraq, and North Korea slipped down the agenda.",
        "2025-09-19",
        [Ev("2001-09-11", A, opt=True)], tx=[("?9/11", "2001-09-11")], no_ev=["2025-09-11"],
        no_tx=["2025-09-11"]),
    Doc("noise-9-11-commission",
        "The 9/11 Commission, whose report came out in July 2004, barely mentioned North Korea.",
        "2025-09-19",
        [Ev("2004-07", A)], tx=[("?9/11", "2001-09-11")], no_ev=["2025-09-11"], no_tx=["2025-09-11"]),
    C("noise-page-numbers",
      "The full text is on pp. 214-216 of the report, with the annex on page 2017.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-vote-13-0",
      "The resolution passed 13-0, with China and Russia abstaining.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-trade-percent",
      "Trade with China rose 37.5% to $2.18 billion, according to the KOTRA figures.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-missile-names",
      "The Hwasong-19 flew 1,001 km and reached an altitude of 7,687.5 km, outdoing the KN-25 and the Hwasong-18.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-odds-and-shares",
      "Bookmakers put the odds of a summit at 5/2, and a Seoul poll found a 60/40 split in favour.",
      "2025-11-10", tx=[], ev=[]),
    C("noise-jersey-and-minute",
      "Han Kwang Song, wearing No. 10, scored in the 88th minute.",
      "2025-11-10", tx=[], ev=[]),
]
