import datetime

import pytest

from tests.factories import ActorFactory, DocumentFactory, EventFactory, EventSourceFactory
from timeline.duplicates import suggest_duplicates
from timeline.models import Actor, Precision


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
