"""The faithfulness gate: every generated sentence is checked before anyone sees it.

A sentence is kept when the passage it cites supports it, re-cited when another retrieved
passage does, and dropped otherwise. Citations are made by `assistant.cite.make_citation`, the
same definition the extractive engine uses: the quote is the exact supporting span of the
passage, and support is checked again on that quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.cite import make_citation
from assistant.generate.prompt import is_refusal
from assistant.schema import AnswerSentence, Citation, Document, ScoredPassage
from assistant.text import words
from assistant.verify.text import split_sentences, strip_citations

_MARKERS = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
# "... 1965. [1]" -> "... 1965 [1]." so that the sentence splitter keeps a marker with its sentence.
_MARKER_AFTER_STOP = re.compile(r"([.!?])((?:\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\])+)")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_FINISHED = re.compile(r"(?:[.!?][\"”’)]*|\])\s*$")
# A generated sentence may use at most this many words its quote does not back. The support
# score alone lets a fluent paraphrase through with invented parts (measured on the brief:
# "Rosaliant believes that the US needs to shift ..." scored 0.96, "... has stretched Peruvian
# resources, angered local farmers and emptied the national treasury" 0.79); extractive sentences
# are the document's own words, so the extractive engine does not need this.
MAX_UNBACKED_TERMS = 2


@dataclass
class GateStats:
    """What the gate did to one generated answer."""

    generated: int = 0      # claim sentences the model wrote (its refusal and a cut-off tail excluded)
    kept: int = 0           # supported by the passage they cited
    corrected: int = 0      # supported by another retrieved passage: the marker was corrected
    dropped: int = 0        # supported by no retrieved passage
    unfinished: int = 0     # a last sentence cut off by the token limit or the deadline
    model_refused: bool = False
    fallback: str = ""      # why the extractive answer is shown instead ("" when the generated one is)
    dropped_text: list[str] = field(default_factory=list)


def markers_of(sentence: str) -> list[int]:
    found: list[int] = []
    for group in _MARKERS.findall(sentence):
        for number in re.split(r"\s*[,;]\s*", group):
            if int(number) not in found:
                found.append(int(number))
    return found


class SentenceStream:
    """Cuts streamed text into sentences as soon as each one is complete."""

    def __init__(self):
        self.buffer = ""

    def feed(self, piece: str) -> list[str]:
        self.buffer = _MARKER_AFTER_STOP.sub(r"\2\1", self.buffer + piece)
        done: list[str] = []
        # A finished line is finished text; within the open line only a sentence followed by the
        # start of the next one is (the next piece might still add its marker).
        *lines, self.buffer = self.buffer.split("\n")
        for line in lines:
            done += self._sentences(line)
        spans = split_sentences(self.buffer)
        if len(spans) > 1:
            done += [_clean(self.buffer[a:b]) for a, b in spans[:-1]]
            self.buffer = self.buffer[spans[-1][0]:]
        return [s for s in done if s]

    def finish(self) -> tuple[list[str], str]:
        """The remaining complete sentences, and an unfinished tail ("" when there is none)."""
        sentences = self._sentences(self.buffer)
        self.buffer = ""
        if sentences and not _FINISHED.search(sentences[-1]):
            return sentences[:-1], sentences[-1]
        return sentences, ""

    @staticmethod
    def _sentences(text: str) -> list[str]:
        text = _MARKER_AFTER_STOP.sub(r"\2\1", text)
        return [s for s in (_clean(text[a:b]) for a, b in split_sentences(text)) if s]


def _clean(sentence: str) -> str:
    return _BULLET.sub("", sentence).strip()


class Gate:
    """Checks generated sentences one at a time against the passages the model was shown."""

    def __init__(self, passages: list[ScoredPassage], documents: dict[str, Document], scorer, max_sentences: int,
                 question: str | None = None):
        self.passages = [sp.passage for sp in passages]
        self.question = question
        self.documents = documents
        self.scorer = scorer
        self.max_sentences = max_sentences
        self.stats = GateStats()
        self.citations: list[Citation] = []
        self.sentences: list[AnswerSentence] = []
        self._seen: set[str] = set()

    @property
    def full(self) -> bool:
        return len(self.sentences) >= self.max_sentences

    def text(self) -> str:
        return " ".join(f"{s.text} [{', '.join(map(str, s.markers))}]" for s in self.sentences)

    def add(self, sentence: str) -> bool:
        """Check one generated sentence; True when it was kept (possibly re-cited)."""
        claim = strip_citations(sentence).strip()
        if len(words(claim)) < 2:
            return False  # list numbers and stray fragments ("5.") state nothing
        if is_refusal(claim):
            if self.stats.generated == 0:
                self.stats.model_refused = True
            return False
        key = " ".join(words(claim.lower()))
        if key in self._seen:
            return False  # small models repeat themselves; a repeat is neither new support nor a new claim
        self._seen.add(key)
        self.stats.generated += 1
        cited = [n - 1 for n in markers_of(sentence) if 1 <= n <= len(self.passages)]
        citation = self._cite(claim, cited)
        corrected = False
        if citation is None:
            others = [i for i in range(len(self.passages)) if i not in cited]
            citation = self._cite(claim, self._by_support(claim, others))
            corrected = citation is not None
        if citation is None:
            self.stats.dropped += 1
            self.stats.dropped_text.append(claim)
            return False
        if corrected:
            self.stats.corrected += 1
        else:
            self.stats.kept += 1
        self.sentences.append(AnswerSentence(claim, [citation.marker], citation.support, verified=True))
        return True

    def _by_support(self, claim: str, order: list[int]) -> list[int]:
        """`order` with the passage the scorer finds most supportive first."""
        if len(order) < 2:
            return order
        best = self.scorer.score(claim, [self.passages[i].text for i in order]).best_passage
        return order if best is None else [order[best]] + [i for i in order if i != order[best]]

    def _cite(self, claim: str, order: list[int]) -> Citation | None:
        for i in order:
            passage = self.passages[i]
            citation = make_citation(self.documents[passage.doc_id], passage, None, None,
                                     len(self.citations) + 1, self.scorer, claim=claim)
            if citation is None or not self._backed(claim, citation.quote, passage.text):
                continue
            for existing in self.citations:
                if (existing.doc_id, existing.start, existing.end) == (citation.doc_id, citation.start, citation.end):
                    return existing
            self.citations.append(citation)
            return citation
        return None

    def _backed(self, claim: str, quote: str, passage_text: str) -> bool:
        """The quote backs the claim read with its question (as the evaluation judges it), and the
        claim adds at most a few words, and no name or number, that the quote does not back (a
        name found elsewhere in the passage is excused)."""
        result = self.scorer.score(claim, [quote], self.question)
        named = [t for t in result.unsupported_terms if (t[:1].isupper() or any(ch.isdigit() for ch in t))
                 and t.lower() not in passage_text.lower()]
        return result.supported and len(result.unsupported_terms) <= MAX_UNBACKED_TERMS and not named
