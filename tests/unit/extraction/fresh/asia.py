"""A ninth probe round in English news styles the other modules cover least: Korean wire and newspaper copy
(Yonhap, Korea Herald, Korea JoongAng Daily: "SEOUL, Nov. 20 (Yonhap) --", "the unification ministry said
Thursday", "the Sept. 19 military agreement", hyphenated Korean names behind ranks), Chinese state media
(Xinhua, Global Times, CGTN: "held talks on Thursday", "Beijing time", anniversaries of diplomatic ties),
Japanese media in English (Kyodo, NHK, Japan Times: era years "Reiwa 7 (2025)", "fiscal 2025", "the year
through March 2026", "on the 28th"), think-tank imagery analysis (38 North, CSIS, Stimson: "imagery from
Oct. 14 shows", "between late September and mid-October", "since at least 2021", hedges), social-media posts
quoted in news (Truth Social, X, embedded posts with their "3:42 PM · Oct 22, 2025" stamps) and UN Panel of
Experts / IAEA report language ("During the reporting period (1 February to 31 July 2025)", "as at 30 June",
"resolution 2397 (2017)", "the Board of Governors in June").  Hand-written, see the package docstring.

Each case: Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=...), checked by
checks.check_dated_case (see checks.Doc and checks.Ev).  only=True (the default): every extracted event must
be one an editor wants, so [] means no event at all.

Judgements a reader may not share, stated once:

- A name that carries a date ("the Sept. 19 military agreement", "the June 3 election") dates its own
  happening in its own year, never the same day of the publication year.
- A Japanese era year is its Gregorian year (Reiwa 1 = 2019, Showa 52 = 1977), with or without the Gregorian
  year in brackets.  A Japanese fiscal year runs April to March ("fiscal 2025" = April 2025 to March 2026;
  a plain 2025 is tolerated where the text does not say it is Japanese), and "the year through March 2026"
  is that twelve-month period, not March 2026.
- A relative date inside a quoted post ("Yesterday's talks", "NEXT WEEK", "today's launch") counts from the
  post's own date when the text gives it (a "3:42 PM · Oct 22, 2025" stamp, "wrote on X on Tuesday night"),
  not from the article's publication date.  The stamp itself is no event of its own.
- Hedged analysis ("appears to have", "was likely refloated") of a past happening may be asserted or
  hypothetical; a forecast ("is likely to conduct", "forecast that Kim would seek") is hypothetical.  A wish
  dated by a planned trip ("would love to meet Kim during his trip later this month") may be either.
- A capital after a preposition of place ("in Tokyo", "in Washington") is a venue, not an actor (the
  extractor's rule, kept here); people not in the gazetteer when these cases were written (Takaichi, Rubio) are not asked for.
- Imagery dates ("imagery from Oct. 14 shows") date what the imagery shows (asserted).  A state at a date
  ("As of Oct. 27, ... had not resumed", "As at 30 June 2025, the Agency had not been able to") is no
  asserted happening: no event, or a negated one.  Tallies over a period and comparison baselines ("down
  from 2024") are no events; a report's reporting period may be one, optionally.
- A resolution's label year ("resolution 2397 (2017)") may give an event in that year or none, never one
  on the publication date; ordinal anniversaries ("the 76th anniversary") are no dates of their own.
"""

from .checks import Doc, Ev

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

CASES = [
    # ================================================================== Yonhap / Korea Herald / JoongAng Daily
    Doc("ykh-dateline-proposed-on-monday",
        "SEOUL, Nov. 20 (Yonhap) -- South Korea on Monday proposed military talks with North Korea to discuss how "
        "to mark the military demarcation line, the defense ministry said.",
        "2025-11-20",
        [Ev("2025-11-17", A, ("South Korea", "North Korea"))], no_ev=["2025-11-20"]),
    Doc("ykh-ministry-said-thursday-not-responded",
        "North Korea has not yet responded to the proposal, the unification ministry said Thursday, adding that it "
        "would keep the liaison channel open.",
        "2025-11-20",
        [Ev("2025-11-20", A, opt=True)]),
    Doc("ykh-the-2018-inter-korean-summit",
        "Lee vowed to revive the spirit of the 2018 inter-Korean summit, at which then President Moon Jae-in and "
        "North Korean leader Kim Jong-un pledged to work toward complete denuclearization.",
        "2025-08-15",
        [Ev("2018", A, ("Moon Jae-in", "Kim Jong Un"))]),
    Doc("ykh-sept-19-agreement-suspended-june-last-year",
        "The government plans to restore the Sept. 19 military agreement, which the previous Yoon Suk Yeol "
        "government fully suspended in June last year, Defense Minister Ahn Gyu-back told lawmakers.",
        "2025-09-25",
        [Ev("2024-06", A, ("Yoon Suk Yeol",)), Ev("2018-09-19", A, opt=True)], no_ev=["2025-09-19"]),
    Doc("ykh-vice-minister-tuesday-aug-25-summit",
        "First Vice Foreign Minister Park Yoon-joo met U.S. Deputy Secretary of State Christopher Landau in "
        "Washington on Tuesday to discuss follow-up measures to the Aug. 25 summit between President Lee Jae-myung "
        "and U.S. President Donald Trump.",
        "2025-09-25",
        [Ev("2025-09-23", A, ("United States",)), Ev("2025-08-25", A, ("Lee Jae-myung", "Donald Trump"))]),
    Doc("ykh-jcs-clock-wednesday",
        "North Korea fired several short-range ballistic missiles toward the East Sea at around 8:10 a.m. Wednesday, "
        "the Joint Chiefs of Staff (JCS) said.",
        "2025-10-22",
        [Ev("2025-10-22", A, ("North Korea",))]),
    Doc("ykh-envoy-last-week-early-next-month",
        "Seoul's top nuclear envoy, who visited Beijing last week, is set to travel to Tokyo early next month for "
        "trilateral consultations with his U.S. and Japanese counterparts.",
        "2025-11-20",
        [Ev("2025-W46", A, ("China",)), Ev(("2025-12", "2025-12-01/2025-12-10"), P, ("Japan",))]),
    Doc("ykh-frozen-since-the-2019-hanoi-summit",
        "Inter-Korean relations have remained frozen since the collapse of the 2019 Hanoi summit between Kim and "
        "Trump, and Pyongyang has rebuffed every overture from Seoul.",
        "2026-01-08",
        [Ev("2019", A, ("Donald Trump",))]),
    Doc("ykh-reunions-around-chuseok-next-year",
        "The ministry said it hopes to hold reunions of families separated by the 1950-53 Korean War around "
        "Chuseok next year.",
        "2025-11-20",
        [Ev(("2026-09-25", "2026-09-24/2026-09-26"), (P, H)),
         Ev(("1950-01-01/1953-12-31", "1950-06-25/1953-07-27"), A, opt=True)],
        no_ev=["2025-10-06"]),
    Doc("ykh-will-visit-on-monday",
        "Vice Unification Minister Kim Nam-jung will visit the Dorasan observatory on Monday to inspect the border "
        "area ahead of winter, the ministry said in a release.",
        "2025-11-20",
        [Ev("2025-11-24", P)], no_ev=["2025-11-17"]),
    Doc("ykh-removed-in-april-martial-law-dec-3",
        "Yoon was removed from office in April over his short-lived declaration of martial law on Dec. 3, 2024.",
        "2025-09-25",
        [Ev("2025-04", A, ("Yoon Suk Yeol",)), Ev("2024-12-03", A, ("Yoon Suk Yeol",))]),
    Doc("ykh-took-office-june-4-after-june-3-election",
        "Lee took office on June 4, a day after winning the June 3 snap presidential election.",
        "2025-11-20",
        [Ev("2025-06-04", A, ("Lee Jae-myung",)), Ev("2025-06-03", A)]),
    Doc("ykh-friday-denounced-drills-previous-day",
        "North Korea's foreign ministry on Friday denounced the combined air drills that had begun the previous "
        "day, calling them a rehearsal for invasion.",
        "2025-11-14",
        [Ev("2025-11-14", A, ("North Korea",)), Ev("2025-11-13", A)]),
    Doc("ykh-year-end-plenary-later-this-month",
        "North Korea is expected to convene a year-end plenary meeting of the ruling party's Central Committee "
        "later this month to review this year's policies.",
        "2025-12-04",
        [Ev(("2025-12", "2025-12-04/2025-12-31"), (P, H), ("North Korea",))], no_ev=["2025"]),
    Doc("ykh-congress-january-or-february",
        "Analysts expect the Ninth Party Congress, the first in five years, to open in January or February next "
        "year.",
        "2025-11-20",
        [Ev(("2026-01-01/2026-02-28", "2026-01"), (P, H)), Ev("2026-02", (P, H), opt=True)]),
    Doc("joongang-served-2017-to-2022-met-three-times",
        "Moon, who served from 2017 to 2022, met Kim Jong-un three times in 2018.",
        "2026-01-08",
        [Ev("2018", A, ("Moon Jae-in", "Kim Jong Un")), Ev("2017-01-01/2022-12-31", A, opt=True)]),
    # ================================================================== Xinhua / Global Times / CGTN
    Doc("xh-dateline-premier-met-on-monday",
        "BEIJING, Sept. 29 (Xinhua) -- Chinese Premier Li Qiang on Monday met with DPRK Foreign Minister Choe Son "
        "Hui, who is paying an official visit to China from Sept. 27 to 30.",
        "2025-09-29",
        [Ev("2025-09-29", A, ("China", "North Korea")), Ev("2025-09-27/2025-09-30", A, opt=True)]),
    Doc("xh-messages-76th-anniversary-of-ties",
        "BEIJING, Oct. 6 (Xinhua) -- Chinese President Xi Jinping and DPRK leader Kim Jong Un exchanged messages on "
        "Monday to mark the 76th anniversary of the establishment of diplomatic ties between the two countries.",
        "2025-10-06",
        [Ev("2025-10-06", A, ("Xi Jinping", "Kim Jong Un"))]),
    Doc("xh-spokesperson-regular-briefing-thursday",
        "Chinese Foreign Ministry spokesperson Mao Ning made the remarks at a regular press briefing on Thursday "
        "when asked about the premier's upcoming trip.",
        "2025-10-09",
        [Ev("2025-10-09", A, ("China",))]),
    Doc("xh-global-times-experts-sunday-drills-next-week",
        "Chinese experts told the Global Times on Sunday that the joint drills, scheduled for next week, would only "
        "heighten tensions on the peninsula.",
        "2025-10-12",
        [Ev("2025-W42", P), Ev("2025-10-12", A, ("China",), opt=True)]),
    Doc("xh-announced-thursday-attend-sept-3",
        "At the invitation of Chinese President Xi Jinping, DPRK leader Kim Jong Un will attend the commemorations "
        "in Beijing on Sept. 3 marking the 80th anniversary of the victory of the Chinese People's War of "
        "Resistance Against Japanese Aggression, Assistant Foreign Minister Hong Lei announced Thursday.",
        "2025-08-28",
        [Ev("2025-09-03", P, ("Kim Jong Un",)), Ev("2025-08-28", A, ("China",), opt=True)]),
    Doc("xh-stood-beside-at-the-sept-3-parade",
        "Kim Jong Un stood beside Xi Jinping and Vladimir Putin at the Sept. 3 military parade in Tiananmen "
        "Square, his first appearance at a multilateral gathering.",
        "2025-10-09",
        [Ev("2025-09-03", A, ("Kim Jong Un", "Xi Jinping", "Vladimir Putin"))]),
    Doc("xh-plenary-session-from-oct-20-to-23",
        "The fourth plenary session of the 20th CPC Central Committee was held in Beijing from Oct. 20 to 23.",
        "2025-10-24",
        [Ev("2025-10-20/2025-10-23", A)]),
    Doc("xh-cgtn-beijing-time",
        "The Chinese and ROK leaders held talks in Gyeongju at 4 p.m. Beijing time on Nov. 1 on the sidelines of "
        "the APEC meeting.",
        "2025-11-02",
        [Ev("2025-11-01", A, ("China", "South Korea"))]),
    Doc("xh-plan-covering-2026-to-2030-march-next-year",
        "The 15th Five-Year Plan, covering 2026 to 2030, will be reviewed at the annual session of the National "
        "People's Congress in March next year.",
        "2025-10-24",
        [Ev("2026-03", P)]),
    Doc("xh-pyongyang-dateline-parade-friday-evening",
        "PYONGYANG, Oct. 10 (Xinhua) -- The DPRK held a grand military parade in Kim Il Sung Square on Friday "
        "evening to celebrate the 80th founding anniversary of the Workers' Party of Korea (WPK).",
        "2025-10-10",
        [Ev("2025-10-10", A, ("North Korea",))]),
    Doc("xh-editorial-recent-years-tuesday",
        "In recent years, the U.S. has repeatedly staged large-scale drills with the ROK and Japan, the root cause "
        "of tension on the peninsula, the Global Times said in an editorial on Tuesday.",
        "2025-10-16",
        [Ev("2025-10-14", A, opt=True)]),
    Doc("xh-agreed-events-next-year-65th-anniversary",
        "Both sides agreed to jointly hold a series of events next year to celebrate the 65th anniversary of the "
        "signing of the China-DPRK Treaty of Friendship, Cooperation and Mutual Assistance.",
        "2025-10-09",
        [Ev("2026", P)]),
    Doc("xh-wang-yi-met-cho-earlier-this-month",
        "Wang Yi, member of the Political Bureau of the CPC Central Committee and Chinese foreign minister, met "
        "with his ROK counterpart Cho Hyun in Beijing earlier this month.",
        "2025-09-25",
        [Ev(("2025-09", "2025-09-01/2025-09-25"), A, ("China", "South Korea"))]),
    Doc("xh-arrived-oct-30-same-day-since-2019",
        "Xi arrived in Busan on Oct. 30 and met with U.S. President Donald Trump the same day, their first "
        "face-to-face meeting since 2019.",
        "2025-11-03",
        [Ev("2025-10-30", A, ("Xi Jinping",)), Ev("2025-10-30", A, ("Donald Trump",), opt=True),
         Ev("2019", A, opt=True)]),
    Doc("xh-white-paper-released-monday",
        "The State Council Information Office on Monday released a white paper titled \"China's Arms Control, "
        "Disarmament and Nonproliferation in the New Era.\"",
        "2025-11-20",
        [Ev("2025-11-17", A)]),
    # ================================================================== Kyodo / NHK / Japan Times
    Doc("jp-reiwa-7-with-gregorian",
        "The Defense Ministry's white paper for Reiwa 7 (2025) describes North Korea's military activities as a "
        "graver and more imminent threat than before.",
        "2025-07-15",
        [Ev("2025", A, opt=True)], tx=[("2025", "2025")]),
    Doc("jp-by-the-end-of-reiwa-7",
        "The abduction task force will present its findings by the end of Reiwa 7, government sources said.",
        "2025-08-15",
        [Ev(("2025", "2025-12", "2025-12-31"), P)], tx=[("Reiwa 7", "2025")]),
    Doc("jp-fiscal-2025-starts-in-april",
        "The government plans to spend a record 8.7 trillion yen on defense in fiscal 2025, which starts in April.",
        "2025-01-10",
        [Ev(("2025-04-01/2026-03-31", "2025"), P), Ev("2025-04", (P, A), opt=True)]),
    Doc("jp-year-through-march-2026",
        "The Finance Ministry expects tax revenue to hit a record in the year through March 2026.",
        "2025-11-20",
        [Ev("2025-04-01/2026-03-31", (P, H))], no_ev=["2026-03"]),
    Doc("jp-talks-on-the-28th",
        "Prime Minister Sanae Takaichi held talks with President Trump at the Akasaka Palace in Tokyo on the 28th, "
        "and the two leaders signed a framework on critical minerals.",
        "2025-10-29",
        [Ev("2025-10-28", A, ("Donald Trump",))]),
    Doc("jp-on-the-30th-previous-month",
        "Chinese coast guard vessels entered Japanese territorial waters around the Senkaku Islands on the 30th, "
        "staying for about two hours, Kyodo News reported.",
        "2025-11-02",
        [Ev("2025-10-30", A, ("China",))], no_ev=["2025-11-30"]),
    Doc("jp-nhk-japan-time-wednesday",
        "North Korea launched what appeared to be a ballistic missile at around 6:12 a.m. Japan time on Wednesday, "
        "the Japanese government said, adding that it fell outside Japan's exclusive economic zone.",
        "2025-10-22",
        [Ev("2025-10-22", A, ("North Korea",))]),
    Doc("jp-showa-52-with-day",
        "Megumi Yokota was abducted on her way home from school in Niigata on November 15, Showa 52 (1977).",
        "2025-11-15",
        [Ev("1977-11-15", A)], no_ev=["2025-11-15"]),
    Doc("jp-kyodo-agreed-saturday-summit-in-january",
        "TOKYO (Kyodo) -- Japan and South Korea agreed Saturday to hold their next summit in Nara Prefecture in "
        "January, the government said.",
        "2025-12-20",
        [Ev("2025-12-20", A, ("Japan", "South Korea")), Ev("2026-01", P)]),
    Doc("jp-by-end-of-fiscal-2025-or-march-2026",
        "The Defense Ministry plans to deploy long-range missiles at a camp in Kumamoto Prefecture by the end of "
        "fiscal 2025, or March 2026.",
        "2025-09-25",
        [Ev(("2026-03", "2026-03-31"), P)], no_ev=["2025"]),
    Doc("jp-diet-convened-oct-21-until-dec-17",
        "An extraordinary Diet session was convened on Oct. 21 and will run for 58 days until Dec. 17.",
        "2025-10-24",
        [Ev("2025-10-21", A), Ev(("2025-12-17", "2025-10-21/2025-12-17"), P, opt=True)]),
    Doc("jp-election-july-20-resignation-sept-7",
        "The ruling coalition lost its majority in the upper house election on July 20, and Prime Minister Shigeru "
        "Ishiba announced his resignation on Sept. 7.",
        "2025-10-04",
        [Ev("2025-07-20", A), Ev("2025-09-07", A)]),
    Doc("jp-on-the-13th-following-day",
        "Takaichi will fly to Seoul on the 13th and hold talks with Lee the following day.",
        "2026-01-08",
        [Ev("2026-01-13", P, ("South Korea",)), Ev("2026-01-14", P, ("Lee Jae-myung",))]),
    Doc("jp-april-september-first-half-of-fiscal",
        "Japan's exports to China fell in the April-September period, the first half of fiscal 2025, the Finance "
        "Ministry said Thursday.",
        "2025-10-16",
        [Ev("2025-04-01/2025-09-30", A, ("China",)), Ev("2025-10-16", A, opt=True)]),
    Doc("jp-reiwa-era-began-may-1-2019",
        "The Reiwa era began on May 1, 2019, when Emperor Naruhito ascended the Chrysanthemum Throne.",
        "2025-11-20",
        [Ev("2019-05-01", A)]),
    # ================================================================== think tanks: 38 North, CSIS, Stimson
    Doc("tt-imagery-from-oct-14-shows",
        "Commercial satellite imagery from Oct. 14 shows that construction of a new building at the Yongbyon "
        "Nuclear Scientific Research Center has progressed rapidly.",
        "2025-11-06",
        [Ev("2025-10-14", A)]),
    Doc("tt-between-late-september-and-mid-october",
        "Between late September and mid-October, workers appear to have completed the roof of the suspected "
        "enrichment hall.",
        "2025-11-06",
        [Ev(("2025-09-21/2025-10-20", "2025-09-01/2025-10-31", "2025-09-21/2025-10-31", "2025-09-01/2025-10-20"),
            (A, H))]),
    Doc("tt-likely-operating-since-at-least-2021",
        "The facility has likely been operating since at least 2021, judging by the thermal signatures visible in "
        "the imagery.",
        "2025-11-06",
        [Ev("2021", (A, H), opt=True)]),
    Doc("tt-imagery-dated-three-days",
        "Imagery dated Sept. 2, Sept. 18 and Oct. 3 shows a submarine moored beside the construction hall at the "
        "Sinpo South Shipyard.",
        "2025-10-20",
        [Ev("2025-09-02", A), Ev("2025-09-18", A, opt=True), Ev("2025-10-03", A, opt=True)]),
    Doc("tt-as-of-oct-27-had-not-resumed",
        "As of Oct. 27, cooling water discharge from the experimental light water reactor had not resumed.",
        "2025-11-06",
        [Ev("2025-10-27", N, opt=True)]),
    Doc("tt-first-observed-march-2023-years-since",
        "Beyond Parallel first observed the excavation in March 2023, and the site has expanded steadily in the "
        "two and a half years since.",
        "2025-10-20",
        [Ev("2023-03", A)]),
    Doc("tt-likely-to-conduct-before-end-of-year",
        "North Korea is likely to conduct a seventh nuclear test before the end of the year, although there are no "
        "signs that a decision has been made.",
        "2025-09-25",
        [Ev(("2025", "2025-09-25/2025-12-31", "2025-12"), H, ("North Korea",))]),
    Doc("tt-no-activity-since-early-june",
        "No vehicle activity has been observed at Portal 3 of the Punggye-ri test site since early June.",
        "2025-10-20",
        [Ev(("2025-06", "2025-06-01/2025-06-10"), (N, A), opt=True)]),
    Doc("tt-imagery-october-2024-and-october-2025",
        "A comparison of imagery from October 2024 and October 2025 shows that the launch pad at Sohae has been "
        "extended by roughly 40 meters.",
        "2025-11-06",
        [Ev(("2024-10", "2024-10-01/2025-10-31"), A, opt=True), Ev("2025-10", A, opt=True)], no_ev=["2025-11"]),
    Doc("tt-has-not-tested-since-moratorium-lapsed",
        "Pyongyang has not flown an ICBM on a standard trajectory since the self-declared moratorium of April 2018 "
        "lapsed in 2020.",
        "2025-10-20",
        [Ev("2018-04", A), Ev("2020", A)]),
    Doc("tt-appears-to-have-begun-mid-2024",
        "Construction of the second enrichment facility appears to have begun in mid-2024.",
        "2025-11-06",
        [Ev(("2024", "2024-05-01/2024-08-31", "2024-06-01/2024-07-31", "2024-04-01/2024-09-30"), (A, H))]),
    Doc("tt-tally-first-three-quarters-down-from-2024",
        "The Stimson Center's database counts 12 missile launches in the first three quarters of 2025, down from "
        "2024.",
        "2025-11-06",
        [Ev("2025-01-01/2025-09-30", A, opt=True)], no_ev=["2024"]),
    Doc("tt-image-captured-utc-on-3-november",
        "A Sentinel-2 image captured at 02:14 UTC on 3 November shows a plume rising from the Yongbyon thermal "
        "plant.",
        "2025-11-06",
        [Ev("2025-11-03", A)]),
    Doc("tt-report-last-month-forecast-2026",
        "In a report published last month, the Institute for National Security Strategy forecast that Kim would "
        "seek a summit with Trump in 2026.",
        "2025-12-04",
        [Ev("2025-11", A), Ev("2026", H, ("Donald Trump",))]),
    Doc("tt-capsized-may-21-likely-refloated-early-june",
        "The destroyer launched at Chongjin on May 21 capsized during the ceremony and was likely refloated in "
        "early June.",
        "2025-10-20",
        [Ev("2025-05-21", A), Ev(("2025-06", "2025-06-01/2025-06-10"), (A, H))]),
    Doc("tt-imagery-from-the-weekend",
        "Imagery from the weekend shows at least three transporter-erector-launchers parked near Sunan airfield.",
        "2025-10-13",
        [Ev("2025-W41-WE", A)]),
    # ================================================================== social-media posts in the news
    Doc("sm-truth-social-sunday-later-this-month",
        "In a Truth Social post on Sunday, Trump said he would love to meet Kim Jong Un during his trip to Asia "
        "later this month.",
        "2025-10-13",
        [Ev("2025-10-12", A, ("Donald Trump",)), Ev(("2025-10", "2025-10-13/2025-10-31"), (P, H), ("Kim Jong Un",))]),
    Doc("sm-statedept-tweeted-friday",
        "@StateDept tweeted on Friday that the United States strongly condemns the DPRK's latest ballistic missile "
        "launch.",
        "2025-11-09",
        [Ev("2025-11-07", A, ("United States",))]),
    Doc("sm-embed-stamp-today-launch",
        "We strongly condemn today's ballistic missile launch by the DPRK in violation of multiple UN Security "
        "Council resolutions.\n"
        "— Department of State (@StateDept) 3:42 PM · Oct 22, 2025",
        "2025-10-24",
        [Ev("2025-10-22", A, ("North Korea",))], no_ev=["2025-10-24"]),
    Doc("sm-stamp-first-then-yesterday",
        "3:42 PM · Oct 12, 2025\n"
        "Kim Yo Jong's statement yesterday shows Pyongyang is not interested in dialogue. We remain open to talks "
        "without preconditions.",
        "2025-10-14",
        [Ev("2025-10-11", A, ("North Korea",))], no_ev=["2025-10-13"]),
    Doc("sm-caps-post-next-week-from-saturday",
        "Trump wrote on Truth Social late Saturday: \"I WILL BE MEETING WITH PRESIDENT XI OF CHINA IN SOUTH KOREA "
        "NEXT WEEK!\"",
        "2025-10-27",
        [Ev("2025-10-25", A, ("Donald Trump",)), Ev("2025-W44", P)], no_ev=["2025-W45"]),
    Doc("sm-embassy-wechat-wednesday-protests-oct-3",
        "The Chinese Embassy in Seoul said in a post on its WeChat account on Wednesday that Chinese nationals "
        "should stay away from the protests planned for Oct. 3.",
        "2025-10-02",
        [Ev("2025-10-01", A, ("China",)), Ev("2025-10-03", P)]),
    Doc("sm-post-published-at-clock-on-date",
        "The post, which was deleted about an hour later, had been published at 11:07 p.m. on Nov. 2.",
        "2025-11-04",
        [Ev("2025-11-02", A)]),
    Doc("sm-telegram-channel-kst-friday",
        "The Rodong Sinmun's Telegram channel posted photos of the launch at 6:05 a.m. KST on Friday, hours before "
        "KCNA released its official report.",
        "2025-11-08",
        [Ev("2025-11-07", A)]),
    Doc("sm-quoted-x-post-yesterdays-talks",
        "The presidential office quoted Lee as writing on X on Tuesday night: \"Yesterday's talks with President "
        "Trump were candid and productive.\"",
        "2025-08-27",
        [Ev("2025-08-26", A, ("Lee Jae-myung",)), Ev("2025-08-25", A, ("Donald Trump",))]),
    Doc("sm-timestamped-et-on-oct-28",
        "Trump's post, timestamped 9:18 PM ET on Oct. 28, went up just as Air Force One was landing at Gimhae air "
        "base.",
        "2025-10-30",
        [Ev("2025-10-28", A, ("Donald Trump",))]),
    Doc("sm-account-suspended-monday-since-january",
        "The account, which had posted in English since January, was suspended on Monday.",
        "2025-11-20",
        [Ev("2025-11-17", A), Ev("2025-01", A, opt=True)]),
    Doc("sm-kim-yo-jong-statement-monday-night",
        "Kim Yo Jong said in a statement carried by KCNA on Monday night that Pyongyang had no interest in Seoul's "
        "proposal.",
        "2025-11-25",
        [Ev("2025-11-24", A, ("North Korea",))]),
    Doc("sm-rubio-x-thursday-friday-next-month",
        "Secretary of State Marco Rubio wrote on X on Thursday that he had spoken with Foreign Minister Cho Hyun, "
        "and on Friday he posted that he would host Cho in Washington next month.",
        "2025-11-22",
        [Ev("2025-11-20", A), Ev("2025-11-21", A), Ev("2025-12", P)]),
    Doc("sm-screenshot-dotted-date",
        "A screenshot of the post, dated 2025.10.12, circulated widely on South Korean online communities.",
        "2025-10-14",
        [Ev("2025-10-12", A)], tx=[("2025.10.12", "2025-10-12")]),
    Doc("sm-ministry-on-x-sunday-call-monday-morning",
        "Japan's Foreign Ministry said on X on Sunday that Foreign Minister Toshimitsu Motegi would hold a phone "
        "call with Secretary Rubio on Monday morning.",
        "2025-11-02",
        [Ev("2025-11-02", A, ("Japan",)), Ev("2025-11-03", P)]),
    # ================================================================== UN Panel of Experts / IAEA reports
    Doc("un-during-the-reporting-period",
        "During the reporting period (1 February to 31 July 2025), the Panel investigated 14 suspected "
        "ship-to-ship transfers of refined petroleum products.",
        "2025-09-20",
        [Ev("2025-02-01/2025-07-31", A, opt=True)]),
    Doc("un-as-at-30-june-not-able",
        "As at 30 June 2025, the Agency had not been able to verify the operational status of the light water "
        "reactor.",
        "2025-08-25",
        [Ev("2025-06-30", N, opt=True)]),
    Doc("un-in-resolution-2397-2017-within-24-months",
        "In resolution 2397 (2017), the Security Council decided that Member States shall repatriate all DPRK "
        "nationals earning income in their jurisdiction within 24 months.",
        "2025-09-20",
        [Ev("2017", A, opt=True)]),
    Doc("un-informed-the-board-in-june",
        "The Director General informed the Board of Governors in June that the Agency had observed indications of "
        "construction of a new building at the Yongbyon site.",
        "2025-09-08",
        [Ev("2025-06", A)]),
    Doc("un-general-conference-from-15-to-19",
        "The report will be submitted to the sixty-ninth regular session of the General Conference, to be held in "
        "Vienna from 15 to 19 September 2025.",
        "2025-08-25",
        [Ev("2025-09-15/2025-09-19", P)]),
    Doc("un-note-verbale-dated",
        "By a note verbale dated 12 March 2025, the Panel requested information from the Member State concerned; "
        "no reply had been received at the time of writing.",
        "2025-09-20",
        [Ev("2025-03-12", A)]),
    Doc("un-mandate-expired-veto",
        "The mandate of the Panel of Experts established pursuant to resolution 1874 (2009) expired on 30 April "
        "2024 after the Russian Federation vetoed its renewal on 28 March 2024.",
        "2025-09-20",
        [Ev("2024-04-30", A), Ev("2024-03-28", A, ("Russia",)), Ev("2009", A, opt=True)]),
    Doc("un-msmt-launched-october-2024-first-report",
        "The Multilateral Sanctions Monitoring Team, launched by 11 Member States in October 2024, issued its first "
        "report on 29 May 2025.",
        "2025-09-20",
        [Ev("2024-10", A), Ev("2025-05-29", A)]),
    Doc("un-table-heading-range",
        "Table 3: DPRK ballistic missile launches, 1 January–30 June 2025",
        "2025-09-20",
        [Ev("2025-01-01/2025-06-30", A, opt=True)]),
    Doc("un-no-access-since-expelled-april-2009",
        "The Agency has had no access to the DPRK since its inspectors were expelled in April 2009, and therefore "
        "relies on open-source information and satellite imagery.",
        "2025-08-25",
        [Ev("2009-04", A, ("North Korea",))]),
    Doc("un-board-expected-meeting-starting-8-september",
        "The Board is expected to consider the Director General's report at its meeting starting on 8 September.",
        "2025-08-25",
        [Ev("2025-09-08", P)]),
    Doc("un-on-or-about-23-april",
        "The vessel reportedly conducted a ship-to-ship transfer on or about 23 April 2025 in the Yellow Sea, "
        "according to a Member State.",
        "2025-09-20",
        [Ev("2025-04-23", A)], tx=[("23 April 2025", "2025-04-23")]),
    Doc("un-within-90-days-every-180-days",
        "The Secretary-General shall report to the Council within 90 days and every 180 days thereafter.",
        "2025-09-20",
        []),
    Doc("un-resolution-2270-adopted-after-test-and-launch",
        "Resolution 2270 (2016), adopted on 2 March 2016 following the nuclear test of 6 January 2016 and the "
        "satellite launch of 7 February 2016, expanded the sectoral sanctions.",
        "2025-09-20",
        [Ev("2016-03-02", A), Ev("2016-01-06", A), Ev("2016-02-07", A), Ev("2016", A, opt=True)]),
    Doc("un-introductory-statement-on-9-june",
        "In his introductory statement to the Board on 9 June, the Director General said the Agency continued to "
        "observe activity at the Kangson complex.",
        "2025-09-08",
        [Ev("2025-06-09", A)]),
]
