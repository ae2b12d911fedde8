"""Check the evaluation datasets against the documents they quote, and print their counts.

Run: python evals/datasets/check_datasets.py  (exit status 1 and one line per problem if any)

The checks are what makes the gold data trustworthy: every evidence string is a verbatim
substring of one body paragraph of its document (never of page chrome), every required
answer fragment is backed by that evidence, and the claim contexts are the brief's own
paragraphs. Standard library only, so it runs before the project is installed.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BRIEF = ROOT / "docs_corpus" / "andean-crucible-us-peru-relations.txt"
BRIEF_ID = "andean-crucible-us-peru-relations"
EXTRA_DOCS = {
    "coastal-water-security": ROOT / "tests" / "data" / "docs" / "coastal-water-security.md",
    "grid-storage-brief": ROOT / "tests" / "data" / "docs" / "grid-storage-brief.html",
}

# Page chrome saved with the brief (see the shared brief README); never evidence.
BRIEF_CHROME = (
    "Top 5 This Week",
    "Related Posts",
    "LEAVE A REPLY",
    "Please enter your comment!",
    "Please enter your name here",
    "Popular Articles",
)
# Brief sets written blind after the sixth, about the body paragraphs (80 rows each), and sets of
# claims about invented news passages (120 rows each, each row with its own context).
LATER_BRIEF_SETS = ("brief_claims_seventh", "brief_claims_eighth", "brief_claims_ninth", "brief_claims_tenth",
                    "brief_claims_eleventh", "brief_claims_twelfth", "brief_claims_thirteenth",
                    "brief_claims_fourteenth", "brief_claims_fifteenth", "brief_claims_sixteenth",
                    "brief_claims_seventeenth", "brief_claims_eighteenth",
                    "brief_claims_nineteenth", "brief_claims_twentieth", "brief_claims_twentyfirst",
                    "brief_claims_twentysecond", "brief_claims_twentythird",
                    "brief_claims_twentyfourth", "brief_claims_twentyfifth", "brief_claims_twentysixth",
                    "brief_claims_twentyseventh", "brief_claims_twentyeighth",
                    "brief_claims_twentyninth", "brief_claims_thirtieth",
                    "brief_claims_thirtyfirst", "brief_claims_thirtysecond",
                    "brief_claims_thirtythird", "brief_claims_thirtyfourth",
                    "brief_claims_thirtyfifth", "brief_claims_thirtysixth",
                    "brief_claims_thirtyseventh", "brief_claims_thirtyeighth",
                    "brief_claims_thirtyninth", "brief_claims_fortieth",
                    "brief_claims_fortyfirst", "brief_claims_fortysecond",
                    "brief_claims_fortythird", "brief_claims_fortyfourth")
# Later brief sets whose writer was told the title counts as a paragraph: a few of their claims are
# about the title and the date line; they stay as written.
TITLE_SETS = ("brief_claims_twentyfirst",)
NEWS_SETS = ("everyday_claims", "everyday_claims_second", "everyday_claims_third", "everyday_claims_fourth",
             "everyday_claims_fifth", "everyday_claims_sixth", "everyday_claims_seventh", "everyday_claims_eighth",
             "everyday_claims_ninth", "everyday_claims_tenth", "everyday_claims_eleventh",
             "everyday_claims_twelfth", "everyday_claims_thirteenth", "everyday_claims_fourteenth",
             "everyday_claims_fifteenth", "everyday_claims_sixteenth", "everyday_claims_seventeenth",
             "everyday_claims_eighteenth", "everyday_claims_nineteenth", "everyday_claims_twentieth",
             "everyday_claims_twentyfirst", "everyday_claims_twentysecond",
             "everyday_claims_twentythird", "everyday_claims_twentyfourth",
             "everyday_claims_twentyfifth", "everyday_claims_twentysixth",
             "everyday_claims_twentyseventh", "everyday_claims_twentyeighth",
             "everyday_claims_twentyninth", "everyday_claims_thirtieth",
             "everyday_claims_thirtyfirst", "everyday_claims_thirtysecond",
             "everyday_claims_thirtythird", "everyday_claims_thirtyfourth",
             "everyday_claims_thirtyfifth", "everyday_claims_thirtysixth",
             "everyday_claims_thirtyseventh", "everyday_claims_thirtyeighth",
             "everyday_claims_thirtyninth", "everyday_claims_fortieth")
# More HaluEval QA lines than the development split: (file, lines), none of them a dev line.
HALUEVAL_SETS = (("halueval_qa_rest", 250), ("halueval_qa_data_sample", 212))
HALUEVAL_FIELDS = {"knowledge", "question", "right_answer", "hallucinated_answer"}
DEV_HALUEVAL = HERE.parent.parent.parent / "shared" / "data" / "halueval_qa_dev.jsonl"
HTML_CHROME = ("Leave a reply", "Post Comment", "Related posts", "All rights reserved", "Subscribe")

QA_KINDS = ("factoid", "list", "explanation", "unanswerable", "false_premise", "followup")
BRIEF_QA_MINIMUM = {"factoid": 20, "list": 8, "explanation": 10, "unanswerable": 12,
                    "false_premise": 8, "followup": 10}
MULTI_QA_MINIMUM = {"unanswerable": 2, "false_premise": 2, "followup": 2}
UNSUPPORTED_TYPES = ("number", "date", "name", "place", "negation", "direction", "unstated",
                     "entity_role")


@dataclass(frozen=True)
class Corpus:
    """The body paragraphs of one document: the only text evidence may quote."""

    doc_id: str
    paragraphs: tuple[str, ...]

    def holds(self, evidence: str) -> bool:
        return any(evidence in paragraph for paragraph in self.paragraphs)


def brief_corpus(path: Path = BRIEF) -> Corpus:
    """The brief's paragraphs without the date line (metadata), the title and the chrome."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    body = [b for b in blocks[1:] if not b.startswith(BRIEF_CHROME)]
    return Corpus(BRIEF_ID, tuple(body))


def brief_blocks(path: Path = BRIEF) -> Corpus:
    """Every paragraph of the brief's file, page chrome and date line included."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return Corpus(BRIEF_ID, tuple(blocks))


def markdown_corpus(doc_id: str, path: Path) -> Corpus:
    """Paragraph and list-item lines of a Markdown document; headings and the date line are not body."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    body = [line.removeprefix("- ") for line in lines
            if line and not line.startswith("#") and not line.startswith("Published:")]
    return Corpus(doc_id, tuple(body))


class _ArticleParagraphs(HTMLParser):
    """Collects the text of each <p> inside <article>, skipping the byline (metadata)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.current: list[str] | None = None
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article = True
        elif tag == "p" and self.in_article and ("class", "byline") not in attrs:
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article = False
        elif tag == "p" and self.current is not None:
            self.paragraphs.append("".join(self.current))
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def html_corpus(doc_id: str, path: Path) -> Corpus:
    parser = _ArticleParagraphs()
    parser.feed(path.read_text(encoding="utf-8"))
    return Corpus(doc_id, tuple(parser.paragraphs))


def extra_corpora() -> dict[str, Corpus]:
    corpora = {}
    for doc_id, path in EXTRA_DOCS.items():
        make = html_corpus if path.suffix == ".html" else markdown_corpus
        corpora[doc_id] = make(doc_id, path)
    return corpora


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            raise AssertionError(f"{path.name}:{number}: blank line")
        rows.append(json.loads(line))
    return rows


def _problems_in_history(history: object) -> list[str]:
    if not isinstance(history, list) or not history:
        return ["a follow-up needs a non-empty history"]
    roles = [turn.get("role") for turn in history]
    expected = ["user", "assistant"] * (len(history) // 2)
    problems = []
    if roles != expected:
        problems.append(f"history roles must alternate user/assistant and end with assistant, got {roles}")
    if any(not isinstance(turn.get("content"), str) or not turn["content"].strip() for turn in history):
        problems.append("every history turn needs non-empty content")
    return problems


def qa_problems(rows: list[dict], corpora: dict[str, Corpus]) -> list[str]:
    """Every violated invariant of a question file, one message each."""
    problems = []
    seen_ids: set[str] = set()
    seen_questions: set[tuple[str, str]] = set()
    fields = {"id", "kind", "question", "answerable", "must_include", "evidence", "doc_id"}
    for row in rows:
        rid = row.get("id", "?")
        say = problems.append
        missing = fields - row.keys()
        extra = row.keys() - fields - {"history"}
        if missing or extra:
            say(f"{rid}: missing fields {sorted(missing)}, unknown fields {sorted(extra)}")
            continue
        if rid in seen_ids:
            say(f"{rid}: duplicate id")
        seen_ids.add(rid)
        key = (row["question"].strip().lower(), json.dumps(row.get("history")))
        if key in seen_questions:
            say(f"{rid}: duplicate question")
        seen_questions.add(key)
        if row["kind"] not in QA_KINDS:
            say(f"{rid}: unknown kind {row['kind']!r}")
        if row["doc_id"] not in corpora:
            say(f"{rid}: unknown doc_id {row['doc_id']!r}")
            continue
        if row["kind"] == "followup":
            problems.extend(f"{rid}: {p}" for p in _problems_in_history(row.get("history")))
        elif "history" in row:
            say(f"{rid}: only follow-ups carry a history")
        if row["kind"] == "unanswerable" and row["answerable"]:
            say(f"{rid}: an unanswerable question must have answerable=false")
        if not row["answerable"]:
            if row["must_include"] or row["evidence"]:
                say(f"{rid}: unanswerable questions have empty must_include and evidence")
            continue
        if not row["evidence"] or not row["must_include"]:
            say(f"{rid}: answerable questions need evidence and must_include")
        corpus = corpora[row["doc_id"]]
        for evidence in row["evidence"]:
            if not corpus.holds(evidence):
                say(f"{rid}: evidence is not verbatim in one body paragraph of {corpus.doc_id}: {evidence!r}")
        backing = " ".join(row["evidence"]).lower()
        for group in row["must_include"]:
            if not group or not all(isinstance(alt, str) and alt.strip() for alt in group):
                say(f"{rid}: empty must_include group {group!r}")
            elif not any(alt.lower() in backing for alt in group):
                say(f"{rid}: no alternative of {group!r} occurs in the evidence")
    return problems


def claim_problems(rows: list[dict], brief: Corpus, cover_all: bool = True) -> list[str]:
    problems = []
    seen_ids: set[str] = set()
    seen_claims: set[str] = set()
    for row in rows:
        rid = row.get("id", "?")
        if set(row) != {"id", "claim", "label", "type", "context"}:
            problems.append(f"{rid}: fields must be id, claim, label, type, context")
            continue
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if row["claim"] in seen_claims:
            problems.append(f"{rid}: duplicate claim")
        seen_claims.add(row["claim"])
        if row["context"] not in brief.paragraphs:
            problems.append(f"{rid}: context is not verbatim one body paragraph of the brief")
        if row["label"] == "supported" and row["type"] != "paraphrase":
            problems.append(f"{rid}: supported claims are typed 'paraphrase'")
        elif row["label"] == "unsupported" and row["type"] not in UNSUPPORTED_TYPES:
            problems.append(f"{rid}: unsupported type must be one of {UNSUPPORTED_TYPES}")
        elif row["label"] not in ("supported", "unsupported"):
            problems.append(f"{rid}: unknown label {row['label']!r}")
        if row["claim"].strip() in row["context"]:
            problems.append(f"{rid}: claim copies the paragraph verbatim; paraphrase it")
    labels = Counter(row.get("label") for row in rows)
    if abs(labels["supported"] - labels["unsupported"]) > len(rows) // 10:
        problems.append(f"claims: labels are unbalanced {dict(labels)}")
    types = Counter(row.get("type") for row in rows if row.get("label") == "unsupported")
    problems.extend(f"claims: no unsupported claim of type {t!r}" for t in UNSUPPORTED_TYPES if not types[t])
    covered = {row.get("context") for row in rows}
    problems.extend(f"claims: no claim about paragraph {p[:40]!r}..." for p in brief.paragraphs
                    if cover_all and p not in covered)
    return problems


def halueval_problems(name: str, rows: list[dict], expected: int, dev: list[dict]) -> list[str]:
    problems = [f"{name}: {len(rows)} rows, expected {expected}"] if len(rows) != expected else []
    problems.extend(f"{name}, line {number}: fields must be {sorted(HALUEVAL_FIELDS)}"
                    for number, row in enumerate(rows, 1) if set(row) != HALUEVAL_FIELDS)
    problems.extend(f"{name}, line {number}: a line of the development split"
                    for number, row in enumerate(rows, 1) if row in dev)
    return problems


def minimum_problems(name: str, rows: list[dict], total: int, per_kind: dict[str, int]) -> list[str]:
    kinds = Counter(row.get("kind") for row in rows)
    problems = [f"{name}: {len(rows)} rows, expected at least {total}"] if len(rows) < total else []
    problems.extend(f"{name}: {kinds[kind]} {kind} rows, expected at least {least}"
                    for kind, least in per_kind.items() if kinds[kind] < least)
    return problems


def chrome_problems(brief: Corpus, corpora: dict[str, Corpus]) -> list[str]:
    """The chrome markers must not leak into what counts as body text, or the checks above mean little."""
    problems = [f"brief body contains chrome {c!r}" for c in BRIEF_CHROME
                if any(c in p for p in brief.paragraphs)]
    html = corpora["grid-storage-brief"]
    problems.extend(f"grid-storage-brief body contains chrome {c!r}" for c in HTML_CHROME
                    if any(c in p for p in html.paragraphs))
    return problems


def main() -> int:
    brief = brief_corpus()
    corpora = extra_corpora()
    brief_qa = read_jsonl(HERE / "brief_qa.jsonl")
    multi_qa = read_jsonl(HERE / "multi_doc_qa.jsonl")
    claims = read_jsonl(HERE / "brief_claims.jsonl")
    fresh = read_jsonl(HERE / "brief_claims_fresh.jsonl")
    third = read_jsonl(HERE / "brief_claims_third.jsonl")
    fourth = read_jsonl(HERE / "brief_claims_fourth.jsonl")
    fifth = read_jsonl(HERE / "brief_claims_fifth.jsonl")
    sixth = read_jsonl(HERE / "brief_claims_sixth.jsonl")
    # Later brief sets about the body paragraphs, and sets about invented news passages.
    later = {name: read_jsonl(HERE / f"{name}.jsonl") for name in LATER_BRIEF_SETS}
    news = {name: read_jsonl(HERE / f"{name}.jsonl") for name in NEWS_SETS}

    problems = chrome_problems(brief, corpora)
    problems += qa_problems(brief_qa, {brief.doc_id: brief})
    problems += minimum_problems("brief_qa", brief_qa, 70, BRIEF_QA_MINIMUM)
    problems += qa_problems(multi_qa, corpora)
    problems += minimum_problems("multi_doc_qa", multi_qa, 20, MULTI_QA_MINIMUM)
    problems += claim_problems(claims, brief)
    if len(claims) < 90:
        problems.append(f"brief_claims: {len(claims)} rows, expected at least 90")
    # The fresh set's writer was given the whole file, so a few of its claims are about the page
    # around the brief (the date line, the comment form); they stay as written.
    problems += claim_problems(fresh, brief_blocks())
    if len(fresh) < 80:
        problems.append(f"brief_claims_fresh: {len(fresh)} rows, expected at least 80")
    # The third set's writer was asked for claims about the body paragraphs, not the title.
    problems += claim_problems(third, brief, cover_all=False)
    if len(third) < 80:
        problems.append(f"brief_claims_third: {len(third)} rows, expected at least 80")
    problems += claim_problems(fourth, brief)
    if len(fourth) < 80:
        problems.append(f"brief_claims_fourth: {len(fourth)} rows, expected at least 80")
    problems += claim_problems(fifth, brief)
    if len(fifth) < 80:
        problems.append(f"brief_claims_fifth: {len(fifth)} rows, expected at least 80")
    # Written about the five body paragraphs only, not the title.
    problems += claim_problems(sixth, brief, cover_all=False)
    if len(sixth) < 80:
        problems.append(f"brief_claims_sixth: {len(sixth)} rows, expected at least 80")
    for name, rows in later.items():
        problems += claim_problems(rows, brief_blocks() if name in TITLE_SETS else brief, cover_all=False)
        if len(rows) < 80:
            problems.append(f"{name}: {len(rows)} rows, expected at least 80")
    # Claims about short invented news passages: each row carries its own context.
    for name, rows in news.items():
        problems += claim_problems(rows, Corpus(name, tuple({r.get("context", "") for r in rows})), cover_all=False)
        if len(rows) < 120:
            problems.append(f"{name}: {len(rows)} rows, expected at least 120")

    print(f"brief_qa.jsonl      {len(brief_qa):3d}  {dict(Counter(r['kind'] for r in brief_qa))}")
    print(f"multi_doc_qa.jsonl  {len(multi_qa):3d}  {dict(Counter(r['kind'] for r in multi_qa))}"
          f"  {dict(Counter(r['doc_id'] for r in multi_qa))}")
    print(f"brief_claims.jsonl  {len(claims):3d}  {dict(Counter(r['label'] for r in claims))}"
          f"  unsupported types {dict(Counter(r['type'] for r in claims if r['label'] == 'unsupported'))}")
    print(f"brief_claims_fresh.jsonl  {len(fresh):3d}  {dict(Counter(r['label'] for r in fresh))}")
    print(f"brief_claims_third.jsonl  {len(third):3d}  {dict(Counter(r['label'] for r in third))}")
    print(f"brief_claims_fourth.jsonl {len(fourth):3d}  {dict(Counter(r['label'] for r in fourth))}")
    print(f"brief_claims_fifth.jsonl  {len(fifth):3d}  {dict(Counter(r['label'] for r in fifth))}")
    print(f"brief_claims_sixth.jsonl  {len(sixth):3d}  {dict(Counter(r['label'] for r in sixth))}")
    for name, rows in {**later, **news}.items():
        print(f"{name + '.jsonl':29s} {len(rows):3d}  {dict(Counter(r['label'] for r in rows))}")
    # The development split sits beside the project; without it, the overlap check has nothing to compare.
    dev = read_jsonl(DEV_HALUEVAL) if DEV_HALUEVAL.exists() else []
    for name, expected in HALUEVAL_SETS:
        rows = read_jsonl(HERE / f"{name}.jsonl")
        problems += halueval_problems(name, rows, expected, dev)
        print(f"{name + '.jsonl':29s} {len(rows):3d}  lines, {2 * len(rows)} labelled answers")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
