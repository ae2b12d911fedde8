"""evals/compare_backends.py on two questions: the side-by-side report and its files."""
from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from assistant.settings import PROJECT_ROOT


@pytest.fixture(scope="module")
def compare_backends():
    spec = importlib.util.spec_from_file_location("compare_backends", PROJECT_ROOT / "evals" / "compare_backends.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_correctness_needs_an_alternative_of_every_group(compare_backends):
    assert compare_backends.is_correct("Signed in 1965 by OAS members.", [["1965"], ["oas", "Organization"]])
    assert not compare_backends.is_correct("Signed in 1965.", [["1965"], ["OAS"]])


def test_compare_reports_backends_side_by_side(compare_backends, gen_settings, llama_server, embedder, scorer,
                                               tmp_path):
    rows = [{"id": "a", "question": "When was the Andean Pact signed?", "answerable": True,
             "must_include": [["1965"]]},
            {"id": "u", "question": "What's the capital of France?", "answerable": False, "must_include": []}]
    report = compare_backends.compare(rows, ["extractive", "openai"], gen_settings, tmp_path,
                                      base_url=llama_server.base_url, embedder=embedder, scorer=scorer,
                                      progress=lambda line: None)
    extractive, served = report["backends"]["extractive"], report["backends"]["openai"]
    for summary in (extractive, served):
        assert summary["questions"] == 2 and summary["errors"] == 0
        assert summary["faithfulness"] == 1.0 and summary["correctness"] == 1.0
        assert summary["refusal_accuracy"] == 1.0
    assert "raw_unfaithfulness" not in extractive
    assert served["llm_asked"] == 1 and served["raw_sentences"] >= 1  # the refused question never reaches the LLM
    assert json.loads((tmp_path / "compare_backends.json").read_text())["backends"] == report["backends"]
    table = (tmp_path / "compare_backends.md").read_text()
    assert table.startswith("| Metric | extractive | openai |") and "Raw unfaithfulness" in table
