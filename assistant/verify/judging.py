"""`assistant judge`: score the faithfulness of answers in a JSONL file with any judge.

Input lines:  {"id", "question", "answer", "contexts": [str, ...], "label"?: "supported"|"unsupported"}
Output lines: {"id", "faithfulness", "supported",
               "claims": [{"text", "score", "supported", "unsupported_terms", "reason", "passage"}]}
("reason" explains the verdict in one sentence; "passage" is the index of the context that backs
the claim best, or null.)
Faithfulness is the share of an answer's claims the judge finds supported; the answer is
supported when all of them are.

A file may mix labelled lines with unlabelled ones: the labelled lines measure the judge on the
evaluator's own data, and the unlabelled answers' supported share is then also given corrected
for the judge's errors there (`agreement.corrected_share`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import UserError
from assistant.verify.agreement import LABELS, Agreement, Estimate, agreement, corrected_share, proportion
from assistant.verify.base import Judge
from assistant.verify.text import split_claims


@dataclass
class JudgeSummary:
    answers: int
    claims: int
    supported_answers: int
    mean_faithfulness: float
    judge: str
    agreement: Agreement | None = None
    # With labelled and unlabelled lines in one file: the unlabelled answers' supported share,
    # as judged and as corrected for the judge's recall on the labelled ones.
    unlabelled_judged: Estimate | None = None
    unlabelled_corrected: Estimate | None = None

    @property
    def labelled(self) -> int:
        return self.agreement.cases if self.agreement else 0

    @property
    def balanced_accuracy(self) -> float | None:
        return self.agreement.balanced_accuracy.value if self.agreement else None

    @property
    def confusion(self) -> dict[str, int]:
        return self.agreement.confusion if self.agreement else {}


@dataclass
class _Item:
    id: str
    question: str | None
    answer: str
    contexts: list[str]
    label: str | None


def _read(path: Path) -> list[_Item]:
    if not path.is_file():
        raise UserError(f"{path} does not exist; pass a JSONL file with one answer per line.")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        problem = None
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            row, problem = None, f"not valid JSON ({exc.msg})"
        if row is not None:
            problem = _problem(row)
        if problem:
            raise UserError(f"{path}, line {number}: {problem}. Each line needs \"id\", \"answer\" and "
                            f"\"contexts\" (a list of strings); \"question\" and \"label\" are optional.")
        items.append(_Item(str(row["id"]), row.get("question"), row["answer"], row["contexts"], row.get("label")))
    return items


def _problem(row) -> str | None:
    if not isinstance(row, dict):
        return "not a JSON object"
    missing = [k for k in ("id", "answer", "contexts") if k not in row]
    if missing:
        return f"missing {', '.join(missing)}"
    if not isinstance(row["answer"], str):
        return "\"answer\" is not a string"
    if not isinstance(row["contexts"], list) or not all(isinstance(c, str) for c in row["contexts"]):
        return "\"contexts\" is not a list of strings"
    if row.get("question") is not None and not isinstance(row["question"], str):
        return "\"question\" is not a string"
    if row.get("label") is not None and row["label"] not in LABELS:
        return f"\"label\" is {row['label']!r}, expected one of {', '.join(LABELS)}"
    return None


def judge_answer(judge: Judge, item: _Item) -> dict:
    claims = split_claims(item.answer)
    results = [judge.score(claim, item.contexts, item.question) for claim in claims]
    supported = sum(r.supported for r in results)
    return {
        "id": item.id,
        "faithfulness": round(supported / len(results), 4) if results else 0.0,
        "supported": bool(results) and supported == len(results),
        "claims": [{"text": c, "score": r.score, "supported": r.supported, "unsupported_terms": r.unsupported_terms,
                    "reason": r.reason, "passage": r.best_passage} for c, r in zip(claims, results)],
    }


def judge_file(input_path: Path, output_path: Path, judge: Judge) -> JudgeSummary:
    items = _read(Path(input_path))
    rows = [judge_answer(judge, item) for item in items]
    output_path = Path(output_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    output_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary = JudgeSummary(
        answers=len(rows),
        claims=sum(len(r["claims"]) for r in rows),
        supported_answers=sum(r["supported"] for r in rows),
        mean_faithfulness=round(sum(r["faithfulness"] for r in rows) / len(rows), 4) if rows else 0.0,
        judge=getattr(judge, "name", type(judge).__name__),
    )
    labelled = [(item.label, row["supported"]) for item, row in zip(items, rows) if item.label]
    if labelled:
        summary.agreement = agreement(labelled)
        unlabelled = [row["supported"] for item, row in zip(items, rows) if not item.label]
        if unlabelled:
            found = summary.agreement
            summary.unlabelled_judged = proportion(sum(unlabelled), len(unlabelled))
            summary.unlabelled_corrected = corrected_share(summary.unlabelled_judged, found.recall["supported"],
                                                           found.recall["unsupported"])
    return summary
