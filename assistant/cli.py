"""The `assistant` command: one entry point with sub-commands."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.errors import UserError
from assistant.settings import Settings, load_settings


def _embedder_factory(settings: Settings):
    def factory():
        from assistant.embed import Embedder

        return Embedder.load(settings)
    return factory


def _print_report(report) -> int:
    for line in report.lines():
        print(line, file=sys.stderr if line.startswith("error:") else sys.stdout)
    return 0 if report.ok else 1


def cmd_ingest(args, settings: Settings) -> int:
    from assistant.ingest import ingest

    if args.sync and len(args.paths) != 1:
        raise UserError("--sync mirrors exactly one folder: `assistant ingest --sync FOLDER`.")
    if args.sync and not Path(args.paths[0]).is_dir():
        raise UserError(f"--sync needs a folder; {args.paths[0]} is not one.")
    report = ingest([Path(p) for p in args.paths], settings, _embedder_factory(settings), sync=args.sync,
                    progress=not args.quiet)
    return _print_report(report)


def cmd_remove(args, settings: Settings) -> int:
    from assistant.ingest import ingest

    return _print_report(ingest([], settings, _embedder_factory(settings), remove=args.doc_ids))


def cmd_rebuild(args, settings: Settings) -> int:
    from assistant.ingest import ingest

    folder = Path(args.folder) if args.folder else settings.corpus_path
    if not folder.is_dir():
        raise UserError(f"Cannot rebuild: the corpus folder {folder} does not exist.")
    report = ingest([folder], settings, _embedder_factory(settings), sync=True, rebuild=True,
                    progress=not args.quiet)
    return _print_report(report)


def cmd_list(args, settings: Settings) -> int:
    from assistant.embed import model_name
    from assistant.store import IndexStore

    store = IndexStore(settings.index_path)
    manifest = store.read_manifest()
    if manifest is None:
        raise UserError(f"No index in {store.folder}. Build it with `assistant ingest docs_corpus/`.")
    store.check(manifest, model_name(settings))
    docs = sorted(manifest.documents.values(), key=lambda d: d.doc_id)
    if args.json:
        print(json.dumps({"version": store.current_name(), "embed_model": manifest.embed_model,
                          "documents": [vars(d) for d in docs]}, indent=1, ensure_ascii=False))
        return 0
    print(f"{'document':40} {'passages':>8} {'size':>9}  {'date':10}  title")
    for d in docs:
        print(f"{d.doc_id[:40]:40} {d.passages:8d} {d.size_bytes / 1024:8.1f}K  {d.date or '-':10}  {d.title}")
        for alias in d.aliases:
            print(f"{'':40} also stored as {alias}")
    print(f"{len(docs)} documents, {sum(d.passages for d in docs)} passages ({store.current_name()})")
    return 0


def _load_assistant(settings: Settings):
    from assistant.engine import Assistant

    return Assistant.load(settings=settings)


def _read_history(path: str | None) -> list:
    if not path:
        return []
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{path}: no such history file.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: not valid JSON ({exc}).") from None
    if not isinstance(data, list):
        raise UserError(f"{path}: the history must be a JSON array of {{\"role\", \"content\"}} objects.")
    return data


def _json_answer(answer) -> dict:
    keys = ("marker", "doc_id", "source", "title", "passage_id", "start", "end", "quote")
    return {"question": answer.question, "answer": answer.answer, "refused": answer.refused,
            "citations": [{k: getattr(c, k) for k in keys} for c in answer.citations],
            "timings_ms": answer.timings_ms}


def format_answer(answer) -> str:
    """A readable answer with its numbered sources below it."""
    lines = [answer.answer, ""]
    sources = answer.citations or answer.related
    if sources:
        lines.append("Sources:" if answer.citations else "Closest related passages:")
    for c in sources:
        where = f", page {c.page}" if c.page else (f", section “{c.heading}”" if c.heading else "")
        lines.append(f"  [{c.marker}] {c.title} ({c.source}{where}, chars {c.start}-{c.end})")
        quote = c.quote if len(c.quote) <= 300 else c.quote[:297] + "..."
        lines.append(f"      “{quote}”")
    lines.append(f"({answer.timings_ms.get('total', 0):.0f} ms)")
    return "\n".join(lines)


def cmd_ask(args, settings: Settings) -> int:
    if args.questions:
        return _ask_batch(args, settings)
    if args.question is None:
        raise UserError('Give a question: `assistant ask "QUESTION"`, or a file with --questions FILE.jsonl.')
    history = _read_history(args.history)
    assistant = _load_assistant(settings)
    answer = assistant.ask(args.question, history)
    print(json.dumps(_json_answer(answer), ensure_ascii=False) if args.json else format_answer(answer))
    return 0


def _ask_batch(args, settings: Settings) -> int:
    from assistant.evaluate import read_dataset

    rows = read_dataset(Path(args.questions))
    assistant = _load_assistant(settings)
    failed = 0
    for row in rows:
        try:
            answer = assistant.ask(row["question"], row.get("history"))
        except UserError as exc:
            failed += 1
            print(json.dumps({"question": row["question"], "error": str(exc)}, ensure_ascii=False)
                  if args.json else f"Q: {row['question']}\nerror: {exc}\n", flush=True)
            continue
        print(json.dumps(_json_answer(answer), ensure_ascii=False) if args.json
              else f"Q: {row['question']}\n{format_answer(answer)}\n", flush=True)
    return 1 if failed else 0


def cmd_chat(args, settings: Settings) -> int:
    assistant = _load_assistant(settings)
    history: list[dict] = []
    print("Ask about the documents. Commands: /new starts over, /quit leaves.")
    while True:
        try:
            question = input("\nyou> ").strip()
        except EOFError:
            print()
            return 0
        if question in {"/quit", "/exit"}:
            return 0
        if question == "/new":
            history = []
            print("(new conversation)")
            continue
        if not question:
            continue
        streamed = []

        def show(text: str) -> None:
            print(text[len(streamed[-1]) if streamed else 0:], end="", flush=True)
            streamed.append(text)

        try:
            answer = assistant.ask(question, history, on_text=show)
        except UserError as exc:
            print(f"error: {exc}")
            continue
        if streamed:
            print()
        print(format_answer(answer))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]


def cmd_ui(args, settings: Settings) -> int:
    import os
    import subprocess

    from assistant.settings import PROJECT_ROOT

    port = args.port or settings.ui_port
    env = dict(os.environ)
    if args.index:
        env["ASSISTANT_INDEX_DIR"] = str(Path(args.index).resolve())
    command = [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "ui" / "app.py"),
               "--server.port", str(port), "--server.address", "127.0.0.1"]
    print(f"Brief Assistant web chat: http://127.0.0.1:{port} (Ctrl+C stops it)", flush=True)
    # From the project root, so that Streamlit reads .streamlit/config.toml there.
    return subprocess.call(command, cwd=PROJECT_ROOT, env=env)


def _judge(settings: Settings, name: str | None, embedder=None):
    from assistant.verify import make_judge

    name = name or settings.judge
    if embedder is None and name == "offline":
        from assistant.embed import Embedder

        embedder = Embedder.load(settings)
    return make_judge(name, settings, embedder)


def cmd_judge(args, settings: Settings) -> int:
    from assistant.verify.judging import judge_file

    judge = _judge(settings, args.judge)
    summary = judge_file(Path(args.input), Path(args.output), judge)
    print(f"judge {summary.judge}: {summary.answers} answers, {summary.claims} claims, "
          f"{summary.supported_answers} supported, mean faithfulness {summary.mean_faithfulness:.3f}")
    if summary.agreement:
        found = summary.agreement
        recall = ", ".join(f"{k} {v.text()}" for k, v in found.recall.items() if v.total)
        print(f"labelled {found.cases}: balanced accuracy {found.balanced_accuracy.text()} "
              f"(recall: {recall}; 95% intervals in brackets)")
        if summary.unlabelled_judged:
            corrected = summary.unlabelled_corrected
            print(f"unlabelled {summary.unlabelled_judged.total}: judged supported {summary.unlabelled_judged.text()}; "
                  + (f"corrected for the judge's recall on the labelled lines {corrected.text()}" if corrected.value
                     is not None else "no correction: on the labelled lines the judge is no better than chance"))
    print(f"wrote {args.output}")
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from assistant.evaluate import gate_failures, interval_text, read_dataset, run_eval, write_report

    dataset = Path(args.dataset) if args.dataset else settings.path(Path("evals/datasets/brief_qa.jsonl"))
    rows = read_dataset(dataset)
    if args.limit:
        rows = rows[:args.limit]
    if args.backends:
        from assistant.generate.compare import compare, markdown

        result = compare(rows, [b.strip() for b in args.backends.split(",") if b.strip()], settings,
                         Path(args.out))
        print(markdown(result))
        return 0
    assistant = _load_assistant(settings)
    judge = _judge(settings, args.judge, assistant.embedder if (args.judge or settings.judge) == "offline" else None)
    cases, summary = run_eval(rows, assistant, judge)
    failures = gate_failures(summary, settings)
    write_report(Path(args.out), dataset.name, summary, cases, failures)
    width = max(len(k) for k in summary)
    for key, value in summary.items():
        if key not in ("by_kind", "intervals"):
            print(f"{key:{width}}  {value if value is not None else '-'}  {interval_text(summary, key)}")
    print(f"report: {Path(args.out) / 'report.md'}")
    for failure in failures:
        print(f"gate failed: {failure}", file=sys.stderr)
    return 1 if failures else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Questions over policy briefs, "
                                     "answered with verified citations.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", help="index folder (default: the settings' index_dir)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="add or update documents (files or folders)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--sync", action="store_true", help="mirror one folder: also remove documents not in it")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("remove", parents=[common], help="remove documents by id (see `assistant list`)")
    p.add_argument("doc_ids", nargs="+")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("rebuild", parents=[common], help="rebuild the index from the corpus folder")
    p.add_argument("folder", nargs="?")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_rebuild)

    p = sub.add_parser("ask", parents=[common], help="answer a question with cited sources")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="print one JSON object (per line with --questions)")
    p.add_argument("--history", help="JSON file: earlier turns [{\"role\": \"user\"|\"assistant\", \"content\"}]")
    p.add_argument("--questions", help="JSONL file of {\"question\", \"history\"?} lines; answers in order")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", parents=[common], help="a conversation in the terminal")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("ui", parents=[common], help="serve the web chat on 127.0.0.1")
    p.add_argument("--port", type=int, help="port (default: the settings' ui_port, 8501)")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("judge", parents=[common], help="score the faithfulness of answers from any system")
    p.add_argument("--input", required=True, help='JSONL: {"id", "question", "answer", "contexts": [...], "label"?}')
    p.add_argument("--output", required=True)
    p.add_argument("--judge", help="offline (default), nli or llm")
    p.set_defaults(func=cmd_judge)

    p = sub.add_parser("eval", parents=[common], help="run a question set and report faithfulness and accuracy")
    p.add_argument("--dataset", help="JSONL question set (default: evals/datasets/brief_qa.jsonl)")
    p.add_argument("--out", default="evals/out", help="folder for report.json and report.md")
    p.add_argument("--judge", help="offline (default), nli or llm")
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument("--backends", help="compare answer backends side by side, e.g. extractive,llama_cpp,openai")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("list", parents=[common], help="list the indexed documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(index_dir=Path(args.index) if getattr(args, "index", None) else None)
        return args.func(args, settings)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
