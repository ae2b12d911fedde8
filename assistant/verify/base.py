"""What every judge returns, and the protocol the answer engine and the evaluation rely on."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass
class SupportResult:
    score: float                 # support in [0, 1]
    supported: bool              # score >= threshold
    unsupported_terms: list[str] = field(default_factory=list)
    reason: str = ""             # one short sentence explaining the verdict
    best_passage: int | None = None  # index into `passages` of the passage that backs the claim best


@runtime_checkable
class Judge(Protocol):
    name: str

    def score(self, claim: str, passages: list[str], question: str | None = None) -> SupportResult:
        ...


YES_NO = {"yes", "no", "yes.", "no.", "true", "false"}


def is_short_answer(claim: str, question: str | None) -> bool:
    """A fragment like "Delhi" or "1948" that only makes sense together with its question."""
    if not question:
        return False
    words = claim.split()
    return len(words) <= 6 and not claim.rstrip().endswith((".", "!", "?")) or len(words) <= 3


def claim_with_question(claim: str, question: str | None) -> str:
    """The text a model judge verifies: short answers are read together with their question."""
    if is_short_answer(claim, question):
        return f"{question.strip()} {claim.strip()}"
    return claim
