"""A tenth probe round in document shapes the other modules cover least: text pasted from PDFs (running page
headers and footers with dates, words hyphenated across line breaks, footnote markers glued to dates,
numbered paragraphs, reference lists, tables of contents), speech and press-conference transcripts
("Mr. President, seventy-two years ago ...", "(Applause)", dates and years spoken out), government press
releases and statements ("FOR IMMEDIATE RELEASE", "###", "Contact:", embargo lines, readouts, media
advisories), e-mails and newsletters pasted in (Sent:/From: headers, quoted replies, forwarded messages,
out-of-office replies, unsubscribe footers), tables and CSV-like lines (pipes, commas, tabs, tallies) and long
retold-history passages about the Korean War and later crises ("that winter", "the following spring", "within
weeks", "two years later").  Hand-written, see the package docstring.

Each case: Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=..., no_ev_in=..., title_not=...),
checked by checks.check_dated_case (see checks.Doc and checks.Ev).  only=True (the default): every extracted
event must be one an editor wants, so [] means no event at all.

Judgements a reader may not share, stated once:

- Document furniture gives no event: a running page header or footer ("S/2025/123 — 12 March 2025 — Page
  4"), a "Printed on" stamp, a table of contents, a reference-list entry (its date is when a source appeared,
  not a happening), e-mail headers (Sent:, Date:, "On Mon, Mar 3, 2025 ... wrote:"), newsletter mastheads,
  subscription and unsubscribe footers, copyright lines, embargo and release-time lines, contact blocks and
  "###"/"-30-" end marks.  A statement's own heading or sign-off date ("Pyongyang, March 12, Juche 114 (2025)")
  may date the statement itself, optionally.  A paragraph number ("27. July saw ...") or a table's round number
  is no day.
- A footnote marker glued to a date ("in 2019.[3]", "12 June 2018¹", "22 December 2017.14 It ...") leaves the
  date as it is; a word or a date hyphenated or wrapped across a line break ("nego-\\ntiations", "14 Febru-\\nary
  2025", "12\\nMarch 2025") is read as if whole.
- Relative dates in an e-mail count from its own Sent/Date line (for a quoted or forwarded message, from that
  message's line), not from when the text was pasted (the published date); in embargoed copy, "today" is the
  embargo day.  A digest's clock-time item happens on the digest's date.
- Spoken dates and years ("the twelfth of June", "nineteen fifty-three", "the nineteen-nineties", "seventy-two
  years ago") are dates like written ones; "(Applause)" and "Thank you." are no events.
- A table row or CSV line with a date is a chronology line: an asserted happening (planned where the row says
  so), one event per row, titled without the separators.  A row of counts under a year or quarter ("2022 | 69")
  is a tally, no event.
- In retold history, relative dates count from the last date told: "that winter" after October 1950 is the
  winter of 1950-51, "the following spring" after January 1951 is spring 1951, "within three days" of 25 June
  1950 is by 28 June (the day or the span is accepted), "by the end of the year" is that year's December (or
  the year).
"""

from .checks import Doc, Ev

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

CASES = [
    # ================================================================== text pasted from PDFs
    Doc("pdf-running-header-between-paragraphs",
        "12. On 3 March 2025, the Team received information that two tankers had conducted ship-to-ship transfers "
        "off Nampo.\n"
        "S/2025/123 — 12 March 2025 — Page 4\n"
        "13. The Team wrote to the flag State on 5 March 2025 and has not received a reply.",
        "2025-03-12",
        ["2025-03-03", "2025-03-05"], no_ev=["2025-03-12"], title_not=("Page 4", "S/2025/123")),
    Doc("pdf-footer-page-x-of-y",
        "The Special Envoy held consultations in Beijing on 28 February.\n"
        "UN Security Council — 12 March 2025 — Page 2 of 9\n"
        "She will travel to Seoul and Tokyo later this month.",
        "2025-03-12",
        ["2025-02-28", Ev(("2025-03", "2025-03-12/2025-03-31"), P, ("South Korea", "Japan"))],
        no_ev=["2025-03-12"], no_ev_in=("Page 2 of 9",)),
    Doc("pdf-hyphenated-word-line-break",
        "After months of silence, nego-\ntiations resumed on 3 March in Geneva, where the two dele-\ngations met "
        "for six hours.",
        "2025-03-20",
        [Ev("2025-03-03", A)], title_not=("-\n", "nego- ")),
    Doc("pdf-hyphenated-month",
        "The report was adopted by consensus on 14 Febru-\nary 2025 and transmitted to the Council the next week.",
        "2025-03-20",
        [Ev("2025-02-14", A), Ev(("2025-W08", "2025-02"), A, opt=True)], tx=[("2025", "2025-02-14")],
        no_ev=["2025"]),
    Doc("pdf-date-wrapped-over-line",
        "The first round of military talks was held on 12\nMarch 2025 at Panmunjom, the ministry said.",
        "2025-04-02",
        [Ev("2025-03-12", A)], no_ev=["2025-03"]),
    Doc("pdf-footnote-bracket-after-year",
        "The last summit-level meeting took place in Hanoi in 2019.[3] Since then, working-level contacts have been "
        "sporadic.",
        "2025-06-01",
        [Ev("2019", A)], tx=[("2019", "2019")]),
    Doc("pdf-footnote-superscript-after-date",
        "The two leaders signed a joint statement in Singapore on 12 June 2018¹ committing their countries to new "
        "relations.",
        "2025-06-01",
        [Ev("2018-06-12", A)], tx=[("12 June 2018", "2018-06-12")]),
    Doc("pdf-footnote-digits-glued-after-period",
        "The Security Council adopted resolution 2397 on 22 December 2017.14 It capped refined petroleum imports "
        "at 500,000 barrels a year.",
        "2025-06-01",
        [Ev("2017-12-22", A, ("UN Security Council",))], tx=[("22 December 2017", "2017-12-22")]),
    Doc("pdf-numbered-paragraphs",
        "14. In January 2025, the Team observed increased activity at the Yongbyon site.\n"
        "15. On 21 February 2025, a vessel flagged to a Member State delivered refined petroleum to Nampo.\n"
        "16. The Team continues to investigate.",
        "2025-05-29",
        ["2025-01", "2025-02-21"], no_tx=("14", "15", "16")),
    Doc("pdf-paragraph-number-before-month",
        "27. July saw a sharp rise in reported transfers, according to two Member States.\n"
        "28. The Team requested further information on 4 August 2025.",
        "2025-09-10",
        [Ev("2025-08-04", A), Ev("2025-07", A, opt=True)], no_ev=["2025-07-27", "2025-07-28"],
        no_tx=("2025-07-27", "27. July")),
    Doc("pdf-references-list-only",
        "References\n"
        "[1] Reuters, 'North Korea fires missiles into sea', 8 January 2026.\n"
        "[2] Yonhap, 'Seoul proposes military talks', 17 November 2025.\n"
        "[3] United Nations, S/2024/215, 7 March 2024.",
        "2026-02-01",
        []),
    Doc("pdf-body-with-reference-entry",
        "As reported at the time [4], the envoys met in Stockholm in October 2019 but the talks broke down within "
        "hours.\n\n"
        "Notes\n"
        "[4] Reuters, 'Working-level talks end in Stockholm', 5 October 2019.",
        "2025-10-05",
        [Ev("2019-10", A)], no_ev_in=("[4] Reuters",)),
    Doc("pdf-un-document-masthead",
        "A/80/312\nGeneral Assembly\nDistr.: General\n4 August 2025\nOriginal: English\n\n"
        "Situation of human rights in the Democratic People's Republic of Korea\n\n"
        "Note by the Secretary-General\n\n"
        "The Secretary-General has the honour to transmit to the General Assembly the report of the Special "
        "Rapporteur, submitted in accordance with Assembly resolution 79/178.",
        "2025-08-04",
        [Ev("2025-08-04", A, opt=True)], no_tx=("79/178", "A/80/312")),
    Doc("pdf-table-of-contents",
        "Contents\n"
        "I. Introduction .......... 3\n"
        "II. Developments since March 2024 .......... 5\n"
        "III. Recommendations .......... 12",
        "2025-05-29",
        []),
    Doc("pdf-printed-on-stamp-then-plan",
        "Printed on 14/03/2025 — Page 2 of 9\n"
        "The delegation will travel to Seoul on 20 March for consultations with the unification ministry.",
        "2025-03-14",
        [Ev("2025-03-20", P)], no_ev=["2025-03-14"]),
    Doc("pdf-annex-heading-and-ligature",
        "Annex 7: Ship-to-ship transfers observed between 1 February and 31 July 2025\n"
        "The oﬃcial visit of the inspection team ended on 5 April 2025.",
        "2025-09-10",
        [Ev("2025-04-05", A), Ev("2025-02-01/2025-07-31", A, opt=True)]),

    # ================================================================== speeches and press conferences
    Doc("sp-seventy-two-years-ago",
        "Mr. President, seventy-two years ago, the guns fell silent on the Korean Peninsula, but peace never came.",
        "2025-09-23",
        [Ev("1953", A)], tx=[("seventy-two years ago", "1953")]),
    Doc("sp-applause-thank-you",
        "We will never accept a nuclear-armed North Korea. (Applause.) Thank you. Thank you very much.",
        "2025-09-23",
        []),
    Doc("sp-twelfth-of-june-years-ago",
        "Seven years ago, on the twelfth of June, the leaders of our two countries shook hands in Singapore.",
        "2025-09-23",
        [Ev("2018-06-12", A)], no_ev=["2025-06-12", "2018"]),
    Doc("sp-twelfth-of-june-spoken-year",
        "On the twelfth of June, two thousand eighteen, I stood in Singapore with Chairman Kim Jong Un.",
        "2025-09-23",
        [Ev("2018-06-12", A, ("Kim Jong Un",))], no_ev=["2025-06-12"]),
    Doc("sp-nineteen-fifty-three",
        "The armistice signed in nineteen fifty-three was only ever meant to be temporary.",
        "2025-09-23",
        [Ev("1953", A)], tx=[("nineteen fifty-three", "1953")]),
    Doc("sp-twenty-seventh-of-july-spoken",
        "On the twenty-seventh of July, nineteen fifty-three, the fighting stopped, but the war did not end.",
        "2025-07-27",
        [Ev("1953-07-27", A)], no_ev=["2025-07-27"]),
    Doc("sp-last-year-from-this-podium",
        "Last year, from this podium, I warned that the arms trade between Pyongyang and Moscow would only grow.",
        "2025-09-23",
        [Ev("2024", A)]),
    Doc("sp-next-year-we-will-host",
        "Next year, the Republic of Korea will host an international conference on humanitarian access, and I "
        "invite every delegation in this hall to join us.",
        "2025-09-23",
        [Ev("2026", P, ("South Korea",))]),
    Doc("sp-briefing-earlier-today",
        "THE SECRETARY: Good afternoon, everyone. Earlier today I spoke with Foreign Minister Cho about the "
        "situation on the peninsula.",
        "2025-10-02",
        [Ev("2025-10-02", A)]),
    Doc("sp-laughter-as-i-said-on-tuesday",
        "(Laughter.) As I said on Tuesday, the door to dialogue with Pyongyang remains open.",
        "2025-10-02",
        [Ev("2025-09-30", A)], no_ev=["2025-10-07"]),
    Doc("sp-inaudible-question",
        "QUESTION: (Inaudible) – the talks in – (inaudible) – next month?\n"
        "MR. PIGOTT: We have nothing to announce at this time.",
        "2025-10-02",
        [Ev("2025-11", H, opt=True)]),
    Doc("sp-as-interpreted-within-this-year",
        "PRESIDENT LEE (as interpreted): Today, President Trump and I agreed to work together toward a meeting with "
        "Chairman Kim Jong Un within this year.",
        "2025-08-25",
        [Ev("2025-08-25", A, ("Lee Jae-myung", "Donald Trump")),
         Ev(("2025", "2025-08-25/2025-12-31"), (P, H), opt=True)]),
    Doc("sp-spoken-decade",
        "In the nineteen-nineties, famine killed hundreds of thousands of North Koreans.",
        "2025-09-23",
        [Ev("199", A)], tx=[("nineteen-nineties", "199")]),
    Doc("sp-years-ago-this-month",
        "Twenty-five years ago this month, the leaders of the two Koreas embraced at Sunan airport in Pyongyang.",
        "2025-06-15",
        [Ev("2000-06", A)], no_ev=["2025-06"]),
    Doc("sp-transcript-header-and-end-stamp",
        "Remarks by the President to the 80th Session of the United Nations General Assembly\n"
        "United Nations Headquarters\nNew York, New York\n\n10:02 A.M. EDT\n\n"
        "THE PRESIDENT: Thank you very much. In June 2019, I became the first sitting American president to step "
        "into North Korea.\n\n"
        "END 10:58 A.M. EDT",
        "2025-09-23",
        [Ev("2019-06", A)]),
    Doc("sp-spoken-day-and-relative-year",
        "On the fifteenth of August last year, the President laid out a new vision for unification.",
        "2025-09-23",
        [Ev("2024-08-15", A)], no_ev=["2025-08-15"]),

    # ================================================================== press releases and statements
    Doc("pr-immediate-release-today",
        "FOR IMMEDIATE RELEASE\nMarch 14, 2025\n\n"
        "WASHINGTON — Today, Secretary of State Marco Rubio met with Japanese Foreign Minister Takeshi Iwaya and "
        "Republic of Korea Foreign Minister Cho Tae-yul on the margins of the G7 ministerial meeting.\n\n###",
        "2025-03-14",
        [Ev("2025-03-14", A, ("Japan", "South Korea"))], title_not=("###", "FOR IMMEDIATE")),
    Doc("pr-contact-block-and-end-mark",
        "The Treasury Department on Thursday designated two China-based firms for supplying North Korea's missile "
        "program.\n\n"
        "Contact: Office of Public Affairs, press@example.gov, (202) 555-0147\n\n-30-",
        "2025-07-24",
        [Ev("2025-07-24", A, ("North Korea",))], no_tx=("555-0147", "202", "-30-", "0147")),
    Doc("pr-embargo-line-published-today",
        "EMBARGOED UNTIL 00:01 GMT 14 MARCH 2025\n\n"
        "A report published today by the Commission finds that forced labour remains widespread in North Korea's "
        "prison camps.",
        "2025-03-14",
        [Ev("2025-03-14", A)], no_ev_in=("EMBARGOED",)),
    Doc("pr-embargo-day-after-pub-today",
        "EMBARGOED UNTIL 00:01 GMT 14 MARCH 2025\n\n"
        "The Commission will present its findings at a news conference in Geneva today.",
        "2025-03-13",
        [Ev("2025-03-14", (P, A))], no_ev=["2025-03-13"], no_ev_in=("EMBARGOED",)),
    Doc("pr-statement-heading-date",
        "Statement from the Press Secretary\nJanuary 9, 2026\n\n"
        "The United States strongly condemns the Democratic People's Republic of Korea's launch of a ballistic "
        "missile on January 8, in violation of multiple UN Security Council resolutions.",
        "2026-01-09",
        [Ev("2026-01-08", A, ("North Korea",)), Ev("2026-01-09", A, ("United States",), opt=True)]),
    Doc("pr-readout-spoke-today",
        "Readout of the Secretary's Call with Republic of Korea Foreign Minister Cho Hyun\n"
        "Office of the Spokesperson\nOctober 3, 2025\n\n"
        "The below is attributable to Spokesperson Tammy Bruce:\n\n"
        "Secretary of State Marco Rubio spoke today with Republic of Korea Foreign Minister Cho Hyun.  The Secretary "
        "and the Foreign Minister reaffirmed their commitment to the complete denuclearization of North Korea.",
        "2025-10-03",
        [Ev("2025-10-03", A, ("South Korea",)), Ev("2025-10-03", A, opt=True)]),
    Doc("pr-joint-statement-last-month-first-half",
        "JOINT STATEMENT\nSeoul, November 14, 2025\n\n"
        "The two leaders welcomed the conclusion of the tariff negotiations last month and decided to hold their "
        "next summit in Washington in the first half of 2026.",
        "2025-11-14",
        [Ev("2025-10", A), Ev("2026-H1", P), Ev("2025-11-14", A, opt=True)]),
    Doc("pr-about-boilerplate-and-phone",
        "The ministry on Wednesday approved a civic group's request to contact North Korean officials.\n\n"
        "About the Ministry of Unification\n"
        "Established in 1969, the Ministry of Unification is responsible for inter-Korean dialogue and exchanges.\n\n"
        "Media contact: +82-2-2100-5725",
        "2025-08-06",
        [Ev("2025-08-06", A), Ev("1969", A, opt=True)], no_tx=("2100", "5725", "82-2")),
    Doc("pr-dateline-date-then-yesterday",
        "SEOUL, Republic of Korea — July 31, 2025 — The foreign ministers of the Republic of Korea and the United "
        "States held talks by phone yesterday and agreed to coordinate closely ahead of the August 1 tariff "
        "deadline.",
        "2025-07-31",
        [Ev("2025-07-30", A, ("South Korea", "United States")), Ev("2025-08-01", (P, A), opt=True)],
        no_ev=["2025-07-31"]),
    Doc("pr-release-time-line",
        "For release: 10:00 a.m. EST, Monday, January 12, 2026\n\n"
        "The State Department today announced a reward of up to $5 million for information on revenue-generation "
        "schemes run by North Korean IT workers.",
        "2026-01-12",
        [Ev("2026-01-12", A, ("North Korea",))]),
    Doc("pr-media-advisory-when-line",
        "MEDIA ADVISORY\n\n"
        "WHO: U.S. Special Representative for North Korea\n"
        "WHAT: Press availability following trilateral consultations\n"
        "WHEN: Thursday, February 12, 2026, 3:00 p.m. KST\n"
        "WHERE: Lotte Hotel, Seoul",
        "2026-02-10",
        [Ev("2026-02-12", P, opt=True)], no_ev=["2026-02-10"]),
    Doc("pr-un-press-release-symbol",
        "Press Release SC/16012\n7 March 2025\n\n"
        "On 6 March 2025, the Security Council Committee established pursuant to resolution 1718 (2006) approved the "
        "addition of two entries to its sanctions list.",
        "2025-03-07",
        [Ev("2025-03-06", A, ("UN Security Council",)), Ev("2006", A, opt=True)], no_ev=["2025-03-07"],
        no_tx=("16012",)),
    Doc("pr-end-mark-then-note-to-editors",
        "The talks will resume next week in Geneva, the ministry said.\n\n###\n\n"
        "Note to editors: Photographs of the January 27 session are available on request.",
        "2026-01-29",
        [Ev("2026-W06", P), Ev("2026-01-27", A, opt=True)], no_ev=["2027-01-27"]),
    Doc("pr-kcna-statement-signoff",
        "Press statement of the spokesperson for the DPRK Foreign Ministry\n\n"
        "The U.S. and its followers staged yet another provocative joint air drill on March 10, which clearly "
        "reveals their hostile intent.\n\n"
        "Pyongyang, March 12, Juche 114 (2025)",
        "2025-03-12",
        [Ev("2025-03-10", A, ("United States",)), Ev("2025-03-12", A, opt=True)], no_ev=["2025"],
        no_tx=("Juche 114",)),

    # ================================================================== e-mails and newsletters
    Doc("em-sent-line-yesterday",
        "From: Jane Park <jpark@example.org>\n"
        "Sent: Tuesday, March 4, 2025 9:14 AM\n"
        "To: Korea Desk\n"
        "Subject: RE: Geneva readout\n\n"
        "The envoys met yesterday in Geneva for about three hours. Next round expected in April.\n\nJane",
        "2025-03-10",
        [Ev("2025-03-03", A), Ev("2025-04", (P, H))], no_ev=["2025-03-04", "2025-03-09"]),
    Doc("em-quoted-reply-on-thursday",
        "Thanks, will do.\n\n"
        "> On Mon, Mar 3, 2025 at 5:02 PM, Tom Lee <tlee@example.org> wrote:\n"
        "> The delegations are set to meet again on Thursday in Geneva.\n"
        "> Can you cover it?",
        "2025-03-12",
        [Ev("2025-03-06", P)], no_ev=["2025-03-03", "2025-03-13"]),
    Doc("em-forwarded-this-morning",
        "---------- Forwarded message ---------\n"
        "From: Seoul Bureau <seoul@example.org>\n"
        "Date: Fri, Jan 9, 2026 at 8:30 AM\n"
        "Subject: Launch\n"
        "To: Desk <desk@example.org>\n\n"
        "North Korea fired two ballistic missiles into the East Sea this morning, the Joint Chiefs of Staff said.",
        "2026-01-12",
        [Ev("2026-01-09", A, ("North Korea",))], no_ev=["2026-01-12"]),
    Doc("em-newsletter-masthead-unsubscribe",
        "Korea Watch Weekly | Issue 112 | January 16, 2026\n\n"
        "THIS WEEK: Pyongyang confirmed on Tuesday that it had tested a new solid-fuel engine.\n\n"
        "You are receiving this email because you signed up on 2 May 2024.\n"
        "Unsubscribe | Manage preferences | View in browser\n"
        "© 2026 Korea Watch",
        "2026-01-16",
        [Ev("2026-01-13", A, ("North Korea",))], no_ev=["2024-05-02", "2026-01-16", "2026"],
        no_ev_in=("Unsubscribe", "receiving this email")),
    Doc("em-out-of-office-reply",
        "Automatic reply: I am out of the office until Monday, January 5, with limited access to email. For urgent "
        "matters please contact the duty desk.",
        "2025-12-29",
        []),
    Doc("em-calendar-invite",
        "Subject: DPRK sanctions briefing\n"
        "When: Wednesday, February 11, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).\n"
        "Where: Room 6205\n\n"
        "Agenda: review of the Multilateral Sanctions Monitoring Team report released on January 30.",
        "2026-02-09",
        [Ev("2026-01-30", A), Ev("2026-02-11", P, opt=True)], no_ev=["2027-01-30"]),
    Doc("em-sent-from-iphone",
        "Kim is expected to visit Vladivostok later this month, per two sources.\n\nSent from my iPhone",
        "2025-11-04",
        [Ev(("2025-11", "2025-11-04/2025-11-30"), (P, H))]),
    Doc("em-morning-digest-bullets",
        "Morning Digest — Wednesday, 22 October 2025\n\n"
        "• North Korea fired ballistic missiles at 8:10 a.m.\n"
        "• Trump to arrive in Gyeongju on Oct. 29 for APEC.\n"
        "• Seoul's unification ministry: still no response from Pyongyang.",
        "2025-10-22",
        [Ev("2025-10-22", A, ("North Korea",)), Ev("2025-10-29", P, ("Donald Trump",))]),
    Doc("em-reply-above-quoted-tomorrow",
        "Great — who is covering it?\n\n"
        "On Tue, Sep 30, 2025 at 11:47 AM Min-ji Kang <mkang@example.org> wrote:\n"
        "> Confirmed: the vice ministers meet tomorrow at 10 a.m. in Seoul.",
        "2025-10-02",
        [Ev("2025-10-01", (P, A))], no_ev=["2025-10-03", "2025-09-30"]),
    Doc("em-subject-range-and-yearless-range",
        "Subject: Re: Draft timeline — Trump-Kim meetings 2018-2019\n\n"
        "Add the June 30, 2019 DMZ meeting after Hanoi; the Hanoi summit itself should be Feb. 27-28.",
        "2025-05-02",
        [Ev("2019-06-30", A), Ev("2019-02-27/2019-02-28", (A, H))],
        no_ev=["2025-02-27/2025-02-28", "2026-02-27/2026-02-28"]),
    Doc("em-daily-footer-weekdays",
        "Sanctions Monitor Daily, 3 December 2025\n"
        "Today: The EU added three North Korean entities to its autonomous sanctions list.\n\n"
        "This newsletter is sent Monday to Friday. Archive since 2019. To unsubscribe, reply STOP.",
        "2025-12-03",
        [Ev("2025-12-03", A, ("North Korea",))], no_ev=["2019"], no_ev_in=("Monday to Friday",)),
    Doc("em-headers-only",
        "From: DPRK Desk\n"
        "Sent: Thursday, November 20, 2025 4:51 PM\n"
        "To: All staff\n"
        "Subject: Holiday schedule",
        "2025-11-20",
        []),

    # ================================================================== tables and CSV-like lines
    Doc("tb-pipe-table-iso-dates",
        "Date | Event | Location\n"
        "---|---|---\n"
        "2018-06-12 | Singapore summit | Singapore\n"
        "2019-02-27 | Hanoi summit | Hanoi\n"
        "2019-06-30 | DMZ meeting | Panmunjom",
        "2025-06-12",
        [Ev("2018-06-12", A, title="Singapore summit"), Ev("2019-02-27", A, title="Hanoi summit"),
         Ev("2019-06-30", A, title="DMZ meeting")],
        title_not=("|", "---")),
    Doc("tb-csv-lines",
        "date,event,location\n"
        "2018-04-27,Panmunjom summit,Panmunjom\n"
        "2018-06-12,Singapore summit,Singapore\n"
        "2018-09-19,Pyongyang summit,Pyongyang",
        "2025-06-12",
        [Ev("2018-04-27", A), Ev("2018-06-12", A, title="Singapore summit"), Ev("2018-09-19", A)],
        title_not=(",Panmunjom", ",Singapore", ",Pyongyang", "2018-")),
    Doc("tb-tsv-with-dated-name",
        "1994-10-21\tAgreed Framework signed\tGeneva\n"
        "2005-09-19\tSix-party joint statement\tBeijing\n"
        "2007-02-13\tFebruary 13 agreement reached\tBeijing",
        "2025-06-12",
        [Ev("1994-10-21", A), Ev("2005-09-19", A), Ev("2007-02-13", A)], no_ev=["2025-02-13"],
        title_not=("\t",)),
    Doc("tb-year-column-chronology",
        "Year\tMilestone\n"
        "1985\tNorth Korea joins the NPT\n"
        "1993\tNorth Korea announces its withdrawal from the NPT\n"
        "2003\tThe withdrawal takes effect",
        "2025-06-12",
        [Ev("1985", A, ("North Korea",)), Ev("1993", A, ("North Korea",)), Ev("2003", A)]),
    Doc("tb-tally-counts-by-year",
        "Year | Ballistic missile launches\n"
        "2022 | 69\n"
        "2023 | 34\n"
        "2024 | 47",
        "2025-06-12",
        [], no_tx=("69", "34", "47", "1969")),
    Doc("tb-quarter-columns-trade",
        "Indicator | Q1 2025 | Q2 2025 | Q3 2025\n"
        "China-DPRK trade ($ million) | 512 | 604 | 655",
        "2025-11-20",
        [], tx=[("Q1 2025", "2025-Q1")]),
    Doc("tb-us-slash-dates-markdown",
        "| 06/12/2018 | Trump and Kim meet in Singapore |\n"
        "| 02/27/2019 | Hanoi summit opens |\n"
        "| 06/30/2019 | Trump steps into North Korea at the DMZ |",
        "2025-06-12",
        [Ev("2018-06-12", A, ("Donald Trump",)), Ev("2019-02-27", A), Ev("2019-06-30", A, ("Donald Trump",))],
        title_not=("|",)),
    Doc("tb-range-column-planned-and-completed",
        "Exercise | Dates | Status\n"
        "Freedom Shield | 2026-03-09 – 2026-03-19 | planned\n"
        "Ulchi Freedom Shield | 2025-08-18 – 2025-08-28 | completed",
        "2026-01-20",
        [Ev("2026-03-09/2026-03-19", P), Ev("2025-08-18/2025-08-28", A)]),
    Doc("tb-day-month-rows-no-year",
        "Date\tVisitor\tPurpose\n"
        "3 Sep\tKim Jong Un\tMilitary parade in Beijing\n"
        "27 Sep\tChoe Son Hui\tOfficial visit to China",
        "2025-10-10",
        [Ev("2025-09-03", A, ("Kim Jong Un",)), Ev("2025-09-27", A, ("China",))], no_ev=["2026-09-03"]),
    Doc("tb-as-of-heading-designations",
        "Sanctions designations (as of 30 June 2025)\n"
        "Entity | Designated\n"
        "Korea Mining Development Trading Corporation | 2009-04-24\n"
        "Foreign Trade Bank | 2017-08-05",
        "2025-07-01",
        ["2009-04-24", "2017-08-05"], no_ev=["2025-06-30"]),
    Doc("tb-round-numbers-not-days",
        "| Round | Date | Outcome |\n"
        "|---|---|---|\n"
        "| 1 | 27 Aug 2003 | Chair's summary |\n"
        "| 4 | 19 Sep 2005 | Joint Statement |\n"
        "| 6 | 13 Feb 2007 | Action plan |",
        "2025-09-19",
        ["2003-08-27", "2005-09-19", "2007-02-13"]),
    Doc("tb-prose-then-table",
        "The table below lists the two summits.\n\n"
        "Summit\tDate\n"
        "Singapore\tJune 12, 2018\n"
        "Hanoi\tFeb. 27–28, 2019",
        "2025-06-12",
        ["2018-06-12", "2019-02-27/2019-02-28"]),

    # ================================================================== retold history
    Doc("hist-morning-of-june-25-within-days",
        "On the morning of June 25, 1950, North Korean troops crossed the 38th parallel in force. Within three days "
        "they had taken Seoul.",
        "2025-06-25",
        [Ev("1950-06-25", A, ("North Korea",)), Ev(("1950-06-28", "1950-06-25/1950-06-28"), A)],
        no_ev=["2025-06-25", "2025-06-28"]),
    Doc("hist-early-hours-that-afternoon",
        "In the early hours of June 25, 1950, artillery opened fire along the 38th parallel. The Security Council "
        "met that afternoon in New York and demanded a withdrawal.",
        "2025-06-25",
        [Ev("1950-06-25", A), Ev("1950-06-25", A, ("UN Security Council",))], no_ev=["2025-06-25"]),
    Doc("hist-seventy-five-years-ago-today",
        "Seventy-five years ago today, the Korean War began.",
        "2025-06-25",
        [Ev("1950-06-25", A)], tx=[("Seventy-five years ago today", "1950-06-25")]),
    Doc("hist-that-winter",
        "In October 1950, United Nations forces crossed the 38th parallel and pushed toward the Yalu River. That "
        "winter, Chinese troops drove them back south of Seoul.",
        "2025-10-25",
        [Ev("1950-10", A, ("United Nations",)), Ev("1950-WI", A, ("China",))], no_ev=["2025-WI", "2024-WI"]),
    Doc("hist-the-following-spring",
        "Communist forces recaptured Seoul in January 1951. The following spring, the city changed hands for the "
        "fourth time.",
        "2025-06-25",
        [Ev("1951-01", A), Ev("1951-SP", A)], no_ev=["2026-SP", "2025-SP"]),
    Doc("hist-two-years-later-armistice",
        "Truce talks opened at Kaesong in July 1951. Two years later, on July 27, 1953, the armistice was signed at "
        "Panmunjom.",
        "2025-07-27",
        [Ev("1951-07", A), Ev("1953-07-27", A)], no_ev=["2025-07-27"]),
    Doc("hist-inchon-by-the-end-of-the-year",
        "General MacArthur's forces landed at Inchon on September 15, 1950, and recaptured Seoul within two weeks. "
        "By the end of the year, however, they were in full retreat.",
        "2025-09-15",
        [Ev("1950-09-15", A), Ev(("1950-09", "1950-09-15/1950-09-29", "1950-09-29"), A, opt=True),
         Ev(("1950-12", "1950"), A)], no_ev=["2025-12", "2025"]),
    Doc("hist-pueblo-two-days-earlier",
        "On January 23, 1968, North Korean patrol boats seized the USS Pueblo off Wonsan. Two days earlier, "
        "commandos had tried to storm the Blue House in Seoul. The crew was held for eleven months and released "
        "on December 23 of that year.",
        "2026-01-23",
        [Ev("1968-01-23", A, ("North Korea",)), Ev("1968-01-21", A), Ev("1968-12-23", A)],
        no_ev=["2025-12-23", "2026-12-23"]),
    Doc("hist-axe-incident-three-days-later",
        "On August 18, 1976, North Korean soldiers killed two U.S. Army officers who were trimming a poplar tree "
        "in the Joint Security Area. Three days later, the United States cut the tree down in a massive show of "
        "force.",
        "2025-08-18",
        [Ev("1976-08-18", A, ("North Korea",)), Ev("1976-08-21", A, ("United States",))],
        no_ev=["2025-08-21"]),
    Doc("hist-axe-clock-on-august-21",
        "The killings took place on August 18, 1976. At 7 a.m. on August 21, a U.S.-South Korean task force drove "
        "into the Joint Security Area and felled the tree in under an hour.",
        "2025-08-18",
        [Ev("1976-08-18", A), Ev("1976-08-21", A)], no_ev=["2025-08-21"]),
    Doc("hist-1994-spring-mid-june-within-weeks",
        "In the spring of 1994, North Korea began unloading fuel rods from its Yongbyon reactor without "
        "international monitoring. By June, Washington was weighing military strikes. Former President Jimmy "
        "Carter flew to Pyongyang in mid-June and met Kim Il Sung. Within weeks, Kim was dead.",
        "2025-07-08",
        [Ev("1994-SP", A, ("North Korea",)), Ev("1994-06", A),
         Ev(("1994-06", "1994-06-11/1994-06-20"), A, ("Kim Il Sung",)),
         Ev(("1994-07", "1994-06", "1994", "1994-06-11/1994-07-31"), A)],
        no_ev=["2025-06", "2025-SP"]),
    Doc("hist-1994-by-october-by-end-of-year",
        "Kim Il Sung died on July 8, 1994. By October, negotiators in Geneva had concluded the Agreed Framework, and "
        "by the end of the year the IAEA had confirmed that the Yongbyon reactor was frozen.",
        "2025-07-08",
        [Ev("1994-07-08", A, ("Kim Il Sung",)), Ev("1994-10", A), Ev(("1994-12", "1994"), A)],
        no_ev=["2025-10", "2025-12", "2025"]),
    Doc("hist-2002-heu-following-month",
        "In October 2002, during a visit to Pyongyang by Assistant Secretary of State James Kelly, U.S. officials "
        "said their North Korean counterparts had acknowledged a uranium enrichment program. The following month, "
        "KEDO suspended heavy fuel oil shipments, and by the end of the year Pyongyang had expelled the IAEA "
        "inspectors. The next January, it announced its withdrawal from the NPT.",
        "2025-10-16",
        [Ev("2002-10", A, ("James Kelly",)), Ev("2002-11", A, ("KEDO",)),
         Ev(("2002-12", "2002"), A, ("North Korea",)), Ev("2003-01", A)],
        no_ev=["2025-11", "2025-12", "2026-01"]),
    Doc("hist-1993-three-months-later",
        "On March 12, 1993, North Korea announced that it would withdraw from the Nonproliferation Treaty. Three "
        "months later, a day before the withdrawal was to take effect, it suspended the decision after talks with "
        "the United States in New York.",
        "2025-03-12",
        [Ev("1993-03-12", A, ("North Korea",)), Ev(("1993-06", "1993-06-11", "1993-06-12"), A)],
        no_ev=["2025-06"]),
    Doc("hist-two-years-later-2000-summit",
        "North Korea fired a Taepodong rocket over Japan in August 1998. Two years later, in June 2000, Kim Jong Il "
        "welcomed South Korea's president to Pyongyang for the first inter-Korean summit.",
        "2025-06-13",
        [Ev("1998-08", A, ("North Korea",)), Ev("2000-06", A, ("Kim Jong Il",))]),
    Doc("hist-later-that-month-albright",
        "Vice Marshal Jo Myong-rok visited Washington in October 2000. Later that month, Secretary of State "
        "Madeleine Albright flew to Pyongyang, the highest-ranking American official ever to do so.",
        "2025-10-23",
        [Ev("2000-10", A, ("Jo Myong-rok",)),
         Ev(("2000-10", "2000-10-11/2000-10-31", "2000-10-16/2000-10-31", "2000-10-21/2000-10-31"), A,
            ("Madeleine Albright",))],
        no_ev=["2025-10"]),
    Doc("hist-a-decade-later",
        "The Agreed Framework of 1994 froze the plutonium program for eight years. A decade later, in October 2006, "
        "Pyongyang conducted its first nuclear test.",
        "2025-10-09",
        [Ev("2006-10", A, ("North Korea",)), Ev("1994", A, opt=True)], no_ev=["2004"]),
]
