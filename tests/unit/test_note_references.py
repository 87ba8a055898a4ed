"""The note_links filter with a page's resolved event references: what counts as a reference, and what does not."""

import datetime

import pytest

from tests.factories import EventFactory
from timeline.references import note_links_for, referenced_ids
from timeline.templatetags.timeline_tags import note_links


def test_a_reference_is_a_hash_or_the_word_event_before_a_number():
    assert referenced_ids(["See #12, Event 13 and event\t14.", "event15 x#16 &#17; 18 #"]) == {12, 13, 14}


@pytest.mark.django_db
def test_a_reference_inside_a_web_address_stays_part_of_the_address():
    event = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    text = f"Read https://example.org/report#{event.pk} and #{event.pk}."
    html = note_links(text, note_links_for([text]))
    assert f'<a href="https://example.org/report#{event.pk}" rel="nofollow">' in html
    assert f'and <a href="/events/{event.pk}/" class="event-ref" title="Singapore summit">#{event.pk}</a>.' in html


@pytest.mark.django_db
def test_the_notes_text_and_the_events_title_are_escaped_around_the_link():
    event = EventFactory(title='Talks "resume" <soon>', date_start=datetime.date(2018, 6, 12))
    text = f"<b>It's</b> event {event.pk}\nnext"
    html = note_links(text, note_links_for([text]))
    assert html == (f'&lt;b&gt;It&#x27;s&lt;/b&gt; <a href="/events/{event.pk}/" class="event-ref" '
                    f'title="Talks &quot;resume&quot; &lt;soon&gt;">event {event.pk}</a><br>next')


def test_without_resolved_references_a_note_makes_no_query_and_links_none():
    # No database here: a query per note (the N+1 the page-wide resolution avoids) would fail this test.
    assert note_links("See #12.") == "See #12."


def test_a_number_after_a_word_that_numbers_things_of_its_own_is_not_a_reference():
    notes = ["Question #1", "Task #2, No. #3", "see page #4 and Exercises #5", "STEP\t#6", "Worksheet #7, part #8"]
    assert referenced_ids(notes) == set()
    # Only right after such a word: the next number is a reference again, and so is one after any other word.
    assert referenced_ids(["Task #2 is on #9; compare #10", "subquestion #11"]) == {9, 10, 11}
    # The word "event" always makes one, with or without "#".
    assert referenced_ids(["Question event 12", "Event #13", "Task event #14"]) == {12, 13, 14}


@pytest.mark.django_db
def test_a_question_number_stays_plain_though_a_published_event_has_that_number():
    event = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    text = f"Question #{event.pk}: when was #{event.pk}?"
    html = note_links(text, note_links_for([text]))
    assert html.startswith(f"Question #{event.pk}: when was <a href=")
    assert html.count('class="event-ref"') == 1


@pytest.mark.django_db
def test_event_hash_number_is_one_link_with_its_words():
    event = EventFactory(title="Singapore summit", date_start=datetime.date(2018, 6, 12))
    text = f"See Event #{event.pk}."
    html = note_links(text, note_links_for([text]))
    assert html == (f'See <a href="/events/{event.pk}/" class="event-ref" title="Singapore summit">'
                    f'Event #{event.pk}</a>.')
