"""Background tasks (django.tasks): work too slow for a request, run by `manage.py db_worker` (django-tasks-db)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.tasks import task, task_backends

from timeline.loading import DocumentInput
from timeline.models import Document


@task()
def extract_document(document_id: int) -> int:
    """Extract the events of an uploaded document (stored by services.add_document); returns how many were created.

    It runs the ingest command's code on the stored text, so uploads and ingested files follow the same rules. If
    that raises, the document is marked failed for the editors (who can try again) and the error is raised on, so
    the task's result keeps the traceback for whoever debugs it.
    """
    from timeline.services import ingest_document, record_extraction_failure

    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        # Deleted by an editor while this task waited (a stalled upload can be): nothing left to extract.
        return 0
    data = DocumentInput(
        key=document.key,
        title=document.title,
        published=document.published,
        text=document.text,
        source=document.source,
        url=document.url,
        language=document.language,
    )
    try:
        # Stored only if the document is still there then: an editor may delete it while the extractor reads it.
        return ingest_document(data, user=document.added_by, upload_id=document_id).events_created
    except Exception as error:
        # Not BaseException: a worker told to stop mid-run is not a fault in the document.
        record_extraction_failure(document_id=document_id, error=error)
        raise


@dataclass(frozen=True)
class QueuedTask:
    status: str  # django.tasks.TaskResultStatus: READY (not started), RUNNING, SUCCESSFUL, FAILED
    started_at: datetime | None


def latest_extraction_task(document_id: int) -> QueuedTask | None:
    """The state of the document's latest extraction task as the database queue (django-tasks-db) records it.

    None with another backend (the immediate one in tests keeps nothing) or when no task is recorded (pruned). It
    only tells why an upload seems stuck: READY means no worker has taken it, RUNNING for this long means the worker
    that took it stopped midway (the queue never hears of a killed worker).
    """
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[extract_document.backend], DatabaseBackend):
        return None
    row = (DBTaskResult.objects.filter(task_path=extract_document.module_path, args_kwargs__args__0=document_id)
           .order_by("-enqueued_at").values_list("status", "started_at").first())
    return QueuedTask(*row) if row else None
