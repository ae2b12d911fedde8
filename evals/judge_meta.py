"""Meta-evaluation of a faithfulness judge: how often does it agree with human labels?

Labelled sets:
- HaluEval QA (dev split): each line gives (knowledge, question, right_answer) -> supported and
  (knowledge, question, hallucinated_answer) -> unsupported.
- brief_claims_fresh.jsonl, brief_claims_third.jsonl and brief_claims_fourth.jsonl: 80 more such
  claims each, each written later by someone who had seen neither the judge nor the earlier sets,
  to check the judge on claims it was not tuned on.
- brief_claims.jsonl: paraphrases of the brief (supported) and perturbations of it (changed
  numbers, dates, names, places, negations, directions, roles, unstated claims).
- brief_claims_fifth.jsonl to brief_claims_fortyfourth.jsonl: 80 more each, written blind in later
  sessions (see evals/datasets/README.md for which halves were read).
- everyday_claims.jsonl and everyday_claims_second.jsonl to everyday_claims_fortieth.jsonl: 120
  such claims each about 20 to 40 short invented news passages, not the brief, written by someone who
  had seen neither the judge nor the other sets.

More HaluEval QA lines (evals/datasets/halueval_qa_rest.jsonl, halueval_qa_data_sample.jsonl) are
checked with a repeated --halueval:

    .venv/bin/python evals/judge_meta.py --halueval ../shared/data/halueval_qa_dev.jsonl \
        --halueval evals/datasets/halueval_qa_rest.jsonl --halueval evals/datasets/halueval_qa_data_sample.jsonl

Each set is reported whole and as two halves (first half = the part the judge was tuned on,
second half = held out), so a judge that only fits the tuning half shows it.

    .venv/bin/python evals/judge_meta.py --judge offline --out evals/results/judge_meta_offline.json
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.errors import UserError  # noqa: E402
from assistant.verify.agreement import LABELS, agreement  # noqa: E402

DEFAULT_HALUEVAL = REPO.parent / "shared" / "data" / "halueval_qa_dev.jsonl"
DEFAULT_CLAIMS = [REPO / "evals" / "datasets" / f"{name}.jsonl" for name in (
    "brief_claims", "brief_claims_fresh", "brief_claims_third", "brief_claims_fourth", "brief_claims_fifth",
    "brief_claims_sixth", "brief_claims_seventh", "brief_claims_eighth", "brief_claims_ninth", "brief_claims_tenth",
    "brief_claims_eleventh", "brief_claims_twelfth", "brief_claims_thirteenth", "brief_claims_fourteenth",
    "brief_claims_fifteenth", "brief_claims_sixteenth", "brief_claims_seventeenth", "brief_claims_eighteenth",
    "brief_claims_nineteenth", "brief_claims_twentieth", "brief_claims_twentyfirst", "brief_claims_twentysecond",
    "brief_claims_twentythird", "brief_claims_twentyfourth", "brief_claims_twentyfifth", "brief_claims_twentysixth",
    "brief_claims_twentyseventh", "brief_claims_twentyeighth", "brief_claims_twentyninth",
    "brief_claims_thirtieth", "brief_claims_thirtyfirst", "brief_claims_thirtysecond", "brief_claims_thirtythird",
    "brief_claims_thirtyfourth", "brief_claims_thirtyfifth", "brief_claims_thirtysixth", "brief_claims_thirtyseventh",
    "brief_claims_thirtyeighth", "brief_claims_thirtyninth", "brief_claims_fortieth", "brief_claims_fortyfirst",
    "brief_claims_fortysecond", "brief_claims_fortythird", "brief_claims_fortyfourth",
    "everyday_claims",
    "everyday_claims_second",
    "everyday_claims_third", "everyday_claims_fourth", "everyday_claims_fifth", "everyday_claims_sixth",
    "everyday_claims_seventh", "everyday_claims_eighth", "everyday_claims_ninth", "everyday_claims_tenth",
    "everyday_claims_eleventh", "everyday_claims_twelfth", "everyday_claims_thirteenth",
    "everyday_claims_fourteenth", "everyday_claims_fifteenth", "everyday_claims_sixteenth",
    "everyday_claims_seventeenth", "everyday_claims_eighteenth", "everyday_claims_nineteenth",
    "everyday_claims_twentieth", "everyday_claims_twentyfirst", "everyday_claims_twentysecond",
    "everyday_claims_twentythird", "everyday_claims_twentyfourth", "everyday_claims_twentyfifth",
    "everyday_claims_twentysixth", "everyday_claims_twentyseventh", "everyday_claims_twentyeighth",
    "everyday_claims_twentyninth", "everyday_claims_thirtieth", "everyday_claims_thirtyfirst",
    "everyday_claims_thirtysecond", "everyday_claims_thirtythird",
    "everyday_claims_thirtyfourth", "everyday_claims_thirtyfifth", "everyday_claims_thirtysixth",
    "everyday_claims_thirtyseventh", "everyday_claims_thirtyeighth", "everyday_claims_thirtyninth",
    "everyday_claims_fortieth")]


@dataclass
class Case:
    id: str
    claim: str
    passages: list[str]
    question: str | None
    label: str
    type: str


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise UserError(f"{path} does not exist; pass the right path on the command line.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}, line {number}: not valid JSON ({exc.msg}).") from None
    return rows


def halueval_cases(path: Path) -> list[Case]:
    cases = []
    for number, row in enumerate(read_jsonl(path), 1):
        for field, label in (("right_answer", "supported"), ("hallucinated_answer", "unsupported")):
            cases.append(Case(f"halueval-{number}-{label}", row[field], [row["knowledge"]],
                              row["question"], label, "right" if label == "supported" else "hallucinated"))
    return cases


def claim_cases(path: Path) -> list[Case]:
    return [Case(row["id"], row["claim"], [row["context"]], row.get("question"), row["label"], row.get("type", ""))
            for row in read_jsonl(path)]


def metrics(cases: list[Case], predictions: list[bool]) -> dict:
    found = agreement((case.label, predicted) for case, predicted in zip(cases, predictions))
    by_type: dict[str, list[bool]] = defaultdict(list)
    for case, predicted in zip(cases, predictions):
        by_type[case.type].append(predicted == (case.label == "supported"))
    return {**found.as_dict(), "recall_by_type": {t: sum(v) / len(v) for t, v in sorted(by_type.items())}}


def halves(cases: list[Case], key) -> tuple[list[int], list[int]]:
    """Indices of the first and second half, splitting by source line so pairs stay together."""
    groups = list(dict.fromkeys(key(c) for c in cases))
    first = set(groups[: len(groups) // 2])
    tune = [i for i, c in enumerate(cases) if key(c) in first]
    held = [i for i, c in enumerate(cases) if key(c) not in first]
    return tune, held


def evaluate(judge, cases: list[Case], key) -> tuple[dict, list[dict]]:
    results, started = [], time.perf_counter()
    for case in cases:
        results.append(judge.score(case.claim, case.passages, case.question))
    elapsed = time.perf_counter() - started
    predictions = [r.supported for r in results]
    tune, held = halves(cases, key)
    report = {
        "all": metrics(cases, predictions),
        "tune_half": metrics([cases[i] for i in tune], [predictions[i] for i in tune]),
        "held_out_half": metrics([cases[i] for i in held], [predictions[i] for i in held]),
        "ms_per_claim": 1000 * elapsed / max(1, len(cases)),
    }
    errors = [{"id": c.id, "type": c.type, "label": c.label, "claim": c.claim, "question": c.question,
               "score": r.score, "unsupported_terms": r.unsupported_terms, "reason": r.reason}
              for c, r in zip(cases, results) if r.supported != (c.label == "supported")]
    return report, errors


def print_table(name: str, report: dict) -> None:
    print(f"\n{name}  ({report['all']['cases']} cases, {report['ms_per_claim']:.1f} ms/claim; "
          f"95% intervals in brackets)")
    print(f"  {'split':<14}{'bal.acc':<22}{'rec.sup':<22}{'rec.uns':<22}confusion (gold->said)")
    for split in ("all", "tune_half", "held_out_half"):
        m = report[split]
        conf = "  ".join(f"{k}={v}" for k, v in m["confusion"].items())
        cells = [m["balanced_accuracy"], m["recall"]["supported"], m["recall"]["unsupported"]]
        print(f"  {split:<14}" + "".join(f"{_cell(c):<22}" for c in cells) + conf)
    types = report["all"]["recall_by_type"]
    print("  recall by type: " + ", ".join(f"{t}={v:.2f}" for t, v in types.items()))


def _cell(estimate: dict) -> str:
    if estimate["value"] is None:
        return "n/a"
    return f"{estimate['value']:.3f} [{estimate['low']:.2f}, {estimate['high']:.2f}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--judge", default="offline", help="offline | nli | llm")
    parser.add_argument("--halueval", type=Path, action="append",
                        help="a HaluEval QA file (repeatable; default: the development split)")
    parser.add_argument("--claims", type=Path, action="append",
                        help="a labelled claims file (repeatable; default: the five claim sets)")
    parser.add_argument("--out", type=Path, default=None, help="write the report as JSON here")
    parser.add_argument("--no-embedder", action="store_true", help="offline judge in lexical-only mode")
    parser.add_argument("--show-errors", type=int, default=0, help="print this many misjudged cases per set")
    parser.add_argument("--limit", type=int, default=None,
                        help="use only the first N source lines of each set (for slow judges)")
    args = parser.parse_args(argv)

    from assistant.runtime import configure
    from assistant.settings import load_settings
    from assistant.verify import make_judge

    settings = load_settings(judge=args.judge)
    configure(settings)
    try:
        embedder = None
        if args.judge == "offline" and not args.no_embedder:
            from assistant.embed import Embedder

            embedder = Embedder.load(settings)
        judge = make_judge(args.judge, settings, embedder)
        sets = {}
        for path in args.halueval or [DEFAULT_HALUEVAL]:
            name = "halueval_qa" if path.resolve() == DEFAULT_HALUEVAL.resolve() else path.stem
            sets[name] = (halueval_cases(path)[: 2 * args.limit if args.limit else None],
                          lambda c: c.id.rsplit("-", 1)[0])
        for path in args.claims or DEFAULT_CLAIMS:
            sets[path.stem] = (claim_cases(path)[: args.limit], lambda c: c.id)
        output = {"judge": args.judge, "lexical_only": embedder is None and args.judge == "offline",
                  "limit": args.limit}
        for name, (cases, key) in sets.items():
            report, errors = evaluate(judge, cases, key)
            output[name] = report
            print_table(name, report)
            for error in errors[: args.show_errors]:
                print("   x", json.dumps(error, ensure_ascii=False))
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(output, indent=2), encoding="utf-8")
        print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
