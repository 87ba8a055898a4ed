"""Importing CSV and TimelineJS files: proposals with their dates, exact round trips, line-numbered errors."""

import datetime
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.exports import from_events
from timeline.models import Actor, Annotation, Document, Event, Status

RELATIONS = ("actors", "sources__document")


@pytest.fixture
def published(db, editor):
    kim, trump = ActorFactory(name="Kim Jong Un"), ActorFactory(name="Donald Trump")
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="CONSULT", actors=[kim, trump])
    document = DocumentFactory(title="Singapore report", url="https://example.org/sg")
    EventSourceFactory(event=singapore, document=document)
    Annotation.objects.create(author=editor, event=singapore, body="A note, with \"quotes\"; and a semicolon", visibility="public")
    EventFactory(title="Talks resume", date_start=datetime.date(2019, 10, 1), date_end=datetime.date(2019, 10, 31), precision="month", date_mod="APPROX", date_text="around October 2019", sentence="Talks resumed around October 2019.", modality="planned")
    EventFactory(title="Summer talks", date_start=datetime.date(2003, 6, 1), date_end=datetime.date(2003, 8, 31), precision="season", date_text="summer 2003", sentence="")
    EventFactory(title="=SUM(A1) is not a formula here", date_start=datetime.date(2017, 3, 1), sentence="-3 degrees, they said.")
    EventFactory(title="A decade of sanctions", date_start=datetime.date(2010, 1, 1), date_end=datetime.date(2019, 12, 31), precision="decade", category="SANCTION", date_text="the 2010s")


def _upload(client, name: str, content: bytes):
    return client.post(reverse("timeline:import_events"), {"file": SimpleUploadedFile(name, content)})


def _comparable(events) -> list[dict]:
    records = from_events(Event.objects.filter(pk__in=[e.pk for e in events]).chronological().prefetch_related(*RELATIONS))
    from timeline import shares

    notes = shares.combined_notes(None, [r.id for r in records])
    out = []
    for record in records:
        data = record.to_snapshot()
        for key in ("id", "path", "summary"):
            data.pop(key)
        data["note"] = notes.get(record.id, "")
        data["sources"] = [(s["title"], s["url"], s["quote"]) for s in data["sources"]]
        out.append(data)
    return out


@pytest.mark.parametrize("filename", ["events.csv", "timelinejs.json"])
def test_importing_an_export_of_ours_round_trips_without_loss(client, editor, published, filename):
    before = list(Event.objects.published())
    exported = client.get(reverse("timeline:export", args=[filename]), {"plans": "1"}).content
    assert len(before) == 5
    expected = _comparable(before)
    Event.objects.all().delete()  # as on another site that holds the same documents
    client.force_login(editor)
    response = _upload(client, filename, exported)
    assert response.status_code == 302, response.content.decode()[:2000]
    imported = list(Event.objects.filter(status=Status.PROPOSED))
    assert len(imported) == 5
    assert _comparable(imported) == expected
    # The imported sources point at the documents we already hold, not at copies.
    assert {s.document.title for e in imported for s in e.sources.all()} == {"Singapore report"}


def test_bad_rows_are_reported_by_line_number_and_nothing_is_imported(client, editor, db):
    content = (
        "start,end,precision,title,sentence\n"
        "2018-06-12,,day,Singapore summit,They met.\n"
        "2018-13-01,,day,Bad month,\n"
        "2019-02-28,2019-02-27,day,\"Ends before it starts,\nacross two lines\",\n"
        "2020,,,,\n"
        "2021,,fortnight,Odd precision,\n"
    ).encode()
    content = content.replace(b"start,end,precision,title,sentence\n", b"start,end,precision,title,sentence,sources,source_quotes\n")
    content += b'2022,,,Two sources one quote,,"A <https://a.example>\nB <https://b.example>","[""only one""]"\n'
    client.force_login(editor)
    response = _upload(client, "events.csv", content)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Line 3: start &#x27;2018-13-01&#x27; is not a date" in body
    assert "Line 4: the end (2019-02-27) is before the start (2019-02-28)." in body
    assert "Line 6: an event needs a title or a sentence." in body
    assert "Line 7: unknown precision &#x27;fortnight&#x27;." in body
    assert "Line 8: source_quotes should be a JSON list of 2 quotes, one per source." in body
    assert not Event.objects.exists()


def test_an_empty_file_is_refused_as_a_bad_file_is_named_in_the_box_read_out_and_with_its_status(client, editor, db):
    # It was told only beside the field, with a 200: the page looked as if it had merely been shown again.
    client.force_login(editor)
    response = _upload(client, "events.csv", b"")
    assert response.status_code == 400
    box = re.search(r'<div class="import-errors error" role="alert">.*?</div>', response.content.decode(), re.S)
    assert box and "Nothing was imported" in box[0] and "events.csv: The submitted file is empty." in box[0]
    assert not Event.objects.exists()


def test_sending_the_form_without_a_file_asks_for_one_in_the_box(client, editor, db):
    client.force_login(editor)
    response = client.post(reverse("timeline:import_events"), {})
    assert response.status_code == 400
    assert "Choose a CSV or TimelineJS JSON file to import." in response.content.decode()


def test_a_plain_csv_and_a_foreign_timelinejs_file_import_with_their_precision(client, editor, db):
    client.force_login(editor)
    assert _upload(client, "mine.csv", b"start,title\n2018,Year only\n2018-06,Month only\n").status_code == 302
    year, month = Event.objects.order_by("pk")
    assert (year.precision, year.date_start, year.date_end) == ("year", datetime.date(2018, 1, 1), datetime.date(2018, 12, 31))
    assert (month.precision, month.date_end) == ("month", datetime.date(2018, 6, 30))
    foreign = b'{"events": [{"start_date": {"year": "1994", "month": "10", "day": "21"}, "text": {"headline": "<b>Agreed</b> Framework", "text": "<p>Signed in Geneva.</p>"}, "group": "Agree"}]}'
    assert _upload(client, "tl.json", foreign).status_code == 302
    event = Event.objects.get(title="Agreed Framework")
    assert (event.precision, event.sentence, event.category, event.status) == ("day", "Signed in Geneva.", "AGREE", Status.PROPOSED)


def test_a_csv_row_of_a_week_or_a_half_year_without_an_end_spans_the_week_or_the_half(client, editor, db):
    client.force_login(editor)
    csv = b"start,precision,title\n2023-07-17,week,Envoys meet\n2024-07-01,half-year,Talks planned\n"
    assert _upload(client, "mine.csv", csv).status_code == 302
    week, half = Event.objects.order_by("pk")
    assert (week.precision, week.date_start, week.date_end) == (
        "week", datetime.date(2023, 7, 17), datetime.date(2023, 7, 23))
    assert (half.precision, half.date_start, half.date_end) == (
        "half", datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))


def test_an_imported_source_reports_the_rows_qualifier_with_its_date(client, editor, db):
    client.force_login(editor)
    content = (b"start,precision,qualifier,title,sources\n"
               b"2019,year,START,Talks begin,Wire <https://wire.example/talks>\n")
    assert _upload(client, "early.csv", content).status_code == 302
    source = Event.objects.get().sources.get()
    assert (source.reported_start, source.reported_precision, source.reported_mod) == (
        datetime.date(2019, 1, 1), "year", "START")


def test_an_imported_actor_spelled_without_accents_or_by_a_non_latin_alias_is_the_actor_already_held(client, editor, db):
    lavrov = ActorFactory(name="Sergueï Lavrov", aliases=["Лавров"])
    client.force_login(editor)
    csv = "start,title,actors\n2018-05-31,Talks in Pyongyang,Serguei Lavrov\n2018-06-01,Talks go on,ЛАВРОВ\n"
    assert _upload(client, "mine.csv", csv.encode()).status_code == 302
    assert [list(e.actors.all()) for e in Event.objects.order_by("pk")] == [[lavrov], [lavrov]]
    assert Actor.objects.count() == 1  # no second Lavrov for the editors to merge


def test_a_timelinejs_slide_without_a_year_is_reported_by_its_position(client, editor, db):
    client.force_login(editor)
    response = _upload(client, "tl.json", b'{"events": [{"start_date": {"year": "2018"}, "text": {"headline": "ok"}}, {"text": {"headline": "no date"}}]}')
    assert response.status_code == 400 and "Event 2: start_date needs a year." in response.content.decode()
    assert not Event.objects.exists()


def test_only_editors_may_import(client, teacher, student, db):
    for user in (teacher, student):
        client.force_login(user)
        assert _upload(client, "a.csv", b"start,title\n2018,x\n").status_code == 403
    assert not Event.objects.exists()


@pytest.mark.parametrize("filename", ["events.csv", "timelinejs.json"])
def test_the_seed_timeline_exported_and_imported_again_is_the_same_timeline(client, editor, seeded, filename):
    before = list(Event.objects.published())
    assert len(before) > 20
    exported = client.get(reverse("timeline:export", args=[filename]), {"plans": "1"}).content
    expected = _comparable(before)
    Event.objects.all().delete()  # as on another site that holds the same documents
    client.force_login(editor)
    response = _upload(client, filename, exported)
    assert response.status_code == 302, response.content.decode()[:3000]
    imported = list(Event.objects.filter(status=Status.PROPOSED, confidence=1.0))
    assert len(imported) == len(before)
    pairs = zip(_comparable(imported), expected)
    first_difference = next(({k: (x[k], y[k]) for k in x if x[k] != y[k]} for x, y in pairs if x != y), None)
    assert first_difference is None
    # Each source kept its own wording of the event and points into the document we hold, not a stub.
    assert not Document.objects.filter(key__startswith="import-").exists()


def test_importing_what_the_site_already_holds_adds_nothing_twice(client, editor, published):
    exported = client.get(reverse("timeline:export", args=["events.csv"]), {"plans": "1"}).content
    client.force_login(editor)
    response = _upload(client, "events.csv", exported)
    assert response.status_code == 302
    assert not Event.objects.filter(status=Status.PROPOSED).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Imported 0 events as proposals for review. 5 events were already on the site" in page
    fresh = b"start,title\n2020,New row\n2020,New row\n"
    assert _upload(client, "more.csv", fresh).status_code == 302
    assert _upload(client, "more.csv", fresh).status_code == 302
    assert Event.objects.filter(title="New row").count() == 1


def test_an_impossible_timelinejs_date_is_reported_with_the_date_and_what_is_wrong(client, editor, db):
    client.force_login(editor)
    slides = [
        {"start_date": {"year": "2020", "month": "13", "day": "1"}, "text": {"headline": "a"}},
        {"start_date": {"year": "2019", "month": "2", "day": "30"}, "text": {"headline": "b"}},
        {"start_date": {"year": "2019", "month": "June"}, "text": {"headline": "c"}},
        {"start_date": {"year": "2019"}, "end_date": {"year": "2019", "month": "4", "day": "31"}, "text": {"headline": "d"}},
    ]
    response = _upload(client, "tl.json", json.dumps({"events": slides}).encode())
    assert response.status_code == 400
    html = response.content.decode()
    assert "Event 1: start_date 2020-13-1 is not a date: there is no month 13." in html
    assert "Event 2: start_date 2019-2-30 is not a date: February 2019 has 28 days." in html
    assert "Event 3: start_date 2019-June is not a date: its month and day must be numbers." in html
    assert "Event 4: end_date 2019-4-31 is not a date: April 2019 has 30 days." in html
    assert not Event.objects.exists()


def test_after_an_import_the_page_links_to_the_queue_where_the_events_wait(client, editor, db):
    client.force_login(editor)
    response = client.post(
        reverse("timeline:import_events"),
        {"file": SimpleUploadedFile("mine.csv", b"start,title\n2018,Year only\n2018-06,Month only\n")},
        follow=True,
    )
    html = response.content.decode()
    assert "Imported 2 events as proposals for review." in html
    assert '<a class="button" href="/review/?sort=newest">Review the 2 imported events</a>' in html
    # Opened again later (or with a made-up count) the page is the plain form.
    assert "imported events</a>" not in client.get(reverse("timeline:import_events")).content.decode()
    assert client.get(reverse("timeline:import_events"), {"imported": "lots"}).status_code == 200


@pytest.mark.parametrize(("name", "content", "message"), [
    ("latin.csv", "start,title\n2019-02-27,Hano\xef summit\n".encode("latin-1"),
     "latin.csv: is not UTF-8 text (invalid byte 0xef at offset 27)"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv: looks like a binary file"),
])
def test_a_file_that_is_not_text_is_refused_naming_it_and_what_is_wrong(client, editor, db, name, content, message):
    # It said only "The file is not UTF-8 text.", the one file-level refusal that named neither file nor place.
    client.force_login(editor)
    response = _upload(client, name, content)
    assert response.status_code == 400
    box = re.search(r'<div class="import-errors error" role="alert">.*?</div>', response.content.decode(), re.S)
    assert box and message in box[0]
    assert not Event.objects.exists() and not Document.objects.exists()
