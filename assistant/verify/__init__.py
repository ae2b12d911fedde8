"""Verification: the one support scorer used when answering and when evaluating."""
from assistant.verify.base import Judge, SupportResult
from assistant.verify.judges import KNOWN_JUDGES, make_judge
from assistant.verify.offline import SupportScorer
from assistant.verify.text import split_claims

__all__ = ["Judge", "KNOWN_JUDGES", "SupportResult", "SupportScorer", "make_judge", "split_claims"]
