"""Choose the retrieval fusion from measurements on the team's question sets.

For each setting, reports hit@1, hit@5, hit@8 and MRR of the passage holding the gold
evidence, over the answerable questions of the brief and multi-document sets.

    .venv/bin/python evals/tune_retrieval.py --index DIR [--dataset FILE ...]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True)
    parser.add_argument("--dataset", action="append")
    args = parser.parse_args()
    datasets = args.dataset or [str(ROOT / "evals/datasets/brief_qa.jsonl"),
                                str(ROOT / "evals/datasets/multi_doc_qa.jsonl")]
    from assistant import Assistant
    from assistant.answer import resolve_followup
    from assistant.engine import parse_history
    from assistant.retrieve import HybridRetriever

    assistant = Assistant.load(args.index)
    rows = [json.loads(line) for d in datasets for line in Path(d).read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("evidence")]
    queries = []
    for row in rows:
        resolved = resolve_followup(assistant.prepare(row["question"]), parse_history(row.get("history")))
        queries.append((resolved.query, assistant.embedder.encode([resolved.query])[0], row["evidence"]))

    def rank_of(passages, evidence) -> int:
        for i, sp in enumerate(passages, 1):
            if any(ev[:60] in sp.passage.text for ev in evidence):
                return i
        return 0

    print(f"{len(queries)} questions with evidence")
    print(f"{'setting':34} hit@1  hit@5  hit@8  MRR")
    grid = [("dense only", 1.0, 0.0, 60), ("lexical only", 0.0, 1.0, 60)]
    grid += [(f"rrf k={k} dense x{w}", w, 1.0, k) for k, w in itertools.product((5, 10, 20, 60), (1.0, 1.5, 2.0))]
    for name, dw, lw, k in grid:
        retriever = HybridRetriever(assistant.snapshot, assistant.embedder, 20, 20, k, dw, lw)
        ranks = [rank_of(retriever.retrieve(q, 8, v).passages, ev) for q, v, ev in queries]
        n = len(ranks)
        print(f"{name:34} {sum(r == 1 for r in ranks) / n:.3f}  {sum(1 <= r <= 5 for r in ranks) / n:.3f}  "
              f"{sum(1 <= r <= 8 for r in ranks) / n:.3f}  {sum(1 / r for r in ranks if r) / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
