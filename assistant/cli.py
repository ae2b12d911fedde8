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
