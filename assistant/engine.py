"""The Assistant: question in, verified answer out. Follows the pipeline
retrieve -> select sentences -> verify citations -> compose."""
from __future__ import annotations

import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.answer import (IdfTable, Question, Resolved, analyse, candidates, resolve_followup,
                              score_candidates, select)
from assistant.cite import make_citation
from assistant.errors import UserError
from assistant.retrieve import HybridRetriever
from assistant.schema import Answer, AnswerSentence, Citation, ScoredPassage, Turn
from assistant.settings import Settings, load_settings
from assistant.store import IndexStore, Snapshot
from assistant.text import clean_input

MAX_QUESTION_CHARS = 2000
REFUSAL = "The documents don't say."


def parse_history(history) -> list[Turn]:
    """Accept Turn objects or {"role", "content"} dicts; reject anything else with a clear message."""
    turns = []
    for i, item in enumerate(history or []):
        if isinstance(item, Turn):
            turns.append(item)
            continue
        if not isinstance(item, dict) or item.get("role") not in {"user", "assistant"} \
                or not isinstance(item.get("content"), str):
            raise UserError(f"History entry {i + 1} must be {{\"role\": \"user\"|\"assistant\", \"content\": str}}.")
        turns.append(Turn(item["role"], item["content"]))
    return turns


class SentenceVectors:
    """Embeddings of document sentences, computed when first needed and kept (bounded)."""

    def __init__(self, embedder, capacity: int = 20000):
        self.embedder = embedder
        self.capacity = capacity
        self.cache: OrderedDict[tuple[str, int, int], np.ndarray] = OrderedDict()

    def get(self, keys: list[tuple[str, int, int]], texts: list[str]) -> np.ndarray:
        todo = [i for i, k in enumerate(keys) if k not in self.cache]
        if todo:
            fresh = self.embedder.encode([texts[i] for i in todo])
            for i, vector in zip(todo, fresh):
                self.cache[keys[i]] = vector
        for k in keys:
            self.cache.move_to_end(k)
        while len(self.cache) > self.capacity:
            self.cache.popitem(last=False)
        if not keys:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.vstack([self.cache[k] for k in keys])


@dataclass(frozen=True)
class _Corpus:
    """One index version and what is derived from it, swapped in as a whole so that a question
    asked during a reload sees either the old version or the new one, never a mix."""
    snapshot: Snapshot
    retriever: HybridRetriever
    idf: IdfTable


class Assistant:
    def __init__(self, settings: Settings, snapshot: Snapshot, embedder, scorer, generator=None):
        self.settings = settings
        self.embedder = embedder
        self.scorer = scorer
        # An LLM answer backend (assistant.generate); None means the extractive engine alone.
        self.generator = generator
        self._corpus = self._derive(snapshot)
        self.sentence_vectors = SentenceVectors(embedder)

    def _derive(self, snapshot: Snapshot) -> _Corpus:
        s = self.settings
        return _Corpus(snapshot, HybridRetriever(snapshot, self.embedder, s.dense_k, s.lexical_k, s.rrf_k),
                       IdfTable([p.text for p in snapshot.passages.values()]))

    @property
    def snapshot(self) -> Snapshot:
        return self._corpus.snapshot

    @property
    def retriever(self) -> HybridRetriever:
        return self._corpus.retriever

    @classmethod
    def load(cls, index_dir: str | Path | None = None, settings: Settings | None = None,
             embedder=None, scorer=None, generator=None) -> "Assistant":
        settings = settings or load_settings()
        if index_dir is not None:
            settings = settings.replace(index_dir=Path(index_dir))
        from assistant.embed import Embedder, model_name
        from assistant.runtime import configure

        configure(settings)
        snapshot = IndexStore(settings.index_path).load(model_name(settings))
        embedder = embedder or Embedder.load(settings)
        if scorer is None:
            from assistant.verify import make_judge

            scorer = make_judge("offline", settings, embedder)
        if generator is None and settings.answer_backend != "extractive":
            from assistant.generate import make_generator

            generator = make_generator(settings, scorer)
        return cls(settings, snapshot, embedder, scorer, generator)

    def reload_if_changed(self) -> bool:
        """Pick up a new index version written by an ingest since this one was loaded."""
        store = IndexStore(self.settings.index_path)
        if store.current_name() == self.snapshot.version:
            return False
        from assistant.embed import model_name

        self._corpus = self._derive(store.load(model_name(self.settings)))
        return True

    # ------------------------------------------------------------------ asking

    def prepare(self, question: str) -> str:
        if not isinstance(question, str):
            raise UserError("The question must be text.")
        if len(question) > MAX_QUESTION_CHARS:
            raise UserError(f"The question is {len(question):,} characters long; the limit is "
                            f"{MAX_QUESTION_CHARS:,}. Ask about one thing at a time.")
        cleaned = clean_input(question)
        if not cleaned or not any(ch.isalnum() for ch in cleaned):
            raise UserError("The question is empty. Type a question about the documents.")
        return cleaned

    def ask(self, question: str, history=None, on_text=None) -> Answer:
        """Answer a question. With an LLM backend, `on_text(verified_text_so_far)` is called as
        verified sentences arrive; the extractive answer is the fallback."""
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        corpus = self._corpus
        question = self.prepare(question)
        turns = parse_history(history)
        resolved = resolve_followup(question, turns)
        if self.generator is not None and turns and self.settings.llm_condense_followups:
            resolved = self.generator.condense(question, turns, resolved)
        analysed = analyse(resolved.question)
        # Only names the user typed must be found; names a follow-up borrowed may be shortened.
        analysed.names = [n for n in analysed.names if n in question]

        t = time.perf_counter()
        query_vector = self.embedder.encode([resolved.query])[0]
        timings["embed"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        retrieval = corpus.retriever.retrieve(resolved.query, self.settings.top_k, query_vector)
        timings["retrieve"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        cands = candidates(self._with_successors(corpus.snapshot, retrieval.passages), corpus.snapshot.documents)
        vectors = self.sentence_vectors.get([(c.doc_id, c.start, c.end) for c in cands], [c.text for c in cands])
        score_candidates(analysed, resolved, cands, vectors, query_vector, corpus.idf)
        selection = select(analysed, resolved, cands, self.settings.max_answer_sentences)
        timings["select"] = (time.perf_counter() - t) * 1000

        t = time.perf_counter()
        answer = self._compose(corpus.snapshot, question, analysed, resolved, selection)
        timings["verify"] = (time.perf_counter() - t) * 1000
        if self.generator is not None:
            t = time.perf_counter()
            answer = self.generator.answer(question, turns, retrieval.passages, corpus.snapshot.documents,
                                           fallback=answer, on_text=on_text)
            timings["generate"] = (time.perf_counter() - t) * 1000
        timings["total"] = (time.perf_counter() - t0) * 1000
        # Keep what a backend recorded (gate counts, LLM time) beside the stage timings.
        answer.timings_ms = {**answer.timings_ms, **{k: round(v, 2) for k, v in timings.items()}}
        answer.confidence = selection.confidence
        return answer

    @staticmethod
    def _with_successors(snapshot: Snapshot, passages: list[ScoredPassage], top: int = 3) -> list[ScoredPassage]:
        """Add the passage after each of the best few, so an answer that runs on is not cut."""
        out = list(passages)
        ids = {p.passage.passage_id for p in passages}
        for sp in passages[:top]:
            nxt = snapshot.successor(sp.passage)
            if nxt is not None and nxt.passage_id not in ids:
                ids.add(nxt.passage_id)
                out.append(ScoredPassage(nxt, sp.score * 0.5))
        return out

    def refusal_reason(self, analysed: Question, selection) -> str | None:
        if analysed.instruction:
            return "instruction"
        if not selection.chosen:
            return "nothing retrieved"
        if selection.premise_conflict:
            return None
        if selection.missing_names and not self._presupposes(analysed):
            return "missing: " + ", ".join(selection.missing_names)
        if not selection.typed_ok:
            return f"no {analysed.kind} in the evidence"
        if selection.confidence < self.settings.refusal_threshold:
            return f"low confidence {selection.confidence:.2f}"
        return None

    @staticmethod
    def _presupposes(analysed: Question) -> bool:
        """Why-questions and tag questions take their premise for granted; a wrong premise gets a
        correction rather than a refusal."""
        return analysed.assertive or bool(re.match(r"(why|how come|what (caused|made|explains))\b",
                                                    analysed.text.strip(), re.I))

    def _compose(self, snapshot: Snapshot, question: str, analysed: Question, resolved: Resolved,
                 selection) -> Answer:
        reason = self.refusal_reason(analysed, selection)
        if reason is None:
            citations: list[Citation] = []
            sentences: list[AnswerSentence] = []
            for cand in selection.chosen:
                citation = make_citation(snapshot.documents[cand.doc_id], cand.passage.passage,
                                         cand.start, cand.end, len(citations) + 1, self.scorer)
                if citation is None:
                    continue
                citations.append(citation)
                sentences.append(AnswerSentence(cand.text, [citation.marker], citation.support))
            if sentences:
                lead = "The documents say otherwise: " if selection.premise_conflict else ""
                if selection.missing_names:
                    lead = f"The documents don't mention {', '.join(selection.missing_names)}; they say: "
                text = " ".join(f"{s.text} [{s.markers[0]}]" for s in sentences)
                return Answer(question, lead + text, False, citations, sentences,
                              note="premise contradicted by the documents" if lead else "")
            reason = "no sentence passed verification"
        related = self._related(snapshot, selection)
        if analysed.instruction:
            text = ("I can only answer questions from the documents, and they don't cover that. "
                    "Ask me about what the documents say.")
        elif related:
            titles = ", ".join(dict.fromkeys(f"“{c.title}”" for c in related))
            text = f"{REFUSAL} The closest related passages, listed below, are from {titles}."
        else:
            text = f"{REFUSAL} Nothing in them is close to this question."
        return Answer(question, text, True, [], [], related=related, note=f"refused ({reason})")

    @staticmethod
    def _related(snapshot: Snapshot, selection, limit: int = 3) -> list[Citation]:
        """Closest passages to show with a refusal; they make no claim, so no support is required."""
        out: list[Citation] = []
        seen = set()
        for cand in selection.all:
            pid = cand.passage.passage.passage_id
            if pid in seen or cand.dense < 0.25:
                continue
            seen.add(pid)
            p = cand.passage.passage
            doc = snapshot.documents[p.doc_id]
            page, heading = doc.location(p.start)
            out.append(Citation(len(out) + 1, p.doc_id, doc.source, doc.title, pid, p.start, p.end,
                                doc.text[p.start:p.end], page, heading, 0.0))
            if len(out) >= limit:
                break
        return out
