"""A small real index for the web chat tests: the brief plus a document full of markup that
must render as inert text."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# `import ui` needs the project root; only the `assistant` package is installed.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

XSS_DOC = """Harbor Resilience Note

The Harbor Resilience Fund was created in 2011 to pay for sea wall repairs in small ports. <script>alert(1)</script>

Its board meets twice a year in Valparaiso <img src=x onerror=alert(1)> and reports to the port authorities.

The fund's rules are published at [click](javascript:alert(1)) for every member port.
"""
BRIEF_ID = "andean-crucible-us-peru-relations"
XSS_ID = "xss-test"


@pytest.fixture(scope="session")
def ui_index(tmp_path_factory, settings, embedder) -> Path:
    from assistant.ingest import ingest

    corpus = tmp_path_factory.mktemp("ui-corpus")
    for path in (ROOT / "docs_corpus").iterdir():
        shutil.copy(path, corpus)
    (corpus / f"{XSS_ID}.txt").write_text(XSS_DOC, encoding="utf-8")
    index = tmp_path_factory.mktemp("ui-index")
    report = ingest([corpus], settings.replace(index_dir=index), lambda: embedder, progress=False)
    assert report.ok and {BRIEF_ID, XSS_ID} <= set(report.added), report.lines()
    return index


@pytest.fixture
def app_env(ui_index, tmp_path, monkeypatch) -> Path:
    """Point the app at the test index and at a fresh feedback database and corpus folder."""
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(ui_index))
    monkeypatch.setenv("ASSISTANT_FEEDBACK_DB", str(tmp_path / "feedback.sqlite3"))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.delenv("ASSISTANT_ADMIN_PASSWORD", raising=False)
    return tmp_path
