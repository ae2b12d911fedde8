"""Corpus changes through the real pipeline: loaders, MiniLM, FAISS and BM25 on small files."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.embed import model_name
from assistant.errors import IndexIncompatibleError, IndexMissingError, UserError
from assistant.ingest import ingest
from assistant.store import IndexStore

ROOT = Path(__file__).resolve().parent.parent
BRIEF = ROOT / "docs_corpus" / "andean-crucible-us-peru-relations.txt"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def env(tmp_path, settings, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    s = settings.replace(index_dir=tmp_path / "index")

    def run(paths, **kw):
        return ingest([Path(p) for p in paths], s, lambda: embedder, progress=False, **kw)

    def search(query: str, k: int = 5):
        snap = IndexStore(s.index_path).load(model_name(s))
        dense = snap.search_dense(embedder.encode([query])[0], k)
        lexical = snap.search_lexical(query, k)
        return snap, [p for p, _ in dense], [p for p, _ in lexical]

    return corpus, s, run, search


def test_add_replace_remove_and_sync_never_return_stale_passages(env):
    corpus, s, run, search = env
    a = write(corpus, "alpha.txt", "Alpha brief. The falcon budget is 12 million dollars this year.")
    write(corpus, "beta.md", "# Beta\n\nThe heron programme trains 40 rangers in the delta.")
    report = run([corpus])
    assert sorted(report.added) == ["alpha", "beta"] and report.ok

    snap, dense, lexical = search("falcon budget")
    assert dense[0].doc_id == "alpha" and lexical[0].doc_id == "alpha"
    assert "12 million" in dense[0].text

    a.write_text("Alpha brief. The falcon budget is 99 million dollars this year.", encoding="utf-8")
    report = run([a])
    assert report.updated == ["alpha"]
    snap, dense, lexical = search("falcon budget")
    texts = [p.text for p in snap.passages.values()]
    assert not any("12 million" in t for t in texts)
    assert "99 million" in dense[0].text and "99 million" in lexical[0].text
    # Every stored vector still belongs to its own passage: the passage's text is its nearest.
    for vid, passage in snap.passages.items():
        got = snap.search_dense(snap.vectors_of([vid])[0], 1)[0][0]
        assert got.passage_id == passage.passage_id

    report = run([], remove=["beta"])
    assert report.removed == ["beta"]
    snap, dense, lexical = search("heron rangers delta")
    assert all(p.doc_id != "beta" for p in dense + lexical)
    assert "beta" not in snap.documents

    write(corpus, "gamma.txt", "Gamma note. The osprey survey counted 300 nests along the coast.")
    (corpus / "beta.md").unlink()
    a.unlink()
    report = run([corpus], sync=True)
    assert report.added == ["gamma"] and report.removed == ["alpha"]
    snap, dense, lexical = search("falcon budget osprey")
    assert {p.doc_id for p in snap.passages.values()} == {"gamma"}
    assert all(p.doc_id == "gamma" for p in dense + lexical)


def test_unchanged_files_are_skipped_without_loading_the_model(env, tmp_path):
    corpus, s, run, _ = env
    write(corpus, "alpha.txt", "Alpha brief. The falcon budget is 12 million dollars this year.")
    run([corpus])
    version = IndexStore(s.index_path).current_name()

    def no_model():
        raise AssertionError("the model must not load for an unchanged corpus")

    report = ingest([corpus], s, no_model, progress=False)
    assert report.unchanged == ["alpha"] and not report.added
    assert IndexStore(s.index_path).current_name() == version


def test_same_content_under_two_names_is_stored_once(env):
    corpus, s, run, _ = env
    write(corpus, "one.txt", "A duplicated note about the kestrel survey and its 77 sites.")
    write(corpus, "two.txt", "A duplicated note about the kestrel survey and its 77 sites.")
    report = run([corpus])
    assert len(report.added) == 1 and len(report.duplicates) == 1
    manifest = IndexStore(s.index_path).read_manifest()
    assert len(manifest.documents) == 1
    record = next(iter(manifest.documents.values()))
    assert record.aliases == ["two.txt"]


def test_bad_inputs_get_one_line_each_and_the_rest_goes_in(env):
    corpus, s, run, search = env
    write(corpus, "good.txt", "The good document mentions the plover census of 2024.")
    run([corpus / "good.txt"])
    bad = corpus / "bad"
    bad.mkdir()
    write(bad, "empty.txt", "")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    write(bad, "notes.xyz", "unsupported")
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (bad / "latin.txt").write_bytes("Café policy: the naïve plan costs €50 million.".encode("cp1252"))
    report = run([bad, corpus / "missing.txt"])
    reasons = dict(report.failed)
    assert not report.ok
    for name in ("empty.txt", "binary.txt", "notes.xyz", "broken.pdf", "missing.txt"):
        line = next(r for f, r in report.failed if f.endswith(name))
        assert name in line and "\n" not in line
    assert report.added == ["latin"], reasons
    snap, dense, _ = search("plover census")
    assert dense[0].doc_id == "good"  # nothing already stored was lost
    assert "Café" in snap.documents["latin"].text and "€50" in snap.documents["latin"].text


def test_size_limit_is_a_setting(env):
    corpus, s, run, _ = env
    big = write(corpus, "big.txt", "word " * 300_000)
    report = ingest([big], s.replace(max_file_mb=1.0), lambda: pytest.fail("model not needed"), progress=False)
    assert len(report.failed) == 1 and "max_file_mb" in report.failed[0][1] and "big.txt" in report.failed[0][1]


def test_missing_and_incompatible_index_give_clear_errors(env, settings):
    corpus, s, run, _ = env
    with pytest.raises(IndexMissingError, match="assistant ingest"):
        IndexStore(s.index_path).load(model_name(s))
    write(corpus, "alpha.txt", "Alpha brief about falcons.")
    run([corpus])
    other = s.replace(embed_model="some/other-model")
    with pytest.raises(IndexIncompatibleError, match="assistant rebuild"):
        IndexStore(s.index_path).load(model_name(other))
    manifest_path = IndexStore(s.index_path).versions_dir / IndexStore(s.index_path).current_name() / "manifest.json"
    data = json.loads(manifest_path.read_text())
    data["format_version"] = 999
    manifest_path.write_text(json.dumps(data))
    with pytest.raises(IndexIncompatibleError, match="assistant rebuild"):
        IndexStore(s.index_path).load(model_name(s))
    # rebuild starts over from the folder and gives a loadable index again
    report = run([corpus], sync=True, rebuild=True)
    assert report.added == ["alpha"]
    IndexStore(s.index_path).load(model_name(s))


def test_a_second_writer_is_refused_while_readers_keep_working(env):
    corpus, s, run, search = env
    write(corpus, "alpha.txt", "Alpha brief. The falcon budget is 12 million dollars this year.")
    run([corpus])
    store = IndexStore(s.index_path)
    with store.lock():
        with pytest.raises(UserError, match="Another process"):
            run([corpus])
        _, dense, _ = search("falcon budget")
        assert dense[0].doc_id == "alpha"


KILL_SCRIPT = """
import sys
from pathlib import Path
from assistant.settings import load_settings
from assistant.embed import Embedder
from assistant.ingest import ingest
settings = load_settings(index_dir=Path(sys.argv[1]), embed_batch_size=4)
print("start", flush=True)
ingest([Path(sys.argv[2])], settings, lambda: Embedder.load(settings), progress=False)
print("done", flush=True)
"""


def _wait_for_write(versions: Path, timeout: float = 300) -> None:
    """Return as soon as the writer starts a new version folder."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if versions.is_dir() and list(versions.glob(".tmp-*")):
            return
        time.sleep(0.002)
    raise AssertionError("the writer never started a new version")


@pytest.mark.parametrize("when", ["loading", "embedding", "writing"])
def test_kill_during_ingest_leaves_a_loadable_index(env, tmp_path, when, embedder):
    corpus, s, run, search = env
    write(corpus, "alpha.txt", "Alpha brief. The falcon budget is 12 million dollars this year.")
    run([corpus])
    big = tmp_path / "big"
    big.mkdir()
    for i in range(40):
        write(big, f"doc{i}.txt", " ".join(f"Sentence {j} of document {i} is about item {i * 100 + j}."
                                          for j in range(60)))
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(s.index_path), str(big)],
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert proc.stdout.readline().strip() == "start"
    if when == "writing":
        _wait_for_write(IndexStore(s.index_path).versions_dir)
    else:
        time.sleep({"loading": 0.5, "embedding": 12.0}[when])
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    snap, dense, _ = search("falcon budget")
    assert dense[0].doc_id == "alpha"
    docs = set(snap.documents)
    assert docs == {"alpha"} or docs == {"alpha"} | {f"doc{i}" for i in range(40)}
    # A later writer is not blocked by the dead one and cleans up after it.
    write(corpus, "beta.txt", "Beta brief about herons.")
    report = run([corpus / "beta.txt"])
    assert report.added == ["beta"]
    assert not list(IndexStore(s.index_path).versions_dir.glob(".tmp-*"))


def test_the_brief_is_cleaned_split_and_exact(env, embedder):
    corpus, s, run, search = env
    shutil.copy(BRIEF, corpus / BRIEF.name)
    run([corpus])
    snap, _, _ = search("Andean Pact")
    doc = snap.documents["andean-crucible-us-peru-relations"]
    for p in snap.passages.values():
        assert doc.text[p.start:p.end] == p.text
        assert embedder.count_tokens(p.text) <= min(s.passage_tokens, embedder.max_tokens)
        for chrome in ("Top 5 This Week", "Related Posts", "LEAVE A REPLY", "Please enter your comment",
                       "Popular Articles"):
            assert chrome not in p.text
    assert doc.date == "2025-12-07"
