"""Latency benchmark for warm `ask` on the brief, in one process.

Reports p50/p95 of Assistant.ask over the team's question set (after one warm-up pass) and
the time of one MiniLM query embedding in the same process, the unit the goal is set in
(median ask at most 3 query embeddings). The unit is MiniLM run by sentence-transformers
(about 15 ms here); the embedding the assistant itself uses (ONNX Runtime by default) is
reported beside it.

    .venv/bin/python evals/perf_ask.py [--index DIR] [--dataset FILE] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", help="index folder (default: a fresh index of docs_corpus/)")
    parser.add_argument("--dataset", default=str(ROOT / "evals" / "datasets" / "brief_qa.jsonl"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    index = args.index
    if index is None:
        index = tempfile.mkdtemp(prefix="perf-ask-")
        subprocess.run([str(ROOT / ".venv" / "bin" / "assistant"), "ingest", str(ROOT / "docs_corpus"),
                        "--index", index, "--quiet"], check=True, capture_output=True)
    from assistant import Assistant

    assistant = Assistant.load(index)
    rows = [json.loads(line) for line in Path(args.dataset).read_text(encoding="utf-8").splitlines() if line]
    for row in rows:  # warm-up: caches, lazy imports
        assistant.ask(row["question"], row.get("history"))

    embed, unit = [], []
    for row in rows:
        t = time.perf_counter()
        assistant.embedder.encode([row["question"]])
        embed.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        assistant.embedder.model.encode([row["question"]], normalize_embeddings=True, show_progress_bar=False)
        unit.append((time.perf_counter() - t) * 1000)
    totals, stages = [], {}
    for _ in range(args.rounds):
        for row in rows:
            t = time.perf_counter()
            answer = assistant.ask(row["question"], row.get("history"))
            totals.append((time.perf_counter() - t) * 1000)
            for key, value in answer.timings_ms.items():
                stages.setdefault(key, []).append(value)
    unit_ms = statistics.median(unit)
    print(f"questions {len(rows)} x {args.rounds} rounds (warm)")
    print(f"query embedding  p50 {unit_ms:6.1f} ms (sentence-transformers), "
          f"{statistics.median(embed):.1f} ms ({assistant.settings.embed_backend}, used by ask)")
    print(f"ask              p50 {statistics.median(totals):6.1f} ms   p95 {percentile(totals, 0.95):6.1f} ms")
    for key, values in stages.items():
        print(f"  {key:14} p50 {statistics.median(values):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms")
    ratio = statistics.median(totals) / unit_ms
    print(f"median ask / query embedding = {ratio:.2f} (goal <= 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
