"""Generative answers from a local or hosted LLM, gated by the faithfulness check.

`make_generator(settings, scorer)` picks the LLM from `answer_backend` (`llama_cpp` or
`openai`); `Assistant.ask` calls its `condense` (follow-ups) and `answer` (after the extractive
answer, which stays the fallback). `compare(rows, backends, settings, out_dir)` runs the backends
side by side for `assistant eval --backends` and evals/compare_backends.py.
"""
from assistant.generate.backends import KNOWN_BACKENDS, LLMBackend, default_gguf, make_llm
from assistant.generate.compare import compare
from assistant.generate.gate import Gate, GateStats, SentenceStream
from assistant.generate.generator import Generator, make_generator

__all__ = ["KNOWN_BACKENDS", "Gate", "GateStats", "Generator", "LLMBackend", "SentenceStream", "compare",
           "default_gguf", "make_generator", "make_llm"]
