"""Hybrid retrieval: MiniLM + FAISS and BM25, fused by reciprocal rank."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.schema import ScoredPassage
from assistant.store import Snapshot


@dataclass
class Retrieval:
    passages: list[ScoredPassage]
    query_vector: np.ndarray
    dense: dict[str, float]  # passage_id -> cosine similarity with the question


class HybridRetriever:
    def __init__(self, snapshot: Snapshot, embedder, dense_k: int = 20, lexical_k: int = 20,
                 rrf_k: int = 60, dense_weight: float = 1.0, lexical_weight: float = 1.0):
        self.snapshot = snapshot
        self.embedder = embedder
        self.dense_k = dense_k
        self.lexical_k = lexical_k
        self.rrf_k = rrf_k
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight

    def retrieve(self, query: str, k: int, query_vector: np.ndarray | None = None) -> Retrieval:
        vector = self.embedder.encode([query])[0] if query_vector is None else query_vector
        dense = self.snapshot.search_dense(vector, self.dense_k)
        lexical = self.snapshot.search_lexical(query, self.lexical_k)
        fused: dict[str, ScoredPassage] = {}
        for rank, (passage, _) in enumerate(dense):
            entry = fused.setdefault(passage.passage_id, ScoredPassage(passage, 0.0))
            entry.score += self.dense_weight / (self.rrf_k + rank + 1)
            entry.dense_rank = rank
        for rank, (passage, _) in enumerate(lexical):
            entry = fused.setdefault(passage.passage_id, ScoredPassage(passage, 0.0))
            entry.score += self.lexical_weight / (self.rrf_k + rank + 1)
            entry.lexical_rank = rank
        ranked = sorted(fused.values(), key=lambda e: -e.score)[:k]
        return Retrieval(ranked, vector, {p.passage_id: s for p, s in dense})
