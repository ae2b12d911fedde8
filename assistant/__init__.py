"""Brief Assistant: questions over policy briefs, answered with verified, passage-exact citations."""
from __future__ import annotations

__all__ = ["Assistant", "load_settings"]


def __getattr__(name: str):
    # Heavy modules (torch, faiss) load only when the Assistant is asked for.
    if name == "Assistant":
        from assistant.engine import Assistant

        return Assistant
    if name == "load_settings":
        from assistant.settings import load_settings

        return load_settings
    raise AttributeError(name)
