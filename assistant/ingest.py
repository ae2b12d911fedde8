"""Change the corpus: add, replace, remove and mirror documents, one atomic version at a time."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from assistant.errors import LoadError, UserError
from assistant.load import SUPPORTED_EXTENSIONS, doc_id_for, load_document
from assistant.schema import Document, Passage
from assistant.settings import Settings
from assistant.split import split_passages
from assistant.embed import model_name
from assistant.store import FORMAT_VERSION, DocumentRecord, IndexStore, Manifest, now

# Called only when something must be embedded: an unchanged corpus never loads the model.
EmbedderFactory = Callable[[], "Embedder"]  # noqa: F821


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, doc_id it repeats)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)
    passages_added: int = 0
    version: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failed

    def lines(self) -> list[str]:
        out = [f"added {d}" for d in self.added] + [f"updated {d}" for d in self.updated]
        out += [f"removed {d}" for d in self.removed]
        out += [f"duplicate: {f} has the same content as {d}; stored once" for f, d in self.duplicates]
        out += [f"error: {reason}" for _, reason in self.failed]
        out.append(f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
                   f"{len(self.removed)} removed, {len(self.duplicates)} duplicate, {len(self.failed)} failed; "
                   f"{self.passages_added} passages embedded")
        return out


def expand(paths: Iterable[Path], report: IngestReport) -> list[Path]:
    """Files named directly, and the supported files found under folders (hidden ones skipped)."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    files.append(child)
        elif path.exists():
            files.append(path)
        else:
            report.failed.append((str(path), f"{path}: no such file or folder"))
    return files


def _content_hash(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _passages_for(documents: list[Document], embedder, settings: Settings) -> list[Passage]:
    limit = min(settings.passage_tokens, embedder.max_tokens)
    passages: list[Passage] = []
    for document in documents:
        passages.extend(split_passages(document, embedder.count_tokens, limit, settings.overlap_sentences))
    return passages


def _encode(passages: list[Passage], embedder, progress: bool, threads: int) -> np.ndarray:
    from tqdm import tqdm

    # Several batches per call, so the encoder can group passages of similar length.
    step = max(1, embedder.batch_size) * 4
    chunks = []
    with tqdm(total=len(passages), unit="passage", desc="embedding", file=sys.stderr, leave=False,
              disable=not progress or len(passages) < 2 * step) as bar:
        for i in range(0, len(passages), step):
            chunks.append(embedder.encode([p.text for p in passages[i:i + step]], threads=threads))
            bar.update(len(passages[i:i + step]))
    return np.vstack(chunks) if chunks else np.zeros((0, embedder.dim), dtype=np.float32)


def ingest(paths: Iterable[Path], settings: Settings, embedder_factory: EmbedderFactory,
           sync: bool = False, remove: Iterable[str] = (), progress: bool = True,
           index_dir: Path | None = None, rebuild: bool = False) -> IngestReport:
    """Bring the index up to date with `paths`; with sync, also drop documents not among them."""
    store = IndexStore(index_dir or settings.index_path)
    report = IngestReport()
    files = expand(paths, report)
    max_bytes = int(settings.max_file_mb * 1024 * 1024)
    from filelock import Timeout

    try:
        lock = store.lock(timeout=0)
        lock.acquire()
    except Timeout:
        raise UserError(f"Another process is writing the index in {store.folder}; try again when it finishes.") \
            from None
    try:
        manifest = None if rebuild else store.read_manifest()
        embedder = None
        if manifest is not None:
            store.check(manifest, model_name(settings))
        aliases_changed = False

        seen: dict[str, str] = {}  # content hash -> doc_id, within this batch
        batch_aliases: dict[str, list[str]] = {}  # doc_id -> other names of the same content
        wanted: set[str] = set()
        changed: list[Document] = []
        for path in files:
            if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
                report.failed.append((str(path), f"{path.name}: unsupported file type '{path.suffix or '(none)'}'; "
                                      f"supported: {', '.join(sorted(SUPPORTED_EXTENSIONS))}"))
                continue
            doc_id = doc_id_for(path)
            try:
                size = path.stat().st_size
                if size > max_bytes:
                    raise LoadError(f"{path.name}: {size / 1048576:.1f} MB, over the {settings.max_file_mb:g} MB "
                                    f"limit (setting max_file_mb)")
                digest = _content_hash(path)
            except OSError as exc:
                report.failed.append((str(path), f"{path.name}: cannot read ({exc.strerror})"))
                continue
            except LoadError as exc:
                report.failed.append((str(path), str(exc)))
                continue
            wanted.add(doc_id)
            if digest in seen and seen[digest] != doc_id:
                report.duplicates.append((str(path), seen[digest]))
                batch_aliases.setdefault(seen[digest], []).append(path.name)
                wanted.discard(doc_id)
                continue
            record = manifest.documents.get(doc_id) if manifest else None
            if record and record.content_hash == digest:
                report.unchanged.append(doc_id)
                seen[digest] = doc_id
                continue
            twin = manifest.doc_by_hash(digest) if manifest else None
            if twin and twin.doc_id != doc_id:
                report.duplicates.append((str(path), twin.doc_id))
                wanted.discard(doc_id)
                wanted.add(twin.doc_id)
                if path.name not in twin.aliases and path.name != twin.source:
                    twin.aliases.append(path.name)
                    aliases_changed = True
                continue
            try:
                document = load_document(path, max_bytes)
            except LoadError as exc:
                report.failed.append((str(path), str(exc)))
                wanted.discard(doc_id)
                if record:
                    wanted.add(doc_id)  # keep the stored version of a file that is now unreadable
                continue
            document.doc_id = doc_id
            seen[digest] = doc_id
            changed.append(document)
            (report.updated if record else report.added).append(doc_id)

        to_remove = set(remove)
        if sync and manifest:
            to_remove |= set(manifest.documents) - wanted
        missing = [d for d in to_remove if not manifest or d not in manifest.documents]
        if missing:
            report.failed.extend((d, f"{d}: no such document in the index") for d in sorted(missing))
        to_remove -= set(missing)
        report.removed = sorted(to_remove)

        for doc_id, names in batch_aliases.items():
            record = manifest.documents.get(doc_id) if manifest else None
            if record is not None and any(n not in record.aliases for n in names):
                record.aliases = sorted(set(record.aliases + names))
                aliases_changed = True
        if not changed and not to_remove and not rebuild and not aliases_changed:
            return report

        embedder = embedder_factory() if changed or manifest is None else None
        snapshot = store.load(model_name(settings)) if manifest is not None else None
        if manifest is None:
            manifest = Manifest(format_version=FORMAT_VERSION, embed_model=embedder.name, dim=embedder.dim)
        documents = dict(snapshot.documents) if snapshot else {}
        passages = dict(snapshot.passages) if snapshot else {}
        vectors = {}
        if snapshot:
            keep_ids = list(passages)
            vectors = dict(zip(keep_ids, snapshot.vectors_of(keep_ids)))

        dropped = to_remove | {d.doc_id for d in changed}
        for vid in [v for v, p in passages.items() if p.doc_id in dropped]:
            del passages[vid]
            del vectors[vid]
        for doc_id in to_remove:
            documents.pop(doc_id, None)
            manifest.documents.pop(doc_id, None)

        new_passages = _passages_for(changed, embedder, settings) if changed else []
        new_vectors = _encode(new_passages, embedder, progress, settings.ingest_threads) if changed else []
        for passage, vector in zip(new_passages, new_vectors):
            passages[manifest.next_id] = passage
            vectors[manifest.next_id] = vector
            manifest.next_id += 1
        counts: dict[str, int] = {}
        for passage in new_passages:
            counts[passage.doc_id] = counts.get(passage.doc_id, 0) + 1
        for document in changed:
            old = manifest.documents.get(document.doc_id)
            documents[document.doc_id] = document
            manifest.documents[document.doc_id] = DocumentRecord(
                doc_id=document.doc_id, source=document.source, title=document.title, date=document.date,
                content_hash=document.content_hash, size_bytes=document.size_bytes,
                passages=counts.get(document.doc_id, 0), added_at=now(),
                aliases=sorted(set((old.aliases if old else []) + batch_aliases.get(document.doc_id, []))))
        report.passages_added = len(new_passages)
        report.version = store.commit(manifest, documents, passages, vectors)
        return report
    finally:
        lock.release()

