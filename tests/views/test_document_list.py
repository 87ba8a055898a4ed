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
    assert f'href="/?document={document.pk}">1 event<' in body
    assert "no events" in body


@pytest.mark.django_db
def test_an_event_told_in_two_sentences_of_a_document_counts_once(client):
    document = DocumentFactory(title="Hanoi wire")
    event = EventFactory()
    EventSourceFactory(document=document, event=event, sentence_start=0, sentence_end=10)
    EventSourceFactory(document=document, event=event, sentence_start=20, sentence_end=30)
    EventSourceFactory(document=document)
    body = client.get("/documents/").content.decode()
    assert f'href="/?document={document.pk}">2 events<' in body


@pytest.mark.django_db
def test_each_count_link_names_its_document_for_a_screen_readers_list_of_links(client):
    # A list of links read out alone said "1 event", "2 events" ... with nothing to tell them apart.
    document = DocumentFactory(title="Hanoi wire")
    EventSourceFactory(document=document)
    body = client.get("/documents/").content.decode()
    assert (f'href="/?document={document.pk}">1 event<span class="visually-hidden"> from “Hanoi wire”</span></a>'
            in body)
