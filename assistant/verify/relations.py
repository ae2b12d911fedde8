"""Relation slots: "directed by X" in a claim must find X in the passage's "directed by ..." slot.

Word overlap cannot tell "directed by Robert Zemeckis and written by Neil Gaiman" from "directed by
Neil Gaiman": every word is there. What differs is which name fills the slot a relation opens.
A claim's (or a short answer's) "<relation word> <preposition> <Name>" is checked against every
place the passage states the same relation: the slot runs from the preposition to the next
relation of the same kind ("... and written by") or the end of the sentence. When the passage
states the relation but never with the claim's name in its slot, the claim binds the name to the
wrong relation. When the passage never states the relation, nothing is concluded.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.verify import lexicon as lx
from assistant.verify.text import Term, acronyms, fold_accents, parse, split_sentences, word_key

# Prepositions that open a slot for a name after a relation word ("directed by", "known for").
SLOT_PREPOSITIONS = {"by", "for", "after", "as", "from", "in", "at", "with"}
# How many words may stand between the preposition and the name in the claim ("known for his opera X").
NAME_REACH = 3
_WH = {"who", "whom", "what", "which"}
# Verbs the judge otherwise treats as grammar ("said", "written") but that name a relation here.
_ATTRIBUTION = {"written", "wrote", "described", "called", "found", "founded", "shown", "presented", "made",
                "taken", "kept"}
# Verbs whose active form "X directed Y" states what the passive slot "directed by X" does: the
# "by" of these names the maker or doer, never a bystander ("well received by critics").
_ACTIVE = {"directed": "directed", "wrote": "written", "produced": "produced", "composed": "composed",
           "founded": "founded", "created": "created", "designed": "designed", "invented": "invented",
           "painted": "painted", "built": "built", "discovered": "discovered", "developed": "developed",
           "published": "published", "illustrated": "illustrated", "edited": "edited",
           "established": "established", "sang": "sung", "performed": "performed", "narrated": "narrated",
           "hosted": "hosted", "coached": "coached", "owned": "owned", "assassinated": "assassinated",
           "authored": "authored", "co-wrote": "co-written", "co-founded": "co-founded"}
# Words, and the punctuation that ends a name ("Paris, France" names Paris first).
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|[,;:()]")


@dataclass
class Binding:
    relation: str      # "directed by"
    name: str          # the name the claim puts in the slot
    bound: bool        # the passage has the name in that relation's slot somewhere


def _tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def _is_relation_word(token: str) -> bool:
    """A lower-case content word: "directed", "written", "school" (attribution verbs count here)."""
    return token.isalpha() and token.islower() and (token not in lx.FUNCTION_WORDS or token in _ATTRIBUTION)


_ADJECTIVE_ENDS = ("ian", "ean", "ese", "ish", "ic")


_CLAUSE_WORDS = {"where", "which", "who", "whom", "whose", "that", "when", "while", "after", "before", "because",
                 "since", "until", "as", "if"}


def _claim_slots(tokens: list[str]) -> list[tuple[str, str, str]]:
    """(relation word, preposition, name) for each slot a claim fills with a name."""
    slots = []
    for i in range(len(tokens) - 2):
        word, prep = tokens[i], tokens[i + 1]
        if prep not in SLOT_PREPOSITIONS or not _is_relation_word(word):
            continue
        for j in range(i + 2, min(len(tokens), i + 3 + NAME_REACH)):
            token = tokens[j]
            if token[:1].isupper() and token.lower() not in lx.FUNCTION_WORDS:
                name = _name_at(tokens, j)
                after = j + len(name.split())
                # "trust in the Peruvian state": an adjective of a name describes the noun that fills the slot.
                adjective = " " not in name and (name.lower() in lx.NATION_OF or name.lower().endswith(_ADJECTIVE_ENDS))
                if not (adjective and after < len(tokens) and tokens[after].isalpha() and tokens[after].islower()
                        and tokens[after] not in lx.GRAMMAR_WORDS):
                    # "crossings of migrants from Peru": the place may be where the crossings start, so
                    # either noun's slot in the passages ("migrant crossings from Peru") binds it.
                    head = tokens[i - 2].lower() if i >= 2 and tokens[i - 1] == "of" and _is_relation_word(
                        tokens[i - 2] if i > 2 else tokens[i - 2].lower()) else None
                    slots.append((f"{head}|{word.lower()}" if head else word.lower(), prep, name))
                break
            # "figures in the streets where North Hallam council ...": a clause of its own begins.
            if token in SLOT_PREPOSITIONS or token.lower() in _CLAUSE_WORDS \
                    or not (token.islower() or token.lower() in lx.FUNCTION_WORDS):
                break
    return slots


def _active_slots(tokens: list[str]) -> list[tuple[str, str, str]]:
    """("directed", "by", "Neil Gaiman") for "Neil Gaiman directed Beowulf"."""
    slots = []
    for i in range(1, len(tokens)):
        participle = _ACTIVE.get(tokens[i])
        if not participle or not tokens[i - 1][:1].isupper():
            continue
        start = i - 1
        while start > 0 and tokens[start - 1][:1].isupper():
            start -= 1
        words = [w for w in tokens[start:i] if w.lower() not in lx.FUNCTION_WORDS]
        if words:
            slots.append((participle, "by", " ".join(words)))
    return slots


def _name_at(tokens: list[str], start: int) -> str:
    """The run of capitalised words from `start`: "Neil Gaiman"."""
    end = start + 1
    while end < len(tokens) and tokens[end][:1].isupper():
        end += 1
    return " ".join(tokens[start:end])


def _word(token: str) -> str:
    return re.sub(r"['’]s$", "", token.lower())


def _answer_slot(answer: str, question: str) -> list[tuple[str, str, str]]:
    """A short answer fills the slot a question ends on: "... directed by who?" + "Neil Gaiman".

    Only a bare wh-word at the end counts: "a school in what county?" may ask one hop further
    than the passage's "school in <town>".
    """
    q = _tokens(question)
    a = [t for t in _tokens(answer) if t[0].isalnum() and t.lower() not in lx.FUNCTION_WORDS]
    if len(q) < 3 or q[-1].lower() not in _WH or not a:
        return []
    word, prep = q[-3], q[-2]
    return [(word.lower(), prep, " ".join(a))] if prep in SLOT_PREPOSITIONS and _is_relation_word(word) else []


# Other ways to open the same slot: "the government under President Vargas" is "led by" him.
SAME_SLOTS = {("led", "by"): [("headed", "by"), ("chaired", "by"), ("run", "by"), ("", "under")],
              ("headed", "by"): [("led", "by"), ("", "under")]}


def _slot_fillers(passage: str, word: str, prep: str) -> list[list[str]]:
    """The words of every slot the passage opens with "<word> <prep>" (or a form that says the same)."""
    fillers = []
    forms = [(word, prep), *SAME_SLOTS.get((word, prep), [])]
    for start, end in split_sentences(passage):
        tokens = _tokens(passage[start:end])
        for i in range(len(tokens) - 1):
            opened = next(((w, p) for w, p in forms if (tokens[i].lower() == w and tokens[i + 1] == p)
                           or (not w and tokens[i + 1] == p)), None)
            if opened is None or _clock_time_at(tokens, i + 2):
                continue   # "opening six nets at 06:10" says when, not where the nets are
            slot, raw = [], []
            for j in range(i + 2, len(tokens)):
                # "... and written by": another relation of the same kind closes this slot.
                if tokens[j] == opened[1] and tokens[j - 1].isalpha() and tokens[j - 1].islower():
                    break
                slot.append(_word(tokens[j]))
                raw.append(tokens[j])
            # "the European Union" in the slot is "the EU" in the claim.
            fillers.append(slot + [key[4:].lower() for key in acronyms(" ".join(raw))])
    return fillers


def _clock_time_at(tokens: list[str], start: int) -> bool:
    """A time of day opens the slot: "06:10", "7am", "7.45am" (as "7", "45am"), "noon"."""
    if start >= len(tokens):
        return False
    said = " ".join(tokens[start:start + 3]).lower()
    return re.match(r"(?:noon|midday|midnight)\b|\d{1,2}(?:am|pm)\b|\d{1,2} (?:: \d\d\b|(?:\d\d ?)?(?:am|pm)\b)",
                    said) is not None


def check_bindings(claim: str, passages: list[str], question: str | None, short: bool) -> list[Binding]:
    """The claim's relation slots that the passages state; `bound` says whether the name fits one."""
    tokens = _tokens(claim)
    slots = _answer_slot(claim, question) if short and question else _claim_slots(tokens) + _active_slots(tokens)
    found = []
    for word, prep, name in slots:
        fillers = [f for p in passages for noun in word.split("|") for f in _slot_fillers(p, noun, prep)]
        if fillers:
            words = {_word(w) for w in name.split()}
            bound = any(words <= set(f) for f in fillers) or _nation_before(name, word, prep, passages) \
                or _kind_again(name, fillers, passages) or _capital_for(name, fillers)
            found.append(Binding(f"{word.split('|')[-1]} {prep}", name, bound))
    return found


def _capital_for(name: str, fillers: list[list[str]]) -> bool:
    """"a critical test for Washington" where the passage has "a critical test for the United States":
    a capital stands for its country's government."""
    capital = re.sub(r"['’]s$", "", name.lower())
    forms = {form[4:].lower() if form.startswith("acr:") else form for form in lx.CAPITAL_OF.get(capital, ())}
    return any(forms & set(filler) for filler in fillers)


_KINDS = set("team club company firm council party union museum school hospital trust charity band group".split())


def _kind_again(name: str, fillers: list[list[str]], passages: list[str]) -> bool:
    """"last month with Ashworth 19th" where the passage has "with the team 19th" and opened on
    Ashworth Rovers: the slot names again, by its kind, what the story opened on."""
    if not any(len(f) > 1 and f[0] == "the" and f[1] in _KINDS for f in fillers):
        return False
    words = set(name.split())
    return any(words <= set(_tokens(p[slice(*split_sentences(p)[0])])) for p in passages if p.strip())


def _nation_before(name: str, word: str, prep: str, passages: list[str]) -> bool:
    """"officials in Peru" or "officials from Peru" is what the passage says as "Peruvian officials"."""
    lower = name.lower()
    if prep not in ("in", "from") or " " in name:
        return False
    forms = lx.NATION_OF.get(lower, frozenset())
    nouns = {word_key(noun) for noun in word.split("|")}
    for passage in passages:
        tokens = _tokens(passage)
        for i in range(len(tokens) - 1):
            adjective = tokens[i].lower()
            if tokens[i][:1].isupper() and word_key(tokens[i + 1].lower()) in nouns and (
                    adjective in forms or adjective.startswith(lower) and adjective.endswith((*_ADJECTIVE_ENDS, "an"))):
                return True
    return False


# Where one fact ends and the next begins inside a sentence: "rose by 22%, while ... rose by 37%".
# A comma between digits ("£28,500") groups thousands; it ends no clause.
_CLAUSE_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:()]|\s[–—-]\s|\b(?:while|whereas|but|and|compared|versus|vs|coupled|"
                        r"alongside|against|than)\b", re.IGNORECASE)


_AUXILIARIES = set("is are was were has have had will would can could may might should shall must did does do".split())


@dataclass
class _Clause:
    numbers: dict[str, str]   # key -> surface
    words: set[str]
    moves: frozenset[str] = frozenset()   # its words of direction, which a swap may carry along
    sentence: int = 0


# "Data released by the UN's office indicates ...", "The UN office's figures show ...": a source that
# opens the sentence reports all its facts, so it is no word of the first one.
_SOURCE_OPENING_RE = re.compile(r"^[^,;:]{0,120}?\b(?:show|shows|showed|indicate|indicates|indicated|suggest|"
                                r"suggests|suggested|reveal|reveals|revealed)\b(?:\s+that\b)?", re.IGNORECASE)


def _clauses(text: str) -> list[_Clause]:
    clauses = []
    for index, (start, end) in enumerate(split_sentences(text)):
        sentence = text[start:end]
        source = _SOURCE_OPENING_RE.match(sentence)
        if source and any(ch.isdigit() for ch in sentence[source.end():]):
            sentence = sentence[source.end():]
        before: set[str] = set()   # the words of the sentence's opening pieces, before any number
        numbered = False
        for piece in _CLAUSE_RE.split(sentence):
            if not piece or not piece.strip():
                continue
            terms = parse(piece).terms
            numbers = {t.key: t.surface for t in terms if t.kind == "number"}
            words = {t.key for t in terms if t.kind != "number"}
            if numbers:
                # A clause's direction and its names' acronyms tell its fact too: "slipped" goes with
                # "dropped", "the EU" with "the European Union".
                poles = {f"pole:{axis}{sign}" for t in terms if not t.negated for axis, sign in t.poles.items()}
                # A clause that opens on its verb has the subject before it: "The teachers' union, led by
                # Aaron Pike, had demanded 10 percent" gives the 10 percent to the union.
                opening = piece.split()[0].lower()
                subject = before if opening in _AUXILIARIES else set()
                moves = frozenset(t.key for t in terms if t.poles) | poles
                clauses.append(_Clause(numbers, words | subject | poles | acronyms(piece), moves, index))
                numbered = True
            elif not numbered:
                before |= words
    return clauses


def swapped_numbers(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(a, b) when the claim gives a and b to each other's facts: "crossings rose by 22% while
    insurgent activity rose by 37%" where the passage has crossings at 37% and activity at 22%.

    Both numbers are in the passage, so the number check passes; what is wrong is which words
    each number goes with. A swap is concluded only when each of the claim's two clauses shares
    more words with the passage clause holding the other number than with the one holding its own.
    """
    mine = _clauses(claim)
    if len(mine) < 2:
        return None
    theirs = [c for p in passages for c in _clauses(p)]

    def overlap(words: set[str], number: str, moved: bool) -> int:
        return max((len(words & (c.words - c.moves if moved else c.words)) for c in theirs if number in c.numbers),
                   default=-1)

    for i, first in enumerate(mine):
        for second in mine[i + 1:]:
            # A number both clauses give ("in Q3 2025") says nothing about which fact is whose.
            for a, surface_a in first.numbers.items():
                for b, surface_b in second.numbers.items():
                    if a == b or a in second.numbers or b in first.numbers:
                        continue
                    # "flat prices rose 4.0% while detached homes fell 1.1%" where flats fell 1.1% and
                    # detached homes rose 4.0%: the directions went along with the numbers, so the
                    # things named tell the swap on their own.
                    for moved in (False, True):
                        own = (overlap(first.words, a, moved), overlap(second.words, b, moved))
                        crossed = (overlap(first.words, b, moved), overlap(second.words, a, moved))
                        if min(own) >= 0 and crossed[0] > own[0] and crossed[1] > own[1]:
                            return surface_a, surface_b
    return None


_TIME_KEYS = {word_key(w) for w in "year years month months week weeks day days quarter previous last "
              "earlier before ago since".split()}
_YEAR_KEY_RE = re.compile(r"num:(?:1[5-9]|20)\d\ds?")


def misattached_number(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's figure, the figure the passage gives that fact) when a claim of one clause gives its
    figure to the fact beside it in the passage's sentence: "reported insurgent activity rose by 37%"
    where the passage has "a 37% increase in migrant crossings ..., coupled with a 22% rise in reported
    insurgent activity". Concluded only when the claim's words are (two or more of) the other clause's
    and not the own clause's."""
    mine = _clauses(claim)
    if len(mine) != 1:
        return None
    words = {w for w in mine[0].words - mine[0].moves if not w.startswith("pole:")}
    theirs = [c for p in passages for c in _clauses(p)]
    for key, surface in mine[0].numbers.items():
        if not key.startswith("num:") or _YEAR_KEY_RE.fullmatch(key):
            continue
        holding = [c for c in theirs if key in c.numbers]
        if len(holding) != 1:
            continue
        own = holding[0]
        own_share = len(words & own.words)
        for other in theirs:
            figures = [k for k in other.numbers if k.startswith("num:") and not _YEAR_KEY_RE.fullmatch(k)]
            if other is own or other.sentence != own.sentence or not figures or any(
                    k in mine[0].numbers for k in figures):
                continue
            shared = (words & other.words) - own.words
            # The own clause names a thing of its own ("migrant crossings from Peru into Chile"), not
            # only the figure's time or unit ("up 17 per cent on 2023" goes on about the fact before it).
            named = {w for w in own.words - own.moves - other.words if not w.startswith("pole:")
                     and w not in _TIME_KEYS}
            if len(shared) >= 2 and own_share == 0 and len(named) >= 2:
                return surface, other.numbers[figures[0]]
    return None


_CONTRAST_RE = re.compile(r";|\s[–—-]\s|\b(?:while|whereas|but)\b", re.IGNORECASE)


def _named_pieces(text: str) -> list[tuple[int, set[str], set[str]]]:
    """(sentence index, figure keys, name keys) of each piece of the text between clause breaks."""
    pieces = []
    for index, (start, end) in enumerate(split_sentences(text)):
        for piece in _CONTRAST_RE.split(text[start:end]):
            if piece and piece.strip():
                terms = parse(piece).terms
                pieces.append((index, {t.key for t in terms if t.kind == "number"},
                               {t.key for t in terms if t.kind == "name"}))
    return pieces


def borrowed_figure(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(name, figure) when the claim gives a name the figure of another clause of the same sentence:
    "Harlow Cross recorded the largest rise, at 24%" where "Seabright recorded the largest increase,
    24%, while inland Harlow Cross saw stays fall by 3%". The name must appear in that one other
    clause only, one with a figure of its own, and the claim must not name the figure's own clause."""
    # A name in a sentence's first clause may frame all of it ("Rents in Carrow fell 2.3%, while ..."); one in
    # a later clause is that clause's own.
    theirs = [(p, i, piece) for p, passage in enumerate(passages) for i, piece in enumerate(_named_pieces(passage))]
    terms = parse(claim).terms
    for _, figures, names in _named_pieces(claim):
        for figure in figures:
            holders = [(p, i, piece) for p, i, piece in theirs if figure in piece[1]]
            if not holders or any(names & piece[2] for _, _, piece in holders):
                continue
            for name in names:
                homes = [(p, i, piece) for p, i, piece in theirs if name in piece[2]]
                if len(homes) != 1 or not homes[0][2][1] or figure in homes[0][2][1]:
                    continue
                p, i, (sentence, _, _) = homes[0]
                if any(hp == p and hi < i and piece[0] == sentence for hp, hi, piece in holders):
                    surface = next(t.surface for t in terms if t.key == name)
                    run = re.search(rf"(?:[A-Z][\w'’\-]*\s+)*{re.escape(surface)}(?:\s+[A-Z][\w'’\-]*)*", claim)
                    return run.group(0) if run else surface, next(t.surface for t in terms if t.key == figure)
    return None


_SKIP = {"the", "a", "an"}
# Between two names, these make them a pair whose order carries nothing: "Peru and Chile".
_PAIRING = {"and", "or", "nor", ",", "&", "between", "both", "with", "the"}


def _name_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words (an opening "Migrant" too: it only matters
    when the other side has the same word as a name)."""
    spans, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        if token[:1].isupper() and (token.lower() not in lx.FUNCTION_WORDS or len(token) >= 2 and token.isupper()):
            j = i + 1
            while j < len(tokens) and tokens[j][:1].isupper():
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _context(tokens: list[str], start: int, end: int) -> tuple[str, str]:
    before = start - 1
    while before >= 0 and tokens[before].lower() in _SKIP:
        before -= 1
    return (tokens[before].lower() if before >= 0 else "^", tokens[end].lower() if end < len(tokens) else "$")


def _same_name(a: str, b: str) -> bool:
    """One name, allowing the adjective for a country's people ("Peru"/"Peruvian", "US"/"American")."""
    a, b = a.lower(), b.lower()
    if a == b or lx.NATION_OF.get(f"acr:{a.upper()}", lx.NATION_OF.get(a, frozenset())) & \
            lx.NATION_OF.get(f"acr:{b.upper()}", lx.NATION_OF.get(b, frozenset())):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short)


def _called(name: list[str], passage: str) -> list[str]:
    """What the passage calls the person the claim names in full: the surname, and the first name too
    when the passage gives the full name and no one else of that first name ("Sue Harrop and ...
    Sue ringed 38 blue tits")."""
    if len(name) < 2 or not name[0].isalpha() or name[0].lower() in lx.FUNCTION_WORDS:
        return [name[-1]]
    first, last = name[0], name[-1]
    full = re.search(rf"\b{re.escape(first)}\s+{re.escape(last)}\b", passage)
    others = [m.group(1) for m in re.finditer(rf"\b{re.escape(first)}\s+([A-Z][\w'’\-]*)", passage)
              if m.group(1) != last]
    return [last, first] if full and not others else [last]


def _by_verb(tokens: list[str], start: int) -> str | None:
    """The stem of the verb whose "by" introduces the name at `start` ("championed by the US"), if any."""
    before = start - 1
    while before >= 0 and tokens[before].lower() in _SKIP:
        before -= 1
    if before >= 1 and tokens[before].lower() == "by":
        return lx.stem(tokens[before - 1].lower())
    return None


_PAY_OWNER_RE = re.compile(r"\b(pay|pays|paid|paying|cover|covers|covered|covering|meet|meets|met)\s+"
                           r"((?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)['’]s?\s+([£$€]\s?[\d,.]+(?:\s?(?:m|bn|k|million|billion))?\s+)?"
                           r"(costs|legal\s+costs|fees|bills?|wages|debts?|fines?)\b")


def swapped_names(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(a, b) when the claim puts two names in each other's places in one passage sentence: "Peru
    will deepen its partnerships ... influence over US decision-making" from "The US will deepen
    its partnerships ... influence over Peruvian decision-making". Each name must sit where the
    passage has the other one (the word before or after it), and nowhere the passage has itself.
    "X was ordered to pay Lyle's £3,200 costs" pays them to Lyle.
    """
    claim = _PAY_OWNER_RE.sub(lambda m: f"{m.group(1)} {m.group(3) or ''}{m.group(4)} to {m.group(2)}", claim)
    tokens = _tokens(claim)
    spans = _name_spans(tokens)
    for x, (s1, e1) in enumerate(spans):
        for s2, e2 in spans[x + 1:]:
            if all(t.lower() in _PAIRING for t in tokens[e1:s2]) or [t.lower() for t in tokens[e1:s2]] == ["of"]:
                continue   # "Ms Blake of HR" says where she works, in no one's place
            a, b = tokens[e1 - 1], tokens[e2 - 1]
            if _same_name(a, b):
                continue
            for passage in passages:
                called = {a: _called(tokens[s1:e1], passage), b: _called(tokens[s2:e2], passage)}
                for start, end in split_sentences(passage):
                    sentence = _tokens(passage[start:end])
                    places = {a: [], b: []}
                    agents = set()   # the verbs whose "by" introduces one of the two names here
                    for ps, pe in _name_spans(sentence):
                        for name in (a, b):
                            if any(_same_name(alias, part) for alias in called[name]
                                   for word in sentence[ps:pe] for part in word.split("-")):
                                places[name].append(_context(sentence, ps, pe))
                                agents |= {_by_verb(sentence, ps)} - {None}
                    if not places[a] or not places[b]:
                        continue

                    def fits(context: tuple[str, str], where: list[tuple[str, str]]) -> bool:
                        # The start of the sentence is a place too: the subject's. A comma is no place:
                        # "Vargas's government in Peru, and" and "President Mateo Vargas, and" share none.
                        return any(context[0] == w[0] and (w[0] == "^" or w[0][:1].isalnum())
                                   or context[1] == w[1] and w[1][:1].isalnum() for w in where)

                    ca, cb = _context(tokens, s1, e1), _context(tokens, s2, e2)
                    claimed = {_by_verb(tokens, s1), _by_verb(tokens, s2)} - {None}
                    if claimed != agents:
                        # "X was approved by Y" for "Y approved X", "Y backed X" for "X, ... championed by
                        # Y": the other voice, or another verb's agent, puts the names the other way round.
                        continue
                    if fits(ca, places[b]) and not fits(ca, places[a]) and \
                            fits(cb, places[a]) and not fits(cb, places[b]):
                        return " ".join(tokens[s1:e1]), " ".join(tokens[s2:e2])
    return None


# A change of course, as (what is left, what is taken up): "shift from X to Y", "abandon X in
# favour of Y", "move away from X toward Y", "Y rather than X".
_CHANGE_RES = [
    re.compile(r"\b(?:abandon\w*|drop\w*|replac\w*|(?:mov|shift|turn)\w* away from)\s+(?P<src>[^,;.]+?)\s+"
               r"(?:in favou?r of|with|toward\w*|for)\s+(?P<dst>[^,;.]+)", re.IGNORECASE),
    re.compile(r"\bfrom\s+(?P<src>[^,;.]+?)\s+(?:to|into|toward\w*)\s+(?P<dst>[^,;.]+)", re.IGNORECASE),
    re.compile(r"(?P<dst>[^,;.]+?)\s+(?:rather than|instead of)\s+(?P<src>[^,;.]+)", re.IGNORECASE),
]


def _changes(text: str) -> list[tuple[set[str], set[str], str, str]]:
    found = []
    for pattern in _CHANGE_RES:
        for match in pattern.finditer(text):
            src, dst = (match.group(g).strip() for g in ("src", "dst"))
            keys = [{t.key for t in parse(x).terms if t.kind == "word"} | {p for t in parse(x).terms for p in t.parts}
                    for x in (src, dst)]
            if keys[0] and keys[1]:
                found.append((keys[0], keys[1], src, dst))
    return found


def reversed_change(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(from, to) as the passage has them when the claim turns a change of course round: "abandon
    its collaborative approach in favour of top-down measures" from "shift from a top-down
    imposition of security measures to a collaborative strategy"."""
    claimed = _changes(claim)
    if not claimed:
        return None
    for passage in passages:
        for p_src, p_dst, src_text, dst_text in _changes(passage):
            for c_src, c_dst, _, _ in claimed:
                if len(c_src & p_dst) > len(c_src & p_src) and len(c_dst & p_src) > len(c_dst & p_dst):
                    return src_text, dst_text
    return None


# Cause and effect. After a cause: "X led to Y", "X, leading to Y", "X gave rise to Y". After an effect:
# "Y was caused by X", "Y, fueled by X", "Y because of X". "Because X, Y" opens on the cause.
_CAUSES = r"(?:led|leads|lead|leading)\s+to|(?:resulted|results|resulting)\s+in|caused|causes|causing|" \
          r"(?:gave|give|gives|giving)\s+rise\s+to|triggered|triggers|triggering|sparked|sparks|sparking|" \
          r"(?:contributed|contributes|contributing)\s+to|brought\s+about|spurred|spurs|breeds|bred|breeding"
_CAUSED_BY = r"(?:caused|triggered|sparked|prompted|driven|fuel(?:l)?ed|spurred|brought\s+about|bred)\s+by|" \
             r"due\s+to|because\s+of|because|as\s+a\s+result\s+of|(?:stemming|stemmed|stems|resulting|resulted|" \
             r"results)\s+from|owing\s+to"
_CAUSES_RE = re.compile(rf"\b(?:{_CAUSES})\b", re.IGNORECASE)
_CAUSED_BY_RE = re.compile(rf"\b(?:{_CAUSED_BY})\b", re.IGNORECASE)
_BECAUSE_OPENING_RE = re.compile(r"^\W*(?:Because(?!\s+of)|As\s+a\s+result\s+of|Due\s+to|Owing\s+to)\s+(?P<cause>[^,]+),"
                                 r"(?P<effect>.+)$", re.IGNORECASE)


def _causal(text: str) -> list[tuple[set[str], set[str]]]:
    """(cause keys, effect keys) of each cause a sentence gives; a side runs to the sentence's end or a
    semicolon, and the words before the causing verb are all the cause."""
    found = []
    for start, end in split_sentences(text):
        for clause in re.split(r";|\s[–—]\s", text[start:end]):
            opening = _BECAUSE_OPENING_RE.match(clause)
            if opening:
                found.append((_role_keys(opening.group("cause")), _role_keys(opening.group("effect"))))
                continue
            for pattern, cause_first in ((_CAUSES_RE, True), (_CAUSED_BY_RE, False)):
                for match in pattern.finditer(clause):
                    if cause_first and (re.match(r"\s+by\b", clause[match.end():])
                                        or re.search(r"\b(?:was|were|is|are|be|been|being)\s+$", clause[:match.start()])):
                        continue   # "was caused by": the effect comes first
                    rest = clause[match.end():]
                    # "prompted by the collapse of his coalition, could shift ...": a cause named after
                    # its effect ends at the comma.
                    before, after = _role_keys(clause[:match.start()]), _role_keys(rest if cause_first else rest.split(",")[0])
                    if before and after:
                        found.append((before, after) if cause_first else (after, before))
    return found


def reversed_cause(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's cause, its effect) when the passages give the cause and the effect the other way
    round: "the deterioration of US-Peru relations led to the rise of the Shining Path" where "the
    rise of the Shining Path ... eroded trust in the state, leading to ... a significant deterioration
    of US-Peru relations"."""
    theirs = [pair for passage in passages for pair in _causal(passage)]
    for cause, effect in _causal(claim):
        for their_cause, their_effect in theirs:
            if len(cause & their_effect) > len(cause & their_cause) and len(effect & their_cause) > len(effect & their_effect) \
                    and not any(cause & c and effect & e for c, e in theirs
                                if len(cause & c) >= len(cause & e) and len(effect & e) >= len(effect & c)):
                return _surfaces(claim, cause), _surfaces(claim, effect)
    return None


# A word of changing course anywhere in a sentence: "shift", "move away", "abandon", "pivot".
_TURN_WORDS_RE = re.compile(r"\b(?:abandon\w*|drop\w*|replac\w*|shift\w*|mov(?:e|es|ed|ing)|turn\w*|pivot\w*|"
                            r"transition\w*|switch\w*|swap\w*|toward\w*|away|instead|rather|retreat\w*|revers\w*|"
                            r"abandonment|U-turn)\b", re.IGNORECASE)


_TURNED_AWAY_RE = re.compile(r"\baway\s+from\b|\bin\s+favou?r\s+of\b|\babandon", re.IGNORECASE)


def unstated_turn(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(from, to) of a change of course the claim tells ("moving away from economic liberalisation
    toward stronger state controls") where the passage names both sides in one sentence but with no
    change of course at all ("attempting to balance security demands with economic liberalization,
    creating friction with sectors advocating for stronger state controls")."""
    turns = [m.group(0) for m in _CHANGE_RES[0].finditer(claim) if _TURNED_AWAY_RE.search(m.group(0))]
    claimed = [found for found in _changes(claim) if any(found[2] in turn and found[3] in turn for turn in turns)]
    for c_src, c_dst, src_text, dst_text in claimed:
        for passage in passages:
            for start, end in split_sentences(passage):
                sentence = passage[start:end]
                keys = {t.key for t in parse(sentence).terms}
                if c_src & keys and c_dst & keys and len(c_src & keys) * 2 >= len(c_src) \
                        and len(c_dst & keys) * 2 >= len(c_dst) and not _TURN_WORDS_RE.search(sentence):
                    return src_text, dst_text
    return None


_THAN_RE = re.compile(r"\bthan\b", re.IGNORECASE)
# How many content words before "than" may name the first side of a comparison.
_COMPARED_REACH = 3


def _comparisons(text: str) -> list[tuple[set[str], Term, bool]]:
    """(keys of the last words before "than", the first word after it, whether the comparative
    points down: "less", "fewer", "lower") for each comparison in the text."""
    found = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        for match in _THAN_RE.finditer(sentence):
            left = [t for t in parse(sentence[:match.start()]).terms if t.kind != "number"][-_COMPARED_REACH:]
            right = [t for t in parse(sentence[match.end():]).terms if t.kind != "number"]
            if left and right:
                # "less" may be read as taking back the word after it ("less steep"): it still points down.
                down = any(t.poles.get("rank") == -1 for t in left) \
                    or "less" in sentence[:match.start()].lower().split()[-_COMPARED_REACH - 2:]
                found.append(({t.key for t in left}, right[0], down))
    return found


def swapped_comparison(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim word, passage word) after "than" when the claim turns a comparison round: "declined
    more steeply among women than among men" from "the decline was steeper among men than among women".
    A comparative that points the other way ("less steep") turns it back, so is left alone."""
    mine = _comparisons(claim)
    if not mine:
        return None
    for passage in passages:
        for p_left, p_right, p_down in _comparisons(passage):
            for c_left, c_right, c_down in mine:
                if c_down == p_down and c_right.key != p_right.key and c_right.key in p_left \
                        and p_right.key in c_left:
                    return c_right.surface, p_right.surface
    return None



# Verbs of taking a side: who advocates what is a fact of its own ("sectors advocating for stronger
# state controls"), and a claim that hands the side to another holder swaps the roles.
STANCE_WORDS = set("""
advocate advocates advocating advocated champion champions championing championed favor favors favoring
favored favour favours favouring favoured push pushes pushing pushed urge urges urging urged demand demands
demanding demanded seek seeks seeking sought oppose opposes opposing opposed resist resists resisting resisted
lobby lobbies lobbying lobbied back backs backed backing support supports supported supporting
""".split())
_AGAINST = set("oppose opposes opposing opposed resist resists resisting resisted".split())
# Words between a holder and its stance verb: "Vargas, who is pushing for", "sectors that favour".
_TO_HOLDER = {"who", "that", "which", "is", "are", "was", "were", "has", "have", "had", "been", "be", "being",
              "also", "now", "still", "increasingly", "strongly", "openly", "long"}
_RELATIVES = {"who", "which", "that"}
_OBJECT_LEAD = {"for", "the", "a", "an"}
_OBJECT_WORDS = 5
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "this", "these", "those"}


def _stances(text: str) -> list[tuple[set[str], set[str], str, str, bool]]:
    """(holder keys, object keys, holder word, object text, whether against) for each "<holder> <stance
    verb> <object>"."""
    found = []
    for start, end in split_sentences(text):
        tokens = _tokens(text[start:end])
        for i, token in enumerate(tokens):
            if token.lower() not in STANCE_WORDS:
                continue
            # Back over "who is", and over the comma before a relative ("Vargas, who advocates"), but
            # not over an apposition's comma: in "The union, led by Marta Oyelaran, is pushing for" the
            # name is no holder.
            j = i - 1
            while j >= 0 and (tokens[j].lower() in _TO_HOLDER
                              or tokens[j] == "," and j + 1 < i and tokens[j + 1].lower() in _RELATIVES):
                j -= 1
            if j < 0 or not tokens[j].isalpha() or tokens[j].lower() in lx.FUNCTION_WORDS \
                    or tokens[j].lower() in _PRONOUNS:
                continue
            k = i + 1
            while k < len(tokens) and tokens[k].lower() in _OBJECT_LEAD:
                k += 1
            words = []
            while k < len(tokens) and len(words) < _OBJECT_WORDS \
                    and (tokens[k].isalnum() or re.fullmatch(r"[^\W_]+['’]s", tokens[k])) \
                    and (tokens[k].lower() not in lx.GRAMMAR_WORDS or tokens[k].lower() == "of"):
                words.append(tokens[k])
                k += 1
            holder, target = _keys(tokens[j]), _keys(" ".join(words))
            if holder and target:
                found.append((holder, target, tokens[j], " ".join(words), token.lower() in _AGAINST))
    return found


def swapped_stance(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(claim's holder, passage's holder, the stance's object) when the claim gives a side that the
    passages give to someone else the claim also names: "Vargas, who advocates stronger state controls,
    ... sectors pushing for liberalisation" where the passage has "sectors advocating for stronger state
    controls". Nothing is concluded when the passages take no side on that object, or when the claim's
    holder takes it there too."""
    mine = _stances(claim)
    if not mine:
        return None
    claim_keys = _keys(claim)
    theirs = [stance for passage in passages for stance in _stances(passage)]
    for c_holder, c_target, c_word, c_text, c_against in mine:
        same = [s for s in theirs if s[4] == c_against and len(c_target & s[1]) * 2 >= len(c_target)]
        if not same or any(c_holder & s[0] for s in same):
            continue
        for p_holder, _, p_word, _, _ in same:
            if p_holder & claim_keys:
                return c_word, p_word, c_text
    return None


def reversed_stance(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(the holder, the claim's side, the passages' side) when the claim has a holder back what the
    passages have that same holder oppose, or the other way round: "councillors back the managed retreat
    approach" where "Provincial councillors have opposed the approach". Nothing is concluded when the
    passages also give the holder the claim's side of it."""
    theirs = [stance for passage in passages for stance in _stances(passage)]
    for c_holder, c_target, c_word, _, c_against in _stances(claim):
        held = [s for s in theirs if c_holder & s[0] and len(c_target & s[1]) * 2 >= min(len(c_target), len(s[1]))]
        if held and all(s[4] != c_against for s in held):
            return c_word, "oppose" if c_against else "back", "oppose" if held[0][4] else "back"
    return None


# Who leads what: "The US, led by Deputy Secretary Landau", "the government under President Vargas",
# "Landau heads the delegation". A claim that puts a leader at the head of another body swaps roles.
_LEADER = r"(?P<leader>(?:[A-Z][\w'’\-.]*\s+){0,4}[A-Z][\w'’\-]*)"
_LED = r"(?P<led>(?:[\w'’\-]+\s+){0,2}[\w'’\-]+)"
_LEADER_TITLES = r"(?:(?:its|their|the|his|her)\s+)?(?:(?:chair|chairman|chairwoman|president|leader|head|director|" \
                 r"chief|minister|secretary|mayor|governor|captain|coach|manager|founder)\s+)?"
_LEADERSHIP_RES = [
    re.compile(_LED + r",?\s+(?:(?:is|are|was|were|has\s+been|had\s+been|will\s+be)\s+)?"
               r"(?:led|headed|run|chaired|governed)\s+by\s+" + _LEADER),
    re.compile(_LED + r"\s+under\s+" + _LEADER_TITLES + _LEADER),
    re.compile(_LEADER + r"\s+(?:leads|led|heads|headed|runs|ran|chairs|chaired|governs|governed)\s+(?:the\s+)?"
               + _LED),
]


def _leaderships(text: str) -> list[tuple[set[str], set[str], str, str]]:
    """(leader keys, led keys, leader text, led text) for each leadership the text states by a name."""
    found = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        for pattern in _LEADERSHIP_RES:
            for match in pattern.finditer(sentence):
                # The leader by the last word of the name: titles ("President", "Deputy") are shared.
                leader = {t.key for t in parse(match.group("leader").split()[-1], fragment=True).terms
                          if t.kind == "name"}
                led = _keys(match.group("led"))
                if leader and led:
                    found.append((leader, led, match.group("leader"), match.group("led")))
    return found


def swapped_leader(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(leader, what the claim has them lead) when the passages have that leader at the head of something
    else and someone else at the head of this: "Landau leads the Peruvian government" where "The US, led by
    Deputy Secretary Landau" and "the Peruvian government under President Mateo Vargas"."""
    mine = _leaderships(claim)
    if not mine:
        return None
    theirs = [found for passage in passages for found in _leaderships(passage)]
    for leader, led, leader_text, led_text in mine:
        own = [t for t in theirs if leader & t[0]]
        other = [t for t in theirs if led & t[1] and not leader & t[0]]
        if own and other and not any(led & t[1] for t in own):
            return leader_text, led_text
    return None


# Who beat whom, and who bought whom: "Glenholm Rovers beat Stanmere Athletic 3-1", "Stanmere lost to
# Glenholm", "Quillpoint agreed to be bought by US payments group Arcfield". A claim that has the loser
# win, or the bought buy, turns the relation round.
_SIDE = r"(?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]*"
# A side described before its name: "US payments group Arcfield".
_DESCRIBED = r"(?:[\w\-]+\s+){0,4}" + _SIDE
_WON = r"(?:beat|beats|defeated|defeats|edged|edges|overcame|overcomes|thrashed|routed|outplayed|upset|eliminated|" \
       r"knocked\s+out|swept)"
_LOST = r"(?:lost|loses|lose|fell|falls|succumbed|succumbs|went\s+down)"
_BUY = r"(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take\s+over|" \
       r"takes\s+over|took\s+over|taking\s+over|swallow|absorb|absorbs|absorbed)"
_BOUGHT = r"(?:bought|acquired|purchased|taken\s+over|absorbed)"
_THE = r"\s+(?:the\s+)?"
_CONTESTS = ("match", "game", "final", "tie", "contest", "race", "fixture")
# (pattern, relation, whether the first side is the one that wins or buys)
_RELATION_RES = [
    (re.compile(rf"(?P<a>{_SIDE})(?:'s?|’s?)?\s+(?:\w+\s+){{0,6}}?{_WON}\s+(?:the\s+)?(?P<b>{_SIDE})"), "beat", True),
    # "Fallowfield recovered from two goals behind to win Saturday's match": a win over an unnamed side.
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\w+\s+){{0,6}}?(?:to\s+)?(?:won|win|wins)\s+(?:\w+(?:'s|’s)?\s+){{0,2}}?"
                rf"(?P<b>{'|'.join(_CONTESTS)})\b"), "beat", True),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:won|wins|win)\s+(?:\S+\s+){{0,3}}?(?:against|over)\s+(?:the\s+)?(?P<b>{_SIDE})"),
     "beat", True),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\S+\s+){{0,4}}?(?:winners|victors)\s+(?:against|over){_THE}(?P<b>{_SIDE})"),
     "beat", True),
    (re.compile(rf"(?P<a>{_SIDE})(?:'s?|’s?)\s+(?:\S+\s+){{0,2}}?(?:victory|win|triumph)\s+(?:against|over){_THE}"
                rf"(?P<b>{_SIDE})"), "beat", True),
    (re.compile(rf"(?:victory|win|triumph)\s+for\s+(?:the\s+)?(?P<a>{_SIDE})\s+(?:against|over)\s+(?:the\s+)?"
                rf"(?P<b>{_SIDE})"), "beat", True),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\w+\s+){{0,2}}?{_LOST}\s+(?:\S+\s+){{0,2}}?to{_THE}(?P<b>{_SIDE})"), "beat",
     False),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:beaten|defeated|edged|thrashed|"
                rf"routed|eliminated|knocked\s+out)\s+(?:\S+\s+){{0,2}}?by{_THE}(?P<b>{_SIDE})"), "beat", False),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\w+\s+){{0,3}}?(?:to\s+)?{_BUY}\s+(?:the\s+)?(?P<b>{_DESCRIBED})"), "buy", True),
    (re.compile(rf"(?P<a>{_SIDE})(?:'s?|’s?)\s+(?:\S+\s+){{0,2}}?(?:takeover|acquisition|purchase)\s+of{_THE}"
                rf"(?P<b>{_DESCRIBED})"), "buy", True),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\w+\s+){{0,3}}?(?:be|been|was|were|is|are)\s+(?:being\s+)?{_BOUGHT}\s+by{_THE}"
                rf"(?P<b>{_DESCRIBED})"), "buy", False),
    (re.compile(rf"(?P<a>{_SIDE})\s+(?:\w+\s+){{0,3}}?(?:sold|sells|sell)\s+(?:itself\s+)?to{_THE}(?P<b>{_DESCRIBED})"),
     "buy", False),
]
# "Quillpoint said on Tuesday it had agreed to be bought by ...": "it" is the one that spoke.
_IT_SAID_RE = re.compile(rf"(?P<who>{_SIDE})\s+(?:said|says|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b")


# Words many sides' names share: "Stanmere Athletic" and "Dunmore Athletic" are two clubs.
_COMMON_SIDE_WORDS = set("united city athletic rovers rangers town county wanderers albion fc club team party "
                         "alliance front union national group".split())


# The other side of a win the text does not name ("won Saturday's match").
_ANYONE = frozenset({"*"})


def _side(name: str) -> frozenset[str]:
    """A side by the capitalised words of its name that tell it from others: "Glenholm Rovers" ->
    {"glenholm"}, "US payments group Arcfield" -> {"us", "arcfield"}."""
    words = {re.sub(r"['’]s?$", "", w).lower() for w in re.findall(r"[\w'’\-.]+", name) if w[:1].isupper()}
    return frozenset(w for w in words if w not in lx.FUNCTION_WORDS and w not in _COMMON_SIDE_WORDS)


def _relations(text: str) -> list[tuple[str, frozenset[str], frozenset[str], str]]:
    """(relation, winner or buyer, loser or bought, its text) for each such relation between two named sides."""
    found = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        speaker = _IT_SAID_RE.search(sentence)
        if speaker:
            sentence = sentence[:speaker.end() - 2] + speaker.group("who") + sentence[speaker.end():]
        for pattern, relation, first_acts in _RELATION_RES:
            for match in pattern.finditer(sentence):
                a = _side(match.group("a"))
                b = _ANYONE if match.group("b") in _CONTESTS else _side(match.group("b"))
                if a and b and not a & b:
                    found.append((relation, a, b, match.group("a")) if first_acts
                                 else (relation, b, a, match.group("b")))
    return found


def reversed_result(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(winner or buyer, the other side, relation) as the claim has them when the passages have it the other way
    round and never this way: "Stanmere came away 3-1 winners against Glenholm" where "Glenholm beat Stanmere 3-1",
    "Quillpoint agreed to take over Arcfield" where "Quillpoint agreed to be bought by Arcfield"."""
    mine = _relations(claim)
    if not mine:
        return None
    theirs = [found for passage in passages for found in _relations(passage)]
    for relation, doer, done_to, text in mine:
        same = [(d, t) for r, d, t, _ in theirs if r == relation]
        unnamed = done_to is _ANYONE
        if any((unnamed or done_to & d) and doer & t for d, t in same) \
                and not any(doer & d and (unnamed or done_to & t) for d, t in same):
            loser = next(" ".join(sorted(d)) for d, t in same if doer & t) if unnamed else " ".join(sorted(done_to))
            return text, loser, relation
    return None


# Who does what to whom: "the pact's effectiveness has been undermined by internal divisions" has the
# divisions act on the pact; "the pact undermined internal divisions" turns the act round.
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these"}
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
_VOICE_SKIP = {"has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "not",
               "also", "consistently", "further", "already", "now", "still", "repeatedly", "increasingly",
               "largely", "primarily", "partly", "often", "ultimately", "reportedly"}
_ROLE_BOUNDARY = {",", ";", ":", "(", ")", "that", "which", "who", "whom", "whose", "and", "but", "while",
                  "whereas", "because", "although", "as", "after", "before", "when", "since", "if"}
_AGENT_REACH = 12
# Words in -ing that are mostly things ("housing", "funding"); a verb only after "is", "has" and the like.
_ING_NOUNS = set("""housing funding spending training building parking planning meeting shopping clothing ceiling
evening morning wedding ruling hearing warning finding setting opening lending borrowing marketing policing
sentencing schooling nursing banking mining farming fishing shipping catering accounting engineering recycling
flooding timing rating polling landing offering booking screening testing earnings savings""".split())
_PATIENT_REACH = 8


# Verbs for one act: buying a company is acquiring it, purchasing it and taking it over.
_SAME_ACT = {"acquir": "buy", "purchas": "buy", "take over": "buy",
             # Acts that make something worse or bring it about: "fueled by desperation" against "the crisis
             # has been deepening desperation" turns cause and effect round.
             "fuel": "cause", "fuell": "cause", "deepen": "cause", "stoke": "cause", "caus": "cause",
             "drive": "cause", "feed": "cause", "fed": "cause"}


def _role_keys(text: str) -> set[str]:
    """A side's keys, names also as plain words: "the Andean Pact" and "the pact's" are one side."""
    terms = [t for t in parse(text).terms if t.kind != "number"]
    return {t.key for t in terms} | {word_key(t.surface.lower().replace("’", "'").removesuffix("'s")) for t in terms}


_PLACE_PREPOSITIONS = {"at", "in", "on", "near", "inside", "outside", "across", "throughout"}


def _acts(text: str) -> list[tuple[str, set[str], set[str]]]:
    """(verb stem, doer keys, done-to keys) for each verb in the passive ("has been undermined by X",
    "fueled by X") or in the active past or -ing form ("the rise of X exposed Y", "movements
    capitalizing on discontent")."""
    found = []
    for start, end in split_sentences(text):
        tokens = _tokens(text[start:end])
        lower = [t.lower() for t in tokens]
        for i, word in enumerate(lower):
            if not word.isalpha() or word in lx.FUNCTION_WORDS or not (
                    word.endswith(("ed", "ing")) or word in lx.IRREGULAR):
                continue
            if word in _ING_NOUNS and not (i and lower[i - 1] in _BE_FORMS | _VOICE_SKIP):
                continue   # "council housing lead", "leads on housing": a thing, not an act
            if i and ("-" in lower[i - 1] or lower[i - 1] in _DETERMINERS
                      or lower[i - 1][:1].isdigit() and not re.fullmatch(r"(?:1[89]|20)\d\ds?", lower[i - 1])) \
                    and (word.endswith("ing") or i + 1 < len(lower) and lower[i + 1].isalpha()
                         and lower[i + 1] not in lx.FUNCTION_WORDS):
                continue   # "a three-year driving ban", "310 stolen converters": a describing word
            if word.endswith("ed") and not (i and lower[i - 1] in _BE_FORMS | _VOICE_SKIP) \
                    and i + 1 < len(lower) and lower[i + 1] in _PLACE_PREPOSITIONS:
                continue   # "a rice variety developed at Halden University": what describes the thing, no act
            verb = lx.stem(lx.IRREGULAR.get(word, word))
            if verb == "take" and i + 1 < len(lower) and lower[i + 1] == "over":
                verb = "take over"
            verb = _SAME_ACT.get(verb, verb)
            before, j = [], i - 1
            while j >= 0 and lower[j] in _VOICE_SKIP:
                j -= 1
            after_be = j >= 0 and lower[j] in _BE_FORMS
            while j >= 0 and lower[j] in _VOICE_SKIP | _BE_FORMS:
                j -= 1
            passive = not word.endswith("ing") and (after_be or i + 1 < len(lower) and lower[i + 1] == "by")
            k = i + 1
            if passive:
                # The doer of a passive is named after "by" in the same clause, or not at all.
                while k < len(lower) and lower[k] != "by" and lower[k] not in _ROLE_BOUNDARY:
                    k += 1
                if k >= len(lower) or lower[k] != "by":
                    continue
                k += 1
                if j >= 0 and lower[j] == ",":
                    j -= 1   # "This crisis, fueled by ...": the thing acted on stands before the comma
            while j >= 0 and lower[j] not in _ROLE_BOUNDARY and len(before) < _AGENT_REACH:
                before.insert(0, tokens[j])
                j -= 1
            after = []
            while k < len(lower) and lower[k] not in _ROLE_BOUNDARY and len(after) < _PATIENT_REACH:
                after.append(tokens[k])
                k += 1
            if passive and k + 1 < len(lower) and lower[k] == "," and tokens[k + 1][:1].isupper() \
                    and not any(t[:1].isupper() for t in after):
                # "bought by a larger rival, Hanley Home Group, for £18m": the doer named after its description.
                k += 1
                while k < len(lower) and tokens[k][:1].isupper():
                    after.append(tokens[k])
                    k += 1
            first, second = _role_keys(" ".join(before)), _role_keys(" ".join(after))
            if first and second:
                found.append((verb, second, first) if passive else (verb, first, second))
    return found


def reversed_roles(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(doer in the claim, done-to in the claim) when the passages have the same verb act the other way
    round: what the claim has doing it is what the passage has it done to, and the other way round, and
    neither side is the same."""
    mine = _acts(claim)
    if not mine:
        return None
    theirs = [act for passage in passages for act in _acts(passage)]
    for verb, doer, done in mine:
        for p_verb, p_doer, p_done in theirs:
            if verb == p_verb and doer & p_done and done & p_doer and not doer & p_doer and not done & p_done:
                return " ".join(sorted(doer)), " ".join(sorted(done))
    return None


# A person's thing, the person named in full: "Kyle Brennan's header", "a Marcus Dean penalty".
_OWNED_RE = re.compile(r"(?:\b(?:a|an|the)\s+[A-Z][a-z][\w\-]*\s+(?P<a>[A-Z][a-z][\w\-]*)\s+"
                       r"|\b[A-Z][a-z][\w\-]*\s+(?P<b>[A-Z][a-z][\w\-]*)['’]s\s+)(?P<thing>[a-z]{4,})\b")


_ON_LOAN_RE = re.compile(r"\b(?:plays|played|playing|play)\s+for\s+(?:the\s+)?(?P<club>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)"
                         r",?\s+on\s+loan\s+from\s+(?:the\s+)?(?P<owner>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")
_PLAYS_FOR_RE = re.compile(r"\b(?:plays|played|playing|play|plays\s+his\s+football)\s+for\s+(?:the\s+)?"
                           r"(?P<club>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")


def loaned_player(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's club, the passages' club) when the claim has a player play for the club the passages
    have him on loan from: "plays for Estudiantes, on loan from River Plate" does not play for River Plate."""
    if re.search(r"\bloan", claim, re.IGNORECASE):
        return None
    for loan in _ON_LOAN_RE.finditer(" ".join(passages)):
        for said in _PLAYS_FOR_RE.finditer(claim):
            if said.group("club").rstrip(".") == loan.group("owner").rstrip("."):
                return said.group("club").rstrip("."), loan.group("club").rstrip(".")
    return None


def swapped_owner(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(claim's person, passage's person, thing) when the claim gives one person's thing to another the
    passage gives a thing of their own: "Kyle Brennan put Felling in front from the penalty spot"
    where the passage has "a Marcus Dean penalty" and "Kyle Brennan's header"."""
    owned = [(m.group("a") or m.group("b"), m.group("thing")) for passage in passages
             for m in _OWNED_RE.finditer(passage) if m.group("thing") not in lx.FUNCTION_WORDS]
    words = {word_key(w.lower()) for w in re.findall(r"[A-Za-z][\w\-]*", claim)}
    for person, thing in owned:
        if person not in claim or word_key(thing) in words:
            continue
        theirs = [(other, t) for other, t in owned if other != person and other not in claim and word_key(t) in words]
        if theirs and not any(p == person and word_key(t) == word_key(theirs[0][1]) for p, t in owned):
            return person, theirs[0][0], theirs[0][1]
    return None


def swapped_doer(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(doer in the claim, doer in the passages) when the claim gives an act to someone the passages
    name but have not do it: "HR director Fiona Blake approved the policy" where it "was approved by
    the executive board"; "the society donated the saplings to the trust" where they "were donated
    by the trust". The act is the same verb done to the same thing, or to the passage's own doer."""
    mine = _acts(claim)
    if not mine:
        return None
    # Only an act the passages give its doer in so many words: "was approved by the executive board".
    theirs = [act for passage in passages for act in _acts(passage)
              if re.search(rf"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?{re.escape(act[0])}\w*\s+by\b",
                           passage, re.IGNORECASE)]
    named = {t.key for t in parse(claim).terms if t.kind == "name"}
    known = set().union(*(_keys(passage) for passage in passages)) if passages else set()
    # The passage's doer must be named or described: "The company opened two showrooms" may be the
    # claim's firm; "the executive board" is not the HR director.
    names = {t.key for passage in passages for t in parse(passage).terms if t.kind == "name"}
    for verb, doer, done in mine:
        people = doer & named
        if not people or not people <= known:
            continue
        same = [(p_doer, p_done) for p_verb, p_doer, p_done in theirs if p_verb == verb and p_doer]
        if not same or any(doer & p_doer or not p_doer & names and len(p_doer) < 2 for p_doer, _ in same):
            continue
        for p_doer, p_done in same:
            if done & p_doer or done & p_done:
                return _surfaces(claim, people), _surfaces(" ".join(passages), p_doer)
    return None


def _surfaces(text: str, keys: set[str]) -> str:
    """The text's words for the keys, in the order written: "Fiona Blake" for {"fiona", "blake"}."""
    seen: list[str] = []
    for term in parse(text).terms:
        if term.key in keys and term.surface not in seen:
            seen.append(term.surface)
    return " ".join(seen)


# One subject's doings given to another: "the US ... is trying to balance security demands with economic
# liberalization, while President Vargas concentrates on leveraging Peru's mineral wealth".
_PIECE_SPLIT_RE = re.compile(r";|,?\s+\b(?:while|whereas)\b|,\s+(?:and|but)\b", re.IGNORECASE)
_SUBJECT_REACH = 8
_PREDICATE_SHARE = 0.6
_PREDICATE_WORDS = 3
# A piece that opens on these names its subject later: "Like Velm Rail, ... Korsk Transit said".
_SUBORDINATE_OPENERS = {"like", "unlike", "after", "before", "as", "while", "although", "though", "when", "since",
                        "despite", "following", "besides", "beyond", "with", "without", "if", "because"}


def _opening_subject(text: str, reach: int) -> set[str]:
    """Keys of the name that opens the text, within its first `reach` terms and before any content
    word ("Per the brief, it is the US that ..." opens on the US; "Looking ahead, ..." on nothing)."""
    terms = parse(text).terms
    found: set[str] = set()
    for term in terms[:reach]:
        if term.kind == "name":
            found.add(term.key)
        elif found or term.kind == "word":
            break
    return found


def _predicate(text: str) -> set[str]:
    return {t.key for t in parse(text).terms if t.kind == "word"}


def misattributed_predicate(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's subject, the passage's) when a piece of the claim says of one subject what the passage
    says of another that opens its own sentence, and the claim's subject opens another sentence of the
    passage but is not named where the words are said."""
    sentences = [p[s:e] for p in passages for s, e in split_sentences(p)]
    subjects = [_opening_subject(sentence, 3) for sentence in sentences]
    for piece in _PIECE_SPLIT_RE.split(claim):
        opening = _tokens(piece)[:1]
        if opening and opening[0].lower() in _SUBORDINATE_OPENERS:
            continue
        subject = _opening_subject(piece, _SUBJECT_REACH)
        words = _predicate(piece)
        if not subject or len(words) < _PREDICATE_WORDS:
            continue
        shares = [len(words & _predicate(sentence)) for sentence in sentences]
        best = max(range(len(sentences)), key=shares.__getitem__, default=None)
        if best is None or shares[best] < max(_PREDICATE_WORDS, _PREDICATE_SHARE * len(words)):
            continue
        there = subjects[best]
        if there and not there & subject and not subject & _keys(sentences[best]) \
                and any(subject & other for i, other in enumerate(subjects) if i != best):
            return " ".join(sorted(subject)), " ".join(sorted(there))
    return None

# Nouns a name follows as its kind: "the band Halestorm", "the film Titanic".
APPOSITION_NOUNS = set("band group film movie album song single novel book magazine newspaper city town village "
                       "county state country river lake island company firm team club university college school "
                       "party airline brand series show opera play musical poem painting ship station airport "
                       "stadium".split())


def _apposed(tokens: list[str], noun: str) -> list[str]:
    """The names right after each "<noun>" in the tokens."""
    return [_name_at(tokens, i + 1) for i in range(len(tokens) - 1)
            if tokens[i].lower() == noun and tokens[i + 1][:1].isupper()
            and tokens[i + 1].lower() not in lx.FUNCTION_WORDS]


def misplaced_apposition(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(noun, name) when the claim calls a name "the <noun> X" while the passages put another name
    after that noun and never call X one: "from the band Red Lion" where the passages have "the
    band Halestorm" and "a band from Red Lion"."""
    tokens = _tokens(claim)
    for i in range(len(tokens) - 1):
        noun = tokens[i].lower()
        if noun not in APPOSITION_NOUNS or not tokens[i].islower():
            continue
        names = _apposed(tokens[i:i + 2 + 8], noun)
        if not names:
            continue
        name = names[0]
        theirs = [n for p in passages for start, end in split_sentences(p)
                  for n in _apposed(_tokens(p[start:end]), noun)]
        if not theirs or any(_word(name.split()[-1]) in {_word(w) for w in n.split()} for n in theirs):
            continue
        described = re.compile(rf"{re.escape(name)}\W*(?:\s+\([^)]*\))?,?\s+(?:is|was|are|were)?\s*(?:a|an|the)\s+"
                               rf"(?:[\w\-]+\s+){{0,4}}?{noun}s?\b")
        if any(described.search(p) for p in passages):
            continue
        return noun, name
    return None


# "Gordon Pike, a former nurse, ...": a name, then what it is, set off by commas.
_DESCRIBED_NAME = r"((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+(?:a|an)\s+"
_DESCRIPTION_RE = re.compile(_DESCRIBED_NAME + r"((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s*,")


def misplaced_description(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(description, name, other) when the claim describes a name ("Gordon Pike, a former nurse,")
    the way the passages describe only another ("Botha, a former nurse, campaigned ...")."""
    for match in _DESCRIPTION_RE.finditer(claim):
        name, description = match.group(1), match.group(2)
        theirs = [m.group(1) for p in passages
                  for m in re.finditer(_DESCRIBED_NAME + re.escape(description) + r"\b", p)]
        words = {_word(w) for w in name.split()}
        if theirs and not any(words & {_word(w) for w in other.split()} for other in theirs):
            return description, name, theirs[0]
    return None


# Verbs by which a sentence gives its words to a speaker: "Lenz said ...", "..., argues Rodriguez".
SPEECH_VERBS = set("""
describe describes described say says said argue argues argued contend contends contended conclude concludes concluded note notes noted warn
warns warned believe believes believed state states stated claim claims claimed insist insists insisted maintain
maintains maintained add adds added explain explains explained observe observes observed suggest suggests
suggested predict predicts predicted acknowledge acknowledges acknowledged admit admits admitted announce announces
announced tell tells told stress stresses stressed expect expects expected forecast forecasts forecasted
show shows showed indicate indicates indicated reveal reveals revealed find finds found establish establishes
established call calls called attribute attributes attributed blame blames blamed credit credits credited
estimated calculated reckon reckons reckoned
""".split())
# "called for an inquiry", "called off the match", "so-called": not a speaker naming something.
_NOT_NAMING_RE = re.compile(r"\s+(?:on|off|up|in|out|back|upon)\b")   # "called for a review" asks for it
_BE = {"is", "are", "was", "were", "be", "been", "being"}
_CONNECTIVE_RE = re.compile(r"^\W*(?:Moreover|However|Meanwhile|Furthermore|Also|In addition|But|And|Yet|Still)\b,?\s*")
# Speakers that are the text itself, or nobody in particular: they can say anything the text says.
_ANY_SPEAKER = set("""
brief report paper article document text passage paragraph author authors writer analysis it he she they
we i you this these those who which that many some others critics experts observers officials analysts
""".split())
_PRONOUN_SPEAKERS = {"it", "he", "she", "they", "we", "i", "this", "these"}
_SPEAKER_WORDS = 12
# How long a speaker's name and title may be after the words they say ("..., spokesman Lars Hoffer said").
_SPEAKER_NAME_WORDS = 6
# A claim's content must share this share of its terms, and this many, with what the passage's
# speaker says before the speakers are compared.
SPEECH_OVERLAP, SPEECH_SHARED = 0.5, 2


@dataclass
class _Speech:
    speaker: str
    content: str
    verb: str = ""
    described: str = ""   # what the sentence says the speaker is: "who chairs the planning committee"


# A speaker named first and described between commas: "Ana Kirov, who set the record, said".
_APPOSED_SPEAKER_RE = re.compile(r"\W*((?:[\w.'’\-]+\s+){0,5}[\w.'’\-]+),\s+(?:(?:who|whose|which|a|an|the|aged|"
                                 r"led|headed|run|chaired|based|founded|owned|[a-z]+ing|its|their|his|her|"
                                 r"[A-Z][\w\-]*['’]s|chief|head|director|president|chair|spokes\w+|professor|"
                                 r"minister)\b|\d)[^\"“”]*,$")
_APPOSED_NAME_RE = re.compile(r"\W*((?:[\w.'’\-]+\s+){0,4}[a-z][\w\-]*),\s+([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,2}),$")
# Where the clause that holds a speaker begins: "The storm closed 63 schools, and forecasters expect ...".
_CLAUSE_OPENING_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s*")
# An aside between commas inside what a claim's speaker says: ", made possible by cheaper gas,".
_ASIDE_RE = re.compile(r",\s+(?:made|paid|backed|funded|driven|caused|helped|prompted|which|who|whose|[a-z]+ed\s+by)"
                       r"\b[^,]*,")
# Words given to a speaker in the passive: "was described as 'disappointing' by Judge Petra Solano".
_DESCRIBED_BY_RE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:described|called|labelled|labeled|branded)\s+as\s+"
                              r"[^.;]+?\s(?P<by>by)\s+(?P<who>(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’\-]*)")
# What follows a speech verb when it tells only when: "announced on Wednesday", "said yesterday".
_WHEN_AFTER_RE = re.compile(r"\s*(?:on|in|at|during|last|this|yesterday|today|earlier|later|recently)\b|\W*$")
_SUBORDINATE_OPENING_RE = re.compile(r"^\s*(?:Although|Though|While|Whereas|As|Because|Since|If|When|After|Before|"
                                     r"Despite)\b[^,]*,\s*(?=[^,]*$)")
_WHO_SPEAKS_RE = re.compile(r"\b((?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?[\w\-]+)\s+who$")
# A verb inside a relative clause ("Greyfield Homes, which expects ..., said") is not the one that speaks.
_RELATIVE_OPENING_RE = re.compile(r",\s+(?:who|which|whose)$", re.IGNORECASE)


_AUXILIARY_END_RE = re.compile(r"(?:\s+(?:did|does|do|has|have|had|will|would|could|can|may|might|also|not|never|"
                               r"only|first|later|then|now)|n['’]t)+\s*$", re.IGNORECASE)
_EXPECTING_VERBS = {"expect", "find", "see", "note", "believe"}
_ADVISING_MODALS = {"should", "must", "can", "may", "might", "could"}


_SAY_AS_NOUN = {"much", "more", "little", "less", "any", "no", "a", "the", "final", "greater", "bigger", "real",
                "their", "its", "his", "her", "our", "some", "equal"}


def _speech(sentence: str, previous: _Speech | None) -> _Speech | None:
    """Who says what in one sentence: "X said (that) C", "C, X argues", "according to X, C", and a
    bare quotation after a quoted sentence (the same speaker goes on)."""
    according = re.search(r"\b[Aa]ccording to\s+(?P<who>[^,.;]+)", sentence)
    if according:
        content = sentence[:according.start()] + " " + sentence[according.end():]
        return _Speech(according.group("who"), content)
    described = _DESCRIBED_BY_RE.search(sentence)
    if described:
        # "The ruling was described as 'flawed' by Judge Solano, who ...": the speaker follows "by".
        return _Speech(described.group("who"), sentence[:described.start("by")], "described")
    for match in re.finditer(r"\b[a-z]+\b", sentence):
        if match.group() not in SPEECH_VERBS:
            continue
        before, after = sentence[:match.start()].rstrip(), sentence[match.end():]
        if not before or before.split()[-1].lower() in _BE or _RELATIVE_OPENING_RE.search(before):
            continue   # "The deal is expected to close": no speaker
        if match.group() == "say" and before.split()[-1].lower() in _SAY_AS_NOUN:
            continue   # "struggle to get much say over ...": a voice in it, not speech
        if match.group() in _EXPECTING_VERBS and before.split()[-1].lower() in _ADVISING_MODALS:
            continue   # "Drivers should expect delays": advice to them, not their words
        if sum(before.count(mark) for mark in "“”\"") % 2 or before.split()[-1].lower() == "to":
            # Inside a quotation ("“... a few rich states could dictate ...,” said Dr. Okafor"), or an
            # act to come ("elections, which Vargas is expected to call"): nobody speaking.
            continue
        if match.group().startswith("call") and (_NOT_NAMING_RE.match(after) or before.endswith("-")):
            continue
        if match.group().startswith("describ") and not re.match(r"\s+(?:[^,.;]|(?<=\d)[.,](?=\d)){1,60}?\s+as\b", after):
            continue   # "described the accord as a new chapter" speaks; "the site described in the plan" does not
        verb = match.group()
        named = _APPOSED_NAME_RE.match(_CLAUSE_OPENING_RE.split(before)[-1])
        if named:
            # "Morvath's foreign minister, Elena Dask, described ...": a post, then the name of who holds it.
            return _Speech(f"{named.group(1)} {named.group(2)}", re.sub(r"^\s*that\b", "", after), verb)
        apposed = _APPOSED_SPEAKER_RE.match(_CLAUSE_OPENING_RE.split(before)[-1])
        if apposed:
            # "Ana Kirov, who set the previous record in 2018, said ...": the speaker comes first,
            # described between commas.
            return _Speech(apposed.group(1), re.sub(r"^\s*that\b", "", after), verb,
                           _CLAUSE_OPENING_RE.split(before)[-1][apposed.end(1):])
        if before[-1] == "," and _WHEN_AFTER_RE.match(after):
            # "... renovation, its director, Clara Benedetti, announced on Wednesday": the speaker
            # stands before the verb, and what follows it is only when.
            content, _, who = before[:-1].rpartition(",")
            return _Speech(who.strip(), content, verb) if content else None
        if before[-1] in ",\"”'’":
            # "..., argues Dr. Isabel Rodriguez, a specialist ...": the speaker follows.
            who = re.match(r"\s*((?:[^,.;]|\.(?=\s*[A-Z]))+)", after)
            if who is None:
                return None
            # "argues Dr. Isabel Rodriguez, a specialist in Andean political economy": described after.
            apposed_after = re.match(r",\s+((?:a|an|the)\s+[^,.;]+)", after[who.end():])
            return _Speech(who.group(1), before, verb, apposed_after.group(1) if apposed_after else "")
        content, _, who = before.rpartition(",")
        told = verb in {"told", "tells", "tell"} and re.fullmatch(r"\s+(?:the\s+)?[a-z]+\W*", after)
        if content and (re.fullmatch(r"\W*", after) or told) and len(who.split()) <= _SPEAKER_NAME_WORDS:
            # "The office has released 3 million euros, spokesman Lars Hoffer said.": the speaker ends it;
            # "'This was not a decision we took lightly,' chief executive Marta Oyelaran told reporters."
            return _Speech(who.strip(" '\"‘’“”"), content, verb)
        before = _CLAUSE_OPENING_RE.split(before)[-1]
        # "Although the school is now rated good, inspectors said": the speaker follows the opening
        # clause; "quotes a specialist who says": the speaker is the one described.
        before = _SUBORDINATE_OPENING_RE.sub("", before)
        described_who = _WHO_SPEAKS_RE.search(before)
        if described_who:
            before = described_who.group(1)
        words = before.split()
        if len(words) > _SPEAKER_WORDS:
            return None
        if "," not in before and any(word.lower() in _BE for word in words):
            continue   # "Direct flights were among the 14 routes added at ...": a clause, not a speaker
        # "It did not find a significant effect": the speaker is "It", not its auxiliary and denial.
        before = _AUXILIARY_END_RE.sub("", before)
        return _Speech(_CONNECTIVE_RE.sub("", before), re.sub(r"^\s*that\b", "", after), verb)
    if previous is not None and sentence.lstrip()[:1] in "\"“":
        return _Speech(previous.speaker, sentence)
    return None


def _keys(text: str) -> set[str]:
    return {t.key for t in parse(text).terms}


# A title that names its bearer, as the word "the judge" names them by ("Mr Justice Adeyemi" is a judge).
_TITLED = {"judge": "judge", "justice": "judge", "recorder": "judge", "coroner": "coroner", "magistrate": "magistrate",
           "ombudsman": "ombudsman", "inspector": "inspector", "mayor": "mayor", "sheriff": "sheriff"}


def _speaker_keys(text: str) -> set[str]:
    """A speaker's keys read both ways: "Nordline said" opens a sentence with the name that
    "The ferry operator Nordline said" has inside one."""
    words = [word.lower() for word in re.findall(r"[A-Za-z][\w\-]*", text)]
    # "The association" names again "The Tamsley Fruit Growers' Association"; "the judge" names
    # "Judge Colin Marsh" by the title that is part of his name.
    return _keys(text) | {t.key for t in parse(text, fragment=True).terms} | {
        word_key(word) for word in words if word not in lx.FUNCTION_WORDS} | {_TITLED[word] for word in words if word in _TITLED}


def _speeches(passage: str) -> Iterator[_Speech]:
    """Who says what, sentence by sentence; "he" or "she" is the speaker named before."""
    previous = last = None
    for start, end in split_sentences(passage):
        sentence = passage[start:end]
        # "Aldana called the accord a new chapter, while his counterpart, Elena Dask, said ...": two speeches.
        parts = _SPEAKERS_SIDE_BY_SIDE_RE.split(sentence)
        for piece in parts if len(parts) > 1 and all(_speech(part, None) for part in parts) else [sentence]:
            speech = _speech(piece, previous)
            previous = speech
            if speech is None:
                continue
            if last is not None and speech.speaker.strip().lower() in {"he", "she", "they"}:
                # "She added that battery storage had tripled": the speaker named before goes on.
                speech = _Speech(last.speaker, speech.content, speech.verb, last.described)
            last = speech
            yield speech


# "No one wants to raise rents, but ...": a wish denied, not the act; the act is often done anyway.
_RELUCTANCE_RE = re.compile(r"\b(?:no\s*one|nobody|none\s+of\s+us)\s+(?:wants|likes|enjoys|relishes)\s+(?:to\s+)?\w+"
                            r"|\b(?:do|does|did)\s*(?:not\s+|n['’]t\s+)(?:want|like|enjoy)\s+to\s+\w+", re.IGNORECASE)


def denied_by_speaker(claim: str, passages: list[str]) -> str | None:
    """The word of what a claim's speaker says that the passages have that same speaker deny: "Feld said
    Lumora is already profitable" where "The company does not yet make a profit, she said" follows Feld's
    words."""
    said = _speech(claim, None)
    # A claim that denies something itself may put its denial after the word ("payment details were not").
    if said is None or re.search(r"\b(?:not|no|never|none|nor|without)\b|n['’]t\b", said.content, re.IGNORECASE):
        return None
    speaker = _speaker_keys(said.speaker)
    mine = {t.key: t.surface for t in parse(said.content).terms if t.kind == "word" and not t.negated}
    for passage in passages:
        for speech in _speeches(passage):
            if not speaker & _speaker_keys(speech.speaker) or _other_person(said.speaker, speech.speaker):
                continue
            theirs = parse(_RELUCTANCE_RE.sub("", speech.content)).terms
            denied = {t.key for t in theirs if t.negated} - {t.key for t in theirs if not t.negated}
            hit = next((surface for key, surface in mine.items() if key in denied), None)
            if hit:
                return hit
    return None


def misattributed_speech(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's speaker, passage's speaker) when the claim gives to one speaker what the passages
    have another say: "the audit office said 15 theatres would open" where "Health Minister Tobias
    Lenz said" it. Concluded only when the passages give those words to someone and the two
    speakers share no word. Two speakers set side by side ("X said ..., while Y argued ...") are
    checked one by one."""
    parts = [part for part in _SPEAKERS_SIDE_BY_SIDE_RE.split(claim) if part.strip()]
    if len(parts) > 1 and all(_speech(part, None) for part in parts):
        return next(filter(None, (_misattributed(part, passages) for part in parts)), None)
    # "The union told reporters the closure 'was not a decision we took lightly' and said it would seek
    # talks": each thing the speaker says is checked, the first apart from the second.
    again = _SAYS_AGAIN_RE.search(claim)
    said = _speech(claim[:again.start()], None) if again else None
    if said is not None and said.speaker.strip():
        second = f"{said.speaker.strip()} {again.group('verb')} {claim[again.end():]}"
        found = _misattributed(claim[:again.start()], passages) or _misattributed(second, passages)
        if found:
            return found
    return _misattributed(claim, passages)


# "... and said it would seek talks": a speaker going on to say a second thing.
_SAYS_AGAIN_RE = re.compile(r",?\s+and\s+(?P<verb>said|added|argued|warned|insisted|stressed)\s+(?:that\s+)?")
# "Mr Hadley said the rise was needed, while Ms Nandakumar argued residents were struggling"; "The company
# argued she had been dismissed for lateness, but the judge said that explanation was not credible".
_SPEAKERS_SIDE_BY_SIDE_RE = re.compile(r",\s*(?:while|whereas|but)\s+|;\s+")


def _said_by_other(rest: set[str], speaker: set[str], passages: list[str]) -> str | None:
    """The speaker, not the claim's, whose words are all of `rest` (two or more), where the claim's own
    speaker says none of them."""
    if len(rest) < SPEECH_SHARED:
        return None
    speeches = [speech for passage in passages for speech in _speeches(passage)]
    if any(rest & _keys(speech.content) for speech in speeches if speaker & _speaker_keys(speech.speaker)):
        return None
    return next((speech.speaker.strip() for speech in speeches if rest <= _keys(speech.content)
                 and not speaker & _speaker_keys(speech.speaker)
                 and speech.speaker.strip().lower() not in _PRONOUN_SPEAKERS), None)


_DOCUMENT_SPEAKER_RE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?(?:report|study|survey|review|"
                                  r"analysis|findings|figures|data)")


# Who writes a report, unnamed: "inspectors said" what "the report said".
_AUTHORS = set("inspectors researchers investigators auditors reviewers examiners scientists analysts authors".split())


def _called_so_next(said: str, best: _Speech, passages: list[str]) -> bool:
    """Whether the passage's next speech after `best` has a speaker "The <word>" for the claim's
    "their <word>" or "the <word>": the passage names the body again by what the claim calls it."""
    described = re.fullmatch(r"(?:the|their|its|his|her)\s+([a-z]+)", said.strip(), re.IGNORECASE)
    if described is None:
        return False
    for passage in passages:
        speeches = list(_speeches(passage))
        for here, after in zip(speeches, speeches[1:]):
            if here is best or here == best:
                return after.speaker.strip().lower() == f"the {described.group(1).lower()}"
    return False


def _first_names(speaker: str, passages: list[str]) -> set[str]:
    """The first names the passages give a speaker named by surname: "Sunita" of "Patel" where the
    passage has "Sunita Patel"."""
    names = set()
    for surname in re.findall(r"\b[A-Z][a-z][\w'’\-]*", speaker):
        for passage in passages:
            names |= {word_key(first.lower()) for first in re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", passage)
                      if first.lower() not in lx.FUNCTION_WORDS}
    return names


def _misattributed(claim: str, passages: list[str]) -> tuple[str, str] | None:
    said = _speech(claim, None)
    if said is None:
        return None
    speaker = _speaker_keys(said.speaker)
    words = [w for w in re.findall(r"[a-z]+", said.speaker.lower()) if w not in lx.GRAMMAR_WORDS]
    if not speaker or all(w in _ANY_SPEAKER for w in words):
        return None
    content = _keys(said.content) - speaker
    if len(content) < SPEECH_SHARED:
        return None
    # What the claim has its speaker say outside an aside between commas: "Brightline said the
    # reduction, made possible by cheaper gas, was welcome but overdue" gives Brightline the verdict.
    main = _keys(_ASIDE_RE.sub(" ", said.content)) - speaker
    best, best_overlap = None, 0.0
    for passage in passages:
        for speech in _speeches(passage):
            said_there = _keys(speech.content)
            shared = content & said_there
            # A claim may join what its speaker says with what the text says around it: the speaker
            # saying part of what the claim's main clause says is enough.
            if len(main & said_there) >= SPEECH_SHARED and speaker & _speaker_keys(speech.speaker) \
                    and not _other_person(said.speaker, speech.speaker):
                # Unless what the claim adds to it is another speaker's words: "The union described the
                # 3.5% pay offer as fair and affordable" where the union rejected the offer and the company's
                # director called it "fair and affordable".
                described_as = said.content.split(" as ", 1)[1] if said.verb.startswith("describ") \
                    and " as " in said.content else ""
                other = _said_by_other(_keys(described_as) - speaker - said_there, speaker, passages)
                return None if other is None else (said.speaker.strip(), other)
            overlap = len(shared) / len(content)
            if len(shared) >= SPEECH_SHARED and overlap > best_overlap:
                best, best_overlap = speech, overlap
    # "forecasters expect" where "The National Weather Office forecast" it: named by what they do.
    if best is None or best_overlap < SPEECH_OVERLAP:
        return None
    if best.speaker.strip().lower() in _PRONOUN_SPEAKERS:
        return None   # "It did not find ...": who "it" is, the sentences before tell
    if _DOCUMENT_SPEAKER_RE.fullmatch(best.speaker.strip()) and said.speaker.strip().lower() in _AUTHORS:
        return None   # "inspectors said" what "The report said": a report's authors, unnamed
    if _called_so_next(said.speaker, best, passages):
        return None   # "their union said" where "the Transport Workers' Guild said" it, then "The union said"
    if speaker & (_speaker_keys(best.speaker) | _keys(best.verb) | _first_names(best.speaker, passages)) \
            and not _other_person(said.speaker, best.speaker):
        return None
    # "The tribunal judge" for "Employment Judge David Morgan": the head word of a title, though a
    # reporting word elsewhere.
    head = said.speaker.split()[-1].lower() if said.speaker.split() else ""
    if head in lx.FUNCTION_WORDS and re.search(rf"\b{re.escape(head)}\b", best.speaker, re.IGNORECASE):
        return None
    if best.described and _described_as(said.speaker, best, " ".join(passages)):
        return None   # "the chair of the planning committee" for "Brenda Okafor, who chairs the planning committee"
    if _speaks_for(said.speaker, best, " ".join(passages)):
        return None
    if _body_named(said.speaker, best.speaker, " ".join(passages)):
        return None
    return said.speaker.strip(), best.speaker.strip()


_BODY_NOUNS = r"company|firm|group|business|retailer|maker|manufacturer|operator|chain|brand|supplier|developer|" \
              r"airline|bank|insurer|council|charity|trust|club|school|university|college|board|agency|authority"
_TITLE_WORDS = "|".join(title.capitalize() for title in sorted(lx.TITLES))
# The last word of a body's full name: "Brenmoor Rail Holdings", "Velmont Airways".
_BODY_SUFFIXES = r"Holdings|Group|Inc|Ltd|plc|PLC|Corporation|Corp|Company|Airways|Airlines|Motors|Bank|Brewing|" \
                 r"Foods|Mobile|Industries|Energy|Partners|Capital|Insurance|Pharmaceuticals|Systems|Technologies|" \
                 r"Water|Rail|Railways|Renewables|Power|Utilities|Trains|Buses|Homes|Housing|Networks|Logistics|Construction"
_BODY_SPEAKER_RE = re.compile(rf"(?:the|its)\s+(?:{_BODY_NOUNS})", re.IGNORECASE)


def _body_named(said: str, speaker: str, text: str) -> bool:
    """"Halvorsen blamed a faulty connection" where "The company said" it, and the passage brings the
    company in by name ("Kitchen appliance maker Halvorsen has recalled"): the body named, not a person."""
    names = [w for w in said.split() if w[:1].isupper()]
    if not names or len(names) != len(said.split()) or not _BODY_SPEAKER_RE.fullmatch(speaker.strip()):
        return False
    run = re.escape(" ".join(names))
    # Named as a body ("appliance maker Halvorsen", "Brenmoor Rail Holdings"), never as a person
    # ("Ms Halvorsen", "Anna Halvorsen").
    return (re.search(rf"\b(?:{_BODY_NOUNS})\s+{run}\b", text, re.IGNORECASE) is not None
            or re.search(rf"\b{run}(?:\s+[A-Z][\w&]*){{0,2}}\s+(?:{_BODY_SUFFIXES})\b", text) is not None
            or len(names) > 1 and re.fullmatch(_BODY_SUFFIXES, names[-1]) is not None
            and re.search(rf"\b{run}\b", text) is not None) \
        and re.search(rf"\b(?:[A-Z][a-z]+|(?:{_TITLE_WORDS})\.)\s+{run}\b", text) is None


# Words of a speaker's name that name no one in particular: titles, and "The".
_NOT_NAMING = set("the mr mrs ms miss dr prof professor sir dame lord lady judge justice president minister "
                  "councillor cllr senator governor mayor chief deputy senior".split())


def _other_person(said: str, speaker: str) -> bool:
    """Two people named in full whose surnames differ, though their posts share a word: "Council leader
    Graham Osei" is not "Opposition leader Dana Whitcombe"."""
    def names(who: str) -> list[str]:
        return re.findall(r"\b[A-Z][a-z][\w'’\-]*", re.sub(r"['’]s\b", "", who))
    mine, theirs = names(said), names(speaker)
    if len(mine) < 2 or len(theirs) < 2 or not said.split() or not speaker.split():
        return False
    if not said.split()[-1][:1].isupper() or not speaker.split()[-1][:1].isupper():
        return False
    if mine[-1] != theirs[-1] and mine[-1] not in theirs and theirs[-1] not in mine \
            and mine[-2] not in theirs and theirs[-2] not in mine:
        return True
    # One last word, another before it: "Southvale Water" is not "the Consumer Council for Water", nor
    # "Sarah Reyes" "Tom Reyes" (titles aside: "Mr Reyes" may be either).
    mine, theirs = ([name for name in names if name.lower().rstrip(".") not in _NOT_NAMING] for names in (mine, theirs))
    return len(mine) >= 2 and len(theirs) >= 2 and mine[-1] == theirs[-1] \
        and mine[-2] not in theirs and theirs[-2] not in mine


def _described_as(said: str, speech: _Speech, text: str) -> bool:
    """The claim's speaker is what the passage says the speaker is, a word of it perhaps taken from the
    name that word belongs to: "the care board's medical director" for "Dr Helen Cho, the board's
    medical director", where the passage names "NHS Somerfield Integrated Care Board"."""
    known = _keys(speech.described) | _speaker_keys(speech.speaker)
    described = [w for w in re.findall(r"[a-z]+", speech.described.lower()) if w not in lx.FUNCTION_WORDS]
    for word in re.findall(r"[A-Za-z][\w\-]*", said):
        if word.lower() in lx.FUNCTION_WORDS or _keys(word) <= known:
            continue
        if not any(re.search(rf"\b{re.escape(word)}\s+{re.escape(d)}\b", text, re.IGNORECASE) for d in described):
            return False
    return True


_OFFICER_RE = re.compile(r"\b(?:managing\s+director|chief\s+executive|spokes(?:person|man|woman)|chair(?:man|woman)?|"
                         r"owner|founder|director|boss)\b", re.IGNORECASE)


def _speaks_for(body: str, speech, text: str) -> bool:
    """"Calder Airport says" where "Managing director Owen Price said the airport plans ...": an officer
    speaks for the body the passages name, when what they say is of that body ("the airport")."""
    names = [w for w in body.split() if w[:1].isupper()]
    if not names or not _OFFICER_RE.search(speech.speaker) or not all(re.search(rf"\b{re.escape(w)}\b", text)
                                                                       for w in names):
        return False
    return re.search(rf"\b(?:the|its)\s+{re.escape(names[-1].lower())}\b", speech.content, re.IGNORECASE) is not None


# One thing where the passage has several, or several where it has one: "one dominant state could set
# the terms" against "a few powerful states could dictate the terms".
_ONE = r"one|a single|a lone|only one"
_SEVERAL = r"a few|few|several|many|some|multiple|numerous|a handful of|a number of"


def _counted(text: str, quantifiers: str, plural: bool) -> set[str]:
    """Nouns (singular form) counted by one of the quantifiers, with at most one word between."""
    found = set()
    for match in re.finditer(rf"\b(?:{quantifiers})\s+(?:([a-z][\w\-]*)\s+)?([a-z][\w\-]*)", text, re.IGNORECASE):
        for word in filter(None, match.groups()):
            word = word.lower()
            if plural and word.endswith("s") and not word.endswith("ss"):
                found.add(word[:-1])
            elif not plural and not word.endswith("s"):
                found.add(word)
    return found


def changed_count(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(noun, what the passages say of it) when the claim counts one of a thing the passages count
    as several, or several of a thing they count as one, and they never count it the claim's way."""
    text = " ".join(passages)
    for mine, theirs, plural_mine, said in ((_ONE, _SEVERAL, False, "more than one"), (_SEVERAL, _ONE, True, "one")):
        for noun in _counted(claim, mine, plural_mine) - {"of", "time"}:
            if noun in _counted(text, theirs, not plural_mine) and noun not in _counted(text, mine, plural_mine):
                return noun, said
    return None


# A figure and the thing it counts, the word right after it: "45,000 stores", "100 countries", or after
# a participle before it: "40 sampled contracts".
_FIGURE_NOUN_RE = re.compile(r"(?<![\w.,£$€])(\d[\d,]*(?:\.\d+)?)\s+(?:[a-z]{3,}ed\s+)?([a-z]{3,})\b")
_NOT_COUNTED = {"per", "percent", "million", "billion", "thousand", "hundred", "and", "the", "for", "from", "out",
                "with", "into", "over", "under", "than", "who", "which", "that", "was", "were", "are", "had", "has",
                "have", "will", "would", "when", "while", "after", "before", "since", "until"}


def _figure_nouns(text: str) -> list[tuple[str, str, str]]:
    """(value, noun stem, "45,000 stores") of each figure followed by the thing it counts."""
    return [(number.replace(",", ""), lx.stem(noun), f"{number} {noun}")
            for number, noun in _FIGURE_NOUN_RE.findall(text) if noun not in _NOT_COUNTED]


def recounted(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's "45,000 countries", the passages' "45,000 stores") when the claim's figure counts a
    thing the passages count with another figure ("100 countries"), and the passages give the claim's
    figure to something else only."""
    theirs: dict[str, set[str]] = {}
    counted: dict[str, set[str]] = {}
    said: dict[str, str] = {}
    for number, stem, phrase in _figure_nouns(" ".join(passages)):
        theirs.setdefault(number, set()).add(stem)
        counted.setdefault(stem, set()).add(number)
        said.setdefault(number, phrase)
    for number, stem, phrase in _figure_nouns(claim):
        if number in theirs and stem not in theirs[number] and number not in counted.get(stem, {number}) \
                and not (stem in _PEOPLE and theirs[number] & _PERSONS):
            return phrase, said[number]
    return None


# "1,200 people" counts "1,200 staff" as much as "300 people" does those who objected.
_PEOPLE = {lx.stem(word) for word in ("people", "persons", "individuals")}
_PERSONS = _PEOPLE | {lx.stem(word) for word in (
    "staff", "workers", "employees", "residents", "members", "volunteers", "patients", "passengers", "customers",
    "pupils", "students", "visitors", "fans", "voters", "households", "adults", "children", "commuters", "users")}


# Who put up a sum: "Bexley Council paid £3.1 million", "the trust will contribute $2m".
_PAYER_RE = re.compile(r"(?P<who>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|for|of|and))*)\s+(?:has\s+|have\s+|had\s+|"
                       r"will\s+|would\s+|is\s+|are\s+)?(?:paid|pays|paying|contributed|contributes|contributing|"
                       r"gave|gives|donated|donates|spent|spends|invested|invests|provided|provides|put\s+in|puts\s+in)"
                       r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
                       r"(?P<sum>[£$€](?P<amount>\d[\d,.]*\d|\d)(?:\s*(?:m|bn|million|billion)\b)?)")


def _payers(text: str) -> list[tuple[str, str, str]]:
    """(payer, amount's digits, the sum as written) of each sum a body is said to put up."""
    return [(re.sub(r"^(?:The|A|An)\s+", "", match.group("who")), match.group("amount").replace(",", ""),
             match.group("sum")) for match in _PAYER_RE.finditer(text)]


def swapped_payer(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(the claim's payer, the passages' payer, the sum) when the claim has one body put up a sum the
    passages have another put up, and the passages name the claim's payer too, for another part:
    "The Department for Education paid £3.1 million" where "Bexley Council paid £3.1 million of the
    cost, with the remainder covered by the Department for Education"."""
    text = " ".join(passages)
    theirs = _payers(text)
    for who, amount, said in _payers(claim):
        words = {w for w in who.split() if w[:1].isupper()}
        for other, their_amount, _ in theirs:
            if their_amount == amount and not words & set(other.split()) and all(w in text for w in words):
                return who, other, said
    return None


# Falling short of a mark and reaching it: "well short of the required five years" against "met the
# required five years", "missed its 2025 target" against "hit its 2025 target".
_SHORT_OF = r"(?:(?:fell|falls|fall|falling|well|far|just|way)\s+)?(?:short\s+of|below|under|missed|misses|miss|missing|" \
            r"failed\s+to\s+(?:meet|reach|hit|achieve))"
_MET = r"(?:met|meet|meets|meeting|hit|hits|hitting|reached|reach|reaches|exceeded|exceed|exceeds|surpassed|surpass|" \
       r"surpasses|beat|beats|achieved|achieve|achieves|topped|tops|above|over|more\s+than|beyond)"
_MARK_WORDS = r"target|goal|aim|threshold|benchmark|mark|ambition|limit|requirement|standard|quota|pledge|cap"
_MARK = rf"(?:the|its|their|his|her|a|an)\s+(?P<before>(?:[\w\-%.£$€]+\s+){{0,4}}?)(?P<head>{_MARK_WORDS}|[a-z]+s)\b"
_SHORT_MARK_RE = re.compile(rf"\b{_SHORT_OF}\s+{_MARK}", re.IGNORECASE)
_MET_MARK_RE = re.compile(rf"(?<!\bto\s)(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\b{_MET}\s+{_MARK}", re.IGNORECASE)


def _marks(text: str, pattern: re.Pattern) -> list[tuple[str, str, str]]:
    """(head noun, figure words, the words as written) of each mark the pattern finds; a plain plural
    ("over the years") is a mark only with a figure ("the required five years")."""
    found = []
    for match in pattern.finditer(text):
        figures = " ".join(t.key for t in parse(match.group("before"), fragment=True).terms if t.kind == "number")
        head = match.group("head").lower()
        if figures or re.fullmatch(_MARK_WORDS, head):
            found.append((head.rstrip("s"), figures, match.group(0)))
    return found


def missed_mark(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's words, the passage's) when the claim has a mark met that the passage has missed,
    or missed that it has met: the same kind of mark, with the same figure where both give one."""
    text = " ".join(passages)
    for mine, theirs, ours in ((_MET_MARK_RE, _SHORT_MARK_RE, _MET_MARK_RE), (_SHORT_MARK_RE, _MET_MARK_RE, _SHORT_MARK_RE)):
        kept = {(head, figures) for head, figures, _ in _marks(text, ours)}
        for head, figures, said in _marks(claim, mine):
            for their_head, their_figures, their_said in _marks(text, theirs):
                if head == their_head and (not figures or not their_figures or figures == their_figures) \
                        and (head, their_figures) not in kept:
                    return said, their_said
    return None


# A figure bounded from one side: "just over £40 million", "a little under 40%", "almost 2,000".
_UNDER = r"(?:(?:a\s+little|slightly|just|fractionally)\s+)?(?:under|below|less\s+than|fewer\s+than|short\s+of)|almost|nearly"
_OVER = r"(?:(?:a\s+little|slightly|just|fractionally)\s+)?(?:over|above|more\s+than|upwards\s+of|in\s+excess\s+of)"
_SIDED_RE = re.compile(rf"\b(?:(?P<under>{_UNDER})|(?P<over>{_OVER}))\s+(?P<figure>[£$€]?\d[\d,.]*(?:\s*%|\s*(?:percent|per\s+cent|"
                       rf"million|billion|bn|m|k)\b)?)", re.IGNORECASE)


def _sided(text: str) -> list[tuple[str, int, str]]:
    """(figure as digits and unit, -1 below or +1 above, the words) of each figure bounded from one side."""
    found = []
    for match in _SIDED_RE.finditer(text):
        figure = re.sub(r"[\s,]|per\s*cent|percent", "", match.group("figure").lower()).replace("%", "pc")
        found.append((figure.rstrip("."), -1 if match.group("under") else 1, match.group(0)))
    return found


def flipped_bound(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's words, the passage's) when the claim puts a figure on the other side of the bound the
    passage gives it: "a little under £40 million" where the project "cost just over £40 million"."""
    theirs = [bound for passage in passages for bound in _sided(passage)]
    for figure, side, said in _sided(claim):
        sides = {their_side for their_figure, their_side, _ in theirs if their_figure == figure}
        if sides == {-side}:
            return said, next(words for their_figure, _, words in theirs if their_figure == figure)
    return None


_PAY_NAME = r"[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*)*"
# Who is to pay whom: "ordered Marco Fenwick to pay £85,000 ... to Eleanor Quayle", "Quayle was ordered
# to pay", "the firm must pay Ms Hale £4,000".
_ORDERED_PAY_RES = (
    re.compile(rf"\bordered\s+(?:\S+\s+){{0,3}}?(?P<payer>{_PAY_NAME})\s+to\s+(?:also\s+)?pay\b(?P<rest>[^.;]*)"),
    re.compile(rf"(?P<payer>{_PAY_NAME})(?:,[^,]{{1,60}},)?\s+(?:was|were|has\s+been|had\s+been|is|are)\s+(?:also\s+)?"
               rf"ordered\s+to\s+pay\b(?P<rest>[^.;]*)"),
    re.compile(rf"(?P<payer>{_PAY_NAME})\s+(?:must|will|would|agreed\s+to|has\s+to|had\s+to|is\s+to)\s+(?:also\s+)?"
               rf"pay\b(?P<rest>[^.;]*)"),
)
_PAYEE_FIRST_RE = re.compile(rf"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<payee>{_PAY_NAME})\s+(?:a\s+total\s+of\s+)?[£$€\d]")
_PAYEE_TO_RE = re.compile(rf"\bto\s+(?:[a-z]+\s+){{0,3}}?(?P<payee>{_PAY_NAME})")
_NOT_PAYEE_WORDS = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Judge", "Justice", "Sir", "Dame"}


def _name_words(name: str) -> str:
    return " ".join(word for word in name.split() if word not in _NOT_PAYEE_WORDS)


def _payments(text: str) -> list[tuple[str, str]]:
    """(payer, payee or "") of each payment a text orders or agrees, titles left out."""
    found = []
    for pattern in _ORDERED_PAY_RES:
        for match in pattern.finditer(text):
            rest = match.group("rest")
            payee = _PAYEE_FIRST_RE.match(rest) or _PAYEE_TO_RE.search(rest)
            found.append((_name_words(match.group("payer")), _name_words(payee.group("payee")) if payee else ""))
    return [(payer, payee) for payer, payee in found if payer]


def swapped_payee(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the passages' payee, their payer) when the claim has the payment go the other way: "Quayle
    was ordered to pay £85,000 in libel damages to Marco Fenwick" where the judge "ordered ... Marco
    Fenwick to pay £85,000 in libel damages to food critic Eleanor Quayle"."""
    theirs = [payment for passage in passages for payment in _payments(passage)]
    for payer, payee in _payments(claim):
        for their_payer, their_payee in theirs:
            if _one_name(payer, their_payee) and not _one_name(payer, their_payer) \
                    and (not payee or _one_name(payee, their_payer)):
                return their_payee, their_payer
    return None


def _one_name(a: str, b: str) -> bool:
    """The two share a word of a name: "Fenwick" is "Marco Fenwick"."""
    return bool(set(a.split()) & set(b.split()))


# "three points behind leaders Hadley Town", "12 seconds ahead of Ruth Kemp": a gap to a named rival.
_GAP_TO_RE = re.compile(r"\b(\w+)\s+(points?|votes?|seconds?|minutes?|places?|strokes?|shots?|goals?|runs?|lengths?)"
                        r"\s+(?:ahead\s+of|behind|clear\s+of|adrift\s+of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                        r"((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)")


def other_rival(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's gap, the passages' rival) when the claim sets a gap the passages give ("three
    points ahead of Dunmore Rovers") between other sides than the passages do ("three points behind
    leaders Hadley Town"), and never names the passages' rival."""
    text = " ".join(passages)
    for mine in _GAP_TO_RE.finditer(claim):
        size = (mine.group(1).lower(), mine.group(2).lower().rstrip("s"))
        for theirs in _GAP_TO_RE.finditer(text):
            if (theirs.group(1).lower(), theirs.group(2).lower().rstrip("s")) != size:
                continue
            rival = [w for w in theirs.group(3).split() if w.lower() not in lx.FUNCTION_WORDS]
            if rival and not any(re.search(rf"\b{re.escape(w)}\b", claim) for w in rival):
                return mine.group(0), theirs.group(3)
    return None


_PERSON_NOUNS = ("farmer|man|woman|driver|teacher|nurse|doctor|roofer|builder|runner|student|pupil|mother|father|"
                 "teenager|boy|girl|pensioner|businessman|businesswoman|worker|resident|cyclist|footballer|player|"
                 "artist|photographer|chef|baker|shopkeeper|grandmother|grandfather|volunteer|electrician|plumber|"
                 "landlord|mechanic|solicitor|carer|officer|fisherman|gardener|walker|swimmer|climber")
_HOME_CLAIM_RE = re.compile(rf"\b(?:a|an|the)\s+((?:[A-Z][\w'’\-]*\s+)+)(?:[a-z]+\s+)?({_PERSON_NOUNS})\b")
_HOME_RE = re.compile(rf"\b((?i:{_PERSON_NOUNS}))\s+(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*,\s+(?:\d+,\s+)?(?:of|from)\s+"
                      r"((?:[A-Z][\w'’\-]*\s*)+)(?:\s*(?:in|near),?\s+((?:[A-Z][\w'’\-]*\s*)+))?")


def misplaced_home(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's place, the passages' place) when the claim calls someone "a Builth Wells dairy
    farmer" where the passages have "Dairy farmer Owen Pritchard, of Llanfyllin in Powys" and speak of
    Builth Wells for something else."""
    text = " ".join(passages)
    for mine in _HOME_CLAIM_RE.finditer(claim):
        place, noun = mine.group(1).strip(), mine.group(2).lower()
        if place.split()[0] in lx.FUNCTION_WORDS or place not in text:
            continue
        for theirs in _HOME_RE.finditer(text):
            if theirs.group(1).lower() != noun:
                continue
            homes = " ".join(filter(None, (theirs.group(2), theirs.group(3))))
            if place not in homes and not any(word in claim for word in theirs.group(2).split()):
                return place, theirs.group(2).strip()
    return None


# Places and bodies named by a name and a common noun: "Brayford railway station", "Halsey Crown Court".
_PLACE_NOUNS = {"station", "airport", "hospital", "school", "academy", "college", "university", "court", "council",
                "market", "park", "stadium", "bridge", "road", "street", "river", "port", "harbour", "harbor",
                "prison", "factory", "plant", "mine", "centre", "center", "library", "museum", "church", "county",
                "district", "region", "province", "basin", "valley", "bay", "island", "estate", "reservoir", "farm"}
_NAMED_PLACE_RE = re.compile(r"((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)((?:\s+[a-z][\w\-]*){1,3})")


_BOUND_FOR_RE = re.compile(r"\b((?i:exports|imports|sales|shipments|flights|crossings|arrivals|trade))"
                           r"(?:\s+from\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)?\s+(to|into|from)\s+"
                           r"(?:the\s+)?((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)")
_HELD_AT_RE = re.compile(r"\b((?i:magistrates|court|tribunal|inquest|hearing|trial|meeting|conference|summit|talks|"
                         r"ceremony|rally|protest|festival|exhibition|crash|collision|fire|match|race))\s+(?:in|at)\s+"
                         r"(?:the\s+)?((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)")
_OF_PLACE_RE = re.compile(r"\b(coast|capital|outskirts|centre|center|north|south|east|west|city|town|region|"
                          r"province|island|shores|banks|mouth|foot|edge|heart)\s+of\s+(?:the\s+)?"
                          r"((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*)")


def swapped_place_name(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(the claim's name, the passages' name) when the claim puts its name before a place's common noun
    ("Harlow Cross railway station") where the passages have another name before it ("Brayford railway
    station") and never the claim's."""
    text = fold_accents(" ".join(passages))
    for match in _NAMED_PLACE_RE.finditer(fold_accents(claim)):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1))
        following = match.group(2).split()
        noun_at = next((k for k, word in enumerate(following) if word in _PLACE_NOUNS), None)
        if noun_at is None or name in {"The", "A", "An"}:
            continue
        rest = " " + " ".join(following[:noun_at + 1])
        if re.search(rf"\b{re.escape(name + rest)}\b", text):
            continue
        for other in re.finditer(rf"((?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*){re.escape(rest)}\b", text):
            theirs = re.sub(r"^(?:The|A|An)\s+", "", other.group(1))
            if theirs not in {"The", "A", "An"} and not set(theirs.split()) & set(name.split()):
                return name, theirs
    # "off the coast of Norvik" where the passages have "off the coast of Skerra Island".
    for match in _OF_PLACE_RE.finditer(fold_accents(claim)):
        noun, name = match.group(1).lower(), match.group(2)
        if re.search(rf"\b{noun}\s+of\s+{re.escape(name)}\b", text, re.IGNORECASE):
            continue
        for other in _OF_PLACE_RE.finditer(text):
            if other.group(1).lower() == noun and not set(other.group(2).split()) & set(name.split()):
                return name, other.group(2)
    # "Tarsenia's exports to Korvath" where the passages have "Exports from Tarsenia to the Meridian Customs
    # Union": where goods or people went, given by another place the passages name.
    for match in _BOUND_FOR_RE.finditer(fold_accents(claim)):
        noun, way, name = match.group(1).lower(), match.group(2).lower(), match.group(3)
        ours = [m for m in _BOUND_FOR_RE.finditer(text) if m.group(1).lower() == noun and m.group(2).lower() == way]
        if ours and not any(set(m.group(3).split()) & set(name.split()) for m in ours) \
                and re.search(rf"\b{re.escape(name)}\b", text):
            return name, ours[0].group(3)
    # "heard by magistrates in Dunmere" where the passages have "Magistrates at Westbury": where a body
    # sat or an event took place, given by another place the passages name for something else.
    for match in _HELD_AT_RE.finditer(fold_accents(claim)):
        noun, name = match.group(1).lower(), match.group(2)
        if re.search(rf"\b{noun}\s+(?:in|at)\s+(?:the\s+)?{re.escape(name)}\b|\b{re.escape(name)}\s+{noun}\b",
                     text, re.IGNORECASE):
            continue
        for other in _HELD_AT_RE.finditer(text):
            if other.group(1).lower() == noun and not set(other.group(2).split()) & set(name.split()) \
                    and re.search(rf"\b{re.escape(name)}\b", text):
                return name, other.group(2)
    return None


# A nation's word before the people or bodies it names: "Peruvian officials", "US complicity".
_NATION_RE = re.compile(r"\b(US|UK|EU|U\.S\.|[A-Z][a-z]+(?:ian|ean|an|ese|ish|i))\s+([a-z][\w\-]*)")
_NATION_NOUNS = set("""officials official authorities government ministers minister diplomats diplomat troops forces
soldiers police officers leaders leader companies firms investors banks lawmakers politicians negotiators
prosecutors courts judges agencies agents envoys complicity involvement interference pressure""".split())
_SAME_NATION = ({"US", "U.S.", "American"}, {"UK", "British"})


def _nation(word: str) -> str:
    return next((min(group) for group in _SAME_NATION if word in group), word)


def swapped_nation(claim: str, passages: list[str]) -> tuple[str, str, str] | None:
    """(the claim's nation word, the passages', the noun) when the claim puts one nation's word before a noun
    ("American officials") that the passages give to another ("Peruvian officials") and never to the
    claim's, while the passages name the claim's nation elsewhere: the two nations traded places."""
    text = " ".join(passages)
    theirs: dict[str, set[str]] = {}
    for match in _NATION_RE.finditer(text):
        theirs.setdefault(match.group(2), set()).add(_nation(match.group(1)))
    for match in _NATION_RE.finditer(claim):
        mine, noun = _nation(match.group(1)), match.group(2)
        if noun not in _NATION_NOUNS or noun not in theirs or mine in theirs[noun]:
            continue
        others = theirs[noun] - {mine}
        if others and any(mine in nations for nations in theirs.values()):
            return match.group(1), sorted(others)[0], noun
    return None


# Who gives to whom: "a few powerful states could dictate the terms ... to weaker nations" against a claim
# where "weaker nations could set the terms ... for a handful of powerful states".
_TRANSFER_RE = re.compile(r"\b(?:to|for)\b")
_TRANSFER_REACH = 6


def _plural_phrases(text: str) -> dict[tuple[str, str], str]:
    """(adjective stem, noun stem) -> words, of each "weaker nations", "powerful states" in the text."""
    words = re.findall(r"[a-z][a-z\-]*", text.lower())
    return {(lx.stem(a), lx.stem(b)): f"{a} {b}" for a, b in zip(words, words[1:])
            if b.endswith("s") and not b.endswith("ss") and a not in lx.FUNCTION_WORDS and not a.endswith("ly")
            and b not in lx.GRAMMAR_WORDS}


def _transfers(sentence: str) -> list[tuple[dict, dict]]:
    """(phrases before, phrases just after) each "to"/"for" of the sentence."""
    found = []
    for match in _TRANSFER_RE.finditer(sentence.lower()):
        after = " ".join(sentence[match.end():].split()[:_TRANSFER_REACH])
        found.append((_plural_phrases(sentence[:match.start()]), _plural_phrases(after)))
    return found


def reversed_transfer(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(giver, receiver) of the claim when a passage sentence has them the other way round and no
    sentence has them the claim's way. A claim in the passive ("by") is left alone."""
    if re.search(r"\bby\b", claim):
        return None
    theirs = [t for passage in passages for start, end in split_sentences(passage)
              for t in _transfers(passage[start:end])]
    for before, after in _transfers(claim):
        for giver in before:
            for receiver in set(after) - {giver}:
                if any(receiver in b and giver in a for b, a in theirs) \
                        and not any(giver in b and receiver in a for b, a in theirs):
                    return before[giver], after[receiver]
    return None
