"""Temporal comparisons: "Who was born first, X or Y?" answered with X is checked against the years
the passages give for X and Y. Word overlap cannot see this: both names are in the passages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.verify.text import split_sentences

_EARLIER = {"first", "older", "oldest", "earlier", "earliest", "before"}
_LATER = {"younger", "youngest", "later", "latest", "newer", "newest", "recent", "after", "last"}
_YEAR_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")
_NAME_TAIL_RE = re.compile(r"((?:[A-Z][\w'’.\-]*|of|the|de|von|van|for|and)(?:\s+(?:[A-Z][\w'’.\-]*|of|the|de|von|van|for|and))*)\s*,?\s*$")


@dataclass
class Comparison:
    agrees: bool
    earlier: str
    later: str


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2} - {"the", "and", "for"}


def _options(question: str) -> tuple[str, str] | None:
    head, sep, tail = question.rpartition(" or ")
    if not sep:
        return None
    second = tail.strip().rstrip("?").strip()
    match = _NAME_TAIL_RE.search(head)
    if not match or not second[:1].isupper():
        return None
    first = match.group(1).strip()
    # Drop the question's own words at the front ("Which band was founded first, Hole" -> "Hole").
    first = re.sub(r"^(?:Which|Who|What|Whose)\b.*?\b(?:first|older|earlier|younger|later)\b,?\s*", "", first)
    return (first, second) if first and first[:1].isupper() else None


def _year(option: str, passages: list[str]) -> int | None:
    """The first year stated after the first mention of the option's last name word."""
    key = option.split()[-1].strip("'’\".,").lower()
    for passage in passages:
        for start, end in split_sentences(passage):
            sentence = passage[start:end]
            at = sentence.lower().find(key)
            if at >= 0:
                match = _YEAR_RE.search(sentence, at)
                if match:
                    return int(match.group(1))
    return None


def check_comparison(claim: str, question: str | None, passages: list[str]) -> Comparison | None:
    """None when the question is no temporal "X or Y" comparison, or the passages lack the years."""
    if not question:
        return None
    asked = set(re.findall(r"[a-z]+", question.lower()))
    if asked & _EARLIER:
        question_earlier = True
    elif asked & _LATER:
        question_earlier = False
    else:
        return None
    options = _options(question)
    if not options:
        return None
    years = [_year(o, passages) for o in options]
    if None in years or years[0] == years[1]:
        return None
    claim_words = _words(claim)
    overlaps = [len(_words(o) & claim_words) for o in options]
    if max(overlaps) == 0:
        return None
    lower = claim.lower()
    # The option the claim is about is the one it names first.
    positions = [min((lower.find(w) for w in _words(o) if w in lower), default=len(lower)) for o in options]
    picked = 0 if positions[0] <= positions[1] else 1
    said = set(re.findall(r"[a-z]+", lower))
    claim_earlier = True if said & _EARLIER else False if said & _LATER else question_earlier
    earlier_said = picked if claim_earlier else 1 - picked
    earlier_true = 0 if years[0] < years[1] else 1
    return Comparison(earlier_said == earlier_true, options[earlier_true], options[1 - earlier_true])
