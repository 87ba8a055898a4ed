"""Pasted and uploaded text as it comes: entities, odd spaces, capitals, page furniture, links and headings.

Every text here is written for these tests.
"""

import datetime as dt

from timeline.extraction import extract

MONDAY = dt.date(2025, 9, 22)


def values(text, published=MONDAY):
    return [(t.text, t.value) for t in extract(text, published).timexes]


def dated(text, published=MONDAY):
    return [(e.date_text, e.date_start) for e in extract(text, published).events]


def test_entities_odd_spaces_and_full_width_digits_are_read_while_spans_keep_the_text_as_given():
    assert values("Kim met Trump on June&nbsp;12,&nbsp;2018.") == [("June&nbsp;12,&nbsp;2018", "2018-06-12")]
    assert values("They met on June 12&#8211;13, 2018.") == [("June 12", "2018-06-12"), ("13, 2018", "2018-06-13")]
    assert values("Kim met Trump on June 12, ２０１８.") == [("June 12, ２０１８", "2018-06-12")]
    assert values("Talks resumed on Sept.\u200b19.") == [("Sept.\u200b19", "2025-09-19")]


def test_a_headline_in_capitals_is_read():
    assert values("NORTH KOREA FIRES MISSILE ON MONDAY") == [("MONDAY", "2025-09-22")]


def test_page_furniture_and_headings_date_no_event():
    assert dated("Updated 10:32 a.m. EDT, Sept. 19, 2025\nNorth Korea fired a missile on Thursday.") == [
        ("Thursday", dt.date(2025, 9, 18))]
    assert dated("By Jane Doe | September 19, 2025 at 8:15 p.m. EDT") == []
    assert dated("Sept. 19, 2025 | 5 min read") == []
    assert dated("© 2025 Example News") == []
    assert dated("## 2018\n* **June 12** – Singapore summit") == [("June 12", dt.date(2018, 6, 12))]
    assert [e.title for e in extract("- Jan. 6, 2016 — fourth nuclear test", MONDAY).events] == ["Fourth nuclear test"]
    assert dated("By then, the troops had left in August 2024.") == [("August 2024", dt.date(2024, 8, 1))]


def test_a_year_heading_sets_the_year_of_the_lines_under_it():
    assert values("Timeline:\n2016\nJan. 6 — fourth nuclear test\nSept. 9 — fifth nuclear test") == [
        ("2016", "2016"), ("Jan. 6", "2016-01-06"), ("Sept. 9", "2016-09-09")]


def test_numbers_in_links_files_addresses_and_codes_are_no_dates():
    assert values("Source: https://www.example.org/news/2018-06-12-singapore-summit?id=20180612") == []
    assert values("See report-2017-09-03.pdf.") == []
    assert values("They gathered at 1600 Pennsylvania Ave. on Monday.") == [("Monday", "2025-09-22")]
    assert values("The bill H.R. 2025 passed.") == []
    assert values("The list grew to 1998 names.") == []
    assert values("A 1996 law was passed.") == [("1996", "1996")]
    # a model year names a car; a year before a convention's name is the convention's
    assert values("He was driving a 2019 Toyota when police stopped him on Monday.") == [("Monday", "2025-09-22")]
    # (a maker's name after a possessive's year, however the sentence goes on; but not after "in")
    assert values("Kopp's 1987 Chevrolet Cavalier was found at the airport.") == []
    assert values("Kim arrived in a 2014 Mercedes-Benz Pullman limousine.") == []
    assert values("In 2019 Ford recalled the cars.") == [("2019", "2019")]
    assert values("The ruling overruled a 1971 Convention, which gives Libya the right.") == [("1971", "1971")]


def test_more_written_forms():
    assert values("On 2016.01.06 it tested a bomb.") == [("2016.01.06", "2016-01-06")]
    assert values("On 2018/06/12 they met.") == [("2018/06/12", "2018-06-12")]
    # a ministry's log leaves month and day unpadded; ISO pads, and a version number is no date
    assert values("The log lists 2019.2.27 as the first day.") == [("2019.2.27", "2019-02-27")]
    assert values("They met on 2019/6/30.") == [("2019/6/30", "2019-06-30")]
    assert values("Version 2019.2.27 shipped. On 2019-2-27 they met.") == []
    assert values("Summit: 12-Jun-2018.") == [("12-Jun-2018", "2018-06-12")]
    assert values("At 2:30 p.m. on Feb. 28, 2019 the two leaders walked out.") == [
        ("2:30 p.m. on Feb. 28, 2019", "2019-02-28T14:30")]


def test_hard_wrapped_lines_stay_one_sentence():
    text = ("North Korea conducted its sixth nuclear test on\nSept. 3, 2017, and the United Nations imposed new "
            "sanctions\nlater that month, diplomats said.")
    assert [(e.date_start, e.title) for e in extract(text, MONDAY).events] == [
        (dt.date(2017, 9, 3), "North Korea conducted its sixth nuclear test"),
        (dt.date(2017, 9, 1), "The United Nations imposed new sanctions")]


def test_capitalised_modifiers_at_a_sentence_start():
    assert [(t.text, t.mod) for t in extract("Late 2017 saw tension. Mid-2019 talks stalled.", MONDAY).timexes] == [
        ("Late 2017", "END"), ("Mid-2019", "MID")]


def test_a_reports_own_dateline_is_the_day_its_weekdays_count_from():
    assert dated("SEOUL, Sept 19, 2025 (Reuters) - North Korea fired a missile on Monday.", dt.date(2025, 9, 29)) == [
        ("Monday", dt.date(2025, 9, 15))]


def test_a_clock_time_beside_another_days_date_makes_no_event_of_its_own():
    assert dated("The two leaders walked out at 2:30 p.m., cutting short the Feb. 28 session.", dt.date(2019, 3, 1)) == [
        ("Feb. 28", dt.date(2019, 2, 28))]
    # a clock on a named day is dated by that day, beside a month or a day it only counts from
    text = "Blinken arrived in Seoul on Sunday evening, his first visit since last March."
    assert dated(text, dt.date(2024, 3, 17)) == [("Sunday evening", dt.date(2024, 3, 17))]


def test_a_headline_infinitive_looks_ahead():
    [e] = extract("Trump and Kim to meet in May, White House says", MONDAY).events
    assert (e.date_start, e.modality) == (dt.date(2026, 5, 1), "planned")


def test_a_long_line_is_no_page_furniture_even_if_it_mentions_an_update():
    text = ("Kim Jong Un met officials on Monday. " * 20) + "Readers wrote in | Updated guidance followed. "
    assert len(extract(text, MONDAY).events) >= 1
