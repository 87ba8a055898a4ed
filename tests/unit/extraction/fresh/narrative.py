"""A narrative probe round: how dates chain through a story.  Relative dates ("two days later", "a day earlier",
"the following week", "the next month", "that evening", "the day before", "a week after the summit", "within
hours", "the same day", "three weeks on", "later that year", "the previous autumn") across sentences, paragraphs
and quotes; flashback paragraphs and the return to the present; chains inside one sentence; undated sentences
that continue a story, texts with no date at all, "then" and "afterwards"; durations that look like relative
dates ("lasted three days", "for a week after the summit"); and tense along a chain ("will hold talks a week
later").  Hand-written US-North Korea and Korean Peninsula news, see the package docstring.

Each case: Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=..., no_ev_in=...), checked by
checks.check_dated_case (see checks.Doc and checks.Ev).  only=True (the default): every extracted event must be one
an editor wants, so [] means no event at all.

Judgements a reader may not share, stated once:

- A relative date that counts forward or back ("two days later", "the next day", "a day earlier", "the
  following week", "the next month", "later that year", "the previous autumn", "that evening", "the same day")
  counts from the date of the story's event before it, across sentence and paragraph breaks and over undated
  sentences and quotes, never from the published date.  Deictic words ("yesterday", "last week", "earlier this
  year", "on Monday") count from the published date even right after a retold story of another year.
- Never more precise than the text: a day offset from a year or a month ("in 2019 ... two days later") names no
  day, so the event may be missing or take the anchor's month or year, but gets no day.  "Three months later" after
  a day is a month, "a year after" a day is that year (or its month), "two years before" a month is a year; "a
  week later", "three weeks on" and "a fortnight later" after a day may be the day or the Monday-Sunday week it
  falls in; "the following/previous week" is the Monday-Sunday week after/before the anchor's week.  "Days later"
  names no day.
- A phrase anchored on a named happening ("the day before his arrival", "two days after the launch", "the day
  before the briefing") counts from that happening's date, not from whichever date was written last.  "Arrived
  on Monday, a day after X" puts X on Sunday.  "On D, eleven days before Y" puts Y on D + 11.
- Dates inside a quote ("we will meet next week", "in October 2019") set no anchor for the narrative around the
  quote: "Two days later" after 'said on Tuesday: "... October 2019."' counts from Tuesday.
- "Within hours", "later that day", "that night", "earlier in the day" are the anchor's day ("within hours" may
  also give no event).  "Then", "afterwards", "by then" and "since then" name no date of their own: what they
  introduce gives no event of its own (and "by then" happened before the anchor, "since then" is a state).
- An undated sentence that continues a dated story may belong to the story's event but never makes an event of
  its own, and never takes the published date.  A text with no date gives no event; so does a relative phrase
  with nothing before it to count from ("Two days later, ..." opening a snippet).  A happening named but not
  dated in the text ("ten days after the Singapore summit") may be dated from common knowledge or not at all.
- Durations ("lasted three days", "two days of talks", "for a week after the summit", "for three weeks", "a
  week-long visit") are no dates: no event sits at their end; "over the next two days" is the period after the
  anchor.
- Modality follows the clause along the chain: "will hold a second round a week later" is planned, a chain
  inside an "if" is hypothetical, "did not take place the following week" is negated, and "said on Monday the
  envoy would travel two days later" is a planned trip on Wednesday.
"""

from .checks import Doc, Ev

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

CASES = [
    # ================================================================== day chains across sentences
    Doc("chain-next-day-then-two-days-later",
        "North Korea test-fired a cruise missile off its west coast on Monday. The next day, South Korea's joint "
        "chiefs of staff said the launch had been tracked from the start. Two days later, Japan lodged a formal "
        "protest.",
        "2025-11-13",
        [Ev("2025-11-10", A, ("North Korea",)), Ev("2025-11-11", A, ("South Korea",)),
         Ev("2025-11-13", A, ("Japan",))],
        no_ev=["2025-11-15"]),
    Doc("chain-weekday-three-days-later",
        "The foreign ministers of South Korea and Japan spoke by phone on Thursday about the launch. Three days "
        "later, Pyongyang warned both governments against staging joint drills.",
        "2025-11-17",
        [Ev("2025-11-13", A, ("South Korea", "Japan")), Ev("2025-11-16", A, ("North Korea",))],
        no_ev=["2025-11-20"]),
    Doc("chain-past-year-next-day-following-day",
        "Kim Jong Un's armoured train crossed into Russia on April 24, 2019. The next day he held his first summit "
        "with Vladimir Putin on Russky Island, near Vladivostok. He left for home the following day after laying a "
        "wreath at a war memorial.",
        "2025-04-25",
        [Ev("2019-04-24", A, ("Kim Jong Un",)), Ev("2019-04-25", A, ("Vladimir Putin",)), Ev("2019-04-26", A)],
        no_ev=["2025-04-26", "2025-04-27"]),
    Doc("chain-a-day-after-that",
        "Military officers from the two Koreas met at Panmunjom on Oct. 7. Three days later they met again, and a "
        "day after that the North's delegation walked out.",
        "2025-10-20",
        [Ev("2025-10-07", A), Ev("2025-10-10", A), Ev("2025-10-11", A, ("North Korea",))]),
    Doc("chain-the-previous-week",
        "The UN Security Council met behind closed doors on Thursday. The previous week, North Korea had fired a "
        "ballistic missile over the Sea of Japan.",
        "2025-11-24",
        [Ev("2025-11-20", A, ("UN Security Council",)), Ev("2025-W46", A, ("North Korea",))],
        no_ev=["2025-W47"]),
    Doc("chain-past-story-and-deictic-monday",
        "North Korea fired a short-range missile on Oct. 22. Two days later, Donald Trump said he would be open to "
        "meeting Kim Jong Un during his Asia trip. On Monday, the White House said no meeting had been arranged.",
        "2025-10-29",
        [Ev("2025-10-22", A, ("North Korea",)), Ev("2025-10-24", A, ("Donald Trump",)),
         Ev("2025-10-27", A, ("United States",))]),
    Doc("chain-early-the-next-morning",
        "The state banquet in Gyeongju ended late on Oct. 29. Early the next morning, aides to the two presidents "
        "released a joint fact sheet on trade and security.",
        "2025-10-31",
        [Ev("2025-10-29", A), Ev("2025-10-30", A)]),
    Doc("chain-fortnight-later",
        "Seoul proposed military talks to the North on July 28. A fortnight later, the defence ministry said no "
        "answer had arrived through the border hotline.",
        "2025-08-20",
        [Ev("2025-07-28", A, ("South Korea",)), Ev(("2025-08-11", "2025-W33"), A)]),
    # ================================================================== weeks, months, years, seasons
    Doc("unit-the-following-week",
        "Donald Trump and Kim Jong Un met in Singapore on June 12, 2018. The following week, Kim flew to Beijing to "
        "brief Xi Jinping on the summit.",
        "2025-06-12",
        [Ev("2018-06-12", A, ("Donald Trump", "Kim Jong Un")), Ev("2018-W25", A, ("Xi Jinping",))],
        no_ev=["2025-W25", "2025-W26"]),
    Doc("unit-the-next-month",
        "North Korea blew up the inter-Korean liaison office in Kaesong on June 16, 2020. The next month, Kim Jong "
        "Un declared that the North's nuclear deterrent had made another war on the peninsula impossible.",
        "2025-06-16",
        [Ev("2020-06-16", A, ("North Korea",)), Ev("2020-07", A, ("Kim Jong Un",))],
        no_ev=["2025-07"]),
    Doc("unit-the-next-year",
        "The six parties issued their joint statement in Beijing in September 2005. The next year, North Korea "
        "carried out its first nuclear test.",
        "2025-09-19",
        [Ev("2005-09", A, ("Six-Party Talks",)), Ev("2006", A, ("North Korea",))],
        no_ev=["2026"]),
    Doc("unit-later-that-year",
        "Trump and Kim first met in Singapore in June 2018. Later that year, Mike Pompeo made another trip to "
        "Pyongyang to prepare a second summit.",
        "2025-06-12",
        [Ev("2018-06", A, ("Donald Trump",)),
         Ev(("2018", "2018-H2", "2018-06-01/2018-12-31", "2018-07-01/2018-12-31"), A, ("Mike Pompeo",))],
        no_ev=["2025"]),
    Doc("unit-three-weeks-on",
        "Lee Jae-myung was sworn in as South Korea's president on June 4, 2025. Three weeks on, his government asked "
        "activists to stop flying propaganda balloons across the border.",
        "2025-07-15",
        [Ev("2025-06-04", A, ("Lee Jae-myung",)), Ev(("2025-06-25", "2025-W26"), A, ("South Korea",))]),
    Doc("unit-three-months-later-is-a-month",
        "Trump and Kim met at the demilitarised zone on June 30, 2019, and then, three months later, their "
        "negotiators sat down in Stockholm.",
        "2025-06-30",
        [Ev("2019-06-30", A, ("Donald Trump",)), Ev("2019-09", A)],
        no_ev=["2019-09-30", "2025-09"]),
    Doc("unit-the-following-january",
        "North Korea tested the Hwasong-15 in November 2017. The following January, Kim Jong Un offered to send "
        "athletes to the Winter Olympics in Pyeongchang.",
        "2025-11-29",
        [Ev("2017-11", A, ("North Korea",)), Ev("2018-01", A, ("Kim Jong Un",))],
        no_ev=["2026-01", "2025-01"]),
    Doc("unit-that-spring",
        "In 2018, the leaders of the two Koreas met three times. That spring, Kim Jong Un also made two trips to "
        "China.",
        "2025-05-01",
        [Ev("2018", A), Ev("2018-SP", A, ("Kim Jong Un",))],
        no_ev=["2025-SP"]),
    Doc("unit-that-week",
        "Trump landed in Gyeongju on Oct. 29 for the APEC summit. That week, North Korea fired a volley of artillery "
        "shells into the sea off its west coast.",
        "2025-11-05",
        [Ev("2025-10-29", A, ("Donald Trump",)), Ev("2025-W44", A, ("North Korea",))]),
    # ================================================================== counting back
    Doc("back-a-day-earlier",
        "South Korea's unification ministry said on Thursday it had received no reply from the North. A day "
        "earlier, it had proposed talks on reopening the liaison office in Kaesong.",
        "2025-11-14",
        [Ev("2025-11-13", A, ("South Korea",)), Ev("2025-11-12", A)]),
    Doc("back-the-day-before",
        "Kim Jong Un arrived in Beijing on Sept. 2, 2025 to attend a military parade. The day before, his armoured "
        "train had crossed the border at Dandong.",
        "2025-09-05",
        [Ev("2025-09-02", A, ("Kim Jong Un",)), Ev("2025-09-01", A)]),
    Doc("back-the-previous-autumn",
        "The Hanoi summit collapsed on Feb. 28, 2019. The previous autumn, Mike Pompeo had flown to Pyongyang to lay "
        "the ground for a second meeting.",
        "2025-02-28",
        [Ev("2019-02-28", A), Ev("2018-FA", A, ("Mike Pompeo",))],
        no_ev=["2024-FA", "2019-FA"]),
    Doc("back-a-week-earlier",
        "The Security Council held an emergency session on the North's latest launch on Nov. 20. A week earlier, "
        "North Korea had fired a ballistic missile into the sea off its east coast.",
        "2025-11-24",
        [Ev("2025-11-20", A, ("UN Security Council",)), Ev(("2025-11-13", "2025-W46"), A, ("North Korea",))]),
    Doc("back-two-years-before",
        "North Korea said it would quit the six-party talks in April 2009. Two years before, the parties had agreed "
        "on a plan to shut down the reactor at Yongbyon.",
        "2025-04-14",
        [Ev("2009-04", A, ("North Korea",)), Ev("2007", A)],
        no_ev=["2023", "2007-04"]),
    Doc("back-earlier-that-month",
        "North Korea's foreign ministry denounced the joint drills on Aug. 18, 2025. Earlier that month, Kim Yo Jong "
        "had dismissed Seoul's peace overtures as a pipe dream.",
        "2025-08-25",
        [Ev("2025-08-18", A, ("North Korea",)), Ev(("2025-08", "2025-08-01/2025-08-17"), A, ("South Korea",))]),
    # ================================================================== the same day
    Doc("same-that-evening",
        "Lee Jae-myung landed outside Washington on Sunday. That evening, he met Korean-American business leaders at "
        "his hotel.",
        "2025-08-26",
        [Ev("2025-08-24", A, ("Lee Jae-myung",)), Ev("2025-08-24", A)],
        no_ev=["2025-08-26"]),
    Doc("same-the-same-day",
        "The Security Council met on the launch on Friday. The same day, Pyongyang's envoy to the United Nations "
        "called the meeting a provocation.",
        "2025-11-10",
        [Ev("2025-11-07", A, ("UN Security Council",)), Ev("2025-11-07", A, ("North Korea",))],
        no_ev=["2025-11-10"]),
    Doc("same-within-hours",
        "North Korea fired two short-range ballistic missiles on Saturday morning. Within hours, the White House "
        "called on Pyongyang to return to talks.",
        "2025-11-10",
        [Ev("2025-11-08", A, ("North Korea",)), Ev("2025-11-08", A, ("United States",), opt=True)],
        no_ev=["2025-11-10"]),
    Doc("same-later-that-day",
        "Trump arrived in Gyeongju on Oct. 29. Later that day, he told business leaders he would still like to meet "
        "Kim Jong Un.",
        "2025-10-30",
        [Ev("2025-10-29", A, ("Donald Trump",)), Ev("2025-10-29", A, ("Donald Trump",))]),
    Doc("same-that-night",
        "A military parade was held in Pyongyang on Oct. 10, 2025, with China's premier on the rostrum. That night, "
        "state television broadcast the parade in full.",
        "2025-10-14",
        [Ev("2025-10-10", A), Ev("2025-10-10", A)]),
    Doc("same-the-following-morning",
        "The two delegations wrapped up talks late on Tuesday without a statement. The following morning, "
        "Pyongyang's negotiators left for home via Beijing.",
        "2025-11-14",
        [Ev("2025-11-11", A), Ev("2025-11-12", A, ("North Korea",))]),
    Doc("same-earlier-in-the-day",
        "The Security Council adopted a press statement on Friday evening. Earlier in the day, North Korea's envoy "
        "had walked out of the chamber.",
        "2025-11-10",
        [Ev("2025-11-07", A, ("UN Security Council",)), Ev("2025-11-07", A, ("North Korea",))]),
    # ================================================================== chains inside one sentence
    Doc("in-sentence-and-again-two-days-later",
        "North Korean and American officials met at Panmunjom on June 12 and again two days later, a South Korean "
        "official said.",
        "2025-06-20",
        [Ev("2025-06-12", A, ("North Korea",)), Ev("2025-06-14", A)]),
    Doc("in-sentence-later-that-day-the-same-night",
        "Vladimir Putin landed in Pyongyang in the early hours of June 19, 2024, signed a mutual defence treaty with "
        "Kim Jong Un later that day and flew on to Hanoi the same night.",
        "2025-06-19",
        [Ev("2024-06-19", A, ("Vladimir Putin",)), Ev("2024-06-19", A, opt=True), Ev("2024-06-19", A, opt=True)],
        no_ev=["2025-06-19"]),
    Doc("in-sentence-the-next-evening",
        "Trump arrived in Hanoi on Feb. 26, 2019 and sat down with Kim for dinner the next evening.",
        "2025-02-27",
        [Ev("2019-02-26", A, ("Donald Trump",)), Ev("2019-02-27", A, ("Donald Trump",))]),
    Doc("in-sentence-then-without-unit",
        "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on Sept. 13, 2023 and then toured an aircraft "
        "factory in Komsomolsk-on-Amur.",
        "2025-09-13",
        [Ev("2023-09-13", A, ("Kim Jong Un", "Vladimir Putin"))]),
    Doc("in-sentence-a-day-after-x-then-two-days-later",
        "The U.S. envoy arrived in Seoul on Monday, a day after North Korea's foreign minister had returned from "
        "Moscow, and left two days later.",
        "2025-11-14",
        [Ev("2025-11-10", A, ("United States",), title="arrived"), Ev("2025-11-12", A, title="left"),
         Ev("2025-11-09", A, ("North Korea",), opt=True)],
        no_ev=["2025-11-11", "2025-11-13"]),
    Doc("in-sentence-on-d-eleven-days-before",
        "Trump announced on June 1, 2018 that the summit was back on, eleven days before he sat down with Kim in "
        "Singapore.",
        "2025-06-01",
        [Ev("2018-06-01", A, ("Donald Trump",)), Ev("2018-06-12", A, ("Kim Jong Un",), opt=True)],
        no_ev=["2018-05-21"]),
    Doc("in-sentence-over-the-next-two-days",
        "Lee Jae-myung arrived in Tokyo on Saturday and, over the next two days, held talks with Japan's prime "
        "minister.",
        "2025-08-26",
        [Ev("2025-08-23", A, ("Lee Jae-myung",)),
         Ev(("2025-08-24/2025-08-25", "2025-08-23/2025-08-25"), A, ("Japan",), opt=True)],
        no_ev=["2025-08-28"]),
    # ================================================================== after a quote
    Doc("quote-then-the-next-day",
        "Kim Yo Jong said in a statement on Tuesday that Pyongyang had no interest in talking to Seoul. \"The South "
        "should stop dreaming of dialogue,\" she said. The next day, the unification ministry said it regretted the "
        "remarks.",
        "2025-08-22",
        [Ev("2025-08-19", A, ("North Korea",)), Ev("2025-08-20", A)]),
    Doc("quote-with-its-own-date-then-two-days-later",
        "On Tuesday, Foreign Minister Cho Hyun told lawmakers: \"Washington and Pyongyang last sat down together in "
        "Stockholm in October 2019.\" Two days later, he flew to Beijing for talks with his Chinese counterpart.",
        "2025-11-14",
        [Ev("2025-11-11", A), Ev("2025-11-13", A), Ev("2019-10", A, ("United States", "North Korea"), opt=True)]),
    Doc("quote-first-then-the-following-day",
        "\"We are ready to meet Chairman Kim at any time,\" Trump told reporters aboard Air Force One on Oct. 27. The "
        "following day, North Korea fired cruise missiles into the Yellow Sea.",
        "2025-11-01",
        [Ev("2025-10-27", A, ("Donald Trump",)), Ev("2025-10-28", A, ("North Korea",))]),
    Doc("quote-next-week-inside-then-two-days-later",
        "A senior official in Seoul said on Monday: \"We will meet them again next week.\" Two days later, the North "
        "called off the meeting.",
        "2025-11-14",
        [Ev("2025-11-10", A), Ev("2025-W47", P, opt=True), Ev("2025-11-12", A, ("North Korea",))],
        no_ev=["2025-11-19", "2025-11-16", "2025-11-25"]),
    Doc("quote-paragraphs-then-that-evening",
        "Lee Jae-myung addressed the UN General Assembly in New York on Tuesday.\n\n"
        "\"Peace on this peninsula cannot wait for another generation,\" he told the hall.\n\n"
        "That evening, he met Japan's prime minister on the sidelines.",
        "2025-09-26",
        [Ev("2025-09-23", A, ("Lee Jae-myung",)), Ev("2025-09-23", A, ("Japan",))],
        no_ev=["2025-09-26"]),
    # ================================================================== across paragraphs
    Doc("para-next-day-after-blank-line",
        "Kim Jong Un told the Supreme People's Assembly on Sept. 21, 2025 that he still had fond memories of Donald "
        "Trump.\n\n"
        "The next day, the White House said the president remained open to talks without preconditions.",
        "2025-09-25",
        [Ev("2025-09-21", A, ("Kim Jong Un",)), Ev("2025-09-22", A, ("United States",))]),
    Doc("para-chain-over-three-paragraphs",
        "Pyongyang announced on Oct. 3 that it would send a delegation to Moscow.\n\n"
        "Four days later, the delegation arrived at Vnukovo airport.\n\n"
        "The talks ended the following week with a joint communique.",
        "2025-10-25",
        [Ev("2025-10-03", A, ("North Korea",)), Ev("2025-10-07", A), Ev("2025-W42", A)]),
    Doc("para-headline-then-a-week-later",
        "Seoul offers talks, Pyongyang stays silent\n\n"
        "South Korea proposed military talks with the North on July 28.\n\n"
        "A week later, the defence ministry said no answer had come.",
        "2025-08-12",
        [Ev("2025-07-28", A, ("South Korea",)), Ev(("2025-08-04", "2025-W32"), A)]),
    Doc("para-undated-paragraphs-then-the-following-week",
        "Kim Jong Un opened the Eighth Congress of the Workers' Party of Korea on Jan. 5, 2021.\n\n"
        "He admitted that the last five-year plan had fallen short in almost every area.\n\n"
        "Delegates applauded for several minutes.\n\n"
        "The following week, Pyongyang staged a night-time military parade.",
        "2025-01-05",
        [Ev("2021-01-05", A, ("Kim Jong Un",)), Ev("2021-W02", A, ("North Korea",))],
        no_ev=["2025-W02", "2025-01-05/2025-01-05"]),
    Doc("para-undated-sentence-in-the-middle",
        "Donald Trump hosted Lee Jae-myung at the White House on Aug. 25. The two leaders talked about tariffs, "
        "shipbuilding and North Korea. Two days later, Lee was back in Seoul.",
        "2025-09-01",
        [Ev("2025-08-25", A, ("Donald Trump", "Lee Jae-myung")), Ev("2025-08-27", A, ("Lee Jae-myung",))]),
    # ================================================================== flashbacks and back
    Doc("flash-year-then-two-days-later-then-wednesday",
        "On Tuesday, Kim Jong Un received Russia's security council secretary in Pyongyang. In 2019, Kim travelled "
        "to Vladivostok for his first summit with Vladimir Putin, and two days later he was back home. On Wednesday, "
        "the Russian visitor laid a wreath at the Liberation Tower.",
        "2025-11-14",
        [Ev("2025-11-11", A, ("Kim Jong Un",)), Ev("2019", A, ("Vladimir Putin",)), Ev("2019", A, opt=True),
         Ev("2025-11-12", A)],
        no_ev=["2025-11-13", "2019-11-12"]),
    Doc("flash-dated-chain-then-wednesday",
        "On Monday, Trump said he would love to see Kim Jong Un again. The two men first met in Singapore on June "
        "12, 2018; two days later, the Pentagon began drawing up plans to pause joint drills with the South. On "
        "Wednesday, North Korea's foreign ministry dismissed Trump's remarks.",
        "2025-10-31",
        [Ev("2025-10-27", A, ("Donald Trump",)), Ev("2018-06-12", A), Ev("2018-06-14", A, ("United States",)),
         Ev("2025-10-29", A, ("North Korea",))]),
    Doc("flash-pluperfect-next-month-then-friday",
        "Kim Jong Un inspected a munitions factory on Thursday, state media said. The North had blown up the "
        "liaison office in Kaesong in June 2020; the next month, Kim declared that nuclear weapons had made war "
        "impossible. On Friday, Kim visited a greenhouse farm in Ryonpho.",
        "2025-11-22",
        [Ev("2025-11-20", A, ("Kim Jong Un",)), Ev("2020-06", A, ("North Korea",)), Ev("2020-07", A, ("Kim Jong Un",)),
         Ev("2025-11-21", A, ("Kim Jong Un",))],
        no_ev=["2025-07", "2020-11-21"]),
    Doc("flash-last-week-after-history",
        "Trump and Kim met three times between June 2018 and June 2019. Last week, Trump said he would meet Kim again "
        "at the right time.",
        "2025-11-12",
        [Ev("2025-W45", A, ("Donald Trump",)), Ev("2018-06-01/2019-06-30", A, opt=True)],
        no_ev=["2019-W45"]),
    Doc("flash-yesterday-after-1994",
        "The Agreed Framework was signed in Geneva on Oct. 21, 1994. Yesterday, on its 31st anniversary, a former "
        "American negotiator called it the best deal Washington ever struck with Pyongyang.",
        "2025-10-22",
        [Ev("1994-10-21", A), Ev("2025-10-21", A)],
        no_ev=["1994-10-20"]),
    Doc("flash-earlier-this-year-after-2003",
        "North Korea announced its withdrawal from the NPT on Jan. 10, 2003. Earlier this year, the IAEA said a new "
        "enrichment building at Yongbyon was nearly finished.",
        "2025-11-12",
        [Ev("2003-01-10", A, ("North Korea",)),
         Ev(("2025", "2025-01-01/2025-11-12", "2025-01-01/2025-11-11"), A, ("International Atomic Energy Agency",))],
        no_ev=["2003"]),
    Doc("flash-paragraph-then-the-day-before-the-briefing",
        "On Monday, South Korea's spy agency briefed lawmakers on Kim Jong Un's daughter.\n\n"
        "Kim first appeared with her in public in November 2022, at a missile launch.\n\n"
        "The day before the briefing, the agency had revised its assessment of her role.",
        "2025-11-13",
        [Ev("2025-11-10", A, ("South Korea",)), Ev("2022-11", A, ("Kim Jong Un",)), Ev("2025-11-09", A)]),
    Doc("flash-2019-then-today",
        "In 2019, Trump became the first sitting American president to step into North Korea. Today, Lee Jae-myung "
        "urged him to go back.",
        "2025-10-29",
        [Ev("2019", A, ("Donald Trump",)), Ev("2025-10-29", A, ("Lee Jae-myung",))]),
    # ================================================================== anchored on a named happening
    Doc("named-a-week-after-the-summit",
        "Trump and Kim ended their Hanoi summit on Feb. 28, 2019 without a deal. A week after the summit, satellite "
        "images showed work resuming at the Sohae launch site.",
        "2025-03-01",
        [Ev("2019-02-28", A, ("Donald Trump",)), Ev(("2019-03-07", "2019-W10"), A)]),
    Doc("named-the-day-before-his-arrival",
        "Kim Jong Un arrived in Vladivostok on April 24, 2019 and met Vladimir Putin the next day. The day before his "
        "arrival, Russian officials had laid out the programme for reporters.",
        "2025-04-24",
        [Ev("2019-04-24", A, ("Kim Jong Un",)), Ev("2019-04-25", A, ("Vladimir Putin",)), Ev("2019-04-23", A)]),
    Doc("named-two-days-after-the-launch",
        "North Korea launched a Hwasong-19 missile on Oct. 31, 2024. South Korea and Japan had staged a joint air "
        "drill on Oct. 25. Two days after the launch, American bombers flew over the peninsula.",
        "2025-10-31",
        [Ev("2024-10-31", A, ("North Korea",)), Ev("2024-10-25", A, ("South Korea", "Japan")),
         Ev("2024-11-02", A, ("United States",))],
        no_ev=["2024-10-27"]),
    Doc("named-a-year-after-the-summit",
        "The Singapore summit took place on June 12, 2018. A year after the summit, Trump crossed the military "
        "demarcation line at Panmunjom.",
        "2025-06-12",
        [Ev("2018-06-12", A), Ev(("2019", "2019-06"), A, ("Donald Trump",))],
        no_ev=["2026", "2019-06-12"]),
    Doc("named-but-undated-ten-days-after-singapore",
        "Ten days after the Singapore summit, Trump extended the national emergency on North Korea for another "
        "year.",
        "2025-06-22",
        [Ev("2018-06-22", A, ("Donald Trump",), opt=True)],
        no_ev=["2025-07-02", "2025-06-12"]),
    # ================================================================== undated continuation and no date
    Doc("undated-continuation-after-weekday",
        "North Korea fired two short-range ballistic missiles from near Pyongyang on Saturday, South Korea's "
        "military said. The missiles flew about 350 km before falling into the sea. Japan's coast guard warned "
        "ships in the area.",
        "2025-11-10",
        [Ev("2025-11-08", A, ("North Korea",))],
        no_ev=["2025-11-10"]),
    Doc("undated-continuation-past-story",
        "The cooling tower at Yongbyon was blown up on June 27, 2008, in front of foreign television crews. The "
        "demolition was meant to show that the North was serious. The goodwill did not last.",
        "2025-06-27",
        [Ev("2008-06-27", A)],
        no_ev=["2025-06-27"]),
    Doc("no-date-analysis",
        "Analysts in Seoul say relations between the two Koreas are at their lowest point in decades. Neither side "
        "appears ready to make the first move.",
        "2025-11-12",
        []),
    Doc("no-date-past-tense",
        "Diplomats said the proposal was discussed at length, but no agreement was reached and the envoys went "
        "home.",
        "2025-11-12",
        []),
    Doc("no-anchor-two-days-later-opening",
        "Two days later, the foreign ministry in Pyongyang issued a statement rejecting the proposal.",
        "2025-11-12",
        []),
    Doc("no-anchor-the-next-day-after-undated",
        "The envoys met behind closed doors at Panmunjom. The next day, North Korean state media called the meeting "
        "useful.",
        "2025-11-12",
        []),
    Doc("coarse-following-day-after-month",
        "Pyongyang announced its withdrawal from the NPT in January 2003. The following day, Washington urged it to "
        "reconsider.",
        "2025-11-12",
        [Ev("2003-01", A, ("North Korea",)), Ev("2003-01", A, ("United States",), opt=True)],
        no_ev=["2025-11-13"]),
    Doc("coarse-two-days-later-after-month",
        "North Korean and American negotiators held working-level talks in Stockholm in October 2019. Two days "
        "later, the North's chief negotiator accused Washington of coming empty-handed.",
        "2025-10-05",
        [Ev("2019-10", A), Ev("2019-10", A, ("North Korea",), opt=True)],
        no_ev=["2025-10-07"]),
    Doc("coarse-days-later",
        "Trump and Kim signed their joint statement in Singapore on June 12, 2018. Days later, the Pentagon suspended "
        "a major military exercise with South Korea.",
        "2025-06-12",
        [Ev("2018-06-12", A, ("Donald Trump",)), Ev("2018-06", A, ("United States",), opt=True)]),
    # ================================================================== then, afterwards, by then, since then
    Doc("then-sentence-no-date",
        "The envoys signed the accord in Geneva on Oct. 21, 1994. Then they flew home to sell it to sceptical "
        "lawmakers.",
        "2025-10-21",
        [Ev("1994-10-21", A)],
        no_ev=["2025-10-21"]),
    Doc("afterwards-sentence-no-date",
        "Lee Jae-myung and Donald Trump met for lunch in Gyeongju on Oct. 29. Afterwards, Lee told reporters the two "
        "had discussed a possible meeting with Kim Jong Un.",
        "2025-10-30",
        [Ev("2025-10-29", A, ("Lee Jae-myung", "Donald Trump"))],
        no_ev=["2025-10-30"]),
    Doc("by-then-no-date",
        "Working-level talks opened in Stockholm on Oct. 5, 2019. By then, Pyongyang had test-fired a new "
        "submarine-launched ballistic missile.",
        "2025-10-05",
        [Ev("2019-10-05", A)],
        no_ev=["2025-10-05"]),
    Doc("since-then-no-date",
        "The last inter-Korean summit was held in Pyongyang in September 2018. Since then, the two Koreas have not "
        "held a single round of high-level talks.",
        "2025-09-19",
        [Ev("2018-09", A)]),
    Doc("then-as-at-that-time",
        "Kim Yong Chol, then the North's top negotiator, carried a letter from Kim Jong Un to the White House on "
        "June 1, 2018.",
        "2025-06-01",
        [Ev("2018-06-01", A, ("Kim Jong Un",))]),
    # ================================================================== durations, not dates
    Doc("dur-lasted-three-days",
        "The first round of six-party talks opened in Beijing on Aug. 27, 2003 and lasted three days.",
        "2025-08-27",
        [Ev(("2003-08-27", "2003-08-27/2003-08-29"), A, ("Six-Party Talks",))],
        no_ev=["2003-08-30", "2025-08-30"]),
    Doc("dur-for-a-week-after-the-summit",
        "Trump and Kim met in Singapore on June 12, 2018. For a week after the summit, North Korean television "
        "replayed footage of the handshake every evening.",
        "2025-06-12",
        [Ev("2018-06-12", A, ("Donald Trump",)),
         Ev(("2018-06-12/2018-06-19", "2018-06-13/2018-06-19"), A, opt=True)],
        no_ev=["2018-06-19", "2018-W25"]),
    Doc("dur-two-days-of-talks",
        "After two days of talks in Hanoi, the summit ended on Feb. 28, 2019 without a joint statement.",
        "2025-02-28",
        [Ev("2019-02-28", A), Ev("2019-02-27/2019-02-28", A, opt=True)],
        no_ev=["2025-02-26", "2019-02-26"]),
    Doc("dur-week-long-visit",
        "North Korea's foreign minister began a week-long visit to Russia on Sunday.",
        "2025-10-28",
        [Ev(("2025-10-26", "2025-10-26/2025-11-01", "2025-10-26/2025-11-02"), A, ("North Korea",))],
        no_ev=["2025-11-02", "2025-11-04"]),
    Doc("dur-for-three-weeks",
        "Pyongyang has ignored Seoul's offer of talks for three weeks.",
        "2025-11-12",
        []),
    # ================================================================== tense along the chain
    Doc("tense-will-meet-a-week-later",
        "Military officers from the two Koreas will meet at Panmunjom on Nov. 20 and will hold a second round a week "
        "later.",
        "2025-11-12",
        [Ev("2025-11-20", P), Ev(("2025-11-27", "2025-W48"), P)],
        no_ev=["2025-11-19"]),
    Doc("tense-planned-next-day",
        "Trump is due in Gyeongju on Oct. 29 and will meet Xi Jinping the next day in Busan.",
        "2025-10-24",
        [Ev("2025-10-29", P, ("Donald Trump",)), Ev("2025-10-30", P, ("Xi Jinping",))],
        no_ev=["2025-10-25"]),
    Doc("tense-planned-the-day-before",
        "The APEC summit opens in Gyeongju on Oct. 31. The day before, Trump will hold talks with Xi Jinping.",
        "2025-10-24",
        [Ev("2025-10-31", P), Ev("2025-10-30", P, ("Donald Trump", "Xi Jinping"))],
        no_ev=["2025-10-23"]),
    Doc("tense-hypothetical-chain",
        "If Kim agrees to meet on the sidelines on Oct. 30, the two leaders could sign a statement the following "
        "day.",
        "2025-10-24",
        [Ev("2025-10-30", H), Ev("2025-10-31", H)]),
    Doc("tense-negated-following-week",
        "Officials had hoped to resume the talks on Oct. 7. They did not take place the following week either.",
        "2025-10-25",
        [Ev("2025-10-07", (H, N)), Ev("2025-W42", N)]),
    Doc("tense-said-monday-would-travel-two-days-later",
        "Seoul said on Monday that its nuclear envoy would travel to Washington two days later.",
        "2025-11-12",
        [Ev("2025-11-10", A, ("South Korea",)), Ev("2025-11-12", P)],
        no_ev=["2025-11-14"]),
    Doc("tense-past-then-will-two-days-later",
        "North Korea test-fired a missile on Tuesday. The UN Security Council will meet two days later to discuss "
        "the launch.",
        "2025-11-12",
        [Ev("2025-11-11", A, ("North Korea",)), Ev("2025-11-13", P, ("UN Security Council",))],
        no_ev=["2025-11-14"]),
    Doc("tense-planned-visit-and-return",
        "Kim Jong Un will arrive in Moscow on May 8 and return home two days later, the Kremlin said.",
        "2025-04-28",
        [Ev("2025-05-08", P, ("Kim Jong Un",)), Ev("2025-05-10", P)],
        no_ev=["2025-04-30"]),
]
