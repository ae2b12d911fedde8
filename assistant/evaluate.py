"""The evaluation harness: run a question set through the assistant and measure faithfulness,
citations, correctness, refusals, retrieval and latency with the same support scorer that the
answer engine uses.

Dataset lines: {"id", "question", "history"?, "answerable", "must_include": [[alt, ...], ...],
"evidence": [str, ...], "doc_id"?, "kind"?}.
"""
from __future__ import annotations

import json
import re
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.answer import resolve_followup
from assistant.engine import parse_history
from assistant.errors import UserError
from assistant.schema import Answer
from assistant.settings import Settings
from assistant.verify import split_claims
from assistant.verify.agreement import proportion

MARKER = re.compile(r"\[(\d+)\]")


@dataclass
class CaseResult:
    id: str
    kind: str
    question: str
    answerable: bool
    answer: str
    refused: bool
    correct: bool
    evidence_cited: bool | None
    claims: int
    supported_claims: int
    citations: int
    supporting_citations: int
    sentences_with_support: int
    hit_rank: int | None
    latency_ms: float
    problems: list[str] = field(default_factory=list)


def read_dataset(path: Path) -> list[dict]:
    if not path.is_file():
        raise UserError(f"{path}: no such dataset file.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise UserError(f"{path}:{number}: not valid JSON ({exc}).") from None
        if not isinstance(row, dict) or not isinstance(row.get("question"), str):
            raise UserError(f"{path}:{number}: each line needs at least a \"question\" string.")
        row.setdefault("id", f"line{number}")
        row.setdefault("answerable", bool(row.get("must_include")))
        rows.append(row)
    return rows


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text)


def is_correct(row: dict, answer: Answer) -> bool:
    if not row.get("answerable", True):
        return answer.refused
    if answer.refused:
        return False
    text = normalise(answer.answer)
    return all(any(normalise(alt) in text for alt in group) for group in row.get("must_include", []))


def _sentence_claims(answer: Answer) -> list[tuple[str, list[int]]]:
    """Each answer sentence with the markers it carries."""
    if answer.sentences:
        return [(s.text, list(s.markers)) for s in answer.sentences]
    out = []
    for sentence in split_claims_with_markers(answer.answer):
        markers = [int(m) for m in MARKER.findall(sentence)]
        claims = split_claims(sentence)
        if claims:
            out.append((" ".join(claims), markers))
    return out


def split_claims_with_markers(text: str) -> list[str]:
    """Sentences with their trailing [n] markers kept."""
    parts = re.split(r"(?<=\])\s+(?=\S)|(?<=[.!?])\s+(?=[A-Z\"“])", text)
    return [p.strip() for p in parts if p.strip()]


def _evidence_cited(row: dict, answer: Answer, documents) -> bool | None:
    evidence = row.get("evidence") or []
    if not evidence or answer.refused:
        return None
    for citation in answer.citations:
        text = documents[citation.doc_id].text
        for ev in evidence:
            at = text.find(ev)
            if at >= 0 and citation.start < at + len(ev) and at < citation.end:
                overlap = min(citation.end, at + len(ev)) - max(citation.start, at)
                if overlap >= 0.5 * len(ev):
                    return True
    return False


def _hit_rank(row: dict, assistant, k: int = 5) -> int | None:
    evidence = row.get("evidence") or []
    if not evidence:
        return None
    resolved = resolve_followup(assistant.prepare(row["question"]), parse_history(row.get("history")))
    retrieval = assistant.retriever.retrieve(resolved.query, k)
    for rank, sp in enumerate(retrieval.passages, 1):
        if any(ev[:60] in sp.passage.text or sp.passage.text in ev for ev in evidence):
            return rank
    return 0  # retrieved, but not in the top k


def evaluate_case(row: dict, assistant, judge) -> CaseResult:
    answer = assistant.ask(row["question"], row.get("history"))
    by_marker = {c.marker: c for c in answer.citations}
    claims = supported = sentences_ok = 0
    citations = supporting = 0
    problems: list[str] = []
    if not answer.refused:
        for claim, markers in _sentence_claims(answer):
            claims += 1
            quotes = [by_marker[m].quote for m in markers if m in by_marker]
            verdicts = [judge.score(claim, [q], row["question"]) for q in quotes]
            citations += len(verdicts)
            supporting += sum(v.supported for v in verdicts)
            if any(v.supported for v in verdicts):
                supported += 1
                sentences_ok += 1
            else:
                reason = verdicts[0].reason if verdicts else "no citation"
                problems.append(f"unsupported sentence: {claim[:120]} ({reason})")
            for m in markers:
                if m not in by_marker:
                    problems.append(f"marker [{m}] has no citation")
    correct = is_correct(row, answer)
    if not correct:
        problems.append("wrongly refused" if answer.refused and row.get("answerable", True)
                        else "should have refused" if not row.get("answerable", True)
                        else "answer lacks " + "; ".join(
                            "/".join(g) for g in row.get("must_include", [])
                            if not any(normalise(a) in normalise(answer.answer) for a in g)))
    return CaseResult(
        id=row["id"], kind=row.get("kind", ""), question=row["question"], answerable=row.get("answerable", True),
        answer=answer.answer, refused=answer.refused, correct=correct,
        evidence_cited=_evidence_cited(row, answer, assistant.snapshot.documents), claims=claims,
        supported_claims=supported, citations=citations, supporting_citations=supporting,
        sentences_with_support=sentences_ok, hit_rank=_hit_rank(row, assistant),
        latency_ms=answer.timings_ms.get("total", 0.0), problems=problems)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


def summarise(cases: list[CaseResult]) -> dict:
    """Shares come with 95% Jeffreys intervals (under "intervals"). Claims and citations are
    counted as if independent; those of one answer are not quite, so the true uncertainty of
    faithfulness and citation figures is somewhat larger."""
    answerable = [c for c in cases if c.answerable]
    unanswerable = [c for c in cases if not c.answerable]
    ranked = [c for c in cases if c.hit_rank is not None]
    latencies = [c.latency_ms for c in cases]
    with_evidence = [c for c in answerable if c.evidence_cited is not None or c.refused]
    shares = {
        "faithfulness": (sum(c.supported_claims for c in cases), sum(c.claims for c in cases)),
        "citation_precision": (sum(c.supporting_citations for c in cases), sum(c.citations for c in cases)),
        "citation_recall": (sum(c.sentences_with_support for c in cases), sum(c.claims for c in cases)),
        "correctness": (sum(c.correct for c in answerable), len(answerable)),
        "correct_with_evidence_cited": (sum(bool(c.correct and c.evidence_cited) for c in with_evidence),
                                        len(with_evidence)),
        "refusal_accuracy": (sum(c.refused for c in unanswerable), len(unanswerable)),
        "wrongful_refusals": (sum(c.refused for c in answerable), len(answerable)),
        "hit_at_1": (sum(c.hit_rank == 1 for c in ranked), len(ranked)),
        "hit_at_5": (sum(1 <= (c.hit_rank or 0) <= 5 for c in ranked), len(ranked)),
    }
    estimates = {name: proportion(*counts) for name, counts in shares.items()}
    return {
        "cases": len(cases),
        **{name: _rounded(e.value) for name, e in estimates.items()},
        "mrr": round(sum(1 / c.hit_rank for c in ranked if c.hit_rank) / len(ranked), 4) if ranked else None,
        "latency_p50_ms": round(statistics.median(latencies), 1) if latencies else 0.0,
        "latency_p95_ms": round(percentile(latencies, 0.95), 1),
        "by_kind": {kind: round(statistics.mean(c.correct for c in cases if c.kind == kind), 4)
                    for kind in sorted({c.kind for c in cases})},
        "intervals": {name: [_rounded(e.low), _rounded(e.high)] for name, e in estimates.items() if e.total},
    }


def _rounded(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


GATES = (("correctness", "gate_correctness"), ("faithfulness", "gate_faithfulness"),
         ("refusal_accuracy", "gate_refusal_accuracy"))


def gate_failures(summary: dict, settings: Settings) -> list[str]:
    failures = []
    for metric, setting in GATES:
        value, floor = summary.get(metric), getattr(settings, setting)
        if value is not None and value < floor:
            failures.append(f"{metric} {value:.3f} is below the gate {floor:.3f} (setting {setting})")
    return failures


def run_eval(rows: list[dict], assistant, judge) -> tuple[list[CaseResult], dict]:
    cases = [evaluate_case(row, assistant, judge) for row in rows]
    return cases, summarise(cases)


def interval_text(summary: dict, key: str) -> str:
    low_high = summary["intervals"].get(key)
    return f"{low_high[0]:.3f} - {low_high[1]:.3f}" if low_high else ""


def write_report(out_dir: Path, dataset: str, summary: dict, cases: list[CaseResult], failures: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(
        {"dataset": dataset, "summary": summary, "gate_failures": failures, "cases": [asdict(c) for c in cases]},
        indent=1, ensure_ascii=False), encoding="utf-8")
    lines = [f"# Evaluation report: {dataset}", "", "| metric | value | 95% interval |", "|---|---|---|"]
    for key, value in summary.items():
        if key not in ("by_kind", "intervals"):
            lines.append(f"| {key} | {value if value is not None else '-'} | {interval_text(summary, key)} |")
    lines += ["", "## Correct by kind", "", "| kind | correct |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in summary["by_kind"].items()]
    lines += ["", "## Gates", ""] + ([f"- FAILED: {f}" for f in failures] or ["- all gates passed"])
    failing = [c for c in cases if c.problems]
    lines += ["", f"## Failing cases ({len(failing)})", ""]
    for c in failing:
        lines += [f"### {c.id} ({c.kind})", f"- question: {c.question}", f"- answer: {c.answer}"]
        lines += [f"- {p}" for p in c.problems] + [""]
    (out_dir / "report.md").write_text("\n".join(lines), encoding="utf-8")
