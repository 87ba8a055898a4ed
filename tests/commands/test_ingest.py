import datetime
from pathlib import Path

import pytest
from django.core.management import CommandError, ManagementUtility, call_command
from django.urls import reverse

from tests.factories import UserFactory
from timeline import shares
from timeline.models import Actor, Annotation, Document, Event, Precision, SharedTimeline, SharedTimelineItem, Status

ARTICLE = """---
title: Envoys meet in Geneva
published: 2025-03-05
source: Test wire
---
The United States and North Korea signed an agreement in Geneva on Tuesday.
Officials said the two sides first met in 2018.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def ingest(*paths, **options):
    return call_command("ingest", *[str(p) for p in paths], verbosity=1, **options)


@pytest.mark.django_db
def test_it_stores_the_document_and_its_events_as_proposed(tmp_path, capsys):
    ingest(write(tmp_path, "geneva.md", ARTICLE))
    document = Document.objects.get()
    assert document.title == "Envoys meet in Geneva"
    assert document.published == datetime.date(2025, 3, 5)
    assert document.text.startswith("The United States")
    events = list(Event.objects.order_by("date_start"))
    assert {e.status for e in events} == {Status.PROPOSED}
    # "in 2018" is the whole year, never a day borrowed from the publication date.
    year = events[0]
    assert (year.date_start, year.date_end, year.precision) == (datetime.date(2018, 1, 1), datetime.date(2018, 12, 31), Precision.YEAR)
    tuesday = events[-1]
    assert (tuesday.date_start, tuesday.precision) == (datetime.date(2025, 3, 4), Precision.DAY)
    source = tuesday.sources.get()
    assert document.text[source.sentence_start : source.sentence_end] == source.quote
    assert document.text[source.date_start_offset : source.date_end_offset] == "Tuesday"
    assert "Summary: 1 added, 0 updated, 0 unchanged, 0 failed; 2 events created." in capsys.readouterr().out


@pytest.mark.django_db
def test_a_deadline_is_stored_and_shown_as_by_its_day(tmp_path, client):
    text = ARTICLE.replace("Officials said the two sides first met in 2018.",
                           "North Korea must dismantle the site by August 5.")
    ingest(write(tmp_path, "geneva.md", text), publish=True)
    deadline = Event.objects.get(date_text="August 5")
    assert (deadline.date_start, deadline.date_mod) == (datetime.date(2025, 8, 5), "ON_OR_BEFORE")
    assert deadline.sources.get().reported_mod == "ON_OR_BEFORE"
    assert "by Tuesday 5 August 2025" in client.get(reverse("timeline:event_detail", args=[deadline.pk])).content.decode()


@pytest.mark.django_db
def test_publish_stores_events_as_published(tmp_path):
    ingest(write(tmp_path, "geneva.md", ARTICLE), publish=True)
    assert set(Event.objects.values_list("status", flat=True)) == {Status.PUBLISHED}


@pytest.mark.django_db
def test_reingesting_an_unchanged_document_changes_nothing(tmp_path, capsys):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    before = list(Event.objects.values_list("pk", "updated_at"))
    ingest(path)
    assert list(Event.objects.values_list("pk", "updated_at")) == before
    assert "0 added, 0 updated, 1 unchanged, 0 failed; 0 events created." in capsys.readouterr().out


@pytest.mark.django_db
def test_a_changed_document_keeps_curated_rejected_and_annotated_events(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    year, tuesday = Event.objects.order_by("date_start")
    tuesday.status = Status.REJECTED
    tuesday.save()
    Annotation.objects.create(author=UserFactory(), body="Check this", event=year)
    write(tmp_path, "geneva.md", ARTICLE.replace("The United States and North Korea signed an agreement in Geneva on Tuesday.\n", "Talks ended in July.\n"))
    ingest(path)
    tuesday.refresh_from_db()
    assert tuesday.status == Status.REJECTED, "a rejected event must not come back as a proposal"
    assert tuesday.sources.get().stale
    assert Annotation.objects.get().event_id == year.pk
    assert Event.objects.filter(date_text="July").exists()


GONE_TUESDAY = ARTICLE.replace("The United States and North Korea signed an agreement in Geneva on Tuesday.\n",
                               "Talks ended in July.\n")


@pytest.mark.django_db
@pytest.mark.parametrize("query, note, pinned", [("actor=united-states", "Compare with the 2018 talks.", False),
                                                 ("from=2030", "", True)], ids=["class note", "pin"])
def test_a_changed_document_keeps_an_event_a_share_holds_with_a_class_note_or_a_pin(tmp_path, client, query, note,
                                                                                     pinned):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    share = SharedTimeline.objects.create(owner=UserFactory(), title="Geneva", query=query)
    shares.save_share(share=share, notes={tuesday.pk: note}, excluded=(), pinned=[tuesday.pk] if pinned else [],
                      freeze=False)
    write(tmp_path, "geneva.md", GONE_TUESDAY)
    ingest(path)
    event = Event.objects.get(pk=tuesday.pk)
    assert event.status == Status.PUBLISHED and event.sources.get().stale
    item = SharedTimelineItem.objects.get(share=share)
    assert (item.event_id, item.class_note, item.pinned) == (tuesday.pk, note, pinned)
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert f'data-event-id="{tuesday.pk}"' in body
    assert note in body


@pytest.mark.django_db
def test_a_changed_document_drops_an_event_a_share_only_left_out(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    share = SharedTimeline.objects.create(owner=UserFactory(), title="Geneva", query="actor=united-states")
    shares.save_share(share=share, notes={}, excluded=[tuesday.pk], pinned=[], freeze=False)
    write(tmp_path, "geneva.md", GONE_TUESDAY)
    ingest(path)
    # Left out, the event showed nowhere in the share: there is no teacher's work to keep.
    assert not Event.objects.filter(pk=tuesday.pk).exists()


@pytest.mark.django_db
def test_a_changed_document_drops_untouched_events_that_no_longer_appear(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    write(tmp_path, "geneva.md", ARTICLE.replace("Officials said the two sides first met in 2018.\n", ""))
    ingest(path)
    assert not Event.objects.filter(date_text__contains="2018").exists()
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_a_folder_is_walked_and_yaml_data_files_are_left_to_other_commands(tmp_path):
    write(tmp_path, "a.md", ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.txt", ARTICLE.replace("Geneva", "Hanoi"))
    write(tmp_path, "actors.yaml", "- name: X\n")
    ingest(tmp_path)
    assert Document.objects.count() == 2


@pytest.mark.django_db
def test_command_line_metadata_overrides_front_matter(tmp_path):
    path = write(tmp_path, "plain.txt", "Kim Jong Un met Donald Trump in Singapore on 12 June 2018.\n")
    ingest(path, published=datetime.date(2018, 6, 13), title="Singapore summit", source="Wire")
    document = Document.objects.get()
    assert (document.title, document.source, document.published) == ("Singapore summit", "Wire", datetime.date(2018, 6, 13))


@pytest.mark.django_db
def test_html_documents_become_plain_text(tmp_path):
    page = "<html><head><title>Hanoi talks</title><script>alert(1)</script></head><body><p>The summit in Hanoi ended on 28 February 2019.</p></body></html>"
    ingest(write(tmp_path, "hanoi.html", page), published=datetime.date(2019, 3, 1))
    document = Document.objects.get()
    assert document.title == "Hanoi talks"
    assert document.text == "The summit in Hanoi ended on 28 February 2019."


BAD_INPUTS = [
    ("empty.md", "---\ntitle: x\npublished: 2025-01-01\n---\n\n", "is empty"),
    ("binary.txt", b"\x00\x01\x02binary", "looks like a binary file"),
    ("latin1.txt", "---\npublished: 2025-01-01\n---\nCaf\xe9 talks".encode("latin-1"), "is not UTF-8 text"),
    ("undated.md", "---\ntitle: x\n---\nText without a date.\n", "no published date"),
    ("baddate.md", "---\npublished: next Tuesday\n---\nText.\n", "is not a date in the form YYYY-MM-DD"),
    ("feb30.md", "---\npublished: 2019-02-30\n---\nText.\n", "published date '2019-02-30' is not a day of the calendar"),
    ("notes.docx", "hello", "unknown extension '.docx'"),
    ("broken.md", "---\ntitle: [unclosed\npublished: 2025-01-01\n---\nText.\n", "malformed front matter"),
    ("klingon.md", "---\npublished: 2025-01-01\nlanguage: klingon\n---\nText.\n", "unknown language 'klingon'"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("name, content, message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gets_a_one_line_error_naming_the_file_and_the_rest_is_still_loaded(tmp_path, capsys, name, content, message):
    good = write(tmp_path, "good.md", ARTICLE)
    bad = write(tmp_path, name, content)
    with pytest.raises(CommandError):
        ingest(bad, good)
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if message in line)
    assert str(bad) in line
    assert Document.objects.get().key == "good.md"


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused(tmp_path, capsys, settings):
    settings.DOCUMENT_MAX_BYTES = 100
    path = write(tmp_path, "big.md", ARTICLE)
    with pytest.raises(CommandError):
        ingest(path)
    assert "is over the limit of 100 bytes" in capsys.readouterr().err
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_a_missing_path_is_reported(tmp_path, capsys):
    with pytest.raises(CommandError):
        ingest(tmp_path / "nowhere.md")
    assert f"{tmp_path / 'nowhere.md'}: no such file or folder" in capsys.readouterr().err


@pytest.mark.django_db
def test_a_failure_inside_extraction_leaves_nothing_half_written(tmp_path, monkeypatch):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    before = (Document.objects.get().text, Event.objects.count())

    def explode(*args, **kwargs):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr("timeline.services.extract", explode)
    write(tmp_path, "geneva.md", ARTICLE + "More text in 2019.\n")
    with pytest.raises(CommandError):
        ingest(path)
    assert (Document.objects.get().text, Event.objects.count()) == before


@pytest.mark.django_db
def test_ingesting_the_seeds_stores_the_seed_articles_events(seeded):
    document = Document.objects.get(key="000_f6a6d55192aa3da0.txt")
    assert document.source == "Seed article"
    dates = {(e.date_start.isoformat(), e.precision) for e in Event.objects.filter(sources__document=document)}
    assert ("2025-09-21", "day") in dates
    assert ("2018-01-01", "year") in dates and ("2019-01-01", "year") in dates
    assert ("2025-07-01", "month") in dates
    assert not Event.objects.filter(date_start=datetime.date(2018, 9, 22)).exists()
    assert Document.objects.filter(source="Background brief").count() >= 24


BRIEF = """---
title: {title}
published: {published}
source: Test wire
---
{body}
"""


@pytest.mark.django_db
def test_the_same_happening_reported_by_two_documents_becomes_one_event_with_two_sources(tmp_path, capsys):
    first = write(tmp_path, "a.md", BRIEF.format(title="Summit", published="2018-06-13", body="Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday."))
    second = write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="Trump and Kim Jong Un first held a summit in Singapore on 12 June 2018."))
    ingest(first, second)
    event = Event.objects.get(date_start=datetime.date(2018, 6, 12))
    assert sorted(event.sources.values_list("document__key", flat=True)) == ["a.md", "b.md"]
    assert "Summary: 2 added, 0 updated, 0 unchanged, 0 failed; 1 events created." in capsys.readouterr().out


@pytest.mark.django_db
def test_a_source_keeps_the_part_of_the_year_its_sentence_names(tmp_path):
    body = "In early 2019, North Korea launched a missile test near Wonsan."
    ingest(write(tmp_path, "wonsan.md", BRIEF.format(title="Wonsan", published="2020-01-02", body=body)))
    source = Event.objects.get().sources.get()
    assert (source.date_text, source.reported_precision, source.reported_mod) == ("early 2019", Precision.YEAR, "START")


def wonsan(tmp_path: Path, name: str, when: str) -> Path:
    body = f"In {when}, North Korea launched a missile test near Wonsan."
    return write(tmp_path, name, BRIEF.format(title=name, published="2020-01-02", body=body))


@pytest.mark.django_db
def test_reports_of_early_and_late_in_one_year_stay_two_events(tmp_path):
    ingest(wonsan(tmp_path, "early.md", "early 2019"), wonsan(tmp_path, "late.md", "late 2019"))
    assert sorted(Event.objects.values_list("date_mod", flat=True)) == ["END", "START"]
    assert all(event.sources.count() == 1 for event in Event.objects.all())


@pytest.mark.django_db
def test_a_report_of_the_whole_year_corroborates_one_of_early_that_year(tmp_path):
    ingest(wonsan(tmp_path, "early.md", "early 2019"), wonsan(tmp_path, "year.md", "2019"))
    event = Event.objects.get()
    assert sorted(event.sources.values_list("reported_mod", flat=True)) == ["", "START"]


@pytest.mark.django_db
def test_a_report_that_disagrees_with_a_corroborating_source_stays_apart(tmp_path):
    # The event keeps the first report's date ("2019"), which holds both later ones; its sources would not agree.
    ingest(wonsan(tmp_path, "year.md", "2019"), wonsan(tmp_path, "early.md", "early 2019"))
    ingest(wonsan(tmp_path, "late.md", "late 2019"))
    joined = Event.objects.get(sources__document__key="year.md")
    assert sorted(joined.sources.values_list("document__key", flat=True)) == ["early.md", "year.md"]
    assert Event.objects.get(sources__document__key="late.md").date_mod == "END"


@pytest.mark.django_db
def test_different_happenings_in_the_same_year_stay_apart(tmp_path):
    first = write(tmp_path, "a.md", BRIEF.format(title="Summit", published="2019-01-02", body="Donald Trump met Kim Jong Un in Singapore in 2018."))
    second = write(tmp_path, "b.md", BRIEF.format(title="Test", published="2019-01-03", body="North Korea conducted no nuclear test in 2018, Kim Jong Un said."))
    ingest(first, second)
    assert Event.objects.filter(date_start=datetime.date(2018, 1, 1)).count() == 2


@pytest.mark.django_db
def test_reingesting_one_of_two_corroborating_documents_keeps_the_shared_event(tmp_path):
    first = write(tmp_path, "a.md", BRIEF.format(title="Summit", published="2018-06-13", body="Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday."))
    second = write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="Trump and Kim Jong Un first held a summit in Singapore on 12 June 2018."))
    ingest(first, second)
    write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="The talks in Hanoi ended without a deal."))
    ingest(second)
    event = Event.objects.get(date_start=datetime.date(2018, 6, 12))
    assert list(event.sources.values_list("document__key", flat=True)) == ["a.md"]


@pytest.mark.django_db
def test_a_leaders_meeting_counts_for_the_countries_they_act_for(tmp_path):
    body = "Donald Trump and Kim Jong Un held a summit in Hanoi on 27 February 2019."
    ingest(write(tmp_path, "hanoi.md", BRIEF.format(title="Hanoi", published="2019-03-01", body=body)))
    event = Event.objects.get()
    names = set(event.actors.values_list("name", flat=True))
    assert {"Donald Trump", "Kim Jong Un", "United States", "North Korea"} <= names
    assert Actor.objects.get(name="Kim Jong Un").country.name == "North Korea"


@pytest.mark.django_db
def test_a_corroborating_document_is_one_history_row_at_the_next_version(tmp_path):
    first = write(tmp_path, "a.md", BRIEF.format(title="Summit", published="2018-06-13", body="Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday."))
    second = write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="Trump, Kim Jong Un and Moon Jae-in's envoy met at a summit in Singapore on 12 June 2018."))
    ingest(first)
    event = Event.objects.get(date_start=datetime.date(2018, 6, 12))
    before = set(event.actors.values_list("name", flat=True))
    ingest(second)
    event.refresh_from_db()
    rows = list(event.history.order_by("history_id"))
    # the creation, then the corroboration: each its own version, the second holding every actor it added
    assert [row.version for row in rows] == [1, 2] and event.version == 2
    assert rows[-1].history_change_reason == "Also reported by Recall"
    assert set(event.actors.values_list("name", flat=True)) > before
    assert {a.actor.name for a in rows[-1].actors.all()} == set(event.actors.values_list("name", flat=True))



@pytest.mark.django_db
def test_a_changed_document_rewords_its_events_in_one_history_row_at_the_next_version(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    event = Event.objects.get(date_text="Tuesday")
    untouched = Event.objects.get(date_text="2018")
    loaded = event.version
    # the published date corrected a week on: "Tuesday" is a week later; a paragraph added above moves the sentences
    write(tmp_path, "geneva.md", ARTICLE.replace("published: 2025-03-05", "published: 2025-03-12").replace(
        "The United States", "Background first.\n\nThe United States"))
    ingest(path)
    event.refresh_from_db()
    rows = list(event.history.order_by("history_id"))
    assert event.date_start == datetime.date(2025, 3, 11)
    assert [row.version for row in rows] == [1, 2] and event.version == loaded + 1
    assert rows[-1].history_change_reason == "Re-extracted from Envoys meet in Geneva"
    assert {a.actor.name for a in rows[-1].actors.all()} == {"United States", "North Korea"}
    # an event only moved in the text keeps its version and history, so nobody editing it gets a conflict
    assert Event.objects.get(pk=untouched.pk).version == untouched.version
    assert untouched.history.count() == 1


def _reject_every_event():
    Event.objects.update(status=Status.REJECTED)


@pytest.mark.django_db
def test_a_rejected_event_stays_rejected_when_its_sentence_is_lightly_edited(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    _reject_every_event()
    tuesday = Event.objects.get(date_text="Tuesday")
    write(tmp_path, "geneva.md", ARTICLE.replace("signed an agreement", "signed a framework agreement"))
    ingest(path)
    assert not Event.objects.filter(status=Status.PROPOSED).exists(), "a rejected happening came back as a proposal"
    # Its one source follows the new wording, not stale: the document still reports it.
    source = tuesday.sources.get()
    assert not source.stale and "framework agreement" in source.quote
    assert Event.objects.get(pk=tuesday.pk).status == Status.REJECTED


@pytest.mark.django_db
def test_a_rejected_event_stays_rejected_when_its_document_is_ingested_under_another_name(tmp_path):
    ingest(write(tmp_path, "geneva.md", ARTICLE))
    _reject_every_event()
    ingest(write(tmp_path, "geneva-v2.md", ARTICLE.replace("signed an agreement", "signed a framework agreement")))
    assert not Event.objects.filter(status=Status.PROPOSED).exists(), "a rejected happening came back as a proposal"
    tuesday = Event.objects.get(date_text="Tuesday")
    assert sorted(tuesday.sources.values_list("document__key", flat=True)) == ["geneva-v2.md", "geneva.md"]


@pytest.mark.django_db
def test_a_happening_whose_date_changed_is_proposed_again(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path)
    _reject_every_event()
    write(tmp_path, "geneva.md", ARTICLE.replace("in Geneva on Tuesday", "in Geneva on Monday"))
    ingest(path)
    # Not the same happening by the matching rule: a new proposal, and the rejected one keeps its stale source.
    assert Event.objects.filter(status=Status.PROPOSED, date_text="Monday").exists()
    assert Event.objects.get(date_text="Tuesday", status=Status.REJECTED).sources.get().stale


REWORDED = ARTICLE.replace("signed an agreement", "signed a framework agreement")


@pytest.mark.django_db
def test_a_published_event_keeps_its_id_and_status_when_its_sentence_is_lightly_edited(tmp_path, capsys):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    capsys.readouterr()
    write(tmp_path, "geneva.md", REWORDED)
    ingest(path)
    assert not Event.objects.filter(status=Status.PROPOSED).exists(), "a published happening came back as a proposal"
    event = Event.objects.get(pk=tuesday.pk)
    assert event.status == Status.PUBLISHED
    # The source and the event's own wording follow the new sentence, in one history row like any re-extraction.
    source = event.sources.get()
    assert not source.stale and "framework agreement" in source.quote
    assert Document.objects.get().text[source.sentence_start:source.sentence_end] == source.quote
    assert "framework agreement" in event.sentence
    rows = list(event.history.order_by("history_id"))
    assert [row.version for row in rows] == [1, 2]
    assert rows[-1].history_change_reason == "Re-extracted from Envoys meet in Geneva"
    # Nothing is new: the document was updated and no event created.
    assert "Summary: 0 added, 1 updated, 0 unchanged, 0 failed; 0 events created." in capsys.readouterr().out


@pytest.mark.django_db
def test_a_curated_event_keeps_its_editors_title_when_its_sentence_is_lightly_edited(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    Event.objects.filter(date_text="Tuesday").update(title="The Geneva agreement", curated=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    write(tmp_path, "geneva.md", REWORDED)
    ingest(path)
    assert Event.objects.count() == 2, "the reworded sentence became a second event"
    event = Event.objects.get(pk=tuesday.pk)
    assert (event.title, event.status, event.version) == ("The Geneva agreement", Status.PUBLISHED, tuesday.version)
    source = event.sources.get()
    assert not source.stale and "framework agreement" in source.quote


@pytest.mark.django_db
def test_a_share_that_pinned_a_reworded_event_still_shows_it_with_its_class_note(tmp_path, client):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    # Saved filters that match nothing: the event is in the share only because the teacher pinned it.
    share = SharedTimeline.objects.create(owner=UserFactory(), title="Geneva", query="from=2030")
    shares.save_share(share=share, notes={tuesday.pk: "Compare with the 2018 talks."}, excluded=(),
                      pinned=[tuesday.pk], freeze=False)
    write(tmp_path, "geneva.md", REWORDED)
    ingest(path)
    item = SharedTimelineItem.objects.get(share=share)
    assert item.event_id == tuesday.pk and item.pinned and item.class_note == "Compare with the 2018 talks."
    body = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert f'data-event-id="{tuesday.pk}"' in body
    assert "Compare with the 2018 talks." in body


@pytest.mark.django_db
def test_a_reworded_report_of_an_event_two_documents_share_stays_one_of_its_sources(tmp_path):
    first = write(tmp_path, "a.md", BRIEF.format(title="Summit", published="2018-06-13", body="Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday."))
    second = write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="Trump and Kim Jong Un first held a summit in Singapore on 12 June 2018."))
    ingest(first, second, publish=True)
    event = Event.objects.get()
    write(tmp_path, "b.md", BRIEF.format(title="Recall", published="2019-03-02", body="Trump and Kim Jong Un first held their summit in Singapore on 12 June 2018."))
    ingest(second)
    assert list(Event.objects.values_list("pk", "status")) == [(event.pk, Status.PUBLISHED)]
    quotes = dict(event.sources.values_list("document__key", "quote"))
    assert sorted(quotes) == ["a.md", "b.md"] and "their summit" in quotes["b.md"]


@pytest.mark.django_db
def test_a_published_event_whose_date_changed_is_replaced_by_a_new_proposal(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    write(tmp_path, "geneva.md", ARTICLE.replace("in Geneva on Tuesday", "in Geneva on Monday"))
    ingest(path)
    # Another day is another happening by the matching rule: the untouched event goes, the new one awaits review.
    assert not Event.objects.filter(pk=tuesday.pk).exists()
    assert Event.objects.get(date_text="Monday").status == Status.PROPOSED


@pytest.mark.django_db
def test_an_unrelated_new_sentence_is_a_new_proposal_not_the_published_event(tmp_path, capsys):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    write(tmp_path, "geneva.md", ARTICLE.replace(
        "The United States and North Korea signed an agreement in Geneva on Tuesday.",
        "Russia and China held naval drills in the Pacific on Tuesday."))
    capsys.readouterr()
    ingest(path)
    assert not Event.objects.filter(pk=tuesday.pk).exists()
    assert Event.objects.get(date_text="Tuesday").status == Status.PROPOSED
    assert "Summary: 0 added, 1 updated, 0 unchanged, 0 failed; 1 events created." in capsys.readouterr().out


@pytest.mark.django_db
def test_another_happening_between_the_same_countries_on_the_same_day_does_not_take_over_the_published_event(
        tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    ingest(path, publish=True)
    tuesday = Event.objects.get(date_text="Tuesday")
    write(tmp_path, "geneva.md", ARTICLE.replace("signed an agreement in Geneva", "exchanged prisoners in Stockholm"))
    ingest(path)
    new = Event.objects.get(date_text="Tuesday", status=Status.PROPOSED)
    assert new.pk != tuesday.pk and "prisoners" in new.title
    assert not Event.objects.filter(pk=tuesday.pk, title__icontains="prisoners").exists()


def _days_from_today(days: int) -> datetime.date:
    from django.utils import timezone

    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.mark.django_db
def test_a_published_date_in_the_future_is_refused_naming_the_file_and_the_date(tmp_path):
    path = write(tmp_path, "geneva.md", ARTICLE)
    later = _days_from_today(2)
    with pytest.raises(CommandError, match=rf"geneva\.md: published date {later.isoformat()} is in the future"):
        ingest(path, published=later)
    assert not Document.objects.exists() and not Event.objects.exists()


@pytest.mark.django_db
def test_a_front_matter_date_in_the_future_is_refused_like_the_upload_forms(tmp_path, capsys):
    later = _days_from_today(30)
    path = write(tmp_path, "later.md", ARTICLE.replace("published: 2025-03-05", f"published: {later.isoformat()}"))
    with pytest.raises(CommandError):
        ingest(path)
    assert f"later.md: published date {later.isoformat()} is in the future" in capsys.readouterr().err
    assert not Document.objects.exists() and not Event.objects.exists()


@pytest.mark.django_db
def test_a_story_dated_tomorrow_is_accepted_as_the_upload_form_accepts_it(tmp_path):
    tomorrow = _days_from_today(1)
    ingest(write(tmp_path, "seoul.md", ARTICLE), published=tomorrow)
    assert Document.objects.get().published == tomorrow


@pytest.mark.django_db
def test_an_impossible_published_option_is_a_usage_error_not_a_traceback(tmp_path, capsys):
    path = write(tmp_path, "geneva.md", ARTICLE)
    # As `manage.py ingest` runs it: a CommandError raised while argparse reads an option escaped as a traceback.
    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "ingest", str(path), "--published", "2019-02-30"]).execute()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "argument --published: '2019-02-30' is not a date in the form YYYY-MM-DD" in err
    assert not Document.objects.exists()
