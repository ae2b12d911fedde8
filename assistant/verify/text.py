"""Turning claims and passages into the terms the offline judge compares.

A term is one checkable piece of a sentence: a content word (matched by stem or synonym), a
number (matched by value), or a name (a capitalised word, matched by its letters). Each term
also carries whether it stands under a negation and which pole of an opposite pair it is on.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.verify import lexicon as lx

CITATION_RE = re.compile(r"\s*\[\d+(?:\s*[,;–-]\s*\d+)*\]")
_ACRONYM_DOTS_RE = re.compile(r"\b((?:[A-Za-z]\.){2,})")
_QUARTER_RE = re.compile(r"Q([1-4])")
_TENS_UNITS_RE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|"
                            r"seven|eight|nine)\b", re.IGNORECASE)
_TENS = {20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0}
# "the twenty-first of May" is the 21st.
_TENS_ORDINAL_RE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](first|second|third|fourth|"
                              r"fifth|sixth|seventh|eighth|ninth)\b", re.IGNORECASE)
_ORDINAL_SUFFIX = {"first": "st", "second": "nd", "third": "rd"}
# "her two hundredth peal" is her 200th; "the one thousandth visitor" the 1,000th.
_HUNDREDTH_RE = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten)[-\s](hundredth|thousandth)\b",
                           re.IGNORECASE)
# A number said in words as it is spoken: "nine hundred and fifty", "two thousand and twenty-five",
# "two point four million" (the scale word stays a word).
_SPOKEN_UNITS = "zero one two three four five six seven eight nine".split()
_SPOKEN_VALUE = {**lx.NUMBER_WORDS, "one": 1}
_SPOKEN_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_NUMBER_RE = re.compile(rf"\b(?:(?:a|one|{_SPOKEN_WORD})\s+(?:hundred|thousand)(?:\s+and)?|{_SPOKEN_WORD})"
                               rf"(?:[\s-]+(?:{_SPOKEN_WORD}|hundred|thousand|and))*"
                               rf"(?:\s+point(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))+)?\b",
                               re.IGNORECASE)
# "four pounds fifty" is £4.50.
_POUNDS_PENCE_RE = re.compile(rf"\b({_SPOKEN_WORD}|\d{{1,3}})\s+pounds?\s+({_SPOKEN_WORD}(?:[-\s](?:one|two|three|four|five|"
                              rf"six|seven|eight|nine))?|\d{{2}})\b(?![-\s]*(?:pence|p|per|percent|%|hundred|thousand|"
                              rf"million|billion|{_SPOKEN_WORD})\b)", re.IGNORECASE)
_FRACTION_WORDS_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine)-((?:third|quarter|fourth|fifth|"
                                r"sixth|seventh|eighth|ninth|tenth)s?)\b", re.IGNORECASE)
# Words that open a sentence before a name without being part of it.
_OPENING_PREPOSITIONS = {"after", "before", "like", "unlike", "despite", "following", "amid", "besides", "beyond",
                         "behind", "near", "outside", "inside", "without", "except", "alongside", "along", "among",
                         "amongst", "against", "across", "beside", "between", "during", "since", "until", "within",
                         "throughout", "toward", "towards", "upon", "unless", "apart", "aside"}
_HALF_YEAR_RE = re.compile(r"\bhalf-year\b", re.IGNORECASE)
# "no fewer than 60 homes" is "at least 60", not fewer of them.
_NO_FEWER_RE = re.compile(r"\b(?:no|not)\s+(?:fewer|less)\s+than\b", re.IGNORECASE)
# "no later than 20 November" is "by 20 November"; "no earlier than" is "from": a deadline, not a denial.
_NO_LATER_RE = re.compile(r"\b(?:no|not)\s+(later|earlier|sooner)\s+than\b", re.IGNORECASE)
_NO_MORE_RE = re.compile(r"\b(?:no|not)\s+(?:more|greater|higher)\s+than\b(?=\s+(?:[£$€]\s?)?\d)", re.IGNORECASE)
# "rose by well over half" bounds a share at 50% ("over half of the farms" is read as a share of them).
_BOUNDED_HALF_RE = re.compile(r"\b((?:well\s+|just\s+)?(?:over|under|more\s+than|less\s+than|nearly|almost))\s+half\b"
                              r"(?!\s+(?:of|a|an|the|their|its|his|her|our|these|those|all)\b)(?!-)", re.IGNORECASE)
# A change by a fraction is a change by a share: "risen by roughly half" is by about 50%, "cut by a
# quarter" by 25%.
_BY_FRACTION_RE = re.compile(r"\bby\s+((?:roughly|about|around|almost|nearly|some|(?:just\s+)?over|(?:just\s+)?under|"
                             r"more\s+than|less\s+than|close\s+to)\s+)?(half|a\s+quarter|a\s+fifth|three\s+quarters)\b"
                             r"(?!\s+(?:of|a|an|the)\b)(?!-)", re.IGNORECASE)
_BY_FRACTION = {"half": "50%", "a quarter": "25%", "a fifth": "20%", "three quarters": "75%"}


def _by_fraction(match: re.Match) -> str:
    return f"by {match.group(1) or ''}{_BY_FRACTION[' '.join(match.group(2).lower().split())]}"


# "nearly twice the target" is nearly two times it (a hedged ratio; "twice as frequent" stays a word).
_TWICE_THE_RE = re.compile(r"\b(nearly|almost|more\s+than|over|about|roughly|close\s+to)\s+twice\s+(?=the\b)",
                           re.IGNORECASE)
# "not a decision we took lightly" denies the taking lightly, not the decision.
_NOT_A_THING_WE_RE = re.compile(r"\bnot\s+(an?\s+[a-z]+)\s+(we|they|I|he|she|you|anyone)\s+(?=[a-z]+)", re.IGNORECASE)
# "the title race was far from over" says it is not over.
_LOST_SUPPLY_RE = re.compile(r"\b(?:lost|lose|losing)\s+(power|electricity|water|heating|gas|phone\s+lines?)\b",
                             re.IGNORECASE)
_CENTURY_RE = re.compile(r"\b(?:(half)\s+a|(a|one|two|three|four|five)|the\s+(next|past|last))\s+centur(?:y|ies)\b"
                         r"(?!-|\s+(?:ago|earlier|later|before))", re.IGNORECASE)


def _century_years(match: re.Match) -> str:
    if match.group(3):
        return f"the {match.group(3)} 100 years"
    count = 0.5 if match.group(1) else 1 if match.group(2).lower() in {"a", "one"} else _count_word(match.group(2))
    return f"{count * 100:g} years"


_ANSWER_DASH_RE = re.compile(r"^(\s*(?:No|Yes))\s*-\s+")
_ORDINAL_PERIOD_RE = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-(quarter|half|"
                                r"round|season|term|session|century|decade|place)\b", re.IGNORECASE)
_SHORT_OF_RE = re.compile(r"(\d[\d,.]*\s*(?:%|percent|per\s+cent|points?)?)\s+short\s+of\b", re.IGNORECASE)
_SHORT_OF_FIGURE_RE = re.compile(r"\bshort\s+of\s+(?=(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+)?"
                                 rf"(?:\d|(?:{'|'.join(lx.NUMBER_WORDS)})\b))", re.IGNORECASE)
_MISSED_MARK_RE = re.compile(r"\b(?:(?:(?:fell|falls|fall|falling|well|far)\s+)?short\s+of|missed|misses|miss|missing|"
                             r"(?:did|does|do)\s+not\s+(?:meet|reach|hit|achieve)|"
                             r"(?:failed|fails|fail)\s+to\s+(?:meet|reach|hit|achieve))\s+"
                             r"(?=(?:the|its|their|his|her)\s+(?:[\w\-%.£$€]+\s+){0,4}?(?:target|goal|aim|threshold|"
                             r"benchmark|ambition|requirement|standard|quota|pledge)s?\b)", re.IGNORECASE)
_FAR_FROM_RE = re.compile(r"\bfar\s+from\s+(?=(?:over|certain|clear|finished|complete|resolved|settled|done|"
                          r"guaranteed|assured|decided|secure|safe|perfect|ideal|easy|simple)\b)", re.IGNORECASE)
_NOT_OVER_RE = re.compile(r"\b((?:is|was|are|were|be|been)\s+not(?:\s+yet)?)\s+over\b(?!\s+(?:the|a|an|\d))",
                          re.IGNORECASE)
# "one in three of them" is "a third of them"; so is "one in every three", "one out of every three".
_ONE_IN_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|(?:in|out\s+of)\s+every)\s+"
                        r"(three|four|five|six|seven|eight|nine|ten|[3-9]|10)\b(?:\s+of\b)?", re.IGNORECASE)
# "The scheme was brought forward" is done earlier, "was pushed back" later; not "brought forward
# plans" (put them forward) nor "pushed back against" (resisted).
_MOVED_DATE_RE = re.compile(r"\b(be|is|are|was|were|been|being)\s+(?:(brought)\s+forward|(?:pushed|put)\s+back)\b"
                            r"(?!\s+(?:against|on)\b)", re.IGNORECASE)
_ONE_IN = {"three": "third", "four": "quarter", "five": "fifth", "six": "sixth", "seven": "seventh",
           "eight": "eighth", "nine": "ninth", "ten": "tenth"}
_ONE_IN.update({str(n): _ONE_IN[word] for n, word in enumerate("three four five six seven eight nine ten".split(), 3)})
_COUNTS_TO_TEN = {word: n for n, word in enumerate("one two three four five six seven eight nine ten".split(), 1)}


def _one_in(match: re.Match) -> str:
    """"one in four" as "a quarter of", "two in five" as "two fifths of"; "six in five" stays as it is."""
    part, whole = (match.group(n).lower() for n in (1, 2))
    count = int(part) if part.isdigit() else _COUNTS_TO_TEN[part]
    if count >= (int(whole) if whole.isdigit() else _COUNTS_TO_TEN[whole]):
        return match.group(0)
    fraction = _ONE_IN[whole]
    return f"a {fraction} of" if count == 1 else f"{list(_COUNTS_TO_TEN)[count - 1]} {fraction}s of"


# "50 metres or more" is "at least 50 metres"; "ten or fewer" is "at most ten".
_OR_MORE_RE = re.compile(r"\b((?:\$?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
                         r"hundred)(?:\s+[a-z]+){0,2}?)\s+or\s+(more|longer|over|above|fewer|less|under|below)\b"
                         r"(?!\s+than\b)", re.IGNORECASE)
_OR_MORE = {"more": "at least", "longer": "at least", "over": "at least", "above": "at least",
            "fewer": "at most", "less": "at most", "under": "at most", "below": "at most"}
# "mid-May", "early-2026": the month or year, hedged, not a word of its own.
_MID_RE = re.compile(r"\b(mid|early|late)-(?=(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b|\d{4}\b)", re.IGNORECASE)
# "recharged 5,000 times before losing a fifth": a count of times, not a multiple of something.
_COUNTED_AFTER_TIMES = {"before", "since", "in", "during", "last", "this", "a", "per", "each", "every", "so", "already",
                        "before,", "and", "but", "or", ".", ",", "over", "between", "after", "while"}
_SOVIET_UNION_RE = re.compile(r"\bSoviet Union\b")
_TOKEN_RE = re.compile(
    r"\bQ[1-4]\b"
    r"|\b[A-Z]{1,3}\d{1,5}[A-Z]?\b"   # a code that names a thing: the A38, the M25, flight BA2490
    r"|\$?\d[\d,]*(?:\.\d+)?(?:s\b|st\b|nd\b|rd\b|th\b)?%?"
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s)?"
    r"|[.,;:!?()\"“”]"
)
# A sentence end before a space, or glued to the next sentence ("... Gables".Jan Karon is ...).
_BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"”’')]*(?=\s+[\"“'‘(]?[A-Z0-9])|(?<=[a-z0-9)\"”’][.!?])(?=[A-Z][a-z])"
                          r"|(?<=[a-z0-9][.!?][\"”])(?=[A-Z][a-z])")
_CLAUSE_BREAKS = {",", ";", ":", ".", "!", "?", "(", ")", "but", "while", "whereas", "although",
                  "though", "because", "and", "unless"}
_NEGATION_SCOPE = 3
# Words that, before "of" and a name, tell of something coming up or down, not of an amount.
_EMERGENCE = {"rise", "fall", "emergence"}
_NOUN_NEGATION_SCOPE = 2
# A Roman numeral after a name is an ordinal: "World War II", "Henry VIII", "Part IV".
_ROMAN_RE = re.compile(r"(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def strip_citations(text: str) -> str:
    return CITATION_RE.sub("", text).strip()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text; robust to abbreviations and to paragraphs glued without a space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        cut = match.end()   # after the closing quotes: "He said “no.”" ends there
        before = text[start:cut].rstrip()
        last = before.rsplit(None, 1)[-1] if before.split() else ""
        word = last.rstrip(".!?\"”’)").lower()
        # "Dr. Rodriguez", "H. Bruce", "U.S. officials": not the end of a sentence.
        if word in lx.ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            continue
        if text[start:cut].strip():
            spans.append(_trim(text, start, cut))
        start = cut
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_BULLET_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def split_claims(answer: str) -> list[str]:
    """The sentences of an answer (list items count as sentences), without [n] citation markers."""
    claims = []
    for line in answer.splitlines():
        text = strip_citations(_BULLET_RE.sub("", line))
        for start, end in split_sentences(text):
            sentence = re.sub(r"\s+", " ", text[start:end]).strip()
            if any(ch.isalnum() for ch in sentence):
                claims.append(sentence)
    return claims


def fold_accents(text: str) -> str:
    """"Apurímac" -> "Apurimac": a name written with or without its accents is one name."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalize_surface(text: str) -> str:
    """Lower-case words and numbers separated by single spaces: what "verbatim" compares."""
    text = fold_accents(text.replace("’", "'").replace("‘", "'"))
    return " ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)?", text.lower()))


@dataclass
class Term:
    surface: str
    key: str                      # stem, synonym group, "num:..." or the lower-case name
    kind: str                     # "word", "number" or "name"
    parts: tuple[str, ...] = ()   # keys of the pieces of a hyphenated word
    negated: bool = False
    poles: dict[str, int] = field(default_factory=dict)
    role: str | None = None       # "source"/"target" when after from/into/to
    # After a negation in the same clause but beyond its scope: "has not carried out comprehensive
    # institutional reform". Where a scope ends is a guess, so such a word's polarity is unknown.
    past_scope: bool = False


@dataclass
class Parsed:
    """A sentence as the terms the judge compares."""

    text: str
    terms: list[Term]


_FREE_OF_CHARGE_RE = re.compile(r"\bfree\s+of\s+(?:charge|cost)\b", re.IGNORECASE)
_NOT_GUILTY_RE = re.compile(r"\b(?:found|declared|ruled)\s+not\s+guilty\b", re.IGNORECASE)


_PUT_DOWN_TO_RE = re.compile(r"\b(put|puts|putting)\s+([^.;,]{1,60}?)\s+down\s+to\b", re.IGNORECASE)


_METRES_RE = re.compile(r"(?<![£$€\d.,])(\d[\d,]*)m\b(?!\s+(?:people|residents|users|customers|viewers|visitors|"
                        r"passengers|homes|households|jobs|tonnes|barrels|litres|trees|pounds|dollars|euros|a\s+year|"
                        r"annually)\b)")
_OFF_THE_BENCH_RE = re.compile(r"\b(?:came|coming|come|comes)\s+off\s+the\s+bench\b", re.IGNORECASE)
_BEFORE_FULL_TIME_RE = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+minutes?\s+"
                                  r"(?:before|from)\s+(?:the\s+end\s+of\s+)?(?:normal|full|regulation)\s+time\b",
                                  re.IGNORECASE)


def _minute_of_play(match: re.Match) -> str:
    count = match.group(1).lower()
    minute = 90 - (int(count) if count.isdigit() else lx.NUMBER_WORDS.get(count, 1))
    return f"in the {minute}th minute"


# "a year and a half" is 18 months.
_AND_A_HALF_RE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?\s+and\s+a\s+half|"
                            r"and\s+a\s+half\s+years)\b", re.IGNORECASE)


# "three years and four months" is 40 months, "two hours and 15 minutes" 135 minutes.
_UNITS_AND_RE = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(year|hour)s?"
                           r",?\s+and\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
                           r"(month|minute)s?\b", re.IGNORECASE)


def _units_and(match: re.Match) -> str:
    def count(word: str) -> int:
        word = word.lower()
        return int(word) if word.isdigit() else 1 if word in {"a", "an", "one"} else lx.NUMBER_WORDS[word]
    whole, part = match.group(2).lower(), match.group(4).lower()
    if (whole, part) not in {("year", "month"), ("hour", "minute")}:
        return match.group(0)
    return f"{count(match.group(1)) * (12 if whole == 'year' else 60) + count(match.group(3))} {part}s"


# "three-quarters of a year" is nine months, "a third of an hour" 20 minutes.
_FRACTION_OF_UNIT_RE = re.compile(r"\b(a|one|two|three)\s+(quarters?|thirds?)\s+of\s+an?\s+(year|hour)\b", re.IGNORECASE)


def _fraction_of_unit(match: re.Match) -> str:
    count = 1 if match.group(1).lower() in {"a", "one"} else lx.NUMBER_WORDS[match.group(1).lower()]
    share = count / (4 if match.group(2).lower().startswith("quarter") else 3)
    year = match.group(3).lower() == "year"
    return f"{share * (12 if year else 60):g} {'months' if year else 'minutes'}"


def _and_a_half(match: re.Match) -> str:
    count = match.group(1).lower()
    whole = int(count) if count.isdigit() else lx.NUMBER_WORDS.get(count, 1)
    return f"{whole * 12 + 6} months"


# "three and a half thousand" is 3,500, "six and a half hours" 6.5 hours; "two millennia" 2,000 years;
# "cut by half" is halved.
_AND_A_HALF_SCALE_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+and\s+"
                                  r"a\s+half\s+(thousand|million|billion|per\s+cent|percent|hours|minutes|days|weeks|"
                                  r"miles|kilometres|kilometers|metres|meters|times)\b", re.IGNORECASE)
# Links between two statements, which state nothing themselves: "That mood in turn gives ...".
_LINK_PHRASE_RE = re.compile(r"\b(?:in\s+turn|in\s+fact|on\s+the\s+other\s+hand|as\s+a\s+result(?=,)|what['’]s\s+more(?=,)|"
                             r"as\s+a\s+result\s+of\s+(?=this\b|that\b|these\b|those\b))\b,?\s*", re.IGNORECASE)
# A heading before the claim ("Bottom line:", "Key risk:", "Heads up:") labels it and says nothing itself.
_HEADING_RE = re.compile(r"^\s*[A-Z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}:\s+(?=[\w\"“'‘£$€])")
# A heading of one word is a label only when it is a word for one ("Update:", "Verdict:"); in "Silva: the US
# should ..." or "Apurimac: ..." the name stays, to be checked like any other.
_HEADING_WORDS = set("""answer aside background bottom cause caution caveat challenge claim conclusion consequence
context correction data definition detail effect example fact finding flashcard gist headline history idea impact
implication issue key lesson main meaning note nb outcome outlook overview point precis problem prognosis q question
course plan triage history exam impression vitals labs disposition diagnosis intro finding
reality recap recommendation reminder response result risk scenario source status summary takeaway term theme timeline
tip topic trend update verdict warning why
agriculture analysis art arts business comment community council court crime culture defence diplomacy economy
education election energy entertainment environment event farming finance fire food health housing job library
lifestyle local migration money music news opinion planning police politic politics road school science security
service sport technology tech traffic transport travel weather world""".split())
# A word made into a noun by its ending ("Assessment", "Findings", "Provenance") or a clinical shorthand
# ("Hx", "Dx", "Rx") labels a note; a name rarely ends so.
_LABEL_NOUN_RE = re.compile(r"[A-Za-z][a-z]{2,}(?:ment|tion|sion|ness|ity|ance|ence|ogy|ics)s?|[A-Z]x")


def _heading_word(label: str) -> bool:
    """Whether a one-word heading is a word for a kind of note ("Status:", "Triage:"), not a name ("Silva:")."""
    word = label.lower()
    return word in _HEADING_WORDS or word[:-1] in _HEADING_WORDS and word.endswith("s") \
        or _LABEL_NOUN_RE.fullmatch(label) is not None


# "it's time to take another look" says it must be taken; assumptions "that go back decades" are decades-old.
_TIME_TO_RE = re.compile(r"\bit['’]s\s+(?:high\s+)?time\s+to\b", re.IGNORECASE)
_GO_BACK_RE = re.compile(r"\b(?:that|which)\s+(?:go|goes|went)\s+back\s+(decades|years|centuries)\b", re.IGNORECASE)
# "need a fresh look" is a reassessment.
_FRESH_LOOK_RE = re.compile(r"\b(?:a\s+(?:fresh|second|new)|another)\s+look\b", re.IGNORECASE)
# "less and less able" is ever less able: a trend, not a comparison.
_MORE_AND_MORE_RE = re.compile(r"\b(more|less)\s+and\s+\1\b", re.IGNORECASE)
# "the late '80s" is the 1980s ("the '20s" may be either century, so it is left as it is).
_SHORT_DECADE_RE = re.compile(r"(?<![\w'])'([013-9])0s\b")
_MILLENNIA_RE = re.compile(r"\b(a|one|two|three|four|five|\d)\s+millenni(?:a|um|ums)\b", re.IGNORECASE)
_BY_HALF_RE = re.compile(r"\b(?:be|was|were|been|being|is|are)?\s*(?:cut|reduced|slashed|lowered)\s+by\s+(?:a\s+)?half\b"
                         r"(?!\s+(?:of|a|an|the)\b)", re.IGNORECASE)


def _spoken_number(match: re.Match) -> str:
    """ "nine hundred and fifty" as "950", "two point four" as "2.4"; a number said the usual way stays."""
    words = re.split(r"[\s-]+", match.group(0).lower())
    whole, point = (words[:words.index("point")], words[words.index("point") + 1:]) if "point" in words \
        else (words, [])
    if not point and not {"hundred", "thousand"} & set(whole):
        return match.group(0)   # "twenty-two", "nineteen sixty-five": read where they stand
    total = current = 0
    for previous, word in zip([""] + whole, whole):
        if word == "and":
            if previous not in {"hundred", "thousand"}:
                return match.group(0)   # "two and three": two numbers
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word == "a":
            current = 1
        elif _SPOKEN_VALUE[word] < 10 and current % 10 or _SPOKEN_VALUE[word] >= 10 and current % 100:
            return match.group(0)   # "two three": a list or a year said in pairs
        else:
            current += _SPOKEN_VALUE[word]
    if whole[-1] == "and":
        return match.group(0)
    digits = "".join(str(_SPOKEN_UNITS.index("zero" if w == "oh" else w)) for w in point)
    return f"{total + current}.{digits}" if digits else str(total + current)


def _said_count(said: str) -> str:
    """"20" or "twenty-five" as digits."""
    return said if said.isdigit() else str(sum(_SPOKEN_VALUE[w] for w in re.split(r"[\s-]+", said.lower())))


def _pounds_pence(match: re.Match) -> str:
    pounds, pence = (sum(_SPOKEN_VALUE.get(w, 0) for w in re.split(r"[-\s]+", g.lower())) if not g.isdigit() else int(g)
                     for g in match.groups())
    return f"£{pounds}.{pence:02d}" if pence < 100 else match.group(0)


def _count_word(word: str) -> float:
    word = word.lower()
    return float(word) if word.isdigit() else 1.0 if word in {"a", "an", "one"} else float(lx.NUMBER_WORDS[word])


# "three times an hour" is "every 20 minutes", "twice a day" "every 12 hours": how often, said as a gap.
_TIMES_PER_RE = re.compile(rf"\b(once|twice|(\d+|{'|'.join(lx.NUMBER_WORDS)})\s+times)\s+(?:an?|per|each)\s+(hour|day)\b",
                           re.IGNORECASE)


def _times_per(match: re.Match) -> str:
    count = {"once": 1.0, "twice": 2.0}.get(match.group(1).lower()) or _count_word(match.group(2))
    minutes = 60.0 if match.group(3).lower() == "hour" else 1440.0
    gap = minutes / count
    if gap >= 60 and gap % 60 == 0:
        return f"every {gap / 60:g} hours" if gap > 60 else "every hour"
    return f"every {gap:g} minutes" if gap.is_integer() else match.group(0)


# "half a million pounds" is 0.5 million of them.
_HALF_A_RE = re.compile(r"\b(half|a\s+quarter\s+of)\s+an?\s+(million|billion)\b", re.IGNORECASE)

_CLLR_RE = re.compile(r"\bCllr\b\.?")
# Ranks and titles shortened before a name: "Sgt Tom Hewitt" is Sergeant Tom Hewitt.
_TITLE_SHORT = {"sgt": "Sergeant", "insp": "Inspector", "supt": "Superintendent", "det": "Detective",
                "prof": "Professor", "capt": "Captain", "lt": "Lieutenant", "col": "Colonel", "cdr": "Commander",
                "rev": "Reverend", "gov": "Governor", "sen": "Senator", "cllr": "Councillor"}
_TITLE_SHORT_RE = re.compile(r"\b(Sgt|Insp|Supt|Det|Prof|Capt|Lt|Col|Cdr|Rev|Gov|Sen)\b\.?\s+(?=[A-Z][a-z])")
# Minutes of a meeting report what was heard: "Members heard that", "Staff were told that", "It was noted
# that", and ", the meeting heard," state nothing themselves.
_MEETING_FRAME_RE = re.compile(r"^\s*(?:(?:Members|Staff|Colleagues|Attendees|Participants|Delegates|Trustees|"
                               r"The\s+(?:meeting|committee|board|panel))\s+(?:heard|learned|learnt|(?:were|was)\s+"
                               r"(?:told|reminded|informed))|It\s+was\s+(?:noted|reported|heard|explained|pointed\s+out|"
                               r"observed|stressed|emphasi[sz]ed|mentioned|recalled))\s+(?:that\s+)?", re.IGNORECASE)
_MEETING_ASIDE_RE = re.compile(r",\s+(?:the\s+(?:meeting|committee|board|panel)|members|staff)\s+(?:heard|(?:was|were)\s+"
                               r"told),", re.IGNORECASE)
# A diplomatic cable opens each paragraph with its number and a classification marking in brackets.
_MARKING_RE = re.compile(r"^\s*(?:\d{1,2}\.\s*)?\((?:U|SBU|C|S|TS|CUI|FOUO)(?:\s*//?\s*(?:NF|NOFORN|FOUO|SBU|OC|ORCON|"
                         r"REL\s+[A-Z ,]+))*\)\s+")
_USG_RE = re.compile(r"\bUSG\b")
# "without delay" is immediately; "for want of reform" for lack of it; "a little over two decades" just
# over them (its "little" sizes nothing); "markedly worse" significantly worse; a "specialism" is what a
# specialist knows.
_WITHOUT_DELAY_RE = re.compile(r"\bwithout\s+(?:any\s+|further\s+)?delay\b", re.IGNORECASE)
_FOR_WANT_RE = re.compile(r"\bfor\s+(?:the\s+)?want\s+of\b", re.IGNORECASE)
_A_LITTLE_RE = re.compile(r"\ba\s+little\s+(over|under|more\s+than|less\s+than|short\s+of|above|below)(?=\s+(?:\d|"
                          r"a\b|an\b|half\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))",
                          re.IGNORECASE)
_MARKEDLY_RE = re.compile(r"\bmarkedly\b", re.IGNORECASE)
_SPECIALISM_RE = re.compile(r"\b(?:specialism|speciality|specialty)\b", re.IGNORECASE)
# "needed to be looked at again" is to be reassessed; "look again at" reassess.
_LOOK_AGAIN_RE = re.compile(r"\b(look|looks|looked|looking)\s+(?:at\s+again|again\s+at)\b", re.IGNORECASE)
_LOOK_AGAIN = {"look": "reassess", "looks": "reassesses", "looked": "reassessed", "looking": "reassessing"}
# "again and again", "time after time", "over and over": repeatedly.
_REPEATEDLY_RE = re.compile(r"\b(?:again\s+and\s+again|time\s+after\s+time|time\s+and\s+(?:time\s+)?again|"
                            r"over\s+and\s+over(?:\s+again)?)\b", re.IGNORECASE)
# A shop that "shut its doors" shut.
_SHUT_DOORS_RE = re.compile(r"\b(shut|shuts|shutting|close|closes|closed|closing)\s+(?:its|their|the|our|her|his|my)\s+"
                            r"doors\b(?!\s+(?:to|on)\b)", re.IGNORECASE)
# "twice as many loaves" are double the loaves; "the roof has had its day" is past its best.
_TWICE_AS_RE = re.compile(r"\btwice\s+(?=as\s+(?:many|much)\b)", re.IGNORECASE)
# "a quarter of an hour" is 15 minutes, "half a dozen" six, "twenty mile an hour" 20mph, "the late 80s" the
# late 1980s (not "her late 80s", an age), and a course that "won't cost a penny" is free.
_QUARTER_HOUR_RE = re.compile(r"\b(?:(?:a|one|an\s+extra|another)\s+quarter|(three)\s+quarters)\s+of\s+an\s+hour\b",
                              re.IGNORECASE)
# "dropped three-tenths of a point" is 0.3 points.
_TENTHS_POINT_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|a)[-\s]tenths?\s+of\s+a\s+"
                              r"(?:percentage\s+)?point\b", re.IGNORECASE)
# "backed by a margin of three votes" and "by a three-vote margin" are backed by three votes.
_MARGIN_OF_RE = re.compile(r"\bby\s+a\s+(?:narrow\s+|slim\s+|wide\s+|comfortable\s+)?margin\s+of\s+", re.IGNORECASE)
_VOTE_MARGIN_RE = re.compile(r"\bby\s+an?\s+(?:narrow\s+|slim\s+)?([\w]+)-(vote|seat|point|goal|run)\s+margin\b",
                             re.IGNORECASE)
# "a four-kilometre stretch" is four kilometres long.
_WORD_UNIT_RE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(kilometre|kilometer|metre|"
                           r"meter|mile|minute|hour|day|week|month|year)\b", re.IGNORECASE)
_HALF_DOZEN_RE = re.compile(r"\bhalf\s+a\s+dozen\b", re.IGNORECASE)
# "as a result" with nothing after it links a clause to the one before; "as a result of" gives a cause.
_AS_A_RESULT_RE = re.compile(r",?\s+as\s+a\s+(?:direct\s+)?(?:result|consequence)\b(?!\s+of\b)", re.IGNORECASE)
# What is "at stake" is what is put to the test.
_AT_STAKE_RE = re.compile(r"\b(is\s+|are\s+|was\s+|were\s+)?at\s+stake\b", re.IGNORECASE)
# "a pair of corruption scandals" is two of them, "a trio of" three.
_PAIR_OF_RE = re.compile(r"\ba\s+(pair|trio)\s+of\b", re.IGNORECASE)
_MILE_AN_HOUR_RE = re.compile(rf"\b(\d+|{_SPOKEN_WORD}(?:[\s-]+{_SPOKEN_WORD})?)[\s-]+miles?[\s-]+(?:an|per)[\s-]+hour\b",
                              re.IGNORECASE)
_BARE_DECADE_RE = re.compile(r"\b((?<!her\s)(?<!his\s)(?<!their\s)(?<!my\s)(?<!your\s)(?<!our\s)(?:late|early|mid))"
                             r"([\s-]+)([3-9])0s\b", re.IGNORECASE)
_NOT_A_PENNY_RE = re.compile(r"\b(?:won't|will\s+not|doesn't|does\s+not|don't|do\s+not|didn't|did\s+not)\s+cost\s+"
                             r"(?:[\w']+\s+){0,2}?(?:a\s+(?:single\s+)?(?:penny|cent)|anything)\b", re.IGNORECASE)
_HAD_ITS_DAY_RE = re.compile(r"\b(?:has|have|had)\s+had\s+(its|their)\s+day\b", re.IGNORECASE)
# Plain idioms: "this can't wait" is urgent; "didn't come out of nowhere" was no spontaneous thing; trends
# that "feed into each other" are interconnected; "never seen damage this bad" or "like it" is damage on this
# scale.
_CANT_WAIT_RE = re.compile(r"\b(?:can['’]t|cannot|can\s+not)\s+wait\b(?=\s*(?:[,.;]|and\b|$))", re.IGNORECASE)
_OUT_OF_NOWHERE_RE = re.compile(r"\b(?:just\s+|simply\s+)?(?:came|come|comes|coming|appeared|appear|appears|emerged|"
                                r"emerge|emerges|sprang|sprung|spring|springs|arose|arisen|arise|arises)\s+out\s+of\s+nowhere\b",
                                re.IGNORECASE)
_EACH_OTHER_RE = re.compile(r"\b(?:feed|feeds|feeding|fed)\s+(?:into|off|on)\s+(?:each\s+other|one\s+another)\b",
                            re.IGNORECASE)
_NEVER_SEEN_RE = re.compile(r"\b((?:never|not)\s+(?:seen|known|experienced)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s+"
                            r"(?:(?:this|so|that)\s+(?:bad|severe|serious|big|extensive|widespread)|like\s+(?:this|it))\b",
                            re.IGNORECASE)
# "Doctor Ricardo Silva" spoken out is "Dr. Ricardo Silva" written.
_DOCTOR_RE = re.compile(r"\bDoctor\s+(?=[A-Z][a-z])")
# "can't use hosepipes from 14 July": under a hosepipe ban.
_CANT_USE_RE = re.compile(r"\b(?:can(?:no|['’])t|can\s+not|(?:are|is)\s+not\s+allowed\s+to|(?:are|is)\s+banned\s+from)\s+"
                          r"(?:use|using)\s+(?:a\s+|their\s+|your\s+|any\s+)?([a-z]{3,})\b", re.IGNORECASE)
_A_AND_E_RE = re.compile(r"\bA\s?&\s?E\b(?:\s+(?:department|unit))?|"
                         r"\baccident\s+and\s+emergency(?:\s+(?:department|unit))?", re.IGNORECASE)


def _prepare(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", " - ")
    # A cable's paragraph number and classification marking ("2. (SBU)", "(C//NF)") say nothing.
    text = _MARKING_RE.sub("", text)
    text = _USG_RE.sub("US", text)   # a cable's "USG" is the US government
    text = _WITHOUT_DELAY_RE.sub("immediately", text)
    text = _FOR_WANT_RE.sub("due to a lack of", text)
    text = _A_LITTLE_RE.sub(lambda m: "just " + m.group(1), text)
    text = _MARKEDLY_RE.sub("significantly", text)
    text = _SPECIALISM_RE.sub("specialist", text)
    # "No — the brief says ...": the answer to a question, which denies nothing after the dash.
    text = _ANSWER_DASH_RE.sub(r"\1, ", text)
    heading = _HEADING_RE.match(text)
    if heading:
        label = heading.group(0).strip()[:-1]
        text = text[heading.end():]
        if " " not in label and not _heading_word(label):
            body = text.rstrip().rstrip(".!?")
            text = f"{body} ({label}){text[len(body):]}"   # the name stays, and stays a name: not the first word
    text = _MEETING_FRAME_RE.sub("", text)
    text = _MEETING_ASIDE_RE.sub(",", text)
    # "free of charge" is "free": its "charge" is none; "found not guilty" is "acquitted".
    text = _FREE_OF_CHARGE_RE.sub("free", text)
    text = _NOT_GUILTY_RE.sub("acquitted", text)
    text = _PUT_DOWN_TO_RE.sub(r"credited \2 to", text)   # "put the rise down to" a cause credits it
    # "twenty-two" is one number, said in two words.
    text = _TENS_ORDINAL_RE.sub(lambda m: f"{lx.NUMBER_WORDS[m.group(1).lower()] + lx.ORDINAL_WORDS[m.group(2).lower()]}"
                                          f"{_ORDINAL_SUFFIX.get(m.group(2).lower(), 'th')}", text)
    text = _HUNDREDTH_RE.sub(lambda m: f"{lx.NUMBER_WORDS.get(m.group(1).lower(), 1) * (100 if m.group(2).lower() == 'hundredth' else 1000)}th",
                             text)
    text = _SPOKEN_NUMBER_RE.sub(_spoken_number, text)
    text = _QUARTER_HOUR_RE.sub(lambda m: "45 minutes" if m.group(1) else
                                "an extra 15 minutes" if "extra" in m.group(0).lower() else
                                "another 15 minutes" if m.group(0).lower().startswith("another") else "15 minutes", text)
    text = _WORD_UNIT_RE.sub(r"\1 \2", text)
    text = _TENTHS_POINT_RE.sub(lambda m: f"0.{1 if m.group(1).lower() == 'a' else _SPOKEN_VALUE[m.group(1).lower()]} "
                                          f"{'point' if m.group(1).lower() in {'a', 'one'} else 'points'}", text)
    text = _MARGIN_OF_RE.sub("by ", text)
    text = _VOTE_MARGIN_RE.sub(r"by \1 \2s", text)
    text = _HALF_DOZEN_RE.sub("six", text)
    text = _AS_A_RESULT_RE.sub("", text)
    text = _AT_STAKE_RE.sub(r"\1tested", text)
    text = _PAIR_OF_RE.sub(lambda m: "two" if m.group(1).lower() == "pair" else "three", text)
    text = _MILE_AN_HOUR_RE.sub(lambda m: f"{_said_count(m.group(1))}mph", text)
    text = _BARE_DECADE_RE.sub(r"\1\g<2>19\g<3>0s", text)
    text = _NOT_A_PENNY_RE.sub("is free", text)
    text = _POUNDS_PENCE_RE.sub(_pounds_pence, text)
    text = _TENS_UNITS_RE.sub(r"\1 \2", text)
    text = _FRACTION_WORDS_RE.sub(r"\1 \2", text)   # "two-fifths" as "two fifths"
    text = _SOVIET_UNION_RE.sub("USSR", text)        # one name, so that "Soviet influence" backs it
    text = _A_AND_E_RE.sub("emergency department", text)   # a hospital's "A&E" is its emergency department
    text = _METRES_RE.sub(r"\1 metres", text)   # "the 5,000m record" is in metres, "£5m" in millions
    text = _OFF_THE_BENCH_RE.sub("as a substitute", text)
    text = _CLLR_RE.sub("Councillor", text)   # "Cllr Lisle" is Councillor Lisle
    text = _TITLE_SHORT_RE.sub(lambda m: f"{_TITLE_SHORT[m.group(1).lower()]} ", text)
    text = _TWICE_AS_RE.sub("two times ", text)
    text = _SHUT_DOORS_RE.sub(r"\1", text)
    text = _REPEATEDLY_RE.sub("repeatedly", text)
    text = _LOOK_AGAIN_RE.sub(lambda m: _LOOK_AGAIN[m.group(1).lower()], text)
    text = _HAD_ITS_DAY_RE.sub(r"is past \1 best", text)
    text = _DOCTOR_RE.sub("Dr. ", text)
    text = _CANT_WAIT_RE.sub("is urgent", text)
    text = _OUT_OF_NOWHERE_RE.sub("be spontaneous", text)
    text = _EACH_OTHER_RE.sub("interconnected", text)
    text = _NEVER_SEEN_RE.sub(r"\1 on this scale", text)
    text = _CANT_USE_RE.sub(r"are under a \1 ban", text)
    text = _AND_A_HALF_SCALE_RE.sub(lambda m: f"{_count_word(m.group(1)) + 0.5:g} {m.group(2)}", text)
    text = _LINK_PHRASE_RE.sub("", text)
    text = _TIME_TO_RE.sub("it must", text)
    text = _GO_BACK_RE.sub(r"\1-old", text)
    text = _FRESH_LOOK_RE.sub("a reassessment", text)
    text = _MORE_AND_MORE_RE.sub(lambda m: "increasingly" if m.group(1).lower() == "more" else "diminishingly", text)
    text = _SHORT_DECADE_RE.sub(lambda m: f"{'20' if m.group(1) in '01' else '19'}{m.group(1)}0s", text)
    text = _MILLENNIA_RE.sub(lambda m: f"{int(_count_word(m.group(1)) * 1000):,} years", text)
    text = _BY_HALF_RE.sub(lambda m: f"{m.group(0).split()[0]} halved" if m.group(0).split()[0].lower() in
                           {"be", "was", "were", "been", "being", "is", "are"} else "halved", text)
    text = _HALF_A_RE.sub(lambda m: f"{0.5 if m.group(1).lower() == 'half' else 0.25} {m.group(2)}", text)
    text = _AND_A_HALF_RE.sub(_and_a_half, text)
    text = _UNITS_AND_RE.sub(_units_and, text)
    text = _FRACTION_OF_UNIT_RE.sub(_fraction_of_unit, text)
    text = _BEFORE_FULL_TIME_RE.sub(_minute_of_play, text)   # "two minutes before the end of normal time": the 88th
    text = _HALF_YEAR_RE.sub("half a year", text)    # "the last half-year" is six months
    text = _TIMES_PER_RE.sub(_times_per, text)
    text = _NO_FEWER_RE.sub("at least", text)
    text = _NO_LATER_RE.sub(lambda m: "from" if m.group(1).lower() == "earlier" else "by", text)
    text = _NO_MORE_RE.sub("at most", text)   # "no more than £5" bounds the price; it denies nothing
    text = _OR_MORE_RE.sub(lambda m: f"{_OR_MORE[m.group(2).lower()]} {m.group(1)}", text)
    text = _MID_RE.sub(r"\1 ", text)
    text = _FAR_FROM_RE.sub("not ", text)
    text = _SHORT_OF_RE.sub(r"\1 below", text)   # "6% short of the 2019 level" is 6% below it
    text = _SHORT_OF_FIGURE_RE.sub("below ", text)   # "far short of the 76 percent goal" is below it
    text = _MISSED_MARK_RE.sub("was below ", text)   # "missed its target", "did not meet the standard"
    text = _LOST_SUPPLY_RE.sub(r"were without \1", text)   # "homes that lost power" were without it
    text = _CENTURY_RE.sub(_century_years, text)   # "for the next century" is for the next 100 years
    text = _ORDINAL_PERIOD_RE.sub(r"\1 \2", text)   # "third-quarter revenue" is revenue of the third quarter
    text = _NOT_OVER_RE.sub(r"\1 finished", text)   # "not over": "over" alone reads as a preposition
    text = _NOT_A_THING_WE_RE.sub(r"\1 \2 did not ", text)
    text = _BOUNDED_HALF_RE.sub(r"\1 50%", text)
    text = _BY_FRACTION_RE.sub(_by_fraction, text)
    text = _TWICE_THE_RE.sub(r"\1 two times ", text)
    text = _ONE_IN_RE.sub(_one_in, text)
    text = _MOVED_DATE_RE.sub(lambda m: f"{m.group(1)} {'advanced' if m.group(2) else 'postponed'}",
                              text)
    text = _clock_times(text)
    return _ACRONYM_DOTS_RE.sub(lambda m: m.group(1).replace(".", "") + " ", text)


_HOURS = {word: n for n, word in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_HOUR = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
# Not "in the previous quarter to 4.8%": a period of the year, then a figure.
_PAST_RE = re.compile(rf"(?<!previous\s)(?<!the\s)(?<!last\s)(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)"
                      rf"(?<!final\s)(?<!same\s)(?<!this\s)(?<!that\s)(?<!each\s)\b(half|(?:a\s+)?quarter)\s+"
                      rf"(past|to)\s+{_HOUR}\b(?![.,]\d|\s*%|\s+per\s*cent)", re.IGNORECASE)
_O_CLOCK_RE = re.compile(rf"\b{_HOUR}\s+o['’]clock\b", re.IGNORECASE)
_COLON_TIME_RE = re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d)(?![\d:]|\.\d)")
_MORNING_RE = re.compile(r"(?<=\d\.\d\d)\s+in\s+the\s+morning\b", re.IGNORECASE)
_EVENING_RE = re.compile(r"(?<=\d\.\d\d)\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night)\b", re.IGNORECASE)
# A time on the 24-hour clock: "14:32", "04:10" ("10:30" and "12:15" could be either clock, so stay).
_TWENTY_FOUR_RE = re.compile(r"(?<![\d:.])(0\d|1[3-9]|2[0-3]):([0-5]\d)(?![\d:]|\.\d)(?!\s*[ap]\.?m\b)", re.IGNORECASE)
# "twenty to seven", "ten past four": minutes in words before an hour. "to" also makes ranges ("five
# to ten people"), so a time needs a word that puts it in the day before it ("at", "until", "by").
_MINUTES_PAST_RE = re.compile(rf"\b(five|ten|twenty|twenty[-\s]five)\s+past\s+{_HOUR}\b(?![.,]\d|\s*%|\s+per\s*cent)",
                              re.IGNORECASE)
_MINUTES_TO_RE = re.compile(rf"\b(at|by|until|till|before|after|around|about|from)\s+(five|ten|twenty|twenty[-\s]five)"
                            rf"\s+to\s+{_HOUR}\b(?![.,]\d|\s*%|\s+per\s*cent)", re.IGNORECASE)
# "shortly after 4am", "just before 7.30": a time of day hedged; the judge reads the side from the claim.
_NEAR_CLOCK_RE = re.compile(r"\b(?:shortly|just|soon|not\s+long|a\s+few\s+minutes)\s+(?:after|past|before)\s+"
                            r"(?=\d{1,2}(?:\.\d\d)?\s*[ap]\.?m\b|\d{1,2}\.[0-5]\d\b(?!\s*%))", re.IGNORECASE)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25}


def _twenty_four(match: re.Match) -> str:
    """"14:32" is "2.32 pm" and "04:10" "4.10 am", so that either clock backs the other."""
    hour, minute = int(match.group(1)), match.group(2)
    return f"{hour - 12}.{minute} pm" if hour > 12 else f"{hour or 12}.{minute} am"


def _minute_word(word: str) -> int:
    return _MINUTE_WORDS[" ".join(word.lower().replace("-", " ").split())]


def _minutes_past(hour_word: str, minutes: int, before: bool) -> str:
    hour = _HOURS.get(hour_word.lower()) or int(hour_word)
    if before:
        hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    return f"{hour}.{minutes:02d}"


def _clock_times(text: str) -> str:
    """A time of day as digits: "half past seven in the morning" and "7:30 am" are "7.30 am"."""
    def past(match: re.Match) -> str:
        hour = _HOURS.get(match.group(3).lower()) or int(match.group(3))
        minutes = 30 if match.group(1).lower() == "half" else 15
        if match.group(2).lower() == "to":
            if minutes == 30:
                return match.group(0)   # "half to" is no time
            hour, minutes = (hour - 2) % 12 + 1, 45
        return f"{hour}.{minutes:02d}"
    text = _PAST_RE.sub(past, text)
    text = _MINUTES_PAST_RE.sub(lambda m: _minutes_past(m.group(2), _minute_word(m.group(1)), False), text)
    text = _MINUTES_TO_RE.sub(lambda m: f"{m.group(1)} " + _minutes_past(m.group(3), _minute_word(m.group(2)), True),
                                text)
    text = _O_CLOCK_RE.sub(lambda m: f"{_HOURS.get(m.group(1).lower()) or int(m.group(1))}.00", text)
    text = _TWENTY_FOUR_RE.sub(_twenty_four, text)
    text = _COLON_TIME_RE.sub(r"\1.\2", text)
    text = _EVENING_RE.sub(" pm", _MORNING_RE.sub(" am", text))
    return _NEAR_CLOCK_RE.sub("at ", text)


def rephrased(text: str) -> str:
    """The text as the parser reads it: "well over half" as "well over 50%", "no fewer than" as "at least"."""
    return _prepare(text)


def _number_value(token: str) -> tuple[float | None, str]:
    """Numeric value of a digit token and its suffix kind ("", "%", "s" for decades, "ord")."""
    raw = token.lstrip("$")
    suffix = ""
    if raw.endswith("%"):
        raw, suffix = raw[:-1], "%"
    for tail, kind in (("st", "ord"), ("nd", "ord"), ("rd", "ord"), ("th", "ord"), ("s", "s")):
        if raw.endswith(tail):
            raw, suffix = raw[: -len(tail)], kind
            break
    try:
        return float(raw.replace(",", "")), suffix
    except ValueError:
        return None, ""


def _number_key(value: float, suffix: str) -> str:
    text = f"{value:.6g}" if value != int(value) else str(int(value))
    if suffix == "s":
        return f"num:{text}s"
    if suffix == "ord":
        return f"ord:{text}"
    return f"num:{text}"


def _duration(value: float, tokens: list[str], index: int) -> tuple[str, ...]:
    """("dur:<minutes>",) when a time unit follows the number at `index` ("ten years", "30 minutes")."""
    unit = lx.TIME_UNIT_OF.get(tokens[index].lower()) if index < len(tokens) else None
    if unit is None:
        return ()
    return (f"dur:{value * lx.MINUTES_IN[unit]:.6g}",)


def _is_time(token: str) -> bool:
    """A year, a date or a named month or day: "before 2026", "until March", "before Friday"."""
    return token[:1].isdigit() or token.lower() in lx.MONTHS | lx.WEEKDAYS


def _superlative_base(lower: str, before: str) -> tuple[str, ...]:
    """(key of the adjective,) for a superlative after "the" or a possessive: "the steepest" is
    steep, "the biggest" big, "the heaviest" heavy, "the latest" late; else ()."""
    if not (lower.endswith("est") and len(lower) >= 6 and not lower.endswith("iest") or lower.endswith("iest")) \
            or not (before.lower() in _DEFINITE_DETERMINERS - {"this", "these", "those"} or before.endswith(("'s", "’s"))):
        return ()
    base = lower[:-4] + "y" if lower.endswith("iest") else lower[:-3]
    if len(base) >= 3 and base[-1] == base[-2] and base[-1] not in "els":
        base = base[:-1]   # "biggest", "hottest"; not "smallest", "steepest"
    elif len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        base += "e"        # "latest", "widest", "finest"
    return (word_key(base),)


def word_key(lower: str) -> str:
    stemmed = lx.stem(fold_accents(lower.replace("-", "")))
    return lx.SYNONYM_OF.get(stemmed, stemmed)


_INITIAL_RE = re.compile(r"[A-Z]")
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# Verbs of a state before "less": "is less stable", "getting less secure" take back the pole word.
_LESS_STATE = dict.fromkeys("is are was were be been being become becomes became becoming get gets got getting "
                            "grow grows grew growing seem seems seemed look looks feel feels remain remains".split(), True)
# Degree words between the verb and "less": "growing ever less stable", "is still less secure".
_LESS_DEGREE = {"ever", "even", "much", "far", "still", "somewhat", "slightly", "increasingly", "steadily"}


def _state_before_less(tokens: list[str], at: int) -> bool:
    while at >= 1 and tokens[at].lower() in _LESS_DEGREE:
        at -= 1
    return at >= 0 and tokens[at].lower() in _LESS_STATE


_HALF_DETERMINERS = {"the", "their", "its", "his", "her", "our", "all", "these", "those"}
_SPAN_BOUNDS = {"over", "than", "within", "across", "nearly", "almost", "about", "around", "roughly", "under"}
_OFFSET_WORDS = {"earlier", "before", "ago", "later", "after", "previously", "on", "since", "beforehand", "and"}
_DEFINITE_DETERMINERS = {"the", "his", "her", "its", "their", "this", "these", "those"}
_NOT_BEFORE = {"before", "until", "till"}
# A thing done that should not have been: "should not have admitted" is "wrongly admitted".
_WRONGLY_DONE_RE = re.compile(r"(?:should|ought)(?:\s+not|n't)(?:\s+to)?\s+have\b")
# Negators that are only nouns: they deny what follows "of" or "in", not the next clause.
_SHORTAGE_DEGREES = {"severe", "acute", "chronic", "growing", "major", "serious", "critical", "national", "significant",
                     "huge", "big", "large", "widespread", "ongoing", "worsening", "global", "local", "regional",
                     "current", "long-term", "persistent", "worst", "biggest", "funding", "budget"}
_NOUN_ONLY_NEGATORS = {"absence", "shortage", "shortages", "shortfall", "shortfalls", "scarcity", "dearth"}
# "a fifth of the staff", and "a harvest one-fifth down on last year": a share either way.
_FRACTION_OF = {"of", "down", "up", "lower", "higher", "smaller", "larger", "bigger", "less", "more", "fewer",
                "below", "above", "longer", "shorter", "cheaper", "dearer", "faster", "slower"}
# "fell by about a third", "cut by two fifths": a share after the size of a change, not an ordinal.
_SHARE_BEFORE = {"by", "about", "roughly", "around", "nearly", "almost", "approximately", "some", "than", "up", "down"}
# "isn't simply border security" grants border security and says there is more.
_NOT_ONLY = {"simply", "merely", "just", "only", "solely", "purely"}
# A quarter of a year lasts three months: "the first quarter" is also "the first three months".
_QUARTER_LONG = f"dur:{3 * lx.MINUTES_IN['month']:.6g}"
_NONE_SUCH = {"no", "never", "none", "nothing", "nobody"}
_DENOMINATORS = {form: n for n, word in enumerate("third fourth fifth sixth seventh eighth ninth tenth".split(), 3)
                 for form in (word, word + "s")} | {"quarters": 4, "half": 2}
# After a number, these say which side of a reference it lies: "35% below the average".
_RELATIVE = {"above": 1, "below": -1}
# What "above" and "below" measure against: "above the council's usual target of 25 percent".
_REFERENCE_LEVELS = {"target", "average", "threshold", "forecast", "expectation", "estimate", "benchmark", "cap",
                     "ceiling", "norm", "limit", "goal", "projection"}
_AFTER_NUMBER = {"percent", "cent", "points", "point", "percentage"}
_NOUN_ENDINGS = ("ment", "ity", "ty", "ness", "ance", "ence", "ion", "cy")


_CAMEL_RE = re.compile(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*")
_CURRENCY_WORDS = {"euros", "euro", "pounds", "pound", "dollars", "dollar", "pence", "percent", "per"}
_LABEL_NOUNS = {"Band", "Year", "Route", "Platform", "Stage", "Phase", "Tier", "Level", "Grade", "Gate", "Terminal",
                "Junction", "Chapter", "Article", "Section", "Ward", "Flight", "Model", "Mark", "Series"}


def parse(text: str, fragment: bool = False) -> Parsed:
    """Terms of one sentence. In a fragment (a short answer) every capitalised word is a name."""
    tokens = _TOKEN_RE.findall(_prepare(text))
    terms: list[Term] = []
    negation_budget = 0      # how many more content terms the last negation covers
    negated_state = False
    role_word = ""
    sentence_start = True
    last_name = -1           # token position of the last name term
    negation_in_clause = False
    negated_since = 0        # how many terms there were at the last negation
    negator = ""             # the last negating word
    index = 0

    def negate(word: str) -> None:
        # A negation inside another one's scope cancels it ("insufficient without X" = X needed).
        nonlocal negation_budget, negated_state, negation_in_clause, negated_since, negator
        negator = word
        negation_in_clause = True
        negated_since = len(terms)
        negated_state = not negated_state if negation_budget > 0 else True
        negation_budget = _NEGATION_SCOPE

    def _negated() -> bool:
        return negation_budget > 0 and negated_state

    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token == "." and index >= 2 and _INITIAL_RE.fullmatch(tokens[index - 2]):
            continue   # "J. Smith", "John F. Kennedy": an initial's full stop ends nothing
        if token == "." and index >= 2 and tokens[index - 2].lower() in lx.TITLES:
            continue   # "Dr. Silva concludes": a title's full stop ends nothing, and a name follows
        if token in _CLAUSE_BREAKS or token.lower() in _CLAUSE_BREAKS:
            negation_budget, negated_state, negation_in_clause = 0, False, False
            sentence_start = token in {".", "!", "?"} or sentence_start and token in {"\"", "“", "("}
            role_word = ""
            continue
        if token in {"\"", "“", "”"}:
            continue
        lower = token.lower()
        wrong = _WRONGLY_DONE_RE.match(" ".join(tokens[index - 1:index + 4]).lower())
        if wrong:
            # "should not have admitted it" says it was admitted, wrongly: "had wrongly admitted it".
            terms.append(Term(token, word_key("wrong"), "word"))
            index += len(wrong.group(0).split()) - 1
            sentence_start = False
            continue
        if lower.endswith("'s"):
            lower, token = lower[:-2], token[:-2]
        if lower.endswith("n't"):
            if not (index < len(tokens) and tokens[index].lower() in _NOT_ONLY):
                negate("not")
            lower, token = lower[:-3], token[:-3]
            if lower in {"ca", "wo"}:
                continue
        if last_name == index - 2 and _ROMAN_RE.fullmatch(token):
            terms.append(Term(token, _number_key(float(_roman_value(token)), "ord"), "number",
                              negated=_negated()))
            sentence_start = False
            continue
        if lower in lx.MULTIPLIERS:
            terms.append(Term(token, f"mult:{lx.MULTIPLIERS[lower]:g}", "number", negated=_negated()))
            sentence_start = False
            continue
        quarter = _QUARTER_RE.fullmatch(token)
        if quarter:
            # "Q3" says "third quarter": the same two terms.
            terms.append(Term(token, _number_key(float(quarter.group(1)), "ord"), "number", (_QUARTER_LONG,),
                              negated=_negated()))
            terms.append(Term(token, word_key("quarter"), "word", negated=_negated()))
            sentence_start = False
            continue
        if lower == "half" and index < len(tokens) and tokens[index].lower() in {"a", "an"} \
                and index + 1 < len(tokens) and tokens[index + 1].lower() not in lx.FUNCTION_WORDS:
            # "half a percentage point", "half an hour": 0.5 of the unit.
            terms.append(Term(token, _number_key(0.5, ""), "number", _duration(0.5, tokens, index + 1),
                              negated=_negated()))
            sentence_start = False
            continue
        # "over the next year", and "over the last year", "in the past year" or "over the coming decade" as much.
        within = index >= 2 and tokens[index - 2].lower() == "within" or index >= 3 \
            and lower in {"next", "last", "past", "coming"} and tokens[index - 2].lower() == "the" \
            and tokens[index - 3].lower() in ({"within", "over", "during"} if lower == "coming"
                                              else {"within", "in", "over", "during"})
        # "over a year", "more than a year and a half", "almost an hour": a bounded length of time.
        # Not a point in time set off from another ("a year earlier", "about an hour after the robbery"),
        # nor the start of a longer length ("more than an hour and a half").
        bounded = index >= 2 and tokens[index - 2].lower() in _SPAN_BOUNDS and lower in {"a", "an"} \
            and not (index + 1 < len(tokens) and tokens[index + 1].lower() in _OFFSET_WORDS)
        if (lower in {"a", "an", "one"} or lower in {"next", "last", "past", "coming"} and within) \
                and index < len(tokens) \
                and (tokens[index].lower() in lx.COUNTED_BY_A
                     or (within or bounded) and tokens[index].lower() in lx.MINUTES_IN):
            # "within a year", "over the next year": a time frame, as much as "the next 12 months".
            # "over a decade": a duration, the same as "more than ten years".
            and_a_half = [t.lower() for t in tokens[index + 1:index + 4]] == ["and", "a", "half"]
            terms.append(Term(f"{token} {tokens[index]}", _duration(1.5 if and_a_half else 1.0, tokens, index)[0],
                              "number", negated=_negated()))
            index += 4 if and_a_half else 1
            sentence_start = False
            continue
        # "two-fifths of its electricity" is 40% of it, "a fifth of its staff" 20%, "a third" 33%.
        denominator = _DENOMINATORS.get(tokens[index].lower()) if index < len(tokens) else None
        count = 1.0 if lower in {"a", "one"} else float(lx.NUMBER_WORDS.get(lower, 0))
        if denominator and count and (index + 1 < len(tokens) and tokens[index + 1].lower() in _FRACTION_OF
                                      or index >= 2 and tokens[index - 2].lower() in _SHARE_BEFORE) \
                and (count == 1) == (not tokens[index].lower().endswith("s")):
            terms.append(Term(f"{token} {tokens[index]}", _number_key(round(100 * count / denominator), ""), "number",
                              negated=_negated()))
            index += 1
            sentence_start = False
            continue
        if lower == "half" and index < len(tokens) and tokens[index].lower() in _HALF_DETERMINERS \
                and not (index >= 2 and tokens[index - 2].lower() in lx.ORDINAL_WORDS) \
                and not (index + 1 < len(tokens) and tokens[index + 1][:1].isdigit()):
            # "up to half their crop", "half the budget": half of it ("half the 9% rise" compares).
            terms.append(Term(token, _number_key(50.0, ""), "number", negated=_negated()))
            sentence_start = False
            continue
        # "half of the budget" is 50% of it, "a quarter of" 25%; "the second half of 2025" is a period.
        if lower in _FRACTIONS and index < len(tokens) and tokens[index].lower() == "of" \
                and not (index >= 2 and (tokens[index - 2].lower() in lx.ORDINAL_WORDS
                                         or _number_value(tokens[index - 2])[1] == "ord")):
            # "half of the budget" is 50% of it; "a quarter of a percentage point" is 0.25 of one.
            whole = index + 1 < len(tokens) and tokens[index + 1].lower() not in {"a", "an", "one"}
            fraction = _FRACTIONS[lower] * (100 if whole else 1)
            terms.append(Term(token, _number_key(fraction, ""), "number", negated=_negated()))
            sentence_start = False
            continue
        # A number that labels a thing ("the CrispPro 5", "Route 66", "Year 11 pupils") is part of its name,
        # not a count; a score ("Rovers 3-1") stays a number.
        if token.rstrip(",").isdigit() and len(token.rstrip(",")) <= 3 and index >= 2 and not sentence_start \
                and (_CAMEL_RE.fullmatch(tokens[index - 2]) or tokens[index - 2] in _LABEL_NOUNS) \
                and not (index < len(tokens) and (tokens[index] == "-" or tokens[index].lower() in lx.SCALE_WORDS
                                                  or tokens[index].lower() in _CURRENCY_WORDS)):
            # ("fined ChatLink 420 million euros" fines it a sum.)
            terms.append(Term(token.rstrip(","), f"label:{tokens[index - 2].lower()}{token.rstrip(',')}", "name"))
            continue
        # Numbers: digits, number words, with a following scale ("3.5 billion").
        value, suffix = (None, "")
        if token[0].isdigit() or token[0] == "$":
            value, suffix = _number_value(token)
            if suffix == "s" and index >= 2 and tokens[index - 2].lower() in {"under", "over"} and value < 130:
                suffix = ""   # "under-18s", "over-65s": people under 18, over 65, not a decade
        elif lower == "one" and index < len(tokens) and tokens[index].lower() in lx.TIME_UNIT_OF:
            value = 1.0   # "one year" counts; "one aim of" does not
        elif lower in lx.NUMBER_WORDS:
            value = float(lx.NUMBER_WORDS[lower])
            while index < len(tokens) and (tokens[index].lower() in lx.NUMBER_WORDS
                                           or tokens[index].lower() == "one" and value in _TENS):
                following = lx.NUMBER_WORDS.get(tokens[index].lower(), 1)   # "twenty-one" is 21
                if following == 100 or tokens[index].lower() == "dozen":
                    value *= following    # "two hundred", "two dozen"
                elif 10 <= value < 100 and 10 <= following < 100:
                    value = value * 100 + following   # a year said in pairs: "nineteen sixty-five"
                else:
                    value += following    # "twenty two", "two hundred fifty"
                index += 1
        elif lower in lx.ORDINAL_WORDS and (lower, tokens[index].lower() if index < len(tokens) else "") \
                not in lx.PHRASE_WORDS and (lower != "first" or index < len(tokens)
                                             and tokens[index].lower().rstrip("s") in lx.ORDINAL_UNITS):
            # "the fourth song" is a number like "4th"; "first" is one only before a unit
            # ("first quarter"), not in "at first" or "the first to ...".
            value, suffix = float(lx.ORDINAL_WORDS[lower]), "ord"
        if value is not None:
            scale, _, rest = tokens[index].lower().partition("-") if index < len(tokens) else ("", "", "")
            if scale in lx.SCALE_WORDS and suffix == "":
                # "3.5 billion", and "410-million-euro" written as one word
                value *= lx.SCALE_WORDS[scale]
                if rest:
                    tokens[index] = tokens[index].split("-", 1)[1]
                else:
                    index += 1
            if index < len(tokens) and tokens[index].lower() == "times" and suffix == "" \
                    and (index + 1 >= len(tokens) or tokens[index + 1].lower() not in _COUNTED_AFTER_TIMES):
                # "three times the 430" is as much as "tripled"
                terms.append(Term(token, f"mult:{value:g}", "number", negated=_negated()))
                index += 1
                negation_budget = max(0, negation_budget - 1)
                sentence_start = False
                continue
            if index + 1 < len(tokens) and tokens[index].lower() == "basis" \
                    and tokens[index + 1].lower() in {"point", "points"}:
                # "50 basis points" is half a percentage point.
                value /= 100
                index += 2
            elif index < len(tokens) and tokens[index].lower() in {"percent", "%"}:
                index += 1
            elif index + 1 < len(tokens) and tokens[index].lower() == "per" and tokens[index + 1].lower() == "cent":
                index += 2
            # "the seventh of December", "December 7th": a day of a month, the same as "December 7".
            day = suffix == "ord" and (index + 1 < len(tokens) and tokens[index].lower() == "of"
                                       and tokens[index + 1].lower() in lx.MONTHS
                                       or index >= 2 and tokens[index - 2].lower() in lx.MONTHS)
            terms.append(Term(token, _number_key(value, suffix), "number",
                              _duration(value, tokens, index) if suffix == "" else (f"day:{value:g}",) if day
                              else (_QUARTER_LONG,) if index < len(tokens) and tokens[index].lower() == "quarter" else (),
                              negated=_negated(), role=_role(role_word)))
            negation_budget = max(0, negation_budget - 1)
            sentence_start = False
            continue
        if "-" in lower and any(p[:1].isdigit() or p in lx.NUMBER_WORDS for p in lower.split("-")):
            # "five-to-ten-year": the numbers in it are separate terms.
            pieces = token.split("-")
            tokens[index:index] = pieces[1:]
            token, lower = pieces[0], pieces[0].lower()
            value = lx.NUMBER_WORDS.get(lower)
            if value is not None:
                terms.append(Term(token, _number_key(float(value), ""), "number",
                                  _duration(float(value), tokens, index), negated=_negated()))
                sentence_start = False
                continue
        pair = (lower, tokens[index].lower()) if index < len(tokens) else None
        if lower in _RELATIVE and (terms and terms[-1].kind == "number" and index >= 2
                                   and (tokens[index - 2] == terms[-1].surface or tokens[index - 2].lower() in _AFTER_NUMBER)
                                   or any(t.lower().rstrip("s") in _REFERENCE_LEVELS for t in tokens[index:index + 4])):
            # "35% below the five-year average", "above the council's usual target": a direction, not grammar.
            terms.append(Term(token, lower, "word", (), _negated(), {"amount": _RELATIVE[lower]}))
            sentence_start = False
            continue
        if lower in _DEFINITE_DETERMINERS and negation_budget and negated_state and len(terms) > negated_since \
                and terms[-1].kind == "word":
            # "will not challenge his four-year prison term": the act is denied, not the term that
            # "his" takes for granted (while "did not find a link" denies the link).
            negation_budget = 0
            continue
        if len(terms) > negated_since and index < len(tokens) and (
                negation_budget and negated_state and lower in _NOT_BEFORE and _is_time(tokens[index])
                or negation_in_clause and negator in _NONE_SUCH and lower == "as" and index + 1 < len(tokens)
                and tokens[index + 1].lower() == "as"):
            # "would not start before 2026" denies the earlier time, not the start ("could begin in 2026
            # at the earliest"); "no decline had been as steep as this one" makes this one the steepest.
            for term in terms[negated_since:]:
                term.negated = False
            negation_budget, negated_state = 0, False
        if lower in {"alone", "only"} and negator in {"not", "n't"} and len(terms) > negated_since \
                and all(term.negated for term in terms[negated_since:]) and index - 2 > 0 \
                and tokens[index - 2].lower() not in {"not", "n't"}:
            # "not border security alone" grants border security and says there is more, as "not simply" does.
            for term in terms[negated_since:]:
                term.negated = False
            negation_budget, negated_state = 0, False
            sentence_start = False
            continue
        if lower in lx.TRAILING_NEGATORS and terms and index >= 2 and tokens[index - 2] == terms[-1].surface:
            # "a driver shortage" is a shortage of drivers: the noun before it is denied too, and a word before
            # that noun ("an affordable housing shortfall"), unless it says how bad the shortage is.
            terms[-1].negated = True
            if len(terms) >= 2 and index >= 3 and tokens[index - 3] == terms[-2].surface and terms[-2].kind == "word" \
                    and terms[-2].surface.lower() not in _SHORTAGE_DEGREES:
                terms[-2].negated = True
        if lower.endswith("-free") and len(lower) > 6 and lower[:-5] not in lx.FUNCTION_WORDS:
            # "interest-free loans" charge no interest; "duty-free" means no duty.
            terms.append(Term(token[:-5], word_key(lower[:-5]), "word", negated=True))
            sentence_start = False
            continue
        if lower == "not" and pair and pair[1] in _NOT_ONLY:
            sentence_start = False
            continue
        if pair in lx.NEGATOR_PAIRS and index + 1 < len(tokens) and tokens[index + 1].lower() in _NOT_ONLY:
            index += 1   # "rather than merely border security" grants it, as "not simply" does
            sentence_start = False
            continue
        if lower in _NOUN_ONLY_NEGATORS and not (index < len(tokens) and tokens[index].lower() in {"of", "in"}):
            # "a shortage of nurses" denies the nurses; "a shortfall facing the council" denies nothing after it.
            sentence_start = False
            continue
        if lower in lx.NEGATORS or pair in lx.NEGATOR_PAIRS:
            negate(lower)
            if lower in lx.NOUN_NEGATORS or pair in lx.NOUN_NEGATOR_PAIRS:
                # "a lack of decisive action often hampers ...": the noun phrase, not the verb after it.
                negation_budget = _NOUN_NEGATION_SCOPE
            index += pair in lx.NEGATOR_PAIRS
            sentence_start = False
            continue
        if (lower in lx.DIMINISHERS or lower == "less" and _state_before_less(tokens, index - 2)
                and "than" not in (t.lower() for t in tokens[index + 1:index + 6])) \
                and index < len(tokens) and lx.stem(tokens[index].lower()) in lx.POLE_OF:
            # "limited success"; "getting less stable" (not "hit less hard than wheat", a comparison).
            negate(lower)
            negation_budget = 1
            sentence_start = False
            continue
        shown = None
        if pair in lx.PHRASE_WORDS:
            # Shown as the claim has it: "falls short", "brief" (of "a brief").
            shown = tokens[index] if lower in {"a", "an"} else f"{token} {tokens[index]}"
            lower = token = lx.PHRASE_WORDS[pair]
            index += 1
        if lower in lx.NEGATED_WORDS:
            negate(lower)
            adverb = lower.endswith("ly") and lower != "unlikely"   # an adjective: "unlikely to pay"
            lower = token = lx.NEGATED_WORDS[lower]
            # The base word itself is the first term in scope. A noun ("unemployment",
            # "insecurity") and an adverb ("unfairly dismissed") deny only themselves; "unable to
            # pay" denies the paying too.
            negation_budget = 1 if adverb or lower.endswith(_NOUN_ENDINGS) else negation_budget + 1
        if lower in lx.ROLE_PREPOSITIONS:
            role_word = lower
        elif lower in lx.MONTHS:
            role_word = ""   # "From April a typical bill": the month ends the phrase "from" opened
        stemmed = lx.stem(lower.replace("-", ""))
        capitalised = token[:1].isupper() and lower not in lx.MONTHS | lx.CAPITALISED_WORDS | {"i"}
        all_caps = len(token) >= 2 and token.isupper()
        # At a sentence start only a run of capitalised words ("Stanford University") is a name.
        run_follows = index < len(tokens) and tokens[index][:1].isupper() \
            and tokens[index].lower() not in lx.FUNCTION_WORDS \
            or _INITIAL_RE.fullmatch(token) is not None and index < len(tokens) and tokens[index] == "."
        is_name = all_caps or (capitalised and (fragment or not sentence_start or run_follows
                                                or fold_accents(lower) in lx.COUNTRY_WORDS))
        if sentence_start and lower in _OPENING_PREPOSITIONS:
            is_name = False   # "After Velm Rail ordered ...": the name starts after the preposition
        if token == "May" and not sentence_start:
            # The month, not the modal verb.
            is_name, lower, stemmed = False, "may", "may"
            terms.append(Term(token, "may", "word", (), _negated()))
            negation_budget = max(0, negation_budget - 1)
            sentence_start = False
            continue
        if lower in lx.TITLES or (not is_name and (lower in lx.FUNCTION_WORDS or stemmed in lx.FUNCTION_STEMS)):
            sentence_start = False
            # "from the remote Apurímac region": articles keep the role, other grammar ends it.
            if lower not in lx.ROLE_PREPOSITIONS and lower not in {"the", "a", "an", "of"}:
                role_word = ""
            continue
        name_end = last_name == index - 2 and lower in lx.REPORTING_WORDS
        if is_name and (lower in lx.FUNCTION_WORDS) and not all_caps and not name_end:
            # "The", "According" at a title-cased fragment: grammar, not a name.
            sentence_start = False
            continue
        parts = tuple(word_key(p) for p in lower.split("-") if p and p not in lx.FUNCTION_WORDS) \
            if "-" in lower else _superlative_base(lower, tokens[index - 2] if index >= 2 else "")
        key = word_key(lower)
        if is_name:
            key = "acr:" + token.upper() if all_caps else fold_accents(lower.replace("-", ""))
        poles = dict(lx.POLE_OF.get(stemmed, {})) if not is_name else {}
        if lower in lx.NOUN_MODIFIERS and index < len(tokens) and tokens[index].lower() in lx.NOUN_MODIFIERS[lower]:
            # "library opening hours": part of a noun, not an act of opening.
            poles = {}
        if stemmed == "grow" and index + 1 < len(tokens) and tokens[index][:1].isdigit() \
                and tokens[index + 1].lower() in _LAND_UNITS:
            poles = {}   # "who grows 600 acres" farms them; nothing grew
        if lower in _EMERGENCE and index + 1 < len(tokens) and tokens[index].lower() == "of" and (
                tokens[index + 1][:1].isupper() or tokens[index + 1].lower() == "the" and index + 2 < len(tokens)
                and tokens[index + 2][:1].isupper()):
            # "the rise of the Shining Path": a movement that came up, no amount that grew.
            poles = {}
        if stemmed == lx.stem("dismiss") and any(t.lower() in _BIDS for t in tokens[index:index + 5]):
            # "dismissed an age discrimination claim": a bid turned down, against "upheld"; a worker
            # "unfairly dismissed" was sacked, which approves or rejects nothing.
            poles = {"approval": -1, "ruling": -1}
        if lower in lx.ROLE_SIZES and index < len(tokens) and tokens[index].lower() in lx.ROLE_NOUNS:
            # Its own key: the "leading" of "a leading role" is not the "led" of "led by".
            poles, key = {"role": lx.ROLE_SIZES[lower]}, "role:" + stemmed
        if lower in _SPAN_OPENERS and _span_follows(tokens, index):
            # "in the previous 12 months", "over the past year": a stretch of time, not a time before another.
            poles = {}
        if lower in {"up", "down", "back"} and index >= 2:
            # The particle of a phrasal verb: "wore down trust" is eroding it, "set up" no rise.
            poles = dict(lx.PHRASAL_POLES.get((lx.stem(tokens[index - 2].lower()), lower), poles))
        terms.append(Term(shown or token, key, "name" if is_name else "word", parts, _negated(), poles,
                          _role(role_word) if is_name else None,
                          past_scope=negation_in_clause and negation_budget == 0 and not is_name))
        if is_name:
            last_name = index - 1
        negation_budget = max(0, negation_budget - 1)
        sentence_start = False
    return Parsed(text, terms)


_BIDS = {"claim", "claims", "appeal", "appeals", "complaint", "complaints", "case", "challenge", "bid", "application",
         "objection", "objections", "counterclaim", "lawsuit", "action", "petition", "charge", "charges", "allegation",
         "allegations", "request"}
_LAND_UNITS = {"acres", "acre", "hectares", "hectare", "fields", "varieties", "kinds", "types"}
_SPAN_OPENERS = {"previous", "past", "last", "prior", "preceding"}
_SPAN_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hour",
               "hours", "century", "centuries", "season", "seasons", "fortnight", "quarter", "quarters"}


def _span_follows(tokens: list[str], index: int) -> bool:
    """A unit of time follows at `index`, at most after one count ("12 months", "two years")."""
    ahead = [t.lower() for t in tokens[index:index + 2]]
    if ahead and (ahead[0][:1].isdigit() or ahead[0] in lx.NUMBER_WORDS or ahead[0] in {"few", "several"}):
        ahead = ahead[1:]
    return bool(ahead) and ahead[0] in _SPAN_UNITS


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _role(word: str) -> str | None:
    return lx.ROLE_PREPOSITIONS.get(word)


def acronyms(text: str) -> set[str]:
    """Acronyms of capitalised runs: "Organization of American States" -> "acr:OAS"."""
    found = set()
    # Punctuation ends a run: "the United States, the Peruvian government" holds "acr:US".
    # A hyphenated word gives one initial or one per part: "Inter-American Development Bank" is
    # "IDB" or "IADB".
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|[,.;:()\[\]!?\"“”]", _prepare(text))
    def add(run: list[str]) -> None:
        if len(run) >= 2 or any("-" in w for w in run):
            found.add("acr:" + "".join(w[0] for w in run).upper())
            found.add("acr:" + "".join(p[0] for w in run for p in w.split("-") if p).upper())

    run: list[str] = []
    pieces: list[list[str]] = [[]]   # the run cut at "and": "the OAS and the United States"
    for word in words + ["."]:
        if word[:1].isupper() and not (not run and word.lower() in {"the", "a", "an"}):
            run.append(word)
            pieces[-1].append(word)
        elif word.lower() in {"of", "for", "and", "the", "de", "on"} and run:
            if word.lower() == "and":
                pieces.append([])
        else:
            for piece in [run, *pieces] if len(pieces) > 1 else [run]:
                add(piece)
            run, pieces = [], [[]]
    return {a for a in found if len(a) >= 6}
