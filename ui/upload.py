"""Adding and removing documents from the web page (admin only).

An upload is ingested from a private temporary folder and copied into the corpus folder only
when it was stored, so a later `assistant ingest --sync docs_corpus` (`make run`) keeps it.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path, PurePosixPath

from assistant.errors import UserError
from assistant.ingest import IngestReport, ingest
from assistant.load import BYTES_PER_MB, SUPPORTED_EXTENSIONS
from assistant.settings import Settings

MAX_STEM_CHARS = 80


def safe_filename(name: str) -> str:
    """The upload's own name reduced to safe characters: no folders, no leading dots, ASCII
    letters, digits, '.', '-' and '_'. Raises UserError for a type the loaders do not read."""
    base = PurePosixPath(name.replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = "." + ext.lower() if ext else ""
    if ext not in SUPPORTED_EXTENSIONS:
        raise UserError(f"{base or name!r}: unsupported file type ({ext or 'no extension'}); "
                        f"upload one of {', '.join(sorted(SUPPORTED_EXTENSIONS))}.")
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    clean = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_stem).strip(".-_")[:MAX_STEM_CHARS].rstrip(".-_")
    if not clean and any(ch.isalnum() for ch in stem):
        # A name in a non-Latin script still needs a distinct, stable file name.
        clean = "document-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]
    if not clean:
        raise UserError(f"{base!r}: the file name has no letters or digits; rename the file and upload it again.")
    return clean + ext


def check_size(name: str, size: int, settings: Settings) -> None:
    limit = int(settings.max_upload_mb * BYTES_PER_MB)
    if size > limit:
        raise UserError(f"{name}: {size / BYTES_PER_MB:.1f} MB, over the {settings.max_upload_mb:g} MB upload "
                        "limit (setting max_upload_mb).")
    if size == 0:
        raise UserError(f"{name}: the file is empty.")


def add_document(name: str, data: bytes, settings: Settings, embedder_factory) -> IngestReport:
    """Validate, ingest and keep an uploaded file. Raises UserError for a rejected upload."""
    filename = safe_filename(name)
    check_size(filename, len(data), settings)
    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        path = Path(folder) / filename
        path.write_bytes(data)
        report = ingest([path], settings, embedder_factory, progress=False)
        if report.added or report.updated:
            corpus = settings.corpus_path
            corpus.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, corpus / filename)
    return report


def remove_document(doc_id: str, source: str, settings: Settings, embedder_factory) -> IngestReport:
    """Drop a document from the index and its file from the corpus folder, so a sync does not
    bring it back."""
    report = ingest([], settings, embedder_factory, remove=[doc_id], progress=False)
    if report.removed:
        copy = settings.corpus_path / PurePosixPath(source).name
        if copy.is_file():
            copy.unlink()
    return report


def report_messages(report: IngestReport) -> list[tuple[str, str]]:
    """(kind, text) pairs for the page: kind is "success", "info", "warning" or "error"."""
    out = [("success", f"Added {d} ({report.passages_added} passages).") for d in report.added]
    out += [("success", f"Updated {d} ({report.passages_added} passages).") for d in report.updated]
    out += [("info", f"{d} is already in the index, unchanged.") for d in report.unchanged]
    out += [("success", f"Removed {d}.") for d in report.removed]
    out += [("warning", f"{Path(f).name} has the same content as {d}; it is stored once.") for f, d in report.duplicates]
    out += [("error", reason) for _, reason in report.failed]
    return out
