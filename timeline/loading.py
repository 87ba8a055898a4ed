"""Reading documents from files and uploads: metadata, text and every way the input can be wrong.

Each problem is a ``DocumentError`` whose message names the input and says what is wrong with it in one line,
so the ingest command and the upload form can show it as it is.
"""

from __future__ import annotations

import datetime
import html.parser
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from timeline.extraction import FrontMatterError, known_language, parse_front_matter

EXTENSIONS = (".txt", ".md", ".html", ".htm")
# Data files that live beside the documents in seeds/ and are read by other commands.
DATA_EXTENSIONS = (".yaml", ".yml", ".json", ".tsv", ".csv")
METADATA_KEYS = {"title", "published", "source", "url", "language"}


class DocumentError(ValueError):
    """Bad input, with a message that names the input and the problem."""


class FuturePublishedDate(DocumentError):
    """A published date after tomorrow; ``problem`` says so without naming the input (a form names its field)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.problem = problem


@dataclass(frozen=True)
class DocumentInput:
    key: str
    title: str
    published: datetime.date
    text: str
    source: str = ""
    url: str = ""
    language: str = "en"
    extra: dict = field(default_factory=dict)


def find_document_files(paths: list[str]) -> tuple[list[Path], list[DocumentError]]:
    """Expand files and folders (recursively, sorted) into document files, collecting errors for bad paths."""
    files: list[Path] = []
    errors: list[DocumentError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                suffix = child.suffix.lower()
                if suffix in EXTENSIONS:
                    files.append(child)
                elif suffix not in DATA_EXTENSIONS:
                    errors.append(DocumentError(f"{child}: unknown extension {child.suffix or '(none)'!r}; expected one of {', '.join(EXTENSIONS)}"))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(DocumentError(f"{path}: no such file or folder"))
    return files, errors


def read_document_file(path: Path, *, overrides: dict | None = None) -> DocumentInput:
    """Read one document file; ``overrides`` (title, published, source) win over its front matter."""
    name = str(path)
    if path.suffix.lower() not in EXTENSIONS:
        raise DocumentError(f"{name}: unknown extension {path.suffix or '(none)'!r}; expected one of {', '.join(EXTENSIONS)}")
    try:
        size = path.stat().st_size
        if size > settings.DOCUMENT_MAX_BYTES:
            raise DocumentError(f"{name}: {size:,} bytes is over the limit of {settings.DOCUMENT_MAX_BYTES:,} bytes")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return parse_document(raw, name=name, key=path.name, html=path.suffix.lower() in (".html", ".htm"), overrides=overrides)


def parse_document(
    raw: bytes, *, name: str, key: str, html: bool = False, overrides: dict | None = None, untitled: str | None = None
) -> DocumentInput:
    """Validate raw bytes and turn them into a DocumentInput; ``name`` is how errors refer to the input.

    Its title is the overrides', the front matter's or the HTML page's; failing those, ``untitled`` (by default, one
    made from ``key``, a seed's file name).
    """
    if len(raw) > settings.DOCUMENT_MAX_BYTES:
        raise DocumentError(f"{name}: {len(raw):,} bytes is over the limit of {settings.DOCUMENT_MAX_BYTES:,} bytes")
    if b"\x00" in raw:
        raise DocumentError(f"{name}: looks like a binary file (it contains NUL bytes); expected UTF-8 text")
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: is not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    try:
        meta, body, _offset = parse_front_matter(decoded)
    except FrontMatterError as exc:
        raise DocumentError(f"{name}: malformed front matter: {exc}") from None
    except ValueError as exc:
        # YAML reads an ISO-looking value as a date, and one the calendar lacks (2019-02-30) fails past its parser.
        raise DocumentError(f"{name}: {_impossible_date(decoded) or f'malformed front matter: {exc}'}") from None
    unknown = set(meta) - METADATA_KEYS
    if unknown:
        raise DocumentError(f"{name}: unknown front matter key(s) {', '.join(sorted(unknown))}; expected {', '.join(sorted(METADATA_KEYS))}")
    meta = {**meta, **{k: v for k, v in (overrides or {}).items() if v not in (None, "")}}
    html_title = ""
    if html:
        html_title, body = html_to_text(body)
    body = body.strip("\n")
    if not body.strip():
        raise DocumentError(f"{name}: is empty (no text after the front matter)")
    published = parse_published(meta.get("published"), name)
    if problem := future_published_problem(published):
        raise FuturePublishedDate(name, problem)
    language = str(meta.get("language") or "en").strip()[:10] or "en"
    if not known_language(language):
        raise DocumentError(f"{name}: unknown language {language!r}; use a code such as en, fr, de or ko")
    title = str(meta.get("title") or html_title or (title_from_name(key) if untitled is None else untitled)).strip()
    return DocumentInput(
        key=key,
        title=title[:300],
        published=published,
        text=body,
        source=str(meta.get("source") or "").strip()[:200],
        url=str(meta.get("url") or "").strip()[:500],
        language=language,
    )


_YAML_DATE = re.compile(r"^([\w-]+):[ \t]*['\"]?(\d{4}-\d{1,2}-\d{1,2})\b", re.MULTILINE)


def _impossible_date(front_matter: str) -> str:
    """What is wrong with the first date in ``front_matter`` that is not a day of the calendar, or ""."""
    for key, value in _YAML_DATE.findall(front_matter):
        try:
            datetime.date(*(int(part) for part in value.split("-")))
        except ValueError as exc:
            return f"{key} date {value!r} is not a day of the calendar ({exc})"
    return ""


def parse_published(value: object, name: str) -> datetime.date:
    """A front-matter or form 'published' value as a date; ``name`` is how the error refers to the input."""
    if value is None or value == "":
        raise DocumentError(f"{name}: no published date; add 'published: YYYY-MM-DD' to its front matter or pass --published")
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise DocumentError(f"{name}: published date {value!r} is not a date in the form YYYY-MM-DD") from None


# A day of grace: a story from Seoul is dated a day ahead of ours for part of each day.
PUBLISHED_GRACE = datetime.timedelta(days=1)


def future_published_problem(published: datetime.date) -> str:
    """What is wrong with a published date after tomorrow by our clock, or "" if nothing is.

    The one rule for the upload form, the ingest command's --published and any front matter: a future date would
    resolve "last week" and "on Sunday" to days that have not happened.
    """
    if published > timezone.localdate() + PUBLISHED_GRACE:
        return f"published date {published.isoformat()} is in the future; give the day it was published."
    return ""


def title_from_name(name: str) -> str:
    """A title made from a file's name: "hanoi-summit_report.txt" gives "Hanoi summit report"."""
    stem = Path(name).stem
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or "Untitled document"


class _TextExtractor(html.parser.HTMLParser):
    """Keeps the readable text of an HTML page: paragraphs become lines, scripts and styles are dropped."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}
    SKIP = {"script", "style", "head", "nav", "footer", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str]:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    return " ".join("".join(parser.title_parts).split()), text
