"""`assistant judge` on a JSONL file: per-claim verdicts, faithfulness, and agreement with labels."""
from __future__ import annotations

import json

import pytest

from assistant.errors import UserError
from assistant.verify import SupportScorer
from assistant.verify.judging import judge_file

CONTEXT = ("Data released by the UN indicates a 37% increase in migrant crossings from Peru into Chile in "
           "Q3 2025, coupled with a 22% rise in reported insurgent activity.")
ROWS = [
    {"id": "a", "question": "What happened to crossings into Chile?", "label": "supported",
     "answer": "Migrant crossings from Peru into Chile went up by 37% in Q3 2025 [1]. "
               "Reported insurgent activity rose by 22% [1].", "contexts": [CONTEXT]},
    {"id": "b", "question": "What happened to crossings into Chile?", "label": "unsupported",
     "answer": "Migrant crossings from Peru into Chile rose by 37% in Q3 2025 [1]. "
               "Reported insurgent activity fell by 22% [1].", "contexts": [CONTEXT]},
    {"id": "c", "question": "How much did crossings rise?", "label": "unsupported",
     "answer": "They rose by 45%.", "contexts": [CONTEXT]},
]


@pytest.fixture(scope="module")
def judge(embedder):
    return SupportScorer(embedder)


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_judge_file_scores_claims_and_compares_with_labels(tmp_path, judge):
    source = write_jsonl(tmp_path / "answers.jsonl", ROWS)
    summary = judge_file(source, tmp_path / "out" / "judged.jsonl", judge)
    lines = [json.loads(l) for l in (tmp_path / "out" / "judged.jsonl").read_text().splitlines()]
    assert [l["id"] for l in lines] == ["a", "b", "c"]
    first, second, third = lines
    assert first["supported"] and first["faithfulness"] == 1.0 and len(first["claims"]) == 2
    assert first["claims"][0]["text"] == "Migrant crossings from Peru into Chile went up by 37% in Q3 2025."
    assert not second["supported"] and second["faithfulness"] == 0.5
    assert second["claims"][1]["unsupported_terms"] == ["fell"]
    assert "'fell' contradicts 'increase'" in second["claims"][1]["reason"] and second["claims"][1]["passage"] == 0
    assert "45%" in third["claims"][0]["unsupported_terms"]
    assert summary.answers == 3 and summary.claims == 5 and summary.supported_answers == 1
    assert summary.judge == "offline" and summary.labelled == 3
    assert summary.balanced_accuracy == 1.0
    # Three labelled answers cannot show that a judge is always right.
    assert summary.agreement.balanced_accuracy.low < 0.8
    assert summary.confusion["unsupported->unsupported"] == 2
    assert summary.mean_faithfulness == pytest.approx((1.0 + 0.5 + 0.0) / 3, abs=1e-3)


def test_unlabelled_answers_get_a_share_corrected_by_the_labelled_ones(tmp_path, judge):
    unlabelled = [{**{k: v for k, v in r.items() if k != "label"}, "id": r["id"] + "2"} for r in ROWS]
    summary = judge_file(write_jsonl(tmp_path / "in.jsonl", ROWS + unlabelled), tmp_path / "o.jsonl", judge)
    assert summary.labelled == 3 and summary.unlabelled_judged.total == 3
    assert summary.unlabelled_judged.value == pytest.approx(1 / 3)
    # The judge is right on every labelled line, so the correction keeps the judged share.
    assert summary.unlabelled_corrected.value == pytest.approx(1 / 3)
    assert summary.unlabelled_corrected.low < 1 / 3 < summary.unlabelled_corrected.high


def test_without_labels_there_is_no_accuracy(tmp_path, judge):
    rows = [{k: v for k, v in r.items() if k != "label"} for r in ROWS[:1]]
    summary = judge_file(write_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "o.jsonl", judge)
    assert summary.labelled == 0 and summary.balanced_accuracy is None


@pytest.mark.parametrize("bad_line,message", [
    ("{not json", "line 2: not valid JSON"),
    (json.dumps({"id": "x", "answer": "A."}), "line 2: missing contexts"),
    (json.dumps({"id": "x", "answer": "A.", "contexts": "one string"}), "line 2: \"contexts\" is not a list"),
    (json.dumps({"id": "x", "answer": "A.", "contexts": [], "label": "maybe"}), "line 2: \"label\" is 'maybe'"),
])
def test_malformed_line_names_its_number(tmp_path, judge, bad_line, message):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(ROWS[0]) + "\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=message):
        judge_file(source, tmp_path / "o.jsonl", judge)


def test_missing_input_file(tmp_path, judge):
    with pytest.raises(UserError, match="does not exist"):
        judge_file(tmp_path / "absent.jsonl", tmp_path / "o.jsonl", judge)
