"""A share's expiry date, as its teacher reads it again on the edit form and on the list of shares."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.factories import EventFactory
from timeline.models import SharedTimeline


@pytest.fixture
def share(teacher):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    return SharedTimeline.objects.create(owner=teacher, title="Summits", query="from=2018",
                                         expires_on=datetime.date(2030, 6, 30))


@pytest.mark.django_db
def test_the_edit_form_shows_the_saved_expiry_date_in_its_date_box(client, teacher, share):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    # A date box takes only an ISO date: "30/06/2030" (the en-gb input format) left it empty, and saving a
    # note then removed the expiry without a word.
    assert 'type="date" name="expires_on" value="2030-06-30"' in body


@pytest.mark.django_db
def test_saving_the_edit_form_as_it_was_shown_keeps_the_expiry(client, teacher, share):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    found = re.search(r'name="expires_on" value="([^"]*)"', body)
    # A browser's date box drops a value that is not an ISO date, and the form then sends it empty.
    sent = found[1] if found and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[1]) else ""
    client.post(reverse("timeline:share_edit", args=[share.pk]), {"title": "Summits", "mode": "live",
                                                                   "expires_on": sent})
    share.refresh_from_db()
    assert share.expires_on == datetime.date(2030, 6, 30)


@pytest.mark.django_db
def test_the_list_of_shares_writes_the_expiry_as_the_pages_write_dates(client, teacher, share):
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_list")).content.decode()
    assert "open until 30 June 2030" in body
