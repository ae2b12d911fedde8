"""Word lists the offline judge reasons with: function words, synonyms, opposites, negation.

All lists are general English (news and policy writing), not tuned to one document. Words are
stemmed when the module loads, so inflections ("rose", "rising", "rises") match one entry.
"""
from __future__ import annotations

import Stemmer

_stemmer = Stemmer.Stemmer("english")

# Irregular forms the Porter stemmer leaves apart from their base verb.
IRREGULAR = {
    # "founded" is not "found": the stemmer makes them one word, and "found" is grammar here.
    "founded": "establish", "founding": "establish", "cofounded": "establish", "founds": "establish",
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
    "shrank": "shrink", "shrunk": "shrink", "began": "begin", "begun": "begin", "led": "lead",
    "won": "win", "held": "hold", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "wrote": "write", "written": "write", "brought": "bring", "sought": "seek", "fought": "fight",
    "built": "build", "sold": "sell", "bought": "buy", "paid": "pay", "met": "meet", "ran": "run",
    "spoke": "speak", "spoken": "speak", "chose": "choose", "chosen": "choose", "drove": "drive",
    "driven": "drive", "struck": "strike", "lost": "lose", "thought": "think", "told": "tell",
    "kept": "keep", "became": "become", "knew": "know", "known": "know", "sank": "sink",
    "spent": "spend", "sent": "send", "set": "set", "hit": "hit", "cut": "cut", "bore": "bear",
    "borne": "bear", "swore": "swear", "fled": "flee", "stole": "steal", "stolen": "steal",
    "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake", "forgot": "forget",
    "overtook": "overtake", "oversaw": "oversee", "overseen": "oversee", "dealt": "deal",
    "children": "child", "men": "man", "women": "woman", "people": "person", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
}

# Words that carry no checkable content: grammar, hedges, attribution, and words that
# describe the document itself ("the brief argues", "according to the report").
GRAMMAR_WORDS = set("""
a an the this that these those there here it its it's they them their theirs he him his she her
hers we us our ours you your yours i me my mine who whom whose which what whatever when where why
how whether if then than so such as of in on at to for from by with about into onto upon over
under through during above below between among amongst within inside across along around
toward towards against via per and or but nor yet also too either both each every all any some
several many much most few own same other another is are was were be been being am do does did
done doing have has had having will would shall should can could may might must ought not
just only even still already very quite rather really fairly largely mainly mostly primarily
chiefly partly particularly especially simply merely overall generally typically often
sometimes always usually instead indeed however therefore thus hence meanwhile moreover
furthermore additionally likewise nevertheless nonetheless while whereas although though
because since unless until once whilst one ones something someone anything anyone everything
everybody nobody thing things way ways kind sort lot lots part parts bit year-old situation
""".split())
# Reporting verbs and document words: grammar in a claim ("the brief states"), but a name's last
# word when capitalised after one ("the United States").
REPORTING_WORDS = set("""
say says said saying state states stated note notes noted argue argues argued arguing claim
claims claimed contend contends contended conclude concludes concluded suggest suggests
suggested suggesting add adds added explain explains explained observe observes observed
write writes wrote written describe describes described describing call calls called calling
report reports reported reporting according accordingly find finds found indicate indicates
indicated show shows showed shown point points pointed mention mentions mentioned regard
regards regarded treat treats treated present presents presented view views consider
considers considered see sees saw seen judge judges judged
warn warns warned believe believes believed think thinks argue stress stresses stressed
reckon reckons reckoned
yes yeah actually
brief piece article report paper document text passage author authors writer source analysis
reftel septel cable
go goes went gone get gets got make makes made making come comes came take takes took
put puts keep keeps help helps helped seem seems seemed appear appears appeared become becomes
became remain remains remained frame frames framed framing unveil unveils unveiled unveiling
""".split())
FUNCTION_WORDS = GRAMMAR_WORDS | REPORTING_WORDS

# Groups of words that say the same thing in news and policy prose.
SYNONYM_GROUPS = [
    "west western", "east eastern", "north northern", "south southern",
    "renovation refurbishment revamp overhaul refit makeover",
    "concern concerns worry worries",
    "sentiment sentiments mood feeling feelings",
    "provide provides provided providing give gives gave given giving",
    "study studies research",
    "usual normal normally customary",
    "respond responds responded responding respondent respondents answer answers answered answering reply replies "
    "replied replying",
    "begin start launch commence initiate open introduce introduces introduced introducing",
    "end finish conclude terminate close cease",
    "establish found create form set-up institute",
    "help aid assist support back bolster",
    "country nation state",
    "government administration authorities regime",
    "leader head chief",
    "president presidency",
    "official officer functionary",
    "migrant immigrant emigrant migration immigration emigration refugee",
    "influx inflow arrival arrivals",
    "border frontier",
    "crossing crossings",
    "money funds funding finance financing financial cash",
    "economy economic economical",
    "politics political policy policies",
    "security safety",
    "crime criminal",
    "drug drugs narcotics narcotic",
    "trafficking smuggling",
    "link links linked connection connected tie ties tied relationship relations relation interconnected "
    "interlinked intertwined",
    "predicament plight trouble troubles",
    "teen teens teenager teenagers",
    "realise realises realised realize realizes realized know knows knew known",
    "insurgency insurgent insurgents rebellion rebels rebel uprising guerrilla guerrillas",
    "extremist extremism extremists radical radicals militant militants",
    "violence violent",
    "corruption corrupt graft bribery",
    "scandal scandals affair affairs",
    "trust confidence faith",
    "problem problems issue issues challenge challenges difficulty difficulties",
    "crisis crises emergency",
    "area region zone territory",
    "remote isolated far-off faraway",
    "nation nations country countries",
    "neighbor neighbors neighbour neighbours neighboring neighbouring adjacent",
    "cooperation cooperate collaborate collaboration collaborative partnership partnerships",
    "agreement accord deal treaty pact",
    "sign signed",
    "goal goals aim aims objective objectives target",
    "focus focused focuses concentrate concentrated priority priorities prioritize",
    "attempt attempts effort efforts try tries tried",
    "need needs require requires required necessary necessity demand demands",
    "enough sufficient adequate",
    "effective effectiveness efficacy",
    "important importance significant significance key crucial critical vital major considerable substantial",
    "many numerous multiple several",
    "large big huge vast massive sizable",
    "small little minor modest slight",
    "rapid rapidly fast quick quickly swift swiftly",
    "slow slowly gradual gradually",
    "recent recently lately latest",
    "current currently present presently now today",
    "past previous previously former formerly earlier prior last",
    "future upcoming coming next",
    "month months",
    "year years annual annually",
    "decade decades",
    "period time era",
    "expect expects expected anticipate anticipated forecast predict predicts predicted projected likely",
    "possible possibly potential potentially could may might perhaps",
    "probable probably",
    "outcome outcomes result results consequence consequences",
    "cause causes caused reason reasons root roots driver drivers drive drives driven fuel fueled fuelled",
    "use uses used using utilize utilizes utilizing employ employs leverage leveraging rely relies relying "
    "tool tools instrument instruments",
    "exploit exploiting exploitation capitalize capitalizing",
    "strategy strategies strategic approach approaches plan plans scheme schemes",
    "measure measures step steps action actions",
    "reform reforms overhaul",
    "institution institutions institutional",
    "resource resources",
    "mineral minerals mining",
    "wealth riches",
    "disparity disparities inequality inequalities gap gaps",
    "public society societal social",
    "military armed army troops",
    "threat threats danger dangers risk risks",
    "vulnerability vulnerabilities weakness weaknesses",
    "influence sway leverage clout",
    "ability capacity capability",
    "stability stable",
    "volatile volatility turbulent unstable instability",
    "specialist expert analyst",
    "organization organisation body agency",
    "bank lender",
    "data figures statistics numbers",
    "elections election vote polls",
    "quarter quarterly",
    "fight fights fighting combat combating combat counter countering tackle tackling address addressing",
    "role function",
    "shift change changes changing switch move transition realignment realign",
    "balance balancing",
    "incentive incentives",
    "premise assumption assumptions idea ideas belief beliefs notion notions",
    "dictate impose imposition",
    "persist persistent continue continued continuing ongoing sustained",
    "prolonged protracted lengthy long-running",
    "breakdown collapse",
    "deep deeply deep-rooted",
    "killed dead died death deaths",
    "born birth",
    "film movie",
    "song track single",
    "album record",
    "company firm corporation business",
    "city town municipality",
    "famous well-known renowned noted",
    "wife spouse husband married marriage",
    "author writer novelist",
    "singer vocalist",
    "player athlete",
    "job work works working employed",
    "kid child",
    "show series programme program",
    "immediate urgent pressing",
    "event events development developments",
    "advocate advocates advocating advocated push pushes pushing pushed champion champions championing lobby lobbying",
    "recalibrate recalibration rethink rethinking rethought reassess reassessment reconsider reconsideration re-examine re-examination",
    "defraud defrauding defrauded swindle swindling swindled cheat cheating cheated con conned",
    "attacker attackers hacker hackers intruder intruders",
    "flaw flaws weakness weaknesses vulnerability vulnerabilities loophole loopholes",
    "exploit exploited exploiting abuse abused",
    "merge merged merging combine combined combining amalgamate amalgamated",
    "mathematics maths math",
    "injure injured injury injuries hurt",
    "uninjured unhurt unharmed unscathed",
    "revoke revoked revoking revocation rescind rescinded withdraw withdrew withdrawn strip stripped",
    "diversion diversions detour detours",
    "sapling saplings seedling seedlings",
    "donate donates donated donating donation",
    "leak leaks leaked leaking discharge discharges discharged discharging spill spills spilled spilt spillage",
    # Last, so that "challenge" stays with "problem": a challenger (kept whole by the stemmer) opposes.
    "opposed contested challenger challengers opponent opponents opposition",
]

# Opposite poles. A claim word on one pole, against a passage that only has the other pole
# near the same facts, is a contradiction ("rose" vs "fell", "strengthened" vs "weakened").
OPPOSITES: dict[str, tuple[str, str]] = {
    "amount": (
        "increase rise grow growth surge jump climb soar gain up upward uptick upturn spike escalate "
        "escalation expand expansion boost raise mount swell higher greater intensify heighten "
        "accelerate amplify widen deepen resurge resurgence resurgent revive revival comeback "
        "rebound multiply double triple burgeon balloon skyrocket proliferate spread broaden upsurge lengthen inflame stoke "
        "upgrade",
        "decrease decline fall drop dip down downward downturn reduce reduction shrink contract "
        "contraction cut diminish dwindle lessen fewer lower plunge slump decelerate narrow "
        "shallow subside recede halve wane slow slowdown ease abate de-escalate slip slide tumble plummet ebb loosen "
        "fade taper curtail trim slash dampen shorten squeeze downgrade cool",
    ),
    "quality": (
        "improve improvement better strengthen strengthened stronger bolster stabilize stabilise closer rapprochement "
        "ease alleviate mitigate enhance recover recovery repair reconcile reconciliation calm "
        "heal good help assist replenish facilitate simplify smooth thaw warming warmer easier mend restore "
        "revitalize revitalise reinforce consolidate resolve defuse",
        "worsen deteriorate deterioration weaken weakened weaker erode erosion undermine strain stretched "
        "overstretched strained exacerbate aggravate inflame hamper hinder damage destabilize destabilise "
        "sour harm hurt bad complicate fray fracture crumble sap impair jeopardize jeopardise degrade corrode "
        "unravel cripple stymie impede obstruct",
    ),
    "size": (
        "considerable significant substantial major large huge vast massive big great sizable "
        "widespread broad dramatic sharp monumental enormous immense tremendous critical crucial vital serious "
        "severe grave potent acute fundamental sweeping steep steeper sharper larger bigger",
        "limited little minor modest small slight marginal negligible tiny narrow scant "
        "meager meagre scarce smaller gentler shallower",
    ),
    "success": (
        "succeed success successful achieve achievement win victory effective accomplish thrive flourish",
        "fail failure failing unsuccessful lose loss defeat ineffective collapse falter flounder backfire",
    ),
    "stance": (
        "support supporter champion favor favour endorse praise welcome back embrace promote "
        "advocate",
        "oppose opponent opposition criticize criticise criticism condemn reject resist denounce "
        "blame oppose object objection objector",
    ),
    "approval": (
        "approve approval accept acceptance ratify ratification pass enact sign uphold upheld back backed backing",
        "reject rejection veto refuse refusal decline repeal revoke abolish annul rescind defer postpone",
    ),
    "presence": (
        "enter entry deploy deployment invade",
        "withdraw withdrawal exit retreat evacuate evacuation",
    ),
    # Apart from presence: the people a storm's arrival evacuates did not depart against it.
    "arrival": (
        "arrive arrival",
        "depart departure",
    ),
    # How long a thing lasts: "a brief period" against "a protracted period".
    "duration": (
        "short-lived temporary fleeting",
        "protracted prolonged lengthy long-running long-lasting enduring",
    ),
    # Whether an event takes place: "hold snap elections" against "cancel the elections".
    "occurrence": (
        "hold stage",
        "cancel cancellation scrap",
    ),
    # Of an economy or a people: "economic prosperity" against "economic desperation".
    "wealth": (
        "prosperity prosperous affluence affluent wealthy rich boom thriving",
        "poverty poor desperation desperate hardship deprivation impoverished destitution struggling ailing "
        "faltering sluggish stagnant",
    ),
    # "political unity" against "political fragmentation".
    "cohesion": (
        "unity unified cohesion cohesive consolidation consolidated",
        "fragmentation fragmented divided split",
    ),
    "continuation": (
        "resume resumption restart reopen maintain continue sustain retain preserve",
        "suspend suspension halt pause interrupt abandon discontinue stop quit",
    ),
    # How often: "consistently undermined" against "occasionally undermined".
    "frequency": (
        "consistently constantly always repeatedly persistently regularly frequently often routinely continually",
        "occasionally rarely seldom sometimes sporadically intermittently infrequently",
    ),
    # "shared security challenges" against "separate security challenges".
    "sharing": (
        "shared common joint mutual",
        "separate distinct",
    ),
    # "a genuine commitment" against "a token commitment".
    "sincerity": (
        "genuine sincere meaningful",
        "token superficial cosmetic nominal",
    ),
    "count": (
        "many numerous",
        "few",
    ),
    "depth": (
        "deep profound deep-seated deep-rooted",
        "shallow superficial",
    ),
    "prices": (
        "inflation hyperinflation",
        "deflation",
    ),
    # How far a failing reaches: "a systemic failure" against "an isolated failure".
    "spread": (
        "systemic pervasive endemic",
        "isolated localized localised",
    ),
    # "a dangerous oversimplification" against "a useful simplification".
    "harm": (
        "useful helpful beneficial harmless",
        "dangerous harmful hazardous perilous",
    ),
    # "decades-old assumptions" against "recent assumptions".
    "age": (
        "recent",
        "decades-old long-standing longstanding long-held age-old centuries-old",
    ),
    # Of a premise or an argument: "a flawed premise" against "a sound premise".
    "soundness": (
        "sound valid well-founded",
        "flawed faulty mistaken erroneous misguided invalid wrong",
    ),
    # "opened on schedule" against "two years behind schedule".
    "punctuality": (
        "punctual on-schedule on-time",
        "late delay delayed overdue behind-schedule",
    ),
    "verdict": (
        "convict conviction guilty",
        "acquit acquittal innocent exonerate",
    ),
    "casualty": (
        "kill killing death die dead fatal fatality",
        "injure injury injured wound wounded",
    ),
    # "overestimated snow loads" against "underestimated" them: one axis for each pair, so that a
    # passage that underestimated one thing and overpaid another backs neither swap.
    "estimate": ("overestimate", "underestimate"),
    "statement": ("overstate", "understate"),
    "valuation": ("overvalue overrate", "undervalue underrate"),
    "payment": ("overpay overpaid", "underpay underpaid"),
    "charge": ("overcharge", "undercharge"),
    "spending": ("overspend overspent", "underspend underspent"),
    "aim": ("overshoot", "undershoot"),
    "ruling": (
        "uphold upheld",
        "overturn overrule quash",
    ),
    "assertion": (
        "confirm confirmation affirm acknowledge admit",
        "deny denial refute dispute",
    ),
    "hiring": (
        "hire hiring recruit",
        "fire sack layoff",
    ),
    "rank": (
        "highest largest biggest longest tallest greatest most more top",
        "lowest smallest shortest least less fewer fewest bottom",
    ),
    "strength": (
        "strong robust powerful firm solid decisive vigorous resilient resilience sturdy durable agile agility nimble "
        "thriving booming flourishing improving",
        "weak fragile feeble frail indecisive inertia vulnerable vulnerability brittle shaky precarious tenuous "
        "struggling ailing faltering",
    ),
    # Of rules and controls: "looser controls" against "stronger state controls".
    "tightness": (
        "tight tighter tighten strict stricter stringent stronger",
        "loose looser loosen lax laxer relax relaxed",
    ),
    "stability": (
        "stable stability secure calm peace peaceful order orderly steady harmony harmonious",
        "volatile volatility unstable instability turbulent turmoil chaos chaotic unrest flux upheaval disorder "
        "discontent dissatisfaction",
    ),
    "timing": (
        "before earlier early previously prior advance accelerate hasten snap",
        "after later late subsequently postpone delay defer",
    ),
    # Held or let go before trial: "remanded in custody" against "released on bail".
    "custody": (
        "remand remanded custody detain detained detention",
        "bail bailed release released freed",
    ),
    # How fast: "worked quickly enough" against "far too slow".
    "pace": (
        "fast faster quick quicker quickly rapid rapidly swift swiftly speedy brisk",
        "slow slower slowly sluggish leisurely",
    ),
    # How far ahead: "in the near term" against "longer-term (5-10 years)".
    "horizon": (
        "near-term short-term near immediate imminent",
        "long-term longer-term distant",
    ),
    "scope": (
        "domestic internal home local national",
        "foreign external international overseas outside",
    ),
    "ease": (
        "easy easily readily simple simply straightforward effortless",
        "hard difficult difficulty uphill complex complicated arduous struggle daunting formidable "
        "monumental herculean onerous",
    ),
    "approach": (
        "top-down imposed imposition unilateral",
        "collaborative cooperative bottom-up consensual",
    ),
    "openness": (
        "open opening admit allow permit permission welcome",
        "close closed closure ban block bar prohibit restrict",
    ),
    "inclusion": (
        "include including inclusion cover",
        "exclude excluding exclusion omit",
    ),
    # Apart from inclusion: "leaves the country vulnerable" says nothing against "including".
    "membership": (
        "join accede",
        "leave quit",
    ),
    # Of a view or an assumption: "confirm" it, or "reassess" it.
    "review": (
        "confirm reaffirm validate vindicate",
        "reassess reassessment rethink rethought reconsider revise revision recalibrate recalibration re-examine",
    ),
    "movement": (
        "toward towards adopt embrace",
        "away abandon",
    ),
    # Of a price: "admission will remain free" against "visitors will be charged".
    "price": (
        "free",
        "charge charged charging fee fees pay pays paid paying",
    ),
}

# Axes with only two sides and nothing between: what is not charged for is free.
TWO_SIDED_AXES = {"price"}

# "up" and "down" after these verbs carry the phrase's sense, not a change of amount.
_PHRASAL = {
    "down": {"wear": "quality-", "wore": "quality-", "worn": "quality-", "break": "quality-", "broke": "quality-",
             "broken": "quality-", "shut": "", "lay": "", "laid": "", "set": "", "step": "", "stepped": "",
             "hand": "", "handed": "", "write": "", "wrote": "", "written": "", "track": "", "calm": "quality+",
             "play": "", "played": "",
             "vote": "approval-", "voted": "approval-", "turn": "approval-", "turned": "approval-",
             "back": "", "backed": "", "scale": "amount-"},
    "back": {"scale": "amount-", "cut": "amount-", "roll": "amount-", "pull": "presence-", "hold": "quality-",
             "push": "stance-", "bounce": "quality+", "bring": "", "brought": "", "come": "", "came": "",
             "go": "", "went": "", "get": "", "got": "", "give": "", "gave": "", "pay": "", "paid": "",
             "call": "", "called": "", "win": "", "won": "", "take": "", "took": "", "taken": "",
             "send": "", "sent": "", "hand": "", "handed": "", "look": "", "looked": "", "date": "",
             "dates": "", "dated": ""},
    "up": {"step": "amount+", "ramp": "amount+", "scale": "amount+", "beef": "amount+", "hold": "", "held": "",
           "set": "", "take": "", "took": "", "taken": "", "make": "", "made": "", "give": "", "gave": "",
           "given": "", "end": "", "ended": "", "sign": "", "signed": "", "pick": "", "picked": "", "back": "",
           "backed": "stance+", "show": "", "showed": "", "shown": "", "follow": "", "followed": "", "open": "",
           "opened": "", "break": "", "broke": "", "bring": "", "brought": "", "draw": "", "drew": "", "drawn": "",
           "clean": "", "cleaned": "", "lock": "", "locked": "", "speak": "", "spoke": "", "team": "", "teamed": "",
           "line": "", "lined": ""},
}
# Pole words that, before these nouns, only name a kind of thing: "opening hours", "closing date".
NOUN_MODIFIERS = {
    "opening": set("hours times time day night ceremony match game remarks statement round scene credits exhibition "
                   "show concert performance weekend event".split()),
    "closing": set("hours times time date ceremony remarks statement arguments price stages minutes".split()),
    # "Opposition councillor Tom Reyes": a side of the chamber, no stance against anything.
    "opposition": set("councillor councillors leader leaders mp mps party parties spokesman spokeswoman "
                      "spokesperson member members group groups benches candidate candidates".split()),
}
# How large a part: the word before "role" ("a supporting role", "a leading role") sits on this axis
# instead of its own ones.
ROLE_SIZES = {**dict.fromkeys("leading lead central pivotal dominant primary key major main crucial prominent "
                              "decisive".split(), 1),
              **dict.fromkeys("supporting supportive secondary peripheral auxiliary subsidiary minor marginal "
                              "limited background".split(), -1)}
ROLE_NOUNS = {"role", "roles", "part", "parts"}
NEGATORS = set("not no never none nobody nothing neither nor without cannot lack lacks lacking "
               "lacked absence absent n't shortage shortages shortfall scarcity dearth".split())
# Negators that deny a noun phrase ("lack of decisive action", "without a clear plan") rather
# than a clause: their scope ends sooner.
NOUN_NEGATORS = set("without lack lacks lacking lacked absence shortage shortages shortfall scarcity dearth".split())
# Words that take back most of the pole word after them: "limited success" is no success to
# claim, "little progress" no progress. Read as a negation of that one word.
DIMINISHERS = set("limited little scant minimal negligible marginal modest meagre meager slight partial".split())
# Negators that may follow the noun they deny: "a driver shortage".
TRAILING_NEGATORS = set("shortage shortages shortfall shortfalls scarcity".split())
# Two-word negators: "continuity rather than realignment" denies the realignment.
NEGATOR_PAIRS = {("rather", "than"), ("instead", "of"), ("failed", "to"), ("fails", "to"), ("fail", "to"),
                 ("refused", "to"), ("refuses", "to"), ("declined", "to"), ("declines", "to"),
                 ("failure", "to"), ("refusal", "to"), ("short", "of"), ("rule", "out"), ("rules", "out"),
                 ("ruled", "out"), ("ruling", "out"), ("free", "of"), ("free", "from"),
                 ("no", "longer"), ("stop", "being"), ("stops", "being"), ("stopped", "being")}
# Of those, the ones that deny a noun phrase only: "largely free of bureaucratic inertia".
NOUN_NEGATOR_PAIRS = {("free", "of"), ("free", "from")}
# An ordinal is a number only before a unit it counts ("third quarter"), not in "at first".
ORDINAL_UNITS = set("quarter half century decade year month week day round term edition place "
                    "season session anniversary largest biggest world".split())

# Two-word phrases read as one word: "falls short" is "insufficient", "previously unknown" is "new".
PHRASE_WORDS = {("falls", "short"): "insufficient", ("fall", "short"): "insufficient",
                ("fell", "short"): "insufficient", ("fallen", "short"): "insufficient",
                ("falling", "short"): "insufficient", ("previously", "unknown"): "new",
                ("hitherto", "unknown"): "new", ("previously", "undiscovered"): "new",
                ("a", "brief"): "short-lived", ("on", "schedule"): "on-schedule", ("on", "time"): "on-time",
                ("behind", "schedule"): "behind-schedule",
                # "five months ahead of schedule" is earlier, "ahead of the vote" before it.
                ("ahead", "of"): "before",
                ("percentage", "points"): "points", ("percentage", "point"): "point",
                ("in", "favour"): "support", ("in", "favor"): "support",
                ("takes", "effect"): "starts", ("take", "effect"): "start", ("took", "effect"): "started",
                ("taking", "effect"): "starting",
                # "pleaded guilty to taking" is "admitted taking".
                **{(verb, "guilty"): "admitted" for verb in ("plead", "pleads", "pleaded", "pleading", "pled")},
                # "threw out the scheme" rejects it.
                **{(verb, "out"): "rejected" for verb in ("throw", "throws", "threw", "thrown")},
                # "push back against crime" counters it; "turned down" a plan rejects it.
                **{(verb, "back"): "counter" for verb in ("push", "pushes", "pushed", "pushing")},
                **{(verb, "down"): "rejected" for verb in ("turn", "turns", "turned", "turning")},
                # "Washington was, at first, a champion of the pact" is "initially championed".
                ("at", "first"): "initially",
                # "stepped down in June" is "resigned in June".
                **{(verb, "down"): "resigned" for verb in ("step", "steps", "stepped", "stepping")},
                # "recalibrated right away" is an immediate recalibration.
                ("right", "away"): "immediate", ("straight", "away"): "immediate", ("right", "now"): "immediate",
                # "the end result of" trends is their culmination.
                ("end", "result"): "culmination",
                # "efforts have paid off" is success.
                **{(verb, "off"): "succeeded" for verb in ("pay", "pays", "paid", "paying")},
                # "might end up being reshaped" says no more than "might be reshaped".
                **{(verb, "up"): "be" for verb in ("end", "ends", "ended", "ending", "wind", "winds", "wound")},
                # Plain words for a state: "held back by red tape" is hampered by bureaucracy; an economy
                # "doing well" thrives, one "having a hard time" struggles.
                **{(verb, "back"): "hampered" for verb in ("hold", "holds", "held", "holding")},
                ("red", "tape"): "bureaucracy", ("doing", "well"): "thriving", ("doing", "badly"): "struggling",
                ("hard", "time"): "struggling", ("tough", "time"): "struggling",
                # "feels like a fresh start" is a second chance.
                ("fresh", "start"): "renewal", ("new", "start"): "renewal", ("second", "chance"): "renewal",
                ("fresh", "chance"): "renewal", ("new", "lease"): "renewal",
                # "the young trees" are saplings; "handed over two cars" donated them.
                ("young", "trees"): "saplings", ("young", "tree"): "sapling",
                ("say", "sorry"): "apologise", ("said", "sorry"): "apologised", ("saying", "sorry"): "apologising",
                ("says", "sorry"): "apologises", ("handed", "over"): "donated", ("hands", "over"): "donates", ("hand", "over"): "donate"}
# Negative-prefixed words are read as negation plus their base ("insufficient" = not sufficient).
NEGATED_WORDS = {
    "insufficient": "sufficient", "ineffective": "effective", "inadequate": "adequate",
    "unable": "able", "unlikely": "likely", "unsuccessful": "successful", "inability": "ability",
    "unwilling": "willing", "unclear": "clear", "incomplete": "complete", "unresolved": "resolved",
    "unsustainable": "sustainable", "impossible": "possible", "illegal": "legal",
    "inconsistent": "consistent", "unaware": "aware", "uncertain": "certain",
    "uncertainty": "certainty", "nonexistent": "existent", "unpopular": "popular",
    "unfavorable": "favorable", "unfair": "fair", "unknown": "known", "unprepared": "prepared",
    "ineffectiveness": "effectiveness", "unprofitable": "profitable", "unaffordable": "affordable",
    "disagree": "agree", "disagreement": "agreement", "unrelated": "related", "unconnected":
    "connected", "undemocratic": "democratic", "unconstitutional": "constitutional",
    "unofficial": "official", "unsafe": "safe", "insecure": "secure", "insecurity": "security",
    "unemployed": "employed", "unemployment": "employment", "indirect": "direct", "indirectly": "directly",
    "unfairly": "fair", "illegally": "legal", "unlawful": "lawful", "unlawfully": "lawful",
    "unsuccessfully": "successful", "unopposed": "opposed", "unchallenged": "challenged", "uncontested": "contested",
}

# Prepositions that give an entity its role in a movement ("from Peru into Chile").
ROLE_PREPOSITIONS = {"from": "source", "into": "target", "to": "target", "toward": "target",
                     "towards": "target"}

NUMBER_WORDS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
               "m": 1e6, "k": 1e3}
# Units of time in minutes, so that a duration said two ways is one number: "ten years" and "a
# decade", "half an hour" and "30 minutes", "18 months" and "a year and a half" is not attempted.
MINUTES_IN = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "fortnight": 20160, "month": 43800,
              "year": 525600, "decade": 5256000, "century": 52560000}
TIME_UNIT_OF = {**{unit: unit for unit in MINUTES_IN}, **{unit + "s": unit for unit in MINUTES_IN},
                "centuries": "century"}
# Units that "a" counts as one in a way a paraphrase restates as a number ("over a decade" for
# "more than ten years"); "a year earlier" is left a word.
COUNTED_BY_A = {"decade", "century", "fortnight"}
# Capitalised words that are no names: units named after people.
# Units a figure is measured in: "just over three metres" is bounded by "3.1 metres".
MEASURE_UNITS = set("metres meters kilometres kilometers miles feet inches centimetres centimeters millimetres "
                    "millimeters tonnes tons kilograms kilos grams litres liters gallons hectares acres degrees".split())
CAPITALISED_WORDS = {"celsius", "fahrenheit", "kelvin"}
WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = set("january february march april may june july august september october november "
             "december".split())
# Units of time and of measure: alternatives to each other when they count the same thing.
UNIT_SETS = [
    frozenset("day days week weeks month months year years decade decades century centuries millennium "
              "millennia".split()),
    frozenset("km kilometre kilometres kilometer kilometers mile miles metre metres meter meters mm millimetre "
              "millimetres millimeter millimeters cm centimetre centimetres centimeter centimeters foot feet yard "
              "yards kg kilogram kilograms pound pounds tonne tonnes ton tons litre litres liter liters gallon "
              "gallons hectare hectares acre acres".split()),
]
# One unit in its several spellings: "km" and "kilometres" are no rivals, nor "year" and "years".
UNIT_SPELLINGS = ["day days", "week weeks", "month months", "year years", "decade decades", "century centuries",
                  "millennium millennia", "km kilometre kilometres kilometer kilometers", "mile miles",
                  "metre metres meter meters", "mm millimetre millimetres millimeter millimeters",
                  "cm centimetre centimetres centimeter centimeters", "foot feet", "yard yards",
                  "kg kilogram kilograms", "pound pounds",
                  "tonne tonnes ton tons", "litre litres liter liters", "gallon gallons", "hectare hectares",
                  "acre acres"]
UNIT_OF = {word: spellings.split()[0] for spellings in UNIT_SPELLINGS for word in spellings.split()}
# Closed sets whose members are alternatives to each other: a word vector puts "June" next to
# "July" and "southern" next to "northern", so for these words only the word itself (or a
# synonym) is evidence, never a near vector.
# Parts of a day: rivals only as parts of the same day ("Thursday morning" against "Thursday evening").
DAY_PARTS = set("morning afternoon evening".split())
CONTRAST_SETS = [
    MONTHS,
    set("monday tuesday wednesday thursday friday saturday sunday".split()),
    set("spring summer autumn winter".split()),
    DAY_PARTS,
    set("north south east west northern southern eastern western northeast northwest southeast "
        "southwest northeastern northwestern southeastern southwestern".split()),
    set("red orange yellow green blue purple violet pink brown black white grey gray".split()),
    set("male female men women man woman boy girl boys girls".split()),
    set("father mother son daughter brother sister husband wife uncle aunt nephew niece grandfather "
        "grandmother grandson granddaughter king queen prince princess".split()),
    set(ORDINAL_WORDS) | set(NUMBER_WORDS),
    set("local central federal".split()),
    set("hemispheric transatlantic transpacific global regional domestic".split()),
    set("urban rural remote".split()),
    set("pro anti".split()),
    set("narcotics terrorism".split()),
    set("drug arms weapons wildlife".split()),
    set("mineral agricultural".split()),
    set("economic cultural".split()),
    set("military diplomatic".split()),
    set("gold silver copper lithium iron zinc tin nickel cobalt aluminium aluminum uranium platinum "
        "palladium bauxite manganese".split()),
    set("wheat maize corn rice barley oats rye sorghum soy soybeans coffee cocoa sugar cotton".split()),
    *UNIT_SETS,
]
# Words that no near word backs by its vector; a part of the day is checked only against the same day's.
CONTRAST_WORDS = set().union(*CONTRAST_SETS) - DAY_PARTS
# A country and the adjective for its people, where neither is a prefix of the other (the judge
# already matches "Peru" with "Peruvian"). Acronym forms are written as the parser keys them.
NATION_GROUPS = [
    # Regions named by their mountains or sea, and the adjective for them.
    "andean andes", "alpine alps", "balkan balkans", "himalayan himalayas", "baltic baltics",
    "soviet acr:USSR",
    "american americans america acr:US acr:USA", "british britain acr:UK acr:GB", "english england",
    "scottish scots scotland", "welsh wales", "irish ireland", "french france", "spanish spain",
    "dutch netherlands holland", "swiss switzerland", "chinese china acr:PRC", "greek greeks greece",
    "turkish turks turkey", "polish poland", "danish danes denmark", "swedish swedes sweden",
    "finnish finns finland", "norwegian norwegians norway", "filipino filipinos philippines", "thai thais thailand",
    "argentine argentines argentinian argentinians argentina", "mexican mexicans mexico",
    "canadian canadians canada", "haitian haitians haiti", "portuguese portugal",
    "soviet soviets acr:USSR", "belgian belgians belgium", "czech czechs czechia", "lebanese lebanon",
    "icelandic icelanders iceland",
]
# Countries, for telling a country from a city where a question asks for one ("What city ...?"
# answered "Germany"). Multi-word names are written with underscores.
COUNTRIES = set("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia
czechoslovakia denmark djibouti dominica ecuador egypt england eritrea estonia eswatini ethiopia fiji
finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland
nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia
somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam wales
yemen yugoslavia zambia zimbabwe america britain ussr
united_states united_kingdom south_africa south_korea north_korea new_zealand saudi_arabia sri_lanka
costa_rica el_salvador sierra_leone ivory_coast cape_verde east_timor soviet_union united_arab_emirates
dominican_republic czech_republic papua_new_guinea trinidad_and_tobago great_britain
""".split())
# A capital standing for its government ("relations between Washington and Lima"): the claim's
# capital is backed by its country; a passage's capital names the city, so not the other way.
CAPITALS = {
    "washington": "acr:US acr:USA america american", "london": "acr:UK britain british",
    "beijing": "china chinese acr:PRC", "moscow": "russia russian", "lima": "peru peruvian",
    "santiago": "chile chilean", "caracas": "venezuela venezuelan", "bogota": "colombia colombian",
    "bogotá": "colombia colombian", "quito": "ecuador ecuadorian", "brasilia": "brazil brazilian",
    "brasília": "brazil brazilian", "paris": "france french", "berlin": "germany german",
    "tokyo": "japan japanese", "ottawa": "canada canadian", "madrid": "spain spanish",
}
CAPITAL_OF = {city: frozenset(forms.split()) for city, forms in CAPITALS.items()}
# Words that multiply: "crossings doubled" states a number as much as "rose 100%" does.
MULTIPLIERS = {"doubled": 2, "doubling": 2, "doubles": 2, "double": 2, "twofold": 2, "tripled": 3, "tripling": 3,
               "triple": 3, "triples": 3, "threefold": 3, "quadrupled": 4, "quadruple": 4, "fourfold": 4,
               "halved": 0.5, "halving": 0.5}
NATION_OF: dict[str, frozenset[str]] = {}
for _group in NATION_GROUPS:
    _forms = frozenset(_group.split())
    for _form in _forms:
        NATION_OF[_form] = _forms
# One-word country names: at the start of a sentence "Chile was ..." is a name, not a word.
COUNTRY_WORDS = set("""afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia
denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales
britain america europe africa asia""".split())
# Titles before a name: the name is what must match, the title may be dropped or added.
TITLES = set("dr mr mrs ms prof sir gen lt col sen rep gov st jr sr".split())
ABBREVIATIONS = TITLES | set("no vs etc inc ltd co corp mt fig approx dept est univ".split())


# Words the stemmer would cut down to a word of another sense: "useful" is no "use".
_KEPT_WHOLE = {"useful": "useful", "usefulness": "useful", "challenger": "challenger", "challengers": "challenger"}


def stem(word: str) -> str:
    word = IRREGULAR.get(word, word)
    return _KEPT_WHOLE.get(word) or _stemmer.stemWord(word)


def _stems(words: str) -> list[str]:
    return [stem(w) for w in words.split()]


# Adverbs in -ly are left out: their stems are adjectives that carry content ("largely" -> "larg",
# the stem of "large"; "generally" -> "general", "fairly" -> "fair").
FUNCTION_STEMS = {stem(w) for w in FUNCTION_WORDS if not w.endswith("ly")}
NEGATOR_STEMS = {stem(w) for w in NEGATORS} - {""}

SYNONYM_OF: dict[str, str] = {}
for _group in SYNONYM_GROUPS + UNIT_SPELLINGS:
    _members = _stems(_group.replace("-", ""))
    for _member in _members:
        # A word in several groups keeps its first; later groups still link through it.
        SYNONYM_OF.setdefault(_member, "syn:" + _members[0])

POLE_OF: dict[str, dict[str, int]] = {}
for _axis, (_plus, _minus) in OPPOSITES.items():
    for _sign, _words in ((1, _plus), (-1, _minus)):
        for _member in _stems(_words.replace("-", "")):
            POLE_OF.setdefault(_member, {})[_axis] = _sign

# (stem of the verb, particle) -> the phrase's poles; an empty dict where it has none.
PHRASAL_POLES: dict[tuple[str, str], dict[str, int]] = {
    (stem(_verb), _particle): ({_sense[:-1]: 1 if _sense[-1] == "+" else -1} if _sense else {})
    for _particle, _verbs in _PHRASAL.items() for _verb, _sense in _verbs.items()}
