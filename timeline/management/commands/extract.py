import datetime
import json
from xml.sax.saxutils import escape

from django.core.management.base import BaseCommand, CommandError

from timeline.extraction import FrontMatterError, extract, known_language, parse_front_matter
from timeline.loading import DocumentError, parse_published
from timeline.management.options import iso_date


class Command(BaseCommand):
    help = (
        "Run the temporal extractor on text files and print what it finds: temporal expressions and dated "
        "events, as JSON (one object per file), JSON lines, or the text with TimeML <TIMEX3> tags. A YAML "
        "front-matter block is allowed; offsets then index the body after it. Needs no database."
    )
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Text files to read.")
        parser.add_argument("--published", type=iso_date,
                            help="Reference date (YYYY-MM-DD); overrides the front matter's 'published'.")
        parser.add_argument("--language", default="en", help="Language of the text (default: en). English is read in "
                            "full; in other languages only dates written out in full are found.")
        parser.add_argument("--format", choices=["json", "jsonl", "timeml"], default="json")

    def handle(self, *args, files, published, language, format, **options):
        results = [self._extract_file(path, published, language) for path in files]
        if format == "json":
            payload = [r for r, _body, _x in results]
            self.stdout.write(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
        elif format == "jsonl":
            for r, _body, _x in results:
                self.stdout.write(json.dumps(r, ensure_ascii=False))
        else:
            for _r, body, extraction in results:
                self.stdout.write(_timeml(body, extraction.timexes))

    def _extract_file(self, path, published, language):
        try:
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: cannot read the file ({exc})") from None
        try:
            meta, body, _offset = parse_front_matter(raw)
        except FrontMatterError as exc:
            raise CommandError(f"{path}: {exc}") from None
        ref = published or _published_from(meta, path)
        lang = language if language != "en" else str(meta.get("language") or "en")
        if not known_language(lang):
            raise CommandError(f"{path}: unknown language {lang!r}; use a code such as en, fr, de or ko")
        extraction = extract(body, ref, language=lang)
        result = {
            "path": path,
            "published": ref.isoformat(),
            "timexes": [t.to_dict() for t in extraction.timexes],
            "events": [_event_dict(e) for e in extraction.events],
        }
        return result, body, extraction


def _published_from(meta: dict, path: str) -> datetime.date:
    try:
        return parse_published(meta.get("published"), path)
    except DocumentError as exc:
        raise CommandError(str(exc)) from None


def _event_dict(e) -> dict:
    d = e.to_dict()
    keys = ("date_start", "date_end", "precision", "date_text", "start", "end", "sentence", "title", "actors",
            "category", "modality", "anchor", "confidence")
    out = {k: d[k] for k in keys}
    out["mod"] = d["mod"]
    return out


def _timeml(body: str, timexes) -> str:
    parts, pos = [], 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), 1):
        parts.append(escape(body[pos:t.start]))
        mod = f' mod="{t.mod}"' if t.mod else ""
        parts.append(f'<TIMEX3 tid="t{i}" type="{t.type}" value="{escape(t.value)}"{mod}>{escape(t.text)}</TIMEX3>')
        pos = t.end
    parts.append(escape(body[pos:]))
    return "".join(parts)
