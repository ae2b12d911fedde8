"""The default judge: does a passage back a claim? Runs offline on lexical checks plus MiniLM.

How a claim is judged:
1. Verbatim (after normalising case, punctuation and citation markers) -> score 1, no encoding.
2. Each passage is cut into sentences; the claim is aligned with the best sentence or pair of
   adjacent sentences (a "window"), never with the whole passage, so facts from unrelated
   sentences cannot add up to support.
3. Hard checks against the window: every number/date (in the sentence that carries the claim)
   and every name must be there; a negation, an opposite ("rose" vs "fell", "strengthened" vs
   "weakened") or a swapped role ("from Peru into Chile") contradicts it. A name found only in
   the neighbouring sentence weakens the pair. Each failure multiplies the score down.
4. Soft support: the share of the claim's terms the window backs (stem, synonym, same pole of
   an opposite pair, or a close MiniLM word vector), mixed with the MiniLM similarity of claim
   and window, so faithful paraphrases pass.
Against all passages: a multi-word name must occur as such, not spliced from the words of two
names ("Lake Erie State Park"), and a name put in a relation slot ("directed by X") must be in
that slot where the passages state the relation (relations.py).
With a question: a short answer ("Delhi") is read with its question and its own words must be
in the passages; in a sentence answer, every word the question did not bring in must be backed
(those are what the answer asserts); "X or Y, which came first?" is checked against the years
the passages give; an answer about two subjects ("both", "in common") must hold in the
sentences about each one. A bare yes/no is judged on whether the passages cover what is asked.
The score is scaled so that 0.5 separates supported from unsupported claims.
"""
from __future__ import annotations

import datetime
import math
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

import numpy as np

from assistant.verify import lexicon as lx
from assistant.verify.base import YES_NO, SupportResult, is_short_answer
from assistant.verify.compare import check_comparison
from assistant.verify.relations import (SPEECH_VERBS, changed_count, denied_by_speaker, check_bindings, misattributed_predicate,
                                         misattributed_speech, misplaced_apposition, misplaced_description,
                                         misplaced_home, other_rival, recounted, reversed_change, reversed_result,
                                         reversed_roles, reversed_transfer, swapped_comparison, swapped_leader,
                                         swapped_doer, swapped_names, swapped_numbers, swapped_nation, swapped_owner,
                                         swapped_payee, missed_mark, unstated_turn, reversed_cause,
                                         flipped_bound, misattached_number,
                                         loaned_player, borrowed_figure,
                                         swapped_payer, swapped_place_name, swapped_stance, reversed_stance)
from assistant.verify.text import (Parsed, Term, acronyms, fold_accents, normalize_surface, parse, rephrased,
                                   split_sentences, strip_citations, word_key)

DEFAULT_THRESHOLD = 0.5

# Factors that one failed hard check multiplies the score by.
MISSING_NUMBER = 0.25
MISSING_NAME = 0.3
NEGATION_MISMATCH = 0.3
OPPOSITE_POLE = 0.3
SWAPPED_ROLE = 0.3
MISBOUND_SLOT = 0.3
SWAPPED_NUMBERS = 0.3
UNSHARED = 0.3
SPLICED_NAME = 0.4
# Two sentences joined by names split between them are more often two facts than one.
SPLIT_NAME = 0.5
WRONG_COMPARISON = 0.2
UNSTATED_DENIAL = 0.5
# A claim sure of what the passage only holds possible ("will almost certainly" for "could").
OVERSTATED = 0.5
# Credit for a content word found only outside the aligned window.
ELSEWHERE_CREDIT = 0.5
# MiniLM word-vector cosine that starts to count as a near-synonym, and the one that counts fully.
WORD_SIM_LOW, WORD_SIM_HIGH = 0.5, 0.8
WORD_SIM_CREDIT = 0.8
# MiniLM sentence cosine mapped to [0, 1] between these two points.
SENT_SIM_LOW, SENT_SIM_HIGH = 0.35, 0.8
# Weight of sentence similarity against word coverage in the soft support.
SIM_WEIGHT = 0.5
# Soft support that maps to the 0.5 threshold.
SOFT_PIVOT = 0.55
# Clauses of a window's sentences (four words or more) a claim may be near, less this much.
CLAUSE_MIN_WORDS = 4
CLAUSE_DISCOUNT = 0.05
_CLAUSE_SPLIT_RE = re.compile(r"[,;:–—]\s+|\s+(?:coupled\s+with|while|whereas|but)\s+")
CANDIDATE_WINDOWS = 3
# How many more of the claim's terms a contradicting window must share to outweigh the best one.
CLOSER_BY = 1.0
# How far apart the two sentences of a window may be (1 = adjacent).
WINDOW_GAPS = (1, 2)
# A claim of this many terms or more that draws this share of the matching sentence's words from the
# other sentence of its pair joins the two.
_JOINED_TERMS, _JOINED_SHARE = 10, 0.8
# Spoken words in quotes (four words or more), as opposed to a quoted title such as "Cars" or
# "Anne of Green Gables" (see _spoken).
_QUOTATION_RE = re.compile(r"[\"“”](?:[^\"“”\s]+\s+){3,}[^\"“”\s]+(?:[\"“”]|$)")
# In an answer to a question, the words the question did not bring in are the answer's whole
# assertion: each one the window backs with less credit than this multiplies the score. A
# free-standing claim gets no such factor, because faithful paraphrases reword freely.
UNBACKED_BELOW = 0.35
UNBACKED_ANSWER_WORD = 0.5
UNBACKED_GIVEN_WORD = 0.65
# Words by which a question or claim says one thing holds of two subjects ("both", "in common").
# A sentence that speaks of a person without naming them.
_PERSON_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:is|was|has|had|\w+ed|\w+s)\b")
# "who served as both Foreign Secretary and Prime Minister": two roles of one subject.
_ROLES_RE = re.compile(r"\bas\s+both\b", re.IGNORECASE)
# "has only appeared in Hindi films": one thing and no other, not "not only", "the only", "only 12".
_ONLY_ADVERB_RE = re.compile(r"(?<!\bnot )(?<!\bthe )(?<!'s )\bonly\b(?!\s+(?:one\b|\d|a\s+few|a\s+handful))",
                             re.IGNORECASE)
# "championed by the United States": an act and its doer, named.
_DONE_BY_RE = re.compile(r"\b(?P<verb>[a-z]{4,}ed)\s+by\s+(?:the\s+)?(?P<agent>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)")
# Capitalised words that open a sentence without being a doer.
# An aim a claim gives its act: "intended to ease", "in a bid to cut", "to mark its 25th year".
_PURPOSE_RE = re.compile(r"\b(?:intended\s+to|designed\s+to|in\s+order\s+to|so\s+as\s+to|in\s+a\s+bid\s+to|"
                         r"(?:be|been|being|is|are|was|were)\s+(?:used|spent)\s+to|"
                         r"with\s+the\s+aim\s+of|(?<=\s)to(?=\s+mark\b))\s+(?P<verb>[a-z]+)", re.IGNORECASE)
_OPENING_WORDS = {"The", "A", "An", "It", "This", "That", "These", "Those", "In", "On", "At", "By", "After", "Before"}
_QUOTED_RE = re.compile(r"[\"“]([^\"”]+)[\"”]")
_SHARED_WORDS = {"both", "common", "share", "shared"}
# "No, ..." answers deny that the subjects share something: nothing to check per subject.
_DENIAL_RE = re.compile(r"\W*(?:no|neither|not)\b", re.IGNORECASE)
# "Which is the progenitor of the dingo, the Indian pariah dog or the Anglo-Français ...?"
_OPTIONS_TAIL_RE = re.compile(r",\s+(?:the\s+)?(?P<a>[^,?]+?)\s+or\s+(?:the\s+)?(?P<b>[^,?]+?)\W*$")
# A sentence that goes on about the one before: "He ...", "The breed is ...".
_GOES_ON_RE = re.compile(r"\W*(?:He|She|It|They|His|Her|Its|Their|This|The\s+[a-z]+)\b")
_PRONOUN_START_RE = re.compile(r"\W*(?:He|She|It|They|His|Her|Its|Their)\b")
_HE_SHE_START_RE = re.compile(r"\W*(?:He|She)\b")
_SPEAKER_REACH = 4   # words from a person's name to the verb they speak with
# A person's name: a title and a name, or a given name and a surname ("Dr. Ines Falk", "Tom Balewa").
_PERSON_RUN_RE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.?\s+)?(?<![\w.])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
# "X was the <role>." and "The <role> was X.", X a run of capitalised words.
_NAME = r"(?P<name>[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|of|de|von|van))*)"
_COPULA_NAME_FIRST_RE = re.compile(_NAME + r"(?:,\s+(?:which|who))?\s+(?:is|was|are|were)\s+(?:the|a|an)\s+"
                                   r"(?P<role>[^,;]+?)(?:\.|,.*)?$")
_COPULA_NAME_LAST_RE = re.compile(r"(?:The|A|An)\s+(?P<role>[^,;]+?)\s+(?:is|was|are|were)\s+" + _NAME + r"\.?$")
# Nouns by which a text names again a bearer it named before: "said the company aimed to ...".
_KIND_AGAIN_RE = re.compile(r"\b(?:the|its)\s+(?:company|firm|group|agency|team|club|species|facility|plant|project|"
                            r"museum|university|institute|party|union|bank|council|ministry|court|airline|carrier|"
                            r"developer|builder|housebuilder|contractor|operator)\b")
# "Developer Brookmere Homes had offered ..." after "A bid to build 140 homes ... was rejected": the
# thing's maker, named by its kind.
_KIND_OPENING_RE = re.compile(r"\W*(?:The|Its)\s+" + _KIND_AGAIN_RE.pattern.split(r"\s+", 1)[1]
                              + r"|\W*(?:Developer|Builder|Housebuilder|Contractor|Operator)\s+[A-Z]")
# A sentence that opens on a count of something: "About 600 nurses are expected to take part".
_COUNTED_AGAIN_RE = re.compile(r"\W*(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
                               r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                               r"(?:([a-z][\w\-]*)\s+)?([a-z][\w\-]*)\b(?!\s+(?:of|per|percent)\b)", re.IGNORECASE)
# A later sentence on what the opening one's sum pays for: "About 60% of the cost will come from ...".
_COST_AGAIN_RE = re.compile(r"\b(?:the|its)\s+(?:total\s+)?(?:cost|bill|price|budget|funding)\b", re.IGNORECASE)
_SUM_RE = re.compile(r"[£$€]\s?\d")
# A sentence that opens on someone's post at a body named by its kind: "Club chairman Neil Odunsi said".
_KIND_ROLE_RE = re.compile(r"(?:company|firm|club|team|council|party|union|museum|university|school|hospital|trust|"
                           r"charity|group|board)\s+(?:chairman|chairwoman|chair|chief|president|director|"
                           r"spokesman|spokeswoman|spokesperson|secretary|manager|captain|leader|boss|owner|head)\b")
# A sentence that opens on a thing already introduced: "The 8.6-kilometre line, which cost ...".
_DEFINITE_OPENING_RE = re.compile(r"\W*The\s+(?:[\d.,€$£%\-]+[\w\-]*\s+|[a-z][\w\-]*\s+){0,3}"
                                  r"[a-z][\w\-]*\b(?![\w\-]*\s+of\b)")
# More of what an earlier sentence counted: "a further 10 centimetres", "another 300 homes".
_MORE_OF_RE = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s+(?:[\d.,]+\s+)?"
                         r"((?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)")
# A speaker who opens a sentence: "Superintendent Carla Jimenez said (that) ...".
_SPEAKER_OPENING_RE = re.compile(r"^\W*(?:[A-Z][\w'’.\-]*\s+){1,4}(?:said|says|added|noted)\s+(?:that\s+)?")
# A place named again by its kind: "The town plans to introduce a tourist tax" after "... in Port Ellis".
_PLACE_AGAIN_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:town|city|village|county|region|island|district|province|state|"
                             r"country|municipality)\b")
# "the <noun>" or "its <adjective> <noun>": what a sentence may name again from an earlier one (a name
# such as "The Signal Corps" is not named again by a word it shares with another).
_NAMED_AGAIN_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s+((?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)")
# A sentence that opens by pointing back at the one before: "This interconnectedness presents ...".
_POINTS_BACK_RE = re.compile(r"\W*(?:This|These|Such|That|Those)\s+[a-z][\w\-]*\b(?!\s+(?:of|to)\b)")
# A sentence that opens on another matter: "Separately, a $240 million tunnel was 80% complete."
_CENTS_RE = re.compile(r"\s*(?:cents|pence|centimes|kopecks)\b|p\b", re.IGNORECASE)
_NEW_FACT_RE = re.compile(r"\W*(?:Separately|Elsewhere|Meanwhile|In other news|Unrelated)\b")
_OPENING_WORD_RE = re.compile(r"[\W]*([A-Z][\w'’\-]*)")
_PIECE_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:]|\b(?:and|but|while|whereas)\b")
_NAME_RUN_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")
_RUN = r"[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|of|de|von|van))*"
_BOTH_RE = re.compile(rf"\b[Bb]oth\s+(?:the\s+)?(?P<a>{_RUN})\s+and\s+(?:the\s+)?(?P<b>{_RUN})")
_PAIR_RE = re.compile(rf"(?P<a>{_RUN}),?\s+(?:and|or)\s+(?:the\s+)?(?P<b>{_RUN})\W*$")
# "Is X or Y the largest ...?": the two options first, what is asked after them.
_CHOICE_FIRST_RE = re.compile(rf"^\W*(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave)\s+(?:the\s+)?"
                              rf"(?P<a>{_RUN})\s+or\s+(?:the\s+)?(?P<b>{_RUN})\b")
_YES_NO_QUESTION_RE = re.compile(r"\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b",
                                 re.IGNORECASE)
# What a wh-question asks for, when its answer must bring a thing of that kind the question
# does not already name: a place, a time, a count. Relative "where"/"when" ("the city where he
# was born") do not count: only the question's own wh-word, at its start or end.
_ASKS_PLACE_RE = re.compile(r"^\W*where\b|\bwhere\W*$|(?:^\W*|\b(?:in|at|from|to)\s+)(?:which|what)\s+(?:\w+\s+)?"
                            r"(?:city|town|country|state|county|province|stadium|arena|venue|island|region|"
                            r"village|location|place|district|continent)\b", re.IGNORECASE)
_ASKS_CITY_RE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:city|town|village)\b", re.IGNORECASE)
_ASKS_TIME_RE = re.compile(r"^\W*when\b|\bwhen\W*$|\b(?:which|what)\s+(?:\w+\s+)?(?:year|decade|century|date|month)\b",
                           re.IGNORECASE)
_MEASURES = r"(?:population|number|length|height|area|capacity|distance|size)"
_ASKS_COUNT_RE = re.compile(rf"\bhow\s+(?:many|much|long|old|far|tall|high|large|big)\b|\bwhat\s+(?:is|was)\s+the\s+"
                            rf"{_MEASURES}\b|\b{_MEASURES}(?:\s+[\w\-]+){{0,3}}\s+(?:is|was|of)\s+what\b",
                            re.IGNORECASE)
# Questions that offer their answer among options: "X or Y", "which one", "between X and Y".
_OPTIONS_RE = re.compile(r"\b(?:or|which one|between|of the two)\b", re.IGNORECASE)
_WH_QUESTION_RE = re.compile(r"\b(?:what|which|who|whom|whose|where|when|how)\b", re.IGNORECASE)
# A number inside the wh-phrase itself: "What Category 5 hurricane", "which 30th President".
# "best known for what cantata?": the kind of thing asked for, when it is a common noun.
# Not a word that only qualifies the names after it: "What retired American soccer player".
_WHAT_KIND_RE = re.compile(r"\b[Ww]hat\s+(?P<kind>[a-z][a-z\-]{2,})\b(?!\s+[A-Z])")
_WH_NUMBER_RE = re.compile(r"\b(?:[Ww]hat|[Ww]hich)\s+(?:[\w\-]+\s+){0,2}?[\w\-]*\d[\w\-]*(?:\s+[\w\-]+)?")
# "Only X ..." says X and no other subject of the question.
_ONLY_RE = re.compile(rf"\W*(?:Only|Just)\s+(?:the\s+)?(?P<name>{_RUN})")
# "his only well-known song", "the only", "only one": exclusivity, which the passages must state too.
_EXCLUSIVE_ONLY_RE = re.compile(r"(?:\b(?:the|his|her|its|their|our|my)|['’]s)\s+only\b|\bonly\s+one\b", re.I)
_EXCLUSIVE_WORDS_RE = re.compile(r"\b(?:only|sole|solely|single|exclusively|alone|unique|lone)\b", re.I)
# A claim that something set a record ("the highest level of support in its history", "for the first
# time", "an all-time low") needs a passage that speaks of records, firsts or extremes at all.
_SUPERLATIVES = (r"highest|lowest|largest|biggest|smallest|greatest|fastest|slowest|longest|shortest|oldest|"
                 r"youngest|deepest|heaviest|strongest|weakest|warmest|hottest|coldest|wettest|driest|busiest|"
                 r"worst|best|most|least")
_RECORD_RE = re.compile(rf"\b(?:in\s+(?:its|their|his|her|the\s+\w+['’]s)\s+(?:\w+\s+)?history|record-breaking|"
                        rf"all-time|unprecedented|for\s+the\s+first\s+time|(?:a|an|new)\s+record\b|"
                        rf"record\s+(?:high|low|level|number|levels|highs|lows)|since\s+records\s+began|"
                        rf"first\s+of\s+its\s+kind|first-ever|the\s+first\s+(?:[\w\-]+\s+){{0,3}}?to\s+[a-z]+|"
                        rf"(?:{_SUPERLATIVES})\s+(?:[\w\-]+\s+){{0,3}}?ever)\b", re.IGNORECASE)
_RECORD_WORDS_RE = re.compile(rf"\b(?:{_SUPERLATIVES}|record\w*|first|ever|history|historic|unprecedented|"
                              rf"all-time|\w+est)\b", re.IGNORECASE)
# A name right after a denial: "from Georgia, but not Atlanta".
_DENIED_NAME_RE = re.compile(r"\b(?:[Nn]ot|[Nn]ever|[Nn]or)\s+(?:(?:in|at|from|by|of|to|for|with|the|a|an)\s+)*"
                             r"(?P<name>[A-Z][\w'’\-]*)")
# A count said as a word before what it counts: one ("a single corruption scandal", "one dominant
# power") against more than one ("a series of corruption scandals", "a few powerful states").
_ONE_RE = re.compile(r"\b(?:one|a\s+single|single|sole|a\s+lone|lone)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)",
                     re.IGNORECASE)
_SEVERAL_RE = re.compile(r"\b(?:a\s+few|several|multiple|various|numerous|many|two|three|four|five|six|seven|eight|"
                         r"nine|ten|dozens\s+of|a\s+(?:series|number|string|spate|wave|host|handful)\s+of)\s+"
                         r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)", re.IGNORECASE)
# "all seven members" against "five of the seven members"; "unanimously" against a 5-2 vote.
_COUNT_WORD = r"(?:\d[\d,]*|" + "|".join(w for w in lx.NUMBER_WORDS if w not in {"zero", "hundred", "dozen"}) + ")"
_ALL_RE = re.compile(rf"\ball\s+(?:of\s+the\s+|the\s+)?(?P<n>{_COUNT_WORD})\b", re.IGNORECASE)
_PART_OF_RE = re.compile(rf"\b(?P<m>{_COUNT_WORD})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?P<n>{_COUNT_WORD})\b",
                         re.IGNORECASE)
_UNANIMOUS_RE = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_EVERY_RE = re.compile(r"\b(?:every|each|all(?:\s+(?:of\s+)?(?:the|its|their|his|her))?)\s+([a-z]+)", re.IGNORECASE)
_MOST_RE = re.compile(r"\bmost\s+(?:of\s+(?:the|its|their|his|her)\s+)?([a-z]+)", re.IGNORECASE)
_SPLIT_VOTE_RE = re.compile(r"\b(\d{1,3})\s*[-–]\s*(\d{1,3})\b")
_CERTAIN_RE = re.compile(r"\b(?:certainly|surely|definitely|inevitabl[ey]|undoubtedly|guaranteed|certain\s+to|"
                         r"bound\s+to|(?:confident|certain|sure)\s+(?:that|of)|no\s+doubt)\b", re.IGNORECASE)
_HEDGE_RE = re.compile(r"\b(?:could|may|might|possibly|potentially|perhaps|likely|probabl[ey]|expected|expects?|"
                       r"forecasts?|uncertain|at\s+the\s+earliest|hopes?)\b", re.IGNORECASE)
# "ruled out any closures" where the passage has "not planning any closures at this stage": a denial
# the passage gives for now only.
_RULED_OUT_RE = re.compile(r"\b(?:ruled?|rules|ruling)\s+out\b|\bwill\s+never\b|\bnever\s+will\b", re.IGNORECASE)
_FOR_NOW_RE = re.compile(r"\b(?:at\s+this\s+stage|for\s+now|at\s+present|for\s+the\s+time\s+being|"
                         r"at\s+the\s+moment)\b", re.IGNORECASE)
# "too early to say whether the tax had reduced obesity rates", "could not prove that phone use caused the
# shorter sleep": the passage leaves it open, so a claim that states it overstates; not a claim that
# keeps it open or hedges ("no proof", "may have", "whether", "an association").
_OPEN_QUESTION_RE = re.compile(
    r"\b(?:(?:too\s+(?:early|soon)|impossible|hard|difficult)\s+to\s+(?:say|tell|know|judge)|"
    r"(?:could|can|did|does|do|would)(?:\s+not|n't|n’t)\s+(?:yet\s+)?(?:prove|show|establish|demonstrate|confirm|"
    r"determine|say|tell)|cannot\s+(?:yet\s+)?(?:prove|show|establish|demonstrate|confirm|determine|say|tell)|"
    r"unclear|unknown|not\s+(?:yet\s+)?(?:clear|known)|no\s+(?:firm\s+|clear\s+|conclusive\s+)?(?:evidence|proof))"
    r"\s+(?:whether|if|that)\s+(?P<what>[^.;:]+)", re.IGNORECASE)
_KEPT_OPEN_RE = re.compile(r"\b(?:not|no|never|whether|if|unclear|unknown|uncertain|unproven|early|soon|could|may|"
                           r"might|possibl[ey]|perhaps|association|associated|link|linked|links|correlat\w*|yet|"
                           r"cannot|suggests?|suggested)\b|n't|n’t", re.IGNORECASE)
# How far before a number its change word may stand: "rose by 9% to 612", "fell sharply by 14%".
_CHANGE_REACH = 4
# "isn't simply border security": the passage grants it and says there is more; a claim that it is
# "essentially" or "only" that reduces the thing to it.
_NOT_ONLY_RE = re.compile(r"(?:\bnot|n't|n’t)\s+(?:simply|merely|just|only|solely|purely)\s+(?P<what>[^;,.:]+)",
                          re.IGNORECASE)
_REDUCER_DENIED_RE = re.compile(r"(?:\bnot|n't|n’t|\bthan|\binstead\s+of|\bbeyond|\bmore\s+than)\s+$", re.IGNORECASE)
_REDUCER_RE = re.compile(r"\b(?:essentially|basically|fundamentally|simply|merely|solely|purely|primarily|"
                         r"mainly|chiefly|at\s+heart|at\s+root|at\s+bottom|boils\s+down\s+to)\b", re.IGNORECASE)
_REDUCER_REACH = 5
# What a claim says something held up against ("despite internal divisions"), and verbs by which a
# passage has a thing do harm instead ("undermined by internal divisions").
_DESPITE_RE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?P<what>[^,.;:]+)", re.IGNORECASE)
_HARM_RE = re.compile(r"(?:undermin|hamper|hinder|weaken|erod|damag|imped|obstruct|crippl|derail|sabotag)\w*",
                      re.IGNORECASE)
_HARM_REACH = 6
# A cause or purpose the claim gives, up to the end of its clause: "in response to a wave of mass
# protests", "in order to reduce its running costs".
_CAUSE_RE = re.compile(r"\b(?:in\s+response\s+to|in\s+reaction\s+to|because\s+of|because|due\s+to|owing\s+to|"
                       r"as\s+a\s+result\s+of|prompted\s+by|triggered\s+by|caused\s+by|driven\s+by|thanks\s+to|"
                       r"in\s+order\s+to|so\s+as\s+to|in\s+a\s+bid\s+to|with\s+the\s+aim\s+of|"
                       # "after inspectors criticised its cramped labs": what came before, given as its occasion.
                       r"after|following)"
                       r"(?P<cause>[^,.;:]+)", re.IGNORECASE)
# A consequence the claim gives, up to the end of its clause: "forced several cabinet ministers to resign".
_CONSEQUENCE_RE = re.compile(r"\b(?:forced|forcing|prompted|prompting|led\s+to|leading\s+to|resulted\s+in|"
                             r"resulting\s+in|caused|causing|triggered|triggering|sparked|sparking)"
                             r"(?P<cause>[^,.;:]+)", re.IGNORECASE)
# A reason the claim gives in so many words: "for health reasons", "for personal and family reasons".
_REASONS_RE = re.compile(r"\bfor\s+(?P<cause>(?:[\w'’\-]+\s+){1,3}?reasons?)\b", re.IGNORECASE)
# How many of a cause's content words the passage must miss before the cause counts as unstated.
UNSTATED_CAUSE_WORDS = 3
# A claim that has a thing done already ("has already cleared the merger") where the passage has it
# still waiting ("still requires approval", "has yet to rule").
_ALREADY_RE = re.compile(r"\balready\b", re.IGNORECASE)
_PENDING_RE = re.compile(r"\b(?:still\s+(?:requires|needs|awaits|has\s+to|must|waiting)|awaiting|pending|yet\s+to|"
                         r"not\s+yet)\b", re.IGNORECASE)
# "The ministry has agreed to license every recruiter" where it "has said it will consider the proposal":
# a request or a thing to be weighed, told as granted.
_GRANTED_RE = re.compile(r"\b(?<!not\s)(?<!never\s)(agreed|agrees|decided|accepted|accepts|approved|approves|granted|"
                         r"committed)\s+(?:to\b|that\b)", re.IGNORECASE)
_ASKED_RE = re.compile(r"\b(?:(?:will|would|to|is|are)\s+(?:consider|considering|review|reviewing|look\s+at)|"
                       r"asked|urged|called\s+(?:on|for)|calls\s+(?:on|for)|requested|pressing)\b", re.IGNORECASE)
_DONE_RE = re.compile(r"\b(?:agree|agreed|agrees|decide|decided|accept|accepted|approve|approved|grant|granted|commit|"
                      r"committed|vote|voted|back|backed|endorse|endorsed|sign|signed|adopt|adopted|pass|passed|"
                      r"will\s+(?!consider|review|look)[a-z]+)\b", re.IGNORECASE)
# Two or more capitalised words in a row: one name. "of", "and" may as well join two names
# ("Ricardo Silva of the Atlantic Council"), so the check stops at them.
_LONG_NAME_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+")
_POSSESSIVE_RE = re.compile(r"(?<=['’]s)\s+|(?<=s['’])\s+")
# A title: capitalised words, joined by the small words titles keep lower-case.
_TITLE_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|in|on|a|an|to|for|at|de))*")
# A nickname in quotes inside a name: Matthew "The Granimal" Granahan.
_NICKNAME_RE = re.compile(r"\s[\"“][^\"”]{1,40}[\"”](?=\s)")


class _LRU(OrderedDict):
    """A small least-recently-used cache: repeated passages and words cost nothing.

    Locked, because the web chat may verify answers of two sessions at once.
    """

    def __init__(self, size: int):
        super().__init__()
        self.size = size
        self._lock = threading.Lock()

    def lookup(self, key):
        with self._lock:
            if key in self:
                self.move_to_end(key)
                return self[key]
            return None

    def put(self, key, value) -> None:
        with self._lock:
            self[key] = value
            if len(self) > self.size:
                self.popitem(last=False)

    def get_or(self, key, make):
        value = self.lookup(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value


@dataclass
class _Window:
    """One sentence or two adjacent sentences of a passage, as sets the checks look up."""

    sentences: tuple[int, ...]
    text: str
    keys: dict[str, set[bool]] = field(default_factory=dict)   # key -> negated flags seen
    numbers: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    poles: dict[str, set[int]] = field(default_factory=dict)
    denied_poles: dict[tuple[str, int], str] = field(default_factory=dict)   # "limited success", "no growth"
    pole_words: dict[tuple[str, int], str] = field(default_factory=dict)
    pole_counts: Counter = field(default_factory=Counter)   # (axis, sign) -> affirmed words on it
    roles: dict[str, set[str]] = field(default_factory=dict)
    number_roles: dict[str, set[str]] = field(default_factory=dict)   # "from fourth to ninth"
    words: set[str] = field(default_factory=set)
    # Acronyms of the window's spelled-out names ("Organization of American States" -> acr:OAS):
    # they back an acronym the claim writes, never another name with the same initials.
    spelled: set[str] = field(default_factory=set)
    members: tuple["_Window", ...] = ()   # the single sentences of a pair window
    plain: set[str] = field(default_factory=set)   # keys of words outside names ("housing", not "Ministry of Housing")
    loose: bool = False   # the opening sentence beside a later one that does not go on about what it names

    def add(self, parsed: Parsed, raw_acronyms: set[str]) -> None:
        # Words of a quoted title ("Band of Brothers") name the title, not the things they say.
        titled = {word for title in _QUOTED_RE.findall(parsed.text) for word in title.split()}
        outside = set(_QUOTED_RE.sub(" ", parsed.text).split())
        for term in parsed.terms:
            if term.kind == "number":
                self.numbers.update((term.key, *term.parts))   # "ten years" is also a duration
                if term.role:
                    self.number_roles.setdefault(term.key, set()).add(term.role)
                continue
            for key in (term.key, *term.parts):
                self.keys.setdefault(key, set()).update({term.negated, True} if term.past_scope else {term.negated})
                if term.kind != "name":
                    self.plain.add(key)
            lower = fold_accents(term.surface.lower())
            if term.kind == "name" and not (term.surface in titled and term.surface not in outside):
                self.keys.setdefault(word_key(lower), set()).add(term.negated)
            self.names.update({lower, term.key, lower.replace("-", "")})
            self.names.update(lower.split("-"))
            # "US-Peru relations" names the US as much as "the US" does.
            self.names.update("acr:" + part for part in term.surface.split("-") if len(part) >= 2 and part.isupper())
            if term.key.startswith("acr:"):
                self.names.add(term.key)
            if term.kind == "word":
                self.words.add(lower)
            if term.role:
                self.roles.setdefault(term.key, set()).add(term.role)
            for axis, sign in term.poles.items():
                if term.negated:
                    self.denied_poles.setdefault((axis, sign), term.surface)
                    continue
                self.poles.setdefault(axis, set()).add(sign)
                self.pole_words.setdefault((axis, sign), term.surface)
                self.pole_counts[(axis, sign)] += 1
        self.spelled |= raw_acronyms


@dataclass
class _Passage:
    windows: list[_Window]
    whole: _Window
    keys: set[str]
    sentence_texts: list[str]
    figures: list[tuple[float, str]] = field(default_factory=list)   # (value, kind) of each figure


@dataclass
class _Verdict:
    score: float
    passage: int
    window: _Window
    unsupported: list[str]
    problems: list[str]
    similarity: float | None
    contradicted: bool = False   # a claim word on the other pole of the window's word
    denied: bool = False         # a word the claim denies with "no" that the window affirms


class SupportScorer:
    """The offline judge. `embedder` may be None: then it judges on the lexical checks alone."""

    name = "offline"

    def __init__(self, embedder=None, threshold: float = DEFAULT_THRESHOLD):
        self.embedder = embedder
        self.threshold = threshold
        self._normalized: _LRU = _LRU(1024)
        self._passages: _LRU = _LRU(256)
        self._vectors: _LRU = _LRU(4096)

    # ----- public -----
    def score(self, claim: str, passages: list[str], question: str | None = None) -> SupportResult:
        claim = strip_citations(claim)
        if not claim or not any(ch.isalnum() for ch in claim):
            return SupportResult(0.0, False, [], "The claim is empty.", None)
        if not passages:
            return SupportResult(0.0, False, [], "There is no passage to check the claim against.", None)
        if question and claim.rstrip().endswith("?"):
            return SupportResult(0.0, False, [], "The answer is itself a question: it asserts nothing.", None)
        short = is_short_answer(claim, question)
        if not short:
            target = f" {normalize_surface(claim)} "
            for index, passage in enumerate(passages):
                normalized = self._normalized.get_or(passage, lambda: f" {normalize_surface(passage)} ")
                copied = target.strip() and target in normalized
                # A copied span can still answer another question: '"Take Me To Church"' for
                # "... came from what album?", where the passages name the album "Hozier".
                if copied and not (question and _untyped_answer(claim, question, passages)):
                    return SupportResult(1.0, True, [], f"The claim is quoted verbatim from passage {index + 1}.", index)
        infos = [self._passages.get_or(p, lambda: _analyse(p)) for p in passages]

        yes_no = short and claim.strip().lower() in YES_NO
        if yes_no:
            # A bare yes/no cannot be checked for polarity; what can be checked is that the
            # passages speak about what the question asks.
            parsed = parse(question)
            unnamed = _unnamed_in(question, passages)
            if unnamed:
                kept = [t for t in parsed.terms if not (t.kind == "name" and t.surface in unnamed)]
                parsed = Parsed(parsed.text, kept)
            context = None
        else:
            parsed = parse(claim, fragment=short)
            context = parse(question) if short else None
        if not parsed.terms:
            return SupportResult(1.0 if not yes_no else 0.0, not yes_no, [],
                                 "The claim has no content words to check.", None)
        given = {t.key for t in parse(question).terms} if question and not yes_no else set()
        verdict = self._judge(parsed, context, infos, claim if not short else f"{question} {claim}",
                              yes_no=yes_no, given=given)
        comparison = check_comparison(claim, question, passages) if question else None
        if comparison is not None and not comparison.agrees:
            verdict.score *= WRONG_COMPARISON
            verdict.problems.insert(0, f"the passages date {comparison.earlier} before {comparison.later}")
        if not yes_no and question:
            missing = _unshared(parse(claim, fragment=short), claim, question, infos)
            if missing:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, f"the passages do not say '{missing[1]}' of {missing[0]}")
            also = _exclusive(parse(claim, fragment=short), claim, question, infos)
            if also:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, f"the passages say '{also[1]}' of {also[0]} too")
        if not yes_no and question:
            unbound = _unbound_number(claim, question, infos, short)
            if unbound:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, f"the passages give '{unbound[1]}', which the question asks about, "
                                           f"to something other than {unbound[0]}")
        if not yes_no and not short and question:
            wrong = _wrong_option(claim, question, infos)
            if wrong:
                _penalise(verdict, UNSHARED, f"the passages say '{wrong[1]}' of the other option, not of {wrong[0]}")
            dropped = _unanswered_choice(claim, question)
            if dropped:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, f"the answer picks {dropped[0]} but says nothing of '{dropped[1]}', "
                                           "which the question asks")
        if not yes_no and question:
            untyped = _untyped_answer(claim, question, passages)
            if untyped:
                verdict.score *= UNSHARED
                article = "an" if untyped[0][0] in "aeiou" else "a"
                verdict.problems.insert(0, f"the question asks for {article} {untyped[0]}, the passages call "
                                           f"{untyped[1]} one, and the answer does not name it")
        if not yes_no and question:
            lacking = _non_answer(claim, question, short)
            if lacking:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, "the answer only repeats what the question says" if lacking == "nothing new"
                                        else f"the question asks for {lacking} and the answer names none "
                                             "the question does not already give")
        record = None if yes_no or short else _RECORD_RE.search(claim)
        said = _FIRST_SAID_RE if record and _FIRST_TIME_RE.fullmatch(record.group(0)) else _RECORD_WORDS_RE
        if record and not any(said.search(p) for p in passages):
            _penalise(verdict, UNSHARED, f"the passages make no record or superlative like '{record.group(0)}'",
                      record.group(0))
        if not yes_no and _EXCLUSIVE_ONLY_RE.search(claim) and not any(_EXCLUSIVE_WORDS_RE.search(p) for p in passages):
            verdict.score *= UNSHARED
            verdict.unsupported.append("only")
            verdict.problems.insert(0, "the passages never say 'only'")
        if not yes_no and not short:
            denied = _denied_name(claim, verdict.window)
            if denied:
                verdict.score *= NEGATION_MISMATCH
                verdict.unsupported.append("not " + denied)
                verdict.problems.insert(0, f"the passage affirms '{denied}'")
            sure = _CERTAIN_RE.search(claim)
            if sure and _HEDGE_RE.search(verdict.window.text) and not _CERTAIN_RE.search(verdict.window.text):
                verdict.score *= OVERSTATED
                verdict.unsupported.append(sure.group(0))
                verdict.problems.insert(0, f"the passage holds it possible, not '{sure.group(0)}'")
            ruled = _RULED_OUT_RE.search(claim)
            if ruled and _FOR_NOW_RE.search(verdict.window.text) and not _RULED_OUT_RE.search(verdict.window.text):
                _penalise(verdict, OVERSTATED, f"the passage denies it only for now, not '{ruled.group(0)}'",
                          ruled.group(0))
            harder = _hit_harder_turned(claim, passages[verdict.passage])
            if harder:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has {harder} less affected, not hit harder", "harder")
            order = _order_turned(claim, passages[verdict.passage])
            if order:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has it the other way round in time, not '{order}'", order)
            outsider = _outsider_involved(claim, passages[verdict.passage])
            if outsider:
                _penalise(verdict, SWAPPED_ROLE, f"the passage has {outsider[0]} not involved, not '{outsider[1]}'",
                          outsider[1])
            shown = _shown_what_is_open(claim, passages[verdict.passage])
            if shown:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage leaves open whether {shown}")
            kept = _no_longer(claim, passages)
            if kept:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has it still so, not '{kept}'",
                          " ".join(kept.split()[:2]))
            swapped = _then_and_now_swapped(claim, passages)
            if swapped:
                _penalise(verdict, SWAPPED_ROLE, f"the passage has it '{swapped[1]}' before and '{swapped[0]}' now, "
                                                 "not the other way round", swapped[1])
            lesser = _lesser_title(claim, passages)
            if lesser:
                _penalise(verdict, SWAPPED_ROLE, f"the passage has {lesser[1]}, not {lesser[0]}", lesser[0])
            turned = _number_turned(claim, verdict.window.text)
            if turned:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has '{turned[1]}' {turned[0]}, not '{turned[2]}'",
                          turned[2])
            part = _decade_part_turned(claim, passages[verdict.passage])
            if part:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has the {part[1]}, not the {part[0]}", part[0])
            reduced = _reduced_to(claim, verdict.window)
            if reduced:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage says it is not only '{reduced}'")
            agent = _other_agent(claim, verdict.window.text) or _other_leaver(claim, passages[verdict.passage]) \
                or _other_doer(claim, verdict.window.text) or _other_subject(claim, passages[verdict.passage])
            if agent:
                _penalise(verdict, SWAPPED_ROLE, f"the passage has it done by {agent[1]}, not by {agent[0]}", agent[0])
            owner = _owner_swapped(claim, verdict.window.text)
            if owner:
                _penalise(verdict, SWAPPED_ROLE, f"the passage gives it to {owner[1]}, not to {owner[0]}", owner[0])
            hurt = _hurt_despite(claim, verdict.window)
            if hurt:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has '{hurt}' do harm, not happen in spite of it")
            cause = _unstated_cause(claim, verdict.unsupported)
            if cause:
                _penalise(verdict, UNSHARED, f"the passage does not give the cause or outcome '{cause}'")
            added = None if cause else _unstated_clause(claim, verdict.unsupported) \
                or _unstated_intent(claim, verdict.unsupported, passages[verdict.passage])
            if added:
                _penalise(verdict, UNSHARED, f"the passage does not say '{added}'")
            pending = _PENDING_RE.search(verdict.window.text)
            if pending and _ALREADY_RE.search(claim) and not _PENDING_RE.search(claim):
                verdict.score *= NEGATION_MISMATCH
                verdict.unsupported.append("already")
                verdict.problems.insert(0, f"the passage has it still to come: '{pending.group(0)}'")
            refused = _refused_what_passed(claim, passages[verdict.passage])
            if refused:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has it carried, not '{refused}'", refused)
            chance = _chance_taken(claim, passages[verdict.passage])
            if chance:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has it only as a possibility: '{chance}'")
            granted = _granted_when_asked(claim, passages[verdict.passage])
            if granted:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has it only '{granted[1]}', not '{granted[0]}'",
                          granted[0])
            partial = _not_all(claim, verdict.window)
            if partial:
                verdict.score *= MISSING_NUMBER
                verdict.unsupported.append(partial)
                verdict.problems.insert(0, f"the passage does not say '{partial}'")
            part = _only_part(claim, verdict.window.text)
            if part:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has '{part}', not only the one", "only")
            compared = _compared_turned(claim, verdict.window.text)
            if compared:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has {compared[1]}", compared[0])
            outdone = _outdone_turned(claim, passages[verdict.passage])
            if outdone:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has {outdone[1]}", outdone[0])
            vague = _vague_count(claim, verdict.window)
            if vague:
                _penalise(verdict, MISSING_NUMBER, f"the passage gives no count for '{vague}'", vague)
            likeliest = _other_likeliest(claim, passages[verdict.passage])
            if likeliest:
                _penalise(verdict, OPPOSITE_POLE, f"the passage's likelier outcome is '{likeliest[1]}'", likeliest[0])
            halted = _halted_or_kept(claim, verdict.window.text)
            if halted:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has '{halted[1]}', not '{halted[0]}'", halted[0])
            payer = _swapped_payer(claim, passages)
            if payer:
                _penalise(verdict, SWAPPED_ROLE, f"the passage has {payer[1]} pay, not {payer[0]}", payer[0])
            place = _unsaid_place(claim, passages)
            if place:
                _penalise(verdict, UNSHARED, f"the passage names no such place as '{place}'", place)
            source = _unsaid_source(claim, passages)
            if source:
                _penalise(verdict, UNSHARED, f"the passage does not say the money comes from '{source}'", source)
            other = _other_named_place(claim, passages) or _other_side(claim, verdict.window.text)
            if other:
                _penalise(verdict, UNSHARED, f"the passage has '{other[1]}', not '{other[0]}'", other[0])
            season = _other_season(claim, passages)
            if season:
                _penalise(verdict, OPPOSITE_POLE, f"the passage has '{season[1]}', not '{season[0]}'", season[0])
            kept = _kept_unchanged(claim, verdict.window.text)
            if kept:
                _penalise(verdict, OPPOSITE_POLE, f"the passage keeps it as it is ('{kept[1]}'), not '{kept[0]}'",
                          kept[0])
            miscount = _miscounted(claim, verdict.window)
            if miscount:
                verdict.score *= MISSING_NUMBER
                verdict.unsupported.append(miscount)
                verdict.problems.insert(0, f"the passage does not count it as '{miscount}'")
            unsaid = denied_by_speaker(claim, passages)
            if unsaid:
                _penalise(verdict, NEGATION_MISMATCH, f"the passage has the speaker deny '{unsaid}'", unsaid)
            spoken = misattributed_speech(claim, passages)
            if spoken:
                verdict.score *= SWAPPED_ROLE
                verdict.unsupported.append(spoken[0])
                verdict.problems.insert(0, f"the passage has {spoken[1]} say this, not {spoken[0]}")
            role = _misassigned_role(claim, infos)
            if role:
                verdict.score *= UNSHARED
                verdict.problems.insert(0, f"the passages do not say '{role[1]}' of {role[0]}")
        if not yes_no:
            misquoted = _misquoted(claim, passages)
            if misquoted:
                _penalise(verdict, SPLICED_NAME, f"the passages never write '{misquoted}'", misquoted)
            spliced = _spliced_name(claim, passages, question, short)
            if spliced:
                verdict.score *= SPLICED_NAME
                verdict.problems.insert(0, f"the passages have the words of '{spliced}' but never that name")
            exchanged = swapped_names(claim, passages) if not short else None
            if exchanged:
                verdict.score *= SWAPPED_ROLE
                verdict.unsupported.extend(n for n in exchanged if n not in verdict.unsupported)
                verdict.problems.insert(0, f"the passage has {exchanged[0]} and {exchanged[1]} the other way round")
            # Two names in each other's places say more than one subject's words given to the other.
            other_subject = misattributed_predicate(claim, passages) if not short and not exchanged else None
            if other_subject:
                _penalise(verdict, SWAPPED_ROLE, f"the passage says this of '{other_subject[1]}', not of "
                                                 f"'{other_subject[0]}'")
            turned = reversed_change(claim, passages) if not short else None
            if turned:
                verdict.score *= OPPOSITE_POLE
                verdict.problems.insert(0, f"the passage has the change the other way round: from "
                                           f"'{turned[0]}' to '{turned[1]}'")
            compared = swapped_comparison(claim, passages) if not short else None
            if compared:
                verdict.score *= SWAPPED_ROLE
                verdict.problems.insert(0, f"the passage compares the other way round: than '{compared[1]}', "
                                           f"not than '{compared[0]}'")
            if not short:
                for check, factor, describe in _RELATION_CHECKS:
                    found = check(claim, passages)
                    if found:
                        problem, term = describe(found)
                        _penalise(verdict, factor, problem, term)
            misattached = None if short else misattached_number(claim, passages)
            if misattached:
                verdict.score *= SWAPPED_NUMBERS
                verdict.unsupported.append(misattached[0])
                verdict.problems.insert(0, f"the passage gives that fact {misattached[1]}, and {misattached[0]} "
                                           "to the fact beside it")
            swapped = swapped_numbers(claim, passages)
            if swapped:
                verdict.score *= SWAPPED_NUMBERS
                verdict.unsupported.extend(n for n in swapped if n not in verdict.unsupported)
                verdict.problems.insert(0, f"the passages give {swapped[0]} and {swapped[1]} to each other's facts")
            described = misplaced_description(claim, passages)
            if described:
                _penalise(verdict, MISBOUND_SLOT, f"the passages call {described[2]}, not {described[1]}, "
                                                  f"'{described[0]}'", described[1])
            apposed = misplaced_apposition(claim, passages)
            if apposed:
                verdict.score *= MISBOUND_SLOT
                verdict.problems.insert(0, f"the passages call another name the {apposed[0]}, never {apposed[1]}")
            for binding in check_bindings(claim, passages, question, short):
                if not binding.bound:
                    verdict.score *= MISBOUND_SLOT
                    verdict.problems.insert(0, f"in the passages '{binding.name}' is not what is "
                                               f"'{binding.relation}'")
        score = round(float(min(1.0, max(0.0, verdict.score))), 4)
        supported = score >= self.threshold
        return SupportResult(score, supported, verdict.unsupported,
                             _reason(supported, verdict, yes_no), verdict.passage)

    # ----- vectors -----
    def _vectors_for(self, texts: list[str]) -> list[np.ndarray]:
        found = {text: self._vectors.lookup(text) for text in dict.fromkeys(texts)}
        missing = [text for text, vector in found.items() if vector is None]
        if missing:
            for text, vector in zip(missing, self.embedder.encode(missing)):
                found[text] = vector
                self._vectors.put(text, vector)
        return [found[text] for text in texts]

    # ----- judging -----
    def _judge(self, parsed: Parsed, context: Parsed | None, infos: list[_Passage], claim_text: str,
               yes_no: bool, given: set[str]) -> _Verdict:
        claim_acronyms = _claim_runs(claim_text, parsed.terms)
        if not yes_no:
            windows = [(index, w) for index, info in enumerate(infos) for w in info.windows]
        else:
            # A bare yes/no often compares two things described in different sentences.
            windows = [(index, info.whole) for index, info in enumerate(infos)]
        context_keys = {t.key for t in context.terms} if context else set()

        def quick(window: _Window) -> float:
            hits = sum((2.0 if t.kind != "word" else 1.0) * (_direct(t, window, claim_acronyms) > 0)
                       for t in parsed.terms)
            return hits + 0.3 * len(context_keys & window.keys.keys())

        # The opening sentence beside any later one, when the later one adds nothing of its own the claim
        # leaves out (a figure, a date, a name): "Passengers with bookings after the cut-off will receive full
        # refunds" goes on about the route the opening names; "The Met Office had issued an amber warning on
        # Tuesday" gives its own day.
        claim_keys = {key for t in parsed.terms for key in (t.key, *t.parts)}
        windows = [(index, w) for index, w in windows if not w.loose or _adds_nothing(w.members[1], claim_keys)]
        ranked = sorted(windows, key=lambda pair: quick(pair[1]), reverse=True)[:CANDIDATE_WINDOWS]
        claim_vector = self._vectors_for([claim_text])[0] if self.embedder is not None else None
        verdicts = [self._check(parsed, index, w, infos[index], claim_acronyms, claim_vector, not yes_no,
                                context is not None, given) for index, w in ranked]
        best = max(verdicts, key=lambda v: v.score)
        # The window that shares the most with the claim and contradicts it outweighs a looser
        # window that only fails to contradict it: "capacity to exert decisive influence is
        # expected to grow" against "a diminishing capacity to exert decisive influence".
        closest = max(verdicts, key=lambda v: quick(v.window))
        if (closest.contradicted or closest.denied) and quick(closest.window) >= quick(best.window) + CLOSER_BY:
            return closest
        if not best.contradicted and len(best.window.sentences) > 1 \
                and best.window.sentences[-1] > best.window.sentences[0] + 1:
            # A pair of sentences apart ("stability" of the last beside the opening's "Andean Pact") does
            # not outweigh one of them that turns a pole word of the claim round ("escalating instability").
            poles = {t.surface for t in parsed.terms if t.poles}
            inner = next((v for v in verdicts if v.contradicted and v.passage == best.passage
                          and set(v.window.sentences) < set(best.window.sentences)
                          and v.unsupported and v.unsupported[0] in poles), None)
            if inner is not None:
                return inner
        return best

    def _clause_similarity(self, claim_vector: np.ndarray, window: _Window, info: _Passage) -> float:
        """The claim's cosine to the nearest clause of the window's sentences; -1 for a window of one clause."""
        clauses = [c.strip() for i in window.sentences
                   for c in _CLAUSE_SPLIT_RE.split(info.sentence_texts[i]) if len(c.split()) >= CLAUSE_MIN_WORDS]
        if len(clauses) < 2:
            return -1.0
        return max(float(claim_vector @ v) for v in self._vectors_for(clauses))

    def _window_vector(self, window: _Window, info: _Passage) -> np.ndarray:
        vectors = self._vectors_for([info.sentence_texts[i] for i in window.sentences])
        mean = np.mean(vectors, axis=0)
        return mean / (np.linalg.norm(mean) or 1.0)

    def _check(self, parsed: Parsed, passage: int, window: _Window, info: _Passage, claim_acronyms: dict[int, set[str]],
               claim_vector: np.ndarray | None, check_polarity: bool, fragment: bool,
               given: set[str]) -> _Verdict:
        # Numbers and opposites must sit in the sentence that carries the claim, not its neighbour.
        def carried(member: _Window) -> tuple[float, float]:
            hits = [(t.kind == "number", _direct(t, member, claim_acronyms)) for t in parsed.terms]
            return sum(h for is_number, h in hits if not is_number), sum(h for is_number, h in hits if is_number)

        anchor = max(window.members, key=carried) if window.members else window
        # A claim that joins the two sentences' facts ("the 8.6 km line opened on 3 March 2024")
        # takes its numbers from both, when each sentence gives some of them (or bounds a figure in digits or a
        # length of time: not "under five" against "four libraries") or the second goes on
        # about the first one's subject ("The $1.1 billion dam was 70% complete").
        numbers = [t for t in parsed.terms if t.kind == "number"]
        # A claim (no question) that names all the matching sentence names and the other sentence's
        # subject joins two facts of one story: it may take names from both, and numbers from the
        # other where the matching sentence has none ("machinery dropped 6.5%" must not take the 6.5%
        # of "Exports fell 6.5%" from beside "Shipments of machinery ... dropped 11%").
        story = bool(window.members) and not given and _names_all_claimed(anchor, parsed, info) \
            and _subject_claimed(anchor, window, parsed)
        # A gap the claim works out from one sentence's figures ("32 more birds" of 73 and 41) is that sentence's.
        if window.members and (all(any(_direct(t, m, claim_acronyms) or _bounded(t, m, parsed.text) and (
                                       t.surface[:1].isdigit() or any(p.startswith("dur:") for p in t.parts)
                                       or _measured_alike(t, m.text, parsed.text))
                                       or _difference_cue(t.surface).search(parsed.text) and _derived(t, m, parsed.text)
                                       for t in numbers) for m in window.members)
                               or _linked(window) or story and not anchor.numbers
                               or not given and _other_kind(numbers, anchor, window, parsed.text, claim_acronyms)
                               or not given and all(_direct(t, anchor, claim_acronyms)
                                                    or _number_told_there(t, parsed, anchor, window, claim_acronyms)
                                                    for t in numbers)) \
                and not all(_direct(t, anchor, claim_acronyms) for t in numbers):
            number_scope = window
        else:
            number_scope = anchor
        factor = 1.0
        contradicted = denies = False
        unsupported: list[str] = []
        problems: list[str] = []
        credits: list[float] = []
        hard_credits: list[float] = []
        unmatched: list[Term] = []
        words = [t for t in parsed.terms if t.kind == "word"]
        # "only limited results": a claim that hedges itself may restate a denied pole with another word.
        hedged = any(w.strip(".,;:").lower() in lx.DIMINISHERS for w in parsed.text.split())
        claimed = Counter((axis, sign) for t in parsed.terms if not t.negated for axis, sign in t.poles.items())
        split: list[str] = []
        swapped = _swapped_range(numbers, number_scope) if check_polarity else None
        if swapped:
            contradicted = True
            factor *= OPPOSITE_POLE
            unsupported.extend(swapped)
            problems.append(f"the passage goes from {swapped[1]} to {swapped[0]}, not the other way")
        # The passage's figures that a worked-out figure of the claim comes from: the claim may state
        # them too ("beat its £20,000 target by £7,500"), wherever the passage gives them.
        worked = {t.key: _worked_out(t, info, parsed.text) for t in numbers if not _direct(t, info.whole, claim_acronyms)}
        used = {value for values in worked.values() for value in values}
        for term in parsed.terms:
            if term.kind == "number":
                credit = _direct(term, number_scope, claim_acronyms) or _derived(term, number_scope, parsed.text) \
                    or number_scope is not window and _part_of(
                        float(term.key[4:]) if term.key.startswith("num:") and not term.key.endswith("s") else -1.0,
                        window, parsed.text[parsed.text.find(term.surface) + len(term.surface):]) \
                    or _bounded(term, number_scope, parsed.text) or _enumerated(term, number_scope, parsed.text) \
                    or _threshold(term, parsed.text, number_scope, info) \
                    or _twice(term, number_scope) or _the_two(term, parsed.text, info.whole.text) \
                    or _one_unit(term, number_scope) \
                    or _referred_number(term, parsed.text, number_scope, info) \
                    or bool(_worked_out(term, info, parsed.text)) or _plain_value(term) in used \
                    or _date_after(term, parsed.text, info.whole.text) or _year_span(term, parsed.text, info.whole.text) \
                    or _date_gap(term, parsed.text, info.whole.text) or _weekday_gap(term, parsed.text, info.whole.text) \
                    or _span_end(term, parsed.text, info.whole.text, numbers) \
                    or _duration_gap(term, parsed.text, info.whole.text) \
                    or _clock_gap(term, parsed.text, info.whole.text) or _clock_near(term, parsed.text, info.whole.text) \
                    or _clock_back(term, parsed.text, info.whole.text) or _rate_times(term, parsed.text, info.whole.text) \
                    or _for_every(term, parsed.text, info.whole.text) or _share_of_figure(term, parsed.text, info.whole.text) \
                    or _relative_change(term, parsed.text, info.whole.text) or _kept_share(term, parsed.text, info.whole.text) \
                    or _told_far(term, parsed, anchor, info, claim_acronyms)
                if credit and _other_kind_only(term, parsed.text, info.whole.text):
                    # The passage gives the figure only as another kind of figure: it can still be worked out.
                    credit = bool(_worked_out(term, info, parsed.text)) or _plain_value(term) in used
                rival = _slot_rival(term, parsed.text, anchor) or _count_rival(term, parsed.text, anchor) \
                    or (None if _bounded(term, anchor, parsed.text)
                                                                    else _unit_rival(term, parsed.text, anchor, number_scope.text.replace(anchor.text, " "))) \
                    if credit and number_scope is not anchor and not _direct(term, anchor, claim_acronyms) else None
                rival = rival or (_month_year_rival(term, parsed.text, info.whole.text)
                                  or _day_month_rival(term, parsed.text, info.whole.text)
                                  or _half_day_rival(term, parsed.text, info.whole.text)
                                  or _date_gap_rival(term, parsed.text, info.whole.text)
                                  or _hedge_rival(term, parsed.text, info.whole.text)
                                  or _counted_rival(term, parsed, info.whole.text) if credit else None)
                if rival:
                    # "spread to 12 new sites since 2021" where the sentence with the sites says "since
                    # 2019": the other sentence's 2021 is another fact's.
                    credit = 0.0
                    contradicted = True
                    factor *= OPPOSITE_POLE
                    unsupported.append(term.surface)
                    problems.append(f"'{term.surface}' contradicts '{rival}' in the passage")
                    hard_credits.append(credit)
                    continue
                hard_credits.append(credit)
                if not credit:
                    factor *= MISSING_NUMBER
                    unsupported.append(term.surface)
                    problems.append(f"the number '{term.surface}' is not in the passage")
                continue
            credit = _direct(term, window, claim_acronyms)
            if term.kind == "name" and not credit and term is parsed.terms[0] and term.surface.endswith("ing") \
                    and word_key(term.surface.lower()) in window.keys:
                # "Stabilizing Peru ...": a verb that opens the sentence before a name, not part of it.
                hard_credits.append(1.0)
                continue
            if term.kind == "name" and not credit and _named_in_full(term, parsed.text, window, info):
                credit = 1.0
            if term.kind == "name" and not credit and term.surface.lower() in _FULL_TITLES \
                    and re.search(rf"\b{re.escape(term.surface)}\b", window.text, re.IGNORECASE):
                credit = 1.0   # "Judge Whitlam" where the window has "Employment Judge Carol Whitlam"
            if term.kind == "name" and not credit and (_story_place(term, parsed.text, info.whole.text)
                                                      or _story_subject(term, parsed.text, info.whole.text, window)
                                                      or _hometown(term.surface, parsed.text, info.whole.text)):
                credit = 1.0
            if term.kind == "name" and not credit and _day_after(term.surface, info.whole.text):
                credit = 1.0
            if term.kind == "name":
                hard_credits.append(credit)
                other_day = _other_day(term, parsed, window, claim_acronyms)
                if not credit:
                    factor *= MISSING_NAME
                    unsupported.append(term.surface)
                    problems.append(f"the name '{term.surface}' is not in the matching passage text")
                elif other_day:
                    contradicted = True
                    factor *= OPPOSITE_POLE
                    unsupported.append(term.surface)
                    problems.append(f"'{term.surface}' contradicts '{other_day}' in the passage")
                elif anchor is not window and not _direct(term, anchor, claim_acronyms) \
                        and _place_rival(term, parsed.text, anchor.text):
                    # "its new maintenance base at Hesketh airport" where the sentence with the base has it
                    # "in Skarra", and Hesketh is where other hangars are.
                    contradicted = True
                    factor *= OPPOSITE_POLE
                    unsupported.append(term.surface)
                    problems.append(f"the passage puts it in {_place_rival(term, parsed.text, anchor.text)}, "
                                    f"not {term.surface}")
                elif anchor is not window and not _direct(term, anchor, claim_acronyms) \
                        and not (_spoken(anchor.text) and _speaker_there(term, anchor, window)) \
                        and not _refers_back(term, anchor, window) and not _country_of_title(term, parsed, anchor, window) \
                        and not _named_later(term, anchor, window) and not _owner_named_after(term, anchor, window):
                    # A quotation's speaker is often named in the next sentence, and "the institute"
                    # names again the National Health Institute of the sentence before; anything
                    # else split across two sentences may join facts about different things.
                    split.append(term.surface)
                elif check_polarity and term.role and window.roles.get(term.key) \
                        and term.role not in window.roles[term.key]:
                    factor *= SWAPPED_ROLE
                    unsupported.append(term.surface)
                    problems.append(f"'{term.surface}' plays another role in the passage")
                continue
            # The other pole of an opposite pair ("fell" for "rose"), or another member of a
            # closed set ("July" for "June"), where the window lacks the claim's own word.
            conflict = None
            if check_polarity and term.key not in window.keys:
                conflict = _opposite(term, anchor, hedged, claimed) \
                    or (None if credit else _rival(term, anchor, parsed.text) or _other_month(term, info, parsed.text))
            elif check_polarity and term.poles.keys() & _DECISION_AXES and anchor is not window \
                    and term.key not in anchor.keys:
                # "approved a solar farm" where the sentence with the farm has it "refused" and only
                # another sentence has an officer recommend "approval": a decision is the matching
                # sentence's own ("instability" may well be the other sentence's, against "security").
                conflict = _opposite(term, anchor, hedged, claimed)
            if conflict and not _same_event(term.surface, parsed.text, conflict, anchor.text):
                conflict = None
            if conflict and _set_aside(term, parsed.text, anchor.text):
                conflict, credit = None, 1.0
            at = next(i for i, t in enumerate(parsed.terms) if t is term) if conflict else 0
            if at and worked.get(parsed.terms[at - 1].key) \
                    and _difference_cue(parsed.terms[at - 1].surface).search(parsed.text):
                # "£53 short of the price" where £187 of £240 is raised: the pole word says which way
                # the worked-out gap goes, not that the passage's figure fell.
                conflict, credit = None, 1.0
            if (conflict or term.poles and not credit) and (_change_agrees(term, parsed.text, anchor.text)
                                                            or _earlier_compared(term, parsed.text, anchor.text)):
                conflict, credit = None, 1.0   # "rose 11% on 2022" where stays were "11% more than in 2022"
            if not conflict and check_polarity and term.poles and term.key not in anchor.keys \
                    and lx.stem(term.surface.lower()) not in {lx.stem(w) for w in window.words}:
                # Backed only by a kindred word elsewhere ("stability" for "stable"), not by the word itself.
                conflict = _opposite_beside(term, parsed, anchor)
            if conflict:
                contradicted = True
                factor *= OPPOSITE_POLE
                unsupported.append(term.surface)
                problems.append(f"'{term.surface}' contradicts '{conflict}' in the passage")
                credits.append(0.0)
                continue
            if credit and check_polarity and not term.past_scope and _polarity_differs(term, window) \
                    and not (term.key not in window.keys and _stated_alike(term, info)) \
                    and not (term.negated and used and _COMPLEMENT_RE.search(parsed.text)) \
                    and not (term.negated and _none_since(parsed.text, window.text)) \
                    and not (not term.negated and used and _PART_OF_RE.search(parsed.text)
                             and any(_LACKED_RE.match(window.text, f.end()) for f in _PART_OF_RE.finditer(window.text))):
                # "recorded no rise in cycling trips" where the sentence that has the trips has them rise;
                # but in "46 did not get an award", where 17 of 63 did, or "sixteen of the 19 practices are not
                # taking new patients", where three are, the denial is the worked-out figure's.
                denies = denies or term.negated and re.search(rf"\bno\s+{re.escape(term.surface)}\b", parsed.text,
                                                              re.IGNORECASE) is not None
                factor *= NEGATION_MISMATCH
                unsupported.append(("not " if not term.negated else "") + term.surface)
                problems.append(f"the passage {'negates' if not term.negated else 'affirms'} '{term.surface}'")
            if not credit and term.surface.lower() in lx.UNIT_OF and any(
                    n.parts and any(p.startswith("dur:") for p in n.parts)
                    and (_direct(n, number_scope, claim_acronyms) or _one_unit(n, number_scope)
                         or _bounded(n, number_scope, parsed.text))
                    for n in numbers):
                # "the last half-year" against "the past six months": the length is backed, so its unit is.
                credit = 1.0
            if not credit and term.surface.lower() in _SPAN_WORDS and any(
                    _date_gap(n, parsed.text, info.whole.text) or _clock_gap(n, parsed.text, info.whole.text)
                    or _weekday_gap(n, parsed.text, info.whole.text) for n in numbers):
                # "eight days after", "lasted four hours": the words of a length of time worked out from
                # the passage's dates or times of day, which say it no other way.
                credit = 1.0
            if not credit and _doers_of(term, window):
                credit = 1.0   # "the ringers caught 112 adults" where "Ringing ... took place, with 112 adults caught"
            if not credit and _CURRENCY_SIGNS.get(term.surface.lower(), "#") in number_scope.text:
                credit = 1.0   # "half a million pounds" where the passage writes "£480,000"
            if not credit and term.surface.lower() in _HEDGES and _hedges_number(term, parsed):
                credit = 1.0   # "almost £50,000", "close to two tonnes": the figure's own check covers it
            if not credit and _left_out(term.surface, number_scope.text) and any(
                    _SHARE_RE.fullmatch(n.surface) and _derived(n, number_scope, parsed.text) for n in numbers):
                credit = 1.0   # "a quarter went unfilled" where 15 of 20 were filled: the worked-out share's own word
            if not credit and term.negated and _DROPPED_RE.search(parsed.text) and any(
                    _plain_value(n) is not None and _cut_from(_plain_value(n), info.whole.text) for n in numbers):
                credit = 1.0   # "five will not be offered" where the range is cut from 14 to nine: the cut's denial
            if not credit and term.surface.lower() == "odd" and _odd_after_number(term, parsed):
                credit = 1.0   # "1,300-odd": a hedge the figure's own check covers
            if not credit:
                unmatched.append(term)
                credit = ELSEWHERE_CREDIT if term.key in info.keys else 0.0
            credits.append(credit)

        if check_polarity:
            # A word the window lacks may come from another sentence of the passage ("turnout"); a
            # direction the claim gives it must not be the other way round there ("higher" against
            # "Turnout was 38%, down from 44%").
            elsewhere = {t.key for t in words if t.key not in anchor.keys and t.key in info.keys}
            turned = _turned_elsewhere([t for t, c in zip(words, credits) if t.poles and not c], elsewhere, info,
                                       anchor, hedged, claimed)
            if turned:
                factor *= OPPOSITE_POLE
                unsupported.append(turned[0])
                problems.append(f"'{turned[0]}' contradicts '{turned[1]}' where the passage speaks of it")
            moved = _dated_elsewhere([t for t, c in zip(words, credits) if 0 < c <= ELSEWHERE_CREDIT
                                      and t.key not in window.keys], numbers, anchor, window, info)
            if moved:
                factor *= SWAPPED_NUMBERS
                unsupported.append(moved[0])
                problems.append(f"the passage dates what the claim says of '{moved[0]}' to '{moved[1]}'")
            # "barley came through without any losses" where another sentence puts barley's losses at 9%.
            # So does "the two men have not been released on bail" where another sentence has "Both men
            # have been released on bail": an act the claim denies that the passage says happened.
            # So does "people who ignore the ban will not face fines" where another sentence has "could face
            # fines": an act the claim says will not happen.
            stated = _stated_elsewhere([t for t in words if t.negated and t.key not in window.keys
                                        and (_none_of(t.surface).search(parsed.text)
                                             or t.surface.lower().endswith(("ed", "en"))
                                             and _not_done(t.surface).search(parsed.text)
                                             or _will_not(t.surface).search(parsed.text)
                                             and _will_not(t.surface, affirmed=True).search(info.whole.text))],
                                       info, window)
            if stated:
                factor *= NEGATION_MISMATCH
                unsupported.append(stated)
                problems.append(f"the passage affirms '{stated}' elsewhere")
            # "the club would appeal" where only another sentence speaks of an appeal: "would not appeal".
            # A claim that denies something itself ("though payment details were not") may have put
            # its denial after the word, and a particle ("set up") is no act of its own.
            denied = None if _NEGATOR_RE.search(parsed.text) else _stated_elsewhere(
                [t for t in words if not t.negated and t.key not in window.keys and t.key in info.keys
                 and t.surface.lower() not in _PARTICLES
                 and (re.search(rf"\b{_MODAL}\s+{re.escape(t.surface)}\b", parsed.text, re.IGNORECASE)
                      or (t.surface.lower().endswith("ed") or t.surface.lower() in _IRREGULAR_PARTICIPLES) and re.search(
                          rf"\b(?:was|were|is|are|been|being)\s+{re.escape(t.surface)}\b", parsed.text,
                          re.IGNORECASE))],   # "the figures were adjusted" where they "have not been adjusted"
                info, window, negated=True)
            if not denied and not _NEGATOR_RE.search(parsed.text):
                denied = _denied_clause([t for t in words if not t.negated and t.key not in window.keys
                                         and t.key in info.keys], info, window)
            if denied:
                factor *= NEGATION_MISMATCH
                unsupported.append("not " + denied)
                problems.append(f"the passage negates '{denied}' elsewhere")
        if split and not story and window.members and not given and _opening_claimed(anchor.text, parsed) \
                and _subject_claimed(anchor, window, parsed) and not any(_nation(name) for name in split) \
                and all(_told_there(term, parsed, anchor, window, claim_acronyms)
                        for term in parsed.terms if term.surface in split):
            # "Tomas Veer struck twice as Kestrel Harbour defeated Dunmore Athletic": the claim keeps the
            # matching sentence's subject and the other's, and what it says next to the other sentence's
            # name is said there ("struck twice": "scored twice"), so the name has not taken the place
            # of one the matching sentence has ("finished behind Mira Tesk" where it has Ruth Chelang).
            split = []
        if split and story and not any(_nation(name) for name in split):
            # "Mayor Lotte Henning's proposal ... passed by 21 votes to 9" joins two sentences of one
            # story. One that leaves a name of the matching sentence out may have put its own name in
            # that one's place ("Deputy Secretary Landau, facing mounting domestic pressure" where the
            # sentence has President Vargas); a country from the other sentence often changes whose act it is.
            split = []
        if split and _told_of(split, anchor, window, parsed.text):
            split = []
        if split and _carries_on(anchor, window):
            split = []
        if split and used and window.members and any(
                float(key[4:]) in used for member in window.members if member is not anchor
                for key in member.numbers if key.startswith("num:") and not key.endswith("s")):
            # "finishing 325 votes ahead of Peter Grant": a figure worked out from a figure of each
            # sentence joins the two, names and all.
            split = []
        figures = [t for t in numbers if t.surface[:1].isdigit() or t.surface[:1] in "£$€"]
        if split and window.members and len(figures) >= 2 and all(
                any(_direct(t, m, claim_acronyms) and not _direct(t, o, claim_acronyms) for t in figures)
                for m in window.members for o in window.members if o is not m):
            # "Roughly 85 volunteers, some of them Copthorne Primary pupils, helped plant the 2,400 trees":
            # a figure in digits only each sentence gives joins the two, names and all (a "two" may be
            # the two of "a two-day clean-up").
            split = []
        if split and len(parsed.terms) >= _JOINED_TERMS and window.members:
            # A long claim that draws nearly as many words from the other sentence as from the matching
            # one joins the two: its names may come from either.
            other = next(m for m in window.members if m is not anchor)
            if carried(other)[0] >= _JOINED_SHARE * carried(anchor)[0]:
                split = []
        split = [name for name in split if not _their_role(name, parsed.text, anchor.text)
                 and not _local_place(name, parsed.text, anchor, window)
                 and not _hometown(name, parsed.text, info.whole.text)
                 and not _owner_of_the(name, parsed.text, anchor, window)
                 and not (name.lower() in _PERSON_TITLES and re.search(rf"\b{re.escape(name)}\b", anchor.text))]
        if split:
            factor *= SPLIT_NAME ** len(split)
            problems.append(f"{', '.join(repr(n) for n in split)} {'is' if len(split) == 1 else 'are'} in a "
                            "neighbouring sentence, not the one that matches")
        similarity = None
        if self.embedder is not None and claim_vector is not None:
            window_vector = self._window_vector(window, info)
            similarity = float(claim_vector @ window_vector)
            if not given:
                # A claim that restates one clause of a long sentence ("Reported rebel activity went up by
                # 22%") is near that clause, not the whole sentence; a little less near counts than the
                # sentence's own (an answer to a question is judged on its sentence alone).
                similarity = max(similarity, self._clause_similarity(claim_vector, window, info) - CLAUSE_DISCOUNT)
            if unmatched and window.words:
                credits = self._word_credits(words, unmatched, window, credits, given)
        for term, credit in zip(words, credits):
            if credit < UNBACKED_BELOW and given:
                factor *= UNBACKED_ANSWER_WORD if term.key not in given else UNBACKED_GIVEN_WORD
            if credit < 0.5 and term.surface not in unsupported:
                unsupported.append(term.surface)
        purpose = _PURPOSE_RE.search(parsed.text)
        if check_polarity and purpose and not given and not _PURPOSE_RE.search(window.text) and any(
                t.surface.lower() == purpose.group("verb").lower() and c < UNBACKED_BELOW for t, c in zip(words, credits)):
            # "The tram extension is intended to ease congestion", "giving £45,000 to the lifeboat station to
            # mark its 25th year": an aim the passage never gives, its act backed nowhere.
            factor *= UNSTATED_DENIAL
            problems.append(f"the passage gives no aim '{purpose.group(0)}'")
        denied = [t for t, c in zip(words, credits) if t.negated]
        if check_polarity and denied and all(c < UNBACKED_BELOW for t, c in zip(words, credits) if t.negated) \
                and not any(True in flags for flags in window.keys.values()):
            # "has no bearing on" where the passage denies nothing: an absence the passage never states.
            factor *= UNSTATED_DENIAL
            problems.append(f"the passage denies nothing, and does not back '{denied[0].surface}'")

        coverage = float(np.mean(credits + hard_credits)) if credits or hard_credits else 1.0
        if similarity is None or fragment:
            soft = coverage
        else:
            sim_part = min(1.0, max(0.0, (similarity - SENT_SIM_LOW) / (SENT_SIM_HIGH - SENT_SIM_LOW)))
            soft = (1 - SIM_WEIGHT) * coverage + SIM_WEIGHT * sim_part
        return _Verdict(_to_score(soft) * factor, passage, window, unsupported, problems, similarity, contradicted,
                        denies)

    def _word_credits(self, words: list[Term], unmatched: list[Term], window: _Window,
                      credits: list[float], given: set[str]) -> list[float]:
        """Near-synonyms by MiniLM word vectors, for words with no stem or synonym match.

        A near word of one the question itself uses is no backing: an answer that says
        "psychologist" where the question and the passage say "psychiatrist" has changed it."""
        window_words = sorted(window.words)
        vectors = self._vectors_for([t.surface.lower() for t in unmatched] + window_words)
        claim_vectors = np.stack(vectors[: len(unmatched)])
        window_matrix = np.stack(vectors[len(unmatched):])
        similarities = claim_vectors @ window_matrix.T
        nearest = [window_words[i] for i in similarities.argmax(axis=1)]
        best = similarities.max(axis=1)
        gains = {id(t): WORD_SIM_CREDIT * min(1.0, max(0.0, (s - WORD_SIM_LOW) / (WORD_SIM_HIGH - WORD_SIM_LOW)))
                 for t, s, near in zip(unmatched, best, nearest)
                 if t.surface.lower() not in lx.CONTRAST_WORDS and word_key(near) not in given}
        return [max(c, gains.get(id(t), 0.0)) for t, c in zip(words, credits)]


# Checks of who does what to whom over the claim and all passages, each with its factor and its
# (reason, claim words to name) for what it found; full sentences only, not short answers.
_RELATION_CHECKS = (
    (reversed_roles, SWAPPED_ROLE,
     lambda found: (f"the passage has '{found[1]}' act on '{found[0]}', not the other way round", None)),
    (swapped_leader, SWAPPED_ROLE,
     lambda found: (f"the passages have {found[0]} lead something else, and another lead '{found[1]}'", found[0])),
    (reversed_result, SWAPPED_ROLE,
     lambda found: (f"the passages have {found[1]} {found[2]} {found[0]}, not the other way round", found[0])),
    (swapped_stance, SWAPPED_ROLE,
     lambda found: (f"the passage has {found[1]}, not {found[0]}, take the side of '{found[2]}'", found[0])),
    (reversed_stance, OPPOSITE_POLE,
     lambda found: (f"the passages have the {found[0]} {found[2]} it, not {found[1]} it", found[0])),
    (reversed_transfer, SWAPPED_ROLE,
     lambda found: (f"the passages have it go from the {found[1]} to the {found[0]}, not the other way round",
                    found[0])),
    (swapped_place_name, MISBOUND_SLOT,
     lambda found: (f"the passages name the place '{found[1]}', not '{found[0]}'", found[0])),
    (swapped_nation, MISBOUND_SLOT,
     lambda found: (f"the passages speak of {found[1]} {found[2]}, not {found[0]} {found[2]}", found[0])),
    (changed_count, MISBOUND_SLOT,
     lambda found: (f"the passages count the {found[0]} as {found[1]}, not as the claim does", found[0])),
    (recounted, MISBOUND_SLOT,
     lambda found: (f"the passages have {found[1]}, not {found[0]}", None)),
    (swapped_payer, SWAPPED_ROLE,
     lambda found: (f"the passages have {found[1]}, not {found[0]}, put up the {found[2]}", found[0])),
    (flipped_bound, OPPOSITE_POLE,
     lambda found: (f"the passage has '{found[1]}', not '{found[0]}'", None)),
    (reversed_cause, OPPOSITE_POLE,
     lambda found: (f"the passage has '{found[1]}' lead to '{found[0]}', not the other way round", None)),
    (unstated_turn, OPPOSITE_POLE,
     lambda found: (f"the passage speaks of '{found[0]}' and '{found[1]}' but of no turn from one to the other", None)),
    (missed_mark, OPPOSITE_POLE,
     lambda found: (f"the passages have '{found[1]}', not '{found[0]}'", None)),
    (swapped_payee, SWAPPED_ROLE,
     lambda found: (f"the passages have {found[1]} pay {found[0]}, not the other way round", None)),
    (misplaced_home, MISBOUND_SLOT,
     lambda found: (f"the passages have this person from {found[1]}, not {found[0]}", found[0])),
    (other_rival, SWAPPED_ROLE,
     lambda found: (f"the passages give '{found[0]}' as the gap to {found[1]}", None)),
    (swapped_doer, SWAPPED_ROLE,
     lambda found: (f"the passages have '{found[1]}', not '{found[0]}', do this", None)),
    (loaned_player, SWAPPED_ROLE,
     lambda found: (f"the passages have the player on loan from {found[0]}, playing for {found[1]}", found[0])),
    (swapped_owner, SWAPPED_ROLE,
     lambda found: (f"the passages give the {found[2]} to {found[1]}, not {found[0]}", found[0])),
    (borrowed_figure, SWAPPED_ROLE,
     lambda found: (f"the passages give {found[1]} to another than {found[0]}", found[0])),
)


def _penalise(verdict: _Verdict, factor: float, problem: str, term: str | None = None) -> None:
    """Lower the verdict by a check's factor, with the check's reason first and its word unbacked."""
    verdict.score *= factor
    if term and term not in verdict.unsupported:
        verdict.unsupported.append(term)
    verdict.problems.insert(0, problem)


def _to_score(soft: float) -> float:
    """Piecewise-linear map that puts the soft-support pivot at 0.5."""
    if soft >= SOFT_PIVOT:
        return 0.5 + 0.5 * (soft - SOFT_PIVOT) / (1 - SOFT_PIVOT)
    return 0.5 * soft / SOFT_PIVOT


def _analyse(text: str) -> _Passage:
    spans = split_sentences(text)
    sentences = [text[s:e] for s, e in spans] or [text]
    parsed = [parse(s) for s in sentences]
    acr = [acronyms(s) for s in sentences]
    singles = []
    for i, sentence in enumerate(sentences):
        window = _Window((i,), sentence)
        window.add(parsed[i], acr[i])
        singles.append(window)
    windows = list(singles)
    # Two sentences one apart as well: a summary often joins a paragraph's first and third sentence.
    for gap in WINDOW_GAPS:
        for i in range(len(sentences) - gap):
            pair = (i, i + gap)
            window = _Window(pair, " ".join(sentences[j] for j in pair), members=(singles[i], singles[i + gap]))
            for j in pair:
                window.add(parsed[j], acr[j])
            windows.append(window)
    # A news story's opening sentence and any later one: the later sentences go on about what the
    # first one introduced ("The museum drew 96,000 visitors in 2022").
    for k in range(max(WINDOW_GAPS) + 1, len(sentences)):
        pair = (0, k)
        window = _Window(pair, " ".join(sentences[j] for j in pair), members=(singles[0], singles[k]),
                         loose=not _goes_on(sentences[0], sentences[k]))
        for j in pair:
            window.add(parsed[j], acr[j])
        windows.append(window)
    # "The company expects the advice to remain in place" three sentences after "Severn Vale Water said":
    # a sentence that opens on a thing named again by its kind, beside each earlier sentence with a name.
    for k in range(max(WINDOW_GAPS) + 1, len(sentences)):
        if not _KIND_OPENING_RE.match(sentences[k]):
            continue
        for i in range(1, k - max(WINDOW_GAPS)):
            if not _NAME_RUN_RE.search(sentences[i]) or any(w.sentences == (i, k) for w in windows):
                continue
            window = _Window((i, k), " ".join(sentences[j] for j in (i, k)), members=(singles[i], singles[k]))
            for j in (i, k):
                window.add(parsed[j], acr[j])
            windows.append(window)
    # "DRAYFORD - Cases of measles in Drayford rose ...": the dateline's town is the whole story's, so
    # every sentence names it ("households in Keston Falls" beside "About 3,200 households hold permits").
    town = {form for word in _dateline(sentences[0]) for form in (word.lower(), word_key(word.lower()))}
    for window in windows:
        window.names |= town
    whole = _Window(tuple(range(len(sentences))), text)
    for p, a in zip(parsed, acr):
        whole.add(p, a)
    figures = [figure for sentence, p in zip(sentences, parsed) for figure in _figures(sentence, p.terms)]
    return _Passage(windows, whole, set(whole.keys), sentences, figures)


def _claim_runs(text: str, terms: list[Term]) -> dict[int, set[str]]:
    """The acronyms of the runs each name term of the claim belongs to: id(term) -> {"acr:XY"}.

    Keyed by the term, not its word: in "the United Nations Development Programme and the United
    States" the first "United" is backed by "UNDP", the second only by "US". The claim is the end
    of `text` (a short answer follows its question), so terms and words are matched from the end.
    """
    words = [re.sub(r"['’]s$", "", w.strip(".,;:'’\"")) for w in text.replace("-", " ").split() if w[:1].isupper()]
    runs: list[set[str]] = [set() for _ in words]
    for acronym in acronyms(text):
        letters = acronym[4:]
        for start in range(len(words) - len(letters) + 1):
            chunk = words[start:start + len(letters)]
            if "".join(w[0] for w in chunk).upper() == letters:
                for position in range(start, start + len(letters)):
                    runs[position].add(acronym)
    found: dict[int, set[str]] = {}
    position = len(words)
    for term in reversed(terms):
        if term.kind != "name":
            continue
        lower = term.surface.lower()
        # A name term with no word of its own here ("Peru's" parsed otherwise) is passed over.
        found_at = next((i for i in range(position - 1, -1, -1) if words[i].lower() == lower), None)
        if found_at is None:
            continue
        position = found_at
        if runs[position]:
            found[id(term)] = runs[position]
    return found


_SHIRE_RE = re.compile(r"shire|borough|bury|ton|ford|field|ham|by")


def _direct(term: Term, window: _Window, claim_acronyms: dict[int, set[str]]) -> float:
    """1 when the window states the term itself (or a synonym, or the same pole), else 0."""
    if term.kind == "number":
        # "the seventh of December" is "December 7": a day's ordinal and its cardinal are one number;
        # "her second feature" is not the "two" of "two sisters".
        kind, _, value = term.key.partition(":")
        twin = f"ord:{value}" if kind == "num" else f"num:{value}" if kind == "ord" and any(
            p.startswith("day:") for p in term.parts) else None
        # An ordinal's length ("the second quarter" lasts three months) backs a length the claim
        # says in the window's place, never the claim's own ordinal: that is Q2, not any quarter.
        parts = [p for p in term.parts if kind != "ord" or not p.startswith("dur:")]
        durations = [float(p[4:]) for p in parts if p.startswith("dur:")]
        stated = [float(k[4:]) for k in window.numbers if k.startswith("dur:")]
        if durations and stated:
            # A length of time must be that length ("three weeks" is not the "three" of "a three-year
            # contract"), said in any unit; a month is also 30 days ("90 days" is "three months").
            claimed = {x for d in durations for x in _lengths(d)}
            return 1.0 if claimed & {x for s in stated for x in _lengths(s)} else 0.0
        if {term.key, twin, *parts} & window.numbers:
            return 1.0
        if term.key == "ord:1" and term.surface.lower() == "first" and "first" in window.keys:
            return 1.0   # "the first year it has been profitable" where it is "its first annual profit"
        # "over the past year" is what "last year" says too, but not what "the past six months" does.
        words = term.surface.lower().split()
        return 1.0 if len(words) == 2 and words[0] in {"last", "past"} and word_key(words[1]) in window.keys \
            and word_key("past") in window.keys else 0.0
    if term.kind == "name":
        if term.key in window.names or term.key in window.keys or term.key in window.spelled:
            return 1.0
        if any(form in window.names or form in window.spelled
               for form in lx.NATION_OF.get(term.key, frozenset()) | lx.CAPITAL_OF.get(term.key, frozenset())):
            return 1.0
        lower = term.key
        # "Peru" and "Peruvian" are one name; "York" and "Yorkshire" are two places.
        if len(lower) >= 4 and not lower.startswith("acr:") and any(
                len(n) >= 4 and (n.startswith(lower) or lower.startswith(n)) and not _SHIRE_RE.fullmatch(
                    n[len(lower):] if n.startswith(lower) else lower[len(n):]) for n in window.names):
            return 1.0
        if lower.startswith("acr:") and len(lower) >= 7 and fold_accents(lower[4:].lower()) in window.names:
            return 1.0   # a surname in capitals, as cables write them: "VARGAS" for "Vargas"
        return 1.0 if claim_acronyms.get(id(term), set()) & window.names else 0.0
    if term.key in window.keys:
        return 1.0
    if any(form in window.names or form in window.spelled for form in lx.CAPITAL_OF.get(term.key, frozenset())):
        return 1.0   # "Washington also aims ...": a capital opening the sentence, read as a word
    if term.parts and all(p in window.keys for p in term.parts):
        return 1.0
    # "second-half goals" for "scored twice in the second half", whose "second" is read as a number.
    if term.parts and f" {term.surface.lower().replace('-', ' ')} " in f" {normalize_surface(window.text)} ":
        return 1.0
    if any(sign in window.poles.get(axis, ()) for axis, sign in term.poles.items()):
        return 1.0
    if term.negated and any(axis in lx.TWO_SIDED_AXES and -sign in window.poles.get(axis, ())
                            for axis, sign in term.poles.items()):
        return 1.0   # "without paying" is "free": where there are only two sides, denying one states the other
    return 0.0


def _other_month(term: Term, info: _Passage, claim: str) -> str | None:
    """Another month of the passage, for a month it never writes: "banned from January" where
    phones go "from September" (in another sentence than the one the claim matches best). Not a
    span of months ("between January and June" for "the first half of 2023")."""
    months = [w for w in re.findall(r"[A-Z][a-z]+", claim) if w.lower() in lx.MONTHS]
    if term.surface.lower() not in lx.MONTHS or not term.surface[:1].isupper() or term.key in info.keys \
            or len(months) > 1:
        return None
    return _rival(term, info.whole, claim)


def _other_day(term: Term, parsed: Parsed, window: _Window, claim_acronyms: dict[int, set[str]]) -> str | None:
    """Another weekday, where the sentence that gives the time the claim puts on the term's day has
    that one: "the break-in, which took place shortly after 2 a.m. on Sunday" where "The raid
    happened shortly after 2 a.m. on Saturday" and the police spoke on Sunday."""
    day = term.surface.lower()
    index = next((i for i, t in enumerate(parsed.terms) if t is term), 0)
    before = parsed.terms[max(0, index - 2):index]
    numbers = [t for t in before if t.kind == "number"]
    if day not in lx.WEEKDAYS or not numbers or not window.members:
        return None
    for member in window.members:
        days = (member.names | member.words) & lx.WEEKDAYS
        others = sorted(days - {day})
        if others and day not in days and _direct(numbers[-1], member, claim_acronyms):
            return others[0]
    return None


_DAY_AFTER_RE = re.compile(r"\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)\b", re.IGNORECASE)
_DAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day_after(day: str, text: str) -> bool:
    """A weekday the passage gives as the day after one it names: "Monday" where the break-in was "on
    Sunday 9 June" and the tools were found "the following day"."""
    day = day.lower()
    if day not in _DAY_ORDER or not _DAY_AFTER_RE.search(text):
        return False
    named = {word.lower() for word in re.findall(r"[A-Z][a-z]+", text)} & set(_DAY_ORDER)
    return day not in named and _DAY_ORDER[_DAY_ORDER.index(day) - 1] in named


_AMOUNT_WORD = "|".join(sorted(lx.NUMBER_WORDS, key=len, reverse=True))
_AMOUNT = rf"(\d+(?:\.\d+)?|{_AMOUNT_WORD}|an?)"
_DURATION_RE = re.compile(rf"\b(?:{_AMOUNT}[\s\-]+hours?\b,?\s*(?:and\s+)?)?(?:{_AMOUNT}[\s\-]+minutes?\b,?\s*(?:and\s+)?)?"
                          r"(?:(\d+(?:\.\d+)?)[\s\-]+seconds?\b)?", re.IGNORECASE)
_BEYOND_RE = re.compile(r"\s*(?:over|more\s+than|longer\s+than|slower\s+than|above|beyond|behind|outside|short\s+of|"
                        r"under|less\s+than|quicker\s+than|faster\s+than|inside|(quicker|faster|sooner|shorter)|"
                        r"(slower|longer))\b", re.IGNORECASE)


def _durations(text: str) -> list[re.Match]:
    """Each length of time a text gives: "1 hour 11 minutes 4 seconds", "two minutes", "47 seconds"."""
    return [found for found in _DURATION_RE.finditer(text) if found.group(0).strip()]


def _seconds(match: re.Match) -> float:
    def amount(raw: str | None) -> float:
        if raw is None:
            return 0.0
        raw = raw.lower()
        return 1.0 if raw in {"a", "an"} else float(lx.NUMBER_WORDS.get(raw, 0) or raw)
    return amount(match.group(1)) * 3600 + amount(match.group(2)) * 60 + amount(match.group(3))


_MINUTES_TO_RE = re.compile(r"\bminutes?\b[^.;\d]{0,25}?\bto\s+(\d+(?:\.\d+)?)\b(?!\s*(?:%|per|hours?|seconds?|minutes?|[ap]m)\b)",
                            re.IGNORECASE)


def _duration_gap(term: Term, claim: str, text: str) -> bool:
    """"two minutes 40 seconds over the seven-minute target" where response times rose to 9 minutes 40
    seconds against a target of 7 minutes: the gap between two of the passage's lengths of time; or
    their sum where the claim gives an earlier mark ("the previous record was 1 hour 11 minutes 51
    seconds" where the winner ran 1 hour 11 minutes 4 seconds and beat it by 47 seconds). A gap within
    one sentence goes the way that sentence's change goes."""
    def lengths(part: str) -> list[float]:
        # "from about 12 minutes a batch to 14": the second length of time is in the first one's unit.
        return [_seconds(found) for found in _durations(part)] + [60 * float(m.group(1))
                                                                 for m in _MINUTES_TO_RE.finditer(part)]
    durations = lengths(text)
    sentences = [(sentence, lengths(sentence)) for sentence in re.split(r"(?<=[.!?])\s+", text)]
    for found in _durations(claim):
        if not found.start() <= claim.find(term.surface, found.start()) < found.end():
            continue
        wanted = _seconds(found)
        pairs = [(a, b) for i, a in enumerate(durations) for b in durations[i + 1:]]
        if _PREVIOUS_RE.search(claim) and any(abs(a + b - wanted) < 1e-6 for a, b in pairs):
            return True
        beyond = _BEYOND_RE.match(claim[found.end():])
        if not beyond:
            continue
        # "90 seconds faster" is a time that fell: "down from 6 minutes" backs it, "up from" does not.
        cue = "less" if beyond.group(1) else "more" if beyond.group(2) else beyond.group(0)
        hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", claim[:found.start()], re.IGNORECASE)

        def gap(a: float, b: float) -> bool:
            return abs(abs(a - b) - wanted) < 1e-6 or bool(hedge) and _hedged(abs(a - b), wanted, hedge.group(1))
        def agrees(part: str) -> bool:
            # A bare "faster" or "longer" needs the passage to say the time went that way ("down from 6
            # minutes"); "more than" or "over" a mark is enough unless the passage says it went the other way.
            if beyond.group(1) or beyond.group(2):
                return (_FROM_DOWN_RE if beyond.group(1) else _FROM_UP_RE).search(part) is not None \
                    and not _gap_turned(cue, part)
            return not _gap_turned(cue, part)
        own = [(sentence, [(a, b) for i, a in enumerate(found_in) for b in found_in[i + 1:] if gap(a, b)])
               for sentence, found_in in sentences]
        if any(pairs_in and agrees(sentence) for sentence, pairs_in in own):
            return True
        if not any(pairs_in for _, pairs_in in own) and agrees(text) and any(gap(a, b) for a, b in pairs):
            return True   # "39 minutes more than the winter before" where the wait fell by 39 minutes fails
    return False


# A time of day as the parser reads it ("2.32 pm" for "14:32"), with its half of the day when given; one
# may end a sentence ("furled at 11.40.").
_CLOCK_TIME_RE = re.compile(r"(?<![\d.£$€])(\d{1,2})(?:\.([0-5]\d))?(?:\s*([ap])\.?m\b\.?|(?<=\d\d)(?!\.?\d|\s*%))",
                            re.IGNORECASE)
_CLOCK_ABOUT_RE = re.compile(r"\b(?:about|around|roughly|approximately)\s+$", re.IGNORECASE)
# The side the claim puts it on, read from its own words ("shortly after", "just before").
_CLOCK_SIDE_RE = re.compile(r"\b(?:shortly|just|soon|not\s+long|a\s+few\s+minutes)\s+(?:(after|past)|before)\s+"
                            r"(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|quarter|half)\b)",
                            re.IGNORECASE)
_CLOCK_GAP_RE = re.compile(r"\b(?:after|later|within|since|took|taken|taking|lasted|lasting|lasts|until|before|from|of\s+(?:the|their|his|her)\s+"
                           r"(?:call|page|alarm|alert|start))\b", re.IGNORECASE)


def _clock_times_in(text: str) -> list[tuple[int, bool, str]]:
    """Each time of day a text gives, as (minutes past midnight, whether its half of the day is known,
    surface): "14:32" and "2.32 pm" are (872, True), "at 9.15" (555, False). A bare hour counts only
    with "am" or "pm"."""
    times = []
    for found in _CLOCK_TIME_RE.finditer(rephrased(text)):
        hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3)
        if not 1 <= hour <= 12 or half is None and found.group(2) is None:
            continue
        base = hour % 12 + (12 if half and half.lower() == "p" else 0)
        times.append((base * 60 + minute, half is not None, found.group(0).strip().rstrip(".")))
    return times


def _clock_of(term: Term, claim: str) -> tuple[int, bool, str, int] | None:
    """The claim's time of day that `term` gives: (minutes past midnight, half known, surface, where
    it starts in the claim as the parser reads it)."""
    said = rephrased(claim)
    for found in _CLOCK_TIME_RE.finditer(said):
        hour, minute = found.group(1), found.group(2)
        if term.surface.rstrip(".,") in ({f"{hour}.{minute}"} if minute else {hour}):
            times = _clock_times_in(found.group(0))
            if times:
                return (*times[0][:3], found.start())
    return None


def _same_clock(mine: tuple[int, bool], theirs: tuple[int, bool]) -> int:
    """Minutes from the claim's time to the passage's, reading a time without its half of the day in
    either half; the nearest reading."""
    gaps = [theirs[0] - mine[0]]
    if not (mine[1] and theirs[1]):
        gaps += [theirs[0] - mine[0] + 720, theirs[0] - mine[0] - 720]
    gaps = [(gap + 720) % 1440 - 720 for gap in gaps]
    return min(gaps, key=abs)


def _half_day_rival(term: Term, claim: str, text: str) -> str | None:
    """"at 6.40 am" where the passage has "18:40": the passage's time in the other half of the day."""
    mine = _clock_of(term, claim)
    if mine is None or not mine[1]:
        return None
    theirs = _clock_times_in(text)
    if any(_same_clock(mine[:2], t[:2]) == 0 for t in theirs):
        return None
    return next((surface for minutes, known, surface in theirs if known and abs(minutes - mine[0]) == 720), None)


def _clock_near(term: Term, claim: str, text: str) -> bool:
    """"shortly after 4am" where the passage has "04:10"; "just before 7pm" for 6.52 pm; "about 11pm"
    for 10.55 pm: a time of day the claim hedges, within a quarter of an hour the way it says."""
    mine = _clock_of(term, claim)
    if mine is None:
        return False
    side = _CLOCK_SIDE_RE.search(claim)
    if side is None and _CLOCK_ABOUT_RE.search(rephrased(claim)[:mine[3]]) is None:
        return False
    for theirs in _clock_times_in(text):
        gap = _same_clock(mine[:2], theirs[:2])
        if (0 < gap <= 15 if side.group(1) else -15 <= gap < 0) if side else 0 < abs(gap) <= 10:
            return True
    return False


def _clock_gap(term: Term, claim: str, text: str) -> bool:
    """"some 78 minutes after the page" where the team was paged at 14:32 and reached her at 15:50: the
    time between two of the passage's times of day, the later one given after the earlier."""
    value = _plain_value(term)
    said = rephrased(claim)   # "an hour and 18 minutes" reads as "78 minutes"
    at = said.find(term.surface)
    unit = _TIME_UNIT_RE.match(said[at + len(term.surface):]) if value is not None and at >= 0 else None
    if unit is None or not (_CLOCK_GAP_RE.search(claim) or re.search(r"\bfor\s+$", said[:at])):
        return False
    wanted = value * (60 if unit.group(1).lower().startswith("hour") else 1)
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", said[:at], re.IGNORECASE)
    def matches(gap: float) -> bool:
        return abs(gap - wanted) < 1e-6 or bool(hedge) and _hedged(gap, wanted, hedge.group(1))
    # "open for five hours" where sessions run "from 11am to 4pm".
    if any(matches(length) for length in _time_lengths(text) if _CLOCK_SPAN_RE.search(text)):
        return True
    times = _clock_times_in(text)
    for i, first in enumerate(times):
        for other in times[i + 1:]:
            # Either may come first in the passage: "at 11pm the previous evening" is told after "shortly
            # after 4am"; across midnight when both halves of the day are known.
            for gap in {_same_clock(first[:2], other[:2]), _same_clock(other[:2], first[:2])}:
                if first[1] and other[1]:
                    gap %= 1440
                if 0 < gap <= 720 and matches(gap):
                    return True
    return False


# "closed at 10:15, three hours after opening": a time of day told with how long after (or before) another event.
_CLOCK_BACK_RE = re.compile(rf"\b(\d{{1,2}}(?:\.[0-5]\d)?(?:\s*[ap]\.?m\b\.?)?),?\s+(\d+(?:\.\d+)?|{_AMOUNT_WORD}|an?)\s+"
                            rf"(hours?|minutes?)\s+(after|before)\s+(?:(?:the|its|their|his|her)\s+)?([a-z]+)",
                            re.IGNORECASE)


def _clock_back(term: Term, claim: str, text: str) -> bool:
    """"opened at 07:15" where the nets "were closed at 10:15, three hours after opening": the time of day of
    the event the passage counts from, worked back (or on) from the time it gives; the claim must name
    that event ("opened"), not the one the passage's time is of."""
    mine = _clock_of(term, claim)
    if mine is None:
        return False
    claimed = {word_key(word.lower()) for word in re.findall(r"[A-Za-z]+", claim)}
    for found in _CLOCK_BACK_RE.finditer(rephrased(text)):
        theirs = _clock_times_in(found.group(1))
        amount = found.group(2).lower()
        if not theirs or word_key(found.group(5).lower()) not in claimed:
            continue
        count = 1.0 if amount in {"a", "an"} else float(lx.NUMBER_WORDS.get(amount, 0) or amount)
        shift = count * (60 if found.group(3).lower().startswith("hour") else 1)
        other = (theirs[0][0] + (-shift if found.group(4).lower() == "after" else shift)) % 1440
        if _same_clock(mine[:2], (other, theirs[0][1])) == 0:
            return True
    return False


# "buys around 1,200 litres a week" and "6p more per litre": an amount used each period, and a price per unit.
_AMOUNT_PER_RE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s+([a-z]+)(?:\s+of\s+[a-z]+)?\s+(?:a|per|each|every)\s+"
                            r"(day|week|month|year)\b", re.IGNORECASE)
_PRICE_PER_RE = re.compile(r"([£$€])?(\d+(?:\.\d+)?)\s*(p|pence|cents?)?\s+(?:more\s+|less\s+|extra\s+)?"
                           r"(?:a|per|each|for\s+every)\s+([a-z]+)\b", re.IGNORECASE)


def _rate_times(term: Term, claim: str, text: str) -> bool:
    """"will pay roughly £72 a week more" where the passage has "around 1,200 litres a week" and "6p more per
    litre": a sum per period the claim gives, the price per unit times the units used in that period."""
    value = _plain_value(term)
    at = claim.find(term.surface)
    period = re.match(r"\s*(?:m|bn)?\s+(?:a|per|each|every)\s+(day|week|month|year)\b", claim[at + len(term.surface):],
                      re.IGNORECASE) if value is not None and at > 0 else None
    if period is None or claim[at - 1] not in "£$€":
        return False
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+[£$€]$", claim[:at], re.IGNORECASE)
    for amount, unit, each in _AMOUNT_PER_RE.findall(text):
        if each.lower() != period.group(1).lower():
            continue
        for sign, price, small, per in _PRICE_PER_RE.findall(text):
            if word_key(per.lower()) != word_key(unit.lower()) or not (sign or small):
                continue
            total = float(amount.replace(",", "")) * float(price) / (100 if small else 1)
            if abs(total - value) <= 1e-6 * max(1.0, value) or hedge and _hedged(total, value, hedge.group(1)):
                return True
    return False


_FOR_EVERY_RE = re.compile(r"(?:\s+[a-z\-]+){0,3}?\s+(?:for|per)\s+(?:every|each)\s+(?:single\s+)?((?:[a-z\-]+\s+){0,2}[a-z]+)",
                           re.IGNORECASE)


def _for_every(term: Term, claim: str, text: str) -> bool:
    """"nearly four people applied for every place" where 47 applied for 12 places: the ratio of two
    counts of one sentence of the passage, the smaller one of the things the claim counts by, as near
    as the claim says ("nearly", "more than", "about", or within 5%)."""
    value = _plain_value(term)
    at = claim.find(term.surface)
    every = _FOR_EVERY_RE.match(claim, at + len(term.surface)) if value and at >= 0 else None
    if not every:
        return False
    things = {word_key(w.lower()) for w in every.group(1).split()} - {word_key(w) for w in lx.FUNCTION_WORDS}
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", claim[:at], re.IGNORECASE)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        counts = [(float(m.group(0).replace(",", "")), sentence[m.end():m.end() + 40])
                  for m in re.finditer(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?", sentence)]
        for base, after in counts:
            if base <= 0 or not things & {word_key(w.lower()) for w in re.findall(r"[A-Za-z\-]+", after)[:3]}:
                continue
            for whole, _ in counts:
                ratio = whole / base
                if whole <= base:
                    continue
                if hedge is None and abs(ratio - value) <= 0.05 * value or hedge and _hedged(ratio, value, hedge.group(1)):
                    return True
    return False


# A figure with its unit: "£18,000", "$2.4m", "9kg", "21 kg", "1,200 litres".
_UNIT_FIGURE_RE = re.compile(r"([£$€])\s?(\d[\d,]*(?:\.\d+)?)\s*(m|bn|k|million|billion)?\b|(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*"
                             r"(kg|tonnes?|litres?|km|kilometres?|miles?|metres?|acres?|hectares?)\b", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


_KEEP_OR_LOSE = r"(?:(?P<lose>los(?:e|es|ing)|lost)|keeps?|keeping|kept|retains?|retaining|retained|holds?|holding|held)"
_KEPT_SHARE_RE = re.compile(rf"\b{_KEEP_OR_LOSE}\s+(?:only\s+|just\s+|still\s+)?(?:(?P<percent>\d+(?:\.\d+)?)\s*"
                            r"(?:%|per\s*cent|percent)|(?P<fraction>half|(?:a|one|two)[\s\-]thirds?|(?:a|one|three)[\s\-]"
                            r"quarters?|(?:a|one)[\s\-]fifth))\s+of\s+(?:its|the|their|his|her)\s+(?P<what>[a-z]+)",
                            re.IGNORECASE)


def _kept_share(term: Term, claim: str, text: str) -> bool:
    """"still holds 80 per cent of its capacity" where the battery lasts "before losing a fifth of its
    capacity": the share of a thing kept is the rest of the share lost, and the other way round."""
    value = _plain_value(term)
    if value is None:
        return False
    for mine in _KEPT_SHARE_RE.finditer(claim):
        if mine.group("percent") is None or float(mine.group("percent")) != value:
            continue
        for theirs in _KEPT_SHARE_RE.finditer(text):
            share = float(theirs.group("percent")) if theirs.group("percent") else \
                100 * _FRACTIONS.get(" ".join(theirs.group("fraction").lower().replace("-", " ").split()), math.nan)
            if bool(mine.group("lose")) != bool(theirs.group("lose")) \
                    and word_key(mine.group("what").lower()) == word_key(theirs.group("what").lower()) \
                    and abs(100 - share - value) <= 0.5:
                return True
    return False


def _share_of_figure(term: Term, claim: str, text: str) -> bool:
    """"less than a third of the roaster's price" where £18,000 of its £62,000 came from a grant; "less
    than half their usual amount" of honey, 9kg against a usual 21kg: the share one of the passage's
    figures makes of another in the same unit, as near as the claim's hedge allows."""
    at = claim.find(term.surface)
    if at < 0 or not re.match(r"\s+(?:of|(?:the|its|their|his|her)\s+(?:usual|normal|typical|average|previous)\b)",
                              claim[at + len(term.surface):]):
        return False   # "a third of the price", "half their usual amount"
    said = " ".join(term.surface.lower().replace("-", " ").split())
    if said.endswith("%"):
        share = float(said.rstrip("%").replace(",", "") or "nan") / 100
    elif said in _FRACTIONS:
        share = _FRACTIONS[said]
    else:
        return False
    hedge = _SHARE_HEDGE_RE.search(claim[:at])
    how = " ".join(hedge.group(0).lower().split()) if hedge else ""
    by_unit: dict[str, list[float]] = {}
    for found in _UNIT_FIGURE_RE.finditer(text):
        unit = found.group(1) or lx.stem(found.group(5).lower())
        value = float((found.group(2) or found.group(4)).replace(",", ""))
        by_unit.setdefault(unit, []).append(value * _SCALE.get((found.group(3) or "").lower(), 1.0))
    for values in by_unit.values():
        for part in values:
            for whole in values:
                if not 0 < part < whole:
                    continue
                if _share_as_said(100 * part / whole, 100 * share, how):
                    return True
    return False


def _relative_change(term: Term, claim: str, text: str) -> bool:
    """"is going up by a fifth" where fees "rise from £35 to £42": a change in percent of the earlier
    figure, the same way as the passage's, as near as the claim's hedge allows."""
    said = rephrased(claim)
    at = said.find(term.surface)
    percent = term.surface.endswith("%") or re.match(r"\s*(?:per\s*cent|percent)\b", said[at + len(term.surface):])
    # "up by 20%"; "an increase of 20 percent" from £10 to £12.
    if at < 0 or not percent or not re.search(r"\b(?:by|(?:increase|rise|jump|cut|drop|fall|reduction|decrease)\s+of)"
                                              r"\s+(?:[a-z]+\s+){0,2}$", said[:at]):
        return False
    wanted = _plain_value(term)
    lead = said[max(0, at - 60):at]
    up, down = _GAP_UP_RE.search(lead) is not None, _GAP_DOWN_RE.search(lead) is not None
    if wanted is None or up == down:
        return False
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", said[:at], re.IGNORECASE)
    for new, old in _changes(text):
        if old <= 0 or (new > old) != up:
            continue
        change = 100 * abs(new - old) / old
        if abs(change - wanted) <= 0.5 or hedge and _hedged(change, wanted, hedge.group(1)):
            return True
    return False


_YEAR_SPAN_RE = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|until)\s+((?:19|20)\d\d)\b")


_MONTH_SPAN_RE = re.compile(r"\b(?:between|from)\s+([A-Z][a-z]+)\s+((?:19|20)\d\d)\s+(?:and|to|until)\s+([A-Z][a-z]+)\s+"
                            r"((?:19|20)\d\d)\b")
_MONTH_ORDER = ("january february march april may june july august september october november december").split()


def _year_span(term: Term, claim: str, text: str) -> bool:
    """"over nine years" where the passage has "between 2015 and 2024"; "about six months" where it has
    "between August 2022 and February 2023" (seven months counting both ends, when the claim hedges)."""
    value = _plain_value(term)
    after = claim[claim.find(term.surface) + len(term.surface):]
    if value is None:
        return False
    if re.match(r"[\s\-]+months?\b", after):
        hedged = re.search(rf"\b(?:{_ABOUT_RE})\s+{re.escape(term.surface)}", claim, re.IGNORECASE) is not None
        for first, start, last, end in _MONTH_SPAN_RE.findall(text):
            if first.lower() in _MONTH_ORDER and last.lower() in _MONTH_ORDER:
                months = 12 * (int(end) - int(start)) + _MONTH_ORDER.index(last.lower()) - _MONTH_ORDER.index(first.lower())
                if value == months or hedged and value == months + 1:
                    return True
        return False
    if not re.match(r"[\s\-]+years?\b", after):
        return False
    # "over about five years" where the work runs "between 2025 and 2029": five counting both ends.
    hedged = re.search(rf"\b(?:{_ABOUT_RE})\s+{re.escape(term.surface)}", claim, re.IGNORECASE) is not None
    return any(int(b) - int(a) == value or hedged and int(b) - int(a) + 1 == value for a, b in _YEAR_SPAN_RE.findall(text))


# "on 1 September, two weeks ahead of the national deadline": a date said by its distance from another.
_DAYS_FROM_RE = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]+),?\s+(?:just\s+)?(\w+)\s+(days?|weeks?)\s+"
                           r"(ahead\s+of|before|after|later\s+than|earlier\s+than)\b")


def _date_after(term: Term, claim: str, text: str) -> bool:
    """The day of the month after a date the passage gives, where it says "the following day"; or the day
    a date the passage gives is said to be some days or weeks from ("two weeks ahead of the deadline")."""
    value = _plain_value(term)
    month = re.match(r"\s+([A-Z][a-z]+)\b", claim[claim.find(term.surface) + len(term.surface):])
    if value is None or not month or month.group(1).lower() not in lx.MONTHS:
        return False
    for day, said_month, count, unit, way in _DAYS_FROM_RE.findall(text):
        if not count.isdigit() and count.lower() not in lx.NUMBER_WORDS:
            continue   # "some weeks ahead of" gives no date
        step = _count_value(count) * (7 if unit.lower().startswith("week") else 1)
        # The other date is later when the passage's is "ahead of" or "before" it.
        other = int(day) + (step if way.lower().startswith(("ahead", "before", "earlier")) else -step)
        if said_month == month.group(1) and other == value:
            return True
    if not _DAY_AFTER_RE.search(text):
        return False
    return re.search(rf"\b{value - 1:g}\s+{month.group(1)}\b", text) is not None


# A date a passage gives: "14 September 2024", "on 20 May" (its year from the date told before it),
# "September 14, 2024", "January 2019"; a year alone ("in 2019") only for whole years.
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_RE = re.compile(rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAME})|({_MONTH_NAME})(?:\s+(\d{{1,2}})"
                      rf"(?:st|nd|rd|th)?\b)?)(?:,?\s+((?:19|20)\d\d)\b)?|\b((?:19|20)\d\d)\b(?!\s*(?:%|per|-|–))")
# The claim's length of time between two of them: "eight days after", "almost six years earlier", "for 14 days".
_SPAN_UNIT_RE = re.compile(r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?[\s\-]+(days?|weeks?|months?|years?)\b",
                           re.IGNORECASE)   # "Twenty" of "Twenty-eight days" is the figure 28
# "on" as in "three days on", not "year on year" (a change over the year, not a length of time).
_SPAN_AFTER_RE = re.compile(r"\s+(?:after|later|earlier|before|beforehand|previously|on(?!\s+(?:days?|weeks?|months?|"
                            r"years?)\b))\b", re.IGNORECASE)
_SPAN_BEFORE_RE = re.compile(r"\b(?:for|within|after|lasted|lasting|took|take|takes|spent)\s+$", re.IGNORECASE)
# "due to open in autumn 2027": a season of a year, read as its middle month, never to the month exactly.
_SEASON_DATE_RE = re.compile(r"\b(spring|summer|autumn)\s+(?:of\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10}


def _dates_in(text: str) -> list[tuple[int, int | None, int | None, str]]:
    """Each date a text gives as (year, month, day, surface), month and day None where it leaves them out;
    a day and month without a year take the year of the full date before (or else after) them, or failing
    one a year said alone ("began on 12 May 2025 ... up from 167 in 2024 ... on 20 May": 20 May 2025)."""
    found = []
    for match in _DATE_RE.finditer(text):
        day, month, month2, day2, year, alone = match.groups()
        if alone:
            found.append([int(alone), None, None, match.group(0)])
            continue
        day, month = day or day2, _MONTH_ORDER.index((month or month2).lower()) + 1
        if day is None and year is None:
            continue   # "in May" says no year; "May" may be a verb
        try:
            datetime.date(int(year or 2000), month, int(day or 1))
        except ValueError:
            continue   # no such day
        found.append([int(year) if year else None, month, int(day) if day else None, match.group(0)])
    years = [date[0] for date in found]
    dated = [date[0] if date[1] else None for date in found]
    for i, date in enumerate(found):
        if date[0] is None:
            told = [y for y in reversed(dated[:i]) if y] or [y for y in dated[i + 1:] if y] \
                or [y for y in reversed(years[:i]) if y] or [y for y in years[i + 1:] if y]
            date[0] = told[0] if told else None
    found += [[int(year), _SEASON_MONTHS[season.lower()], None, match.group(0)]
              for match in _SEASON_DATE_RE.finditer(text) for season, year in [match.groups()]]
    return [tuple(date) for date in found if date[0] is not None and (date[1:3] != [2, 29] or date[0] % 4 == 0)]


def _date_spans(text: str, unit: str) -> list[tuple[float, bool, str]]:
    """The lengths of time, in `unit` (day, week, month or year), between each two dates of the text:
    (length, whether it is exact enough to be said without a hedge, "from ... to ...")."""
    dates = _dates_in(text)
    spans = []
    for i, first in enumerate(dates):
        for second in dates[i + 1:]:
            a, b = sorted([first, second], key=lambda d: (d[0], d[1] or 0, d[2] or 0))
            told = f"{a[3]} to {b[3]}"
            if a[1] and b[1] and a[2] and b[2]:
                days = (datetime.date(b[0], b[1], b[2]) - datetime.date(a[0], a[1], a[2])).days
                # "six months after" to within a week; "two years after" to within a month.
                length = {"day": days, "week": days / 7, "month": days / (365.25 / 12), "year": days / 365.25}[unit]
                exact = length == round(length) if unit in {"day", "week"} else \
                    abs(length - round(length)) < (0.25 if unit == "month" else 1 / 12)
                spans.append((float(round(length)) if exact else length, exact, told))
            elif a[1] and b[1] and unit in {"month", "year"}:
                months = 12 * (b[0] - a[0]) + b[1] - a[1]
                length = months if unit == "month" else months / 12
                seasonal = _SEASON_DATE_RE.search(told) is not None
                spans.append((float(length), length == round(length) and not seasonal, told))
            elif unit == "year" and b[0] > a[0]:
                # "in 2019" and "in 2023": four years, but no nearer than a year; against a month, not even that.
                spans.append((float(b[0] - a[0]), not (a[1] or b[1]), told))
    return [span for span in spans if span[0] > 0]


def _span_wording(term: Term, claim: str) -> tuple[str, str | None] | None:
    """(unit, hedge) where the claim's figure is a length of time between two events: "eight days after
    monitoring began", "almost six years earlier", "for 14 days"."""
    if term.surface not in claim:
        claim = rephrased(claim)   # "two and a half years" is read as "2.5 years"
    at = claim.find(term.surface)
    unit = _SPAN_UNIT_RE.match(claim, at + len(term.surface)) if at >= 0 and _plain_value(term) is not None else None
    if unit is None:
        return None
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", claim[:at], re.IGNORECASE)
    before = claim[:hedge.start()] if hedge else claim[:at]
    if not (_SPAN_AFTER_RE.match(claim, unit.end()) or _SPAN_BEFORE_RE.search(before)):
        return None
    return unit.group(1).lower().rstrip("s"), hedge.group(1) if hedge else None


def _date_gap(term: Term, claim: str, text: str) -> bool:
    """"eight days after monitoring began" where it began on 12 May and ringing took place on 20 May;
    "almost six years earlier" from January 2019 to December 2024; "more than two years after" from
    October 2022 to March 2025: the time between two of the passage's dates, as near as the claim
    says (bare, to the day, the week, the week in months or the month in years; hedged, on the side the
    hedge says and within one of the claim's unit: "over two years" is not 3.5 years, nor "almost a
    year" four months)."""
    wording = _span_wording(term, claim)
    if wording is None:
        return False
    unit, hedge = wording
    wanted = _plain_value(term)
    for length, exact, _ in _date_spans(text, unit):
        if hedge is None:
            if exact and length == wanted:
                return True
        elif re.fullmatch(_ABOUT_RE, hedge.lower()):
            if length == wanted or _hedged(round(length, 1), wanted, hedge):   # 2.37 years is "about two"
                return True
        elif exact or length != round(length) or unit != "year":   # not from a year alone
            if (max(wanted - 1, 0.75 * wanted) <= length < wanted if re.fullmatch(_BELOW_RE, hedge.lower())
                    else wanted < length < wanted + 1):
                return True
    return False


_WEEKDAY_ORDER = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# The hour a part of a day stands for, to tell "from Friday afternoon until Sunday evening" from two whole days.
_DAY_PART_HOURS = {"morning": 9, "afternoon": 15, "evening": 19, "night": 22}
_WEEKDAY_PART_RE = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(morning|afternoon|"
                              r"evening|night))?\b", re.IGNORECASE)


def _weekday_gap(term: Term, claim: str, text: str) -> bool:
    """"burned for more than two days, from Friday afternoon until ... Sunday evening" where the passage has
    it start on Friday afternoon and end on Sunday evening: a length in days between the two weekdays (and
    parts of days) the claim gives in order, each of them in the passage, as near as the claim says."""
    wording = _span_wording(term, claim)
    days = _WEEKDAY_PART_RE.findall(claim)
    if wording is None or wording[0] != "day" or len(days) != 2:
        return False
    for day, part in days:
        if not re.search(rf"\b{day}\s+{part}\b" if part else rf"\b{day}\b", text, re.IGNORECASE):
            return False
    (first, first_part), (last, last_part) = ((d.lower(), p.lower()) for d, p in days)
    length = float((_WEEKDAY_ORDER.index(last) - _WEEKDAY_ORDER.index(first)) % 7)
    if first_part and last_part:
        length += (_DAY_PART_HOURS[last_part] - _DAY_PART_HOURS[first_part]) / 24
    wanted, hedge = _plain_value(term), wording[1]
    if length <= 0 or wanted is None:
        return False
    if hedge is None or re.fullmatch(_ABOUT_RE, hedge.lower()):
        return round(length) == wanted
    return wanted - 1 <= length < wanted if re.fullmatch(_BELOW_RE, hedge.lower()) else wanted < length < wanted + 1


def _span_end(term: Term, claim: str, text: str, numbers: list[Term]) -> bool:
    """"the marsh tit caught on 14 December had been ringed almost six years earlier" where the sentence
    with the marsh tit has it "caught that day" and the one before it "on 14 December": a date of the
    passage that the claim counts a length of time between two of its dates from."""
    value = _plain_value(term)
    month = re.match(r"\s+([A-Z][a-z]+)\b", claim[claim.find(term.surface) + len(term.surface):])
    if value is None or not month or month.group(1).lower() not in lx.MONTHS \
            or not re.search(rf"\b{value:g}\s+{month.group(1)}\b", text):
        return False
    return any(other is not term and _date_gap(other, claim, text) for other in numbers)


def _hedge_rival(term: Term, claim: str, text: str) -> str | None:
    """"More than 9,400 households" where the passage has "about 9,400": the passage hedges the same figure
    only otherwise than the claim's bound does (around it, or on the other side of it)."""
    at = claim.find(term.surface)
    bound = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE})\s+[£$€]?$", claim[:at], re.IGNORECASE) if at >= 0 else None
    if bound is None or not term.surface[:1].isdigit():
        return None
    below = re.fullmatch(_BELOW_RE, bound.group(1).lower()) is not None
    said = []
    for found in re.finditer(rf"(?<![\d.,]){re.escape(term.surface.rstrip('.,'))}(?![\d]|[.,]\d)", text):
        hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+[£$€]?$", text[:found.start()], re.IGNORECASE)
        if hedge is None or not re.fullmatch(_ABOUT_RE, hedge.group(1).lower()) \
                and (re.fullmatch(_BELOW_RE, hedge.group(1).lower()) is not None) == below:
            return None   # bare, or bounded on the claim's side
        said.append(f"{hedge.group(1)} {found.group(0)}")
    return said[0] if said else None


def _date_gap_rival(term: Term, claim: str, text: str) -> str | None:
    """"more than three years after it was ringed" where the passage has it ringed on 21 October 2022 and
    found on 3 March 2025: a length of time between two events that the passage's dates put otherwise,
    where the passage does not give the length itself (the figure may be a day of a month there)."""
    wording = _span_wording(term, claim)
    if wording is None or _date_gap(term, claim, text):
        return None
    unit, _ = wording
    wanted = _plain_value(term)
    for amount in re.findall(rf"\b(\d+(?:\.\d+)?|{_AMOUNT_WORD}|an?)[\s\-]+{unit}s?\b", text, re.IGNORECASE):
        amount = amount.lower()
        if (1.0 if amount in {"a", "an"} else float(lx.NUMBER_WORDS.get(amount, 0) or amount)) == wanted:
            return None   # "three years after" said in the passage
    spans = _date_spans(text, unit)
    return min(spans, key=lambda span: abs(span[0] - wanted))[2] if spans else None


def _lengths(minutes: float) -> set[int]:
    """A length of time in whole minutes, and in 30-day months when it is a number of months."""
    month, thirty_days = lx.MINUTES_IN["month"], 30 * lx.MINUTES_IN["day"]
    whole = {round(minutes)}
    return whole | {round(minutes / month * thirty_days)} if round(minutes) % month == 0 else whole


def _values(window: _Window) -> list[float]:
    return [float(key[4:]) for key in window.numbers if key.startswith("num:") and not key.endswith("s")]


_AS_MANY_AS_RE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\b[^.;\d]{0,60}?\b(twice|two\s+times|three\s+times|four\s+times|half)\s+"
                            r"as\s+(?:many|much|large|high)\s+as\b", re.IGNORECASE)
_TIMES = {"twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "half": 0.5}


def _derived(term: Term, window: _Window, claim: str) -> float:
    """1 when the claim states the difference of two of the window's numbers as a change or a gap
    ("810 more cases" from 1,240 and 430, "dropped 0.4 points" from 5.7% to 5.3%), and words it as one."""
    kind, _, raw = term.key.partition(":")
    if kind == "mult":
        return _ratio(float(raw), term.surface, window, claim)
    if term.surface not in claim:
        claim = rephrased(claim)   # "one and a half million" is read as "1.5 million"
    if kind == "num" and not raw.endswith("s") and _SHARE_RE.fullmatch(term.surface) \
            and (_share(float(raw), window, claim)
                 or _share_of_count(float(raw), window, claim[:claim.find(term.surface)],
                                    claim[claim.find(term.surface) + len(term.surface):])
                 or _share_of_change(float(raw), window, claim, claim[:claim.find(term.surface)])):
        return 1.0
    if kind != "num" or raw.endswith("s"):
        return 0.0
    values = _values(window)
    wanted = float(raw)
    said = re.escape(term.surface)
    for figure, times in _AS_MANY_AS_RE.findall(window.text):
        # "about 400 hospitals as customers, twice as many as a year ago": a year ago there were 200.
        earlier = float(figure.replace(",", "")) / _TIMES[times.lower().split()[0]]
        if abs(earlier - wanted) <= 1e-6 * wanted:
            return 1.0
    if re.match(r"[\s\-]+square[\s\-]+(?:metre|meter|foot|feet|kilometre|kilometer|mile|yard)",
                claim[claim.find(term.surface) + len(term.surface):], re.IGNORECASE) \
            and any(abs(_count_value(a) * _count_value(b) - wanted) <= 1e-6 * wanted
                    for a, b in _BY_RE.findall(window.text)):
        # "covers 20 square metres" where the mosaic measures "five metres by four".
        return 1.0
    if re.search(rf"\b(?:a\s+total\s+of|totall?ing|in\s+all\s+of)\s+\S*?{said}|{said}\S*(?:\s+\w+){{0,3}}\s+"
                 rf"(?:in\s+total|in\s+all|altogether)\b", claim, re.IGNORECASE):
        # "a total of 1 million pounds" from "40,000 pounds a year for 25 years", or two amounts added up.
        if any(abs(a * b - wanted) <= 1e-6 * wanted or abs(a + b - wanted) <= 1e-6 * wanted
               for i, a in enumerate(values) for b in values[i + 1:]):
            return 1.0
    if _converted(wanted, claim[:claim.find(term.surface)], claim[claim.find(term.surface) + len(term.surface):],
                  window.text):
        return 1.0
    if _part_of(wanted, window, claim[claim.find(term.surface) + len(term.surface):], claim[:claim.find(term.surface)]) \
            or _hours_open(wanted, window, claim[claim.find(term.surface) + len(term.surface):],
                           claim[:claim.find(term.surface)]) \
            or _margin(wanted, window, claim[:claim.find(term.surface)]) \
            or _share_of_sum(wanted, window, claim[claim.find(term.surface) + len(term.surface):],
                             claim[:claim.find(term.surface)]) \
            or _per_year(wanted, window, claim[claim.find(term.surface) + len(term.surface):]):
        return 1.0
    if _REST_RE.search(window.text):
        # "drawing the rest from reserves": the part of a whole the claim names that the other part leaves.
        stated = _stated(claim)
        if any(abs((whole - part) - wanted) <= 1e-6 * max(1.0, whole) for whole in values if whole in stated
               for part in values if part < whole):
            return 1.0
    of_that = _OF_THAT_RE.search(window.text)
    if of_that:
        # "insured for about half that amount" of "cost 210 million dollars": 105 million.
        share = _OF_THAT[" ".join(of_that.group(1).lower().split())]
        if any(abs(share * value - wanted) <= 1e-6 * wanted for value in values):
            return 1.0
    cue = _difference_cue(term.surface).search(claim)
    if not cue:
        return 0.0
    # "up by 30 cents" from 2.40 to 2.70 euros: a hundredth of the unit the passage counts in.
    wanted = [float(raw)] + ([float(raw) / 100] if _CENTS_RE.match(claim, claim.find(term.surface) + len(term.surface))
                             else [])
    rises = _rises(window.text) if _SAVING_RE.match(cue.group(0)) else set()
    gaps = [a - b for a in values for b in values if a > b and (b, a) not in rises]
    unit = _TIME_UNIT_RE.match(claim, claim.find(term.surface) + len(term.surface))
    if unit:
        # "48 minutes less" from "4 hours 28 minutes" to "3 hours 40 minutes": the gap of two lengths of time.
        per = 60.0 if unit.group(1).lower().startswith("hour") else 1.0
        lengths = _time_lengths(window.text)
        if lengths:   # the window's lengths of time, not its bare numbers ("2 hours 31" is no 29)
            gaps = [(a - b) / per for a in lengths for b in lengths if a > b]
    if _gap_turned(cue.group(0), window.text):
        return 0.0   # "80 more seats than before" where the theatre "now has 640 seats, down from 720"
    hedge = " ".join((cue.group("hedge") or cue.group("hedge2") or cue.group("hedge3") or "").lower().split())
    if hedge in {"", "nearly", "almost"} and any(abs(g - w) <= 1e-6 * max(1.0, g) for w in wanted for g in gaps):
        return 1.0
    if not hedge and (cue.group("about2") or cue.group("about3")):
        # "about 200,000 more journeys" from 412,000 and 214,000: a rounded gap, within 5%.
        return 1.0 if any(abs(g - w) <= 0.05 * w for w in wanted for g in gaps) else 0.0
    if hedge:
        # "fell by more than two hours" from 5.4 to 3.1 hours: the gap within a fifth of the bound.
        below = re.fullmatch(_BELOW_RE, hedge) is not None
        return 1.0 if any(0.8 * w <= g < w if below else w < g <= 1.25 * w for w in wanted for g in gaps) else 0.0
    return 0.0


# Units a claim may convert a figure into: each as (pattern, its size in the unit of its kind).
_CONVERTIBLE = {"mile": (r"miles?|mi", 1609.344, "length"), "km": (r"km|kilomet(?:re|er)s?", 1000.0, "length"),
                "metre": (r"m|metres?|meters?", 1.0, "length"), "foot": (r"ft|feet|foot", 0.3048, "length"),
                "kg": (r"kg|kilos?|kilograms?|kilogrammes?", 1.0, "mass"), "lb": (r"lbs?|pounds?", 0.45359237, "mass")}


def _converted(wanted: float, before: str, after: str, text: str) -> bool:
    """"a diversion of about 22 kilometres" where the window has "14 miles": a figure converted into
    another unit, within 3% (10% when the claim hedges it)."""
    unit = next((key for key, (pattern, _, _) in _CONVERTIBLE.items()
                 if re.match(rf"[\s\-]*(?:{pattern})\b", after, re.IGNORECASE)), None)
    if unit is None:
        return False
    pattern, size, kind = _CONVERTIBLE[unit]
    slack = 0.10 if re.search(rf"\b(?:{_ABOUT_RE}|{_BELOW_RE}|{_ABOVE_RE})\s*$", before, re.IGNORECASE) else 0.03
    for key, (other, other_size, other_kind) in _CONVERTIBLE.items():
        if key == unit or other_kind != kind or key == "lb" and not re.search(r"\blbs?\b", text):
            continue   # "pounds" in a passage are money unless it writes "lb"
        for figure in re.findall(rf"(\d[\d,]*(?:\.\d+)?)[\s\-]*(?:{other})\b", text, re.IGNORECASE):
            value = float(figure.replace(",", "")) * other_size / size
            if abs(value - wanted) <= slack * value:
                return True
    return False


def _part_of(wanted: float, window: _Window, after: str, before: str = "") -> bool:
    """"96 of the 320 new homes" where the window says 30% of the 320: the count a share of a whole makes;
    also with the whole said first ("Of the 320 new homes, 96 will be affordable")."""
    found = re.match(r"\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(\d[\d,]*)\b", after) \
        or re.search(r"^\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(\d[\d,]*)\b[^.;:,\d]*,\s*$", before, re.IGNORECASE)
    if not found:
        return False
    whole = float(found.group(1).replace(",", ""))
    shares = [float(n.replace(",", "")) for n, kind in _number_kinds(window.text) if kind == "share"]
    return whole in _values(window) and any(abs(share * whole / 100 - wanted) <= 0.5 for share in shares)


def _share_of_sum(wanted: float, window: _Window, after: str, before: str) -> bool:
    """"putting around £186,000 towards the planting" where the window has a £310,000 project of which a
    programme covers 60 per cent: a sum of money a stated share of a stated sum makes, to the pound."""
    if not (re.search(r"[£$€]\s*$", before) or re.match(r"\s*(?:pounds|dollars|euros)\b", after, re.IGNORECASE)):
        return False
    shares = [float(n.replace(",", "")) for n, kind in _number_kinds(window.text) if kind == "share"]
    sums = [_figure(found.group(1)) * lx.SCALE_WORDS.get((found.group(2) or "").lower(), 1.0)
            for found in re.finditer(r"[£$€](\d[\d,]*(?:\.\d+)?)\s*(million|billion|m|bn|k)?\b", window.text)]
    return any(share < 100 and abs(share * whole / 100 - wanted) <= 0.005 * wanted for share in shares for whole in sums)


_SPREAD_OVER_RE = re.compile(r"[£$€](\d[\d,]*(?:\.\d+)?)\s*(million|billion|m|bn|k)?\b[^.;]{0,60}?\bover\s+(?:the\s+next\s+)?"
                             r"(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b", re.IGNORECASE)


def _per_year(wanted: float, window: _Window, after: str) -> bool:
    """"£550,000 a year" where the window has "£1.1 million into the scheme over two years": a sum spread
    evenly over the years it is given for."""
    if not re.match(r"\s*(?:pounds|dollars|euros)?\s*(?:a|per|each)\s+year\b|\s*(?:pounds|dollars|euros)?\s*annually\b",
                    after, re.IGNORECASE):
        return False
    for found in _SPREAD_OVER_RE.finditer(window.text):
        whole = _figure(found.group(1)) * lx.SCALE_WORDS.get((found.group(2) or "").lower(), 1.0)
        years = float(found.group(3)) if found.group(3).isdigit() else float(lx.NUMBER_WORDS[found.group(3).lower()])
        if years and abs(whole / years - wanted) <= 0.005 * wanted:
            return True
    return False


# "from 8am to 10pm", "from 6pm on Wednesday until midday on Thursday", "left at 7.45am and returned at 8.20pm",
# "between 09:00 and 13:00" (a time with a colon and no "am" or "pm" is on the 24-hour clock).
_CLOCK = r"(?:(\d{1,2})(?:[.:](\d\d))?(?:\s*([ap])\.?m\.?|(?<=:\d\d)(?![\d:]))|(midday|noon|midnight))"
_CLOCK_RANGE_RE = re.compile(rf"\b(between\s+)?{_CLOCK}(?:\s+on\s+[A-Z][a-z]+)?\s*(?:to|until|till|-|–|(?:,\s*)?and\s+"
                             rf"(?:returned|came\s+back|got\s+back|arrived\s+back|ended|finished|closed)\s+at"
                             rf"|(?(1)and|(?!)))\s*{_CLOCK}",
                             re.IGNORECASE)


def _clock_hours(hour: str | None, minute: str | None, half: str | None, word: str | None) -> float:
    if word:
        return 0.0 if word.lower() == "midnight" else 12.0
    if half is None:
        return int(hour) + int(minute) / 60   # "13:00"
    return int(hour) % 12 + (12 if half.lower() == "p" else 0) + int(minute or 0) / 60


def _hours_open(wanted: float, window: _Window, after: str, before: str = "") -> bool:
    """"open for 14 hours" where the window says "from 8am to 10pm": the length of a stretch of the clock;
    also the other length a claim sets beside it ("fifteen hours a day rather than twelve")."""
    if not re.match(r"[\s\-]+hours?\b", after, re.IGNORECASE) and not re.search(
            r"\bhours?\b[^.;]{0,30}\b(?:rather\s+than|instead\s+of|up\s+from|down\s+from|compared\s+with)\s+$",
            before, re.IGNORECASE):
        return False
    # "for more than twelve and a half hours" where it "left at 7.45am and returned at 8.20pm".
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+$", before, re.IGNORECASE)
    for found in _CLOCK_RANGE_RE.finditer(window.text):
        start, end = (_clock_hours(*found.group(i, i + 1, i + 2, i + 3)) for i in (2, 6))
        if abs((end - start) % 24 - wanted) < 1e-6 or hedge and _hedged((end - start) % 24, wanted, hedge.group(1)):
            return True
    return False


def _margin(wanted: float, window: _Window, before: str) -> bool:
    """"by a margin of five votes" where the window says "voted 9 to 4": the gap of a vote or a score."""
    if not re.search(r"\b(?:margin|majority)\s+of\s+(?:just\s+|only\s+)?$", before, re.IGNORECASE):
        return False
    return any(abs(int(a) - int(b) - wanted) < 1e-6
               for a, b in re.findall(r"\b(\d+)\s*(?:to|-|–)\s*(\d+)\b", window.text))


def _figure_kind(text: str, start: int, surface: str) -> str:
    """What the figure written at `start` counts: money, share, year, time or count."""
    before, after = text[max(0, start - 2):start], text[start + len(surface):start + len(surface) + 30].lower()
    after = re.sub(r"^-[a-z]+", "", after)   # "Twenty" of "Twenty-five per cent"
    if "%" in surface:
        return "share"
    if re.search(r"[£$€]\s?$", before) or surface[:1] in "£$€" or re.match(r"\s*(?:m|bn|k)?\s*(?:million\s+|billion\s+)?"
                                                 r"(?:pounds|dollars|euros|pence|p)\b", after):
        return "money"
    if re.match(r"\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)", after):
        return "share"   # "up by seven percentage points" is a gap between two shares
    if re.match(r"\s*(?:am|pm|a\.m\.|p\.m\.)\b|[:.]\d\d\b", after):
        return "time"
    if re.fullmatch(r"(?:19|20)\d\d\W?", surface):
        return "year"
    return "count"


def _figures(text: str, terms: list[Term]) -> list[tuple[float, str]]:
    """(value, kind) of each plain figure of a sentence, in the order written."""
    figures, cursor = [], 0
    for term in terms:
        if term.kind != "number":
            continue
        start = text.find(term.surface, cursor)
        if start < 0:
            continue
        cursor = start + len(term.surface)
        if term.key.startswith("num:") and not term.key.endswith("s"):
            figures.append((float(term.key[4:]), _figure_kind(text, start, term.surface)))
    return figures


# Words that add figures up, take one from another, or share one out.
_TOTAL_RE = re.compile(r"\b(?:a\s+total|in\s+total|totall?(?:ing|ed)|in\s+all|altogether|combined|together|"
                       r"between\s+them|all\s+told)\b", re.IGNORECASE)
_LEFT_OVER_RE = re.compile(r"\b(?:all\s+but|the\s+rest|the\s+remainder|the\s+balance)\b", re.IGNORECASE)
_PER_RE = re.compile(r"(?:[\s\-]+[\w\-]+){0,2}?\s+(?:a|per|each|every)\s+(?P<per>day|week|month|year|hour|minute|"
                     r"game|match|head|person|pupil|patient|household|home|visitor)\b", re.IGNORECASE)
_FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 1 / 4,
              "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5}
_FRACTION_OF_RE = re.compile(r"\b(" + "|".join(f.replace(" ", "[\\s\\-]") for f in _FRACTIONS) + r")\s+of\s+"
                             r"(?:the|its|their|this|that)\s+(?:total|sum|whole|amount|weight|number|figure)\b",
                             re.IGNORECASE)
_APART_RE = re.compile(r"\b(?:apart\s+from|aside\s+from|other\s+than|excluding|not\s+counting)\b", re.IGNORECASE)
# What a part of a count lacks: "23 of 40 sampled contracts, awarded between 2020 and 2022, lacked".
_LACKED_RE = re.compile(r"(?:[^.;]{0,60}?)\b(?:lacked|lacks|lacking|had\s+no|have\s+no|did\s+not|didn['’]t|failed\s+to|"
                        r"were\s+not|weren['’]t|went\s+without)\b", re.IGNORECASE)
_STILL_RE = re.compile(r"\b(?:still|outstanding|unpaid|yet\s+to|not\s+yet|remain\w*|left\s+over)\b", re.IGNORECASE)
_COMPLEMENT_RE = re.compile(r"\b(?:free\s+of|without|dry|the\s+other|the\s+rest|not)\b|n[’']t\b", re.IGNORECASE)
# What is left said as those that did not get it: "46 did not get an award" of 63 bids where 17 won one.
_NOT_GIVEN_RE = re.compile(r"\b(?:did\s+not|didn[’']t|were\s+not|weren[’']t|failed\s+to|unsuccessful|went\s+without)\b",
                           re.IGNORECASE)
_MORE_THAN_RE = re.compile(r"[£$€]?(\d[\d,]*(?:\.\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                           r"twelve))\s*(m|bn|million|billion)?\s+(?:(more|higher)|less|fewer|lower)\s+than\b",
                           re.IGNORECASE)
# "at 39%, though its result had improved by six points on the year": the figure before the change.
# "will cut the price it pays farmers for milk by 1.5p to 36.2p": a verb that changes a thing, the thing between.
# "up £3,900 on the previous year": up or down by a sum, the earlier figure named after it.
_CHANGED_BY_RE = re.compile(r"\b(?:(?P<up>rose|risen|rising|increased|improved|grew|grown|climbed|gained|up)|"
                            r"(?P<down>fell|fallen|falling|dropped|declined|decreased|worsened|slipped|down))\s+"
                            r"(?:by\s+|(?=[£$€]?\d[\d,.]*(?:m|bn)?\s+on\s+))"
                            r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[£$€]?(?P<step>\d[\d,]*(?:\.\d+)?|"
                            r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?P<share>\s*%|\s+per\s*cent"
                            r"|\s+percent)?", re.IGNORECASE)
_CHANGED_THING_BY_RE = re.compile(r"\b(?:(?P<up>raise|raises|raised|increase|increases)|(?P<down>cut|cuts|reduce|"
                                  r"reduces|reduced|lower|lowers|lowered))\s+(?:[\w'’]+\s+){1,8}?by\s+[£$€]?"
                                  r"(?P<step>\d[\d,]*(?:\.\d+)?)(?:p|m|bn)?(?P<share>\s*%|\s+per\s*cent|\s+percent)?",
                                  re.IGNORECASE)


def _stated_changes(text: str) -> list[tuple[float, int, bool]]:
    """(step, +1 up or -1 down, whether a share) of each change by a figure the text states."""
    return [(_count_value(found.group("step")), 1 if found.group("up") else -1, bool(found.group("share")))
            for pattern in (_CHANGED_BY_RE, _CHANGED_THING_BY_RE) for found in pattern.finditer(text)]
_BY_SHARE_RE = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:(\d+(?:\.\d+)?)\s*"
                          r"(?:%|per\s*cent|percent)|(half|a\s+quarter|a\s+third|a\s+fifth|two\s+thirds|"
                          r"three\s+quarters))(?![\w-])", re.IGNORECASE)
_STEP_CUE_RE = re.compile(r"\b(?:(?P<down>off|cut|cuts|fewer|less|reduc\w*|lower\w*|shed|lose|lost|remov\w*)|more|extra|"
                          r"additional|add|adds|added|adding|gain\w*)\b", re.IGNORECASE)
_SHARE_STEP_WAY_RE = re.compile(r"\b(?:(?P<down>cut|cuts|cutting|reduc\w*|lower\w*|fall|fell|fallen|drop\w*|shrink\w*|"
                                r"shrank|decreas\w*|trim\w*)|rais\w*|increas\w*|grow\w*|grew|rise|rose|risen|expand\w*|"
                                r"boost\w*|add\w*)\b[^.;]*$", re.IGNORECASE)
_REST_OF_RE = re.compile(r"\b(?:with|and|while)\s+(?P<who>(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s+(?:making\s+up|"
                         r"accounting\s+for|providing|forming|contributing|supplying)\s+the\s+(?:rest|remainder|"
                         r"balance)\b|\bthe\s+(?:rest|remainder|balance)\s+(?:came\s+|coming\s+)?(?:from|through|"
                         r"by)\s+(?P<whom>(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s*[.,;]", re.IGNORECASE)
_AVERAGE_RE = re.compile(r"\b(?:averag\w*|on\s+average)\b", re.IGNORECASE)
# A count cut down from what it usually is: "normally 14 products, will be cut to nine"; "cut from 14 to nine".
_CUT_NUMBER = r"\d[\d,]*|" + "|".join(w for w in lx.NUMBER_WORDS if w not in {"zero", "hundred", "dozen"})
_CUT_FROM_RE = re.compile(rf"\b(?:normally|usually|typically|previously|formerly)\s+(?P<was>{_CUT_NUMBER})\b"
                          rf"[^.;]{{0,60}}?\b(?:cut|reduced|trimmed|slashed|pared\s+back|scaled\s+back|shrunk|down)\s+"
                          rf"to\s+(?P<now>{_CUT_NUMBER})\b|\b(?:cut|reduced|trimmed|slashed)\s+from\s+"
                          rf"(?P<was2>{_CUT_NUMBER})\s+to\s+(?P<now2>{_CUT_NUMBER})\b", re.IGNORECASE)


def _cut_from(wanted: float, text: str) -> tuple[float, ...]:
    """(was, now) of a cut the text states that leaves out the wanted count: "normally 14 products,
    will be cut to nine" leaves out five."""
    for cut in _CUT_FROM_RE.finditer(text):
        was, now = (_count_value(cut.group(key) or cut.group(key + "2")) for key in ("was", "now"))
        if now < was and abs(was - now - wanted) < 1e-6:
            return was, now
    return ()


# A claim that says things are left out: "will not be offered", "no longer sold", "dropped".
_DROPPED_RE = re.compile(r"\b(?:not|no\s+longer|never)\b|n['’]t\b|\b(?:dropped|axed|scrapped|removed|withdrawn|"
                         r"discontinued|cut)\b", re.IGNORECASE)
_MARGIN_BEFORE_RE = re.compile(r"\b(?:margin|majority|lead|gap)\b[^.;]{0,80}$", re.IGNORECASE)
_CUT_RE = re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|axe|axes|axing|lose|loses|losing|scrap|scraps|"
                     r"scrapping)\s+(?:about\s+|around\s+|some\s+|another\s+)?(\d[\d,]*)\b", re.IGNORECASE)
_AFTER_CUT_RE = re.compile(r"\b(?:once|after|leaving|left)\b", re.IGNORECASE)
_BEATEN_BY_RE = re.compile(r"\b(?:beat|beats|beating|broke|breaks|breaking|smashed|smashing|bettered|bettering)\b"
                           r"[^.;]{0,60}?\bby\s+(?:about\s+|around\s+|some\s+|just\s+)?[£$€]?(\d[\d,]*(?:\.\d+)?)",
                           re.IGNORECASE)
_PLUS_RE = re.compile(r"\bplus\b|\+\s*[£$€]?\d", re.IGNORECASE)
_AIMED_RE = re.compile(r"\b(?:aim|aims|aimed|aiming|target|targets|targeted|targeting|goal|hoped|hoping)\b",
                       re.IGNORECASE)
# A share of a count given just after it: "an estimated 4,800 fish, about 60% of them brown trout".
_SHARE_OF_THEM_RE = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*,\s+"
                               r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?"
                               r"(?P<share>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:them|these|those|which|whom)\b",
                               re.IGNORECASE)
_PREVIOUS_RE = re.compile(r"\b(?:previous|previously|before|earlier|old|prior|former|had\s+been)\b", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(r"-year-old\b|\s+years?\s+old\b", re.IGNORECASE)
_AGED_BEFORE_RE = re.compile(r"\baged\s+(?:between\s+)?(?:\d+\s+(?:to|and)\s+)?$", re.IGNORECASE)
_MARGIN_AFTER_RE = re.compile(r"[\s\-]+(?:votes?|points?|goals?|seats?|runs?|places?)[\s\-]+"
                              r"(?:margin|majority|lead|gap|win|victory)\b", re.IGNORECASE)


def _plain_value(term: Term) -> float | None:
    """The value of a plain figure ("num:20000"), not of a decade or an ordinal."""
    return float(term.key[4:]) if term.key.startswith("num:") and not term.key.endswith("s") else None


def _worked_out(term: Term, info: _Passage, claim: str) -> tuple[float, ...]:
    """The passage's figures a claim's figure is worked out from, anywhere in the passage, when the
    claim says how (empty when it is not): a total ("£1,650 in total" from a £1,200 fine and £450
    costs), a gap ("exceeded the £20,000 target by £7,500" where £27,500 was raised; "a five-vote
    margin" from 9 to 4), what is left ("restored to 6,100 homes" where all but 400 of 6,500 were;
    "£23,500 still owed" of £27,500 where £4,000 was repaid; "ten days free of rain" where rain fell on
    21 of the 31), a growth from a stated base ("from 210 to 295" where 85 jobs are created), a rate
    ("14 miles a day" over an 84-mile route in six days) or a share ("thirty per cent of the 260 homes"
    where 78 of them are)."""
    if term.kind != "number" or not term.key.startswith("num:") or term.key.endswith("s"):
        return ()
    wanted = float(term.key[4:])
    at = claim.find(term.surface)
    before, after = claim[:at], claim[at + len(term.surface):]
    if _AGE_AFTER_RE.match(after) or _AGED_BEFORE_RE.search(before):
        # "the 52-year-old" where the passage gives "Lowri Evans, 52,": an age is the person's anywhere;
        # so is the end of an age range ("between 13 and 17 years old" for "aged 13 to 17").
        number = re.escape(term.surface.rstrip(",."))
        return (wanted,) if re.search(rf"(?:\baged\s+(?:between\s+)?(?:\d+\s+(?:to|and)\s+)?|[A-Z][\w'’\-]+,\s+)"
                                      rf"{number}(?:,|\s+years?\s+old\b|-year-old\b)|\baged\s+(?:between\s+)?"
                                      rf"(?:\d+\s+(?:to|and)\s+)?{number}\b|\b{number}\s+years?\s+old\b",
                                      info.whole.text) else ()
    kind = "share" if _SHARE_RE.fullmatch(term.surface) else _figure_kind(claim, at, term.surface)
    if kind in {"year", "time"}:
        return ()
    values = [value for value, k in info.figures if k == kind]
    unit = _TIME_UNIT_RE.match(after)
    if unit:
        per = 60.0 if unit.group(1).lower().startswith("hour") else 1.0
        values = [length / per for length in _time_lengths(info.whole.text)] or values
    pairs = [(a, b) for i, a in enumerate(values) for b in values[i + 1:]]

    def near(value: float) -> bool:
        return abs(value - wanted) <= 1e-6 * max(1.0, abs(value))

    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+(?:a\s+|an\s+)?[£$€]?$", before, re.IGNORECASE)
    if _TOTAL_RE.search(claim):
        for a, b in pairs:
            if near(a + b) or hedge and _hedged(a + b, wanted, hedge.group(1)):
                return a, b   # "almost £1.5 million in total" from £1.1 million and £350,000
    listed = _listed_total(wanted, after, info.whole.text) if kind == "count" else ()
    if listed:
        return listed   # "57 tits" of "38 blue tits and 19 great tits": the things of one noun, counted together
    stated = _stated(claim)
    for a, b in pairs:
        if a in stated and b in stated and wanted not in (a, b) and near(a + b) and _PLUS_RE.search(claim):
            return a, b   # "£1.7m: £1.3m from the trust plus £400,000 from the council", each part stated
    cue = _difference_cue(term.surface).search(claim)
    rises = _rises(info.whole.text) if cue and _SAVING_RE.match(cue.group(0)) else set()
    gaps = [(a, b) for a, b in pairs if near(abs(a - b)) and (min(a, b), max(a, b)) not in rises]
    if gaps and (cue and not _gap_turned(cue.group(0), info.whole.text) or _MARGIN_BEFORE_RE.search(before)
                 or _MARGIN_AFTER_RE.match(after) or _LEFT_OVER_RE.search(info.whole.text)
                 or _STILL_RE.search(claim) or _APART_RE.search(claim)
                 or wanted >= 10 and _NOT_GIVEN_RE.search(claim)):
        return gaps[0]
    cut = _cut_from(wanted, info.whole.text) if kind == "count" and _DROPPED_RE.search(claim) else ()
    if cut:
        return cut   # "Five of the usual products will not be offered" where the range is cut from 14 to nine
    for steps, said in ((_CUT_RE, _AFTER_CUT_RE), (_BEATEN_BY_RE, _PREVIOUS_RE), (_BEATEN_BY_RE, _AIMED_RE)):
        # "will employ 225 people once the cuts are made" where 85 of 310 jobs are cut; "the previous
        # record was 32.4C" where 33.2C broke it by 0.8C; "was aiming for 80,000 trees" where 86,000
        # beat the target by 6,000.
        if gaps and said.search(claim):
            cut = {float(m.group(1).replace(",", "")) for m in steps.finditer(info.whole.text)}
            for a, b in gaps:
                if a in cut or b in cut:
                    return a, b
    grown = re.search(r"\b(?:(?P<way>grow|grew|grown|rise|rose|risen|increase|climb|expand|fall|fell|fallen|drop|shrink|"
                      r"shrank|decrease|cut)\w*|(?P<moved>take|took|taken|taking|bring|brings|brought|bringing)"
                      r"(?:\s+[\w'’]+){1,4}?)\s+from\s+[£$€]?(?P<base>[\d,.]+)\s*(?:m|bn|k|million|billion)?"
                      r"\s+to\s+[£$€]?$", before, re.IGNORECASE)
    # "The 85 new jobs would take its workforce from 140 to 225": a step the claim names as added or lost.
    moved = _MOVED_BY_RE.search(claim) if grown and grown.group("moved") else None
    if grown and (grown.group("way") or moved):
        base = float(grown.group("base").rstrip(".,").replace(",", "") or "nan")
        way = (grown.group("way") or moved.group("lost") or "").lower()
        sign = -1 if way in {"fall", "fell", "fallen", "drop", "shrink", "shrank", "decrease", "cut"} \
            or moved and moved.group("lost") else 1
        for a, b in pairs:
            step = b if base == a else a
            if base in (a, b) and near(base + sign * step) and (not moved or _step_way(step, info.whole.text) == sign):
                return a, b
    for said_gap in _MORE_THAN_RE.finditer(info.whole.text):
        # "£480 million, £90 million more than its original budget": the budget was £390 million.
        step = _count_value(said_gap.group(1))
        step *= 1e6 if said_gap.group(2) in {"m", "million"} else 1e9 if said_gap.group(2) in {"bn", "billion"} else 1
        sign = 1 if said_gap.group(3) else -1   # "two more than in the previous round": two fewer before
        for value in values:
            if value != step and near(value - sign * step):
                return value, step
    step_cue = _STEP_CUE_RE.search(claim) if kind != "share" else None
    if step_cue:
        # "take roughly 24,000 patients off the list" where the plan "aims to cut the list by a quarter"
        # of its 96,000: the step a share of a figure makes, the same way.
        way = -1 if step_cue.group("down") else 1
        for by in _BY_SHARE_RE.finditer(info.whole.text):
            moved = _SHARE_STEP_WAY_RE.search(info.whole.text[max(0, by.start() - 40):by.start()])
            if not moved or (-1 if moved.group("down") else 1) != way:
                continue
            share = float(by.group(1)) / 100 if by.group(1) else _FRACTIONS[" ".join(by.group(2).lower().split())]
            for value in values:
                if value != wanted and (near(share * value) or hedge and _hedged(share * value, wanted,
                                                                                  hedge.group(1))):
                    return (value,)
    rest = _REST_OF_RE.search(info.whole.text) if kind == "share" else None
    if rest and all(word_key(w.lower()) in {word_key(c.lower()) for c in re.findall(r"[\w'’\-]+", claim)}
                    for w in re.findall(r"[\w'’\-]+", rest.group("who") or rest.group("whom"))
                    if w.lower() not in lx.FUNCTION_WORDS):
        # "a third came from natural change" where migration gave "about two thirds, with natural change
        # making up the rest": what the named share leaves of the whole, for the part the passage names.
        for value, _ in info.figures:
            if 0 < value < 100 and abs(100 - value - wanted) <= 0.5 + 1e-6:
                return (value,)
    if _PREVIOUS_RE.search(claim):
        for sentence in re.split(r"(?<=[.!?])\s+", info.whole.text):
            for step, sign, share in _stated_changes(sentence):
                # A relative change ("fell by 14% to 3,820") gives no exact earlier figure.
                if share and kind != "share":
                    continue
                for value in (float(n.replace(",", "")) for n, k in _number_kinds(sentence) if k == kind):
                    if value != step and near(value - sign * step):
                        return value, step
    of_count = re.match(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w\-]+\s+){0,2}[\w\-]+['’]s?\s+)?"
                        r"(\d[\d,]*)\b", after)
    if of_count:
        # "96 of the 320 new homes" where 30% of the 320 are; "more than 600 of the 850" where 72% are.
        whole = float(of_count.group(1).replace(",", ""))
        for share in (value for value, k in info.figures if k == "share"):
            if whole in values and (abs(share * whole / 100 - wanted) <= 0.5
                                    or hedge and _hedged(share * whole / 100, wanted, hedge.group(1))):
                return share, whole
    for found in _SHARE_OF_THEM_RE.finditer(info.whole.text):
        # "roughly 2,900 brown trout" where "an estimated 4,800 fish, about 60% of them brown trout" died.
        part = _count_value(found.group("whole")) * float(found.group("share")) / 100
        if kind == "count" and (near(part) or hedge and _hedged(part, wanted, hedge.group(1))):
            return _count_value(found.group("whole")), float(found.group("share"))
    per = _PER_RE.match(after)
    if per or _AVERAGE_RE.search(before):
        # Divided by a figure the claim states, or by the passage's count of the unit it says "a day" of.
        kept = re.escape(per.group("per")) if per else None
        named = re.findall(rf"\b(\d[\d,]*|[a-z]+)\s+{kept}s?\b", info.whole.text, re.IGNORECASE) if kept else []
        divisors = set(stated) | {_count_value(n) for n in named if n[0].isdigit() or n.lower() in lx.NUMBER_WORDS}
        for a in values:
            for b in divisors:
                if b > 0 and b != wanted and a != b and near(a / b):
                    return a, b
    if _INCLUDING_RE.search(claim):
        for other in re.finditer(r"\b(\d[\d,]*)\s+other\b", info.whole.text):
            # "Including the sparrowhawk, 59 birds" where the session "produced 58 other birds".
            if near(_count_value(other.group(1)) + 1):
                return (_count_value(other.group(1)),)
    said_not = bool(_STILL_RE.search(claim) or _COMPLEMENT_RE.search(claim))
    lacking = not said_not and not any(_LACKED_RE.match(claim, f.end()) for f in _PART_OF_RE.finditer(claim))
    for found in _PART_OF_RE.finditer(info.whole.text):
        # "ten days free of rain" where rain fell on 21 of the 31 days; "only 17 of the 40 contracts had
        # one" where 23 of them "lacked a documented competitive process".
        part_value, whole_value = _count_value(found.group("m")), _count_value(found.group("n"))
        if (said_not or lacking and _LACKED_RE.match(info.whole.text, found.end())) and near(whole_value - part_value):
            return part_value, whole_value
    measure = re.match(r"\s+([a-z]{3,})\b", after)
    for fraction in _FRACTION_OF_RE.finditer(info.whole.text) if measure else ():
        # "around 1.2 tonnes" where bottles "made up around two-thirds of the total weight" of 1.8 tonnes:
        # a share of a figure in the claim's unit.
        share = _FRACTIONS[fraction.group(1).lower().replace("-", " ")]
        for number in re.findall(rf"(\d[\d,]*(?:\.\d+)?)\s+{measure.group(1)}\b", info.whole.text):
            value = float(number.replace(",", ""))
            if abs(share * value - wanted) <= 0.01 * wanted:
                return (value,)
    of_whole = re.match(r"(?:-[a-z]+)?\s*(?:%|per\s*cent|percent)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                        r"(\d[\d,]*)\b", after, re.IGNORECASE)
    if kind == "share" and of_whole:
        # The share is of the whole the claim names right after it.
        whole = float(of_whole.group(1).replace(",", ""))
        counts = [value for value, k in info.figures if k == "count"]
        for part in counts:
            if whole in counts and 0 < part < whole and abs(100 * part / whole - wanted) <= 0.5:
                return part, whole
    of_things = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w\-]+\s+){0,3}[\w\-]+['’]s\s+)?([a-z]{3,})\b",
                         after)
    if kind == "share" and of_things:
        # "a third of the bridge's supports" where "two of the six supports" are: the share of a count
        # of the things the claim names.
        for found in _PART_OF_RE.finditer(info.whole.text):
            part, whole = _count_value(found.group("m")), _count_value(found.group("n"))
            named = re.findall(r"[a-z\-]+", info.whole.text[found.end():found.end() + 30])[:2]
            if 0 < part < whole and word_key(of_things.group(1)) in {word_key(w) for w in named} \
                    and abs(100 * part / whole - wanted) <= 0.5:
                return part, whole
    named = _share_of_named(wanted, before, after, info.whole.text) if kind == "share" else None
    if named:
        return named
    return ()


_INCLUDING_RE = re.compile(r"\b(?:including|counting|in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)
_MOVED_BY_RE = re.compile(r"\b(?:(?P<added>new|extra|additional|more|added|hired|created)|"
                         r"(?P<lost>cuts?|lost|losses|redundancies|fewer|shed))\b", re.IGNORECASE)
_STEP_WAY_RE = re.compile(r"\b(?:(?P<added>new|extra|additional|more|adds?|added|adding|hires?|hired|hiring|"
                         r"recruit\w*|creat\w*)|(?P<lost>cut\w*|lose|loses|losing|lost|losses|redundanc\w*|fewer|"
                         r"shed\w*|axe[sd]?|axing))\b", re.IGNORECASE)


def _step_way(step: float, text: str) -> int:
    """Whether the passage adds (+1) or takes away (-1) the figure `step`, by the words just before or
    after it ("to create 85 jobs", "85 redundancies"); 0 when it does not say."""
    for found in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        if abs(float(found.group(0).rstrip(".,").replace(",", "") or "nan") - step) > 1e-9:
            continue
        way = _STEP_WAY_RE.search(text[max(0, found.start() - 25):found.end() + 25])
        if way:
            return 1 if way.group("added") else -1
    return 0


_TIME_UNIT_RE = re.compile(r"\s+(hours?|minutes?)\b", re.IGNORECASE)
_TIME_LENGTH_RE = re.compile(r"\b(\d+(?:\.\d+)?)\s*(hours?|hrs?|h)\b(?:,?\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)\b)?"
                             r"|\b(\d+)\s*(?:minutes?|mins?)\b", re.IGNORECASE)


# "from 11am to 4pm": the length of time between two clock times.
_CLOCK_SPAN_RE = re.compile(r"\b(\d{1,2})(?:[.:](\d\d))?\s*(am|pm)\s*(?:to|until|till|-)\s*(\d{1,2})(?:[.:](\d\d))?\s*(am|pm)\b",
                            re.IGNORECASE)


def _clock_minutes(hour: str, minute: str | None, half: str) -> int:
    return (int(hour) % 12 + (12 if half.lower() == "pm" else 0)) * 60 + int(minute or 0)


def _time_lengths(text: str) -> list[float]:
    """The lengths of time a text gives, in minutes: "4 hours 28 minutes" is 268, "45 minutes" 45,
    "from 11am to 4pm" 300."""
    lengths = [float(_clock_minutes(*m.group(4, 5, 6)) - _clock_minutes(*m.group(1, 2, 3)))
               for m in _CLOCK_SPAN_RE.finditer(text)]
    lengths = [length for length in lengths if length > 0]
    for match in _TIME_LENGTH_RE.finditer(text):
        if match.group(1):
            lengths.append(float(match.group(1)) * 60 + float(match.group(3) or 0))
        else:
            lengths.append(float(match.group(4)))
    return lengths


# "five metres by four", "12 by 8 feet": two sides of an area.
_SIDE = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_BY_RE = re.compile(rf"\b{_SIDE}\s*(?:m|ft|metres?|meters?|feet|foot|km|kilometres?|miles?|yards?)?\s+by\s+{_SIDE}\b",
                    re.IGNORECASE)
_GAP_UP_RE = re.compile(r"\b(?:more|higher|up|rose|risen|rise|gained|increased|increase|grew|climbed|jumped)\b",
                        re.IGNORECASE)
_GAP_DOWN_RE = re.compile(r"\b(?:fewer|less|lower|down|fell|fallen|dropped|declined|decreased|decrease|shrank|"
                          r"lost|cut)\b", re.IGNORECASE)
# "up from 720", and "rose to 3 hours 40 minutes, from 4 hours 28 minutes".
_FROM_UP_RE = re.compile(r"\b(?:up|rose|risen|rising|increased|climbed|jumped|grew|lengthened|lengthening)(?:\s+[a-z]+ly)?,?\s+"
                         r"(?:to\s+(?:[^.;]|\.(?=\d)){1,40}?\s+)?from\b",
                         re.IGNORECASE)
_FROM_DOWN_RE = re.compile(r"\b(?:down|fell|fallen|falling|dropped|decreased|declined|cut|shrank|shortened|shortening)"
                           r"(?:\s+[a-z]+ly)?,?\s+"
                           r"(?:to\s+(?:[^.;]|\.(?=\d)){1,40}?\s+)?from\b", re.IGNORECASE)


_SAVING_RE = re.compile(r"sav", re.IGNORECASE)
_RISE_FROM_TO_RE = re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|go(?:es)?\s+up|went\s+up|increas\w*|climb\w*|"
                              r"jump\w*)\s+from\s+[£$€]?(\d[\d,]*(?:\.\d+)?)\s+to\s+[£$€]?(\d[\d,]*(?:\.\d+)?)",
                              re.IGNORECASE)


def _rises(text: str) -> set[tuple[float, float]]:
    """The (lower, higher) figures of each rise "from £35 to £42" the text gives: what a rise adds is no
    saving ("save a trader £4" where booking ahead costs £38 against £42, never the £7 the fee went up)."""
    return {(float(a.replace(",", "")), float(b.replace(",", ""))) for a, b in _RISE_FROM_TO_RE.findall(text)}


def _gap_turned(cue: str, text: str) -> bool:
    """The claim words a gap one way ("80 more") where the window has the change the other way
    ("640 seats, down from 720"), and only that way."""
    up, down = _FROM_UP_RE.search(text) is not None, _FROM_DOWN_RE.search(text) is not None
    if up == down:
        return False
    said_up, said_down = _GAP_UP_RE.search(cue) is not None, _GAP_DOWN_RE.search(cue) is not None
    return said_up != said_down and said_up != up


# A number given as a share of one said before: "insured for about half that amount".
_OF_THAT_RE = re.compile(r"\b(half|a\s+third|a\s+quarter|twice|double|three\s+times)\s+(?:of\s+)?"
                         r"(?:that|this|the\s+same)\s+(?:amount|sum|figure|number|total|price|level)\b", re.IGNORECASE)
_OF_THAT = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "twice": 2.0, "double": 2.0, "three times": 3.0}
# A passage that leaves a remainder to be worked out: "savings of 15 million, drawing the rest from reserves".
_REST_RE = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+balance)\b", re.IGNORECASE)
_BELOW_RE = r"under|less than|fewer than|below|nearly|almost|just under|short of"
_ABOVE_RE = r"over|more than|above|just over|upwards of"
_ABOUT_RE = r"about|around|roughly|approximately|close\s+to|some"


# The words that give a length of time worked out from two dates or times of day its unit and its order.
_SPAN_WORDS = set("day days week weeks month months year years hour hours minute minutes after later earlier "
                  "before beforehand previously lasted lasting lasts".split())
_CURRENCY_SIGNS = {"pounds": "£", "pound": "£", "dollars": "$", "dollar": "$", "euros": "€", "euro": "€"}
_HEDGES = {"almost", "nearly", "roughly", "approximately", "close", "upwards", "just", "more", "less", "fewer"}


def _hedges_number(term: Term, parsed: Parsed) -> bool:
    """The word stands right before a figure of the claim, at most one term between ("close to two")."""
    at = next(i for i, t in enumerate(parsed.terms) if t is term)
    return any(t.kind == "number" for t in parsed.terms[at + 1:at + 3])


def _odd_after_number(term: Term, parsed: Parsed) -> bool:
    """The word comes right after a figure of the claim ("1,300-odd")."""
    at = next(i for i, t in enumerate(parsed.terms) if t is term)
    return at > 0 and parsed.terms[at - 1].kind == "number"


def _hedged(value: float, bound: float, hedge: str) -> bool:
    """The value is what the hedged bound says: "almost 50,000" of 48,600, "close to two" of 1.8."""
    hedge = hedge.lower()
    if re.fullmatch(_ABOUT_RE, hedge):
        return value != bound and _rounds_to(value, bound)
    if re.fullmatch(_BELOW_RE, hedge):
        return 0.8 * bound <= value < bound
    return bound < value <= 1.25 * bound


def _significant(value: float) -> int:
    return len(f"{value:.10g}".replace(".", "").replace("-", "").strip("0"))


def _rounds_to(value: float, bound: float) -> bool:
    """The bound is a figure of one or two significant digits that the value rounds to, dropping at
    most two of its digits: 1.8 is "close to two", but 722,664 is not "approximately 700,000"."""
    digits = _significant(bound)
    if digits > 2 or value <= 0 or _significant(value) - digits > 2:
        return False
    scale = 10 ** (math.floor(math.log10(abs(bound))) - digits + 1)
    if digits == 2 and round(bound / scale) % 5 == 0:
        scale *= 5   # "about 25%" of 26%: rounded to the nearest five
    return abs(math.floor(value / scale + 0.5) * scale - bound) <= 1e-9 * bound


# A share said as a fraction or a percentage: "a quarter", "two thirds", "25%", "25 percent".
_SHARE_RE = re.compile(r"(?:(?:a|one|two|three|four|[\d.]+)\s+)?(?:half|halves|thirds?|quarters?|fifths?|tenths?)"
                       r"|[\d.]+\s*(?:%|percent|per\s+cent)", re.IGNORECASE)


def _stated(claim: str) -> set[float]:
    """The values of the numbers a claim states, as the parser reads them ("23 million" is 23,000,000)."""
    return {float(t.key[4:]) for t in parse(claim).terms if t.key.startswith("num:") and not t.key.endswith("s")}


def _share(percent: float, window: _Window, claim: str) -> float:
    """1 when the share is what one of the window's numbers is of another that the claim names as the
    whole: "a quarter of its 240 farms" where "60 of its 240 member farms" (to the nearest percent)."""
    stated = _stated(claim)
    values = _values(window)
    return 1.0 if any(0 < part < whole and whole in stated and abs(100 * part / whole - percent) <= 0.5
                      for part in values for whole in values) else 0.0


def _share_of_change(percent: float, window: _Window, claim: str, before: str) -> bool:
    """"lost 172 dairy farms, about a quarter of the total" where they "fell from 712 to 540": the share
    of the figure it started from that a change the claim states makes, as near as its hedge allows."""
    hedge = _SHARE_HEDGE_RE.search(re.sub(r"\b(?:a|an|one)\s+$", "", before, flags=re.IGNORECASE))
    said = " ".join(hedge.group(0).lower().split()) if hedge else ""
    stated = _stated(claim)
    return any(old > 0 and abs(old - new) in stated and _share_as_said(100 * abs(old - new) / old, percent, said)
               for new, old in _changes(window.text))


# "11 of the bridge's 24 steel hangers", "three out of 12": a part of a counted whole.
_PART_OF_COUNT_RE = re.compile(r"\b(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?"
                               r"(?:[\w'\-]+\s+){0,2}?(\d[\d,]*)\b(?!\s*%)")
_SHARE_HEDGE_RE = re.compile(rf"(?:{_BELOW_RE}|not\s+quite|{_ABOVE_RE}|{_ABOUT_RE})\s+$", re.IGNORECASE)


def _share_of_count(percent: float, window: _Window, before: str, after: str = "") -> bool:
    """"almost half of the bridge's steel hangers" where engineers found corrosion in "11 of the
    bridge's 24": the share a part of a count makes, as near as the claim's hedge allows; or the share
    the rest makes, when the claim says the part did not do what the window's part did ("a quarter
    of the places went unfilled" where it "filled only 15 of its 20 places")."""
    hedge = _SHARE_HEDGE_RE.search(before)
    said = " ".join(hedge.group(0).lower().split()) if hedge else ""
    for found in _PART_OF_COUNT_RE.finditer(window.text):
        part_value, whole_value = (float(found.group(i).replace(",", "")) for i in (1, 2))
        if not 0 < part_value < whole_value or 1900 <= whole_value <= 2100:
            continue   # "3 of 2025" counts nothing
        if _left_out(after, _sentence_at(window.text, found.start())):
            part_value = whole_value - part_value
        if _share_as_said(100 * part_value / whole_value, percent, said):
            return True
    return False


# A word said as not done: "unfilled", "non-voting", "not filled", "never sold".
_NOT_DONE_RE = re.compile(r"\b(?:un(?!less|der|til|ion|it|ivers|iqu)|non-?)([a-z]{4,})|"
                          r"\b(?:not|never)\s+(?:been\s+|be\s+)?([a-z]{4,})|n['’]t\s+(?:been\s+|be\s+)?([a-z]{4,})",
                          re.IGNORECASE)


def _left_out(claim: str, sentence: str) -> bool:
    """The claim denies a word the sentence says plainly ("went unfilled" where it "filled only 15 of
    its 20 places"): it speaks of the rest of the count."""
    keys = {word_key(w.lower()) for w in re.findall(r"[A-Za-z]+", sentence)}
    for found in _NOT_DONE_RE.finditer(claim):
        word = next(group for group in found.groups() if group)
        if word_key(word.lower()) in keys and not re.search(rf"\b(?:un|non-?){word}|\b(?:not|never|n['’]t)\s+"
                                                             rf"(?:been\s+|be\s+)?{word}", sentence, re.IGNORECASE):
            return True
    return False


def _sentence_at(text: str, at: int) -> str:
    """The sentence of the text that holds the character at `at`."""
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    end = min((i for i in (text.find(". ", at), text.find("! ", at), text.find("? ", at)) if i >= 0), default=len(text))
    return text[start + 1:end + 1]


def _share_as_said(share: float, percent: float, said: str) -> bool:
    """The share (in percent) is the claim's `percent` as its hedge `said` ("", "almost", "more than",
    "about") allows: to half a point, within a fifth below or a quarter above, or within a tenth."""
    return not said and abs(share - percent) <= 0.5 \
        or re.fullmatch(rf"(?:{_BELOW_RE}|not\s+quite)", said) is not None and 0.8 * percent <= share < percent \
        or re.fullmatch(_ABOVE_RE, said) is not None and percent < share <= 1.25 * percent \
        or re.fullmatch(_ABOUT_RE, said) is not None and abs(share - percent) <= 0.1 * percent


# The items a claim counts, listed after the count: "three minerals, namely lithium, copper and gold".
_LIST_RE = re.compile(r"^[^.;]{0,40}?(?:,\s*namely|:|\s[-–—]|\()\s*(?P<items>[^.;:()]+)")
_LAST_ITEM_RE = re.compile(r"(?P<head>.+?),?\s+(?:and|or)\s+(?P<last>[^,]+)")


def _enumerated(term: Term, window: _Window, claim: str) -> float:
    """1 when the claim counts a list it spells out, and the window lists just those items: "three
    minerals, namely lithium, copper and gold" where "its vast mineral resources - lithium, copper, and gold"."""
    kind, _, raw = term.key.partition(":")
    if kind != "num" or not raw.isdigit() or not 2 <= int(raw) <= 12:
        return 0.0
    found = _LIST_RE.match(claim[claim.find(term.surface) + len(term.surface):])
    if not found:
        return 1.0 if _names_counted(int(raw), claim[claim.find(term.surface) + len(term.surface):], window.text) else 0.0
    listed = _LAST_ITEM_RE.match(found.group("items"))   # the list ends with the item after "and"
    if not listed:
        return 0.0
    items = [item.strip() for item in listed.group("head").split(",")] + [listed.group("last").strip()]
    if len(items) != int(raw) or not all(items):
        return 0.0
    text = window.text.lower()
    places = [re.search(rf"\b{re.escape(item.lower())}\b", text) for item in items]
    if not all(places):
        return 1.0 if _listed_alike(items, window.text) else 0.0
    start, end = min(p.start() for p in places), max(p.end() for p in places)
    between = text[start:end]
    for place in places:
        between = between.replace(place.group(0), "", 1)
    # Nothing but the separators of one list, and no item of it before or after those.
    listed = not re.sub(r"[\s,]|\band\b|\bor\b", "", between)
    return 1.0 if listed and not text[:start].rstrip().endswith(",") and not re.match(r",?\s*(?:and|or)\b|,\s*\w+,",
                                                                                  text[end:]) else 0.0


# What opens a list inside a clause: "include", "such as", "hit by", a colon or a dash.
_LIST_OPENER_RE = re.compile(r"\b(?:include|includes|included|including|such\s+as|namely|like|among|by|with|from|"
                             r"between|are|were)\s|[:–—]\s*|\s-\s", re.IGNORECASE)
_ITEM_WORD_RE = re.compile(r"[A-Za-z][\w\-]*")


def _item_words(text: str) -> set[str]:
    """The keys of an item's content words, with the initials of each run of names ("US" for
    "United States")."""
    words = {word_key(re.sub(r"['’]s$", "", w).lower()) for w in _ITEM_WORD_RE.findall(text)
             if w.lower() not in lx.FUNCTION_WORDS}
    initials = {"".join(w[0] for w in run.split()).lower()
                for run in re.findall(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text)}
    return words | initials | {w.lower() for w in re.findall(r"\b[A-Z]{2,}\b", text)}


def _listed_alike(items: list[str], text: str) -> bool:
    """The window lists just as many things, one by one, as the claim does in words of its own, each
    of the claim's sharing a word with the window's in the same place: "the United States, Mateo
    Vargas's government in Peru, and a growing cast of regional actors" for "include the United
    States, the Peruvian government under President Mateo Vargas, and a burgeoning array of regional
    actors". The list must open inside its first clause ("include", "hit by"), so that a clause
    before it ("The instability in the region, hit by A and B, ...") is not taken for an item."""
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        for joint in re.finditer(r",?\s+(?:and|or)\s+", sentence):
            pieces = sentence[:joint.start()].split(", ")
            if len(pieces) < len(items) - 1:
                continue
            listed = pieces[len(pieces) - len(items) + 1:] + [re.split(r"[,.;:()]", sentence[joint.end():], 1)[0]]
            if any(not _item_words(item) & _item_words(there) for item, there in zip(items, listed)):
                continue
            shared = _item_words(items[0]) & _item_words(listed[0])
            first = min((found.start() for pattern in (_ITEM_WORD_RE, _NAME_RUN_RE)
                         for found in pattern.finditer(listed[0]) if _item_words(found.group(0)) & shared), default=0)
            if _LIST_OPENER_RE.search(listed[0][:first]):
                return True
    return False


# "the Harnley and Stowell substations": things of one kind named in a list before their noun.
_NAMED_LIST_RE = re.compile(r"\b(?P<names>[A-Z][\w'\-]*(?:,\s+[A-Z][\w'\-]*)*,?\s+and\s+[A-Z][\w'\-]*)\s+(?P<noun>[a-z]+s)\b")


def _names_counted(count: int, after: str, text: str) -> bool:
    """"upgrading two substations" where the window upgrades "the Harnley and Stowell substations": the
    claim counts the things the window names one by one."""
    noun = re.match(r"\s+(?:[a-z\-]+\s+)?([a-z]+s)\b", after)
    if noun is None:
        return False
    return any(found.group("noun") == noun.group(1)
               and len(re.split(r",\s+and\s+|,\s+|\s+and\s+", found.group("names"))) == count
               for found in _NAMED_LIST_RE.finditer(text))


def _swapped_range(numbers: list[Term], window: _Window) -> tuple[str, str] | None:
    """(from, to) when the claim goes "from ninth to fourth" where the window goes from fourth to ninth."""
    def only(key: str, role: str) -> bool:
        return window.number_roles.get(key) == {role}

    sources = [t for t in numbers if t.role == "source" and only(t.key, "target")]
    targets = [t for t in numbers if t.role == "target" and only(t.key, "source")]
    return (sources[0].surface, targets[0].surface) if sources and targets else None


# "scored twice" counts two of something; "twice as many" and "twice the" are ratios.
_TWICE_RE = re.compile(r"\btwice\b(?!\s+(?:as|the|that|what|a|an|its|their|his|her)\b)", re.IGNORECASE)


def _twice(term: Term, window: _Window) -> float:
    """1 for "two goals" where "Lindqvist scored twice"."""
    return 1.0 if term.key == "num:2" and _TWICE_RE.search(window.text) else 0.0


# "the two ringers", or "the two" standing for the pair itself ("of the birds the two helped ring").
_THE_TWO_RE = re.compile(r"\b(?:the|both|these|those)\s+two\s+(?:[a-z]+s\b|(?=[a-z]+ed\b))", re.IGNORECASE)
_NAMED_PAIR_RE = re.compile(r"\b[A-Z][\w.]*-[A-Z][\w.]*\b|\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+and\s+(?:the\s+)?[A-Z]")


def _the_two(term: Term, claim: str, text: str) -> float:
    """1 for "the two countries" where the passage joins two names ("US-Peru relations", "Arden and
    Brill"): it points back at the pair rather than counting anything."""
    # Or a pair of counts of one kind of thing: "the two species" of "38 blue tits and 19 great tits".
    return 1.0 if term.key == "num:2" and _THE_TWO_RE.search(claim) and (
        _NAMED_PAIR_RE.search(text) or any(len(values) == 2 for _, values in _counted_lists(text))) else 0.0


# A count of things in a list: "38 blue tits" of "38 blue tits and 19 great tits", its noun last.
_LISTED_COUNT_RE = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+((?:(?!and\b)[a-z][\w\-]*\s+){0,2}?)([a-z][\w\-]*)"
                              r"(?=,\s|\s+and\s|\s+(?:while|as|with|but|when|before|after|in|at|on|for|during)\b|[.;:]|$)")
_LIST_SEPARATOR_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _counted_lists(text: str) -> list[tuple[str, list[float]]]:
    """(the noun's key, the counts) of each list of counts of things of one noun: "38 blue tits and 19
    great tits" is tits, [38, 19]."""
    lists, run, last = [], [], None
    for found in _LISTED_COUNT_RE.finditer(text):
        key = word_key(found.group(3))
        if run and (key != run[0][0] or not _LIST_SEPARATOR_RE.fullmatch(text[last.end():found.start()])):
            lists.append(run)
            run = []
        run.append((key, _count_value(found.group(1))))
        last = found
    lists.append(run)
    return [(items[0][0], [value for _, value in items]) for items in lists if len(items) >= 2]


def _listed_total(wanted: float, after: str, text: str) -> tuple[float, ...]:
    """The counts a claim's count adds up when it counts the things of the noun a list of the
    passage's counts shares: "57 tits" of "38 blue tits and 19 great tits"."""
    nouns = {word_key(w.lower()) for w in re.findall(r"[a-z][\w\-]*", " ".join(after.split()[:3]))}
    for key, values in _counted_lists(text):
        if key in nouns and abs(sum(values) - wanted) <= 1e-6 * max(1.0, wanted):
            return tuple(values)
    return ()


_MONTH_YEAR_RE = re.compile(r"\b([A-Z][a-z]+)\s+((?:19|20)\d\d)\b")


def _month_year_rival(term: Term, claim: str, text: str) -> str | None:
    """The passage's month and year where the claim gives the month another year the passage has for
    something else: "joined in September 2021" where it has "September 2022" and an inspection in 2021."""
    mine = next((m for m in _MONTH_YEAR_RE.finditer(claim)
                 if m.group(2) == term.surface.rstrip(",.") and m.group(1).lower() in lx.MONTHS), None)
    if mine is None or mine.group(0) in text:
        return None
    return next((m.group(0) for m in _MONTH_YEAR_RE.finditer(text) if m.group(1) == mine.group(1)), None)


_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\b|\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d)")


def _day_months(text: str) -> list[tuple[str, str]]:
    """(day, month) of each date in the text: "14 September", "September 14th"."""
    found = []
    for m in _DAY_MONTH_RE.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if month.lower() in lx.MONTHS:
            found.append((day, month.lower()))
    return found


def _day_month_rival(term: Term, claim: str, text: str) -> str | None:
    """The passage's date for the claim's day where the claim gives that day another month: "a walk on
    14 November" where the passage has the walk "on 14 September" and a dinner in November."""
    day = term.surface.rstrip(",.")
    mine = [month for d, month in _day_months(claim) if d == day]
    if not mine or not day.isdigit():
        return None
    theirs = _day_months(text)
    if any((day, month) in theirs for month in mine):
        return None
    return next((f"{d} {month.capitalize()}" for d, month in theirs if d == day), None)


_SLOT_WORDS = {"since", "until", "before", "after"}


def _slot_rival(term: Term, claim: str, anchor: _Window) -> str | None:
    """The number the anchor sentence puts where the claim puts its own: "since 2019" against the
    claim's "since 2021", a year for a year and a figure for a figure."""
    before = re.search(rf"\b(\w+)\s+{re.escape(term.surface)}\b", claim)
    if not before or before.group(1).lower() not in _SLOT_WORDS or not term.surface[:1].isdigit():
        return None
    def is_year(text: str) -> bool:
        return re.fullmatch(r"(?:19|20)\d\d", text) is not None
    for other in re.findall(rf"\b{before.group(1).lower()}\s+(\d[\d,.]*\d|\d)\b", anchor.text, re.IGNORECASE):
        if other != term.surface and is_year(other) == is_year(term.surface):
            return other
    return None


def _count_rival(term: Term, claim: str, anchor: _Window) -> str | None:
    """The count the anchor sentence gives the thing the claim counts with another sentence's figure: "a
    typical 180-cow herd" where the anchor has "a typical 200-cow herd" and 180 cows are someone else's."""
    value = _plain_value(term)
    at = claim.find(term.surface)
    unit = re.match(r"(?:-|\s+)([a-z]{3,})\b", claim[at + len(term.surface):]) if at >= 0 and value else None
    # Not a measure ("47 seconds", "12 metres"): the sentence may time or measure two things alike.
    if unit is None or unit.group(1) in lx.FUNCTION_WORDS | _AFTER_COUNT_SKIP | lx.MEASURE_UNITS \
            or unit.group(1) in lx.TIME_UNIT_OF or unit.group(1) in lx.UNIT_OF or unit.group(1).rstrip("s") in {"second", "point", "vote"}:
        return None
    if not unit.group(0).startswith("-"):
        return None   # only a size said as one word ("a 180-cow herd"), as the anchor says its own
    stated = _stated(claim)
    for found in re.finditer(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)-([a-z]{3,})\b", anchor.text):
        if lx.stem(found.group(2)) == lx.stem(unit.group(1)) and _count_value(found.group(1)) not in stated:
            return f"{found.group(1)} {found.group(2)}"
    return None


_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
_COUNTED_RE = re.compile(rf"(?<![\w.,£$€-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\b(?:{_COUNT_WORDS}))\s+"
                         r"(?P<words>(?:[a-z][a-z\-]*\s+){0,2})(?P<head>[a-z]{4,})\b")


def _counts_of(text: str) -> list[tuple[float, str, str]]:
    """(value, head noun's stem, the words) of each count of a thing: "plant 12 replacement trees"."""
    found = []
    for match in _COUNTED_RE.finditer(text):
        raw = match.group("n").lower().replace(",", "")
        value = float(lx.NUMBER_WORDS[raw]) if raw in lx.NUMBER_WORDS else float(raw)
        head = match.group("head").lower()
        if {head, *match.group("words").split()} & (lx.FUNCTION_WORDS | _AFTER_COUNT_SKIP) \
                or head in lx.SCALE_WORDS or head in lx.UNIT_OF:
            continue
        found.append((value, lx.stem(head), " ".join((match.group("words") + head).split())))
    return found


_AFTER_COUNT_SKIP = {"percent", "cent", "points", "point", "percentage", "times", "more", "fewer", "less", "than"}


def _counted_rival(term: Term, parsed: Parsed, text: str) -> str | None:
    """The count the passage gives a thing the claim counts with a figure the passage gives something else:
    "ordered to plant six replacement trees" where "six protected oak trees" were felled and the passage
    has "plant 12 replacement trees"."""
    value = _plain_value(term)
    if value is None:
        return None
    # The claim may say the figure twice ("felling six oaks ... plant six trees"): this term's own place.
    before = [t for t in parsed.terms[:parsed.terms.index(term)] if t.surface == term.surface]
    at = -1
    for _ in range(len(before) + 1):
        at = parsed.text.find(term.surface, at + 1)
    if at < 0:
        return None
    mine = [(v, head, words) for v, head, words in _counts_of(parsed.text[at:at + len(term.surface) + 40])
            if v == value][:1]
    if not mine:
        return None
    _, head, words = mine[0]
    # Only a thing named alike, in two words or more ("replacement trees"): "four seats" may well be
    # other seats than the "300 seats" of the passage.
    same = [(v, w) for v, h, w in _counts_of(text) if h == head and w == words and len(words.split()) >= 2]
    said = r"[\s\-]+".join(re.escape(part) for part in term.surface.split())
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+(?:a\s+|an\s+)?{said}", parsed.text, re.IGNORECASE)
    if not same or any(v == value or hedge and _hedged(v, value, hedge.group(1)) for v, _ in same):
        return None   # "more than two dozen violent incidents" of 27
    return f"{same[0][0]:g} {same[0][1]}"


def _place_rival(term: Term, claim: str, anchor: str) -> str | None:
    """The place the anchor sentence gives the thing the claim puts at its own place: "base at Hesketh"
    where the anchor has "base in Skarra"."""
    placed = re.search(rf"\b([a-z]{{3,}})\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+)*?{re.escape(term.surface)}\b",
                       claim)
    if placed is None or placed.group(1) in lx.FUNCTION_WORDS:
        return None
    there = re.search(rf"\b{placed.group(1)}s?\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w\-]*)", anchor)
    if there is None or there.group(1) == term.surface or there.group(1) in claim:
        return None
    return there.group(1)


def _unit_rival(term: Term, claim: str, anchor: _Window, other: str) -> str | None:
    """The figure the anchor sentence gives in the unit the claim measures its own in: "just over four
    metres" where it has "2.7 metres" and "four" counts flood warnings in the other sentence."""
    at = claim.find(term.surface)
    unit = re.match(r"\s+([a-z]{3,})\b", claim[at + len(term.surface):]) if at >= 0 else None
    if unit is None or unit.group(1) not in lx.MEASURE_UNITS:
        return None
    found = re.search(rf"(\d[\d,.]*)\s*{unit.group(1)}\b", anchor.text)
    if not found or not term.key.startswith("num:"):
        return None
    # Only where the other sentence gives the figure as a count of something else ("four flood warnings"),
    # not in the claim's unit ("above 30 degrees") nor only as the ground of a worked-out figure.
    value = float(term.key[4:].rstrip("s") or "nan")
    forms = [w for w, n in lx.NUMBER_WORDS.items() if n == value] + [f"{value:g}"]
    given = [m for form in forms for m in re.finditer(rf"\b{re.escape(form)}\b(?:\s+[\w\-]+)?", other, re.IGNORECASE)]
    if not given or any(m.group(0).lower().endswith(unit.group(1)) for m in given):
        return None
    return f"{found.group(1)} {unit.group(1)}"


def _referred_number(term: Term, claim: str, window: _Window, info: _Passage) -> float:
    """1 for "building work on the 620 homes" where the story opened on "plans for 620 homes": "the"
    points back at a thing its number names elsewhere in the passage, and the window gives that
    thing no other number."""
    found = re.search(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+{re.escape(term.surface)}\s+([a-z][\w\-]*)"
                      rf"(?:\s+([a-z][\w\-]*))?", claim)
    if not found or term.parts:
        return 0.0

    def plural(word: str | None) -> bool:
        return bool(word) and word.endswith("s") and not word.endswith("ss")

    # A count of things ("the 620 homes"), not a label ("the 2003 film"); or of things said with a
    # word between ("the six protected oaks"), which the passage counts with that word too ("six
    # protected oak trees").
    said, thing = ("", found.group(1)) if plural(found.group(1)) else (found.group(1), found.group(2))
    if not plural(thing):
        return 0.0
    if not said and not re.search(rf"\b{re.escape(term.surface)}\s+{re.escape(thing)}\b", info.whole.text):
        return 0.0
    if said and not any(word_key(counted.lower()) == word_key(thing) for counted in re.findall(
            rf"\b{re.escape(term.surface)}\s+{re.escape(said)}\s+([a-z][\w\-]*)", info.whole.text)):
        return 0.0
    counted = re.findall(rf"(\S+)\s+{re.escape(thing)}\b", window.text)
    return 0.0 if any(c[:1].isdigit() or c.lower() in lx.NUMBER_WORDS for c in counted) else 1.0


def _one_unit(term: Term, window: _Window) -> float:
    """1 for "twelve months" where the window says "a year earlier" or "its first year", and for "seven
    days" against "a week": the same length said as one of a longer unit."""
    lengths = [float(p[4:]) for p in term.parts if p.startswith("dur:")]
    units = [unit for unit, minutes in lx.MINUTES_IN.items()
             if lengths and abs(minutes - lengths[0]) < 1e-6 * minutes and unit not in term.surface.lower()]
    return 1.0 if units and re.search(rf"\b(?:a|an|one|the|its|their|first|last|past|previous|per)\s+{units[0]}\b",
                                      window.text, re.IGNORECASE) else 0.0


_DECADE_PART_RE = re.compile(r"\b(early|mid|late)(?:[- ]+(?:to|and|or)[- ]+(early|mid|late))?[- ]+((?:1[5-9]|20)\d0s)\b",
                             re.IGNORECASE)


def _measured_alike(term: Term, text: str, claim: str) -> bool:
    """"just over three metres" where the sentence has "3.1 metres": a figure in words bounded by one in
    digits of the same measure."""
    at = claim.find(term.surface)
    unit = re.match(r"\s+([a-z]{3,})\b", claim[at + len(term.surface):]) if at >= 0 else None
    return unit is not None and unit.group(1) in lx.MEASURE_UNITS \
        and re.search(rf"\d[\d,.]*\s*{unit.group(1)}\b", text) is not None


def _granted_when_asked(claim: str, passage: str) -> tuple[str, str] | None:
    """(the claim's word, the passage's) when the claim has someone agree or decide to do what the
    passage has them only asked to do or weighing, and the passage grants nothing."""
    granted = _GRANTED_RE.search(claim)
    if not granted or _NEGATOR_RE.search(claim[max(0, granted.start() - 12):granted.start()]):
        return None
    asked = _ASKED_RE.search(passage)
    if not asked or _DONE_RE.search(_ASKED_RE.sub(" ", passage)):
        return None
    return granted.group(1), asked.group(0)


def _decade_part_turned(claim: str, passage: str) -> tuple[str, str] | None:
    """(the claim's, the passage's) part of a decade where the passage gives that decade only by other
    parts: "the mid-1990s" or "the late 1990s" where it has "the late 1980s and early 1990s"."""
    given: dict[str, set[str]] = {}
    for found in _DECADE_PART_RE.finditer(passage):
        given.setdefault(found.group(3), set()).update(p.lower() for p in found.group(1, 2) if p)
    for found in _DECADE_PART_RE.finditer(claim):
        decade, parts = found.group(3), {p.lower() for p in found.group(1, 2) if p}
        bare = re.search(rf"(?<!early )(?<!mid )(?<!late )(?<!mid-)(?<!early-)(?<!late-)\b(?:the\s+)?{decade}\b", passage)
        if decade in given and not parts & given[decade] and not bare:
            theirs = next(f for f in _DECADE_PART_RE.finditer(passage) if f.group(3) == decade)
            return found.group(0), theirs.group(0)
    return None


def _bounded(term: Term, window: _Window, claim: str) -> float:
    """1 when the claim bounds a number the window states close by: "under three-quarters of services"
    for 71%, "more than 40" for 43 (within a fifth of the bound, so "under 500" is not said of 12)."""
    kind, _, raw = term.key.partition(":")
    if kind not in ("num", "dur") or raw.endswith("s"):
        return 0.0
    bound = float(raw)
    if bound <= 0 or kind == "num" and bound.is_integer() and 1900 <= bound <= 2100 and "," not in term.surface \
            and not re.search(rf"[£$€]\s*{re.escape(term.surface)}", claim):
        return 0.0   # a year is not bounded ("just over £2,050" is a sum)
    said = r"[\s\-]+".join(re.escape(part) for part in term.surface.split())
    odd = re.search(rf"(?<![\w.,]){said}[\s\-]+odd\b", rephrased(claim), re.IGNORECASE)
    if odd and kind == "num" and bound.is_integer() and bound % 10 == 0:
        # "1,300-odd respondents" for 1,340: the round figure and less than one more of its last
        # non-zero place ("forty-odd" is 40 to 49).
        step = 10 ** (len(str(int(bound))) - len(str(int(bound)).rstrip("0")))
        return 1.0 if any(bound <= v < bound + step for v in _values(window)) else 0.0
    hedge = re.search(rf"\b({_BELOW_RE}|{_ABOVE_RE}|{_ABOUT_RE})\s+(?:a\s+|an\s+)?[£$€]?{said}", rephrased(claim),
                      re.IGNORECASE)
    if hedge is None:
        return 0.0
    below = re.fullmatch(_BELOW_RE, hedge.group(1).lower()) is not None
    values = _values(window)
    # "over a year" is a length of time alone; "more than two weeks" a count of a unit.
    length = bound if kind == "dur" else next((float(part[4:]) for part in term.parts if part.startswith("dur:")), None)
    count = 1.0 if kind == "dur" else bound
    if length:
        # "more than two weeks" for "16 days": lengths of time, in one unit.
        bound, values = length, [float(key[4:]) for key in window.numbers if key.startswith("dur:")]
    elif _SHARE_RE.fullmatch(term.surface):
        # A share bounds a share: "fewer than half" is not said of "40 operations", but of "61%", or of
        # 4,300 against "its 2010 level of 19,000" when the claim names the whole.
        stated = _stated(claim)
        values = [v for v in values if re.search(rf"\b{v:g}\s*(?:%|percent|per\s+cent)", window.text)] + [
            100 * part / whole for part in values for whole in values if 0 < part < whole and whole in stated]
    if re.fullmatch(_ABOUT_RE, hedge.group(1).lower()):
        if _SHARE_RE.fullmatch(term.surface) and not re.search(r"\d", term.surface):
            # "roughly a third" of 35%: a fraction said for a share within a tenth of it.
            return 1.0 if any(v != bound and abs(v - bound) <= 0.1 * bound for v in values) else 0.0
        # "close to two tonnes" for 1.8 tonnes: a round figure the window's rounds to; a length of
        # time in the claim's own unit ("roughly three months" for 12 weeks).
        unit = length / count if length else 1.0
        return 1.0 if any(_hedged(float(f"{v / unit:.3g}") if length else v, count, hedge.group(1))
                          for v in values) else 0.0
    # "27 incidents over a year" for "in twelve months": "over" a length of time may be across it.
    across = length is not None and hedge.group(1).lower() == "over"
    return 1.0 if any(0.8 * bound <= v < bound if below else bound < v <= 1.25 * bound or across and v == bound
                      for v in values) else 0.0


_SHARE_UNIT = r"\s*(?:%|percent|per\s+cent)"


def _threshold(term: Term, claim: str, window: _Window, info: _Passage) -> float:
    """1 for "stayed above the 15 percent level" where the passage sets the mark ("Losses above 15
    percent are considered unsustainable") and the window's shares all lie on the claim's side of it."""
    if not term.key.startswith("num:") or term.key.endswith("s"):
        return 0.0
    said = re.escape(term.surface)
    found = re.search(rf"\b(?:(?P<up>above|over|beyond)|below|under)\s+(?:the|a|its)\s+{said}{_SHARE_UNIT}\s+"
                      rf"(?:level|threshold|mark|limit|line|ceiling|benchmark)\b", claim, re.IGNORECASE)
    if found is None or not re.search(rf"\b(?:above|over|below|under|more\s+than|less\s+than|exceed\w*)\s+{said}"
                                      rf"{_SHARE_UNIT}", info.whole.text, re.IGNORECASE):
        return 0.0
    bound = float(term.key[4:])
    shares = [v for v in _values(window) if v != bound and re.search(rf"\b{v:g}{_SHARE_UNIT}", window.text)]
    return 1.0 if shares and all(v > bound if found.group("up") else v < bound for v in shares) else 0.0


def _ratio(wanted: float, surface: str, window: _Window, claim: str) -> float:
    """1 when "three times" is the ratio of two of the window's numbers, the smaller one named in the
    claim: about three (within 5%), or as the claim hedges it ("more than three times" 41 against 12,
    "almost three times" 1,240 against 430)."""
    hedge = re.search(rf"\b(more than|over|nearly|almost|close to)\s+{re.escape(surface)}\b", rephrased(claim),
                      re.IGNORECASE)
    values = [v for v in _values(window) if v > 0]
    # The claim names the base it multiplies ("three times the usual 12"); "nearly doubled" alone
    # would find some ratio among any passage's numbers.
    stated = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", claim)}
    # Or names it by the thing the window gives it for: "nearly twice the regulator's target" where the
    # window has "the 15 percent target".
    base = re.search(r"\btimes\s+(?:the|its|their)\s+(?:[\w'’]+\s+){0,2}?([a-z]+)\b(?!['’])", rephrased(claim))
    if base:
        noun = re.escape(base.group(1))
        stated |= {v for v in values if re.search(rf"\b{v:g}\s*(?:%|percent|per\s+cent)?\s+(?:[a-z]+\s+)?{noun}\b|"
                                                  rf"\b{noun}\s+of\s+(?:[£$€])?{v:g}\b", window.text)}
    for a in values:
        for b in values:
            if a <= b or b not in stated:
                continue
            ratio = a / b
            if hedge is None and abs(ratio - wanted) <= 0.05 * wanted:
                return 1.0
            if hedge is not None and hedge.group(1).lower() in {"more than", "over"} and wanted < ratio < wanted + 1:
                return 1.0
            if hedge is not None and hedge.group(1).lower() not in {"more than", "over"} \
                    and wanted - 0.5 <= ratio < wanted:
                return 1.0
    # Or the window sets the two figures as a change ("38 a day, down from 95"), in the claim's direction:
    # "more than halved".
    factor = wanted if wanted >= 1 else 1 / wanted
    sums = [float(n.replace(",", "")) for n in re.findall(r"[£$€](\d[\d,]*(?:\.\d+)?)(?![\d,]*\s*(?:m|bn|k|million|"
                                                          r"billion)\b)", window.text)]
    if hedge is None and not stated and len(sums) == 2 and min(sums) > 0 \
            and abs(max(sums) / min(sums) - factor) <= 0.01 * factor:
        return 1.0   # "double the price of the first" where permits cost £60 for a first car and £120 for a second
    for new, old in _changes(window.text):
        if new <= 0 or old <= 0 or (new > old) != (wanted > 1):
            continue
        ratio = max(new, old) / min(new, old)
        if hedge is None and abs(ratio - factor) <= 0.05 * factor \
                or hedge is not None and hedge.group(1).lower() in {"more than", "over"} and factor < ratio < factor + 1 \
                or hedge is not None and hedge.group(1).lower() not in {"more than", "over"} \
                and factor - 0.5 <= ratio < factor:
            return 1.0
    return 0.0


_CHANGE_PAIR_RE = re.compile(r"[£$€]?(\d[\d,]*(?:\.\d+)?)[^.;\d]{0,60}?\b(?:down|up)\s+from\s+(?:about\s+|around\s+)?"
                             r"[£$€]?(\d[\d,]*(?:\.\d+)?)|\bfrom\s+[£$€]?(\d[\d,]*(?:\.\d+)?)\s+to\s+[£$€]?"
                             r"(\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)


def _changes(text: str) -> list[tuple[float, float]]:
    """(new, old) of each change a text states: "38 a day, down from 95"; "from 95 to 38"."""
    def value(raw: str) -> float:
        return float(raw.rstrip(".,").replace(",", ""))
    found = []
    for match in _CHANGE_PAIR_RE.finditer(text):
        if match.group(1):
            found.append((value(match.group(1)), value(match.group(2))))
        else:
            found.append((value(match.group(4)), value(match.group(3))))
    return found


def _difference_cue(surface: str) -> re.Pattern:
    """'rose by 0.4', 'up 15', 'by £50 million', '810 more', '0.06 lira above': the number said as a change or a gap."""
    number = re.escape(surface)
    return re.compile(rf"\b(?:{_CHANGE_WORDS})\s+(?:by\s+)?(?:about\s+|some\s+|around\s+|roughly\s+|approximately\s+|(?P<hedge>nearly|almost|more\s+than|"
                      rf"less\s+than|just\s+over|just\s+under|over|under)\s+)?[£$€¥]?{number}"
                      rf"|(?:(?P<hedge2>{_GAP_HEDGE})\s+|(?P<about2>{_ABOUT_RE})\s+)?[£$€¥]?{number}(?:p|m|bn|-[a-z]+)?"
                      rf"(?:\s+[\w\-]+){{0,2}}?\s+(?:more|fewer|less|higher|lower|above|below|up|down|"
                      rf"shorter|longer|younger|older|slower|faster|earlier|later|ahead|behind|clear|cheaper|dearer|bigger|"
                      rf"larger|smaller|greater)\b"
                      # "an extra 350 pupils" of 900 and 1,250.
                      rf"|\b(?:an?\s+)?(?:extra|additional|further)\s+(?:(?P<hedge3>{_GAP_HEDGE})\s+|"
                      rf"(?P<about3>{_ABOUT_RE})\s+)?[£$€¥]?{number}\b"
                      rf"|{number}(?<!%)(?:p|m|bn|\s+(?:cents|pence))?\s+(?:increase|rise|hike|jump|cut|drop|fall|reduction)\b"
                      rf"|{number}\s+(?:extra|additional)\b"
                      rf"|{number}[a-z%]*\s+(?:over|under|above|below|short\s+of)\s+(?:the|its|their|his|her)\s+"
                      rf"(?:speed\s+)?(?:limit|target|budget|cap|average|threshold|forecast|estimate|goal|quota)\b"
                      # "£53 short of the price of the pliers": what one sum lacks of another.
                      rf"|{number}\s+short\s+of\b"
                      # "will save a trader £4 a day" where the fee is £42 and booking ahead £38: what one price spares.
                      rf"|\b(?:save|saves|saved|saving|savings?\s+of)\s+(?:[\w'’]+\s+){{0,2}}?[£$€¥]?{number}\b"
                      rf"|\b(?:left\s+with|leaving|leaves|the\s+remaining|the\s+other)\s+(?:just\s+|only\s+)?{number}"
                      rf"|{number}(?:\s+[\w\-]+){{0,2}}?\s+(?:left|remaining|remain)\b"
                      # "power restored to about 4,750 homes" of 6,200 cut off, where 1,450 still were.
                      rf"|\b(?:restored|reconnected|returned)\s+to\s+(?:about\s+|some\s+|around\s+|roughly\s+|"
                      rf"approximately\s+)?{number}\b",
                      re.IGNORECASE)


_GAP_HEDGE = r"nearly|almost|more\s+than|less\s+than|just\s+over|just\s+under|over|under"
_CHANGE_WORDS = (r"by|rose|risen|rise|rises|fell|fallen|falls|dropped|drops|declined|climbed|jumped|slipped|gained|"
                 r"added|adds|adding|"
                 r"lost|increased|decreased|grew|shrank|cut|up|down|increase\s+of|decrease\s+of|rise\s+of|drop\s+of|"
                 r"fall\s+of|gain\s+of|difference\s+of|gap\s+of")


def _unshared(parsed: Parsed, claim: str, question: str, infos: list[_Passage]) -> tuple[str, str] | None:
    """(subject, word) when an answer says of two subjects what the passages say of one only.

    "Are X and Y both ...?" and "What do X and Y have in common?" make the answer a statement
    about each subject; a word backed only in the sentences about X joins two different facts.
    A wh-question's own words about both ("both bred for what purpose?") are its premise, not
    the answer's claim.
    """
    said = set(re.findall(r"[a-z]+", f"{question} {claim}".lower()))
    if not said & _SHARED_WORDS or _DENIAL_RE.match(claim) or _ONLY_RE.match(claim) or _ROLES_RE.search(question):
        return None
    subjects = _two_subjects(claim, question)
    if not subjects:
        return None
    subject_words = {w.lower().strip("'’") for s in subjects for w in s.split()}
    # "Both X and Y are bred for what purpose?" already says "bred" of both; "Which of X or Y is
    # a novelist?" and "Are X and Y both novelists?" ask it.
    asks_shared = set(re.findall(r"[a-z]+", question.lower())) & _SHARED_WORDS
    premise = {t.key for t in parse(question).terms} \
        if asks_shared and not _YES_NO_QUESTION_RE.match(question) else set()
    predicate = [t for t in parsed.terms if t.key not in subject_words and t.surface.lower() not in subject_words
                 and t.key not in premise]
    for subject in subjects:
        about = _sentences_about(subject.split()[-1].lower().strip("'’"), infos)
        for term in predicate:
            if about and not any(_direct(term, w, {}) or _agent_of(term, w) for w in about):
                return subject, term.surface
    return None


_AGENT_RE = re.compile(r"(\w{4,}?)(?:or|er|ist)$")


def _doers_of(term: Term, window: _Window) -> bool:
    """"ringers" where the window speaks of "ringing", "walkers" of "walking", "bakers" of "baking": the
    people who do the act the window names by its "-ing" form."""
    if term.kind != "word" or term.poles or not term.key.endswith("er") or len(term.key) < 5 \
            or not term.surface.islower():
        return False   # "higher", "better" are no doers
    return word_key(term.key[:-2] + "ing") in window.keys


def _agent_of(term: Term, window: _Window) -> bool:
    """An agent noun backed by its verb: "director" by "to direct", "writer" by "wrote a novel"."""
    match = _AGENT_RE.fullmatch(term.key) if term.kind == "word" else None
    return bool(match) and any(key.startswith(match.group(1)) for key in window.keys)


def _unnamed_in(question: str, passages: list[str]) -> set[str]:
    """The words of the names a yes/no question gives that the passages may speak of without
    naming: as "he" or "she" ("Do Danny Shirley and James Dean Bradfield play in the same band?"
    against "He is best known as the lead singer of ..." and "He is known for ..."), as the place
    that follows a name they do write ("Monastery of the Transfiguration, Kinaliada"), or by the
    full form of a short first name ("Pam Veasey" for "Pamela Renea Veasey")."""
    text = " ".join(passages)
    words = set(re.findall(r"[\w'’\-]+", text))
    body = question.split(None, 1)[1] if " " in question else ""
    runs = _NAME_RUN_RE.findall(body)
    missing = [run for run in runs if not set(run.split()) & words]
    qualifiers = set()
    for run in missing:
        named_before = re.search(rf"([A-Z][\w'’\-]*),\s+{re.escape(run)}\b", body)
        if named_before and named_before.group(1) in words:
            qualifiers.add(run)
    people = [run for run in missing if run not in qualifiers]
    referred = sum(1 for start, end in split_sentences(text) if _PERSON_PRONOUN_RE.search(text[start:end]))
    excused = qualifiers | (set(people) if len(people) <= referred else set())
    # "Pam Veasey" for "Pamela Renea Veasey": a short first name of a surname the passages write.
    short = {word for run in runs if run.split()[-1] in words for word in run.split()[:-1]
             if word not in words and len(word) >= 3 and any(w.startswith(word) for w in words)}
    return short | {word for run in excused for word in run.split()}


def _two_subjects(claim: str, question: str) -> list[str] | None:
    """The two subjects an answer speaks of together: the question's only two names, or the
    "both X and Y" of the claim, or the "X and Y" / "X or Y" the question ends on."""
    subjects = _NAME_RUN_RE.findall(question.split(None, 1)[1] if " " in question else "")
    if len(subjects) == 2:
        return subjects
    pair = _BOTH_RE.search(claim) or _PAIR_RE.search(question)
    return [pair.group("a"), pair.group("b")] if pair else None


def _exclusive(parsed: Parsed, claim: str, question: str, infos: list[_Passage]) -> tuple[str, str] | None:
    """(other subject, words) when "Only X is ..." is false because the passages say the same of
    the question's other subject: "Only Russell is a novelist" where Joyce is one too."""
    only = _ONLY_RE.match(claim)
    subjects = _two_subjects(claim, question) if only else None
    if not subjects:
        return None
    named = only.group("name").split()[-1].lower()
    others = [s for s in subjects if s.split()[-1].lower() != named]
    if len(others) != 1 or len(others) == len(subjects):
        return None
    subject_words = {w.lower().strip("'’") for s in subjects for w in s.split()}
    predicate = [t for t in parsed.terms if t.key not in subject_words and t.surface.lower() not in subject_words]
    about = _sentences_about(others[0].split()[-1].lower().strip("'’"), infos)
    if predicate and about and all(any(_direct(t, w, {}) for w in about) for t in predicate):
        return others[0], " ".join(t.surface for t in predicate)
    return None


def _choice(question: str) -> tuple[list[str], str] | None:
    """The two options of "Which is P, X or Y?" / "Is X or Y the P?", and the rest (P)."""
    pair = _PAIR_RE.search(question)
    if pair and re.search(r"\bor\b", pair.group()):
        rest = question[:pair.start()]
    else:
        pair = _CHOICE_FIRST_RE.search(question)
        if not pair or not pair.group("a")[0].isupper():
            return None
        rest = question[pair.end():]
    return [pair.group("a"), pair.group("b")], rest


def _wrong_option(claim: str, question: str, infos: list[_Passage]) -> tuple[str, str] | None:
    """(option, words) when a sentence answer to "Which is P, X or Y?" says P of the option the
    passages do not say it of, while they say it of the other: "The Anglo-Français de Petite
    Vénerie is the progenitor of the dingo" where "The breed is proposed ... the progenitor of the
    Australian dingo" follows the sentence on the Indian pariah dog."""
    choice = _choice(question)
    tail = _OPTIONS_TAIL_RE.search(question)
    options, rest = choice if choice else ([tail.group("a"), tail.group("b")], question[:tail.start()]) \
        if tail else (None, "")
    if not options:
        return None
    said = set(re.findall(r"[\w'’\-]+", claim))
    own = [set(o.split()) - set(other.split()) for o, other in (options, options[::-1])]
    picked = [i for i, words in enumerate(own) if words & said]
    if len(picked) != 1:
        return None
    option_words = {w.lower() for o in options for w in o.split()}
    rest_keys = {t.key for t in parse(rest).terms}
    asked = [t for t in parse(claim).terms if t.key in rest_keys and t.surface.lower() not in option_words]
    if not asked:
        return None

    def backs(option: str) -> bool:
        name = option.split()[-1].lower().strip("'’")
        for info in infos:
            singles = info.windows[:len(info.sentence_texts)]
            for i, window in enumerate(singles):
                if name not in window.names and name not in window.keys:
                    continue
                going_on = [singles[i + 1]] if i + 1 < len(singles) and _GOES_ON_RE.match(singles[i + 1].text) else []
                if any(all(_direct(t, w, {}) for t in asked) for w in [window, *going_on]):
                    return True
        return False

    mine, other = options[picked[0]], options[1 - picked[0]]
    if not backs(mine) and backs(other):
        return mine, " ".join(t.surface for t in asked)
    return None


def _unanswered_choice(claim: str, question: str) -> tuple[str, str] | None:
    """(option, words) when a sentence answers "Which is P, X or Y?" by saying something else of
    one option: "Al Jamila is published in Dubai" for "Which magazine is published in the United
    Kingdom, Bella or Al Jamila?". Most of what the question asks (P) must be in the answer."""
    choice = _choice(question)
    if not choice:
        return None
    options, rest = choice
    said_words = set(re.findall(r"[\w'’\-]+", claim))
    own = [set(o.split()) - set(other.split()) for o, other in (options, options[::-1])]
    picked = [o for o, words in zip(options, own) if words & said_words]
    if len(picked) != 1:
        return None
    option_words = {w.lower() for o in options for w in o.split()}
    asked = [t for t in parse(rest).terms
             if t.surface.lower() not in option_words and t.kind != "number"]
    said = {t.key for t in parse(claim).terms}
    missing = [t.surface for t in asked if t.key not in said]
    if len(asked) >= 2 and len(missing) * 2 > len(asked):
        return picked[0], " ".join(missing)
    return None


def _unbound_number(claim: str, question: str, infos: list[_Passage], short: bool) -> tuple[str, str] | None:
    """(name, number) when the answer names someone or something the passages never give the
    question's number to, while they give it to something else: "Hurricane Frances" for "What
    Category 5 hurricane ...?" where the passages call Hurricane Ivan the Category 5 storm."""
    titled = _unbound_title(claim, question, infos, short)
    if titled:
        return titled
    focus = _WH_NUMBER_RE.search(question)
    if not focus:
        return None
    asked = parse(question).terms
    numbers = [t for t in parse(focus.group()).terms if t.kind == "number"]
    if not numbers:
        return None
    asked_keys = {t.key for t in asked}
    names = [t for t in parse(claim, fragment=short).terms if t.kind == "name" and t.key not in asked_keys]
    singles = [w for info in infos for w in info.windows[:len(info.sentence_texts)]]
    for name in names:
        about = _sentences_about(name.surface.split()[-1].lower().strip("'’"), infos)
        if not about:
            continue
        for number in numbers:
            given_elsewhere = any(_direct(number, w, {}) for w in singles)
            if given_elsewhere and not any(_direct(number, w, {}) for w in about):
                return name.surface, number.surface
            # "known for 'The Map Against the World', ..., and the 2016 film 'Train to Busan'": one sentence
            # gives the number to the other title of a list.
            word = name.surface.split()[-1].lower().strip("'’")
            pieces = [_window_of(piece) for w in about for piece in _LIST_ITEM_RE.split(w.text) if piece]
            if len(pieces) > 1 and any(_direct(number, piece, {}) for piece in pieces) and not any(
                    _direct(number, piece, {}) for piece in pieces if word in piece.names):
                return name.surface, number.surface
    return None


def _unbound_title(claim: str, question: str, infos: list[_Passage], short: bool) -> tuple[str, str] | None:
    """(name, title) when the answer names what one sentence lists beside another item, the one that
    has the question's quoted title: "Philip Swift" for 'stars as which character in "Me Before You"?'
    where the passage lists 'Philip Swift in "", and Will Traynor in "Me Before You"'."""
    titles = [t for t in re.findall(r'"([^"]{3,})"', question)]
    if not titles:
        return None
    asked_keys = {t.key for t in parse(question).terms}
    for name in (t for t in parse(claim, fragment=short).terms if t.kind == "name" and t.key not in asked_keys):
        word = name.surface.split()[-1].lower().strip("'’")
        for window in _sentences_about(word, infos):
            pieces = [_window_of(piece) for piece in _LIST_ITEM_RE.split(window.text) if piece]
            for title in titles:
                has = [title.lower() in piece.text.lower() for piece in pieces]
                if len(pieces) > 1 and any(has) and not any(h for h, piece in zip(has, pieces) if word in piece.names):
                    return name.surface, f'"{title}"'
    return None


_LIST_ITEM_RE = re.compile(r",\s+and\s+(?=the\b|[A-Z\"“])")


def _untyped_answer(claim: str, question: str, passages: list[str]) -> tuple[str, str] | None:
    """(kind, name) when a "what <kind>" question is answered without the name the passages give
    that kind: "Der Mond was composed by Carl Orff" for "... best known for what cantata?", where
    the passage says 'his cantata "Carmina Burana"'."""
    asked = _WHAT_KIND_RE.search(question)
    if not asked or asked.group("kind") in lx.FUNCTION_WORDS:
        return None
    kind = re.escape(asked.group("kind"))
    named = re.compile(rf"\b{kind}s?\b,?\s+(?:(?:the|a|an|his|her|its|their|of)\s+)?"
                       r"(?:[\"“](?P<title>[^\"”]+)[\"”]|(?P<name>(?:[A-Z][\w'’\-]*\s?)+))")
    found = [(m.group("title") or m.group("name")).strip() for p in passages for m in named.finditer(p)]
    found = [f for f in found if f]
    answer = claim.lower()
    if not found or any(f.lower() in answer or answer.strip(". ") in f.lower() for f in found):
        return None
    return asked.group("kind"), found[0]


def _non_answer(claim: str, question: str, short: bool) -> str | None:
    """The kind of thing ("a place", "a time", "a number") a wh-question asks for, when the answer
    brings none that the question does not already give: "Benjamin Halfpenny played for a club
    that played home matches in a stadium" for "... plays its home matches where?". "nothing new"
    when a sentence answer only repeats the question's own words ("Myra Hiatt Kraft's husband
    owned a stadium" for "In which stadium do the teams owned by Myra Kraft's husband play?")."""
    asked = {t.key for t in parse(question).terms}
    # A name the question gives ("Myra Kraft") stays given with a middle name added.
    question_names = set(re.findall(r"(?<=\s)[A-Z][\w'’\-]*", question))
    middles = {w for run in _NAME_RUN_RE.findall(claim) for w in run.split()[1:-1]
               if {run.split()[0], run.split()[-1]} <= question_names}
    new = [t for t in parse(claim, fragment=short).terms
           if t.key not in asked and not (t.kind == "name" and t.surface in middles)]
    if not new and not short and _WH_QUESTION_RE.search(question) and not _OPTIONS_RE.search(question):
        return "nothing new"
    numbers = any(t.kind == "number" for t in new)
    choice = _choice(question)
    # "Which city is prefecture-level, Xinzhou or Guanghan?" is answered by one of its options.
    names = any(t.kind == "name" for t in new) \
        or bool(choice) and any(set(option.split()) & set(claim.split()) for option in choice[0])
    if _ASKS_COUNT_RE.search(question):
        return None if numbers else "a number"
    if _ASKS_TIME_RE.search(question):
        return None if numbers or names else "a time"
    if _ASKS_PLACE_RE.search(question):
        if not names:
            return "a place"
        runs = _new_runs(claim, question)
        if _ASKS_CITY_RE.search(question) and runs and all(_country(run) for run in runs):
            return "a city, not a country"
    return None


def _new_runs(claim: str, question: str) -> list[str]:
    """The runs of capitalised words in the claim that the question does not write."""
    return [run for run in _NAME_RUN_RE.findall(claim) if run not in question and run.lower() not in lx.FUNCTION_WORDS]


def _country(run: str) -> bool:
    words = [w for w in run.lower().split() if w != "the"]
    return "_".join(words) in lx.COUNTRIES


def _changes_by(text: str) -> dict[str, list[tuple[int, str]]]:
    """The direction each number of a text moves in, by the change word just before it in its clause:
    "rose by 9% to 612" -> {"9": [(1, "rose")], "612": [(1, "rose")]}."""
    found: dict[str, list[tuple[int, str]]] = {}
    for clause in re.split(r"[;,]\s+(?:while|whereas|but|and)\b|;|\b(?:while|whereas)\b", text):
        tokens = re.findall(r"\d[\d,.]*\d|\d|[A-Za-z][\w\-]*", clause)
        for i, token in enumerate(tokens):
            if not token[0].isdigit() or re.fullmatch(r"(?:19|20)\d\d", token) and i and \
                    tokens[i - 1].lower() in {"in", "since", "until", "during", "of", "for", "from", "to"}:
                continue   # "went up 22% in 2023": the year is when, not what moved
            for j in reversed(range(max(0, i - _CHANGE_REACH), i)):
                word = tokens[j]
                sign = lx.POLE_OF.get(lx.stem(word.lower()), {}).get("amount") or (
                    _PASSED_WAY.get(word.lower()) if {t.lower() for t in tokens[j + 1:j + 3]} & _MARKS else None)
                if sign:
                    found.setdefault(token.replace(",", ""), []).append((sign, word))
                    break
            else:
                # "11% more than in summer 2022", "6% below the 2019 level", "48 minutes less per night":
                # the comparison after it, past a unit.
                at = i + 1 if i + 2 < len(tokens) and tokens[i + 1].lower() in _COMPARED_UNITS else i
                after = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
                sign = _COMPARED_AFTER.get(after)
                if sign and (after not in {"up", "down"} or at + 2 < len(tokens) and tokens[at + 2].lower() in
                             {"on", "from", "against", "compared"}):
                    found.setdefault(token.replace(",", ""), []).append((sign, tokens[at + 1]))
    return found


# "beating its target by 6,000": a figure past a mark; "missed it by 300": one short of it.
_PASSED_WAY = {"beat": 1, "beats": 1, "beating": 1, "exceeded": 1, "exceeding": 1, "exceeds": 1, "surpassed": 1,
               "surpassing": 1, "overshot": 1, "missed": -1, "missing": -1}
_MARKS = {"target", "goal", "forecast", "estimate", "budget", "quota", "aim", "projection"}
_COMPARED_AFTER = {"more": 1, "higher": 1, "above": 1, "up": 1, "longer": 1, "greater": 1, "larger": 1, "bigger": 1,
                   "fewer": -1, "less": -1, "lower": -1, "below": -1, "down": -1, "shorter": -1, "smaller": -1}
_COMPARED_UNITS = set("percent per cent points point seconds minutes minute hours hour days day weeks week months month "
                      "years year metres meters miles kilometres km pounds euros dollars".split())


def _change_agrees(term: Term, claim: str, window_text: str) -> bool:
    """Whether the change word moves a number of the claim the way the window moves that number."""
    theirs = _changes_by(window_text)
    return any(word == term.surface and theirs.get(number) and all(other == sign for other, _ in theirs[number])
               for number, moves in _changes_by(claim).items() for sign, word in moves)


_COMPARATIVE_SIGN = {"lower": -1, "fewer": -1, "less": -1, "higher": 1, "more": 1}


def _earlier_compared(term: Term, claim: str, window_text: str) -> bool:
    """Whether the claim sets an earlier figure "seven points lower" where the window has the figure
    "risen by seven points" since: the comparison looks back at the change the other way."""
    sign = _COMPARATIVE_SIGN.get(term.surface.lower())
    if not sign or not _PREVIOUS_RE.search(claim):
        return False
    said = re.search(rf"\b(\d[\d,.]*|{'|'.join(lx.NUMBER_WORDS)})\s+(?:[a-z]+\s+)?{re.escape(term.surface)}\b", claim,
                     re.IGNORECASE)
    return bool(said) and any(step == _count_value(said.group(1)) and way == -sign
                              for step, way, _ in _stated_changes(window_text))


def _number_turned(claim: str, window_text: str) -> tuple[str, str, str] | None:
    """(number, the window's change word, the claim's) when the claim moves a number the other way from the
    window: "car thefts also dropped, by 9 percent to 612" where "Car thefts rose by 9% to 612"."""
    mine, theirs = _changes_by(claim), _changes_by(window_text)
    for number, moves in mine.items():
        there = [] if _kinds_clash(number, claim, window_text) else theirs.get(number, [])
        for sign, word in moves:
            if there and all(other == -sign for other, _ in there):
                return number, there[0][1], word
    return None


def _reduced_to(claim: str, window: _Window) -> str | None:
    """What the window says a thing is not only ("isn't simply border security"), when the claim says
    that is what it essentially is ("essentially a matter of border security")."""
    for granted in _NOT_ONLY_RE.finditer(window.text):
        keys = {word_key(w.lower()) for w in re.findall(r"[A-Za-z][\w\-]*", granted.group("what"))
                if w.lower() not in lx.FUNCTION_WORDS}
        for reducer in _REDUCER_RE.finditer(claim):
            if _REDUCER_DENIED_RE.search(claim[:reducer.start()]):
                continue   # "rather than merely border security", "not just border security"
            following = re.findall(r"[A-Za-z][\w\-]*", claim[reducer.end():])[:_REDUCER_REACH]
            if keys & {word_key(w.lower()) for w in following}:
                return granted.group("what").strip()
        for alone in re.finditer(r"\balone\b", claim, re.IGNORECASE):
            # "the core issue is border security alone"; not "..., not border security alone".
            before = re.findall(r"[A-Za-z][\w\-’']*", claim[:alone.start()])[-_REDUCER_REACH:]
            if keys & {word_key(w.lower()) for w in before} and not {"not", "n't"} & {w.lower() for w in before} \
                    and not any(w.lower().endswith(("n't", "n’t")) for w in before):
                return granted.group("what").strip()
    return None


def _other_agent(claim: str, text: str) -> tuple[str, str] | None:
    """(claim's doer, passage's doer) when the claim has a name do what the passage has done by
    another it leaves out: "Peru initially championed the Andean Pact" where the pact was
    "initially championed by the United States"."""
    for match in _DONE_BY_RE.finditer(text):
        verb, agent = match.group("verb"), match.group("agent")
        if agent.split()[-1] in claim or re.search(rf"\b{verb}\s+by\b", claim):
            continue
        doer = re.search(rf"(?P<who>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)\s+(?:\w+ly\s+)?{verb}\b", claim)
        if doer and doer.group("who").split()[0] not in _OPENING_WORDS and not _capital_of(doer.group("who"), agent):
            return doer.group("who"), agent
    return None


def _content_keys(text: str) -> set[str]:
    """The keys of a text's words, function words left out."""
    return {word_key(w.lower()) for w in re.findall(r"[\w'’\-]+", text) if w.lower() not in lx.FUNCTION_WORDS}


# "The bell was rehung by volunteers from the tower": a thing done, and by whom, in the passive.
_PASSIVE_BY_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{4,})\s+by\s+"
                            r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|local\s+)?(?P<agent>[a-z][\w'’\-]+(?:\s+(?:from|of|at)\s+"
                            r"(?:the\s+)?[\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)?)")


def _other_doer(claim: str, text: str) -> tuple[str, str] | None:
    """(claim's doer, passage's doer) when the claim has someone do what the passage has done by others
    it does not name: "Staff from the bell works rehung the bell" where it "was rehung by volunteers from
    the tower"."""
    for match in _PASSIVE_BY_RE.finditer(text):
        verb, agent = match.group("verb"), match.group("agent")
        doer = re.search(rf"(?:^|[,;]\s*)(?P<who>(?:[\w'’\-]+\s+){{1,7}}?){verb}\b", claim)
        if not doer or re.search(rf"\b{verb}\s+by\b", claim) \
                or re.search(r"\b(?:was|were|been|being|is|are|be|get|got|had|has|have)\s+(?:\w+ly\s+)?$", doer.group("who")):
            continue   # "The bell was rehung over two weekends": done, by no one the claim names
        theirs, mine = _content_keys(agent), _content_keys(doer.group("who"))
        if theirs and mine and not theirs & mine:
            return doer.group("who").strip(), agent
    return None


_CLAIM_PASSIVE_BY_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|first\s+)?(?P<verb>[a-z]{4,})\s+"
                                  r"(?:[^.;,]{0,40}?\s)?by\s+(?:the\s+|a\s+|an\s+)?(?P<agent>[\w'’\-]+(?:\s+[\w'’\-]+){0,5})")


def _other_subject(claim: str, text: str) -> tuple[str, str] | None:
    """(claim's doer, passage's doer) when the claim has done by someone what the passage has a named
    other do: "first spotted on 3 March by staff at the observatory" where "Lindqvist, a retired
    teacher, first spotted it"."""
    for match in _CLAIM_PASSIVE_BY_RE.finditer(claim):
        verb, agent = match.group("verb"), match.group("agent")
        mine = _content_keys(agent)
        for doer in re.finditer(rf"(?P<who>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)(?:,[^,.;]{{1,40}},)?\s+"
                                rf"(?:\w+ly\s+|first\s+)?{verb}\b", text):
            who = doer.group("who")
            theirs = {word_key(w.lower()) for w in who.split() if w.lower() not in lx.FUNCTION_WORDS}
            if re.search(r"\b(?:on|in|at|by|for|from|of|with|since|until|to)\s+$", text[:doer.start()], re.IGNORECASE) \
                    or who.lower() in lx.WEEKDAYS | lx.MONTHS:
                continue   # "A court in Halvorsby on Monday ordered": not the doer
            if who.split()[0] in _OPENING_WORDS or not theirs or theirs & mine \
                    or any(word_key(w.lower()) in theirs for w in re.findall(r"[\w'’\-]+", claim)):
                continue
            # "by an amateur astronomer" where the passage calls Lindqvist one: the same doer, described.
            surname = re.escape(who.split()[-1])
            described = " ".join(m.group(1) or m.group(2) for m in re.finditer(
                rf"((?:[\w'’\-]+\s+){{1,4}})(?:[A-Z][\w'’\-]+\s+){{0,2}}{surname}\b|\b{surname},\s+(?:a|an|the)\s+([^,.;]+)",
                text))
            if mine <= _content_keys(described):
                continue
            return agent, who
    return None


def _capital_of(capital: str, country: str) -> bool:
    """"Washington" for "the United States", "Lima" for "Peru": a capital standing for its country."""
    words = country.split()
    forms = {word.lower() for word in words} | {"acr:" + "".join(word[0] for word in words if word[:1].isupper())}
    return bool(lx.CAPITAL_OF.get(capital.lower(), frozenset()) & forms)


# Leaving a post, said of whoever left it: "Henrik Bauer resigned in June".
_LEAVES = {"resigned": "leave", "resigns": "leave", "quit": "leave", "quits": "leave", "stepped down": "leave",
           "steps down": "leave", "stood down": "leave", "stands down": "leave", "retired": "retire",
           "retires": "retire", "died": "die", "dies": "die"}
_LEAVER_RE = re.compile(r"(?P<who>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)\s+(?:\w+ly\s+)?(?:has\s+|had\s+)?"
                        r"(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _LEAVES) + r")\b")


def _other_leaver(claim: str, text: str) -> tuple[str, str] | None:
    """(claim's leaver, passage's) when the claim has one name leave a post the passage has another leave:
    "Ortega stepped down in June" where "Henrik Bauer resigned in June" and Ortega replaced him."""
    def leavers(source: str) -> list[tuple[str, str]]:
        return [(found.group("who"), _LEAVES[" ".join(found.group("verb").split())])
                for found in _LEAVER_RE.finditer(source) if found.group("who").split()[0] not in _OPENING_WORDS]
    there = leavers(text)
    for who, how in leavers(claim):
        others = [name for name, way in there if way == how]
        if others and not any(set(who.split()) & set(name.split()) for name in others):
            return who, others[0]
    return None


# "the United States' long-held commitments": an owner and what it owns, a few words on.
_OWNED_RE = re.compile(r"((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*|[a-z][\w\-]*\s+[a-z][\w\-]*)['’]s?\s+"
                       r"(?:[\w\-]+\s+){0,2}?([a-z]{4,})\b")


_TIME_OWNERS = set(lx.MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                  "yesterday", "tomorrow", "year", "week", "month", "day", "night", "season"}


def _owner_swapped(claim: str, text: str) -> tuple[str, str] | None:
    """(claim's owner, passage's) when the claim gives what the passage has one party own to another and
    puts the passage's owner after it: "the regional states' commitments to the security of the United
    States" where the passage has "the United States' commitments to regional security"."""
    for said in _OWNED_RE.finditer(text):
        owner, thing = said.group(1), word_key(said.group(2).lower())
        for found in _OWNED_RE.finditer(claim):
            if word_key(found.group(2).lower()) != thing or owner.lower() in found.group(1).lower():
                continue
            theirs = [w for w in re.findall(r"[A-Za-z][\w\-]*", found.group(1)) if w.lower() not in lx.FUNCTION_WORDS]
            if owner.lower().split()[-1] in _TIME_OWNERS or not theirs:
                continue   # "Friday's closing price" is a time's, not a party's
            # Each party stands where the passage has the other: the claim's owner after the thing in the passage.
            if re.search(rf"\b{re.escape(owner)}\b", claim[found.end():]) and owner not in found.group(1) \
                    and any(re.search(rf"\b{re.escape(w)}", text[said.end():said.end() + 80], re.IGNORECASE)
                            for w in theirs):
                return found.group(1), owner
    return None


def _hurt_despite(claim: str, window: _Window) -> str | None:
    """What the claim says a thing held up "despite", when the window has that very thing do harm:
    "the pact stayed effective despite internal divisions" where "its effectiveness has been
    undermined by internal divisions"."""
    found = _DESPITE_RE.search(claim)
    if not found:
        return None
    keys = {word_key(w.lower()) for w in re.findall(r"[A-Za-z][\w\-]*", found.group("what"))
            if w.lower() not in lx.FUNCTION_WORDS}
    tokens = re.findall(r"[A-Za-z][\w\-]*", window.text)
    for i, token in enumerate(tokens):
        if not _HARM_RE.fullmatch(token) or i and tokens[i - 1].lower() in {"not", "never", "no"}:
            continue
        near = tokens[max(0, i - _HARM_REACH):i] + tokens[i + 1:i + 1 + _HARM_REACH]
        if keys and len(keys & {word_key(w.lower()) for w in near}) * 2 >= len(keys):
            return found.group("what").strip()
    return None


def _unstated_cause(claim: str, unsupported: list[str]) -> str | None:
    """The claim's cause or outcome ("in response to a wave of mass protests", "forced several ministers to
    resign") when the passage backs less than half of its content words and misses at least three (or
    all of two): a cause or an outcome the passage never gives."""
    for match in [*_CAUSE_RE.finditer(claim), *_CONSEQUENCE_RE.finditer(claim), *_REASONS_RE.finditer(claim)]:
        words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", match.group("cause"))
                 if w.lower() not in lx.FUNCTION_WORDS]
        missing = [w for w in words if w in unsupported]
        if len(missing) >= UNSTATED_CAUSE_WORDS and 2 * len(missing) > len(words) \
                or len(missing) >= UNSTATED_CAUSE_WORDS - 1 and len(missing) == len(words):
            return match.group(0).strip()
    return None


# A clause the claim adds: "and can be requested by ...", ", which now opens at 7.30am", "since an external
# audit uncovered the theft", "using a telescope she had built herself", "staffed by agency nurses".
_ADDED_CLAUSE_RE = re.compile(r"\band\s+(?P<clause>[^,.;:]+)", re.IGNORECASE)
_ADDED_DETAIL_RE = re.compile(r"(?:,\s+(?:which|who)|\bsince|\busing)\s+(?P<detail>[^,.;:]+)|"
                              r"\b(?P<made>(?:staffed|run|funded|paid\s+for|built|made|written|designed)\s+by\s+[^,.;:]+)",
                              re.IGNORECASE)


def _unstated_clause(claim: str, unsupported: list[str]) -> str | None:
    """A clause the claim adds ("and can be requested by members of the public") most of whose
    content words, and at least three, the passage lacks; a detail it adds (", which ...", "since ...",
    "using ...", "staffed by ...") all of whose content words, and at least three, the passage lacks."""
    for match in [*_ADDED_CLAUSE_RE.finditer(claim), *_ADDED_DETAIL_RE.finditer(claim)]:
        clause = match.group("clause") if match.re is _ADDED_CLAUSE_RE else match.group("detail") or match.group("made")
        words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", clause) if w.lower() not in lx.FUNCTION_WORDS]
        missing = [w for w in words if w in unsupported]
        if len(missing) >= UNSTATED_CAUSE_WORDS and (2 * len(missing) > len(words) if match.re is _ADDED_CLAUSE_RE
                                                     else len(missing) == len(words)):
            return match.group(0).strip(" ,")
    return None


_CHANCE_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|months?|time|the\s+right|the\s+option|"
                        r"a\s+chance|the\s+chance|until\s+\w+(?:\s+\d+)?)\s+to\s+(?P<act>[a-z]+)", re.IGNORECASE)
_WEIGHED_RE = re.compile(r"\b(?:considering|weighing|(?:would|will|to)\s+consider|could|may|might)\s+(?:an?\s+|the\s+)?"
                         r"(?:legal\s+|formal\s+)?(?P<act>appeal|challenge|strike|action|claim|complaint|bid)\b",
                         re.IGNORECASE)
_LODGED_RE = re.compile(r"\b(?:lodged|filed|launched|submitted|made|brought|begun|began|started|staged|called|mounted)\s+"
                        r"(?:an?\s+|the\s+|its\s+)?(?:legal\s+|formal\s+)?(?P<act>[a-z]+)", re.IGNORECASE)
_HAS_DONE_RE = re.compile(r"\b(?:has|have|had)\s+(?P<act>[a-z]+)", re.IGNORECASE)
_WILL_DO_RE = re.compile(r"\b(?:will|would|is\s+going\s+to|are\s+going\s+to|plans?\s+to|intends?\s+to|decided\s+to|"
                         r"is\s+to|are\s+to)\s+(?P<act>[a-z]+)", re.IGNORECASE)


# A proposal turned down, and one carried: "rejected a proposal to raise the subscription" against
# "voted to raise the subscription".
_REFUSED_RE = re.compile(r"\b(?P<no>rejected|refused|turned\s+down|voted\s+(?:down|against)|threw\s+out|vetoed|"
                         r"blocked)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?(?:proposals?|plans?|"
                         r"motion|bid|request|offer|move|application|call)\s+(?:to|for)\s+(?P<act>[a-z]{4,})",
                         re.IGNORECASE)
_CARRIED = r"voted|agreed|decided|approved|backed|accepted|chose|opted|resolved|endorsed"


def _refused_what_passed(claim: str, passage: str) -> str | None:
    """The claim's refusal ("Members rejected a proposal to raise the subscription") where the passage has
    the same step carried ("Members voted to raise the subscription") and refuses nothing."""
    for found in _REFUSED_RE.finditer(claim):
        act = re.escape(found.group("act")[:4].lower())
        for sentence in re.split(r"(?<=[.!?])\s+", passage):
            if re.search(rf"\b(?:{_CARRIED})\s+(?:to\s+|for\s+)?(?:[\w\-]+\s+){{0,3}}?{act}[a-z]*\b", sentence,
                         re.IGNORECASE) and not re.search(r"\b(?:reject|refus|turned\s+down|voted\s+against|vetoed|"
                                                          r"blocked|threw\s+out|not|never)\w*", sentence, re.IGNORECASE):
                return found.group("no")
    return None


def _chance_taken(claim: str, passage: str) -> str | None:
    """The passage's chance to act ("It has 21 days to appeal") or an act it has weighed ("is
    considering an appeal") told as what will be or has been done ("Kestrel Leisure has announced that
    it will appeal", "has lodged an appeal"), where the passage never has it done or decided."""
    def acts(text: str) -> set[str]:
        return {lx.stem(m.group("act").lower()) for pattern in (_WILL_DO_RE, _LODGED_RE, _HAS_DONE_RE)
                for m in pattern.finditer(text)}

    claimed, done = acts(claim), acts(passage)
    for chance in [*_CHANCE_RE.finditer(passage), *_WEIGHED_RE.finditer(passage)]:
        act = lx.stem(chance.group("act").lower())
        if act in claimed and act not in done:
            return chance.group(0)
    return None


_FUTURE_RE = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|were\s+to|plans?|planned|planning|intends?|"
                        r"intended|aims?|expects?|expected|set\s+to|going\s+to|proposed?|proposals?|next|hopes?|vowed|"
                        r"pledged|promised|considering|consider)\b", re.IGNORECASE)
_INTENT_RE = re.compile(r"\b(?P<intent>plans?|planning|planned|intends?|intending|intended|vows?|vowed|pledged|"
                        r"promised|threatens?|threatened|considering|decided|hopes?|hoping)\s+(?:to\s+)?"
                        r"(?P<act>[a-z][\w\-]*)", re.IGNORECASE)


def _unstated_intent(claim: str, unsupported: list[str], passage: str) -> str | None:
    """An intention the passage never gives, neither the intending nor the act, in a passage that
    says nothing of what anyone will do: "plans to appeal against the tribunal's ruling" where nobody
    is said to appeal ("plans to challenge the ruling" may be what "will appeal" says)."""
    if _FUTURE_RE.search(passage):
        return None
    for match in _INTENT_RE.finditer(claim):
        if match.group("intent") in unsupported and match.group("act") in unsupported:
            return match.group(0)
    return None


_NO_LONGER_RE = re.compile(r"\b(?:no\s+longer|ceased\s+to\s+be|stopped\s+being)\s+(?P<what>(?:[\w'’\-]+\s+){0,4}"
                           r"[\w'’\-]+)", re.IGNORECASE)
_STILL_SO_RE = re.compile(r"\b(?:remain|remains|remained|remaining|still|continues\s+to\s+be|continued\s+to\s+be|"
                         r"stayed|stays|again)\b", re.IGNORECASE)


# "Professor Ingrid Solberg, an independent neurologist ... who was not involved in the research": an
# outside voice, whom a claim must not make the one who led or ran it.
_NOT_INVOLVED_RE = re.compile(r"(?P<who>[A-Z][\w'’\-]+)(?:,[^,.;]{0,100}?)?\s+who\s+(?:was|were|is|are|had\s+been|"
                              r"has\s+been)\s+not\s+(?:involved|part|connected)\b")
_INVOLVED_RE = re.compile(r"\b(?:led|leads|leading|co-led|headed|heads|ran|runs|conducted|oversaw|oversees|designed|"
                          r"authored|co-authored|involved|investigator|worked\s+on|carried\s+out)\b", re.IGNORECASE)


def _outsider_involved(claim: str, passage: str) -> tuple[str, str] | None:
    """(person, the claim's word) when the claim has a person lead or take part in what the passage says
    they were not involved in: "Professor Ingrid Solberg, who led the doraxumab trial"."""
    if _NEGATOR_RE.search(claim):
        return None
    involved = _INVOLVED_RE.search(claim)
    if involved is None:
        return None
    return next(((found.group("who"), involved.group(0)) for found in _NOT_INVOLVED_RE.finditer(passage)
                 if re.search(rf"\b{re.escape(found.group('who'))}\b", claim)), None)


def _shown_what_is_open(claim: str, passage: str) -> str | None:
    """What the passage leaves open ("too early to say whether the tax had reduced obesity rates") when
    the claim states it as found ("the tax had been shown to reduce obesity rates"): most of its words
    are the claim's, and the claim neither hedges nor keeps the question open."""
    if _KEPT_OPEN_RE.search(claim):
        return None
    mine = {word_key(w.lower()) for w in re.findall(r"[\w'’\-]+", claim) if w.lower() not in lx.FUNCTION_WORDS}
    for found in _OPEN_QUESTION_RE.finditer(passage):
        keys = {word_key(w.lower()) for w in re.findall(r"[\w'’\-]+", found.group("what"))
                if w.lower() not in lx.FUNCTION_WORDS}
        if len(keys) >= 2 and len(keys & mine) >= max(2, 0.6 * len(keys)):
            return found.group("what").strip()
    return None


def _no_longer(claim: str, passages: list[str]) -> str | None:
    """What the claim says is "no longer" so ("no longer the highest") where the passage's sentence with
    those words says it remained so ("remained the highest of any age group")."""
    for match in _NO_LONGER_RE.finditer(claim):
        keys = {word_key(w.lower()) for w in re.findall(r"[\w'’\-]+", match.group("what"))
                if w.lower() not in lx.FUNCTION_WORDS}
        for passage in passages:
            for start, end in split_sentences(passage):
                sentence = passage[start:end]
                if keys and keys <= {word_key(w.lower()) for w in re.findall(r"[\w'’\-]+", sentence)} \
                        and _STILL_SO_RE.search(sentence) and not _NEGATOR_RE.search(sentence):
                    return match.group(0)
    return None


_THEN_RE = re.compile(r"\b(?:once|previously|formerly|used\s+to\s+be|at\s+first|until\s+(?:now|recently))\s+"
                      r"(?:the\s+|a\s+|an\s+|its\s+)?(?P<word>[a-z][\w\-]+)", re.IGNORECASE)
_NOW_RE = re.compile(r"\b(?:now|today|has\s+become|had\s+become|have\s+become|became|has\s+since\s+become)\s+"
                     r"(?:the\s+|a\s+|an\s+|its\s+)?(?P<word>[a-z][\w\-]+)", re.IGNORECASE)


_NONE_SINCE_RE = re.compile(r"\b(?:not|never|n't)\b[^.;]{0,60}?\bsince\s+(?:the\s+|early\s+|late\s+)?([\w'’]+)",
                            re.IGNORECASE)


def _none_since(claim: str, text: str) -> bool:
    """The claim denies something since a time ("fares have not risen since 2018", "had not been rung since
    February") where the text has it the first since then, or at rest since then ("the first increase since
    2018", "had been silent since ... February")."""
    for match in _NONE_SINCE_RE.finditer(claim):
        since = re.escape(match.group(1))
        if re.search(rf"\b(?:first|silent|idle|unused|closed|shut|dormant|out\s+of\s+(?:use|action|service))\b"
                     rf"[^.;]{{0,80}}?\bsince\b[^.;]{{0,60}}?\b{since}\b", text, re.IGNORECASE):
            return True
    return False


def _then_and_now(sentence: str) -> tuple[str, str] | None:
    """(then, now) where a sentence says a thing was one way before and is another now ("the fourth,
    previously the hardest to handle, is now the easiest" gives ("hardest", "easiest"))."""
    then = _THEN_RE.search(sentence)
    if not then:
        return None
    now = _NOW_RE.search(sentence, then.end())
    words = (then.group("word").lower(), now.group("word").lower()) if now else None
    if not words or words[0] == words[1] or set(words) & lx.FUNCTION_WORDS:
        return None
    return words


def _then_and_now_swapped(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(then, now) of the claim where a passage's sentence has the same two states the other way round:
    "once the easiest, had become the hardest" where it was "previously the hardest, is now the easiest"."""
    said = _then_and_now(claim)
    if not said:
        return None
    mine = tuple(word_key(w) for w in said)
    for passage in passages:
        for start, end in split_sentences(passage):
            theirs = _then_and_now(passage[start:end])
            if theirs and tuple(word_key(w) for w in reversed(theirs)) == mine:
                return said
    return None


# "Barley crops were hit harder than wheat" where "Barley crops were less affected".
_HIT_HARDER_RE = re.compile(r"(?P<who>(?:[\w'’\-]+\s+){1,5}?)(?:was|were|has\s+been|have\s+been)\s+(?:hit|affected|hurt|"
                            r"damaged)\s+(?:harder|worse|more\s+(?:badly|severely|heavily))\b|(?P<who2>(?:[\w'’\-]+\s+){1,5}?)"
                            r"(?:fared|did)\s+worse\b|(?P<who3>(?:[\w'’\-]+\s+){1,5}?)suffered\s+more\b", re.IGNORECASE)
_SPARED_RE = re.compile(r"\b(?:less\s+(?:affected|badly\s+(?:hit|affected)|severely\s+(?:hit|affected))|fared\s+better|"
                        r"escaped\s+(?:lightly|largely\s+unscathed|unscathed)|largely\s+spared|were\s+spared|was\s+spared)\b",
                        re.IGNORECASE)


def _hit_harder_turned(claim: str, passage: str) -> str | None:
    """What the claim has hit harder ("Barley crops were hit harder than wheat") where the passage's
    sentence about it has it less affected or faring better ("Barley crops were less affected")."""
    found = _HIT_HARDER_RE.search(claim)
    if not found:
        return None
    who = found.group("who") or found.group("who2") or found.group("who3")
    keys = _content_keys(who)
    for start, end in split_sentences(passage):
        sentence = passage[start:end]
        spared = _SPARED_RE.search(sentence)
        if keys and spared and keys & _content_keys(sentence[:spared.start()]):
            return who.strip()
    return None


# "evacuated after the cyclone struck" where residents "had been evacuated beforehand"; "had already spent
# ... before the spill" where the firm "had since spent" it.
_CLAIM_ORDER_RE = re.compile(r"\b(?P<after>after|afterwards|since)\b|\b(?P<before>before|beforehand|in\s+advance|ahead\s+of)\b",
                             re.IGNORECASE)
_PASSAGE_BEFORE_RE = re.compile(r"\b(?:beforehand|in\s+advance|ahead\s+of\s+(?:it|time|its\s+arrival))\b", re.IGNORECASE)
_PASSAGE_AFTER_RE = re.compile(r"\b(?:had|has|have)\s+since\b|\bsince\s+then\b|\bafterwards\b", re.IGNORECASE)


def _order_turned(claim: str, passage: str) -> str | None:
    """The claim's "after" or "before" where the passage's sentence with the claim's verb has the act
    done the other way round: "beforehand" against "after", "had since" against "before"."""
    found = _CLAIM_ORDER_RE.search(claim)
    if not found:
        return None
    verbs = {word_key(w.lower()) for w in re.findall(r"\b[a-z]{3,}(?:ed|en|t)\b", claim[:found.start()])
             if w.lower() not in lx.FUNCTION_WORDS}
    rival = _PASSAGE_BEFORE_RE if found.group("after") else _PASSAGE_AFTER_RE
    for start, end in split_sentences(passage):
        sentence = passage[start:end]
        if rival.search(sentence) and not _CLAIM_ORDER_RE.search(rival.sub(" ", sentence)) \
                and verbs & _content_keys(sentence):
            return found.group(0)
    return None


_TITLE_WORDS = r"(?:minister|secretary|director|chief|president|governor|mayor|chair|chairman|chairwoman|" \
               r"commissioner|editor|head|leader|manager|inspector|constable|principal|executive|officer)"
_LESSER_TITLE_RE = re.compile(rf"\b(?P<rank>[Dd]eputy|[Aa]ssistant|[Aa]cting|[Vv]ice|[Jj]unior|[Ss]hadow|[Ii]nterim)"
                              rf"[\s\-]+(?:[A-Za-z]+\s+){{0,2}}?(?P<title>{_TITLE_WORDS})\s+(?:[A-Z][\w'’\-]+\s+)?"
                              rf"(?P<surname>[A-Z][\w'’\-]+)", re.IGNORECASE)


def _lesser_title(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's title, passage's) where the claim drops the rank the passage gives a named person's
    title: "Trade minister Elsa Marrow" where she is the "Deputy minister"."""
    for passage in passages:
        for found in _LESSER_TITLE_RE.finditer(passage):
            rank, title, surname = found.group("rank"), found.group("title"), found.group("surname")
            if not surname[0].isupper() or re.search(rf"\b{re.escape(rank)}", claim, re.IGNORECASE):
                continue
            near = re.search(rf"\b(?P<said>{title})\b(?:\s+[\w'’\-]+){{0,3}}?\s+{re.escape(surname)}\b|"
                             rf"\b{re.escape(surname)},\s+(?:the\s+|a\s+)?(?:[\w\-]+\s+){{0,2}}?(?P<after>{title})\b",
                             claim, re.IGNORECASE)
            if near:
                return near.group("said") or near.group("after"), f"{rank} {title}".lower()
    return None


def _denied_name(claim: str, window: _Window) -> str | None:
    """A name the claim denies ("from Georgia, but not Atlanta") that the matching passage text
    states, and never denies."""
    for match in _DENIED_NAME_RE.finditer(claim):
        if match.group(0)[:3].lower() == "nor" and re.search(r"\b[Nn]either\b", claim[:match.start()]):
            continue   # "Neither Kwame nor Chloe had ...": what both are denied is the deed, not the name
        if window.keys.get(match.group("name").lower().replace("-", "")) == {False}:
            return match.group("name")
    return None


def _not_all(claim: str, window: _Window) -> str | None:
    """The claim's "all seven" or "unanimously" where the window has "five of the seven" or a split
    vote ("5-2"), and no "all" of its own."""
    if _ALL_RE.search(window.text) or _UNANIMOUS_RE.search(window.text):
        return None
    for match in _ALL_RE.finditer(claim):
        total = _count_value(match.group("n"))
        if any(_count_value(part.group("n")) == total and _count_value(part.group("m")) < total
               for part in _PART_OF_RE.finditer(window.text)):
            return match.group(0)
    unanimous = _UNANIMOUS_RE.search(claim)
    if unanimous and any(int(split.group(2)) > 0 for split in _SPLIT_VOTE_RE.finditer(window.text)):
        return unanimous.group(0)
    # "every objection residents had raised" where "most objections have fallen away".
    most = {lx.stem(m.group(1).lower()) for m in _MOST_RE.finditer(window.text)}
    for every in _EVERY_RE.finditer(claim):
        if lx.stem(every.group(1).lower()) in most and not _EVERY_RE.search(window.text):
            return every.group(0)
    return None


def _count_value(word: str) -> float:
    return float(lx.NUMBER_WORDS.get(word.lower(), word.replace(",", "")) if not word.isdigit() else word)


def _counted(pattern: re.Pattern, text: str) -> dict[str, str]:
    """Content-word key -> the phrase that counts it, for each count word the pattern finds."""
    found = {}
    for match in pattern.finditer(text):
        for word in match.group("what").lower().split():
            if word not in lx.FUNCTION_WORDS:
                found.setdefault(word_key(word), match.group(0))
    return found


# "averaged £176 a tonne in August, compared with £205 a year earlier": a value and the one it is set against.
_COMPARED_RE = re.compile(r"(?P<a>[£$€]?\d[\d,]*(?:\.\d+)?)%?[^.;\d]{0,40}?,?\s+(?:compared\s+(?:with|to)|against|"
                          r"versus|vs\.?)\s+(?P<b>[£$€]?\d[\d,]*(?:\.\d+)?)"
                          # "cost £7,850, about a third of the £23,000 quoted": a part of the other figure.
                          r"|(?P<a2>[£$€]?\d[\d,]*(?:\.\d+)?)(?:m|bn|\s+million|\s+billion)?,\s+(?:about\s+|around\s+|roughly\s+|"
                          r"nearly\s+|almost\s+|just\s+|less\s+than\s+|under\s+)?(?:a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|"
                          r"half|two\s+thirds|three\s+quarters)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<b2>[£$€]?\d[\d,]*(?:\.\d+)?)",
                          re.IGNORECASE)
_THAN_UP_RE = re.compile(r"\b(?:higher|more|greater|bigger|larger|dearer|up)\b[^.;]{0,60}?\bthan\b", re.IGNORECASE)
_THAN_DOWN_RE = re.compile(r"\b(?:lower|less|fewer|smaller|cheaper|down)\b[^.;]{0,60}?\bthan\b", re.IGNORECASE)


def _compared_turned(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's comparison, the passage's figures) when the claim has a value higher than the
    one it is compared with where the passage has it lower, or the reverse: "prices were higher in
    August than a year earlier" against "£176 in August, compared with £205 a year earlier"."""
    up, down = _THAN_UP_RE.search(claim), _THAN_DOWN_RE.search(claim)
    # A date ("on 2 October", "in 2024") says when, not how much: only the claim's other figures make
    # it a comparison of its own figures.
    if (up is None) == (down is None) or re.search(r"\d", _DATE_DIGITS_RE.sub(" ", claim)):
        return None
    for pair in _COMPARED_RE.finditer(text):
        sides = ("a", "b") if pair.group("a") else ("a2", "b2")
        a, b = (float(re.sub(r"[^\d.]", "", pair.group(side))) for side in sides)
        if a != b and (a > b) != (up is not None):
            return (up or down).group(0), f"{pair.group(sides[0])} against {pair.group(sides[1])}"
    return None


# The digits of a date: "2 October", "October 2nd", "2024".
_DATE_DIGITS_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(sorted(lx.MONTHS)) + r")\b|\b(?:"
                             + "|".join(sorted(lx.MONTHS)) + r")\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:1[89]|20)\d\d\b",
                             re.IGNORECASE)
# "income exceeded spending", "redwings outnumbered goldcrests": one thing set above another by a verb.
_OUTDONE_RE = re.compile(r"\b(?P<neg>(?:not|never|n['’]t)\s+(?:\w+\s+)?)?(?P<passive>(?:was|were|is|are|been|being|be)\s+)?"
                         r"(?P<verb>exceed(?:s|ed|ing)?|outnumber(?:s|ed|ing)?|outweigh(?:s|ed|ing)?|"
                         r"outstrip(?:s|ped|ping)?|surpass(?:es|ed|ing)?|topped|topping|outs(?:old|ells?|elling)|"
                         r"outscor(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)|overt(?:ook|akes?|aken|aking))\b", re.IGNORECASE)
# "was £53 short of the price", "£53 more than the price": a gap said with what it is set against.
_GAP_SAID_RE = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:p|m|bn)?\s+(?P<way>(?P<up>more|higher|above|greater|dearer)|"
                          r"short|less|fewer|lower|below|cheaper)\s+(?:(?:than|of)\s+)?", re.IGNORECASE)
# Where the words naming one side of a comparison end: "its spending | by £435", "goldcrests | among the birds".
_SIDE_END_RE = re.compile(r"\b(?:by|among|amongst|at|in|on|during|over|with|than|and|but|when|while|for|from|as|"
                          r"to|since|after|before)\b|[,.;:!?()]", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"\b(?:that|which|while|whereas|when|and|but|as)\b|[,;:()]", re.IGNORECASE)
# Words between a thing and its figure: "income of £2,310", "goldcrests made up 612", "pliers costing £240".
_FIGURE_LINKS = {"of", "made", "up", "making", "was", "were", "is", "are", "numbered", "totalled", "totaled",
                 "totalling", "came", "to", "at", "reached", "stood", "about", "around", "some", "nearly", "almost",
                 "only", "just", "accounted", "for", "cost", "costs", "costing", "priced", "worth", "raised",
                 "collected", "earned", "took"}
_TOKEN_RE = re.compile(r"[£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[A-Za-z][\w'’\-]*|[^\sA-Za-z\d]")


def _side_words(text: str) -> list[str]:
    """The content words of one side of a comparison, without possessives: "the group's income" is
    group, income."""
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Za-z][\w'’\-]*", text)]
    return [w for w in words if w and w.lower() not in lx.FUNCTION_WORDS]


def _figure_of(words: list[str], text: str) -> str | None:
    """The one figure the text gives to the thing these words name, said after it ("income of £2,310",
    "goldcrests made up 612", "and redwings 204") or before it ("38 blue tits"); None when it gives none
    or several. The longest run of the words the text has with a figure names it."""
    tokens = _TOKEN_RE.findall(text)
    keys = [word_key(t.lower()) for t in tokens]

    def figure(token: str) -> bool:   # a figure, not a year
        return token[:1] in "£$€" or token[:1].isdigit() and not re.fullmatch(r"(?:1[89]|20)\d\d", token)

    runs = [words[i:j] for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    for run in sorted(runs, key=len, reverse=True):
        wanted, bare, narrower = [word_key(w.lower()) for w in run], set(), set()
        at: dict[str, int] = {}   # where each figure's run starts
        for i in range(len(tokens) - len(run) + 1):
            if keys[i:i + len(run)] != wanted:
                continue
            # "cinnamon buns made up 980" names fewer things than "2,150 buns": a word before the run
            # narrows it, and the plain run is what the claim names when the text has it too.
            found = narrower if i >= 1 and tokens[i - 1].islower() and tokens[i - 1] not in lx.FUNCTION_WORDS \
                and not figure(tokens[i - 1]) else bare
            j = i + len(run)
            while j < len(tokens) and j - i - len(run) < 4 and (tokens[j].lower() in _FIGURE_LINKS
                                                               or re.fullmatch(r"(?:1[89]|20)\d\d", tokens[j])):
                j += 1
            if j < len(tokens) and figure(tokens[j]):
                found.add(tokens[j])
                at.setdefault(tokens[j], i)
            elif i >= 1 and figure(tokens[i - 1]):
                found.add(tokens[i - 1])
                at.setdefault(tokens[i - 1], i - 1)
            elif i >= 2 and figure(tokens[i - 2]) and tokens[i - 1].islower() \
                    and tokens[i - 1] not in lx.FUNCTION_WORDS:
                found.add(tokens[i - 2])   # "19 great tits"
                at.setdefault(tokens[i - 2], i - 2)
        found = bare or narrower
        if len(found) > 1:
            # "the birds the two helped ring" where "they helped ring 1,380 birds" and later "brought in 430
            # birds": the figure right after another of the words is the one they name.
            others = {word_key(w.lower()) for w in words} - set(wanted)
            told = {f for f in found if others & set(keys[max(0, at[f] - 3):at[f]])}
            found = told if len(told) == 1 else found
        if len(found) == 1:
            return found.pop()
        if found:
            return None   # the words name things of several figures
    return None


def _figure_value(figure: str) -> float:
    return float(figure.lstrip("£$€").replace(",", ""))


# The verb a share is given with: "goldcrests accounted for more than 40 percent of the birds".
_SHARE_VERB_RE = re.compile(r"\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|formed|forms?|"
                            r"represented|represents?|comprised|were|was|are|is)\s", re.IGNORECASE)


def _share_of_named(percent: float, before: str, after: str, text: str) -> tuple[float, float] | None:
    """(part, whole) when the claim gives the share one named thing makes of another ("goldcrests
    accounted for more than 40 percent of the birds") and the passage gives each its figure ("1,380
    birds, of which goldcrests made up 612"), the share as the claim's hedge allows."""
    verb = list(_SHARE_VERB_RE.finditer(before))
    of = re.match(r"(?:-[a-z]+)?\s*(?:%|per\s*cent|percent)?\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?",
                  after, re.IGNORECASE)
    if not verb or not of:
        return None
    head = before[:verb[-1].start()]
    clause = list(_CLAUSE_START_RE.finditer(head))
    rest = after[of.end():]
    end = _SIDE_END_RE.search(rest)
    part = _figure_of(_side_words(head[clause[-1].end():] if clause else head), text)
    whole = _figure_of(_side_words(rest[:end.start()] if end else rest), text)
    if part is None or whole is None:
        return None
    part_value, whole_value = _figure_value(part), _figure_value(whole)
    hedge = _SHARE_HEDGE_RE.search(before)
    said = " ".join(hedge.group(0).lower().split()) if hedge else ""
    if 0 < part_value < whole_value and _share_as_said(100 * part_value / whole_value, percent, said):
        return part_value, whole_value
    return None


def _outdone_turned(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's words, the passage's figures) when the claim sets one thing above another, with a
    verb ("income exceeded spending", "redwings outnumbered goldcrests") or by a gap ("was £53 more than
    the price"), where the passage gives each a figure and has them the other way round ("income of
    £2,310 ... spending of £2,745")."""
    sides = []   # (the words that compare, what comes before, what comes after, whether the first is higher)
    for said in _OUTDONE_RE.finditer(claim):
        if said.group("neg"):
            continue   # "did not exceed" says no more than the passage
        rest = claim[said.end():]
        passive = said.group("passive") and re.match(r"\s+by\b", rest, re.IGNORECASE)
        if passive:
            rest = rest[passive.end():]   # "goldcrests were outnumbered by redwings": redwings are more
        sides.append((said.group("verb"), claim[:said.start()], rest, not passive))
    for said in _GAP_SAID_RE.finditer(claim):
        sides.append((said.group("way"), claim[:said.start()], claim[said.end():], bool(said.group("up"))))
    for words, before, rest, first_higher in sides:
        clause = list(_CLAUSE_START_RE.finditer(before))
        subject = _side_words(before[clause[-1].end():] if clause else before)
        end = _SIDE_END_RE.search(rest)
        other = _side_words(rest[:end.start()] if end else rest)
        if not subject or not other:
            continue
        high, low = (subject, other) if first_higher else (other, subject)
        above, below = _figure_of(high, text), _figure_of(low, text)
        if above is None or below is None or (above[:1] in "£$€") != (below[:1] in "£$€"):
            continue
        if _figure_value(above) < _figure_value(below):
            return words, f"{above} against {below}"
    return None


# "tens of thousands of lives": a count said by its size, and the range it stands for.
_VAGUE_COUNT_RE = re.compile(r"\b(tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|"
                             r"hundreds\s+of\s+millions|thousands|hundreds|millions|billions|dozens)\s+of\b",
                             re.IGNORECASE)
_VAGUE_RANGE = {"dozens": (24, 100), "hundreds": (200, 1000), "thousands": (2000, 10000),
                "tens of thousands": (20000, 100000), "hundreds of thousands": (200000, 1e6), "millions": (2e6, 1e7),
                "tens of millions": (2e7, 1e8), "hundreds of millions": (2e8, 1e9), "billions": (2e9, 1e10)}


def _vague_count(claim: str, window: _Window) -> str | None:
    """A count the claim gives by its size ("tens of thousands of lives") where the window has no
    number in that range and does not say it that way."""
    for match in _VAGUE_COUNT_RE.finditer(claim):
        said = " ".join(match.group(1).lower().split())
        low, high = _VAGUE_RANGE[said]
        if said not in " ".join(window.text.lower().split()) and not any(low <= v < high for v in _values(window)):
            return match.group(0)
    return None


# "a more probable outcome is a continued state of flux": the outcome the passage ranks first.
_LIKELIER_RE = re.compile(r"\b(?:more|most)\s+(?:probable|likely)\s+(?:outcome|scenario|result)\s+(?:is|would\s+be|will\s+be)"
                          r"\s+(?P<what>[^,.;:]+)", re.IGNORECASE)
_LIKELIEST_RE = re.compile(r"\bmost\s+(?:probable|likely)\s+(?:[\w\-]+\s+){0,2}?(?:outcome|scenario|result)\b",
                           re.IGNORECASE)


def _other_likeliest(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's words, the passage's outcome) when the claim calls an outcome the most probable
    and shares no word with the one the passage calls likelier: "a strengthened relationship is the
    most probable long-term outcome" where "a more probable outcome is a continued state of flux"."""
    said = _LIKELIEST_RE.search(claim)
    ranked = _LIKELIER_RE.search(text)
    if said is None or ranked is None:
        return None
    words = {lx.stem(w) for w in re.findall(r"[a-z]+", ranked.group("what").lower()) if w not in lx.FUNCTION_WORDS}
    claimed = {lx.stem(w) for w in re.findall(r"[a-z]+", claim.lower())}
    return (said.group(0), ranked.group("what").strip()) if words and not words & claimed else None


# "maintain influence" against "expand its influence": a verb and the next two words, its object.
_OBJECT = r"\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|a\s+)?(?P<object>[a-z\-]+(?:\s+[a-z\-]+)?)"
_KEEP_VERB_RE = re.compile(r"\b(?:maintain|maintains|maintained|maintaining|preserve|preserves|preserved|preserving|"
                           r"sustain|sustains|sustained|sustaining|retain|retains|retained|retaining)" + _OBJECT,
                           re.IGNORECASE)
_GROW_VERB_RE = re.compile(r"\b(?:expand|expands|expanded|expanding|increase|increases|increased|increasing|grow|grows|"
                           r"growing|extend|extends|extended|extending|boost|boosts|boosted|boosting|widen|widens|"
                           r"widened|widening)" + _OBJECT, re.IGNORECASE)


_KEEPS_GOING_RE = re.compile(r"\b(?:keep|keeps|kept|keeping|continue|continues|continued|continuing|carry\s+on|carries\s+on|"
                             r"carried\s+on|maintain|maintains|maintained)\s+(?:to\s+)?" + _OBJECT[3:], re.IGNORECASE)
_HALTS_RE = re.compile(r"\b(?:stop|stops|stopped|stopping|halt|halts|halted|cease|ceases|ceased|discontinue|discontinues|"
                       r"discontinued|scrap|scraps|scrapped|abandon|abandons|abandoned|end|ends|ended)\s+" + _OBJECT[3:],
                       re.IGNORECASE)


# A season as a time: "in the spring", "last winter", "by late autumn".
_SEASON_RE = re.compile(r"\b(?:in|last|this|next|over|during|by|until|till|since|through|early|late|mid|the)\s+"
                        r"(?:the\s+)?(?:early\s+|late\s+)?(spring|summer|autumn|winter)\b", re.IGNORECASE)


def _other_season(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's season, passage's) when the claim dates a thing to a season the passages never name
    and they name another: "nearly closed in the autumn" where the passage has "in the spring"."""
    said = [m.group(1).lower() for m in _SEASON_RE.finditer(claim)]
    named = {m.group(1).lower() for passage in passages for m in _SEASON_RE.finditer(passage)}
    unnamed = [season for season in said if season not in named]
    return (unnamed[0], sorted(named)[0]) if unnamed and named else None


# Who pays or buys: "Kelsey Borough Council, which is paying for the work", "funded by the Mid Downs
# Integrated Care Board", "Greenleaf Garden Centre is buying the stock".
_PAYER = r"(?P<who>(?:[A-Z][\w'’&\-]*\s+){0,5}[A-Z][\w'’\-]*)"
# Paying in the active voice: "is paying", "will pay", "paid"; not "was paid" (by someone else).
_PAY_ACTIVE = r"(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:also\s+)?(?:paying|funding|financing|" \
              r"buying|footing)|(?:(?:has|have|had|will|would|also)\s+)?(?:pays|paid|funded|finances|financed|buys|" \
              r"bought|foots|footed)|(?:will|would|also|could|should|must|can|may|might)\s+(?:pay|fund|finance|" \
              r"buy|foot))\b"
_PAYER_RES = (re.compile(rf"{_PAYER},\s+(?:which|who)\s+{_PAY_ACTIVE}"),
              re.compile(r"\b(?:paid\s+for|funded|financed|bankrolled|bought|covered)\s+(?:(?:partly|entirely|fully|"
                         r"wholly|jointly)\s+)?by\s+(?:the\s+)?(?P<who>[A-Z][^,.;:]*?)(?=\s+(?:for|to|with|at|in|on|after|"
                         r"from|through|and|but|which|who)\b|[,.;:]|$)"),
              re.compile(rf"(?:^|(?<=[.!?]\s)){_PAYER}\s+{_PAY_ACTIVE}"))
_CLAIM_PAYER_RE = re.compile(rf"^\s*(?:the\s+)?(?P<who>(?:[\w'’&\-]+\s+){{0,5}}?[\w'’\-]+)\s+{_PAY_ACTIVE}",
                             re.IGNORECASE)


def _payers(text: str) -> list[str]:
    return [m.group("who") for pattern in _PAYER_RES for m in pattern.finditer(text)]


def _swapped_payer(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's payer, passage's) when the claim has one party the passages name pay or buy, where the
    passages give the paying to another: "Active Kelsey Trust is footing the bill" where the centre is
    run by the trust "on behalf of Kelsey Borough Council, which is paying for the work"."""
    text = rephrased(claim)
    found = _CLAIM_PAYER_RE.match(text) or next(iter(_PAYER_RES[1].finditer(text)), None)
    if not found:
        return None
    said = re.findall(r"[\w'’\-]+", found.group("who"))
    if {w.lower() for w in said} & {"is", "are", "was", "were", "be", "been", "being", "not", "never", "has", "have",
                                    "had", "to"}:
        return None   # "The trust was paid £500 by Carla Reyes" names who was paid
    words = [w for w in said if w.lower() not in lx.FUNCTION_WORDS]
    payers = [payer for passage in passages for payer in _payers(passage)]
    if not words or not payers:
        return None
    last = words[-1].rstrip("'’s") or words[-1]
    if not re.search(rf"\b{re.escape(last)}", " ".join(passages), re.IGNORECASE):
        return None   # a party the passages never name is for other checks
    keys = {word_key(w.lower().rstrip("'’s") or w.lower()) for w in words}
    if any(keys <= {word_key(w.lower().rstrip("'’s") or w.lower()) for w in re.findall(r"[\w'’\-]+", payer)}
           for payer in payers):
        return None   # "the council" is "Kelsey Borough Council"
    return found.group("who"), " or ".join(dict.fromkeys(payers))


# Where money comes from: "paid for out of its emergency reserve", "funded by a regional growth grant",
# "raised through a new tax on fertiliser imports", "came from fines paid by riders".
_SOURCE_RE = re.compile(r"\b(?:paid\s+for\s+(?:out\s+of|from|by|with|through)|paying\s+for\s+it\s+(?:out\s+of|from)|"
                        r"(?:part-|partly\s+|partially\s+|jointly\s+|largely\s+|mainly\s+)?(?:funded|financed|bankrolled)\s+"
                        r"(?:by|from|through|out\s+of|with)|raised\s+(?:through|by\s+way\s+of|from|via)|"
                        r"(?:came|comes|come|coming)\s+(?:from|out\s+of)|"
                        r"(?:from|out\s+of)\s+(?:its|their|his|her|the\s+council's)\s+own)\s+"
                        r"(?P<source>[^,.;:()]+)", re.IGNORECASE)


_MONEY_BEFORE_RE = re.compile(r"[£$€]|\b(?:money|cash|funding|funds?|cost|costs|bill|grant|budget|spending|investment|"
                              r"pounds|dollars|euros|million|billion)\b", re.IGNORECASE)
# Words any source of money may have: "the additional money from higher parking fees" names its source by the fees.
_PLAIN_MONEY_WORDS = set("money cash fund funds funding amount sum revenue revenues income budget additional extra new "
                         "own higher more".split())


def _unsaid_source(claim: str, passages: list[str]) -> str | None:
    """The claim's source of money when the passages give (almost) none of its words: "paid for out of its
    emergency reserve" where they say only that the office is offering loans."""
    text = rephrased(claim)
    found = _SOURCE_RE.search(text)
    if found is None or re.match(r"(?:came|comes|come|coming)\b", found.group(0), re.IGNORECASE) \
            and not _MONEY_BEFORE_RE.search(text[:found.start()]):
        return None   # "the third goal came from a substitute" is no money's source
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", found.group("source"))
             if w.lower() not in lx.FUNCTION_WORDS and w.lower() not in _PLAIN_MONEY_WORDS][:4]
    if not words:
        return None
    keys = {term.key for p in passages for term in parse(p).terms}
    # Names are the name check's (an acronym may stand for a spelled-out name: "the IDB" for the bank).
    told = [term for term in parse(" ".join(words)).terms if term.kind == "word"]
    if told and sum(term.key not in keys for term in told) >= 0.75 * len(told):
        return found.group("source").strip()
    return None


# A place named by a name and what it is ("near Ashby Vale station", "at Thornby primary school"), or by
# what it is after a locative ("to the main railway station").
# Only nouns for a building or a site: "at the centre of", "the market", "a bridge" are as often no place.
_PLACE_NOUN = r"(station|school|hospital|library|church|stadium|airport|harbour|museum|college|university)\b"
_NAMED_PLACE_RE = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,3}(?:[a-z]+\s+)?" + _PLACE_NOUN + r"|\b(?:[A-Z][a-z]+\s+){1,3}"
                             r"(park|bridge|market|centre|center|estate|square)\b|\b(?:to|at|near|outside|from|beside|"
                             r"behind|opposite|by|in|into|around)\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}"
                             + _PLACE_NOUN)


def _unsaid_place(claim: str, passages: list[str]) -> str | None:
    """The claim's "<Name> station" where the passages name no station at all: a place they never give."""
    for found in _NAMED_PLACE_RE.finditer(claim):
        noun = next(group for group in found.groups() if group)
        if not any(re.search(rf"\b{noun}", p, re.IGNORECASE) for p in passages):
            return found.group(0)
    return None


_SITE_NOUN = r"(?:station|school|hospital|library|church|stadium|airport|harbour|museum|college|park-and-ride|depot|" \
             r"campus|clinic|market|bridge|estate|ward)s?"
_NAMED_SITE_RE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3})(" + _SITE_NOUN + r")\b")


def _other_named_place(claim: str, passages: list[str]) -> tuple[str, str] | None:
    """(claim's, passage's) when the claim names a site by a name the passage gives another one: "the Tenby
    Moor park-and-ride" where the passage has "the Lowfield park-and-ride" and Tenby Moor only as an area."""
    for found in _NAMED_SITE_RE.finditer(claim):
        name = {word for word in found.group(1).split() if word.lower() not in lx.FUNCTION_WORDS}
        noun = found.group(2).lower().rstrip("s")
        if not name or not any(all(re.search(rf"\b{word}\b", p) for word in name) for p in passages):
            continue   # a name the passage never gives is the name check's
        runs = [({word for word in m.group(1).split() if word.lower() not in lx.FUNCTION_WORDS}, m.group(0))
                for p in passages
                for m in re.finditer(r"\b((?:[A-Z][a-z]+\s+){1,3})((?i:" + re.escape(noun) + r")s?)\b", p)]
        others = [said for words, said in runs if words and not words & name]
        placed = "|".join(re.escape(word) for word in name)
        if any(re.search(rf"(?i:{re.escape(noun)})s?,?\s+(?:in|at|near|of|,)\s+(?:the\s+)?(?:{placed})\b", p) for p in passages):
            continue   # "the Wenmouth hospital" where the passage has "St Aldric Hospital in Wenmouth"
        if others and not any(name <= words for words, _ in runs):
            return found.group(0).strip(), others[0].strip()
    return None


# A side or a quarter named by its compass point: "the western filter beds", "the north face".
_COMPASS = r"(?:north|south|east|west)(?:[\s\-]?(?:east|west))?(?:ern)?"
_COMPASS_THING_RE = re.compile(rf"\b({_COMPASS})\s+([a-z][\w\-]*)(?:\s+([a-z][\w\-]*))?", re.IGNORECASE)


def _compass_point(word: str) -> str:
    return re.sub(r"ern$", "", word.lower().replace("-", "").replace(" ", ""))


def _other_side(claim: str, window_text: str) -> tuple[str, str] | None:
    """(claim's, window's) when the claim puts a thing on one side ("along the western filter beds") where the
    sentence it matches has it on another ("along the eastern filter beds"); the other side may be named
    elsewhere in the passage for something else, so only the matched sentence counts."""
    for found in _COMPASS_THING_RE.finditer(claim):
        point = _compass_point(found.group(1))
        words = [w for w in found.group(2, 3) if w]
        for size in (len(words), 1):
            thing = r"\s+".join(re.escape(w) for w in words[:size])
            if all(w.lower() in lx.FUNCTION_WORDS for w in words[:size]):
                continue
            sides = [(m.group(0), _compass_point(m.group(1)))
                     for m in re.finditer(rf"\b({_COMPASS})\s+{thing}\b", window_text, re.IGNORECASE)]
            if sides and all(side != point for _, side in sides):
                return f"{found.group(1)} {' '.join(words[:size])}", sides[0][0]
            if sides:
                break
    return None


# "will host league matches for the first time": a first the passage must say, not any superlative.
_FIRST_TIME_RE = re.compile(r"\bfor\s+the\s+(?:very\s+)?first\s+time\b|\bfirst[-\s]ever\b", re.IGNORECASE)
_FIRST_SAID_RE = re.compile(r"\b(?:first|never|maiden|inaugural|debut|ever)\b", re.IGNORECASE)


def _halted_or_kept(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's act, the passage's) when the claim has something stop that the passage has go on
    ("will stop funding rural clinics" where it "will likely keep funding" them), or the other way round."""
    for said, told in ((_HALTS_RE, _KEEPS_GOING_RE), (_KEEPS_GOING_RE, _HALTS_RE)):
        for act in said.finditer(claim):
            first = _objects(act)[:1]
            other = next((m for m in told.finditer(text) if first and _objects(m)[:1] == first), None)
            if other is not None and not any(_objects(m)[:1] == first for m in said.finditer(text)):
                return act.group(0), other.group(0)
    return None


def _objects(match: re.Match) -> list[str]:
    return [lx.stem(w) for w in match.group("object").lower().split() if w not in lx.FUNCTION_WORDS]


# "Monthly passes will stay at 55 euros": a thing the passage keeps as it is.
_KEPT_RE = re.compile(r"(?:^|[.;,]\s+|\band\s+)(?P<what>[A-Z]?[\w'’\- ]{3,60}?)\s+(?:will\s+|would\s+)?(?:stay|stays|stayed|"
                      r"remain|remains|remained)\s+(?:at|unchanged|the\s+same|steady|flat|frozen)\b")
_CHANGED_RE = re.compile(r"\b(?:rise|rises|rising|rose|risen|increase[sd]?|go(?:es)?\s+up|went\s+up|higher|dearer|"
                         r"more\s+expensive|cost\s+more|fall|falls|fell|fallen|drop(?:s|ped)?|decrease[sd]?|cut|"
                         r"lower(?:ed)?|cheaper|less\s+expensive|raised?)\b", re.IGNORECASE)


def _kept_unchanged(claim: str, text: str) -> tuple[str, str] | None:
    """(the claim's change, what the passage keeps) when the claim has something change that the
    passage says will stay as it is: "monthly passes will become more expensive" against
    "Monthly passes will stay at 55 euros", "expand its influence" against "maintain influence"."""
    if not _KEEP_VERB_RE.search(claim):
        kept = {word for match in _KEEP_VERB_RE.finditer(text) for word in _objects(match)}
        for grown in _GROW_VERB_RE.finditer(claim):
            if kept & set(_objects(grown)):
                return grown.group(0), next(match.group(0) for match in _KEEP_VERB_RE.finditer(text)
                                            if kept & set(_objects(match)))
    change = _CHANGED_RE.search(claim)
    if change is None or re.search(r"\b(?:stay|stays|remain|remains|unchanged|frozen)\b", claim, re.IGNORECASE):
        return None
    claimed = {lx.stem(w) for w in re.findall(r"[a-z]+", claim.lower()) if w not in lx.FUNCTION_WORDS}
    for kept in _KEPT_RE.finditer(text):
        words = [w for w in re.findall(r"[a-z]+", kept.group("what").lower()) if w not in lx.FUNCTION_WORDS]
        if words and all(lx.stem(w) in claimed for w in words):
            return change.group(0), kept.group("what").strip()
    return None


def _only_part(claim: str, text: str) -> str | None:
    """The passage's pair when the claim says "only" one of it: "has only appeared in Hindi
    films" where she "appears in Hindi and Telugu films"."""
    only = _ONLY_ADVERB_RE.search(claim)
    if not only:
        return None
    said = {w.lower() for w in re.findall(r"[\w\-]+", claim)}
    for word in re.findall(r"[A-Za-z][\w\-]*", claim[only.end():])[:6]:
        if word.lower() in lx.FUNCTION_WORDS:
            continue
        pair = re.search(rf"\b{re.escape(word)}\s+(?:and|or)\s+(?P<after>[\w\-]+)|"
                         rf"(?P<before>[\w\-]+),?\s+(?:and|or)\s+{re.escape(word)}\b", text)
        other = pair and (pair.group("after") or pair.group("before"))
        if other and other.lower() not in said and other.lower() not in lx.FUNCTION_WORDS:
            return pair.group(0)
    return None


def _miscounted(claim: str, window: _Window) -> str | None:
    """The claim's count phrase when it counts one of what the window counts several of, or the
    other way round, and the window never counts it the claim's way."""
    for mine, theirs in ((_ONE_RE, _SEVERAL_RE), (_SEVERAL_RE, _ONE_RE)):
        claimed, stated = _counted(mine, claim), _counted(theirs, window.text)
        if not claimed or not stated:
            continue
        agreeing = _counted(mine, window.text)
        for key, phrase in claimed.items():
            if key in stated and key not in agreeing:
                return phrase
    return None


def _misassigned_role(claim: str, infos: list[_Passage]) -> tuple[str, str] | None:
    """(name, word) when "X was the <role>" / "The <role> was X" gives X a role the passages give
    someone else: "The architect of the memorial was Abraham Lincoln" where Lincoln's sentences
    never call him an architect but another sentence does.
    """
    match = _COPULA_NAME_FIRST_RE.match(claim) or _COPULA_NAME_LAST_RE.match(claim)
    if not match:
        return None
    name, role = match.group("name").rstrip("."), match.group("role")
    about = _sentences_about(name.split()[-1].lower().strip("'’"), infos, following=True)
    if not about:
        return None
    name_words = {w.lower() for w in name.split()}
    for term in parse(role).terms:
        if term.kind == "number" or term.surface.lower() in name_words:
            continue
        elsewhere = any(_direct(term, w, {}) for info in infos for w in info.windows[:len(info.sentence_texts)])
        if elsewhere and not any(_direct(term, w, {}) for w in about):
            return name, term.surface
    return None


def _sentences_about(name: str, infos: list[_Passage], following: bool = False) -> list[_Window]:
    """The sentences that name `name`, each with the previous one when it opens on "He"/"It"/..."""
    about = []
    for info in infos:
        singles = info.windows[:len(info.sentence_texts)]
        for i, window in enumerate(singles):
            if name in window.names:
                about.append(window)
                # "He is known for ...": the previous sentence names who "he" is.
                if i and _PRONOUN_START_RE.match(window.text):
                    about.append(singles[i - 1])
                # ... and the next one, when it goes on about "him" or "it".
                if following and i + 1 < len(singles) and _PRONOUN_START_RE.match(singles[i + 1].text):
                    about.append(singles[i + 1])
    return about


_DECISION_AXES = {"approval", "ruling", "verdict"}
_DECISION_AGAIN_RE = re.compile(r"\b(?:its|the|their|this|that)\s+(?:decision|ruling|verdict|judgment|judgement)\b")


def _adds_nothing(sentence: _Window, claim_keys: set[str]) -> bool:
    """Every figure, date and name of the sentence is one the claim has."""
    names = {term.key for term in parse(sentence.text).terms if term.kind == "name"}
    return {key for key in sentence.numbers if not key.startswith("dur:")} <= claim_keys and names <= claim_keys


def _goes_on(first: str, later: str, opening: bool = False) -> bool:
    """A later sentence of a story that names again, as "the <noun>", a thing the first one names
    ("The museum drew 96,000 visitors" after "The Pelham Bay Museum of Art will reopen ..."), or
    counts more of it ("a further 10 centimetres"). With `opening`, only as the thing it opens on,
    or on which a speaker opens what they say ("Jimenez said the assistants would ..."); a town or
    a company named again by its kind ("The town plans ...") counts only there."""
    first_keys = {word_key(w.lower()) for w in re.findall(r"[A-Za-z][\w\-]*", first)}
    start = _SPEAKER_OPENING_RE.sub("", later).lstrip(" \"“")
    start = start[:1].lower() + start[1:]
    if (_KIND_AGAIN_RE.match(start) or _PLACE_AGAIN_RE.match(start) or _KIND_ROLE_RE.match(start)) \
            and _NAME_RUN_RE.search(first):
        return True
    counted = _COUNTED_AGAIN_RE.match(later)
    if counted and any(word_key(word.lower()) in first_keys for word in counted.groups()
                       if word and word.lower() not in lx.FUNCTION_WORDS):
        # "About 600 nurses are expected to take part" after "Nurses at Castlebury General will strike";
        # "Two independent councillors abstained" after "Councillors in Brackenridge voted 27 to 19".
        return True
    if not opening and _COST_AGAIN_RE.search(later) and _SUM_RE.search(first) and not _SUM_RE.search(later):
        return True   # "About 60% of the cost will come from central government" after "The £410 million scheme"
    if _DECISION_AGAIN_RE.search(later) and any(
            lx.POLE_OF.get(lx.stem(word.lower()), {}).keys() & {"approval", "ruling"} for word in re.findall(r"[a-z]+", first)):
        return True   # "reached its decision on 9 September" after "Councillors ... have revoked the licence"
    if opening:
        match = _NAMED_AGAIN_RE.match(start)
        again = [match.group(1)] if match else []
    else:
        again = _NAMED_AGAIN_RE.findall(later) + _MORE_OF_RE.findall(later)
    return any(word_key(noun.lower()) in first_keys for pair in again for noun in pair.split()
               if noun.lower() not in lx.FUNCTION_WORDS)


_NUMBER_KIND_RE = re.compile(
    r"(?P<cur>[£$€]\s?)?(?P<num>\d[\d,.]*\d|\d)(?P<score>[-–]\d+\b)?"
    r"(?P<unit>\s*(?:%|per\s*cent\b|percent\b|(?:m|bn|k)\b|(?:million|billion)\s+(?:pounds|dollars|euros)\b|"
    r"pounds\b|dollars\b|euros\b|pence\b|p\b|am\b|pm\b|a\.m\.|p\.m\.|[:.]\d\d\b))?", re.IGNORECASE)


def _number_kinds(text: str) -> list[tuple[str, str]]:
    """(digits, kind) of each figure a text writes: money, share, year, time, score or count."""
    kinds = []
    for found in _NUMBER_KIND_RE.finditer(text):
        unit = (found.group("unit") or "").strip().lower()
        if found.group("cur") or unit in {"pounds", "dollars", "euros", "pence", "p", "m", "bn", "k"} \
                or unit.endswith(("pounds", "dollars", "euros")):
            kind = "money"
        elif unit in {"%", "percent"} or unit.startswith("per"):
            kind = "share"
        elif unit in {"am", "pm", "a.m.", "p.m."} or unit[:1] in {":", "."}:
            kind = "time"
        elif found.group("score"):
            kind = "score"
        elif re.fullmatch(r"(?:19|20)\d\d", found.group("num")):
            kind = "year"
        else:
            kind = "count"
        kinds.append((found.group("num"), kind))
    return kinds


_MONTH_WORDS = "|".join(sorted(lx.MONTHS))
# Kinds a figure can be told apart by: a share is never a sum of money nor the day of a month.
_KIND_CLASHES = {"share": {"money", "day", "year", "time"}, "money": {"share", "day", "year", "time"}}


def _kinds_of(digits: str, text: str) -> list[str]:
    """The kinds `text` gives the figure `digits` as, a day of a month ("3 February") read as "day"."""
    kinds = []
    for found in _NUMBER_KIND_RE.finditer(text):
        if found.group("num").replace(",", "") != digits.replace(",", ""):
            continue
        kind = _number_kinds(found.group(0))[0][1]
        if kind == "count" and (re.match(rf"\s+(?:{_MONTH_WORDS})\b", text[found.end():], re.IGNORECASE)
                                or re.search(rf"\b(?:{_MONTH_WORDS})\s+$", text[:found.start()], re.IGNORECASE)):
            kind = "day"
        kinds.append(kind)
    return kinds


def _other_kind_only(term: Term, claim: str, text: str) -> bool:
    """"fell 3%" where the passage's only 3 is the day of "3 February", or "fell by €6m" where its only
    6 is a share: the passage has the figure, but never as what the claim counts with it."""
    if not term.surface[:1].isdigit() and term.surface[:1] not in "£$€":
        return False
    return _kinds_clash(re.sub(r"[^\d,.]", "", term.surface).strip(",."), claim, text)


def _kinds_clash(digits: str, claim: str, text: str) -> bool:
    """Whether `text` gives the figure `digits` only as kinds the claim's one kind of it cannot be."""
    claimed = set(_kinds_of(digits, claim))
    if len(claimed) != 1 or not claimed <= set(_KIND_CLASHES):
        return False
    held = set(_kinds_of(digits, text))
    return bool(held) and held <= _KIND_CLASHES[claimed.pop()]


_MEASURE_RE = re.compile(r"\b\d[\d,.]*-[a-z]+\b")


def _an_age(term: Term, claim: str) -> bool:
    """The claim gives the figure as someone's age: "the 37-year-old", "aged 52"."""
    at = claim.find(term.surface)
    return at >= 0 and bool(_AGE_AFTER_RE.match(claim[at + len(term.surface):]) or _AGED_BEFORE_RE.search(claim[:at]))


def _other_kind(numbers: list[Term], anchor: _Window, window: _Window, claim: str, claim_acronyms) -> bool:
    """A claim that sets the story's opening sentence (who, where, when) beside a figure of a later
    sentence: "Saturday's attendance of 4,200 was the biggest at Riverside Park" where the opening
    has the match at Riverside Park on Saturday and a later sentence the crowd of 4,200. The figures
    the opening lacks are in the later sentence, and the opening has no figure of their kind
    (a count for a count, money for money) that the claim's figure could have taken the place of."""
    if len(window.members) != 2 or 0 not in window.sentences:
        return False
    other = next(m for m in window.members if m is not anchor)
    # An age ("the 37-year-old") is the person's wherever the passage gives it: it need be in neither sentence,
    # though one the other sentence gives joins the two like any figure.
    loose = [t for t in numbers if not _direct(t, anchor, claim_acronyms)
             and not (_an_age(t, claim) and not _direct(t, other, claim_acronyms))]
    # A share said as a fraction is there when it bounds the later sentence's share ("just over
    # two-thirds" of "68 percent"), not the one it is compared with ("compared with 61 percent in July").
    headline = _window_of(_COMPARED_TAIL_RE.sub("", other.text))
    if not loose or not all(_direct(t, other, claim_acronyms) or _fraction_word(t) and _bounded(t, headline, claim)
                            for t in loose):
        return False
    opening, later = sorted(window.members, key=lambda m: m.sentences[0])
    # "Construction began in 2022 and employed 900 workers" after the opening names the plant: a later
    # sentence that opens on what the claim names goes on about the opening's subject too.
    # Not one that opens on a new bearer's name ("Reyes, 61, ..."), which _opening_claimed reads past.
    if other is later and not (_goes_on_opening(opening.text, later.text) or not re.match(r"\W*[A-Z][a-z]+,", later.text)
                               and _opening_claimed(later.text, parse(claim))):
        return False   # "Wind farms in the region should power ...", "Reyes, 61, ...": another bearer's figure
    claimed = dict(_number_kinds(claim))
    # A figure joined to its unit ("a 350-megawatt solar farm") measures the thing: it counts nothing.
    held = {kind for _, kind in _number_kinds(_MEASURE_RE.sub(" ", anchor.text))}
    return not any(claimed.get(t.surface.rstrip("%"), "share" if _fraction_word(t) else "count") in held for t in loose)


# The figure a sentence sets its own beside: ", compared with 61 percent in July", "down from 32 percent".
_COMPARED_TAIL_RE = re.compile(r",?\s*\b(?:compared\s+(?:with|to)|against|versus|down\s+from|up\s+from)\s+[^,.;]*",
                               re.IGNORECASE)


def _fraction_word(term: Term) -> bool:
    """A share said in words: "a quarter", "two thirds"."""
    return bool(_SHARE_RE.fullmatch(term.surface)) and not re.search(r"\d", term.surface)


def _local_place(name: str, claim: str, anchor: _Window, window: _Window) -> bool:
    """"Castlemoor residents" where the matching sentence has "local residents" and the story opened
    on "older people in Castlemoor": the place the story is set in, named for its "local"."""
    if not re.search(r"\blocal\b", anchor.text, re.IGNORECASE) or re.search(r"\blocal\b", claim, re.IGNORECASE):
        return False
    opening = next((m for m in window.members if m is not anchor and m.sentences == (0,)), None)
    return opening is not None and re.search(rf"\b(?:in|at|around|across)\s+(?:the\s+)?{re.escape(name)}\b",
                                             opening.text) is not None


_GOING_ON_WORDS = {"the", "this", "these", "those", "its", "their", "his", "her", "it", "they", "he", "she",
                   "in", "at", "on", "by", "with", "during", "after"}


def _goes_on_opening(opening: str, later: str) -> bool:
    """The later sentence opens on something known ("The crowd", "It", "In a 5-2 decision") or on a
    name the opening gives ("Oakridge employs ..." after "Oakridge Crafts has been bought"), not on a
    new bearer ("Wind farms ...", "Reyes, 61, ...")."""
    first = _OPENING_WORD_RE.match(later.lstrip(" \"“"))
    if first is None:
        return False
    word = first.group(1)
    return word.lower() in _GOING_ON_WORDS or word[:1].isupper() and any(
        word in run.split() for run in _NAME_RUN_RE.findall(opening))


_SET_ASIDE_RE = re.compile(r"\b(?:excluding|leaving\s+aside|not\s+counting|without)\s+(?:the\s+)?[£$€]?(\d[\d,.]*)",
                           re.IGNORECASE)


def _set_aside(term: Term, claim: str, anchor: str) -> bool:
    """"Excluding the £12,000 for injury to feelings, the award came to £26,450" where the sentence has
    "awarded her £38,450, including £12,000 for injury to feelings": the claim leaves out the part
    the passage counts in, and gives what the whole comes to without it."""
    aside = _SET_ASIDE_RE.search(claim)
    if aside is None or term.surface.lower() not in aside.group(0).lower():
        return False
    part = _figure(aside.group(1))
    wholes = [_figure(found.group(1)) for found in re.finditer(
        rf"[£$€]?(\d[\d,.]*)[^.;]{{0,40}}?\bincluding\s+(?:the\s+)?[£$€]?{re.escape(aside.group(1))}\b", anchor)]
    stated = _stated(claim)
    return any(whole > part and any(abs(whole - part - value) < 1e-6 for value in stated) for whole in wholes)


def _figure(digits: str) -> float:
    return float(digits.replace(",", "").rstrip("."))


_DATE_KEY_RE = re.compile(r"num:(?:1[5-9]|20)\d\ds?")


def _dated_elsewhere(elsewhere: list[Term], numbers: list[Term], anchor: _Window, window: _Window,
                     info: _Passage) -> tuple[str, str] | None:
    """(claim's year, the passage's) for "Corruption scandals in the 1990s made relations worse" where
    the matching sentence has the 1990s but not the scandals, and the one sentence that speaks of the
    scandals dates them to the 2000s: a date moved from one fact to another."""
    dates = [t for t in numbers if _DATE_KEY_RE.fullmatch(t.key) and t.key in anchor.numbers]
    keys = {t.key for t in elsewhere if t.kind == "word"}
    if not dates or len(keys) < 2:
        return None
    for other in info.windows:
        if len(other.sentences) != 1 or other.sentences[0] in window.sentences or not keys <= other.keys.keys():
            continue
        theirs = sorted(k for k in other.numbers if _DATE_KEY_RE.fullmatch(k))
        if theirs and not any(_DATE_KEY_RE.fullmatch(t.key) and t.key in other.numbers for t in numbers):
            return dates[0].surface, theirs[0][4:]
    return None


def _owner_of_the(name: str, claim: str, anchor: _Window, window: _Window) -> bool:
    """"before Elwood's crash" where the matching sentence has "before the crash" and the sentence
    next to it is about Elwood, the first person it names: the claim says whose the thing is that
    the matching sentence names by "the"."""
    owned = re.search(rf"\b{re.escape(name)}['’]s\s+([a-z][\w\-]+)", claim)
    if owned is None or not re.search(rf"\b[Tt]he\s+{re.escape(owned.group(1))}\b", anchor.text):
        return False
    firsts = [_PERSON_RUN_RE.search(m.text) for m in window.members if m is not anchor]
    return any(first is not None and name in first.group(0).split() for first in firsts)


def _carries_on(anchor: _Window, window: _Window) -> bool:
    """The matching sentence goes on from the one right before it by "They" or "It" ("They took
    watches and rings ..." after "Two men smashed the window of Halden Jewellers on Market Street"):
    the names that set the scene there are the scene of this one."""
    other = next((m for m in window.members if m is not anchor), None)
    return other is not None and other.sentences[-1] + 1 == anchor.sentences[0] \
        and re.match(r"\W*(?:They|It)\b", anchor.text) is not None


def _linked(window: _Window) -> bool:
    """A pair of sentences whose second goes on about the first one's subject: right after it, it opens
    by pointing back ("This nexus ...") or on a thing named by a noun ("The 8.6-kilometre line ..."),
    or it opens on the bearer the first one names."""
    if len(window.members) != 2:
        return False
    first, second = sorted(window.members, key=lambda m: m.sentences[0])
    if first.sentences[0] == 0 and _goes_on(first.text, second.text, opening=True):
        return True   # a story's opening and a later sentence that goes on about it
    if second.sentences[0] == first.sentences[-1] + 1 \
            and (_POINTS_BACK_RE.match(second.text) or _DEFINITE_OPENING_RE.match(second.text)):
        return True
    # Or it opens on the first one's bearer by the last word of the name ("Osei, 34, receives ..."
    # after "... awarded to debut novelist Amara Osei").
    opening = _OPENING_WORD_RE.match(second.text)
    return opening is not None and any(len(run.split()) >= 2 and run.split()[-1] == opening.group(1)
                                       for run in _NAME_RUN_RE.findall(first.text))


_SHORT_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"}


def _named_in_full(term: Term, claim: str, window: _Window, info: _Passage) -> bool:
    """"Ashcombe Town's run" where the window says "Ashcombe, who had been unbeaten" and the story
    opened on "Ashcombe Town": the claim gives in full a name the window shortens."""
    def words_of(run: str) -> list[str]:
        words = [re.sub(r"['’]s?$", "", word) for word in run.split()]   # "Ashcombe Town's"
        # "said Mr Pugh" shortens "Gareth Pugh" as much as "Pugh" alone does.
        return words[1:] if words and (words[0].lower() in lx.FUNCTION_WORDS or words[0] in _SHORT_TITLES) else words

    for run in _NAME_RUN_RE.findall(claim):
        words = words_of(run)
        if term.surface not in words or len(words) < 2 \
                or not re.search(rf"\b{re.escape(' '.join(words))}\b", info.whole.text):
            continue
        # The window's own name is the start or the end of the full one: "Ashcombe", "Rovers", "Okafor";
        # not a place ("pharmacists in Redcliffe" is the town, not the Redcliffe Medical Committee).
        for found in _NAME_RUN_RE.finditer(window.text):
            short = words_of(found.group(0))
            place = re.search(r"\b(?:in|at|from|near|to|across|around|outside)\s+$", window.text[:found.start()])
            if 0 < len(short) < len(words) and not place \
                    and (short == words[:len(short)] or short == words[-len(short):]):
                return True
        return False
    return False


# "in Loxley", "in the town of Loxley", and "the island nation of Santa Lucerna" without "in".
_PLACE_BEFORE_RE = r"(?:\b(?:in|at|near)\s+(?:the\s+(?:village|town|city|county|district|borough)\s+of\s+)?|" \
                   r"\bthe\s+(?:[a-z]+\s+)?(?:village|town|city|county|district|borough|nation|country|island|" \
                   r"province|region|state)\s+of\s+)"


def _story_place(term: Term, claim: str, text: str) -> bool:
    """"the Loxley school" where the story opens on "St Bride's Primary School in Loxley": the one place
    the passage sets its story in describes what the claim says of it, in any sentence. So does "in the
    Serrano highlands" where the story opens on "the cloud forests of the Serrano highlands"."""
    # The whole name the term is part of in the claim: "Lucerna" of "in Santa Lucerna".
    run = next((run for run in _NAME_RUN_RE.findall(claim) if term.surface in run.split()), term.surface)
    name = re.escape(run)
    described = rf"\b(?:the|a|an)\s+{name}\s+[a-z]|\b{name}['’]s?\s+[a-z]"   # "Harwick's schools" too
    placed = rf"\b(?:in|near)\s+{name}\b"
    region = re.search(rf"\b(?:in|near)\s+the\s+{name}\s+([a-z]+)", claim)
    if not re.search(described, claim) and not re.search(placed, claim):
        return False
    sentences = [text[start:end] for start, end in split_sentences(text)]
    # "Turnout in Westrick" where the story opens on "won the Westrick mayoral election".
    if not sentences or not re.search(rf"{_PLACE_BEFORE_RE}{name}\b", sentences[0]) \
            and not (re.search(described, sentences[0]) and re.search(placed, claim)) \
            and not (region and re.search(rf"\bthe\s+{name}\s+{region.group(1)}\b", sentences[0])):
        return False
    places = {m.group(1) for m in re.finditer(rf"{_PLACE_BEFORE_RE}([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)", text)}
    return all(term.surface in place.split() for place in places) \
        and (bool(places) or re.search(placed, claim) is not None or region is not None)


def _hometown(surface: str, claim: str, text: str) -> bool:
    """"A Morecambe roofer" where the passage has "roofer Daniel Pryce" and, later, "Pryce, of Morecambe":
    the town a person is from describes them by their trade or role."""
    name = re.escape(surface)
    described = re.search(rf"\b(?:[Aa]|[Aa]n|[Tt]he)\s+{name}\s+(?P<noun>[a-z]+)\b", claim)
    if described is None:
        return False
    for found in re.finditer(rf"(?P<who>[A-Z][\w'’\-]+),\s+(?:\d{{1,3}},\s+)?(?:of|from)\s+{name}\b", text):
        who, noun = re.escape(found.group("who")), re.escape(described.group("noun"))
        if re.search(rf"\b{noun}\s+(?:[A-Z][\w'’\-.]*\s+){{0,2}}{who}\b|\b{who},\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?"
                     rf"{noun}\b", text):
            return True
    return False


def _story_subject(term: Term, claim: str, text: str, window: _Window) -> bool:
    """"One in five seats in the Corn Exchange's opening season" where the story opens on "The Corn
    Exchange in Bury St Edmunds will reopen" and the matching sentence ("Tickets for the first season go
    on sale ...") names nothing: the thing the story is about, named in full."""
    run = next((run for run in (re.sub(r"['’]s?\b", "", found) for found in _NAME_RUN_RE.findall(claim))
                if term.surface in run.split()), "")
    if not run or run.split()[0] in {"The", "A", "An"}:
        return False
    sentences = [text[start:end] for start, end in split_sentences(text)]
    if not sentences:
        return False
    if len(run.split()) < 2:
        # "the Westbridge course" where the story opens on "Westbridge College has launched a course": the
        # first word of the name it opens on, said alone, where the window names nothing the claim does not.
        if not re.match(rf"\W*(?:The\s+)?{re.escape(run)}\s+[A-Z][a-z]+\b(?!\s+[A-Z])", sentences[0]) \
                or any(re.search(rf"\b{re.escape(run)}\b", sentence) for sentence in sentences[1:]):
            return False
        claimed = set(re.findall(r"[A-Z][\w'’\-]*", claim))
    elif not re.match(rf"\W*(?:The\s+)?{re.escape(run)}\b(?!\s+[A-Z])", sentences[0]):
        return False
    else:
        claimed = set()
    # The window names nothing but what opens its sentences (and months).
    names = [word for word in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’\-]*", window.text)
             if word.lower() not in lx.MONTHS | lx.CAPITALISED_WORDS and re.sub(r"['’]s$", "", word) not in claimed]
    return not names


_UNNAMED_OPENING_RE = re.compile(r"^(?:An?)\s+(?:[\w'’\-]+\s+){0,4}?(?:man|woman|boy|girl|teenager|driver|assistant|"
                                 r"worker|nurse|teacher|pensioner|mother|father|resident|[a-z]+er|[a-z]+ist)\b(?!\s+[A-Z])")
_NAME_RUNS_RE = re.compile(r"(?:[A-Z][\w'’\-]*\s+)*[A-Z][\w'’\-]*")
_AGED_OPENING_RE = re.compile(r"((?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*),\s+(?:aged\s+)?\d{1,2},")


def _named_later(term: Term, anchor: _Window, window: _Window) -> bool:
    """"Mensah won £28,500" where the matching sentence opens on "A care assistant who was sacked ...
    has won £28,500" and the next one names her ("ruled that Abena Mensah, 41, had been unfairly
    dismissed"): a person the story brings in unnamed, named in the next sentence after whoever acts
    there."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None or other.sentences[0] != anchor.sentences[-1] + 1 or not _UNNAMED_OPENING_RE.match(anchor.text):
        return False
    # Or the next sentence opens on the person with an age ("Carol Pemberton, 52, made 219 transfers").
    aged = _AGED_OPENING_RE.match(other.text)
    if aged and term.surface in aged.group(1).split():
        return True
    runs = [run for run in _NAME_RUNS_RE.findall(other.text) if run.split()[0].lower() not in lx.FUNCTION_WORDS]
    return any(term.surface in run.split() for run in runs[1:]) and not any(term.surface in run.split()
                                                                           for run in runs[:1])


def _owner_named_after(term: Term, anchor: _Window, window: _Window) -> bool:
    """"a Brightfield Eggs farm" where the matching sentence has "an outbreak of bird flu at a poultry farm"
    and the next one "around the farm, owned by Brightfield Eggs": the later sentence names again, as "the
    farm", a thing the matching one brought in, and gives the name right beside it."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None or other.sentences[0] <= anchor.sentences[-1]:
        return False
    for again in re.finditer(r"\b[Tt]he\s+([a-z]{3,})\b", other.text):
        noun = again.group(1)
        if noun in lx.FUNCTION_WORDS or not re.search(rf"\b(?:a|an)\s+(?:[\w\-]+\s+){{0,3}}{noun}\b", anchor.text):
            continue
        beside = other.text[again.end():again.end() + 60]
        if re.match(rf",?\s+(?:owned|run|operated|built|managed)\s+by\s+(?:[A-Z][\w'’\-]*\s+)*?{re.escape(term.surface)}\b",
                    beside):
            return True
    return False


_HEAD_OF_STATE_RE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen)\s+"
                               r"(?P<name>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)")


def _country_of_title(term: Term, parsed: Parsed, anchor: _Window, window: _Window) -> bool:
    """"Peru's president" where the matching sentence has "President Vargas" and the other sentence
    Peru: the country whose title the sentence gives."""
    if not _nation(term.surface):
        return False
    title = re.search(rf"\b{re.escape(term.surface)}['’]s\s+([a-z]+)\b", parsed.text)
    if title and re.search(rf"\b{title.group(1).capitalize()}\s+[A-Z]", anchor.text):
        return True
    # "President Vargas is under pressure, and Peru's economy is struggling" where the matching sentence
    # has "President Vargas, facing ... a struggling economy" and the other "the Peruvian government under
    # President Mateo Vargas": the country the other sentence gives the head of state the claim names.
    for head in _HEAD_OF_STATE_RE.finditer(parsed.text):
        surname = head.group("name").split()[-1]
        if re.search(rf"\b{surname}\b", anchor.text) and re.search(
                rf"\b{re.escape(term.surface[:4])}\w*(?:\s+[\w\-]+){{0,5}}?\s+{surname}\b", window.text):
            return True
    return False


def _refers_back(term: Term, anchor: _Window, window: _Window) -> bool:
    """The two sentences speak of one thing, so a name may come from either:
    - the anchor names the term's bearer again by the last word of its name ("the institute"
      for "the National Health Institute", "President Vargas" for "President Mateo Vargas") or by
      part of it ("Lowmoor" for "Lowmoor Athletic"),
      the other sentence coming first;
    - the other sentence follows the anchor and opens by pointing back at it ("This nexus ...");
    - the anchor follows the other sentence and opens on a thing it introduced, named by a noun
      ("The 3.1 billion-euro facility has 56 turbines" after "... switched on the Greyhill wind farm"),
      or names it again by its kind ("the company", "the species")."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None:
        return False
    # A story's opening sentence and a later one that goes on about it: a name may come from the
    # opening, or from the later sentence of a pair only _goes_on made.
    if other.sentences[0] == 0 and _goes_on(other.text, anchor.text) or anchor.sentences[0] == 0 \
            and other.sentences[0] > max(WINDOW_GAPS) and _goes_on(anchor.text, other.text):
        return True
    for found in _NAMED_AS_RE.finditer(other.text):
        # "a disabled woman who waited 19 months" and, later, "The woman, identified only as Mrs D".
        if term.surface in found.group("name").split() \
                and re.search(rf"\b{re.escape(found.group('kind'))}\b", anchor.text, re.IGNORECASE):
            return True
    if other.sentences[0] > anchor.sentences[0]:
        # Or by the thing's kind ("The company, based in Kelham, ..." after "Thornbury Cartons is to create 85 jobs").
        return other.sentences[0] == anchor.sentences[-1] + 1 and bool(_POINTS_BACK_RE.match(other.text)
                                                                        or _KIND_OPENING_RE.match(other.text))
    named_there = any(term.surface in run.split() for run in _NAME_RUN_RE.findall(other.text))
    if named_there and (other.sentences[-1] + 1 == anchor.sentences[0] and _DEFINITE_OPENING_RE.match(anchor.text)
                        or _KIND_AGAIN_RE.search(anchor.text)):
        return True
    for run in _NAME_RUN_RE.findall(other.text):
        words = [re.sub(r"['’]s?$", "", word) for word in run.split()]   # "the Tarlow Growers' Cooperative"
        if term.surface in words and len(words) >= 2:
            head = words[-1]
            if head.lower() in lx.FUNCTION_WORDS:
                continue
            again = rf"\b[Tt]he\s+(?:[\w\-]+\s+)?{re.escape(head.lower())}\b"
            if re.search(again, anchor.text):
                return True
            # "the judge said" after "Employment Judge Colin Marsh awarded her ...": a person named
            # again by the title that stands before the name.
            titles = [word.lower() for word in words[:words.index(term.surface)] if word.lower() in _PERSON_TITLES]
            if any(re.search(rf"\b[Tt]he\s+(?:[\w\-]+\s+)?{title}\b", anchor.text) for title in titles):
                return True
            # "President Vargas" after "President Mateo Vargas", "Lowmoor led 2-0" after "Lowmoor Athletic":
            # the anchor names it by part of its name, and no word of the anchor's name is new.
            if any(set(again_run.split()) - {"The", term.surface} and set(again_run.split()) <= set(words) | {"The"}
                   for again_run in _NAME_RUN_RE.findall(anchor.text)):
                return True
    if other.sentences[-1] + 1 == anchor.sentences[0] and _OBJECT_PRONOUN_RE.search(anchor.text):
        # "him" or "her" after a verb stands for a person the sentence before names first or last:
        # "Employment Judge Colin Marsh awarded her £38,450" after "... unfairly dismissed warehouse
        # supervisor Priya Nandra"; "Judge Peter Lomax also banned him" after "Liam Cartwright, 29, ...".
        people = _PERSON_RUN_RE.findall(other.text)
        opening = _PERSON_RUN_RE.match(other.text.lstrip())
        if opening and term.surface in opening.group(0).split() or people and term.surface in people[-1].split():
            return True
    # "The institute has recommended" after "the Valtera Institute for Infectious Diseases": a body whose
    # name runs on past "for" or "of" is named again by the kind of body it is.
    for run in _BODY_NAME_RE.findall(other.text):
        words = run.split()
        if term.surface in words and any(word.lower() in _BODY_KINDS and re.search(rf"\b[Tt]he\s+{word.lower()}\b",
                                                                                  anchor.text) for word in words[1:]):
            return True
    return False


_OBJECT_PRONOUN_RE = re.compile(r"\b[a-z]+(?:ed|s)\s+(?:him|her)\b(?!\s+(?:own\b|[a-z]+(?:s|ing)\b))")
_NAMED_AS_RE = re.compile(r"\b[Tt]he\s+(?P<kind>[a-z]+),?\s+(?:(?:who\s+was\s+|who\s+is\s+)?(?:identified|named|known|"
                          r"referred\s+to)\s+(?:only\s+)?as\s+|called\s+)(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                          r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)")
_BODY_NAME_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:(?:for|of|and|on)\s+(?:the\s+)?)?[A-Z][\w'’\-]*)+")
_BODY_KINDS = set("institute centre center board trust authority commission committee council society association "
                  "foundation agency service office department ministry university hospital college bank union "
                  "federation tribunal court company group".split())


def _names_all_claimed(anchor: _Window, parsed: Parsed, info: _Passage) -> bool:
    """Every name of the anchor sentence is one the claim names too (dates aside). A capitalised
    word opening the sentence counts as a name where the passage uses it in one elsewhere
    ("Alliance leader Mira Solvang" after "The Progressive Alliance won ...")."""
    claimed = _Window((), parsed.text)
    claimed.add(parsed, set())
    names = [t for t in parse(anchor.text).terms if t.kind == "name"]
    opening = _OPENING_WORD_RE.match(anchor.text)
    if opening and opening.group(1).lower() not in lx.FUNCTION_WORDS and not any(
            opening.group(1) in t.surface.split() for t in names):
        elsewhere = [text for i, text in enumerate(info.sentence_texts) if i not in anchor.sentences]
        if any(opening.group(1) in run.split() and len(run.split()) > 1
               for text in elsewhere for run in _NAME_RUN_RE.findall(text)):
            names += [t for t in parse(opening.group(1), fragment=True).terms]
    said = {term.surface for term in names if term.key in lx.MONTHS | lx.WEEKDAYS or _direct(term, claimed, {})}
    # A name the claim gives in part is claimed whole: "Quillon's" names "Quillon Systems", but the
    # "Redcliffe" of "the Redcliffe Medical Committee" does not name "the Redcliffe Integrated Care Board".
    runs = [run.split() for run in _NAME_RUN_RE.findall(anchor.text)]
    parts = [{re.sub(r"['’]s?$", "", word) for word in run.split()} for run in _NAME_RUN_RE.findall(parsed.text)]
    def named_in_part(run: list[str]) -> bool:
        return bool(said & set(run)) and not any(said & part & set(run) and not part - {"The", "A", "An"} <= set(run)
                                                 for part in parts)

    return all(term.surface in said or any(term.surface in run and named_in_part(run) for run in runs)
               for term in names)


def _told_of(split: list[str], anchor: _Window, window: _Window, claim: str) -> bool:
    """The matching sentence opens on "He" or "She", the sentence before it names one person, and the
    claim opens on that person in the pronoun's place: "Dr. Ines Falk called on ..." where "She urged
    ..." follows "Dr. Ines Falk said"."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None or other.sentences[0] > anchor.sentences[0] or not _HE_SHE_START_RE.match(anchor.text):
        return False
    people = _PERSON_RUN_RE.findall(other.text)
    opening = _PERSON_RUN_RE.match(claim.lstrip())
    if len(people) != 1 or opening is None:
        return False
    # The person speaks there ("Dr. Ines Falk, said ..."), so "She" goes on with what they say.
    after = other.text[other.text.find(people[0]) + len(people[0]):]
    speaks = any(word in SPEECH_VERBS for word in re.findall(r"[a-z]+", after.lower())[:_SPEAKER_REACH])
    return speaks and all(name in people[0].split() and name in opening.group(0).split() for name in split)


def _subject_claimed(anchor: _Window, window: _Window, parsed: Parsed) -> bool:
    """The other sentence of the pair is about what the claim is about: it opens on a pronoun, or
    the first thing it names (after an opening "Separately," or "However,") is in the claim, not
    "a storm" that the claim's subject replaces."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None:
        return False
    if _PRONOUN_START_RE.match(other.text):
        return True
    return _opening_claimed(other.text, parsed)


def _told_there(term: Term, parsed: Parsed, anchor: _Window, window: _Window, claim_acronyms) -> bool:
    """A word next to the name in the claim (two terms either side of its run of names) is in the
    other sentence of the pair, where the name is, and not in the matching one."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None:
        return False
    terms = parsed.terms
    start = end = next(i for i, t in enumerate(terms) if t is term)
    while start > 0 and terms[start - 1].kind == "name":
        start -= 1
    while end + 1 < len(terms) and terms[end + 1].kind == "name":
        end += 1
    near = terms[max(0, start - 2):start] + terms[end + 1:end + 3]
    # The name's own clause there: in "Petrik scored both goals, and the goalkeeper Dane saved a penalty"
    # Petrik saved nothing.
    pieces = [piece for piece in _PIECE_RE.split(other.text) if piece and term.surface in piece.split()]
    if not pieces:
        return False
    there = _window_of(pieces[0])
    return any(_direct(t, there, claim_acronyms) and not _direct(t, anchor, claim_acronyms) for t in near)


def _number_told_there(term: Term, parsed: Parsed, anchor: _Window, window: _Window, claim_acronyms) -> bool:
    """The claim's words next to a figure the matching sentence lacks ("their captain was top scorer
    with 71") are in the other sentence's clause that has the figure, and none of them is only in the
    matching sentence ("machinery dropped 6.5%" keeps the machinery's sentence)."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None or not (_direct(term, other, claim_acronyms) or _bounded(term, other, parsed.text)):
        return False
    terms = parsed.terms
    at = next(i for i, t in enumerate(terms) if t is term)
    near = [t for t in terms[max(0, at - 3):at] + terms[at + 1:at + 3] if t.kind != "number"]
    pieces = [piece for piece in _PIECE_RE.split(other.text) if piece and (
        _direct(term, _window_of(piece), claim_acronyms) or _bounded(term, _window_of(piece), parsed.text))]
    if not pieces or not near:
        return False
    there = _window_of(pieces[0])
    if _WHOLE_BACK_RE.search(pieces[0]) and re.match(r"\s+of\b", parsed.text[parsed.text.find(term.surface)
                                                                           + len(term.surface):]):
        # "a third of Tarsenia's exports" where the other sentence has "35 percent of that total": the
        # whole the share is of is the matching sentence's.
        near = terms[max(0, at - 3):at]
    own = [t for t in near if _direct(t, there, claim_acronyms) and not _direct(t, anchor, claim_acronyms)]
    return bool(own) and not any(_direct(t, anchor, claim_acronyms) and not _direct(t, there, claim_acronyms)
                                 for t in near)


_WHOLE_BACK_RE = re.compile(r"\b(?:%|percent|per\s+cent|half|third|quarter|fifths?|tenths?)\s+of\s+(?:that|this|the|those|"
                            r"these)\s+(?:total|figure|amount|sum|number)\b|\bof\s+(?:them|it|those)\b", re.IGNORECASE)


def _told_far(term: Term, parsed: Parsed, anchor: _Window, info: _Passage, claim_acronyms) -> bool:
    """A figure no sentence near the matching one gives, told with the claim's own words around it in a
    clause further on ("bailed until 14 April" where the last sentence has "on bail until 14 April"):
    two of the terms beside it are that clause's, none is only in the matching sentence, the clause's
    subject is the claim's ("Wind farms in the region should power 60,000 homes" is not said of the
    solar park), and a direction beside it is the clause's own ("shares dropped 5%" is not said where they rose 5%, nor
    "cut 40 minutes" where buses add 40 minutes)."""
    terms = parsed.terms
    at = next(i for i, t in enumerate(terms) if t is term)
    near = [t for t in terms[max(0, at - 2):at] + terms[at + 1:at + 3] if t.kind != "number"]
    if len(near) < 2:
        return False
    for text in info.sentence_texts:
        for piece in _PIECE_RE.split(text):
            there = _window_of(piece) if piece else None
            if there is None or not _direct(term, there, claim_acronyms):
                continue
            turned = any(sign not in there.poles.get(axis, set()) for t in near for axis, sign in t.poles.items())
            if not turned and _opening_claimed(piece, parsed) and sum(bool(_direct(t, there, claim_acronyms)) for t in near) >= 2 and not any(
                    _direct(t, anchor, claim_acronyms) and not _direct(t, there, claim_acronyms) for t in near):
                return True
    return False


def _window_of(text: str) -> _Window:
    window = _Window((), text)
    window.add(parse(text), set())
    return window


def _opening_claimed(text: str, parsed: Parsed) -> bool:
    """The first thing a sentence names (after an opening "Separately," or "However,") is in the claim."""
    if _NEW_FACT_RE.match(text):
        return False
    text = re.sub(r"^\W*[A-Z][a-z]+,\s+", "", text)
    terms = [term for term in parse(text).terms if term.kind != "number"]
    if not terms:
        return False
    # The opening noun phrase up to its name, read whole: "Ostrelund's Supreme Court upheld ...",
    # "The software company Brightloom said ...", "Wheat farmers in the Dovran valley expect ...".
    first_name = next((i for i, term in enumerate(terms[:3]) if term.kind == "name"), None)
    subject = terms[:1] if first_name is None else terms[:first_name + 1]
    while subject[-1].kind == "name" and len(subject) < len(terms) and terms[len(subject)].kind == "name":
        subject.append(terms[len(subject)])
    claimed = _Window((), parsed.text)
    claimed.add(parsed, set())
    return any(_direct(term, claimed, {}) for term in subject)


def _nation(name: str) -> bool:
    """A country or the adjective of its people: "Peruvian", "Chile", "the US"."""
    lower = name.lower()
    return _country(name) or lower in lx.NATION_OF or f"acr:{name.upper()}" in lx.NATION_OF \
        or lower.endswith(("ian", "ean", "ese")) and any(lower.startswith(c[:4]) for c in lx.COUNTRY_WORDS)


def _their_role(name: str, claim: str, text: str) -> bool:
    """"Wanjiru's coach, Martin Doyle" where the matching sentence has "Her coach, Martin Doyle":
    the name stands for the pronoun there."""
    role = re.search(rf"\b{re.escape(name)}['’]s\s+([a-z]+)", claim)
    return role is not None and re.search(rf"\b(?:her|his|its|their)\s+{role.group(1)}\b", text,
                                          re.IGNORECASE) is not None


_DATELINE_RE = re.compile(r"^\s*([A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*)\s*(?:,\s*[A-Z][\w.]*\s*)?[—–-]")


def _dateline(first_sentence: str) -> set[str]:
    """The words of a story's dateline in capitals ("DRAYFORD —", "PORT ELDAN —"), or none."""
    match = _DATELINE_RE.match(first_sentence)
    return set(match.group(1).split()) if match else set()


def _speaker_there(term: Term, anchor: _Window, window: _Window) -> bool:
    """The other sentence of the pair gives the term as a speaker ("..., concludes Dr. Rodriguez",
    "Lenz said", "according to the ministry") or quotes on, not a name in another fact
    ("organizations such as the OAS play a supporting role")."""
    other = next((m for m in window.members if m is not anchor), None)
    if other is None:
        return False
    # Two quotations in a row are one speaker going on: "“The Andean Pact is failing ...,” concludes
    # Dr. Rodriguez. “The US needs to shift ...”".
    return _spoken(other.text) or any(term.surface in re.findall(r"[\w'’\-]+", who)
                                      for who in _speaker_names(other.text))


def _speaker_names(text: str) -> list[str]:
    verbs = "|".join(sorted(SPEECH_VERBS | {"call", "calls", "called", "describe", "describes", "described"}))
    # "..., argues Dr. Isabel Rodriguez, a specialist at the Institute for Strategic Studies": the
    # speaker with what describes them.
    found = [m.group(1) for m in re.finditer(rf"[,\"”’']\s*(?:{verbs})\s+((?:[^.;\"“”]|\.(?=\s*[A-Z]))+)", text)]
    found += [m.group(1) for m in re.finditer(rf"((?:[A-Z][\w'’\-]*\.?\s+)*[A-Z][\w'’\-]*),?\s+(?:{verbs})\b", text)]
    found += [m.group(1) for m in re.finditer(r"\b[Aa]ccording to\s+([^,.;]+)", text)]
    return found


def _spoken(text: str) -> bool:
    """A quotation of spoken words: four words or more, some of them lower-case content words.
    A title in quotes capitalises its content words ("Anne of Green Gables")."""
    return any(any(w.islower() and w not in lx.FUNCTION_WORDS for w in re.findall(r"[^\W\d_]+", m.group()))
               for m in _QUOTATION_RE.finditer(text))


def _name_text(text: str) -> str:
    return f" {normalize_surface(text)} ".replace("'s ", " ")


def _misquoted(claim: str, passages: list[str]) -> str | None:
    """A quoted title or phrase of two words or more that no passage writes: 'Ruta Sepetys'
    best-seller is "The Gray Shade"' where the passage quotes "Between Shades of Gray"."""
    written = [f" {normalize_surface(p)} " for p in passages]
    for quoted in _QUOTED_RE.findall(claim):
        words = normalize_surface(quoted)
        if len(words.split()) >= 2 and not any(f" {words} " in text for text in written):
            return quoted
    return None


def _spliced_name(claim: str, passages: list[str], question: str | None, short: bool = False) -> str | None:
    """A multi-word name whose words the passages have, but never together ("Lake Erie State Park"
    from "Presque Isle State Park ... into Lake Erie"): two names spliced into a third. A short
    answer that is a title ("The Singer and the Producer") is held to the same rule as a whole."""
    sources = [*passages, *(_NICKNAME_RE.sub(" ", p) for p in passages), question or ""]
    texts = [_name_text(t) for t in sources]
    words = set(" ".join(texts).split())
    # A possessive ends a name: "Lorvania's Supreme Court" is two names, as "the Supreme Court of Lorvania".
    runs = [piece for run in _LONG_NAME_RE.findall(claim) for piece in _POSSESSIVE_RE.split(run) if " " in piece]
    title = _TITLE_RE.fullmatch(claim.strip().rstrip("."))
    if short and title and " " in title.group():
        runs.append(title.group())
    for run in runs:
        name = _name_text(run)
        variants = [name]
        first = run.split()[0]
        if claim.startswith(run) and (first.lower() in lx.FUNCTION_WORDS
                                      or not any(re.search(rf"\b{re.escape(first)}\b", t) for t in sources)):
            # The claim's first word is capitalised anyway: "Besides the US" names only "the US".
            # A first word the passages write too ("Denver Avalanche") is part of the name.
            variants.append(" " + name.split(None, 1)[1])
        if set(name.split()) <= words and not any(v in t for v in variants for t in texts) \
                and not _titled_surname(run, sources):
            return run
    return None


_FULL_TITLES = set("professor doctor president judge captain councillor sergeant inspector detective constable "
                   "reverend lord lady dame sister father mayor senator governor minister chancellor "
                   "mister miss".split())
_PERSON_TITLES = _FULL_TITLES | {"coroner", "ombudsman", "chairman", "chairwoman", "chair", "commissioner",
                                  "prosecutor", "magistrate", "recorder", "superintendent", "officer"}


_RANK_WORDS = {"chief", "deputy", "assistant", "acting", "vice", "senior", "principal", "detective", "district",
               "lord", "prime", "general", "police", "lieutenant", "superintendent", "head"}


def _titled_surname(run: str, sources: list[str]) -> bool:
    """"Professor Owusu" where the passage has "Professor Janet Owusu", "Chief Inspector Holloway" where
    it has "Chief Inspector Sarah Holloway": a title and a surname, the given names left out."""
    words = run.split()
    # A rank of several words is a title too: "Chief Inspector Holloway", "Deputy Mayor Reyes".
    titles = [word.lower().rstrip(".") for word in words[:-1]]
    if len(words) < 2 or titles[-1] not in lx.TITLES | _FULL_TITLES \
            or any(title not in lx.TITLES | _FULL_TITLES | _RANK_WORDS for title in titles):
        return False
    pattern = re.compile(rf"\b{re.escape(' '.join(words[:-1]))}\s+(?:[A-Z][\w'’.-]*\s+){{1,2}}{re.escape(words[-1])}\b")
    return any(pattern.search(text) for text in sources)


def _next_word(terms: list[Term], index: int) -> str | None:
    return terms[index + 1].key if index + 1 < len(terms) and terms[index + 1].kind != "number" else None


def _previous_word(terms: list[Term], index: int) -> str | None:
    return terms[index - 1].key if index > 0 and terms[index - 1].kind != "number" else None


def _opposite_beside(term: Term, parsed: Parsed, anchor: _Window) -> str | None:
    """The matching sentence's word on the other pole next to the same word the claim's pole word goes
    with: "a historically stable region" (or "a region historically stable") against "a historically
    volatile region", though "stability" is in the next sentence ("hemispheric stability")."""
    if term.negated or any(-sign == t.poles.get(axis) for t in parsed.terms for axis, sign in term.poles.items()):
        return None   # "up 14%, with arrivals down 6%": the claim has the other side too
    at = next(i for i, t in enumerate(parsed.terms) if t is term)
    after, before = _next_word(parsed.terms, at), _previous_word(parsed.terms, at)
    terms = parse(anchor.text).terms
    for index, word in enumerate(terms):
        if word.negated or not any(word.poles.get(axis) == -sign for axis, sign in term.poles.items()):
            continue
        if after is not None and _next_word(terms, index) == after \
                or before is not None and _previous_word(terms, index) == before:
            return word.surface
    return None


def _opposite(term: Term, window: _Window, hedged: bool = False, claimed: Counter | None = None) -> str | None:
    """The window word on the other pole of an axis where the window has nothing on the claim's pole.

    A denied claim word takes the other pole's side: "cannot succeed" says what "failure" says. A
    pole the window only denies is the other side too: "largely succeeded" against "limited success",
    unless the claim hedges as well ("achieved only limited results"). A window word the claim
    restates itself is spoken for: in "the decline that followed the Shining Path's rise", the
    passage's "rise" is the claim's "rise", not the other side of "decline"."""
    if term.negated:
        return None
    claimed = claimed or Counter()
    for axis, sign in term.poles.items():
        seen = window.poles.get(axis, set())
        # More claim words on the pole than the window has, and a window word on the other pole
        # the claim leaves over: "easing pressure amid a shrinking budget" against "mounting
        # pressure and a shrinking budget".
        outnumbered = claimed[(axis, sign)] > window.pole_counts[(axis, sign)] \
            and claimed[(axis, -sign)] < window.pole_counts[(axis, -sign)]
        if sign in seen and not outnumbered:
            continue
        if -sign in seen and claimed[(axis, -sign)] >= window.pole_counts[(axis, -sign)]:
            continue
        if -sign in seen:
            return window.pole_words[(axis, -sign)]
        if (axis, sign) in window.denied_poles and not hedged:
            return "not " + window.denied_poles[(axis, sign)]
    return None


def _governed(connective: str, text: str) -> set[str] | None:
    """The content words of what "before"/"after" governs in the text ("after a 30-day free trial"),
    or None when the word is no such connective there."""
    match = re.search(rf"\b{re.escape(connective)}\s+((?:[\w'’\-£$€%.,]+\s*){{1,5}})", text, re.IGNORECASE)
    if not match:
        return None
    words = re.findall(r"[\w'’\-]+", match.group(1).split(",")[0])
    return {word_key(w.lower()) for w in words if w.lower() not in lx.FUNCTION_WORDS}


def _same_event(word: str, claim: str, other: str, text: str) -> bool:
    """"before" against "after" contradicts only when both order the same event: "before the storm"
    against "after the storm", not "free for 30 days before a monthly charge applies" against "£4.99
    a month after a 30-day free trial", which orders the same two things the other way round. A claim's
    "after" that orders two events says nothing against a window word that orders none ("advances")."""
    if word.lower() not in _CONNECTIVE_TIMES:
        return True
    mine = _governed(word, claim)
    if other.lower() not in _CONNECTIVE_TIMES:
        return mine is None
    theirs = _governed(other, text)
    return mine is None or theirs is None or bool(mine & theirs)


def _will_not(surface: str, affirmed: bool = False) -> re.Pattern:
    """"will not face", "can't pay"; with affirmed, the verb after a modal that is not denied: "could face"."""
    if affirmed:
        return re.compile(rf"\b(?:will|would|could|can|shall|should|may|might|must)\s+{re.escape(surface)}\b",
                          re.IGNORECASE)
    return re.compile(rf"\b(?:will|would|could|can|shall|should)\s+not\s+{re.escape(surface)}\b|"
                      rf"\b(?:won|wouldn|couldn|can|shan|shouldn)['’]t\s+{re.escape(surface)}\b", re.IGNORECASE)


def _none_of(surface: str) -> re.Pattern:
    return re.compile(rf"\b(?:no|without(?:\s+any)?|not\s+any)\s+{re.escape(surface)}\b", re.IGNORECASE)


def _not_done(surface: str) -> re.Pattern:
    return re.compile(rf"(?:\bnot|n[’']t|\bnever)\s+(?:(?:been|be|yet|ever)\s+)*{re.escape(surface)}\b", re.IGNORECASE)


def _stated_elsewhere(terms: list[Term], info: _Passage, window: _Window, negated: bool = False) -> str | None:
    """A word the claim says there is none of ("without any losses") that the window lacks and the
    passage's other sentences that have it only affirm; with negated, a word the claim affirms that
    they only deny."""
    for term in terms:
        flags = [single.keys[term.key] for single in info.windows[:len(info.sentence_texts)]
                 if single.sentences != window.sentences and term.key in single.keys]
        if flags and all(f == {negated} for f in flags):
            return term.surface
    return None


def _denied_clause(terms: list[Term], info: _Passage, window: _Window) -> str | None:
    """The first of two or more words the claim affirms that come from one other sentence that denies
    them all: "found that the programme also had a significant effect on mathematics scores" where
    "It did not find a significant effect on mathematics scores"."""
    for single in info.windows[:len(info.sentence_texts)]:
        if single.sentences == window.sentences:
            continue
        there = [t for t in terms if t.key in single.keys]
        if len(there) >= 2 and all(single.keys[t.key] == {True} for t in there) \
                and not any(t.key in other.keys for t in there for other in info.windows[:len(info.sentence_texts)]
                            if other.sentences != single.sentences):
            return there[0].surface
    return None


# Past participles that do not end in -ed: "staff were hurt", "the site was sold".
_IRREGULAR_PARTICIPLES = set("hurt cut hit shut set put built sold paid held lost kept left made told caught struck "
                             "brought bought sent spent found won".split())
_CONNECTIVE_TIMES = {"after", "before"}
_NEGATOR_RE = re.compile(r"\b(?:not|no|never|none|nor|neither|without)\b|n[’']t\b", re.IGNORECASE)
_PARTICLES = {"up", "down", "off", "out", "back", "over", "in", "on", "away"}
_MODAL = r"(?:would|will|could|can|should|might|may|must|did|does|do|shall)"


def _turned_elsewhere(poled: list[Term], elsewhere: set[str], info: _Passage, anchor: _Window,
                      hedged: bool, claimed: Counter) -> tuple[str, str] | None:
    """(claim word, passage word) when a sentence other than the anchor that has some of the claim's
    words states the opposite of a direction the claim gives and the window does not back."""
    # "after 35 properties were flooded" joins two events; it sets no time against another sentence's "previous".
    poled = [term for term in poled if term.surface.lower() not in _CONNECTIVE_TIMES]
    if not poled or not elsewhere:
        return None
    for single in info.windows[:len(info.sentence_texts)]:
        if single.sentences != anchor.sentences and elsewhere & single.keys.keys():
            for term in poled:
                conflict = _opposite(term, single, hedged, claimed)
                if conflict:
                    return term.surface, conflict
    return None


def _rival(term: Term, window: _Window, claim: str = "") -> str | None:
    """The window's other member of a closed set the claim's word belongs to ("July" for "June").

    Units are rivals only when they count the same: "century-old" against "decades-old", "two
    weeks" against "two months", but not "the year" against "the 12 months"."""
    lower = term.surface.lower()
    pieces = [lower] + (lower.split("-") if "-" in lower else [])
    window_words = window.words | {p for w in window.words if "-" in w for p in w.split("-")}
    for piece in pieces:
        for members in lx.CONTRAST_SETS:
            if piece in members:
                rivals = sorted((window_words & members) - {piece})
                if members in lx.UNIT_SETS:
                    count = _count_before(claim, piece)
                    rivals = [r for r in rivals if lx.UNIT_OF[r] != lx.UNIT_OF[piece]
                              and _count_before(window.text, r) == count]
                if claim and members in lx.UNIT_SETS:
                    # "A week before 2 October ... than it did that day": a unit the claim names itself is its own;
                    # not a rival thing ("switch from wheat to barley" where only wheat is the passage's).
                    rivals = [r for r in rivals if not re.search(rf"\b{re.escape(r)}\b", claim, re.IGNORECASE)]
                if members is lx.DAY_PARTS:
                    day = re.search(rf"\b(\w+)\s+{piece}\b", claim, re.IGNORECASE)
                    rivals = [r for r in rivals if day and day.group(1).lower() in lx.WEEKDAYS | {"tomorrow", "yesterday"}
                              and re.search(rf"\b{day.group(1)}\s+{r}\b", window.text, re.IGNORECASE)
                              and not re.search(rf"\b{day.group(0)}\b", window.text, re.IGNORECASE)]
                if rivals:
                    return rivals[0]
    return None


def _count_before(text: str, unit: str) -> str:
    """The number written right before a unit ("two" in "two weeks", "12" in "12-month"), or ""."""
    match = re.search(rf"([\w.,]+)[\s\-]+{re.escape(unit)}\b", text, re.IGNORECASE)
    word = match.group(1).lower() if match else ""
    return word if word[:1].isdigit() or word in lx.NUMBER_WORDS else ""


def _stated_alike(term: Term, info: _Passage) -> bool:
    """The passage's sentences that have the claim's word all say it as the claim does: "No one was
    hurt" where "Nobody was injured" follows "destroying stock" (a harm to things, not to people)."""
    flags = [single.keys[term.key] for single in info.windows[:len(info.sentence_texts)] if term.key in single.keys]
    return bool(flags) and all(flag == {term.negated} for flag in flags)


def _polarity_differs(term: Term, window: _Window) -> bool:
    flags = window.keys.get(term.key)
    if flags is None:
        # Backed by another word on its pole ("failure" by "failing"): the window states that pole
        # and never denies it, so "not a failure" contradicts it.
        return term.negated and any(sign in window.poles.get(axis, ()) for axis, sign in term.poles.items())
    if term.kind == "word" and term.key not in window.plain:
        return False   # "a housing shortfall" where the window's "housing" is the Ministry of Housing's
    return term.negated not in flags


def _reason(supported: bool, verdict: _Verdict, yes_no: bool) -> str:
    where = f"passage {verdict.passage + 1}"
    if verdict.problems:
        return f"Not supported: {verdict.problems[0]} ({where})." if not supported else \
            f"Supported by {where}, although {verdict.problems[0]}."
    if yes_no:
        return f"{where.capitalize()} covers what the question asks; a bare yes/no cannot be checked further." \
            if supported else "The passages do not cover what the question asks."
    sim = f", similarity {verdict.similarity:.2f}" if verdict.similarity is not None else ""
    if supported:
        return f"Supported by {where}{sim}."
    missing = ", ".join(f"'{t}'" for t in verdict.unsupported[:3])
    return f"Not supported: {where} does not back {missing or 'the claim'}{sim}."
