"""The owner of a saved share changes its filters: same link, title and choices; notes kept, even those left out."""

import datetime

import pytest
from django.http import QueryDict
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory, UserFactory
from tests.views.saved_shares import saved_share
from timeline import shares
from timeline.models import SharedTimeline

pytestmark = pytest.mark.django_db


@pytest.fixture
def summits(db):
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim]),
        "launch": EventFactory(title="Missile launch", date_start=datetime.date(2018, 11, 1), actors=[kim]),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), actors=[kim]),
        "dmz": EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30), actors=[kim]),
    }


def _save_filters(client, share, query):
    return client.post(reverse("timeline:share_filters", args=[share.pk]) + f"?{query}")


def _titles(share):
    """The cards the class sees, in order."""
    return [record.title for record in shares.share_view(share, QueryDict()).records]


def test_the_edit_page_links_to_the_timeline_with_the_saved_filters_to_change_them(client, teacher, summits):
    share = saved_share(teacher, "live", query="from=2018")
    client.force_login(teacher)
    body = client.get(reverse("timeline:share_edit", args=[share.pk])).content.decode()
    assert f'href="/shared/{share.pk}/filters/?from=2018">Change filters</a>' in body


def test_the_timeline_opened_to_change_them_names_the_share_and_stays_on_its_address(client, teacher, summits):
    share = saved_share(teacher, "live", title="Summits for 9B", query="from=2018")
    client.force_login(teacher)
    response = client.get(reverse("timeline:share_filters", args=[share.pk]) + "?from=2019")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Changing the filters of “Summits for 9B”" in body
    assert "Save these filters to the share" in body
    assert f'action="/shared/{share.pk}/filters/?from=2019"' in body
    # The filter form and "Clear all" lead back to this address, so filtering keeps the banner.
    assert f'<form id="filters" class="filters filters-box" method="get" action="/shared/{share.pk}/filters/"' in body
    assert "Save as shared timeline" not in body
    assert "Hanoi summit" in body and "Singapore summit" not in body


def test_saving_new_filters_keeps_the_link_title_notes_and_choices(client, teacher, summits):
    share = saved_share(teacher, "live", title="Summits", query="from=2018",
                        notes={summits["hanoi"].pk: "Why did it end early?",
                               summits["singapore"].pk: "Compare with Hanoi."},
                        excluded=[summits["dmz"].pk])
    share.introduction, share.expires_on = "Read before Friday.", datetime.date(2030, 6, 30)
    share.save()
    token = share.token
    client.force_login(teacher)
    response = _save_filters(client, share, "from=2019")
    assert response.status_code == 302 and response["Location"] == reverse("timeline:share_edit", args=[share.pk])
    share.refresh_from_db()
    assert (share.token, share.title, share.introduction, share.expires_on, share.mode) == (
        token, "Summits", "Read before Friday.", datetime.date(2030, 6, 30), "live")
    assert share.query == "from=2019"
    assert shares.class_notes(share) == {summits["hanoi"].pk: "Why did it end early?",
                                         summits["singapore"].pk: "Compare with Hanoi."}
    assert share.items.get(event=summits["dmz"]).excluded
    assert _titles(share) == ["Hanoi summit"]
    # The class's link shows the new set, with the note on the event still shown.
    page = client.get(reverse("timeline:share_detail", args=[token])).content.decode()
    assert "Why did it end early?" in page and "Compare with Hanoi." not in page


def test_the_teacher_is_told_the_new_filters_in_words_and_the_notes_they_leave_out(client, teacher, summits):
    share = saved_share(teacher, "live", title="Summits", query="from=2018",
                        notes={summits["singapore"].pk: "Compare with Hanoi."})
    client.force_login(teacher)
    body = client.post(reverse("timeline:share_filters", args=[share.pk]) + "?from=2019",
                       follow=True).content.decode()
    assert ("Filters changed: “Summits” now holds events from 2019 on (before: events from 2018 on).") in body
    assert "1 class note is on an event these filters leave out: kept, and listed below." in body
    # The edit page names the note it keeps, and why the class does not see it.
    assert "1 class note is not shown to your class" in body and "Compare with Hanoi." in body


def test_a_note_left_out_by_new_filters_shows_again_when_the_filters_match_its_event_again(client, teacher, summits):
    share = saved_share(teacher, "live", query="from=2018", notes={summits["singapore"].pk: "Compare with Hanoi."})
    client.force_login(teacher)
    _save_filters(client, share, "from=2019")
    _save_filters(client, share, "from=2018")
    page = client.get(reverse("timeline:share_detail", args=[share.token])).content.decode()
    assert "Compare with Hanoi." in page


def test_a_frozen_share_takes_a_fresh_copy_of_the_events_its_new_filters_hold(client, teacher, summits):
    share = saved_share(teacher, "frozen", query="from=2019", notes={summits["hanoi"].pk: "Why did it end early?"})
    # An editor corrects an event after the freeze: the fresh copy takes the correction, as "Take a fresh copy" does.
    summits["hanoi"].title = "Hanoi summit, cut short"
    summits["hanoi"].save()
    client.force_login(teacher)
    body = client.post(reverse("timeline:share_filters", args=[share.pk]) + "?from=2018&to=2019-03",
                       follow=True).content.decode()
    share.refresh_from_db()
    assert share.mode == SharedTimeline.Mode.FROZEN and share.query == "from=2018&to=2019-03"
    assert _titles(share) == ["Singapore summit", "Missile launch", "Hanoi summit, cut short"]
    assert shares.class_notes(share) == {summits["hanoi"].pk: "Why did it end early?"}
    assert "A fresh copy of its 3 events was taken." in body
    # The event the new filters leave out keeps no copy: the class no longer sees it.
    assert share.items.filter(event=summits["dmz"], snapshot__isnull=False).count() == 0


def test_the_same_filters_again_change_nothing(client, teacher, summits):
    share = saved_share(teacher, "frozen", query="from=2019")
    frozen_at = share.frozen_at
    client.force_login(teacher)
    body = client.post(reverse("timeline:share_filters", args=[share.pk]) + "?from=2019&to=&q=",
                       follow=True).content.decode()
    share.refresh_from_db()
    assert share.frozen_at == frozen_at
    assert "The filters are the ones already saved: nothing changed." in body


def test_a_filter_not_understood_is_refused_and_nothing_changes(client, teacher, summits):
    share = saved_share(teacher, "frozen", query="from=2018", notes={summits["hanoi"].pk: "Why did it end early?"})
    frozen_at = share.frozen_at
    client.force_login(teacher)
    response = _save_filters(client, share, "from=last+tuesday&actor=kim-jong-un")
    body = response.content.decode()
    assert response.status_code == 422
    assert "The filters were not saved:" in body and "last tuesday" in body
    share.refresh_from_db()
    assert (share.query, share.frozen_at) == ("from=2018", frozen_at)
    assert shares.class_notes(share) == {summits["hanoi"].pk: "Why did it end early?"}


def test_another_teachers_share_is_not_found(client, teacher, summits):
    share = saved_share(teacher, "live", query="from=2018")
    other = UserFactory(username="olga", groups=["Teachers"])
    client.force_login(other)
    assert client.get(reverse("timeline:share_filters", args=[share.pk]) + "?from=2019").status_code == 404
    assert _save_filters(client, share, "from=2019").status_code == 404
    share.refresh_from_db()
    assert share.query == "from=2018"


def test_a_student_may_not_change_a_share(client, teacher, student, summits):
    share = saved_share(teacher, "live", query="from=2018")
    client.force_login(student)
    assert _save_filters(client, share, "from=2019").status_code == 403
    share.refresh_from_db()
    assert share.query == "from=2018"
