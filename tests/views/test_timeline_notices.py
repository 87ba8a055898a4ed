"""The timeline's notices after an htmx change, and a date not understood kept in its box to be corrected.

The notices (a date not understood, an unknown actor, two dates swapped) are a live region, #filter-notices, that
stays in the page outside what htmx swaps; an htmx response rewrites its content out of band (notices.js adds only
the new lines). A date box whose value is ignored keeps what was typed, marked invalid and described by its notice.
"""

import re

import pytest

from django.urls import reverse

from tests.factories import EventFactory
from tests.views.notices import region
from timeline.models import SharedTimeline

URL = "/"
HTMX = {"HX-Request": "true"}
HEADERS = [{}, {**HTMX, "HX-Target": "browse"}]
HEADER_IDS = ["page", "htmx-filters"]
NOT_UNDERSTOOD = "date “{}” was not understood and is ignored (try 2018, June 2018 or 2018-06-12)."


def box(body: str, name: str) -> str:
    match = re.search(rf'<input type="text" id="f-{name}" name="{name}"[^>]*>', body)
    assert match, f"no {name} box"
    return match.group(0)


def section(body: str, element_id: str) -> str:
    start = body.index(f'id="{element_id}"')
    return body[start:body.index("</section>", start)]


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["31 Febuary 2019", "2019-13-01"])
@pytest.mark.parametrize(("name", "label"), [("from", "From"), ("to", "To")])
@pytest.mark.parametrize("headers", HEADERS, ids=HEADER_IDS)
def test_a_date_not_understood_stays_in_its_box_marked_invalid_and_pointing_at_its_notice(client, typed, name, label,
                                                                                           headers):
    EventFactory(title="Singapore summit")
    body = client.get(URL, {"q": "", name: typed, "sort": "oldest"}, headers=headers).content.decode()
    assert "Singapore summit" in body
    field = box(body, name)
    assert f'value="{typed}"' in field
    assert 'aria-invalid="true"' in field
    assert f'aria-describedby="f-{name}-notice f-date-help"' in field
    # The notice it points at is in the live region, by that id, quoting what was typed.
    notices = region(body)[2]
    assert f'<li id="f-{name}-notice">{label} {NOT_UNDERSTOOD.format(typed)}</li>' in notices
    # The other box is neither.
    other = box(body, "to" if name == "from" else "from")
    assert 'value=""' in other and "aria-invalid" not in other and 'aria-describedby="f-date-help"' in other


@pytest.mark.django_db
def test_each_date_not_understood_points_at_its_own_notice(client):
    body = client.get(URL, {"from": "31 Febuary 2019", "to": "2019-13-01"}).content.decode()
    assert 'aria-describedby="f-from-notice f-date-help"' in box(body, "from")
    assert 'aria-describedby="f-to-notice f-date-help"' in box(body, "to")
    notices = region(body)[2]
    assert notices.index('id="f-from-notice"') < notices.index('id="f-to-notice"')
    assert notices.count("<li") == 2


@pytest.mark.django_db
def test_a_date_too_long_to_read_is_kept_in_its_box_too(client):
    typed = "the thirty-first of February, two thousand and nineteen"
    body = client.get(URL, {"from": typed}).content.decode()
    assert f'value="{typed}"' in box(body, "from") and 'aria-invalid="true"' in box(body, "from")
    assert ('<li id="f-from-notice">From date “the thirty-first of February, two thousa…” is too long for a date '
            "(55 characters) and is ignored (try 2018, June 2018 or 2018-06-12).</li>") in region(body)[2]


@pytest.mark.django_db
@pytest.mark.parametrize("headers", HEADERS, ids=HEADER_IDS)
def test_a_date_understood_shows_in_its_canonical_form_not_marked(client, headers):
    # (the page redirects to the canonical address, "from=2018-06", htmx does not)
    body = client.get(URL, {"from": "June 2018", "to": "2019"}, headers=headers, follow=True).content.decode()
    for name, value in (("from", "2018-06"), ("to", "2019")):
        assert f'value="{value}"' in box(body, name)
        assert "aria-invalid" not in box(body, name) and 'aria-describedby="f-date-help"' in box(body, name)
    assert region(body)[2] == ""


@pytest.mark.django_db
def test_the_notices_are_a_live_region_outside_what_htmx_swaps_not_in_the_results(client):
    body = client.get(URL, {"from": "31 Febuary 2019", "actor": "nobody"}).content.decode()
    attributes, notices = region(body).groups()
    assert 'aria-live="polite"' in attributes and "hx-swap-oob" not in attributes
    # Not atomic (no role=status): a notice added is read out alone, not with every other one again.
    assert "role=" not in attributes and 'aria-atomic="true"' not in attributes
    assert body.index('id="filter-notices"') < body.index('<div id="browse"')
    assert "notices" not in section(body, "results")
    # Every notice is in it, each once; one that no box points at has no id.
    assert "<li>Unknown actor “nobody” is ignored.</li>" in notices
    assert body.count("Unknown actor “nobody” is ignored.") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["browse", "results"], ids=["filters", "typing"])
def test_an_htmx_response_rewrites_the_live_regions_content_out_of_band_before_the_count(client, target):
    EventFactory(title="Singapore summit")
    query = {"q": "summit", "from": "31 Febuary 2019", "to": "", "sort": "oldest"}
    body = client.get(URL, query, headers={**HTMX, "HX-Target": target}).content.decode()
    attributes, notices = region(body).groups()
    assert 'hx-swap-oob="innerHTML"' in attributes
    assert f"From {NOT_UNDERSTOOD.format('31 Febuary 2019')}" in notices
    assert body.count('id="filter-notices"') == 1 and "notices" not in section(body, "results")
    # Announced first, then the count (live regions changed in the same swap are read in the order they change).
    assert body.index('id="filter-notices"') < body.index('id="result-count"')
    if target == "results":
        # Typing swaps the results without the form: the box keeps what is in it, and notices.js marks it after
        # its notice (data-notice).
        assert '<form id="filters"' not in body
    else:
        assert 'value="31 Febuary 2019"' in box(body, "from") and 'data-notice="f-from-notice"' in box(body, "from")


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["browse", "results"], ids=["filters", "typing"])
def test_an_htmx_response_without_notices_empties_the_live_region(client, target):
    body = client.get(URL, {"q": "summit", "from": "2019"}, headers={**HTMX, "HX-Target": target}).content.decode()
    assert re.search(r'<div id="filter-notices" aria-live="polite" hx-swap-oob="innerHTML"></div>', body)


@pytest.mark.django_db
def test_show_more_leaves_the_notices_alone(client):
    for day in range(1, 29):
        EventFactory(title=f"Talks day {day}")
        EventFactory(title=f"More talks day {day}")
    body = client.get(URL, {"from": "31 Febuary 2019", "page": "2"},
                      headers={**HTMX, "HX-Target": "show-more"}).content.decode()
    assert "filter-notices" not in body and "data-event-id" in body


@pytest.mark.django_db
def test_the_plain_form_keeps_the_typed_date_at_the_address_as_asked(client):
    # Without JavaScript: the form sends every field; the address with the date not understood stays as typed
    # (no redirect to the canonical one, which would drop it), and the page keeps it in its box.
    response = client.get(URL, {"q": "", "from": "2019-13-01", "to": "", "sort": "oldest", "precision": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'value="2019-13-01"' in box(body, "from") and 'aria-invalid="true"' in box(body, "from")
    assert 'id="f-from-notice"' in region(body)[2]


SHARE_VIEWS = ["timeline:share_detail", "timeline:share_embed"]


@pytest.mark.django_db
@pytest.mark.parametrize("view", SHARE_VIEWS)
def test_a_shares_page_and_embed_keep_the_date_too_and_its_notice_carries_the_id_the_box_points_at(client, teacher,
                                                                                                  view):
    # They show the timeline's filter form, with their notices in the same live region, outside their results.
    EventFactory(title="Singapore summit")
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="")
    body = client.get(reverse(view, args=[share.token]), {"from": "31 Febuary 2019"}).content.decode()
    assert 'value="31 Febuary 2019"' in box(body, "from") and 'aria-invalid="true"' in box(body, "from")
    assert f'<li id="f-from-notice">From {NOT_UNDERSTOOD.format("31 Febuary 2019")}</li>' in region(body)[2]
    assert body.count('id="f-from-notice"') == 1
    if view == "timeline:share_embed":
        # Its "More filters" is folded unless something there is chosen, or a date there is to be corrected.
        assert '<details class="more-filters" open>' in body


@pytest.mark.django_db
@pytest.mark.parametrize("view", SHARE_VIEWS)
def test_a_shares_page_and_embed_have_the_live_region_outside_their_results(client, teacher, view):
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="")
    body = client.get(reverse(view, args=[share.token]), {"from": "31 Febuary 2019", "actor": "nobody"}).content.decode()
    attributes, notices = region(body).groups()
    assert 'aria-live="polite"' in attributes and "hx-swap-oob" not in attributes
    assert "role=" not in attributes and 'aria-atomic="true"' not in attributes
    assert body.count('id="filter-notices"') == 1
    # In place before what htmx swaps: the page's #browse, the embed's #results (its form is never swapped).
    assert body.index('id="filter-notices"') < body.index('id="browse"' if view == "timeline:share_detail"
                                                           else 'id="results"')
    assert "notices" not in section(body, "results")
    assert "<li>Unknown actor “nobody” is ignored.</li>" in notices
    assert body.count("Unknown actor “nobody” is ignored.") == 1
    # Empty, it is there all the same, to be filled by an htmx change.
    body = client.get(reverse(view, args=[share.token])).content.decode()
    assert re.search(r'<div id="filter-notices" aria-live="polite"></div>', body)


@pytest.mark.django_db
@pytest.mark.parametrize(("view", "target"), [("timeline:share_detail", "browse"), ("timeline:share_detail", "results"),
                                              ("timeline:share_embed", "results")],
                         ids=["page-filters", "page-typing", "embed"])
def test_a_shares_htmx_response_rewrites_the_live_regions_content_out_of_band_before_the_count(client, teacher, view,
                                                                                              target):
    EventFactory(title="Singapore summit")
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="")
    url = reverse(view, args=[share.token])
    query = {"q": "summit", "from": "31 Febuary 2019", "to": ""}
    body = client.get(url, query, headers={**HTMX, "HX-Target": target}).content.decode()
    attributes, notices = region(body).groups()
    assert 'hx-swap-oob="innerHTML"' in attributes and 'aria-live="polite"' in attributes
    assert f'<li id="f-from-notice">From {NOT_UNDERSTOOD.format("31 Febuary 2019")}</li>' in notices
    assert body.count('id="filter-notices"') == 1 and "notices" not in section(body, "results")
    assert "Singapore summit" in section(body, "results")
    assert body.index('id="filter-notices"') < body.index('id="result-count"')
    # Without notices, the region is emptied.
    body = client.get(url, {"q": "summit", "from": "2019"}, headers={**HTMX, "HX-Target": target}).content.decode()
    assert re.search(r'<div id="filter-notices" aria-live="polite" hx-swap-oob="innerHTML"></div>', body)


@pytest.mark.django_db
@pytest.mark.parametrize(("view", "target", "header"), [("timeline:share_detail", "browse", "HX-Push-Url"),
                                                        ("timeline:share_detail", "results", "HX-Replace-Url"),
                                                        ("timeline:share_embed", "results", "HX-Replace-Url")],
                         ids=["page-filters", "page-typing", "embed"])
def test_a_shares_htmx_change_to_a_date_not_understood_puts_an_address_in_the_bar_that_shows_the_notice_again(
        client, teacher, view, target, header):
    # As on the timeline: the clean address would drop the date, and its notice with it, so a reload or a copied
    # link would show the share narrowed by nothing and unexplained. The share's saved order is its default.
    EventFactory(title="Singapore summit")
    share = SharedTimeline.objects.create(owner=teacher, title="Summits", query="sort=newest")
    url = reverse(view, args=[share.token])
    query = {"q": "summit", "from": "31 Febuary 2019", "to": "", "sort": "newest"}
    # Results are swapped by typing in the search box, named "q": that replaces the address, as on the timeline.
    headers = {**HTMX, "HX-Target": target} | ({"HX-Trigger-Name": "q"} if target == "results" else {})
    response = client.get(url, query, headers=headers)
    assert response[header] == f"{url}?q=summit&from=31+Febuary+2019&to=&sort=newest"
    reloaded = client.get(response[header])
    assert reloaded.status_code == 200
    body = reloaded.content.decode()
    assert 'value="31 Febuary 2019"' in box(body, "from") and 'aria-invalid="true"' in box(body, "from")
    assert f'<li id="f-from-notice">From {NOT_UNDERSTOOD.format("31 Febuary 2019")}</li>' in region(body)[2]
    # A change the clean address loses nothing of still puts that in the bar.
    clean = client.get(url, {"q": "summit", "from": "", "sort": "newest"}, headers=headers)
    assert clean[header] == f"{url}?q=summit"


@pytest.mark.django_db
@pytest.mark.parametrize("headers", HEADERS, ids=HEADER_IDS)
def test_an_order_not_understood_leaves_the_order_used_chosen_marked_invalid_and_pointing_at_its_notice(client,
                                                                                                        headers):
    # As the review queue's selects do (tests/views/test_review_queue_notices.py); the plain form sends every field.
    EventFactory(title="Singapore summit")
    query = {"q": "", "from": "", "to": "", "sort": "sideways", "precision": ""}
    body = client.get(URL, query, headers=headers).content.decode()
    assert "Singapore summit" in body
    select = re.search(r'<select id="f-sort".*?</select>', body, re.S)[0]
    assert 'aria-invalid="true"' in select and 'aria-describedby="f-sort-notice"' in select
    assert 'data-notice="f-sort-notice"' in select
    assert re.findall(r'<option value="(\w+)" selected', select) == ["oldest"]
    assert '<li id="f-sort-notice">Unknown order “sideways” is ignored; showing oldest first.</li>' in region(body)[2]
    # An order understood is not marked, and its select still says where a notice would be (notices.js).
    select = re.search(r'<select id="f-sort".*?</select>', client.get(URL, {"sort": "newest"}).content.decode(),
                       re.S)[0]
    assert "aria-invalid" not in select and "aria-describedby" not in select and 'data-notice="f-sort-notice"' in select
