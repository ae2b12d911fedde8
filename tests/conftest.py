"""Shared fixtures: the real MiniLM model, loaded once per test session."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(scope="session")
def settings():
    from assistant.settings import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def embedder(settings):
    from assistant.embed import Embedder

    return Embedder.load(settings)
