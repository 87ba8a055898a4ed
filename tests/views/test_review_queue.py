"""The review queue: proposed events, lowest confidence first, published or rejected in place or in bulk."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.loading import DocumentInput
from timeline.models import Event, Status
from timeline.services import ingest_document

pytestmark = pytest.mark.django_db
QUEUE = "/review/"


def listed(response) -> list[int]:
    """The events the queue lists, in order (suggested duplicates also name events, but not as items)."""
    return [int(pk) for pk in re.findall(r'id="queue-item-(\d+)"', response.content.decode())]


def proposed(**kwargs):
    source = EventSourceFactory(event=EventFactory(status=Status.PROPOSED, **kwargs))
    return source.event


def test_it_lists_proposed_events_lowest_confidence_first(client, editor):
    sure = proposed(title="Sure thing", confidence=0.9)
    unsure = proposed(title="Unsure thing", confidence=0.2)
    EventFactory(
        title="Already published", status=Status.PUBLISHED, date_start=datetime.date(2001, 1, 1), sentence="Other."
    )
    client.force_login(editor)
    assert listed(client.get(QUEUE)) == [unsure.pk, sure.pk]


def test_it_shows_the_sentence_with_its_date_marked(client, editor):
    proposed()
    client.force_login(editor)
    html = client.get(QUEUE).content.decode()
    assert "in Singapore on <mark>12 June 2018</mark>." in html


def test_it_filters_by_document_category_and_confidence(client, editor):
    first, second = DocumentFactory(title="First doc"), DocumentFactory(title="Second doc")
    a = EventSourceFactory(
        document=first,
        event=EventFactory(title="From first", status=Status.PROPOSED, category="CONSULT", confidence=0.3),
    ).event
    EventSourceFactory(
        document=second,
        event=EventFactory(title="From second", status=Status.PROPOSED, category="CONSULT", confidence=0.3),
    )
    EventSourceFactory(
        document=first, event=EventFactory(title="Threat", status=Status.PROPOSED, category="THREATEN", confidence=0.3)
    )
    EventSourceFactory(
        document=first,
        event=EventFactory(title="Confident", status=Status.PROPOSED, category="CONSULT", confidence=0.95),
    )
    client.force_login(editor)
    assert listed(client.get(QUEUE, {"document": first.pk, "category": "CONSULT", "max_confidence": "0.5"})) == [a.pk]


def test_bad_filter_values_fall_back_to_defaults_with_a_message(client, editor):
    proposed(title="Still listed")
    client.force_login(editor)
    response = client.get(QUEUE, {"max_confidence": "lots", "document": "999999"})
    assert response.status_code == 200
    assert "Still listed" in response.content.decode()
    # Each named in the live region (tests/views/test_review_queue_notices.py)
    assert ("Confidence at most “lots” was not understood and is ignored "
            "(try a number from 0 to 1, such as 0.5).") in response.content.decode()
    assert "Unknown document “999999” is ignored; showing all documents." in response.content.decode()


def test_a_bad_page_number_is_a_404(client, editor):
    client.force_login(editor)
    assert client.get(QUEUE, {"page": "nine"}).status_code == 404


def test_a_page_number_not_found_says_what_is_wrong_with_it(client, editor):
    proposed(title="The only one")
    client.force_login(editor)
    assert "“nine” is not a page number." in client.get(QUEUE, {"page": "nine"}).content.decode()
    assert "There is no page 7 of this list: it has 1 page." in client.get(QUEUE, {"page": "7"}).content.decode()


def test_an_htmx_request_gets_only_the_queue_partial(client, editor):
    proposed(title="Partial me")
    client.force_login(editor)
    response = client.get(QUEUE, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="review-queue">')
    assert "<html" not in html
    assert "HX-Request" in response["Vary"]


def test_a_history_restore_gets_the_full_page(client, editor):
    client.force_login(editor)
    html = client.get(QUEUE, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}).content.decode()
    assert "<html" in html


def test_publishing_in_place_returns_the_updated_item_and_records_who(client, editor):
    event = proposed()
    client.force_login(editor)
    response = client.post(f"/review/{event.pk}/publish/", headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="queue-item-{event.pk}"' in html and "Now published" in html
    event.refresh_from_db()
    assert event.status == Status.PUBLISHED
    assert event.version == 2
    assert event.history.first().history_user == editor


def test_rejecting_without_javascript_redirects_back_with_the_filters(client, editor):
    event = proposed()
    client.force_login(editor)
    response = client.post(f"/review/{event.pk}/reject/", {"next": "/review/?category=CONSULT"})
    assert response.status_code == 302 and response["Location"] == "/review/?category=CONSULT"
    event.refresh_from_db()
    assert event.status == Status.REJECTED


def test_it_refuses_to_redirect_to_another_site(client, editor):
    event = proposed()
    client.force_login(editor)
    response = client.post(f"/review/{event.pk}/reject/", {"next": "https://evil.example/"})
    assert response["Location"] == reverse("timeline:review_queue")


def test_several_events_are_published_at_once(client, editor):
    events = [proposed(title=f"Bulk {n}") for n in range(3)]
    client.force_login(editor)
    response = client.post(
        "/review/bulk/", {"action": "publish", "events": [events[0].pk, events[2].pk], "next": QUEUE}
    )
    assert response.status_code == 302
    statuses = {e.title: e.status for e in Event.objects.all()}
    assert statuses == {"Bulk 0": "published", "Bulk 1": "proposed", "Bulk 2": "published"}


def test_a_bulk_action_without_an_action_or_with_bad_ids_is_a_400(client, editor):
    event = proposed()
    client.force_login(editor)
    assert client.post("/review/bulk/", {"action": "explode", "events": [event.pk]}).status_code == 400
    assert client.post("/review/bulk/", {"action": "publish", "events": ["x"]}).status_code == 400


def test_a_bulk_action_with_nothing_ticked_returns_to_the_queue_saying_so(client, editor):
    event = proposed()
    client.force_login(editor)
    response = client.post("/review/bulk/", {"action": "publish", "next": QUEUE}, follow=True)
    assert response.redirect_chain == [(QUEUE, 302)]
    assert "Tick the events to publish first; nothing was changed." in response.content.decode()
    assert Event.objects.get(pk=event.pk).status == "proposed"


def test_a_rejected_event_does_not_come_back_to_the_queue_when_its_document_is_ingested_again(client, editor, db):
    ActorFactory(name="North Korea")
    text = "North Korea and the United States met in Singapore on 12 June 2018. Talks resumed in Hanoi on 27 February 2019."
    data = DocumentInput(key="reingest.txt", title="Reingest", published=datetime.date(2019, 3, 1), text=text)
    document = ingest_document(data).document
    client.force_login(editor)
    events = list(Event.objects.filter(sources__document=document))
    assert len(events) == 2
    rejected = events[0]
    client.post(f"/review/{rejected.pk}/reject/")

    changed = DocumentInput(
        key="reingest.txt", title="Reingest", published=datetime.date(2019, 3, 1), text="Preface added.\n\n" + text
    )
    assert ingest_document(changed).outcome == "updated"
    rejected.refresh_from_db()
    assert rejected.status == Status.REJECTED
    assert listed(client.get(QUEUE, {"document": document.pk})) == [events[1].pk]
    assert listed(client.get(QUEUE, {"document": document.pk, "status": "rejected"})) == [rejected.pk]


def test_the_queue_is_paged_and_the_page_links_keep_the_filters(client, editor):
    from timeline.views.review import PAGE_SIZE

    events = [
        proposed(
            title=f"Event {n}",
            confidence=n / 100,
            sentence=f"Sentence number {n}.",
            date_start=datetime.date(1990 + n, 1, 1),
        )
        for n in range(PAGE_SIZE + 1)
    ]
    client.force_login(editor)
    first = client.get(QUEUE, {"category": ""}, follow=True)
    assert listed(first) == [e.pk for e in events[:PAGE_SIZE]]
    # In the queue's canonical form: an empty field is dropped (tests/views/test_review_queue_address.py).
    assert 'href="/review/?page=2"' in first.content.decode()
    assert listed(client.get(QUEUE, {"category": "", "page": 2}, follow=True)) == [events[-1].pk]


def test_publishing_or_rejecting_without_javascript_says_what_was_done(client, editor):
    # Without JavaScript the event simply leaves the queue page it was on: the page must say what happened to it.
    first, second, third = (proposed(title=f"Talks {n}") for n in (1, 2, 3))
    client.force_login(editor)
    html = client.post(f"/review/{first.pk}/publish/", {"next": QUEUE}, follow=True).content.decode()
    assert "Published “Talks 1”." in html
    html = client.post(f"/review/{second.pk}/reject/", {"next": QUEUE}, follow=True).content.decode()
    assert "Rejected “Talks 2”." in html
    html = client.post("/review/bulk/", {"action": "reject", "events": [third.pk], "next": QUEUE}, follow=True)
    assert "Rejected 1 event." in html.content.decode()
    # In place (htmx) the item itself says so; no message is left over for the next page.
    fourth = proposed(title="Talks 4")
    client.post(f"/review/{fourth.pk}/publish/", headers={"HX-Request": "true"})
    assert "Talks 4" not in client.get(QUEUE + "?status=published").content.decode().split("<h1")[0]


def test_a_bulk_decision_sent_in_place_is_said_in_the_queues_live_region_and_not_again_on_the_next_page(
        client, editor):
    # htmx follows the bulk view's redirect with its own headers: the queue's partial says what was done, out of
    # band in #queue-status, and takes the message, so the next full page does not say it again.
    first, second = (proposed(title=f"Talks {n}") for n in (1, 2))
    client.force_login(editor)
    sent = {"HX-Request": "true", "HX-Trigger": "bulk-form", "HX-Target": "review-queue"}
    response = client.post("/review/bulk/", {"action": "publish", "events": [first.pk], "next": QUEUE}, headers=sent,
                           follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(QUEUE, 302)]
    assert not html.startswith("<!DOCTYPE")
    status = re.search(r'<div id="queue-status" hx-swap-oob="innerHTML">(.*?)</div>', html, re.DOTALL).group(1)
    assert "Published 1 event." in status
    assert listed(response) == [second.pk]
    assert "Published 1 event." not in client.get(QUEUE).content.decode()
    # Nothing ticked: said the same way, and nothing changes.
    html = client.post("/review/bulk/", {"action": "reject", "next": QUEUE}, headers=sent, follow=True).content.decode()
    assert "Tick the events to reject first; nothing was changed." in html
    assert Event.objects.get(pk=second.pk).status == Status.PROPOSED


def _summary(html: str) -> str | None:
    """The queue's count and bulk controls, when the response holds them."""
    match = re.search(r'<div id="queue-summary"[^>]*>.*?</div>\s*<!-- /queue-summary -->', html, re.DOTALL)
    return match.group(0) if match else None


def test_publishing_rejecting_or_merging_in_place_updates_the_count_out_of_band(client, editor):
    document = DocumentFactory(title="Summit report")
    first, second, third = (
        EventSourceFactory(document=document, event=EventFactory(status=Status.PROPOSED, title=t)).event
        for t in ("First", "Second", "Third")
    )
    keeper = EventFactory(status=Status.PUBLISHED, title="Keeper", date_start=datetime.date(2001, 1, 1))
    client.force_login(editor)
    queue = f"{QUEUE}?document={document.pk}"
    assert "3 events from" in _summary(client.get(queue).content.decode())
    htmx = {"HX-Request": "true"}
    published = client.post(f"/review/{first.pk}/publish/", {"next": queue}, headers=htmx).content.decode()
    assert 'hx-swap-oob="true"' in _summary(published) and "2 events from" in _summary(published)
    assert "Summit report" in _summary(published)
    rejected = client.post(f"/review/{second.pk}/reject/", {"next": queue}, headers=htmx).content.decode()
    assert "1 event from" in _summary(rejected) and "Publish selected" in _summary(rejected)
    merged = client.post(f"/events/{keeper.pk}/merge/", {"other": third.pk, "in": "queue", "next": queue},
                         headers=htmx).content.decode()
    assert "Merged into" in merged
    # The queue is empty: no bulk controls to press on nothing.
    assert "0 events from" in _summary(merged) and "Publish selected" not in _summary(merged)
    assert "Publish selected" not in _summary(client.get(queue).content.decode())


def test_the_bulk_controls_show_only_when_something_waits(client, editor):
    client.force_login(editor)
    assert "Publish selected" not in client.get(QUEUE).content.decode()
    proposed()
    html = client.get(QUEUE).content.decode()
    assert "Publish selected" in html and "Reject selected" in html


def test_a_queue_items_title_links_to_its_page_once_published_and_to_its_form_before(client, editor):
    event = proposed(title="Summit in Singapore")
    client.force_login(editor)
    html = client.get(QUEUE).content.decode()
    assert re.search(rf'<a class="queue-title" href="/events/{event.pk}/edit/\?next=/review/">Summit in Singapore</a>', html)
    done = client.post(f"/review/{event.pk}/publish/", {"next": QUEUE}, headers={"HX-Request": "true"}).content.decode()
    assert f'<a class="queue-title" href="/events/{event.pk}/">Summit in Singapore</a>' in done
    assert client.get(f"/events/{event.pk}/").status_code == 200


def test_no_template_comment_leaks_onto_the_page(client, editor):
    proposed()
    client.force_login(editor)
    assert "{#" not in client.get(QUEUE).content.decode()


def test_each_items_publish_reject_and_edit_name_its_event_for_a_screen_reader(client, editor):
    # A screen reader lists a page's buttons and links by name: fifty "Publish" say nothing about which event.
    first, second = proposed(title="Envoys met in Panmunjom"), proposed(title="Seoul will host talks")
    client.force_login(editor)
    body = client.get(QUEUE).content.decode()
    for event in (first, second):
        for control in ("Publish", "Reject", "Edit"):
            assert f'{control}<span class="visually-hidden"> “{event.title}”</span>' in body


def test_a_proposal_that_looks_like_a_rejected_event_says_an_editor_rejected_it_before(client, editor):
    ActorFactory(name="North Korea")
    text = "North Korea and the United States met in Singapore on 12 June 2018."
    data = DocumentInput(key="summit.txt", title="Summit", published=datetime.date(2019, 3, 1), text=text)
    document = ingest_document(data).document
    rejected = Event.objects.get()
    client.force_login(editor)
    client.post(f"/review/{rejected.pk}/reject/")
    # Corrected to another day, it is no longer the same happening by ingest's rule: proposed again...
    ingest_document(DocumentInput(key="summit.txt", title="Summit", published=datetime.date(2019, 3, 1),
                                  text=text.replace("12 June", "11 June")))
    again = Event.objects.get(status=Status.PROPOSED)
    html = client.get(QUEUE, {"document": document.pk}).content.decode()
    # ...and its queue item says that an editor rejected what looks like an earlier version of it.
    item = html[html.index(f'id="queue-item-{again.pk}"'):]
    assert "An editor rejected what looks like an earlier version" in item
    assert f'href="/events/{rejected.pk}/edit/' in item or f"#{rejected.pk}" in item


def test_a_proposal_like_no_rejected_event_has_no_such_note(client, editor):
    proposed(title="Talks in Hanoi")
    drill = "North Korea fired missiles off its east coast on 2 March 2019."
    EventSourceFactory(event=EventFactory(status=Status.REJECTED, title="A drill", sentence=drill,
                                          date_start=datetime.date(2019, 3, 2)))
    client.force_login(editor)
    assert "rejected what looks like" not in client.get(QUEUE).content.decode()


def test_an_empty_queue_says_so_in_a_line_not_as_the_one_item_of_a_list(client, editor):
    client.force_login(editor)
    html = client.get(QUEUE).content.decode()
    assert '<p class="empty">Nothing to review here.</p>' in html
    assert '<ol class="queue"' not in html and '<li class="empty">' not in html
    proposed()
    html = client.get(QUEUE).content.decode()
    assert '<ol class="queue" data-keyboard-queue>' in html and 'class="empty"' not in html


def test_a_bulk_decision_that_empties_the_last_page_returns_to_the_last_page_left(client, editor, monkeypatch):
    # The events decided leave the queue: the page they were on may be gone, and the way back must not be a 404.
    monkeypatch.setattr("timeline.views.review.PAGE_SIZE", 2)
    events = [proposed(title=f"Talks {n}", confidence=n / 10, category="CONSULT") for n in range(1, 6)]
    client.force_login(editor)
    sent = {"action": "publish", "events": [events[4].pk], "next": "/review/?category=CONSULT&page=3"}
    response = client.post("/review/bulk/", sent, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [("/review/?category=CONSULT&page=2", 302)]
    assert "Published 1 event." in response.content.decode()
    assert listed(response) == [events[2].pk, events[3].pk]
    # A queue left empty: its first page, which says so.
    sent = {"action": "reject", "events": [e.pk for e in events[:4]], "next": "/review/?category=CONSULT&page=2"}
    response = client.post("/review/bulk/", sent, follow=True)
    assert response.redirect_chain == [("/review/?category=CONSULT", 302)]
    assert "Rejected 4 events." in response.content.decode() and listed(response) == []
    # Typed, a page that does not exist is still "not found".
    assert client.get("/review/?category=CONSULT&page=2").status_code == 404


def test_publishing_the_last_pages_only_event_without_javascript_returns_to_the_page_before(
        client, editor, monkeypatch):
    monkeypatch.setattr("timeline.views.review.PAGE_SIZE", 2)
    events = [proposed(title=f"Talks {n}", confidence=n / 10) for n in range(1, 4)]
    client.force_login(editor)
    response = client.post(f"/review/{events[2].pk}/publish/", {"next": "/review/?page=2"}, follow=True)
    assert response.redirect_chain == [("/review/", 302)]
    assert "Published “Talks 3”." in response.content.decode()
    assert listed(response) == [e.pk for e in events[:2]]


def test_a_bulk_decision_sent_in_place_from_a_page_gone_swaps_in_the_last_page_left_and_its_address(
        client, editor, monkeypatch):
    monkeypatch.setattr("timeline.views.review.PAGE_SIZE", 2)
    events = [proposed(title=f"Talks {n}", confidence=n / 10) for n in range(1, 4)]
    client.force_login(editor)
    sent = {"HX-Request": "true", "HX-Trigger": "bulk-form", "HX-Target": "review-queue"}
    response = client.post("/review/bulk/", {"action": "publish", "events": [events[2].pk], "next": "/review/?page=2"},
                           headers=sent, follow=True)
    assert response.status_code == 200 and response.redirect_chain == [("/review/", 302)]
    assert "Published 1 event." in response.content.decode()
    assert listed(response) == [events[0].pk, events[1].pk]
    # The address bar said page 2, which a reload would find gone.
    assert response["HX-Replace-Url"] == "/review/"


def test_publishing_the_last_pages_only_event_from_its_edit_form_returns_to_the_page_before(
        client, editor, monkeypatch):
    monkeypatch.setattr("timeline.views.review.PAGE_SIZE", 2)
    events = [proposed(title=f"Talks {n}", confidence=n / 10) for n in range(1, 4)]
    last = events[2]
    client.force_login(editor)
    data = {"title": last.title, "date_text": last.date_text, "precision": "", "summary": "", "category": "",
            "modality": last.modality, "actors": [], "status": "published", "reason": "Checked against the brief",
            "version": last.version, "next": "/review/?page=2"}
    response = client.post(f"/events/{last.pk}/edit/", data, follow=True)
    assert response.redirect_chain == [("/review/", 302)]
    assert listed(response) == [e.pk for e in events[:2]]


def test_a_confidence_below_zero_is_named_with_what_was_typed(client, editor):
    client.force_login(editor)
    body = client.get(QUEUE, {"max_confidence": "-0.5"}).content.decode()
    assert ("Confidence at most “-0.5” is less than 0 and is ignored (try a number from 0 to 1, such as 0.5)."
            in body)
