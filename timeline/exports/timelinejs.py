"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per event, eras as bands.

A slide's date objects carry only the fields its precision knows: a year-precision event has no month or day,
so TimelineJS never shows a day we do not know. The slide text is HTML with classes and data attributes that
our import reads back, so an export of ours re-imports without loss. What did not simply happen says so before its
headline ("Planned or announced: …"), as the timeline's badge does; ``title_from_headline`` takes that off again.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from timeline.exports.records import MODALITY_LABELS, EventRecord, display_date

CATEGORY_LABELS = {
    "AGREE": "Agree", "CONSULT": "Consult", "SUPPORT": "Support", "CONCEDE": "Concede", "COOPERATE": "Cooperate",
    "AID": "Aid", "RETREAT": "Retreat", "REQUEST": "Request", "ACCUSE": "Accuse", "REJECT": "Reject",
    "THREATEN": "Threaten", "PROTEST": "Protest", "SANCTION": "Sanction", "MOBILIZE": "Mobilize",
    "COERCE": "Coerce", "ASSAULT": "Assault",
}  # fmt: skip


@dataclass(frozen=True)
class Era:
    start: datetime.date
    end: datetime.date
    title: str


def _date(day: datetime.date, precision: str) -> dict[str, str]:
    # TimelineJS knows no weeks or half-years: a week is its days (start_date to end_date), a half-year its months.
    if precision in ("day", "week"):
        return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
    if precision in ("month", "season", "quarter", "half"):
        return {"year": str(day.year), "month": str(day.month)}
    return {"year": str(day.year)}


def _text(record: EventRecord, site_url: str) -> str:
    attrs = {
        "data-id": record.id or "",
        "data-precision": record.precision,
        "data-start": record.date_start.isoformat(),
        "data-end": record.date_end.isoformat(),
        "data-qualifier": record.date_mod,
        "data-date-text": record.date_text,
        "data-category": record.category,
        "data-modality": record.modality,
    }
    parts = [f'<div class="tl-event" {" ".join(f"{k}=\"{escape(str(v))}\"" for k, v in attrs.items())}>']
    if record.sentence:
        parts.append(f'<blockquote class="tl-sentence">{escape(record.sentence)}</blockquote>')
    if record.actors:
        parts.append('<ul class="tl-actors">' + "".join(f"<li>{escape(a)}</li>" for a in record.actors) + "</ul>")
    if record.note:
        parts.append(f'<p class="tl-note">{escape(record.note)}</p>')
    if record.sources:
        items = "".join(
            (f'<li><a href="{escape(s.url)}">{escape(s.title)}</a>' if s.url else f"<li>{escape(s.title)}")
            + (f' <q class="tl-quote">{escape(s.quote)}</q>' if s.quote and s.quote != record.sentence else "")
            + "</li>"
            for s in record.sources
        )
        parts.append(f'<ol class="tl-sources">{items}</ol>')
    if record.path and site_url:
        parts.append(f'<p class="tl-link"><a href="{escape(site_url + record.path)}">On the timeline</a></p>')
    parts.append("</div>")
    return "".join(parts)


def headline(record: EventRecord) -> str:
    # TimelineJS shows a slide's headline on the slide and on its marker: the one place a reader cannot miss.
    return f"{record.modality_label}: {record.title}" if record.modality_label else record.title


def title_from_headline(text: str, modality: str) -> str:
    """The event's title from a headline ``headline`` wrote for an event of this modality (as plain text)."""
    label = f"{MODALITY_LABELS[modality]}: " if modality in MODALITY_LABELS else ""
    return text[len(label):] if label and text.startswith(label) else text


def slide(record: EventRecord, unique_id: str, site_url: str = "") -> dict:
    start = _date(record.date_start, record.precision)
    end = _date(record.date_end, record.precision)
    data = {
        "start_date": start,
        "display_date": display_date(record),
        "text": {"headline": escape(headline(record)), "text": _text(record, site_url)},
        "unique_id": unique_id,
    }
    if start != end:
        data["end_date"] = end
    if record.category:
        data["group"] = CATEGORY_LABELS.get(record.category, record.category)
    return data


def to_timelinejs(
    records: Iterable[EventRecord], *, title: str = "Diplomacy timeline", introduction: str = "", eras: Sequence[Era] = (), site_url: str = ""
) -> str:
    records = list(records)
    # unique_id must be unique in the file; records without an id (imports not yet saved) are numbered.
    slides = [slide(r, f"event-{r.id}" if r.id else f"slide-{n}", site_url) for n, r in enumerate(records, 1)]
    data = {
        "title": {"text": {"headline": escape(title), "text": f"<p>{escape(introduction)}</p>" if introduction else ""}},
        "events": slides,
    }
    if eras:
        data["eras"] = [
            {"start_date": _date(era.start, "day"), "end_date": _date(era.end, "day"), "text": {"headline": escape(era.title)}} for era in eras
        ]
    return json.dumps(data, ensure_ascii=False, indent=2)
