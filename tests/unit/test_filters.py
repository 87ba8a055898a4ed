import datetime

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory, UserFactory
from timeline.counting import filter_events
from timeline.exports.records import from_events
from timeline.filters import EventFilterForm, apply_filters, parse_bound
from timeline.frozen import filter_snapshots
from timeline.models import Annotation, Event, EventTally, Modality, Precision, Status
from timeline.querystring import canonical_query
from timeline.shares import describe_filters


def q(s: str) -> QueryDict:
    return QueryDict(s)


def titles(result_or_qs) -> list[str]:
    events = getattr(result_or_qs, "events", result_or_qs)
    return list(events.values_list("title", flat=True))


@pytest.mark.parametrize(
    ("text", "start", "end", "canonical"),
    [
        ("2018", datetime.date(2018, 1, 1), datetime.date(2018, 12, 31), "2018"),
        ("2018-06", datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "2018-06"),
        ("June 2018", datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "2018-06"),
        ("jun 2018", datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "2018-06"),
        ("2018-06-12", datetime.date(2018, 6, 12), datetime.date(2018, 6, 12), "2018-06-12"),
        ("12 June 2018", datetime.date(2018, 6, 12), datetime.date(2018, 6, 12), "2018-06-12"),
        ("February 2024", datetime.date(2024, 2, 1), datetime.date(2024, 2, 29), "2024-02"),
        # As news writes them (AP style) and as some keyboards and spreadsheets do: read, not refused.
        ("Sept 2018", datetime.date(2018, 9, 1), datetime.date(2018, 9, 30), "2018-09"),
        ("Sept. 12, 2018", datetime.date(2018, 9, 12), datetime.date(2018, 9, 12), "2018-09-12"),
        ("2018/06", datetime.date(2018, 6, 1), datetime.date(2018, 6, 30), "2018-06"),
        ("2018/06/12", datetime.date(2018, 6, 12), datetime.date(2018, 6, 12), "2018-06-12"),
    ],
)
def test_a_date_bound_names_the_whole_period_typed(text, start, end, canonical):
    bound = parse_bound(text)
    assert (bound.start, bound.end, bound.canonical) == (start, end, canonical)


@pytest.mark.parametrize("text", ["yesterday", "2018-13", "31 February 2019", "Juno 2018", "18", "2018-06-12; DROP"])
def test_a_date_bound_that_is_not_a_date_is_none(text):
    assert parse_bound(text) is None


@pytest.fixture
def corpus(db):
    us = ActorFactory(name="United States", slug="united-states")
    dprk = ActorFactory(name="North Korea", slug="north-korea")
    rok = ActorFactory(name="South Korea", slug="south-korea")
    events = {
        "singapore": EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), category="CONSULT", actors=[us, dprk]),
        "panmunjom": EventFactory(title="Panmunjom declaration", date_start=datetime.date(2018, 4, 27), category="AGREE", actors=[dprk, rok]),
        "test": EventFactory(title="Sixth nuclear test", date_start=datetime.date(2017, 9, 3), category="MOBILIZE", actors=[dprk],
                             sentence="North Korea conducts its sixth and largest nuclear test."),
        "plan": EventFactory(title="Talks planned next month", date_start=datetime.date(2019, 10, 1), date_end=datetime.date(2019, 10, 31),
                             precision=Precision.MONTH, modality=Modality.PLANNED, actors=[us, dprk]),
        "hidden": EventFactory(title="Unreviewed", status=Status.PROPOSED, actors=[us]),
        "year": EventFactory(title="Sanctions year", date_start=datetime.date(2016, 1, 1), date_end=datetime.date(2016, 12, 31),
                             precision=Precision.YEAR, category="SANCTION", actors=[us]),
    }
    return {"us": us, "dprk": dprk, "rok": rok, **events}


def test_without_filters_it_lists_published_asserted_events_oldest_first(corpus):
    assert titles(filter_events(q(""))) == ["Sanctions year", "Sixth nuclear test", "Panmunjom declaration", "Singapore summit"]


def test_plans_are_off_by_default_and_shown_on_request(corpus):
    result = filter_events(q(""))
    assert "Talks planned next month" not in titles(result)
    assert result.plans_count == 1
    assert "Talks planned next month" in titles(filter_events(q("plans=1")))


def test_the_newest_first_order_reverses_the_list(corpus):
    assert titles(filter_events(q("sort=newest")))[0] == "Singapore summit"


def test_a_date_range_keeps_events_overlapping_it(corpus):
    assert titles(filter_events(q("from=2018&to=June 2018"))) == ["Panmunjom declaration", "Singapore summit"]
    assert titles(filter_events(q("from=2016-06&to=2016-06"))) == ["Sanctions year"]


def test_starting_keeps_the_events_that_begin_in_the_range_alike_over_rows_and_a_frozen_shares_snapshots(corpus):
    EventFactory(title="Winter talks", date_start=datetime.date(2017, 12, 1), date_end=datetime.date(2018, 1, 31),
                 precision=Precision.MONTH)
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    for query, expected in [("from=2018&to=2018", ["Winter talks", "Panmunjom declaration", "Singapore summit"]),
                            ("from=2018&to=2018&starting=1", ["Panmunjom declaration", "Singapore summit"]),
                            # Not "Sanctions year", begun in January 2016, though it overlaps June.
                            ("from=2016-06&starting=1", ["Sixth nuclear test", "Winter talks", "Panmunjom declaration",
                                                         "Singapore summit"])]:
        assert titles(filter_events(q(query))) == expected, query
        assert [s["title"] for s in filter_snapshots(q(query), snapshots).events] == expected, query


def test_starting_is_kept_in_the_canonical_query_only_with_a_from_date(corpus):
    assert filter_events(q("to=2018&starting=1")).query == "to=2018"
    assert filter_events(q("starting=1&from=2018")).query == "from=2018&starting=1"
    assert describe_filters(EventFilterForm(q("from=2018&to=2018-06&starting=1")).filters) == (
        "events beginning from 2018 to June 2018")


def test_actors_match_any_by_default_and_all_with_both(corpus):
    assert titles(filter_events(q("actor=united-states&actor=south-korea"))) == ["Sanctions year", "Panmunjom declaration", "Singapore summit"]
    assert titles(filter_events(q("actor=united-states&actor=north-korea&both=1"))) == ["Singapore summit"]


def test_a_category_group_selects_its_plover_types(corpus):
    assert titles(filter_events(q("category=verbal-cooperation"))) == ["Panmunjom declaration", "Singapore summit"]
    assert titles(filter_events(q("category=SANCTION&category=MOBILIZE"))) == ["Sanctions year", "Sixth nuclear test"]


def test_the_text_query_searches_titles_sentences_and_actor_names(corpus):
    assert titles(filter_events(q("q=summit"))) == ["Singapore summit"]
    assert titles(filter_events(q("q=largest"))) == ["Sixth nuclear test"]
    assert titles(filter_events(q("q=south korea"))) == ["Panmunjom declaration"]
    assert titles(filter_events(q("q=summ"))) == ["Singapore summit"]  # a word still being typed


def test_an_actor_is_found_by_the_start_of_a_word_of_its_name_as_text_is(corpus):
    russia = ActorFactory(name="Russia", slug="russia")
    kim = ActorFactory(name="Kim Dae-jung", slug="kim-dae-jung")
    EventFactory(title="Lavrov in Pyongyang", date_start=datetime.date(2018, 5, 31), actors=[russia], sentence="")
    EventFactory(title="Sunshine policy", date_start=datetime.date(2000, 6, 13), actors=[kim], sentence="")
    assert titles(filter_events(q("q=us"))) == []  # not inside "Russia"
    assert titles(filter_events(q("q=rus"))) == ["Lavrov in Pyongyang"]
    assert titles(filter_events(q("q=dae"))) == ["Sunshine policy"]  # a later word of the name
    assert titles(filter_events(q("q=jung"))) == ["Sunshine policy"]  # after a hyphen, as the index splits words
    assert titles(filter_events(q("q=orea"))) == []
    # an alias counts as the actor's name: "US" finds the United States, still not Russia
    usa = ActorFactory(name="Republic of Freedonia", slug="freedonia", aliases=["US", "U.S.", "Washington"])
    EventFactory(title="Talks resume", date_start=datetime.date(2019, 10, 5), actors=[usa], sentence="")
    assert titles(filter_events(q("q=us"))) == ["Talks resume"]
    assert titles(filter_events(q("q=washington"))) == ["Talks resume"]


@pytest.fixture
def lavrov(db):
    # As the gazetteer writes them: names and aliases with accents, and in Cyrillic, Hangul and Chinese characters.
    lavrov = ActorFactory(name="Sergueï Lavrov", slug="sergei-lavrov", aliases=["Sergey Lavrov", "Лавров", "Сергей Лавров"])
    dprk = ActorFactory(name="North Korea", slug="north-korea", aliases=["DPRK", "Pyongyang", "평양", "平壤", "Пхеньян"])
    EventFactory(title="Talks in the capital", date_start=datetime.date(2018, 5, 31), actors=[lavrov, dprk], sentence="")
    EventFactory(title="Envoy returns", date_start=datetime.date(2018, 6, 2), actors=[dprk], sentence="")


@pytest.mark.parametrize(("query", "expected"), [
    ("Лавров", ["Talks in the capital"]),  # an alias in Cyrillic
    ("лавр", ["Talks in the capital"]),  # its start, in lower case
    ('"Сергей Лавров"', ["Talks in the capital"]),  # a phrase of it
    ("평양", ["Talks in the capital", "Envoy returns"]),  # in Hangul
    ("平壤", ["Talks in the capital", "Envoy returns"]),  # in Chinese characters
    ("Sergueï", ["Talks in the capital"]),  # the name as written
    ("serguei", ["Talks in the capital"]),  # and without its accent, as a plain keyboard types it
    ("SERGUEÏ LAVROV", ["Talks in the capital"]),
    ('"sergey lavrov"', ["Talks in the capital"]),
    ("лавров envoy", []),  # every word must still match
    ("Пхеньян envoy", ["Envoy returns"]),
])
def test_accented_and_non_latin_names_and_aliases_find_the_actors_events_on_every_database_and_in_frozen_shares(
        lavrov, query, expected):
    # SQLite keeps a JSON field as JSON text, which writes "Лавров" as "\u041b\u0430...": a pattern over that text
    # never met a letter outside ASCII, and no database folded the accents of a name as the full-text index does.
    params = QueryDict(mutable=True)
    params["q"] = query
    assert titles(filter_events(params)) == expected
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    assert [s["title"] for s in filter_snapshots(params, snapshots).events] == expected


def test_full_width_letters_from_an_east_asian_keyboard_search_as_their_plain_letters(corpus):
    assert titles(filter_events(q("q=Ｓｕｍｍｉｔ"))) == ["Singapore summit"]
    assert titles(filter_events(q("q=ｓｏｕｔｈ　ｋｏｒｅａ"))) == ["Panmunjom declaration"]


def test_full_text_syntax_in_a_query_is_treated_as_words(corpus):
    assert titles(filter_events(q('q="summit" OR NEAR(*'))) == []
    assert titles(filter_events(q("q=summit)"))) == ["Singapore summit"]


@pytest.fixture
def common_words(corpus):
    EventFactory(title="Meeting of the envoys", date_start=datetime.date(2018, 8, 1), sentence="Envoys of both Koreas met.")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27), sentence="Kim and Trump left early.")
    EventFactory(title="No deal in Hanoi", date_start=datetime.date(2019, 2, 28),
                 sentence="Talks will resume, officials said, against expectations.")
    return corpus


# The corpus's other events have the factory's sentence, "North Korea and the United States met in Singapore ...",
# all but the nuclear test's.
@pytest.mark.parametrize(("query", "expected"), [
    ("the summit", ["Singapore summit"]),  # the Hanoi summit has no word starting with "the"
    ("Meeting of the", ["Meeting of the envoys"]),
    ('"Meeting of the"', ["Meeting of the envoys"]),  # and as a phrase
    ("no deal", ["No deal in Hanoi"]),
    ("will against", ["No deal in Hanoi"]),
    ("of", ["Meeting of the envoys", "No deal in Hanoi"]),  # "officials" starts with "of"
    ("the", ["Sanctions year", "Panmunjom declaration", "Singapore summit", "Meeting of the envoys"]),
])
def test_common_english_words_are_searched_as_any_other_word_on_every_database(common_words, query, expected):
    # PostgreSQL's "english" configuration drops stop words from the index and the query (an empty query matches
    # nothing), SQLite's FTS5 has none: every word typed must be looked for, as a student would expect.
    assert titles(filter_events(q(f"q={query}"))) == expected


def test_accents_are_folded_on_every_database_so_a_plain_keyboard_finds_them(corpus):
    # FTS5 folds them (remove_diacritics), and frozen shares fold them as it does; PostgreSQL's "english" did not.
    EventFactory(title="Réunion à Genève", date_start=datetime.date(1994, 10, 21), sentence="Kim Gye-gwan signa.")
    assert titles(filter_events(q("q=reunion geneve"))) == ["Réunion à Genève"]
    assert titles(filter_events(q("q=Genève"))) == ["Réunion à Genève"]
    assert titles(filter_events(q("q=à"))) == titles(filter_events(q("q=a")))


def test_an_underscore_joins_no_words_and_searches_as_the_space_the_index_reads(common_words):
    # Python's \w counts "_" as a letter, neither full-text index does: "__" must not be an unanswerable search.
    assert titles(filter_events(q("q=__"))) == titles(filter_events(q("")))
    assert titles(filter_events(q("q=meeting_envoys"))) == ["Meeting of the envoys"]
    EventFactory(title="Agenda_item on talks", date_start=datetime.date(2019, 1, 2), sentence="")
    assert titles(filter_events(q("q=item"))) == ["Agenda_item on talks"]  # as frozen shares read it


@pytest.fixture
def phrases(db):
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un", aliases=["Chairman Kim"])
    dprk = ActorFactory(name="North Korea", slug="north-korea", aliases=["DPRK", "Pyongyang"])
    EventFactory(title="Réunion à Genève", date_start=datetime.date(1994, 10, 21), actors=[dprk],
                 sentence="Genève talks opened on the framework.")
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12), actors=[kim],
                 sentence="Talks followed at the Capella hotel.")
    EventFactory(title="Meeting of the envoys", date_start=datetime.date(2018, 8, 1), sentence="Envoys of both Koreas met.")
    EventFactory(title="Summit in Pyongyang after Singapore", date_start=datetime.date(2018, 9, 18), actors=[dprk],
                 sentence="Moon Jae-in met Kim Jong-un; a U.S. envoy was not there.")
    EventFactory(title="Meeting the envoys of Japan", date_start=datetime.date(2019, 2, 27), sentence="Officials met.")


GENEVA, SINGAPORE, ENVOYS, PYONGYANG, JAPAN = ("Réunion à Genève", "Singapore summit", "Meeting of the envoys",
                                                "Summit in Pyongyang after Singapore", "Meeting the envoys of Japan")


@pytest.mark.parametrize(("query", "expected"), [
    ('"Singapore summit"', [SINGAPORE]),  # together and in that order, not "Summit ... after Singapore"
    ("“Singapore summit”", [SINGAPORE]),  # curly quotes, as a phone or a word processor types them
    ("„Singapore summit“", [SINGAPORE]),
    ("singapore summit", [SINGAPORE, PYONGYANG]),  # without quotes, each word anywhere
    ('"summit singapore"', []),
    ('"Meeting of the"', [ENVOYS]),  # common words are part of the phrase
    ("Meeting of the", [ENVOYS, JAPAN]),
    ('"Genève talks"', [GENEVA]),  # accents folded inside a phrase
    ('"geneve talks"', [GENEVA]),
    ('"à Genève"', [GENEVA]),
    ('"summit talks"', []),  # a title's last word and its sentence's first are not together
    ("summit talks", [SINGAPORE]),
    ('"moon jae in"', [PYONGYANG]),  # punctuation between the words of a phrase is a space, as between words
    ('"U.S. envoy"', [PYONGYANG]),
    ('"Singapore sum', [SINGAPORE]),  # a quote left open runs to the end: the phrase as it is being typed
    ('"summit"', [SINGAPORE, PYONGYANG]),  # a phrase of one word is the word
    ('"summ" "after singapore"', [PYONGYANG]),  # a phrase and a word together
    ('"chairman kim"', [SINGAPORE]),  # an actor's alias
    ('"jong un"', [SINGAPORE, PYONGYANG]),  # an actor's name (Singapore), or the sentence's "Kim Jong-un"
    ('"korea dprk"', []),  # not from an actor's name into its alias
    ('"dprk pyongyang"', []),  # nor from one alias into the next
    ('"un talks"', []),  # nor from an actor's name into the text
    ("un talks", [SINGAPORE]),
])
def test_a_quoted_phrase_finds_its_words_together_in_order_alike_on_every_database_and_in_frozen_shares(
        phrases, query, expected):
    params = QueryDict(mutable=True)
    params["q"] = query
    assert titles(filter_events(params)) == expected
    # A frozen share searches its snapshots in Python: the same query must find the same events.
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    assert [s["title"] for s in filter_snapshots(params, snapshots).events] == expected


def test_words_joined_by_punctuation_are_found_one_by_one_on_every_database(corpus):
    # FTS5 and frozen shares read "U.S." as "u" and "s"; PostgreSQL's parser kept it whole as one 'u.s', and a host
    # name ("example.org") or a hyphenated name ("Jae-in", also kept whole beside its parts) likewise.
    EventFactory(title="U.S. envoy at example.org", date_start=datetime.date(2019, 1, 2), sentence="")
    EventFactory(title="Moon Jae-in in Hanoi", date_start=datetime.date(2019, 1, 3), sentence="")
    assert titles(filter_events(q("q=s envoy"))) == ["U.S. envoy at example.org"]
    assert titles(filter_events(q("q=org"))) == ["U.S. envoy at example.org"]
    assert titles(filter_events(q("q=jae hanoi"))) == ["Moon Jae-in in Hanoi"]


@pytest.fixture
def abbreviations(db):
    usa = ActorFactory(name="United States", slug="united-states", aliases=["US", "U.S.", "USA"])
    unsc = ActorFactory(name="UN Security Council", slug="un-security-council", aliases=["U.N. Security Council"])
    kim = ActorFactory(name="Kim Jong Un", slug="kim-jong-un")
    EventFactory(title="An envoy visits", date_start=datetime.date(2018, 1, 1), sentence="A U.S. envoy came.")
    EventFactory(title="Pyongyang replies", date_start=datetime.date(2018, 1, 2), sentence="The DPRK replied.")
    EventFactory(title="Talks resume", date_start=datetime.date(2018, 1, 3), sentence="", actors=[usa])
    EventFactory(title="A launch condemned", date_start=datetime.date(2018, 1, 4), sentence="", actors=[unsc])
    EventFactory(title="Kim Jong Un's rule began", date_start=datetime.date(2018, 1, 5), sentence="", actors=[kim])
    EventFactory(title="Talks under strain", date_start=datetime.date(2018, 1, 6), sentence="")


@pytest.mark.parametrize(("query", "expected"), [
    # The letters of "U.S." are whole words, not word starts: not "UN Security Council", "Un's", "under strain".
    ("U.S.", ["An envoy visits", "Talks resume"]),  # the dotted letters, or the actor "U.S." names
    ("u.s", ["An envoy visits", "Talks resume"]),
    ('"U.S. envoy"', ["An envoy visits"]),
    ("U.N.", ["A launch condemned"]),  # by the Council's alias, not by "under" nor by Kim Jong Un's "Un"
    ("D.P.R.K.", ["Pyongyang replies"]),  # from three letters, joined as one word too
    ("us", ["Talks resume"]),  # as before: "US" finds the United States by its alias
])
def test_an_abbreviation_s_letters_are_whole_words_alike_on_every_database_and_in_frozen_shares(
        abbreviations, query, expected):
    params = QueryDict(mutable=True)
    params["q"] = query
    assert titles(filter_events(params)) == expected
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    assert [s["title"] for s in filter_snapshots(params, snapshots).events] == expected


@pytest.fixture
def spellings(db):
    for day, (title, sentence) in enumerate([
        ("Talks on denuclearisation", "The envoys met."),
        ("Denuclearization deal", "A programme of inspections was agreed."),
        ("Defense pact", "The allies organized a joint exercise."),
        ("Nuclear program", "Its labor camps were named."),
        ("Four envoys", "Labour and honour were praised in defence of the pact."),
    ], start=1):
        EventFactory(title=title, date_start=datetime.date(2018, 1, day), sentence=sentence)


@pytest.mark.parametrize(("query", "expected"), [
    ("denuclearisation", ["Talks on denuclearisation", "Denuclearization deal"]),
    ("denuclearization", ["Talks on denuclearisation", "Denuclearization deal"]),
    ("organised", ["Defense pact"]),
    ("defence", ["Defense pact", "Four envoys"]),
    ("defense", ["Defense pact", "Four envoys"]),
    ("programme", ["Denuclearization deal", "Nuclear program"]),
    ("labour", ["Nuclear program", "Four envoys"]),
    ('"labour camps"', ["Nuclear program"]),  # within a phrase too
    ("honor", ["Four envoys"]),
    ("for", []),  # not "four"
])
def test_british_and_american_spellings_find_the_same_events_on_every_database_and_in_frozen_shares(
        spellings, query, expected):
    params = QueryDict(mutable=True)
    params["q"] = query
    assert titles(filter_events(params)) == expected
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    assert [s["title"] for s in filter_snapshots(params, snapshots).events] == expected


def test_the_precision_filter_keeps_events_known_at_least_that_well(corpus):
    assert "Sanctions year" not in titles(filter_events(q("precision=day")))
    assert "Sanctions year" in titles(filter_events(q("precision=year")))


def test_known_only_to_keeps_events_dated_exactly_that_coarsely_and_no_finer(corpus):
    EventFactory(title="Talks in spring", date_start=datetime.date(2018, 3, 1), date_end=datetime.date(2018, 5, 31),
                 precision=Precision.SEASON)
    assert titles(filter_events(q("known_only_to=year"))) == ["Sanctions year"]
    assert titles(filter_events(q("known_only_to=season&known_only_to=year"))) == ["Sanctions year", "Talks in spring"]
    # With "known at least to": both hold, so the day and "only the year" keep nothing.
    assert titles(filter_events(q("known_only_to=year&precision=day"))) == []
    assert titles(filter_events(q("known_only_to=year&precision=year"))) == ["Sanctions year"]
    # The count is the list's, and the facet of the other precision filter still counts every precision.
    result = filter_events(q("known_only_to=year&known_only_to=season"))
    assert result.total == 2 and result.is_filtered
    assert {o.value: o.count for o in result.facets["precision"]} == {"day": 3, "week": 3, "month": 3, "year": 5}
    assert [(o.value, o.count, o.selected) for o in result.facets["known_only_to"]] == [
        ("year", 1, True), ("season", 1, True)]


@pytest.fixture
def week_and_half(corpus):
    EventFactory(title="Talks that week", date_start=datetime.date(2018, 3, 5), date_end=datetime.date(2018, 3, 11),
                 precision=Precision.WEEK)
    EventFactory(title="Visits that half", date_start=datetime.date(2018, 1, 1), date_end=datetime.date(2018, 6, 30),
                 precision=Precision.HALF)


def test_a_week_is_known_to_the_week_and_the_month_and_a_half_year_only_to_the_year(week_and_half):
    assert "Talks that week" not in titles(filter_events(q("precision=day")))
    week = titles(filter_events(q("precision=week")))
    assert "Talks that week" in week and "Visits that half" not in week and "Sanctions year" not in week
    assert "Talks that week" in titles(filter_events(q("precision=month")))
    assert "Visits that half" not in titles(filter_events(q("precision=month")))
    assert "Visits that half" in titles(filter_events(q("precision=year")))
    result = filter_events(q(""))
    counts = {o.value: o.count for o in result.facets["precision"]}
    assert counts["week"] == counts["day"] + 1 and counts["year"] == counts["month"] + 2


def test_known_only_to_names_a_week_and_a_half_year_alike_live_and_frozen(week_and_half):
    result = filter_events(q("known_only_to=half&known_only_to=week"))
    assert titles(result) == ["Visits that half", "Talks that week"]
    assert result.query == "known_only_to=half&known_only_to=week"
    assert [(o.value, o.label, o.count) for o in result.facets["known_only_to"]] == [
        ("half", "the half-year", 1), ("week", "the week", 1)]
    assert result.known_only_to_words == "the half-year or the week"
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    frozen = filter_snapshots(q("known_only_to=half&known_only_to=week"), snapshots)
    assert sorted(s["title"] for s in frozen.events) == ["Talks that week", "Visits that half"]
    assert "Talks that week" in [s["title"] for s in filter_snapshots(q("precision=week"), snapshots).events]


def test_known_only_to_is_read_alike_over_a_frozen_shares_snapshots(corpus):
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    result = filter_snapshots(q("known_only_to=year"), snapshots)
    assert [s["title"] for s in result.events] == ["Sanctions year"] and result.total == 1


def test_an_unknown_known_only_to_is_ignored_with_a_notice_and_the_canonical_query_orders_the_rest(corpus):
    result = filter_events(q("known_only_to=hour&known_only_to=day"))
    assert result.notices == ["Unknown precision “hour” is ignored."]
    assert result.query == "known_only_to=day"
    result = filter_events(q("known_only_to=day&known_only_to=year&known_only_to=day&q=test"))
    assert result.query == "q=test&known_only_to=year&known_only_to=day"  # coarsest first, each once
    assert result.filters["known_only_to"] == ["year", "day"]


def test_the_document_filter_keeps_events_the_document_reports(corpus):
    document = DocumentFactory()
    EventSourceFactory(event=corpus["test"], document=document)
    result = filter_events(q(f"document={document.pk}"))
    assert titles(result) == ["Sixth nuclear test"]
    assert result.facets["document"][0].count == 1


def test_the_document_facet_counts_an_event_told_in_two_sentences_of_it_once(corpus):
    document = DocumentFactory()
    EventSourceFactory(event=corpus["test"], document=document, sentence_start=0, sentence_end=10)
    EventSourceFactory(event=corpus["test"], document=document, sentence_start=20, sentence_end=30)
    assert filter_events(q(f"document={document.pk}")).facets["document"][0].count == 1


def test_annotated_keeps_events_with_a_public_note(corpus):
    author = UserFactory()
    Annotation.objects.create(author=author, body="Read this", event=corpus["singapore"],
                              visibility=Annotation.Visibility.PUBLIC)
    Annotation.objects.create(author=author, body="Mine", event=corpus["test"], visibility=Annotation.Visibility.PRIVATE)
    assert titles(filter_events(q("annotated=1"))) == ["Singapore summit"]


def test_bad_values_are_ignored_with_a_notice_each(corpus):
    result = filter_events(q("from=yesterday&actor=nobody&category=PARTY&precision=hour&sort=random&document=x"))
    assert len(titles(result)) == 4
    assert len(result.notices) == 6
    assert result.query == ""


def test_a_search_longer_than_200_characters_is_cut_after_its_last_whole_word_with_a_notice(corpus):
    result = filter_events(q("q=" + "summit " * 40))  # 280 characters; 28 whole words fit in 200
    assert result.filters["q"] == " ".join(["summit"] * 28)
    assert result.notices[0].startswith("The search is longer than 200 characters (it has 279), so only its start")
    assert titles(result) == titles(filter_events(q("q=summit")))


def test_the_canonical_query_is_normalised(corpus):
    result = filter_events(q("sort=newest&to=June 2018&actor=north-korea&from=2018&plans=on&q=  summit  talks "))
    assert result.query == "q=summit+talks&from=2018&to=2018-06&actor=north-korea&plans=1&sort=newest"


def test_the_canonical_query_leaves_out_the_pages_default_order_and_keeps_the_other(corpus):
    # A share's pages default to the order its teacher saved: there "oldest first" is the choice to keep.
    newest, oldest = filter_events(q("sort=newest&from=2018")).filters, filter_events(q("from=2018")).filters
    assert canonical_query(newest, default_sort="newest") == "from=2018"
    assert canonical_query(oldest, default_sort="newest") == "from=2018&sort=oldest"
    assert canonical_query(oldest) == "from=2018"


def test_a_bad_order_falls_back_to_the_pages_default_order_and_the_notice_names_it(corpus):
    timeline = filter_events(q("sort=random"))
    assert timeline.filters["sort"] == "oldest"
    assert "Unknown order “random” is ignored; showing oldest first." in timeline.notices
    share = filter_events(q("sort=random"), default_sort="newest")
    assert share.filters["sort"] == "newest" and titles(share)[0] == "Singapore summit"
    assert "Unknown order “random” is ignored; showing newest first." in share.notices
    assert filter_events(q(""), default_sort="newest").filters["sort"] == "newest"


def test_from_after_to_swaps_them_with_a_notice(corpus):
    result = filter_events(q("from=2019&to=2018"))
    assert result.query == "from=2018&to=2019"
    assert result.notices


def test_facet_counts_leave_out_their_own_filter(corpus):
    result = filter_events(q("category=AGREE"))
    counts = {o.value: o.count for o in result.facets["category"]}
    assert counts["AGREE"] == 1 and counts["CONSULT"] == 1 and counts["verbal-cooperation"] == 2
    actors = {o.value: o.count for o in result.facets["actor"]}
    assert actors == {"north-korea": 1, "south-korea": 1}


def test_actors_beyond_the_most_frequent_are_offered_by_name(db):
    # Actor i takes part in 20 - i events, so the order by frequency is a00, a01, ... and names break no ties.
    actors = [ActorFactory(name=f"Actor {chr(ord('Z') - i)}", slug=f"a{i:02}") for i in range(15)]
    for i, actor in enumerate(actors):
        for _ in range(20 - i):
            EventFactory(actors=[actor])
    result = filter_events(q(""))
    assert [o.value for o in result.facets["actor"]] == [f"a{i:02}" for i in range(12)]
    assert [(o.label, o.count) for o in result.facets["actor_more"]] == [("Actor L", 6), ("Actor M", 7), ("Actor N", 8)]
    chosen = filter_events(q("actor=a14"))
    assert [o.value for o in chosen.facets["actor"]][:1] == ["a14"] and chosen.facets["actor"][0].selected
    assert "a14" not in [o.value for o in chosen.facets["actor_more"]]


def test_unfiltered_facets_come_from_tallies_and_match_a_real_count(corpus):
    result = filter_events(q(""))
    actors = {o.value: o.count for o in result.facets["actor"]}
    assert actors == {"north-korea": 3, "united-states": 2, "south-korea": 1}
    assert result.total == 4
    # Three years of events: charted by month (a longer corpus's chart by year comes from the tallies, see below).
    # "Sanctions year" is known only to 2016: it is no January event, so no month's bar draws it.
    assert {b.label: b.count for b in result.chart if b.count} == {"Sep 2017": 1, "Apr 2018": 1, "Jun 2018": 1}
    assert {b.label: b.not_drawn for b in result.chart if b.not_drawn} == {"Jan 2016": {"year": 1}}


@pytest.mark.parametrize("query", [
    "category=CONSULT", "category=verbal-cooperation&category=SANCTION", "precision=day", "category=AGREE&precision=month",
    "category=verbal-cooperation&plans=1", "precision=year&plans=1", "actor=south-korea&category=verbal-cooperation",
    "category=ASSAULT",
])
def test_actor_counts_under_a_category_or_precision_alone_come_from_tallies_and_match_a_real_count(corpus, query):
    corpus["test"].category, corpus["plan"].category = "CONSULT", "AGREE"
    corpus["test"].save()
    corpus["plan"].save()
    EventFactory(title="Talks in the month", date_start=datetime.date(2018, 5, 1), date_end=datetime.date(2018, 5, 31),
                 precision=Precision.MONTH, category="AGREE", actors=[corpus["rok"], corpus["us"]])
    with CaptureQueriesContext(connection) as queries:
        result = filter_events(q(query))
    # Nothing counted the actors through the link table.
    assert not [sql for sql in (query["sql"] for query in queries.captured_queries)
                if sql.startswith('SELECT "timeline_event_actors"."actor_id"')]
    # The same filters with a document's events as the universe, which no tally covers, are counted from the rows.
    counted = filter_events(q(query), base=Event.objects.published())
    expected = {o.value: o.count for o in counted.facets["actor"] if o.count}
    assert {o.value: o.count for o in result.facets["actor"] if o.count} == expected
    assert expected or query == "category=ASSAULT"  # nobody assaulted anyone here


def test_tallies_follow_every_kind_of_write(corpus):
    def tallied_actor(actor):
        return sum(EventTally.objects.filter(dimension="actor", bucket=str(actor.pk), asserted=True).values_list("n", flat=True))

    def counted_actor(actor):
        return Event.objects.published().filter(actors=actor, modality=Modality.ASSERTED).count()

    corpus["hidden"].status = Status.PUBLISHED
    corpus["hidden"].save()
    corpus["singapore"].actors.remove(corpus["us"])
    corpus["panmunjom"].actors.add(corpus["us"])
    corpus["year"].delete()
    Event.objects.filter(pk=corpus["plan"].pk).update(modality=Modality.ASSERTED)
    for actor in (corpus["us"], corpus["dprk"], corpus["rok"]):
        assert tallied_actor(actor) == counted_actor(actor)
    result = filter_events(q(""))
    assert result.total == Event.objects.published().filter(modality=Modality.ASSERTED).count()
    assert sum(b.count for b in result.chart) == result.total


def test_the_search_index_follows_edits_and_deletes(corpus):
    corpus["singapore"].title = "Sentosa meeting"
    corpus["singapore"].save()
    assert titles(filter_events(q("q=summit"))) == []
    assert titles(filter_events(q("q=sentosa"))) == ["Sentosa meeting"]
    corpus["singapore"].delete()
    assert titles(filter_events(q("q=sentosa"))) == []


def test_apply_filters_narrows_a_given_queryset(corpus):
    form = EventFilterForm(q("actor=north-korea"))
    base = Event.objects.filter(pk__in=[corpus["test"].pk, corpus["year"].pk])
    assert titles(apply_filters(form, base)) == ["Sixth nuclear test"]


def test_a_short_range_charts_months_and_each_bar_narrows_to_its_month(corpus):
    result = filter_events(q("from=2018-04&to=2018-06"))
    assert result.chart_unit == "month"
    assert [(b.label, b.count) for b in result.chart] == [("Apr 2018", 1), ("May 2018", 0), ("Jun 2018", 1)]
    assert result.chart[0].query == "from=2018-04&to=2018-04"


def test_results_within_three_years_are_charted_by_month_though_no_dates_were_typed(corpus):
    result = filter_events(q("actor=south-korea"))  # the Panmunjom declaration alone, in April 2018
    assert result.chart_unit == "month"
    assert [b.label for b in result.chart] == [f"{datetime.date(2018, m, 1):%b} 2018" for m in range(1, 13)]
    assert {b.label: b.count for b in result.chart if b.count} == {"Apr 2018": 1}
    # Each bar narrows to its month and keeps the other filters.
    assert result.chart[3].query == "from=2018-04&to=2018-04&starting=1&actor=south-korea"


def test_a_search_whose_results_span_two_years_is_charted_by_month_within_a_longer_typed_range(corpus):
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    result = filter_events(q("q=summit&from=2000"))
    assert titles(result) == ["Singapore summit", "Hanoi summit"]
    assert result.chart_unit == "month"
    assert (result.chart[0].label, result.chart[-1].label, len(result.chart)) == ("Jan 2018", "Dec 2019", 24)
    assert {b.label: b.count for b in result.chart if b.count} == {"Jun 2018": 1, "Feb 2019": 1}
    assert result.chart[5].query == "q=summit&from=2018-06&to=2018-06&starting=1"


def test_a_typed_bound_inside_the_results_years_starts_the_monthly_chart(corpus):
    result = filter_events(q("from=2018-03&actor=north-korea"))
    assert result.chart_unit == "month"
    assert [b.label for b in result.chart][:2] == ["Mar 2018", "Apr 2018"] and result.chart[-1].label == "Dec 2018"
    assert sum(b.count for b in result.chart) == result.total == 2


def _begun_before():
    """Three events the range 27 February to 31 March 2019 lists: two of them began before it."""
    EventFactory(title="Year of talks", date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 12, 31),
                 precision=Precision.YEAR)
    EventFactory(title="Month of letters", date_start=datetime.date(2019, 2, 1), date_end=datetime.date(2019, 2, 28),
                 precision=Precision.MONTH)
    EventFactory(title="March meeting", date_start=datetime.date(2019, 3, 10))


def test_events_begun_before_a_short_range_are_charted_in_its_first_month(db):
    _begun_before()
    result = filter_events(q("from=2019-02-27&to=2019-03-31"))
    assert titles(result) == ["Year of talks", "Month of letters", "March meeting"]
    # "Year of talks" is placed at the range's first month too, but known only to the year it is not drawn there.
    assert [(b.label, b.count, b.not_drawn) for b in result.chart] == [
        ("Feb 2019", 1, {"year": 1}), ("Mar 2019", 1, {})]
    assert sum(b.count + sum(b.not_drawn.values()) for b in result.chart) == result.total == 3


def test_the_first_bar_of_a_range_begun_mid_month_lists_exactly_the_events_it_counts(db):
    _begun_before()
    first, last = filter_events(q("from=2019-02-27&to=2019-03-31")).chart
    # Narrowed to the part of its month inside the range: not the 1st to the 26th, which the bar did not count; and
    # to the events a month's bar draws: not "Year of talks", known only to 2019 (see PRECISION_MONTHS).
    assert first.query == "from=2019-02-27&to=2019-02&precision=month"
    assert titles(filter_events(q(first.query))) == ["Month of letters"]
    assert last.query == "from=2019-03&to=2019-03&starting=1&precision=month"
    assert "March meeting" in titles(filter_events(q(last.query)))


def test_an_event_begun_before_a_long_range_is_charted_in_its_first_year(db):
    EventFactory(title="Winter talks", date_start=datetime.date(2016, 12, 1), date_end=datetime.date(2017, 2, 28),
                 precision=Precision.SEASON)
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    EventFactory(title="Later talks", date_start=datetime.date(2024, 3, 1))
    result = filter_events(q("from=2017&to=2025"))
    assert titles(result) == ["Winter talks", "Singapore summit", "Later talks"]
    assert result.chart_unit == "year" and result.chart[0].label == "2017"
    assert {b.label: b.count for b in result.chart if b.count} == {"2017": 1, "2018": 1, "2024": 1}
    assert "Winter talks" in titles(filter_events(q(result.chart[0].query)))


def test_an_event_begun_years_before_the_range_does_not_stretch_the_monthly_chart_back_to_it(db):
    # Found within two years once "Cold war" is placed at the range's start: charted by month from the typed start.
    EventFactory(title="Cold war", date_start=datetime.date(2010, 1, 1), date_end=datetime.date(2019, 12, 31),
                 precision=Precision.DECADE)
    EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    result = filter_events(q("from=2018-03&to=2030"))
    assert result.chart_unit == "month"
    assert result.chart[0].label == "Mar 2018"
    assert {b.label: b.count for b in result.chart if b.count} == {"Jun 2018": 1}
    assert result.chart[0].not_drawn == {"decade": 1}  # "Cold war" is no March event


def test_a_frozen_shares_chart_places_an_event_begun_before_the_range_in_its_first_bar(db):
    _begun_before()
    snapshots = [record.to_snapshot() for record in from_events(Event.objects.published())]
    result = filter_snapshots(q("from=2019-02-27&to=2019-03-31"), snapshots)
    assert [s["title"] for s in result.events] == ["Year of talks", "Month of letters", "March meeting"]
    assert [(b.label, b.count, b.not_drawn) for b in result.chart] == [
        ("Feb 2019", 1, {"year": 1}), ("Mar 2019", 1, {})]


def test_results_over_more_than_three_years_are_still_charted_by_year(corpus, django_assert_num_queries):
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    with django_assert_num_queries(2):  # the tallies and the actors' names: the chart is the tallies' years
        result = filter_events(q(""))
    assert result.chart_unit == "year"
    assert {b.label: b.count for b in result.chart} == {"2016": 1, "2017": 1, "2018": 2, "2019": 1}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_filters_use_indexes_not_scans_of_the_events(corpus):
    from django.db.models.sql import Query  # noqa: F401

    for querystring in ("from=2018&to=2019", "category=AGREE", "actor=north-korea", "q=summit", 'q="singapore summit"'):
        queryset = filter_events(q(querystring)).events
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " / ".join(row[-1] for row in cursor.fetchall())
        assert "SCAN timeline_event " not in plan + " ", (querystring, plan)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's query planner")
def test_a_search_can_use_the_gin_index_rather_than_read_every_event_on_postgresql(corpus):
    # A test database is so small that a scan is always cheapest: with scans priced out, what is left is the plan
    # the query's shape allows. Two INs joined by OR allow only reading every event and testing it against both
    # subqueries ("hashed SubPlan"), a scan even with scans priced out; one IN over a union is a join on the index.
    from timeline.text_search import search_terms, text_condition

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for querystring in ("q=summit", "q=the summit", "q=north korea&from=2018", 'q="meeting of the" envoys'):
            terms = search_terms(q(querystring)["q"])
            sql, params = Event.objects.filter(text_condition(terms)).values("pk").query.sql_with_params()
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Seq Scan on timeline_event " not in plan and "SubPlan" not in plan, (querystring, plan)
            assert "Bitmap Index Scan on timeline_event_search" in plan, (querystring, plan)
            # The phrase is one tsquery the GIN index answers, its positions checked on the rows it finds.
            assert ("<->" in plan) == ("meeting" in querystring), (querystring, plan)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search is run once per request")
def test_the_list_the_counts_and_the_chart_do_not_search_again_on_postgresql(corpus):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = filter_events(q("q=summit&from=2017"))
        titles(result)
    searches = [query["sql"] for query in queries if "@@" in query["sql"]]
    assert len(searches) == 1, searches
    # Cast to the column's type: bigint = ANY(integer[]) is a cross-type test PostgreSQL checks row by row.
    assert "= ANY(%s::bigint[])" in result.events.query.sql_with_params()[0]
    assert titles(result) == ["Singapore summit"] and result.total == 1


def test_a_date_range_finds_an_event_longer_than_its_precision_suggests(corpus):
    # A day-precision event that lasts three weeks: the span tallies widen the index range to find it.
    EventFactory(title="Three-week talks", date_start=datetime.date(2005, 7, 26), date_end=datetime.date(2005, 8, 16))
    assert titles(filter_events(q("from=2005-08-10&to=2005-08-12"))) == ["Three-week talks"]
    assert "Three-week talks" not in titles(filter_events(q("from=2005-08-17")))
    assert "Three-week talks" in titles(filter_events(q("from=2005-08-16")))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner statistics")
def test_on_a_large_database_migrate_leaves_statistics_that_favour_the_browse_index(corpus, monkeypatch):
    from timeline import search_index

    monkeypatch.setattr(search_index, "ANALYZE_FROM_EVENTS", 1)
    search_index.install(connection)
    with connection.cursor() as cursor:
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE idx = 'timeline_event_browse'")
        numbers = [int(n) for n in cursor.fetchone()[0].split()]
    assert numbers[2] == max(1, numbers[0] // 200)


def test_install_gathers_planner_statistics_on_a_large_database_on_either_database(corpus, monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from timeline import search_index

    def statements():
        with CaptureQueriesContext(connection) as queries:
            search_index.install(connection)
        return [query["sql"] for query in queries]

    assert not [sql for sql in statements() if "ANALYZE" in sql]  # a handful of events: any plan is fast
    monkeypatch.setattr(search_index, "ANALYZE_FROM_EVENTS", 1)
    # Inside a transaction (a test's, a migration's) PostgreSQL cannot VACUUM: statistics alone then.
    assert "ANALYZE" in statements()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's VACUUM")
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_install_vacuums_a_large_database_on_postgresql(monkeypatch):
    from django.test.utils import CaptureQueriesContext

    from timeline import search_index

    EventFactory()
    monkeypatch.setattr(search_index, "ANALYZE_FROM_EVENTS", 1)
    with CaptureQueriesContext(connection) as queries:
        search_index.install(connection)
    assert "VACUUM (ANALYZE)" in [query["sql"] for query in queries]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's indexes")
def test_the_browse_index_carries_the_event_id_on_postgresql(db):
    # The counts join the actor links and a search's ids on the event's id: in the index, they can be answered
    # by index-only scans once VACUUM has run (a test database is too small and too fresh for the planner to
    # choose one, so the index itself is what is checked). The old index without it is gone.
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'timeline_event' "
                       "AND indexname LIKE 'timeline_event_browse%%'")
        indexes = dict(cursor.fetchall())
    assert list(indexes) == ["timeline_event_browse_ids"]
    assert indexes["timeline_event_browse_ids"].endswith(
        "(status, \"precision\", date_start, date_end, category, modality) INCLUDE (id)")


@pytest.mark.django_db(transaction=True)
def test_tallies_are_right_again_after_a_flush_deletes_tables_in_any_order():
    from django.core.management import call_command

    EventFactory.create_batch(3, actors=[ActorFactory()])
    call_command("flush", interactive=False, verbosity=0)
    EventFactory(actors=[ActorFactory()])
    result = filter_events(q(""))
    assert result.total == 1 and sum(b.count for b in result.chart) == 1
    assert not EventTally.objects.filter(n__lt=0).exists()


def test_one_actors_counts_and_chart_come_from_its_tallies_and_match_a_real_count(corpus):
    corpus["panmunjom"].actors.add(corpus["us"])
    corpus["year"].category = "CONSULT"
    corpus["year"].save()
    corpus["singapore"].delete()
    result = filter_events(q("actor=united-states&plans=1"))
    events = Event.objects.published().filter(actors=corpus["us"])
    assert result.total == events.count() == 3
    assert {b.label: b.count for b in result.chart if b.count} == {"2016": 1, "2018": 1, "2019": 1}
    categories = {o.value: o.count for o in result.facets["category"] if o.count}
    assert categories == {"verbal-cooperation": 2, "AGREE": 1, "CONSULT": 1}
    narrowed = filter_events(q("actor=united-states&category=CONSULT"))
    assert titles(narrowed) == ["Sanctions year"] and narrowed.total == 1


def test_a_narrow_charts_quarters_count_and_list_the_events_of_their_months_within_the_typed_range(corpus):
    result = filter_events(q("from=2017-08-15&to=2018-12"))
    quarters = result.chart_by(3)
    assert [(bar.span, bar.count) for bar in quarters] == [
        ("Aug–Sep 2017", 1), ("Oct–Dec 2017", 0), ("Jan–Mar 2018", 0), ("Apr–Jun 2018", 2), ("Jul–Sep 2018", 0),
        ("Oct–Dec 2018", 0)]
    # The first starts where the typed range does, as its first month's bar does.
    assert quarters[0].query == "from=2017-08-15&to=2017-09"
    for bar in quarters:
        assert filter_events(q(bar.query)).total == bar.count, bar


def test_grouped_years_keep_the_pages_filters_in_their_links(corpus):
    EventFactory(title="Leap Day deal", date_start=datetime.date(2012, 2, 29), category="AGREE", actors=[corpus["dprk"]])
    result = filter_events(q("from=2010&to=2019&actor=north-korea&sort=newest"))
    assert result.chart_unit == "year"
    by_five = result.chart_by(60)
    assert [(bar.span, bar.count) for bar in by_five] == [("2010–2014", 1), ("2015–2019", 3)]
    assert by_five[1].query == "from=2015&to=2019&starting=1&actor=north-korea&sort=newest"
    assert titles(filter_events(q(by_five[1].query))) == ["Singapore summit", "Panmunjom declaration", "Sixth nuclear test"]


def test_a_date_not_understood_is_kept_as_typed_for_its_box_with_the_id_of_its_notice():
    form = EventFilterForm(q("from=31 Febuary 2019&to=June 2018&actor="))
    assert form.filters["from"] is None  # ignored by the filters and the query all the same
    boxes = form.date_boxes
    assert (boxes["from"].value, boxes["from"].notice_id) == ("31 Febuary 2019", "f-from-notice")
    assert (boxes["to"].value, boxes["to"].notice_id) == ("2018-06", "")
    assert form.notice_items == [("f-from-notice", "From date “31 Febuary 2019” was not understood and is ignored "
                                                   "(try 2018, June 2018 or 2018-06-12).")]
    # Two dates understood but swapped: each box shows the other's date, canonical, and neither is marked.
    form = EventFilterForm(q("from=2019&to=2018-06"))
    assert [(box.value, box.notice_id) for box in form.date_boxes.values()] == [("2018-06", ""), ("2019", "")]
    assert form.notice_items == [("", "The “from” date is after the “to” date, so the two were swapped.")]
