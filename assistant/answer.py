"""The extractive answer engine: a short answer built from the retrieved passages' own
sentences, chosen for the kind of question, each sentence with its cited span. No LLM."""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field

import numpy as np

from assistant.schema import Document, ScoredPassage, Turn
from assistant.split import sentence_spans
from assistant.text import QUESTION_WORDS, STOPWORDS, content_stems, numbers, stem, words


# ---------------------------------------------------------------- question analysis

@dataclass
class Question:
    text: str
    kind: str                      # number, date, person, org, place, list, explain, yesno, other
    stems: list[str]               # content stems that should be backed by the answer
    names: list[str]               # capitalised words, acronyms and numbers: must not be missing
    asserted_numbers: set[str]     # numbers the question states (possible false premise)
    direction: str | None          # "up" or "down" when the question asserts one
    instruction: bool              # "write a poem", "translate": not a question about the documents
    advice: bool                   # asks what someone recommends or what should be done
    assertive: bool                # "..., right?", "Given that ...": the question asserts a premise


_KINDS = [
    ("money", r"\bhow much (money|funding|aid|cash|investment|does it cost|did it cost|will it cost)|"
              r"\b(what|how much) (is|was) the (cost|budget|price)\b"),
    ("count", r"\bhow many\b"),
    ("number", r"\b(how (much|large|big|high|far|long)|what (percentage|percent|share|proportion|number|"
               r"amount|rate|figure)|by (how much|what (percentage|percent|margin|amount)))\b"),
    ("date", r"\b(when|what (year|date|month|time|period|quarter|decade)|which (year|quarter|decade)|"
             r"how long ago|since when|timeframe|time frame)\b"),
    ("people", r"\b(list|name|which|who are|what) (all )?(the )?(\w+ )?(experts|people|officials|analysts|"
               r"specialists|leaders|persons|individuals|researchers|scholars)\b"),
    ("person", r"\b(which (\w+ )?(person|official|expert|analyst|specialist|president|leader|minister|scholar)|"
               r"(first|last|full|sur)\s?name)\b"),
    ("who", r"\b(who|whom|whose)\b"),
    ("place", r"\b(where|which (region|country|countries|city|place|area|nation|nations)|what (region|"
              r"country|city|place|area))\b"),
    ("org", r"\b(which|what) (\w+ )?(organi[sz]ations?|institutions?|think tanks?|bodies|body|agency|agencies|office|"
            r"institute|council|groups?|bank|party|parties|think tanks?|company|companies|firms?)\b"),
    ("list", r"\b(which|what) (\w+ )?(minerals|resources|organi[sz]ations|actors|players|stakeholders|"
             r"factors|scenarios|risks|threats|challenges|trends|countries|groups|sectors|outcomes|causes|"
             r"steps|measures|options|areas|elements)\b|\b(list|name (all|the)|what are (all|the))\b"),
    ("explain", r"\b(why|how (does|did|do|is|are|has|have|could|can|would|will|might)|what (caused|causes|"
                r"explains|drives|drove|led|fuel(s|ed|led)?|made|are the (reasons|causes|implications|"
                r"consequences|risks|prospects)|is the (reason|cause|impact|effect|significance|role|"
                r"argument|problem|outcome))|explain|describe)\b"),
    ("yesno", r"^(is|are|was|were|does|do|did|has|have|can|could|will|would|should)\b"),
]
_INSTRUCTION = re.compile(r"^(please\s+)?(write|compose|draft|generate|create|translate|sing|tell me a (joke|story)|"
                          r"make up|invent|imagine|pretend|summari[sz]e the (news|weather)|play|code|calculate)\b",
                          re.I)
_ASSERTIVE = re.compile(r"(,\s*(right|correct|true|yes|no)\s*\??$|\b(isn't|wasn't|aren't|weren't|didn't|doesn't|"
                        r"don't)\s+(it|they|he|she|that|there)\s*\??$|^(given|since|as|because) (that )?|"
                        r"^(is it|it is|is that|was it) (true|correct|right) that|^(confirm|verify) that)", re.I)
_UP = {"rise", "rose", "risen", "increas", "grow", "grew", "grown", "surg", "climb", "jump", "soar", "spike",
       "up", "higher", "more", "expand", "gain", "boost", "strengthen", "improv", "escal", "exacerb"}
_DOWN = {"fall", "fell", "fallen", "decreas", "declin", "drop", "shrink", "shrank", "lower", "less", "fewer",
         "reduc", "cut", "down", "plung", "slump", "weaken", "eas", "subsid", "diminish", "contract"}


_ADVICE = re.compile(r"\b(should|must|needs? to|ought to|has to|have to|recommend\w*|urges?|calls? for|"
                    r"it is (essential|vital|crucial|necessary)|shift (its|their) approach)\b", re.I)


def _direction_of(stems: list[str]) -> str | None:
    up = any(any(s.startswith(u) for u in _UP) for s in stems)
    down = any(any(s.startswith(d) for d in _DOWN) for s in stems)
    return "up" if up and not down else "down" if down and not up else None


def analyse(text: str) -> Question:
    lowered = text.lower()
    kind = "other"
    for name, pattern in _KINDS:
        if re.search(pattern, lowered):
            kind = name
            break
    all_words = words(text)
    if kind == "who" and re.match(r"(who|whom)\s+(is|was|are|were)\s+\S", lowered) \
            and any(w[:1].isupper() for w in all_words[2:]):
        kind = "describe"  # "Who is Dr. Rodriguez?" asks for a description, not a name
    stems = content_stems(text, QUESTION_WORDS)
    names = []
    for i, w in enumerate(all_words):
        # A capitalised word counts as a name unless it merely starts the question.
        if (w[:1].isupper() and i > 0 and w.lower() not in QUESTION_WORDS and w.lower() not in {"i", "us"}) \
                or (w.isupper() and len(w) > 1) or w[:1].isdigit():
            names.append(w)
    return Question(text=text, kind=kind, stems=stems, names=names, asserted_numbers=numbers(text),
                    advice=bool(re.search(r"\b(recommend\w*|suggest\w*|advis\w*|propos\w*|urg\w*|should|"
                                          r"must|calls? for|solution|what needs)\b", lowered)),
                    direction=_direction_of(stems), instruction=bool(_INSTRUCTION.search(text.strip())),
                    assertive=bool(_ASSERTIVE.search(text.strip())))


# ---------------------------------------------------------------- follow-ups

_PRONOUN = re.compile(r"\b(she|he|her|him|his|hers|they|them|their|it|its|this|that|these|those|there|"
                      r"the same|ones?)\b", re.I)
_FOLLOWUP_START = re.compile(r"^(and|but|also|so|what about|how about|and what about|what else|anything else|"
                             r"why|how come|then|ok|okay)\b", re.I)
_TITLES = {"Dr", "Mr", "Mrs", "Ms", "Prof", "President", "Secretary", "Minister", "General"}
_PERSON = re.compile(r"\b((?:Dr|Mr|Mrs|Ms|Prof|President|Secretary|Deputy Secretary|Minister|General)\.?\s+)?"
                     r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


@dataclass
class Resolved:
    question: str          # what is answered
    query: str             # what is retrieved
    context_stems: list[str] = field(default_factory=list)  # from the earlier turn, weighted lower
    followup: bool = False
    context_weight: float = 0.05
    previous_answer: str = ""


def resolve_followup(question: str, history: list[Turn]) -> Resolved:
    """Resolve pronouns and ellipsis against the last user question, without an LLM."""
    previous = next((t.content for t in reversed(history) if t.role == "user"), None)
    if not previous:
        return Resolved(question, question)
    q = analyse(question)
    short = len(q.stems) <= 2
    if not (_PRONOUN.search(question) or _FOLLOWUP_START.search(question.strip()) or short):
        return Resolved(question, question)
    earlier = analyse(previous)
    # Names from the earlier question, or else from the answer to it, stand in for the pronouns.
    last_answer = next((t.content for t in reversed(history) if t.role == "assistant"), "")
    people = [m.group(0) for m in _PERSON.finditer(previous)
              if m.group(1) or " " in m.group(2)]  # a title or a full name, not any capitalised word
    if not people:
        people = [m.group(0) for m in _ENTITY_PATTERNS["person"].finditer(last_answer)][:1]
    rewritten = question
    if re.search(r"\bones?\b", question, re.I) and earlier.stems:
        # "And the long-term ones?" after "What are the short-term prospects?"
        head = [w for w in words(previous) if w.lower() not in QUESTION_WORDS and w.lower() not in STOPWORDS]
        if head:
            rewritten = re.sub(r"\bones\b", head[-1], question, flags=re.I)
            rewritten = re.sub(r"\bone\b", head[-1], rewritten, flags=re.I)
    if people and re.search(r"\b(she|he|her|him|his|they|them|their)\b", question, re.I):
        # "Dr. Rodriguez", not "Dr. Isabel Rodriguez": the brief's later mentions are shorter.
        parts = people[-1].split()
        name = " ".join([parts[0], parts[-1]]) if len(parts) > 2 and parts[0].rstrip(".") in _TITLES else people[-1]
        rewritten = re.sub(r"\b(she|he|they)\b", name, rewritten, count=1, flags=re.I)
        rewritten = re.sub(r"\b(her|his|their)\b", name + "'s", rewritten, count=1, flags=re.I)
        rewritten = re.sub(r"\b(him|them)\b", name, rewritten, count=1, flags=re.I)
    context = [s for s in earlier.stems if s not in q.stems]
    if rewritten == question:
        query = question + " " + " ".join(w for w in words(previous) if w.lower() not in QUESTION_WORDS)
    else:
        query = rewritten
    # An unresolved "it"/"their" leans on the earlier topic; "and the long-term ones?" asks for
    # something other than what was already answered.
    referential = rewritten == question and re.search(r"\b(it|its|they|them|their|this|that|these|those)\b",
                                                      question, re.I)
    if referential:
        # "their weakness" after an answer naming the OAS and the IDB: the answer is the referent.
        context += [s for s in content_stems(last_answer) if s not in context and s not in q.stems]
    return Resolved(rewritten, query, context, followup=True, context_weight=0.3 if referential else 0.05,
                    previous_answer=last_answer)


# ---------------------------------------------------------------- sentence selection

@dataclass
class Candidate:
    doc_id: str
    passage: ScoredPassage
    start: int
    end: int
    text: str
    neighbours: str
    speaker: str = ""  # who said it, when the sentence is part of a quotation attributed next to it
    paragraph: str = ""
    score: float = 0.0
    coverage: float = 0.0
    dense: float = 0.0
    type_ok: bool = False
    context: float = 0.0  # how much of the earlier turn's topic it mentions (follow-ups)


_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|" \
                r"forty|fifty|hundred|thousand|several|a few|dozens?|hundreds|thousands|millions)"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Prof|President|Vice President|Deputy Secretary|Secretary|Minister|General|Senator|" \
         r"Ambassador|Governor|Mayor|Chancellor|Prime Minister|Director|Chief)"
_ENTITY_PATTERNS = {
    "date": re.compile(r"\b(1[6-9]\d\d|20\d\d)s?\b|\bQ[1-4]\b|\b(January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b|\b(\d+(?:[–-]\d+)?|" + _NUMBER_WORDS + r")\s*(months?|years?|weeks?|days?|decades?)"
                       r"\b|\b(quarter|decade|century)\b", re.I),
    "percent": re.compile(r"\d+(?:[.,]\d+)?\s*(%|percent\b|per cent\b)"),
    "money": re.compile(r"[$€£]\s?\d[\d,.]*(\s*(million|billion|thousand|bn|m)\b)?|\b\d[\d,.]*\s*(million|billion|"
                        r"thousand)?\s*(dollars|euros|pounds|USD|EUR)\b", re.I),
    "count": re.compile(r"(?<![\w.])\$?\d+(?:[.,]\d+)*(?![\d.,]|\s*(%|percent|per cent))(\s*(million|billion|thousand|"
                        r"tonnes|tons|people|migrants|MW|GW|MWh|GWh|km|kilometres|miles|litres|liters|dollars))?\b"),
    "person": re.compile(r"\b" + _TITLE + r"\.?\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|\b[A-Z][a-z]+\s+[A-Z][a-z]+"
                         r"(?=,\s+(?:a|an|the)\s)"),
    "org": re.compile(r"\b(?:[A-Z][\w’'-]*\s+){0,6}(?:Organi[sz]ation|Institute|Council|Bank|Office|Agency|Ministry|"
                      r"Department|Fund|Union|Association|Commission|Committee|Task Force|Authority|Corporation|"
                      r"University|Party|Government|Nations)\b|\(([A-Z]{2,6})\)"),
    "place": re.compile(r"\b(?:in|into|from|across|near|to|of|around|at)\s+(?:the\s+)?(?:neighbou?ring\s+|remote\s+)?"
                        r"([A-Z][\w’'-]+)"),
}
# "Who" is answered by a person or an organisation ("Who released the figures?").
_KIND_ENTITIES = {"money": ("money",), "count": ("count",), "number": ("percent", "count"), "date": ("date",), "person": ("person",),
                  "who": ("person", "org"), "org": ("org",), "place": ("place", "org"), "people": ("person",)}


def entities(text: str, kind: str) -> set[str]:
    """Mentions of the kind of thing a question asks for (a number, a date, a person, ...)."""
    found: set[str] = set()
    for name in _KIND_ENTITIES.get(kind, ()):
        for match in _ENTITY_PATTERNS[name].finditer(text):
            found.add((match.group(1) if name == "place" else match.group(0)).strip().lower())
    return found


def new_entities(question: Question, text: str) -> set[str]:
    """Entities of the asked-for kind that the question itself does not already mention."""
    asked = question.text.lower()
    out = set()
    for entity in entities(text, question.kind):
        tokens = [stem(w) for w in words(re.sub(_TITLE + r"\.?\s", "", entity, flags=re.I))]
        if entity in asked or (tokens and all(t in question.stems or t in asked for t in tokens)):
            continue
        out.add(entity)
    return out


def type_matches(question: Question, text: str) -> bool:
    if question.kind in _KIND_ENTITIES:
        return bool(new_entities(question, text))
    if question.kind == "list":
        return text.count(",") >= 2 or " and " in text
    return True


class IdfTable:
    """Inverse document frequency of stems over the passages of the index."""

    def __init__(self, texts: list[str]):
        df: dict[str, int] = {}
        for text in texts:
            for s in set(content_stems(text)):
                df[s] = df.get(s, 0) + 1
        self.df = df
        self.n = max(1, len(texts))

    def __call__(self, s: str) -> float:
        return math.log(1 + (self.n + 1) / (self.df.get(s, 0) + 0.5))

    def known(self, s: str) -> bool:
        return s in self.df


# "Peru"/"Peruvian", "Chile"/"Chilean", "Venezuela"/"Venezuelan": places and their adjectives.
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "vian", "ean", "ese", "ish", "i", "ic"})


def _related_stems(a: str, b: str) -> bool:
    """Stems of one word family: "long"/"longer", "migrat"/"migrant" (the stemmer misses some)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and (len(long_) - len(short) <= 2 or long_[len(short):] in _DEMONYM_ENDINGS):
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 5 and max(len(a), len(b)) - common <= 2


def coverage(terms: list[str], stems: set[str], idf: IdfTable) -> float:
    if not terms:
        return 0.0
    total = sum(idf(t) for t in terms)
    hit = sum(idf(t) for t in terms if t in stems or any(_related_stems(t, s) for s in stems))
    return hit / total


def candidates(passages: list[ScoredPassage], documents: dict[str, Document]) -> list[Candidate]:
    """The sentences of the retrieved passages, each once, with its neighbours in the paragraph."""
    seen: set[tuple[str, int]] = set()
    out: list[Candidate] = []
    for sp in passages:
        p = sp.passage
        doc = documents[p.doc_id]
        # Neighbours come from the whole paragraph, which may reach beyond the passage.
        para_start = doc.text.rfind("\n\n", 0, p.start) + 1
        para_end = doc.text.find("\n\n", p.end)
        spans = sentence_spans(doc.text, para_start, len(doc.text) if para_end < 0 else para_end)
        for i, span in enumerate(spans):
            if span.start < p.start or span.end > p.end or (p.doc_id, span.start) in seen:
                continue
            seen.add((p.doc_id, span.start))
            sentence = doc.text[span.start:span.end]
            # A title or heading: a short line of its own without closing punctuation.
            heading = (sentence[-1:] not in ".!?:;\"”'’)" and len(words(sentence)) <= 20
                       and doc.text[span.end:span.end + 1] in ("\n", "")
                       and (span.start == 0 or doc.text[span.start - 1] == "\n"))
            if len(words(sentence)) < 4 or heading:
                continue  # headings, titles and fragments make poor answers
            left = doc.text[spans[i - 1].start:spans[i - 1].end] if i > 0 else ""
            right = doc.text[spans[i + 1].start:spans[i + 1].end] if i + 1 < len(spans) else ""
            speaker = ""
            if sentence[:1] in "\"“" and not _ATTRIBUTION.search(sentence):
                said = _SPEAKER.search(left) or _SPEAKER.search(right)
                speaker = said.group(1) if said else ""
            paragraph = doc.text[doc.text.rfind("\n\n", 0, span.start) + 1:
                                 (doc.text.find("\n\n", span.end) + 1 or len(doc.text) + 1) - 1]
            out.append(Candidate(p.doc_id, sp, span.start, span.end, sentence, left + " " + right, speaker,
                                 paragraph))
    return out


@dataclass
class Selection:
    chosen: list[Candidate]
    confidence: float
    all: list[Candidate]
    missing_names: list[str]
    premise_conflict: bool
    typed_ok: bool = True


def score_candidates(question: Question, resolved: Resolved, cands: list[Candidate], vectors: np.ndarray,
                     query_vector: np.ndarray, idf: IdfTable) -> None:
    dense = vectors @ query_vector if len(cands) else np.zeros(0)
    top_passage = max((c.passage.score for c in cands), default=1.0) or 1.0
    for c, d in zip(cands, dense):
        # Words in a quotation count for its speaker, except when asking who the speaker is.
        own = set(content_stems(c.text if question.kind == "describe" else c.text + " " + c.speaker))
        near = set(content_stems(c.neighbours))
        c.dense = float(d)
        c.coverage = coverage(question.stems, own, idf)
        near_cov = coverage(question.stems, own | near, idf)
        ctx = coverage(resolved.context_stems, own | near, idf) if resolved.context_stems else 0.0
        c.context = ctx
        c.type_ok = type_matches(question, c.text)
        c.score = (0.45 * c.dense + 0.35 * c.coverage + 0.1 * near_cov + resolved.context_weight * ctx
                   + 0.05 * (c.passage.score / top_passage) + (0.08 if c.type_ok else 0.0))
        if question.advice and _ADVICE.search(c.text):
            c.score += 0.15  # "what does she recommend?" is answered by a should/must/needs-to sentence
        if resolved.previous_answer and c.text in resolved.previous_answer:
            c.score -= 0.1  # a follow-up wants something beyond what was just said


_ANNOUNCES = re.compile(r"(:\s*$|\b(several|following|various|a number of|two|three|four|five)\s+(\w+\s+)?"
                        r"(scenarios|options|ways|outcomes|steps|measures|reasons|factors|points|possibilities|paths|"
                        r"risks|lessons|recommendations)\b)", re.I)
_SPEAKER = re.compile(r"[”\"’']\s*,?\s*(?:argues|notes|says|said|concludes|adds|warns|explains|writes|observes)"
                      r"\s+((?:[A-Z][\w.]*\s+){0,3}[A-Z][\w’'-]+)")
_ATTRIBUTION = re.compile(r"[”\"’']\s*,?\s*(argues|notes|says|said|concludes|adds|warns|explains|writes|"
                          r"observes|told|according to)\b", re.I)


def _mentions(name: str, text: str, stems: set[str]) -> bool:
    """A name counts as mentioned when it, its stem, or a longer form ("Peru" in "Peruvian") occurs."""
    key = stem(name)
    return re.search(r"\b" + re.escape(name.lower()) + r"\b", text) is not None or key in stems or (len(key) >= 4 and any(s.startswith(key) for s in stems)) \
        or any(len(s) >= 5 and key.startswith(s) for s in stems)


def select(question: Question, resolved: Resolved, cands: list[Candidate], max_sentences: int) -> Selection:
    ranked = sorted(cands, key=lambda c: -c.score)
    if not ranked:
        return Selection([], 0.0, [], question.names, False, False)
    if resolved.context_weight >= 0.3:
        # "What's their weakness?": the answer must be about what "their" points back to.
        about = [c for c in ranked if c.context >= 0.25]
        if about:
            ranked = about + [c for c in ranked if c.context < 0.25]
    best = ranked[0]
    if question.kind in _KIND_ENTITIES:
        # A typed question is answered by the best sentence that names a new thing of that type.
        typed = [c for c in ranked if c.type_ok and c.score >= 0.8 * ranked[0].score]
        if typed:
            best = typed[0]
    chosen = [best]
    limit = {"explain": max_sentences, "list": max_sentences, "other": 2, "yesno": 2, "describe": 2}.get(
        question.kind, 1)
    if question.kind == "people":
        # One sentence per person named, best first.
        names = {e.split()[-1] for e in new_entities(question, best.text)}
        for c in ranked:
            if len(chosen) >= max_sentences:
                break
            found = {e.split()[-1] for e in new_entities(question, c.text)} - names
            if c is not best and c.type_ok and found and c.score >= 0.5 * best.score:
                chosen.append(c)
                names |= found
    covered = set(content_stems(best.text))
    for c in ranked:
        if len(chosen) >= limit or c is best:
            continue
        own = set(content_stems(c.text))
        new_terms = [t for t in question.stems if t in own and t not in covered]
        follows = c.doc_id == best.doc_id and 0 < c.start - best.end <= 3 and len(words(best.text)) < 25
        close = c.score >= best.score * (0.85 if question.kind in {"explain", "list"} else 0.92)
        # A further sentence must be nearly as good and add something the first ones lack, or
        # continue a short opening sentence ("... several possible scenarios.").
        if (close and (new_terms or question.kind in {"explain", "list"}) and c.dense > 0.3) or \
                (follows and question.kind in {"explain", "list", "other", "describe"} and c.score >= 0.6 * best.score):
            if len(own & covered) / max(1, len(own)) < 0.7:
                chosen.append(c)
                covered |= own
    if question.kind in {"list", "explain", "other"} and _ANNOUNCES.search(best.text) and len(words(best.text)) < 20:
        # "... could yield several possible scenarios." The answer is in what follows.
        following = sorted((c for c in cands if c.doc_id == best.doc_id and c.start > best.end
                            and c.start - best.end < 600), key=lambda c: c.start)
        if following:
            chosen = following[:max_sentences]
            best = chosen[0]
    if question.kind in {"explain", "other", "list", "describe"} and len(chosen) < limit + 1:
        # A quotation that runs on into the next sentence is one statement.
        for c in ranked:
            if c.doc_id == best.doc_id and 0 < c.start - best.end <= 3 and c not in chosen \
                    and c.text[:1] in "\"“'‘" and _ATTRIBUTION.search(best.text):
                chosen.append(c)
    chosen.sort(key=lambda c: (c is not best, c.doc_id, c.start))
    # Names and numbers the question relies on must occur in the paragraphs the answer comes
    # from: a question about something else is not answered from these.
    support_text = " ".join(dict.fromkeys(c.paragraph for c in chosen)).lower()
    support_stems = set(content_stems(support_text))
    missing = [n for n in question.names
               if not _mentions(n, support_text, support_stems) and n not in question.asserted_numbers]
    conflict = _premise_conflict(question, chosen)
    typed_ok = question.kind not in _KIND_ENTITIES or best.type_ok
    return Selection(chosen, best.score, ranked, missing, conflict, typed_ok)


def _premise_conflict(question: Question, chosen: list[Candidate]) -> bool:
    """True when the question asserts a number or direction that the evidence contradicts."""
    text = " ".join(c.text for c in chosen)
    evidence_numbers = numbers(text)
    if question.asserted_numbers and evidence_numbers and not question.asserted_numbers & evidence_numbers:
        return True
    if question.direction:
        evidence_direction = _direction_of(content_stems(text))
        if evidence_direction and evidence_direction != question.direction:
            return True
    return False
