"""A typed range that ends before it starts is refused, naming both ends, rather than silently turned around."""

import datetime

import pytest

from tests.views.edit_posts import event, save_date  # noqa: F401  (event: a fixture)

pytestmark = pytest.mark.django_db


def test_a_range_typed_backwards_is_refused_rather_than_stored_as_a_whole_year(client, editor, event):
    # Read as it was, "December 2019 to January 2019" (meaning January 2020) became January to December 2019.
    client.force_login(editor)
    response = save_date(client, event, "December 2019 to January 2019")
    assert response.status_code == 422
    assert (
        "“December 2019 to January 2019” ends before it starts: January 2019 comes before December 2019. "
        "Put the earlier date first, or check the years."
    ) in response.content.decode()
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.version) == (datetime.date(2018, 6, 12), event.date_end, 1)


def test_days_typed_backwards_are_refused(client, editor, event):
    client.force_login(editor)
    response = save_date(client, event, "2019-02-28 to 2019-02-27")
    assert response.status_code == 422
    assert "27 February 2019 comes before 28 February 2019" in response.content.decode()


def test_the_date_preview_says_so_as_the_editor_types(client, editor, event):
    client.force_login(editor)
    html = client.get(
        f"/events/{event.pk}/edit/date-preview/", {"date_text": "June 2019 to May 2019"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "“June 2019 to May 2019” ends before it starts: May 2019 comes before June 2019." in html
    assert "Earliest" not in html
