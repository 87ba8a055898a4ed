"""Background tasks (django.tasks): work too slow for a request, run by `manage.py db_worker` (django-tasks-db)."""

from __future__ import annotations

from django.tasks import task

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

    document = Document.objects.get(pk=document_id)
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
        return ingest_document(data, user=document.added_by).events_created
    except Exception as error:
        # Not BaseException: a worker told to stop mid-run is not a fault in the document.
        record_extraction_failure(document_id=document_id, error=error)
        raise
