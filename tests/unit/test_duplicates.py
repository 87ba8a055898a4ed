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
def test_the_same_person_and_a_telling_word_are_still_enough_months_apart_and_say_how_far(lee):
    early = _in_2019(DateMod.START, actors=[lee], title="Lee visited the Kaesong industrial park",
                     sentence="Lee visited the Kaesong industrial park.")
    late = _in_2019(DateMod.END, actors=[lee], title="Lee toured Kaesong with investors",
                    sentence="Lee toured Kaesong with investors.")
    [suggestion] = suggest_duplicates(early)
    assert suggestion.event == late
    assert suggestion.reasons[0] == "dates about 4 months apart"
    assert "both say “kaesong”" in suggestion.reasons


@pytest.mark.django_db
def test_a_day_near_an_early_year_is_told_in_days_from_where_early_ends(ministry):
    early = _in_2019(DateMod.START, actors=[ministry], **SAME_WORDS)
    # "Early 2019" runs to 2 May (the first third of the year).
    february, may, june = (EventFactory(date_start=day, actors=[ministry], **SAME_WORDS) for day in (
        datetime.date(2019, 2, 15), datetime.date(2019, 5, 3), datetime.date(2019, 6, 1)))
    reasons = {s.event: s.reasons[0] for s in suggest_duplicates(early)}
    assert reasons == {february: "overlapping dates", may: "dates 1 day apart", june: "dates 30 days apart"}
