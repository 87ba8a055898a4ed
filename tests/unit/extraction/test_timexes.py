"""Temporal expressions: the right reading, and no dates from words that only look like them.

Every sentence here is written for these tests.
"""

import datetime as dt

import pytest

from timeline.extraction import extract

MONDAY = dt.date(2025, 9, 22)  # a Monday


def timexes(text, published=MONDAY):
    return [(t.text, t.type, t.value, t.mod) for t in extract(text, published).timexes]


def values(text, published=MONDAY):
    return [(t.text, t.value) for t in extract(text, published).timexes]


def mods(text, published=MONDAY):
    return [(t.text, t.mod) for t in extract(text, published).timexes]


def test_it_resolves_sunday_to_the_sunday_before_publication():
    assert values("The minister said on Sunday that talks were over.") == [("Sunday", "2025-09-21")]
    assert values("The envoy announced Sunday a new proposal.") == [("Sunday", "2025-09-21")]


def test_it_resolves_a_future_weekday_to_the_coming_one_which_may_be_the_published_day():
    assert values("The two leaders will meet on Monday in Geneva.") == [("Monday", "2025-09-22")]
    assert values("The delegation will arrive on Thursday.") == [("Thursday", "2025-09-25")]


def test_it_reads_a_month_without_a_year_as_the_most_recent_one():
    assert values("The ceasefire collapsed in July.") == [("July", "2025-07")]
    assert values("The ceasefire collapsed in November.") == [("November", "2024-11")]


def test_it_reads_a_month_in_a_future_clause_as_the_next_one():
    assert values("The summit will take place in March.") == [("March", "2026-03")]


def test_it_reads_the_month_figures_count_as_one_counted_already_whatever_the_tense_of_their_release():
    # (published in September 2025: April is this year's, October last year's, September this one)
    assert values("The figures for April are due on Oct. 20.")[0] == ("April", "2025-04")
    assert values("Export data for October will be released next week.")[0] == ("October", "2024-10")
    assert values("Data for May will be published next week.")[0] == ("May", "2025-05")
    assert values("Inflation for September is expected to rise.") == [("September", "2025-09")]


def test_a_release_or_birthday_told_in_the_present_is_scheduled_ahead():
    assert values("The ministry releases November trade figures on Friday.") == [
        ("November", "2024-11"), ("Friday", "2025-09-26")]
    assert values("The envoy, who turns 70 on Wednesday, will stay on.") == [("Wednesday", "2025-09-24")]
    assert values("The agency publishes its report on Thursday.") == [("Thursday", "2025-09-25")]


def test_a_sentence_about_how_things_stand_now_brings_a_day_without_a_year_back_to_now():
    text = ("Prosecutors linked the group to a theft in February 2025.\n\nNone of the three is in U.S. custody. The FBI "
            "offered a reward on Oct. 15.")
    assert values(text, dt.date(2026, 10, 29))[-1] == ("Oct. 15", "2026-10-15")
    # (without it, the story stays in the year just told)
    text = "Prosecutors linked the group to a theft in February 2025. The FBI offered a reward on Oct. 15."
    assert values(text, dt.date(2026, 10, 29))[-1] == ("Oct. 15", "2025-10-15")


def test_a_whose_aside_running_on_past_its_date_keeps_its_year_to_itself():
    text = ("Sakie Yokota, whose daughter was taken from a beach in November 1977 at the age of 13, died on June 24, "
            "aged 90.")
    assert values(text, dt.date(2026, 6, 26)) == [("November 1977", "1977-11"), ("June 24", "2026-06-24")]


def test_since_at_least_a_year_starts_a_span_up_to_now_and_sets_no_scene():
    text = ("The tunnel has been ready for a test since at least 2022. Vehicles were seen at the site on three days "
            "in the first half of August.")
    assert values(text, dt.date(2026, 8, 21))[-1] == ("the first half of August", "2026-08")


def test_for_a_year_after_a_happening_is_how_long_not_when():
    text = "The treaty expired on Feb. 5, 2026. Putin offered to keep observing the limits for one year after the expiry."
    assert values(text, dt.date(2026, 2, 9))[-1] == ("one year", "P1Y")
    text = "The treaty expired on Feb. 5, 2026. Talks resumed two days after the expiry."
    assert values(text, dt.date(2026, 2, 9))[-1] == ("two days", "2026-02-07")


def test_british_forms_a_fortnight_after_and_tuesday_last():
    text = "The decision comes a fortnight after foreign ministers met in Tokyo."
    assert values(text, dt.date(2025, 4, 8)) == [("a fortnight", "P2W")]
    text = "The plenum, which opened on Tuesday last and ran for four days, closed. The vote was on Tuesday."
    assert values(text, dt.date(2021, 6, 22)) == [("Tuesday last", "2021-06-15"), ("four days", "P4D"),
                                                  ("Tuesday", "2021-06-22")]
    assert values("He said Tuesday last-minute changes were made.", dt.date(2021, 6, 24)) == [("Tuesday", "2021-06-22")]


def test_on_the_friday_is_the_friday_next_to_the_days_just_told():
    text = "Kim Yong Chol visited Washington on 17-19 January and delivered a letter on the Friday."
    assert values(text, dt.date(2019, 2, 6))[-1] == ("the Friday", "2019-01-18")
    text = "Seoul said on Monday it would decide on the Friday."
    assert values(text, dt.date(2019, 2, 6))[-1] == ("the Friday", "2019-02-08")
    # with no day told just before, the Friday of the report
    assert values("The letter arrived on the Friday.", dt.date(2019, 2, 6)) == [("the Friday", "2019-02-01")]


def test_a_part_of_the_day_early_or_late_keeps_its_qualifier():
    text = "Putin arrived on Wednesday. At a signing ceremony in the late afternoon, Kim spoke."
    assert timexes(text, dt.date(2024, 6, 20))[-1] == ("the late afternoon", "TIME", "2024-06-19TAF", "END")


def test_a_when_clause_about_a_year_keeps_its_days_in_that_year_however_long():
    text = ("The most serious attempt came in 2018, when President Moon Jae-in and Kim Jong Un pledged at their April 27 "
            "summit to pursue a peace treaty before the end of that year.")
    assert values(text, dt.date(2023, 7, 27)) == [("2018", "2018"), ("April 27", "2018-04-27"),
                                                  ("the end of that year", "2018")]


def test_a_participle_before_the_object_of_a_modal_verb_is_an_adjective():
    text = "South Korea and the United States will stage combined air drills on Wednesday, the JCS said."
    assert values(text, dt.date(2022, 10, 4)) == [("Wednesday", "2022-10-05")]
    assert values("The central bank will release revised forecasts in October.", dt.date(2017, 8, 31)) == [
        ("October", "2017-10")]


def test_a_clock_before_on_the_and_a_noun_keeps_its_day_but_not_before_on_the_and_a_day():
    assert values("The Assembly holds a hearing at 10 a.m. on the nomination.", dt.date(2026, 4, 15)) == [
        ("10 a.m.", "2026-04-15T10:00")]
    assert values("The talks began at 9 a.m. on the 27th of June.", dt.date(2026, 4, 15)) == [
        ("the 27th of June", "2025-06-27")]


def test_days_counted_after_a_later_year_the_story_moved_to_have_no_day_to_count_from():
    text = "Kim agreed on June 15, 2000 to hold reunions. In 2019, Trump said he had received a letter two days earlier."
    assert values(text, dt.date(2026, 6, 12)) == [("June 15, 2000", "2000-06-15"), ("2019", "2019")]


def test_the_quarter_with_no_report_around_it_is_the_one_under_way_when_the_clause_looks_ahead():
    assert values("The exchange said it would compensate customers by the end of the quarter.",
                  dt.date(2025, 7, 18)) == [("the end of the quarter", "2025-Q3")]
    assert values("Profit rose 5% in the quarter.", dt.date(2025, 7, 18)) == [("the quarter", "2025-Q2")]


def test_coarser_dates_of_a_backstory_inside_a_sentence_leave_the_story_at_its_scene():
    text = ("Pyongyang admitted in September 2002 that it had abducted 13 Japanese in the 1970s and 1980s. Five of them "
            "returned to Japan the following month.")
    assert values(text, dt.date(2025, 11, 15))[-1] == ("the following month", "2002-10")
    # (but a later year the story moved to has no month to go on from)
    assert values("Kim met Moon in April 2018. In 2019 the talks collapsed. The following month, Kim fired missiles.",
                  dt.date(2025, 11, 15)) == [("April 2018", "2018-04"), ("2019", "2019")]


def test_a_half_of_a_thing_is_no_half_of_the_year():
    assert values("In the second half of the episode, she discusses what followed.", dt.date(2024, 2, 29)) == []
    assert values("In the second half of last year, exports fell.", dt.date(2024, 2, 29)) == [
        ("the second half of last year", "2023-H2")]


def test_an_hour_a_present_is_states_is_still_to_come():
    assert values("The vote is at noon Friday.", dt.date(2025, 8, 14)) == [("noon Friday", "2025-08-15T12:00")]


def test_a_clock_before_next_or_last_and_a_weekday_is_that_days_hour():
    assert values("A civil defence drill will be held nationwide at 2 p.m. next Wednesday.", dt.date(2025, 8, 14)) == [
        ("2 p.m. next Wednesday", "2025-08-20T14:00")]
    assert values("He spoke at 9 a.m. last Friday.", dt.date(2025, 8, 14)) == [("9 a.m. last Friday", "2025-08-08T09:00")]


def test_a_range_of_lengths_is_one_length_of_no_one_number():
    assert timexes("Shipments should resume within two to three weeks.") == [
        ("two to three weeks", "DURATION", "PXW", "")]
    assert timexes("Deals will be made during the next 12 to 18 months.") == [
        ("the next 12 to 18 months", "DURATION", "PXM", "")]
    # (but a day's number before "to" is the day's: "on June 8 to 12 years")
    assert values("A court sentenced them on June 8 to 12 years of labour.", dt.date(2009, 8, 5)) == [
        ("June 8", "2009-06-08"), ("12 years", "P12Y")]


def test_a_target_and_a_scheduled_follow_on_lie_ahead():
    september = dt.date(2023, 9, 27)
    assert values("Talks start after the recess, with a final vote targeted for mid-December.", september) == [
        ("mid-December", "2023-12")]
    april = dt.date(2026, 4, 16)
    assert values("The annual Ulchi Freedom Shield exercise follows in August.", april) == [("August", "2026-08")]
    # ("this follows a launch in March": what is followed lies behind)
    assert values("This follows a similar launch in March.", april) == [("March", "2026-03")]


def test_a_year_opening_the_sentence_is_the_scene_of_a_day_told_far_on_in_it():
    june = dt.date(2023, 6, 25)
    text = ("In 1994, a week after Jimmy Carter returned from talks in Pyongyang, the two Koreas agreed on the date for "
            "what would have been their first summit, set for July 25.")
    assert values(text, june)[-1] == ("July 25", "1994-07-25")
    # (a year inside the sentence that does not open it is no scene: "agreed in 1994 on a summit" is another matter)
    assert values("Officials said the talks, first proposed by the North in 1994 and revived many times since, are set "
                  "for July 25.", june)[-1] == ("July 25", "2023-07-25")


def test_a_sentence_opening_on_last_this_or_next_month_keeps_the_word_in_its_span():
    december = dt.date(2025, 12, 6)
    assert values("Last October, the FBI seized 17 website domains.", december) == [("Last October", "2025-10")]
    assert values("Next May the talks resume.", december) == [("Next May", "2026-05")]


def test_a_months_period_of_a_year_takes_that_year():
    assert values("Trade was just $260 million in the January-October period of 2021.", dt.date(2025, 12, 6)) == [
        ("January", "2021-01"), ("October", "2021-10"), ("2021", "2021")]


def test_a_24_hour_clock_with_its_day_after_it_is_a_time_whatever_comes_before():
    text = "North Korea plans to launch a satellite between 0:00 on Oct. 22 and 23:59 on Nov. 1."
    assert timexes(text, dt.date(2023, 10, 20)) == [("0:00 on Oct. 22", "TIME", "2023-10-22T00:00", ""),
                                                    ("23:59 on Nov. 1", "TIME", "2023-11-01T23:59", "")]
    # (a bare one with nothing to make it a clock is none)
    assert values("The index stood at 10,230 while the ratio was 10:30.", dt.date(2023, 10, 20)) == []


def test_a_year_naming_a_thing_is_no_point_to_count_on_from():
    text = "In 2019, the two Koreas agreed to bid for the 2032 Summer Olympics, but the IOC picked Brisbane two years later."
    assert values(text, dt.date(2025, 12, 6))[-1] == ("two years later", "2021")


def test_that_year_passes_over_the_start_of_a_span_a_comparison_runs_from():
    text = ("Q: Take us back to 2017. How close were we to war?\nA: Closer than at any time since 1994. In August of that "
            "year we had fire and fury.")
    assert values(text, dt.date(2026, 2, 10))[-1] == ("August of that year", "2017-08")
    # (a span's start the story then goes on in is that year's)
    text = ("There have been no reunions since August 2018, when 800 people met at Mount Kumgang. A second round was "
            "discussed for that autumn but never took place.")
    assert values(text, dt.date(2025, 12, 6))[-1] == ("that autumn", "2018-FA")


def test_applications_for_a_years_programme_are_due_before_it():
    assert values("Applications for the 2026 summer fellowship are due Dec. 31.", dt.date(2025, 12, 6)) == [
        ("2026", "2026"), ("Dec. 31", "2025-12-31")]
    # and the deadline is the event, not the year the fellowship is for
    [event] = extract("Applications for the 2026 summer fellowship are due Dec. 31.", dt.date(2025, 12, 6)).events
    assert (event.date_text, event.title) == ("Dec. 31", "Applications for the summer fellowship are due")


def test_a_stretch_of_weekdays_runs_forward_from_its_first_and_lies_around_a_day_just_told():
    sunday = dt.date(2026, 8, 30)
    assert values("The envoy will visit from Thursday to Saturday.", sunday) == [
        ("Thursday", "2026-09-03"), ("Saturday", "2026-09-05")]
    text = "Chuseok falls on Friday, September 25, with the holiday running from Thursday to Saturday."
    assert values(text, sunday) == [("Friday, September 25", "2026-09-25"), ("Thursday", "2026-09-24"),
                                    ("Saturday", "2026-09-26")]
    # (a stretch told in the past ended before the published day)
    assert values("The drills ran from Monday to Wednesday.", dt.date(2026, 9, 2)) == [
        ("Monday", "2026-08-31"), ("Wednesday", "2026-09-02")]


def test_a_single_unit_is_a_length_of_one():
    assert timexes("The working-level talks broke down after a single day.") == [("a single day", "DURATION", "P1D", "")]
    assert timexes("Two tests within a single year is new.") == [("a single year", "DURATION", "P1Y", "")]
    assert timexes("It was a single-day delegation.") == []


def test_two_seasons_share_the_year_told_after_the_second():
    assert values("Work slowed over the summer and autumn of 2025, then picked up.", dt.date(2026, 2, 10)) == [
        ("the summer", "2025-SU"), ("autumn of 2025", "2025-FA")]
    assert values("Crops wilted in the summer and autumn months.", dt.date(2026, 2, 10)) == []


def test_the_participle_of_a_passive_with_getting_or_being_tells_no_past():
    # (the verb before it does: "is going to")
    assert values("Exporters are going to start getting hit hard in the spring.", dt.date(2026, 2, 6)) == [
        ("the spring", "2026-SP")]
    assert values("The talks being held in March will decide the matter.", dt.date(2026, 2, 6)) == [
        ("March", "2026-03")]
    [e] = extract("The talks being held in March will decide the matter.", dt.date(2026, 2, 6)).events
    assert (e.title, e.modality) == ("The talks are being held", "planned")


def test_a_month_just_after_a_day_ahead_in_the_same_sentence_lies_ahead_too():
    text = ("Analysts expect another round of drills later this year, possibly around Taiwan's National Day on Oct. 10 "
            "or after the US presidential election in November.")
    assert values(text, dt.date(2024, 5, 31))[-1] == ("November", "2024-11")
    # (a month well before the day ahead is the one gone)
    assert values("The summit on Oct. 10 follows talks in March.", dt.date(2024, 5, 31))[-1] == ("March", "2024-03")


def test_what_a_thing_named_by_its_year_included_is_of_that_year():
    text = "The 2022 drills lasted about a week, including live-fire missile launches on Aug. 4."
    assert values(text, dt.date(2024, 5, 31))[-1] == ("Aug. 4", "2022-08-04")


def test_clock_entries_brought_in_by_a_colon_line_take_the_day_of_the_story_told_before():
    text = ("SEOUL -- North Korean soldiers briefly crossed the border on Sunday and retreated after warning shots, the "
            "Joint Chiefs of Staff said Tuesday.\n\nAccording to the JCS, the sequence unfolded as follows:\n\n"
            "- 12:30 p.m.: Soldiers crossed the line.\n- 12:35 p.m.: Warning shots were fired.\n")
    assert values(text, dt.date(2024, 6, 11))[-2:] == [("12:30 p.m.", "2024-06-09T12:30"), ("12:35 p.m.", "2024-06-09T12:35")]
    # a live page's stamps with no such line stay on the page's day
    text = "North Korea fired a missile on Sunday, officials said.\n\n12:30 p.m.: Japan protested.\n"
    assert values(text, dt.date(2024, 6, 11))[-1] == ("12:30 p.m.", "2024-06-11T12:30")


def test_will_have_and_provided_that_look_ahead():
    text = '"If the harvest in June is poor, families will have nothing to fall back on until the main harvest in October."'
    assert values(text, dt.date(2019, 5, 20))[-1] == ("October", "2019-10")
    text = ("A measles campaign is now planned for the second half of 2022, provided that the vaccines clear quarantine by "
            "the end of May.")
    assert values(text, dt.date(2022, 4, 8))[-1] == ("the end of May", "2022-05")


def test_a_records_baseline_year_sets_no_scene_for_the_rest_of_the_sentence():
    text = ("The 2018 harvest was 4.9 million tonnes, the lowest since 2008, after a heatwave in July and August was "
            "followed by a typhoon in late August.")
    assert values(text, dt.date(2019, 5, 20))[2:] == [("July", "2018-07"), ("August", "2018-08"),
                                                      ("late August", "2018-08")]


def test_for_the_next_decade_is_how_long():
    assert timexes("For the next decade, her only contact with her sister was a phone call.", dt.date(2023, 2, 14)) == [
        ("the next decade", "DURATION", "P10Y", "")]
    assert values("In the next decade, Seoul will build ten reactors.", dt.date(2023, 2, 14)) == [("the next decade", "203")]


def test_a_quoted_title_in_brackets_tells_no_tense():
    text = ('Your editorial of Nov. 6 ("Seoul Should Hold Its Nerve") rightly condemns the barrage of missiles North '
            'Korea fired on Nov. 2.')
    assert values(text, dt.date(2022, 11, 14)) == [("Nov. 6", "2022-11-06"), ("Nov. 2", "2022-11-02")]
    assert [e.modality for e in extract(text, dt.date(2022, 11, 14)).events] == ["asserted", "asserted"]


def test_a_clause_joined_on_after_a_span_to_now_is_told_from_now():
    text = ("Pyongyang has launched more than 100 ballistic missiles since the start of last year, and on July 12 it "
            "tested a solid-fuel Hwasong-18.")
    assert values(text, dt.date(2023, 7, 27))[-1] == ("July 12", "2023-07-12")


def test_two_ordinal_days_joined_by_and_are_both_days_of_the_month():
    text = "Does China have any comment on the summit to be held on the 27th and 28th? Talks were held on the 4th and 9th."
    assert values(text, dt.date(2019, 2, 26)) == [("the 27th", "2019-02-27"), ("28th", "2019-02-28"),
                                                  ("the 4th", "2019-02-04"), ("9th", "2019-02-09")]


def test_the_day_before_a_verb_counts_from_the_day_told_and_a_warning_late_sunday_keeps_late():
    text = "Japan said Thursday that the missile North Korea launched the day before had flown for about 74 minutes."
    assert values(text, dt.date(2023, 7, 13))[1] == ("the day before", "2023-07-12")
    assert mods("Kim Yo Jong warned late Sunday that the South would face a response.", dt.date(2024, 6, 11)) == [
        ("late Sunday", "END")]


def test_our_last_evening_together_is_the_final_one_not_yesterdays():
    text = "Kim told me on our last evening together that his country never forgets. He left last night."
    assert values(text, dt.date(2019, 3, 4)) == [("last night", "2019-03-03TNI")]
    assert values("On the last night of the talks they dined.", dt.date(2019, 3, 4)) == []


def test_since_taking_office_in_a_month_looks_back_whatever_the_main_verb():
    text = ("Foreign Minister Cho Hyun will leave for Washington on Tuesday for his second visit to the US capital since "
            "taking office in July.")
    assert values(text, dt.date(2025, 9, 7)) == [("Tuesday", "2025-09-09"), ("July", "2025-07")]


def test_a_schedule_line_for_a_run_of_days_lies_ahead_like_the_rest():
    text = ("Other dates on the calendar:\n\n- Sunday, Feb. 1: Japan's new ambassador presents credentials.\n"
            "- Tuesday through Thursday: IAEA Director General Rafael Grossi is in Tokyo and Seoul.\n")
    assert values(text, dt.date(2026, 1, 30))[1:] == [("Tuesday", "2026-02-03"), ("Thursday", "2026-02-05")]


def test_a_weekday_described_after_on_a_is_some_such_day():
    text = "He opened our first session, on a gray Tuesday morning. On a bright, cold Monday they met. On Monday they met."
    assert values(text, dt.date(2019, 3, 4)) == [("Monday", "2019-03-04")]


def test_a_bare_verb_after_could_tells_no_past():
    text = "Tokyo will not contribute energy aid until then, a stance that could last through the July Upper House election."
    assert values(text, dt.date(2007, 2, 14)) == [("July", "2007-07")]


def test_the_legal_hedge_in_or_about_a_year_is_approximate():
    text = "Between in or about 2017 and at least March 2021, the defendants processed 310 transfers."
    assert timexes(text, dt.date(2021, 6, 9))[0] == ("2017", "DATE", "2017", "APPROX")


def test_a_restrictive_who_clauses_year_sets_no_scene_for_the_next_sentence():
    text = ("A federal judge on Monday ordered North Korea to pay damages to the parents of Otto Warmbier, the student "
            "who died in June 2017 days after his release. In an opinion issued on Christmas Eve, the judge found "
            "North Korea liable.")
    assert values(text, dt.date(2018, 12, 27))[-1] == ("Christmas Eve", "2018-12-24")


def test_the_latest_of_what_a_span_to_now_held_takes_no_year_from_its_start():
    text = "Beijing and Manila have clashed repeatedly since 2023, most recently on August 11, when two ships collided."
    assert values(text, dt.date(2025, 9, 12))[-1] == ("August 11", "2025-08-11")
    assert values("North Korea has fired missiles since 2022, the latest in August.", dt.date(2025, 9, 12))[-1] == (
        "August", "2025-08")


def test_days_counted_from_a_happening_skip_a_sentence_that_dates_such_a_happening_only_by_its_year():
    text = ("South Korea will hold a by-election on April 8, the commission said Friday. Turnout was 71% in the 2024 "
            "general election. Campaigning officially starts 14 days before the vote.")
    assert values(text, dt.date(2026, 1, 23))[-1] == ("14 days", "2026-03-25")


def test_days_before_a_killing_count_from_the_day_it_was_told_even_in_a_clause_after_before():
    # "before he was shot" tells the shooting itself (not, like "before the summit", a day counted from it)
    text = ("Slepian ran the clinic for years before he was shot to death last Oct. 23 at his home. A jogger saw "
            "the car there at 6 a.m. ten days before the murder.")
    assert values(text, dt.date(1999, 4, 19))[-2:] == [("6 a.m.", "1998-10-13T06:00"), ("ten days", "1998-10-13")]


def test_a_month_just_ahead_after_a_done_verb_is_last_years_unless_a_plan_or_report_looks_ahead():
    # (published on 18 February: March starts in eleven days)
    feb = dt.date(2026, 2, 18)
    assert values("The complaint was filed in March.", feb) == [("March", "2025-03")]
    assert values("The judge dismissed the complaint in March.", feb) == [("March", "2025-03")]
    assert values("The accession was planned for early March.", feb) == [("early March", "2026-03")]
    assert values("Dealers placed orders for April transactions.", dt.date(2026, 3, 18)) == [("April", "2026-04")]


def test_a_doing_proposed_lies_ahead_of_the_proposing():
    feb = dt.date(2026, 2, 16)
    assert values("The ministry has proposed resuming them in late September.", feb) == [("late September", "2026-09")]
    assert values("He considered visiting Seoul in March.", feb) == [("March", "2026-03")]


def test_a_year_in_a_participle_aside_closed_before_the_main_verb_gives_its_day_no_year():
    text = "The current five-year agreement, signed in 2021, expired on Dec. 31."
    assert values(text, dt.date(2026, 3, 20))[-1] == ("Dec. 31", "2025-12-31")


def test_a_deadline_after_must_or_should_lies_ahead_and_a_fiscal_year_lends_it_no_year():
    nov = dt.date(2026, 11, 4)
    assert values("The budget must be approved by Dec. 31.", nov) == [("Dec. 31", "2026-12-31")]
    assert values("The budget must be passed in December.", nov) == [("December", "2026-12")]
    text = "They hope to attach it to the FY2027 National Defense Authorization Act, which Congress must pass by Dec. 31."
    assert values(text, nov)[-1] == ("Dec. 31", "2026-12-31")


def test_years_later_count_past_a_spans_start_told_in_a_relative_clause():
    text = ("The reactor began operating in October 2023, according to the agency, which has had no inspectors in the "
            "country since April 2009. Two years later, the agency said the North had expanded a plant.")
    assert values(text, dt.date(2026, 9, 1))[-1] == ("Two years later", "2025")


def test_last_before_a_stretch_of_time_without_the_is_the_verb():
    assert timexes("Nobody knew whether the talks would last a day or a year.") == [
        ("a day", "DURATION", "P1D", ""), ("a year", "DURATION", "P1Y", "")]
    assert [t for t, *_ in timexes("The strike seemed likely to last over a week.")] == ["over a week"]
    assert [t for t, *_ in timexes("He spent the last three days in Seoul.")] == ["the last three days"]


def test_the_middle_of_the_month_after_every_december_is_each_decembers_middle():
    assert timexes("The party holds a plenary meeting every December, usually in the middle of the month.") == [
        ("every December", "SET", "XXXX-12", ""), ("the middle of the month", "SET", "XXXX-12", "MID")]


def test_marking_a_birthday_or_anniversary_in_the_present_is_ahead_but_marks_the_currency_is_not():
    text = "Kim sent a message to the President of Laos, who marks his 70th birthday on Wednesday."
    assert values(text, dt.date(2026, 3, 30)) == [("Wednesday", "2026-04-01")]
    text = "North Korea staged a parade late on Wednesday to mark the 94th anniversary of its army."
    assert values(text, dt.date(2026, 5, 7)) == [("late on Wednesday", "2026-05-06")]


def test_it_reads_relative_years_and_months():
    assert timexes("Earlier this year the envoy resigned.") == [("Earlier this year", "DATE", "2025", "START")]
    assert timexes("The plant closed late last year.") == [("late last year", "DATE", "2024", "END")]
    assert values("Prices rose last month.") == [("last month", "2025-08")]
    assert values("Talks resumed this week.") == [("this week", "2025-W39")]


def test_it_counts_two_days_later_from_the_date_before_it_not_from_publication():
    found = values("The envoy arrived on 3 March 2019. Two days later he left, and a day earlier he had warned them.")
    assert found == [("3 March 2019", "2019-03-03"), ("Two days later", "2019-03-05"), ("a day earlier", "2019-03-04")]


def test_it_gives_no_day_when_a_later_day_follows_only_a_month():
    assert values("The talks began in June 2018. Two days later they stalled.") == [("June 2018", "2018-06")]


def test_it_reads_lists_and_ranges_of_years_as_separate_dates():
    assert values("They met in 2018 and 2019.") == [("2018", "2018"), ("2019", "2019")]
    assert values("He served from 2003 to 2009.") == [("2003", "2003"), ("2009", "2009")]
    # a second year written short is a few years on, not a count decades later
    assert values("The war of 1950 to 53 was brutal.") == [("1950", "1950"), ("53", "1953")]
    assert values("Arrivals fell from nearly 3,000 in 2009 to 67 last year.", dt.date(2023, 2, 8)) == [
        ("2009", "2009"), ("last year", "2022")]


def test_a_day_of_last_year_is_one_date():
    assert values("The last launch took place on Oct. 31 of last year.", dt.date(2025, 10, 11)) == [
        ("Oct. 31 of last year", "2024-10-31")]


def test_it_reads_a_day_range_with_an_en_dash():
    assert values("The summit was held on 27–28 February 2019.") == [("27", "2019-02-27"), ("28 February 2019", "2019-02-28")]


def test_it_reads_decades_seasons_and_quarters():
    assert values("Famine struck in the 1990s.") == [("the 1990s", "199")]
    assert values("The talks stalled last summer.", dt.date(2025, 10, 15)) == [("last summer", "2025-SU")]
    assert values("Exports fell in the third quarter of 2024.") == [("the third quarter of 2024", "2024-Q3")]
    assert values("Profits rose in the first quarter.") == [("the first quarter", "2025-Q1")]


def test_it_reads_abbreviated_months_with_periods():
    assert values("The envoy flew to Seoul on Aug. 2.") == [("Aug. 2", "2025-08-02")]
    assert values("The deal was signed Sept. 19, 2005.") == [("Sept. 19, 2005", "2005-09-19")]


def test_it_keeps_durations_and_sets_apart_from_dates():
    assert timexes("The talks lasted two years.") == [("two years", "DURATION", "P2Y", "")]
    assert timexes("The siege lasted three hours.") == [("three hours", "DURATION", "PT3H", "")]
    # a kind of parade or trip is no length of time
    assert timexes("Kim unveiled a missile at a night parade.") == []
    assert timexes("They made a day trip to the border.") == []
    assert timexes("The hackers exploited two zero-days and a zero-day flaw.") == []
    assert timexes("Inspectors visit every week.") == [("every week", "SET", "P1W", "")]
    assert timexes("The council meets daily.") == [("daily", "SET", "P1D", "")]
    # (a day of the year, every year: "every June 25", not "every June" and a stray "25")
    assert timexes("The North held rallies every June 25 for decades.")[0] == ("every June 25", "SET", "XXXX-06-25", "")
    # a list after "every" recurs name by name: no October of its own, and no event dated by one
    assert timexes("The team should publish every April and October.") == [
        ("every April", "SET", "XXXX-04", ""), ("October", "SET", "XXXX-10", "")]
    assert [v for _, v in values("Envoys met every Monday, Wednesday and Friday.")] == [
        "XXXX-WXX-1", "XXXX-WXX-3", "XXXX-WXX-5"]
    assert timexes("Every June, the veterans gather.") == [("Every June", "SET", "XXXX-06", "")]
    # (and a part of each such day: "every Sunday evening")
    assert timexes("We update this calendar every Sunday evening.") == [
        ("every Sunday evening", "SET", "XXXX-WXX-7TEV", "")]
    # (a weekday of every such month too, not last Sunday)
    assert timexes("I light a candle on the first Sunday of every August.") == [
        ("the first Sunday of every August", "SET", "XXXX-08", "")]
    assert timexes("It happens every June, 2019 excepted.")[0] == ("every June", "SET", "XXXX-06", "")
    # a season's recess or vacation is a break named by the season, like its term or its session
    assert timexes("A decision is due before the summer recess.") == []
    # a speed or a rate is a unit of measure, not something that happens every hour
    assert timexes("Gusts of 150 km per hour hit the coast.") == []
    assert timexes("The warhead fell at seven kilometers per second; the chip runs 15 million instructions per second.") == []
    assert timexes("The guards work eight hours per night.") == [
        ("eight hours", "DURATION", "PT8H", ""), ("per night", "SET", "P1D", "")]


def test_it_reads_references_to_now_the_past_and_the_future():
    assert values("Relations are now tense.") == [("now", "PRESENT_REF")]
    assert values("Relations recently improved.") == [("recently", "PAST_REF")]
    assert values("Talks may resume in the future.") == [("the future", "FUTURE_REF")]


def test_it_reads_clock_times_and_parts_of_days():
    assert timexes("The launch came at 10 a.m. on Friday.") == [("10 a.m. on Friday", "TIME", "2025-09-19T10:00", "")]
    assert timexes("The launch is due at 3:30 p.m.") == [("3:30 p.m.", "TIME", "2025-09-22T15:30", "")]
    # TimeBank convention: a weekday's morning or night is the day; afternoon and evening keep their part
    assert values("Officials met Monday morning.") == [("Monday morning", "2025-09-22")]
    assert values("The envoys left Sunday night.") == [("Sunday night", "2025-09-21")]
    assert values("The envoys left Sunday evening.") == [("Sunday evening", "2025-09-21TEV")]
    assert values("The blast happened yesterday.") == [("yesterday", "2025-09-21")]


def test_it_resolves_years_ago():
    assert values("The reactor was closed two years ago.") == [("two years ago", "2023")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We may see a change.",
        "Thousands joined the march to the border.",
        "He came second in the vote.",
        "The rally drew a crowd that sat in silence.",
        "The ticket cost $20 and 50% of buyers left.",
        "Resolution 2397 tightened the sanctions.",
        "The Hwasong-15 can reach the mainland.",
        "Troops massed along the 38th parallel.",
        "The United States offered 240,000 tonnes of food.",
        "About 2000 troops crossed the border.",
        "The 9-year-old boy was freed.",
        "He was the first minister to visit since the fall of the Soviet Union.",
        "Economists said the fall reflected a policy of state-run shops.",
    ],
)
def test_it_finds_no_date_in_words_that_only_look_like_dates(sentence):
    assert [t for t in extract(sentence, MONDAY).timexes if t.type in ("DATE", "TIME")] == []


def test_it_takes_the_tense_of_a_month_from_the_next_clause_when_its_own_has_none():
    october = dt.date(2025, 10, 20)
    assert values("In January, the ministry brought in a new negotiator.", october) == [("January", "2025-01")]
    assert values("The ministers agreed to resume talks in February.", october) == [("February", "2026-02")]
    assert values("A summit is set for April.", october) == [("April", "2026-04")]


def test_it_does_not_read_an_adjective_in_ed_as_a_past_verb():
    october = dt.date(2025, 10, 20)
    assert values("Aid would be sent on a still unspecified date in January.", october) == [("January", "2026-01")]


def test_an_earnings_report_compares_with_the_quarter_it_reports_on():
    text = ("The lender's third-quarter profit rose 8%. It expects a fourth-quarter charge for the storm. "
            "Profit in the latest quarter beat the year-ago quarter.")
    found = values(text, dt.date(2025, 11, 3))
    assert ("the latest quarter", "2025-Q3") in found
    assert ("the year-ago quarter", "2024-Q3") in found


def test_the_latest_period_is_a_quarter_only_where_results_are_reported():
    published = dt.date(2025, 11, 3)
    assert values("Net income rose in the latest period.", published) == [("the latest period", "2025-Q3")]
    assert values("The following chronology covers the most recent period.", published) == []


def test_year_earlier_after_last_years_period_is_that_year_not_the_one_before():
    found = values("Net fell from a year before in the 2024 period. The year-earlier results were restated.",
                   dt.date(2025, 11, 3))
    assert ("year-earlier", "2024") in found


def test_a_deadline_after_until_lies_ahead():
    friday = dt.date(2025, 9, 26)
    assert values("Officials postponed the vote until Tuesday.", friday) == [("Tuesday", "2025-09-30")]


def test_a_modal_with_have_looks_back():
    assert values("Investigators said the envoy could have left on Aug. 8.") == [("Aug. 8", "2025-08-08")]


def test_fractions_and_rate_adverbs_are_not_times():
    assert values("Seoul imports about three-quarters of its grain.") == []
    assert values("Exports are expected to grow 5% annually.") == []
    assert values("The talks went on for several quarters of the year.")[0] == ("several quarters", "PXM")


def test_a_deadline_clause_in_the_past_perfect_looks_back():
    thursday = dt.date(2025, 9, 25)
    assert values("Until Tuesday, officials had not named the envoy.", thursday) == [("Tuesday", "2025-09-23")]


def test_year_ago_comparisons_name_the_quarter_a_year_before():
    text = ("The bank's third-quarter profit rose 8% from last year's quarter. "
            "Costs were lower than in the corresponding period last year.")
    assert values(text, dt.date(2025, 11, 3)) == [
        ("third-quarter", "2025-Q3"), ("last year's quarter", "2024-Q3"),
        ("the corresponding period last year", "2024-Q3")]


def test_titles_and_frequencies_of_things_are_not_times():
    assert values("The minister said on ABC's This Week that talks would go on.") == []
    assert values("The airline plans daily flights to Pyongyang.") == []
    assert values("Officials meet on a daily basis.") == [("daily", "P1D")]


def test_recent_years_is_a_vague_past_and_now_that_is_now():
    assert timexes("Tensions have grown in recent years.") == [("recent years", "DATE", "PAST_REF", "")]
    assert values("Now that the talks have failed, sanctions will stay.") == [("Now", "PRESENT_REF")]


def test_a_moment_restated_on_another_clock_in_brackets_leaves_the_story_on_its_own_day():
    text = ("The rocket lifted off at 6:27 a.m. local time (2127 GMT on Tuesday) and fell into the sea. The city sent "
            "an emergency text at 6:41 a.m.")
    assert values(text, dt.date(2023, 5, 31))[-1] == ("6:41 a.m.", "2023-05-31T06:41")


def test_a_season_after_another_with_its_year_in_the_sentence_is_of_that_year():
    text = "It was the autumn of 1994, and the talks had been running, on and off, since the summer."
    assert values(text, dt.date(2019, 3, 4)) == [("the autumn of 1994", "1994-FA"), ("the summer", "1994-SU")]
    # (but one still to come is the next)
    text = "Officials met twice in the autumn of 2025 and will meet again in the spring."
    assert values(text, dt.date(2026, 1, 15))[-1] == ("the spring", "2026-SP")


def test_a_month_listed_before_one_of_that_year_is_of_that_year_too():
    text = "The last launch was on December 18, 2023. Before that it had flown twice, in April and in July of that year."
    assert values(text, dt.date(2024, 10, 30))[1:] == [("April", "2023-04"), ("July of that year", "2023-07")]


def test_a_number_ending_a_name_counts_no_time():
    assert values("It fired a Hwasong-17 hours before Kishida met Yoon.") == []
    assert values("The talks lasted 17 hours.") == [("17 hours", "PT17H")]


def test_a_clock_tonight_is_on_the_published_day():
    monday = dt.date(2025, 1, 6)
    assert values("The warrant expires at midnight tonight.", monday) == [("midnight tonight", "2025-01-06T24:00")]


def test_some_such_weekday_is_no_date_the_calendar_can_find():
    tuesday = dt.date(2018, 6, 5)
    assert values("We landed on a Monday and left.", tuesday) == []
    # a date's own weekday in apposition is no second day
    assert values("The attack began on Nov. 24, a Monday, when screens froze.", dt.date(2014, 12, 19)) == [
        ("Nov. 24", "2014-11-24")]
    assert values("It happened one Sunday in 1950.", tuesday) == [("1950", "1950")]
    assert values("It is a Sunday morning in Seoul.", tuesday) == []
    # a day named by what was on it is that day
    assert values("They attended a Sunday night memorial service.", tuesday) == [("Sunday night", "2018-06-03")]


def test_the_date_of_a_plan_told_without_a_verb_of_its_own_is_the_nearest_or_the_one_to_come():
    thursday = dt.date(2023, 8, 24)
    # a plan's weekday with no verb to say whether it held: the nearest, which here is tomorrow, not last week's
    assert values("The ban stays, according to a notice scheduled for publication in the Federal Register on "
                  "Friday.", thursday) == [("Friday", "2023-08-25")]
    assert values("Kim arrived in Beijing for talks scheduled for Friday.", thursday) == [("Friday", "2023-08-25")]
    assert values("Kim arrived in Beijing for talks scheduled for Tuesday.", thursday) == [("Tuesday", "2023-08-22")]
    # a quarter or half not yet begun that a plan is for: this year's, whatever the tense around it
    january = dt.date(2026, 1, 21)
    assert values("Lee's visit to Washington, planned for the second quarter, is the deadline.", january) == [
        ("the second quarter", "2026-Q2")]
    assert values("The audit, scheduled for the second half, is the next test.", january) == [
        ("the second half", "2026-H2")]
    # a plan told looking back keeps its year
    assert values("The visit had been set for the second quarter, officials said.", january) == [
        ("the second quarter", "2025-Q2")]


def test_the_end_or_beginning_of_a_quarter_or_half_is_that_part_of_it():
    february = dt.date(2026, 2, 19)
    assert timexes("An internal audit would be completed by the end of the first half.", february) == [
        ("the end of the first half", "DATE", "2026-H1", "END")]
    assert timexes("Sales fell at the end of the third quarter, the firm said.", february) == [
        ("the end of the third quarter", "DATE", "2025-Q3", "END")]
    assert timexes("Prices rose at the beginning of the second quarter of 2024.", february) == [
        ("the beginning of the second quarter of 2024", "DATE", "2024-Q2", "START")]
    assert timexes("The firm would repay customers by the end of the quarter.", february) == [
        ("the end of the quarter", "DATE", "2026-Q1", "END")]
    # a match's half is still no half of the year
    assert timexes("He scored twice before the end of the first half.", february) == []


def test_an_obligation_a_plan_or_a_possibility_ahead_looks_ahead():
    may = dt.date(2019, 5, 3)
    assert values("Without new money by July, the agency will have to suspend aid.", may) == [("July", "2019-07")]
    assert values("A nutrition survey is planned for the third quarter.", may) == [("the third quarter", "2019-Q3")]
    assert values("Rations may be reduced further from May to September.", may) == [
        ("May", "2019-05"), ("September", "2019-09")]
    # still behind
    assert values("The company reported third-quarter profit.", dt.date(1989, 11, 2)) == [("third-quarter", "1989-Q3")]
    assert values("He could have left in July.", may) == [("July", "2018-07")]
    # a bare verb after a modal, and a participle after "a first", are no past
    text = ("The 2007 agreements were signed in February.\n\nThe administration should set a deadline of the end of "
            "the year for a first verified step.")
    assert values(text, dt.date(2019, 5, 13))[-1] == ("the end of the year", "2019")
    # a condition in the present is still to be met
    assert values("If there is no movement by the winter, he'll leave.", dt.date(2021, 5, 25)) == [
        ("the winter", "2021-WI")]
    # a participle after a preposition is an adjective, no past verb
    assert values("Will you brief us in closed session in September?", dt.date(2018, 7, 26)) == [
        ("September", "2018-09")]


def test_a_plan_in_the_past_perfect_and_ahead_of_point_the_right_way():
    monday = dt.date(2025, 9, 22)
    assert values("The offer had been due to expire Friday.", monday) == [("Friday", "2025-09-19")]
    # the nearest such day: told on a Thursday, the drill extended past its planned end ends tomorrow
    thursday = dt.date(2022, 11, 3)
    assert values("The drill, which had been scheduled to end Friday, was extended.", thursday) == [
        ("Friday", "2022-11-04")]
    assert values("The talks had originally been set for Monday.", thursday) == [("Monday", "2022-10-31")]
    tuesday = dt.date(2022, 10, 4)
    assert values("The Security Council was expected to meet on Wednesday.", tuesday) == [("Wednesday", "2022-10-05")]
    assert values("Traders sold shares ahead of the weekend.", dt.date(2025, 9, 24)) == [("the weekend", "2025-W39-WE")]


def test_a_hyphenated_mod_before_a_year_keeps_the_year():
    assert timexes("The regime began to crumble in mid-1996.") == [("mid-1996", "DATE", "1996", "MID")]
    assert values("The missile is called the Hwasong-2017.") == []


def test_spoken_years_take_the_month_or_season_before_them():
    assert values("We saw that price in the winter of nineteen ninety-four.") == [
        ("the winter of nineteen ninety-four", "1994-WI")]
    assert values("January nineteen ninety-seven. A second blast.") == [("January nineteen ninety-seven", "1997-01")]


def test_a_year_earlier_after_a_nine_month_span_is_the_year_before():
    text = "Third-quarter sales rose. In the first nine months, profit was 9% above a year earlier."
    assert ("a year earlier", "2024") in values(text, dt.date(2025, 11, 3))


def test_now_opening_a_sentence_with_a_comma_is_a_discourse_marker():
    assert values("Now, the envoy says, the talks are over.") == []
    assert values("Now the talks are over.") == [("Now", "PRESENT_REF")]


def test_the_day_before_an_event_is_not_counted_from_the_date_before():
    assert values("He was last seen on Nov. 3, 2024. The day before the raid he left.")[1:] == []
    assert values("Trading halted on Oct. 12, 2024, the day before the crash.") == [
        ("Oct. 12, 2024", "2024-10-12"), ("the day", "2024-10-12")]


def test_a_present_passive_is_no_past_tense_cue():
    march = dt.date(2025, 3, 20)
    assert values("The appeal fails if the case is heard in May.", march) == [("May", "2025-05")]


def test_a_title_with_a_period_does_not_end_the_sentence():
    wednesday = dt.date(2025, 9, 24)
    assert values("On Sunday Gen. Brooks will speak in Seoul.", wednesday) == [("Sunday", "2025-09-28")]


def test_a_rate_after_a_quantity_is_no_time():
    assert values("The plant ships 900 crates a week to the port.") == []
    assert values("Aid of $40 million a year was promised.") == []
    # how often is part of the set, as in TimeML's "twice a week"
    assert timexes("Inspectors visit twice a month.") == [("twice a month", "SET", "P1M", "")]
    assert timexes("The commission met three times a year.") == [("three times a year", "SET", "P1Y", "")]
    assert timexes("Once a week, the envoys talk.") == [("Once a week", "SET", "P1W", "")]
    assert timexes("The freeze lasted a year.") == [("a year", "DURATION", "P1Y", "")]
    # the thing counted may take a few words
    assert values("The deal gave 500,000 tons of heavy fuel oil a year.") == []
    assert values("The panel used to publish two major reports a year.") == []
    # (but not a name's number, nor a year ending the sentence before)
    assert values("The Hwasong-15 test closes a year in which it fired 20 missiles.") == [("a year", "P1Y")]
    assert values("It ended in 1953. The government plans a week of ceremonies.")[-1] == ("a week", "P1W")
    # a length per a larger unit is a rate too, "always" when it fills it: no length of anything
    assert values("The hotline is staffed 24 hours a day, seven days a week.") == []
    assert values("Guards work 12 hours a day at the border.") == []
    assert values("He spent three days a week ago in Seoul.")[0] == ("three days", "P3D")


def test_the_past_year_is_the_calendar_year_before():
    assert timexes("Defections rose over the past year.") == [("the past year", "DATE", "2024", "")]
    assert values("He spent the last year of his term abroad.") == []
    assert timexes("Exports grew over the past decade.") == [("the past decade", "DURATION", "P10Y", "")]


def test_a_fiscal_year_opening_a_line_keeps_its_capitalised_word():
    assert timexes("Fiscal year 2027 budget?") == [("Fiscal year 2027", "DATE", "2027", "")]
    assert timexes("Fiscal 2026 results were strong.") == [("Fiscal 2026", "DATE", "2026", "")]


def test_the_fiscal_year_ended_on_a_date_is_a_twelve_month_span():
    found = timexes("In the fiscal year ended March 31, 2025, sales rose.")
    assert found[0] == ("the fiscal year", "DURATION", "P1Y", "")
    assert timexes("Profit will fall for the fiscal year.") == [("the fiscal year", "DATE", "2025", "")]


def test_a_unit_and_a_half():
    assert timexes("A minute and a half later the line went dead.") == [
        ("A minute and a half", "DURATION", "PT1M30S", "")]
    assert timexes("The envoy stayed a year and a half.") == [("a year and a half", "DURATION", "P1Y6M", "")]


def test_a_hyphenated_quarter_compound_is_no_quarter():
    assert values("The quarter-to-quarter gain was small.", dt.date(2025, 11, 3)) == []


def test_a_year_ago_in_a_report_compares_with_the_reported_quarter_not_a_historic_one():
    text = ("The firm stopped its dividend in the second quarter of 2019. Third-quarter net rose to $5 million "
            "from $4 million a year ago.")
    assert ("a year ago", "2024-Q3") in values(text, dt.date(2025, 10, 30))


def test_a_clock_time_takes_the_weekday_after_an_aside():
    saturday = dt.date(2025, 9, 27)
    found = values("The blast came at 9:40 a.m. (0640 GMT) Friday, witnesses said.", saturday)
    assert ("9:40 a.m.", "2025-09-26T09:40") in found
    found = values("The envoy will leave at 5 in the morning (5 a.m. local time Monday).", saturday)
    assert ("5 in the morning", "2025-09-29T05:00") in found
    assert values("The vote closed at 8 p.m. Officials counted overnight.", saturday)[0] == ("8 p.m.", "2025-09-27T20:00")


def test_the_previous_weekday_after_that_same_weekday_is_a_week_back():
    monday = dt.date(2025, 9, 22)
    found = values("Shares closed lower Friday, down 3% from the previous Friday.", monday)
    assert found == [("Friday", "2025-09-19"), ("the previous Friday", "2025-09-12")]
    found = values("Shares closed lower Friday, up from the previous Tuesday.", monday)
    assert found == [("Friday", "2025-09-19"), ("the previous Tuesday", "2025-09-16")]


def test_overnight_does_not_become_the_day_later_phrases_count_from():
    monday = dt.date(2025, 9, 22)
    found = values("Stocks fell Friday after overnight losses abroad, down 2% from the previous Friday.", monday)
    assert ("the previous Friday", "2025-09-12") in found


def test_a_weekday_or_week_counted_in_a_month_or_year():
    assert values("Talks open on the first Monday of the new year.", dt.date(2025, 12, 22)) == [
        ("the first Monday of the new year", "2026-01-05")]
    assert values("The vote is on the last Friday of March.", dt.date(2026, 1, 10)) == [
        ("the last Friday of March", "2026-03-27")]
    assert values("They meet on the second Tuesday of next month.", dt.date(2026, 1, 10)) == [
        ("the second Tuesday of next month", "2026-02-10")]
    # the ISO weeks that open and close a year
    assert values("The drill is in the final week of 2026.", dt.date(2026, 11, 10)) == [
        ("the final week of 2026", "2026-W53")]
    assert values("The first week of 2020 was quiet.", dt.date(2026, 1, 10)) == [("The first week of 2020", "2020-W01")]


def test_the_first_of_the_month_and_mid_month():
    thursday = dt.date(2025, 11, 20)
    assert timexes("The sanctions take effect on the first of the month.", thursday) == [
        ("the first of the month", "DATE", "2025-12-01", "")]
    assert values("The rules took effect on the first of the month.", thursday) == [
        ("the first of the month", "2025-11-01")]
    assert values("The rules take effect on the first of next month.", thursday) == [
        ("the first of next month", "2025-12-01")]
    assert timexes("Talks are expected to resume mid-month.", thursday) == [("mid-month", "DATE", "2025-11", "MID")]
    assert timexes("Talks open midweek.", thursday) == [("midweek", "DATE", "2025-W47", "MID")]
    # a name, not a date
    assert values("The mid-year review is due.", thursday) == []


def test_a_weekday_on_the_local_clock_may_be_a_day_ahead_of_the_story():
    monday = dt.date(2025, 11, 10)
    [e] = extract("North Korea fired a missile early Tuesday local time, the military said.", monday).events
    assert (e.date_start, e.modality) == (dt.date(2025, 11, 11), "asserted")
    # without the local clock, a Tuesday told in the past is last week's
    assert values("North Korea fired a missile early Tuesday, the military said.", monday) == [
        ("early Tuesday", "2025-11-04")]


def test_overnight_told_in_the_past_is_the_night_before_and_a_weekday_names_its_night():
    friday = dt.date(2025, 11, 14)
    assert values("The North fired 40 rounds into the sea overnight, the military said.", friday) == [
        ("overnight", "2025-11-13TNI")]
    assert values("Overnight Saturday, balloons crossed the border.", dt.date(2025, 11, 17)) == [
        ("Overnight Saturday", "2025-11-15TNI")]
    assert values("The meeting was arranged almost overnight.", friday) == []
    assert values("Rain fell overnight into Sunday.", dt.date(2025, 11, 17))[0] == (
        "overnight into Sunday", "2025-11-15TNI")
    # an event on that night, though the sentence names the day it was reported
    [night, _] = extract("Overnight Saturday, balloons crossed the border, the military said on Sunday.",
                         dt.date(2025, 11, 17)).events
    assert night.date_start == dt.date(2025, 11, 15)


def test_a_span_before_a_gerund_hangs_on_that_event():
    assert timexes("The banks must wait 30 days before closing the deal.") == [("30 days", "DURATION", "P30D", "")]
    assert timexes("They joined the alliance a decade after leaving the pact.") == [
        ("a decade", "DURATION", "P10Y", "")]


def test_one_day_after_a_modal_is_some_future_time_otherwise_a_day_long():
    assert timexes("The two Koreas may one day be reunited.") == [("one day", "DATE", "FUTURE_REF", "")]
    assert timexes("The new envoy had been in the post one day.") == [("one day", "DURATION", "P1D", "")]


def test_two_days_of_one_month_joined_by_and_are_two_dates_not_a_range():
    found = extract("The summit will be held on April 24 and 25.", MONDAY).timexes
    assert [(t.text, t.value) for t in found] == [("April 24", "2026-04-24"), ("25", "2026-04-25")]
    assert values("Turnout was up on March 3 and 40 percent voted early.", MONDAY)[0] == ("March 3", "2025-03-03")


def test_the_next_couple_of_years_and_the_past_century():
    assert timexes("Over the next couple of years the talks may stall.") == [
        ("the next couple of years", "DURATION", "P2Y", "")]
    assert timexes("It was the worst war of the past century.") == [("the past century", "DURATION", "P100Y", "")]
    assert values("The treaty dates from the last century.") == [("the last century", "19")]


def test_a_decade_ago_is_the_year_ten_years_back():
    assert values("The reactor was shut a decade ago.") == [("a decade ago", "2015")]
    assert values("Two years ago the reactor was shut.") == [("Two years ago", "2023")]
    assert values("The 1990s were harsh. A decade later aid resumed.") == [("The 1990s", "199"), ("A decade later", "200")]


def test_high_noon_is_an_idiom_not_a_clock_time():
    assert values("For the alliance, high noon has come.") == []
    assert values("The envoys will meet at noon Thursday.", dt.date(2025, 9, 24))[0] == ("noon Thursday", "2025-09-25T12:00")


def test_half_of_a_decade_is_that_decade_with_its_part():
    assert timexes("Sales boomed in the last half of the '80s.") == [("the last half of the '80s", "DATE", "198", "END")]
    assert timexes("Aid rose in the first half of the 1990s.") == [("the first half of the 1990s", "DATE", "199", "START")]
    assert timexes("Profit fell in the first half.", dt.date(2025, 9, 22)) == [("the first half", "DATE", "2025-H1", "")]


def test_a_half_of_the_year_still_to_come_is_this_years_unless_told_as_past():
    june = dt.date(2018, 6, 13)
    assert values("It will consult closely with Washington before the second half of the year.", june) == [
        ("the second half of the year", "2018-H2")]
    assert values("The plan covers the second half of the year.", june) == [("the second half of the year", "2018-H2")]
    # a results report's half is the last one that has begun; one told in the past is last year's
    assert values("Sales rose in the second half.", june) == [("the second half", "2017-H2")]
    assert values("Sales rose in the second half of the year.", june) == [("the second half of the year", "2017-H2")]


def test_an_hour_told_with_every_day_is_that_hour_of_any_day():
    nov = dt.date(2025, 11, 19)
    assert values("The ministry called twice a day, at 9 a.m. and 4 p.m., for months.", nov)[:3] == [
        ("twice a day", "P1D"), ("9 a.m.", "XXXX-XX-XXT09:00"), ("4 p.m.", "XXXX-XX-XXT16:00")]
    assert values("The trains leave daily at 7:30 a.m.", nov) == [("daily", "P1D"), ("7:30 a.m.", "XXXX-XX-XXT07:30")]
    # (an hour of its own after a daily briefing is that day's)
    assert values("The daily briefing was moved to 3 p.m.", nov)[-1] == ("3 p.m.", "2025-11-19T15:00")


def test_a_clause_told_in_the_past_after_a_habit_is_no_part_of_it():
    text = "The harvest usually begins in mid-September, and the WFP estimated in the spring that stocks were low."
    assert values(text, dt.date(2025, 8, 14)) == [("mid-September", "XXXX-09"), ("the spring", "2025-SP")]


def test_a_month_told_with_every_year_is_any_years_and_so_are_days_of_a_month_every_year():
    nov = dt.date(2024, 11, 15)
    assert values("A national rally is held every year in May.", nov)[-1] == ("May", "XXXX-05")
    assert values("Talks are held in June each year.", nov)[0] == ("June", "XXXX-06")
    text = "The allies hold two major exercises a year: Freedom Shield in March and Ulchi Freedom Shield in August."
    assert values(text, nov) == [("March", "XXXX-03"), ("August", "XXXX-08")]
    assert values("The government runs an awareness week each December, from the 10th to the 16th.", nov) == [
        ("each December", "XXXX-12"), ("the 10th", "XXXX-12-10"), ("the 16th", "XXXX-12-16")]
    # (but not a month of one year told after the round: "held every year since 2019, most recently in May")
    assert values("It has been held every year since 2019, most recently in May.", nov)[-1] == ("May", "2024-05")


def test_a_month_a_habit_falls_in_is_any_years_and_no_reference_for_the_story():
    june = dt.date(2018, 6, 13)
    text = "The exercise is normally held in August. It will consult Washington before the second half of the year."
    assert values(text, june) == [("August", "XXXX-08"), ("the second half of the year", "2018-H2")]
    assert values("The drills were held in August 2017, as they usually are.", june) == [("August 2017", "2017-08")]
    # a season too, after "used to", and the list that goes on from it
    text = ("The panel used to publish two major reports a year, one in the spring and one in the fall, and a midterm "
            "update in August. It was dissolved in April.")
    assert values(text, june) == [("the spring", "XXXX-SP"), ("the fall", "XXXX-FA"), ("August", "XXXX-08"),
                                  ("April", "2018-04")]


def test_initials_and_state_abbreviations_do_not_end_the_sentence():
    # the verb that dates the month sits past "Ga." and "U.S."; without it January would be the next one
    november = dt.date(2025, 11, 20)
    assert values("In January, weeks after the vote, a fire at a depot in Augusta, Ga., near the U.S. "
                  "border post, destroyed two trucks.", november) == [("January", "2025-01")]
    assert values("Ms. Ortega will succeed Paul R. Hale Feb. 1 as envoy.", november) == [("Feb. 1", "2026-02-01")]


def test_next_to_is_a_place_not_a_time():
    saturday = dt.date(2025, 9, 27)
    assert values("A bomb went off next to the U.S. consulate in Lagos Friday morning.", saturday) == [
        ("Friday morning", "2025-09-26")]


def test_a_month_with_no_tense_near_it_is_a_past_one_unless_it_is_close_ahead():
    october = dt.date(2025, 10, 28)
    assert values("Shares of the shipyard, at a high for the year of $42 in June from $30 in March.",
                  october) == [("June", "2025-06"), ("March", "2025-03")]
    assert values("A deadline: the talks in December.", october) == [("December", "2025-12")]


def test_todays_with_a_days_business_is_the_day_otherwise_nowadays():
    assert values("The offer appears in today's early editions of the paper.") == [("today", "2025-09-22")]
    assert values("Delegates prepared for today's talks in Geneva.") == [("today", "2025-09-22")]
    assert values("The crisis shapes today's young voters.") == []
    assert values("Tomorrow's leaders will inherit whatever we build.") == []
    assert values("Tomorrow's vote is close.") == [("Tomorrow", "2025-09-23")]


def test_a_weekday_in_a_clause_of_time_after_a_look_ahead_told_in_the_past_is_the_coming_one():
    wednesday = dt.date(1989, 11, 1)
    assert values("He said institutions were likely to buy the stock as soon as trading opened Monday.", wednesday) == [
        ("Monday", "1989-11-06")]
    # (without the look ahead, the day it opened is past)
    assert values("Institutions bought the stock as soon as trading opened Monday.", wednesday) == [
        ("Monday", "1989-10-30")]


def test_a_weekday_a_forecast_looks_to_is_the_coming_one():
    assert values("Rain is forecast to return on Sunday afternoon.", dt.date(2025, 8, 14)) == [
        ("Sunday afternoon", "2025-08-17TAF")]


def test_the_quarter_ended_on_a_date_is_the_quarter_that_date_closes():
    october = dt.date(2025, 10, 27)
    assert values("In the quarter ended July 31, the firm shipped 900 units.", october)[0] == ("the quarter", "2025-Q2")
    assert values("For the quarter ended Sept. 30, profit rose.", october)[0] == ("the quarter", "2025-Q3")
    assert values("Net for the year-earlier nine months also rose.", october) == [("nine months", "P9M")]


def test_a_month_before_the_end_of_a_month_with_a_year_takes_that_year_and_a_quarter_of_that_year_too():
    text = "It carried out six launches between January and the end of May 2025, and four in the first quarter of that year."
    assert values(text, dt.date(2026, 5, 28)) == [("January", "2025-01"), ("the end of May 2025", "2025-05"),
                                                  ("the first quarter of that year", "2025-Q1")]


def test_a_quarter_after_one_of_a_past_year_in_the_sentence_is_of_that_year():
    assert values("Only 12 people arrived in the second quarter of 2020 and just two in the third quarter.",
                  dt.date(2025, 9, 18))[-1] == ("the third quarter", "2020-Q3")
    # (one in the next sentence is the report's)
    assert values("Only 12 arrived in the second quarter of 2020. Spending rose in the third quarter.",
                  dt.date(2025, 9, 18))[-1] == ("the third quarter", "2025-Q3")


def test_the_same_week_a_year_earlier_is_the_week_told_a_year_back_and_moves_no_story():
    text = ("The tanker went dark from March 11 to March 20. Analysts saw it the same week a year earlier. "
            "Exports rose in March. Imports fell in the same month last year.")
    assert values(text, dt.date(2024, 4, 3))[2:] == [("the same week a year earlier", "2023-W12"), ("March", "2024-03"),
                                                     ("the same month last year", "2023-03")]


def test_a_season_with_in_a_year_after_it_is_that_years():
    assert values("The drills were held in the spring in 2024 and 2025.", dt.date(2026, 7, 21))[0] == (
        "the spring", "2024-SP")


def test_the_same_period_last_year_is_the_period_just_told_a_year_back():
    text = "89 defectors arrived in the first half of 2025, compared with 105 in the same period last year."
    assert values(text, dt.date(2025, 9, 18))[-1] == ("the same period last year", "2024-H1")
    text = "The North has staged nine launches so far this year, more than in the same period last year."
    assert values(text, dt.date(2026, 5, 28))[-1] == ("the same period last year", "2025")


def test_a_numbered_quarter_is_of_the_year_of_the_day_it_ended():
    october = dt.date(2025, 10, 27)
    # a company's quarters need not be the calendar's: its second quarter can end on Oct. 31, and the day, four days
    # ahead of the telling, is last year's because it "ended"
    assert values("In the year-ago period, the second quarter ended Oct. 31, the firm lost money. "
                  "Results for that quarter included a charge.", october)[1:] == [
        ("the second quarter", "2024-Q2"), ("Oct. 31", "2024-10-31"), ("that quarter", "2024-Q2")]
    assert values("Profit for the third quarter ended Sept. 30, 2024, was flat.", october)[:2] == [
        ("the third quarter", "2024-Q3"), ("Sept. 30, 2024", "2024-09-30")]
    # (one still to end is ahead)
    assert values("The fiscal year ending Oct. 31 looks strong.", october)[-1] == ("Oct. 31", "2025-10-31")


def test_by_a_month_earlier_in_the_year_than_the_one_just_told_is_the_next_years():
    text = "Late October 1950 — Chinese troops enter the war, pushing U.N. forces back by early January."
    assert values(text, dt.date(2023, 7, 27))[-1] == ("early January", "1951-01")
    # (a month later in the year stays in it)
    assert values("In October 1950 China entered the war, and by December it held the north.",
                  dt.date(2023, 7, 27))[-1] == ("December", "1950-12")


def test_a_day_and_month_in_a_story_about_an_earlier_year_take_that_year():
    assert values("The first round opened in Beijing in August 2003, and talks ran from 27 to 29 August.") == [
        ("August 2003", "2003-08"), ("27", "2003-08-27"), ("29 August", "2003-08-29")]
    # a new sentence about the present does not inherit the year of a date named in passing
    august = dt.date(2025, 8, 15)
    assert values("He had signed the August 2019 accord. The envoy condemned the raid on Aug. 2 but left.",
                  august) == [("August 2019", "2019-08"), ("Aug. 2", "2025-08-02")]


def test_an_approximate_offset_is_no_finer_than_its_unit():
    assert timexes("The pact of 29 January 2002 followed a summit little more than a year earlier.") == [
        ("29 January 2002", "DATE", "2002-01-29", ""), ("more than a year earlier", "DATE", "2001", "BEFORE")]
    assert timexes("Talks opened on 3 May 2001; about a month later, they resumed.") == [
        ("3 May 2001", "DATE", "2001-05-03", ""), ("about a month later", "DATE", "2001-06", "APPROX")]


def test_a_day_after_its_month_takes_the_year_of_that_month():
    september = dt.date(2016, 9, 11)
    assert values("It carried out its fourth test at the same site in January, on 6 January.", september) == [
        ("January", "2016-01"), ("6 January", "2016-01-06")]


def test_an_offset_in_apposition_to_a_date_is_measured_from_the_date_before():
    assert values("The launch on 13 April 2012 undermined the deal of 29 February 2012, only six weeks earlier.") == [
        ("13 April 2012", "2012-04-13"), ("29 February 2012", "2012-02-29"), ("only six weeks earlier", "2012-W09")]


def test_the_new_year_is_ahead_unless_it_has_begun():
    assert values("Officials expect a deal in the new year.") == [("the new year", "2026")]
    assert values("It was the first launch since the new year.") == [("the new year", "2025")]


def test_months_or_years_after_a_day_give_the_month_or_year_not_an_invented_day():
    assert values("The pact was signed on July 31, 1991. Five months later the union had ceased to exist.") == [
        ("July 31, 1991", "1991-07-31"), ("Five months later", "1991-12")]
    assert values("The Final Act was signed on August 1, 1975. Two years later, follow-up talks began.") == [
        ("August 1, 1975", "1975-08-01"), ("Two years later", "1977")]
    # a comparison with a figure a year before keeps its day
    assert values("Profit was $5 million on Sept. 30, up from $4 million a year earlier.") == [
        ("Sept. 30", "2025-09-30"), ("a year earlier", "2024-09-30")]
    assert values("Talks opened in Helsinki in November 1969 and produced a deal two and a half years later.") == [
        ("November 1969", "1969-11"), ("two and a half years later", "1972-05")]


def test_a_month_or_season_after_the_following_or_that_counts_from_the_story():
    published = dt.date(2020, 8, 2)
    assert values("Iraq invaded Kuwait on Aug. 2, 1990, prompting a military response the following January.",
                  published) == [("Aug. 2, 1990", "1990-08-02"), ("the following January", "1991-01")]
    assert values("Guidelines were endorsed in February 1977. That spring the talks broke down.", published) == [
        ("February 1977", "1977-02"), ("That spring", "1977-SP")]
    # two days of one month the following year: both count from the date before them
    assert values("They met in Singapore on June 12, 2018. The second summit, in Hanoi on Feb. 27 and 28 the "
                  "following year, ended early.", published)[1:] == [
        ("Feb. 27", "2019-02-27"), ("28 the following year", "2019-02-28")]
    assert values("They met in March 2018, and again on 27-28 February the following year.", published)[1:] == [
        ("27", "2019-02-27"), ("28 February the following year", "2019-02-28")]
    # a season told after a past date is that year's
    assert values("Putin flew to Pyongyang on June 19, 2024. By the autumn, troops were in Russia.",
                  dt.date(2026, 1, 20)) == [
        ("June 19, 2024", "2024-06-19"), ("the autumn", "2024-FA")]


def test_a_story_about_an_earlier_year_lends_its_year_to_the_next_sentence():
    published = dt.date(2023, 9, 13)
    # a clause that goes on from a date written in full into an earlier month is the next year's
    assert values("In October 2021, nine states set up a panel, and the panel issued its first report on 29 May.",
                  published) == [("October 2021", "2021-10"), ("29 May", "2022-05-29")]
    # a list told backwards from an inferred month stays in its year
    assert values("Late last year, on 29 November, it tested a missile. In September it conducted a test, and in "
                  "August Trump warned.", published)[-2:] == [("September", "2022-09"), ("August", "2022-08")]
    assert values("The Camp David summit of July 2000 was meant to settle everything. It ended on July 25 "
                  "without agreement.", published) == [("July 2000", "2000-07"), ("July 25", "2000-07-25")]
    assert values("The 2005 accord, signed in April, set out parameters.", published) == [
        ("2005", "2005"), ("April", "2005-04")]


def test_a_new_paragraph_back_in_the_present_does_not_keep_the_storys_year():
    published = dt.date(2025, 6, 12)
    story = "In January 2024 he declared the South the principal enemy.\n\n"
    assert values(story + "Trump, who returned to the White House in January, has repeatedly praised Kim.",
                  published)[-1] == ("January", "2025-01")
    # still told in the past, the next paragraph goes on with the story's year
    assert values(story + "In March he visited a munitions factory.", published)[-1] == ("March", "2024-03")


def test_an_offset_from_a_named_happening_counts_from_the_date_it_was_told():
    published = dt.date(2025, 10, 31)
    launch = ("North Korea launched a missile on Oct. 31, 2024. Allies had held a drill on Oct. 25. "
              "Two days after the launch, bombers flew over the peninsula.")
    assert timexes(launch, published)[-1] == ("Two days", "DATE", "2024-11-02", "")
    arrival = ("Kim arrived in Vladivostok on April 24, 2019 and met Putin the next day. The day before his arrival, "
               "officials laid out the programme.")
    assert timexes(arrival, published)[-1] == ("The day", "DATE", "2019-04-23", "")
    # a year after a day is that year, no finer than the text
    assert values("The Singapore summit took place on June 12, 2018. A year after the summit, Trump went to "
                  "Panmunjom.", published)[-1] == ("A year", "2019")
    # a noun in -ation counts from its verb ("the cancellation": "cancelled")
    assert values("On May 24, 2018, Trump cancelled the summit. Moon and Kim met again two days after the "
                  "cancellation.", published)[-1] == ("two days", "2018-05-26")


def test_an_offset_from_a_happening_never_told_stays_an_interval():
    published = dt.date(2025, 10, 31)
    assert timexes("Ten days after the Singapore summit, Trump extended the emergency.", published) == [
        ("Ten days", "DURATION", "P10D", "")]
    assert timexes("The day before the vote, the party met.", published) == []
    # a noun that only qualifies another ("the murder investigation") tells of no murder
    assert timexes("Police will hold a news conference Thursday on the murder investigation. A car was seen 10 days "
                   "before the murder.", published)[-1] == ("10 days", "DURATION", "P10D", "")
    # the named summit must be the one told: "the Hanoi summit" is not the Singapore one
    assert timexes("The Singapore summit took place on June 12, 2018. A week after the Hanoi summit, talks stalled.",
                   published)[-1] == ("A week", "DURATION", "P1W", "")


def test_later_than_nothing_told_is_no_date():
    assert values("Two days later, the ministry issued a statement rejecting the proposal.") == []
    assert values("The envoys met behind closed doors. The next day, state media called the meeting useful.") == []
    # a comparison with a year before still counts back from the report
    assert values("Profit rose 5% from a year earlier.") == [("a year earlier", "2024")]


def test_an_offset_opening_a_sentence_of_a_story_is_no_finer_than_its_unit():
    published = dt.date(2026, 3, 10)
    story = "Their first summit was in Singapore on 12 June 2018. "
    assert values(story + "A year earlier, Trump had threatened fire and fury.", published)[-1] == ("A year earlier", "2017")
    assert values(story + "Three weeks on, the talks stalled.", published)[-1] == ("Three weeks on", "2018-W27")
    # a figure compared with a year before keeps the day
    assert values("Sales were $5 million on Sept. 30, up from $4 million a year earlier.", published)[-1] == (
        "a year earlier", "2024-09-30")


def test_a_noun_spelt_like_a_scheduled_verb_says_nothing_of_tense():
    thursday = dt.date(2025, 10, 30)
    assert values("Trump and Lee began a week-long visit to Tokyo on Sunday.", thursday) == [
        ("week-long", "P1W"), ("Sunday", "2025-10-26")]
    assert values("They kicked off the drills on Monday, in open defiance of our warnings.", thursday) == [
        ("Monday", "2025-10-27")]
    # (an adjective after "last", "only", "final": "held its last open meeting on the subject in June")
    assert values("The Security Council held its last open meeting on the subject in June.", dt.date(2025, 12, 3)) == [
        ("June", "2025-06")]
    # hosting, in the present, is an arrangement ahead
    assert values("China, which hosts the APEC summit in November, offers a venue.", dt.date(2026, 3, 10)) == [
        ("November", "2026-11")]
    # "a plan to": a noun, whose aim is no tense of the date; "he proposed": a verb in the past
    assert values("Speaking in Seoul on Sept. 23, he proposed a three-stage plan to end hostilities.",
                  dt.date(2025, 9, 25)) == [("Sept. 23", "2025-09-23")]
    assert values("Protesters plan to march in Nairobi on Tuesday.", dt.date(2024, 6, 23)) == [
        ("Tuesday", "2024-06-25")]
    # not ruling out is a possibility ahead; ruling out is told in the past
    assert values("Trump did not rule out visiting the DMZ on Thursday.", dt.date(2025, 10, 29)) == [
        ("Thursday", "2025-10-30")]
    assert values("Seoul ruled out talks on Monday.", dt.date(2025, 10, 29)) == [("Monday", "2025-10-27")]
    # the verb itself still schedules: "the talks open Monday"
    assert values("The talks open Monday.", thursday) == [("Monday", "2025-11-03")]


def test_dates_inside_a_quotation_do_not_move_the_story_around_it():
    friday = dt.date(2025, 11, 14)
    said = 'On Tuesday, the minister told lawmakers: "The two sides last met in Stockholm in October 2019." '
    assert values(said + "Two days later, he flew to Beijing.", friday)[-1] == ("Two days later", "2025-11-13")
    # inside the quotation its own dates still count from each other
    assert values('The envoy said on Monday: "We met in Hanoi on Feb. 27, 2019, and again a day later."', friday)[-1] == (
        "a day later", "2019-02-28")


def test_earlier_in_the_day_is_the_day_the_story_is_on():
    saturday = dt.date(2025, 11, 8)
    assert values("Kim watched a parade on Friday evening. Earlier in the day, he met the envoy.", saturday)[-1] == (
        "Earlier in the day", "2025-11-07")


def test_korean_and_other_named_days():
    published = dt.date(2025, 8, 20)
    assert values("Lee gave his Liberation Day address in Seoul.", published) == [("Liberation Day", "2025-08-15")]
    assert values("North Korea marked Victory Day with a parade in Pyongyang.", published) == [("Victory Day", "2025-07-27")]
    # Russia's Victory Day is in May
    assert values("Kim watched the Victory Day parade in Moscow.", published) == [("Victory Day", "2025-05-09")]
    # but the North's own, told in its sentence, is the North's whoever is visiting
    assert values("Russian Defence Minister Sergei Shoigu attended the North's Victory Day parade in Pyongyang.",
                  published) == [("Victory Day", "2025-07-27")]
    assert values("In Pyongyang, where the day is celebrated as \"Victory Day\", Shoigu arrived on Tuesday.",
                  dt.date(2023, 7, 27)) == [("Tuesday", "2023-07-25")]
    assert values("Trump spoke on the Fourth of July 2017.", published) == [("the Fourth of July 2017", "2017-07-04")]
    # a day's name is no date of what the sentence tells
    assert values("It marked the end of the Korean War, which it calls Victory Day.", published) == []
    assert values("The armistice day, known as Victory Day in the North, passed quietly.", published) == []


def test_a_paragraph_set_in_a_past_year_keeps_it_for_months_and_days_told_in_the_past():
    published = dt.date(2026, 1, 20)
    text = ("2017 was the most dangerous year since 1994. The North flew its first intercontinental missile on July 4, "
            "and Trump warned on Aug. 8 of fire and fury.")
    assert values(text, published)[2:] == [("July 4", "2017-07-04"), ("Aug. 8", "2017-08-08")]
    # (as does "The year 2017 was ...")
    text = "The year 2017 was the most dangerous since the 1950s. The North flew its first ICBM on July 4."
    assert values(text, dt.date(2020, 9, 1))[-1] == ("July 4", "2017-07-04")
    # a year told in passing mid-sentence sets no scene for a later month
    assert values("They replace two agents charged in the Dec. 21, 1988, bombing. Gadhafi agreed in April to hand "
                  "them over.", dt.date(1999, 6, 7))[-1] == ("April", "1999-04")


def test_a_look_back_is_a_flashback_and_the_story_goes_on_from_where_it_was():
    text = ("He landed in Busan on Oct. 29; the North had fired missiles the day before. He met Xi the next morning "
            "and flew home the same afternoon.")
    assert values(text, dt.date(2026, 1, 20))[2:] == [("the next morning", "2025-10-30TMO"),
                                                      ("the same afternoon", "2025-10-30TAF")]
    text = "Kim arrived on Oct. 29. A day earlier, his sister had spoken. The next day, he met Putin."
    assert values(text, dt.date(2026, 1, 20))[-1] == ("The next day", "2025-10-30")
    # a part of a day is a TIME, as its value says; a whole day a DATE
    assert [t[1] for t in timexes(text, dt.date(2026, 1, 20))] == ["DATE", "DATE", "DATE"]
    found = timexes("The ship sank on March 26. Fifty-eight crew members were rescued that night.", dt.date(2010, 5, 20))
    assert [t[:3] for t in found] == [("March 26", "DATE", "2010-03-26"),
                                                          ("that night", "TIME", "2010-03-26TNI")]


def test_the_next_day_counts_from_the_story_not_from_a_month_in_a_relative_clause():
    text = ("The North shelled the island on Nov. 23, 2010, months after the sinking of the Cheonan, which killed 46 "
            "sailors in March that year. Lee ordered a stronger response the next day.")
    assert values(text, dt.date(2025, 11, 24))[-1] == ("the next day", "2010-11-24")
    text = "The envoy landed on Nov. 23, 2010. He met the minister at the 2009 forum the following morning."
    assert values(text, dt.date(2025, 11, 24))[-1] == ("the following morning", "2010-11-24TMO")
    # a month the story moved on to leaves no day to count from
    text = "The envoy landed on Nov. 23, 2010. He returned in March 2011 and left the next day."
    assert "the next day" not in [phrase for phrase, _value in values(text, dt.date(2025, 11, 24))]


def test_the_second_day_of_a_gathering_counts_from_the_day_it_opened():
    text = "Trump and Kim met in Hanoi on Wednesday for a two-day summit. On the second day, the talks collapsed."
    assert values(text, dt.date(2019, 3, 1))[-1] == ("the second day", "2019-02-28")
    assert values("It's the third day of the strike at the port.", MONDAY) == [("the third day", "2025-09-22")]
    # a day named elsewhere, a streak, a day of a month or nothing dated to count from: no date of its own
    text = "Trump arrived on Monday. Wednesday was the third day of the visit. Protests went on for the second day."
    assert [phrase for phrase, _value in values(text)] == ["Monday", "Wednesday"]
    assert values("Trump arrived on Monday. On the fourth day in a row, it rained.") == [("Monday", "2025-09-22")]
    assert values("On the second day, the talks collapsed.") == []


def test_that_year_restates_the_story_year_and_an_ordinal_visit_is_a_noun():
    text = ("The leaders met on June 12, 2018. A week later, Kim was in Beijing for his third meeting with Xi that "
            "year.\n\nBy autumn the momentum had faded. Pompeo's fourth visit, in October, produced an agreement for "
            "a second summit, which took place in Hanoi the following February.")
    got = dict(values(text, dt.date(2025, 6, 12)))
    assert (got["autumn"], got["October"], got["the following February"]) == ("2018-FA", "2018-10", "2019-02")


def test_a_bare_clock_takes_the_day_told_earlier_in_its_paragraph_and_no_stamp_joins_the_line_before():
    text = ("On Saturday the leaders adopted the declaration and handed the chair to China, which will host the forum "
            "next November. Officials said the talks had run until almost 3 a.m.\n\nThat afternoon Lee and Xi met.")
    got = values(text, dt.date(2025, 11, 2))
    assert got[-2:] == [("3 a.m.", "2025-11-01T03:00"), ("That afternoon", "2025-11-01TAF")]
    # a year the story moved to is no such relative clause: the clock is the report's day
    text = ("The launch on Monday was the first of its kind since 2023. The meeting began at 10:03 a.m. and ended at "
            "12:15 p.m.")
    assert values(text, dt.date(2025, 9, 19))[-2] == ("10:03 a.m.", "2025-09-19T10:03")


def test_a_citations_year_is_no_date():
    assert values("Scholars disagree (Cha 2012; Lankov 2013), as the institute found (KINU 2020).") == []
    assert values("Others see no pattern (Smith and Park, 2021, p. 44) or a weak one (Lee et al. 2020).") == []
    # a date in brackets is still one
    assert values("The war (1950-53) ended in a truce; the summit (June 12, 2018) was the first.")[-1] == (
        "June 12, 2018", "2018-06-12")


def test_a_day_of_the_month_as_it_is_said():
    published = dt.date(2025, 10, 1)
    assert values("The envoy arrived on the twenty-first of September.", published) == [
        ("the twenty-first of September", "2025-09-21")]
    assert values("The parade was held on July the third.", published) == [("July the third", "2025-07-03")]
    assert values("They met on June the 12th, 2018.", published) == [("June the 12th, 2018", "2018-06-12")]


def test_a_completed_act_on_a_day_just_ahead_of_the_report_was_last_years():
    published = dt.date(2026, 2, 10)
    assert values("The parliament approved a revised constitution on March 3, KCNA said.", published) == [
        ("March 3", "2025-03-03")]
    # a report of a day just ahead stays ahead, and so does what could be done then
    assert values("Officials said the vote is on March 3.", published) == [("March 3", "2026-03-03")]
    assert values("The first round could be held at Panmunjom on March 3.", published) == [("March 3", "2026-03-03")]


def test_seasons_of_short_years_and_the_turn_of_the_century():
    published = dt.date(2025, 10, 23)
    assert values("The hotline set up in the spring of '18 went silent.", published) == [("the spring of '18", "2018-SP")]
    assert timexes("At the turn of the century, Albright visited Pyongyang.", published) == [
        ("the turn of the century", "DATE", "2000", "APPROX")]


def test_a_bracket_after_a_date_is_not_the_dates_unless_an_era_opened_it():
    assert values("See 83 FR 9182 (March 5, 2018).") == [("March 5, 2018", "2018-03-05")]
    assert values("The statement was signed on August 19, Juche 114 (2025).") == [
        ("August 19, Juche 114 (2025)", "2025-08-19")]


def test_short_spans_of_years():
    assert values("Veterans of the 1950-53 war met in 1994–95.") == [
        ("1950", "1950"), ("53", "1953"), ("1994", "1994"), ("95", "1995")]
    assert values("Sales rose in the 2014/15 season.") == [("2014", "2014"), ("15", "2015")]


def test_as_reported_says_nothing_of_when():
    saturday = dt.date(2022, 11, 19)
    # the condition's present tense looks ahead; "as reported" is no past verb of its own
    text = "If the U.S. convenes the UN Security Council on Monday as reported, it will face a stronger response."
    assert values(text, saturday) == [("Monday", "2022-11-21")]
    assert values("The talks went ahead on Monday as announced.", saturday) == [("Monday", "2022-11-14")]


def test_a_condition_told_in_the_present_looks_ahead_whatever_the_report_after_it():
    march = dt.date(2012, 3, 10)
    assert values('"If they launch a rocket in April, the food stops," one Senate aide said.', march) == [
        ("April", "2012-04")]
    assert values("One aide said that if they launch a rocket in April, the food stops.", march) == [("April", "2012-04")]
    # a condition told in the past is about what was
    assert values("If Kim met Trump in April, nobody saw it.", march) == [("April", "2011-04")]


def test_a_past_clock_time_takes_no_day_still_to_come():
    text = ("North Korea fired missiles on Tuesday morning. The exercise will end on March 19. The council convened "
            "an emergency meeting at 9 a.m.")
    assert values(text, dt.date(2026, 3, 10))[-1] == ("9 a.m.", "2026-03-10T09:00")
    # (a plan's hour is that day's)
    assert values("The exercise will end on March 19. It will close at 9 a.m.", dt.date(2026, 3, 10))[-1] == (
        "9 a.m.", "2026-03-19T09:00")


def test_a_clock_ending_a_sentence_takes_no_day_from_the_next():
    monday = dt.date(2025, 10, 27)
    text = "Trump lands in Gyeongju on Wednesday. A meeting with Lee follows at 3:30 p.m. On Thursday he meets Xi."
    assert values(text, monday) == [("Wednesday", "2025-10-29"), ("3:30 p.m.", "2025-10-29T15:30"),
                                    ("Thursday", "2025-10-30")]
    assert values("They meet at 3 p.m. on Thursday.", monday) == [("3 p.m. on Thursday", "2025-10-30T15:00")]


def test_a_schedule_told_in_the_present_looks_ahead():
    monday = dt.date(2023, 8, 14)
    assert values("Yoon returns to Seoul on Saturday.", monday) == [("Saturday", "2023-08-19")]
    assert values("He returned to Seoul on Saturday.", monday) == [("Saturday", "2023-08-12")]


def test_later_in_the_week_after_a_day_is_that_days_week_and_on_a_sunday_the_next():
    sunday = dt.date(2000, 10, 22)
    text = "Albright will fly to Seoul on Wednesday, and depart for Brunei later in the week."
    assert values(text, sunday) == [("Wednesday", "2000-10-25"), ("later in the week", "2000-W43")]
    assert values("She will depart later in the week.", sunday) == [("later in the week", "2000-W43")]
    assert values("She will depart later in the week.", dt.date(2000, 10, 19)) == [("later in the week", "2000-W42")]


def test_overnight_after_a_day_ahead_in_the_same_sentence_is_that_days_night():
    text = "Trump will leave Charlevoix at about 10:30 a.m. EDT on Saturday and fly overnight to Singapore."
    assert values(text, dt.date(2018, 6, 8))[-1] == ("overnight", "2018-06-09TNI")
    # a day told looking back leaves the night to the report's
    text = "Gallucci, who flew back on Friday night, was due to return on an overnight flight."
    assert values(text, dt.date(1994, 10, 18))[-1] == ("overnight", "1994-10-18TNI")


def test_as_recently_as_a_month_is_the_last_one_before_now():
    published = dt.date(1996, 10, 22)
    text = "He retired in 1991. As recently as August, he urged Tokyo to resume the talks."
    assert values(text, published) == [("1991", "1991"), ("August", "1996-08")]


def test_what_was_expected_lies_ahead():
    text = "He added that he expected a new round of six-party talks in Beijing in early December."
    assert values(text, dt.date(2008, 11, 7)) == [("early December", "2008-12")]


def test_a_day_that_opens_a_name_ending_on_its_year_is_that_years():
    published = dt.date(2001, 6, 13)
    text = "He took part in the Red Cross contacts that led to the July 4 Joint Communique of 1972."
    assert values(text, published)[0] == ("July 4", "1972-07-04")
    assert values("The June 15 Joint Declaration of 2000 was signed in Pyongyang.", published)[0] == (
        "June 15", "2000-06-15")


def test_that_day_after_a_day_ahead_is_that_day_when_told_in_the_present_perfect():
    text = ("Kim left Pyongyang by train on Saturday afternoon. The train is expected to reach Dong Dang on Tuesday "
            "morning. Vietnamese authorities have announced road closures from 6 a.m. to noon that day.")
    assert values(text, dt.date(2019, 2, 23))[-1] == ("that day", "2019-02-26")


def test_the_afternoon_is_that_part_of_the_day_the_story_is_on():
    sunday = dt.date(2000, 10, 22)
    text = "She met Kim on Tuesday. In the afternoon, she toured a school, and in the evening she left."
    assert values(text, sunday) == [("Tuesday", "2000-10-17"), ("the afternoon", "2000-10-17TAF"),
                                    ("the evening", "2000-10-17TEV")]
    # no day told, no time; and a part of the day named after it is that day's, not this one
    assert values("In the morning, prices rose.", sunday) == []
    assert values("She met Kim on Tuesday, in the morning of a busy day.", sunday) == [("Tuesday", "2000-10-17")]


def test_an_answer_giving_a_month_whose_date_is_not_yet_set_looks_ahead():
    july = dt.date(2008, 7, 10)
    assert values("ASSISTANT SECRETARY: Probably in September, but no date has been set.", july) == [
        ("September", "2008-09")]
    # (a clause with its own past verb keeps its tense)
    assert values("Talks were held in September, but no date has been set for the next round.", july) == [
        ("September", "2007-09")]


def test_a_count_with_thousands_separators_is_counted_whole():
    published = dt.date(2022, 11, 19)
    assert timexes("The missile flew for 4,135 seconds.", published) == [("4,135 seconds", "DURATION", "PT4135S", "")]
    assert timexes("The siege lasted 1,000 days.", published) == [("1,000 days", "DURATION", "P1000D", "")]


def test_an_interval_between_two_happenings_is_a_duration_not_a_date():
    assert timexes("The pact was signed on Wednesday, a year after talks began in Riyadh.", dt.date(2025, 9, 18)) == [
        ("Wednesday", "DATE", "2025-09-17", ""), ("a year", "DURATION", "P1Y", "")]
    assert timexes("She arrived on Wednesday, a day earlier than planned.", dt.date(2024, 3, 21)) == [
        ("Wednesday", "DATE", "2024-03-20", ""), ("a day", "DURATION", "P1D", "")]


def test_a_span_of_hours_takes_the_day_after_its_end():
    thursday_after = dt.date(2025, 3, 14)
    assert values("The talks, which ran from 9 a.m. until 5 p.m. on Thursday, ended without a deal.", thursday_after) == [
        ("9 a.m.", "2025-03-13T09:00"), ("5 p.m. on Thursday", "2025-03-13T17:00")]
    assert values("The vote was postponed until Tuesday.", thursday_after) == [("Tuesday", "2025-03-18")]
    # a deadline set in the past perfect is still ahead, and a month named after it is not sent back with it
    text = "Kim had given Washington until December to change course, a deadline he first set in April."
    assert values(text, dt.date(2019, 10, 6)) == [("December", "2019-12"), ("April", "2019-04")]
    assert values("Until Tuesday they had not replied.", thursday_after) == [("Tuesday", "2025-03-11")]


def test_through_a_month_after_a_stretch_granted_is_a_new_end_ahead():
    published = dt.date(2025, 11, 20)
    assert values("The bank has extended $90 million in revolving loans through January.", published) == [
        ("January", "2026-01")]
    assert values("The council extended the waiver through March, diplomats said.", published) == [("March", "2026-03")]
    # a stretch that ran through a month grants nothing: it lies behind
    assert values("The strike lasted through January.", published) == [("January", "2025-01")]
    assert values("The loans, once extended, ran through January.", published) == [("January", "2025-01")]


def test_a_deadline_just_set_lies_ahead_of_the_setting():
    published = dt.date(2025, 11, 20)
    assert values("The ministry set a deadline of March 1 for replies.", published) == [("March 1", "2026-03-01")]
    # a deadline spoken of, not set, keeps the tense around it; one set further back may have passed
    assert values("The deadline of March 1 passed without a reply.", published) == [("March 1", "2025-03-01")]
    assert values("It had set a new deadline of June 30, which it met.", published) == [("June 30", "2025-06-30")]


def test_a_span_of_hours_lends_its_ends_half_of_the_day_to_its_start():
    thursday_after = dt.date(2025, 3, 14)
    assert values("The forum ran from 2:00 to 4:30 p.m. on Thursday.", thursday_after)[0] == ("2:00", "2025-03-13T14:00")
    assert values("The forum ran from 2 to 4:30 p.m. on Thursday.", thursday_after)[0] == ("2", "2025-03-13T14:00")
    # a start later on the dial than the end is in the half before it
    assert values("They met from 11 to 1 p.m. on Thursday.", thursday_after)[0] == ("11", "2025-03-13T11:00")
    # numbers that open no span of hours are no clock
    assert values("Shares rose from 2 to 4 percent on Thursday.", thursday_after) == [("Thursday", "2025-03-13")]
    assert values("The score went from 2 to 4 by the end.", thursday_after) == []


def test_the_end_of_the_decade_in_a_story_is_the_storys_decade():
    assert timexes("The accord was shelved in January 1980. By the end of the decade the mood had changed.",
                   dt.date(2024, 3, 10))[1] == ("the end of the decade", "DATE", "198", "END")
    assert timexes("Officials hope to finish by the end of the decade.", dt.date(2024, 3, 10)) == [
        ("the end of the decade", "DATE", "202", "END")]


def test_a_week_of_a_month_is_that_calendar_week():
    september = dt.date(2025, 9, 25)
    assert values("The vote, scheduled for the first week of October, was postponed.", september) == [
        ("the first week of October", "2025-W40")]
    assert values("A hearing is set for the week of March 6.", dt.date(2000, 2, 24)) == [
        ("the week of March 6", "2000-W10")]
    # a week named by its first day, either way round ("the week commencing 16 March")
    assert values("A follow-up was pencilled in for the week commencing 16 March, and a vote for the week beginning "
                  "March 23.", dt.date(2026, 3, 4)) == [
        ("the week commencing 16 March", "2026-W12"), ("the week beginning March 23", "2026-W13")]
    assert values("Elections are due in the last week of November 2026.", september) == [
        ("the last week of November 2026", "2026-W48")]


def test_a_weekday_of_a_named_week():
    thursday = dt.date(2025, 3, 6)
    assert values("The minister will be in Brussels from Monday to Wednesday next week.", thursday) == [
        ("Monday", "2025-03-10"), ("Wednesday next week", "2025-03-12")]
    assert values("They met on Tuesday of last week.", thursday) == [("Tuesday of last week", "2025-02-25")]


def test_holidays_with_a_weekday_in_their_name_and_names_that_are_no_day():
    april = dt.date(2025, 4, 25)
    assert values("Banks were closed on Good Friday.", april) == [("Good Friday", "2025-04-18")]
    assert values("Banks were closed on Easter Monday.", april) == [("Easter Monday", "2025-04-21")]
    assert values("Shoppers crowded the markets on Christmas Eve.", dt.date(2024, 12, 27)) == [
        ("Christmas Eve", "2024-12-24")]
    assert values("Crowds marked the Bloody Sunday anniversary.", april) == []
    assert values("He arrived in Seoul Monday.", april) == [("Monday", "2025-04-21")]


def test_arrangements_that_expire_or_take_effect_lie_ahead():
    wednesday = dt.date(2025, 9, 17)
    assert values("The ultimatum expires on Friday.", wednesday) == [("Friday", "2025-09-19")]
    assert values("The new law takes effect on Friday.", wednesday) == [("Friday", "2025-09-19")]
    assert values("The law took effect on Friday.", wednesday) == [("Friday", "2025-09-12")]


def test_two_units_back_before_last():
    friday = dt.date(2025, 9, 19)
    assert values("Fighting flared the weekend before last.", friday) == [("the weekend before last", "2025-W36-WE")]
    assert values("They met the week before last.", friday) == [("the week before last", "2025-W36")]


def test_other_written_forms_of_dates():
    september = dt.date(2025, 9, 25)
    assert values("The treaty was signed on 19.09.2025 in Berlin.", september) == [("19.09.2025", "2025-09-19")]
    assert values("It was signed on 19/09/2025.", september) == [("19/09/2025", "2025-09-19")]
    assert values("Version 1.2.2025 shipped.", september) == []
    assert values("Talks began on September 12 and ended on the 19th.", september) == [
        ("September 12", "2025-09-12"), ("the 19th", "2025-09-19")]
    assert values("Troops crossed the 38th parallel.", september) == []
    assert values("Hearings will be held on Jan. 5, 12 and 19.", dt.date(2024, 12, 1)) == [
        ("Jan. 5", "2025-01-05"), ("12", "2025-01-12"), ("19", "2025-01-19")]
    assert values("Sales fell in H1 2025 and rose in 2024Q3, FY2023 and 1H24.", september) == [
        ("H1 2025", "2025-H1"), ("2024Q3", "2024-Q3"), ("FY2023", "2023"), ("1H24", "2024-H1")]
    # a fiscal year across two calendar years, as India and Britain count them, is both years, not the first
    assert values("Exports fell in FY2024-25 and in FY24/25.", september) == [
        ("FY2024", "2024"), ("25", "2025"), ("FY24", "2024"), ("25", "2025")]
    assert values("The FY2024-27 plan was cut.", september) == []
    span = extract("India's exports to North Korea fell in FY2024-25, and rose in FY2023.", september).events
    assert [(e.date_start.isoformat(), e.date_end.isoformat(), e.title) for e in span] == [
        ("2024-01-01", "2025-12-31", "India's exports to North Korea fell"),
        ("2023-01-01", "2023-12-31", "India's exports to North Korea rose")]
    assert [e.title for e in extract("Spending rose in FY24/25 and FY2023.", september).events] == [
        "Spending rose", "Spending rose"]
    assert values("The vote closes at 2.30pm on Friday.", september) == [("2.30pm on Friday", "2025-09-26T14:30")]
    assert values("Fighters still carry 1990s-era rifles.", september) == []
    assert timexes("The talks stalled in the last days of August.", september) == [
        ("the last days of August", "DATE", "2025-08", "END")]


def test_a_day_counted_from_another_day():
    friday = dt.date(2025, 9, 19)
    assert values("The envoy will return a week from Monday.", friday) == [("a week from Monday", "2025-09-29")]
    assert values("He will unveil the plan on Monday week.", friday) == [("Monday week", "2025-09-29")]
    assert values("They return a week from today.", friday) == [("a week from today", "2025-09-26")]


def test_a_plans_date_is_the_nearest_whatever_became_of_the_plan():
    assert values("The vote, originally scheduled for the first week of October, was postponed until mid-November.",
                  dt.date(2025, 9, 25))[0] == ("the first week of October", "2025-W40")
    assert values("A follow-up meeting planned for October never took place.", dt.date(2025, 11, 20)) == [
        ("October", "2025-10")]


def test_early_or_late_on_a_day_keeps_its_part_unless_it_says_how_something_went():
    assert timexes("The army said in a statement early on Saturday that the shelling had stopped.",
                   dt.date(2025, 4, 27)) == [("early on Saturday", "DATE", "2025-04-26", "START")]
    assert timexes("The session ended early on Thursday.", dt.date(2025, 4, 27))[0][2:] == ("2025-04-24", "")


def test_election_day_is_the_day_of_the_vote_the_story_names_else_the_american_one():
    may = dt.date(2026, 5, 26)
    text = "Voters will choose mayors in the June 3 vote. Election day itself is a public holiday; polls close at 6 p.m."
    assert values(text, may) == [("June 3", "2026-06-03"), ("Election day", "2026-06-03"), ("6 p.m.", "2026-06-03T18:00")]
    assert values("Americans vote on Election Day.", dt.date(2024, 10, 1)) == [("Election Day", "2024-11-05")]


def test_the_christmas_period_is_no_single_day():
    assert values("The rebels declared a ceasefire for the Christmas period, from Dec. 24 to Jan. 2.",
                  dt.date(2024, 12, 20)) == [("Dec. 24", "2024-12-24"), ("Jan. 2", "2025-01-02")]


def test_spelled_out_decades():
    assert values("In the nineteen-nineties the talks failed.") == [("the nineteen-nineties", "199")]


def test_ahead_in_so_much_time_and_the_week_so_many_years_ago():
    friday = dt.date(2025, 9, 19)
    assert values("The envoy will return in a fortnight's time.", friday) == [("in a fortnight's time", "2025-10-03")]
    assert values("Seventy-five years ago this week, the war began.", dt.date(2025, 6, 25)) == [
        ("Seventy-five years ago this week", "1950-W25")]


def test_it_dates_the_korean_lunar_holidays_by_the_moon():
    assert values("Kim visited the palace on Lunar New Year's Day.", dt.date(2025, 1, 30)) == [
        ("Lunar New Year's Day", "2025-01-29")]
    assert values("Kim visited the school on Lunar New Year's Eve.", dt.date(2025, 2, 20)) == [
        ("Lunar New Year's Eve", "2025-01-28")]
    assert values("Families will travel home for Chuseok.", dt.date(2026, 9, 1)) == [("Chuseok", "2026-09-25")]
    assert values("The parade was held on Buddha's Birthday in 2019.", MONDAY)[0] == ("Buddha's Birthday", "2019-05-12")
    assert values("The Korean New Year of 2019 fell in February.", MONDAY)[0] == ("The Korean New Year of 2019",
                                                                                  "2019-02-05")
    # the story's year: "August 2018, a month before Chuseok" is Chuseok 2018
    assert values("Families met in August 2018, a month before Chuseok.", MONDAY)[-1] == ("Chuseok", "2018-09-24")
    # the days off around the day are about the day; a day the text gives itself is not tagged twice
    assert timexes("He spent the Chuseok holiday in Seoul.", dt.date(2025, 10, 9)) == [
        ("the Chuseok holiday", "DATE", "2025-10-06", "APPROX")]
    assert values("Chuseok falls on 6 October this year.", dt.date(2025, 9, 19)) == [("6 October this year", "2025-10-06")]
    # no capital, no holiday; past the calendar's tables (1000-2050) only the year is known, not an invented day
    assert values("the chuseok holiday", MONDAY) == []
    assert values("Families will meet on Chuseok in 2061.", MONDAY) == [("Chuseok", "2061"), ("2061", "2061")]


def test_a_chronology_dates_its_lines_by_their_own_year_or_their_heading():
    listing = ("Key events of 2017\n"
               "July 4 — North Korea launches the Hwasong-14\n"
               "Sept. 3 — sixth nuclear test\n\n"
               "Key events of 2018\n"
               "June 12 — Kim and Trump meet in Singapore")
    assert values(listing) == [("2017", "2017"), ("July 4", "2017-07-04"), ("Sept. 3", "2017-09-03"),
                               ("2018", "2018"), ("June 12", "2018-06-12")]
    # a line's own year reaches the months inside it, whatever the historical present says
    assert values("- 2017: North Korea launches missiles in July and November\n- 2018: Kim meets Moon in April, "
                  "May and September") == [("2017", "2017"), ("July", "2017-07"), ("November", "2017-11"),
                                           ("2018", "2018"), ("April", "2018-04"), ("May", "2018-05"),
                                           ("September", "2018-09")]
    assert values("Late 2019 — the year-end deadline passes") == [("Late 2019", "2019"), ("year-end", "2019")]
    # with no year at all, the historical present does not push a line's day into the future
    assert values("Timeline:\nAug. 25 — Lee meets Trump\nOct. 29 — Trump visits Gyeongju", dt.date(2025, 10, 20)) == [
        ("Aug. 25", "2025-08-25"), ("Oct. 29", "2025-10-29")]
    # outside a chronology the present tense still means what it says
    assert values("Lee meets Trump on Aug. 25.", dt.date(2025, 10, 20)) == [("Aug. 25", "2026-08-25")]


def test_north_korean_holidays_and_numbered_bodies():
    assert values("Kim paid homage on the Day of the Sun.", dt.date(2025, 4, 16)) == [("Day of the Sun", "2025-04-15")]
    # the date given later in the sentence is the one tagged, not the holiday a second time
    assert values("The Day of the Shining Star will be marked on February 16.", dt.date(2026, 2, 10)) == [
        ("February 16", "2026-02-16")]
    assert values("He spoke on the 1718 Committee and the 2006 test.") == [("2006", "2006")]


def test_it_reads_the_terms_and_the_weeks_ahead():
    assert timexes("In the near term, talks are unlikely.") == [("the near term", "DATE", "FUTURE_REF", "")]
    assert timexes("Sanctions will stay for the long term.") == [("the long term", "DATE", "FUTURE_REF", "")]
    assert timexes("Tensions may rise in the weeks ahead.") == [("the weeks ahead", "DURATION", "PXW", "")]
    # adjectives are not times: "the long-term goal", "a short-term deal"
    assert timexes("The long-term goal is a short-term deal and a near-term summit.") == []


def test_it_reads_how_long_an_adjective_says_something_lasts():
    assert values("The day-long talks ended a decades-long feud and a two-year-long drought of contact.") == [
        ("day-long", "P1D"), ("decades-long", "PXDE"), ("two-year-long", "P2Y")]


def test_a_holiday_takes_the_gregorian_year_bracketed_after_a_juche_year():
    assert values("Kim visited the palace on New Year's Day, Juche 115 (2026).", dt.date(2026, 1, 2)) == [
        ("New Year's Day, Juche 115 (2026)", "2026-01-01")]


def test_a_date_someone_is_aiming_for_is_still_to_come():
    november = dt.date(2025, 11, 12)
    assert values("We are looking at the spring for the summit.", november) == [("the spring", "2026-SP")]
    assert values("Seoul is aiming for a deal in March.", november) == [("March", "2026-03")]
    # looking back is not looking ahead
    assert values("Officials are looking back at what went wrong in March.", november) == [("March", "2025-03")]


def test_the_first_months_of_a_year_are_its_quarter_or_half():
    april = dt.date(2025, 4, 30)
    assert values("Inflation slowed in the first three months of the year.", april) == [
        ("the first three months of the year", "2025-Q1")]
    assert values("Sales fell in the first two quarters of 1990.", april) == [("the first two quarters of 1990", "1990-H1")]
    assert values("Exports rose in the last six months of 2024.", april) == [("the last six months of 2024", "2024-H2")]
    # nine months are no calendar unit: a span, as TimeML writes it
    assert values("Profits rose in the first nine months.", april) == [("the first nine months", "P9M")]


def test_a_holiday_week_is_the_calendar_week_of_the_holiday():
    assert values("Crowds gathered during Easter week.", dt.date(2000, 4, 26)) == [("Easter week", "2000-W16")]
    # a holiday weekend is the weekend of the holiday's week, or the one a Monday holiday closes
    assert values("The Christmas weekend was quiet.", dt.date(2025, 12, 29)) == [
        ("The Christmas weekend", "2025-W52-WE")]
    assert values("Over the Labor Day weekend, he wrote to Kim.", dt.date(2025, 9, 10)) == [
        ("the Labor Day weekend", "2025-W35-WE")]
    # the week after (before) a holiday, and the one between Christmas and New Year
    assert values("Sanctions are due the week after Thanksgiving.", dt.date(2025, 11, 18)) == [
        ("the week after Thanksgiving", "2025-W49")]
    assert values("Aid ships in the week between Christmas and New Year.", dt.date(2025, 12, 15)) == [
        ("the week between Christmas and New Year", "2026-W01")]
    # two holidays in a row stay two
    assert [v for _, v in values("He called on Christmas and New Year's Day.", dt.date(2026, 1, 5))] == [
        "2025-12-25", "2026-01-01"]


def test_a_minutes_ago_stamp_opening_a_line_is_a_time_of_the_published_day():
    thursday = dt.date(2025, 11, 20)
    assert timexes("5 mins ago\nThe envoy landed in Hanoi.", thursday)[0] == ("5 mins ago", "TIME", "2025-11-20", "")
    assert timexes("2 hours ago — Seoul's cabinet met.", thursday)[0] == ("2 hours ago", "TIME", "2025-11-20", "")
    # inside a sentence it stays what it was: a span of hours hanging on "ago"
    assert timexes("The envoy landed in Hanoi 2 hours ago.", thursday) == [("2 hours", "DURATION", "PT2H", "")]


def test_us_zone_letters_belong_to_the_clock_only_in_capitals():
    assert values("The vote opens at 9 a.m. PT on Tuesday.") == [("9 a.m. PT on Tuesday", "2025-09-23T09:00")]
    assert values("Lunch was at 1 p.m. et cetera.")[0] == ("1 p.m.", "2025-09-22T13:00")


def test_a_spelt_out_zone_joins_the_clock_to_the_date_after_it():
    assert values("The order takes effect at 12:01 a.m. eastern daylight time on June 26, 2026.") == [
        ("12:01 a.m. eastern daylight time on June 26, 2026", "2026-06-26T00:01")]
    assert values("Transactions are allowed through 12:01 a.m. Eastern Standard Time, Jan. 5, 2026.") == [
        ("12:01 a.m. Eastern Standard Time, Jan. 5, 2026", "2026-01-05T00:01")]


def test_live_blog_stamps_cross_midnight_only_by_a_short_step():
    forward = "22:40 GMT — Delegates leave the hall.\n01:10 GMT — A communique is issued."
    assert [v for _, v in values(forward)] == ["2025-09-22T22:40", "2025-09-23T01:10"]
    newest_first = "01:10 GMT — A communique is issued.\n22:40 GMT — Delegates leave the hall."
    assert [v for _, v in values(newest_first)] == ["2025-09-22T01:10", "2025-09-21T22:40"]
    # a long step within the day stays on it, either way round
    same_day = "08:00 GMT — Delegates arrive.\n21:30 GMT — Delegates leave.\n07:45 GMT — Buses wait."
    assert [v for _, v in values(same_day)] == ["2025-09-22T08:00", "2025-09-22T21:30", "2025-09-22T07:45"]
    # a clock inside prose is no stamp and does not chain
    prose = "The first session ended at 23:30 GMT.\nThe second began at 00:15 GMT."
    assert [v for _, v in values(prose)] == ["2025-09-22T23:30", "2025-09-22T00:15"]


def test_an_offset_from_a_told_date_is_no_finer_than_its_unit():
    story = ("The talks opened in August 2003. Two years later, they produced a statement. A year after that, "
             "the North tested a device. Three months later, it fired missiles.")
    # the year is all "two years later" vouches for; no month can be counted from a year
    assert values(story) == [("August 2003", "2003-08"), ("Two years later", "2005"), ("A year after that", "2006")]
    # a comparison keeps the month it compares with
    assert values("Exports fell in March 2024, lower than a year earlier.")[-1] == ("a year earlier", "2023-03")


def test_a_chronology_entry_is_never_read_into_the_line_before_it():
    listing = ("Feb. 27, 2019 — the Hanoi summit opens; it collapses a day later\n"
               "June 30, 2019 — Trump steps into North Korea at Panmunjom")
    assert values(listing) == [("Feb. 27, 2019", "2019-02-27"), ("a day later", "2019-02-28"),
                               ("June 30, 2019", "2019-06-30")]
    # but a hard-wrapped line of prose still reads as one date
    assert values("The talks resumed in late\nJune after a pause.", dt.date(2025, 9, 1)) == [("late\nJune", "2025-06")]


def test_a_holiday_takes_this_last_or_next_year():
    march = dt.date(2026, 3, 2)
    # a year before the holiday, or after it with "in", is its year
    assert values("Kim used his 2018 New Year's Day speech to offer talks.", march) == [
        ("2018 New Year's Day", "2018-01-01")]
    assert values("The missile flew on the Fourth of July in 2017.", march) == [("Fourth of July in 2017", "2017-07-04")]
    assert values("He visited on Christmas last year.", march) == [("Christmas last year", "2025-12-25")]
    assert values("He sent greetings ahead of Chuseok last year.", march) == [("Chuseok last year", "2025-10-06")]
    assert timexes("He spent the Chuseok holiday last year in Seoul.", march) == [
        ("the Chuseok holiday last year", "DATE", "2025-10-06", "APPROX")]


def test_a_quotes_relative_dates_count_from_the_day_it_was_said():
    assert values('Trump wrote on Truth Social late Saturday: "I WILL BE MEETING XI OF CHINA IN SOUTH KOREA NEXT '
                  'WEEK!"', dt.date(2025, 10, 27)) == [("late Saturday", "2025-10-25"), ("NEXT WEEK", "2025-W44")]
    assert values('Kim said on Monday: "We will test again tomorrow."', dt.date(2025, 10, 29)) == [
        ("Monday", "2025-10-27"), ("tomorrow", "2025-10-28")]
    # a quote in a later sentence, or no quote at all, counts from publication
    assert values('On Monday the talks ended. "We meet tomorrow," he said.', dt.date(2025, 10, 29))[-1] == (
        "tomorrow", "2025-10-30")
    # a month or a year told just before a quotation anchors its year or month (not its "today": no such day given)
    assert values('In April 2018, the leaders pledged a peace regime "within this year".', dt.date(2025, 11, 25)) == [
        ("April 2018", "2018-04"), ("this year", "2018")]
    assert values('In 2019, Kim vowed to wait "until next year".', dt.date(2025, 11, 25))[-1] == ("next year", "2020")
    assert values('In April 2018, Kim said: "We meet today."', dt.date(2025, 11, 25))[-1] == ("today", "2025-11-25")


def test_todays_happening_is_the_day_but_todays_youth_is_not():
    assert values("We condemn today's ballistic missile launch.") == [("today", "2025-09-22")]
    assert values("Today's young people see it differently.") == []


def test_years_counted_in_eras_are_gregorian_years():
    assert values("She was abducted on November 15, Showa 52 (1977).") == [("November 15, Showa 52 (1977)", "1977-11-15")]
    assert values("The findings are due by the end of Reiwa 7.") == [("Reiwa 7", "2025")]
    assert values("The congress will be held in Juche 115.") == [("Juche 115", "2026")]
    # the same year restated in the other calendar is not a second date
    assert values("He died on 17 December 2011 (Juche 100).") == [("17 December 2011", "2011-12-17")]


def test_a_span_of_days_or_months_written_with_one_year_is_one_range():
    september = dt.date(2025, 9, 20)
    assert values("During the reporting period (1 February to 31 July 2025), the Panel met.", september) == [
        ("1 February", "2025-02-01"), ("31 July 2025", "2025-07-31")]
    assert values("Launches, 1 January–30 June 2025", september) == [("1 January", "2025-01-01"),
                                                                     ("30 June 2025", "2025-06-30")]
    assert values("The freeze ran 15 December to 10 January 2026.", september) == [
        ("15 December", "2025-12-15"), ("10 January 2026", "2026-01-10")]
    assert values("Exports fell in the April-September period.", dt.date(2025, 10, 16)) == [
        ("April", "2025-04"), ("September", "2025-09")]
    [event] = extract("Exports fell in the April-September period.", dt.date(2025, 10, 16)).events
    assert (event.date_start, event.date_end) == (dt.date(2025, 4, 1), dt.date(2025, 9, 30))


def test_a_quote_introduced_as_writing_counts_from_when_it_was_written():
    assert values('The office quoted Lee as writing on X on Tuesday night: "Yesterday\'s talks were candid."',
                  dt.date(2025, 8, 27)) == [("Tuesday night", "2025-08-26"), ("Yesterday", "2025-08-25")]


def test_dotted_twenty_four_hour_clocks_are_times_but_prices_are_not():
    friday = dt.date(2025, 9, 19)
    assert timexes("The statement was released at 14.30.", friday) == [("14.30", "TIME", "2025-09-19T14:30", "")]
    assert values("The vote opens at 09.15 GMT.", friday) == [("09.15 GMT", "2025-09-19T09:15")]
    assert values("Shares closed at 2.50 on the day.", friday) == []
    assert values("The stock closed at $23.25 and was traded at 19.50 in London.", friday) == []
    assert values("Inflation stood at 14.30 percent.", friday) == []


def test_the_early_hours_of_a_day_are_its_night():
    friday = dt.date(2023, 12, 15)
    assert timexes("Leaders agreed in the early hours of Friday to open talks.", friday) == [
        ("the early hours of Friday", "TIME", "2023-12-15TNI", "")]
    # with the part of the day named, the day and its part say it
    assert values("The raid began in the early hours of Thursday morning.", friday) == [("Thursday morning", "2023-12-14")]


def test_a_bare_clock_time_takes_the_day_the_next_one_names():
    october = dt.date(2025, 10, 20)
    assert values("The polls open at 7 a.m. and close at 8 p.m. on Nov. 4.", october) == [
        ("7 a.m.", "2025-11-04T07:00"), ("8 p.m. on Nov. 4", "2025-11-04T20:00")]
    # not across sentences
    assert values("He left at 7 a.m. The vote closes at 8 p.m. on Nov. 4.", october)[0] == ("7 a.m.", "2025-10-20T07:00")
    # nor the day of another verb's happening with no clock of its own: the flights return on Friday, not leave then
    found = values("The flights will leave at 10 a.m. and return on Friday afternoon.", october)
    assert found[0] == ("10 a.m.", "2025-10-20T10:00")
    # and the day the same phrase goes on to name: "at 6 a.m. near the house on Oct. 13"
    assert values("A jogger saw the car at 6 a.m. near the house on Oct. 13.", october)[0] == (
        "6 a.m.", "2025-10-13T06:00")


def test_an_email_counts_its_relative_dates_from_its_sent_or_date_line():
    pasted = dt.date(2025, 3, 10)
    text = "From: Desk\nSent: Wednesday, March 5, 2025 8:02 AM\nSubject: Talks\n\nThe envoys spoke yesterday by phone."
    assert ("yesterday", "2025-03-04") in values(text, pasted)
    forwarded = "Date: Mon, Feb 2, 2026 at 7:15 AM\nTo: Desk\n\nThe ministry said this morning that talks are off."
    assert values(forwarded, dt.date(2026, 2, 6))[-1] == ("this morning", "2026-02-02TMO")


def test_a_quoted_reply_counts_from_its_on_date_wrote_line_and_only_below_it():
    text = ("Which day did they pick?\n\n"
            "On Wed, Oct 8, 2025 at 9:10 AM Ann Cho <ann@example.org> wrote:\n"
            "> The working groups meet tomorrow in Panmunjom.")
    got = values(text, dt.date(2025, 10, 14))
    assert ("tomorrow", "2025-10-09") in got
    # the reply above the quoted line is dated by the paste
    assert values("See you tomorrow.\n\nOn Wed, Oct 8, 2025 at 9:10 AM Ann wrote:\n> Fine.",
                  dt.date(2025, 10, 14))[0] == ("tomorrow", "2025-10-15")


def test_a_later_header_line_takes_over_from_an_earlier_one():
    text = ("Sent: Monday, June 2, 2025 9:00 AM\n\nThe vote was held yesterday.\n\n"
            "Sent: Friday, June 6, 2025 4:00 PM\n\nThe count ended yesterday.")
    got = values(text, dt.date(2025, 6, 20))
    assert [v for t, v in got if t == "yesterday"] == ["2025-06-01", "2025-06-05"]


def test_embargoed_copy_counts_today_from_the_embargo_day():
    text = "EMBARGOED UNTIL 00:01 GMT 21 MARCH 2025\n\nThe panel publishes its report today."
    assert values(text, dt.date(2025, 3, 20))[-1] == ("today", "2025-03-21")


def test_sent_in_prose_is_no_header():
    text = "Officials said the letter was Sent: March 4, 2025, by courier. The envoys met yesterday."
    assert values(text, dt.date(2025, 3, 10))[-1] == ("yesterday", "2025-03-09")
    text = "The aide wrote that the note, Sent: Tuesday, March 4, 2025, arrived late.\nThey met yesterday."
    assert values(text, dt.date(2025, 3, 10))[-1] == ("yesterday", "2025-03-09")


def test_a_yearless_day_takes_the_year_of_a_past_date_in_the_same_sentence():
    text = "List the Oct. 4, 2018 talks after the earlier round; that round was held on May 12-13."
    got = values(text, dt.date(2025, 5, 2))
    assert ("May 12", "2018-05-12") in got
    # not across a sentence
    text = "The Oct. 4, 2018 talks are listed. The next round was held on March 12."
    assert values(text, dt.date(2025, 5, 2))[-1] == ("March 12", "2025-03-12")


def test_a_spoken_day_of_the_month_takes_the_spoken_or_relative_year_after_it():
    assert values("On the third of May, nineteen ninety-eight, the envoys shook hands.") == [
        ("the third of May, nineteen ninety-eight", "1998-05-03")]
    assert values("On the ninth of October, two thousand six, the ground shook.") == [
        ("the ninth of October, two thousand six", "2006-10-09")]
    assert values("On the second of April last year, the talks collapsed.") == [
        ("the second of April last year", "2024-04-02")]
    assert values("The office opens on the first of March next year.") == [("the first of March next year", "2026-03-01")]
    # a count after the day is no year: the day stands alone
    assert values("On the twelfth of June, two thousand people marched.") == [("the twelfth of June", "2025-06-12")]


def test_a_line_break_inside_a_day_month_year_date_of_prose_is_a_hard_wrap():
    assert values("The envoys met on 4\nApril 2024 in Geneva.") == [("4\nApril 2024", "2024-04-04")]
    # not when the next line is a chronology entry, nor without a year to hold the date together
    assert values("The list ends on item 4\nApril 2024: talks resume.") == [("April 2024", "2024-04")]
    assert ("4\nApril", "2025-04-04") not in values("The launch of the Hwasong-4\nApril 9 — the test")
    assert values("The envoys met on 4\n\nApril 2024 was quiet.") == [("April 2024", "2024-04")]


def test_a_month_hyphenated_over_a_line_break_is_read_whole():
    assert values("The panel met on 3 Novem-\nber 2024 and again later.") == [("3 Novem-\nber 2024", "2024-11-03")]
    assert values("Talks resumed on Janu-\nary 9 in Geneva.") == [("Janu-\nary 9", "2025-01-09")]
    # a month that could end the date is left split (a span ending in it would cut its last letters)
    assert values("It ended in Janu-\nary.") == []


def test_a_tab_ends_a_date_phrase():
    got = values("1998-08-31\tAugust 31 launch\tMusudan-ri")
    assert ("1998-08-31", "1998-08-31") in got
    assert not any(text.startswith("08") or "\t" in text for text, _v in got)
    assert [t for t, _v in values("Date\tNote\n3 March\t2020 was a leap year")] == ["3 March", "2020"]


def test_an_elliptical_question_or_a_goal_with_a_deadline_is_not_asserted():
    def modal(text):
        return [(e.date_text, e.modality) for e in extract(text, MONDAY).events]

    assert modal("QUESTION: (Inaudible) – the visit in – next week?") == [("next week", "hypothetical")]
    assert modal("QUESTION: And the summit in December?") == [("December", "hypothetical")]
    # a question with a wh-word presupposes its happening
    assert modal("Why did the talks collapse in 2019?") == [("2019", "asserted")]
    assert modal("The two sides agreed to work toward a peace deal within this year.") == [("this year", "planned")]
    assert modal("The ministry aims for a summit by next month.") == [("next month", "planned")]
    # a move toward something at the date happened then
    assert modal("The destroyers moved toward the border on Monday.") == [("Monday", "asserted")]


def test_the_end_of_the_year_in_a_story_of_a_past_year_is_that_year():
    text = "The talks opened in Geneva on March 3, 1997. By the end of the year, the two sides had signed a deal."
    assert values(text)[-1] == ("the end of the year", "1997")
    text = "Troops crossed the river on May 2, 1951. By the end of the month they had reached the hills."
    assert values(text)[-1] == ("the end of the month", "1951-05")
    # the story's year also moves what follows: "the next January" is the one after it
    text = ("In September 1998 the inspectors left. By the end of the year the reactor had restarted. "
            "The next January, the envoys returned.")
    assert values(text)[-1] == ("The next January", "1999-01")


def test_a_present_day_end_of_the_year_stays_this_year():
    # a plan after a story of a past year
    text = "The talks opened on March 3, 1997. The ministry will publish a review by the end of the year."
    assert values(text)[-1] == ("the end of the year", "2025")
    # a past-tense clause after a date of this year
    assert values("Talks opened on March 3. By the end of the year prices had fallen.")[-1] == (
        "the end of the year", "2025")
    # a date that only starts a span up to now is no year the story has reached
    text = ("The North has not answered the hotline since April 2023. Seoul suggested the talks take place before "
            "the end of the year.")
    assert values(text)[-1] == ("the end of the year", "2025")


def test_a_clock_with_a_month_day_takes_the_year_of_the_story():
    text = "The ship was seized on January 23, 1968. At 9 p.m. on January 25, the council met in New York."
    assert values(text)[-1] == ("9 p.m. on January 25", "1968-01-25T21:00")
    # with no story of a past year, the reference date decides
    assert values("At 9 p.m. on January 25, the council met in New York.", dt.date(2025, 2, 3))[-1] == (
        "9 p.m. on January 25", "2025-01-25T21:00")


def test_within_n_units_opening_a_past_sentence_of_a_story_is_a_range_from_the_last_date():
    text = "Fighting broke out on April 6, 1994. Within four days the capital had fallen."
    got = [v for t, v in values(text)]
    assert got == ["1994-04-06", "1994-04-06", "1994-04-10"]
    text = "Talks broke down in early March 1993. Within weeks, the North had withdrawn."
    assert values(text)[-2:] == [("Within", "1993-03"), ("weeks", "1993-03")]
    text = "Talks broke down in mid-March 1993. Within weeks, the North had withdrawn."
    assert values(text)[-2:] == [("Within", "1993-03-11"), ("weeks", "1993-04")]
    # ("within months" reaches half a year: the June summit came within months of the February Olympics)
    text = ("When a unified Korean team stepped onto the ice in Pyeongchang eight years ago this month, hopes for a "
            "thaw were high. Within months, Kim Jong Un was meeting Trump in Singapore.")
    assert values(text, dt.date(2026, 2, 19))[-2:] == [("Within", "2018-02"), ("months", "2018-08")]


def test_within_n_units_stays_a_duration_otherwise():
    # a plan, not a past happening
    assert timexes("Talks broke down on April 6, 1994. Within four days the army will withdraw.")[-1][1] == "DURATION"
    # not opening the sentence
    assert timexes("Talks broke down on April 6, 1994, and the army withdrew within four days.")[-1][1] == "DURATION"
    # a story of this year
    assert timexes("Talks broke down on April 6. Within four days the army had withdrawn.",
                   dt.date(2025, 9, 22))[-1][1] == "DURATION"


def test_two_iso_days_joined_by_a_dash_are_one_range():
    [event] = extract("Freedom Shield | 2026-03-09 – 2026-03-19 | planned", dt.date(2026, 2, 1)).events
    assert (event.date_start, event.date_end, event.modality) == (dt.date(2026, 3, 9), dt.date(2026, 3, 19), "planned")


def test_it_reads_a_range_of_two_full_years_joined_by_a_dash():
    assert values("The talks ran in 2018-2019 and again in 2021–2022.") == [
        ("2018", "2018"), ("2019", "2019"), ("2021", "2021"), ("2022", "2022")]
    assert values("Order 2018-2019-7 was filed.") == []  # a reference number, not two years


def test_taking_office_on_a_day_is_an_arrangement_ahead():
    # a late-November story: the inauguration is the coming January's, even after a past-tense report
    assert values("Analysts said Pyongyang wanted to act before the new administration takes office on Jan. 20.",
                  dt.date(2026, 11, 27)) == [("Jan. 20", "2027-01-20")]


def test_what_a_stretch_runs_since_lies_behind_whatever_the_verb():
    assert values("The envoy would travel to Seoul next week, the first such trip since the spring.",
                  dt.date(2026, 11, 24)) == [("next week", "2026-W49"), ("the spring", "2026-SP")]


def test_a_holiday_without_a_year_is_in_the_year_the_story_is_in():
    text = ("Relations thawed in 2018, after Kim Jong Un used his New Year's Day address to offer talks, and by June "
            "he and Trump were shaking hands in Singapore.")
    assert values(text, dt.date(2026, 11, 24)) == [("2018", "2018"), ("New Year's Day", "2018-01-01"),
                                                   ("June", "2018-06")]


def test_the_end_of_the_year_in_a_chronology_line_is_that_lines_year():
    text = "2002 — A U.S. envoy visits Pyongyang in October. The framework collapses by the end of the year.\n"
    assert values(text, dt.date(2026, 11, 24))[-1] == ("the end of the year", "2002")


def test_a_month_and_day_last_year_is_that_day_of_last_year():
    assert values("It was celebrated on July 27 last year.", dt.date(2025, 11, 18)) == [
        ("July 27 last year", "2024-07-27")]
    assert values("They met April 2-3 last year.", dt.date(2025, 11, 18)) == [
        ("April 2", "2024-04-02"), ("3 last year", "2024-04-03")]


def test_a_stretch_after_a_clause_is_a_duration_not_a_date_counted_from_a_like_noun():
    text = ("North Korea said last month it would quit the Six-Party Talks. The first test took place on 9 October 2006, "
            "little more than a year after the six parties issued their joint statement.")
    assert ("more than a year", "P1Y") in values(text, dt.date(2009, 5, 27))


def test_a_stretch_after_a_compound_noun_counts_from_the_sentence_that_tells_of_the_whole_noun():
    text = ("On Tuesday, the presidential office confirmed that Lee would travel to Washington on Dec. 9 for a summit. "
            "Kim Yo Jong issued a statement on Thursday, two days after the summit announcement.")
    assert ("two days", "2025-11-20") in values(text, dt.date(2025, 11, 22))


def test_a_day_named_right_after_a_full_date_in_the_same_sentence_keeps_its_year():
    text = "The envoy arrives Nov 30th, 2025 and leaves on the 2nd of December."
    assert values(text, dt.date(2025, 12, 29))[-1] == ("the 2nd of December", "2025-12-02")
    text = "Park met Landau on Tuesday to discuss measures to the Aug. 25 summit."
    assert values(text, dt.date(2025, 9, 25))[-1] == ("Aug. 25", "2025-08-25")


def test_mid_to_late_is_one_modifier():
    assert timexes("Officials expect a deal in mid-to-late 2026.", dt.date(2025, 12, 29)) == [
        ("mid-to-late 2026", "DATE", "2026", "END")]


def test_a_quotation_counts_from_the_weekday_its_attribution_gives():
    text = '"We met yesterday," the envoy told reporters in Geneva on Wednesday.'
    assert values(text, dt.date(2025, 11, 21)) == [("yesterday", "2025-11-18"), ("Wednesday", "2025-11-19")]


def test_maybe_in_a_season_is_one_still_to_come():
    [timex] = extract('"I don\'t think so. Maybe in the spring."', dt.date(2025, 11, 21)).timexes
    assert timex.value == "2026-SP"


def test_actions_a_step_follows_lie_behind_it():
    text = "The designations, effective immediately, follow similar actions in January and May."
    assert values(text, dt.date(2025, 7, 8)) == [("January", "2025-01"), ("May", "2025-05")]


def test_the_nth_day_counts_from_the_first_of_the_days_told_and_its_weekday_restates_it():
    text = ("We landed at 2:15 p.m. on Wednesday, Oct. 8. That evening we were taken to the hotel. The broadcast began "
            "at 5 a.m. the next morning. On the second day we were driven to the square. The parade came on Friday, "
            "Oct. 10. On the fourth day, a Saturday, the streets were swept clean.")
    found = values(text, dt.date(2025, 10, 18))
    assert ("the second day", "2025-10-09") in found and ("the fourth day", "2025-10-11") in found
    assert not [v for t, v in found if t == "Saturday"]
    assert [e.title for e in extract(text, dt.date(2025, 10, 18)).events][-1] == "The streets were swept clean"


def test_days_later_on_a_named_day_count_from_the_day_that_leads_to_it():
    text = ("Officials spent the night of Aug. 18, 1976, debating a response. The cables, released last Tuesday, "
            "cover that year. Three days later, on Aug. 21, troops cut down the tree.")
    assert values(text, dt.date(2023, 8, 21))[-2:] == [("Three days later", "1976-08-21"), ("Aug. 21", "1976-08-21")]


def test_the_weekend_after_a_day_told_weeks_back_is_that_days_weekend():
    april = dt.date(2025, 4, 2)
    assert values("The theft began on Feb. 21. Over the weekend, the exchange processed 350,000 requests.",
                  april)[-1] == ("the weekend", "2025-W08-WE")
    assert values("The theft began on Sunday, Feb. 23. Over the weekend, the exchange froze accounts.",
                  april)[-1] == ("the weekend", "2025-W08-WE")
    # (a day of the news leaves the weekend before it)
    assert values("The exchange reopened on Monday. Over the weekend, it froze accounts.", april)[-1] == (
        "the weekend", "2025-W13-WE")


def test_the_weekend_of_named_days_is_those_days():
    text = "The North sent 600 more balloons over the weekend of June 1-2."
    assert values(text, dt.date(2024, 6, 9)) == [("June 1", "2024-06-01"), ("2", "2024-06-02")]


def test_this_past_and_this_coming_are_the_last_and_the_next():
    assert values("This past weekend, the navies held drills off Busan.", dt.date(2025, 11, 27)) == [
        ("This past weekend", "2025-W47-WE")]
    assert values("The carrier arrives this coming week.", dt.date(2025, 11, 27)) == [
        ("this coming week", "2025-W49")]


def test_a_month_or_year_naming_the_noun_after_it_gives_no_tense():
    # "visit" after "Pompeo's July" is a noun, not a visit still to come: the verb is "ended"
    assert values("Pompeo's July visit to Pyongyang ended badly.", dt.date(2022, 3, 1)) == [("July", "2021-07")]


def test_a_past_counted_from_a_month_without_its_year_may_not_pass_the_published_day():
    # the months were read as the latest ones before publication; "three years later" from them would lie ahead,
    # though "said" tells a past: the count starts from the last date written with its year instead
    text = ("The summit opened on 28 February 2019. Talks in Stockholm in January went nowhere. "
            "Three years later, the envoy said the offer stood.")
    assert values(text, dt.date(2022, 3, 1))[-1] == ("Three years later", "2022")
    # a count that stays in the past is left as it was
    text = "The summit opened on 28 February 2019. Talks in Stockholm in January went nowhere. A month later, they met."
    assert values(text, dt.date(2022, 3, 1))[-1] == ("A month later", "2022-02")


def test_a_possibility_told_in_a_later_clause_is_not_the_tense_of_a_month():
    # "might" is what the remark said might happen, not when the remark was made
    assert values("Yoon's remark in January that Seoul might build its own weapons alarmed allies.") == [
        ("January", "2025-01")]


def test_that_month_passes_over_a_decade_to_the_year_the_story_is_in():
    text = ("North Korea admitted in 2002 that its agents had kidnapped citizens in the 1970s and 1980s. Five "
            "returned home that October.")
    assert values(text, dt.date(2025, 5, 12))[-1] == ("that October", "2002-10")
    # with only a decade told there is no year to give it (it gave the value "0199-10")
    assert values("Tensions rose in the 1990s. That October, talks failed.") == [("the 1990s", "199")]


def test_a_paragraph_opening_by_a_year_sets_its_months_in_that_year():
    text = ("By 2019 the mood had soured. After Hanoi, Pyongyang returned to missile tests in May, and in October "
            "talks in Stockholm broke down.")
    assert values(text, dt.date(2025, 4, 1)) == [("2019", "2019"), ("May", "2019-05"), ("October", "2019-10")]


def test_a_present_verb_after_an_aside_outweighs_the_asides_past():
    text = "Ishiba, who took office last October, faces an upper house election in July."
    assert values(text, dt.date(2025, 5, 12)) == [("last October", "2024-10"), ("July", "2025-07")]


def test_a_markdown_chronology_dates_its_bold_or_numbered_entries_by_the_heading_above():
    page = ("### 2017\n- **July 4**: The first ICBM is launched.\n\n### 2019\n- **Feb. 27-28**: Hanoi summit ends "
            "without a deal.\n1. *June 30* — Trump steps into North Korea.")
    got = values(page, dt.date(2025, 1, 5))
    assert ("July 4", "2017-07-04") in got and ("Feb. 27", "2019-02-27") in got and ("June 30", "2019-06-30") in got


def test_months_after_a_year_named_in_their_clause_are_of_that_year_whatever_the_tense():
    text = "It is the North's third ICBM launch of 2024, after tests in January and March."
    assert values(text, dt.date(2024, 11, 1)) == [("2024", "2024"), ("January", "2024-01"), ("March", "2024-03")]
    # a past year too, in a sentence told in the present
    assert values(text, dt.date(2025, 11, 24)) == [("2024", "2024"), ("January", "2024-01"), ("March", "2024-03")]
    # a year naming the noun after it sets no months: "fiscal 2026 budget request, released in May" is last May
    text = "The administration's fiscal 2026 budget request, released in May, sought $35 million."
    assert values(text, dt.date(2025, 11, 24))[-1] == ("May", "2025-05")


def test_a_year_written_with_its_last_two_figures():
    assert values("He went back only once, for a reunion in '85.", dt.date(2023, 7, 27)) == [("'85", "1985")]
    assert values("The class of '08 met in Seoul.", dt.date(2023, 7, 27)) == [("'08", "2008")]
    assert values("It was a look out of the '90s.", dt.date(2023, 7, 27)) != [("'90", "1990")]


def test_a_month_without_its_year_takes_the_year_of_the_month_joined_after_it():
    published = dt.date(2025, 6, 2)
    assert values("It listed transfers between January and July 2023.", published) == [
        ("January", "2023-01"), ("July 2023", "2023-07")]
    assert values("Shipments ran from November to March 2024.", published) == [
        ("November", "2023-11"), ("March 2024", "2024-03")]
    assert values("They met on Jan. 5 and July 7, 2023.", published) == [
        ("Jan. 5", "2023-01-05"), ("July 7, 2023", "2023-07-07")]


def test_years_end_in_a_story_about_an_earlier_year_is_that_years_end():
    text = ("That spring brought the first summit in a decade. By year's end, the leaders had met three times. The "
            "following spring, the mood changed.")
    got = values("The thaw came in January 2018. " + text, dt.date(2025, 3, 1))
    assert ("year's end", "2018") in got and ("The following spring", "2019-SP") in got


def test_later_in_the_day_in_the_past_counts_from_the_scene_not_from_a_drills_last_day_still_ahead():
    text = ("North Korea fired a missile on Thursday. The launch came a day after the North slammed the allies' "
            "exercise, which ran from Nov. 17-28, as a rehearsal. President Lee convened a meeting later in the day.")
    assert values(text, dt.date(2025, 11, 27))[-1] == ("later in the day", "2025-11-27")  # it gave 28 November
    text = "North Korea fired a missile on Monday. The drills will end on Nov. 28. Lee convened a meeting that day."
    assert values(text, dt.date(2025, 11, 27))[-1] == ("that day", "2025-11-24")
    # a day ahead in a sentence told in the future is still the day it names
    text = "North Korea fired a missile on Monday. The drills end on Nov. 28. Lee will convene a meeting that day."
    assert values(text, dt.date(2025, 11, 27))[-1] == ("that day", "2025-11-28")


def test_a_date_in_a_since_clause_looks_back_and_sets_no_scene():
    text = ("The WFP said on Wednesday that it had delivered its first shipment to North Korea since the country "
            "sealed its borders in January 2020. The shipment crossed from China at Dandong on 28 November.")
    assert values(text, dt.date(2025, 12, 3))[-1] == ("28 November", "2025-11-28")  # it gave 2020-11-28
    # and "later that day" after it counts from the last day that set a scene, not from one told in passing
    text = ("Trump met Xi on Thursday. Beijing paused controls that it had announced on Oct. 9. It was their first "
            "meeting since Osaka in June 2019. Later that day Trump wrote that he had approved the plan.")
    assert values(text, dt.date(2025, 11, 2))[-1] == ("Later that day", "2025-10-30")


def test_seasons_counted_back_from_the_last_one():
    assert values("Two summers ago, few thought about it.", dt.date(2025, 11, 24)) == [("Two summers ago", "2024-SU")]
    # in the summer itself, last summer is a year back, and two summers ago two
    assert values("Two summers ago, few thought about it.", dt.date(2025, 7, 10)) == [("Two summers ago", "2023-SU")]
    assert values("He left two winters ago.", dt.date(2025, 11, 24)) == [("two winters ago", "2023-WI")]


def test_the_days_of_a_schedule_headed_as_the_week_ahead_are_all_to_come():
    page = ("WEEK AHEAD\n\nMonday: South Korea's unification minister addresses a forum in Seoul.\n\n"
            "Friday: Anniversary of the summit declaration.")
    sunday = dt.date(2025, 9, 14)
    assert values(page, sunday) == [("Monday", "2025-09-15"), ("Friday", "2025-09-19")]
    # the same lines under a look back are the days gone by
    assert values(page.replace("WEEK AHEAD", "THE WEEK THAT WAS"), sunday) == [("Monday", "2025-09-08"),
                                                                              ("Friday", "2025-09-12")]


def test_a_time_after_that_deal_hangs_on_the_deal_and_the_new_year_hoped_for_lies_ahead():
    text = "By October 1994 they had a deal. A decade after that deal, the North tested its first bomb."
    assert values(text, dt.date(2025, 11, 20)) == [("October 1994", "1994-10"), ("A decade", "2004")]
    text = "In a letter dated Dec. 25, 2018, Kim told Trump he hoped to meet again in the new year."
    assert values(text, dt.date(2025, 11, 20))[-1] == ("the new year", "2019")
    assert values("Kim fired missiles in the new year.", dt.date(2025, 11, 20)) == [("the new year", "2025")]


def test_a_happening_a_date_is_counted_from_is_not_dated_by_that_date():
    text = ("The test took place on Sept. 3, 2017, nine months before the Singapore summit. In April 2018, two months "
            "before the summit, Kim announced a halt. Reporters watched tunnels being blown up that May.")
    # "two months before the summit" gave July 2017 (the summit taken for the test's date), and "that May" 2017
    assert values(text, dt.date(2025, 11, 16))[-2:] == [("two months", "P2M"), ("that May", "2018-05")]


def test_a_month_written_year_dot_month():
    assert values("The permits had been suspended since 2024.03.", dt.date(2025, 11, 20)) == [("2024.03", "2024-03")]
    assert values("Revenue was 2024.03 million.", dt.date(2025, 11, 20)) == []
    assert values("Version 2024.3 shipped.", dt.date(2025, 11, 20)) == []


def test_a_year_naming_a_thing_in_passing_gives_no_year_to_a_month_after_it():
    text = "The Nuclear Consultative Group, created under the 2023 Washington Declaration, last met in January."
    assert values(text, dt.date(2025, 11, 20))[-1] == ("January", "2025-01")  # it gave January 2023
    # the thing's own month keeps its year
    assert values("The 2005 accord, signed in April, collapsed.", dt.date(2025, 11, 20))[-1] == ("April", "2005-04")


def test_a_factbox_in_capitals_takes_its_entries_year_from_the_title():
    page = ("FACTBOX-North Korea's missile launches in 2025\n\nNov 20 (Reuters) - North Korea has fired missiles several "
            "times this year. Here are the main launches:\n\n* JAN. 6 - Fires a hypersonic missile.\n\n"
            "* MAY 8 - Launches short-range ballistic missiles.\n")
    got = dict(values(page, dt.date(2025, 11, 20)))
    assert got["JAN. 6"] == "2025-01-06" and got["MAY 8"] == "2025-05-08"  # they gave 2026, and no "MAY 8"
    assert values("The MAY 5 committee met.", dt.date(2025, 11, 20)) == []


def test_weekdays_counted_back_and_a_time_away():
    thursday = dt.date(2025, 11, 20)
    assert values("Two Sundays ago the ministry spoke.", thursday) == [("Two Sundays ago", "2025-11-09")]
    assert values("The summit is 10 days away.", thursday) == [("10 days away", "2025-11-30")]
    assert values("He stayed two weeks away from home.", thursday) == [("two weeks", "P2W")]


def test_late_after_a_reporting_verb_is_the_time_of_day():
    assert values("The JCS had said late Tuesday that the missile flew 1,000 km.", dt.date(2025, 11, 26)) == [
        ("late Tuesday", "2025-11-25")]
    assert timexes("The JCS said late Tuesday that it flew.", dt.date(2025, 11, 26)) == [
        ("late Tuesday", "DATE", "2025-11-25", "END")]
    assert values("The talks ended early on Thursday.", dt.date(2025, 11, 26)) == [("Thursday", "2025-11-20")]


def test_a_month_after_since_and_a_possessive_is_behind_whatever_the_verb_ahead():
    text = ("North Korea's parliament convened on Thursday for a two-day session, the first since its January sitting, "
            "at which it is expected to revise the constitution to define the South as a separate, hostile state.")
    assert values(text, dt.date(2025, 10, 10))[-1] == ("January", "2025-01")  # it gave January 2026


def test_a_month_just_ahead_after_a_done_verb_is_last_years():
    # in late November, "visited in December" is last December; the month-just-ahead exception is for plans told in
    # the past ("the vote was planned for early December")
    assert values("Kim visited Moscow in December.", dt.date(2025, 11, 23)) == [("December", "2024-12")]
    assert values("Officials said the vote was planned for early December.", dt.date(2025, 11, 23)) == [
        ("early December", "2025-12")]


def test_a_date_of_a_landmark_after_after_sets_no_scene_for_the_next_sentence():
    text = ("Putin will visit North Korea next year, the Kremlin said on Monday, in what would be his second trip after "
            "a visit in June 2024 during which the two signed a pact. Kim Jong Un travelled to Beijing in early "
            "September for a parade.")
    assert values(text, dt.date(2025, 11, 24))[-1] == ("early September", "2025-09")  # it gave September 2024


def test_a_weekday_cut_short_heading_a_line_is_that_day_of_the_week():
    saturday = dt.date(2026, 11, 28)
    text = ("What happened this week, a thread\n1/ Mon: Seoul and Tokyo held talks in Tokyo.\n2/ Tue: KCNA said Kim "
            "oversaw a drill.\n- Fri.: Nothing came from Pyongyang.")
    assert [v for v in values(text, saturday) if v[0] != "this week"] == [
        ("Mon", "2026-11-23"), ("Tue", "2026-11-24"), ("Fri", "2026-11-27")]
    assert values("Diary\n- Mon: The envoy will land in Seoul.", saturday) == [("Mon", "2026-11-30")]
    # elsewhere the short forms are words or names
    assert values("We sat: the talks went on. Sun: The newspaper said so.\nThe Sun: a tabloid.", saturday) == []


def test_month_entries_of_a_year_in_review_are_the_months_gone_and_follow_each_other():
    december = dt.date(2024, 12, 28)
    text = ("Pyongyang's year in review\n\nJanuary: Kim declared the South the primary foe.\n"
            "Mid-March: Artillery drills near the western border.\nJune 19: Putin visited Pyongyang.")
    assert values(text, december) == [("January", "2024-01"), ("Mid-March", "2024-03"), ("June 19", "2024-06-19")]
    # an entry that tells nothing done yet is still read from the published day
    assert values("Coming up\n\nJanuary: Party congress opens.", december) == [("January", "2025-01")]
    # a date inside the entry above is no step of the list: "by May" does not send April 27 to the next year
    text = ("Key dates\n\nMarch 8 — Trump accepts an invitation to meet Kim by May.\n\n"
            "April 27 — Kim and Moon meet at Panmunjom.")
    assert values(text, dt.date(2018, 6, 11)) == [("March 8", "2018-03-08"), ("May", "2018-05"),
                                                  ("April 27", "2018-04-27")]


def test_a_month_entry_under_the_end_of_a_year_or_a_season_is_in_the_year_after():
    text = ("KEY DATES\n- September 18-20, 2018: Moon visits Pyongyang.\n- Late 2018: Working-level contacts stall.\n"
            "- January 18: Trump meets Kim's envoy in Washington.\n- February 27-28: Hanoi summit.")
    found = values(text, dt.date(2019, 3, 1))
    assert found[-4:] == [("Late 2018", "2018"), ("January 18", "2019-01-18"), ("February 27", "2019-02-27"),
                          ("28", "2019-02-28")]
    text = "KEY DATES\n- Fall 2018: Talks stall.\n- January 18: An envoy visits.\n- November 2: Talks resume."
    assert values(text, dt.date(2019, 12, 1))[1:] == [("January 18", "2019-01-18"), ("November 2", "2019-11-02")]
    # a bare year above may go on with its own months
    text = "KEY DATES\n- 2018: Kim met Moon three times.\n- March 5: Envoys visited Pyongyang."
    assert values(text, dt.date(2018, 12, 1))[1:] == [("March 5", "2018-03-05")]


def test_may_closing_a_headline_is_the_month_whatever_the_next_line_opens_with():
    assert values("Kim to visit Moscow for talks in May\n\nThe Kremlin said so.") == [("May", "2026-05")]
    assert values("Talks in May\nHe said so.") == [("May", "2025-05")]


def test_weekday_entries_told_as_a_programme_are_the_days_ahead():
    sunday = dt.date(2025, 11, 23)
    text = ("Envoy's week\n\nMonday: Meets Japanese counterpart in Tokyo.\nTuesday: Trilateral meeting with Japan.\n"
            "Thursday: Flies to Seoul.\nFriday: Returns to Washington.")
    assert values(text, sunday) == [("Monday", "2025-11-24"), ("Tuesday", "2025-11-25"), ("Thursday", "2025-11-27"),
                                     ("Friday", "2025-11-28")]
    # a week told in the past is the week gone by
    text = "The envoy's week\n\nMonday: Met his Japanese counterpart.\nThursday: Flew to Seoul."
    assert values(text, sunday) == [("Monday", "2025-11-17"), ("Thursday", "2025-11-20")]


def test_the_turn_of_the_year_and_a_may_planned_for():
    march = dt.date(2026, 3, 3)
    assert timexes("A follow-up meeting is pencilled in for the turn of the year.", march) == [
        ("the turn of the year", "DATE", "2027-01", "APPROX")]
    assert values("The two sides last met at the turn of the year.", march) == [("the turn of the year", "2026-01")]
    assert values("A summit is planned for May.", march) == [("May", "2026-05")]
    assert values("A summit is penciled in for May.", march) == [("May", "2026-05")]
    assert values("It was time for May to go.", march) == []


def test_a_unit_after_or_before_the_date_told_just_before():
    monday = dt.date(2026, 1, 12)
    assert values("Kim arrived on Jan. 5, 2026. The week after, he went home.", monday)[1] == ("The week after", "2026-W03")
    assert values("The summit was set for Friday, Jan. 23 but moved to the weekend after.", monday)[1] == (
        "the weekend after", "2026-W04-WE")
    assert values("In March 2019 the talks resumed. The year before, they had met.", monday)[1] == (
        "The year before", "2018")
    # counted from a happening the text names, it is no date of its own here
    assert values("The week after the summit, Pyongyang blamed Washington.", monday) == []


def test_a_newspaper_called_a_daily_or_a_weekly_is_no_time():
    assert values("The ruling party's daily Rodong Sinmun said on Sunday that talks were over.") == [
        ("Sunday", "2025-09-21")]
    assert values("The business daily Nikkei reported the deal.") == []
    assert values("The news weekly Der Spiegel said the envoy would go.") == []
    assert values("The daily said the talks had failed, and the weekly agreed.") == []
    assert values("The Korea Times, an English-language daily, reported the visit.") == []
    # a dateline's outlet
    assert values("SEOUL (Regional daily) — The North agreed to talks.") == []
    assert values("BEIJING (Hong Kong daily, foreign desk) — Six nations agreed on a statement.") == []
    # still how often
    assert values("The council meets daily in Seoul.") == [("daily", "P1D")]
    assert values("Officials briefed the press daily, Monday to Friday.")[0] == ("daily", "P1D")
    assert values("The daily briefing was cancelled.") == [("daily", "P1D")]


def test_a_programme_or_paper_named_after_a_time_is_no_time():
    assert values("USA Today reported on Monday that the envoy had left.") == [("Monday", "2025-09-22")]
    assert values("Kim told NBC's Today show that he was ready.") == []
    assert values("This is VOA Today.") == []
    assert values('He told CBS\'s "60 Minutes" that he would return.') == []
    assert values("He told CBS's 48 Hours that he would return.") == []
    # (quoted the wire's way, the quotation closed after a stop; a title that goes on after its time words)
    assert values("Gonzalez said on CBS's ``60 Minutes.'' The envoy left on Monday.") == [("Monday", "2025-09-22")]
    assert values('He had read "One Hundred Years of Solitude" twice.') == []
    assert values("She quoted 'Thirty Days of Night' in her speech.") == []
    # (but a quotation opened after "said," is speech: 'she said, "Two Years."')
    assert values('Asked how long it would take, she said, "Two Years."') == [("Two Years", "P2Y")]
    assert values("Laura Ling, a reporter for Current TV, stepped off the plane.") == []
    assert values("Current estimates put the toll at 40.") == [("Current", "PRESENT_REF")]
    # still times
    assert values("Today the envoy left.") == [("Today", "2025-09-22")]
    assert values("The summit opens in Hanoi today.") == [("today", "2025-09-22")]
    assert values("The meeting lasted 60 minutes.") == [("60 minutes", "PT60M")]


def test_a_clock_time_under_the_next_heading_stays_on_a_day_told_long_before():
    text = ("What happened?\nThe leaders met in Hanoi on Feb. 27 and 28, 2019.\n\nWhy did the talks fail?\n"
            "Washington said the North had wanted every sanction lifted for a part of its nuclear complex. "
            "The North's foreign minister told a midnight news conference that it had asked for less.\n\n"
            "What came next?\nThe two met again on June 30 that year.")
    assert values(text)[-2:] == [("midnight", "2019-02-28T24:00"), ("June 30 that year", "2019-06-30")]
    # a day near the published one is no better a guess than the published day itself
    text = ("The envoy arrived on Saturday for a round of talks with officials from both countries.\n\n"
            "Briefing arrangements\nAccredited reporters may collect their passes, and the press office opens at 9 a.m.")
    assert values(text)[-1] == ("9 a.m.", "2025-09-22T09:00")


def test_a_day_of_the_month_ahead_of_the_day_before_it_is_in_the_next_month():
    text = "The visit runs through Wednesday. On the 3rd, Japan hosts a trilateral meeting."
    assert values(text, dt.date(2025, 11, 25)) == [("Wednesday", "2025-11-26"), ("the 3rd", "2025-12-03")]
    # told in the past, it stays in the month before
    text = "The talks began on Nov. 20. On the 3rd, Japan had hosted a meeting."
    assert values(text, dt.date(2025, 11, 25))[-1] == ("the 3rd", "2025-11-03")


def test_a_year_opening_a_bulleted_line_after_a_capitalised_word_is_a_year():
    text = ("* 1985 - North Korea joins the Nuclear Non-Proliferation Treaty.\n"
            "* 1994 - The United States and North Korea sign the Agreed Framework.\n")
    assert values(text) == [("1985", "1985"), ("1994", "1994")]


def test_a_year_told_in_the_sentence_before_sets_the_scene_for_a_story_years_back():
    text = "The toughest came in 2017. Resolution 2371, adopted on Aug. 5, banned exports. Another followed on Sept. 11."
    assert values(text, dt.date(2025, 11, 25)) == [("2017", "2017"), ("Aug. 5", "2017-08-05"), ("Sept. 11", "2017-09-11")]
    # last year's may be only a comparison, and a span's start sets no scene
    assert values("Sales fell in 2024. On Aug. 5, the board met.", dt.date(2025, 11, 25))[-1] == ("Aug. 5", "2025-08-05")
    text = "Cases in Canada date back to 1994. In January, a doctor was shot."
    assert values(text, dt.date(1998, 10, 25))[-1] == ("January", "1998-01")


def test_a_date_in_an_aside_between_subject_and_verb_sets_no_scene():
    text = ("The monitoring team, set up in October 2024 after Russia vetoed the panel's renewal in March that year, "
            "said the transfer breached the cap. The team said it had asked the owner to explain on Nov. 14.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("Nov. 14", "2025-11-14")
    # an aside that takes its year from the story goes on with it
    text = "The toughest came in 2017. Resolution 2371, adopted on Aug. 5, banned exports. Another followed on Sept. 11."
    assert values(text, dt.date(2025, 11, 25))[-1] == ("Sept. 11", "2017-09-11")


def test_that_day_after_a_report_is_the_day_reported_not_the_day_of_the_report():
    told = "A tanker transferred fuel to a North Korean ship on Nov. 9, a monitoring group said Monday.\n\n"
    published = dt.date(2025, 11, 25)
    assert values(told + "Images taken that day show both ships.", published)[-1] == ("that day", "2025-11-09")
    assert timexes(told + "Images taken at 10:42 a.m. that day show both ships.", published)[2] == (
        "10:42 a.m.", "TIME", "2025-11-09T10:42", "")
    # a day told alone is still the scene
    assert values("The group said Monday that it had written to the owner. That day the ship left port.",
                  published)[-1] == ("That day", "2025-11-24")


def test_a_headline_without_a_full_stop_lends_no_tense_to_the_paragraph_below():
    published = dt.date(2025, 11, 25)
    story = ("North Korea tells UN it will never give up nuclear weapons\n\nUNITED NATIONS — Addressing the General "
             "Assembly on Monday, North Korea's vice minister, Kim Son Gyong, said his country would keep them.")
    assert values(story, published) == [("Monday", "2025-11-24")]
    story = "Seoul says aid offer will stand\n\nTorrential rain on July 27 and 28 swamped towns, state media reported."
    assert values(story, published)[0] == ("July 27", "2025-07-27")


def test_a_numbered_lists_next_item_takes_no_year_from_the_item_before():
    text = ("1. The party congress. The eighth was held in January 2021.\n\n"
            "2. A Trump-Kim meeting. Trump said in October that he would meet Kim again.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("October", "2025-10")


def test_since_then_brings_the_story_back_to_the_present():
    text = ("The last reunions were held in August 2018. Since then, 20,000 applicants have died. In early October, "
            "the minister visited a memorial.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("early October", "2025-10")


def test_a_date_corrected_away_is_not_where_the_story_is():
    text = ("It was held on Feb. 27-28, 2019, not in March. The article also said that Kim arrived by plane; he "
            "arrived by train on Feb. 26.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("Feb. 26", "2019-02-26")


def test_that_year_after_a_quotation_is_the_year_the_quotation_named():
    text = ('Kim Yo Jong said on Tuesday that talks were pointless. "The clock will not turn back to 2018," she said. '
            "In that year, her brother met Moon Jae-in three times.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("that year", "2018")


def test_a_dateline_under_a_headline_is_the_reports_reference_day():
    text = ("N.Korea fires missiles into sea, Seoul says\n\nSEOUL, Nov 7 (Reuters) - North Korea fired missiles on "
            "Friday, the military said.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("Friday", "2025-11-07")


def test_the_last_year_a_clause_tells_is_no_relative_date():
    published = dt.date(2025, 11, 25)
    assert values("2017: the last year North Korea tested a nuclear device.", published) == [("2017", "2017")]
    assert values("It was the last year that the two sides met.", published) == []
    assert values("Talks stalled over the last year.", published) == [("the last year", "2024")]


def test_years_ago_this_month_named_is_that_month_so_many_years_back():
    text = "Seven years ago this June, the two leaders signed a statement on Sentosa island."
    assert values(text, dt.date(2025, 11, 25)) == [("Seven years ago this June", "2018-06")]


def test_a_since_baseline_and_a_relative_clause_set_no_scene_for_what_follows():
    text = ("The North has not held such reunions since August 2018, when 800 people met.\n\n"
            "Seoul last proposed reunions in September. That offer went unanswered.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("September", "2025-09")
    text = ("Seoul proposed reunions around the holiday, which falls on Feb. 17 next year. "
            "The offer was sent by fax at 10 a.m.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("10 a.m.", "2025-11-25T10:00")


def test_a_labelled_date_line_at_the_top_dates_the_text_below_it():
    text = "From our archive: November 23, 2010\n\nArtillery shelled the island on Tuesday afternoon. It came eight months after the sinking in March."
    found = dict(values(text, dt.date(2025, 11, 25)))
    assert (found["Tuesday afternoon"], found["March"]) == ("2010-11-23TAF", "2010-03")


def test_a_month_or_season_of_last_this_or_next_year_is_one_date():
    published = dt.date(2025, 11, 27)
    assert [(t.text, t.value) for t in extract("Its first since December of last year; the next in January of next "
                                               "year, after talks in the spring of last year.", published).timexes] == [
        ("December of last year", "2024-12"), ("January of next year", "2026-01"),
        ("the spring of last year", "2024-SP")]


def test_days_later_count_from_the_stories_day_past_a_coarser_date_told_in_passing():
    published = dt.date(2025, 11, 27)
    text = ("On Oct. 31 the DPRK launched a missile, its first since December of last year. Three days later it "
            "fired short-range missiles into the sea.")
    assert values(text, published)[-1] == ("Three days later", "2025-11-03")
    # but after a month that set the scene, no day can be named
    assert values("In June the DPRK launched a missile. Three days later it fired again.", published) == [
        ("June", "2025-06")]


def test_next_weekday_a_day_or_two_ahead_is_that_day_of_the_week_after():
    assert values("They meet next Thursday.", dt.date(2025, 11, 26)) == [("next Thursday", "2025-12-04")]
    assert values("They meet next Thursday.", dt.date(2025, 11, 24)) == [("next Thursday", "2025-11-27")]
    assert values("They meet on Thursday.", dt.date(2025, 11, 26)) == [("Thursday", "2025-11-27")]


def test_a_day_of_a_month_told_from_now_is_one_date():
    published = dt.date(2025, 11, 29)
    assert values("Results will be sent out by the 15th of next month.", published) == [
        ("the 15th of next month", "2025-12-15")]
    assert values("He left on the twentieth of last month.", published) == [("the twentieth of last month", "2025-10-20")]


def test_a_period_that_is_the_subject_keeps_its_auxiliary_and_its_name_in_the_title():
    [e] = extract("The new year will bring a fresh chance.", dt.date(2025, 11, 29)).events
    assert e.title == "The new year will bring a fresh chance"
    [e] = extract("Wednesday marks 75 years since Chinese forces attacked the Marines.", dt.date(2025, 11, 25)).events
    assert e.title == "Wednesday marks 75 years since Chinese forces attacked the Marines"
    [e] = extract("October alone brought $231 million in trade.", dt.date(2025, 11, 25)).events
    assert e.title == "October alone brought $231 million in trade"


def test_may_in_a_list_of_months_is_the_month_and_plans_nothing():
    published = dt.date(2025, 11, 29)
    for text in ("Pompeo visited Pyongyang four times: in April 2018, in May, in July and in October.",
                 "Pompeo visited Pyongyang in April 2018, May, July and October."):
        assert [v for _t, v in values(text, published)] == ["2018-04", "2018-05", "2018-07", "2018-10"]
        assert {e.modality for e in extract(text, published).events} == {"asserted"}


def test_an_explainers_next_question_takes_no_year_from_the_answer_before_but_an_interview_goes_on():
    published = dt.date(2025, 11, 27)
    explainer = ("Has anyone tried to reopen it?\nIn June 2020 the North blew up the liaison office.\n\n"
                 "What is left?\nSatellite photos taken in late October showed buses moving between the buildings.")
    assert values(explainer, published)[-1] == ("late October", "2025-10")
    interview = ("Q: When did you first meet him?\nA: In New York, at the end of May 2018.\n"
                 "Q: Did you go back to Pyongyang after that?\nA: Yes, in early July, and again in October.")
    assert values(interview, published)[-2:] == [("early July", "2018-07"), ("October", "2018-10")]


def test_a_vow_told_in_the_clause_after_an_opening_date_dates_the_vowing_not_what_was_vowed():
    published = dt.date(2025, 11, 29)
    assert values("On March 5, Kim vowed to expand the arsenal.", published) == [("March 5", "2025-03-05")]
    assert values("In his New Year's speech on Jan. 1, Kim pledged to build more missiles.", published) == [
        ("Jan. 1", "2025-01-01")]
    assert values("On Monday, Kim will vow to expand the arsenal.", published) == [("Monday", "2025-12-01")]


def test_start_and_end_as_verbs_are_not_the_start_or_end_of_the_date_after_them():
    published = dt.date(2025, 11, 25)
    assert mods("That work could start next month, if both sides wanted it to.", published) == [("next month", "")]
    assert mods("The talks will end next year.", published) == [("next year", "")]
    assert mods("By end-2025 the plant will close.", published) == [("end-2025", "END")]
    assert mods("At the start of 2026 and the close of next month.", published) == [
        ("the start of 2026", "START"), ("the close of next month", "END")]


def test_a_day_that_a_present_is_states_is_still_to_come():
    tuesday, saturday = dt.date(2025, 11, 25), dt.date(2025, 11, 22)
    assert values("The meeting is on Thursday in Washington.", tuesday) == [("Thursday", "2025-11-27")]
    assert values("Tuesday is the deadline.", saturday) == [("Tuesday", "2025-11-25")]
    assert values("Tuesday is the deadline.", tuesday) == [("Tuesday", "2025-11-25")]
    assert values("The vote is Dec. 3, officials said.", saturday) == [("Dec. 3", "2025-12-03")]
    assert values("Wednesday marks 75 years since the battle began.", tuesday)[0] == ("Wednesday", "2025-11-26")
    # a past copula, or a day that is not the subject, looks back as before
    assert values("Monday was quiet.", saturday) == [("Monday", "2025-11-17")]
    assert values("A report released Wednesday is expected to anger Seoul.", saturday) == [("Wednesday", "2025-11-19")]


def test_an_attribution_after_a_comma_does_not_turn_a_plan_further_back_into_the_past():
    tuesday = dt.date(2025, 11, 25)
    text = ("He is due to travel to Tokyo on Thursday and to return to Washington at the weekend, "
            "the State Department said.")
    assert values(text, tuesday) == [("Thursday", "2025-11-27"), ("the weekend", "2025-W48-WE")]
    # with no plan told, the report's tense still decides
    assert values("Two ships were seen at the weekend, the ministry said.", tuesday) == [("the weekend", "2025-W47-WE")]


def test_a_half_of_a_match_is_not_a_half_of_the_year():
    tuesday = dt.date(2025, 11, 25)
    assert values("Its forward scored twice in the first half on Saturday.", tuesday) == [("Saturday", "2025-11-22")]
    assert values("The team led at the break but collapsed in the second half.", tuesday) == []
    assert values("In the first half of Sunday's final they lost.", tuesday) == [("Sunday", "2025-11-23")]
    assert values("Profits rose in the first half.", tuesday) == [("the first half", "2025-H1")]


def test_a_relative_clause_in_the_storys_year_keeps_the_story_in_that_year():
    text = ("The fighting began on Nov. 27, 1950. The Marines fought their way to Hungnam, from which they were "
            "evacuated by sea in mid-December. The last ship left on Dec. 23 with 14,000 refugees on board.")
    assert values(text, dt.date(2025, 11, 25))[-2:] == [("mid-December", "1950-12"), ("Dec. 23", "1950-12-23")]
    # a relative clause's date in another year than the scene before it is still background
    text = ("The summit was held in June 2018. The statement, which critics panned in July 2019, was vague. "
            "On Aug. 3, Kim spoke.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("Aug. 3", "2025-08-03")


def test_a_sentence_that_comes_back_to_now_takes_the_story_with_it():
    text = ("The UN's resident coordinator left Pyongyang in March 2021 and has not returned. A UN report published "
            "in the spring estimated that 40% of people were undernourished.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("the spring", "2025-SP")
    text = "The coordinator left Pyongyang in March 2021. A report published in the spring said food was short."
    assert values(text, dt.date(2025, 11, 25))[-1] == ("the spring", "2021-SP")


def test_a_hope_told_in_the_past_looks_ahead_unless_it_was_had_before():
    published = dt.date(2025, 11, 25)
    assert values("The minister said Seoul hoped to resume family reunions in February.", published) == [
        ("February", "2026-02")]
    assert values("Kim wanted to visit Seoul in March.", published) == [("March", "2026-03")]
    assert values("On March 5, Kim hoped to expand the arsenal.", published) == [("March 5", "2025-03-05")]
    assert values("Officials had hoped to resume the talks on Oct. 7.", published) == [("Oct. 7", "2025-10-07")]


def test_a_schedules_days_follow_one_another_whatever_their_headings_look_like():
    tuesday = dt.date(2025, 11, 25)
    text = ("Week ahead: what to watch\n\nMonday: The committee is briefed on troop deployments.\n\n"
            "Tuesday: The air exercise ends.\n\nWednesday and Thursday: The envoy visits Tokyo.\n\n"
            "Friday: South Korea releases November trade figures.\n\nSaturday, Dec. 6: Anniversary events begin.")
    assert [v for _t, v in values(text, tuesday)] == [
        "2025-12-01", "2025-12-02", "2025-12-03", "2025-12-04", "2025-12-05", "2025-11", "2025-12-06"]
    # the month that names the figures is no event of its own
    assert [e.date_text for e in extract(text, tuesday).events] == [
        "Monday", "Tuesday", "Wednesday and Thursday", "Friday", "Saturday, Dec. 6"]


def test_a_period_that_holds_the_storys_day_leaves_the_story_on_it():
    tuesday = dt.date(2025, 11, 25)
    lead = ("Soldier defects\n\nA soldier walked across the border early on Thursday, the military said, the second "
            "such crossing this year.\n\n")
    # the lead's day carries to a clock time that opens the next paragraph, past the year that holds it
    assert values(lead + "He crossed the line at about 5 a.m. and was taken into custody.", tuesday)[-1] == (
        "about 5 a.m.", "2025-11-20T05:00")
    assert values(lead + "The next day, he was questioned.", tuesday)[-1] == ("The next day", "2025-11-21")
    # a later paragraph's clock time is not the lead's
    assert values(lead + "Officials met.\n\nThe ministry will brief at 3 p.m.", tuesday)[-1] == (
        "3 p.m.", "2025-11-25T15:00")
    # a story without a headline opens on its lead
    lead = lead.removeprefix("Soldier defects\n\n")
    assert values(lead + "He crossed the line at about 5 a.m. and was taken into custody.", tuesday)[-1] == (
        "about 5 a.m.", "2025-11-20T05:00")
    assert values(lead + "Officials met.\n\nThe ministry will brief at 3 p.m.", tuesday)[-1] == (
        "3 p.m.", "2025-11-25T15:00")
    # (and one whose paragraphs are broken by single line breaks, as pasted text often is)
    single = ("North Korea fired a cruise missile into the Yellow Sea on Friday evening, the South's military said, "
              "hours after the allies wrapped up the field phase of their drills.\n")
    assert values(single + "The launch, detected at around 7:40 p.m., was the third this month.", tuesday)[1] == (
        "around 7:40 p.m.", "2025-11-21T19:40")
    assert values(single + "Officials met.\nThe ministry will brief at 3 p.m.", tuesday)[-1] == (
        "3 p.m.", "2025-11-25T15:00")


def test_a_month_whose_day_part_is_given_a_year_takes_it():
    text = "She last saw her father on a December morning in 1950, as the family fled south."
    assert values(text, dt.date(2025, 11, 25))[0] == ("December", "1950-12")


def test_a_season_before_and_a_verb_phrase_is_a_date():
    text = "The bill was first proposed in the summer and passed the committee stage on Nov. 12."
    assert values(text, dt.date(2025, 11, 25)) == [("the summer", "2025-SU"), ("Nov. 12", "2025-11-12")]
    assert values("Talks ran through the summer and autumn months.", dt.date(2025, 11, 25)) == []


def test_the_items_of_a_list_of_months_share_its_tense():
    # "twice in March" is as far back as "in January", however far the verb is behind it
    assert values("North Korea has launched ballistic missiles on at least 11 days this year: in January, twice in "
                  "March, in May and on Nov. 7.", dt.date(2025, 11, 25))[2:4] == [("January", "2025-01"),
                                                                                    ("March", "2025-03")]
    assert values("Talks will resume in January, in March and in May.", dt.date(2025, 11, 25))[1] == (
        "March", "2026-03")


def test_a_past_verb_in_an_unreal_condition_looks_ahead():
    # "would ... if talks resumed in January": a condition still to be met
    assert values("Money would be restored if talks resumed in January.", dt.date(2025, 11, 25)) == [
        ("January", "2026-01")]
    # (an "if" with no "would" before it, or one in another sentence, leaves the past alone)
    assert values("If talks resumed in January, it was not reported.", dt.date(2025, 11, 25)) == [
        ("January", "2025-01")]
    assert values("He said he would go. If talks resumed in January, nobody knew.", dt.date(2025, 11, 25)) == [
        ("January", "2025-01")]


def test_that_spring_points_back_past_the_news_to_the_story():
    # the cable is 1977's; "declassified on Friday" is the news, and "that spring" is not this one
    assert values("A cable from March 9, 1977, declassified on Friday, shows the plan. The plan, announced publicly "
                  "that spring, was dropped.", dt.date(2025, 11, 25))[-1] == ("that spring", "1977-SP")
    # (with no older date told, the story's own)
    assert values("Talks began on Friday. That spring had been quiet.", dt.date(2025, 11, 25))[-1] == (
        "That spring", "2025-SP")


def test_a_weekday_planned_after_another_in_the_same_sentence_comes_after_it():
    # told on a Tuesday: "on Monday" is next week's, so "arriving on Wednesday" is the Wednesday after it, not tomorrow
    tuesday = dt.date(2025, 11, 25)
    assert values("The president will fly to Seoul on Monday, arriving in Tokyo on Wednesday.", tuesday) == [
        ("Monday", "2025-12-01"), ("Wednesday", "2025-12-03")]
    assert values("The envoy will visit Seoul on Monday and Tokyo on Wednesday.", tuesday) == [
        ("Monday", "2025-12-01"), ("Wednesday", "2025-12-03")]
    # (a day told as coming after the second one stays before it, and past days keep their own reading)
    assert values("The envoy will meet Kim on Monday after talks on Wednesday.", tuesday)[1] == (
        "Wednesday", "2025-11-26")
    assert values("The president flew to Seoul on Monday, arriving in Tokyo on Wednesday.", dt.date(2025, 11, 27)) == [
        ("Monday", "2025-11-24"), ("Wednesday", "2025-11-26")]


def test_a_stretch_of_weekdays_runs_forward_from_its_first_day():
    tuesday = dt.date(2025, 11, 25)
    # told in the past, the stretch has ended: the latest Monday-to-Wednesday, not this Monday to last Wednesday
    assert values("The drills ran from Monday to Wednesday.", tuesday) == [
        ("Monday", "2025-11-17"), ("Wednesday", "2025-11-19")]
    # a schedule's "Thursday-Friday" and "Thursday through Saturday" name both days
    assert values("WEEK AHEAD\n\nThursday-Friday: envoys hold talks in Tokyo.", tuesday) == [
        ("Thursday", "2025-11-27"), ("Friday", "2025-11-28")]
    assert values("Envoys will hold talks Thursday through Saturday in Tokyo.", tuesday) == [
        ("Thursday", "2025-11-27"), ("Saturday", "2025-11-29")]
    # (a weekday after a hyphen that follows no weekday is still no date: "a Sino-Monday" is not a stretch)
    assert values("The post-Monday rally was loud.", tuesday) == []


def test_a_part_of_the_century_without_its_number():
    tuesday = dt.date(2025, 11, 25)
    # ahead: this century's
    assert timexes("By mid-century, the question may no longer be whether to talk.", tuesday) == [
        ("mid-century", "DATE", "20", "MID")]
    assert timexes("Tensions will persist until the end of the century.", tuesday) == [
        ("the end of the century", "DATE", "20", "END")]
    # told as past, a point of this century still to come is the last century's
    assert timexes("The city was rebuilt by the middle of the century.", tuesday) == [
        ("the middle of the century", "DATE", "19", "MID")]
    assert timexes("The famine struck at the beginning of the century.", tuesday) == [
        ("the beginning of the century", "DATE", "20", "START")]
    # (a style named after the time is no date)
    assert timexes("They sat on mid-century chairs.", tuesday) == []


def test_when_something_was_last_done_is_background_and_leaves_the_story_where_it_was():
    monday = dt.date(2025, 11, 24)
    text = ("The drills were last held in October 2024. North Korea fired a short-range ballistic missile on Nov. 7, "
            "its first such launch in nearly two weeks.")
    assert values(text, monday)[:2] == [("October 2024", "2024-10"), ("Nov. 7", "2025-11-07")]
    # (a story told in that year goes on in it)
    assert values("The drills were held in October 2024. North Korea fired a missile on Nov. 7.", monday) == [
        ("October 2024", "2024-10"), ("Nov. 7", "2024-11-07")]


def test_a_clock_on_seoul_time_may_be_a_day_ahead_of_the_newsroom():
    # told on a Tuesday in Washington: 7:10 a.m. Seoul time on Wednesday is 2210 GMT on Tuesday, not last Wednesday
    tuesday = dt.date(2025, 11, 25)
    assert values("North Korea fired a ballistic missile at 7:10 a.m. Seoul time on Wednesday (2210 GMT Tuesday), "
                  "the South's military said.", tuesday) == [
        ("7:10 a.m. Seoul time on Wednesday", "2025-11-26T07:10"), ("2210 GMT Tuesday", "2025-11-25T22:10")]
    # (a Washington clock is the newsroom's own: last Wednesday)
    assert values("The envoy arrived at 7:10 a.m. ET on Wednesday.", tuesday) == [
        ("7:10 a.m. ET on Wednesday", "2025-11-19T07:10")]


def test_so_many_years_ago_this_season_is_that_season():
    assert values("Seventy-two years ago this summer, negotiators signed the armistice.", dt.date(2025, 11, 25)) == [
        ("Seventy-two years ago this summer", "1953-SU")]
    assert values("In Q3, thefts slowed.", dt.date(2025, 11, 25)) == [("Q3", "2025-Q3")]


def test_since_a_weekday_counts_back_from_the_day_just_told():
    # the visit ended on Friday, having run since Monday: that week's Monday, not the one after it
    tuesday = dt.date(2025, 11, 25)
    assert values("The envoy wrapped up a five-day visit to Seoul on Friday, after meeting defectors since Monday.",
                  tuesday)[1:] == [("Friday", "2025-11-21"), ("Monday", "2025-11-17")]
    # (with no day told before it, since Monday is this week's)
    assert values("Talks have been under way since Monday.", tuesday) == [("Monday", "2025-11-24")]


def test_where_two_last_met_is_background_too():
    text = ("The two last met at the Demilitarized Zone on June 30, 2019. North Korea has not commented. Its foreign "
            "ministry said in September that it would not hold talks.")
    assert values(text, dt.date(2025, 11, 18)) == [("June 30, 2019", "2019-06-30"), ("September", "2025-09")]


def test_a_period_compared_with_sets_no_year_for_the_dates_after_it():
    tuesday = dt.date(2025, 11, 25)
    # the figures compare with 2024; the data came out this year
    assert values("Trade rose by a fifth compared with the same period of 2024, according to customs data released "
                  "on Nov. 20.", tuesday) == [("2024", "2024"), ("Nov. 20", "2025-11-20")]
    assert values("Exports were higher than in 2023, officials said on Oct. 2.", tuesday)[-1] == (
        "Oct. 2", "2025-10-02")
    # (a story told in that year still goes on in it)
    assert values("In 2024, trade rose by a fifth. Officials released the figures on Nov. 20.", tuesday)[-1] == (
        "Nov. 20", "2024-11-20")


def test_a_plan_that_had_been_set_for_a_day_looks_back_to_the_nearest():
    tuesday = dt.date(2025, 11, 25)
    assert values("Sentencing had originally been set for Oct. 3 but was delayed.", tuesday) == [
        ("Oct. 3", "2025-10-03")]
    assert values("A summit is set for Oct. 3.", tuesday) == [("Oct. 3", "2026-10-03")]


def test_a_plan_agreed_in_a_year_told_is_ahead_of_the_agreeing_not_of_now():
    tuesday = dt.date(2025, 11, 25)
    assert values("The reunions took place in August 2018, after the leaders agreed to resume them at their April "
                  "summit that year.", tuesday) == [("August 2018", "2018-08"), ("April", "2018-04"),
                                                     ("that year", "2018")]
    # (agreed this week, the meeting in April is next April)
    assert values("Kim agreed on Monday to meet Trump in April.", tuesday) == [
        ("Monday", "2025-11-24"), ("April", "2026-04")]
    assert values("Kim agreed last week to meet Trump in April.", tuesday)[-1] == ("April", "2026-04")


def test_a_hyphenated_compound_is_one_word_between_a_date_and_its_verb():
    assert values("Investigators traced part of the money to over-the-counter brokers in Cambodia between March and "
                  "May.", dt.date(2025, 11, 25)) == [("March", "2025-03"), ("May", "2025-05")]


def test_a_participle_aside_on_the_subject_of_a_present_verb_is_not_the_earlier_storys():
    text = ("In June 2020, North Korea blew up the liaison office on the edge of the park.\n\n"
            "The images, taken on Nov. 19 and Nov. 20, show rubble where a support center stood as recently as "
            "September.")
    assert values(text, dt.date(2025, 11, 25))[1:] == [
        ("Nov. 19", "2025-11-19"), ("Nov. 20", "2025-11-20"), ("September", "2025-09")]
    # (told in the past, the story's year still holds: "The report, published in May, focused on ...")
    text = "The panel's mandate expired on April 30, 2024. Its first report, published in May, focused on Russia."
    assert values(text, dt.date(2025, 11, 25))[-1] == ("May", "2024-05")


def test_a_long_clauses_verb_further_back_gives_a_trailing_date_its_tense():
    tuesday = dt.date(2025, 11, 25)
    text = ("North Korea fired two short-range ballistic missiles into the sea off its east coast over the weekend, "
            "days before South Korea and the United States begin their annual winter drills.")
    assert values(text, tuesday)[0] == ("the weekend", "2025-W47-WE")
    text = ("The Treasury imposed sanctions on two bankers who laundered money from North Korean cyber thefts, "
            "including the hack of the Bybit exchange in February.")
    assert values(text, tuesday) == [("February", "2025-02")]
    # (a number's point is no full stop on the way back: "the $1.5 billion hack")
    assert values(text.replace("the hack", "the $1.5 billion hack"), tuesday) == [("February", "2025-02")]


def test_holds_on_a_weekday_is_a_scheduled_gathering():
    tuesday = dt.date(2025, 11, 25)
    assert values("On Wednesday, the UN Security Council holds an open meeting on North Korea.", tuesday) == [
        ("Wednesday", "2025-11-26")]
    assert values("The party holds its plenum on Monday.", tuesday) == [("Monday", "2025-12-01")]


def test_a_sentence_in_the_present_perfect_between_brings_the_story_back_to_now():
    text = ("The agency withdrew its last foreign staff in March 2021.\n\nAid groups have warned for months that "
            "shortages are worsening. A UN report in July estimated that half the population was undernourished.")
    assert values(text, dt.date(2025, 11, 25))[-1] == ("July", "2025-07")
    # (a story told in the past goes on in its year: "It ended in March 2021. Staff returned in July.")
    text = "The agency withdrew its last foreign staff in March 2021. A report in July said the border was shut."
    assert values(text, dt.date(2025, 11, 25))[-1] == ("July", "2021-07")


def test_a_span_up_to_now_sets_no_year_for_the_clause_after_it():
    april = dt.date(2026, 4, 2)
    text = ("A North Korean ship that had been banned from ports worldwide since 2018 was spotted unloading coal in a "
            "Chinese harbour in mid-March.")
    assert values(text, april) == [("2018", "2018"), ("mid-March", "2026-03")]
    # (but what the span held, and a clause about its first year, are that year's)
    assert values("They have met three times since 2018: in June, in February 2019 and in June 2019.", april)[1] == (
        "June", "2018-06")
    assert values("Exports have fallen since 2019, when the border closed in January.", april) == [
        ("2019", "2019"), ("January", "2019-01")]


def test_a_participle_asides_year_does_not_reach_a_main_clause_in_the_present():
    october = dt.date(2026, 10, 12)
    text = "A new building at the Kangson site, first identified in 2024, appears to have been completed over the summer."
    assert values(text, october) == [("2024", "2024"), ("the summer", "2026-SU")]
    assert values("The building, first seen in March 2024, has since been completed in July.", october)[-1] == (
        "July", "2026-07")
    # (told in the past, the aside's year may still be the story's)
    assert values(text.replace("appears to have been", "was"), october)[-1] == ("the summer", "2024-SU")


def test_the_end_of_the_month_after_an_earlier_month_of_this_year_is_that_months():
    december = dt.date(2025, 12, 29)
    text = "The party held a parade on Oct. 10, and Trump visited South Korea at the end of the month."
    assert values(text, december)[-1] == ("the end of the month", "2025-10")
    # (a plan's is still the current month's)
    assert values("Trump will visit at the end of the month, officials said.", december) == [
        ("the end of the month", "2025-12")]


def test_march_or_may_heading_a_list_entry_is_the_month():
    text = "2025 in review\nJanuary: A missile on Jan. 6.\nMarch: The North test-fires cruise missiles.\n- May: Talks stall."
    assert values(text, dt.date(2025, 12, 29))[-2:] == [("March", "2025-03"), ("May", "2025-05")]


def test_a_season_of_that_year_is_the_storys_passing_over_the_news_own_dates():
    text = ("The administration considered a strike in 2016, an adviser said. In an interview aired this week, she said "
            "the option was discussed in the fall of that year, shortly after the fifth nuclear test in September.")
    assert values(text, dt.date(2026, 5, 15))[2:] == [("the fall of that year", "2016-FA"), ("September", "2016-09")]
    assert values("It was built in 2016 and opened in the summer of the following year.", dt.date(2026, 5, 15)) == [
        ("2016", "2016"), ("the summer of the following year", "2017-SU")]
    # (and so is "later that year")
    text = ("The administration considered a strike in 2016, an adviser said. In an interview aired this week, she "
            "said it was discussed again later that year.")
    assert values(text, dt.date(2026, 5, 15))[-1] == ("later that year", "2016")


def test_a_month_naming_a_holiday_or_a_movement_is_no_date():
    assert values('State media began referring to it simply as "April Holiday".', dt.date(2026, 4, 15)) == []
    assert values("The October Revolution of 1917 shaped the century.", dt.date(2026, 4, 15)) == [("1917", "1917")]


def test_a_month_after_a_year_ahead_told_in_the_sentence_is_that_years():
    text = "Next year brings a new test: the allies' drills in March, and the 2027 party plenum, expected in late December."
    assert values(text, dt.date(2026, 12, 15))[-1] == ("late December", "2027-12")
    # (a relative clause on the month's noun gives it no tense: "which the North has called ...")
    text = ("Next year brings a new test: the allies' Freedom Shield drills in March, which the North has called a "
            "rehearsal for invasion, and the 2027 party plenum, expected in late December.")
    assert values(text, dt.date(2026, 12, 15))[1] == ("March", "2027-03")


def test_two_days_of_that_year_share_its_year_after_a_sentence_about_now():
    # ("has never been drawn" brings the story back to now, but "that year" still points back to 2018)
    text = ("He applied for the reunions the two Koreas held on and off until 2018. His name has never been drawn. "
            "The last round ran from Aug. 20 to Aug. 26 that year.")
    assert values(text, dt.date(2024, 7, 19))[1:] == [("Aug. 20", "2018-08-20"), ("Aug. 26 that year", "2018-08-26")]
    text = "Talks opened in 2018. He has said little since. They met from 20 August to 2 September the following year."
    assert values(text, dt.date(2024, 7, 19))[1:] == [("20 August", "2019-08-20"),
                                                      ("2 September the following year", "2019-09-02")]


def test_an_adjective_in_ed_after_a_preposition_is_no_past_tense():
    text = "The ministry said Thursday it would hold a ceremony for separated families on the Chuseok holiday in September."
    assert values(text, dt.date(2024, 7, 19))[1:] == [("the Chuseok holiday", "2024-09-17"), ("September", "2024-09")]
    # (a verb after its subject still is: "the families were separated in September" is the one before)
    assert values("The families were separated in September.", dt.date(2024, 7, 19)) == [("September", "2023-09")]


def test_that_weekday_points_back_to_the_day_the_story_told():
    text = ("Trump met Kim at Panmunjom on June 30, 2019. Talks in Stockholm failed that October. Those who were at "
            "Panmunjom that Sunday still recall it.")
    assert values(text, dt.date(2024, 6, 27))[-1] == ("that Sunday", "2019-06-30")
    # (with no such weekday told, the one nearest the day the story reached)
    text = "The Hanoi summit began on Feb. 27, 2019. Where were you on that Thursday?"
    assert values(text, dt.date(2024, 3, 15))[-1] == ("that Thursday", "2019-02-28")
    assert values("They arrived on June 30, 2019. That same Sunday, Trump crossed the line.")[-1] == (
        "That same Sunday", "2019-06-30")
    # but a "that" opening a clause points nowhere
    assert values("The envoy said that Monday's talks were useful.") == [("Monday", "2025-09-22")]


def test_a_month_joined_on_after_a_quarter_is_later_in_its_year():
    text = "Analysts expect Pyongyang to stage a military parade in Q3 and to hold a party plenum in late December."
    assert values(text, dt.date(2025, 7, 14)) == [("Q3", "2025-Q3"), ("late December", "2025-12")]
    # (but a past clause does not carry a month ahead of the published day)
    text = "The North fired missiles in the summer and tested an engine in November."
    assert values(text, dt.date(2025, 7, 14))[-1] == ("November", "2024-11")


def test_the_new_date_of_a_move_from_one_date_to_another_lies_ahead():
    text = "South Korea had hoped the Games, postponed from last summer to July 23, would offer a chance."
    assert values(text, dt.date(2021, 4, 2)) == [("last summer", "2020-SU"), ("July 23", "2021-07-23")]


def test_an_ordinal_day_before_a_purpose_and_one_ahead_of_a_later_day_told():
    assert values("The envoy arrived in Europe on the 1st for consultations.", dt.date(2026, 12, 3)) == [
        ("the 1st", "2026-12-01")]
    # (a day ahead of the published one, though before the day told: still that month's)
    text = "The talks will open on Dec. 14. The team is expected to arrive by the 12th."
    assert values(text, dt.date(2026, 12, 3))[-1] == ("the 12th", "2026-12-12")


def test_the_next_day_after_a_who_clause_goes_on_from_the_main_clauses_day():
    text = ("On Friday, Seoul's national security adviser said he had delivered a birthday message to Kim, who turned "
            "36 on Wednesday. Pyongyang replied the next day.")
    assert values(text, dt.date(2020, 1, 12))[-1] == ("the next day", "2020-01-11")
    # (in the same sentence, the who-clause's day is the one counted from)
    assert values("The envoy, who arrived on Monday, met Kim the next day.", dt.date(2020, 1, 12))[-1] == (
        "the next day", "2020-01-07")


def test_shortly_after_midnight_after_an_evening_clock_is_the_next_day():
    text = ("A balloon was seen over Gangwon province on Tuesday night. The military tracked the object from 9:40 p.m. "
            "until shortly after midnight, when it drifted out to sea.")
    assert values(text, dt.date(2023, 2, 8))[-1] == ("shortly after midnight", "2023-02-08T00:00")
    # (with no evening clock before it, the small hours of the day told)
    text = "The drill began on Monday and ran until just after midnight."
    assert values(text, dt.date(2023, 2, 8))[-1] == ("just after midnight", "2023-02-06T00:00")


def test_a_year_end_told_as_passed_early_in_a_year_is_the_last_years():
    text = "The year-end deadline Kim set for Washington expired on Dec. 31 without a new U.S. proposal."
    assert values(text, dt.date(2020, 1, 12))[0] == ("year-end", "2019")
    assert values("Kim set a year-end deadline.", dt.date(2020, 1, 12)) == [("year-end", "2020")]


def test_a_span_since_year_end_runs_from_the_last_years_end():
    text = "The index is based on the close of 1969. The change is since year-end."
    assert values(text, dt.date(2025, 10, 30))[-1] == ("year-end", "2024")


def test_one_day_hoped_for_is_some_day_not_a_length_of_time():
    assert values("I still hope to see my mother one day.", dt.date(2021, 9, 30)) == []
    assert values("Farkas expressed the hope he one day follows in the footsteps of John Glenn.") == []
    # (but a length it lasts, or a stay for it, still is)
    assert timexes("The talks will last one day.")[0][1:3] == ("DURATION", "P1D")
    assert timexes("He hopes to stay for one day.")[0][1:3] == ("DURATION", "P1D")


def test_a_day_told_as_around_or_on_or_about_is_approximate():
    assert mods("November figures are due to be published around December 20.", dt.date(2022, 11, 20)) == [
        ("November", ""), ("December 20", "APPROX")]
    assert mods("Company A received the first transfer on or about June 14, 2021.") == [("June 14, 2021", "APPROX")]
    # (not where the word goes with a verb: "get around Wednesday's ruling", "talked about April")
    assert mods("They looked for ways to get around Wednesday's ruling.") == [("Wednesday", "")]
    assert mods("Officials talked about April as the next window.") == [("April", "")]


def test_a_month_stated_by_a_present_is_in_is_still_to_come():
    assert values("They said similar things in 2021. The vote is in November.", dt.date(2024, 3, 15))[-1] == (
        "November", "2024-11")


@pytest.mark.parametrize("phrase", [
    "the very first half of the current fiscal year",
    "the better part of twenty-five business years ago",
    "the past nearly twenty-five consecutive years or so",
    "shortly before 10:30 p.m. Pyongyang time in the evening, on Wednesday",
    "12/31/2019",
    "31.12.2019",
    "31-Dec-2019",
])
def test_the_longest_phrases_of_the_rules_searched_in_narrow_windows_are_still_read_whole(phrase):
    # (each rule is searched only so far from its trigger word: "year", "10", "12")
    assert [t[0] for t in timexes(f"Officials spoke of {phrase} at length.")] == [phrase]


def test_a_weekday_beside_a_day_and_month_picks_the_year_in_which_they_agree_over_the_storys_year():
    text = ("Lot 214: a press pass for the Hanoi summit, 27–28 February 2019.\n\n"
            "Viewing: by appointment from Monday 11 May until the close of the sale.")
    # 11 May 2019 was a Saturday; 11 May 2026 is a Monday
    assert ("Monday 11 May", "2026-05-11") in values(text, dt.date(2026, 5, 6))
    # where the story's year agrees, it stands
    assert ("Friday 1 March", "2019-03-01") in values(
        "The summit in Hanoi ended on 28 February 2019 without a deal. On Friday 1 March the envoys flew home.",
        dt.date(2026, 2, 25))


def test_a_clock_time_takes_the_day_and_month_written_after_it_in_either_order():
    text = ("The notice gives a launch window from 0000 UTC on 24 March to 2359 UTC on 31 March 2026. "
            "At 4 a.m. on 25 June 1950, the artillery opened fire.")
    assert values(text, dt.date(2026, 3, 21)) == [
        ("0000 UTC on 24 March", "2026-03-24T00:00"), ("2359 UTC on 31 March 2026", "2026-03-31T23:59"),
        ("4 a.m. on 25 June 1950", "1950-06-25T04:00")]


def test_a_quarter_of_a_unit_is_a_quarter_of_it_not_a_quarter_and_a_unit():
    assert values("Relations began a quarter of a century ago and have lasted three quarters of a year since. "
                  "The meeting took a quarter of an hour, a quarter century after the war.", dt.date(2026, 3, 4)) == [
        ("a quarter of a century ago", "2001"), ("three quarters of a year", "P9M"),
        ("a quarter of an hour", "PT15M"), ("a quarter century", "P25Y")]


def test_a_weekday_week_or_fortnight_is_a_week_or_two_after_the_coming_one():
    # published on a Wednesday: the coming Thursday is 5 March, the coming Monday 9 March
    assert values("The ministers meet on Thursday fortnight, and the vote is on Monday week.", dt.date(2026, 3, 4)) == [
        ("Thursday fortnight", "2026-03-19"), ("Monday week", "2026-03-16")]
    assert values("He said on Monday week-long drills would start.", dt.date(2026, 3, 4))[0] == ("Monday", "2026-03-02")


def test_a_clock_time_in_words_is_a_time_and_a_number_before_to_is_not():
    friday = dt.date(2026, 6, 19)
    assert values("Good morning, it's eight o'clock. The missiles were launched at about ten past six, and talks "
                  "began at a quarter to nine in the evening. It's two minutes past eight.", friday) == [
        ("eight o'clock", "2026-06-19T08:00"), ("about ten past six", "2026-06-19T06:10"),
        ("a quarter to nine in the evening", "2026-06-19T20:45"), ("two minutes past eight", "2026-06-19T08:02")]
    assert values("Ten to twelve people were hurt, and the motion passed ten to one.", friday) == []
    # spoken with a.m. or p.m., or "in the morning" after "at" or "around", as transcripts write them
    assert values("The talks resumed at eleven forty-five a.m. on Monday, and by about one p.m. Hanoi time the lunch "
                  "was cancelled.", friday) == [
        ("eleven forty-five a.m. on Monday", "2026-06-15T11:45"), ("about one p.m. Hanoi time", "2026-06-15T13:00")]
    assert values("Friday, around ten-fifteen in the morning Korea time, a Hwasong-17 flew.", friday) == [
        ("Friday", "2026-06-19"), ("around ten-fifteen in the morning Korea time", "2026-06-19T10:15")]
    assert values("There was one in the morning and another at night.", friday) == []


def test_every_day_and_month_written_day_first_is_a_set_and_its_as_phrase_leaves_the_title():
    text = "Tomorrow, as every 25 June, veterans will gather at the War Memorial."
    assert values(text, dt.date(2026, 6, 24)) == [("Tomorrow", "2026-06-25"), ("every 25 June", "XXXX-06-25")]
    [e] = extract(text, dt.date(2026, 6, 24)).events
    assert e.title == "Veterans will gather at the War Memorial"


def test_a_month_is_a_whole_word_not_the_start_of_one():
    assert values("The ministry will mark the 6th Separated Families Day on Sept. 28 on 3 Marchers Road.",
                  dt.date(2023, 8, 18)) == [("Sept. 28", "2023-09-28")]


def test_a_spans_start_lends_no_year_to_a_baselines_thing_nor_to_a_clause_joined_on_and_is_never_ahead():
    assert ("March", "2022-03") in values("The North has fired missiles on 30 days this year, including its first "
                                          "full-range ICBM test since 2017 in March.", dt.date(2022, 11, 3))
    assert ("April", "2018-04") in values("North Korea has not tested a missile since November 29, when it launched "
                                          "the Hwasong-15, and it said in April it would halt tests.",
                                          dt.date(2018, 6, 8))
    assert values("North Korea has not tested a missile since November 29.", dt.date(2022, 11, 3)) == [
        ("November 29", "2021-11-29")]


def test_a_day_told_again_after_one_of_an_earlier_year_is_the_next_such_day():
    assert values("The ministry proposed talks on Aug. 15 last year and again on Jan. 2, but had no reply.",
                  dt.date(2023, 8, 18)) == [("Aug. 15 last year", "2022-08-15"), ("Jan. 2", "2023-01-02")]


def test_a_clock_joined_by_a_dash_to_a_later_one_takes_its_half_of_the_day():
    monday = dt.date(2026, 8, 24)
    assert values("The seminar ran 2:00–3:15 p.m. on Monday.", monday)[0] == ("2:00", "2026-08-24T14:00")
    # a score or a count before a dash is no clock
    assert values("Seoul won 2-1 on Monday.", monday) == [("Monday", "2026-08-24")]


def test_a_weekday_with_an_ordinal_day_is_the_day_of_that_number_on_that_weekday():
    # "until Saturday the 1st", told on Monday 3 November 2025: that Saturday, not the coming one and a 1st beside it
    assert values("Lee, who hosted the leaders until Saturday the 1st, said on Sunday that Seoul would wait.",
                  dt.date(2025, 11, 3)) == [("Saturday the 1st", "2025-11-01"), ("Sunday", "2025-11-02")]
    assert values("Pompeo had arrived on Friday the 6th for his third visit.", dt.date(2018, 7, 9)) == [
        ("Friday the 6th", "2018-07-06")]
    # ahead, in the next month where the two agree
    assert values("The talks open on Monday, the 16th, in Geneva.", dt.date(2018, 7, 9)) == [
        ("Monday, the 16th", "2018-07-16")]
    assert values("The board meets on Tuesday the 3rd.", dt.date(2018, 6, 20)) == [
        ("Tuesday the 3rd", "2018-07-03")]


def test_this_day_last_year_is_the_published_day_a_year_back():
    assert values("The speech struck a different tone from this day last year.", dt.date(2025, 9, 22)) == [
        ("this day last year", "2024-09-22")]


def test_a_participle_between_an_adjective_and_its_noun_is_no_past_tense():
    # "will hold further combined exercises on Wednesday": the verb is "will hold", not "combined"
    assert values("The allies will hold further combined exercises with the carrier on Wednesday and Thursday, the "
                  "JCS said.", dt.date(2022, 10, 4)) == [("Wednesday", "2022-10-05"), ("Thursday", "2022-10-06")]


def test_a_present_progressive_of_an_arrangement_looks_ahead():
    # "is flying to Beijing on Thursday", told on a Wednesday: tomorrow, not the Thursday before
    assert values("Secretary Pompeo is flying to Seoul tonight and to Beijing on Thursday.", dt.date(2018, 6, 13)) == [
        ("tonight", "2018-06-13TNI"), ("Thursday", "2018-06-14")]
    assert values("Kim is meeting Putin on Monday in Vladivostok.", dt.date(2018, 6, 13)) == [("Monday", "2018-06-18")]


def test_a_clock_time_after_a_day_keeps_it_past_a_since_phrase_closing_the_sentence_before():
    # the full stop after "since the turn of the century" ends that sentence: it is no "since" of the clock's
    text = ("Putin and Kim signed the treaty on Wednesday, the biggest shift in the region since the turn of the "
            "century.\n\nMr Putin landed in the early hours of Wednesday, around 3 am local time.")
    assert ("around 3 am local time", "2024-06-19T03:00") in values(text, dt.date(2024, 6, 20))


def test_the_day_a_recollection_is_told_leaves_the_story_in_the_past_it_tells():
    text = ("Signed in Beijing on September 19, 2005, the statement lasted a day. \"We had the agreement for about 24 "
            "hours,\" Hill recalled in an interview last week. The following year was worse: in October the North "
            "tested its first bomb.")
    assert values(text, dt.date(2021, 5, 10))[-2:] == [("The following year", "2006"), ("October", "2006-10")]
    # a plain report of the day moves the story to it
    text = ("Trump met Kim at Panmunjom in June 2019. A lawmaker said on Monday that Kim might respond. Choe was in "
            "Moscow the same day.")
    assert values(text, dt.date(2025, 10, 29))[-1] == ("the same day", "2025-10-27")


def test_a_clock_time_after_the_day_of_the_last_one_before_is_the_storys_day():
    text = ("North Korea fired a missile at 3:17am KST on Wednesday (5:17am AEDT) from Pyongsong.\n\nThe last launch "
            "had been on September 15, when a missile flew over Hokkaido.\n\nState television said in a special "
            "broadcast at 12:30pm local time that Kim had declared the force complete.")
    found = values(text, dt.date(2017, 11, 29))
    # (an Australian zone is part of the clock, not left hanging in the title)
    assert ("5:17am AEDT", "2017-11-29T05:17") in found
    assert ("12:30pm local time", "2017-11-29T12:30") in found


def test_a_day_and_month_in_numbers_after_on_and_a_clock_on_a_day_in_numbers():
    # the order the numbers allow: a day past twelve is no month
    assert values("Trump met Xi Jinping in Busan on 30/10, where the two agreed a truce.", dt.date(2025, 11, 3)) == [
        ("30/10", "2025-10-30")]
    assert values("An earlier draft, circulated on 11/27, proposed the 7th.", dt.date(2026, 12, 3))[0] == (
        "11/27", "2026-11-27")
    # not without "on": a ratio or a score
    assert values("The score was 30/10 on points.", dt.date(2025, 11, 3)) == []
    # a clock time told on a day written in numbers is on that day, and on none when the numbers do not tell which
    assert values("The armistice was signed at 10:00 on 27/07/1953.", dt.date(2023, 7, 27)) == [
        ("10:00", "1953-07-27T10:00"), ("27/07/1953", "1953-07-27")]
    assert values("They met at 9 a.m. on 2018-06-12.", dt.date(2023, 7, 27))[0] == ("9 a.m.", "2018-06-12T09:00")
    assert [v for v in values("Talks began at 10 a.m. on 05/06/2019.", dt.date(2023, 7, 27)) if "T" in v[1]] == []


def test_numbers_of_a_day_read_in_the_order_the_text_writes_its_dates():
    # a text that writes "12 June" writes its "12/06/2018" day first, as British and Indian papers do
    british = ("The summit on Tuesday 12 June was the first. Officials signed the minutes on 12/06/2018 and met "
               "again at 10:00 on 05/07/2018.")
    found = values(british, dt.date(2018, 7, 20))
    assert ("12/06/2018", "2018-06-12") in found and ("05/07/2018", "2018-07-05") in found
    assert ("10:00", "2018-07-05T10:00") in found
    # one that writes "June 12" keeps the American order, and one that shows neither too
    american = "The summit on Tuesday, June 12 was the first. Officials signed the minutes on 12/06/2018."
    assert ("12/06/2018", "2018-12-06") in values(american, dt.date(2019, 1, 2))
    assert values("Officials signed the minutes on 05/06/2018.", dt.date(2019, 1, 2)) == [("05/06/2018", "2018-05-06")]
    # a dotted day is the European order, so its clock has a day
    assert values("Talks began at 10 a.m. on 05.06.2019.", dt.date(2023, 7, 27))[0] == ("10 a.m.", "2019-06-05T10:00")


def test_later_that_month_is_the_month_the_sentence_just_named_even_a_plans():
    text = ("The sixth test took place in September 2017. The Director General will report to the Board in "
            "September, ahead of the General Conference later that month.")
    assert values(text, dt.date(2021, 8, 27))[-1] == ("later that month", "2021-09")


def test_a_capitalised_season_opening_a_name_is_no_date():
    assert values("He said the Winter Olympic Games would open in Pyeongchang on 9 February.", dt.date(2017, 12, 22)) == [
        ("9 February", "2018-02-09")]
    assert values("Tourists visited the Summer Palace on Monday.", dt.date(2019, 6, 5)) == [("Monday", "2019-06-03")]
    # a season with its year is still a date, capitalised or not
    assert values("The talks failed in the Winter of 1994.", dt.date(2019, 6, 5)) == [("the Winter of 1994", "1994-WI")]


def test_a_clock_on_a_weekday_in_the_plural_is_no_time_of_one_day():
    assert values("The museum is open until 8 p.m. on Thursdays.", dt.date(2023, 7, 20)) == [("Thursdays", "XXXX-WXX-4")]


def test_the_clause_before_a_comma_and_keeps_its_modal_to_itself():
    text = ("On Monday, Pence warned that Pyongyang could end up like Libya, and on Thursday morning Choe Son Hui "
            "called him a political dummy.")
    assert values(text, dt.date(2018, 5, 25))[-1] == ("Thursday morning", "2018-05-24")


def test_will_run_into_its_subject_looks_ahead():
    assert values("He'll be back at the White House by Monday morning.", dt.date(2019, 6, 30)) == [
        ("Monday morning", "2019-07-01")]


def test_a_bare_clock_before_this_afternoon_is_the_afternoons_hour():
    assert values("At 3:46 this afternoon Korea time, Trump stepped over the line.", dt.date(2019, 6, 30))[0] == (
        "3:46", "2019-06-30T15:46")


def test_a_season_the_clause_looks_ahead_to_is_not_the_past_years_the_story_told():
    text = ("The orchestra played in Seoul in September 2017. Seoul's culture ministry said it would propose a return "
            "performance in the autumn, titled \"Autumn Is Coming\".")
    assert values(text, dt.date(2018, 4, 4))[-1] == ("the autumn", "2018-FA")
    # an arrangement that "could be held" is still ahead
    assert values("The White House said the meeting could be held in May or June.", dt.date(2018, 4, 4)) == [
        ("May", "2018-05"), ("June", "2018-06")]


def test_the_last_day_of_a_month_is_that_day():
    assert values("The summit collapsed on the last day of February 2019.", dt.date(2024, 3, 4)) == [
        ("the last day of February 2019", "2019-02-28")]
    assert values("The offer expires on the last day of December.", dt.date(2024, 3, 4)) == [
        ("the last day of December", "2024-12-31")]


def test_a_verb_after_will_and_a_second_half_without_its_verb_look_ahead():
    sunday = dt.date(2018, 8, 19)
    # "set" after "will" is no past
    assert values("Eighty-nine South Koreans will set off early Monday for Mount Kumgang.", sunday) == [
        ("Monday", "2018-08-20")]
    # nor an "-ing" compound after "proposed": the proposing was on Saturday
    assert values("On Saturday, the ministry proposed working-level talks to deliver vaccines.",
                  dt.date(2022, 5, 16)) == [("Saturday", "2022-05-14")]
    # nor "has" with what one has
    assert values("Analysts say it has little reason to talk before the midterm elections on Nov. 3.",
                  dt.date(2026, 8, 18)) == [("Nov. 3", "2026-11-03")]
    # nor "last" after "would"
    assert values("Officials did not know whether the lull would last into the new year.", dt.date(2017, 11, 21)) == [
        ("the new year", "2018")]
    # the second half of a clause whose verb is not said again keeps its tense past an aside
    text = ("The orchestra will perform in Gangneung on Thursday night, the eve of the Olympic opening ceremony, and "
            "again at the National Theater in Seoul on Sunday.")
    assert values(text, dt.date(2018, 2, 7)) == [("Thursday night", "2018-02-08"), ("Sunday", "2018-02-11")]


def test_a_day_less_than_a_week_gone_is_not_put_off_a_year_by_a_future_verb():
    thursday = dt.date(2024, 5, 30)
    assert values("The North had notified Japan that it would launch between May 27 and June 4.", thursday) == [
        ("May 27", "2024-05-27"), ("June 4", "2024-06-04")]
    assert values("The agency said it would repatriate the child by Jan. 14.", dt.date(2000, 1, 15)) == [
        ("Jan. 14", "2000-01-14")]
    # a day further back is next year's, and so is a thing a day names ("the Sept. 20 statement")
    assert values("The North will launch a satellite on May 2.", thursday) == [("May 2", "2025-05-02")]
    assert values("Both sides will honour the May 28 joint statement.", thursday) == [("May 28", "2025-05-28")]


def test_a_date_with_a_when_clause_that_tells_a_past_is_past_and_keeps_the_storys_year():
    text = ("It is easy to forget how close the United States came to striking North Korea in 1994. A new history "
            "reconstructs that spring almost day by day. Park begins in May, when North Korea began unloading spent "
            "fuel rods. By early June the Pentagon had drawn up plans.")
    assert values(text, dt.date(2024, 3, 9)) == [
        ("1994", "1994"), ("that spring", "1994-SP"), ("May", "1994-05"), ("early June", "1994-06")]
    # (not what should have happened by then)
    assert values("She hopes to travel in early July, when the trucks should have crossed.",
                  dt.date(2019, 5, 21)) == [("early July", "2019-07")]


def test_what_reopens_on_a_weekday_lies_ahead():
    assert values("Traders said they expected further selling when trading reopens on Monday.", dt.date(2019, 3, 1)) == [
        ("Monday", "2019-03-04")]


def test_a_weekday_of_a_week_named_before_it_or_after_a_clock():
    thursday = dt.date(2018, 7, 12)
    assert values("Any member has until 3 p.m. on Thursday next week to place a hold.", thursday) == [
        ("3 p.m. on Thursday next week", "2018-07-19T15:00")]
    assert values("They will meet next week on Thursday.", thursday) == [("next week", "2018-W29"),
                                                                        ("Thursday", "2018-07-19")]
    assert values("They met last week on Monday.", thursday) == [("last week", "2018-W27"), ("Monday", "2018-07-02")]


def test_a_nouns_infinitive_is_no_headlines_plan():
    text = "On Monday night, North Korea's attempt to launch a second reconnaissance satellite failed."
    assert values(text, dt.date(2024, 5, 30)) == [("Monday night", "2024-05-27")]
    # (a headline's infinitive still looks ahead)
    assert values("Trump and Kim to meet on Monday", dt.date(2024, 5, 30)) == [("Monday", "2024-06-03")]



def test_soon_with_a_modal_or_an_infinitive_is_the_near_future_and_only_orders_two_happenings_otherwise():
    friday = dt.date(1989, 10, 27)
    for told in ("Prosecutors may soon seek an indictment.", "Kellogg soon will begin selling smaller boxes.",
                 "The firm expects its sales to soon grow.", "It will sell the unit as soon as possible."):
        assert values(told, friday) == [("soon", "FUTURE_REF")], told
    for told in ("He was soon released from the hospital.", "The talks began soon after the election.",
                 "They will leave as soon as the court rules.", "The trickle of cash soon became a flood."):
        assert values(told, friday) == [], told
    # the infinitive keeps its "to" in the title when the adverb between goes
    [said] = extract("The firm said on Friday it expects sales to soon grow.", friday).events
    assert said.title == "The firm said it expects sales to grow"


def test_a_clause_reported_after_said_takes_its_own_tense_not_the_saying():
    thursday = dt.date(2026, 1, 15)
    assert values("Officials said Wednesday that the spring drills may be adjusted if talks resume.", thursday) == [
        ("Wednesday", "2026-01-14"), ("the spring", "2026-SP")]
    assert values("Kim said that in March the two sides will meet in Hanoi.", thursday) == [("March", "2026-03")]
    # a date that is the reported clause's subject, before its verb
    assert values("Officials said the second quarter would bring a first meeting.", thursday) == [
        ("the second quarter", "2026-Q2")]
    assert values("Officials said the second quarter was the weakest in years.", thursday) == [
        ("the second quarter", "2025-Q2")]
    # ... or a date naming the subject's noun ("the June 3 vote"), whose verb comes after that noun
    april = dt.date(2026, 4, 10)
    assert values("Lee said the June 3 vote would be a referendum on his first year.", april) == [
        ("June 3", "2026-06-03")]
    assert values("Lee said the June 3 local elections will test the party.", april) == [("June 3", "2026-06-03")]
    assert values("Lee said the March 3 vote was a referendum on his first year.", april) == [
        ("March 3", "2026-03-03")]
    # the saying's own day stays the saying's
    assert values("He said Monday that talks had failed.", thursday) == [("Monday", "2026-01-12")]
    # a plural subject's "plan to" looks ahead, a noun's does not
    assert values("The allies plan to hold the spring drills as usual.", thursday) == [("the spring", "2026-SP")]


def test_a_story_told_in_the_past_goes_on_into_the_next_year_from_a_season_or_month_that_set_its_scene():
    june = dt.date(2018, 6, 13)
    text = ("The story began much earlier. Last fall, as the two leaders traded insults, the North tested its "
            "Hwasong-15 missile, which flew for 53 minutes on November 29. Few in Washington expected diplomacy by "
            "spring. By March, a South Korean delegation was in the Oval Office relaying an invitation.")
    assert [v for v in values(text, june) if v[0] != "53 minutes"] == [
        ("Last fall", "2017-FA"), ("November 29", "2017-11-29"), ("spring", "2018-SP"), ("March", "2018-03")]
    # a past perfect looks back into the year of the scene
    text = "Last fall, the North tested a missile on November 29. By March, it had fired two rockets."
    assert values(text, june)[-1] == ("March", "2017-03")


def test_a_plan_told_in_a_story_of_this_year_leaves_the_story_on_its_day():
    text = ("On May 24, Trump canceled the summit in a letter. The next day he said it might still happen on June 12. "
            "Eight days later, Kim Yong Chol delivered an oversized envelope to the White House.")
    assert values(text, dt.date(2018, 6, 13)) == [("May 24", "2018-05-24"), ("The next day", "2018-05-25"),
                                                  ("June 12", "2018-06-12"), ("Eight days later", "2018-06-02")]


def test_a_clock_time_in_a_story_told_months_back_gets_no_day_rather_than_the_published_one():
    text = ("By mid-June the clock had nearly run out. Former President Jimmy Carter flew to Pyongyang.\n\n"
            "The call came at 10:15 p.m. Eastern time.")
    found = extract(text, dt.date(1994, 10, 24))
    assert [(t.text, t.value) for t in found.timexes][-1] == ("10:15 p.m. Eastern time", "XXXX-XX-XXT22:15")
    assert all(e.date_text != "10:15 p.m. Eastern time" for e in found.events)
    # a clock of the story's own time still takes the published day
    assert values("The call came at 10:15 p.m. Eastern time.", dt.date(1994, 10, 24)) == [
        ("10:15 p.m. Eastern time", "1994-10-24T22:15")]


def test_what_will_stay_so_until_a_day_looks_ahead_and_a_clause_back_in_the_present_leaves_the_year_told():
    assert values("Route 1 was closed on Sunday and will stay shut until at least Thursday, police said.",
                  dt.date(1996, 7, 30)) == [("Sunday", "1996-07-28"), ("Thursday", "1996-08-01")]
    text = ("The two Koreas marched together at the Winter Games in February last year, but relations have cooled "
            "since a summit in Hanoi collapsed in late February.")
    assert values(text, dt.date(2019, 10, 16)) == [("February last year", "2018-02"), ("late February", "2019-02")]


def test_a_clock_time_on_the_following_day_is_one_expression_on_the_day_after_the_one_told():
    text = ("The boat left Yeonpyeong Island at about 4 a.m. on Saturday and lost radio contact shortly after 5:40 a.m. "
            "the following day, officials said.")
    assert values(text, dt.date(2004, 6, 8)) == [("about 4 a.m. on Saturday", "2004-06-05T04:00"),
                                                 ("shortly after 5:40 a.m. the following day", "2004-06-06T05:40")]
    assert values("They met on Monday. They met again at 9 a.m. the next day.", dt.date(2004, 6, 8)) == [
        ("Monday", "2004-06-07"), ("9 a.m. the next day", "2004-06-08T09:00")]


def test_overnight_on_a_month_and_day_is_that_days_night():
    text = ("The tanker was photographed alongside a Panama-registered ship overnight on Feb. 13, and again two days "
            "later, according to the report.")
    assert values(text, dt.date(2018, 3, 8)) == [("overnight on Feb. 13", "2018-02-13TNI"),
                                                 ("two days later", "2018-02-15")]


def test_what_is_likely_or_unlikely_before_a_date_lies_ahead():
    assert values("Diplomats said a decision was unlikely before the second quarter.", dt.date(2018, 3, 8)) == [
        ("the second quarter", "2018-Q2")]


def test_late_that_night_is_the_end_of_the_night_and_one_moment_with_the_clock_time_inside_it():
    text = "On Thursday the talks collapsed. Late that night, at 11:40 p.m., Ri held a press conference."
    assert timexes(text, dt.date(2019, 3, 2))[1] == ("Late that night", "TIME", "2019-02-28TNI", "END")
    found = extract(text, dt.date(2019, 3, 2)).events
    assert [(e.date_start, e.title) for e in found] == [(dt.date(2019, 2, 28), "The talks collapsed"),
                                                        (dt.date(2019, 2, 28), "Ri held a press conference")]


def test_a_thing_used_on_a_weekday_was_used_then_whatever_will_be_done_with_it():
    text = "The match ball used on Tuesday will be auctioned for charity, organisers said."
    assert values(text, dt.date(2019, 10, 16)) == [("Tuesday", "2019-10-15")]


def test_a_short_day_heading_before_a_dash_or_a_clock_time_dates_its_line():
    text = ("FRIDAY WRAP: After Hanoi\n\nMon — Kim Jong Un arrived in Hanoi by train.\n"
            "Wed 18:30 ICT — Trump and Kim sat down to a social dinner.\nTHU — Talks collapsed.")
    assert values(text, dt.date(2019, 3, 1))[1:] == [("Mon", "2019-02-25"), ("Wed", "2019-02-27"),
                                                     ("18:30 ICT", "2019-02-27T18:30"), ("THU", "2019-02-28")]


def test_an_infinitive_or_an_obligation_is_no_past_and_a_past_verb_after_to_is_no_headline():
    assert values("The government is expected to set the vote for May 9, and the winner will take office the next day.",
                  dt.date(2017, 3, 10)) == [("May 9", "2017-05-09"), ("the next day", "2017-05-10")]
    assert values("A Clinton trip would have to take place in December to fit around the holidays.",
                  dt.date(2000, 11, 8)) == [("December", "2000-12")]
    assert values("Lee's offer in August to resume family reunions went unanswered.", dt.date(2026, 1, 19)) == [
        ("August", "2025-08")]
    assert values("Trump and Kim to meet in May", dt.date(2018, 3, 10)) == [("May", "2018-05")]


def test_a_year_naming_a_thing_spoken_of_sets_no_year_for_the_clause_after_it():
    text = ("Bush, who has criticized the 1994 Agreed Framework, told reporters in Austin in the spring that he would "
            "review every aspect of the policy.")
    assert values(text, dt.date(2000, 11, 8)) == [("1994", "1994"), ("the spring", "2000-SP")]
    # a thing made then is made in its year
    assert values("The 2005 accord, signed in April, collapsed.", dt.date(2010, 11, 8)) == [
        ("2005", "2005"), ("April", "2005-04")]


def test_a_by_heading_in_a_list_of_what_a_deal_requires_looks_ahead():
    text = ("The deal was signed yesterday.\n\n• By mid-April: Yongbyon shut and sealed, IAEA monitors back.\n"
            "• By March: talks on normalisation begin.")
    assert values(text, dt.date(2007, 2, 14)) == [("yesterday", "2007-02-13"), ("mid-April", "2007-04"),
                                                  ("March", "2007-03")]


def test_a_day_of_the_same_month_in_a_clause_ahead_is_not_last_years():
    text = ("The North held a parade on October 10 last year; a bigger one is planned for the party's 80th anniversary "
            "on Oct. 10.")
    assert values(text, dt.date(2025, 9, 24)) == [("October 10 last year", "2024-10-10"), ("Oct. 10", "2025-10-10")]


def test_what_is_weighed_whether_to_do_lies_ahead():
    text = ("Seoul and Washington are weighing whether to postpone the spring Foal Eagle drills until after the "
            "Pyeongchang Olympics, which open February 9.")
    assert values(text, dt.date(2017, 12, 23)) == [("the spring", "2018-SP"), ("February 9", "2018-02-09")]


def test_a_line_of_days_under_another_is_the_next_such_day():
    text = ("WHAT TO WATCH THIS WEEK\n\nKim Dae-jung flies to Pyongyang on Tuesday.\n\n"
            "TUESDAY, 10:00 KST — Kim Dae-jung departs Seoul for Sunan.\n"
            "WEDNESDAY — Formal talks. Aides say family reunions top Seoul's list.\nTHURSDAY — Kim returns.")
    found = [v for v in values(text, dt.date(2000, 6, 12)) if v[0] != "THIS WEEK"]
    assert found == [("Tuesday", "2000-06-13"), ("TUESDAY", "2000-06-13"), ("10:00 KST", "2000-06-13T10:00"), ("WEDNESDAY", "2000-06-14"),
                     ("THURSDAY", "2000-06-15")]


def test_a_schedule_line_opening_on_a_day_in_capitals_is_no_dateline():
    # (read as "CITY, date —" the first line would set the day every other one counts from)
    text = ("WHAT TO WATCH\n\nTUESDAY, 10:00 KST — Unification minister briefs lawmakers on the aid plan.\n\n"
            "WEDNESDAY — Foreign ministers of Japan and South Korea meet in Tokyo.\n")
    assert values(text, dt.date(2026, 3, 1)) == [("TUESDAY", "2026-03-03"), ("10:00 KST", "2026-03-03T10:00"),
                                                 ("WEDNESDAY", "2026-03-04")]


def test_two_days_and_months_before_one_year_both_take_it():
    text = "Between 1 January and 30 November 2022, the Panel estimates, the DPRK imported 1.2 million barrels."
    assert values(text, dt.date(2023, 4, 5)) == [("1 January", "2022-01-01"), ("30 November 2022", "2022-11-30")]
    text = "On 4 March and 9 May 2022 it fired missiles."
    assert values(text, dt.date(2023, 4, 5)) == [("4 March", "2022-03-04"), ("9 May 2022", "2022-05-09")]


def test_a_participle_describing_a_noun_after_a_plan_tells_no_tense():
    text = ("In the South Korean capital, the two secretaries will hold talks with Foreign Minister Chung Eui-yong and "
            "Defense Minister Suh Wook on Wednesday and Thursday, according to a schedule released by the department.")
    assert values(text, dt.date(2021, 3, 12)) == [("Wednesday", "2021-03-17"), ("Thursday", "2021-03-18")]
    # (a past verb of the clause itself still tells the tense)
    text = "The ministers met on Wednesday at a summit hosted by Vietnam."
    assert values(text, dt.date(2021, 3, 12)) == [("Wednesday", "2021-03-10")]


def test_a_summit_being_prepared_lies_ahead_whoever_said_so():
    text = "Tokyo is also preparing for a possible trilateral summit with China and South Korea by the end of June, officials said."
    assert values(text, dt.date(2024, 3, 27)) == [("the end of June", "2024-06")]
    # (a back-story's preparing is told in the past)
    text = "In 2019, Tokyo was preparing for a summit in June."
    assert values(text, dt.date(2024, 3, 27))[-1] == ("June", "2019-06")


def test_four_figures_before_a_zone_or_after_at_before_a_weekday_are_a_clock_not_a_year():
    text = ("The meeting began at 1000 local time Thursday and ended at 0300 Tuesday. "
            "Next update: Thursday, May 31, 1700 EDT. In 1994 talks began.")
    assert values(text, dt.date(2018, 5, 29)) == [
        ("1000 local time Thursday", "2018-05-24T10:00"), ("0300 Tuesday", "2018-05-29T03:00"),
        ("Thursday, May 31", "2018-05-31"), ("1700 EDT", "2018-05-31T17:00"), ("1994", "1994")]


def test_a_cables_date_time_group_is_its_sending_moment():
    assert timexes("DTG: 270845Z JUN 08", dt.date(2008, 6, 27)) == [("270845Z JUN 08", "TIME", "2008-06-27T08:45", "")]
    assert values("DTG: 141630Z OCT 94", dt.date(1994, 10, 14)) == [("141630Z OCT 94", "1994-10-14T16:30")]


def test_a_weekday_in_brackets_with_another_zones_clock_is_that_clocks_day():
    text = ("President Trump and Kim are scheduled to meet on Tuesday at the Capella Hotel, with talks set to begin at "
            "9 a.m. Singapore time (9 p.m. Monday in Washington).")
    assert values(text, dt.date(2018, 6, 10)) == [("Tuesday", "2018-06-12"), ("9 a.m. Singapore time", "2018-06-12T09:00"),
                                                  ("9 p.m. Monday", "2018-06-11T21:00")]


def test_a_clock_time_in_a_sentence_naming_a_month_gone_has_no_day_rather_than_the_published_one():
    text = "The February test, detected at 11:57 a.m. local time, produced a seismic event of magnitude 5.1."
    assert values(text, dt.date(2013, 3, 22)) == [("February", "2013-02"), ("11:57 a.m. local time", "XXXX-XX-XXT11:57")]


def test_a_weekday_that_comes_round_each_month_or_week_is_a_set_and_its_hours_no_day():
    saturday = dt.date(2018, 6, 9)
    assert timexes("The group meets on the third Thursday of every month at the church hall.", saturday) == [
        ("the third Thursday of every month", "SET", "P1M", "")]
    assert extract("The group meets on the third Thursday of every month.", saturday).events == []
    assert extract("Classes run every Tuesday and Thursday evening from 7 to 9 p.m.", saturday).events == []
    # the first Monday of the month is one day
    assert values("The vote is on the first Monday of the month.", saturday) == [
        ("the first Monday of the month", "2018-06-04")]


def test_a_possessive_weekday_ahead_of_which_something_happens_is_still_to_come():
    saturday = dt.date(2018, 6, 9)
    assert values("About 40 people gathered for a prayer vigil ahead of Tuesday's summit in Singapore.", saturday) == [
        ("Tuesday", "2018-06-12")]
    assert values("Tuesday's summit ended without a deal.", saturday) == [("Tuesday", "2018-06-05")]


def test_a_month_in_a_school_year_a_season_or_a_fiscal_year_told_across_two_years():
    june = dt.date(2009, 6, 9)
    assert values("Classes for the 2009-10 school year begin on Aug. 24.", june)[-1] == ("Aug. 24", "2009-08-24")
    assert values("The 2025-26 season opens in October and ends in May.", june)[-2:] == [
        ("October", "2025-10"), ("May", "2026-05")]
    assert values("Budget talks for fiscal 2024-25 begin in April.", june)[-1] == ("April", "2024-04")


def test_i_turn_40_on_saturday_is_the_coming_saturday():
    assert values("I turn 40 on Saturday.", dt.date(2012, 6, 20)) == [("Saturday", "2012-06-23")]
    assert values("The talks took a turn on Monday.", dt.date(2012, 6, 20)) == [("Monday", "2012-06-18")]


def test_a_us_zone_named_by_its_region_goes_with_its_clock_and_ends_no_sentence():
    text = "I watched the summit from my kitchen, at 9 p.m. Eastern on Monday, with a cup of tea."
    assert values(text, dt.date(2018, 6, 14)) == [("9 p.m. Eastern on Monday", "2018-06-11T21:00")]
    [e] = extract(text, dt.date(2018, 6, 14)).events
    assert e.sentence == text


def test_a_day_of_the_month_said_in_words_is_that_day():
    june = dt.date(2018, 6, 14)
    assert values("Then Kim Yong Chol came to the Oval Office on June first with the giant letter.", june) == [
        ("June first", "2018-06-01")]
    assert values("May twenty-fourth, Trump cancels.", june) == [("May twenty-fourth", "2018-05-24")]
    assert values("The armistice was signed July twenty-seventh, 1953, at ten a.m.", june) == [
        ("July twenty-seventh, 1953", "1953-07-27"), ("ten a.m.", "1953-07-27T10:00")]
    # not an ordinal that counts something after the month, nor a name
    assert values("In March second-quarter orders fell, and the June second round is near.", june) == [
        ("March", "2018-03"), ("second-quarter", "2018-Q2"), ("June", "2018-06")]
    assert values("The March First Movement began in 1919.", june) == [("1919", "1919")]


def test_the_ordinal_alone_after_a_month_told_is_a_day_of_it_and_nothing_without_one():
    sept = dt.date(2025, 9, 21)
    assert values("President Lee took office in June, on the fourth.", sept) == [
        ("June", "2025-06"), ("the fourth", "2025-06-04")]
    assert values("The drills were in August, the eighteenth through the twenty-eighth.", sept) == [
        ("August", "2025-08"), ("the eighteenth", "2025-08-18"), ("the twenty-eighth", "2025-08-28")]
    assert values("They met at Panmunjom in June 2019 — the thirtieth — for about an hour.", sept)[:2] == [
        ("June 2019", "2019-06"), ("the thirtieth", "2019-06-30")]
    assert values("The drills ran in August, from the 18th through the 28th.", sept) == [
        ("August", "2025-08"), ("the 18th", "2025-08-18"), ("the 28th", "2025-08-28")]
    assert values("For the third time, the North said no. On the second, larger blast, nobody spoke.", sept) == []


def test_kims_new_years_address_is_new_years_day_and_the_new_year_ahead_is_not_its_holiday():
    june = dt.date(2018, 6, 14)
    assert values("Kim offered talks in his New Year's address.", june) == [("New Year's", "2018-01-01")]
    assert values("In his New Year address, Kim offered talks.", june) == [("New Year", "2018-01-01")]
    assert values("Then the New Year's speech, and the Olympics in February.", june) == [
        ("New Year's", "2018-01-01"), ("February", "2018-02")]
    assert values("We hope to meet in the new year.", june) == [("the new year", "2019")]


def test_a_plan_told_in_a_month_gone_this_year_is_this_years_and_a_date_hoped_for_sets_no_scene():
    june = dt.date(2018, 6, 13)
    assert values("In January, Kim proposed sending athletes to the Winter Olympics in February.", june) == [
        ("January", "2018-01"), ("February", "2018-02")]
    assert values("In January, officials said talks would resume in March.", june) == [
        ("January", "2018-01"), ("March", "2018-03")]
    # a plan for a month still ahead is read from now
    assert values("In January, officials said talks would resume in September.", june) == [
        ("January", "2018-01"), ("September", "2018-09")]
    # the proposing's own date, before it, is when it was done
    assert values("Kim on Monday proposed holding talks in July.", june) == [("Monday", "2018-06-11"), ("July", "2018-07")]
    # a "would" of now is no plan told then
    assert values("Lee took office in June last year. A failed trip would leave him little before elections in June.",
                  dt.date(2026, 3, 10)) == [("June last year", "2025-06"), ("June", "2026-06")]
    text = ("Last fall the North tested its Hwasong-15 missile on November 29. Few in Washington expected diplomacy by "
            "spring. Then, in his New Year's address, Kim proposed sending athletes to the Winter Olympics in February.")
    assert values(text, june)[-2:] == [("New Year's", "2018-01-01"), ("February", "2018-02")]


def test_a_live_pages_entry_stamp_runs_on_from_the_last_stamp_past_dates_told_inside_entries():
    text = ("Update, 1:50 p.m.: The two leaders signed a document reaffirming the Panmunjom Declaration of April 27.\n\n"
            "2:30 p.m.: Kim's motorcade has left for the airport. He arrived on Sunday aboard an Air China jet.\n\n"
            "4:20 p.m.: Trump said the US will stop the war games.\n\n"
            "1:48 p.m. EST (Monday): Trump's aides told reporters they were pleased.\n\n"
            "6:00 p.m. SGT: The UN Command said it would send a team to the site tomorrow.\n\n"
            "6:10 p.m.: Analysts said the drills are usually held in March.")
    stamps = [(t, v) for t, v in values(text, dt.date(2018, 6, 12)) if ":" in t]
    assert stamps == [("1:50 p.m.", "2018-06-12T13:50"), ("2:30 p.m.", "2018-06-12T14:30"),
                      ("4:20 p.m.", "2018-06-12T16:20"), ("1:48 p.m. EST", "2018-06-11T13:48"),
                      ("6:00 p.m. SGT", "2018-06-12T18:00"), ("6:10 p.m.", "2018-06-12T18:10")]


def test_circa_a_year_is_about_that_year_but_a_code_section_is_no_year():
    assert extract("The peninsula was divided at the 38th parallel c. 1945.", dt.date(2026, 1, 8)).timexes[0].to_dict() == {
        "start": 47, "end": 54, "text": "c. 1945", "type": "DATE", "value": "1945", "mod": "APPROX"}
    assert values("The temple was built circa 1400, they say.", dt.date(2026, 1, 8)) == [("circa 1400", "1400")]
    assert values("It acted under 50 U.S.C. 1701 et seq.", dt.date(2026, 1, 8)) == []


def test_what_is_held_now_and_a_warning_reported_take_their_own_tense():
    # "have only weeks" is having, not a perfect: the November ahead
    assert values("With temperatures falling below minus 20 degrees by November, relief workers have only weeks to "
                  "rebuild shelters.", dt.date(2016, 9, 13)) == [("November", "2016-11")]
    # "warned that ... could": the clause warned of has its own tense, not the warning's
    assert values("The launch came as the monsoon season approaches, and aid groups warned that heavy rains in July and "
                  "August could again damage crops.", dt.date(2023, 5, 31))[-2:] == [
        ("July", "2023-07"), ("August", "2023-08")]
    # a perfect is still a past
    assert values("The North has only fired two missiles since March.", dt.date(2023, 5, 31)) == [("March", "2023-03")]


def test_what_was_said_on_a_day_named_by_it_lies_behind():
    assert values("We will not accept a statement that merely repeats the language of April 13.",
                  dt.date(2009, 5, 27)) == [("April 13", "2009-04-13")]
    assert values("Pyongyang will honour the joint statement of Sept. 19.", dt.date(2006, 3, 1)) == [
        ("Sept. 19", "2005-09-19")]


def test_a_month_after_a_span_begun_with_a_happening_lies_within_the_span():
    feb = dt.date(2026, 2, 10)
    assert values("North Korea had conducted three launches since his last testimony in April 2025, including a test "
                  "in late January.", feb) == [("April 2025", "2025-04"), ("late January", "2026-01")]
    assert values("North Korea has fired five missiles since the summit in June 2024, including one in March.", feb) == [
        ("June 2024", "2024-06"), ("March", "2025-03")]


def test_a_speaker_label_an_obligation_and_a_listed_weekday():
    wednesday = dt.date(2006, 10, 11)
    # a transcript's "HOST:" is no verb "host" that looks ahead
    assert values("HOST: Monday morning, Korea time, the ground shook at Punggye-ri.", wednesday) == [
        ("Monday morning", "2006-10-09")]
    # what should or must be done lies ahead ...
    assert values("He should be back in Pyongyang by Tuesday.", wednesday) == [("Tuesday", "2006-10-17")]
    # ... but "should be" before a date only corrects it
    assert values("The summit itself should be Oct. 2, not Oct. 3.", wednesday)[0] == ("Oct. 2", "2006-10-02")
    # the second of two weekdays in a list shares the first's tense
    assert values("I'd expect a vote by the end of the week, maybe Friday or Saturday.", wednesday)[1:] == [
        ("Friday", "2006-10-13"), ("Saturday", "2006-10-14")]


def test_the_weekend_in_a_shows_name_is_no_weekend():
    assert values("This is the Weekend Briefing. The talks ran over the weekend.", dt.date(2022, 11, 19)) == [
        ("the weekend", "2022-W46-WE")]


def test_a_year_said_by_its_last_two_figures_in_words():
    feb = dt.date(2026, 2, 5)
    assert values("They began at Kaesong in July of fifty-one.", feb) == [("July of fifty-one", "1951-07")]
    assert values("The Geneva conference in the spring of fifty-four was supposed to fix that.", feb) == [
        ("the spring of fifty-four", "1954-SP")]
    assert values("She negotiated with the North back in ninety-two.", feb) == [("ninety-two", "1992")]
    assert values("You have to go back to oh-two. In early oh-three they left the NPT.", feb) == [
        ("oh-two", "2002"), ("early oh-three", "2003")]
    # counts stay counts
    assert values("It was back in ninety-two percent of cases, and some fifty people came back in forty minutes.",
                  feb) == [("forty minutes", "PT40M")]


def test_a_list_of_days_and_hours_in_the_present_is_the_nearest_such_day():
    # a log of what happened, told the day after
    log = ("Key events\n- Friday 10:15 a.m. KST: North Korea launches ICBM from Sunan\n"
           "- Friday 11:23 a.m.: Missile falls inside Japan's EEZ")
    assert [v for _t, v in values(log, dt.date(2022, 11, 19))] == [
        "2022-11-18", "2022-11-18T10:15", "2022-11-18", "2022-11-18T11:23"]
    # a programme, told the day before
    programme = "Kim makes his first trip.\n\n- Tuesday, 10:00 KST: Kim departs Seoul.\n- Wednesday: Formal talks."
    assert [v for _t, v in values(programme, dt.date(2000, 6, 12))][:2] == ["2000-06-13", "2000-06-13T10:00"]


def test_a_range_of_years_naming_a_war_lends_its_end_no_scene():
    assert values("The leaders of the two Koreas agreed to reunite families separated since the 1950-53 Korean War by "
                  "Aug. 15, the anniversary of liberation.", dt.date(2000, 6, 14))[-1] == ("Aug. 15", "2000-08-15")


def test_what_is_needed_for_the_second_half_of_the_year_is_this_years():
    assert values("The World Food Program said Wednesday it needed 240,000 tonnes of grain for the second half of the "
                  "year.", dt.date(2000, 6, 14)) == [("Wednesday", "2000-06-14"), ("the second half of the year", "2000-H2")]


def test_a_list_of_months_goes_on_into_the_next_year():
    assert values("This was the third Trump–Kim meeting, after Singapore in June 2018 and Hanoi in February.",
                  dt.date(2019, 6, 30)) == [("June 2018", "2018-06"), ("February", "2019-02")]
    # never ahead of the reference date
    assert values("Talks were held in June 2018 and February.", dt.date(2018, 12, 1)) == [
        ("June 2018", "2018-06"), ("February", "2018-02")]


def test_a_plan_told_as_it_stood_then_is_the_nearest_such_day():
    assert values("He was supposed to fly home to Fort Bliss, Texas, on Monday but left the airport and joined a tour "
                  "of Panmunjom the next day.", dt.date(2023, 7, 19)) == [
        ("Monday", "2023-07-17"), ("the next day", "2023-07-18")]
    assert values("The envoy was scheduled to arrive in Seoul on Monday.", dt.date(2023, 7, 15)) == [
        ("Monday", "2023-07-17")]


def test_a_date_ending_a_participle_on_the_subject_is_the_participles():
    oct94 = dt.date(1994, 10, 21)
    assert values("The 8,000 spent fuel rods removed from the Yongbyon reactor in May will stay in storage ponds.",
                  oct94) == [("May", "1994-05")]
    assert values("Talks held in Geneva in May will resume.", oct94) == [("May", "1994-05")]
    # a verb of its own clause is not on the subject
    assert values("North Korea said it will resume talks in May.", oct94) == [("May", "1995-05")]


def test_a_day_earlier_than_the_story_day_past_a_plan_told_ahead_and_a_gallerys_slides_tell_apart():
    text = ("Haley spoke at a meeting on Monday morning in New York. She said the council would vote next week. A day "
            "earlier, Trump said talking will not work.")
    assert values(text, dt.date(2017, 9, 5))[-1] == ("A day earlier", "2017-09-03")
    gallery = ("3 of 10\n\nThe warship sank on the night of March 26 near Baengnyeong Island.\n\n4 of 10\n\n"
               "A day earlier, Siegfried Hecker said he had been shown a new enrichment facility.")
    assert values(gallery, dt.date(2010, 11, 24))[-1] == ("A day earlier", "2010-11-23")
