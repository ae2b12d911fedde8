"""The persisted index: FAISS vectors with ids we own, a BM25 index beside them, passages,
cleaned documents and a manifest, written as immutable versions.

Layout of an index folder::

    CURRENT              name of the live version (replaced atomically)
    LOCK                 held by the one writer
    versions/v000003/    manifest.json, documents.jsonl, passages.jsonl, dense.faiss, bm25/

A writer builds a complete new version beside the old one and then switches CURRENT with
an atomic rename, so a process killed at any moment leaves the old or the new corpus, and
readers never see a torn one. llama-index's FAISS stores cannot delete correctly, so this
module keeps its own int64 ids (never reused) in a faiss.IndexIDMap2.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from assistant.errors import IndexIncompatibleError, IndexMissingError, UserError
from assistant.schema import Document, Passage, Section

FORMAT_VERSION = 1
KEEP_VERSIONS = 2
_VERSION_NAME = re.compile(r"^v(\d{6})$")


@dataclass
class DocumentRecord:
    doc_id: str
    source: str
    title: str
    date: str | None
    content_hash: str
    size_bytes: int
    passages: int
    added_at: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    format_version: int
    embed_model: str
    dim: int
    next_id: int = 0
    created_at: str = ""
    documents: dict[str, DocumentRecord] = field(default_factory=dict)

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, indent=1, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        docs = {k: DocumentRecord(**v) for k, v in data.pop("documents", {}).items()}
        return cls(documents=docs, **data)

    def doc_by_hash(self, content_hash: str) -> DocumentRecord | None:
        return next((d for d in self.documents.values() if d.content_hash == content_hash), None)


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


class Lexical:
    """BM25 over passage texts (bm25s with an English stemmer and stop words)."""

    def __init__(self, retriever, ids: np.ndarray):
        self.retriever = retriever
        self.ids = ids

    @staticmethod
    def _stemmer():
        import Stemmer

        return Stemmer.Stemmer("english")

    @classmethod
    def build(cls, texts: list[str], ids: np.ndarray) -> "Lexical":
        import bm25s

        retriever = bm25s.BM25()
        if texts:
            tokens = bm25s.tokenize(texts, stopwords="en", stemmer=cls._stemmer(), show_progress=False)
            retriever.index(tokens, show_progress=False)
        return cls(retriever, ids)

    def save(self, folder: Path) -> None:
        folder.mkdir()
        np.save(folder / "ids.npy", self.ids)
        if len(self.ids):
            self.retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> "Lexical":
        import bm25s

        ids = np.load(folder / "ids.npy")
        retriever = bm25s.BM25.load(str(folder)) if len(ids) else bm25s.BM25()
        return cls(retriever, ids)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        import bm25s

        if not len(self.ids):
            return []
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer(), show_progress=False)
        if not tokens.ids or not tokens.ids[0]:
            return []
        k = min(k, len(self.ids))
        docs, scores = self.retriever.retrieve(tokens, k=k, show_progress=False, n_threads=1)
        return [(int(self.ids[d]), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]


class Snapshot:
    """One loaded, immutable version of the index."""

    def __init__(self, folder: Path, manifest: Manifest, passages: dict[int, Passage],
                 documents: dict[str, Document], dense, lexical: Lexical):
        self.folder = folder
        self.manifest = manifest
        self.passages = passages
        self.documents = documents
        self.dense = dense
        self.lexical = lexical
        self._by_position = {(p.doc_id, p.ordinal): p for p in passages.values()}

    def successor(self, passage: Passage) -> Passage | None:
        return self._by_position.get((passage.doc_id, passage.ordinal + 1))

    @property
    def version(self) -> str:
        return self.folder.name

    def passages_of(self, doc_id: str) -> list[Passage]:
        return sorted((p for p in self.passages.values() if p.doc_id == doc_id), key=lambda p: p.ordinal)

    def search_dense(self, vector: np.ndarray, k: int) -> list[tuple[Passage, float]]:
        if self.dense.ntotal == 0:
            return []
        scores, ids = self.dense.search(vector.reshape(1, -1).astype(np.float32), min(k, self.dense.ntotal))
        return [(self.passages[int(i)], float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]

    def search_lexical(self, query: str, k: int) -> list[tuple[Passage, float]]:
        return [(self.passages[i], s) for i, s in self.lexical.search(query, k)]

    def vectors_of(self, ids: list[int]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.manifest.dim), dtype=np.float32)
        return np.vstack([self.dense.reconstruct(int(i)) for i in ids]).astype(np.float32)


class IndexStore:
    """Reads and writes versions of one index folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @property
    def versions_dir(self) -> Path:
        return self.folder / "versions"

    def current_name(self) -> str | None:
        try:
            name = (self.folder / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def exists(self) -> bool:
        name = self.current_name()
        return name is not None and (self.versions_dir / name / "manifest.json").is_file()

    def read_manifest(self) -> Manifest | None:
        """The live manifest, or None for an index that was never written."""
        name = self.current_name()
        if name is None:
            return None
        try:
            return Manifest.from_json((self.versions_dir / name / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, TypeError) as exc:
            raise IndexIncompatibleError(
                f"The index in {self.folder} is unreadable ({exc}); run `assistant rebuild`.") from None

    def check(self, manifest: Manifest, embed_model: str, dim: int | None = None) -> None:
        if manifest.format_version != FORMAT_VERSION:
            raise IndexIncompatibleError(
                f"The index in {self.folder} has format {manifest.format_version}, this version reads "
                f"format {FORMAT_VERSION}; run `assistant rebuild`.")
        if manifest.embed_model != embed_model or (dim is not None and manifest.dim != dim):
            raise IndexIncompatibleError(
                f"The index in {self.folder} was built with the embedding model '{manifest.embed_model}' "
                f"({manifest.dim} dims), but the settings use '{embed_model}'; run `assistant rebuild`.")

    def load(self, embed_model: str) -> Snapshot:
        import faiss

        manifest = self.read_manifest()
        if manifest is None:
            raise IndexMissingError(
                f"No index in {self.folder}. Build it with `assistant ingest docs_corpus/` "
                f"(or `make run`).")
        self.check(manifest, embed_model)
        folder = self.versions_dir / self.current_name()
        try:
            passages: dict[int, Passage] = {}
            with open(folder / "passages.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    vid = row.pop("vid")
                    passages[vid] = Passage(**row)
            documents: dict[str, Document] = {}
            with open(folder / "documents.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    row["sections"] = [Section(**s) for s in row.get("sections", [])]
                    documents[row["doc_id"]] = Document(**row)
            dense = faiss.read_index(str(folder / "dense.faiss"))
            lexical = Lexical.load(folder / "bm25")
        except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:
            raise IndexIncompatibleError(
                f"The index in {self.folder} is damaged ({type(exc).__name__}: {exc}); "
                f"run `assistant rebuild`.") from None
        return Snapshot(folder, manifest, passages, documents, dense, lexical)

    def lock(self, timeout: float = 0):
        from filelock import FileLock

        self.folder.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.folder / "LOCK"), timeout=timeout)

    def commit(self, manifest: Manifest, documents: dict[str, Document], passages: dict[int, Passage],
               vectors: dict[int, np.ndarray]) -> str:
        """Write a complete new version and switch to it. The caller holds the lock."""
        import faiss

        self.versions_dir.mkdir(parents=True, exist_ok=True)
        existing = [int(m.group(1)) for p in self.versions_dir.iterdir() if (m := _VERSION_NAME.match(p.name))]
        name = f"v{(max(existing) + 1 if existing else 1):06d}"
        tmp = self.versions_dir / f".tmp-{name}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()

        ids = np.array(sorted(passages), dtype=np.int64)
        dense = faiss.IndexIDMap2(faiss.IndexFlatIP(manifest.dim))
        if len(ids):
            dense.add_with_ids(np.vstack([vectors[int(i)] for i in ids]).astype(np.float32), ids)
        faiss.write_index(dense, str(tmp / "dense.faiss"))
        Lexical.build([passages[int(i)].text for i in ids], ids).save(tmp / "bm25")
        _write(tmp / "passages.jsonl", "".join(
            json.dumps({"vid": int(i), **passages[int(i)].to_dict()}, ensure_ascii=False) + "\n" for i in ids))
        _write(tmp / "documents.jsonl", "".join(
            json.dumps(asdict(documents[d]), ensure_ascii=False) + "\n" for d in sorted(documents)))
        manifest.created_at = now()
        _write(tmp / "manifest.json", manifest.to_json())
        _fsync_dir(tmp)
        os.rename(tmp, self.versions_dir / name)
        _fsync_dir(self.versions_dir)

        pointer = self.folder / f".CURRENT.{os.getpid()}"
        _write(pointer, name + "\n")
        os.replace(pointer, self.folder / "CURRENT")
        _fsync_dir(self.folder)
        self._collect(keep=name)
        return name

    def _collect(self, keep: str) -> None:
        """Delete old versions and leftovers of killed writers; keep the last few for readers."""
        names = sorted(p.name for p in self.versions_dir.iterdir() if _VERSION_NAME.match(p.name))
        for old in names[:-KEEP_VERSIONS]:
            if old != keep:
                shutil.rmtree(self.versions_dir / old, ignore_errors=True)
        for leftover in self.versions_dir.glob(".tmp-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        for leftover in self.folder.glob(".CURRENT.*"):
            leftover.unlink(missing_ok=True)


def require_writable(folder: Path) -> None:
    if folder.exists() and not os.access(folder, os.W_OK):
        raise UserError(f"The index folder {folder} is not writable.")
