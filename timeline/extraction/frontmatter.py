"""YAML front matter at the top of a document."""

from __future__ import annotations

import re

import yaml

_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


class FrontMatterError(ValueError):
    """The front matter block is not a valid YAML mapping."""


def parse_front_matter(raw: str) -> tuple[dict, str, int]:
    """Split a leading ``---`` YAML block from the body.

    Returns (metadata, body, body_offset) where ``raw[body_offset:] == body``.  Without a block the
    result is ({}, raw, 0).  A block that is not closed, is not valid YAML or is not a mapping raises
    FrontMatterError with a message saying which.
    """
    m = _OPEN.match(raw)
    if not m:
        return {}, raw, 0
    close = _CLOSE.search(raw, m.end())
    if not close:
        raise FrontMatterError("front matter starts with '---' but has no closing '---' line")
    block = raw[m.end():close.start()]
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 2}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if problem == "mapping values are not allowed here":
            # the usual cause: a headline with a colon in it, "title: SEOUL: Talks resume"
            problem += " (a value holding a colon must be in quotes: title: \"SEOUL: Talks resume\")"
        raise FrontMatterError(f"front matter is not valid YAML{where}: {problem}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(f"front matter must be a mapping of keys to values, not a {type(data).__name__}")
    return data, raw[close.end():], close.end()
