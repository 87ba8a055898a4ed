import datetime

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import Status


@pytest.mark.django_db
def test_it_lists_only_published_events_in_date_order(client):
    later = EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    earlier = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Unreviewed proposal", status=Status.PROPOSED)
    response = client.get(reverse("timeline:event_list"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Unreviewed proposal" not in body
    assert body.index(f'data-event-id="{earlier.pk}"') < body.index(f'data-event-id="{later.pk}"')


@pytest.mark.django_db
def test_the_page_carries_a_strict_content_security_policy(client):
    response = client.get(reverse("timeline:event_list"))
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    body = response.content.decode()
    assert 'hx-headers=\'{"x-csrftoken"' in body
    assert "htmx" in body and "<script" in body and "nonce=" in body
