"""Citations: a marker pointing at the exact span of a document that supports a sentence.

A citation is only made after two checks: its quote is that very slice of the cleaned
document (inside the cited passage), and the support scorer says the quote backs the claim.
"""
from __future__ import annotations

from assistant.schema import Citation, Document, Passage
from assistant.split import sentence_spans


def quote_is_exact(document: Document, passage: Passage, start: int, end: int, quote: str) -> bool:
    return (passage.doc_id == document.doc_id and passage.start <= start < end <= passage.end
            and document.text[passage.start:passage.end] == passage.text
            and document.text[start:end] == quote)


def make_citation(document: Document, passage: Passage, start: int | None, end: int | None, marker: int,
                  scorer, claim: str | None = None) -> Citation | None:
    """Cite [start, end) of the passage for `claim` (default: the span's own text), or return None
    when the span is not exact or does not support the claim.

    Without a span, the passage sentence (or pair of adjacent sentences) that supports the
    claim best is cited.
    """
    if start is None or end is None:
        spans = sentence_spans(document.text, passage.start, passage.end)
        windows = [(s.start, s.end) for s in spans]
        windows += [(a.start, b.end) for a, b in zip(spans, spans[1:])]
        if not windows or claim is None:
            return None
        result = scorer.score(claim, [document.text[a:b] for a, b in windows])
        if result.best_passage is None:
            return None
        start, end = windows[result.best_passage]
    quote = document.text[start:end]
    if not quote_is_exact(document, passage, start, end, quote):
        return None
    result = scorer.score(claim if claim is not None else quote, [quote])
    if not result.supported:
        return None
    page, heading = document.location(start)
    return Citation(marker=marker, doc_id=document.doc_id, source=document.source, title=document.title,
                    passage_id=passage.passage_id, start=start, end=end, quote=quote, page=page,
                    heading=heading, support=round(float(result.score), 4))
