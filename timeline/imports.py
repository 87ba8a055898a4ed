"""Importing events from CSV (the columns of our CSV export) and TimelineJS3 JSON, as proposed events.

Parsing checks every row first and reports each bad one by its line (CSV) or its position (TimelineJS);
only a file with no bad rows is written, in one transaction, so nothing is ever half imported. Our own exports
carry everything an event has (dates, precision, qualifier, actors, sources, note), so they re-import without loss.
"""

from __future__ import annotations

import calendar
import csv
import datetime
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from timeline.exports import EventRecord, SourceRecord
from timeline.exports.csv import ACTOR_SEPARATOR, COLUMNS, unprotect
from timeline.exports.timelinejs import CATEGORY_LABELS, title_from_headline
from timeline.models import (
    Actor,
    Annotation,
    Category,
    DateMod,
    Document,
    Event,
    EventSource,
    Modality,
    Precision,
    Status,
    fold,
)

MAX_ROWS = 5000
# What an import reads, for the file input's accept attribute and the refusals.
TAKES = "a CSV (.csv) or TimelineJS JSON (.json) file saved as UTF-8 text"
# Kinds of file whose name says they are not text: refused by name, as their bytes might decode by chance (a PDF
# of plain ASCII) and be read as rows. Other names are read (a CSV saved as .txt, or with no extension, works).
NOT_TEXT = frozenset(
    ".pdf .doc .docx .odt .rtf .pages .xls .xlsx .xlsm .ods .numbers .ppt .pptx .odp .key"
    " .png .jpg .jpeg .gif .webp .heic .tif .tiff .bmp .svg .ico"
    " .zip .gz .tgz .tar .bz2 .xz .7z .rar .mp3 .mp4 .mov .wav .avi .exe .dmg".split()
)
SOURCE_LINE = re.compile(r"^(?P<title>.*?)\s*(?:<(?P<url>[^<>\s]*)>)?$")


class UnreadableFile(Exception):
    """The file as a whole cannot be read (not CSV, not JSON, no events)."""


@dataclass
class ImportResult:
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_actors: list[str] = field(default_factory=list)
    already_here: list[str] = field(default_factory=list)  # titles of rows the site holds already


# --- dates ---------------------------------------------------------------------------------------------------


def _period_end(start: datetime.date, precision: str) -> datetime.date:
    if precision == Precision.DAY:
        return start
    if precision == Precision.WEEK:
        return start + datetime.timedelta(days=6)  # the seven days from the start, as a week is stored
    if precision == Precision.MONTH:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision in (Precision.SEASON, Precision.QUARTER, Precision.HALF):
        month = start.month + (5 if precision == Precision.HALF else 2)
        year = start.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return datetime.date(year, month, calendar.monthrange(year, month)[1])
    if precision == Precision.DECADE:
        return datetime.date(start.year // 10 * 10 + 9, 12, 31)
    return datetime.date(start.year, 12, 31)


def _parse_date(text: str) -> tuple[datetime.date, str]:
    """'2018-06-12', '2018-06' or '2018' -> first day and the precision the text itself shows."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return datetime.date(int(text), 1, 1), Precision.YEAR
    if re.fullmatch(r"\d{4}-\d{1,2}", text):
        year, month = map(int, text.split("-"))
        return datetime.date(year, month, 1), Precision.MONTH
    return datetime.date.fromisoformat(text), Precision.DAY


def _choice(value: str, choices, what: str, default: str = "") -> str:
    """A value or its label, case-insensitively, from a TextChoices; empty gives the default."""
    value = value.strip()
    if not value:
        return default
    for key, label in choices.choices:
        if value.lower() in (key.lower(), label.lower()):
            return key
    raise ValueError(f"unknown {what} {value!r}")


# --- CSV -----------------------------------------------------------------------------------------------------


def _csv_row(raw: dict[str, str]) -> EventRecord:
    get = lambda name: unprotect((raw.get(name) or "").strip())  # noqa: E731
    if not get("start"):
        raise ValueError("the start date is missing")
    try:
        start, shown_precision = _parse_date(get("start"))
    except ValueError:
        raise ValueError(f"start {get('start')!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    precision = _choice(get("precision"), Precision, "precision", shown_precision)
    try:
        end = _parse_date(get("end"))[0] if get("end") else _period_end(start, precision)
    except ValueError:
        raise ValueError(f"end {get('end')!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    if get("end") and _parse_date(get("end"))[1] != Precision.DAY:
        end = _period_end(end, _parse_date(get("end"))[1])
    if end < start:
        raise ValueError(f"the end ({end}) is before the start ({start})")
    approximate = get("approximate").lower()
    if approximate not in ("", "yes", "no", "true", "false", "1", "0", "y", "n"):
        raise ValueError(f"approximate should be yes or no, not {get('approximate')!r}")
    date_mod = _choice(get("qualifier"), DateMod, "date qualifier")
    if not date_mod and approximate in ("yes", "true", "1", "y"):
        date_mod = DateMod.APPROX
    title = get("title") or get("sentence")[:200]
    if not title:
        raise ValueError("an event needs a title or a sentence")
    lines = [line for line in (s.strip() for s in get("sources").splitlines()) if line]
    quotes = _source_quotes(raw.get("source_quotes") or "", len(lines))
    sources = []
    for line, quote in zip(lines, quotes):
        match = SOURCE_LINE.match(line)
        sources.append(_source(match["title"] or match["url"] or "", match["url"] or "", quote or get("sentence")))
    return EventRecord(
        id=None,
        title=title[:200],
        date_start=start,
        date_end=end,
        precision=precision,
        date_mod=date_mod,
        date_text=get("date_text")[:200],
        sentence=get("sentence"),
        category=_choice(get("category"), Category, "category"),
        modality=_choice(get("modality"), Modality, "modality", Modality.ASSERTED),
        actors=tuple(a.strip() for a in get("actors").split(ACTOR_SEPARATOR.strip()) if a.strip()),
        sources=tuple(sources),
        note=get("note"),
    )


def _source_quotes(cell: str, count: int) -> list[str]:
    """The source_quotes column: a JSON list with each source's own sentence; empty means the event's sentence."""
    if not cell.strip():
        return [""] * count
    try:
        quotes = json.loads(cell)
    except json.JSONDecodeError:
        quotes = None
    if not isinstance(quotes, list) or len(quotes) != count or not all(isinstance(q, str) for q in quotes):
        raise ValueError(f"source_quotes should be a JSON list of {count} quote{'s' if count != 1 else ''}, one per source")
    return quotes


def _source(title: str, url: str, sentence: str) -> SourceRecord:
    """A cited source as an import knows it: no document of ours yet, so no offsets."""
    return SourceRecord(document_id=None, title=title, url=url, publisher="", published="", quote=sentence, start=None, end=None)


def parse_csv(text: str) -> tuple[list[EventRecord], list[str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "start" not in header or not ({"title", "sentence"} & set(header)):
        raise UnreadableFile(f"The first line must name the columns, including start and title: {', '.join(COLUMNS)}.")
    reader.fieldnames = header
    rows, errors = [], []
    line = 2  # the header is line 1; a quoted field can span lines, so count from the reader
    for raw in reader:
        where = f"line {line}"
        line = reader.line_num + 1
        if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
            continue
        try:
            rows.append(_csv_row(raw))
        except ValueError as exc:
            errors.append(f"{where.capitalize()}: {exc}.")
    return rows, errors


# --- TimelineJS ----------------------------------------------------------------------------------------------


class _SlideText(HTMLParser):
    """Reads back the HTML our TimelineJS export writes into a slide (and plain text from anyone else's)."""

    def __init__(self):
        super().__init__()
        self.attrs: dict[str, str] = {}
        self.sentence, self.note, self.plain = [], [], []
        self.actors: list[str] = []
        self.sources: list[tuple[str, str]] = []
        self._where: list[str] = []
        self._href = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        css = attrs.get("class", "")
        if css == "tl-event":
            self.attrs = {k[5:]: v or "" for k, v in attrs.items() if k.startswith("data-")}
        if tag == "a":
            self._href = attrs.get("href", "")
        if tag == "li" and self._where and self._where[-1] == "tl-actors":
            self.actors.append("")
        if tag == "li" and self._where and self._where[-1] == "tl-sources":
            self.sources.append(["", "", ""])  # title, url, quote
            self._href = ""
        if css.startswith("tl-") and css != "tl-event":
            self._where.append(css)

    def handle_endtag(self, tag):
        if self._where and tag in ("blockquote", "ul", "ol", "p", "q"):
            self._where.pop()

    def handle_data(self, data):
        where = self._where[-1] if self._where else ""
        if where == "tl-sentence":
            self.sentence.append(data)
        elif where == "tl-note":
            self.note.append(data)
        elif where == "tl-actors" and self.actors:
            self.actors[-1] += data
        elif where == "tl-sources" and self.sources:
            self.sources[-1][0] += data
            self.sources[-1][1] = self._href
        elif where == "tl-quote" and self.sources:
            self.sources[-1][2] += data
        elif where != "tl-link":
            self.plain.append(data)


def _strip_html(text: str) -> str:
    parser = _SlideText()
    parser.feed(text or "")
    return " ".join("".join(parser.plain).split())


def _tjs_date(value: dict, what: str) -> tuple[datetime.date, str]:
    if not isinstance(value, dict) or not str(value.get("year", "")).strip().lstrip("-").isdigit():
        raise ValueError(f"{what} needs a year")
    year = int(value["year"])
    month, day = str(value.get("month") or "").strip(), str(value.get("day") or "").strip()
    # Say which date is wrong and why, as the editor would write it: not Python's "month must be in 1..12".
    shown = "-".join(part for part in (str(value["year"]).strip(), month, day) if part)
    wrong = f"{what} {shown} is not a date"
    if not (month.isdigit() or not month) or not (day.isdigit() or not day):
        raise ValueError(f"{wrong}: its month and day must be numbers")
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise ValueError(f"{wrong}: years run from {datetime.MINYEAR} to {datetime.MAXYEAR}")
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"{wrong}: there is no month {int(month)}")
    if day and month:
        length = calendar.monthrange(year, int(month))[1]
        if not 1 <= int(day) <= length:
            raise ValueError(f"{wrong}: {calendar.month_name[int(month)]} {year} has {length} days")
        return datetime.date(year, int(month), int(day)), Precision.DAY
    if month:
        return datetime.date(year, int(month), 1), Precision.MONTH
    return datetime.date(year, 1, 1), Precision.YEAR


def _tjs_row(slide: dict) -> EventRecord:
    if not isinstance(slide, dict):
        raise ValueError("is not an object")
    start, precision = _tjs_date(slide.get("start_date"), "start_date")
    end = _period_end(start, precision)
    if slide.get("end_date"):
        end_day, end_precision = _tjs_date(slide["end_date"], "end_date")
        end = _period_end(end_day, end_precision)
    text = slide.get("text") or {}
    parser = _SlideText()
    parser.feed(text.get("text") or "")
    ours = parser.attrs
    if ours:
        # Our own export: the exact dates and precision travel in data attributes.
        start = datetime.date.fromisoformat(ours["start"])
        end = datetime.date.fromisoformat(ours["end"])
        precision = _choice(ours.get("precision", ""), Precision, "precision", precision)
    if end < start:
        raise ValueError(f"the end ({end}) is before the start ({start})")
    modality = _choice(ours.get("modality", ""), Modality, "modality", Modality.ASSERTED)
    title = _strip_html(text.get("headline") or "")
    if ours:  # our export put "Planned or announced: " (and the like) before the title
        title = title_from_headline(title, modality)
    # Our own text is kept as written (paragraph breaks included); anyone else's HTML is flattened to text.
    sentence = "".join(parser.sentence).strip() or _strip_html(text.get("text") or "")
    if not title and not sentence:
        raise ValueError("has neither a headline nor text")
    group = str(slide.get("group") or "")
    category = ours.get("category") or next((k for k, label in CATEGORY_LABELS.items() if label.lower() == group.lower()), "")
    return EventRecord(
        id=None,
        title=(title or sentence)[:200],
        date_start=start,
        date_end=end,
        precision=precision,
        date_mod=_choice(ours.get("qualifier", ""), DateMod, "date qualifier"),
        date_text=(ours.get("date-text") or str(slide.get("display_date") or ""))[:200],
        sentence=sentence,
        category=_choice(category, Category, "category"),
        modality=modality,
        actors=tuple(a.strip() for a in parser.actors if a.strip()),
        sources=tuple(_source(" ".join(t.split()), u, q.strip() or sentence) for t, u, q in parser.sources),
        note="".join(parser.note).strip(),
    )


def parse_timelinejs(text: str) -> tuple[list[EventRecord], list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableFile(f"This is not JSON (line {exc.lineno}: {exc.msg}).") from None
    slides = data.get("events") if isinstance(data, dict) else None
    if not isinstance(slides, list):
        raise UnreadableFile("A TimelineJS file has an 'events' list; this one does not.")
    rows, errors = [], []
    for number, slide in enumerate(slides, 1):
        try:
            rows.append(_tjs_row(slide))
        except (ValueError, TypeError, KeyError) as exc:
            errors.append(f"Event {number}: {exc}.")
    return rows, errors


# --- writing -------------------------------------------------------------------------------------------------


def _actor(name: str, actors: dict[str, Actor], result: ImportResult) -> Actor:
    actor = actors.get(fold(name))
    if actor is None:
        # Not in the gazetteer: created so nothing is lost; editors set its kind when they review.
        slug = slugify(name)[:190] or "actor"
        if Actor.objects.filter(slug=slug).exists():
            slug = f"{slug}-{hashlib.sha256(name.encode()).hexdigest()[:8]}"
        actor = Actor.objects.create(name=name[:200], slug=slug, kind=Actor.Kind.ORGANISATION)
        actors[fold(name)] = actor
        result.new_actors.append(name)
    return actor


def _source_document(title: str, url: str, quote: str) -> tuple[Document, int, int]:
    """The document we hold that has this URL (or else this title) and contains the quote, with the quote's
    offsets; failing that, a stub document holding only the quoted sentence, so the citation is not lost."""
    # Not an upload still being extracted or failed: a citation must not hang on a document readers cannot open.
    documents = Document.objects.extracted()
    candidates = documents.filter(url=url) if url else documents.none()
    if not candidates.exists():
        candidates = documents.filter(title=title)
    for document in candidates.order_by("pk") if quote else []:
        if quote in document.text:
            start = document.text.index(quote)
            return document, start, start + len(quote)
    key = "import-" + hashlib.sha256(f"{url}\x1f{title}\x1f{quote}".encode()).hexdigest()[:24]
    text = quote or title
    document, _ = Document.objects.get_or_create(
        key=key,
        defaults={
            "title": title[:300] or url[:300],
            "url": url[:500],
            "source": "Imported citation",
            "published": timezone.localdate(),
            "text": text,
            "text_hash": Document.hash_text(text),
        },
    )
    return document, 0, len(document.text)


def save_rows(rows: list[EventRecord], *, user) -> ImportResult:
    """Create the rows as proposed events, all in one transaction."""
    result = ImportResult()
    with transaction.atomic():
        # By name or alias, case and accents aside as the search reads them: "Serguei Lavrov" is the "Sergueï
        # Lavrov" already held, not a new actor for the editors to merge.
        actors = {}
        for actor in Actor.objects.all():
            actors[fold(actor.name)] = actor
            for alias in actor.aliases or []:
                actors.setdefault(fold(str(alias)), actor)
        seen: set[tuple] = set()
        for row in rows:
            # Importing a file twice, or a site's own export, must not fill the queue with copies: a row the
            # site already holds (same title, dates, precision and sentence, in any status) is skipped.
            key = (row.title, row.date_start, row.date_end, row.precision, row.sentence)
            if key in seen or Event.objects.filter(
                title=row.title, date_start=row.date_start, date_end=row.date_end, precision=row.precision,
                sentence=row.sentence,
            ).exists():
                result.already_here.append(row.title)
                continue
            seen.add(key)
            event = Event.objects.create(
                title=row.title,
                date_start=row.date_start,
                date_end=row.date_end,
                precision=row.precision,
                date_mod=row.date_mod,
                date_text=row.date_text,
                sentence=row.sentence,
                category=row.category,
                modality=row.modality,
                status=Status.PROPOSED,
                # The dates were given by a person or another tool, not read from text by our extractor.
                confidence=1.0,
            )
            event.actors.set([_actor(name, actors, result) for name in row.actors])
            for source in row.sources:
                document, start, end = _source_document(source.title, source.url, source.quote or row.sentence)
                fingerprint = hashlib.sha256(f"import\x1f{row.sentence}\x1f{row.date_text}\x1f{event.pk}".encode()).hexdigest()
                EventSource.objects.create(
                    event=event,
                    document=document,
                    sentence_start=start,
                    sentence_end=end,
                    quote=document.text[start:end],
                    date_text=row.date_text,
                    reported_start=row.date_start,
                    reported_end=row.date_end,
                    reported_precision=row.precision,
                    reported_mod=row.date_mod,
                    fingerprint=fingerprint,
                )
            if row.note:
                Annotation.objects.create(author=user, body=row.note, event=event, visibility=Annotation.Visibility.PUBLIC)
            result.events.append(event)
    return result


def import_file(name: str, data: bytes, *, user) -> ImportResult:
    """Read a CSV or TimelineJS JSON file and, if every row is good, create its events; else only report."""
    # Told as the document loader tells them (loading.parse_document): the file by name, and what is wrong where.
    if b"\x00" in data:
        return ImportResult(errors=[f"{name}: looks like a binary file (it contains NUL bytes); expected UTF-8 text."])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ImportResult(errors=[
            f"{name}: is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8."
        ])
    try:
        is_json = name.lower().endswith(".json") or text.lstrip().startswith("{")
        rows, errors = parse_timelinejs(text) if is_json else parse_csv(text)
    except (UnreadableFile, csv.Error) as exc:
        return ImportResult(errors=[str(exc)])
    if not rows and not errors:
        errors = ["The file has no events."]
    if len(rows) > MAX_ROWS:
        errors.append(f"At most {MAX_ROWS} events can be imported at once; this file has {len(rows)}.")
    if errors:
        return ImportResult(errors=errors)
    return save_rows(rows, user=user)
