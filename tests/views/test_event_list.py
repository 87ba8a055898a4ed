import datetime
import gzip
import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import (
    ActorFactory,
    DocumentFactory,
    EventFactory,
    EventSourceFactory,
    hanoi_events_of_three_precisions,
)
from timeline.models import Modality, Precision, Status

URL = "/"
HTMX = {"HX-Request": "true"}


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
    assert " style=" not in body and "hx-on" not in body


@pytest.mark.django_db
def test_events_are_grouped_under_year_and_month_headings_with_dates_at_their_precision(client):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="A year of tests", date_start=datetime.date(2017, 1, 1), date_end=datetime.date(2017, 12, 31), precision=Precision.YEAR)
    EventFactory(title="July talks", date_start=datetime.date(2025, 7, 1), date_end=datetime.date(2025, 7, 31), precision=Precision.MONTH)
    body = client.get(URL).content.decode()
    assert '<h2 class="year-heading"' in body and ">June 2018</h3>" in body and ">Sometime in 2017</h3>" in body
    assert '<time datetime="2018-06-12">Tuesday 12 June 2018</time>' in body
    assert '<time datetime="2017">2017</time>' in body
    assert '<time datetime="2025-07">July 2025</time>' in body
    headings = re.findall(r'<h2 class="year-heading"[^>]*>(\d{4})', body)
    assert headings == ["2017", "2018", "2025"]
    # Year headings name who led each side then (seeds/eras.yaml).
    assert re.search(r'>2018 <span class="year-eras">Donald Trump \(US\) · Kim Jong Un \(North Korea\)</span></h2>', body)


@pytest.mark.django_db
def test_newest_first_reverses_the_order(client):
    EventFactory(title="Older", date_start=datetime.date(2001, 1, 1))
    EventFactory(title="Newer", date_start=datetime.date(2021, 1, 1))
    body = client.get(URL, {"sort": "newest"}).content.decode()
    assert body.index("Newer") < body.index("Older")


@pytest.mark.django_db
def test_each_event_shows_actors_category_source_count_and_its_sentence_with_the_date_marked(client):
    actor = ActorFactory(name="North Korea", slug="north-korea")
    event = EventFactory(title="Singapore summit", category="CONSULT", actors=[actor])
    document = DocumentFactory(title="Wire story")
    EventSourceFactory(event=event, document=document)
    EventSourceFactory(event=event)
    body = client.get(URL).content.decode()
    assert 'href="/?actor=north-korea">North Korea</a>' in body
    assert "cat-verbal-cooperation\"><span class=\"badge-key\">Category:</span> Consult</span>" in body
    assert "(2 sources)" in body
    assert "in Singapore on <mark>12 June 2018</mark>." in body
    assert f'href="/documents/{document.pk}/#source-' in body


@pytest.mark.django_db
def test_plans_are_hidden_by_default_and_marked_when_shown(client):
    EventFactory(title="Talks they will hold", modality=Modality.PLANNED)
    body = client.get(URL).content.decode()
    assert "Talks they will hold" not in body
    assert "not counting 1 announcement or plan" in body
    body = client.get(URL, {"plans": "1"}).content.decode()
    assert "Talks they will hold" in body and "Planned or announced</span>" in body


@pytest.mark.django_db
def test_filters_narrow_the_list_and_show_counts_and_a_clear_all(client):
    us = ActorFactory(name="United States", slug="united-states")
    EventFactory(title="Singapore summit", actors=[us], category="CONSULT")
    EventFactory(title="Nuclear test", category="MOBILIZE", date_start=datetime.date(2017, 9, 3))
    body = client.get(URL, {"actor": "united-states"}).content.decode()
    assert "Singapore summit" in body and "Nuclear test" not in body
    assert "1 event matches these filters." in body
    assert 'id="f-actor-united-states" name="actor" value="united-states" checked' in body
    assert 'Clear all</a>' in body
    body = client.get(URL, {"q": "nuclear"}).content.decode()
    assert "Nuclear test" in body and "Singapore summit" not in body


@pytest.mark.django_db
def test_bad_parameters_are_ignored_with_a_visible_notice_never_an_error(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"from": "last tuesday", "actor": "nobody", "category": "x", "precision": "minute", "sort": "?", "document": "0"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Singapore summit" in body
    assert 'class="notices"' in body and "was not understood" in body and "Unknown actor" in body


@pytest.mark.django_db
def test_a_search_of_only_punctuation_is_kept_in_the_box_and_said_to_be_ignored(client):
    EventFactory(title="Singapore summit")
    body = client.get(URL, {"q": "*"}).content.decode()
    assert "Singapore summit" in body
    assert "The search “*” has no letters or digits to look for, so it is ignored." in body
    assert 'name="q" value="*"' in body


@pytest.mark.django_db
def test_a_search_of_only_underscores_is_said_to_be_ignored_not_answered_with_an_empty_list(client):
    EventFactory(title="Singapore summit")
    body = client.get(URL, {"q": "__"}).content.decode()
    assert "Singapore summit" in body
    assert "The search “__” has no letters or digits to look for, so it is ignored." in body


@pytest.mark.django_db
def test_a_search_with_common_words_finds_what_it_says_without_a_notice(client):
    EventFactory(title="Meeting of the envoys", sentence="Envoys met.")
    EventFactory(title="Meeting in Geneva", sentence="Envoys met.")
    body = client.get(URL, {"q": "Meeting of the"}, headers={**HTMX, "HX-Target": "results"}).content.decode()
    assert "Meeting of the envoys" in body and "Meeting in Geneva" not in body
    assert 'class="notices"' not in body


@pytest.mark.django_db
def test_search_words_past_the_eighth_are_named_as_left_out_as_the_reader_types(client):
    q = "north korea united states met singapore june 2018 summit talks"
    EventFactory(title="Singapore summit")
    # Typing swaps #results only: the notice is in it, and the box (outside it) keeps what was typed.
    response = client.get(URL, {"q": q}, headers={**HTMX, "HX-Target": "results"})
    body = response.content.decode()
    assert "Only the first 8 words of the search are looked for; “summit talks” is left out." in body
    assert "Singapore summit" in body
    assert f'value="{q}"' in client.get(URL, {"q": q}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("q", ['"Singapore summit"', "“Singapore summit”"])
def test_a_quoted_phrase_finds_its_words_together_and_stays_in_the_box_as_typed(client, q):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Summit after Singapore", date_start=datetime.date(2018, 9, 18))
    body = client.get(URL, {"q": q}).content.decode()
    assert "Singapore summit" in body and "Summit after Singapore" not in body
    assert f'name="q" value="{q.replace('"', "&quot;")}"' in body
    assert 'class="notices"' not in body


@pytest.mark.django_db
def test_a_phrase_cut_by_the_word_limit_is_named_with_its_quotes_as_left_out(client):
    EventFactory(title="Singapore summit")  # "North Korea and the United States met in Singapore on 12 June 2018."
    q = 'north korea "the united states met in singapore on june" summit'
    body = client.get(URL, {"q": q}, headers={**HTMX, "HX-Target": "results"}).content.decode()
    # Eight words are looked for: two, then the phrase's first six, which still find the event.
    assert "Only the first 8 words of the search are looked for; ‘&quot;on june&quot; summit’ is left out." in body
    assert "Singapore summit" in body


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["0", "x", "-1", "9"])
def test_a_page_that_does_not_exist_is_a_404(client, page):
    EventFactory()
    assert client.get(URL, {"page": page}).status_code == 404


@pytest.mark.django_db
def test_an_htmx_filter_request_gets_the_browse_partial_and_a_canonical_pushed_url(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": " summit ", "from": "", "sort": "oldest"}, headers={**HTMX, "HX-Target": "browse"})
    body = response.content.decode()
    assert response.status_code == 200
    assert not body.lstrip().startswith("<!doctype") and "<html" not in body
    # (after the page's new title, which htmx takes from the answer's root: tests/views/test_event_list_title.py)
    assert re.match(r'\s*<title>[^<]*</title>\s*<div id="browse"', body)
    assert 'id="result-count" class="result-count" role="status" hx-swap-oob="innerHTML"' in body
    assert response["HX-Push-Url"] == "/?q=summit"
    assert "HX-Request" in response["Vary"]


@pytest.mark.django_db
def test_typing_a_query_swaps_the_results_and_replaces_the_url(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": "summ"}, headers={**HTMX, "HX-Target": "results", "HX-Trigger-Name": "q", "HX-Trigger": "f-q"})
    body = response.content.decode()
    assert re.match(r'\s*<title>[^<]*</title>\s*<section id="results"', body)
    assert '<div id="facets" class="facets" hx-swap-oob="true">' in body
    assert response["HX-Replace-Url"] == "/?q=summ"
    assert "Singapore summit" in body


@pytest.mark.django_db
def test_a_history_restore_request_gets_the_full_page(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": "summit"}, headers={**HTMX, "HX-History-Restore-Request": "true", "HX-Target": "browse"})
    body = response.content.decode()
    assert body.lstrip().lower().startswith("<!doctype html>")
    assert "HX-Push-Url" not in response


@pytest.mark.django_db
def test_show_more_appends_the_next_page_without_repeating_headings(client):
    for day in range(1, 29):
        EventFactory(title=f"Day {day:02d}", date_start=datetime.date(2018, 2, day))
        EventFactory(title=f"Also {day:02d}", date_start=datetime.date(2018, 2, day))
    first = client.get(URL).content.decode()
    assert first.count('data-event-id="') == 50
    assert 'href="/?page=2#event-' in first and "50 of 56 shown" in first
    response = client.get(URL, {"page": "2"}, headers={**HTMX, "HX-Target": "show-more"})
    body = response.content.decode()
    assert body.count('data-event-id="') == 6
    assert "<h2" not in body and "<h3" not in body and "data-focus-first" in body
    assert response["HX-Replace-Url"] == "/?page=2"
    assert 'id="show-more"' not in body


@pytest.mark.django_db
def test_show_more_without_javascript_lands_on_the_first_new_event_keeping_the_filters(client):
    days = [datetime.date(2000, 1, 1) + datetime.timedelta(days=n) for n in range(60)]
    events = [EventFactory(title=f"Talks {n}", date_start=day, category="CONSULT") for n, day in enumerate(days)]
    EventFactory(title="Not a consultation", category="AGREE")
    first = client.get(URL, {"category": "CONSULT"}).content.decode()
    link = f'href="/?category=CONSULT&amp;page=2#event-{events[50].pk}"'
    assert link in first
    # The page that link loads shows both pages, the 51st event with the id the fragment names.
    second = client.get(URL, {"category": "CONSULT", "page": "2"}).content.decode()
    assert second.count('data-event-id="') == 60 and f'id="event-{events[50].pk}"' in second


@pytest.mark.django_db
def test_reloading_a_show_more_url_shows_everything_that_was_on_screen(client):
    for n in range(60):
        EventFactory(date_start=datetime.date(2000, 1, 1) + datetime.timedelta(days=n))
    body = client.get(URL, {"page": "2"}).content.decode()
    assert body.count('data-event-id="') == 60
    assert 'id="show-more"' not in body


@pytest.mark.django_db
def test_the_chart_links_each_year_to_a_narrower_range(client):
    EventFactory(date_start=datetime.date(2010, 3, 26))
    EventFactory(date_start=datetime.date(2018, 6, 12))
    EventFactory(date_start=datetime.date(2019, 2, 27))
    body = client.get(URL).content.decode()
    assert 'href="/?from=2018&amp;to=2018&amp;starting=1"' in body and 'aria-label="2018: 1 event"' in body
    body = client.get(URL, {"from": "2018", "to": "2019"}).content.decode()
    assert 'href="/?from=2018-06&amp;to=2018-06&amp;starting=1"' in body  # a short range is charted by month


@pytest.mark.django_db
def test_a_phones_five_year_bar_that_the_range_cuts_short_is_drawn_narrower_and_named_for_its_own_years(client):
    for day in (datetime.date(1998, 5, 1), datetime.date(2003, 6, 1), datetime.date(2012, 1, 1), datetime.date(2025, 3, 1)):
        EventFactory(date_start=day)
    body = client.get(URL).content.decode()
    # 1998-2025 on a phone: 1995-1999 holds only 1998-1999, 2025-2029 only 2025; the caption says so.
    assert '<span class="hide-768 hide-440">five years (the narrower bars count only 1998–1999 and 2025)</span>' in body
    phone = body[body.index('<g class="hide-768 hide-440">'):]
    phone = phone[:phone.index("</g>")]
    bars = {name: (href, float(hit), float(width)) for href, name, hit, width in re.findall(
        r'<a href="([^"]+)"[^>]* aria-label="([^"]+)"[^>]*><rect class="hit" [^>]* width="([\d.]+)%"[^>]*></rect>'
        r'<rect class="bar" [^>]* width="([\d.]+)%"', phone)}
    assert bars == {"1998–1999: 1 event": ("/?from=1998&amp;to=1999&amp;starting=1", 14.29, 2.5),
                    "2000–2004: 1 event": ("/?from=2000&amp;to=2004&amp;starting=1", 14.29, 6.25),
                    "2010–2014: 1 event": ("/?from=2010&amp;to=2014&amp;starting=1", 14.29, 6.25),
                    "2025: 1 event": ("/?from=2025&amp;to=2025&amp;starting=1", 14.29, 1.25)}


@pytest.mark.django_db
def test_a_bar_counts_the_events_begun_before_the_range_that_the_list_shows_and_its_link_lists_them(client):
    EventFactory(title="Year of talks", date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 12, 31),
                 precision=Precision.YEAR)
    EventFactory(title="Month of letters", date_start=datetime.date(2019, 2, 1), date_end=datetime.date(2019, 2, 28),
                 precision=Precision.MONTH)
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    EventFactory(title="March meeting", date_start=datetime.date(2019, 3, 10))
    body = client.get(URL, {"from": "2019-02-27", "to": "2019-03-31"}).content.decode()
    assert "Year of talks" in body and "4 events" in body
    # The bar counts "Hanoi summit" and "Month of letters", begun before the range; "Year of talks", known only to
    # 2019, is listed but not drawn in February, so the bar's link does not list it either.
    assert 'aria-label="Feb 2019: 2 events"' in body and 'aria-label="Mar 2019: 1 event"' in body
    assert "1 of these 4 events is not drawn: it is known only to the year, and each bar is a month." in body
    assert 'href="/?from=2019-02-27&amp;to=2019-02&amp;precision=month"' in body
    first_bar = client.get(URL, {"from": "2019-02-27", "to": "2019-02", "precision": "month"}).content.decode()
    assert "Month of letters" in first_bar and "Hanoi summit" in first_bar
    assert "Year of talks" not in first_bar and "March meeting" not in first_bar


@pytest.mark.django_db
def test_a_search_draws_no_january_bar_for_an_event_known_only_to_the_year_and_says_so(client):
    hanoi_events_of_three_precisions()
    body = client.get(URL, {"q": "hanoi"}).content.decode()
    assert "Hanoi talks planned" in body  # listed, as ever
    assert 'aria-label="Jan 2019' not in body and 'aria-label="Jan–Mar 2019: 1 event"' in body
    assert 'aria-label="Feb 2019: 1 event"' in body and 'aria-label="Apr 2019: 1 event"' in body
    # Said in the caption that names the chart, for the width whose bars it explains, in plain HTML.
    caption = body[body.index('<figcaption id="chart-caption">'):body.index("</figcaption>")]
    # Each with a link to that event, the search kept (tests/views/test_chart_not_drawn.py).
    link = ('<a href="/?q=hanoi&amp;known_only_to=year" hx-get="/?q=hanoi&amp;known_only_to=year" hx-target="#browse" '
            'hx-swap="outerHTML" hx-push-url="true">List the event not drawn</a>')
    assert ('<span class="chart-not-drawn hide-280">1 of these 3 events is not drawn: it is known only to '
            f'the year, and each bar is a month. {link}</span>') in caption
    assert ('<span class="chart-not-drawn hide-768 hide-440">1 of these 3 events is not drawn: it is known only to '
            f'the year, and each bar is a quarter. {link}</span>') in caption


@pytest.mark.django_db
def test_a_search_whose_events_fall_within_two_years_is_charted_by_month_with_links_that_keep_the_search(client):
    EventFactory(title="Panmunjom Declaration", date_start=datetime.date(1991, 12, 13))
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    response = client.get(URL, {"q": "summit"})
    body = response.content.decode()
    # By month on a wide screen; by quarter where 24 months would make bars narrower than 24px (charts.py).
    assert 'Events per <span class="hide-440 hide-280">month</span><span class="hide-768">quarter</span>' in body
    assert 'href="/?q=summit&amp;from=2018-04&amp;to=2018-06&amp;starting=1"' in body
    # Each bar is a plain link to its month within the search (no JavaScript needed), htmx or not.
    assert ('<a href="/?q=summit&amp;from=2018-06&amp;to=2018-06&amp;starting=1"'
            ' hx-get="/?q=summit&amp;from=2018-06&amp;to=2018-06&amp;starting=1"'
            in body)
    assert 'aria-label="Feb 2019: 1 event"' in body
    narrowed = client.get(URL, {"q": "summit", "from": "2018-06", "to": "2018-06"}).content.decode()
    assert "Singapore summit" in narrowed and "Hanoi summit" not in narrowed


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_events(client, django_assert_max_num_queries):
    us = ActorFactory(name="United States", slug="united-states")
    document = DocumentFactory()

    def add(n):
        for i in range(n):
            event = EventFactory(date_start=datetime.date(1990, 1, 1) + datetime.timedelta(days=37 * i), category="CONSULT", actors=[us, ActorFactory()])
            EventSourceFactory(event=event, document=document)

    add(5)
    requests = [({}, {}), ({"actor": "united-states", "category": "CONSULT", "from": "1990", "to": "2000"}, {}),
                ({"q": "singapore"}, HTMX | {"HX-Target": "results"}), ({"page": "2"}, HTMX | {"HX-Target": "show-more"}),
                ({}, HTMX | {"HX-Target": "browse"})]
    counts = []
    for params, headers in requests[:1] + requests[1:3] + requests[4:]:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as small:
            assert client.get(URL, params, headers=headers).status_code == 200
        counts.append(len(small))
    add(120)
    for (params, headers), count in zip(requests[:1] + requests[1:3] + requests[4:], counts):
        with django_assert_max_num_queries(count):
            client.get(URL, params, headers=headers)
    with django_assert_max_num_queries(8):
        client.get(URL, {"page": "2"}, headers=requests[3][1])


@pytest.mark.django_db
def test_the_first_view_weighs_at_most_120_kb_of_html_css_and_js(client, seeded):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    response = client.get(URL, headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    body = gzip.decompress(response.content).decode()
    assert body.count("data-event-id=") == 50
    # Every stylesheet and script the page loads (print.css too: browsers fetch it), counted uncompressed.
    assets = re.findall(r'(?:src|href)="/static/([^"]+\.(?:css|js))"', body)
    assert {"css/site.css", "css/print.css", "js/timeline.js", "django_htmx/htmx-2.min.js"} <= set(assets)
    total = len(response.content) + sum(len(Path(finders.find(asset)).read_bytes()) for asset in assets)
    assert total <= 120_000, total


@pytest.mark.django_db
def test_every_actor_of_the_timeline_can_be_chosen_without_typing_a_url(client):
    actors = [ActorFactory(name=f"Delegation {i:02}", slug=f"delegation-{i:02}") for i in range(14)]
    for i, actor in enumerate(actors):
        for _ in range(15 - i):
            EventFactory(actors=[actor])
    body = client.get(URL).content.decode()
    more = body[body.index("<summary>More actors (2)</summary>"):]
    assert 'id="f-actor-delegation-13" name="actor" value="delegation-13"' in more.split("</details>")[0]
    assert 'id="f-actor-delegation-00"' not in more.split("</details>")[0]


@pytest.mark.django_db
def test_the_count_agrees_with_its_number(client):
    EventFactory(title="Singapore summit")
    EventFactory(title="Singapore follow-up talks")
    assert "2 events match these filters." in client.get(URL, {"q": "Singapore"}).content.decode()
    body = client.get(URL, {"q": "follow"}, headers={**HTMX, "HX-Target": "results", "HX-Trigger-Name": "q"}).content.decode()
    assert "1 event matches these filters." in body


@pytest.mark.django_db
def test_the_form_submitted_without_javascript_redirects_to_the_clean_url(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": "summit", "from": "", "to": "", "sort": "oldest", "precision": ""})
    assert response.status_code == 302
    assert response["Location"] == "/?q=summit"
    assert "Singapore summit" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_the_clean_url_keeps_every_actor_the_page_and_a_non_default_order(client):
    for slug in ("united-states", "north-korea"):
        ActorFactory(slug=slug)
    for n in range(60):
        EventFactory(date_start=datetime.date(2000, 1, 1) + datetime.timedelta(days=n))
    query = "q=&from=June+2018&to=&actor=united-states&actor=north-korea&both=1&precision=&sort=newest&page=2"
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 302
    assert response["Location"] == "/?from=2018-06&actor=united-states&actor=north-korea&both=1&sort=newest&page=2"
    # An empty search alone, or the first page, is the bare timeline.
    assert client.get(URL, {"q": "", "page": "1"})["Location"] == "/"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "q=summit", "sort=newest&q=summit", "category=CONSULT"])
def test_a_clean_url_is_not_redirected_whatever_the_order_of_its_parameters(client, query):
    EventFactory(title="Singapore summit", category="CONSULT")
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("query, notice", [
    ("q=summit&from=last+tuesday&to=&sort=oldest", "was not understood"),
    ("actor=nobody&precision=", "Unknown actor"),
    ("from=2019&to=2018&sort=oldest", "were swapped"),
    ("sort=sideways&q=", "Unknown order"),
])
def test_a_url_whose_notice_the_clean_url_would_drop_stays_as_typed_with_its_notice(client, query, notice):
    EventFactory(title="Singapore summit")
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    assert notice in response.content.decode()


@pytest.mark.django_db
def test_a_notice_the_clean_url_shows_too_does_not_stop_the_redirect(client):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": "*", "from": "", "sort": "oldest"}, follow=True)
    assert response.redirect_chain == [("/?q=%2A", 302)]
    assert "The search “*” has no letters or digits to look for, so it is ignored." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [
    {**HTMX, "HX-Target": "browse"},
    {**HTMX, "HX-Target": "results", "HX-Trigger-Name": "q"},
    {**HTMX, "HX-History-Restore-Request": "true"},
])
def test_htmx_requests_are_never_redirected(client, headers):
    EventFactory(title="Singapore summit")
    response = client.get(URL, {"q": "summit", "from": "", "sort": "oldest", "precision": ""}, headers=headers)
    assert response.status_code == 200
    assert "Singapore summit" in response.content.decode()
    if "HX-History-Restore-Request" not in headers:
        assert (response.get("HX-Push-Url") or response["HX-Replace-Url"]) == "/?q=summit"


@pytest.mark.django_db
def test_a_range_in_the_first_years_of_the_calendar_is_an_empty_page_not_a_server_error(client):
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="A year of tests", date_start=datetime.date(2017, 1, 1), date_end=datetime.date(2017, 12, 31),
                 precision=Precision.YEAR)
    response = client.get(URL, {"from": "0001", "to": "0030"})
    assert response.status_code == 200
    assert "Singapore summit" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["0001", "0999-03"])
def test_a_range_from_the_first_centuries_lists_what_follows_it_not_a_server_error(client, typed):
    # Bars before the year 1000 are grouped on a phone: their links must still name their years in four digits.
    EventFactory(title="Agreed Framework", date_start=datetime.date(1994, 10, 21))
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    response = client.get(URL, {"from": typed})
    assert response.status_code == 200
    assert "Singapore summit" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "label"), [("from", "From"), ("to", "To")])
@pytest.mark.parametrize("headers", [{}, {**HTMX, "HX-Target": "browse"}, {**HTMX, "HX-Target": "results"}],
                         ids=["page", "htmx-filters", "htmx-typing"])
def test_a_date_not_understood_is_named_by_its_input_on_the_page_and_after_an_htmx_change(client, field, label, headers):
    EventFactory(title="Singapore summit")
    body = client.get(URL, {"q": "", field: "next tuesday", "sort": "oldest"}, headers=headers).content.decode()
    assert "Singapore summit" in body
    notices = re.search(r'<ul class="notices">(.*?)</ul>', body, re.S)
    assert notices and (f"{label} date “next tuesday” was not understood and is ignored "
                        "(try 2018, June 2018 or 2018-06-12).") in notices[1]


@pytest.mark.django_db
def test_an_htmx_change_to_a_date_not_understood_puts_an_address_in_the_bar_that_shows_the_notice_again(client):
    # The canonical address would drop the date, and its notice with it: a reload would show the list unexplained.
    EventFactory(title="Singapore summit")
    query = {"q": "summit", "from": "next tuesday", "to": "", "sort": "oldest"}
    response = client.get(URL, query, headers={**HTMX, "HX-Target": "browse"})
    pushed = response["HX-Push-Url"]
    assert pushed == "/?q=summit&from=next+tuesday&to=&sort=oldest"
    reloaded = client.get(pushed)
    assert reloaded.status_code == 200
    assert "From date “next tuesday” was not understood" in reloaded.content.decode()
    # A change the canonical address loses nothing of still pushes that.
    assert client.get(URL, {"q": "summit", "from": "", "sort": "oldest"},
                      headers={**HTMX, "HX-Target": "browse"})["HX-Push-Url"] == "/?q=summit"


@pytest.mark.django_db
def test_a_search_longer_than_the_box_allows_is_cut_at_a_word_and_said_so_in_plain_words(client):
    # The box allows 200 characters; an edited address can hold any number. The search was dropped, with Django's
    # "Ensure this value has at most 200 characters (it has 7100). The value is ignored."
    EventFactory(title="Singapore summit talks")
    EventFactory(title="Hanoi summit")
    q = "singapore summit " + "talks " * 1000
    body = client.get(URL, {"q": q}).content.decode()
    assert "Ensure this value" not in body
    cut = ("singapore summit " + "talks " * 30).strip()  # 197 characters: the next word would end past 200
    assert f"The search is longer than 200 characters (it has {len(q.strip())}), so only its start is searched, up to " \
           f"“…{cut[-30:].lstrip()}”." in body
    assert "Singapore summit talks" in body and "Hanoi summit" not in body
    assert f'name="q" value="{cut}"' in body
    # A download holds what the page shows, the search cut alike.
    download = client.get("/export/events.csv", {"q": q})
    assert download.status_code == 200 and "Singapore summit talks" in download.content.decode()


@pytest.mark.django_db
def test_the_timelinejs_code_is_folded_under_the_download_links_not_shown_above_the_search(client):
    EventFactory(title="Singapore summit")
    body = client.get(URL).content.decode()
    folded = re.search(r'<details id="export-help" class="export-help"[^>]*>\s*'
                       r"<summary>Use this timeline in TimelineJS</summary>(.*?)</details>", body, re.DOTALL)
    assert folded is not None and "new TL.Timeline(" in folded[1]
    # Closed, under the links it explains, which come after the search box: a student searches first.
    assert "TL.Timeline" not in body.replace(folded[0], "")
    links = body.index('class="export-links"')
    assert body.index('id="f-q"') < links < body.index(folded[0]) < body.index('id="results"')


@pytest.mark.django_db
def test_each_htmx_answer_brings_the_downloads_once_where_it_swaps_them(client):
    EventFactory(title="Singapore summit")
    # A swap of #browse holds them in place; typing swaps #results only, so they come out of band.
    browse = client.get(URL, {"q": "summit"}, headers={**HTMX, "HX-Target": "browse"}).content.decode()
    assert browse.count('id="page-actions"') == 1 and 'hx-swap-oob="true"' not in browse
    assert browse.index('id="filters"') < browse.index('id="page-actions"') < browse.index('id="results"')
    results = client.get(URL, {"q": "summit"}, headers={**HTMX, "HX-Target": "results"}).content.decode()
    assert results.count('<div id="page-actions" class="page-actions" hx-swap-oob="true">') == 1


@pytest.mark.django_db
def test_event_types_stay_unfolded_while_one_of_them_is_chosen(client):
    EventFactory(title="Missile launch", category="THREATEN")
    folded = re.compile(r'<details id="more-types" class="more-options"( open)?>\s*<summary>Event types</summary>')
    # Nothing chosen in it: folded, as the page opens.
    assert folded.search(client.get(URL).content.decode())[1] is None
    # A type chosen (a plain form submission, or an htmx swap of the form): open, the ticked box in view.
    assert folded.search(client.get(URL + "?category=THREATEN").content.decode())[1] == " open"
    # A group chosen is ticked above the fold, which stays closed.
    assert folded.search(client.get(URL + "?category=verbal-conflict").content.decode())[1] is None


@pytest.mark.django_db
def test_a_printed_filtered_timeline_says_which_filters_chose_its_events(client):
    # On paper the filter form is gone, and "1 event matches these filters." left the reader asking which.
    north_korea = ActorFactory(name="North Korea", slug="north-korea")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12)).actors.add(north_korea)
    printed = '<p class="print-only">Filters: events from 2018 on involving North Korea.</p>'
    results = client.get(URL, {"from": "2018", "actor": "north-korea"}).content.decode().split('id="results"', 1)[1]
    assert printed in results
    # Swapped in by htmx, the list brings its words along.
    assert printed in client.get(URL, {"from": "2018", "actor": "north-korea"}, headers=HTMX).content.decode()
    assert "Filters:" not in client.get(URL).content.decode()


@pytest.mark.django_db
def test_a_printed_timeline_gives_its_full_address_once_at_the_top_not_a_bare_path_after_each_link(client):
    # Each link printed its path with the filters in brackets ("(/events/2/?from=2018&to=2018)"): noise on paper, with
    # no site to type it into. One line at the top gives the whole address of the list as printed.
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="CONSULT")
    online = '<p class="print-only">Online at http://testserver/?from=2018&amp;category=CONSULT</p>'
    body = client.get(URL, {"from": "2018", "category": "CONSULT"}).content.decode()
    assert body.index(online) < body.index('<ol class="event-list"')
    # Swapped in by htmx, the list brings its address along.
    swapped = client.get(URL, {"from": "2019"}, headers=HTMX).content.decode()
    assert '<p class="print-only">Online at http://testserver/?from=2019</p>' in swapped
    assert '<p class="print-only">Online at http://testserver/</p>' in client.get(URL).content.decode()
    print_css = (settings.BASE_DIR / "static" / "css" / "print.css").read_text()
    assert "attr(href)" not in print_css
