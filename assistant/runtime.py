"""Start-up that must happen before torch, transformers or llama-index do anything.

Measured on a 2-core machine: torch's default threads make one query encode take ~490 ms
when anything else runs (12-15 ms with one thread); a hub model name retries for ~90 s
without the offline flags; llama-index silently defaults to OpenAI for the LLM and the
embedder. This module fixes all three, once.
"""
from __future__ import annotations

import logging
import os
import warnings

from assistant.settings import Settings

_configured = False


def configure(settings: Settings) -> None:
    global _configured
    if _configured:
        return
    threads = str(max(1, settings.torch_threads))
    os.environ.setdefault("OMP_NUM_THREADS", threads)
    os.environ.setdefault("MKL_NUM_THREADS", threads)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if settings.offline:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    # A TIKTOKEN_CACHE_DIR or NLTK_DATA from the environment overrides the copies that
    # llama-index-core bundles, and the next download then fails offline.
    os.environ.pop("TIKTOKEN_CACHE_DIR", None)
    os.environ.pop("NLTK_DATA", None)
    warnings.filterwarnings("ignore", category=FutureWarning)
    for name in ("transformers", "sentence_transformers", "huggingface_hub", "httpx", "faiss"):
        logging.getLogger(name).setLevel(logging.ERROR)

    import torch

    torch.set_num_threads(max(1, settings.torch_threads))

    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.llms.mock import MockLLM

    # Never let llama-index pick OpenAI on its own; real backends are passed in explicitly.
    LlamaSettings.llm = MockLLM()
    _configured = True
