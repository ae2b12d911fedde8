"""What the LLM is asked: numbered passage excerpts and a question, or a follow-up to rewrite.

Measured with SmolLM2-135M: a single worked example in the chat makes it end sentences with
[n] (mostly [1], whichever passage it used; the gate corrects that), which instructions alone did
not; an example of the refusal made it refuse answerable questions. Short excerpts (the sentences closest to the question) keep prompt evaluation fast on
a loaded CPU (15-60 ms per prompt token with one thread).
"""
from __future__ import annotations

import re

from llama_index.core.llms import ChatMessage

from assistant.engine import REFUSAL
from assistant.schema import Turn
from assistant.split import sentence_spans
from assistant.text import content_stems, words

EXCERPT_SENTENCES = 2
# Characters of excerpts per 1,000 tokens of context left for them (~3.5 characters per token).
CHARS_PER_1K_TOKENS = 3500
PROMPT_OVERHEAD_TOKENS = 350

SYSTEM = ("Answer from the numbered passages only. Write one to three short sentences. "
          "End each sentence with the number of its passage in brackets. "
          f"If the passages do not answer the question, reply exactly: {REFUSAL}")
EXAMPLE_QUESTION = ("Passages:\n[1] The bridge opened in 1932 after four years of work.\n"
                    "[2] Tolls were removed in 1990.\n\nQuestion: When did the bridge open?")
EXAMPLE_ANSWER = "The bridge opened in 1932 [1]."

CONDENSE_SYSTEM = ("Rewrite the user's last question so that it can be understood without the conversation. "
                   "Keep its meaning. Reply with the rewritten question only.")

_REFUSAL_RE = re.compile(
    r"^(?:sorry,?\s*)?(?:the\s+)?(?:documents?|passages?|brief|texts?|sources?)\s+(?:do|does)(?:n[’']t|\s+not)\s+"
    r"(?:say|mention|answer|contain|provide|specify|state|cover)|^i\s+(?:do\s+not|don[’']t)\s+know|"
    r"^(?:there\s+is\s+)?no\s+(?:information|answer)\b", re.I)


def is_refusal(sentence: str) -> bool:
    return bool(_REFUSAL_RE.search(sentence.strip().strip("\"“”*")))


def best_sentences(question: str, text: str, max_sentences: int = EXCERPT_SENTENCES,
                   shown: set[str] = frozenset()) -> list[str]:
    """The passage's sentences that share the most content words with the question, in their
    order, leaving out sentences in `shown` (neighbouring passages overlap by a sentence)."""
    sentences = [text[s.start:s.end] for s in sentence_spans(text)]
    sentences = [s for s in sentences if s not in shown]
    asked = set(content_stems(question))
    overlap = [len(asked & set(content_stems(s))) for s in sentences]
    best = sorted(range(len(sentences)), key=lambda i: (-overlap[i], i))[:max_sentences]
    return [sentences[i] for i in sorted(best)]


def excerpts(question: str, texts: list[str], context_tokens: int, answer_tokens: int) -> list[str]:
    """An excerpt of each passage ("" when all its sentences are in an earlier one), shortened
    further when together they would not fit the context."""
    budget = max(400, (context_tokens - answer_tokens - PROMPT_OVERHEAD_TOKENS) * CHARS_PER_1K_TOKENS // 1000)
    shown: set[str] = set()
    out = []
    for text in texts:
        chosen = best_sentences(question, text, shown=shown)
        shown.update(chosen)
        out.append(" ".join(chosen))
    per_passage = budget // max(1, sum(bool(e) for e in out))
    return [e if len(e) <= per_passage else e[:per_passage].rsplit(" ", 1)[0] + " ..." for e in out]


def answer_messages(question: str, turns: list[Turn], passages: list[str]) -> list[ChatMessage]:
    numbered = "\n".join(f"[{i}] {' '.join(text.split())}" for i, text in enumerate(passages, 1))
    earlier = next((t.content for t in reversed(turns) if t.role == "user"), None)
    context = f"Earlier question: {earlier}\n" if earlier else ""
    return [ChatMessage(role="system", content=SYSTEM),
            ChatMessage(role="user", content=EXAMPLE_QUESTION),
            ChatMessage(role="assistant", content=EXAMPLE_ANSWER),
            ChatMessage(role="user", content=f"Passages:\n{numbered}\n\n{context}Question: {question}")]


def condense_messages(question: str, turns: list[Turn], max_turn_chars: int = 400) -> list[ChatMessage]:
    recent = turns[-4:]
    conversation = "\n".join(f"{t.role}: {' '.join(t.content.split())[:max_turn_chars]}" for t in recent)
    return [ChatMessage(role="system", content=CONDENSE_SYSTEM),
            ChatMessage(role="user", content=f"Conversation:\n{conversation}\n\nLast question: {question}\n\n"
                                             "Rewritten question:")]


def clean_condensed(text: str, question: str) -> str | None:
    """The rewritten question, or None unless it is one line ending in "?" that keeps every content
    word and name of the follow-up and adds some from the conversation. Measured with SmolLM2-135M:
    it mostly echoes the follow-up, answers it, or asks something else ("What is his warning?" ->
    "What does Ricardo Silva do?"); the rule-based resolution is better than any of those."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = re.sub(r"^(rewritten|standalone)?\s*question\s*:\s*", "", line, flags=re.I).strip().strip("\"“”")
    if not line.endswith("?") or len(words(line)) < 3 or len(line) > 3 * len(question) + 200:
        return None
    kept = line.lower()
    names = [w for w in words(question)[1:] if w[:1].isupper() or w[:1].isdigit()]
    if any(n.lower() not in kept for n in names):
        return None
    asked, rewritten = set(content_stems(question)), set(content_stems(line))
    if not asked <= rewritten or not rewritten - asked:
        return None
    return line
