"""Word-level helpers shared by retrieval, answering and verification."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also may might must shall s t don didn doesn isn wasn weren according
""".split())

# Words that ask rather than tell: they never need to be backed by a passage.
QUESTION_WORDS = frozenset("""
what which who whom whose when where why how does do did is are was were can could would should
tell explain describe say says said mention mentioned brief document documents article text passage
please give list name kind sort type role main key according right true really
""".split())

NEGATIONS = frozenset("not no never none nor neither without cannot isn't aren't wasn't weren't "
                      "doesn't don't didn't won't can't hasn't haven't hadn't".split())

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_](?:[^\W_]|['’\-](?=[^\W_]))*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def clean_input(text: str) -> str:
    """Normalise user input: NFC, no control characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# Irregular past forms the stemmer leaves apart from their verbs ("led" and "leading").
IRREGULAR = {"led": "lead", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow",
             "grown": "grow", "began": "begin", "begun": "begin", "said": "say", "made": "make", "held": "hold",
             "took": "take", "taken": "take", "gave": "give", "given": "give", "brought": "bring", "built": "build",
             "sought": "seek", "thought": "think", "went": "go", "gone": "go", "came": "come", "won": "win",
             "lost": "lose", "paid": "pay", "sold": "sell", "bought": "buy", "spent": "spend", "left": "leave",
             "met": "meet", "ran": "run", "saw": "see", "seen": "see", "chose": "choose", "chosen": "choose",
             "drove": "drive", "driven": "drive", "wrote": "write", "written": "write", "struck": "strike",
             "sank": "sink", "shrank": "shrink", "spoke": "speak", "spoken": "speak", "told": "tell"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return _stemmer().stemWord(IRREGULAR.get(word, word))


def content_stems(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words that carry meaning (no stop words), in order, with repeats."""
    out = []
    for w in words(text):
        lw = w.lower().replace("’", "'")
        if lw.endswith("'s"):
            lw = lw[:-2]
        if lw in STOPWORDS or lw in extra_stop:
            continue
        out.append(stem(lw))
        if "-" in lw:  # "long-term" also counts as "long" and "term"
            out.extend(stem(part) for part in lw.split("-") if part and part not in STOPWORDS)
    return out


def numbers(text: str) -> set[str]:
    """Numbers as written, without thousands separators ('1,000' -> '1000')."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()
