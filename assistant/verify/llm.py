"""The "llm" judge: asks a model behind any OpenAI-compatible endpoint whether the passages back a claim.

It goes through llama-index's OpenAILike, with the timeouts and retries from settings. A server
that cannot be reached raises LLMUnavailableError within the timeout.
"""
from __future__ import annotations

import re

from assistant.errors import LLMUnavailableError
from assistant.settings import Settings
from assistant.verify.base import SupportResult, claim_with_question
from assistant.verify.text import strip_citations

SYSTEM_PROMPT = (
    "You check facts. You get numbered passages and a claim. Decide whether the passages state "
    "everything the claim says. Numbers, dates, names, places, negations and directions (rise or "
    "fall) must match exactly. Knowledge from outside the passages does not count.\n"
    "Answer in exactly this format:\n"
    "VERDICT: SUPPORTED or UNSUPPORTED\n"
    "PASSAGE: the number of the passage that backs the claim best\n"
    "UNSUPPORTED TERMS: comma-separated words or numbers of the claim the passages do not back, or none"
)
_VERDICT_RE = re.compile(r"\b(NOT\s+SUPPORTED|UNSUPPORTED|SUPPORTED)\b", re.IGNORECASE)
_PASSAGE_RE = re.compile(r"PASSAGE\s*:?\s*\[?(\d+)", re.IGNORECASE)
_TERMS_RE = re.compile(r"UNSUPPORTED[ _]TERMS\s*:\s*(.*)", re.IGNORECASE)
_NONE = {"", "none", "n/a", "-", "nothing", "[]"}


def build_prompt(claim: str, passages: list[str], question: str | None) -> str:
    numbered = "\n\n".join(f"[{i}] {p.strip()}" for i, p in enumerate(passages, 1))
    return f"Passages:\n{numbered}\n\nClaim: {claim_with_question(claim, question)}\n\nYour check:"


def parse_reply(text: str, passage_count: int) -> tuple[bool | None, int | None, list[str]]:
    """Verdict (None when the reply has none), passage index and unsupported terms of a reply."""
    verdict = None
    for line in text.splitlines():
        if _TERMS_RE.search(line):
            continue
        found = {m.group(1).upper() == "SUPPORTED" for m in _VERDICT_RE.finditer(line)}
        # A line with both words echoes the instructions ("SUPPORTED or UNSUPPORTED"): no verdict.
        if len(found) == 1:
            verdict = found.pop()
            break
    passage = None
    match = _PASSAGE_RE.search(text)
    if match and 1 <= int(match.group(1)) <= passage_count:
        passage = int(match.group(1)) - 1
    terms: list[str] = []
    match = _TERMS_RE.search(text)
    if match:
        raw = match.group(1).strip().strip(".")
        if raw.lower() not in _NONE:
            terms = [t.strip(" '\"[]`*") for t in raw.split(",") if t.strip(" '\"[]`*").lower() not in _NONE]
    return verdict, passage, terms


class LLMJudge:
    name = "llm"

    def __init__(self, llm, base_url: str, timeout_s: float):
        self.llm = llm
        self.base_url = base_url
        self.timeout_s = timeout_s

    @classmethod
    def from_settings(cls, settings: Settings) -> "LLMJudge":
        from assistant.runtime import configure

        configure(settings)
        from llama_index.llms.openai_like import OpenAILike

        llm = OpenAILike(
            model=settings.judge_llm_model or settings.llm_model,
            api_base=settings.llm_base_url,
            api_key=settings.llm_api_key or "no-key",
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
            temperature=0.0,
            max_tokens=64,
            is_chat_model=True,
            context_window=settings.llm_context_window,
        )
        return cls(llm, settings.llm_base_url, settings.llm_timeout_s)

    def score(self, claim: str, passages: list[str], question: str | None = None) -> SupportResult:
        from llama_index.core.llms import ChatMessage

        claim = strip_citations(claim)
        if not claim or not passages:
            return SupportResult(0.0, False, [], "There is no claim or no passage to check.", None)
        messages = [ChatMessage(role="system", content=SYSTEM_PROMPT),
                    ChatMessage(role="user", content=build_prompt(claim, passages, question))]
        try:
            reply = self.llm.chat(messages).message.content or ""
        except Exception as exc:  # the OpenAI client raises many transport and status types
            if not _is_transport_error(exc):
                raise
            raise LLMUnavailableError(
                f"The LLM judge could not get an answer from {self.base_url} within {self.timeout_s:g} s "
                f"({type(exc).__name__}). Start the server or set llm_base_url / llm_timeout_s.") from None
        verdict, passage, terms = parse_reply(reply, len(passages))
        if verdict is None:
            return SupportResult(0.0, False, terms, "The LLM judge gave no SUPPORTED/UNSUPPORTED verdict.", passage)
        if verdict:
            return SupportResult(1.0, True, [], "The LLM judge finds the claim supported.",
                                 passage if passage is not None else 0)
        named = f": {', '.join(terms[:3])}" if terms else ""
        return SupportResult(0.0, False, terms, f"The LLM judge finds the claim unsupported{named}.", passage)


def _is_transport_error(exc: Exception) -> bool:
    import httpx
    import openai

    return isinstance(exc, (openai.APIConnectionError, openai.APIStatusError, httpx.HTTPError, TimeoutError,
                            ConnectionError))
