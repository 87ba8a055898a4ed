import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.models import Modality, Precision, Status


@pytest.mark.django_db
def test_an_event_page_shows_its_date_actors_and_every_source_sentence(client):
    actor = ActorFactory(name="North Korea", slug="north-korea")
    event = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_end=datetime.date(2019, 2, 28),
                         date_text="27 February 2019", actors=[actor], category="CONSULT")
    document = DocumentFactory(title="Hanoi wire", text="The leaders met in Hanoi on 27 February 2019 and left early.")
    EventSourceFactory(event=event, document=document)
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert f'data-event-id="{event.pk}"' in body
    assert '<time datetime="2019-02-27">27–28 February 2019</time>' in body
    assert 'href="/?actor=north-korea">North Korea</a>' in body
    assert "met in Hanoi on <mark>27 February 2019</mark> and left early." in body
    assert f'href="/documents/{document.pk}/#source-' in body


@pytest.mark.django_db
def test_an_event_at_year_precision_is_never_shown_as_a_day(client):
    event = EventFactory(date_start=datetime.date(2018, 1, 1), date_end=datetime.date(2018, 12, 31), precision=Precision.YEAR)
    body = client.get(event.get_absolute_url()).content.decode()
    assert '<time datetime="2018">2018</time>' in body
    assert "1 January" not in body


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.PROPOSED, Status.REJECTED])
def test_an_unpublished_event_is_not_found(client, status):
    assert client.get(EventFactory(status=status).get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_missing_event_is_not_found(client):
    assert client.get("/events/999999/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("modality, label", [
    (Modality.PLANNED, "Planned or announced"),
    (Modality.HYPOTHETICAL, "Hypothetical"),
    (Modality.NEGATED, "Did not happen"),
])
def test_an_event_page_marks_what_did_not_happen_with_the_badges_of_its_timeline_row(client, modality, label):
    event = EventFactory(title="Working talks in Stockholm", modality=modality, category="CONSULT")
    body = client.get(event.get_absolute_url()).content.decode()
    meta = re.search(r'<p class="event-meta">.*?</p>', body, re.DOTALL).group(0)
    assert f'<span class="badge modality">{label}</span>' in meta
    # The same badges, to the byte, as the event's row in the timeline shows.
    row = client.get(reverse("timeline:event_list"), {"plans": "1"}).content.decode()
    row_badges = re.findall(r'<span class="badge[^"]*">(?:<span[^>]*>[^<]*</span>)?[^<]*</span>', row)
    assert re.findall(r'<span class="badge[^"]*">(?:<span[^>]*>[^<]*</span>)?[^<]*</span>', meta) == row_badges
    assert row_badges == ['<span class="badge cat cat-verbal-cooperation"><span class="badge-key">Category:</span> Consult</span>',
                          f'<span class="badge modality">{label}</span>']


@pytest.mark.django_db
def test_an_event_that_happened_has_its_category_badge_and_no_modality_badge(client):
    event = EventFactory(title="Singapore summit", category="CONSULT")
    body = client.get(event.get_absolute_url()).content.decode()
    assert '<span class="badge cat cat-verbal-cooperation"><span class="badge-key">Category:</span> Consult</span>' in body
    assert "badge modality" not in body and "Happened" not in body
    assert "badge" not in client.get(EventFactory(title="Uncategorised", category="").get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_timelines_rows_link_to_their_event_with_the_filters_and_page_on_screen(client):
    hanoi = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    body = client.get("/", {"q": "Hanoi", "from": "2019", "sort": "bogus"}).content.decode()
    assert f'<a href="/events/{hanoi.pk}/?q=Hanoi&amp;from=2019">Hanoi summit</a>' in body
    for n in range(60):
        EventFactory(title=f"Talks {n}", date_start=datetime.date(2000, 1, 1) + datetime.timedelta(days=n))
    more = client.get("/", {"q": "Talks", "page": "2"}, headers={"HX-Request": "true", "HX-Target": "show-more"})
    last = EventFactory._meta.model.objects.get(title="Talks 59")
    assert f'href="/events/{last.pk}/?q=Talks&amp;page=2"' in more.content.decode()


@pytest.mark.django_db
def test_the_event_pages_timeline_link_leads_back_to_the_filtered_list_at_the_event(client):
    actor = ActorFactory(name="North Korea", slug="north-korea")
    event = EventFactory(title="Hanoi summit", actors=[actor])
    body = client.get(event.get_absolute_url(), {"q": "Hanoi", "actor": "north-korea", "page": "2"}).content.decode()
    assert f'<p class="breadcrumb"><a href="/?q=Hanoi&amp;actor=north-korea&amp;page=2#event-{event.pk}">Timeline</a></p>' in body
    # Only what the timeline understands goes back into its URL, in its canonical form.
    body = client.get(event.get_absolute_url(), {"from": "abc", "to": "June 2018", "page": "x", "evil": "1"}).content.decode()
    assert f'<p class="breadcrumb"><a href="/?to=2018-06#event-{event.pk}">Timeline</a></p>' in body
    body = client.get(event.get_absolute_url()).content.decode()
    assert f'<p class="breadcrumb"><a href="/#event-{event.pk}">Timeline</a></p>' in body


@pytest.mark.django_db
def test_a_date_an_editor_retyped_is_not_put_in_the_sources_mouth(client, editor):
    from timeline import services

    event = EventFactory(title="Envoy offers a freeze", date_start=datetime.date(2026, 3, 4),
                         date_end=datetime.date(2026, 3, 4), date_text="03/04/2026")
    document = DocumentFactory(title="Wire", text="An envoy said on 03/04/2026 that a freeze was possible.")
    EventSourceFactory(event=event, document=document)
    before = client.get(event.get_absolute_url()).content.decode()
    assert "the source says “03/04/2026”" in before
    services.edit_event(event_id=event.pk, loaded_version=event.version, user=editor, reason="British order",
                        changes={"date_text": "3 April 2026", "date_start": datetime.date(2026, 4, 3),
                                 "date_end": datetime.date(2026, 4, 3)})
    after = client.get(event.get_absolute_url()).content.decode()
    assert "the source says “3 April 2026”" not in after
    assert "dated by an editor; the source says “03/04/2026”" in after
