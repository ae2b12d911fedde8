"""The small data objects that cross module boundaries: one definition of a passage and a citation."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Section:
    """A part of a cleaned document that carries its own location (a PDF page, a heading)."""

    start: int
    end: int
    page: int | None = None
    heading: str | None = None


@dataclass
class Document:
    """A cleaned document: the text every offset and quote refers to."""

    doc_id: str
    source: str
    title: str
    text: str
    date: str | None = None
    content_hash: str = ""
    size_bytes: int = 0
    sections: list[Section] = field(default_factory=list)

    def location(self, start: int) -> tuple[int | None, str | None]:
        """The page and heading in force at a character offset."""
        page = heading = None
        for section in self.sections:
            if section.start <= start:
                page = section.page if section.page is not None else page
                heading = section.heading if section.heading is not None else heading
        return page, heading


@dataclass
class Passage:
    """A citable span of a cleaned document: ``text == document.text[start:end]``."""

    passage_id: str
    doc_id: str
    start: int
    end: int
    text: str
    ordinal: int
    title: str = ""
    source: str = ""
    date: str | None = None
    page: int | None = None
    heading: str | None = None

    @staticmethod
    def make_id(doc_id: str, text: str) -> str:
        return sha1(doc_id + "\x00" + text)[:16]

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ScoredPassage:
    passage: Passage
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None


@dataclass
class Citation:
    """A verified pointer from an answer sentence to the exact span of a document."""

    marker: int
    doc_id: str
    source: str
    title: str
    passage_id: str
    start: int
    end: int
    quote: str
    page: int | None = None
    heading: str | None = None
    support: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class AnswerSentence:
    text: str
    markers: list[int]
    support: float
    verified: bool = True


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    sentences: list[AnswerSentence] = field(default_factory=list)
    related: list[Citation] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    backend: str = "extractive"
    note: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "related": [c.to_dict() for c in self.related],
            "sentences": [asdict(s) for s in self.sentences],
            "backend": self.backend,
            "note": self.note,
            "confidence": round(self.confidence, 4),
            "timings_ms": self.timings_ms,
        }


@dataclass
class Turn:
    role: str  # "user" or "assistant"
    content: str
