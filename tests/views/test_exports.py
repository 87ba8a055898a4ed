"""The export downloads: the timeline's querystring, shares' class notes, and each file parsed back."""

import csv
import datetime
import html
import io
import re

import icalendar
import jsonschema
import pytest
from django.urls import reverse

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.exports import json as json_export
from timeline.models import Annotation, Document, Event, SharedTimeline, SharedTimelineItem, Status


@pytest.fixture
def events(db, editor):
    singapore = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[ActorFactory(name="Kim Jong Un")])
    document = DocumentFactory(title="Singapore report", url="https://example.org/sg", text="Intro. North Korea and the United States met in Singapore on 12 June 2018. Outro.")
    EventSourceFactory(event=singapore, document=document, sentence_start=7, sentence_end=75, quote=document.text[7:75])
    Annotation.objects.create(author=editor, event=singapore, body="A public note", visibility="public")
    Annotation.objects.create(author=editor, event=singapore, body="An editors' note", visibility="editors")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 1), date_end=datetime.date(2019, 2, 28), precision="month")
    EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21))
    EventFactory(title="Unreviewed proposal", status=Status.PROPOSED)
    return singapore


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_download_starts_with_a_byte_order_mark_so_excel_reads_it_as_utf8(client, events):
    # Without it Excel on Windows opens the file in the local code page: “good memories” reads â€œgood memoriesâ€.
    response = client.get(reverse("timeline:export", args=["events.csv"]))
    assert response.content.startswith(b"\xef\xbb\xbfstart,end,")


def test_the_csv_export_follows_the_timelines_querystring_and_only_public_notes(client, events):
    response = client.get(reverse("timeline:export", args=["events.csv"]), {"from": "2018", "page": "3"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _rows(response)
    assert [r["title"] for r in rows] == ["Singapore summit", "Hanoi summit"]
    assert rows[0]["note"] == "A public note"
    assert rows[0]["sources"] == "Singapore report <https://example.org/sg>"
    assert rows[0]["url"] == f"http://testserver/events/{events.pk}/"
    assert rows[1]["precision"] == "month" and rows[1]["end"] == "2019-02-28"


def test_the_json_export_validates_and_its_selectors_point_at_the_sentence_in_the_document(client, events):
    data = client.get(reverse("timeline:export", args=["events.json"])).json()
    jsonschema.validate(data, json_export.SCHEMA)
    assert len(data["events"]) == 3
    singapore = next(e for e in data["events"] if e["title"] == "Singapore summit")
    quote, position = singapore["sources"][0]["target"]["selector"]
    text = events.sources.get().document.text
    assert text[position["start"] : position["end"]] == quote["exact"]
    assert text[: position["start"]].endswith(quote["prefix"]) and text[position["end"] :].startswith(quote["suffix"])


def test_the_calendar_export_parses_back_with_icalendar(client, events):
    response = client.get(reverse("timeline:export", args=["events.ics"]))
    assert response["Content-Type"].startswith("text/calendar")
    vevents = list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))
    assert len(vevents) == 3
    hanoi = next(v for v in vevents if "Hanoi" in str(v["summary"]))
    assert hanoi.decoded("dtstart") == datetime.date(2019, 2, 1) and hanoi.decoded("dtend") == datetime.date(2019, 3, 1)
    assert "month" in str(hanoi["summary"])


def test_the_timelinejs_export_has_a_slide_per_event(client, events):
    data = client.get(reverse("timeline:export", args=["timelinejs.json"]), {"from": "2018"}).json()
    assert [e["text"]["headline"] for e in data["events"]] == ["Singapore summit", "Hanoi summit"]
    assert data["events"][1]["start_date"] == {"year": "2019", "month": "2"}


def test_an_unknown_export_format_is_not_found(client, events):
    assert client.get("/export/events.xlsx").status_code == 404


def test_a_shares_export_carries_its_class_notes_and_only_its_events(client, events, teacher):
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    SharedTimelineItem.objects.create(share=share, event=events, class_note="Discuss in class")
    rows = _rows(client.get(reverse("timeline:share_export", args=[share.token, "events.csv"])))
    assert [r["title"] for r in rows] == ["Singapore summit", "Hanoi summit"]
    assert rows[0]["note"] == "Discuss in class\n\nA public note"
    tjs = client.get(reverse("timeline:share_export", args=[share.token, "timelinejs.json"])).json()
    assert tjs["title"]["text"]["headline"] == "Summits"


def test_a_long_shared_titles_downloads_are_named_by_its_first_words_cut_at_a_word(client, events, teacher):
    words = "Summits and talks between the United States and North Korea since the Agreed Framework of 1994"
    share = SharedTimeline.objects.create(owner=teacher, title=(words + " ") * 2, query="from=2018")
    stem = "summits-and-talks-between-the-united-states-and-north-korea"  # 59 characters: "-since" would pass 60
    for filename in ("events.csv", "events.ics"):
        response = client.get(reverse("timeline:share_export", args=[share.token, filename]))
        assert response["Content-Disposition"] == f'attachment; filename="{stem}-{filename}"'
    # A short title is named in full, as before.
    share.title = "Summits"
    share.save()
    response = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]))
    assert response["Content-Disposition"] == 'attachment; filename="summits-events.csv"'
    # A title of one word longer than the limit is cut where it reaches it; one with no letters to slug is "timeline".
    share.title = "x" * 80
    share.save()
    response = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]))
    assert response["Content-Disposition"] == f'attachment; filename="{"x" * 60}-events.csv"'
    share.title = "!!!"
    share.save()
    response = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]))
    assert response["Content-Disposition"] == 'attachment; filename="timeline-events.csv"'


def test_a_shared_titles_dashes_and_slashes_part_its_words_in_the_downloads_name(client, events, teacher):
    # A teacher's title as typed, "Trump–Kim summits 2018–2019": the dashes used to vanish and glue the words,
    # "trumpkim-summits-20182019-events.csv".
    title = "Trump–Kim summits 2018–2019 / US—DPRK"
    share = SharedTimeline.objects.create(owner=teacher, title=title, query="from=2018")
    response = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]))
    assert response["Content-Disposition"] == 'attachment; filename="trump-kim-summits-2018-2019-us-dprk-events.csv"'


def test_the_timelinejs_export_carries_the_era_bands_of_the_chart(client, db):
    eras = client.get(reverse("timeline:export", args=["timelinejs.json"])).json()["eras"]
    headlines = [era["text"]["headline"] for era in eras]
    assert "Bill Clinton (US)" in headlines and "Kim Jong Un (North Korea)" in headlines
    clinton = eras[headlines.index("Bill Clinton (US)")]
    assert (clinton["start_date"]["year"], clinton["end_date"]["year"]) == ("1993", "2001")


def test_every_export_of_the_seed_timeline_parses_back_with_one_entry_per_event(client, seeded):
    count = Event.objects.published().count()
    assert count > 100
    rows = _rows(client.get(reverse("timeline:export", args=["events.csv"]), {"plans": "1"}))
    calendar = icalendar.Calendar.from_ical(client.get(reverse("timeline:export", args=["events.ics"]), {"plans": "1"}).content)
    data = client.get(reverse("timeline:export", args=["events.json"]), {"plans": "1"}).json()
    jsonschema.validate(data, json_export.SCHEMA)
    tjs = client.get(reverse("timeline:export", args=["timelinejs.json"]), {"plans": "1"}).json()
    assert len(rows) == len(list(calendar.walk("VEVENT"))) == len(data["events"]) == len(tjs["events"]) == count
    # Every cited sentence is found at its TextPositionSelector in the document's text.
    documents = {d.pk: d.text for d in Document.objects.all()}
    for event in data["events"]:
        for source in event["sources"]:
            selectors = {s["type"]: s for s in source["target"]["selector"]}
            position = selectors["TextPositionSelector"]
            assert documents[source["document"]["id"]][position["start"] : position["end"]] == selectors["TextQuoteSelector"]["exact"]


def test_a_download_with_a_filter_that_cannot_be_read_is_refused_naming_it(client, events, teacher):
    response = client.get(reverse("timeline:export", args=["events.csv"]), {"from": "banana", "q": "talks"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "banana" in body and "not made" in body  # before, it downloaded every event, the date ignored
    # a good address downloads as before, and a share's downloads are held to the same
    assert client.get(reverse("timeline:export", args=["events.csv"]), {"from": "2018"}).status_code == 200
    share = SharedTimeline.objects.create(title="Class", owner=teacher, query="")
    assert client.get(reverse("timeline:share_export", args=[share.token, "events.ics"]),
                      {"to": "31 Feb 2020"}).status_code == 400


def test_the_download_links_of_a_page_with_an_ignored_filter_still_download(client, events):
    page = client.get(reverse("timeline:event_list"), {"from": "banana", "q": "*"}).content.decode()
    links = re.findall(r'href="(/export/[^"]+)"', page)
    assert links and all(client.get(html.unescape(link)).status_code == 200 for link in links)


def test_a_filtered_downloads_name_says_what_it_holds_in_every_format(client, events):
    query = {"q": "Hanoi summit", "from": "2019", "to": "2019", "actor": "kim-jong-un", "category": "CONSULT"}
    stem = "diplomacy-timeline-hanoi-summit-2019-kim-jong-un-consult"
    for filename, disposition in [("events.csv", "attachment"), ("events.ics", "attachment"),
                                  ("events.json", "inline"), ("timelinejs.json", "inline")]:
        response = client.get(reverse("timeline:export", args=[filename]), query)
        assert response.status_code == 200
        assert response["Content-Disposition"] == f'{disposition}; filename="{stem}-{filename}"'
    # A range of years, one open end, and the whole timeline as before.
    ranged = client.get(reverse("timeline:export", args=["events.csv"]), {"from": "2018-06", "to": "2019"})
    assert ranged["Content-Disposition"] == 'attachment; filename="diplomacy-timeline-2018-06-to-2019-events.csv"'
    opened = client.get(reverse("timeline:export", args=["events.csv"]), {"from": "2018"})
    assert opened["Content-Disposition"] == 'attachment; filename="diplomacy-timeline-from-2018-events.csv"'
    whole = client.get(reverse("timeline:export", args=["events.csv"]))
    assert whole["Content-Disposition"] == 'attachment; filename="diplomacy-timeline-events.csv"'


def test_a_shares_download_filtered_by_its_reader_is_named_by_the_share_and_the_filters(client, events, teacher):
    share = SharedTimeline.objects.create(owner=teacher, title="Summits and talks " * 5, query="from=2018")
    response = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]), {"q": "Hanoi"})
    # The share's long title gives way: the reader's filters are what tells two downloads of one share apart.
    name = re.search(r'filename="([^"]+)"', response["Content-Disposition"]).group(1)
    assert name.endswith("-hanoi-events.csv") and name.startswith("summits-and-talks-")
    assert len(name) <= 60 + len("-events.csv")


def test_a_refused_download_says_each_filter_was_not_understood_not_that_it_is_ignored(client, events, teacher):
    # Its notices ended "…was not understood and is ignored", under "This download was not made".
    params = {"from": "banana", "actor": "nobody", "category": "x", "precision": "minute", "known_only_to": "hour",
              "document": "0", "to": "2" * 41}
    share = SharedTimeline.objects.create(title="Class", owner=teacher, query="")
    for url in (reverse("timeline:export", args=["events.csv"]),
                reverse("timeline:share_export", args=[share.token, "events.csv"])):
        body = client.get(url, params).content.decode()
        assert body.startswith("This download was not made")
        problems = [line for line in body.splitlines() if line.startswith("- ")]
        assert len(problems) == 7, problems
        assert all("was not understood" in line for line in problems), problems
        assert "ignored" not in body
        assert "- From date “banana” was not understood (try 2018, June 2018 or 2018-06-12)." in problems
        assert (f"- To date “{'2' * 40}…” was not understood: 41 characters is too long for a date "
                "(try 2018, June 2018 or 2018-06-12).") in problems
