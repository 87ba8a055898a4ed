import datetime

import pytest

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.duplicates import suggest_duplicates
from timeline.models import Actor, DateMod, Precision


@pytest.fixture
def lee(db):
    return ActorFactory(name="Lee Jae-myung", kind=Actor.Kind.PERSON, aliases=["Lee"])


@pytest.mark.django_db
def test_two_reports_of_taking_office_weeks_apart_are_suggested_as_one(lee):
    july = EventFactory(
        title="Since assuming office, Lee has sought avenues for rapprochement",
        sentence="Since assuming office in July, Lee has sought avenues for rapprochement with the North.",
        date_start=datetime.date(2025, 7, 1), date_end=datetime.date(2025, 7, 31), precision=Precision.MONTH, actors=[lee],
    )
    june = EventFactory(
        title="Lee Jae-myung was inaugurated as President of South Korea",
        sentence="Lee Jae-myung was inaugurated in Seoul and took office on 4 June 2025.",
        date_start=datetime.date(2025, 6, 4), precision=Precision.DAY, actors=[lee],
    )
    suggestions = suggest_duplicates(july)
    assert [s.event for s in suggestions] == [june]
    assert "both say “office”" in suggestions[0].reasons


@pytest.mark.django_db
def test_different_happenings_of_one_person_in_the_same_weeks_are_not_suggested():
    kim = ActorFactory(name="Kim Jong Un", kind=Actor.Kind.PERSON)
    test = EventFactory(title="Kim Jong Un watched a missile launch", sentence="Kim Jong Un watched a missile launch.", date_start=datetime.date(2024, 6, 1), actors=[kim])
    EventFactory(title="Kim Jong Un received Putin", sentence="Kim Jong Un received Putin in Pyongyang.", date_start=datetime.date(2024, 6, 19), actors=[kim])
    assert suggest_duplicates(test) == []


@pytest.mark.django_db
def test_two_dates_told_in_one_sentence_are_not_suggested_as_one_happening(lee):
    text = "Lee said on Friday that a fourth meeting with Trump could come in April."
    document = DocumentFactory(text=text)
    said = EventFactory(title="Lee said that a fourth meeting could come", sentence=text,
                        date_start=datetime.date(2026, 2, 27), actors=[lee])
    meeting = EventFactory(title="Lee said that a fourth meeting could come", sentence=text,
                           date_start=datetime.date(2026, 4, 1), date_end=datetime.date(2026, 4, 30),
                           precision=Precision.MONTH, actors=[lee])
    for event in (said, meeting):
        EventSourceFactory(event=event, document=document, sentence_start=0, sentence_end=len(text))
    assert suggest_duplicates(said) == [] and suggest_duplicates(meeting) == []
    # the same words from another document still are a likely duplicate
    elsewhere = EventFactory(title="Lee said that a fourth meeting could come", sentence=text,
                             date_start=datetime.date(2026, 2, 27), actors=[lee])
    EventSourceFactory(event=elsewhere, document=DocumentFactory(text=text), sentence_start=0, sentence_end=len(text))
    assert [s.event for s in suggest_duplicates(said)] == [elsewhere]


def _in_2019(mod: str, **fields):
    """An event told as "early 2019", "late 2019" ... (``mod``), of the ministry unless told otherwise."""
    return EventFactory(date_start=datetime.date(2019, 1, 1), date_end=datetime.date(2019, 12, 31),
                        precision=Precision.YEAR, date_mod=mod, **fields)


@pytest.fixture
def ministry(db):
    return ActorFactory(name="Ministry of Unification", kind=Actor.Kind.ORGANISATION)


SAME_WORDS = {"title": "The ministry reopened the liaison office in Kaesong",
              "sentence": "The ministry reopened the liaison office in Kaesong."}


@pytest.mark.django_db
def test_early_and_late_in_one_year_are_months_apart_so_shared_wording_is_not_enough(ministry):
    early = _in_2019(DateMod.START, actors=[ministry], **SAME_WORDS)
    _in_2019(DateMod.END, actors=[ministry], **SAME_WORDS)
    assert suggest_duplicates(early) == []


@pytest.mark.django_db
def test_the_same_person_and_a_telling_word_months_apart_are_two_happenings(lee):
    # Two visits, told in other words and months apart: a shared place name does not make them one.
    early = _in_2019(DateMod.START, actors=[lee], title="Lee visited the Kaesong industrial park",
                     sentence="Lee visited the Kaesong industrial park.")
    _in_2019(DateMod.END, actors=[lee], title="Lee toured Kaesong with investors",
             sentence="Lee toured Kaesong with investors.")
    assert suggest_duplicates(early) == []


@pytest.mark.django_db
def test_a_day_near_an_early_year_is_told_in_days_from_where_early_ends(ministry):
    early = _in_2019(DateMod.START, actors=[ministry], **SAME_WORDS)
    # "Early 2019" runs to 2 May (the first third of the year).
    february, may, june = (EventFactory(date_start=day, actors=[ministry], **SAME_WORDS) for day in (
        datetime.date(2019, 2, 15), datetime.date(2019, 5, 3), datetime.date(2019, 6, 1)))
    reasons = {s.event: s.reasons[0] for s in suggest_duplicates(early)}
    assert reasons == {february: "overlapping dates", may: "dates 1 day apart", june: "dates 30 days apart"}


@pytest.fixture
def trump(db):
    return ActorFactory(name="Donald Trump", kind=Actor.Kind.PERSON)


@pytest.fixture
def north_korea(db):
    return ActorFactory(name="North Korea", aliases=["North Korean"])


def _told(sentence: str, *events):
    """The events as told in one sentence of one document."""
    document = DocumentFactory(text=sentence)
    for event in events:
        EventSourceFactory(event=event, document=document, sentence_start=0, sentence_end=len(sentence))
    return events


WARNED = "Trump warned that North Korean threats would be met with fire and fury"


@pytest.mark.django_db
def test_two_different_days_weeks_apart_need_more_than_a_sentence_that_tells_both(north_korea):
    usa = ActorFactory(name="United States")
    warning = EventFactory(title=WARNED, sentence=f"{WARNED} on Tuesday.", date_start=datetime.date(2017, 8, 8),
                           actors=[usa, north_korea])
    EventFactory(title="North Korea carried out its largest nuclear test",
                 sentence=f"North Korea carried out its largest nuclear test on 3 September, after {WARNED}.",
                 date_start=datetime.date(2017, 9, 3), actors=[usa, north_korea])
    assert suggest_duplicates(warning) == []


@pytest.mark.django_db
def test_a_month_told_in_a_sentence_with_another_happening_is_not_a_duplicate_of_that_other(trump, north_korea):
    text = f"In August {WARNED}, and in September North Korea carried out its largest nuclear test."
    warned, tested = _told(text, EventFactory(
        title=WARNED, sentence=text, date_start=datetime.date(2017, 8, 1), date_end=datetime.date(2017, 8, 31),
        precision=Precision.MONTH, actors=[trump, north_korea],
    ), EventFactory(
        title="North Korea carried out its largest nuclear test", sentence=text, date_start=datetime.date(2017, 9, 1),
        date_end=datetime.date(2017, 9, 30), precision=Precision.MONTH, actors=[trump, north_korea],
    ))
    # Another report of the warning, late in August: the warning is its duplicate, the September test is not.
    bedminster = EventFactory(title=f"At Bedminster, {WARNED}", sentence=f"In August, at Bedminster, {WARNED}.",
                              date_start=datetime.date(2017, 8, 1), date_end=datetime.date(2017, 8, 31),
                              precision=Precision.MONTH, date_mod=DateMod.END, actors=[trump, north_korea])
    assert [s.event for s in suggest_duplicates(bedminster)] == [warned]
    assert suggest_duplicates(tested) == []


@pytest.mark.django_db
def test_a_word_the_story_of_those_weeks_repeats_does_not_tie_two_events_days_apart(trump, north_korea):
    warning = EventFactory(title="Trump warned North Korea", sentence="Trump warned against North Korean threats.",
                           date_start=datetime.date(2017, 8, 1), date_end=datetime.date(2017, 8, 31),
                           precision=Precision.MONTH, actors=[trump])
    EventFactory(title="The missile test", sentence="Trump said the missile test last month was one of many threats.",
                 date_start=datetime.date(2017, 7, 1), date_end=datetime.date(2017, 7, 31), precision=Precision.MONTH,
                 actors=[trump])
    EventFactory(title="Guam", sentence="North Korea answered the threats with a plan to strike near Guam.",
                 date_start=datetime.date(2017, 8, 9), actors=[north_korea])
    assert suggest_duplicates(warning) == []


@pytest.mark.django_db
def test_one_happening_told_with_the_same_title_weeks_apart_is_suggested_whatever_else_the_sentences_say(
        north_korea):
    usa = ActorFactory(name="United States")
    title = "The United States said North Korea had acknowledged a secret uranium enrichment programme"
    early = EventFactory(title=title, sentence=f"In October, after envoy James Kelly visited Pyongyang early that "
                         f"month, {title}, and talk in Seoul and Tokyo turned quickly to sanctions, inspections and "
                         "heavy fuel oil.",
                         date_start=datetime.date(2002, 10, 1), date_end=datetime.date(2002, 10, 31),
                         precision=Precision.MONTH, date_mod=DateMod.START, actors=[usa, north_korea])
    after = EventFactory(title=title, sentence=f"The Agreed Framework unravelled after October 2002, when {title}; the "
                         "light-water reactors promised in Geneva were never finished and Yongbyon restarted.",
                         date_start=datetime.date(2002, 10, 1), date_end=datetime.date(2002, 10, 31),
                         precision=Precision.MONTH, date_mod=DateMod.AFTER, actors=[usa, north_korea])
    # The sentences share little beyond the title (a quarter of their words), as reports with context do.
    [suggestion] = suggest_duplicates(early)
    assert suggestion.event == after
    assert suggestion.reasons[:3] == ("dates 21 days apart", "2 shared actors", "25% shared wording")


FIRST_ICBM = "North Korea tested its first intercontinental ballistic missile"


def _in_2017(**fields):
    """An event told only as "2017"."""
    return EventFactory(date_start=datetime.date(2017, 1, 1), date_end=datetime.date(2017, 12, 31),
                        precision=Precision.YEAR, **fields)


@pytest.mark.django_db
def test_a_year_is_not_a_duplicate_of_every_day_in_it_that_shares_an_actor_and_a_few_words(north_korea):
    first_icbm = _in_2017(title=FIRST_ICBM, sentence=f"In 2017 {FIRST_ICBM}.", actors=[north_korea])
    over_japan = EventFactory(title="North Korea fired a missile over Japan",
                              sentence="North Korea fired a missile over Japan on 29 August.",
                              date_start=datetime.date(2017, 8, 29), actors=[north_korea])
    in_september = EventFactory(title="North Korea fired a missile over Hokkaido",
                                sentence="In September North Korea fired another missile over Hokkaido.",
                                date_start=datetime.date(2017, 9, 1), date_end=datetime.date(2017, 9, 30),
                                precision=Precision.MONTH, actors=[north_korea])
    assert suggest_duplicates(first_icbm) == []
    assert first_icbm not in [s.event for s in suggest_duplicates(over_japan)]
    assert first_icbm not in [s.event for s in suggest_duplicates(in_september)]


@pytest.mark.django_db
def test_a_year_and_a_day_in_it_with_alike_titles_are_still_suggested(north_korea):
    first_icbm = _in_2017(title=FIRST_ICBM, sentence=f"In 2017 {FIRST_ICBM}.", actors=[north_korea])
    hwasong = EventFactory(title="North Korea launched the Hwasong-14, its first intercontinental ballistic missile",
                           sentence="On 4 July North Korea launched the Hwasong-14, its first intercontinental "
                                    "ballistic missile, into the Sea of Japan.",
                           date_start=datetime.date(2017, 7, 4), actors=[north_korea])
    assert [s.event for s in suggest_duplicates(first_icbm)] == [hwasong]
    assert [s.event for s in suggest_duplicates(hwasong)] == [first_icbm]
    assert suggest_duplicates(hwasong)[0].reasons[0] == "overlapping dates"


@pytest.mark.django_db
def test_a_year_and_a_day_in_it_naming_the_same_person_with_a_word_only_they_say_are_suggested(lee, ministry):
    year = _in_2017(title="Lee proposed family reunions", sentence="In 2017 Lee proposed reunions of separated "
                    "families.", actors=[lee])
    day = EventFactory(title="Lee called for talks on separated families",
                       sentence="Lee called for talks on separated families and reunions at Mount Kumgang.",
                       date_start=datetime.date(2017, 11, 2), actors=[lee])
    # A third event of that year saying "separated families" leaves "reunions" this pair's alone.
    EventFactory(title="The ministry counted separated families", sentence="The ministry counted separated families.",
                 date_start=datetime.date(2017, 3, 1), actors=[ministry])
    [suggestion] = suggest_duplicates(year)
    assert suggestion.event == day
    assert "both say “reunions”" in suggestion.reasons
    assert [s.event for s in suggest_duplicates(day)] == [year]


@pytest.mark.django_db
def test_a_month_and_a_day_in_it_sharing_an_actor_and_some_words_are_still_suggested(north_korea):
    # A month is not far coarser than a day: overlapping there still says much.
    month = EventFactory(title="North Korea fired a missile over Japan", sentence="In August North Korea fired a "
                         "missile over Japan.", date_start=datetime.date(2017, 8, 1),
                         date_end=datetime.date(2017, 8, 31), precision=Precision.MONTH, actors=[north_korea])
    day = EventFactory(title="Missile over Hokkaido", sentence="North Korea sent a missile over Hokkaido on 29 August.",
                       date_start=datetime.date(2017, 8, 29), actors=[north_korea])
    assert [s.event for s in suggest_duplicates(month)] == [day]


@pytest.mark.django_db
def test_a_year_and_a_day_in_it_with_alike_titles_need_no_shared_actor():
    # As the extraction left them: reports of the Agreed Framework naming no actor.
    year = EventFactory(title="They signed the Agreed Framework in Geneva",
                        sentence="In 1994 they signed the Agreed Framework in Geneva, under which Yongbyon was frozen.",
                        date_start=datetime.date(1994, 1, 1), date_end=datetime.date(1994, 12, 31),
                        precision=Precision.YEAR)
    day = EventFactory(title="The Agreed Framework was signed in Geneva",
                       sentence="Since then the Agreed Framework, signed in Geneva on 21 October 1994, has unravelled.",
                       date_start=datetime.date(1994, 10, 21))
    assert [s.event for s in suggest_duplicates(year)] == [day]
    assert [s.event for s in suggest_duplicates(day)] == [year]
