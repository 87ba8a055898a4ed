"""CSV: one row per event, readable by spreadsheets and by Preceden-style importers, and by our own import."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from timeline.exports.records import EventRecord, SourceRecord

COLUMNS = [
    "start",
    "end",
    "precision",
    "approximate",
    "qualifier",
    "date_text",
    "title",
    "sentence",
    "actors",
    "category",
    "modality",
    "sources",
    "source_quotes",
    "note",
    "url",
]
ACTOR_SEPARATOR = "; "
# A cell starting with one of these is run as a formula by spreadsheets (CSV injection): such text is written with
# a leading apostrophe, which spreadsheets hide and our import removes again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def protect(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unprotect(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def format_source(source: SourceRecord) -> str:
    """'Title <https://…>' or just the title: one per line inside the cell."""
    return f"{source.title} <{source.url}>" if source.url else source.title


def event_row(record: EventRecord, site_url: str = "") -> dict[str, str]:
    return {
        "start": record.date_start.isoformat(),
        "end": record.date_end.isoformat(),
        "precision": record.precision,
        "approximate": "yes" if record.approximate else "no",
        "qualifier": record.date_mod,
        "date_text": record.date_text,
        "title": record.title,
        "sentence": record.sentence,
        "actors": ACTOR_SEPARATOR.join(record.actors),
        "category": record.category,
        "modality": record.modality,
        "sources": "\n".join(format_source(s) for s in record.sources),
        # Each source's own sentence (reports of one event word it differently), as a JSON list in source order.
        "source_quotes": json.dumps([s.quote for s in record.sources], ensure_ascii=False) if record.sources else "",
        "note": record.note,
        "url": site_url + record.path if record.path else "",
    }


def to_csv(records: Iterable[EventRecord], site_url: str = "") -> str:
    """The events as CSV text with a header row (RFC 4180 quoting, CRLF line ends as spreadsheets expect)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow({name: protect(value) for name, value in event_row(record, site_url).items()})
    return out.getvalue()
