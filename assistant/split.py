"""Split a cleaned document into sentences and citable passages, keeping exact offsets.

Passages are sized in the embedding model's own word pieces (not tiktoken tokens), so the
embedder never truncates one silently, and they break only between sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from assistant.schema import Document, Passage

# Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset("""
dr mr mrs ms prof sr jr st mt rev gen sen rep gov lt col capt sgt maj cmdr adm hon pres
vs etc e.g i.e cf al approx dept est fig no nos vol inc ltd co corp bros assn univ
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a a.m p.m
""".split())

# A sentence ends at . ! ? (plus closing quotes or brackets) followed by white space, or at a
# period glued to the next sentence ("...century.First for Women is"), as text pasted from
# web pages often has.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|(?<=[a-z0-9)])\.(?=[A-Z][a-z])")
_NEXT_START = re.compile(r"\s*[\"'“‘(\[]?[A-Z0-9]")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _is_abbreviation(text: str, end: int) -> bool:
    match = _LAST_WORD.search(text, max(0, end - 12), end)
    if not match:
        return False
    word = match.group(1).lower()
    # A single capital letter is an initial ("John F. Kennedy").
    return word in ABBREVIATIONS or (len(word) == 1 and match.group(1).isupper())


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of text[start:end] as absolute spans, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        line_start = start + line.start()
        line_end = start + line.end()
        cursor = line_start
        for match in _END.finditer(text, line_start, line_end):
            stop = match.end()
            if text[match.start()] == "." and _is_abbreviation(text, match.start() + 1):
                continue
            if not _NEXT_START.match(text, stop, line_end):
                continue
            spans.append(Span(cursor, stop))
            cursor = stop
        spans.append(Span(cursor, line_end))
    trimmed = []
    for span in spans:
        piece = text[span.start:span.end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append(Span(span.start + left, span.start + right))
    return trimmed


def _word_pieces(text: str, span: Span, count: Callable[[str], int], limit: int) -> Iterator[Span]:
    """Cut an over-long sentence at word boundaries into spans of at most `limit` pieces."""
    words = [Span(span.start + m.start(), span.start + m.end())
             for m in re.finditer(r"\S+", text[span.start:span.end])]
    first = 0
    while first < len(words):
        last = first
        while last + 1 < len(words) and count(text[words[first].start:words[last + 1].end]) <= limit:
            last += 1
        yield Span(words[first].start, words[last].end)
        first = last + 1


def split_passages(document: Document, count_tokens: Callable[[str], int], max_tokens: int,
                   overlap_sentences: int = 1) -> list[Passage]:
    """Pack whole sentences into passages of at most max_tokens word pieces.

    A passage prefers to end at a paragraph break once it is half full, and the next one
    repeats the last `overlap_sentences` sentences of the previous one for context.
    """
    text = document.text
    units: list[tuple[Span, int, bool]] = []  # span, pieces, starts a paragraph
    for paragraph in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        first = True
        for sentence in sentence_spans(text, paragraph.start(), paragraph.end()):
            pieces = count_tokens(text[sentence.start:sentence.end])
            parts = [sentence] if pieces <= max_tokens else \
                list(_word_pieces(text, sentence, count_tokens, max_tokens))
            for part in parts:
                units.append((part, count_tokens(text[part.start:part.end]) if len(parts) > 1 else pieces, first))
                first = False

    passages: list[Passage] = []
    i = 0
    while i < len(units):
        j, size = i, 0
        while j < len(units):
            # Joining adds about one piece of white space per sentence, counted generously.
            extra = units[j][1] + (1 if j > i else 0)
            if j > i and (size + extra > max_tokens or (units[j][2] and size >= max_tokens // 2)):
                break
            size += extra
            j += 1
        start, end = units[i][0].start, units[j - 1][0].end
        passage_text = text[start:end]
        page, heading = document.location(start)
        passages.append(Passage(
            passage_id=Passage.make_id(document.doc_id, passage_text), doc_id=document.doc_id,
            start=start, end=end, text=passage_text, ordinal=len(passages), title=document.title,
            source=document.source, date=document.date, page=page, heading=heading))
        if j >= len(units):
            break
        # Step back for overlap, but always move forward and never overlap across paragraphs.
        back = min(overlap_sentences, j - i - 1)
        while back > 0 and any(units[k][2] for k in range(j - back + 1, j + 1)):
            back -= 1
        i = j - back
    return passages
