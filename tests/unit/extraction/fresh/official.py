"""An eleventh probe round in the language of official and legal documents about North Korea that editors paste
in: State Department readouts, press statements and media notes ("Secretary Rubio will travel ... from July
9-12"), Treasury/OFAC designation releases ("on or about March 3, 2023", "between at least 2017 and 2023",
"since at least 2019", "Today's action"), Justice Department indictments and press releases ("In
or about May 2021", "from in or about 2018 through in or about 2023", counts, docket numbers, boilerplate),
executive orders, national-emergency notices and the Federal Register ("effective at 12:01 a.m. eastern daylight
time on June 26, 2026", "within 30 days of the date of this order", "DATES:", "[FR Doc. ... Filed ...]"), UN
Security Council resolutions and Panel of Experts reports ("Recalling its resolution 1718 (2006)", operative
paragraph numbers, "S/2024/215", "as of 31 December 2023", "in the period from 1 August 2023 to 2 February
2024"), IAEA documents, joint statements, communiques and treaty closing formulas ("Done at Pyongyang on ..."),
congressional testimony and hearing notices, US fiscal years ("FY2026", "fiscal year 2025"), KCNA statements in
English ("December Juche 112 (2023)") and the numbers of legal text that are no dates (E.O. 13722, section
3(a)(ii), 50 U.S.C. 1701-1706, resolution 2397, paragraph 8 (a), "Case No. 1:23-mj-00287", IMO numbers, SDN
counts and program tags).  Hand-written, see the package docstring.

Two case shapes:

- Doc(id, text, published, ev, only=..., no_ev=..., tx=..., no_tx=..., no_ev_in=...), checked by
  checks.check_dated_case (see checks.Doc and checks.Ev).  only=True (the default): every extracted event must
  be one an editor wants, so [] means no event at all.
- C(id, text, published, tx=[], ev=[]) from formats.py, checked by checks.check_format_case: the text must give
  no timex and no event at all (numbers of legal text).

Judgements a reader may not share, stated once:

- Legal hedges keep the date they hedge: "on or about March 3, 2023" is that day (asserted; any mod on the
  timex), "in or about May 2021" is May 2021, "from in or about 2018 through in or about 2023" and "between at
  least 2017 and 2023" are the span from the first year's start to the last year's end, "beginning no later than
  in or about March 2019 and continuing through at least in or about August 2023" is March 2019 to August 2023,
  and "in or about the summer of 2022" is summer 2022.  "Since at least 2019" (an ongoing course of conduct)
  may give an event in 2019 or from 2019 to the publication day, never one on the publication day alone.
- A document's own effective date, when the text gives one ("This rule is effective June 23, 2025", "This order
  is effective at 12:01 a.m. eastern daylight time on June 26, 2026"), is an event: the measure takes effect
  (planned when later than the publication, asserted or planned on its day).  The end of a measure's validity
  ("will remain in effect until August 31, 2026", a wind-down "through ... May 21, 2025", "beyond June 26,
  2025") and a filing deadline ("on or before August 22, 2025") may be an event (planned or hypothetical) or
  none.  "Effective immediately" may give an event on the publication day, nothing else.  A deadline counted
  from the document ("within 30 days of the date of this order") and "upon publication" with no date give none.
- A citation's date ("Executive Order 13810 of September 20, 2017", "resolution 1718 (2006)", "statements of
  its President of 6 October 2006", "the North Korean Human Rights Act of 2004") may give an event in its own
  time, never one at publication; where the sentence says the cited act happened ("expanded the scope ... in
  Executive Order 13551 of August 30, 2010") the event is wanted.  A signature block's date ("THE WHITE HOUSE,
  March 15, 2016.") may date the signing, optionally.  A Federal Register or FR-citation date, a "[FR Doc. ...
  Filed 6-20-25; 8:45 am]" stamp and a running header are furniture: no event.
- Numbers of legal text are no dates: E.O. and U.S.C. numbers ("50 U.S.C. 1701-1706" is no range of years),
  sections and subsections ("3(a)(ii)"), resolution and paragraph numbers ("paragraph 8 (a)" is no August 8),
  document symbols ("S/2024/215", "GOV/2025/46" give no 2024 or 2025), docket numbers ("No. 2:20-cr-00614" has no
  2:20 clock time and no 2020), IMO and MMSI numbers, counts of designations and program tags ("[DPRK3]").  An
  SDN entry's date of birth and passport expiry identify a person: no event.
- A US federal fiscal year runs from 1 October of the year before ("FY2026" = 1 October 2025 to 30 September
  2026); in a US federal text the calendar year is no acceptable reading.  A fiscal year in the title of a law
  ("the National Defense Authorization Act for Fiscal Year 2025") and a report's subject year ("the 2023
  Country Reports on Human Rights Practices") name things and date no happening of their own.  Budget figures
  and tallies over a period are no events (the period may be one, optionally); a count at a date ("As of 31
  December 2023, the list contained 80 individuals") is none.
- Relative dates count from the document's own date when the text gives one: "today" in testimony headed
  "March 5, 2025" is that day, not the day it was pasted; "on Monday" in a KCNA statement signed "August 19,
  Juche 114 (2025)" is 18 August.  A Juche year with a month ("December Juche 112 (2023)") is that month of the
  Gregorian year in brackets, and gives no timex of its own.
- Indictment and press-release boilerplate ("An indictment is merely an allegation", "faces a maximum penalty
  of 20 years", "remains at large") gives no event.  Ordinals of sessions, meetings and congresses ("the 118th
  Congress", "its 8151st meeting", "the 14th Trilateral ... meeting") are no dates.
"""

from .checks import Doc, Ev
from .formats import C

A, P, H, N = "asserted", "planned", "hypothetical", "negated"

CASES = [
    # ================================================================== State Department readouts and statements
    Doc("sd-readout-deputy-met-today",
        "Deputy Secretary of State Christopher Landau met today with Japanese Vice Minister for Foreign Affairs "
        "Takehiro Funakoshi and Republic of Korea First Vice Foreign Minister Park Yoon-joo in Washington. The three "
        "officials reaffirmed their commitment to the complete denuclearization of the DPRK.",
        "2025-10-16",
        [Ev("2025-10-16", A, ("Japan", "South Korea")), Ev("2025-10-16", A, opt=True)]),
    Doc("sd-press-statement-dated-launch-adjective",
        "Press Statement\nMarco Rubio, Secretary of State\nJanuary 7, 2026\n\n"
        "The United States condemns the DPRK's January 6 ballistic missile launch, which violated multiple UN "
        "Security Council resolutions.",
        "2026-01-07",
        [Ev("2026-01-06", A, ("North Korea",)), Ev("2026-01-07", A, opt=True)], no_ev=["2027-01-06"]),
    Doc("sd-travel-from-july-9-12",
        "Secretary Rubio will travel to Tokyo and Seoul from July 9-12, where he will meet his counterparts to "
        "discuss the DPRK's unlawful weapons programs.",
        "2025-07-07",
        [Ev("2025-07-09/2025-07-12", P)]),
    Doc("sd-media-note-14th-meeting-next-later-this-year",
        "Media Note\nOffice of the Spokesperson\n\n"
        "The United States, Japan, and the Republic of Korea held the 14th Trilateral Diplomatic Working Group "
        "meeting on March 4 in Honolulu. The next meeting will take place in Seoul later this year.",
        "2025-03-06",
        [Ev("2025-03-04", A, ("United States", "Japan", "South Korea")),
         Ev(("2025", "2025-03-06/2025-12-31"), P)], no_ev=["2025-03-14"]),
    Doc("sd-passport-restriction-until",
        "The Secretary of State has extended the restriction on the use of U.S. passports for travel into, in, or "
        "through North Korea. The restriction, first imposed on September 1, 2017, will now remain in effect until "
        "August 31, 2026, unless revoked earlier.",
        "2025-08-15",
        [Ev("2017-09-01", A), Ev("2026-08-31", (P, H), opt=True)], no_ev=["2025-08-15"]),
    Doc("sd-rewards-since-at-least-may-2021",
        "The Rewards for Justice program is offering up to $10 million for information on individuals who, at the "
        "direction of the DPRK government, have targeted U.S. hospitals since at least May 2021.",
        "2024-07-25",
        [Ev(("2021-05", "2021-05-01/2024-07-25"), A, opt=True)], no_ev=["2024-07-25"]),
    Doc("sd-visit-originally-scheduled-postponed",
        "The Secretary's visit to Seoul, originally scheduled for February 18-19, has been postponed; a new date "
        "will be announced in due course.",
        "2026-02-10",
        [Ev("2026-02-18/2026-02-19", (N, H))]),
    Doc("sd-call-washington-time-seoul-time",
        "The Secretary spoke by phone with Foreign Minister Cho Hyun on the evening of March 3 Washington time "
        "(the morning of March 4 in Seoul) about the DPRK's latest missile launch.",
        "2025-03-05",
        [Ev("2025-03-03", A, ("North Korea",)), Ev("2025-03-04", A, opt=True)]),
    Doc("sd-country-reports-subject-year",
        "The State Department's 2023 Country Reports on Human Rights Practices, released on April 22, 2024, again "
        "described executions without due process in North Korea.",
        "2024-05-02",
        [Ev("2024-04-22", A, ("United States",))], no_ev=["2023"]),

    # ================================================================== Treasury / OFAC designations
    Doc("ofac-today-designated-on-or-about",
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated two "
        "individuals and one entity for laundering stolen virtual currency for the DPRK. On or about March 3, 2023, "
        "one of the designated individuals converted approximately $10 million in stolen funds into U.S. dollars.",
        "2023-04-24",
        [Ev("2023-04-24", A, ("North Korea",)), Ev("2023-03-03", A)], tx=[("March 3, 2023", "2023-03-03")]),
    Doc("ofac-between-at-least-2017-and-2023",
        "Between at least 2017 and 2023, the network generated revenue for the DPRK by placing North Korean IT "
        "workers with freelance platforms in Russia and Laos.",
        "2024-10-17",
        [Ev("2017-01-01/2023-12-31", A, ("North Korea",))], no_ev=["2017", "2023"]),
    Doc("ofac-since-at-least-2019",
        "Since at least 2019, Korea Sobaeksu Trading Company has dispatched IT workers abroad to earn money for the "
        "North Korean government.",
        "2023-07-26",
        [Ev(("2019", "2019-01-01/2023-07-26"), A, opt=True)], no_ev=["2023-07-26"]),
    Doc("ofac-general-license-wind-down-through",
        "OFAC is also issuing General License 25, which authorizes the wind-down of transactions involving the "
        "designated entities through 12:01 a.m. eastern daylight time, May 21, 2025.",
        "2025-04-21",
        [Ev("2025-05-21", (P, H), opt=True), Ev("2025-04-21", (A, P), opt=True)],
        no_ev=["2025-04-25", "2025-05-25"], tx=[("12:01 a.m.", ("2025-05-21T00:01", "2025-05-21"))]),
    Doc("ofac-advisory-issued-and-updated",
        "This advisory, originally issued on May 16, 2022, and updated on October 18, 2023, provides guidance on "
        "the DPRK's use of information technology workers.",
        "2024-01-10",
        [Ev("2022-05-16", A), Ev("2023-10-18", A)]),
    Doc("ofac-rok-concurrently-designating",
        "Today's action was taken in close coordination with the Republic of Korea, which is concurrently "
        "designating the same individuals under its own authorities.",
        "2025-01-16",
        [Ev("2025-01-16", A, ("South Korea",))]),
    Doc("ofac-march-2022-hack-attributed-april",
        "The mixer helped launder more than $455 million of the roughly $620 million stolen in the March 2022 hack "
        "of the Ronin Bridge, which the FBI attributed to the Lazarus Group in April 2022.",
        "2023-11-29",
        [Ev("2022-03", A), Ev("2022-04", A)]),
    Doc("ofac-on-or-about-twice",
        "On or about June 14, 2023, and again on or about July 2, 2023, the vessel loaded North Korean coal at Nampo "
        "for delivery to China.",
        "2024-03-20",
        [Ev("2023-06-14", A), Ev("2023-07-02", A)]),
    Doc("ofac-from-2020-to-the-present",
        "From 2020 to the present, the company has procured lithium-ion batteries and machine tools for the DPRK's "
        "Munitions Industry Department.",
        "2025-05-13",
        [Ev(("2020-01-01/2025-05-13", "2020"), A, opt=True)], no_ev=["2025-05-13"]),
    Doc("ofac-in-or-around-late-2022",
        "In or around late 2022, the company began shipping dual-use machine tools to a front company in Dandong "
        "acting for the DPRK.",
        "2024-06-12",
        [Ev(("2022", "2022-Q4", "2022-09-01/2022-12-31", "2022-11-01/2022-12-31"), A)]),
    Doc("ofac-fiscal-year-2024-penalties",
        "In fiscal year 2024, OFAC imposed civil penalties totaling $4.7 million in cases involving DPRK-related "
        "transactions.",
        "2025-02-03",
        [Ev("2023-10-01/2024-09-30", A, opt=True)], no_ev=["2024"]),
    Doc("ofac-sdn-counts-to-date",
        "To date, OFAC has designated 234 individuals and 196 entities under the North Korea sanctions program, and "
        "12 vessels remain identified as blocked property.",
        "2025-02-03",
        [], no_tx=("234", "196", "12")),

    # ================================================================== Justice Department
    Doc("doj-indictment-unsealed-today",
        "An indictment unsealed today in the Western District of Missouri charges a North Korean military "
        "intelligence operative with conspiring to hack U.S. hospitals and other health care providers.",
        "2024-07-25",
        [Ev("2024-07-25", A, ("North Korea",))]),
    Doc("doj-in-or-about-may-2021",
        "In or about May 2021, the defendant and his co-conspirators deployed ransomware against a medical center in "
        "Kansas, encrypting its servers and demanding payment in Bitcoin.",
        "2024-07-25",
        [Ev("2021-05", A)], tx=[("May 2021", "2021-05")]),
    Doc("doj-from-in-or-about-through-in-or-about",
        "From in or about 2018 through in or about 2023, in the District of Columbia and elsewhere, the defendants "
        "knowingly conspired to evade U.S. sanctions on the DPRK.",
        "2024-05-16",
        [Ev("2018-01-01/2023-12-31", A)], no_ev=["2018", "2023"]),
    Doc("doj-beginning-no-later-than-continuing-through",
        "Beginning no later than in or about March 2019 and continuing through at least in or about August 2023, the "
        "conspirators obtained remote IT jobs at more than 60 U.S. companies using stolen identities.",
        "2024-05-16",
        [Ev("2019-03-01/2023-08-31", A)], no_ev=["2019-03", "2023-08"]),
    Doc("doj-laptop-farm-month-span",
        "According to court documents, from in or about July 2020 through in or about October 2023, the defendant "
        "ran a laptop farm from his home so that overseas IT workers could appear to be working in the United "
        "States.",
        "2025-06-30",
        [Ev("2020-07-01/2023-10-31", A)]),
    Doc("doj-in-or-about-the-summer-of-2022",
        "In or about the summer of 2022, CO-CONSPIRATOR-1 instructed the defendant to open accounts at U.S. "
        "cryptocurrency exchanges using identities bought online.",
        "2025-01-23",
        [Ev("2022-SU", A)]),
    Doc("doj-on-or-between-two-days",
        "On or between January 3 and January 9, 2023, the defendant received three payments from a company in "
        "Shenyang controlled by North Korean nationals.",
        "2025-01-23",
        [Ev("2023-01-03/2023-01-09", A, ("North Korea",))], no_ev=["2023-01-03", "2025-01-03"]),
    Doc("doj-counts-and-code-sections",
        "Count One charges a violation of 18 U.S.C. § 1349, and Counts Two through Nine charge wire fraud under 18 "
        "U.S.C. § 1343.",
        "2025-01-23",
        [], no_tx=("1349", "1343", "18")),
    Doc("doj-docket-number-unsealed",
        "United States v. Jon Chang Hyok et al., No. 2:20-cr-00614 (C.D. Cal.), was unsealed on February 17, 2021.",
        "2025-02-17",
        [Ev("2021-02-17", A)], no_ev=["2020"], no_tx=("2:20", "00614")),
    Doc("doj-pleaded-guilty-sentencing-scheduled",
        "He pleaded guilty on April 7 and is scheduled to be sentenced on July 29, 2025. He faces a maximum penalty "
        "of 20 years in prison.",
        "2025-04-08",
        [Ev("2025-04-07", A), Ev("2025-07-29", P)]),
    Doc("doj-arrested-following-day",
        "The defendant was arrested on Aug. 7 in Nashville and made his initial appearance in federal court the "
        "following day.",
        "2024-08-09",
        [Ev("2024-08-07", A), Ev("2024-08-08", A)]),
    Doc("doj-forfeiture-complaint-filed",
        "The civil forfeiture complaint, filed on June 5 in the District of Columbia, seeks the forfeiture of more "
        "than $7.74 million in cryptocurrency, tokens and other digital assets.",
        "2025-06-06",
        [Ev("2025-06-05", A)], no_tx=("7.74",)),
    Doc("doj-boilerplate-at-large-presumed-innocent",
        "The defendant, a citizen of the DPRK, remains at large and is believed to be in North Korea. An indictment "
        "is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable "
        "doubt in a court of law.",
        "2025-01-23",
        []),
    Doc("doj-on-or-about-dates-set-forth-table",
        "On or about the dates set forth below, the defendant caused the following wire transfers to be made:\n"
        "Count | Date | Amount\n"
        "2 | 01/14/2021 | $9,500\n"
        "3 | 02/03/2021 | $14,200",
        "2024-09-05",
        [Ev("2021-01-14", A), Ev("2021-02-03", A)], no_ev=["2024-09-02", "2024-09-03"]),

    # ================================================================== executive orders, notices, Federal Register
    Doc("eo-continuation-beyond-june-26",
        "On June 26, 2008, by Executive Order 13466, the President declared a national emergency with respect to "
        "North Korea pursuant to the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.). For "
        "this reason, the national emergency declared in Executive Order 13466 must continue in effect beyond June "
        "26, 2025.",
        "2025-06-20",
        [Ev("2008-06-26", A), Ev("2025-06-26", (P, A), opt=True)], no_tx=("1701", "13466")),
    Doc("eo-effective-at-1201-edt",
        "Sec. 6. Effective Date. This order is effective at 12:01 a.m. eastern daylight time on June 26, 2026.",
        "2026-06-20",
        [Ev("2026-06-26", P)], no_ev=["2026-06-06"], tx=[("12:01 a.m.", ("2026-06-26T00:01", "2026-06-26"))]),
    Doc("eo-suspension-until-1201",
        "The suspension shall remain in force until 12:01 a.m. eastern daylight time on June 26, 2026, unless "
        "extended by the Secretary.",
        "2025-12-22",
        [Ev("2026-06-26", (P, H), opt=True)], tx=[("12:01 a.m.", ("2026-06-26T00:01", "2026-06-26"))]),
    Doc("eo-effective-immediately",
        "The order, which is effective immediately, bars U.S. persons from any new investment in the DPRK's shipping "
        "sector.",
        "2025-03-12",
        [Ev("2025-03-12", (A, P), opt=True)]),
    Doc("eo-within-30-days-of-this-order",
        "Within 30 days of the date of this order, the Secretary of the Treasury, in consultation with the Secretary "
        "of State, shall submit a report to the President on the implementation of section 3(a)(ii).",
        "2025-03-12",
        [], no_tx=("3(a)(ii)",)),
    Doc("eo-signature-block",
        "(d) This order is not intended to, and does not, create any right or benefit enforceable at law by any "
        "party against the United States.\n\n"
        "BARACK OBAMA\n\n"
        "THE WHITE HOUSE,\n"
        "March 15, 2016.",
        "2025-03-15",
        [Ev("2016-03-15", A, opt=True)], no_ev=["2025-03-15"]),
    Doc("eo-expanded-in-orders-of-dates",
        "The President expanded the scope of that emergency in Executive Order 13551 of August 30, 2010, and took "
        "further steps in Executive Order 13570 of April 18, 2011, Executive Order 13687 of January 2, 2015, "
        "Executive Order 13722 of March 15, 2016, and Executive Order 13810 of September 20, 2017.",
        "2025-06-20",
        ["2010-08-30", "2011-04-18", "2015-01-02", "2016-03-15", "2017-09-20"],
        no_tx=("13551", "13570", "13687", "13722", "13810")),
    Doc("fr-dates-rule-effective",
        "DATES: This rule is effective June 23, 2025.\n"
        "FOR FURTHER INFORMATION CONTACT: OFAC's Office of the Director, 202-622-2490.",
        "2025-06-23",
        [Ev("2025-06-23", (A, P))], no_tx=("202-622-2490", "2490")),
    Doc("fr-filed-stamp-billing-code",
        "[FR Doc. 2025-11402 Filed 6-20-25; 8:45 am]\n"
        "BILLING CODE 4810-AL-P",
        "2025-06-23",
        []),
    Doc("fr-running-header-then-amending",
        "Federal Register / Vol. 90, No. 118 / Monday, June 23, 2025 / Rules and Regulations\n\n"
        "OFAC is amending the North Korea Sanctions Regulations, 31 CFR part 510, to implement Executive Order "
        "13810 of September 20, 2017.",
        "2025-06-23",
        [Ev("2025-06-23", (A, P), opt=True), Ev("2017-09-20", A, opt=True)],
        no_ev_in=("Vol. 90", "No. 118"), title_not=("No. 118", "Vol. 90"), no_tx=("510",)),
    Doc("fr-comments-on-or-before",
        "Comments must be received on or before August 22, 2025. Late comments will be considered to the extent "
        "practicable.",
        "2025-06-23",
        [Ev("2025-08-22", (P, H), opt=True)]),
    Doc("fr-effective-upon-publication-expected-friday",
        "This designation is effective upon publication in the Federal Register, which is expected on Friday.",
        "2025-11-18",
        [Ev("2025-11-21", (P, H))]),

    # ================================================================== UN Security Council and Panel of Experts
    Doc("unsc-recalling-resolutions-and-prsts",
        "Recalling its previous relevant resolutions, including resolution 825 (1993), resolution 1695 (2006), "
        "resolution 1718 (2006), resolution 1874 (2009) and resolution 2397 (2017), as well as the statements of its "
        "President of 6 October 2006 (S/PRST/2006/41) and 13 April 2009 (S/PRST/2009/7),",
        "2025-11-03",
        [Ev("1993", A, opt=True), Ev("2006", A, opt=True), Ev("2006", A, opt=True), Ev("2009", A, opt=True),
         Ev("2017", A, opt=True), Ev("2006-10-06", A, opt=True), Ev("2009-04-13", A, opt=True)],
        no_ev=["2025-11-03", "2025"]),
    Doc("unsc-operative-paragraph-8-a",
        "8. Decides that the measures imposed in paragraph 8 (a) (ii) of resolution 1718 (2006) shall also apply to "
        "all arms and related materiel, and to financial transactions, technical training, advice, services or "
        "assistance related to such arms;",
        "2025-11-03",
        [Ev("2006", A, opt=True)], no_ev=["2025-08-08", "2006-08-08", "2025-08"]),
    Doc("unsc-adopted-at-meeting-ordinal",
        "Adopted by the Security Council at its 8151st meeting, on 22 December 2017.",
        "2025-11-03",
        [Ev("2017-12-22", A, ("UN Security Council",))], no_tx=("8151st",)),
    Doc("poe-as-of-count",
        "As of 31 December 2023, the Committee's sanctions list contained 80 individuals and 75 entities.",
        "2024-03-07",
        []),
    Doc("poe-period-from-to-and-satellite",
        "In the period from 1 August 2023 to 2 February 2024, the Panel investigated 17 cyberattacks on "
        "cryptocurrency-related companies. On 21 November 2023, the DPRK placed a military reconnaissance satellite "
        "in orbit.",
        "2024-03-07",
        [Ev("2023-08-01/2024-02-02", A, opt=True), Ev("2023-11-21", A, ("North Korea",))]),
    Doc("poe-document-symbols",
        "See the Panel's previous reports (S/2023/171, para. 112, and S/2024/215, annex 38).",
        "2025-05-29",
        [], no_tx=("2023", "2024")),
    Doc("poe-tally-between-2017-and-2023",
        "The Panel is investigating 58 suspected DPRK cyberattacks on cryptocurrency-related companies between 2017 "
        "and 2023, valued at approximately $3 billion.",
        "2024-03-07",
        [Ev("2017-01-01/2023-12-31", A, opt=True)], no_ev=["2017", "2023", "2024-03-07"]),
    Doc("poe-on-or-about-with-imo-number",
        "On or about 9 October 2023, the tanker Unica (IMO 8514306) transferred refined petroleum products to a "
        "DPRK-flagged vessel in Korea Bay.",
        "2024-03-07",
        [Ev("2023-10-09", A)], no_tx=("8514306",)),
    Doc("unsc-draft-not-adopted-symbol",
        "The draft resolution (S/2024/255) received 13 votes in favour, one against (Russian Federation) and one "
        "abstention (China), and was not adopted owing to the negative vote of a permanent member of the Council.",
        "2024-03-28",
        [Ev("2024-03-28", (A, N), opt=True)], no_tx=("2024",)),
    Doc("unsc-briefing-first-icbm-since",
        "Briefing the Council, Assistant Secretary-General Khaled Khiari said the DPRK had launched a ballistic "
        "missile on 31 October, its first test of an intercontinental ballistic missile since December 2023.",
        "2024-11-04",
        [Ev("2024-10-31", A, ("North Korea",)), Ev("2023-12", A, opt=True)]),

    # ================================================================== IAEA
    Doc("iaea-report-symbol-previous-dated",
        "The Director General's report to the Board of Governors (GOV/2025/46-GC(69)/17) covers developments since "
        "the previous report, dated 19 August 2024.",
        "2025-08-25",
        [Ev("2024-08-19", A)], no_tx=("2025",)),
    Doc("iaea-reactor-shutdown-mid-march-to-early-may",
        "Since the previous report, the DPRK has continued to operate the 5MW(e) reactor, with the most recent "
        "shutdown observed from mid-March to early May 2025.",
        "2025-08-25",
        [Ev(("2025-03-11/2025-05-10", "2025-03-01/2025-05-31", "2025-03-11/2025-05-31", "2025-03-01/2025-05-10",
             "2025-03-15/2025-05-10", "2025-03-15/2025-05-15"), A)]),
    Doc("iaea-gc-resolution-adopted-september",
        "In resolution GC(68)/RES/14, adopted in September 2024, the General Conference urged the DPRK to comply "
        "fully with its obligations under the NPT.",
        "2025-08-25",
        [Ev("2024-09", A, ("North Korea",))], no_tx=("68", "14")),
    Doc("iaea-dateline-statement-today",
        "Vienna, 9 June 2025 — In his introductory statement to the Board of Governors today, Director General "
        "Rafael Mariano Grossi said the Agency had observed construction of a new building at Yongbyon.",
        "2025-06-10",
        [Ev("2025-06-09", A)], no_ev=["2025-06-10"]),
    Doc("iaea-safeguards-agreement-infcirc",
        "The NPT safeguards agreement between the Agency and the DPRK (INFCIRC/403) entered into force on 10 April "
        "1992.",
        "2025-08-25",
        [Ev("1992-04-10", A)], no_tx=("403",)),

    # ================================================================== joint statements, communiques, treaties
    Doc("js-done-at-washington-year-in-words",
        "Done at Washington, this twelfth day of October, in the year two thousand.",
        "2025-10-12",
        [Ev("2000-10-12", A)], no_ev=["2025-10-12"]),
    Doc("js-signature-block-sentosa",
        "Donald J. Trump\nPresident of the United States of America\n\n"
        "Kim Jong Un\nChairman of the State Affairs Commission of the Democratic People's Republic of Korea\n\n"
        "June 12, 2018\nSentosa Island\nSingapore",
        "2025-06-12",
        [Ev("2018-06-12", A, ("Donald Trump", "Kim Jong Un"), opt=True)], no_ev=["2025-06-12"]),
    Doc("js-camp-david-at-least-annually",
        "The leaders of Japan, the Republic of Korea and the United States met at Camp David on August 18, 2023, and "
        "committed to hold trilateral summits at least annually.",
        "2023-08-19",
        [Ev("2023-08-18", A, ("Japan", "South Korea", "United States"))]),
    Doc("js-communique-numbered-paragraphs",
        "3. The Ministers condemned the DPRK's launches of ballistic missiles, including the launch of an "
        "intercontinental ballistic missile on 18 December 2023.\n"
        "4. The Ministers called on the DPRK to abandon all its nuclear weapons.",
        "2024-01-19",
        [Ev("2023-12-18", A, ("North Korea",))], no_ev=["2024-03", "2024-04", "2023-03", "2023-04"]),
    Doc("js-reaffirm-joint-statement-of-date",
        "The two sides reaffirmed their commitment to the Joint Statement of 19 September 2005 and agreed to meet "
        "again at an early date.",
        "2025-10-10",
        [Ev("2005-09-19", A)], no_ev=["2025-09-19"]),
    Doc("treaty-done-at-pyongyang-two-copies",
        "Done at Pyongyang on 19 June 2024, in two copies, each in the Russian and Korean languages, both texts being "
        "equally authentic.",
        "2025-06-19",
        [Ev("2024-06-19", A)], no_ev=["2025-06-19"]),

    # ================================================================== congressional testimony and fiscal years
    Doc("cong-testimony-header-today",
        "Testimony of the Assistant Secretary for East Asian and Pacific Affairs\n"
        "Before the Senate Foreign Relations Committee\n"
        "March 5, 2025\n\n"
        "Chairman, Ranking Member, thank you for the opportunity to testify today on our policy toward North Korea.",
        "2025-03-06",
        [Ev("2025-03-05", A, opt=True)], no_ev=["2025-03-06"]),
    Doc("cong-fy2026-budget-request",
        "The President's FY2026 budget request includes $25 million for programs to counter the DPRK's illicit "
        "revenue generation.",
        "2025-06-04",
        [], no_ev=["2026"]),
    Doc("cong-fiscal-year-2025-tally",
        "In fiscal year 2025, the Department completed 14 actions targeting DPRK revenue generation networks.",
        "2025-11-20",
        [Ev("2024-10-01/2025-09-30", A, opt=True)], no_ev=["2025"]),
    Doc("cong-by-the-end-of-fy2026",
        "The Department will complete its review of the North Korea travel restriction by the end of FY2026.",
        "2025-12-10",
        [Ev(("2026-09-30", "2026-09", "2025-10-01/2026-09-30", "2025-12-10/2026-09-30"), P)],
        no_ev=["2026", "2026-12"]),
    Doc("cong-last-appeared-three-months-later",
        "When I last appeared before this committee, in March 2024, I warned that Russia and the DPRK were deepening "
        "their military cooperation. Three months later, Vladimir Putin was in Pyongyang signing a mutual defense "
        "treaty.",
        "2025-03-05",
        [Ev("2024-03", A), Ev(("2024-06", "2024-06-01/2024-06-30"), A, ("Vladimir Putin",))],
        no_ev=["2025-06"]),
    Doc("cong-118th-congress-bills-act-of-2004",
        "In the 118th Congress, H.R. 7630 and S. 3917 would have reauthorized the North Korean Human Rights Act of "
        "2004.",
        "2025-03-05",
        [Ev("2004", A, opt=True)], no_tx=("7630", "3917", "118th")),
    Doc("cong-nkspea-of-2016-signed",
        "Congress passed the North Korea Sanctions and Policy Enhancement Act of 2016 (Public Law 114-122) with "
        "near-unanimous support, and President Obama signed it into law on February 18, 2016.",
        "2026-02-18",
        [Ev("2016-02-18", A, ("Barack Obama",)), Ev("2016", A, opt=True)], no_tx=("114-122",),
        no_ev=["2026-02-18"]),
    Doc("cong-ndaa-fiscal-year-name",
        "Section 1306 of the National Defense Authorization Act for Fiscal Year 2025, which was signed into law on "
        "December 23, 2024, requires an annual report on DPRK cyber operations.",
        "2025-04-14",
        [Ev("2024-12-23", A)], no_ev=["2025", "2024-10-01/2025-09-30"], no_tx=("1306",)),
    Doc("cong-hearing-notice-room-number",
        "The Committee on Foreign Affairs will hold a hearing on North Korea's illicit cyber activities on "
        "Wednesday, April 9, 2025, at 10:00 a.m. in 2172 Rayburn House Office Building.",
        "2025-04-02",
        [Ev("2025-04-09", P, ("North Korea",))], no_tx=("2172",)),

    # ================================================================== KCNA statements in English
    Doc("kcna-press-statement-on-the-14th",
        "Pyongyang, March 15 (KCNA) -- The spokesman for the DPRK Foreign Ministry issued the following press "
        "statement on the 14th, denouncing the U.S. decision to redeploy strategic bombers to the Korean peninsula.",
        "2025-03-15",
        [Ev("2025-03-14", A, ("North Korea",))], no_ev=["2025-03-15"]),
    Doc("kcna-signed-statement-on-monday",
        "The U.S. and its stooges kicked off another war rehearsal, the Ulji Freedom Shield exercises, on Monday, "
        "in open defiance of our repeated warnings.\n\n"
        "Kim Yo Jong\nVice Department Director of the WPK Central Committee\n"
        "August 19, Juche 114 (2025)",
        "2025-08-26",
        [Ev("2025-08-18", A, ("United States",)), Ev("2025-08-19", A, opt=True)],
        no_ev=["2025-08-25"], no_tx=("Juche 114",)),
    Doc("kcna-month-with-juche-year",
        "The line was set out at the Ninth Plenary Meeting of the Eighth WPK Central Committee in December Juche 112 "
        "(2023).",
        "2025-01-10",
        [Ev("2023-12", A)], no_tx=("Juche 112",), no_ev=["2023"]),
    Doc("kcna-period-juche-107-to-108",
        "Throughout the period from Juche 107 (2018) to Juche 108 (2019), the DPRK took trust-building measures "
        "while the U.S. only repeated its hostile acts.",
        "2025-07-29",
        [Ev("2018-01-01/2019-12-31", A, ("North Korea",))], no_tx=("Juche 107", "Juche 108")),

    # ================================================================== numbers of legal text: no dates
    C("num-eo-numbers-and-usc",
      "The authorities are E.O. 13382, E.O. 13687, E.O. 13722 and E.O. 13810, together with section 104 of the "
      "North Korea Sanctions and Policy Enhancement Act, 22 U.S.C. 9214.",
      "2025-06-20", tx=[], ev=[]),
    C("num-sections-subsections",
      "Pursuant to section 3(a)(ii) and section 2(a)(vi) of the order, the Secretary may designate any person found "
      "to have sold, supplied or transferred metal, graphite or coal to or from North Korea.",
      "2025-06-20", tx=[], ev=[]),
    C("num-resolution-paragraph-cap",
      "Member States shall prohibit the supply of refined petroleum products above the cap of 500,000 barrels set "
      "out in paragraph 5 of resolution 2397.",
      "2025-06-20", tx=[], ev=[]),
    C("num-docket-numbers",
      "See Case No. 1:23-mj-00287 (D.D.C.) and Case No. 3:24-cr-00151 (M.D. Tenn.).",
      "2025-06-20", tx=[], ev=[]),
    Doc("num-sdn-entry-dob-passport",
        "KIM, Il (a.k.a. KIM, Il-su); DOB 02 Sep 1984; nationality Korea, North; Passport 836410035 (Korea, North) "
        "expires 21 Sep 2026; Gender Male (individual) [DPRK3].",
        "2025-06-20",
        [], no_tx=("836410035",)),
    Doc("num-cfr-and-fr-citation",
        "See 31 CFR 510.201 and 83 FR 9182 (March 5, 2018).",
        "2025-06-20",
        [], no_tx=("510.201", "9182")),
    C("num-program-tags",
      "[DPRK2] [DPRK3] [DPRK4] [CYBER2] [NKSPEA] -- Linked To: KOREA SOBAEKSU TRADING COMPANY.",
      "2025-06-20", tx=[], ev=[]),
    C("num-imo-mmsi",
      "Vessel: CHON MA SAN; IMO 8660313; MMSI 445100000; Flag: Korea, North.",
      "2025-06-20", tx=[], ev=[]),
    C("num-usc-range-not-years",
      "The President's authority derives from 50 U.S.C. 1701-1706 and 3 U.S.C. 301.",
      "2025-06-20", tx=[], ev=[]),
]
