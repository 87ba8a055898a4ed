"""TempEval-3 style scoring of temporal-expression extraction against TimeML files.

The definitions are those of the project's yardstick (benchdata/tempeval3/score.py, after the official
TempEval-3 toolkit), reimplemented here so the product does not depend on files outside it:

* gold timexes are the TIMEX3 inside <TEXT>, minus the document creation time and empty ones;
  offsets index the text of <TEXT> with every tag removed and entities decoded;
* gold and system timexes are aligned one-to-one by overlap: exact spans first, then larger overlap,
  then closer start;
* relaxed match = aligned (overlapping), strict match = identical span; P, R, F1 micro-averaged;
* value (type) accuracy = correct values (types) / relaxed matches; value F1 = value accuracy x relaxed F1.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

COUNT_KEYS = ("gold", "pred", "strict", "relaxed", "value", "type", "strict_value")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    type: str = ""
    value: str = ""


@dataclass(slots=True)
class GoldDocument:
    id: str
    path: str
    text: str
    dct: dt.date | None
    timexes: list[Span] = field(default_factory=list)


def find_tml(paths: Iterable[str]) -> list[str]:
    files: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, names in os.walk(p):
                files.extend(os.path.join(root, n) for n in names if n.endswith(".tml"))
        else:
            files.append(p)
    return sorted(files, key=lambda f: (os.path.basename(f), f))


def _walk(elem, parts: list[str], spans: list, pos: list[int]) -> None:
    start = pos[0]
    if elem.text:
        parts.append(elem.text)
        pos[0] += len(elem.text)
    for child in elem:
        _walk(child, parts, spans, pos)
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)
    if elem.tag == "TIMEX3":
        spans.append((start, pos[0], elem))


def load_tml(path: str) -> GoldDocument:
    """Read one TimeML file: its <TEXT> as plain text, the gold timexes, and the creation date."""
    root = ET.parse(path).getroot()
    doc_id = os.path.basename(path)
    doc_id = doc_id[:-4] if doc_id.endswith(".tml") else doc_id
    dct_value = ""
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct_value = t.get("value", "")
            break
    text_elem = root.find(".//TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    spans: list = []
    _walk(text_elem, parts, spans, [0])  # <TEXT> itself is no TIMEX3, and its tail is outside it
    text = "".join(parts)
    gold = []
    for start, end, el in spans:
        if el.get("functionInDocument") == "CREATION_TIME" or el.get("tid") == "t0":
            continue
        if not text[start:end].strip():
            continue
        gold.append(Span(start, end, el.get("type", ""), el.get("value", "")))
    gold.sort(key=lambda s: (s.start, s.end))
    try:
        dct = dt.date.fromisoformat(dct_value[:10]) if dct_value else None
    except ValueError:
        dct = None
    return GoldDocument(doc_id, path, text, dct, gold)


def align(gold: list[Span], pred: list[Span]) -> list[tuple[int, int]]:
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                exact = g.start == p.start and g.end == p.end
                cands.append((not exact, -ov, abs(g.start - p.start), i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _e, _o, _d, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def count(gold: list[Span], pred: Iterable[Span], text_length: int) -> dict[str, int]:
    """Match counts for one document.  Invalid and duplicate predicted spans are dropped."""
    seen: set[tuple[int, int]] = set()
    kept: list[Span] = []
    for p in pred:
        if not (0 <= p.start < p.end <= text_length) or (p.start, p.end) in seen:
            continue
        seen.add((p.start, p.end))
        kept.append(Span(p.start, p.end, p.type or "", (p.value or "").strip()))
    c = dict.fromkeys(COUNT_KEYS, 0)
    c["gold"], c["pred"] = len(gold), len(kept)
    for i, j in align(gold, kept):
        g, p = gold[i], kept[j]
        exact = (g.start, g.end) == (p.start, p.end)
        v_ok = p.value == g.value.strip()
        c["relaxed"] += 1
        c["strict"] += exact
        c["value"] += v_ok
        c["type"] += p.type == g.type
        c["strict_value"] += exact and v_ok
    return c


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metrics(c: dict[str, int]) -> dict[str, float]:
    sp, sr, sf = _prf(c["strict"], c["pred"], c["gold"])
    rp, rr, rf = _prf(c["relaxed"], c["pred"], c["gold"])
    vacc = c["value"] / c["relaxed"] if c["relaxed"] else 0.0
    tacc = c["type"] / c["relaxed"] if c["relaxed"] else 0.0
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "value_accuracy": vacc, "value_f1": vacc * rf,
        "type_accuracy": tacc, "type_f1": tacc * rf,
    }


Tagger = Callable[[str, dt.date], Iterable[Span]]


def evaluate(docs: Iterable[GoldDocument], tagger: Tagger) -> dict:
    """Run tagger(text, dct) over the documents; return summed counts and the metrics."""
    total = dict.fromkeys(COUNT_KEYS, 0)
    for d in docs:
        ref = d.dct or dt.date.today()
        c = count(d.timexes, tagger(d.text, ref), len(d.text))
        for k in COUNT_KEYS:
            total[k] += c[k]
    return {"counts": total, "metrics": metrics(total)}


def extractor_tagger(text: str, dct: dt.date) -> list[Span]:
    """Our extractor's timexes as scorer spans."""
    from .timexes import tag

    return [Span(r.timex.start, r.timex.end, r.timex.type, r.timex.value) for r in tag(text, dct)]
