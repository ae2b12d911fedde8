"""The answer backends side by side on one question set: extractive, llama_cpp, openai.

For each backend, over the same questions (with their histories):
- faithfulness: share of final answer sentences whose citations quote their document verbatim
  and support them (the shared support scorer);
- raw unfaithfulness: share of the LLM's own sentences that the gate dropped or re-cited, i.e.
  how often the raw output would have been unfaithful;
- fallback rate: share of questions the LLM was asked but the extractive answer was shown
  (LLM unavailable, it refused, or nothing it wrote could be verified);
- correctness: answerable questions whose answer contains an alternative of every
  `must_include` group (case-insensitive);
- refusal accuracy: unanswerable questions that were refused;
- latency p50/p95 of `Assistant.ask`.

The `openai` backend talks to `--base-url`, or to a llama.cpp server started here on 127.0.0.1
with the same GGUF as `llama_cpp` (the SmolLM2 one by default).

    .venv/bin/python evals/compare_backends.py --dataset evals/datasets/brief_qa.jsonl \\
        --backends extractive,llama_cpp,openai --out evals/results/backends
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.errors import UserError  # noqa: E402
from assistant.settings import Settings, load_settings  # noqa: E402

ALL_BACKENDS = ("extractive", "llama_cpp", "openai")


@dataclass
class RowResult:
    id: str
    kind: str
    backend: str
    question: str
    answerable: bool
    answer: str = ""
    refused: bool = False
    correct: bool | None = None          # answerable rows only
    sentences: int = 0
    supported: int = 0
    latency_ms: float = 0.0
    note: str = ""
    error: str = ""
    gate: dict = field(default_factory=dict)  # GateStats of LLM backends
    cited: list[dict] = field(default_factory=list)  # each answer sentence with its quotes, for audits


def read_rows(path: Path) -> list[dict]:
    if not path.is_file():
        raise UserError(f"{path} does not exist; pass the question set with --dataset.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}, line {number}: not valid JSON ({exc.msg}).") from None
        if not isinstance(row, dict) or not isinstance(row.get("question"), str):
            raise UserError(f"{path}, line {number}: each row needs a \"question\" string.")
        rows.append(row)
    return rows


def is_correct(answer: str, must_include: list[list[str]]) -> bool:
    text = answer.lower()
    return all(any(alt.lower() in text for alt in group) for group in must_include)


def supported_sentences(answer, documents, scorer) -> int:
    """Sentences whose citations quote their document verbatim and back the sentence."""
    by_marker = {c.marker: c for c in answer.citations}
    count = 0
    for sentence in answer.sentences:
        cited = [by_marker.get(m) for m in sentence.markers]
        if not cited or None in cited:
            continue
        if any(c.doc_id not in documents or documents[c.doc_id].text[c.start:c.end] != c.quote for c in cited):
            continue
        count += scorer.score(sentence.text, [c.quote for c in cited]).supported
    return count


def summarise(results: list[RowResult]) -> dict:
    answered = [r for r in results if not r.refused and not r.error]
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    sentences = sum(r.sentences for r in answered)
    latencies = [r.latency_ms for r in results if not r.error]
    summary = {
        "questions": len(results),
        "errors": sum(bool(r.error) for r in results),
        "faithfulness": sum(r.supported for r in answered) / sentences if sentences else None,
        "answer_sentences": sentences,
        "correctness": sum(bool(r.correct) for r in answerable) / len(answerable) if answerable else None,
        "refusal_accuracy": sum(r.refused for r in unanswerable) / len(unanswerable) if unanswerable else None,
        "latency_p50_ms": float(np.percentile(latencies, 50)) if latencies else None,
        "latency_p95_ms": float(np.percentile(latencies, 95)) if latencies else None,
    }
    gated = [r.gate for r in results if r.gate]
    if gated:
        asked = [g for g in gated if g["fallback"] != "extractive refusal"]
        generated = sum(g["generated"] for g in asked)
        reasons: dict[str, int] = {}
        for g in asked:
            if g["fallback"]:
                reasons[g["fallback"]] = reasons.get(g["fallback"], 0) + 1
        summary.update({
            "llm_asked": len(asked),
            "llm_answer_shown": sum(not g["fallback"] for g in asked),
            "fallback_rate": sum(bool(g["fallback"]) for g in asked) / len(asked) if asked else None,
            "fallback_reasons": reasons,
            "raw_sentences": generated,
            "raw_unfaithfulness": (sum(g["dropped"] + g["corrected"] for g in asked) / generated
                                   if generated else None),
            "raw_dropped": sum(g["dropped"] for g in asked),
            "raw_corrected": sum(g["corrected"] for g in asked),
        })
    return summary


def run_backend(backend: str, rows: list[dict], settings: Settings, embedder, scorer, progress) -> list[RowResult]:
    from assistant.engine import Assistant

    assistant = Assistant.load(settings=settings.replace(answer_backend=backend), embedder=embedder, scorer=scorer)
    results = []
    for row in rows:
        result = RowResult(row.get("id", ""), row.get("kind", ""), backend, row["question"],
                           bool(row.get("answerable", True)))
        t0 = time.perf_counter()
        try:
            answer = assistant.ask(row["question"], row.get("history"))
        except UserError as exc:
            result.error = str(exc)
        else:
            result.latency_ms = (time.perf_counter() - t0) * 1000
            result.answer, result.refused, result.note = answer.answer, answer.refused, answer.note
            if not answer.refused:
                quotes = {c.marker: c.quote for c in answer.citations}
                result.cited = [{"text": s.text, "quotes": [quotes.get(m, "") for m in s.markers]}
                                for s in answer.sentences]
                result.sentences = len(answer.sentences)
                result.supported = supported_sentences(answer, assistant.snapshot.documents, scorer)
            if result.answerable:
                result.correct = not answer.refused and is_correct(answer.answer, row.get("must_include", []))
            if assistant.generator is not None:
                gate = assistant.generator.last_gate
                result.gate = {k: v for k, v in asdict(gate).items() if k != "dropped_text"}
                result.gate["dropped_text"] = list(gate.dropped_text)
        progress(f"[{backend}] {result.id} {result.latency_ms:7.0f} ms "
                 f"{'refused' if result.refused else 'answered'}"
                 f"{'' if result.correct is None else (' correct' if result.correct else ' wrong')}"
                 f"{' fallback=' + result.gate['fallback'] if result.gate.get('fallback') else ''}")
        results.append(result)
    return results


def compare(dataset_rows: list[dict], backends: list[str], settings: Settings, out_dir: Path,
            base_url: str | None = None, embedder=None, scorer=None, progress=None) -> dict:
    """Run every backend over the rows; write `compare_backends.json` and `.md` to out_dir and
    return the report. Without `base_url`, the `openai` backend gets a llama.cpp server of its own."""
    unknown = [b for b in backends if b not in ALL_BACKENDS]
    if unknown:
        raise UserError(f"Unknown backend(s) {', '.join(unknown)}; known: {', '.join(ALL_BACKENDS)}.")
    progress = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    from assistant.embed import Embedder
    from assistant.runtime import configure
    from assistant.verify import make_judge

    configure(settings)
    embedder = embedder or Embedder.load(settings)
    scorer = scorer or make_judge("offline", settings, embedder)
    report: dict = {"questions": len(dataset_rows), "backends": {}, "rows": [],
                    "settings": {k: str(getattr(settings, k)) for k in (
                        "index_dir", "top_k", "support_threshold", "llm_base_url", "llm_model", "llm_gguf_path",
                        "llm_max_tokens", "llm_context_window", "llm_timeout_s", "llm_total_timeout_s")}}
    for backend in backends:
        with ExitStack() as stack:
            run_settings = settings
            if backend == "openai":
                url = base_url
                if url is None:
                    from assistant.generate.backends import gguf_path
                    from assistant.generate.server import LlamaServer

                    server = stack.enter_context(LlamaServer(gguf_path(settings), model_alias=settings.llm_model,
                                                             n_ctx=settings.llm_context_window,
                                                             threads=max(1, settings.torch_threads)))
                    url = server.base_url
                    progress(f"[openai] started a llama.cpp server at {url}")
                run_settings = settings.replace(llm_base_url=url)
                report["settings"]["openai_base_url"] = url
            results = run_backend(backend, dataset_rows, run_settings, embedder, scorer, progress)
        report["backends"][backend] = summarise(results)
        report["rows"] += [asdict(r) for r in results]
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "compare_backends.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (out_dir / "compare_backends.md").write_text(markdown(report), encoding="utf-8")
    return report


_ROWS = [("questions", "Questions", "n"), ("faithfulness", "Faithfulness (final sentences supported)", "pct"),
         ("answer_sentences", "Answer sentences checked", "n"),
         ("raw_unfaithfulness", "Raw unfaithfulness (LLM sentences dropped or re-cited)", "pct"),
         ("raw_sentences", "Raw LLM sentences", "n"), ("raw_dropped", "  dropped", "n"),
         ("raw_corrected", "  re-cited", "n"), ("llm_asked", "Questions the LLM was asked", "n"),
         ("fallback_rate", "Fallback to extractive (of those)", "pct"),
         ("correctness", "Correctness (answerable)", "pct"),
         ("refusal_accuracy", "Refusal accuracy (unanswerable)", "pct"),
         ("latency_p50_ms", "Latency p50", "ms"), ("latency_p95_ms", "Latency p95", "ms"),
         ("errors", "Errors", "n")]


def markdown(report: dict) -> str:
    names = list(report["backends"])
    lines = ["| Metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for key, label, kind in _ROWS:
        cells = []
        for name in names:
            value = report["backends"][name].get(key)
            cells.append("–" if value is None else f"{value:.1%}" if kind == "pct" else
                         f"{value / 1000:.1f} s" if kind == "ms" else str(value))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    reasons = {n: report["backends"][n]["fallback_reasons"] for n in names
               if report["backends"][n].get("fallback_reasons")}
    if reasons:
        lines += ["", "Fallback reasons: " + "; ".join(f"{n}: " + ", ".join(f"{k} {v}" for k, v in r.items())
                                                       for n, r in reasons.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", default=str(REPO / "evals" / "datasets" / "brief_qa.jsonl"))
    parser.add_argument("--backends", default=",".join(ALL_BACKENDS))
    parser.add_argument("--out", required=True, help="folder for compare_backends.json and .md")
    parser.add_argument("--index", help="index folder (default: the settings' index_dir)")
    parser.add_argument("--base-url", help="OpenAI-compatible server for the openai backend "
                                           "(default: start a llama.cpp server on 127.0.0.1)")
    parser.add_argument("--ids", help="comma-separated row ids to run (default: all)")
    parser.add_argument("--timeout", type=float, help="seconds of LLM silence before falling back (llm_timeout_s)")
    parser.add_argument("--max-tokens", type=int, help="LLM answer length limit (llm_max_tokens)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(index_dir=Path(args.index) if args.index else None, llm_timeout_s=args.timeout,
                                 llm_max_tokens=args.max_tokens)
        rows = read_rows(Path(args.dataset))
        if args.ids:
            wanted = set(args.ids.split(","))
            rows = [r for r in rows if r.get("id") in wanted]
        backends = [b.strip() for b in args.backends.split(",") if b.strip()]
        report = compare(rows, backends, settings, Path(args.out), base_url=args.base_url)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
