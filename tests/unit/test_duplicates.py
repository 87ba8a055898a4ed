import datetime

import pytest

from tests.factories import ActorFactory, EventFactory
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
