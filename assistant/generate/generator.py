"""Generative answers from an LLM, shown only as far as the faithfulness gate lets them through.

The extractive answer is computed first and stays the fallback: it is shown when the LLM is
unreachable or silent, when it refuses although the documents answer, and when none of its
sentences can be verified. An extractive refusal stands: the gate checks that sentences are
supported, not that they answer the question, so a supported but off-topic sentence must not
override the engine's judgement that the documents don't say.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import replace

from assistant.answer import Resolved
from assistant.generate.backends import LLMBackend, LLMUnavailable, make_llm, unavailable_reason
from assistant.generate.gate import Gate, GateStats, SentenceStream
from assistant.generate.prompt import answer_messages, clean_condensed, condense_messages, excerpts
from assistant.schema import Answer, Document, ScoredPassage, Turn
from assistant.settings import Settings

# Stop reading a rewritten follow-up after this many characters: it is one short question.
CONDENSE_MAX_CHARS = 400


class Generator:
    """`condense` and `answer` for `Assistant.ask`; `last_gate` tells what the gate did to the last
    answer (read it from the thread that asked)."""

    def __init__(self, backend: LLMBackend, settings: Settings, scorer):
        self.backend = backend
        self.settings = settings
        self.scorer = scorer
        self.name = backend.name
        self.last_gate = GateStats()
        # llama-cpp-python's model is not safe to run from two threads (the web chat has several).
        self._local_lock = threading.Lock()

    # ------------------------------------------------------------------ follow-ups

    def condense(self, question: str, turns: list[Turn], resolved: Resolved) -> Resolved:
        """The follow-up rewritten by the LLM as a standalone question; `resolved` unchanged when the
        LLM is unavailable or its rewrite does not look like one."""
        text = ""
        try:
            with closing(self._stream(condense_messages(question, turns))) as pieces:
                for piece in pieces:
                    text += piece
                    if "\n" in text.strip() or len(text) > CONDENSE_MAX_CHARS:
                        break
        except Exception as exc:
            if unavailable_reason(exc) is None:
                raise
            return resolved
        condensed = clean_condensed(text, question)
        if condensed is None:
            return resolved
        return Resolved(condensed, condensed, resolved.context_stems, followup=True,
                        context_weight=resolved.context_weight)

    # ------------------------------------------------------------------ answers

    def answer(self, question: str, turns: list[Turn], passages: list[ScoredPassage],
               documents: dict[str, Document], fallback: Answer,
               on_text: Callable[[str], None] | None = None) -> Answer:
        self.last_gate = GateStats()
        if fallback.refused:
            self.last_gate.fallback = "extractive refusal"
            return replace(fallback, backend=self.name)
        retrieved = passages[:self.settings.top_k]
        texts = excerpts(question, [sp.passage.text for sp in retrieved[:self.settings.llm_passages]],
                         self.settings.llm_context_window, self.settings.llm_max_tokens)
        shown = [(sp, text) for sp, text in zip(retrieved, texts) if text]
        # The prompt's [n] is the gate's passage n; the passages not shown can still back a sentence
        # (its marker is then corrected).
        order = [sp for sp, _ in shown] + [sp for sp in retrieved if all(sp is not s for s, _ in shown)]
        gate = Gate(order, documents, self.scorer, self.settings.max_answer_sentences, question)
        self.last_gate = gate.stats
        lead = _lead(fallback)
        stream = SentenceStream()
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        problem = ""

        def check(sentences: list[str]) -> bool:
            """Verify sentences in order; False once no more are wanted."""
            for sentence in sentences:
                if gate.add(sentence) and on_text is not None:
                    on_text(lead + gate.text())
                if gate.stats.model_refused or gate.full:
                    return False
            return True

        try:
            # Closing the stream early stops the generation (the model refused, or enough is verified).
            with closing(self._stream(answer_messages(question, turns, [t for _, t in shown]))) as pieces:
                for piece in pieces:
                    timings.setdefault("llm_first_text", (time.perf_counter() - t0) * 1000)
                    if not check(stream.feed(piece)):
                        break
                else:
                    sentences, tail = stream.finish()
                    check(sentences)
                    gate.stats.unfinished += bool(tail)
        except Exception as exc:
            reason = unavailable_reason(exc)
            if reason is None:
                raise
            problem = reason
        timings["llm"] = (time.perf_counter() - t0) * 1000
        stats = gate.stats
        timings.update(gate_generated=stats.generated, gate_kept=stats.kept, gate_corrected=stats.corrected,
                       gate_dropped=stats.dropped)

        if problem and not gate.sentences:
            stats.fallback = "unavailable"
            who = f"The LLM server at {self.backend.where}" if self.backend.remote else \
                f"The local model {self.backend.where}"
            note = f"{who} did not answer ({problem}); showing the extractive answer."
            return self._fallback(fallback, note, timings)
        if stats.model_refused and not gate.sentences:
            stats.fallback = "model refused"
            return self._fallback(fallback, "The LLM said the passages don't answer this, but the extractive engine "
                                            "found verified sentences; showing the extractive answer.", timings)
        if not gate.sentences:
            stats.fallback = "nothing verified"
            n = stats.generated
            why = (f"none of the {n} sentence{'s' if n != 1 else ''} it wrote is supported by the passages" if n
                   else "it wrote no complete sentence")
            return self._fallback(fallback, f"The generated answer could not be verified ({why}); "
                                            f"showing the extractive answer.", timings)
        note = (f"Generated by {self.name}; every sentence verified against its citation: {stats.kept} kept as cited, "
                f"{stats.corrected} re-cited, {stats.dropped} dropped as unsupported.")
        if problem:
            note += f" The LLM stopped answering ({problem}); the answer may be incomplete."
        return Answer(fallback.question, lead + gate.text(), False, list(gate.citations), list(gate.sentences),
                      backend=self.name, note=note, timings_ms=timings)

    def _fallback(self, fallback: Answer, note: str, timings: dict[str, float]) -> Answer:
        return replace(fallback, backend=self.name, note=note, timings_ms={**fallback.timings_ms, **timings})

    # ------------------------------------------------------------------ the LLM stream

    def _stream(self, messages) -> Iterator[str]:
        """Text pieces as the LLM writes them, within `llm_timeout_s` of silence and
        `llm_total_timeout_s` overall."""
        deadline = time.monotonic() + self.settings.llm_total_timeout_s
        if not self.backend.remote:
            with self._local_lock:
                for chunk in self.backend.llm.stream_chat(messages):
                    yield chunk.delta or ""
                    if time.monotonic() > deadline:
                        raise LLMUnavailable(f"no complete answer within {self.settings.llm_total_timeout_s:g} s")
            return
        yield from self._remote_stream(messages, deadline)

    def _remote_stream(self, messages, deadline: float) -> Iterator[str]:
        """Read the server in a worker thread, so that a server that accepts the connection and then
        stays silent cannot block the caller longer than the timeout (the HTTP client's own timeout
        applies per attempt and per retry, which adds up)."""
        pieces: queue.Queue = queue.Queue()
        stop = threading.Event()

        def read() -> None:
            try:
                for chunk in self.backend.llm.stream_chat(messages):
                    if stop.is_set():
                        return
                    pieces.put(("text", chunk.delta or ""))
                pieces.put(("end", None))
            except BaseException as exc:  # handed to the caller, which decides what is a bug
                pieces.put(("error", exc))

        threading.Thread(target=read, name="llm-stream", daemon=True).start()
        timeout = self.settings.llm_timeout_s
        try:
            while True:
                wait = min(timeout, deadline - time.monotonic())
                try:
                    kind, value = pieces.get(timeout=max(0.0, wait))
                except queue.Empty:
                    if time.monotonic() >= deadline:
                        raise LLMUnavailable(f"no complete answer within {self.settings.llm_total_timeout_s:g} s")
                    raise LLMUnavailable(f"no reply within {timeout:g} s")
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                yield value
        finally:
            stop.set()


def _lead(fallback: Answer) -> str:
    """The extractive engine's caveat before its first sentence ("The documents say otherwise: "),
    kept because the generated sentences answer the same question."""
    if not fallback.sentences:
        return ""
    at = fallback.answer.find(fallback.sentences[0].text)
    return fallback.answer[:at] if at > 0 else ""


def make_generator(settings: Settings, scorer) -> Generator:
    return Generator(make_llm(settings), settings, scorer)
