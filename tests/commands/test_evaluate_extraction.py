import importlib.util
import io
import re
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from timeline.extraction.evaluation import evaluate, extractor_tagger, find_tml, load_tml

SCORE_PY = Path(__file__).resolve().parents[2].parent / "shared" / "benchdata" / "tempeval3" / "score.py"

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>
{body}
</TEXT>
</TimeML>
"""


def write_docs(tmp_path: Path) -> Path:
    folder = tmp_path / "tml"
    folder.mkdir()
    (folder / "one.tml").write_text(DOC.format(id="one", dct="2025-09-22", body=(
        'The envoys met <TIMEX3 tid="t1" type="DATE" value="2025-09-21">Sunday</TIMEX3> and again '
        '<TIMEX3 tid="t2" type="DATE" value="2025-09">this month</TIMEX3>. Talks lasted '
        '<TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3> in all.')), encoding="utf-8")
    (folder / "two.tml").write_text(DOC.format(id="two", dct="2019-03-01", body=(
        'The summit ended early in <TIMEX3 tid="t1" type="DATE" value="2019-02">February</TIMEX3>, '
        'and talks may resume <TIMEX3 tid="t2" type="DATE" value="FUTURE_REF">in the future</TIMEX3>. '
        'Inspectors called every week.')), encoding="utf-8")
    return folder


def run(*args):
    out = io.StringIO()
    call_command("evaluate_extraction", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def test_it_ends_with_the_seven_figures_in_the_agreed_form(tmp_path):
    out = run(write_docs(tmp_path), "--repeat", "1").strip().splitlines()
    patterns = [r"strict F1: \d+\.\d\d", r"relaxed F1: \d+\.\d\d", r"value F1: \d+\.\d\d", r"type F1: \d+\.\d\d",
                r"docs/s: \d+\.\d", r"search_dates docs/s: \d+\.\d", r"speed ratio: \d+\.\d\d"]
    assert len(out) >= 7
    for line, pattern in zip(out[-7:], patterns, strict=True):
        assert re.fullmatch(pattern, line), line


def test_it_scores_a_partly_wrong_extraction(tmp_path):
    out = run(write_docs(tmp_path), "--repeat", "1")
    # gold: 5 timexes; "in the future" is tagged "the future" (relaxed, not strict); "every week" is extra
    assert "strict F1: " in out
    strict = float(re.search(r"strict F1: ([\d.]+)", out).group(1))
    relaxed = float(re.search(r"relaxed F1: ([\d.]+)", out).group(1))
    assert 0 < strict < relaxed <= 100


@pytest.mark.skipif(not SCORE_PY.exists(), reason="the shared TempEval-3 scorer is not beside the project")
def test_its_scores_equal_the_shared_scorer_on_the_same_files(tmp_path, monkeypatch):
    folder = write_docs(tmp_path)
    spec = importlib.util.spec_from_file_location("tempeval_score", SCORE_PY)
    score = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "tempeval_score", score)  # its dataclasses look themselves up there
    spec.loader.exec_module(score)
    docs = score.load_docs([str(folder)])

    def tagger(text, dct):
        import datetime as dt

        return [{"start": s.start, "end": s.end, "value": s.value, "type": s.type}
                for s in extractor_tagger(text, dt.date.fromisoformat(dct))]

    theirs = score.score(docs, score.run_callable(tagger, docs))
    ours = evaluate([load_tml(p) for p in find_tml([str(folder)])], extractor_tagger)
    for key in ("gold", "pred", "strict", "relaxed", "value", "type"):
        assert ours["counts"][key] == theirs["counts"][key], key
    for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1"):
        assert ours["metrics"][key] == pytest.approx(theirs["metrics"][key])


def test_a_path_without_timeml_files_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="no .tml files"):
        run(tmp_path)


def test_malformed_timeml_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(CommandError, match="broken.tml"):
        run(tmp_path)
