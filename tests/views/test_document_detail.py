import datetime
import re

import pytest

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Precision, Status

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
    assert (f'<a class="event-sentence" id="source-{source.pk}" draggable="false" '
            f'href="/events/{event.pk}/" data-event-id="{event.pk}">'
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
    notice = (f'<p class="notice notice-awaiting"><a href="/review/?document={document.pk}">2 proposed events from this '
              'document await review</a></p>')
    assert notice in body
    assert body.index(notice) < body.index('<div class="document-text">')  # said at the top, before the text
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



@pytest.mark.django_db
def test_each_event_read_from_one_sentence_has_its_own_date_marked_in_it(client):
    # "The communique, issued on 12 October 2000, comes six years after the Agreed Framework, signed in 1994": the
    # Agreed Framework's page says "the source says 1994", and its "From …" link lands on this sentence.
    text = "Talks opened. The communique, issued on 12 October 2000, recalls the 1994 accord. They left."
    document = DocumentFactory(text=text)
    start, end = text.index("The communique"), text.index(" They")
    for date_text in ("12 October 2000", "1994"):
        EventSourceFactory(event=EventFactory(date_text=date_text), document=document, sentence_start=start,
                           sentence_end=end, date_start_offset=text.index(date_text),
                           date_end_offset=text.index(date_text) + len(date_text))
    body = client.get(document.get_absolute_url()).content.decode()
    assert "issued on <mark>12 October 2000</mark>, recalls the <mark>1994</mark> accord.</a>" in body



@pytest.mark.django_db
def test_events_listed_under_the_text_are_told_apart_by_their_dates(client):
    # "Kim's previous meetings with U.S. President Donald Trump in 2018 and 2019" gives two events of one title.
    text = "Kim recalled his meetings with Trump in 2018 and 2019. They left."
    document = DocumentFactory(text=text)
    for year in (2018, 2019):
        EventSourceFactory(event=EventFactory(title="Kim's meetings with Trump", date_text=str(year),
                                              date_start=datetime.date(year, 1, 1), date_end=datetime.date(year, 12, 31),
                                              precision=Precision.YEAR),
                           document=document, sentence_start=0, sentence_end=text.index(" They"))
    body = client.get(document.get_absolute_url()).content.decode()
    listed = body[body.index("<h2>Events from this document</h2>"):]
    assert re.search(r"Kim&#x27;s meetings with Trump</a>\W*<time[^>]*>2018</time>.*"
                     r"Kim&#x27;s meetings with Trump</a>\W*<time[^>]*>2019</time>", listed, re.S)


KEY = '<p class="legend">'


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["pending", "failed"])
def test_an_upload_not_yet_extracted_has_no_key_to_marks_it_does_not_have(client, editor, state):
    document = DocumentFactory(text=TEXT, text_hash="", extraction=state, extraction_error="boom")
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert KEY not in body and "<mark" not in body
    assert "Talks opened." in body  # the text itself is shown, unmarked


@pytest.mark.django_db
def test_a_pending_upload_says_its_events_are_being_extracted_rather_than_that_it_has_none(client, editor):
    document = DocumentFactory(text=TEXT, text_hash="", extraction="pending")
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert "Its events are still being extracted" in body
    assert '<p class="empty">None yet: its events are still being extracted.</p>' in body
    assert '<ol class="sources">' not in body and "No published events" not in body


@pytest.mark.django_db
def test_a_failed_upload_says_why_offers_its_actions_and_lists_no_events(client, editor):
    document = DocumentFactory(title="Broken", text=TEXT, text_hash="", extraction="failed", extraction_error="boom")
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert "Extraction of “Broken” failed</strong>: boom." in body  # on its own page, its title links nowhere
    assert f'action="/documents/{document.pk}/retry/"' in body and f'action="/documents/{document.pk}/delete/"' in body
    assert '<p class="empty">None: its extraction failed, so no events were stored from it.</p>' in body
    assert '<ol class="sources">' not in body


@pytest.mark.django_db
def test_an_extracted_document_without_published_events_says_so_outside_any_list(client):
    document = DocumentFactory(text=TEXT)
    EventSourceFactory(event=EventFactory(status=Status.PROPOSED), document=document, sentence_start=0, sentence_end=13)
    body = client.get(document.get_absolute_url()).content.decode()
    assert '<p class="empty">No published events.</p>' in body
    assert '<ol class="sources">' not in body and "<li>No published events" not in body
    assert KEY not in body  # its one event sentence is not published, so nothing in the text is marked


@pytest.mark.django_db
def test_the_key_mentions_dates_only_when_a_date_is_marked(client):
    document = DocumentFactory(text=TEXT)
    EventSourceFactory(event=EventFactory(date_text="27 February 2019"), document=document, sentence_start=0,
                       sentence_end=13, date_start_offset=None, date_end_offset=None)
    body = client.get(document.get_absolute_url()).content.decode()
    assert KEY in body and "<mark>" not in body
    key = body[body.index(KEY):body.index("</p>", body.index(KEY))]
    assert "Event sentences" in key and "dates" not in key


@pytest.mark.django_db
def test_a_stalled_upload_says_it_seems_stuck_not_that_its_events_are_on_their_way(client, editor, settings):
    import datetime

    from django.utils import timezone

    from timeline.models import Document

    document = DocumentFactory(title="Stuck", text=TEXT, text_hash="", extraction="pending")
    Document.objects.filter(pk=document.pk).update(
        updated_at=timezone.now() - settings.EXTRACTION_STALLED_AFTER - datetime.timedelta(minutes=1))
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert "Extraction of “Stuck” seems stuck</strong>" in body and "Try extraction again" in body
    assert '<p class="empty">None yet: its extraction seems stuck (see above).</p>' in body
    assert "still being extracted" not in body and KEY not in body


def _sentence_of(document, status, title="Hidden proposal"):
    """An event of ``status`` read from the document's first sentence, "Talks opened." (no date in it)."""
    event = EventFactory(status=status, title=title, date_text="")
    return EventSourceFactory(event=event, document=document, sentence_start=0, sentence_end=13, quote="Talks opened.",
                              date_start_offset=None, date_end_offset=None)


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.PROPOSED, Status.REJECTED])
def test_editors_see_a_proposed_or_rejected_events_sentence_labelled_and_linked_to_its_edit_form(
        client, editor, status):
    document = DocumentFactory(text=TEXT)
    source = _sentence_of(document, status)
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    back = f"/documents/{document.pk}/%23source-{source.pk}"  # the edit form's "Continue" comes back to the sentence
    assert (f'<a class="event-sentence event-sentence-{status}" id="source-{source.pk}" draggable="false" '
            f'href="/events/{source.event_id}/edit/?next={back}" data-event-id="{source.event_id}" data-status="{status}">'
            f'<span class="sentence-status" data-not-text>{status}<span class="visually-hidden"> event:</span></span>'
            "Talks opened.</a>") in body
    key = body[body.index(KEY):body.index("</p>", body.index(KEY))]
    # the key says what the label means
    assert f"Those labelled <span class=\"event-sentence event-sentence-{status}\">" in key
    assert "Hidden proposal" not in body


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "student", "teacher"])
def test_readers_see_only_published_events_marked_never_a_proposed_or_rejected_one(client, who, request):
    document = DocumentFactory(text=TEXT)
    _sentence_of(document, Status.PROPOSED, title="Unreviewed proposal")
    _sentence_of(document, Status.REJECTED, title="Turned down")
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    body = client.get(document.get_absolute_url()).content.decode()
    assert "Talks opened." in body
    assert 'class="event-sentence' not in body and "/edit/" not in body and "sentence-status" not in body
    assert "Unreviewed proposal" not in body and "Turned down" not in body and "await" not in body


@pytest.mark.django_db
def test_a_sentence_with_a_published_and_a_proposed_event_links_editors_to_the_published_one(client, editor):
    document = DocumentFactory(text=TEXT)
    proposed = _sentence_of(document, Status.PROPOSED)  # the lower pk: first, were it not for its status
    published = _sentence_of(document, Status.PUBLISHED, title="On the timeline")
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert (f'<a class="event-sentence" id="source-{published.pk}" draggable="false" '
            f'href="/events/{published.event_id}/" '
            f'data-event-id="{published.event_id}"><span class="source-anchor" id="source-{proposed.pk}"></span>'
            "Talks opened.</a>") in body
    assert "sentence-status" not in body.split('<div class="document-text">')[1]


@pytest.mark.django_db
def test_an_event_told_in_two_sentences_is_counted_and_listed_once(client):
    document = DocumentFactory(text=TEXT)
    event = EventFactory(title="The leaders met")
    first = EventSourceFactory(event=event, document=document, sentence_start=0, sentence_end=13)
    EventSourceFactory(event=event, document=document, sentence_start=TEXT.index("The leaders"),
                       sentence_end=TEXT.index(" They"))
    other = EventSourceFactory(event=EventFactory(title="They left"), document=document,
                               sentence_start=TEXT.index("They left"), sentence_end=TEXT.index(" Nothing"))
    body = client.get(document.get_absolute_url()).content.decode()
    assert f'<a href="/?document={document.pk}">its 2 events on the timeline</a>' in body
    listed = body[body.index("<h2>Events from this document</h2>"):]
    assert listed.count(f'href="/events/{event.pk}/"') == 1 and listed.count(f'href="/events/{other.event_id}/"') == 1
    assert listed.index("The leaders met") < listed.index("They left")  # in the order the document tells them
    assert f'id="source-{first.pk}"' in body


@pytest.mark.django_db
def test_a_proposed_event_whose_sentence_a_published_one_marks_is_listed_for_editors_to_reach(client, editor):
    document = DocumentFactory(text=TEXT)
    proposed = _sentence_of(document, Status.PROPOSED, title="Hidden proposal")
    _sentence_of(document, Status.PUBLISHED, title="On the timeline")  # marks "Talks opened." for everyone
    client.force_login(editor)
    body = client.get(document.get_absolute_url()).content.decode()
    assert "1 proposed event from this document awaits review" in body
    events = body[body.index("<h2>Events from this document</h2>"):]
    back = f"/documents/{document.pk}/%23source-{proposed.pk}"
    assert (f'<li><a href="/events/{proposed.event_id}/edit/?next={back}">Hidden proposal</a> '
            '<span class="badge">proposed</span></li>') in events


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.PROPOSED, Status.REJECTED])
@pytest.mark.parametrize("who", ["anonymous", "student", "teacher"])
def test_readers_are_never_listed_an_unpublished_event_that_shares_a_published_ones_sentence(client, who, status,
                                                                                             request):
    document = DocumentFactory(text=TEXT)
    hidden = _sentence_of(document, status, title="Not for readers")
    _sentence_of(document, Status.PUBLISHED, title="On the timeline")
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    body = client.get(document.get_absolute_url()).content.decode()
    assert "On the timeline" in body
    assert "Not for readers" not in body and "/edit/" not in body and f"/events/{hidden.event_id}/" not in body
    assert status.label not in body.lower() and f"source-{hidden.pk}" not in body
