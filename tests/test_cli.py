"""The `assistant` command as users and other tools call it (a real subprocess)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def index(tmp_path_factory, settings, embedder):
    folder = tmp_path_factory.mktemp("cli-index")
    ingest([ROOT / "docs_corpus"], settings.replace(index_dir=folder), lambda: embedder, progress=False)
    return folder


def run(*args, stdin=None):
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *map(str, args)], capture_output=True,
                          text=True, env=env, input=stdin, timeout=600)


def test_ask_json_interface(index, tmp_path):
    history = tmp_path / "history.json"
    history.write_text(json.dumps([{"role": "user", "content": "Who leads Peru's government?"},
                                   {"role": "assistant", "content": "President Mateo Vargas."}]))
    out = run("ask", "What is he expected to do?", "--json", "--index", index, "--history", history)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"question", "answer", "refused", "citations", "timings_ms"}
    assert "snap elections" in data["answer"] and data["refused"] is False
    c = data["citations"][0]
    assert set(c) == {"marker", "doc_id", "source", "title", "passage_id", "start", "end", "quote"}
    assert out.stderr.strip() == ""  # quiet: no stray warnings on a normal run


def test_batch_answers_in_order_and_readable_output(index, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in [
        {"question": "When was the Andean Pact signed?"},
        {"question": "Write a poem about the sea."},
        {"question": "And the insurgency?", "history": [{"role": "user", "content": "Where do migrants go?"}]},
    ]))
    out = run("ask", "--json", "--questions", questions, "--index", index)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["question"] for line in lines][:2] == ["When was the Andean Pact signed?",
                                                       "Write a poem about the sea."]
    assert "1965" in lines[0]["answer"] and lines[1]["refused"] is True and len(lines) == 3
    out = run("ask", "When was the Andean Pact signed?", "--index", index)
    assert "Sources:" in out.stdout and "[1]" in out.stdout and "chars" in out.stdout


def test_user_errors_are_one_clear_line(index, tmp_path):
    for args, expected in [
        (("ask", "", "--index", index), "empty"),
        (("ask", "x" * 10_000, "--index", index), "10,000 characters"),
        (("ask", "hello", "--index", tmp_path / "none"), "No index"),
        (("ask", "hello", "--index", index, "--history", tmp_path / "nope.json"), "no such history file"),
        (("remove", "no-such-doc", "--index", index), "no such document"),
    ]:
        out = run(*args)
        assert out.returncode != 0
        assert expected in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_chat_keeps_history(index):
    out = run("chat", "--index", index, stdin="Who leads Peru's government?\nWhat is he expected to do?\n/quit\n")
    assert out.returncode == 0, out.stderr
    assert "snap elections" in out.stdout


def test_judge_scores_answers_from_any_system(tmp_path):
    context = ("Data released by the UN indicates a 37% increase in migrant crossings from Peru into "
               "neighboring Chile in Q3 2025.")
    rows = [
        {"id": "a", "question": "How much did crossings rise?", "answer": "Crossings into Chile went up by 37%.",
         "contexts": [context], "label": "supported"},
        {"id": "b", "question": "How much did crossings rise?", "answer": "Crossings into Chile fell by 27%.",
         "contexts": [context], "label": "unsupported"},
    ]
    rows.append({"id": "c", "question": "How much did crossings rise?", "answer": "Crossings rose by 37%.",
                 "contexts": [context]})
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows))
    out = run("judge", "--input", source, "--output", target)
    assert out.returncode == 0, out.stderr
    results = {r["id"]: r for r in map(json.loads, target.read_text().splitlines())}
    assert results["a"]["supported"] is True and results["b"]["supported"] is False
    assert any("27" in t or "fell" in t for c in results["b"]["claims"] for t in c["unsupported_terms"])
    assert "balanced accuracy 1.000" in out.stdout
    assert "unlabelled 1: judged supported 1.000 [" in out.stdout and "corrected for the judge's recall" in out.stdout
