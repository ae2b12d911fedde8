"""The evaluation harness on the brief: report contents, and the quality gate CI runs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import Assistant
from assistant.evaluate import gate_failures, read_dataset, run_eval, write_report
from assistant.errors import UserError
from assistant.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def brief(tmp_path_factory, settings, embedder):
    index = tmp_path_factory.mktemp("eval-index")
    ingest([ROOT / "docs_corpus"], settings.replace(index_dir=index), lambda: embedder, progress=False)
    return Assistant.load(index, settings=settings, embedder=embedder)


def test_quality_gate_on_the_brief_question_set(brief, settings, tmp_path):
    rows = read_dataset(ROOT / "evals" / "datasets" / "brief_qa.jsonl")
    cases, summary = run_eval(rows, brief, brief.scorer)
    failures = gate_failures(summary, settings)
    write_report(tmp_path, "brief_qa.jsonl", summary, cases, failures)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["summary"]["cases"] == len(rows)
    assert "| correctness |" in (tmp_path / "report.md").read_text()
    assert not failures, failures
    assert summary["faithfulness"] == 1.0 and summary["citation_precision"] == 1.0
    assert summary["hit_at_5"] >= 0.9
    low, high = summary["intervals"]["correctness"]
    assert low < summary["correctness"] <= high <= 1.0
    assert "| faithfulness | 1.0 | " in (tmp_path / "report.md").read_text()


def test_gate_catches_a_failing_system(brief, settings):
    """An answer with a wrong claim and an unverified citation must count against the system."""
    from assistant.schema import Answer, AnswerSentence, Citation

    class Inventing:
        snapshot = brief.snapshot
        retriever = brief.retriever
        prepare = brief.prepare

        def ask(self, question, history=None):
            doc = next(iter(brief.snapshot.documents.values()))
            quote = doc.text[:60]
            citation = Citation(1, doc.doc_id, doc.source, doc.title, "p", 0, 60, quote)
            claim = "The Andean Pact was signed in 1971 by Brazil."
            return Answer(question, claim + " [1]", False, [citation], [AnswerSentence(claim, [1], 1.0)],
                          timings_ms={"total": 1.0})

    rows = read_dataset(ROOT / "evals" / "datasets" / "brief_qa.jsonl")[:10]
    cases, summary = run_eval(rows, Inventing(), brief.scorer)
    assert summary["faithfulness"] == 0.0 and summary["citation_precision"] == 0.0
    assert any("unsupported sentence" in p for c in cases for p in c.problems)
    assert gate_failures(summary, settings)


def test_bad_dataset_lines_are_named(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"question": "ok"}\nnot json\n')
    with pytest.raises(UserError, match="bad.jsonl:2"):
        read_dataset(path)
