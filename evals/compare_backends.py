"""Compare the answer backends side by side (extractive, llama_cpp, openai) on one question set.

The work is done by `assistant.generate.compare.compare` (also behind `assistant eval --backends`);
this script only reads the arguments. Without --base-url, the openai backend gets a llama.cpp
server started on 127.0.0.1 for the run.

    .venv/bin/python evals/compare_backends.py --dataset evals/datasets/brief_qa.jsonl \\
        --backends extractive,llama_cpp,openai --out evals/results/backends
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.errors import UserError  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from assistant.evaluate import read_dataset
    from assistant.generate.compare import BACKENDS, compare, markdown

    parser = argparse.ArgumentParser(description="Compare the answer backends on one question set.")
    parser.add_argument("--dataset", default=str(REPO / "evals" / "datasets" / "brief_qa.jsonl"))
    parser.add_argument("--backends", default=",".join(BACKENDS))
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
        rows = read_dataset(Path(args.dataset))
        if args.ids:
            wanted = set(args.ids.split(","))
            rows = [r for r in rows if r["id"] in wanted]
        backends = [b.strip() for b in args.backends.split(",") if b.strip()]
        report = compare(rows, backends, settings, Path(args.out), base_url=args.base_url)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
