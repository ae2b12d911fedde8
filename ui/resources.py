"""What the pages share: settings, and the models and index, loaded once per server.

Heavy modules (torch, faiss) are imported only inside the cached loaders, so the page paints
before they load.
"""
from __future__ import annotations

import threading

import streamlit as st

from assistant.errors import UserError
from assistant.feedback import FeedbackStore
from assistant.schema import Passage
from assistant.settings import Settings, load_settings


def settings_or_stop() -> Settings:
    """Read per run, so a changed environment or assistant.toml counts without a restart."""
    try:
        return load_settings()
    except UserError as exc:
        st.error(str(exc))
        st.stop()


@st.cache_resource(show_spinner="Loading the embedding model (first start only)…")
def _embedder(model: str, backend: str, _settings: Settings):
    from assistant.embed import Embedder
    from assistant.runtime import configure

    configure(_settings)
    return Embedder.load(_settings)


@st.cache_resource(show_spinner="Loading the index…", max_entries=4)
def _assistant(key: str, _settings: Settings, _embedder):
    from assistant.engine import Assistant

    return Assistant.load(settings=_settings, embedder=_embedder)


@st.cache_resource
def index_lock() -> threading.Lock:
    """Held while the shared Assistant swaps in a new index version, one session at a time."""
    return threading.Lock()


def assistant_or_stop(settings: Settings):
    """The shared Assistant on the newest index version, or a clear error on the page."""
    try:
        embedder = _embedder(settings.embed_model, settings.embed_backend, settings)
        # repr leaves out the admin password; any other setting change gets its own Assistant.
        assistant = _assistant(repr(settings), settings, embedder)
    except UserError as exc:
        st.error(str(exc))
        st.stop()
    try:
        with index_lock():
            assistant.reload_if_changed()
    except UserError as exc:
        st.warning(f"Still using the index loaded earlier: {exc}")
    return assistant


@st.cache_resource(max_entries=4)
def _passages_by_id(folder: str, _snapshot) -> dict[str, Passage]:
    return {p.passage_id: p for p in _snapshot.passages.values()}


def passage(assistant, passage_id: str) -> Passage | None:
    snapshot = assistant.snapshot
    return _passages_by_id(str(snapshot.folder), snapshot).get(passage_id)


def feedback_store(settings: Settings) -> FeedbackStore:
    return FeedbackStore(settings.feedback_path)


def admin_password(settings: Settings) -> str:
    """From the settings (ASSISTANT_ADMIN_PASSWORD), else Streamlit secrets; "" when not configured."""
    if settings.admin_password:
        return settings.admin_password
    try:
        return str(st.secrets.get("admin_password", "") or "")
    except FileNotFoundError:  # no secrets.toml at all
        return ""
