"""Model factories: tests say what matters to them and let these fill in the rest."""

import datetime

import factory
from django.contrib.auth.models import Group, User
from django.utils.text import slugify

from timeline.models import Actor, Document, Event, EventSource, Precision, Status


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get_or_create(name=name)[0])
        self.save()


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = Actor.Kind.COUNTRY
    aliases = factory.LazyFunction(list)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    key = factory.Sequence(lambda n: f"doc-{n}.txt")
    title = factory.Sequence(lambda n: f"Document {n}")
    source = "Test wire"
    published = datetime.date(2025, 9, 22)
    text = "North Korea and the United States met in Singapore on 12 June 2018."
    text_hash = factory.LazyAttribute(lambda o: Document.hash_text(o.text))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Event {n}")
    date_start = datetime.date(2018, 6, 12)
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    precision = Precision.DAY
    date_text = "12 June 2018"
    sentence = "North Korea and the United States met in Singapore on 12 June 2018."
    status = Status.PUBLISHED
    confidence = 0.9

    @factory.post_generation
    def actors(self, create, extracted, **kwargs):
        if extracted:
            self.actors.set(extracted)


class EventSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventSource

    event = factory.SubFactory(EventFactory)
    document = factory.SubFactory(DocumentFactory)
    sentence_start = 0
    sentence_end = factory.LazyAttribute(lambda o: len(o.document.text))
    date_start_offset = factory.LazyAttribute(lambda o: max(0, o.document.text.find(o.event.date_text)))
    date_end_offset = factory.LazyAttribute(lambda o: o.date_start_offset + len(o.event.date_text))
    quote = factory.LazyAttribute(lambda o: o.document.text)
    date_text = factory.LazyAttribute(lambda o: o.event.date_text)
    reported_start = factory.LazyAttribute(lambda o: o.event.date_start)
    reported_end = factory.LazyAttribute(lambda o: o.event.date_end)
    reported_precision = factory.LazyAttribute(lambda o: o.event.precision)
    reported_mod = factory.LazyAttribute(lambda o: o.event.date_mod)
    fingerprint = factory.Sequence(lambda n: f"fp{n:060d}")


def hanoi_events_of_three_precisions() -> None:
    """Three published "Hanoi" events of 2019 known to the year, the day and the month: what a monthly chart draws
    two of (the year's is left out of its bars)."""
    EventFactory(title="Hanoi talks planned", date_start=datetime.date(2019, 1, 1),
                 date_end=datetime.date(2019, 12, 31), precision=Precision.YEAR, date_text="early 2019")
    EventFactory(title="Hanoi summit", date_start=datetime.date(2019, 2, 27))
    EventFactory(title="Hanoi letters", date_start=datetime.date(2019, 4, 1), date_end=datetime.date(2019, 4, 30),
                 precision=Precision.MONTH)


def hanoi_events_of_four_precisions() -> None:
    """The three of hanoi_events_of_three_precisions and a fourth known only to its quarter, "Hanoi aftermath"."""
    hanoi_events_of_three_precisions()
    EventFactory(title="Hanoi aftermath", date_start=datetime.date(2019, 7, 1), date_end=datetime.date(2019, 9, 30),
                 precision=Precision.QUARTER)
