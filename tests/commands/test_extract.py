import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

ARTICLE = """---
title: Envoys meet
published: 2025-09-22
---
Kim Jong Un announced Sunday that Pyongyang would talk. He met Donald Trump in 2018 and 2019.
"""


def run(*args):
    out = io.StringIO()
    call_command("extract", *[str(a) for a in args], stdout=out)
    return out.getvalue()


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_it_prints_timexes_and_events_of_one_file_as_one_json_object(tmp_path):
    path = write(tmp_path, "a.md", ARTICLE)
    result = json.loads(run(path))
    assert result["path"] == str(path) and result["published"] == "2025-09-22"
    assert [t["value"] for t in result["timexes"]] == ["2025-09-21", "2018", "2019"]
    body = ARTICLE.split("---\n", 2)[2]
    for t in result["timexes"]:
        assert body[t["start"]:t["end"]] == t["text"]  # offsets index the body after the front matter
    first = result["events"][0]
    assert (first["date_start"], first["precision"], first["anchor"]) == ("2025-09-21", "day", "published")
    assert "Kim Jong Un" in first["actors"]


def test_published_on_the_command_line_wins_over_the_front_matter(tmp_path):
    path = write(tmp_path, "a.md", ARTICLE)
    result = json.loads(run(path, "--published", "2025-09-24"))
    assert result["timexes"][0]["value"] == "2025-09-21"
    assert result["published"] == "2025-09-24"


def test_several_files_make_a_json_list_and_jsonl_one_line_each(tmp_path):
    a = write(tmp_path, "a.md", ARTICLE)
    b = write(tmp_path, "b.txt", "Talks resumed in 2019.")
    assert [r["path"] for r in json.loads(run(a, b, "--published", "2025-01-01"))] == [str(a), str(b)]
    lines = run(a, b, "--published", "2025-01-01", "--format", "jsonl").strip().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(a), str(b)]


def test_timeml_output_tags_the_body_and_escapes_it(tmp_path):
    path = write(tmp_path, "a.txt", "Talks <stalled> & resumed in 2019.")
    out = run(path, "--published", "2025-01-01", "--format", "timeml")
    assert out.strip() == 'Talks &lt;stalled&gt; &amp; resumed in <TIMEX3 tid="t1" type="DATE" value="2019">2019</TIMEX3>.'


def test_a_file_without_a_publication_date_is_an_error_naming_it(tmp_path):
    path = write(tmp_path, "undated.txt", "Talks resumed on Sunday.")
    with pytest.raises(CommandError, match="undated.txt"):
        run(path)


def test_bad_front_matter_and_missing_files_are_errors_naming_the_file(tmp_path):
    bad = write(tmp_path, "bad.md", "---\ntitle: [oops\n---\nBody")
    with pytest.raises(CommandError, match="bad.md.*YAML"):
        run(bad, "--published", "2025-01-01")
    with pytest.raises(CommandError, match="missing.txt"):
        run(tmp_path / "missing.txt", "--published", "2025-01-01")


def test_another_language_gives_its_written_out_dates_and_an_unknown_one_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path, "sommet.txt", "Kim et Trump se sont rencontrés le 12 juin 2018 à Singapour.")
    result = json.loads(run(path, "--published", "2025-01-01", "--language", "fr"))
    assert [(t["text"], t["value"]) for t in result["timexes"]] == [("12 juin 2018", "2018-06-12")]
    with pytest.raises(CommandError, match="sommet.txt.*unknown language 'klingon'"):
        run(path, "--published", "2025-01-01", "--language", "klingon")
