"""HaluEval QA as a second evaluation set: its 250 knowledge paragraphs become a corpus of 250
documents and its questions, with their human-checked right answers, a question set.

    .venv/bin/python evals/halueval_corpus.py [--data ../shared/data/halueval_qa_dev.jsonl] --out DIR
    .venv/bin/assistant ingest DIR/corpus --index DIR/index
    .venv/bin/assistant eval --index DIR/index --dataset DIR/questions.jsonl --out DIR/report

An answer counts as correct when it contains the gold answer; its citation should come from
the question's own paragraph (reported as correct_with_evidence_cited: the whole knowledge
text is the evidence).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "halueval_qa_dev.jsonl"


def build(data: Path, out: Path) -> int:
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = []
    for i, row in enumerate(rows):
        doc_id = f"halueval-{i:03d}"
        (corpus / f"{doc_id}.txt").write_text(row["knowledge"].strip() + "\n", encoding="utf-8")
        # The paragraphs are joined sentences ("...19th century.First for Women is..."): the
        # evidence is each sentence-sized piece, so a citation of the right paragraph counts.
        pieces = [p.strip() for p in row["knowledge"].replace(".", ".\n").splitlines() if len(p.strip()) > 20]
        questions.append({"id": f"h{i:03d}", "kind": "factoid", "question": row["question"], "answerable": True,
                          "must_include": [[row["right_answer"]]], "evidence": pieces, "doc_id": doc_id})
    (out / "questions.jsonl").write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions),
                                         encoding="utf-8")
    return len(questions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data} not found; pass --data", file=sys.stderr)
        return 2
    print(f"{build(args.data, args.out)} questions and documents in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
