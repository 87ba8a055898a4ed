"""A reader who opens a document from an event page comes back to an event page that still follows their list.

The event page's "From …" link carries the list the reader came from (the timeline's filters and page, canonical, or
the share and the pupil's filters on it) to the document, whose event links carry it back; anything else in the
address is dropped. Plain links: no JavaScript needed.
"""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import DocumentFactory, EventFactory, EventSourceFactory
from tests.views.saved_shares import saved_share
from timeline.models import Annotation, SharedTimeline, Status

pytestmark = pytest.mark.django_db

TEXT = "The leaders met in Singapore on 12 June 2018. They met again in Hanoi on 27 February 2019."


@pytest.fixture
def story():
    document = DocumentFactory(title="Two summits", text=TEXT)
    split = TEXT.index(" They")
    singapore = EventSourceFactory(
        document=document, sentence_start=0, sentence_end=split, quote=TEXT[:split],
        event=EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), date_text="12 June 2018"))
    hanoi = EventSourceFactory(
        document=document, sentence_start=split + 1, sentence_end=len(TEXT), quote=TEXT[split + 1:],
        event=EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019"))
    return document, singapore, hanoi


def _from_link(body: str, document) -> str:
    return re.search(rf'From <a href="(/documents/{document.pk}/[^"]*)">', body).group(1).replace("&amp;", "&")


def _event_links(body: str, event) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(rf'href="(/events/{event.pk}/[^"#]*)"', body)]


def test_the_filters_go_to_the_document_and_back_to_the_event_page(client, story):
    document, singapore, hanoi = story
    page = client.get(singapore.event.get_absolute_url(), {"q": "summit", "from": "2018"}).content.decode()
    link = _from_link(page, document)
    assert link == f"/documents/{document.pk}/?q=summit&from=2018#source-{singapore.pk}"
    body = client.get(link.split("#")[0]).content.decode()
    assert f'id="source-{singapore.pk}"' in body and "<mark>12 June 2018</mark>" in body
    # Each event's sentence, and the list under the text, lead back with the same filters.
    assert _event_links(body, hanoi.event) == [f"/events/{hanoi.event.pk}/?q=summit&from=2018"] * 2
    back = client.get(f"/events/{hanoi.event.pk}/?q=summit&from=2018").content.decode()
    assert f'href="/?q=summit&amp;from=2018#event-{hanoi.event.pk}">Timeline</a>' in back
    assert f'<a rel="prev" href="/events/{singapore.event.pk}/?q=summit&amp;from=2018">' in back


def test_only_the_timelines_own_filters_reach_the_documents_links_in_their_canonical_form(client, story):
    document, singapore, _ = story
    asked = {"from": "June 2018", "to": "", "q": "summit", "utm_source": "mail", "page": "2"}
    body = client.get(document.get_absolute_url(), asked).content.decode()
    assert _event_links(body, singapore.event) == [f"/events/{singapore.event.pk}/?q=summit&from=2018-06&page=2"] * 2
    # Without a list, the links are the plain ones.
    plain = client.get(document.get_absolute_url(), {"utm_source": "mail"}).content.decode()
    assert _event_links(plain, singapore.event) == [f"/events/{singapore.event.pk}/"] * 2


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_pupil_from_a_share_goes_to_the_document_and_back_to_the_share(client, teacher, story, mode):
    document, singapore, hanoi = story
    share = saved_share(teacher, mode)
    page = client.get(hanoi.event.get_absolute_url(), {"share": share.token, "q": "summit"}).content.decode()
    link = _from_link(page, document)
    assert link == f"/documents/{document.pk}/?share={share.token}&q=summit#source-{hanoi.pk}"
    body = client.get(link.split("#")[0]).content.decode()
    assert _event_links(body, singapore.event) == [f"/events/{singapore.event.pk}/?share={share.token}&q=summit"] * 2
    back = client.get(_event_links(body, singapore.event)[0]).content.decode()
    share_url = reverse("timeline:share_detail", args=[share.token])
    assert f'<a class="back-to-share" href="{share_url}?q=summit#event-{singapore.event.pk}">' in back


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_pupil_on_the_document_has_a_link_back_to_the_share_with_their_filters(client, teacher, story, mode):
    document, _, _ = story
    share = saved_share(teacher, mode, title="Summits for 9B")
    body = client.get(document.get_absolute_url(),
                      {"share": share.token, "q": "summit", "utm_source": "qr"}).content.decode()
    # As on the event page: the share's cards link straight here, and "Documents" alone led away from the class's list.
    share_url = reverse("timeline:share_detail", args=[share.token])
    assert f'<a class="back-to-share" href="{share_url}?q=summit">← Back to “Summits for 9B”</a>' in body
    # Without a share, or with one whose link no longer opens, the page names none.
    assert "back-to-share" not in client.get(document.get_absolute_url(), {"q": "summit"}).content.decode()
    share.revoked_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    share.save()
    revoked = client.get(document.get_absolute_url(), {"share": share.token}).content.decode()
    assert "back-to-share" not in revoked and "Summits for 9B" not in revoked


def test_a_share_link_that_does_not_open_is_not_passed_on(client, teacher, story):
    document, singapore, _ = story
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018",
                                          revoked_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    for token in (share.token, "not-a-token"):
        body = client.get(document.get_absolute_url(), {"share": token, "q": "summit"}).content.decode()
        assert "share=" not in body
        assert _event_links(body, singapore.event) == [f"/events/{singapore.event.pk}/?q=summit"] * 2


def test_an_editors_way_to_a_proposed_events_form_comes_back_to_the_document_with_the_filters(client, editor, story):
    document, _, _ = story
    proposed = EventSourceFactory(document=document, sentence_start=0, sentence_end=5, quote=TEXT[:5],
                                  event=EventFactory(status=Status.PROPOSED, title="Waiting"))
    client.force_login(editor)
    body = client.get(document.get_absolute_url(), {"q": "summit"}).content.decode()
    back = f"/documents/{document.pk}/%3Fq%3Dsummit%23source-{proposed.pk}"
    assert f'href="/events/{proposed.event.pk}/edit/?next={back}"' in body


def test_a_highlights_links_between_the_event_page_and_the_document_keep_the_filters(client, editor, story):
    document, singapore, _ = story
    note = Annotation.objects.create(author=editor, event=singapore.event, document=document, body="Look here.",
                                     visibility="public", quote_exact="Singapore", position_start=19, position_end=28)
    page = client.get(singapore.event.get_absolute_url(), {"q": "summit"}).content.decode()
    assert f'highlighted in <a href="/documents/{document.pk}/?q=summit#note-{note.pk}">' in page
    body = client.get(document.get_absolute_url(), {"q": "summit"}).content.decode()
    assert f'· on <a href="/events/{singapore.event.pk}/?q=summit">' in body


def test_the_dates_of_sources_that_disagree_lead_to_their_sentences_with_the_filters(client, story):
    document, singapore, _ = story
    other = EventSourceFactory(event=singapore.event, reported_start=datetime.date(2018, 6, 13),
                               reported_end=datetime.date(2018, 6, 13))
    page = client.get(singapore.event.get_absolute_url(), {"q": "summit"}).content.decode()
    start = page.index('<section class="sources-disagree"')
    box = page[start : page.index("</section>", start)]
    assert f'href="/documents/{document.pk}/?q=summit#source-{singapore.pk}"' in box
    assert f'href="/documents/{other.document_id}/?q=summit#source-{other.pk}"' in box


def test_a_timeline_rows_source_link_takes_the_list_to_the_document_too(client, story):
    document, singapore, _ = story
    body = client.get("/", {"q": "summit", "from": "2018"}).content.decode()
    assert f'From <a href="/documents/{document.pk}/?q=summit&amp;from=2018#source-{singapore.pk}">' in body
    assert f'From <a href="/documents/{document.pk}/#source-{singapore.pk}">' in client.get("/").content.decode()


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_shares_card_takes_the_share_and_the_pupils_filters_to_the_document(client, teacher, story, mode):
    document, singapore, _ = story
    share = saved_share(teacher, mode)
    share_url = reverse("timeline:share_detail", args=[share.token])
    page = client.get(share_url, {"q": "hanoi"}).content.decode()
    cards = re.findall(rf'<p class="source-link"><a href="(/documents/{document.pk}/[^"]*)">', page)
    assert [card.replace("&amp;", "&") for card in cards] == [f"/documents/{document.pk}/?share={share.token}&q=hanoi"]
    # The document's sentences lead to event pages that lead back to the share, filters and all.
    body = client.get(cards[0].replace("&amp;", "&")).content.decode()
    assert _event_links(body, singapore.event) == [f"/events/{singapore.event.pk}/?share={share.token}&q=hanoi"] * 2
    # Without filters, the share alone; the embed's cards still link to no document of ours.
    plain = client.get(share_url).content.decode()
    assert plain.count(f'<p class="source-link"><a href="/documents/{document.pk}/?share={share.token}">') == 2
    embed = client.get(reverse("timeline:share_embed", args=[share.token])).content.decode()
    assert f"/documents/{document.pk}/" not in embed


def _highlight_action(body: str, document) -> str:
    return re.search(rf'action="(/documents/{document.pk}/highlights/[^"]*)"', body).group(1).replace("&amp;", "&")


def _highlight(client, url: str, quote: str = "Singapore"):
    return client.post(url, {"highlight-quote_exact": quote, "highlight-body": "Why here?",
                             "highlight-visibility": "public"})


def test_saving_a_highlight_comes_back_to_the_document_with_the_filters_at_the_new_note(client, editor, story):
    document, _, _ = story
    client.force_login(editor)
    asked = {"from": "June 2018", "q": "summit", "utm_source": "mail"}
    action = _highlight_action(client.get(document.get_absolute_url(), asked).content.decode(), document)
    assert action == f"/documents/{document.pk}/highlights/?q=summit&from=2018-06"
    response = _highlight(client, action)
    note = Annotation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/documents/{document.pk}/?q=summit&from=2018-06#note-{note.pk}"


def test_saving_a_highlight_keeps_a_share_that_opens_and_nothing_else(client, teacher, story):
    document, _, _ = story
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018")
    client.force_login(teacher)
    action = _highlight_action(client.get(document.get_absolute_url(), {"share": share.token, "q": "summit"})
                               .content.decode(), document)
    assert action == f"/documents/{document.pk}/highlights/?share={share.token}&q=summit"
    saved = _highlight(client, action)
    assert saved["Location"].startswith(f"/documents/{document.pk}/?share={share.token}&q=summit#note-")
    # The action is the client's to change: it is read as the document page reads its address.
    share.revoked_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    share.save()
    url = f"/documents/{document.pk}/highlights/"
    for query in (f"share={share.token}", "share=not-a-token", "next=https://example.org/", "page=x"):
        response = _highlight(client, f"{url}?{query}", quote="Hanoi")
        note = Annotation.objects.latest("pk")
        assert response["Location"] == f"/documents/{document.pk}/#note-{note.pk}"
        note.delete()


def test_a_refused_highlight_keeps_the_filters_to_try_again_and_to_go_back(client, editor, story):
    document, _, _ = story
    client.force_login(editor)
    response = _highlight(client, f"/documents/{document.pk}/highlights/?q=summit&from=2018", quote="Pyongyang")
    assert response.status_code == 422
    body = response.content.decode()
    assert _highlight_action(body, document) == f"/documents/{document.pk}/highlights/?q=summit&from=2018"
    assert f'<a href="/documents/{document.pk}/?q=summit&amp;from=2018">Back to “Two summits”</a>' in body
    assert not Annotation.objects.exists()


@pytest.mark.parametrize("mode", [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN])
def test_a_pupil_on_the_document_is_led_to_its_events_in_the_share_not_on_the_whole_timeline(
        client, teacher, story, mode):
    document, singapore, hanoi = story
    share = saved_share(teacher, mode, title="Summits for 9B", query="from=2019")  # Hanoi only, of the two
    body = client.get(document.get_absolute_url(), {"share": share.token, "q": "summit"}).content.decode()
    share_url = reverse("timeline:share_detail", args=[share.token])
    link = re.search(r'<a href="([^"]*)">its (\d+) events? in “Summits for 9B”</a>', body)
    assert link and link.group(2) == "1" and "on the timeline</a>" not in body
    assert link.group(1) == f"{share_url}?document={document.pk}"
    shared = client.get(link.group(1)).content.decode()
    assert re.findall(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', shared) == ["Hanoi summit"]
    # Without a share the link is the timeline's, counting every published event of the document.
    plain = client.get(document.get_absolute_url()).content.decode()
    assert f'<a href="/?document={document.pk}">its 2 events on the timeline</a>' in plain


def test_a_share_that_shows_none_of_the_documents_events_leaves_the_timelines_link(client, teacher, story):
    document, _, _ = story
    share = saved_share(teacher, SharedTimeline.Mode.LIVE, query="from=2020")
    body = client.get(document.get_absolute_url(), {"share": share.token}).content.decode()
    assert f'<a href="/?document={document.pk}">its 2 events on the timeline</a>' in body
