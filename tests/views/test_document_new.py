"""Adding a document from the browser: the ingest command's checks and messages, then the review queue."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from timeline.models import Document, Event, Extraction, Status

pytestmark = pytest.mark.django_db


def markup_text(html: str) -> str:
    """The page's text as read, whitespace collapsed (the notices are wrapped over lines in the template)."""
    return re.sub(r"\s+", " ", html)

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."


def test_the_form_is_shown_to_editors(client, editor):
    client.force_login(editor)
    html = client.get("/documents/new/").content.decode()
    assert 'enctype="multipart/form-data"' in html and 'name="published"' in html


def test_pasted_text_is_stored_and_its_events_proposed_in_the_queue(client, editor):
    client.force_login(editor)
    response = client.post(
        "/documents/new/", {"title": "Two summits", "published": "2019-03-01", "source": "Wire", "text": ARTICLE}
    )
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/review/?document={document.pk}"
    assert (document.title, document.source, document.added_by) == ("Two summits", "Wire", editor)
    assert document.text_hash == Document.hash_text(ARTICLE)  # extraction ran (immediate task backend in tests)
    events = Event.objects.filter(sources__document=document)
    assert events.count() == 2 and set(events.values_list("status", flat=True)) == {Status.PROPOSED}
    queue = client.get(response["Location"]).content.decode()
    assert "2 events from" in queue and "Two summits" in queue and "still being extracted" not in queue
    assert "Stored “Two summits”. Its events are proposed below for your review." in queue


def test_an_uploaded_markdown_file_with_front_matter_is_read_like_the_ingest_command_reads_it(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile(
        "summit.md", f"---\ntitle: From the file\npublished: 2019-03-01\nsource: Seed\n---\n{ARTICLE}\n".encode()
    )
    assert client.post("/documents/new/", {"file": upload}).status_code == 302
    document = Document.objects.get()
    assert (document.title, document.source, document.published.isoformat()) == ("From the file", "Seed", "2019-03-01")
    assert document.text == ARTICLE


def test_pasted_text_with_no_title_anywhere_is_refused_at_the_title_rather_than_named_after_the_upload(client, editor):
    # Stored, it would reach the documents page, and every event's source line, as "Upload 1f3a9c0b2d4e text".
    client.force_login(editor)
    response = client.post("/documents/new/", {"published": "2019-03-01", "text": ARTICLE})
    assert response.status_code == 422
    assert "Give it a title (or a &#x27;title:&#x27; line in its front matter)." in response.content.decode()
    assert not Document.objects.exists()
    front_matter = f"---\ntitle: Two summits\n---\n{ARTICLE}"
    titled = client.post("/documents/new/", {"published": "2019-03-01", "text": front_matter})
    assert titled.status_code == 302 and Document.objects.get().title == "Two summits"


def test_an_uploaded_file_with_no_title_inside_is_named_after_its_file(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("hanoi-summit_report.txt", ARTICLE.encode())
    assert client.post("/documents/new/", {"file": upload, "published": "2019-03-01"}).status_code == 302
    assert Document.objects.get().title == "Hanoi summit report"


def test_an_uploaded_html_file_keeps_only_its_readable_text(client, editor):
    client.force_login(editor)
    page = f"<html><head><title>HTML title</title><script>bad()</script></head><body><p>{ARTICLE}</p></body></html>"
    client.post("/documents/new/", {"file": SimpleUploadedFile("page.html", page.encode()), "published": "2019-03-01"})
    document = Document.objects.get()
    assert document.title == "HTML title" and "bad()" not in document.text


@pytest.mark.parametrize(
    ("upload", "fields", "message"),
    [
        (("notes.pdf", b"%PDF-1.4"), {"published": "2019-03-01"}, "notes.pdf: unknown extension &#x27;.pdf&#x27;"),
        (("binary.txt", b"abc\x00def"), {"published": "2019-03-01"}, "binary.txt: looks like a binary file"),
        (("latin.txt", "caf\xe9".encode("latin-1")), {"published": "2019-03-01"}, "latin.txt: is not UTF-8 text"),
        (("empty.txt", b"---\ntitle: x\n---\n"), {"published": "2019-03-01"}, "empty.txt: is empty"),
        (
            ("broken.md", b"---\ntitle: [unclosed\n---\nText"),
            {"published": "2019-03-01"},
            "broken.md: malformed front matter",
        ),
        (("nodate.txt", ARTICLE.encode()), {}, "Give the date it was published"),
        (
            ("baddate.md", f"---\npublished: someday\n---\n{ARTICLE}".encode()),
            {},
            "published date &#x27;someday&#x27; is not a date",
        ),
        # YAML reads 2019-02-30 as a date and Python refuses the day: that was a 500.
        (
            ("feb30.md", f"---\npublished: 2019-02-30\n---\n{ARTICLE}".encode()),
            {},
            "feb30.md: published date &#x27;2019-02-30&#x27; is not a day of the calendar",
        ),
    ],
)
def test_bad_uploads_show_the_ingest_commands_message_and_store_nothing(client, editor, upload, fields, message):
    client.force_login(editor)
    response = client.post("/documents/new/", {"file": SimpleUploadedFile(*upload), **fields})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Document.objects.exists() and not Event.objects.exists()


def test_an_upload_over_the_size_limit_is_refused(client, editor, settings):
    settings.DOCUMENT_MAX_BYTES = 50
    client.force_login(editor)
    response = client.post("/documents/new/", {"text": ARTICLE, "published": "2019-03-01"})
    assert response.status_code == 422
    assert "is over the limit of 50 bytes" in response.content.decode()
    assert not Document.objects.exists()


def test_text_and_file_together_or_neither_are_refused(client, editor):
    client.force_login(editor)
    both = client.post(
        "/documents/new/", {"text": ARTICLE, "published": "2019-03-01", "file": SimpleUploadedFile("a.txt", b"x")}
    )
    assert both.status_code == 422 and "not both" in both.content.decode()
    neither = client.post("/documents/new/", {"published": "2019-03-01"})
    assert neither.status_code == 422 and "Paste the text or choose a file" in neither.content.decode()


def test_the_same_text_twice_is_refused_naming_the_stored_document(client, editor):
    client.force_login(editor)
    client.post("/documents/new/", {"title": "First copy", "published": "2019-03-01", "text": ARTICLE})
    again = client.post("/documents/new/", {"title": "Second copy", "published": "2019-03-01", "text": ARTICLE})
    assert again.status_code == 422 and ">First copy</a>”; open it to see its events." in again.content.decode()
    assert Document.objects.count() == 1


def test_the_refusal_of_a_second_copy_links_to_the_stored_one(client, editor):
    client.force_login(editor)
    client.post("/documents/new/", {"title": "First <copy>", "published": "2019-03-01", "text": ARTICLE})
    stored = Document.objects.get()
    again = client.post("/documents/new/", {"title": "Again", "published": "2019-03-01", "text": ARTICLE})
    assert f'<a href="{stored.get_absolute_url()}">First &lt;copy&gt;</a>' in again.content.decode()


def test_the_queue_says_when_extraction_is_still_running(client, editor):
    document = Document.objects.create(key="pending", title="Pending doc", published="2019-03-01", text=ARTICLE,
                                       text_hash=Document.hash_text(ARTICLE), extraction=Extraction.PENDING)
    client.force_login(editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "still being extracted" in html and 'hx-trigger="every 3s"' in html


def test_a_copy_of_a_text_still_being_extracted_is_refused_without_promising_events(client, editor):
    Document.objects.create(key="pending", title="Pending doc", published="2019-03-01", text=ARTICLE,
                            text_hash=Document.hash_text(ARTICLE), extraction=Extraction.PENDING)
    client.force_login(editor)
    again = client.post("/documents/new/", {"title": "Again", "published": "2019-03-01", "text": ARTICLE})
    html = again.content.decode()
    assert again.status_code == 422 and ">Pending doc</a>”; open it to see where its extraction stands." in html
    assert "to see its events" not in html


def test_while_an_upload_is_extracted_its_empty_queue_says_none_yet_not_nothing_to_review(client, editor):
    document = Document.objects.create(key="pending", title="Pending doc", published="2019-03-01", text=ARTICLE,
                                       text_hash=Document.hash_text(ARTICLE), extraction=Extraction.PENDING)
    client.force_login(editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "None yet: its events appear here once they are extracted." in html
    assert "Nothing to review here." not in html
    document.extraction = Extraction.FAILED
    document.save()
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "Nothing to review: no events were stored from it." in html


# The worker closes its database connection when it is done, which would end the test's wrapping transaction.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_worker_the_request_only_queues_the_extraction(client, editor, settings):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE})
    document = Document.objects.get()
    assert not Event.objects.exists()
    assert DBTaskResult.objects.get().status == "READY"
    queue = client.get(response["Location"]).content.decode()
    assert "still being extracted" in queue
    # The message on arrival does not promise proposals that are not there yet, nor tell a state that will change.
    assert "Stored “Queued”." in queue and "will be proposed below" not in queue
    # The same text cannot be added twice while the first copy is still waiting for the worker.
    again = client.post("/documents/new/", {"title": "Again", "published": "2019-03-01", "text": ARTICLE})
    assert again.status_code == 422 and ">Queued</a>”; open it" in again.content.decode()

    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    assert "still being extracted" not in client.get(response["Location"]).content.decode()
    # Deleted here, not by the flush, so that the tally triggers (timeline.search_index) come back to zero.
    Event.objects.all().delete()


def test_a_document_in_another_language_gets_the_dates_written_out_in_full(client, editor):
    client.force_login(editor)
    text = "Kim Jong Un et Donald Trump se sont rencontrés le 12 juin 2018 à Singapour. Mercredi, rien."
    assert client.post("/documents/new/", {"title": "Sommet", "published": "2019-03-01", "language": "fr",
                                           "text": text}).status_code == 302
    document = Document.objects.get()
    assert document.language == "fr"
    [event] = Event.objects.filter(sources__document=document)
    assert (event.date_start.isoformat(), event.precision) == ("2018-06-12", "day")


def test_a_language_code_the_extractor_does_not_know_is_refused_by_name(client, editor):
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "X", "published": "2019-03-01", "language": "french",
                                               "text": ARTICLE})
    assert response.status_code == 422
    assert "french" in response.content.decode() and "is not a language code the extractor knows" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("fields", "upload", "message"),
    [
        ({"published": "2031-01-01", "text": ARTICLE}, None, "published date 2031-01-01 is in the future"),
        ({}, ("later.md", f"---\npublished: 2031-01-01\n---\n{ARTICLE}".encode()),
         "later.md: published date 2031-01-01 is in the future"),
    ],
)
def test_a_published_date_in_the_future_is_refused_naming_it(client, editor, fields, upload, message):
    client.force_login(editor)
    data = {"title": "From the future", **fields}
    if upload:
        data["file"] = SimpleUploadedFile(*upload)
    response = client.post("/documents/new/", data)
    assert response.status_code == 422 and message in response.content.decode()
    assert not Document.objects.exists() and not Event.objects.exists()


def test_a_story_published_today_somewhere_ahead_of_us_is_accepted(client, editor):
    import datetime

    from django.utils import timezone

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "Seoul morning", "published": tomorrow, "text": ARTICLE})
    assert response.status_code == 302 and Document.objects.get().published == tomorrow


def test_pasted_html_is_refused_saying_how_to_add_it(client, editor):
    client.force_login(editor)
    response = client.post("/documents/new/", {"title": "Copied page", "published": "2019-03-01",
                                               "text": f"<p>{ARTICLE}</p><script>track()</script>"})
    html = response.content.decode()
    assert response.status_code == 422
    assert "the pasted text: looks like HTML (it contains &lt;p&gt;)" in html and "upload it as an .html file" in html
    # Told at the text box itself, which a screen reader announces as invalid.
    assert '<span class="error" id="id_text_error">the pasted text: looks like HTML' in html
    assert re.search(r'<textarea[^>]*aria-invalid="true"[^>]*id="id_text"', html)
    assert not Document.objects.exists()


def test_pasted_text_that_only_mentions_angle_brackets_is_accepted(client, editor):
    client.force_login(editor)
    text = f"{ARTICLE} Analysts put the odds of a deal at <10% and of a test at >50%."
    assert client.post("/documents/new/", {"title": "Odds", "published": "2019-03-01", "text": text}).status_code == 302


def _add_a_recall_of_a_published_summit(client, editor):
    """A published summit, then an upload that reports it again (joined to it at ingest) and one new meeting."""
    import datetime

    from timeline.loading import DocumentInput
    from timeline.services import ingest_document, sync_actors

    sync_actors()
    summit = "Donald Trump and Kim Jong Un held a summit in Singapore on Tuesday."
    ingest_document(DocumentInput(key="a.md", title="Summit", published=datetime.date(2018, 6, 13), text=summit),
                    publish=True)
    client.force_login(editor)
    text = "Trump and Kim Jong Un first held a summit in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."
    return client.post("/documents/new/", {"title": "Recall", "published": "2019-03-02", "text": text})["Location"]


def test_when_extraction_finishes_the_refreshing_queue_says_so(client, editor):
    queue = _add_a_recall_of_a_published_summit(client, editor)
    polled = client.get(queue, headers={"HX-Request": "true", "HX-Trigger": "extraction-pending"}).content.decode()
    assert "Extraction of “Recall” has finished: 1 event proposed." in polled
    # in the page's live region, which stays in place (a region swapped in anew may not be read out at all)
    region = polled[polled.index('<div id="queue-status" hx-swap-oob="innerHTML">'):]
    assert region.index("has finished") < region.index("</div>")
    # Only the refresh that saw it finish says so; opening the queue later does not.
    assert "has finished" not in client.get(queue).content.decode()


def test_the_queue_names_the_events_a_new_document_was_joined_to_as_another_source(client, editor):
    queue = _add_a_recall_of_a_published_summit(client, editor)
    html = client.get(queue).content.decode()
    joined = Event.objects.get(status=Status.PUBLISHED)
    assert "already on the timeline" in html
    # Its page, where the editors' tools split a wrongly joined source back out.
    assert f'href="{joined.get_absolute_url()}"' in html and joined.title in html
    assert "Split into its own event" in client.get(joined.get_absolute_url()).content.decode()


def test_uploading_an_edited_copy_keeps_the_events_an_editor_rejected_rejected(client, editor):
    from timeline.services import sync_actors

    sync_actors()
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Two summits", "published": "2019-03-01", "text": ARTICLE})
    Event.objects.update(status=Status.REJECTED)
    # One sentence reworded (the same happening by the corroboration rule), the other as it was.
    edited = ARTICLE.replace("met in Singapore", "first met face to face in Singapore")
    fields = {"title": "Two summits, corrected", "published": "2019-03-01", "text": edited}
    queue = client.post("/documents/new/", fields)
    assert not Event.objects.filter(status=Status.PROPOSED).exists(), "a rejected happening came back as a proposal"
    assert Event.objects.count() == 2
    html = client.get(queue["Location"]).content.decode()
    # The queue says where the new copy's events went, and that they stay rejected.
    assert "2 events were rejected by an editor before" in html and "already on the timeline" not in html
    assert "Open one to publish it after all." in html


def test_a_single_rejected_event_reported_again_is_named_in_the_singular(client, editor):
    from timeline.services import sync_actors

    sync_actors()
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Two summits", "published": "2019-03-01", "text": ARTICLE})
    Event.objects.filter(title__icontains="Hanoi").update(status=Status.REJECTED)
    Event.objects.exclude(status=Status.REJECTED).update(status=Status.PUBLISHED)
    edited = ARTICLE.replace("met in Singapore", "first met face to face in Singapore")
    fields = {"title": "Two summits, corrected", "published": "2019-03-01", "text": edited}
    queue = client.post("/documents/new/", fields)
    html = markup_text(client.get(queue["Location"]).content.decode())
    assert "1 event was rejected by an editor before" in html
    assert "it stays rejected. Open it to publish it after all." in html


def test_the_form_says_before_sending_that_a_published_date_is_needed_in_an_editors_words(client, editor):
    client.force_login(editor)
    page = markup_text(client.get("/documents/new/").content.decode())
    assert "Needed unless the front matter gives it: the reference date for words like" in page
    assert "ingest command" not in page  # a developer's tool, not something an editor has met
