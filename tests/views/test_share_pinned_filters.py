"""A reader's filters on a share narrow within the share: its saved filters, the events pinned in, those left out.

The share below is saved with ``from=2018`` and two events pinned in from before 2018 (the Agreed Framework of 1994
and the Sunshine Policy of 1998); a 2019 event matching "framework" is left out, and a 1995 one matching it is
neither saved nor pinned. Whatever the reader does, with or without JavaScript, on the share page or its embed, live
or frozen: a pinned event is shown when it matches the reader's filters and hidden when it does not, the events
outside the share never show, and the result count, the total, the facets and the chart count the cards shown.

The form is submitted as a browser would submit it, every field as rendered, so a value the page puts in the form
(the teacher's own filters, say) travels with the reader's search just as it does in a classroom.
"""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests.factories import ActorFactory, EventFactory
from timeline import shares
from timeline.models import Category, Modality, SharedTimeline

TITLES = ("Singapore summit", "Hanoi summit", "Agreed Framework", "Sunshine Policy begins", "Framework talks resume",
          "Framework draft leaked")


@pytest.fixture
def events(db):
    kim = ActorFactory(name="Kim Jong Un")
    made = {
        "singapore": ("Singapore summit", datetime.date(2018, 6, 12), Category.CONSULT, [kim], "Kim and Trump met on Sentosa."),
        "hanoi": ("Hanoi summit", datetime.date(2019, 2, 27), Category.CONSULT, [kim], "The talks in Hanoi ended early."),
        "older": ("Agreed Framework", datetime.date(1994, 10, 21), Category.AGREE, [], "The deal was signed in Geneva."),
        "sunshine": ("Sunshine Policy begins", datetime.date(1998, 2, 25), Category.COOPERATE, [], "Seoul opened to the North."),
        "left_out": ("Framework talks resume", datetime.date(2019, 5, 1), Category.CONSULT, [], "Envoys met again."),
        "outside": ("Framework draft leaked", datetime.date(1995, 1, 1), Category.ACCUSE, [], "A draft was leaked."),
    }
    return {key: EventFactory(title=title, date_start=date, date_text=str(date), category=category, actors=actors,
                              sentence=sentence)
            for key, (title, date, category, actors, sentence) in made.items()}


def _share(teacher, events, mode=SharedTimeline.Mode.LIVE, query="from=2018") -> SharedTimeline:
    share = SharedTimeline.objects.create(owner=teacher, title="Summits, with background", query=query, mode=mode)
    return shares.save_share(share=share, notes={}, excluded=[events["left_out"].pk],
                             pinned=[events["older"].pk, events["sunshine"].pk], freeze=True)


class _FormFields(HTMLParser):
    """The fields the filter form (``id="filters"``) would submit as rendered: what a browser sends."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "filters":
            self._in_form = True
        if not self._in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((attrs["name"], attrs.get("value") or "on"))
            elif kind not in ("submit", "button"):
                self.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "select":
            self._select, self._options = attrs["name"], []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            chosen = next((value for value, selected in self._options if selected), self._options[0][0])
            self.fields.append((self._select, chosen))
            self._select = None
        elif tag == "form" and self._in_form:
            self._in_form = False


def _submit(client, url: str, htmx: bool, **changes) -> "HttpResponse":  # noqa: F821
    """Open ``url``, change some fields of its filter form and submit it, with htmx (the results swapped) or not."""
    parser = _FormFields()
    parser.feed(client.get(url).content.decode())
    assert parser.fields, "no filter form"
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        if name not in changes:
            data.setdefault(name, []).append(value)
    data.update({name: [value] for name, value in changes.items()})
    headers = {"HX-Request": "true", "HX-Target": "results"} if htmx else {}
    response = client.get(url, data, headers=headers)
    assert response.status_code == 200
    return response


def _cards(response) -> list[str]:
    return re.findall(r'<strong class="event-title">(?:<a [^>]*>)?([^<]*)', response.content.decode())


def _count_text(response) -> str:
    return " ".join(re.search(r'class="result-count" role="status"[^>]*>([^<]*)</p>', response.content.decode()).group(1).split())


def _assert_counts_agree(response):
    """The count line, the total, the category and precision facets and the chart all count the cards shown."""
    cards = _cards(response)
    result = response.context["filters"]
    assert _count_text(response).startswith(f"{len(cards)} event"), _count_text(response)
    assert result.total == len(cards)
    # The four groups cover every type; a facet leaves its own filter out, so only the chosen ones are the cards.
    groups = [o for o in result.facets["category"][:4] if o.selected] or result.facets["category"][:4]
    assert sum(o.count for o in groups) == len(cards)
    assert max(o.count for o in result.facets["precision"]) == len(cards)  # "known to the year" takes in all
    assert sum(bar.count for bar in result.chart) == len(cards)
    assert result.plans_count == 0


MODES = [SharedTimeline.Mode.LIVE, SharedTimeline.Mode.FROZEN]
PAGES = ["timeline:share_detail", "timeline:share_embed"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("view", PAGES)
def test_unfiltered_the_share_shows_its_saved_and_pinned_events_and_counts_them(client, teacher, events, mode, view):
    share = _share(teacher, events, mode)
    page = client.get(reverse(view, args=[share.token]))
    assert _cards(page) == ["Agreed Framework", "Sunshine Policy begins", "Singapore summit", "Hanoi summit"]
    assert _count_text(page).startswith("4 events") and "match" not in _count_text(page)
    _assert_counts_agree(page)


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("view", PAGES)
def test_a_readers_search_through_the_form_finds_a_pinned_event_outside_the_saved_filter(client, teacher, events,
                                                                                       mode, view, htmx):
    share = _share(teacher, events, mode)
    url = reverse(view, args=[share.token])
    framework = _submit(client, url, htmx, q="framework")
    # The pinned 1994 event matches; the left-out 2019 one and the 1995 one outside the share never show.
    assert _cards(framework) == ["Agreed Framework"]
    assert _count_text(framework).startswith("1 event match")
    _assert_counts_agree(framework)
    summit = _submit(client, url, htmx, q="summit")
    # A pinned event the search does not match is hidden like any other.
    assert _cards(summit) == ["Singapore summit", "Hanoi summit"]
    _assert_counts_agree(summit)
    assert _cards(_submit(client, url, htmx, q="sunshine")) == ["Sunshine Policy begins"]
    assert _cards(_submit(client, url, htmx, q="zanzibar")) == []


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("view", PAGES)
def test_the_readers_other_filters_narrow_pinned_events_too_and_never_widen_the_share(client, teacher, events, mode,
                                                                                    view, htmx):
    share = _share(teacher, events, mode)
    url = reverse(view, args=[share.token])
    before_2000 = _submit(client, url, htmx, to="1999")
    assert _cards(before_2000) == ["Agreed Framework", "Sunshine Policy begins"]
    _assert_counts_agree(before_2000)
    cooperation = _submit(client, url, htmx, category="verbal-cooperation")
    assert _cards(cooperation) == ["Agreed Framework", "Singapore summit", "Hanoi summit"]
    _assert_counts_agree(cooperation)
    # An earlier start is no way into the events the teacher did not save or pin, or left out.
    widened = _submit(client, url, htmx, **{"from": "1990", "q": "framework"})
    assert _cards(widened) == ["Agreed Framework"]
    everything = _submit(client, url, htmx, **{"from": "1990", "plans": "1"})
    assert _cards(everything) == ["Agreed Framework", "Sunshine Policy begins", "Singapore summit", "Hanoi summit"]
    _assert_counts_agree(everything)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("view", PAGES)
def test_the_form_holds_only_the_readers_filters_and_names_the_shares_own(client, teacher, events, mode, view):
    share = _share(teacher, events, mode)
    url = reverse(view, args=[share.token])
    body = client.get(url).content.decode()
    form = re.search(r'<form id="filters".*?</form>', body, re.DOTALL).group(0)
    assert 'id="f-from" name="from" value=""' in form and 'value="2018"' not in form
    # What the teacher saved is said in words, outside the form, where no submission can carry it.
    scope = re.search(r'<p class="share-scope">(.*?)</p>', body, re.DOTALL).group(1)
    assert "from 2018" in scope and "2 events added by your teacher" in scope and "1 left out" in scope
    assert body.index("share-scope") < body.index('<form id="filters"')
    # A reader's own filters are held by the form, and only they are in the URL the page moves to.
    narrowed = client.get(url, {"q": "framework", "to": "1999"}).content.decode()
    assert 'name="q" value="framework"' in narrowed and 'name="to" value="1999"' in narrowed
    # Nor do the chart's bars or the export links carry anything the reader did not choose (the share's plans).
    assert "q=framework&amp;from=1994-10&amp;to=1994-10" in narrowed and "plans" not in narrowed.split("</form>", 1)[1]
    assert 'id="f-plans"' not in narrowed
    swap = client.get(url, {"q": "framework", "from": "", "to": "", "sort": "oldest", "precision": ""},
                      headers={"HX-Request": "true", "HX-Target": "results"})
    pushed = swap.headers.get("HX-Push-Url") or swap.headers.get("HX-Replace-Url")
    assert pushed == f"{url}?q=framework"


@pytest.mark.parametrize("mode", MODES)
def test_the_printed_handout_says_what_the_share_holds_as_its_page_does(client, teacher, events, mode):
    share = _share(teacher, events, mode)

    def scope(view: str) -> str:
        body = client.get(reverse(view, args=[share.token])).content.decode()
        # Its words as read on screen (the page's last sentence is in a span that print.css leaves off paper).
        words = re.sub(r"<[^>]+>", "", re.search(r'<p class="share-scope">(.*?)</p>', body, re.DOTALL).group(1))
        return " ".join(words.split())

    page, handout = scope("timeline:share_detail"), scope("timeline:share_print")
    assert handout == ("This timeline holds events from 2018 on, plus 2 events added by your teacher, "
                       "with 1 left out.")
    # Paper has no filters: the page's word about them is the only difference.
    assert page == handout + " Filters narrow within it."
    body = client.get(reverse("timeline:share_print", args=[share.token])).content.decode()
    assert body.index('<header class="handout-header">') < body.index("share-scope") < body.index("</header>")


@pytest.mark.parametrize("mode", MODES)
def test_the_share_pages_export_links_carry_only_the_readers_filters_and_export_the_pinned_match(client, teacher,
                                                                                                events, mode):
    share = _share(teacher, events, mode)
    page = _submit(client, reverse("timeline:share_detail", args=[share.token]), False, q="framework")
    assert f"/s/{share.token}/export/events.csv?q=framework" in page.content.decode()
    csv_text = client.get(reverse("timeline:share_export", args=[share.token, "events.csv"]), {"q": "framework"}).content.decode()
    assert "Agreed Framework" in csv_text
    assert "Framework talks resume" not in csv_text and "Framework draft leaked" not in csv_text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("htmx", [False, True])
def test_a_share_that_includes_plans_keeps_them_under_a_readers_search(client, teacher, events, mode, htmx):
    planned = EventFactory(title="Talks planned in Geneva", date_start=datetime.date(2019, 9, 1), date_text="1 September 2019",
                           modality=Modality.PLANNED, category=Category.CONSULT, sentence="Envoys said they would meet.")
    # A share saved with the plans shown, and one saved without but with a plan pinned in by hand: either way the
    # plan is part of the share, shown unfiltered, and found by a search it matches.
    with_plans = SharedTimeline.objects.create(owner=teacher, title="With plans", query="from=2019&plans=1", mode=mode)
    shares.save_share(share=with_plans, notes={}, excluded=[events["left_out"].pk], pinned=[], freeze=True)
    pinned = SharedTimeline.objects.create(owner=teacher, title="Pinned plan", query="from=2019", mode=mode)
    shares.save_share(share=pinned, notes={}, excluded=[events["left_out"].pk], pinned=[planned.pk], freeze=True)
    for share in (with_plans, pinned):
        url = reverse("timeline:share_detail", args=[share.token])
        page = client.get(url)
        assert _cards(page) == ["Hanoi summit", "Talks planned in Geneva"], share.title
        _assert_counts_agree(page)
        geneva = _submit(client, url, htmx, q="geneva")
        assert _cards(geneva) == ["Talks planned in Geneva"], share.title
        _assert_counts_agree(geneva)
        assert _cards(_submit(client, url, htmx, q="hanoi")) == ["Hanoi summit"], share.title
