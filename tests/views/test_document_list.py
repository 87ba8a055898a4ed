import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Status


@pytest.mark.django_db
def test_the_documents_page_lists_each_document_with_its_published_event_count(client, django_assert_max_num_queries):
    document = DocumentFactory(title="Hanoi wire")
    EventSourceFactory(document=document)
    EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED))
    DocumentFactory(title="Quiet brief")
    with django_assert_max_num_queries(3):
        response = client.get("/documents/")
    body = response.content.decode()
    assert "Hanoi wire" in body and "Quiet brief" in body
    assert f'href="/?document={document.pk}">1 event</a>' in body
    assert "no events" in body
