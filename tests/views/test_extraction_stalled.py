"""An upload whose extraction never finishes (the task worker was stopped mid-run, or never started): after
settings.EXTRACTION_STALLED_AFTER the queue says it seems stuck, stops polling, and lets an editor try again or
delete it.

A stalled upload is made by storing a pending document and moving the time its extraction was queued back.
"""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import DocumentFactory
from timeline.models import Document, Event, Extraction, Status
from timeline.tasks import extract_document

pytestmark = pytest.mark.django_db

ARTICLE = "Kim Jong Un and Donald Trump met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."
POLL = {"HX-Request": "true", "HX-Trigger": "extraction-pending"}


def pending_upload(minutes_ago: float, title: str = "Two summits") -> Document:
    document = DocumentFactory(title=title, text=ARTICLE, extraction=Extraction.PENDING)
    # .update(): save() would set updated_at (auto_now) back to now.
    since = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    Document.objects.filter(pk=document.pk).update(ingested_at=since, updated_at=since, extraction_queued_at=since)
    document.refresh_from_db()
    return document


@pytest.fixture
def threshold(settings):
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=10)
    return 10


def test_a_fresh_pending_upload_is_still_being_extracted_and_polled(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold - 0.5)
    client.force_login(editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "Events are still being extracted" in html and 'hx-trigger="every 3s"' in html
    assert "seems stuck" not in html and "Try extraction again" not in html
    assert f"extraction-stalled-{document.pk}" not in client.get("/review/").content.decode()


def test_past_the_threshold_the_queue_says_it_seems_stuck_since_when_and_stops_polling(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 0.5)
    client.force_login(editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert f'id="extraction-stalled-{document.pk}"' in html
    assert "Extraction of “<a href=\"/documents/%d/\">Two summits</a>” seems stuck</strong>" % document.pk in html
    since = timezone.localtime(document.extraction_queued_at)
    when = f'<time datetime="{since.isoformat()}">{since:%H:%M} {since.tzname()} on {since.day} {since:%B %Y}</time>'
    assert f"pending since {when}" in html
    assert "task worker may not be running" in html
    assert "still being extracted" not in html and "every 3s" not in html
    assert f'action="/documents/{document.pk}/retry/"' in html and "Try extraction again" in html
    assert f'action="/documents/{document.pk}/delete/"' in html and "Delete this upload" in html


def test_the_polling_queue_gets_the_stuck_notice_in_place_of_the_pending_one_and_stops(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    polled = client.get(f"/review/?document={document.pk}", headers=POLL).content.decode()
    assert '<div id="review-queue">' in polled and "<html" not in polled
    assert "seems stuck</strong>" in polled
    assert "has finished" not in polled and "every 3s" not in polled


def test_an_editors_save_of_a_stalled_upload_does_not_restart_its_clock(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    document.title = "Two summits, retitled"
    document.save()  # as the admin saves it: updated_at moves on, the extraction was not queued again
    assert document.stalled()
    assert list(Document.objects.needing_an_editor()) == [document]
    client.force_login(editor)
    assert "seems stuck" in client.get(f"/review/?document={document.pk}").content.decode()


def test_an_upload_stored_by_the_form_is_timed_from_when_it_was_queued(client, editor, threshold, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}  # no worker runs it
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE})
    document = Document.objects.get()
    assert timezone.now() - document.extraction_queued_at < datetime.timedelta(minutes=1)
    assert not document.stalled() and not Document.objects.needing_an_editor().exists()


def test_a_pending_document_never_queued_is_timed_from_its_last_change(threshold):
    # Nothing stores one so (uploads are queued, ingested files extracted in place); rows from elsewhere could be.
    document = DocumentFactory(extraction=Extraction.PENDING)
    assert document.extraction_queued_at is None and not document.stalled()
    Document.objects.filter(pk=document.pk).update(updated_at=timezone.now() - datetime.timedelta(minutes=threshold))
    document.refresh_from_db()
    assert document.stalled() and list(Document.objects.needing_an_editor()) == [document]


def test_the_threshold_is_a_setting(client, editor, settings):
    document = pending_upload(minutes_ago=3)
    client.force_login(editor)
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=5)
    assert "seems stuck" not in client.get(f"/review/?document={document.pk}").content.decode()
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=2)
    assert "seems stuck" in client.get(f"/review/?document={document.pk}").content.decode()


def test_the_whole_queue_lists_stalled_uploads_with_the_failed_ones(client, editor, threshold):
    stalled, fresh = pending_upload(threshold + 5, "Stuck"), pending_upload(1, "Fresh")
    failed = DocumentFactory(title="Broken", extraction=Extraction.FAILED, extraction_error="boom")
    client.force_login(editor)
    html = client.get("/review/").content.decode()
    assert f'id="extraction-stalled-{stalled.pk}"' in html and f'id="extraction-failed-{failed.pk}"' in html
    assert f"extraction-stalled-{fresh.pk}" not in html


def test_the_document_page_says_a_stalled_upload_seems_stuck(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    page = client.get(document.get_absolute_url()).content.decode()
    assert "seems stuck</strong>" in page and "Try extraction again" in page
    assert "still being extracted" not in page


def test_the_document_list_marks_a_stalled_upload_for_editors(client, editor, threshold):
    pending_upload(threshold + 1, "Stuck"), pending_upload(1, "Fresh")
    client.force_login(editor)
    html = client.get("/documents/").content.decode()
    assert html.count("extraction seems stuck") == 1 and html.count(">being extracted<") == 1


def test_trying_again_extracts_a_stalled_upload(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/retry/")
    assert response.status_code == 302 and response["Location"] == f"/review/?document={document.pk}"
    document.refresh_from_db()
    assert (document.extraction, document.text_hash) == (Extraction.DONE, Document.hash_text(ARTICLE))
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    queue = client.get(response["Location"]).content.decode()
    assert "Started extracting “Two summits” again. Its events are proposed below for your review." in queue
    assert "seems stuck" not in queue


def test_the_stalled_task_running_after_the_retry_adds_nothing(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    client.post(f"/documents/{document.pk}/retry/")
    assert extract_document.call(document.pk) == 0  # the first run, late: the text is already extracted
    document.refresh_from_db()
    assert document.extraction == Extraction.DONE
    assert Event.objects.filter(sources__document=document).count() == 2


def test_the_stalled_task_finishing_first_leaves_nothing_to_retry(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    extract_document.call(document.pk)  # the worker came back before the editor pressed the button
    response = client.post(f"/documents/{document.pk}/retry/", follow=True)
    assert "“Two summits” is not waiting for another try; nothing was changed." in response.content.decode()
    assert Event.objects.filter(sources__document=document).count() == 2


def test_a_retry_restarts_the_clock_so_a_second_editor_does_not_queue_it_again(client, editor, threshold, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}  # no worker runs it
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    client.post(f"/documents/{document.pk}/retry/")
    document.refresh_from_db()
    assert document.extraction == Extraction.PENDING
    assert timezone.now() - document.extraction_queued_at < datetime.timedelta(minutes=1)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "still being extracted" in html and "seems stuck" not in html
    response = client.post(f"/documents/{document.pk}/retry/", follow=True)
    assert "is not waiting for another try" in response.content.decode()


def test_trying_again_a_fresh_pending_upload_changes_nothing(client, editor, threshold, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    document = pending_upload(minutes_ago=1)
    client.force_login(editor)
    response = client.post(f"/documents/{document.pk}/retry/", follow=True)
    assert "is not waiting for another try" in response.content.decode()
    unchanged = Document.objects.get(pk=document.pk)
    assert (unchanged.updated_at, unchanged.extraction_queued_at) == (document.updated_at, document.extraction_queued_at)


def test_an_editor_can_delete_a_stalled_upload_but_not_a_fresh_one(client, editor, threshold):
    stalled, fresh = pending_upload(threshold + 1, "Stuck"), pending_upload(1, "Fresh")
    client.force_login(editor)
    refused = client.post(f"/documents/{fresh.pk}/delete/", follow=True).content.decode()
    assert "“Fresh” was not deleted: its extraction is not failed or stuck any more (it is now being extracted)" in refused
    response = client.post(f"/documents/{stalled.pk}/delete/", follow=True)
    assert "Deleted the upload “Stuck”, whose extraction seemed stuck." in response.content.decode()
    assert list(Document.objects.values_list("title", flat=True)) == ["Fresh"]


def test_the_stalled_task_running_after_its_upload_was_deleted_does_nothing(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 1)
    client.force_login(editor)
    client.post(f"/documents/{document.pk}/delete/")
    assert extract_document.call(document.pk) == 0
    assert not Document.objects.exists() and not Event.objects.exists()


@pytest.mark.parametrize("action", ["retry", "delete"])
def test_anonymous_visitors_and_teachers_cannot_retry_or_delete_a_stalled_upload(teacher, threshold, action):
    document = pending_upload(minutes_ago=threshold + 1)
    anonymous = Client().post(f"/documents/{document.pk}/{action}/")
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
    as_teacher = Client()
    as_teacher.force_login(teacher)
    assert as_teacher.post(f"/documents/{document.pk}/{action}/").status_code == 403
    assert Document.objects.get(pk=document.pk).extraction == Extraction.PENDING
    assert not Event.objects.exists()


# The worker closes its database connection when it is done, which would end the test's wrapping transaction.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_worker_the_queue_says_whether_the_task_started_and_a_retry_runs_once(
        client, editor, settings):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=10)
    client.force_login(editor)
    client.post("/documents/new/", {"title": "Queued", "published": "2019-03-01", "text": ARTICLE})
    document = Document.objects.get()
    # No worker ran: ten minutes on, the queue says so.
    Document.objects.filter(pk=document.pk).update(extraction_queued_at=timezone.now() - datetime.timedelta(minutes=11))
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "seems stuck" in html and "no task worker has started it" in html
    # A worker that claimed it and was killed leaves it running for ever.
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now() - datetime.timedelta(minutes=11))
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert "A task worker started it at" in html and "stopped before it finished" in html
    DBTaskResult.objects.update(status="READY", started_at=None)  # let the old task run below, after the retry

    client.post(f"/documents/{document.pk}/retry/")
    assert DBTaskResult.objects.filter(status="READY").count() == 2
    call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
    document.refresh_from_db()
    assert document.extraction == Extraction.DONE
    assert Event.objects.filter(sources__document=document, status=Status.PROPOSED).count() == 2
    assert sorted(DBTaskResult.objects.values_list("return_value", flat=True)) == [0, 2]
    # Deleted here, not by the flush, so that the tally triggers (timeline.search_index) come back to zero.
    Event.objects.all().delete()


def test_the_queue_of_a_stalled_upload_says_in_its_live_region_that_it_seems_stuck(client, editor, threshold):
    document = pending_upload(minutes_ago=threshold + 0.5)
    client.force_login(editor)
    html = client.get(f"/review/?document={document.pk}").content.decode()
    region = html[html.index('<div id="queue-status" role="status">'):html.index('<div id="review-queue">')]
    assert "<strong>“Two summits” needs your attention</strong>: its extraction seems stuck; see below." in region
    assert 'role="alert"' not in html


@pytest.mark.parametrize(("minutes_ago", "said"), [
    (1, "<strong>“Two summits” is not ready for review</strong>: its events are still being extracted; "
        "they will appear below."),
    (11, "<strong>“Two summits” needs your attention</strong>: its extraction seems stuck; see below."),
])
def test_a_filter_picking_a_pending_or_stuck_upload_says_so_in_the_queues_one_region(client, editor, threshold,
                                                                                   minutes_ago, said):
    document = pending_upload(minutes_ago=minutes_ago)
    client.force_login(editor)
    # Picked in the filter bar (htmx): the region, which stays in place, is rewritten out of band.
    picked = client.get(f"/review/?document={document.pk}", headers={"HX-Request": "true"}).content.decode()
    oob = picked.index('<div id="queue-status" hx-swap-oob="innerHTML">')
    assert said in picked[oob:picked.index("</div>", oob)]
    assert 'role="alert"' not in picked and 'role="status"' not in picked
    # Opened as a page, the region says the same.
    html = client.get(f"/review/?document={document.pk}").content.decode()
    assert said in html[html.index('<div id="queue-status" role="status">'):html.index('<div id="review-queue">')]
