"""The backends side by side (`assistant.generate.compare`) on two questions, and its report files."""
from __future__ import annotations

import json

import pytest

from assistant.errors import UserError
from assistant.generate import compare


def test_unknown_backend_is_a_user_error(gen_settings, tmp_path):
    with pytest.raises(UserError, match="Unknown backend.*gpt5.*extractive, llama_cpp, openai"):
        compare([], ["extractive", "gpt5"], gen_settings, tmp_path)


def test_compare_reports_backends_side_by_side(gen_settings, llama_server, embedder, scorer, tmp_path):
    rows = [{"id": "a", "question": "When was the Andean Pact signed?", "answerable": True,
             "must_include": [["1965"]], "evidence": ["The Andean Pact, signed in 1965"]},
            {"id": "u", "question": "What's the capital of France?", "answerable": False, "must_include": []}]
    report = compare(rows, ["extractive", "openai"], gen_settings, tmp_path, base_url=llama_server.base_url,
                     embedder=embedder, scorer=scorer, progress=lambda line: None)
    extractive, served = report["backends"]["extractive"], report["backends"]["openai"]
    for summary in (extractive, served):
        assert summary["cases"] == 2
        assert summary["faithfulness"] == 1.0 and summary["correctness"] == 1.0
        assert summary["refusal_accuracy"] == 1.0
    assert "raw_unfaithfulness" not in extractive
    assert served["llm_asked"] == 1 and served["raw_sentences"] >= 1  # the refused question never reaches the LLM
    gates = [r["gate"] for r in report["rows"] if r["backend"] == "openai"]
    assert [g["fallback"] for g in gates][1] == "extractive refusal"
    assert json.loads((tmp_path / "compare_backends.json").read_text())["backends"] == report["backends"]
    table = (tmp_path / "compare_backends.md").read_text()
    assert table.startswith("| Metric | extractive | openai |") and "Raw unfaithfulness" in table
