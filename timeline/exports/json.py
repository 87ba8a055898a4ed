"""JSON: events with their sources and W3C Web Annotation selectors for each cited sentence."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable

from timeline.exports.records import EventRecord, SourceRecord, display_date

FORMAT = "diplomacy-timeline/events/1"

# The shape of what to_json writes, so consumers (and our tests) can check a file before trusting it.
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "title", "generated", "events"],
    "properties": {
        "format": {"const": FORMAT},
        "title": {"type": "string"},
        "generated": {"type": "string", "format": "date-time"},
        "events": {"type": "array", "items": {"$ref": "#/$defs/event"}},
    },
    "$defs": {
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "event": {
            "type": "object",
            "required": ["id", "title", "start", "end", "precision", "approximate", "display_date", "sentence", "actors", "sources"],
            "properties": {
                "id": {"type": ["integer", "null"]},
                "title": {"type": "string", "minLength": 1},
                "start": {"$ref": "#/$defs/date"},
                "end": {"$ref": "#/$defs/date"},
                "precision": {"enum": ["day", "week", "month", "season", "quarter", "half", "year", "decade"]},
                "approximate": {"type": "boolean"},
                "qualifier": {"type": "string"},
                "date_text": {"type": "string"},
                "display_date": {"type": "string"},
                "sentence": {"type": "string"},
                "summary": {"type": "string"},
                "category": {"type": "string"},
                "modality": {"enum": ["asserted", "planned", "hypothetical", "negated"]},
                "actors": {"type": "array", "items": {"type": "string"}},
                "note": {"type": "string"},
                "url": {"type": "string"},
                "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
            },
        },
        "source": {
            "type": "object",
            "required": ["type", "document", "quote", "target"],
            "properties": {
                "type": {"const": "Annotation"},
                "document": {
                    "type": "object",
                    "required": ["title", "url", "published"],
                    "properties": {"id": {"type": ["integer", "null"]}, "title": {"type": "string"}, "url": {"type": "string"}},
                },
                "quote": {"type": "string"},
                "target": {
                    "type": "object",
                    "required": ["source", "selector"],
                    "properties": {
                        "source": {"type": "string"},
                        "selector": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["type", "exact", "prefix", "suffix"],
                                        "properties": {"type": {"const": "TextQuoteSelector"}, "exact": {"type": "string", "minLength": 1}},
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "start", "end"],
                                        "properties": {
                                            "type": {"const": "TextPositionSelector"},
                                            "start": {"type": "integer", "minimum": 0},
                                            "end": {"type": "integer", "minimum": 0},
                                        },
                                    },
                                ]
                            },
                        },
                    },
                },
            },
        },
    },
}


def _source(source: SourceRecord, site_url: str) -> dict:
    document_path = f"/documents/{source.document_id}/" if source.document_id else ""
    selectors: list[dict] = [{"type": "TextQuoteSelector", "exact": source.quote, "prefix": source.prefix, "suffix": source.suffix}]
    if source.start is not None and source.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": source.start, "end": source.end})
    return {
        "type": "Annotation",
        "document": {
            "id": source.document_id,
            "title": source.title,
            "url": source.url,
            "publisher": source.publisher,
            "published": source.published,
        },
        "quote": source.quote,
        # The selectors address our copy of the text (offsets into the document as stored here).
        "target": {"source": site_url + document_path if document_path else source.url, "selector": selectors},
    }


def event_dict(record: EventRecord, site_url: str = "") -> dict:
    return {
        "id": record.id,
        "title": record.title,
        "start": record.date_start.isoformat(),
        "end": record.date_end.isoformat(),
        "precision": record.precision,
        "approximate": record.approximate,
        "qualifier": record.date_mod,
        "date_text": record.date_text,
        "display_date": display_date(record),
        "sentence": record.sentence,
        "summary": record.summary,
        "category": record.category,
        "modality": record.modality,
        "actors": list(record.actors),
        "note": record.note,
        "url": site_url + record.path if record.path else "",
        "sources": [_source(s, site_url) for s in record.sources],
    }


def to_json(records: Iterable[EventRecord], *, title: str = "Diplomacy timeline", site_url: str = "", generated: datetime.datetime | None = None) -> str:
    generated = generated or datetime.datetime.now(datetime.UTC)
    data = {
        "format": FORMAT,
        "title": title,
        "generated": generated.isoformat(timespec="seconds"),
        "events": [event_dict(r, site_url) for r in records],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
