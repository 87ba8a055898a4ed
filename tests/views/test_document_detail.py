import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Status

TEXT = "Talks opened. The leaders met in Hanoi on 27 February 2019. They left early. Nothing else <b>happened</b>."


@pytest.mark.django_db
def test_the_reader_shows_the_full_text_with_each_event_sentence_linked_and_its_date_marked(client):
    document = DocumentFactory(text=TEXT)
    event = EventFactory(date_text="27 February 2019")
    start = TEXT.index("The leaders")
    source = EventSourceFactory(event=event, document=document, sentence_start=start, sentence_end=TEXT.index(" They"),
                                quote="The leaders met in Hanoi on 27 February 2019.")
    hidden = EventFactory(status=Status.PROPOSED, title="Unreviewed")
    EventSourceFactory(event=hidden, document=document, sentence_start=0, sentence_end=13, quote="Talks opened.")
    body = client.get(document.get_absolute_url()).content.decode()
    assert (f'<a class="event-sentence" id="source-{source.pk}" href="/events/{event.pk}/" data-event-id="{event.pk}">'
            "The leaders met in Hanoi on <mark>27 February 2019</mark>.</a>") in body
    assert "Talks opened." in body and "Unreviewed" not in body
    assert "&lt;b&gt;happened&lt;/b&gt;" in body  # the text is escaped, never trusted as HTML
    assert f'href="/?document={document.pk}"' in body


@pytest.mark.django_db
def test_a_missing_document_is_not_found(client):
    assert client.get("/documents/999999/").status_code == 404


@pytest.mark.django_db
def test_editors_are_pointed_to_the_documents_events_awaiting_review_and_readers_are_not(client, editor):
    document = DocumentFactory(text=TEXT)
    for title in ("First proposal", "Second proposal"):
        EventSourceFactory(event=EventFactory(status=Status.PROPOSED, title=title), document=document)
    EventSourceFactory(event=EventFactory(status=Status.REJECTED), document=document)
    assert "await" not in client.get(document.get_absolute_url()).content.decode()
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert f'<a href="/review/?document={document.pk}">2 proposed events from this document await review</a>' in body
    assert "First proposal" not in body  # the proposals themselves are for the review queue


@pytest.mark.django_db
def test_a_second_event_from_the_same_sentence_has_its_place_in_the_text_for_its_source_link(client):
    # Two events read from one sentence ("The communique was issued …", "They signed the Agreed Framework …"): each
    # event page's "From …" link names its own source's anchor, which must be in the text, not only the first's.
    document = DocumentFactory(text=TEXT)
    start, end = TEXT.index("The leaders"), TEXT.index(" They")
    first = EventSourceFactory(event=EventFactory(title="The leaders met"), document=document,
                               sentence_start=start, sentence_end=end)
    second = EventSourceFactory(event=EventFactory(title="The leaders were in Hanoi"), document=document,
                                sentence_start=start, sentence_end=end)
    body = client.get(document.get_absolute_url()).content.decode()
    assert body.count('<a class="event-sentence"') == 1  # the sentence is shown once, linking to the first event
    opening = body.index(f'id="source-{first.pk}"')
    assert opening < body.index(f'<span class="source-anchor" id="source-{second.pk}"></span>') < body.index("</a>", opening)
