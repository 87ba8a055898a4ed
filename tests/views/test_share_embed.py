"""The embed of a shared timeline: its own compact filter form, narrowing within the share, and htmx swaps."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ActorFactory, EventFactory
from tests.views.clean_urls import assert_form_lands_on_the_clean_url_and_counts_one_opening
from timeline import shares
from timeline.models import Category, SharedTimeline


@pytest.fixture
def summits(db):
    kim = ActorFactory(name="Kim Jong Un")
    return {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim],
                                  category=Category.CONSULT),
        "hanoi": EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), date_text="27 February 2019",
                              category=Category.CONSULT, actors=[kim]),
        "panmunjom": EventFactory(title="Panmunjom handshake", date_start=datetime.date(2019, 6, 30),
                                  date_text="30 June 2019", category=Category.AID),
        "older": EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21), date_text="21 October 1994"),
    }


def _share(owner, **kwargs) -> SharedTimeline:
    return SharedTimeline.objects.create(owner=owner, **{"title": "Summits since 2018", "query": "from=2018", **kwargs})


def _embed_url(share: SharedTimeline) -> str:
    return reverse("timeline:share_embed", args=[share.token])


def _form(body: str) -> str:
    match = re.search(r'<form id="filters".*?</form>', body, re.DOTALL)
    assert match, "the embed has no filter form"
    return match.group(0)


def _print_link(body: str) -> str:
    links = re.findall(r'<a href="([^"]*)" target="_blank" rel="noopener">Print handout</a>', body)
    assert len(links) == 1, links
    return links[0].replace("&amp;", "&")


def test_the_embed_has_a_filter_form_that_submits_to_the_embed_itself(client, teacher, summits):
    share = _share(teacher)
    url = _embed_url(share)
    body = client.get(url).content.decode()
    form = _form(body)
    # Without JavaScript the form reloads the embed (never the full share page) with the filters in its URL.
    assert 'method="get"' in form and f'action="{url}"' in form
    assert f'action="{reverse("timeline:share_detail", args=[share.token])}"' not in form
    # With htmx it fetches the same URL and swaps only the results.
    assert f'hx-get="{url}"' in form and 'hx-target="#results"' in form and 'hx-target="#browse"' not in form
    # The timeline's own fields, each with a label.
    for name, field_id in (("q", "f-q"), ("from", "f-from"), ("to", "f-to"), ("sort", "f-sort")):
        assert f'id="{field_id}" name="{name}"' in form, name
        assert f'<label for="{field_id}">' in form, name
    assert 'name="category" value="verbal-cooperation"' in form
    assert 'id="f-actor-kim-jong-un" name="actor" value="kim-jong-un"' in form
    assert '<button type="submit" class="button">Apply filters</button>' in form
    assert f'<a href="{url}" class="clear-all">Clear all</a>' in form
    # The search box is in view; the rest of the filters fold away under one summary, closed until used.
    assert '<details class="more-filters">' in form and "<summary>More filters</summary>" in form
    assert form.index('id="f-q"') < form.index('<details class="more-filters">') < form.index('id="f-from"')
    # A live result count sits between the form and the events; the events are the swap target.
    assert re.search(r'<p id="result-count" class="result-count" role="status">\s*3 events\.\s*</p>', body)
    assert body.index("</form>") < body.index('id="result-count"') < body.index('<section id="results"')


def test_the_embed_loads_htmx_from_the_site_under_its_strict_csp(client, teacher, summits):
    share = _share(teacher)
    response = client.get(_embed_url(share))
    csp = response.headers["Content-Security-Policy"]
    body = response.content.decode()
    assert "frame-ancestors *" in csp and "X-Frame-Options" not in response.headers
    assert "unsafe" not in csp and "style-src 'self'" in csp
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    scripts = re.findall(r"<script[^>]*>", body)
    assert any("htmx-2.min.js" in tag for tag in scripts) and any("js/timeline.js" in tag for tag in scripts)
    # Every script is a file from the site: no inline code, and htmx told not to inject styles or evaluate code.
    assert all(" src=" in tag for tag in scripts), scripts
    assert f'nonce="{nonce}"' in next(tag for tag in scripts if "htmx-2.min.js" in tag)
    assert '"includeIndicatorStyles": false' in body and '"allowEval": false' in body
    assert "<style" not in body and " style=" not in body and " onclick=" not in body


def test_a_filtered_embed_url_narrows_within_the_share_and_the_form_holds_the_filters(client, teacher, summits):
    share = _share(teacher)
    url = _embed_url(share)
    body = client.get(url, {"q": "hanoi"}).content.decode()
    assert "Hanoi summit" in body and "Singapore summit" not in body and "Panmunjom handshake" not in body
    assert 'id="f-q" name="q" value="hanoi"' in _form(body)
    assert re.search(r'role="status">\s*1 event matches these filters\.\s*</p>', body)
    # A filter other than the search opens the folded part of the form, so a reader sees what is chosen.
    body = client.get(url, {"category": "verbal-cooperation"}).content.decode()
    assert '<details class="more-filters" open>' in _form(body)
    assert "Singapore summit" in body and "Hanoi summit" in body and "Panmunjom handshake" not in body
    assert re.search(r'role="status">\s*2 events match these filters\.\s*</p>', body)
    assert '<details class="more-filters" open>' in _form(client.get(url, {"from": "2019"}).content.decode())
    # What a form sent without JavaScript carries besides the search (empty fields and defaults) is not a choice of
    # the reader's: the folded part stays folded. The share's own "from 2018" is not in the form to be sent.
    assert 'id="f-from" name="from" value=""' in _form(client.get(url).content.decode())
    no_js = {"q": "hanoi", "from": "", "to": "", "sort": "oldest", "precision": ""}
    body = client.get(url, no_js, follow=True).content.decode()
    assert '<details class="more-filters">' in _form(body) and "Hanoi summit" in body and "Singapore summit" not in body


def test_an_embed_that_matches_nothing_says_so_and_offers_to_clear_the_filters(client, teacher, summits):
    share = _share(teacher)
    url = _embed_url(share)
    body = client.get(url, {"q": "zanzibar"}).content.decode()
    assert re.search(r'role="status">\s*0 events match these filters\.\s*</p>', body)
    results = body[body.index('<section id="results"'):]
    assert f'<a href="{url}">Clear the filters</a>' in results


def test_the_embeds_chart_bars_reload_the_embed_not_the_share_page(client, teacher, summits):
    share = _share(teacher)
    url = _embed_url(share)
    body = client.get(url).content.decode()
    assert f'href="{url}?from=2019-02&amp;to=2019-02&amp;starting=1"' in body  # two years shared: a bar per month
    assert f'href="{reverse("timeline:share_detail", args=[share.token])}?from=' not in body
    # The bars' own htmx target (the timeline's #browse) is not on the embed: there they are plain links.
    chart = body[body.index('<figure class="chart"') - 40:body.index('<figure class="chart"')]
    assert "hx-disable" in chart


def test_the_embeds_first_bar_starts_where_the_readers_range_starts_and_lists_the_event_begun_before_it(
        client, teacher, summits):
    EventFactory(title="Year of talks", date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 12, 31),
                 precision="year", date_text="2019")
    EventFactory(title="Month of letters", date_start=datetime.date(2019, 2, 1), date_end=datetime.date(2019, 2, 28),
                 precision="month", date_text="February 2019")
    url = _embed_url(_share(teacher))
    body = client.get(url, {"from": "2019-02-27", "to": "2019-03-31"}).content.decode()
    assert "Year of talks" in body and "Hanoi summit" in body
    # Known only to 2019, "Year of talks" is not drawn in February's bar (charts.not_drawn_note), nor listed by its
    # link, which lists the two events the bar counts, "Month of letters" begun before the range among them.
    first = f"{url}?from=2019-02-27&amp;to=2019-02&amp;precision=month"
    assert f'<a href="{first}"' in body and 'aria-label="Feb 2019: 2 events"' in body
    assert "1 of these 3 events is not drawn: it is known only to the year, and each bar is a month." in body
    first_bar = client.get(url, {"from": "2019-02-27", "to": "2019-02", "precision": "month"}).content.decode()
    assert "Month of letters" in first_bar and "Hanoi summit" in first_bar and "Year of talks" not in first_bar


def test_an_htmx_request_from_the_embed_gets_only_the_results_and_replaces_the_frames_url(client, teacher, summits):
    share = _share(teacher)
    url = _embed_url(share)
    for target in ("results", None):
        headers = {"HX-Request": "true", **({"HX-Target": target} if target else {})}
        response = client.get(url, {"q": "hanoi"}, headers=headers)
        body = response.content.decode()
        assert body.lstrip().startswith('<section id="results"') and "<html" not in body and "<form" not in body
        assert "Hanoi summit" in body and "Singapore summit" not in body
        # The count and the facets' numbers follow out of band; the count keeps its place as a live region.
        assert 'id="result-count" class="result-count" role="status" hx-swap-oob="innerHTML"' in body
        assert 'id="facets" class="facets" hx-swap-oob="true"' in body
        # So does its print link; nothing the embed does not have (the share page's save and export links) is sent.
        assert 'id="page-actions" class="page-actions" hx-swap-oob="true"' in body
        assert _print_link(body) == f"{reverse('timeline:share_print', args=[share.token])}?q=hanoi"
        assert "export/" not in body and reverse("timeline:share_new") not in body
        # In a class page's frame, pushing would add to the host page's history: the frame's URL is replaced.
        assert response["HX-Replace-Url"] == f"{url}?q=hanoi" and "HX-Push-Url" not in response
        assert "HX-Request" in response["Vary"]
        assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    cleared = client.get(url, {"q": ""}, headers={"HX-Request": "true", "HX-Target": "results"})
    assert cleared["HX-Replace-Url"] == url
    restore = client.get(url, {"q": "hanoi"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in restore.content.decode()


def test_the_embeds_form_submitted_without_javascript_redirects_to_its_clean_url_and_counts_one_opening(
        client, teacher, summits):
    share = _share(teacher, query="from=2018&sort=newest")
    assert_form_lands_on_the_clean_url_and_counts_one_opening(client, share, _embed_url(share))  # as on the share page


def test_the_embed_keeps_a_clean_url_a_bad_value_with_its_notice_and_htmx_requests_as_asked(client, teacher, summits):
    url = _embed_url(_share(teacher))
    assert client.get(url, {"q": "hanoi"}).status_code == 200
    bad = client.get(url, {"q": "", "from": "someday"})
    assert bad.status_code == 200 and "was not understood" in bad.content.decode()
    headers = {"HX-Request": "true", "HX-Target": "results"}
    partial = client.get(url, {"q": "hanoi", "from": "", "sort": "oldest"}, headers=headers)
    assert partial.status_code == 200 and partial["HX-Replace-Url"] == f"{url}?q=hanoi"


def test_filtering_within_the_embed_is_not_counted_as_opening_it(client, teacher, summits):
    share = _share(teacher)
    client.get(_embed_url(share))
    client.get(_embed_url(share), {"q": "hanoi"}, headers={"HX-Request": "true", "HX-Target": "results"})
    share.refresh_from_db()
    assert share.open_count == 1


@pytest.mark.parametrize("htmx", [False, True])
def test_readers_of_the_embed_narrow_within_the_share_and_never_widen_it(client, teacher, summits, htmx):
    share = _share(teacher)
    shares.save_share(share=share, notes={}, excluded=[summits["panmunjom"].pk], pinned=[], freeze=False)
    url = _embed_url(share)
    headers = {"HX-Request": "true", "HX-Target": "results"} if htmx else {}

    def shown(**params) -> set[str]:
        # (one of these, plans=1, is left out of the canonical query: the embed redirects to its clean URL)
        body = client.get(url, params, headers=headers, follow=True).content.decode()
        return {title for title in ("Singapore summit", "Hanoi summit", "Panmunjom handshake", "Agreed Framework") if title in body}

    assert shown() == {"Singapore summit", "Hanoi summit"}
    # An earlier start, another search, all announcements: still only what the teacher saved.
    assert shown(**{"from": "1990"}) == {"Singapore summit", "Hanoi summit"}
    assert shown(q="framework") == set()
    assert shown(q="panmunjom") == set()  # left out by the teacher
    assert shown(**{"from": "1990", "plans": "1", "sort": "newest"}) == {"Singapore summit", "Hanoi summit"}
    assert shown(**{"from": "2019"}) == {"Hanoi summit"}


def test_a_frozen_shares_embed_is_narrowed_within_its_frozen_events(client, teacher, summits):
    share = _share(teacher, mode=SharedTimeline.Mode.FROZEN)
    shares.save_share(share=share, notes={}, excluded=[], pinned=[], freeze=True)
    EventFactory(title="Later summit", date_start=datetime.date(2023, 1, 1), date_text="1 January 2023")
    body = client.get(_embed_url(share), {"q": "summit"}).content.decode()
    assert "Singapore summit" in body and "Hanoi summit" in body
    assert "Later summit" not in body and "Agreed Framework" not in body


def test_the_embeds_print_link_opens_the_handout_of_what_the_reader_sees_outside_the_frame(client, teacher, summits):
    share = _share(teacher, query="from=2018&sort=newest")
    url = _embed_url(share)
    handout = reverse("timeline:share_print", args=[share.token])
    body = client.get(url).content.decode()
    # Beside the count, outside the results: a new tab, never the class page's frame, and not able to reach back.
    assert _print_link(body) == handout
    assert body.index('id="result-count"') < body.index("Print handout") < body.index('<section id="results"')
    # The embed keeps to reading: no downloads and no "Save as shared timeline" in a class page's frame.
    assert "export/" not in body and reverse("timeline:share_new") not in body
    # As a form sent without JavaScript leaves it (redirected to its clean URL), the share's saved order included: the
    # reader's choices only.
    no_js = {"q": "summit", "from": "2019", "to": "", "precision": "", "sort": "newest"}
    assert _print_link(client.get(url, no_js, follow=True).content.decode()) == f"{handout}?q=summit&from=2019"
    oldest = client.get(url, {**no_js, "sort": "oldest"}, follow=True).content.decode()
    printed = client.get(_print_link(oldest)).content.decode()
    assert "Hanoi summit" in printed and "Singapore summit" not in printed
    assert 'class="handout-narrowing">Filtered: events from 2019 on matching “summit”, oldest first.' in printed


def test_a_revoked_embed_says_so_inside_the_frame_without_the_sites_navigation(client, teacher, summits):
    share = _share(teacher)
    share.revoked_at = timezone.now()
    share.save()
    response = client.get(_embed_url(share))
    body = response.content.decode()
    assert response.status_code == 410
    assert "This timeline is no longer shared" in body and "Singapore summit" not in body
    # Still shown in the class page's frame, but with nothing there that would lead the frame to a page that cannot be
    # framed: no site header or sign-in, and the public timeline opens in a tab of its own.
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    assert 'class="site-header"' not in body and "Sign in" not in body
    assert '<a href="/" target="_blank" rel="noopener">the public timeline</a>' in body
