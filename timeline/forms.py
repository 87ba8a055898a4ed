"""Editors' forms: the review queue's filters, the event form, notes, highlights and document uploads.

(The public timeline's filter form lives in timeline/filters.py.)
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import re
import uuid
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlencode

from django import forms
from django.forms import BoundField
from django.utils.html import format_html
from django.utils.text import Truncator, slugify

from timeline.dates import within_one_season
from timeline.extraction import DateReading, known_language, parse_date_phrase
from timeline.extraction.values import value_range
from timeline.filters import ignored_notice, unknown_choice_notice
from timeline.loading import (
    EXTENSIONS,
    DocumentError,
    DocumentInput,
    FuturePublishedDate,
    parse_document,
    title_from_name,
)
from timeline.models import (
    TIMELINE_ORDER,
    Actor,
    Annotation,
    Category,
    Document,
    Event,
    Extraction,
    Modality,
    Precision,
    Status,
)
from timeline.services import REASON_MAX_LENGTH, find_quote


class _QueueFilterField(BoundField):
    def value(self):
        # A select given a choice it does not offer (an old or mistyped link) shows, chosen, the option the queue
        # uses instead, which its notice names, rather than none chosen (a browser would show its first option,
        # whichever that is). A text box keeps what was typed, to be corrected there.
        if self.errors and isinstance(self.field, forms.ChoiceField):
            return self.form.fallback(self.name)
        return super().value()


# What is wrong with a confidence the queue cannot use, by the code of Django's error (the only number field).
CONFIDENCE_PROBLEMS = {"invalid": "was not understood", "max_value": "is more than 1", "min_value": "is less than 0"}


class QueueFilterForm(forms.Form):
    """The review queue's querystring. Bad values fall back to the defaults, each named in ``notice_items``."""

    bound_field_class = _QueueFilterField

    SORTS: ClassVar[dict[str, tuple[str, ...]]] = {
        "confidence": ("confidence", *TIMELINE_ORDER),
        "-confidence": ("-confidence", *TIMELINE_ORDER),
        "date": TIMELINE_ORDER,
        "newest": ("-created_at", "-pk"),
    }

    document = forms.ModelChoiceField(queryset=Document.objects.all(), required=False, empty_label="All documents")
    category = forms.ChoiceField(choices=[("", "All categories"), *Category.choices], required=False)
    # A text box: a number box shows a value it cannot read ("0,5") as empty, where it is to be corrected.
    max_confidence = forms.FloatField(min_value=0, max_value=1, required=False, label="Confidence at most",
                                      widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}))
    # The initial values are what an empty or unknown choice falls back to (fallback).
    status = forms.ChoiceField(choices=Status.choices, required=False, initial=Status.PROPOSED)
    sort = forms.ChoiceField(
        choices=[
            ("confidence", "lowest confidence first"),
            ("-confidence", "highest confidence first"),
            ("date", "by date"),
            ("newest", "newest first"),
        ],
        required=False,
        initial="confidence",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Where static/js/notices.js finds a field's notice: htmx refreshes the queue without the filter bar, so the
        # bar's fields are marked invalid (or no longer) after the notices that come with it.
        for name, field in self.fields.items():
            field.widget.attrs["data-notice"] = self.notice_id(name)

    def notice_id(self, name: str) -> str:
        """The id of the notice of field ``name``: Django's id for a field's error, which a field in error already
        points at (aria-describedby) and is marked invalid by, as the page renders it."""
        return f"{self[name].auto_id}_error"

    @property
    def notice_items(self) -> list[tuple[str, str]]:
        """What the filter bar could not use, in its order, each as (id, text), as the timeline's live region shows
        notices (timeline/_notices.html)."""
        items = []
        for field in self:
            if not field.errors:
                continue
            code, typed = field.errors.as_data()[0].code, self.data.get(field.name, "")
            if code == "invalid_choice":
                # Django's "Select a valid choice" asks for a choice no one made here: the value came in a link.
                notice = unknown_choice_notice(field.name, typed, self._fallback_label(field.name))
            elif code in CONFIDENCE_PROBLEMS:
                # Django's "Enter a number" and "Ensure this value is less than or equal to 1" named neither the box
                # nor what was typed: said as the timeline's date boxes say theirs.
                notice = (f"{field.label} “{typed[:20]}” {CONFIDENCE_PROBLEMS[code]} and is ignored "
                          "(try a number from 0 to 1, such as 0.5).")
            else:
                notice = ignored_notice(field.label, field.errors[0])
            items.append((self.notice_id(field.name), notice))
        return items

    def fallback(self, name: str) -> str:
        """The value filter ``name`` has when the querystring gives it none, or one not used."""
        return self.fields[name].initial or ""

    def _fallback_label(self, name: str) -> str:
        # (the documents' select lists its empty choice first: next() stops there, before the documents are read)
        used = self.fallback(name)
        label = str(next(label for value, label in self.fields[name].choices if str(value) == used))
        return label[:1].lower() + label[1:]

    def canonical_query(self, page: int = 1) -> str:
        """The querystring of the queue's own address for these filters, as querystring.canonical_query is the
        timeline's: the fields in the bar's order, none empty or at its default, values in their cleaned form, and a
        page only past the first. A value not used is kept as typed, so a reload of the address shows its notice."""
        self.is_valid()  # (cleans the fields; a field in error keeps its error and is read as typed below)
        pairs = []
        for name in self.fields:
            if self[name].errors:
                value = self.data.get(name, "")
            else:
                value = self.cleaned_data.get(name)
                value = "" if value is None else str(value.pk if isinstance(value, Document) else value)
                value = "" if value == self.fallback(name) else value
            if value:
                pairs.append((name, value))
        if page > 1:
            pairs.append(("page", str(page)))
        return urlencode(pairs)

    def filter(self, events):
        # Each value is used or not on its own: a bad confidence leaves the category given beside it in force (the
        # notice names only what was ignored). cleaned_data holds the fields that passed, valid form or not.
        self.is_valid()
        data = self.cleaned_data
        events = events.filter(status=data.get("status") or self.fallback("status"))
        if data.get("document"):
            events = events.filter(sources__document=data["document"]).distinct()
        if data.get("category"):
            events = events.filter(category=data["category"])
        if data.get("max_confidence") is not None:
            events = events.filter(confidence__lte=data["max_confidence"])
        return events.order_by(*self.SORTS[data.get("sort") or self.fallback("sort")])


# "2025-W10", the ISO week TimeML writes and the timeline's <time> carries, which the grammar does not read in text.
_ISO_WEEK = re.compile(r"\d{4}-W\d{2}", re.IGNORECASE)


def read_date(text: str, reference: datetime.date):
    """The editor's typed date, read by the extractor's date grammar; None if it cannot be read or runs backwards."""
    if _ISO_WEEK.fullmatch(text.strip()):
        value = text.strip().upper()
        span = value_range(value)  # None for a week the year has not (2025-W53)
        return DateReading(span[0], span[1], span[2], "", value) if span else None
    reading = parse_date_phrase(text.strip(), reference, "en") if text.strip() else None
    return None if reading is not None and _backwards(reading) else reading


def counted_from(text: str, reference: datetime.date) -> datetime.date | None:
    """The day a relative date ("next Tuesday", "last June") is counted from, or None for a date that names its
    own year: one whose reading moves with the reference is relative to it."""
    later = reference + datetime.timedelta(days=400)
    reading, moved = read_date(text, reference), read_date(text, later)
    if reading is None or moved is None or reading.date_start != moved.date_start:
        return reference if reading is not None else None
    return None


# The ends of a typed range as the grammar gives them (its value is "first/second" in the order typed), when both are
# plain ISO years, months or days; a season or a decade is left to the grammar.
_ISO_END = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _backwards(reading) -> tuple[str, str] | None:
    """A range whose second end comes before its first, as typed: the grammar turns it around, which silently made
    "December 2019 to January 2019" (January 2020 meant) the whole of 2019."""
    first, _, second = (reading.value or "").partition("/")
    if not (_ISO_END.fullmatch(first) and _ISO_END.fullmatch(second)):
        return None
    return (first, second) if second < first and not first.startswith(second) else None


def preview_date(text: str, precision: str, reference: datetime.date) -> tuple[DateReading | None, str]:
    """What Save will store for a typed date and the precision chosen over it, or why it will refuse them.

    Returns the reading (the chosen precision in place of the one the date gives, unless left at "as the date
    says") and the problem, either of them or neither (an empty box, which the preview answers with the event's
    dates).
    """
    reading = read_date(text, reference)
    if reading is None:
        return None, date_problem(text, reference) if text.strip() else ""
    if precision not in Precision.values:
        return reading, ""
    if precision == Precision.SEASON and not within_one_season(reading.date_start, reading.date_end):
        return None, longer_than_a_season(text.strip(), reading.date_start, reading.date_end)
    return dataclasses.replace(reading, precision=precision), ""


def longer_than_a_season(text: str, start: datetime.date, end: datetime.date) -> str:
    """Why a date cannot have the precision "season": the timeline names a season after the range's first day, so
    "late 2019" would read "late winter"."""
    first = f"{start.day} {start:%B}" if start.year == end.year else f"{start.day} {start:%B} {start.year}"
    return (
        f"“{text}” runs from {first} to {end.day} {end:%B} {end.year}, longer than one season: type the season "
        f"itself (“autumn {start.year}”) or choose another precision."
    )


def _iso_in_words(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {calendar.month_name[parts[1]]} {parts[0]}"
    return f"{calendar.month_name[parts[1]]} {parts[0]}" if len(parts) == 2 else str(parts[0])


DATE_EXAMPLES = 'Try "12 June 2018", "June 2018", "late 2019" or "2019-02-27 to 2019-02-28".'
_MONTHS = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# The day-month-year shapes an editor types; the extractor's grammar reads them, but not with an impossible day.
_DAY_SHAPES = [
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"),
]
# Day and month as numbers ("31/02/2019", "02/31/2019"): the grammar takes either order, whichever makes a date.
_NUMBERS_SHAPE = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})([-/.])(?P<second>\d{1,2})\2(?P<year>\d{4})(?![\d/.-])")


def _numbers_problem(typed: str) -> str:
    """Why day, month and year typed as numbers make no date, or empty: when one of the first two is past 12 it is
    the day, so the other is the month."""
    match = _NUMBERS_SHAPE.search(typed)
    if not match:
        return ""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first > 12 and second > 12:
        return f"This date cannot be read: “{typed}” names no month: neither {first} nor {second} is from 1 to 12."
    month, day = (second, first) if first > 12 else (first, second)
    if not 1 <= month <= 12 or day < 1:
        return ""
    return _past_month_end(typed, day, month, year)


def _past_month_end(typed: str, day: int, month: int, year: int) -> str:
    """Why a day past its month's end makes no date ("February 2019 has 28 days"), or empty."""
    length = calendar.monthrange(year, month)[1]
    if day <= length:
        return ""
    return (
        f"This date cannot be read: “{typed}” names day {day}, but {calendar.month_name[month]} {year} "
        f"has {length} days."
    )


def date_problem(text: str, reference: datetime.date) -> str:
    """Why a typed date cannot be read, naming what was typed: a range that runs backwards, an impossible day or
    month, or an unknown form.

    The extractor's grammar only says that it found no date; an editor who typed "31 Feb 2020" needs to be told
    that February 2020 has 29 days, not shown examples of dates.
    """
    typed = " ".join(text.split())
    reading = parse_date_phrase(text.strip(), reference, "en") if text.strip() else None
    if reading is not None and (ends := _backwards(reading)):
        first, second = (_iso_in_words(end) for end in ends)
        return (
            f"“{typed}” ends before it starts: {second} comes before {first}. Put the earlier date first, or check "
            f"the years."
        )
    for shape in _DAY_SHAPES:
        match = shape.search(typed)
        if not match:
            continue
        month_text, day, year = match["month"], int(match["day"]), int(match["year"])
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.casefold())
        if month is None:
            continue
        if not 1 <= month <= 12:
            return f"This date cannot be read: “{typed}” names month {month}; months run from 1 to 12."
        if day < 1:
            return f"This date cannot be read: “{typed}” names day {day}; days start at 1."
        if problem := _past_month_end(typed, day, month, year):
            return problem
    return _numbers_problem(typed) or (
        f"This date cannot be read: “{typed}” is not in a form the date reader knows. {DATE_EXAMPLES}"
    )


class ActorNamesField(forms.Field):
    """Actor names, one per form value (ticked checkboxes and the "add an actor" box share the name)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        return [v.strip() for v in (value or []) if v and v.strip()]

    def has_changed(self, initial, data) -> bool:
        # The same actors ticked in another order, or typed in another case, are the same actors.
        return sorted(n.casefold() for n in initial or []) != sorted(n.casefold() for n in self.to_python(data))


class TextBoxField(forms.CharField):
    """A text area's value, its line breaks stored as LF: browsers post them as CR LF, and the form as shown, posted
    again, is then no change."""

    def to_python(self, value) -> str:
        return _lf(super().to_python(value))

    def has_changed(self, initial, data) -> bool:
        return _lf(initial or "").strip() != self.to_python(data)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def shown_date_text(event: Event) -> str:
    """The date as the edit form shows it: as written, or as its stored range when nothing was written."""
    return event.date_text or f"{event.date_start:%Y-%m-%d} to {event.date_end:%Y-%m-%d}"


class EventForm(forms.Form):
    """An editor's change to one event. ``version`` is the version the form was loaded from (optimistic locking)."""

    # A few rows so a long title shows whole; still one line once saved (clean_title), as every page shows it.
    title = TextBoxField(max_length=200, widget=forms.Textarea(attrs={"rows": 2}))
    date_text = forms.CharField(
        max_length=200,
        label="Date",
        help_text='As you would write it: "12 June 2018", "late June 2018", "by 5 August 2026", "2019-02-27 to 2019-02-28".',
    )
    precision = forms.ChoiceField(
        choices=[("", "as the date says"), *Precision.choices],
        required=False,
        help_text="Override how exact the date is.",
    )
    summary = TextBoxField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    category = forms.ChoiceField(choices=[("", "none"), *Category.choices], required=False)
    modality = forms.ChoiceField(choices=Modality.choices)
    actors = ActorNamesField(required=False)
    status = forms.ChoiceField(choices=Status.choices)
    reason = forms.CharField(max_length=REASON_MAX_LENGTH, required=False, help_text="Required when the date changes.")
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, event: Event, reference: datetime.date, **kwargs):
        self.event = event
        self.reference = reference
        # Several events' forms can be open in the queue at once (beside its filter form): ids must not clash.
        kwargs.setdefault("auto_id", f"event-{event.pk}-%s")
        super().__init__(*args, **kwargs)
        self.reading = None
        self.counted_from = None

    @classmethod
    def initial_for(cls, event: Event, actor_names: list[str] | None = None) -> dict:
        """The form's values for an event (or a historical row of one, whose actors are passed as names)."""
        return {
            "title": event.title,
            "date_text": shown_date_text(event),
            "summary": event.summary,
            "category": event.category,
            "modality": event.modality,
            "actors": actor_names if actor_names is not None else [a.name for a in event.actors.all()],
            "status": event.status,
            "version": event.version,
        }

    @classmethod
    def preview(cls, data, *, event: Event, reference: datetime.date) -> EventForm:
        """The form as the editor typed it, unbound, with the typed date read into ``reading`` (at the precision
        chosen for it) or why it cannot be stored into ``problem``.

        Nothing else is validated: a preview (the no-JavaScript "Preview the date") answers how the date will be
        stored, and the other checks (a reason for a new date, a title left empty for now) belong to saving.
        """
        initial = {name: data.getlist(name) if name == "actors" else data.get(name, "") for name in cls.base_fields}
        form = cls(initial=initial, event=event, reference=reference)
        form.reading, form.problem = preview_date(initial["date_text"], initial["precision"], reference)
        form.counted_from = counted_from(initial["date_text"], reference) if form.reading else None
        return form

    def rebase(self, loaded: dict, current: dict) -> tuple[dict, list[str]]:
        """Three-way merge after a conflict: this form's data moved onto ``current`` (the event as now saved).

        A field the editor left as it was ``loaded`` takes the current value; a field they changed keeps their
        value. Returns the merged data (carrying the current version) and the names of the fields they changed,
        so saving the merged form applies exactly their changes on top of the other editor's.
        """
        merged = self.data.copy()
        changed = []
        for name, now in current.items():
            if name == "version":
                continue
            if name == "actors":
                mine = sorted(n.strip().casefold() for n in self.data.getlist(name) if n.strip())
                if mine == sorted(n.casefold() for n in loaded.get(name) or []):
                    merged.setlist(name, now)
                else:
                    changed.append(name)
            elif self.data.get(name, "").strip() == str(loaded.get(name) or "").strip():
                merged[name] = now
            else:
                changed.append(name)
        merged["version"] = str(current["version"])
        return merged, changed

    def clean_title(self) -> str:
        """The title as one line: a line break typed or pasted into the box becomes one space."""
        return re.sub(r"\s*[\r\n]+\s*", " ", self.cleaned_data["title"]).strip()

    def clean_date_text(self) -> str:
        text = self.cleaned_data["date_text"]
        self.reading = read_date(text, self.reference)
        if self.reading is None:
            raise forms.ValidationError(date_problem(text, self.reference))
        self.counted_from = counted_from(text, self.reference)
        return text.strip()

    def clean_actors(self) -> list[Actor]:
        names = self.cleaned_data["actors"]
        known = {a.name.casefold(): a for a in Actor.objects.filter(name__in=names)} if names else {}
        if len(known) < len({n.casefold() for n in names}):
            # Names are unique but may differ in case from what was typed: look the rest up case-insensitively.
            for actor in Actor.objects.all():
                known.setdefault(actor.name.casefold(), actor)
        unknown = [n for n in names if n.casefold() not in known]
        if unknown:
            raise forms.ValidationError(f"Unknown actor(s): {', '.join(unknown)}. Pick names from the list.")
        return list({known[n.casefold()].pk: known[n.casefold()] for n in names}.values())

    def date_changes(self) -> dict:
        reading = self.reading
        event = self.event
        if (self.cleaned_data["date_text"] == shown_date_text(event).strip()
                and self.cleaned_data.get("precision") in ("", event.precision)):
            # The date left as it was shown keeps the dates stored with it: a precision an editor chose, or dates
            # its text, read again today (relative to another day), would no longer give. Editing the title must
            # not move the date, nor ask why it moved.
            return {"date_text": event.date_text, "date_start": event.date_start, "date_end": event.date_end,
                    "precision": event.precision, "date_mod": event.date_mod}
        return {
            "date_text": self.cleaned_data["date_text"],
            "date_start": reading.date_start,
            "date_end": reading.date_end,
            "precision": self.cleaned_data.get("precision") or reading.precision,
            "date_mod": reading.mod or "",
        }

    def clean(self):
        data = super().clean()
        if self.reading is not None and "precision" in data:
            dates = self.date_changes()
            moved = (dates["date_start"], dates["date_end"], dates["precision"]) != (
                self.event.date_start,
                self.event.date_end,
                self.event.precision,
            )
            if moved and not data.get("reason", "").strip():
                self.add_error("reason", "Say why the date changes (for example, which source gives it).")
            if data["precision"] == "season" and not within_one_season(dates["date_start"], dates["date_end"]):
                problem = longer_than_a_season(data["date_text"], dates["date_start"], dates["date_end"])
                self.add_error("precision", problem)
        return data

    def changes(self) -> dict:
        data = self.cleaned_data
        fields = {name: data[name] for name in ("title", "summary", "category", "modality", "status")}
        return {**fields, **self.date_changes()}

    def changes_nothing(self) -> bool:
        """Whether saving this form would change nothing: it was posted as shown (its ``initial``, the event as it
        stands now), or what it would store is what the event holds.

        The first is asked before validating: a form saved as shown is no change even where the shown date text
        would now be read differently (relative to another day, or without the precision chosen for it), which
        validation would take for a new date needing a reason.
        """
        # The reason only explains a change and the version only guards one: neither is a change of its own.
        if not set(self.changed_data) - {"reason", "version"}:
            return True
        if not self.is_valid():
            return False
        event = self.event
        actors = {a.pk for a in self.cleaned_data["actors"]}
        return actors == {a.pk for a in event.actors.all()} and all(
            getattr(event, name) == value for name, value in self.changes().items()
        )


# Who can see a note, in plain words, narrowest first: the add-note, reply, edit and highlight forms show these as
# radio buttons (annotations/_visibility.html) starting at Annotation.default_visibility, never at "everyone".
VISIBILITY_CHOICES = [
    (Annotation.Visibility.PRIVATE.value, "Only me"),
    (Annotation.Visibility.EDITORS.value, "Me and the editors"),
    (Annotation.Visibility.PUBLIC.value, "Everyone: students, visitors and shared timelines"),
]
# A note left blank (or only spaces, which the form strips): Django's "This field is required." did not say which
# box on a page of notes, nor what to do.
BLANK_NOTE = "Write the note before saving it."
# A highlight posted without its passage (spaces alone pass the box's `required`): Django's "This field is required."
# named no box, and the refused form's box is labelled "Passage", not "Quote exact".
NO_PASSAGE = "Select the passage to highlight first."


class NoteForm(forms.ModelForm):
    # No initial value here: the views start a new note at Annotation.default_visibility, an edit at the note's own.
    visibility = forms.ChoiceField(choices=VISIBILITY_CHOICES, label="Who can see it")

    class Meta:
        model = Annotation
        fields = ["body", "visibility"]
        labels = {"body": "Note"}
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"body": "Plain text; web addresses become links."}
        error_messages = {"body": {"required": BLANK_NOTE}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A highlight's note may be left empty, its passage being what it marks; a note on an event is its words.
        self.fields["body"].required = not self.instance.document_id


class HighlightForm(forms.Form):
    """A passage selected in the document reader (W3C TextQuoteSelector + TextPositionSelector), and a note on it if
    wanted: a passage may just be marked."""

    # The passage's own words, kept as selected (spaces and all), so only a passage with no words at all is "empty".
    quote_exact = forms.CharField(max_length=5000, strip=False, label="Passage",
                                  error_messages={"required": NO_PASSAGE})
    quote_prefix = forms.CharField(max_length=64, required=False, strip=False)
    quote_suffix = forms.CharField(max_length=64, required=False, strip=False)
    # Filled in by static/js/highlight.js from the selection; without them the quote alone must find the passage.
    position_start = forms.IntegerField(min_value=0, required=False)
    position_end = forms.IntegerField(min_value=0, required=False)
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Note", required=False)
    visibility = forms.ChoiceField(choices=VISIBILITY_CHOICES)

    def __init__(self, *args, document: Document, **kwargs):
        self.document = document
        super().__init__(*args, **kwargs)

    def clean_quote_exact(self) -> str:
        exact = self.cleaned_data["quote_exact"]
        # Spaces alone would be found all over the text ("“” is in the document's text 40 times").
        if not exact.strip():
            raise forms.ValidationError(NO_PASSAGE, code="required")
        return exact

    def clean(self):
        data = super().clean()
        start, end, exact = data.get("position_start"), data.get("position_end"), data.get("quote_exact")
        if not exact:
            return data
        text = self.document.text
        if start is None or end is None:
            start, end = -1, -1
        # The offsets are only trusted if they pick out exactly the quoted text in the stored document. The reader
        # lays the text out in paragraphs, so a browser's count can drift; then the quote itself must pick out one
        # place (with its prefix and suffix if it occurs more than once), or the selection is refused.
        if start < 0 or end <= start or text[start:end] != exact:
            place = find_quote(text, exact, data.get("quote_prefix", ""), data.get("quote_suffix", ""))
            if place is None:
                shown, count = Truncator(" ".join(exact.split())).chars(80), text.count(exact)
                if count:
                    raise forms.ValidationError(
                        f"“{shown}” is in the document's text {count} times; select a longer passage that is there once."
                    )
                raise forms.ValidationError(
                    f"“{shown}” is not in the document's text; select the passage again, or copy it exactly."
                )
            start, end = data["position_start"], data["position_end"] = place
        data["quote_prefix"] = text[max(0, start - 32) : start]
        data["quote_suffix"] = text[end : end + 32]
        return data


# A tag such as <p>, </div> or <br/>: pasted page source, not the text as it reads ("odds of <10%" is not one).
_HTML_TAG = re.compile(r"</?([a-z][a-z0-9]*)\b[^<>]*>", re.IGNORECASE)


class DocumentUploadForm(forms.Form):
    """A document pasted or uploaded by an editor; checked exactly as the ingest command checks files."""

    failed_copy: Document | None = None  # set by clean(): an earlier upload of this text that failed to extract
    NO_TITLE = "Give it a title (or a 'title:' line in its front matter)."

    title = forms.CharField(
        max_length=300,
        required=False,
        help_text="If left empty: the front matter's title, the HTML page's or the file's name. Pasted text needs one.",
    )
    published = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=(
            "Needed unless the front matter gives it: the reference date for words like 'Sunday' or 'last month'."
        ),
    )
    source = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=500, required=False, label="Address (URL)")
    language = forms.CharField(
        max_length=10, required=False, label="Language code", widget=forms.TextInput(attrs={"size": 6}),
        help_text="English (en) is read in full. In other languages (fr, de, ko, ...) only dates written out in full "
                  "are found. Taken from the front matter if left empty.",
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12}), required=False, strip=False, label="Paste the text"
    )
    # An empty file is refused in clean(), by its name: refused here, the form also asked for a file to be chosen.
    file = forms.FileField(required=False, allow_empty_file=True, label="or upload a file",
                           help_text=f"{', '.join(EXTENSIONS)}",
                           widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}))

    def clean_language(self):
        code = (self.cleaned_data.get("language") or "").strip().lower()
        if code and not known_language(code):
            raise forms.ValidationError(f"{code!r} is not a language code the extractor knows; use one such as en, "
                                        "fr, de or ko.")
        return code

    def clean(self):
        data = super().clean()
        upload, text = data.get("file"), data.get("text") or ""
        if upload and text.strip():
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        if not upload and not text.strip():
            raise forms.ValidationError("Paste the text or choose a file to upload.")
        if upload:
            name = Path(upload.name).name
            suffix = Path(name).suffix.lower()
            if suffix not in EXTENSIONS:
                self.add_error(
                    "file", f"{name}: unknown extension {suffix or '(none)'!r}; expected one of {', '.join(EXTENSIONS)}"
                )
                return data
            if not upload.size:
                self.add_error("file", f"{name} is empty: choose the file that holds the text.")
                return data
            raw, is_html = upload.read(), suffix in (".html", ".htm")
        else:
            name, raw, is_html = "the pasted text", text.encode("utf-8"), False
            if tag := _HTML_TAG.search(text):
                # Stored as it is, the markup would be read as the story's words and shown to students as such.
                self.add_error("text", (
                    f"{name}: looks like HTML (it contains <{tag[1].lower()}>); paste the text as it reads on the "
                    "page, or save the page and upload it as an .html file so only its readable text is kept."
                ))
                return data
        key = (
            f"upload-{uuid.uuid4().hex[:12]}-{slugify(Path(name).stem if upload else data.get('title') or 'text')[:60]}"
        )
        overrides = {k: data.get(k) for k in ("title", "published", "source", "url", "language")}
        try:
            # With no title given, an upload is named after its file (not its key, "upload-1f3a9c0b2d4e-…"), and
            # pasted text, which has no name, must be given one (below).
            untitled = title_from_name(name) if upload else ""
            self.document_input: DocumentInput = parse_document(
                raw, name=name, key=key, html=is_html, overrides=overrides, untitled=untitled
            )
        except FuturePublishedDate as exc:
            # Told at the date field when the editor typed it there; a front-matter date is the file's problem.
            if not data.get("published"):
                raise forms.ValidationError(str(exc)) from None
            self.add_error("published", f"The {exc.problem}")
            return data
        except DocumentError as exc:
            if not data.get("published") and "no published date" in str(exc):
                self.add_error(
                    "published", "Give the date it was published (or a 'published:' line in its front matter)."
                )
                # A title missing too is told now, not after the date is given: read again with a stand-in date.
                try:
                    read = parse_document(raw, name=name, key=key, html=is_html, untitled=untitled,
                                          overrides={**overrides, "published": datetime.date.today()})
                except DocumentError:
                    return data
                if not read.title:
                    self.add_error("title", self.NO_TITLE)
                return data
            raise forms.ValidationError(str(exc)) from None
        if not self.document_input.title:
            self.add_error("title", self.NO_TITLE)
            return data
        # Every stored document has its text's hash, an upload still waiting for the task worker included.
        same_text = Document.objects.filter(text_hash=Document.hash_text(self.document_input.text))
        # An earlier copy whose extraction failed is replaced by this one (services.add_document): the editor is
        # adding the text again to get its events, and refusing it as a copy of a document with none helps nobody.
        self.failed_copy = same_text.filter(extraction=Extraction.FAILED).first()
        existing = same_text.exclude(extraction=Extraction.FAILED).first()
        if existing is not None:
            # A link to it: the editor most likely wants its events, or to check that it is the same story. One still
            # pending has no events yet: its page says where its extraction stands (and offers a retry if stuck).
            done = existing.extraction == Extraction.DONE
            then = "to see its events" if done else "to see where its extraction stands"
            raise forms.ValidationError(format_html(
                "This text is already stored as “<a href=\"{}\">{}</a>”; open it {}.",
                existing.get_absolute_url(), existing.title, then,
            ))
        return data
