"""Messy pasted and uploaded input: headlines in capitals, bylines and update stamps, datelines, photo captions,
timelines, bullets and tables, HTML entities and odd Unicode spaces, hard-wrapped lines, URLs, file names, IDs
and other numbers that are no dates, and non-English text read as English (hand-written, see the package
docstring), checked by checks.check_dated_case.

Each case: Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=..., no_ev_in=..., title_not=...),
see checks.Doc.  ev items are dates in checks.date_range() notation ("2025-09-22", "2017-09", "2018-SP",
"2019-02-27/2019-02-28/day") or Ev(dates, modality, title=...).  only=True (the default): no other event;
so [] means no event at all.  title_not: markup and URL leftovers no event title may keep.
"""

from .checks import Doc, Ev

CASES = [
    # -------------------------------------------------------- headlines
    Doc("caps-weekday",
        "NORTH KOREA FIRES MISSILE ON MONDAY",
        "2025-09-22",
        ["2025-09-22"], tx=[("MONDAY", "2025-09-22")]),
    Doc("caps-month-day-year",
        "KIM MET TRUMP IN SINGAPORE ON JUNE 12, 2018",
        "2025-09-22",
        ["2018-06-12"], tx=[("JUNE 12, 2018", "2018-06-12")]),
    Doc("caps-month-year",
        "NORTH KOREA CONDUCTED A TEST IN SEPTEMBER 2017",
        "2025-09-22",
        ["2017-09"], tx=[("SEPTEMBER 2017", "2017-09")]),
    Doc("caps-relative",
        "NORTH KOREA TESTED A MISSILE LAST MONTH",
        "2025-09-22",
        ["2025-08"], tx=[("LAST MONTH", "2025-08")]),
    Doc("caps-year", "IN 2018, KIM MET TRUMP", "2025-09-22", ["2018"], tx=[("2018", "2018")]),
    Doc("mixed-caps-in-sentence",
        "Kim met Trump on JUNE 12, 2018 in Singapore.",
        "2025-09-22",
        ["2018-06-12"], tx=[("JUNE 12, 2018", "2018-06-12")]),
    Doc("lowercase-weekday",
        "north korea fired a missile on monday, seoul said.",
        "2025-09-22",
        ["2025-09-22"], only=False, tx=[("monday", "2025-09-22")]),
    Doc("title-weekday",
        "North Korea Fires Missile On Monday, Seoul Says",
        "2025-09-22",
        ["2025-09-22"], tx=[("Monday", "2025-09-22")]),
    Doc("title-next-week",
        "North Korea Says It Will Launch Satellite Next Week",
        "2025-09-22",
        [], only=False, tx=[("Next Week", None)]),
    Doc("headline-to-meet-lower",
        "Trump and Kim to meet in May, White House says",
        "2025-09-22",
        [Ev("2026-05", "planned")], only=False, no_ev=["2025-05"], tx=[("May", "2026-05")]),
    Doc("headline-to-meet-title",
        "Trump And Kim To Meet In May, White House Says",
        "2025-09-22",
        [], only=False, no_ev=["2025-05"], tx=[("May", "2026-05")]),
    Doc("headline-will-title",
        "Kim Will Visit Moscow In October, Kremlin Says",
        "2025-09-22",
        [Ev("2025-10", "planned")], only=False),
    Doc("headline-past-year", "Trump Says He Met Kim In 2019", "2025-09-22", ["2019"]),
    Doc("caps-headline-then-dateline",
        "NORTH KOREA FIRES BALLISTIC MISSILE INTO SEA OF JAPAN, SEOUL SAYS\n"
        "Seoul, Sept. 22 (Reuters) - North Korea fired a ballistic missile on Monday, South Korea's military said.",
        "2025-09-22",
        ["2025-09-22"]),
    # -------------------------------------------------------- bylines, datelines, metadata lines
    Doc("updated-time-first",
        "Updated 10:32 a.m. EDT, Sept. 19, 2025\n"
        "North Korea fired a missile on Thursday.",
        "2025-09-22",
        ["2025-09-18"]),
    Doc("updated-time-first-span",
        "Updated 10:32 a.m. EDT, Sept. 19, 2025",
        "2025-09-22",
        [], only=False, no_ev=["2025"], no_tx=["2025"]),
    Doc("updated-date-first",
        "Updated Sept. 19, 2025, 10:32 a.m. ET\n"
        "North Korea fired a missile on Thursday.",
        "2025-09-22",
        ["2025-09-18"]),
    Doc("published-iso-utc",
        "Published: 2025-09-19 08:00 UTC\n"
        "North Korea fired a missile on Thursday.",
        "2025-09-22",
        ["2025-09-18"], tx=[("2025-09-19", "2025-09-19")]),
    Doc("published-iso-T",
        "Published: 2025-09-19T08:00:00Z\n"
        "Kim spoke on Friday.",
        "2025-09-22",
        [], only=False, no_ev_in=["Published"], title_not=[":00Z"]),
    Doc("byline-date-time",
        "By Jane Doe | September 19, 2025 at 8:15 p.m. EDT\n"
        "North Korea fired a missile on Thursday.",
        "2025-09-22",
        ["2025-09-18"]),
    Doc("byline-own-line",
        "By Jane Doe, Staff Writer\n"
        "September 19, 2025\n\n"
        "North Korea fired two ballistic missiles on Thursday, Seoul said.",
        "2025-09-19",
        ["2025-09-18"]),
    Doc("guardian-posted",
        "Last modified on Fri 19 Sep 2025 14.02 BST\n"
        "Kim inspected a factory on Thursday.",
        "2025-09-22",
        ["2025-09-18"]),
    Doc("first-published-ago",
        "First published on September 19, 2025 / 8:00 AM / Updated 2 hours ago",
        "2025-09-22",
        []),
    Doc("read-time", "Sept. 19, 2025 | 5 min read", "2025-09-22", []),
    Doc("copyright-symbol", "© 2025 Example News. All rights reserved.", "2025-09-22", []),
    Doc("copyright-word", "Copyright 2025 The Associated Press. All rights reserved.", "2025-09-22", []),
    Doc("amended-note",
        "This article was amended on 20 September 2025 to correct the date of the test.",
        "2025-09-22",
        []),
    Doc("dateline-reuters",
        "SEOUL, Sept 19 (Reuters) - North Korea fired a ballistic missile off its east coast on Friday, South "
        "Korea's military said.",
        "2025-09-19",
        ["2025-09-19"]),
    Doc("dateline-anchor-weekday",
        "SEOUL, Sept 19, 2025 (Reuters) - North Korea fired a missile on Monday.",
        "2025-09-29",
        ["2025-09-15"], only=False, no_ev=["2025-09-29"]),
    Doc("dateline-anchor-weekday-2",
        "SEOUL, Sept 19 (Reuters) - North Korea fired a missile on Monday, and Japan protested on Wednesday.",
        "2025-09-22",
        ["2025-09-15", "2025-09-17"], only=False, no_ev=["2025-09-22"]),
    Doc("ap-dateline",
        "WASHINGTON (AP) — President Donald Trump said Sunday he would meet Kim Jong Un next month.",
        "2025-09-22",
        [Ev("2025-10", "planned")], only=False),
    # -------------------------------------------------------- captions
    Doc("caption-undated-photo",
        "Photo: Kim Jong Un inspects a missile launch in this undated photo released by KCNA on Sept. 19, 2025. "
        "(Reuters/File)",
        "2025-09-22",
        ["2025-09-19"], only=False),
    Doc("caption-file-photo",
        "(AP Photo/Lee Jin-man, File) FILE - In this June 12, 2018, file photo, Kim Jong Un and Donald Trump shake "
        "hands in Singapore.",
        "2025-09-22",
        ["2018-06-12"], only=False, title_not=["File)", "FILE -"]),
    Doc("caption-reuters-credit",
        "South Korean soldiers watch a TV screen showing a file image of a missile launch, at a railway station in "
        "Seoul, South Korea, March 10, 2023. REUTERS/Kim Hong-Ji/File Photo",
        "2025-09-22",
        ["2023-03-10"]),
    Doc("md-image-alt",
        "![Kim Jong Un arrives in Hanoi, Feb. 26, 2019](https://cdn.example.com/2019/02/26/kim-arrives.jpg)",
        "2025-09-22",
        ["2019-02-26"], title_not=["https://", "](", "!["]),
    # -------------------------------------------------------- timelines, bullets, tables
    Doc("timeline-full-dates",
        "Timeline:\n"
        "Jan. 6, 2016 — fourth nuclear test\n"
        "Sept. 9, 2016 — fifth nuclear test\n"
        "Sept. 3, 2017 — sixth nuclear test\n"
        "June 12, 2018 — Trump and Kim meet in Singapore",
        "2025-09-22",
        ["2016-01-06", "2016-09-09", "2017-09-03", "2018-06-12"]),
    Doc("timeline-year-headings",
        "Timeline:\n"
        "2016\n"
        "Jan. 6 — fourth nuclear test\n"
        "Sept. 9 — fifth nuclear test\n"
        "2017\n"
        "July 4 — first ICBM test\n"
        "Sept. 3 — sixth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09", "2017-07-04", "2017-09-03"], only=False, no_ev=["2026-01-06", "2025-09-09"]),
    Doc("year-heading-no-event",
        "KEY DATES\n\n"
        "2016\n"
        "- Jan. 6: Fourth nuclear test\n"
        "- Sept. 9: Fifth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09"]),
    Doc("md-heading-years",
        "## 2018\n\n"
        "**April 27** – Inter-Korean summit at Panmunjom\n\n"
        "**June 12** – Singapore summit\n\n"
        "## 2019\n\n"
        "**Feb. 27–28** – Hanoi summit",
        "2025-09-22",
        ["2018-04-27", "2018-06-12", "2019-02-27/2019-02-28/day"], title_not=["**", "##"]),
    Doc("timeline-bullets",
        "Timeline:\n"
        "- Jan. 6, 2016: North Korea conducts its fourth nuclear test\n"
        "- Sept. 9, 2016: fifth test\n"
        "* 2017: six missile launches",
        "2025-09-22",
        ["2016-01-06", "2016-09-09", "2017"], title_not=["*"]),
    Doc("timeline-unicode-bullets",
        "• Jan. 6, 2016 — fourth nuclear test\n"
        "• Sept. 9, 2016 — fifth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09"], title_not=["•"]),
    Doc("timeline-numbered",
        "1. June 12, 2018 — Singapore summit\n"
        "2. Feb. 27-28, 2019 — Hanoi summit\n"
        "3. June 30, 2019 — DMZ meeting",
        "2025-09-22",
        ["2018-06-12", "2019-02-27/2019-02-28/day", "2019-06-30"]),
    Doc("timeline-months-seasons",
        "Timeline:\n"
        "January 2016 — fourth nuclear test\n"
        "Late 2017 — Hwasong-15 launch\n"
        "Spring 2018 — diplomatic thaw\n"
        "Mid-2019 — talks stall",
        "2025-09-22",
        ["2016-01", "2018-SP", "2019"], only=False, tx=[("Late 2017", "2017"), ("Mid-2019", "2019")]),
    Doc("timeline-day-first",
        "Timeline\n"
        "6 Jan 2016 - North Korea conducts fourth nuclear test\n"
        "9 Sep 2016 - Fifth test\n"
        "3 Sep 2017 - Sixth test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09", "2017-09-03"]),
    Doc("timeline-dotted-iso",
        "Timeline\n"
        "2016.01.06 fourth nuclear test\n"
        "2016.09.09 fifth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09"]),
    Doc("timeline-slash-iso",
        "Timeline\n"
        "2018/06/12 Singapore summit\n"
        "2019/02/28 Hanoi summit collapses",
        "2025-09-22",
        ["2018-06-12", "2019-02-28"]),
    Doc("timeline-dd-mon-yyyy",
        "Timeline\n"
        "12-Jun-2018 Singapore summit\n"
        "28-Feb-2019 Hanoi summit collapses",
        "2025-09-22",
        ["2018-06-12", "2019-02-28"]),
    Doc("md-table-iso",
        "| Date | Event |\n"
        "|---|---|\n"
        "| 2016-01-06 | Fourth nuclear test |\n"
        "| 2017-09-03 | Sixth nuclear test |",
        "2025-09-22",
        ["2016-01-06", "2017-09-03"], title_not=["|"]),
    Doc("pipe-table-text",
        "Date | Event\n"
        "-----|------\n"
        "Jan 6, 2016 | Fourth nuclear test\n"
        "Sep 9, 2016 | Fifth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09"], title_not=["|"]),
    Doc("timeline-entities",
        "Jan. 6, 2016 &#8212; fourth nuclear test<br>Sept. 9, 2016 &mdash; fifth nuclear test",
        "2025-09-22",
        ["2016-01-06", "2016-09-09"], title_not=["&#", "&mdash;", "<br>"]),
    Doc("timeline-year-dash",
        "2006 – first nuclear test\n"
        "2009 – second nuclear test\n"
        "2013 – third nuclear test",
        "2025-09-22",
        ["2006", "2009", "2013"]),
    # -------------------------------------------------------- entities, unicode spaces, dashes, quotes
    Doc("ent-nbsp-year", "Kim met Trump on June&nbsp;12,&nbsp;2018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("ent-nbsp-sept",
        "North Korea fired a missile on Sept.&nbsp;19, 2025, officials said.",
        "2025-09-22",
        ["2025-09-19"]),
    Doc("ent-numeric-dash",
        "The talks ran from June 12&#8211;13, 2018 in Singapore.",
        "2025-09-22",
        ["2018-06-12/2018-06-13/day"]),
    Doc("ent-named-dash",
        "The talks ran from June 12&ndash;13, 2018 in Singapore.",
        "2025-09-22",
        ["2018-06-12/2018-06-13/day"]),
    Doc("u-nbsp", "Kim met Trump on 12\xa0June 2018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("u-thin", "Kim met Trump on 12\u2009June\u20092018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("u-nnbsp", "Kim met Trump on 12\u202fJune 2018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("u-en-dash-range",
        "The summit ran June 12–13, 2018 in Singapore.",
        "2025-09-22",
        ["2018-06-12/2018-06-13/day"]),
    Doc("u-em-dash-range",
        "The summit ran June 12—13, 2018 in Singapore.",
        "2025-09-22",
        ["2018-06-12/2018-06-13/day"]),
    Doc("u-zwsp", "North Korea fired a missile on Sept.\u200b19, 2025.", "2025-09-22", ["2025-09-19"]),
    Doc("u-soft-hyphen", "North Korea fired a missile on Sep\xadtember 19, 2025.", "2025-09-22", ["2025-09-19"]),
    Doc("u-fullwidth-year",
        "Kim met Trump on June 12, ２０１８ in Singapore.",
        "2025-09-22",
        [], only=False, no_ev=["2025-06-12"]),
    Doc("curly-quotes",
        "Kim said on Monday that “the talks in 2019” had failed.",
        "2025-09-22",
        ["2025-09-22"], only=False),
    Doc("curly-quoted-date",
        "Kim met Trump on “June 12, 2018” in Singapore.",
        "2025-09-22",
        ["2018-06-12"], title_not=["“"]),
    Doc("double-spaces", "Kim met Trump on June  12 ,  2018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("line-sep-u2028",
        "Kim met Trump on June 12, 2018.\u2028Then they met in Hanoi on Feb. 27, 2019.",
        "2025-09-22",
        ["2018-06-12", "2019-02-27"]),
    # -------------------------------------------------------- hard-wrapped lines
    Doc("wrap-month-day",
        "North Korea fired a missile on September\n"
        "19, officials in Seoul said on\n"
        "Friday.",
        "2025-09-22",
        ["2025-09-19", Ev("2025-09-19", opt=True, note="the report 'said on Friday'")]),
    Doc("wrap-subject-date",
        "Kim Jong Un and Donald Trump met in Singapore\n"
        "on June 12, 2018, the first meeting between a sitting\n"
        "U.S. president and a North Korean leader.",
        "2025-09-22",
        [Ev("2018-06-12", title="met")], only=False),
    Doc("wrap-verb-date",
        "North Korea conducted its sixth nuclear test on\n"
        "Sept. 3, 2017, and the United Nations imposed new sanctions\n"
        "later that month, diplomats said.",
        "2025-09-22",
        [Ev("2017-09-03", title="nuclear test"), Ev("2017-09", title="sanctions")], only=False),
    Doc("wrap-year",
        "The talks collapsed in\n"
        "2019 after the Hanoi summit.",
        "2025-09-22",
        [Ev("2019", title="talks collapsed")], only=False),
    Doc("wrap-range-hyphen",
        "The two leaders met in Hanoi on Feb. 27-\n"
        "28, 2019, but the summit collapsed.",
        "2025-09-22",
        ["2019-02-27/2019-02-28/day"]),
    # -------------------------------------------------------- sentence-initial years
    Doc("year-after-capital-sentence",
        "The talks failed in Hanoi. 2019 was a year of summits.",
        "2025-09-22",
        ["2019"], only=False, tx=[("2019", "2019")]),
    Doc("year-after-capital-line",
        "Kim Jong Un.\n"
        "2016 saw two nuclear tests.",
        "2025-09-22",
        ["2016"], only=False, tx=[("2016", "2016")]),
    # -------------------------------------------------------- URLs, files, IDs, contacts
    Doc("url-slash-date",
        "Read more at https://example.com/2025/09/19/north-korea-missile-story.html",
        "2025-09-22",
        []),
    Doc("url-iso-date",
        "Source: https://www.example.org/news/world/2018-06-12-singapore-summit?id=20180612",
        "2025-09-22",
        []),
    Doc("md-link-iso-url",
        "[Read more: Trump and Kim meet at the DMZ](https://example.com/news/2019-06-30/dmz-meeting)",
        "2025-09-22",
        []),
    Doc("filename-iso", "Source: nk_missile_2023-07-12.csv; see also report-2017-09-03.pdf.", "2025-09-22", []),
    Doc("email-iso", "Email kim.jong.un.2019-02-28@example.org for the Hanoi files.", "2025-09-22", []),
    Doc("build-id-iso", "git tag v2018.06.12 was created; build 2019-02-28-r3 shipped.", "2025-09-22", []),
    Doc("ref-ids", "Reference ID: 20250919-0832-NK. Case number 2017/0903.", "2025-09-22", []),
    Doc("email-plain", "Contact press@example.com or kim.2018@example.org for details.", "2025-09-22", []),
    Doc("phones", "Call +1 (202) 456-1111 or 202-555-0199 for comment, or 1-800-555-2025.", "2025-09-22", []),
    Doc("tickers", "Shares of Samsung (005930.KS) rose 3.2% to 71,500 won; AAPL closed at 228.15.", "2025-09-22", []),
    Doc("scores", "Score: 24-7 at halftime; final 31-14. The Yankees won 10-4.", "2025-09-22", []),
    Doc("score-with-date", "South Korea beat Japan 3-1 on Sept. 21 in Seoul.", "2025-09-22", ["2025-09-21"]),
    Doc("address-1600",
        "Protesters gathered at 1600 Pennsylvania Ave. NW, Washington, DC 20500.",
        "2025-09-22",
        [], no_tx=["1600"]),
    Doc("bible",
        "He quoted John 3:16 and Psalm 23:4 in his speech on Sunday.",
        "2025-09-22",
        ["2025-09-21"], no_tx=["3:16", "23:4"]),
    Doc("ratio-vote", "The ratio of artillery to troops was 3:1, and the vote passed 12-3.", "2025-09-22", []),
    Doc("versions", "The app was updated to version 2.10.1 and iOS 17.5; Python 3.12 is required.", "2025-09-22", []),
    Doc("bill-number", "The bill, H.R. 2025, passed the House 220-210.", "2025-09-22", [], no_tx=["2025"]),
    Doc("flight-caps-code", "Route 66 was closed; Flight KE 2017 was delayed.", "2025-09-22", []),
    Doc("federal-register", "See page 2019 of the Federal Register, 90 FR 2019.", "2025-09-22", []),
    Doc("count-not-year",
        "The sanctions list grew to 1998 names in the 1990s.",
        "2025-09-22",
        [], only=False, no_ev=["1998"], no_tx=["1998"]),
    Doc("resolution-number", "UN Security Council Resolution 2375 was adopted after the test.", "2025-09-22", []),
    Doc("misc-numbers",
        "The missile flew 1,000 km; jersey No. 23; Boeing 747; Room 1205 at 10 Downing Street; 24/7; 50/50.",
        "2025-09-22",
        []),
    Doc("time-with-other-date",
        "The leaders walked out at 2:30 p.m., cutting short the Feb. 28 session.",
        "2019-03-01",
        [], only=False, no_ev=["2019-03-01"]),
    Doc("time-date-year", "At 2:30 p.m. on Feb. 28, 2019 the two leaders walked out.", "2019-03-01", ["2019-02-28"]),
    # -------------------------------------------------------- other formats that should work
    Doc("ordinal-suffix", "North Korea fired a missile on Sept. 19th, 2025.", "2025-09-22", ["2025-09-19"]),
    Doc("the-12th-of-june", "The summit took place on the 12th of June, 2018.", "2025-09-22", ["2018-06-12"]),
    Doc("no-comma-year", "Kim met Trump on June 12 2018 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("apostrophe-year", "Kim met Trump on Jun 12, '18 in Singapore.", "2025-09-22", ["2018-06-12"]),
    Doc("quarters",
        "Exports fell in Q3 2025 and in H1 2025.",
        "2025-09-22",
        [], only=False, tx=[("Q3 2025", "2025-Q3"), ("H1 2025", "2025-H1")]),
    Doc("korean-war-range",
        "The Korean War (1950-53) ended in an armistice.",
        "2025-09-22",
        ["1950-01-01/1953-12-31/year"], only=False),
    # -------------------------------------------------------- non-English text read as English: coarse but true is fine
    Doc("de-date",
        "Nordkorea hat am 3. September 2017 seinen sechsten Atomtest durchgeführt.",
        "2025-09-22",
        [], only=False, no_ev=["2025-09-03"]),
    Doc("de-weekday", "Am Montag, 22. September 2025, sprach Kim vor dem Parlament.", "2025-09-22", [], only=False),
    Doc("fr-date",
        "Le sommet de Singapour a eu lieu le 12 juin 2018, et Kim est revenu en mars.",
        "2025-09-22",
        [], only=False, no_ev=["2025-03", "2025-06-12"]),
    Doc("ko-date", "북한은 2017년 9월 3일 여섯 번째 핵실험을 실시했다.", "2025-09-22", [], only=False, no_ev=["2025-09-03"]),
    Doc("es-date",
        "El 1 de mayo, Kim dijo que no habrá diálogo. En marzo de 2019 las conversaciones fracasaron.",
        "2025-09-22",
        [], only=False, no_ev=["2025-05-01", "2025-03"]),
    Doc("zh-date", "On 9月19日, 朝鲜发射了一枚导弹。", "2025-09-22", [], only=False, no_ev=["2025-09-19"]),
    Doc("juche-year", "The KCNA report said: 주체114(2025)년 9월 22일.", "2025-09-22", [], only=False),
    Doc("fr-month-in-en", "Kim met Putin in Vladivostok on 25 avril 2019.", "2025-09-22", ["2019"], only=False),
]
