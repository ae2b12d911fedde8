"""The answer backends side by side on one question set: extractive, llama_cpp, openai.

Each backend answers the same questions (with their histories) through `Assistant.ask`, and
each answer is scored by the evaluation harness (`assistant.evaluate.evaluate_case`: the same
faithfulness, correctness and refusal definitions as `assistant eval`). On top of that, for the
LLM backends, what the gate did:
- raw unfaithfulness: share of the LLM's own sentences that the gate dropped or re-cited, i.e.
  how often the raw output would have been unfaithful;
- fallback rate: share of the questions the LLM was asked where the extractive answer was shown
  instead (LLM unavailable, it refused, or nothing it wrote could be verified). Questions the
  extractive engine refuses are not put to the LLM (see generator.py).

The `openai` backend talks to `base_url`, or to a llama.cpp server started here on 127.0.0.1
with the same GGUF as `llama_cpp` (the SmolLM2 one by default).
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path

from assistant.errors import UserError
from assistant.generate.backends import KNOWN_BACKENDS
from assistant.settings import Settings

BACKENDS = ("extractive", *KNOWN_BACKENDS)


def _gate_summary(gates: list[dict]) -> dict:
    asked = [g for g in gates if g["fallback"] != "extractive refusal"]
    generated = sum(g["generated"] for g in asked)
    reasons: dict[str, int] = {}
    for g in asked:
        if g["fallback"]:
            reasons[g["fallback"]] = reasons.get(g["fallback"], 0) + 1
    return {
        "llm_asked": len(asked),
        "llm_answer_shown": sum(not g["fallback"] for g in asked),
        "fallback_rate": round(sum(bool(g["fallback"]) for g in asked) / len(asked), 4) if asked else None,
        "fallback_reasons": reasons,
        "raw_sentences": generated,
        "raw_dropped": sum(g["dropped"] for g in asked),
        "raw_corrected": sum(g["corrected"] for g in asked),
        "raw_unfaithfulness": (round(sum(g["dropped"] + g["corrected"] for g in asked) / generated, 4)
                               if generated else None),
    }


def _run_backend(backend: str, rows: list[dict], settings: Settings, embedder, scorer,
                 progress: Callable[[str], None]) -> tuple[dict, list[dict]]:
    from assistant.engine import Assistant
    from assistant.evaluate import evaluate_case, summarise

    assistant = Assistant.load(settings=settings.replace(answer_backend=backend), embedder=embedder, scorer=scorer)
    cases, out = [], []
    for row in rows:
        case = evaluate_case(row, assistant, scorer)
        cases.append(case)
        record = {"backend": backend, **asdict(case)}
        if assistant.generator is not None:
            record["gate"] = asdict(assistant.generator.last_gate)
        out.append(record)
        fallback = record.get("gate", {}).get("fallback")
        progress(f"[{backend}] {case.id} {case.latency_ms:7.0f} ms {'refused' if case.refused else 'answered'} "
                 f"{'correct' if case.correct else 'wrong'}{' fallback=' + fallback if fallback else ''}")
    summary = summarise(cases)
    if assistant.generator is not None:
        summary.update(_gate_summary([r["gate"] for r in out]))
    return summary, out


def compare(dataset_rows: list[dict], backends: list[str], settings: Settings, out_dir: Path,
            base_url: str | None = None, embedder=None, scorer=None,
            progress: Callable[[str], None] | None = None) -> dict:
    """Run every backend over the rows; write `compare_backends.json` and `compare_backends.md` to
    out_dir and return the report {"backends": {name: summary}, "rows": [...], "settings": {...}}."""
    unknown = [b for b in backends if b not in BACKENDS]
    if unknown or not backends:
        raise UserError(f"Unknown backend(s) {', '.join(unknown) or '(none given)'}; known: {', '.join(BACKENDS)}.")
    progress = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    from assistant.embed import Embedder
    from assistant.runtime import configure
    from assistant.verify import make_judge

    configure(settings)
    embedder = embedder or Embedder.load(settings)
    scorer = scorer or make_judge("offline", settings, embedder)
    report: dict = {"questions": len(dataset_rows), "backends": {}, "rows": [],
                    "settings": {k: str(getattr(settings, k)) for k in (
                        "index_dir", "top_k", "support_threshold", "llm_model", "llm_gguf_path", "llm_passages",
                        "llm_max_tokens", "llm_context_window", "llm_timeout_s", "llm_total_timeout_s")}}
    for backend in backends:
        with ExitStack() as stack:
            run_settings = settings
            if backend == "openai":
                url = base_url or _start_server(stack, settings, progress)
                run_settings = settings.replace(llm_base_url=url)
                report["settings"]["openai_base_url"] = url
            summary, rows = _run_backend(backend, dataset_rows, run_settings, embedder, scorer, progress)
        report["backends"][backend] = summary
        report["rows"] += rows
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "compare_backends.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    (out_dir / "compare_backends.md").write_text(markdown(report), encoding="utf-8")
    return report


def _start_server(stack: ExitStack, settings: Settings, progress: Callable[[str], None]) -> str:
    from assistant.generate.backends import gguf_path
    from assistant.generate.server import LlamaServer

    server = stack.enter_context(LlamaServer(gguf_path(settings), model_alias=settings.llm_model,
                                             n_ctx=settings.llm_context_window,
                                             threads=max(1, settings.torch_threads)))
    progress(f"[openai] started a llama.cpp server at {server.base_url}")
    return server.base_url


_TABLE = [("cases", "Questions", "n"),
          ("faithfulness", "Faithfulness (answer sentences supported by their citations)", "pct"),
          ("raw_unfaithfulness", "Raw unfaithfulness (LLM sentences the gate dropped or re-cited)", "pct"),
          ("raw_sentences", "Raw LLM sentences", "n"), ("raw_dropped", "  dropped", "n"),
          ("raw_corrected", "  re-cited", "n"), ("llm_asked", "Questions put to the LLM", "n"),
          ("fallback_rate", "Fell back to the extractive answer (of those)", "pct"),
          ("correctness", "Correctness (answerable)", "pct"),
          ("refusal_accuracy", "Refusal accuracy (unanswerable)", "pct"),
          ("wrongful_refusals", "Wrongful refusals (answerable)", "pct"),
          ("latency_p50_ms", "Latency p50", "ms"), ("latency_p95_ms", "Latency p95", "ms")]


def markdown(report: dict) -> str:
    names = list(report["backends"])
    lines = ["| Metric | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for key, label, kind in _TABLE:
        cells = []
        for name in names:
            value = report["backends"][name].get(key)
            cells.append("–" if value is None else f"{value:.1%}" if kind == "pct" else
                         f"{value / 1000:.1f} s" if kind == "ms" else str(value))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    reasons = {n: s["fallback_reasons"] for n, s in report["backends"].items() if s.get("fallback_reasons")}
    if reasons:
        lines += ["", "Fallback reasons: " + "; ".join(f"{n}: " + ", ".join(f"{k} {v}" for k, v in r.items())
                                                       for n, r in reasons.items())]
    return "\n".join(lines) + "\n"
