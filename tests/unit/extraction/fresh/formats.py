"""Date-format and list cases: hand-written news sentences (see the package docstring), checked by
checks.check_format_case.

Each case: C(id, text, published, tx=[...], ev=[...], strict=True, min_ev=0, note="")

tx item: (text, type, value, mod='')
  * text  - the expected core span (a produced timex must overlap its first occurrence)
  * type  - "DATE" | "TIME" | ... or a tuple of acceptable types
  * value - a value or a tuple of acceptable values; an alternative may carry its own mod as
            "VALUE|MOD" (e.g. "2025-10|START")
  * mod   - default mod for alternatives without "|"
strict=True: any extra timex is an error, unless it merely repeats an expected value (a split span).
tx=[] with strict=True: no timex at all is expected.

ev: None = do not check events.  Otherwise a list of E(start, end, prec=None, modality=None, opt=False);
  start/end are ISO prefixes or tuples of prefixes.  Every produced event must match some spec, every
  non-optional spec must be matched, and at least `min_ev` events must exist.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class E:
    start: object
    end: object
    prec: object = None
    modality: object = None
    opt: bool = False


@dataclass(frozen=True)
class C:
    id: str
    text: str
    pub: str
    tx: list
    ev: object = None
    strict: bool = True
    min_ev: int = 0
    note: str = ""


D, T, DU, S = "DATE", "TIME", "DURATION", "SET"


def day(s, prec="day", modality=None, opt=False):
    return E(s, s, prec, modality, opt)


CASES = [
    # ---------------------------------------------------------------- numeric / ISO
    C("iso-date", "The ministry said the ceasefire took effect on 2025-09-19.", "2025-09-20",
      [("2025-09-19", D, "2025-09-19")], [day("2025-09-19")]),
    C("us-slash-4digit-year", "Police said the suspect was arrested on 9/19/2025 in Ohio.", "2025-09-22",
      [("9/19/2025", D, "2025-09-19")], [day("2025-09-19")]),
    C("us-slash-2digit-year", "The permit expired on 9/19/25, the city said.", "2025-09-22",
      [("9/19/25", D, "2025-09-19")], [day("2025-09-19")]),
    C("eu-dotted", "A Berlin court set the hearing for 19.09.2025, a spokesman said.", "2025-09-01",
      [("19.09.2025", D, "2025-09-19")], [day("2025-09-19")]),
    C("eu-dotted-ambiguous", "The Bundestag vote in Berlin was held on 03.04.2025.", "2025-04-10",
      [("03.04.2025", D, "2025-04-03")], [day("2025-04-03")], note="European DD.MM.YYYY"),
    C("eu-slash", "Le Monde reported that the Paris hearing is set for 19/09/2025.", "2025-09-01",
      [("19/09/2025", D, "2025-09-19")], [day("2025-09-19")]),
    C("iso-deadline", "The deadline is 2025-10-01, officials said.", "2025-09-19",
      [("2025-10-01", D, "2025-10-01")], [day("2025-10-01")]),
    # ---------------------------------------------------------------- month-day forms
    C("day-sept", "Protesters gathered outside parliament on 19 Sept.", "2025-09-22",
      [("19 Sept", D, "2025-09-19")], [day("2025-09-19")]),
    C("sept-day", "The minister flew to Cairo on Sept 19 for talks.", "2025-09-25",
      [("Sept 19", D, "2025-09-19")], [day("2025-09-19")]),
    C("sept-dot-day", "Markets closed early on Sept. 19.", "2025-09-25",
      [("Sept. 19", D, "2025-09-19")], [day("2025-09-19")]),
    C("september-19th", "The treaty was signed on September 19th in Geneva.", "2025-10-02",
      [("September 19th", D, "2025-09-19")], [day("2025-09-19")]),
    C("19th-of-september", "The ceremony will take place on the 19th of September.", "2025-09-01",
      [("19th of September", D, "2025-09-19")], [day("2025-09-19")]),
    C("weekday-day-month", "The talks resume on Monday 22 September.", "2025-09-19",
      [("Monday 22 September", D, "2025-09-22")], [day("2025-09-22")]),
    C("22nd-september", "The referendum was held on 22nd September.", "2025-10-01",
      [("22nd September", D, "2025-09-22")], [day("2025-09-22")]),
    C("weekday-comma-sept-day", "The vote on Thursday, Sept 18, passed narrowly.", "2025-09-19",
      [("Sept 18", D, "2025-09-18")], [day("2025-09-18")]),
    C("sept-year", "The law took effect in Sept 2025.", "2025-10-15",
      [("Sept 2025", D, "2025-09")], [E("2025-09-01", "2025-09-30", "month")]),
    C("nov-dot-day-year", "COP28 opened in Dubai on Nov. 30, 2023.", "2023-12-01",
      [("Nov. 30, 2023", D, "2023-11-30")], [day("2023-11-30")]),
    # ---------------------------------------------------------------- bare ordinals
    C("bare-ordinal-after-date", "Talks began on September 12 and ended on the 19th.", "2025-09-25",
      [("September 12", D, "2025-09-12"), ("the 19th", D, "2025-09-19")],
      [day("2025-09-12"), day("2025-09-19")]),
    C("bare-ordinal-future", "The central bank will announce its rate decision on the 23rd.", "2025-09-10",
      [("the 23rd", D, "2025-09-23")], [day("2025-09-23")]),
    C("bare-ordinal-prev-month", "Officials said the convoy reached the border on the 23rd.", "2025-10-02",
      [("the 23rd", D, "2025-09-23")], [day("2025-09-23")], note="past tense, 23rd after pub day -> previous month"),
    # ---------------------------------------------------------------- lists
    C("list-jan-5-12-19", "Elections will be held in three rounds on Jan. 5, 12 and 19.", "2024-12-01",
      [("Jan. 5", D, "2025-01-05"), ("12", D, "2025-01-12"), ("19", D, "2025-01-19")],
      [day("2025-01-05"), day("2025-01-12", opt=True), day("2025-01-19", opt=True)]),
    C("list-oct-1-8-15", "Strikes are planned for Oct. 1, 8 and 15.", "2025-09-20",
      [("Oct. 1", D, "2025-10-01"), ("8", D, "2025-10-08"), ("15", D, "2025-10-15")],
      [day("2025-10-01"), day("2025-10-08", opt=True), day("2025-10-15", opt=True)]),
    C("list-years", "The company reported losses in 2018, 2019 and 2021.", "2025-03-01",
      [("2018", D, "2018"), ("2019", D, "2019"), ("2021", D, "2021")],
      [E("2018-01-01", "2018-12-31", "year"), E("2019-01-01", "2019-12-31", "year", opt=True),
       E("2021-01-01", "2021-12-31", "year", opt=True)]),
    C("list-months-one-year", "Inflation peaked in March, June and November 2022.", "2023-01-15",
      [("March", D, "2022-03"), ("June", D, "2022-06"), ("November 2022", D, "2022-11")],
      [E("2022-03-01", "2022-03-31", "month", opt=True), E("2022-06-01", "2022-06-30", "month", opt=True),
       E("2022-11-01", "2022-11-30", "month", opt=True)], min_ev=1),
    C("list-days-shared-month", "Ministers met in Brussels on 5 and 6 March.", "2025-03-10",
      [("5", D, "2025-03-05"), ("6 March", D, "2025-03-06")],
      [day("2025-03-05", opt=True), day("2025-03-06", opt=True), E("2025-03-05", "2025-03-06", "day", opt=True)],
      min_ev=1),
    C("list-weekdays", "The committee met on Monday and Thursday.", "2025-09-19",
      [("Monday", D, "2025-09-15"), ("Thursday", D, "2025-09-18")],
      [day("2025-09-15"), day("2025-09-18", opt=True)]),
    # ---------------------------------------------------------------- ranges
    C("range-between-march-3-and-5", "The festival will run between March 3 and 5.", "2025-02-10",
      [("March 3", D, "2025-03-03"), ("5", D, "2025-03-05")], [E("2025-03-03", "2025-03-05", "day")]),
    C("range-march-3-5", "Negotiators met March 3-5 in Doha.", "2025-03-10",
      [("March 3", D, "2025-03-03"), ("5", D, "2025-03-05")], [E("2025-03-03", "2025-03-05", "day")]),
    C("range-3-5-march-2025", "The conference takes place 3-5 March 2025 in Lisbon.", "2025-01-15",
      [("3", D, "2025-03-03"), ("5 March 2025", D, "2025-03-05")], [E("2025-03-03", "2025-03-05", "day")]),
    C("range-sept-19-21", "The forum runs Sept 19-21 in New York.", "2025-09-01",
      [("Sept 19", D, "2025-09-19"), ("21", D, "2025-09-21")], [E("2025-09-19", "2025-09-21", "day")]),
    C("range-across-months", "Talks will run between Jan 30 and Feb 2.", "2025-01-10",
      [("Jan 30", D, "2025-01-30"), ("Feb 2", D, "2025-02-02")], [E("2025-01-30", "2025-02-02", "day")]),
    C("range-across-year-end", "The border will be closed from Dec. 28 to Jan. 3.", "2025-12-10",
      [("Dec. 28", D, "2025-12-28"), ("Jan. 3", D, "2026-01-03")], [E("2025-12-28", "2026-01-03", "day")]),
    C("range-years", "Prices climbed steadily from 2019 to 2021.", "2025-01-10",
      [("2019", D, "2019"), ("2021", D, "2021")], [E("2019-01-01", "2021-12-31")]),
    C("range-mid-to-early-month", "Heavy rains are expected from mid-September to early October.", "2025-09-01",
      [("mid-September", D, "2025-09", "MID"), ("early October", D, "2025-10", "START")],
      [E("2025-09-", ("2025-10-0", "2025-10-10", "2025-10-31"))],
      note="whole-unit range + mod is the extractor's convention (as for mid-September); accepted"),
    # ---------------------------------------------------------------- weeks / parts of months
    C("week-of-march-3", "Inspectors will visit the plant the week of March 3.", "2025-02-20",
      [("week of March 3", D, "2025-W10")], [E("2025-03-03", "2025-03-09")]),
    C("first-week-of-october", "The ministry will publish the budget in the first week of October.", "2025-09-10",
      [("first week of October", D, ("2025-W40", "2025-10|START"))],
      [E(("2025-09-29", "2025-10-01"), ("2025-10-05", "2025-10-07"))]),
    C("last-days-of-august", "Wildfires spread across the region in the last days of August.", "2025-09-03",
      [("last days of August", D, "2025-08", "END")], [E("2025-08-2", "2025-08-31")]),
    C("mid-september", "Parliament is expected to vote in mid-September.", "2025-08-20",
      [("mid-September", D, "2025-09", "MID")], [E("2025-09", "2025-09")]),
    C("mid-2026", "The plant is due to open in mid-2026.", "2025-09-19",
      [("mid-2026", D, "2026", "MID")], [E("2026", "2026")]),
    C("early-2000s", "The law dates from the early 2000s.", "2025-05-01",
      [("early 2000s", D, "200", "START")], [E("2000-01-01", ("2001", "2002", "2003", "2004", "2009-12-31"))],
      note="whole decade + mod START accepted (extractor convention)"),
    C("summer-of-2023", "Turnout was low in the summer of 2023.", "2025-01-10",
      [("summer of 2023", D, "2023-SU")], [E(("2023-06", "2023-05"), ("2023-08", "2023-09"))]),
    # ---------------------------------------------------------------- relative
    C("late-on-tuesday", "The attack happened late on Tuesday, police said.", "2025-09-19",
      [("Tuesday", D, ("2025-09-16|END", "2025-09-16"))], [day("2025-09-16")]),
    C("this-time-last-year", "Exports rose 4 percent compared with this time last year.", "2025-09-19",
      [("this time last year", D, ("2024-09-19", "2024-09", "2024-09-19|APPROX", "2024-09|APPROX"))], None),
    C("same-time-last-year", "Ticket sales were down from the same time last year.", "2025-06-10",
      [("same time last year", D, ("2024-06-10", "2024-06", "2024-06-10|APPROX", "2024-06|APPROX"))], None),
    C("this-time-next-year", "The bridge should be finished by this time next year.", "2025-09-19",
      [("this time next year", D, ("2026-09-19", "2026-09", "2026-09-19|BEFORE", "2026-09|BEFORE",
                                   "2026-09-19|APPROX", "2026-09|APPROX"))], None),
    C("a-week-from-monday", "The envoy will return a week from Monday.", "2025-09-19",
      [("a week from Monday", D, "2025-09-29")], [day("2025-09-29")]),
    C("monday-week", "The minister will unveil the plan on Monday week.", "2025-09-19",
      [("Monday week", D, "2025-09-29")], [day("2025-09-29")], note="British 'Monday week'"),
    C("tuesday-next", "The report is due on Tuesday next.", "2025-09-19",
      [("Tuesday next", D, "2025-09-23")], [day("2025-09-23")]),
    C("two-weeks-time", "The results will be published in two weeks' time.", "2025-09-19",
      [("two weeks", (D, DU), ("2025-10-03", "2025-W40", "P2W"))],
      [E(("2025-10-03", "2025-09-29"), ("2025-10-03", "2025-10-05"), opt=True)]),
    C("within-days", "A deal could come within days, diplomats said.", "2025-09-19",
      [("days", (DU, D), ("PXD", "FUTURE_REF"))], []),
    C("day-before-yesterday", "The ministry said the shipment arrived the day before yesterday.", "2025-09-19",
      [("the day before yesterday", D, "2025-09-17")], [day("2025-09-17")]),
    C("day-after-tomorrow", "The envoy arrives the day after tomorrow.", "2025-09-19",
      [("the day after tomorrow", D, "2025-09-21")], [day("2025-09-21")]),
    C("weekend-before-last", "Fighting flared the weekend before last, residents said.", "2025-09-19",
      [("the weekend before last", D, "2025-W36-WE")], [E("2025-09-06", "2025-09-07")]),
    C("at-the-weekend", "The prime minister spoke to reporters at the weekend.", "2025-09-15",
      [("the weekend", D, "2025-W37-WE")], [E("2025-09-13", "2025-09-14")], note="British 'at the weekend'"),
    C("a-fortnight-ago", "Rebels seized the town a fortnight ago.", "2025-09-19",
      [("a fortnight ago", D, ("2025-09-05", "2025-W36"))],
      [E(("2025-09-05", "2025-09-01"), ("2025-09-05", "2025-09-07"))]),
    C("may-is-not-a-month", "Officials may meet next week.", "2025-09-19",
      [("next week", D, "2025-W39")], [E("2025-09-22", "2025-09-28", opt=True)], note="'may' is not May"),
    C("march-is-not-a-month", "Thousands will march on Saturday.", "2025-09-17",
      [("Saturday", D, "2025-09-20")], [day("2025-09-20")], note="'march' is not March"),
    # ---------------------------------------------------------------- named days
    C("eve-of-the-summit", "Protesters marched on the eve of the summit.", "2025-09-19", [], [],
      note="no date to resolve"),
    C("new-years-day", "Fireworks lit up the sky on New Year's Day.", "2025-01-02",
      [("New Year's Day", D, "2025-01-01")], [day("2025-01-01")]),
    C("christmas-eve", "Shoppers crowded the markets on Christmas Eve.", "2024-12-27",
      [("Christmas Eve", D, "2024-12-24")], [day("2024-12-24")]),
    C("ramadan-no-date", "Prices of dates and sugar rose sharply during Ramadan.", "2025-03-20", [], [], strict=False,
      note="lunar holiday: must not be given an invented Gregorian date"),
    C("easter-monday", "Banks were closed on Easter Monday.", "2025-04-25",
      [("Easter Monday", D, "2025-04-21")], [day("2025-04-21")]),
    C("thanksgiving", "Retailers reported record sales on Thanksgiving.", "2025-12-01",
      [("Thanksgiving", D, "2025-11-27")], [day("2025-11-27")]),
    # ---------------------------------------------------------------- decades
    C("the-2020s", "Solar capacity is expected to triple in the 2020s.", "2025-05-01",
      [("2020s", D, "202")], [E("2020-01-01", "2029-12-31", "decade")]),
    C("apostrophe-90s", "The band rose to fame in the '90s.", "2025-05-01",
      [("'90s", D, "199")], [E("1990-01-01", "1999-12-31", "decade")]),
    C("nineteen-nineties", "The factory was built in the nineteen-nineties.", "2025-05-01",
      [("nineteen-nineties", D, "199")], [E("1990-01-01", "1999-12-31", "decade")]),
    C("1990s-era-adjective", "Troops in the region still carry 1990s-era rifles.", "2025-05-01",
      [], [], strict=False, note="adjectival '1990s-era': a timex is fine, an event dated 1990s is not"),
    # ---------------------------------------------------------------- fiscal / quarters
    C("fy2024", "The agency's budget for FY2024 was cut by 3 percent.", "2025-02-01",
      [("FY2024", D, ("FY2024", "2024"))], None),
    C("fiscal-2025", "The retailer expects revenue to grow in fiscal 2025.", "2025-01-10",
      [("fiscal 2025", D, ("FY2025", "2025"))], None),
    C("h1-2025", "Sales fell 8 percent in H1 2025.", "2025-08-01",
      [("H1 2025", D, "2025-H1")], [E("2025-01-01", "2025-06-30")]),
    C("q3-2024", "Profit jumped in Q3 2024, the company said.", "2024-11-01",
      [("Q3 2024", D, "2024-Q3")], [E("2024-07-01", "2024-09-30", "quarter")]),
    C("2024q3", "Revenue for 2024Q3 beat forecasts.", "2024-11-01",
      [("2024Q3", D, "2024-Q3")], None),
    # ---------------------------------------------------------------- clock times
    C("clock-14-00-on-friday", "The two leaders will speak by phone at 14:00 on Friday.", "2025-09-17",
      [("14:00", T, "2025-09-19T14:00")], [day("2025-09-19")], strict=False),
    C("clock-2pm", "The minister will speak at 2pm.", "2025-09-19",
      [("2pm", T, "2025-09-19T14:00")], [day("2025-09-19")]),
    C("clock-2pm-on-sunday", "Voting closes at 2pm on Sunday.", "2025-09-19",
      [("2pm", T, "2025-09-21T14:00")], [day("2025-09-21")], strict=False),
    C("clock-2-30pm", "The statement was released at 2.30pm.", "2025-09-19",
      [("2.30pm", T, "2025-09-19T14:30")], [day("2025-09-19")], note="British 2.30pm"),
    C("noon-on-friday", "The ultimatum expires at noon on Friday.", "2025-09-17",
      [("noon", T, "2025-09-19T12:00")], [day("2025-09-19")], strict=False),
    C("midnight-sunday", "The ban takes effect at midnight Sunday.", "2025-09-17",
      [("midnight", T, ("2025-09-21T24:00", "2025-09-22T00:00"))],
      [E(("2025-09-21", "2025-09-22"), ("2025-09-21", "2025-09-22"))],
      strict=False),
    C("clock-times-before-date", "The polls open at 7 a.m. and close at 8 p.m. on Nov. 4.", "2025-10-20",
      [("7 a.m.", T, "2025-11-04T07:00"), ("8 p.m.", T, "2025-11-04T20:00")],
      [day("2025-11-04")], strict=False, note="date given after the times"),
    # ---------------------------------------------------------------- false positives
    C("version-number", "Developers shipped version 2.0.19 of the app on Tuesday.", "2025-09-19",
      [("Tuesday", D, "2025-09-16")], [day("2025-09-16")]),
    C("windows-2000", "Some hospitals still run Windows 2000 on old machines.", "2025-09-19", [], []),
    C("article-5", "Under Article 5, an attack on one member is an attack on all.", "2025-09-19", [], []),
    C("g20", "G20 finance ministers met in Johannesburg on Wednesday.", "2025-09-19",
      [("Wednesday", D, "2025-09-17")], [day("2025-09-17")]),
    C("1000th-day", "The war entered its 1,000th day on Tuesday.", "2025-09-19",
      [("Tuesday", D, "2025-09-16")], [day("2025-09-16")]),
    C("highway-401", "A truck overturned on Highway 401 near Toronto on Monday.", "2025-09-19",
      [("Monday", D, "2025-09-15")], [day("2025-09-15")]),
    C("agenda-2030", "The UN reviewed progress on Agenda 2030 at a meeting in New York.", "2025-09-19", [], [],
      note="Agenda 2030 is a name"),
    C("24-7-hotline", "The ministry opened a 24/7 hotline on Monday.", "2025-09-19",
      [("Monday", D, "2025-09-15")], [day("2025-09-15")]),
    C("covid-19", "Covid-19 cases fell in March.", "2025-05-01",
      [("March", D, "2025-03")], [E("2025-03-01", "2025-03-31", "month")]),
    C("percent-19-09", "Shares rose 19.09 percent on Friday.", "2025-09-20",
      [("Friday", D, "2025-09-19")], [day("2025-09-19")]),
    C("points-2019", "The index closed at 2,019 points on Friday.", "2025-09-20",
      [("Friday", D, "2025-09-19")], [day("2025-09-19")]),
    C("flight-2019", "Passengers on Flight 2019 were evacuated on Monday.", "2025-09-19",
      [("Monday", D, "2025-09-15")], [day("2025-09-15")]),
    C("the-sun-paper", "The Sun reported on Monday that the deal was off.", "2025-09-19",
      [("Monday", D, "2025-09-15")], [day("2025-09-15")]),
    # ---------------------------------------------------------------- follow-up probes (added after first run)
    C("eu-dotted-single-digit", "The hearing in Munich is on 19.9.2025.", "2025-09-01",
      [("19.9.2025", D, "2025-09-19")], [day("2025-09-19")]),
    C("list-january-5-12-19", "Elections will be held on January 5, 12 and 19.", "2024-12-01",
      [("January 5", D, "2025-01-05"), ("12", D, "2025-01-12"), ("19", D, "2025-01-19")],
      [day("2025-01-05"), day("2025-01-12", opt=True), day("2025-01-19", opt=True)]),
    C("list-without-and", "Fighting flared on Sept. 3, 10, 17.", "2025-09-19",
      [("Sept. 3", D, "2025-09-03"), ("10", D, "2025-09-10"), ("17", D, "2025-09-17")],
      [day("2025-09-03"), day("2025-09-10", opt=True), day("2025-09-17", opt=True)]),
    C("expires-on-friday", "The ultimatum expires on Friday.", "2025-09-17",
      [("Friday", D, "2025-09-19")], [day("2025-09-19")], note="scheduled present tense"),
    C("takes-effect-on-friday", "The new law takes effect on Friday.", "2025-09-17",
      [("Friday", D, "2025-09-19")], [day("2025-09-19")], note="scheduled present tense"),
    C("a-week-from-today", "The envoy will return a week from today.", "2025-09-19",
      [("a week from today", D, "2025-09-26")], [day("2025-09-26")]),
    C("good-friday", "Banks were closed on Good Friday.", "2025-04-25",
      [("Good Friday", D, "2025-04-18")], [day("2025-04-18")]),
    C("palm-sunday", "Crowds gathered on Palm Sunday.", "2025-04-25",
      [("Palm Sunday", D, "2025-04-13")], [day("2025-04-13")]),
    C("bloody-sunday", "Protesters marked the Bloody Sunday anniversary.", "2025-09-19", [], [],
      note="a named historical event, not last Sunday"),
    C("model-year", "He was driving a 2019 Toyota when police stopped him on Monday.", "2025-09-19",
      [("Monday", D, "2025-09-15")], [day("2025-09-15")], note="model year is not a date of the event"),
    C("a-year-earlier-baseline", "Exports rose 4 percent from a year earlier.", "2025-09-19",
      [("a year earlier", D, ("2024-09-19", "2024-09", "2024"))], [], strict=False,
      note="comparison baseline: no event should be dated in 2024"),
    C("h2-2024", "Sales fell in H2 2024.", "2025-02-01",
      [("H2 2024", D, "2024-H2")], [E("2024-07-01", "2024-12-31")]),
    C("clock-9-15pm", "Police arrived at 9.15pm.", "2025-09-19",
      [("9.15pm", T, "2025-09-19T21:15")], [day("2025-09-19")]),
    C("clock-14-30", "The statement was released at 14.30.", "2025-09-19",
      [("14.30", T, "2025-09-19T14:30")], [day("2025-09-19")]),
]
