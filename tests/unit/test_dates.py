from datetime import date

import pytest

from timeline.dates import format_event_date, iso_event_date


@pytest.mark.parametrize(
    ("start", "end", "precision", "mod", "text", "iso"),
    [
        (date(2018, 1, 1), date(2018, 12, 31), "year", "", "2018", "2018"),
        (date(2025, 7, 1), date(2025, 7, 31), "month", "", "July 2025", "2025-07"),
        (date(2025, 9, 21), date(2025, 9, 21), "day", "", "Sunday 21 September 2025", "2025-09-21"),
        (date(2019, 2, 27), date(2019, 2, 28), "day", "", "27–28 February 2019", "2019-02-27"),
        (date(2025, 1, 1), date(2025, 4, 30), "year", "START", "early 2025", "2025"),
        (date(2025, 5, 1), date(2025, 8, 31), "year", "MID", "mid-2025", "2025"),
        (date(2025, 9, 1), date(2025, 12, 31), "year", "END", "late 2025", "2025"),
        (date(1990, 1, 1), date(1999, 12, 31), "decade", "", "the 1990s", "1990"),
        (date(1990, 1, 1), date(1993, 12, 31), "decade", "START", "the early 1990s", "1990"),
        (date(1900, 1, 1), date(1999, 12, 31), "decade", "", "the 20th century", "1900"),
        (date(1800, 1, 1), date(1899, 12, 31), "decade", "END", "the late 19th century", "1800"),
        (date(2024, 6, 1), date(2024, 8, 31), "season", "", "summer 2024", "2024"),
        (date(2024, 7, 1), date(2024, 9, 30), "quarter", "", "the third quarter of 2024", "2024"),
        (date(2024, 1, 1), date(2024, 6, 30), "quarter", "", "the first half of 2024", "2024"),
        (date(2024, 4, 1), date(2024, 9, 30), "quarter", "", "the second to third quarters of 2024", "2024"),
        (date(2019, 6, 30), date(2019, 7, 2), "day", "", "30 June – 2 July 2019", "2019-06-30"),
        (date(2019, 12, 30), date(2020, 1, 2), "day", "", "30 December 2019 – 2 January 2020", "2019-12-30"),
        (date(2018, 6, 1), date(2018, 7, 31), "month", "", "June–July 2018", "2018-06"),
        (date(2003, 1, 10), date(2003, 1, 10), "day", "BEFORE", "before Friday 10 January 2003", "2003-01-10"),
        (date(2026, 8, 5), date(2026, 8, 5), "day", "ON_OR_BEFORE", "by Wednesday 5 August 2026", "2026-08-05"),
        (date(2003, 1, 1), date(2003, 12, 31), "year", "ON_OR_BEFORE", "by 2003", "2003"),
        (date(2012, 2, 1), date(2012, 2, 29), "month", "APPROX", "about February 2012", "2012-02"),
    ],
)
def test_a_date_reads_at_the_precision_the_source_gave(start, end, precision, mod, text, iso):
    assert format_event_date(start, end, precision, mod) == text
    assert iso_event_date(start, end, precision, mod) == iso


def test_a_year_is_never_shown_as_a_day_in_it():
    text = format_event_date(date(2018, 1, 1), date(2018, 12, 31), "year", "")
    assert "January" not in text and "1" not in text.replace("2018", "")


@pytest.mark.parametrize(
    ("start", "end", "precision", "mod", "text", "iso"),
    [
        (date(2023, 7, 17), date(2023, 7, 23), "week", "", "the week of 17 July 2023", "2023-W29"),
        (date(2025, 12, 29), date(2026, 1, 4), "week", "", "the week of 29 December 2025", "2026-W01"),
        (date(2023, 7, 17), date(2023, 7, 30), "week", "", "the weeks of 17 and 24 July 2023", "2023-W29"),
        (date(2023, 7, 31), date(2023, 8, 13), "week", "", "the weeks of 31 July and 7 August 2023", "2023-W31"),
        (date(2023, 7, 17), date(2023, 7, 23), "week", "START", "early in the week of 17 July 2023", "2023-W29"),
        (date(2023, 7, 17), date(2023, 7, 23), "week", "MID", "the middle of the week of 17 July 2023", "2023-W29"),
        (date(2023, 7, 17), date(2023, 7, 23), "week", "APPROX", "about the week of 17 July 2023", "2023-W29"),
        (date(2024, 1, 1), date(2024, 6, 30), "half", "", "the first half of 2024", "2024"),
        (date(2024, 7, 1), date(2024, 12, 31), "half", "", "the second half of 2024", "2024"),
        (date(2024, 7, 1), date(2025, 6, 30), "half", "", "the second half of 2024 – the first half of 2025", "2024"),
        (date(2024, 1, 1), date(2024, 6, 30), "half", "END", "late in the first half of 2024", "2024"),
    ],
)
def test_a_week_and_a_half_year_read_as_what_they_are(start, end, precision, mod, text, iso):
    assert format_event_date(start, end, precision, mod) == text
    assert iso_event_date(start, end, precision, mod) == iso
