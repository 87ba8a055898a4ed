"""A share's filters are stored as their normalised querystring, which a share holds up to 2,000 characters of: longer
filters (many actors with long names, every category, a long search in Korean) are refused with a message saying so,
and nothing is saved, rather than failing with a database error on PostgreSQL (SQLite ignores the column's limit)."""

import pytest
from django.http import QueryDict
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory
from tests.views.saved_shares import saved_share
from timeline.counting import filter_events
from timeline.models import Category, Event, SharedTimeline

pytestmark = pytest.mark.django_db

QUERY_MAX = SharedTimeline._meta.get_field("query").max_length


@pytest.fixture
def long_filters(db):
    """A querystring whose canonical form (the one a share stores) is longer than a share can hold."""
    actors = [ActorFactory(name=f"Delegation of the Ministry of Foreign Affairs number {n}") for n in range(20)]
    EventFactory(title="북미 정상회담 in Singapore", category=Category.CONSULT, actors=actors)
    parts = [f"actor={a.slug}" for a in actors] + [f"category={c}" for c in Category.values]
    query = "&".join(parts + ["q=" + "북미 정상회담 " * 20])
    canonical = filter_events(QueryDict(query), base=Event.objects.published()).query
    assert len(canonical) > QUERY_MAX, "the test's filters must exceed the limit once normalised"
    return query


def test_a_new_share_with_filters_too_long_to_store_is_refused_keeping_what_was_typed(client, teacher, long_filters):
    client.force_login(teacher)
    event = Event.objects.get()
    response = client.post(reverse("timeline:share_new") + f"?{long_filters}", {
        "title": "Every delegation", "mode": "live", f"note-{event.pk}": "Who was in the room?",
    })
    assert response.status_code == 422
    assert not SharedTimeline.objects.exists()
    body = response.content.decode()
    assert "The filters are too long to save" in body
    assert "fewer actors, categories or documents" in body
    assert 'value="Every delegation"' in body
    assert f'name="note-{event.pk}" rows="2">Who was in the room?</textarea>' in body


def test_changing_a_shares_filters_to_ones_too_long_to_store_is_refused_and_changes_nothing(
        client, teacher, long_filters):
    share = saved_share(teacher, "live", query="from=2018")
    client.force_login(teacher)
    response = client.post(reverse("timeline:share_filters", args=[share.pk]) + f"?{long_filters}")
    assert response.status_code == 422
    body = response.content.decode()
    assert "The filters were not saved: they are too long to save" in body
    assert "fewer actors, categories or documents" in body
    share.refresh_from_db()
    assert share.query == "from=2018"


def test_the_new_share_form_says_so_before_any_note_is_written(client, teacher, long_filters):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_new") + f"?{long_filters}").content.decode()
    assert '<p class="notice">The filters are too long to save' in body
