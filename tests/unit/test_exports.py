"""Every export format, parsed back the way its consumers would read it."""

import csv
import dataclasses
import datetime
import io
import json

import icalendar
import jsonschema
import pytest

from timeline.exports import EventRecord, SourceRecord
from timeline.exports import csv as csv_export
from timeline.exports import ics, timelinejs
from timeline.exports import json as json_export
from timeline.exports.records import display_date
from timeline.imports import parse_timelinejs

SOURCE = SourceRecord(
    document_id=7,
    title="Singapore summit, 2018",
    url="https://example.org/singapore",
    publisher="Seed article",
    published="2018-06-13",
    quote="Trump and Kim met in Singapore on 12 June 2018.",
    start=40,
    end=87,
    prefix="ending decades of hostility. ",
    suffix=" They signed a statement.",
)
DAY = EventRecord(
    id=1,
    title="Trump and Kim meet in Singapore",
    date_start=datetime.date(2018, 6, 12),
    date_end=datetime.date(2018, 6, 12),
    precision="day",
    date_text="12 June 2018",
    sentence="Trump and Kim met in Singapore on 12 June 2018.",
    category="CONSULT",
    actors=("Donald Trump", "Kim Jong Un"),
    sources=(SOURCE,),
    note="Compare with the Hanoi summit, 8 months later.",
    path="/events/1/",
)
MONTH = EventRecord(
    id=2,
    title="Talks resume",
    date_start=datetime.date(2019, 10, 1),
    date_end=datetime.date(2019, 10, 31),
    precision="month",
    date_text="October 2019",
    sentence="Talks resumed in October 2019, the ministry said.",
    modality="asserted",
)
YEAR = EventRecord(
    id=3,
    title="A summit is planned",
    date_start=datetime.date(2026, 1, 1),
    date_end=datetime.date(2026, 12, 31),
    precision="year",
    date_mod="APPROX",
    date_text="around 2026",
    sentence="A summit could happen around 2026, \"officials\" said; nothing, is <settled>.",
    modality="planned",
    actors=("United States",),
)
RECORDS = [DAY, MONTH, YEAR]


def test_the_csv_has_one_row_per_event_with_every_column_a_spreadsheet_needs():
    text = csv_export.to_csv(RECORDS, site_url="https://timeline.example")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 3
    assert list(rows[0]) == csv_export.COLUMNS
    assert rows[0]["start"] == "2018-06-12" and rows[0]["end"] == "2018-06-12" and rows[0]["precision"] == "day"
    assert rows[0]["actors"] == "Donald Trump; Kim Jong Un"
    assert rows[0]["sources"] == "Singapore summit, 2018 <https://example.org/singapore>"
    assert json.loads(rows[0]["source_quotes"]) == [SOURCE.quote] and rows[1]["source_quotes"] == ""
    assert rows[0]["note"] == "Compare with the Hanoi summit, 8 months later."
    assert rows[0]["url"] == "https://timeline.example/events/1/"
    assert rows[2]["approximate"] == "yes" and rows[1]["approximate"] == "no"
    # Quotes, commas and semicolons inside a field survive the round trip through the csv module.
    assert rows[2]["sentence"] == YEAR.sentence
    assert rows[1]["start"] == "2019-10-01" and rows[1]["end"] == "2019-10-31" and rows[1]["precision"] == "month"


def _calendar_events(data: bytes) -> list:
    calendar = icalendar.Calendar.from_ical(data)
    return list(calendar.walk("VEVENT"))


def test_the_calendar_makes_day_events_all_day_and_vaguer_dates_spans_that_say_their_precision():
    data = ics.to_ics(RECORDS, name="Summits", site_url="https://timeline.example", stamp=datetime.datetime(2026, 11, 29, tzinfo=datetime.UTC))
    day, month, year = _calendar_events(data)
    assert day.decoded("dtstart") == datetime.date(2018, 6, 12)
    assert not isinstance(day.decoded("dtstart"), datetime.datetime)
    assert day.decoded("dtend") == datetime.date(2018, 6, 13)
    assert str(day["summary"]) == "Trump and Kim meet in Singapore"
    assert "Compare with the Hanoi summit" in str(day["description"])
    assert str(day["url"]) == "https://timeline.example/events/1/"
    assert month.decoded("dtstart") == datetime.date(2019, 10, 1)
    assert month.decoded("dtend") == datetime.date(2019, 11, 1)
    assert str(month["summary"]) == "Talks resume (month: October 2019)"
    assert year.decoded("dtstart") == datetime.date(2026, 1, 1) and year.decoded("dtend") == datetime.date(2027, 1, 1)
    # What did not happen is marked as the timeline marks it: a calendar entry otherwise reads as a fact.
    assert str(year["summary"]) == "Planned or announced: A summit is planned (year: about 2026)"
    assert str(year["description"]).startswith("Planned or announced.\n\nA summit could happen around 2026")
    assert len({str(e["uid"]) for e in (day, month, year)}) == 3


def test_the_calendar_says_which_events_were_only_supposed_or_did_not_happen():
    records = [dataclasses.replace(DAY, id=n, modality=modality) for n, modality in
               enumerate(["asserted", "planned", "hypothetical", "negated"], 1)]
    summaries = [str(e["summary"]) for e in _calendar_events(ics.to_ics(records))]
    assert summaries == ["Trump and Kim meet in Singapore", "Planned or announced: Trump and Kim meet in Singapore",
                         "Hypothetical: Trump and Kim meet in Singapore", "Did not happen: Trump and Kim meet in Singapore"]


def test_timelinejs_headlines_say_which_events_were_only_supposed_or_did_not_happen():
    records = [dataclasses.replace(DAY, id=n, modality=modality) for n, modality in
               enumerate(["asserted", "planned", "hypothetical", "negated"], 1)]
    headlines = [e["text"]["headline"] for e in json.loads(timelinejs.to_timelinejs(records))["events"]]
    assert headlines == ["Trump and Kim meet in Singapore", "Planned or announced: Trump and Kim meet in Singapore",
                         "Hypothetical: Trump and Kim meet in Singapore", "Did not happen: Trump and Kim meet in Singapore"]


def test_a_timelinejs_export_of_ours_imports_with_its_titles_and_modalities_and_exports_again_the_same():
    records = [dataclasses.replace(DAY, id=n, modality=modality, title=title) for n, (modality, title) in enumerate(
        [("planned", "Talks <next> month"), ("hypothetical", "A summit"), ("negated", "Hypothetical: a title of its own"),
         ("asserted", "Planned or announced: a real title")], 1)]
    exported = timelinejs.to_timelinejs(records)
    rows, errors = parse_timelinejs(exported)
    assert errors == []
    assert [(r.title, r.modality) for r in rows] == [(r.title, r.modality) for r in records]
    again = timelinejs.to_timelinejs([dataclasses.replace(row, id=n) for n, row in enumerate(rows, 1)])
    assert [e["text"]["headline"] for e in json.loads(again)["events"]] == [
        e["text"]["headline"] for e in json.loads(exported)["events"]]
    # Someone else's file says nothing of modality: its headline is its title, whatever it starts with.
    foreign = '{"events": [{"start_date": {"year": "2019"}, "text": {"headline": "Planned or announced: talks"}}]}'
    assert [r.title for r in parse_timelinejs(foreign)[0]] == ["Planned or announced: talks"]


def test_the_json_export_validates_against_its_schema_and_carries_w3c_selectors():
    text = json_export.to_json(RECORDS, title="Summits", site_url="https://timeline.example")
    data = json.loads(text)
    jsonschema.validate(data, json_export.SCHEMA)
    event = data["events"][0]
    assert event["display_date"] == "Tuesday 12 June 2018"
    (source,) = event["sources"]
    assert source["target"]["source"] == "https://timeline.example/documents/7/"
    quote, position = source["target"]["selector"]
    assert quote == {"type": "TextQuoteSelector", "exact": SOURCE.quote, "prefix": SOURCE.prefix, "suffix": SOURCE.suffix}
    assert position == {"type": "TextPositionSelector", "start": 40, "end": 87}
    assert data["events"][2]["approximate"] is True


def test_the_json_schema_rejects_an_event_without_dates():
    data = json.loads(json_export.to_json(RECORDS))
    del data["events"][1]["start"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_export.SCHEMA)


def test_timelinejs_dates_carry_only_the_fields_their_precision_knows():
    data = json.loads(timelinejs.to_timelinejs(RECORDS, title="Summits", eras=[timelinejs.Era(datetime.date(2018, 1, 1), datetime.date(2019, 2, 28), "Summitry")]))
    day, month, year = data["events"]
    assert day["start_date"] == {"year": "2018", "month": "6", "day": "12"} and "end_date" not in day
    assert month["start_date"] == {"year": "2019", "month": "10"} and "end_date" not in month
    assert year["start_date"] == {"year": "2026"}
    assert year["display_date"] == "about 2026"
    assert day["group"] == "Consult" and day["unique_id"] == "event-1"
    assert day["text"]["headline"] == "Trump and Kim meet in Singapore"
    assert "Compare with the Hanoi summit" in day["text"]["text"]
    assert data["eras"] == [{"start_date": {"year": "2018", "month": "1", "day": "1"}, "end_date": {"year": "2019", "month": "2", "day": "28"}, "text": {"headline": "Summitry"}}]
    assert "&lt;settled&gt;" in year["text"]["text"]


def test_a_span_of_months_gets_an_end_date_in_timelinejs():
    span = EventRecord(id=9, title="Talks", date_start=datetime.date(2003, 8, 1), date_end=datetime.date(2003, 10, 31), precision="season")
    (event,) = json.loads(timelinejs.to_timelinejs([span]))["events"]
    assert event["start_date"] == {"year": "2003", "month": "8"} and event["end_date"] == {"year": "2003", "month": "10"}


@pytest.mark.parametrize(
    ("precision", "start", "end", "mod", "expected"),
    [
        ("day", datetime.date(2018, 6, 12), datetime.date(2018, 6, 12), "", "Tuesday 12 June 2018"),
        ("month", datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "START", "early June 2018"),
        ("season", datetime.date(2018, 6, 1), datetime.date(2018, 8, 31), "", "summer 2018"),
        ("quarter", datetime.date(2018, 4, 1), datetime.date(2018, 6, 30), "", "the second quarter of 2018"),
        ("year", datetime.date(2018, 1, 1), datetime.date(2018, 12, 31), "", "2018"),
        ("decade", datetime.date(1990, 1, 1), datetime.date(1999, 12, 31), "", "the 1990s"),
    ],
)
def test_the_display_date_says_no_more_than_the_precision_knows(precision, start, end, mod, expected):
    record = EventRecord(id=1, title="x", date_start=start, date_end=end, precision=precision, date_mod=mod)
    assert display_date(record) == expected


def test_a_snapshot_restores_the_record_exactly():
    for record in RECORDS:
        assert EventRecord.from_snapshot(json.loads(json.dumps(record.to_snapshot()))) == record


def test_text_a_spreadsheet_would_run_as_a_formula_is_written_as_text():
    hostile = EventRecord(id=5, title="=HYPERLINK(\"http://evil.example\",\"click\")", date_start=datetime.date(2018, 1, 1),
                          date_end=datetime.date(2018, 1, 1), precision="day", sentence="-1 and +2 are numbers", note="@everyone")
    (row,) = csv.DictReader(io.StringIO(csv_export.to_csv([hostile])))
    assert row["title"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert row["sentence"] == "'-1 and +2 are numbers" and row["note"] == "'@everyone"
    assert row["start"] == "2018-01-01"
    assert csv_export.unprotect(row["title"]) == hostile.title
    assert csv_export.unprotect("'plain quote") == "'plain quote"


WEEK = EventRecord(id=11, title="Envoys meet", date_start=datetime.date(2023, 7, 17),
                   date_end=datetime.date(2023, 7, 23), precision="week", date_text="last week",
                   sentence="Envoys met last week.")
HALF = EventRecord(id=12, title="Talks planned", date_start=datetime.date(2024, 1, 1),
                   date_end=datetime.date(2024, 6, 30), precision="half", date_text="the first half of 2024",
                   sentence="Talks are planned for the first half of 2024.")


def test_every_export_tells_a_week_and_a_half_year_as_such():
    week, half = _calendar_events(ics.to_ics([WEEK, HALF], stamp=datetime.datetime(2026, 11, 29, tzinfo=datetime.UTC)))
    assert (week.decoded("dtstart"), week.decoded("dtend")) == (datetime.date(2023, 7, 17), datetime.date(2023, 7, 24))
    assert str(week["summary"]) == "Envoys meet (week: the week of 17 July 2023)"
    assert (half.decoded("dtstart"), half.decoded("dtend")) == (datetime.date(2024, 1, 1), datetime.date(2024, 7, 1))
    assert str(half["summary"]) == "Talks planned (half-year: the first half of 2024)"
    rows = list(csv.DictReader(io.StringIO(csv_export.to_csv([WEEK, HALF]))))
    assert [(r["precision"], r["start"], r["end"]) for r in rows] == [
        ("week", "2023-07-17", "2023-07-23"), ("half", "2024-01-01", "2024-06-30")]
    data = json.loads(json_export.to_json([WEEK, HALF]))
    jsonschema.validate(data, json_export.SCHEMA)
    assert [e["precision"] for e in data["events"]] == ["week", "half"]
    # TimelineJS has no weeks or halves: a week is its seven days, a half-year its six months.
    tjs = json.loads(timelinejs.to_timelinejs([WEEK, HALF]))
    assert [(e["start_date"], e["end_date"], e["display_date"]) for e in tjs["events"]] == [
        ({"year": "2023", "month": "7", "day": "17"}, {"year": "2023", "month": "7", "day": "23"},
         "the week of 17 July 2023"),
        ({"year": "2024", "month": "1"}, {"year": "2024", "month": "6"}, "the first half of 2024")]
    rows, errors = parse_timelinejs(timelinejs.to_timelinejs([WEEK, HALF]))
    assert errors == []
    assert [(r.precision, r.date_start, r.date_end) for r in rows] == [
        ("week", WEEK.date_start, WEEK.date_end), ("half", HALF.date_start, HALF.date_end)]
