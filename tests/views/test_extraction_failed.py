"""An upload whose extraction fails: recorded as failed, said so in the queue, tried again or deleted by an editor.

The failure is simulated by making the extractor raise (the task runs inside the request in tests).
"""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import DocumentFactory
from timeline import services
from timeline.models import Document, Event, EventSource, Extraction, Status

pytestmark = pytest.mark.django_db

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."
REASON = "the date grammar could not read “Juneteenth”"


@pytest.fixture
def broken_extractor(monkeypatch):
    """The extractor raises, as a bug in it would; calling the fixture's value mends it (to try again)."""

    def extract(*args, **kwargs):
        raise ValueError(f"{REASON}\n  (and a second line nobody needs)")

    real = services.extract
    monkeypatch.setattr(services, "extract", extract)
    return lambda: monkeypatch.setattr(services, "extract", real)


def upload(client, title="Two summits", text=ARTICLE):
    return client.post("/documents/new/", {"title": title, "published": "2019-03-01", "text": text})


def failed_upload(client, editor, title="Two summits") -> Document:
    client.force_login(editor)
    upload(client, title)
    return Document.objects.get(title=title)


def test_a_failed_extraction_is_recorded_with_a_short_reason_and_nothing_else(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    assert document.extraction == Extraction.FAILED
    assert document.extraction_error == f"{REASON} (and a second line nobody needs)"
    assert document.text_hash == Document.hash_text(ARTICLE) and not Event.objects.exists()


def test_a_run_that_fails_halfway_leaves_none_of_its_events_behind(client, editor, monkeypatch):
    create = services._create_event
    calls = []

    def create_then_fail(*args, **kwargs):
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("database went away")
        return create(*args, **kwargs)

    monkeypatch.setattr(services, "_create_event", create_then_fail)
    document = failed_upload(client, editor)
    assert len(calls) == 2  # the first event was written before the second failed
    assert document.extraction == Extraction.FAILED and document.extraction_error == "database went away"
    assert not Event.objects.exists() and not EventSource.objects.exists()


def test_the_arrival_message_says_the_extraction_failed(client, editor, broken_extractor):
    client.force_login(editor)
    response = upload(client)
    queue = client.get(response["Location"]).content.decode()
    assert "Stored “Two summits”. Its extraction failed: see below." in queue
    assert "Its events are proposed below" not in queue


def test_the_queue_says_the_extraction_failed_names_the_document_and_stops_polling(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "Extraction of “<a href=\"/documents/%d/\">Two summits</a>” failed</strong>: %s" % (document.pk, REASON) in html
    assert "Traceback" not in html and "ValueError" not in html
    assert "still being extracted" not in html and 'hx-trigger="every 3s"' not in html
    assert f'action="/documents/{document.pk}/retry/"' in html and "Try extraction again" in html
    assert f'action="/documents/{document.pk}/delete/"' in html


def test_the_polling_queue_gets_the_failure_in_place_of_the_pending_notice_and_stops(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    polled = client.get(f"/review/?document={document.pk}",
                        headers={"HX-Request": "true", "HX-Trigger": "extraction-pending"}).content.decode()
    assert '<div id="review-queue">' in polled and "<html" not in polled
    assert "Extraction of “" in polled and "failed</strong>" in polled
    assert "has finished" not in polled and "every 3s" not in polled


def test_the_whole_queue_names_every_failed_upload(client, editor, broken_extractor):
    # Two texts: the same text uploaded twice is stored in place of the failed copy, leaving one upload, not two.
    first = failed_upload(client, editor, "First")
    client.post("/documents/new/", {"title": "Second", "published": "2019-03-01", "text": f"Second. {ARTICLE}"})
    second = Document.objects.get(title="Second")
    assert first.pk != second.pk
    html = client.get("/review/").content.decode()
    assert f'id="extraction-failed-{first.pk}"' in html and f'id="extraction-failed-{second.pk}"' in html


def test_trying_again_extracts_the_document_and_proposes_its_events(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    broken_extractor()  # whatever broke it has passed
    response = client.post(f"/documents/{document.pk}/retry/")
    assert response.status_code == 302 and response["Location"] == f"/review/?document={document.pk}"
    document.refresh_from_db()
    assert (document.extraction, document.extraction_error) == (Extraction.DONE, "")
    assert document.text_hash == Document.hash_text(ARTICLE)
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    queue = client.get(response["Location"]).content.decode()
    assert "Started extracting “Two summits” again. Its events are proposed below for your review." in queue
    assert "2 events from" in queue and "failed</strong>" not in queue


def test_trying_again_when_it_fails_again_keeps_it_failed(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    client.post(f"/documents/{document.pk}/retry/")
    document.refresh_from_db()
    assert document.extraction == Extraction.FAILED and not Event.objects.exists()


def test_trying_again_a_document_that_has_not_failed_changes_nothing(client, editor):
    document = DocumentFactory(title="Fine")
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/retry/", follow=True)
    assert "“Fine” is not waiting for another try; nothing was changed." in response.content.decode()
    document.refresh_from_db()
    assert document.extraction == Extraction.DONE


def test_adding_the_same_text_again_replaces_the_failed_copy(client, editor, broken_extractor):
    document = failed_upload(client, editor, "First try")
    broken_extractor()
    response = upload(client, "Second try")
    assert response.status_code == 302 and response["Location"] == f"/review/?document={document.pk}"
    [stored] = Document.objects.all()
    assert (stored.pk, stored.key, stored.title, stored.extraction) == (document.pk, document.key, "Second try",
                                                                        Extraction.DONE)
    assert Event.objects.filter(sources__document=stored).count() == 2
    queue = client.get(response["Location"]).content.decode()
    assert "Stored “Second try” in place of the earlier copy whose extraction failed." in queue
    # Now that it has events, a third copy is refused as before.
    assert upload(client, "Third try").status_code == 422


def test_a_failed_copy_deleted_meanwhile_is_stored_anew(editor):
    import datetime

    from timeline.loading import DocumentInput

    gone = DocumentFactory(text=ARTICLE, extraction=Extraction.FAILED)
    Document.objects.filter(pk=gone.pk).delete()  # by another editor, after this upload's form was checked
    data = DocumentInput(key="upload-again", title="Again", published=datetime.date(2019, 3, 1), text=ARTICLE)
    document = services.add_document(data=data, user=editor, replacing=gone)
    document.refresh_from_db()  # the task has run (the immediate backend)
    assert (document.key, document.extraction) == ("upload-again", Extraction.DONE)


def test_an_editor_can_delete_a_failed_upload(client, editor, broken_extractor):
    document = failed_upload(client, editor)
    response = client.post(f"/documents/{document.pk}/delete/", follow=True)
    assert "Deleted the upload “Two summits”, whose extraction failed." in response.content.decode()
    assert not Document.objects.exists()


def test_only_a_failed_upload_can_be_deleted_this_way(client, editor):
    document = DocumentFactory()
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/delete/", follow=True)
    assert "was not deleted: its extraction is not failed or stuck any more" in response.content.decode()
    assert Document.objects.filter(pk=document.pk).exists()


@pytest.mark.parametrize("action", ["retry", "delete"])
def test_anonymous_visitors_and_teachers_cannot_retry_or_delete(client, editor, teacher, broken_extractor, action):
    document = failed_upload(client, editor)
    anonymous = Client().post(f"/documents/{document.pk}/{action}/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
    as_teacher = Client()
    as_teacher.force_login(teacher)
    assert as_teacher.post(f"/documents/{document.pk}/{action}/").status_code == 403
    document.refresh_from_db()
    assert document.extraction == Extraction.FAILED


@pytest.mark.parametrize("action", ["retry", "delete"])
def test_retry_and_delete_need_a_post_with_the_csrf_token(editor, broken_extractor, action):
    document = failed_upload(Client(), editor)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.get(f"/documents/{document.pk}/{action}/").status_code == 405
    assert client.post(f"/documents/{document.pk}/{action}/").status_code == 403
    document.refresh_from_db()
    assert document.extraction == Extraction.FAILED


@pytest.mark.parametrize("state", [Extraction.FAILED, Extraction.PENDING])
def test_readers_never_see_an_upload_that_is_not_extracted(client, teacher, student, editor, state):
    document = DocumentFactory(title="Half-read upload", extraction=state, extraction_error="boom")
    for user in (None, student, teacher):
        reader = Client()
        if user is not None:
            reader.force_login(user)
        assert reader.get(document.get_absolute_url()).status_code == 404
        assert "Half-read upload" not in reader.get("/documents/").content.decode()
        timeline = reader.get(f"/?document={document.pk}").content.decode()
        assert "Half-read upload" not in timeline and "boom" not in timeline
    client.force_login(editor)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "Half-read upload" in page
    assert ("Try extraction again" in page) == (state == Extraction.FAILED)
    assert "Half-read upload" in client.get("/documents/").content.decode()


def test_a_teacher_cannot_highlight_an_upload_that_is_not_extracted(client, teacher):
    document = DocumentFactory(extraction=Extraction.FAILED)
    client.force_login(teacher)
    response = client.post(f"/documents/{document.pk}/highlights/", {"highlight-quote_exact": "North Korea"})
    assert response.status_code == 404


def test_an_imported_citation_never_hangs_on_an_upload_readers_cannot_open(db):
    from timeline.imports import _source_document

    failed = DocumentFactory(url="https://example.org/a", extraction=Extraction.FAILED)
    document, _start, _end = _source_document("A story", "https://example.org/a", "North Korea and the United States")
    assert document != failed and document.extraction == Extraction.DONE


def test_a_late_failure_never_overwrites_a_newer_result(db):
    document = DocumentFactory()
    services.record_extraction_failure(document_id=document.pk, error=RuntimeError("an old run"))
    document.refresh_from_db()
    assert (document.extraction, document.extraction_error) == (Extraction.DONE, "")


def test_an_error_without_a_message_is_named_by_its_kind():
    assert services.failure_reason(MemoryError()) == "an unexpected MemoryError"
    assert services.failure_reason(ValueError("Bad input.")) == "Bad input"
    assert len(services.failure_reason(ValueError("x" * 1000))) == 200


# The worker closes its database connection when it is done, which would end the test's wrapping transaction.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_worker_a_failure_is_recorded_and_a_retry_is_queued(client, editor, settings, monkeypatch):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    real = services.extract
    monkeypatch.setattr(services, "extract", lambda *a, **k: 1 / 0)
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE})
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)

    document = Document.objects.get()
    assert (document.extraction, document.extraction_error) == (Extraction.FAILED, "division by zero")
    # The worker keeps the traceback for whoever debugs it; editors are shown only the reason.
    assert "Traceback" in DBTaskResult.objects.get().traceback

    monkeypatch.setattr(services, "extract", real)
    client.post(f"/documents/{document.pk}/retry/")
    document.refresh_from_db()
    assert document.extraction == Extraction.PENDING
    assert "still being extracted" in client.get(f"/review/?document={document.pk}").content.decode()
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
    document.refresh_from_db()
    assert document.extraction == Extraction.DONE
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    # Deleted here, not by the flush, so that the tally triggers (timeline.search_index) come back to zero.
    Event.objects.all().delete()


def test_the_queue_sums_up_the_uploads_needing_an_editor_in_one_polite_region_not_an_alert_each(client, editor):
    # Two texts: failed_upload twice would store the second in place of the first.
    first, second = (DocumentFactory(title=title, text=f"{title}. {ARTICLE}",
                                     extraction=Extraction.FAILED, extraction_error="boom") for title in ("First", "Second"))
    client.force_login(editor)
    html = client.get("/review/").content.decode()
    assert 'role="alert"' not in html
    assert html.count('id="queue-status"') == 1 and '<div id="queue-status" role="status">' in html
    region = html[html.index('<div id="queue-status"'):html.index('<div id="review-queue">')]
    assert ("<strong>2 uploads need your attention</strong>: “First” (extraction failed) and “Second” "
            "(extraction failed); see below.") in region
    assert f'<div class="notice notice-failed" id="extraction-failed-{first.pk}">' in html
    assert f'<div class="notice notice-failed" id="extraction-failed-{second.pk}">' in html
    one = client.get(f"/review/?document={first.pk}").content.decode()
    assert "<strong>“First” needs your attention</strong>: its extraction failed; see below." in one


def test_a_refresh_of_the_queue_rewrites_its_region_out_of_band_and_a_full_page_does_not(client, editor,
                                                                                         broken_extractor):
    document = failed_upload(client, editor)
    polled = client.get(f"/review/?document={document.pk}",
                        headers={"HX-Request": "true", "HX-Trigger": "extraction-pending"}).content.decode()
    assert 'role="alert"' not in polled and 'role="status"' not in polled.split('<div id="review-queue">')[0]
    oob = polled.index('<div id="queue-status" hx-swap-oob="innerHTML">')
    assert "<strong>“Two summits” needs your attention</strong>" in polled[oob:polled.index("</div>", oob)]
    assert "hx-swap-oob" not in client.get(f"/review/?document={document.pk}").content.decode()


def test_the_notice_swapped_in_anew_by_each_poll_is_no_live_region(client, editor):
    document = DocumentFactory(title="Pending", text=ARTICLE,
                               extraction=Extraction.PENDING)
    client.force_login(editor)
    polled = client.get(f"/review/?document={document.pk}",
                        headers={"HX-Request": "true", "HX-Trigger": "extraction-pending"}).content.decode()
    notice = polled[polled.index('id="extraction-pending"') - 40:polled.index('id="extraction-pending"')]
    assert 'hx-trigger="every 3s"' in polled and "role=" not in notice


def _region_after_a_filter_change(client) -> str:
    """The words the whole queue's live region is rewritten with (out of band) when a filter is changed in place."""
    html = client.get("/review/", {"status": "published"}, headers={"HX-Request": "true"}).content.decode()
    start = html.index('<div id="queue-status" hx-swap-oob="innerHTML">')
    return " ".join(re.sub(r"<[^>]+>", "", html[start:html.index("</div>", start)]).split())


def test_the_whole_queues_region_names_the_uploads_needing_an_editor_so_a_change_of_which_is_said_again(
        client, editor, settings):
    # The region is read out only when its words change (static/js/editor.js): a count alone would stay "1 upload"
    # when one upload is mended and another fails, and the editor would not hear of the new one.
    first = DocumentFactory(title="First", text=f"First. {ARTICLE}", extraction=Extraction.FAILED)
    client.force_login(editor)
    assert _region_after_a_filter_change(client) == "“First” needs your attention: its extraction failed; see below."
    Document.objects.filter(pk=first.pk).update(extraction=Extraction.DONE)
    second = DocumentFactory(title="Second", text=f"Second. {ARTICLE}", extraction=Extraction.PENDING)
    past = timezone.now() - settings.EXTRACTION_STALLED_AFTER - datetime.timedelta(minutes=1)
    Document.objects.filter(pk=second.pk).update(extraction_queued_at=past)
    stuck = "“Second” needs your attention: its extraction seems stuck; see below."
    assert _region_after_a_filter_change(client) == stuck
    # Failed anew, the first is named beside the second, each with where it stands, in the order of the notices below.
    Document.objects.filter(pk=first.pk).update(extraction=Extraction.FAILED)
    assert _region_after_a_filter_change(client) == (
        "2 uploads need your attention: “First” (extraction failed) and “Second” (extraction seems stuck); see below.")
    third = DocumentFactory(title="Third", text=f"Third. {ARTICLE}", extraction=Extraction.FAILED)
    Document.objects.filter(pk=second.pk).delete()
    assert _region_after_a_filter_change(client) == (
        "2 uploads need your attention: “First” (extraction failed) and “Third” (extraction failed); see below.")
    html = client.get("/review/").content.decode()
    assert html.index(f'id="extraction-failed-{first.pk}"') < html.index(f'id="extraction-failed-{third.pk}"')

