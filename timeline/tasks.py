"""Background tasks (django.tasks): work too slow for a request, run by `manage.py db_worker` (django-tasks-db)."""

from __future__ import annotations

from django.tasks import task

from timeline.loading import DocumentInput
from timeline.models import Document


@task()
def extract_document(document_id: int) -> int:
    """Extract the events of an uploaded document (stored by services.add_document); returns how many were created.

    It runs the ingest command's code on the stored text, so uploads and ingested files follow the same rules.
    """
    from timeline.services import ingest_document

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
    return ingest_document(data, user=document.added_by).events_created
