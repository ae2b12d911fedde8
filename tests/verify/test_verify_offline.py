"""The offline support scorer: paraphrases pass, each kind of perturbation is caught."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.verify import SupportResult, SupportScorer, make_judge, split_claims
from assistant.verify.text import rephrased

PASSAGES = [
    "The Andean Pact, signed in 1965, established a framework for economic cooperation and security "
    "among South American nations, initially championed by the United States as a bulwark against "
    "Soviet influence. However, the pact’s effectiveness has been consistently undermined by internal "
    "political divisions within Peru and a history of weak governance.",
    "Data released by the UN’s Regional Office for the Americas & Caribbean indicates a 37% increase in "
    "migrant crossings from Peru into neighboring Chile in Q3 2025, coupled with a 22% rise in reported "
    "insurgent activity. \"The narrative of simply 'securing the border' is a dangerous oversimplification,\" "
    "notes Dr. Ricardo Silva, a security analyst at the Atlantic Council’s Latin America Task Force.",
]

PARAPHRASES = [
    "Migrant crossings from Peru into Chile went up by 37 percent in the third quarter of 2025.",
    "Internal political divisions in Peru have repeatedly undermined the pact's effectiveness.",
    "Dr. Ricardo Silva of the Atlantic Council calls the narrative of simply securing the border a "
    "dangerous oversimplification.",
]

# (kind, claim, a term the verdict must name)
PERTURBATIONS = [
    ("number", "Migrant crossings from Peru into Chile rose by 45% in Q3 2025.", "45%"),
    ("date", "The Andean Pact was signed in 1972.", "1972"),
    ("quarter", "Migrant crossings from Peru into Chile rose by 37% in Q1 2025.", "Q1"),
    ("name", "Dr. Ricardo Moreno calls the narrative of simply securing the border a dangerous "
             "oversimplification.", "Moreno"),
    ("place", "Migrant crossings from Peru into Bolivia rose by 37% in Q3 2025.", "Bolivia"),
    ("negation", "The Andean Pact was not signed in 1965.", "signed"),
    ("direction", "Reported insurgent activity fell by 22%.", "fell"),
    ("reversed quality", "The pact's effectiveness has been consistently strengthened by internal political "
                         "divisions within Peru.", "strengthened"),
    ("swapped roles", "Migrant crossings from Chile into Peru rose by 37% in Q3 2025.", "Chile"),
    ("unstated", "The United States deployed troops to the Apurímac region.", "troops"),
]


@pytest.fixture(scope="module")
def scorer(embedder):
    return SupportScorer(embedder)


@pytest.mark.parametrize("claim", PARAPHRASES)
def test_faithful_paraphrase_is_supported(scorer, claim):
    result = scorer.score(claim, PASSAGES)
    assert isinstance(result, SupportResult)
    assert result.supported, result.reason
    assert 0.5 <= result.score <= 1.0


@pytest.mark.parametrize("kind,claim,term", PERTURBATIONS, ids=[p[0] for p in PERTURBATIONS])
def test_perturbation_is_caught_and_named(scorer, kind, claim, term):
    result = scorer.score(claim, PASSAGES)
    assert not result.supported, f"{kind}: {result.reason}"
    assert result.score < 0.5
    assert term in result.unsupported_terms, result.unsupported_terms
    assert result.reason.startswith("Not supported")


def test_best_passage_points_at_the_backing_passage(scorer):
    assert scorer.score("Reported insurgent activity grew by 22%.", PASSAGES).best_passage == 1
    assert scorer.score("The Andean Pact dates from 1965.", PASSAGES).best_passage == 0


def test_verbatim_claim_scores_one_without_encoding(embedder):
    scorer = SupportScorer(embedder)
    claim = "Data released by the UN's Regional Office for the Americas & Caribbean indicates a 37% increase [2]."
    result = scorer.score(claim, PASSAGES)
    assert (result.score, result.supported, result.best_passage) == (1.0, True, 1)
    assert "verbatim" in result.reason
    assert len(scorer._vectors) == 0  # the fast path never called the model


def test_dropping_a_negation_is_not_verbatim(scorer):
    passage = ["The pact has not been effective in stopping the insurgency."]
    assert not scorer.score("The pact has been effective in stopping the insurgency.", passage).supported


def test_lexical_only_mode_without_embedder():
    scorer = SupportScorer(None)
    assert scorer.score("The Andean Pact was signed in 1965 to set up economic cooperation.", PASSAGES).supported
    changed = scorer.score("The Andean Pact was signed in 1972.", PASSAGES)
    assert not changed.supported and "1972" in changed.unsupported_terms
    assert not scorer.score("Reported insurgent activity fell by 22%.", PASSAGES).supported


def test_short_answers_are_read_with_their_question(scorer):
    question = "In which year was the Andean Pact signed?"
    assert scorer.score("1965", PASSAGES, question).supported
    wrong = scorer.score("1972", PASSAGES, question)
    assert not wrong.supported and wrong.unsupported_terms == ["1972"]
    assert not scorer.score("The World Bank", PASSAGES, "Who released the data on migrant crossings?").supported


def test_answer_words_the_question_did_not_bring_must_be_backed(scorer):
    question = "Who notes that securing the border is an oversimplification?"
    assert scorer.score("Dr. Ricardo Silva notes it.", PASSAGES, question).supported
    invented = scorer.score("Dr. Ricardo Silva, a former army general, notes it.", PASSAGES, question)
    assert not invented.supported and "army" in invented.unsupported_terms


FILM = ("Harbour Lights is a 2011 Irish drama film directed by Aoife Brennan and written by Colm Daly "
        "and Niamh Ward, based on a novel of the same name.")


def test_a_name_must_fill_the_relation_slot_it_is_put_in(scorer):
    question = "Harbour Lights is a 2011 Irish drama film directed by who?"
    assert scorer.score("Aoife Brennan", [FILM], question).supported
    writer = scorer.score("Colm Daly", [FILM], question)
    assert not writer.supported and "directed by" in writer.reason
    assert scorer.score("Harbour Lights was directed by Aoife Brennan.", [FILM]).supported
    assert not scorer.score("Harbour Lights was directed by Niamh Ward.", [FILM]).supported


def test_both_and_in_common_must_hold_of_each_subject(scorer):
    drinks = [("A Moscow mule is a cocktail made with vodka, ginger beer and lime juice. "
               "The Margarita is a tequila-based cocktail served with salt on the rim.")]
    question = "Are Moscow mule and Margarita both cocktails based on tequila?"
    assert not scorer.score("Yes, both cocktails are tequila-based.", drinks, question).supported
    people = [("Ines Aldana (1921 - 1990) was a Chilean playwright and photographer. "
               "Tomas Berrio (1930 - 2001) was an Argentine playwright and novelist.")]
    question = "What profession do Ines Aldana and Tomas Berrio share?"
    assert scorer.score("playwright", people, question).supported
    assert not scorer.score("Photographer and playwright.", people, question).supported


def test_a_name_spliced_from_two_names_is_not_supported(scorer):
    park = ["Long Point Nature Reserve is a protected area on a sandy spit that reaches into Lake Huron."]
    question = "What is the protected area on the spit that reaches into Lake Huron called?"
    assert scorer.score("Long Point Nature Reserve.", park, question).supported
    spliced = scorer.score("Lake Huron Nature Reserve.", park, question)
    assert not spliced.supported and "Lake Huron Nature Reserve" in spliced.reason


def test_a_name_that_opens_the_claim_is_checked_as_a_name(scorer):
    colleges = [("Fairhaven University is a private university located in the village of Elm Ridge, Vermont. "
                 "Westbrook University is a public research university in Westbrook, Oregon.")]
    assert scorer.score("Fairhaven University is located in Elm Ridge.", colleges).supported
    assert not scorer.score("Westbrook University is located in Elm Ridge.", colleges).supported


def test_names_with_the_same_initials_do_not_back_each_other(scorer):
    film = ["The film was written and directed by Tomas Varga, who adapted a novel by Ilona Mester."]
    assert scorer.score("Tomas Varga directed the film.", film).supported
    other = scorer.score("Tibor Vass directed the film.", film)
    assert not other.supported and "Tibor" in other.unsupported_terms
    # An acronym still stands for its spelled-out name, and the other way round.
    banks = ["Funding came from the Inter-American Development Bank, the Organization of American States "
             "and the United States, the region's largest donor."]
    assert scorer.score("Funding came from the IDB and the OAS.", banks).supported
    assert scorer.score("The US is the region's largest donor.", banks).supported


def test_a_quoted_title_does_not_excuse_a_name_from_the_next_sentence(scorer):
    cast = ["The comedy stars Kenji Mori and Paul Abbot. He is best known for voicing Captain Reef in "
            "the \"Tides\" series."]
    split = scorer.score("Kenji Mori voiced Captain Reef.", cast)
    assert not split.supported and "neighbouring sentence" in split.reason
    # A quotation's speaker is named in the next sentence, so spoken words keep the exemption.
    assert scorer.score("Dr. Ricardo Silva calls simply securing the border a dangerous oversimplification.",
                        PASSAGES).supported


def test_a_short_answer_word_the_passages_lack_is_unsupported(scorer):
    operas = ["Der Ring is a music drama in four parts by Richard Wagner."]
    question = "Der Ring is which type of music drama?"
    assert scorer.score("music drama in four parts", operas, question).supported
    invented = scorer.score("classical music drama", operas, question)
    assert not invented.supported and "classical" in invented.unsupported_terms


def test_two_numbers_given_to_each_other_s_facts_are_caught(scorer):
    trade = ["Copper exports to China grew by 18% in 2024, while lithium shipments to Korea fell by 6% over "
             "the same period. Between 2019 and 2023 the port handled 40% more containers."]
    assert scorer.score("Copper exports to China rose 18% while lithium shipments to Korea dropped 6%.",
                        trade).supported
    assert scorer.score("The port handled 40% more containers between 2019 and 2023.", trade).supported
    swapped = scorer.score("Copper exports to China grew by 6% while lithium shipments to Korea fell by 18%.", trade)
    assert not swapped.supported and {"6%", "18%"} <= set(swapped.unsupported_terms)
    assert "each other" in swapped.reason


def test_ordinals_are_numbers(scorer):
    album = ["Night Tide is the second studio album by the Irish band Harbour Lights, released in 2014."]
    assert scorer.score("Night Tide is Harbour Lights' 2nd studio album.", album).supported
    wrong = scorer.score("Night Tide is the fourth studio album by Harbour Lights.", album)
    assert not wrong.supported and "fourth" in wrong.unsupported_terms


@pytest.mark.parametrize("claim, term, rival", [
    ("Both governments agreed on the river water treaty in June.", "June", "july"),
    ("The dam stands in the southern part of the province.", "southern", "northern"),
])
def test_a_near_vector_does_not_back_a_word_of_a_closed_set(scorer, claim, term, rival):
    treaty = ["The treaty on river water was agreed by both governments in July 1990. "
              "The dam it governs stands in the northern part of the province."]
    result = scorer.score(claim, treaty)
    assert not result.supported and term in result.unsupported_terms
    assert f"'{term}' contradicts '{rival}'" in result.reason


def test_units_of_time_are_a_closed_set_and_hard_is_not_easy(scorer):
    rivalry = ["Ending the decades-old rivalry between the two ports will be a monumental task for the new "
               "harbour board."]
    assert scorer.score("The new harbour board faces a monumental task in ending the long-standing rivalry "
                        "between the two ports.", rivalry).supported
    century = scorer.score("The new harbour board must end a century-old rivalry between the two ports.", rivalry)
    assert not century.supported and "century-old" in century.unsupported_terms
    assert "contradicts 'decades'" in century.reason
    easy = scorer.score("Ending the rivalry between the two ports will be a straightforward task for the "
                        "new harbour board.", rivalry)
    assert not easy.supported and "straightforward" in easy.unsupported_terms


def test_the_last_word_of_a_name_counts_even_when_it_is_a_reporting_word(scorer):
    # "states" is grammar in "the brief states", but the name in "the United States".
    un = ["The United Nations signed the fisheries treaty in 1990."]
    us = scorer.score("The United States signed the fisheries treaty in 1990.", un)
    assert not us.supported and "States" in us.unsupported_terms
    assert scorer.score("The US signed the fisheries treaty in 1990.",
                        ["The United States signed the fisheries treaty in 1990."]).supported
    assert scorer.score("The United States signed the fisheries treaty in 1990.",
                        ["The US signed the fisheries treaty in 1990."]).supported


# (passage, a faithful rewording, a perturbation of it, the word the verdict must name)
EVERYDAY_PERTURBATIONS = {
    "May is a month": ("The river treaty was signed in May 2020 by both governments.",
                       "Both governments signed the river treaty in May 2020.",
                       "Both governments signed the river treaty in March 2020.", "March"),
    "failed to": ("The council funded the rural clinic for three more years.",
                  "The rural clinic was funded by the council for three more years.",
                  "The council failed to fund the rural clinic for three more years.", "fund"),
    "before or after": ("The minister resigned after the budget vote.",
                        "After the budget vote, the minister resigned.",
                        "The minister resigned before the budget vote.", "before"),
    "approved or rejected": ("The Senate approved the water plan in June.",
                             "In June the water plan was approved by the Senate.",
                             "The Senate rejected the water plan in June.", "rejected"),
    "confirmed or denied": ("The mayor confirmed the report about the harbour contract.",
                            "The report about the harbour contract was confirmed by the mayor.",
                            "The mayor denied the report about the harbour contract.", "denied"),
    "hired or fired": ("The shipyard hired 300 welders last spring.",
                       "Last spring the shipyard took on 300 welders.",
                       "The shipyard fired 300 welders last spring.", "fired"),
    "highest or lowest": ("Unemployment in the province was the lowest in a decade.",
                          "The province's unemployment was at its lowest in a decade.",
                          "Unemployment in the province was the highest in a decade.", "highest"),
    "more or less": ("Less than half of the voters backed the port expansion.",
                     "The port expansion was backed by less than half of the voters.",
                     "More than half of the voters backed the port expansion.", "More"),
    "fractions": ("A quarter of the budget goes to coastal defence.",
                  "Coastal defence receives 25% of the budget.",
                  "Half of the budget goes to coastal defence.", "Half"),
    "initials": ("K. Lund chaired the inquiry into the ferry disaster.",
                 "The inquiry into the ferry disaster was chaired by K. Lund.",
                 "J. Lund chaired the inquiry into the ferry disaster.", "J"),
    "fewer or more": ("More than 200 delegates attended the water summit in Tromsø.",
                      "Over 200 delegates were at the water summit in Tromsø.",
                      "Fewer than 200 delegates attended the water summit in Tromsø.", "Fewer"),
    "passed or repealed": ("The assembly passed the coastal access law in 2019.",
                           "In 2019 the coastal access law was passed by the assembly.",
                           "The assembly repealed the coastal access law in 2019.", "repealed"),
    "entered or withdrew": ("The peacekeeping force entered the border town on Monday.",
                            "On Monday the peacekeeping force entered the border town.",
                            "The peacekeeping force withdrew from the border town on Monday.", "withdrew"),
    "convicted or acquitted": ("The former port director was convicted of fraud in 2022.",
                               "In 2022 the former port director was found guilty of fraud.",
                               "The former port director was acquitted of fraud in 2022.", "acquitted"),
    "killed or injured": ("The landslide killed 12 villagers near Sagres.",
                          "Twelve villagers near Sagres died in the landslide.",
                          "The landslide injured 12 villagers near Sagres.", "injured"),
    "upheld or overturned": ("The supreme court overturned the fishing quota ruling.",
                             "The fishing quota ruling was overturned by the supreme court.",
                             "The supreme court upheld the fishing quota ruling.", "upheld"),
    "slowed or accelerated": ("Inflation in the eurozone accelerated in May.",
                              "In May, eurozone inflation accelerated.",
                              "Inflation in the eurozone slowed in May.", "slowed"),
    "units": ("The new bridge over the fjord is 2 miles long.",
              "The new bridge over the fjord has a length of 2 miles.",
              "The new bridge over the fjord is 2 km long.", "km"),
    "a difference": ("The operator will cut daily ferries between Harlow and Penmor from 32 to 24 in May.",
                     "From May there will be eight fewer daily ferries between Harlow and Penmor.",
                     "From May there will be nine fewer daily ferries between Harlow and Penmor.", "nine"),
    "who said it": ("The audit office found that waits rose to 38 weeks. Health Minister Tobias Lenz said 15 new "
                    "operating theatres would open by 2026.",
                    "According to Health Minister Tobias Lenz, 15 new operating theatres will open by 2026.",
                    "The audit office said 15 new operating theatres would open by 2026.", "audit office"),
    "whose quotation": ("\"Spending alone will not fix the ports,\" argues Dr. Ines Moreau, an economist at the Harlow "
                        "Institute. Port director Karl Weiss called the plan overdue.",
                        "Ines Moreau argues that spending on its own will not fix the ports.",
                        "Karl Weiss argues that spending on its own will not fix the ports.", "Karl Weiss"),
    "a direction from the other sentence": ("Lena Varga won 56.1% of the vote in Harlow. Turnout was 41%, down from "
                                            "47% in the last election.",
                                            "Lena Varga won 56.1% of the vote in Harlow, where turnout fell to 41%.",
                                            "Lena Varga won 56.1% of the vote in Harlow on a higher turnout than in "
                                            "the last election.", "higher"),
    "a duration said two ways": ("Unemployment in Harlow fell to 4.9% in May, the lowest level in more than a decade.",
                                 "Harlow's jobless rate dropped to 4.9 percent in May, its lowest in over ten years.",
                                 "Harlow's jobless rate dropped to 4.9 percent in May, its lowest in over five years.",
                                 "five"),
    "who expects it": ("Analysts expect the Harlow port deal to close in June.",
                       "The Harlow port deal is expected to close in June.",
                       "The Harlow regulator expects the port deal to close in June.", "regulator"),
    "who will sue": ("The council capped rents at 3%. The measure, proposed by councillor Ada Quill, starts in "
                     "May. Landlord group Harlow Owners said it would challenge the rule in court.",
                     "Harlow Owners, a landlord group, said it would challenge the rent rule in court.",
                     "Councillor Ada Quill said she would challenge the rent cap in court.", "Ada Quill"),
    "one year against six months": ("The two ministers signed the border treaty on 9 May, ending a dispute that had "
                                    "lasted 27 years. Both parliaments must ratify it within six months.",
                                    "Both parliaments have six months to ratify the border treaty.",
                                    "Both parliaments have one year to ratify the border treaty.", "one"),
    "whose findings": ("Data from the statistics office indicate a 12% rise in rents. Moreover, a survey by Harlow "
                       "Bank suggests that buyers are returning to the market.",
                       "A survey by Harlow Bank suggests that buyers are coming back to the market.",
                       "The statistics office found that buyers are returning to the market.", "statistics office"),
    "numbers swapped beside a date": ("Ferry traffic rose 18% in Q2 2024, alongside a 7% rise in rail freight.",
                                      "Ferry traffic went up 18% in Q2 2024, while rail freight rose 7%.",
                                      "Rail freight jumped 18% in Q2 2024, while ferry traffic rose 7%.", "18%"),
    "a pole the passage only denies": ("The council's recycling drive has had limited success so far, officials "
                                       "said.",
                                       "According to officials, the recycling drive run by the council has so far "
                                       "met with limited success.",
                                       "Officials said the council's recycling drive has largely succeeded so far.",
                                       "succeeded"),
    "an only the passage never says": ("The singer's best-known song is 'Blue Harbour', released in 1994.",
                                       "'Blue Harbour', released in 1994, is the singer's best-known song.",
                                       "'Blue Harbour', released in 1994, is the singer's only well-known song.",
                                       "only"),
    "looser for stricter": ("Residents are calling for stricter limits on short-term rentals in the old town.",
                            "People living in the old town want tighter limits on short-term rentals.",
                            "Residents are calling for looser limits on short-term rentals in the old town.", "looser"),
}


@pytest.mark.parametrize("passage, faithful, perturbed, term", EVERYDAY_PERTURBATIONS.values(),
                         ids=EVERYDAY_PERTURBATIONS.keys())
def test_everyday_perturbations_are_caught(scorer, passage, faithful, perturbed, term):
    assert scorer.score(faithful, [passage]).supported
    result = scorer.score(perturbed, [passage])
    assert not result.supported and any(term in t for t in result.unsupported_terms), result


# (passage, a faithful rewording the judge once rejected)
REWORDINGS = {
    "possessive names": ("The Harbour Court of Velmora ruled 6-3 on Friday that the 2020 dredging permit was invalid.",
                         "On Friday, Velmora's Harbour Court ruled 6-3 that the 2020 dredging permit was invalid."),
    "scale inside a compound": ("The Northline ferry terminal, which cost €310 million, opened in 2023.",
                                "The 310-million-euro Northline ferry terminal opened in 2023."),
    "times and triple": ("Velmora recorded 1,240 flu cases in March, nearly triple the 430 of a year earlier.",
                         "Velmora's 1,240 flu cases in March were almost three times the 430 of a year earlier."),
    "a quarter of a point": ("The central bank raised its main rate by 0.25 percentage points to 4.5%.",
                             "The central bank lifted its main rate by a quarter of a percentage point to 4.5%."),
    "numbers from both sentences": ("The Northline ferry terminal opened on 3 March 2023. The 2.4-kilometre pier, "
                                    "which cost €40 million, serves two routes.",
                                    "The Northline terminal's 2.4 km pier opened on 3 March 2023."),
    "twelve months and the year": ("House prices in Tarnby rose 6.8% in the 12 months to September.",
                                   "Tarnby house prices climbed 6.8 percent over the year to September."),
    "a difference": ("Unemployment in Tarsova fell to 5.3% in October from 5.7% in September.",
                     "Tarsova's jobless rate dropped 0.4 percentage points to 5.3% in October."),
    "basis points": ("The central bank raised its main rate by half a percentage point to 6.25% on Thursday.",
                     "On Thursday the central bank lifted its main rate by 50 basis points to 6.25%."),
    "accents": ("The insurgency is centred in the remote Apurímac region.",
                "The insurgency is based in the remote Apurimac region."),
    "unit spellings and Celsius": ("Harlow was 1.8 degrees Celsius warmer than usual. The town had 41 days above "
                                   "30 degrees and a frog 11 millimetres long was found there.",
                                   "Harlow had 41 days above 30 degrees Celsius and an 11 mm frog was found there."),
    "a failure to act": ("The agency is often hampered by a lack of decisive action.",
                         "The agency is often held back by a failure to act decisively."),
    "double and twofold": ("Chief executive Tomas Ferreira said the company aimed to double its wind capacity by 2030.",
                           "Tomas Ferreira said the company was aiming for a twofold increase in its wind capacity "
                           "by 2030."),
    "led by and under": ("Stakeholders include the Harlow government under Prime Minister Ada Quill and the port "
                         "authority, led by Karl Weiss.",
                         "The Harlow government, led by Prime Minister Ada Quill, is one of the stakeholders."),
    "passive with two owners": ("The Medicines Agency of Harlow approved Velotrin, a weekly tablet made by Korvex, "
                                "on 3 March.",
                                "Korvex's weekly tablet Velotrin was approved by Harlow's Medicines Agency "
                                "on 3 March."),
    "half an hour": ("The board voted to extend the school day by 30 minutes from next autumn.",
                     "The board voted to make the school day half an hour longer from next autumn."),
    "the institute again": ("Smoking in Kestria fell to 11.5% in 2023, according to the National Health Institute. "
                            "The institute credited a 40% tax increase on cigarettes introduced in 2016.",
                            "The National Health Institute credits a 40 percent cigarette tax rise from 2016."),
    "a denied word on the other pole": ("The ferry strike ended in failure after the union lost its court case in "
                                        "June.",
                                        "After the union lost its court case in June, the ferry strike did not "
                                        "succeed."),
    "weak of one thing, stronger of another": ("Facing mounting pressure and a struggling economy, the governor "
                                               "backs stronger controls on rents.",
                                               "The governor, who faces mounting pressure and a weak economy, "
                                               "backs stronger rent controls."),
    "a hedged claim restates a denied pole": ("The clean-air campaign has had limited success, mainly because "
                                              "enforcement is weak.",
                                              "The clean-air campaign has achieved only limited results, mostly "
                                              "because enforcement is weak."),
}


@pytest.mark.parametrize("passage, rewording", REWORDINGS.values(), ids=REWORDINGS.keys())
def test_faithful_rewordings_are_supported(scorer, passage, rewording):
    result = scorer.score(rewording, [passage])
    assert result.supported, result


def test_a_country_backs_the_adjective_for_its_people(scorer):
    talks = ["Talks between the UK and Spain on the fishing quota resumed in May after a pause of two years."]
    assert scorer.score("British and Spanish negotiators resumed the fishing quota talks in May.", talks).supported
    other = scorer.score("British and Mexican negotiators resumed the fishing quota talks in May.", talks)
    assert not other.supported and "Mexican" in other.unsupported_terms


def test_a_role_the_passages_give_to_someone_else_is_caught(scorer):
    memorial = ["Hugo Brandt was the Danish architect who designed the Harbour Memorial in Aarhus. "
                "The memorial honours Niels Holm, the city's first mayor."]
    assert scorer.score("Hugo Brandt was the architect of the Harbour Memorial.", memorial).supported
    wrong = scorer.score("The architect of the Harbour Memorial was Niels Holm.", memorial)
    assert not wrong.supported and "architect" in wrong.reason
    relative = scorer.score("Niels Holm, who was the Danish architect of the Harbour Memorial.", memorial)
    assert not relative.supported and "of Niels Holm" in relative.reason


def test_an_ordinal_date_matches_its_digits(scorer):
    dated = ["The brief was published on December 7, 2025, by the Institute for Strategic Studies."]
    assert scorer.score("The brief came out on the seventh of December 2025.", dated).supported
    assert not scorer.score("The brief came out on the ninth of December 2025.", dated).supported


def test_an_acronym_inside_a_hyphenated_name_counts(scorer):
    title = ["The Andean Crucible: US-Peru Relations and the Shifting Sands of Regional Security"]
    assert scorer.score("The title links relations between the US and Peru to regional security.", title).supported


def test_two_names_put_in_each_other_s_places_are_caught(scorer):
    aid = ["Norway will keep funding the water projects, but it struggles to gain a say over Kenyan planning. "
           "Kenya and Norway signed the accord in 2019."]
    assert scorer.score("Norway will go on funding the water projects but struggles to gain a say over "
                        "planning in Kenya.", aid).supported
    assert scorer.score("Norway and Kenya signed the accord in 2019.", aid).supported
    swapped = scorer.score("Kenya will keep funding the water projects but struggles to gain a say over "
                           "Norwegian planning.", aid)
    assert not swapped.supported and "other way round" in swapped.reason


def test_denying_a_word_backed_only_by_its_pole_is_caught(scorer):
    truce = ["The ceasefire is failing because neither side trusts the monitors sent by the regional council."]
    assert scorer.score("The ceasefire is a failure because neither side trusts the monitors.", truce).supported
    denied = scorer.score("The ceasefire is not a failure because neither side trusts the monitors.", truce)
    assert not denied.supported and "affirms 'failure'" in denied.reason


def test_limited_success_is_no_success_to_claim(scorer):
    talks = ["Two rounds of talks between the ministries have yielded limited success so far, mostly because "
             "the budget office refused to take part."]
    assert scorer.score("The talks between the ministries have had little success so far.", talks).supported
    claimed = scorer.score("The talks between the ministries have been successful so far.", talks)
    assert not claimed.supported and "negates" in claimed.reason


def test_a_roman_numeral_after_a_name_is_a_number(scorer):
    general = ["Otto Brenner was a German general who was killed in Allied custody during World War II."]
    assert scorer.score("Otto Brenner was killed during the Second World War.", general).supported
    wrong = scorer.score("Otto Brenner was killed during World War I.", general)
    assert not wrong.supported and "I" in wrong.unsupported_terms


def test_a_name_the_claim_denies_but_the_passage_states_is_caught(scorer):
    band = ["Rust Harbour is an American metalcore band from Tulsa, Oklahoma, formed in 2009."]
    assert scorer.score("Rust Harbour is a metalcore band from Tulsa, Oklahoma.", band).supported
    denied = scorer.score("Rust Harbour is from Oklahoma, but not Tulsa.", band)
    assert not denied.supported and "not Tulsa" in denied.unsupported_terms


def test_only_one_subject_is_false_when_the_other_has_it_too(scorer):
    writers = ["Mara Quill (born 1950) is an American novelist. Tobias Renn (1882 - 1941) was an Irish "
               "novelist and poet."]
    question = "Are Mara Quill and Tobias Renn both novelists?"
    assert scorer.score("Only Mara Quill is American.", writers, question).supported
    only = scorer.score("Only Mara Quill is a novelist.", writers, question)
    assert not only.supported and "of Tobias Renn too" in only.reason


def test_the_active_voice_fills_the_same_slot_as_the_passive(scorer):
    film = ["Silver Reach is a 2011 drama film directed by Ana Lund and written by Piet Marsh."]
    question = "Who directed Silver Reach?"
    assert scorer.score("Ana Lund directed Silver Reach.", film, question).supported
    assert scorer.score("Piet Marsh wrote Silver Reach.", film, question).supported
    wrong = scorer.score("Piet Marsh directed Silver Reach.", film, question)
    assert not wrong.supported and "'directed by'" in wrong.reason


def test_an_answer_that_is_a_question_asserts_nothing(scorer):
    prize = ["Ilse Varga won the 1981 Kessler Prize together with Karl Mohr, a zoologist of Austrian nationality."]
    question = "Ilse Varga won the 1981 Kessler Prize with a zoologist of what nationality?"
    assert scorer.score("Austrian", prize, question).supported
    echo = scorer.score("Ilse Varga won the 1981 Kessler Prize with a zoologist of what nationality?",
                        prize, question)
    assert not echo.supported and "itself a question" in echo.reason


def test_a_quoted_title_of_four_words_is_not_speech(scorer):
    # Paragraphs glued without a space after a closing quote are still two sentences.
    books = ["Lena Aske is a Norwegian author best known for the novel \"House of Grey Birds\".Mark Dow is "
             "an American novelist who writes for young readers."]
    assert scorer.score("Lena Aske wrote \"House of Grey Birds\".", books).supported
    wrong = scorer.score("Mark Dow wrote the \"House of Grey Birds\" novel.", books)
    assert not wrong.supported and "neighbouring sentence" in wrong.reason


def test_a_first_word_the_passages_write_belongs_to_the_name(scorer):
    team = ["The club moved to Halden, Norway in 1998 and was renamed the Norway Falcons."]
    question = "What was the club renamed after moving in 1998?"
    assert scorer.score("Norway Falcons", team, question).supported
    spliced = scorer.score("Halden Falcons", team, question)
    assert not spliced.supported and "never that name" in spliced.reason
    # A first word that is only grammar is still dropped: "The Norway Falcons".
    assert scorer.score("The Norway Falcons", team, question).supported


def test_a_both_claim_is_checked_for_each_subject_it_names(scorer):
    musicians = ["Aram Tevan (born 1978) is a jazz pianist from Los Angeles. Levon Arzu (born 1957) is a "
                 "Grammy winning American musician of Armenian descent."]
    question = "Who is a Grammy winning musician of Armenian descent, Aram Tevan or Levon Arzu?"
    assert scorer.score("Levon Arzu is a Grammy winning musician of Armenian descent.", musicians,
                        question).supported
    both = scorer.score("Both Aram Tevan and Levon Arzu are Grammy winning musicians.", musicians, question)
    assert not both.supported and "of Aram Tevan" in both.reason


def test_a_wh_question_s_own_words_are_its_premise(scorer):
    dogs = ["The Skallhund is a short-legged scenthound from Norway used for hunting deer. The Vargbracke "
            "is a breed of dog originally bred for hunting hare and fox."]
    question = "Both the Skallhund and the Vargbracke are dog breeds bred for what purpose?"
    assert scorer.score("bred for hunting", dogs, question).supported
    assert not scorer.score("bred for herding", dogs, question).supported


def test_an_agent_noun_is_backed_by_its_verb_for_each_subject(scorer):
    film = ["Rosa Keel (1897 - 1995) was the first woman to direct a feature film in Ohio. Anil Varma "
            "(1945 - 1991) was an Indian novelist and film director."]
    question = "Rosa Keel and Anil Varma have which occupation in common?"
    assert scorer.score("film director", film, question).supported
    assert not scorer.score("novelist", film, question).supported


def test_a_lack_of_something_denies_the_noun_phrase_not_the_verb_after_it(scorer):
    agency = ["The agency plays a supporting role, often hampered by a lack of funding and a lack of "
              "clear leadership."]
    assert scorer.score("A lack of clear leadership often hampers the agency's supporting role.",
                        agency).supported
    denied = scorer.score("The agency's supporting role is not hampered by a lack of funding.", agency)
    assert not denied.supported and "hampered" in denied.reason
    assert not scorer.score("The agency has no lack of funding.", agency).supported


def test_a_name_in_another_with_slot_is_caught(scorer):
    singer = ["From 1971 to 1976 the country singer Dale Porter received a string of awards for duets with "
              "June Mayfield."]
    assert scorer.score("Dale Porter received awards for duets with June Mayfield.", singer).supported
    wrong = scorer.score("The country singer's duets with Dale Porter won a string of awards.", singer)
    assert not wrong.supported and "'duets with'" in wrong.reason


def test_founded_is_a_content_word(scorer):
    house = ["Keller & Sons was a Hamburg trading house closely associated with the Brandt family of Riga."]
    question = "Which family was the Hamburg trading house Keller & Sons related to?"
    assert scorer.score("Keller & Sons was associated with the Brandt family.", house, question).supported
    founded = scorer.score("Keller & Sons was founded by the Brandt family.", house, question)
    assert not founded.supported and "founded" in founded.unsupported_terms
    society = ["The Riga Society is a club established in 1957 under the patronage of Anna Brandt."]
    assert scorer.score("The Riga Society was founded in 1957.", society).supported


def test_a_short_answer_title_must_occur_as_a_whole(scorer):
    show = ["The Makers is a 2015 sitcom starring Ana Ruiz, a singer and actress who began her career at 15."]
    question = "What sitcom starred a singer who began her career at 15?"
    assert scorer.score("The Makers", show, question).supported
    invented = scorer.score("The Singer and the Makers", show, question)
    assert not invented.supported and "never that name" in invented.reason


def test_a_capital_stands_for_its_government(scorer):
    ties = ["Years of insurgency led to a marked deterioration of US-Peru relations."]
    assert scorer.score("Relations between Washington and Lima deteriorated markedly after years of insurgency.",
                        ties).supported
    assert not scorer.score("Relations between Washington and Santiago deteriorated markedly after years of "
                            "insurgency.", ties).supported


def test_doubling_is_a_number(scorer):
    crossings = ["Official data show a 37% increase in migrant crossings from Peru into Chile in Q3 2025."]
    assert scorer.score("Migrant crossings from Peru into Chile rose by 37 percent in the third quarter of 2025.",
                        crossings).supported
    doubled = scorer.score("Migrant crossings from Peru into Chile nearly doubled in the third quarter of 2025.",
                           crossings)
    assert not doubled.supported and "doubled" in doubled.unsupported_terms


def test_a_role_claim_with_a_trailing_clause_is_still_checked(scorer):
    pact = ["The Lake Accord, signed in 1971, was initially championed by Norway as a shield against "
            "overfishing. The accord's effect has been undermined by divisions within Denmark."]
    wrong = scorer.score("Denmark was the original champion of the Lake Accord, promoting it as a shield "
                         "against overfishing.", pact)
    assert not wrong.supported and "champion" in wrong.reason


def test_names_swapped_into_the_subject_s_place_are_caught(scorer):
    aid = ["The EU will likely keep its focus on funding water projects, but faces an uphill battle to gain "
           "influence over Kenyan planning."]
    assert scorer.score("The EU is expected to keep funding water projects while struggling to gain influence "
                        "over planning in Kenya.", aid).supported
    swapped = scorer.score("Kenya is expected to keep funding water projects while struggling to gain influence "
                           "over EU planning.", aid)
    assert not swapped.supported and "other way round" in swapped.reason


def test_a_capital_opening_the_sentence_stands_for_its_country(scorer):
    policy = ["The US is focused on using security cooperation to counter transnational crime in the region."]
    question = "Who is focused on using security cooperation against transnational crime?"
    assert scorer.score("Washington is focused on using security cooperation to counter transnational crime.",
                        policy, question).supported
    assert not scorer.score("Santiago is focused on using security cooperation to counter transnational crime.",
                            policy, question).supported


def test_a_word_past_a_negation_s_scope_has_no_known_polarity(scorer):
    reform = ["Talks have yielded limited success, largely due to a lack of comprehensive institutional reform."]
    assert scorer.score("Talks achieved limited success, largely because the country has not carried out "
                        "comprehensive institutional reform.", reform).supported
    # With no negation in the claim's clause, the passage's denial still contradicts it.
    done = scorer.score("Talks achieved limited success, although the country carried out comprehensive "
                        "institutional reform.", reform)
    assert not done.supported and "negates" in done.reason


def test_a_change_of_course_turned_round_is_caught(scorer):
    advice = ["\"The ministry needs to shift its approach from centralised control of water supplies to a "
              "community-led model built on local councils,\" argues Dr. Mira Osei."]
    assert scorer.score("Dr. Osei urges the ministry to move from centralised control of water to a "
                        "community-led model.", advice).supported
    turned = scorer.score("Dr. Osei urges the ministry to abandon its community-led model in favour of "
                          "centralised control of water supplies.", advice)
    assert not turned.supported and "other way round" in turned.reason


# (passages, question, a right answer, an answer that does not answer it, the reason it gives)
UNANSWERED = {
    "choice answered with another fact": (
        ["Vela is a weekly magazine published in Ireland by Harp Media. Al Noor is an Arabic monthly "
         "magazine published in Doha."],
        "Which magazine is published in Ireland, Vela or Al Noor?",
        "Vela is published in Ireland.", "Al Noor is published in Doha.", "which the question asks"),
    "choice with the options first": (
        ["Harbour General Hospital is the largest private hospital in Kelso, with 900 beds. "
         "St Brigid's Children's Hospital in Kelso is ranked as a top hospital for children."],
        "Is St Brigid's Children's Hospital or Harbour General Hospital the largest private hospital in Kelso?",
        "Harbour General Hospital is the largest private hospital in Kelso.",
        "St Brigid's Children's Hospital is a top-ranked hospital.", "which the question asks"),
    "only the question's words": (
        ["Ruth Anna Berg is married to Ole Berg, who owns two teams that play in an arena by the harbour. "
         "The arena is called Fjordhall."],
        "In which arena do the teams owned by Ruth Berg's husband play?",
        "Fjordhall", "Ruth Anna Berg's husband owned teams that play in an arena.",
        "only repeats what the question says"),
    "number in the wh-phrase": (
        ["In early September 2004 Hurricane Marit caused the Tolla River to flood. Two weeks later "
         "Hurricane Oskar, a Category 5 storm, caused the river to flood again."],
        "What Category 5 hurricane caused the Tolla River to flood?",
        "Hurricane Oskar", "The Tolla River was flooded by Hurricane Marit.", "which the question asks about"),
    "number in the wh-phrase, given to another title of the list": (
        ["Lena Marsh (born 1988) is a Danish actress, best known for her role in \"The Glass Orchard\", in which "
         "she played a queen, and the 2019 crime drama \"Night Ferry\" as a customs officer."],
        "Lena Marsh starred in what 2019 crime drama?",
        "Night Ferry", "Lena Marsh starred in \"The Glass Orchard\".", "which the question asks about"),
    "the other item of a list has the quoted title": (
        ["Tom Averill is an English actor. He is known for playing Jory Vance in \"The Salt Flats\" series, Dr "
         "Ellis Hart in \"Ward Nine\", and Leo Brandt in \"Autumn Lights\"."],
        "In the 2018 film \"Autumn Lights\", Tom Averill plays which character?",
        "Leo Brandt", "Tom Averill plays Ellis Hart.", "which the question asks about"),
    "what kind the passage names": (
        ["Harbour Nocturne is a ballet in two acts by Ines Aldana, first staged in Norrvik. Ines Aldana "
         "(1902 - 1977) was a Chilean composer, best known for her oratorio \"The Salt Road\" (1948)."],
        "Harbour Nocturne was composed by the woman best known for what oratorio?",
        "The Salt Road", "Harbour Nocturne was composed by Ines Aldana.", "the passages call The Salt Road one"),
}


@pytest.mark.parametrize("passages, question, right, wrong, reason", UNANSWERED.values(), ids=UNANSWERED.keys())
def test_an_answer_must_answer_what_the_question_asks(scorer, passages, question, right, wrong, reason):
    assert scorer.score(right, passages, question).supported
    result = scorer.score(wrong, passages, question)
    assert not result.supported and reason in result.reason


@pytest.mark.parametrize("question, answer, right", [
    ("Tomas Ekberg played for a club that plays its home matches where?",
     "Tomas Ekberg played for a club that played its home matches in a stadium.",
     "Tomas Ekberg played for Norrvik FC, which plays its home matches at Strandvallen."),
    ("When did the Norrvik ferry line open?", "The Norrvik ferry line opened after a long debate.",
     "The Norrvik ferry line opened in 1958."),
    ("How many seats does Strandvallen have?", "Strandvallen has seats for its supporters.",
     "Strandvallen has 4,200 seats."),
    ("In what city is Strandvallen?", "Strandvallen is in Sweden.", "Strandvallen is in Norrvik, Sweden."),
])
def test_an_answer_must_bring_the_kind_of_thing_the_question_asks_for(scorer, question, answer, right):
    passages = ["Tomas Ekberg played for Norrvik FC, a club that plays its home matches in a stadium called "
                "Strandvallen, which has 4,200 seats for its supporters. Strandvallen is in Norrvik, Sweden. "
                "The Norrvik ferry line opened in 1958 after a long debate."]
    assert scorer.score(right, passages, question).supported
    result = scorer.score(answer, passages, question)
    assert not result.supported and "the question asks for" in result.reason


def test_an_answer_may_not_swap_the_question_s_own_word_for_a_near_one(scorer):
    passages = ["Lena Varga is an American forensic psychiatrist who has consulted on many criminal cases."]
    question = "What forensic psychiatrist consulted on many criminal cases?"
    assert scorer.score("Lena Varga was a forensic psychiatrist.", passages, question).supported
    changed = scorer.score("Lena Varga was a psychologist.", passages, question)
    assert not changed.supported and "psychologist" in changed.unsupported_terms


def test_a_name_put_after_a_kind_noun_must_be_that_kind_in_the_passages(scorer):
    band = ['"Low Tide" is a song by the band Marrow. Marrow is a rock band from Red Creek, Ohio, led by '
            'singer Ada Quill.']
    assert scorer.score("Ada Quill sings in the band Marrow, which comes from Red Creek.", band).supported
    wrong = scorer.score("Ada Quill is the singer of the rock band Red Creek.", band)
    assert not wrong.supported and "never Red Creek" in wrong.reason


ACRONYM_CHECK = """
from assistant.verify.offline import SupportScorer
judge = SupportScorer(None)
print(judge.score("Support came from the United Nations Development Programme and the United States.",
                  ["Support came from the UNDP."]).score,
      judge.score("The Organization of American States backed the plan.", ["The OAS backed the plan."]).score)
"""


def test_acronyms_back_the_run_each_name_belongs_to_whatever_the_hash_seed():
    # Python orders sets differently in each process; the verdict must not follow that order.
    root = Path(__file__).resolve().parents[2]
    outputs = set()
    for seed in range(1, 6):
        done = subprocess.run([sys.executable, "-c", ACRONYM_CHECK], cwd=root, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout.strip())
    assert len(outputs) == 1, outputs
    us_too, oas = map(float, outputs.pop().split())
    assert us_too < 0.5 and oas >= 0.5


def test_empty_inputs(scorer):
    assert not scorer.score("", PASSAGES).supported
    assert not scorer.score("The pact was signed in 1965.", []).supported


def test_split_claims_strips_markers_and_keeps_abbreviations():
    answer = ("Crossings into Chile rose 37% [1]. Dr. Ricardo Silva calls it an oversimplification [2][3]. "
              "The U.S. backed the pact [1, 2].")
    assert split_claims(answer) == [
        "Crossings into Chile rose 37%.",
        "Dr. Ricardo Silva calls it an oversimplification.",
        "The U.S. backed the pact.",
    ]
    assert split_claims("  [1] ") == []
    assert split_claims("Two figures:\n- Crossings rose 37% [1]\n- Insurgent activity rose 22% [1]") == [
        "Two figures:", "Crossings rose 37%", "Insurgent activity rose 22%"]


def test_make_judge(settings, embedder):
    judge = make_judge("offline", settings, embedder)
    assert judge.name == "offline" and judge.threshold == settings.support_threshold
    with pytest.raises(UserError, match="offline, nli, llm"):
        make_judge("oracle", settings, embedder)
    with pytest.raises(UserError, match="nli_model"):
        make_judge("nli", settings.replace(nli_model=""), None)


HARBOUR = ("Key players include the port authority and the town government under Mayor Ilse Brandt. "
           "Mayor Brandt, facing a shrinking budget, wants to sell the old ferry terminal. "
           "The port authority, led by Director Okafor, is focused on dredging the channel for larger ships. "
           "Inspectors found a link between the dredging firm and a shell company in Malta. "
           "This arrangement poses a serious risk to the Northern Bank, the port's main lender.")


def test_one_bearer_named_in_two_sentences_is_one_fact(scorer):
    # "Mayor Brandt" names again the "Mayor Ilse Brandt" of the sentence before.
    assert scorer.score("Ilse Brandt, the mayor, is facing a shrinking budget.", [HARBOUR]).supported
    # A word two names share ("Corps") does not make them one bearer.
    corps = ["The plan united the Signal Corps and the Frogman Corps under one command. The Signal Corps, "
             "formerly of the Royal Army, is based in Aalborg."]
    assert not scorer.score("The Frogman Corps was formerly of the Royal Army.", corps).supported


def test_a_sentence_that_points_back_continues_the_fact_before_it(scorer):
    claim = ("Inspectors found a link between the dredging firm and a shell company in Malta, which poses "
             "a serious risk to the Northern Bank.")
    assert scorer.score(claim, [HARBOUR]).supported
    # Without the pointing back, a name from the next sentence is still a joined fact.
    plain = HARBOUR.replace("This arrangement poses", "Separately, a storm poses")
    assert not scorer.score(claim, [plain]).supported


def test_a_name_spelled_out_in_the_claim_is_backed_by_its_acronym_after_a_possessive(scorer):
    passage = ["The EU, led by Commissioner Dahl, is focused on Norway's vast fisheries and its offshore wind."]
    claim = "Under Commissioner Dahl, the European Union is focused on Norway's extensive fisheries."
    assert scorer.score(claim, passage).supported


def test_a_pole_word_the_claim_restates_is_not_the_other_side_of_its_other_words(scorer):
    passage = ["The rise of the militia in the 1990s broke the trust between the two towns."]
    assert scorer.score("The militia's rise in the 1990s led to a decline in trust between the two towns.",
                        passage).supported
    # A claim that flips the one direction the passage gives is still caught.
    assert not scorer.score("The decline of the militia in the 1990s broke the trust between the two towns.",
                            passage).supported


def test_up_and_down_after_a_verb_take_the_phrase_s_sense(scorer):
    passage = ["The rise of the militia in the 1990s eroded trust in the police."]
    assert scorer.score("Rising in the 1990s, the militia wore down trust in the police.", passage).supported
    council = ["The council approved a 4.5% increase in parking fees on Tuesday."]
    voted = scorer.score("The council voted down a 4.5% increase in parking fees on Tuesday.", council)
    assert not voted.supported and "down" in voted.unsupported_terms


def test_a_claim_hedged_as_modest_may_restate_limited_success(scorer):
    passage = ["Talks driven by trade incentives have yielded limited success, largely due to a lack of reform."]
    assert scorer.score("Talks motivated by trade incentives achieved only modest results, mainly for "
                        "lack of reform.", passage).supported
    assert not scorer.score("Talks driven by trade incentives have largely succeeded.", passage).supported


def test_leaving_someone_vulnerable_is_not_excluding(scorer):
    passage = ["Key risks to the region include drought and debt. The ministry argues the real problem is a failure "
               "of planning that breeds vulnerability."]
    assert scorer.score("The ministry contends the core problem is a planning failure that leaves the region "
                        "vulnerable.", passage).supported
    members = ["Norway decided to join the customs union in 2019."]
    assert not scorer.score("Norway decided to leave the customs union in 2019.", members).supported


def test_a_sentence_about_a_thing_the_one_before_named_may_lend_its_name(scorer):
    farm = ["Tarvik Power switched on the Saltmoor solar park near Eskby on Monday. The 210 million-euro plant "
            "has 400,000 panels and should power about 60,000 homes. Chief executive Lise Holm said the company "
            "aimed to triple its solar capacity by 2031."]
    assert scorer.score("The 210 million-euro Saltmoor park should power about 60,000 homes.",
                        farm).supported
    assert scorer.score("Lise Holm, Tarvik Power's chief executive, said the firm wanted to triple its solar "
                        "capacity by 2031.", farm).supported
    # Without a noun that names the thing again, the two sentences stay two facts.
    two = ["Tarvik Power switched on the Saltmoor solar park near Eskby on Monday. Wind farms in the region "
           "should power about 60,000 homes."]
    assert not scorer.score("The Saltmoor park is expected to power about 60,000 homes.", two).supported


def test_a_country_that_opens_the_claim_is_checked_as_a_name(scorer):
    passage = ["The Lagos Accord, signed in 1971, was first championed by Norway as a shield against piracy."]
    assert scorer.score("Norway was the first champion of the Lagos Accord, a shield against piracy.",
                        passage).supported
    swapped = scorer.score("Denmark was the first champion of the Lagos Accord, a shield against piracy.", passage)
    assert not swapped.supported and "Denmark" in swapped.unsupported_terms


def test_the_near_term_is_not_the_long_term(scorer):
    passage = ["In the short term (next six months), grain prices are likely to stay volatile. Longer-term "
               "(five to ten years), a new deep-water port could bring stable prices and a stronger farm sector."]
    assert scorer.score("In the long term, a new deep-water port could lead to stable grain prices.", passage).supported
    near = scorer.score("In the near term, a new deep-water port could bring stable grain prices.", passage)
    assert not near.supported and "near" in near.unsupported_terms


def test_a_time_frame_the_passage_does_not_give_is_a_missing_number(scorer):
    passage = ["The widening drought, marked by failed harvests and rising food prices, demands an urgent "
               "change of farm policy. Over the next 18 months the ministry plans to hire 300 extra advisers."]
    within = scorer.score("The ministry warns that the drought could cause farm policy to collapse within the "
                          "next year.", passage)
    assert not within.supported and "next year" in within.unsupported_terms
    assert scorer.score("Over the next year and a half, the ministry plans to hire 300 more advisers.",
                        passage).supported


def test_numbers_may_come_from_a_sentence_that_goes_on_about_the_same_thing(scorer):
    bridge = ["The Kora River bridge project was suspended on 3 May after inspectors found cracks in its deck. "
              "The $240 million bridge was 80% complete."]
    claim = ("Work on the $240m Kora River bridge, which was 80 percent finished, was halted in May after cracks "
             "were found.")
    assert scorer.score(claim, bridge).supported
    other = [bridge[0].replace("The $240 million bridge was", "Separately, a $240 million tunnel was")]
    assert not scorer.score(claim, other).supported


def test_times_as_many_is_the_ratio_of_two_numbers_the_passage_gives(scorer):
    heat = ["The weather office recorded 41 days above 30 degrees last year, compared with an average of 12."]
    assert scorer.score("There were 41 days above 30 degrees last year, more than three times the usual 12.",
                        heat).supported
    assert not scorer.score("There were 41 days above 30 degrees last year, more than four times the usual 12.",
                            heat).supported
    # Without the base in the claim, "nearly doubled" is no ratio of whatever numbers a passage has.
    crossings = ["Crossings rose 37% in the third quarter of 2025, while insurgent activity rose 22%."]
    assert not scorer.score("Crossings nearly doubled in the third quarter of 2025.", crossings).supported


def test_a_quotation_lends_its_speaker_but_not_a_name_from_another_fact(scorer):
    flood = ['Groups such as the Red Cross and the Harbour Trust play a supporting role, often slowed by red tape. '
             '"Simply throwing money at the flood problem, as the city has done, is not enough," argues '
             'Dr. Mina Okoro, a hydrologist at the Delta Institute. "The city must raise the river walls by a metre '
             'and rebuild the old sluice gates before the spring floods."']
    assert scorer.score("Dr. Okoro says the city must raise the river walls by a metre.", flood).supported
    # The speaker with what describes them ("..., argues Dr. Mina Okoro, a hydrologist at the Delta Institute").
    okoro = ('Beyond these players, groups such as the Red Cross play a supporting role. “The real problem isn’t '
             'simply the river; it’s a failure of planning that breeds risk,” argues Dr. Mina Okoro, a hydrologist '
             'at the Delta Institute. “Simply throwing money at the floods, as the city has tried, is not enough '
             'without a serious commitment to planning reform and strong local councils.”')
    assert scorer.score("Dr. Mina Okoro of the Delta Institute argues that money alone is not enough without a real "
                        "commitment to planning reform and strong local councils.", [okoro]).supported
    moved = scorer.score("According to Dr. Okoro, the Harbour Trust has simply thrown money at the flood problem, "
                         "which is not enough.", flood)
    assert not moved.supported and "Harbour" in moved.reason


def test_numbers_said_in_words(scorer):
    passage = ["Signed in 1965, the accord was backed by 250 delegates; support rose 22% in 2024."]
    assert scorer.score("Support went up by twenty-two percent in 2024.", passage).supported
    assert scorer.score("The accord, signed in nineteen sixty-five, was backed by two hundred fifty delegates.",
                        passage).supported
    assert not scorer.score("Support went up by twenty-three percent in 2024.", passage).supported
    assert not scorer.score("The accord was signed in nineteen seventy-five.", passage).supported


def test_drawing_two_sides_closer_contradicts_a_deterioration(scorer):
    passage = ["The long dispute over the dam led to a serious deterioration of relations between the two towns."]
    closer = scorer.score("The long dispute over the dam drew the two towns closer together.", passage)
    assert not closer.supported and "closer" in closer.unsupported_terms


def test_two_quotations_in_a_row_are_one_speaker_going_on(scorer):
    passage = ["Funding has been cut twice. “The Lake Board is failing because it was built on a flawed premise: that "
               "a few rich towns could dictate the terms of water use to poorer ones,” concludes Dr. Ana Ruiz. “Port "
               "Alva needs to shift its approach from a top-down imposition of fines to a collaborative plan focused "
               "on strengthening local councils and addressing the root causes of the pollution.”"]
    claim = ("Dr. Ruiz concludes that the Lake Board is failing because it rested on a flawed premise, and she urges "
             "Port Alva to replace top-down fines with a collaborative plan that strengthens local councils and "
             "tackles the root causes of the pollution.")
    assert scorer.score(claim, passage).supported


def test_a_name_that_describes_the_noun_in_a_slot_is_not_the_slot_s_filler(scorer):
    passage = ["The scandal exposed deep rifts in Norwegian society and eroded trust in the state."]
    assert scorer.score("The scandal laid bare rifts in Norwegian society and eroded trust in the Norwegian state.",
                        passage).supported


def test_a_denial_the_passage_never_makes_is_not_backed(scorer):
    passage = ["The drought represents a critical test for the World Food Council's ability to keep food prices stable."]
    denied = scorer.score("The drought has no bearing on the World Food Council's ability to keep food prices stable.", passage)
    assert not denied.supported and "denies nothing" in denied.reason
    # A denial the passage makes in other words still passes.
    lack = ["Talks have stalled, largely due to a lack of reform at the ministry."]
    assert scorer.score("The talks have stalled, mainly for lack of reform at the ministry.", lack).supported


def test_easing_pressure_contradicts_mounting_pressure(scorer):
    passage = ["Governor Ilse Marten, facing mounting public pressure and a shrinking budget, is trying to balance "
               "the books."]
    easing = scorer.score("Governor Ilse Marten faces easing public pressure amid a shrinking budget.", passage)
    assert not easing.supported and "easing" in easing.unsupported_terms
    growing = "Governor Ilse Marten is under growing public pressure as her budget shrinks."
    assert scorer.score(growing, passage).supported


def test_falls_short_is_insufficient_and_unless_ends_its_scope(scorer):
    passage = ["Raising fines, as the board has tried, is insufficient without a genuine commitment to enforcement."]
    for claim in ("Raising fines, as the board has tried, falls short without real commitment to enforcement.",
                  "Raising fines falls short unless it comes with a genuine commitment to enforcement."):
        assert scorer.score(claim, passage).supported, claim
    assert not scorer.score("Raising fines is sufficient even without a commitment to enforcement.", passage).supported


def test_one_of_a_thing_the_passage_counts_several_of(scorer):
    passage = ["The treaty failed because it rested on a flawed premise: that a few wealthy states could set the "
               "rules for poorer ones.", "A series of bribery scandals in the 1990s further strained ties."]
    one = scorer.score("The treaty failed because it assumed one wealthy state could set the rules for poorer ones.",
                       passage)
    assert not one.supported and "one wealthy state" in one.unsupported_terms
    assert not scorer.score("A single bribery scandal in the 1990s further strained ties.", passage).supported
    assert scorer.score("Several bribery scandals in the 1990s put further strain on ties.", passage).supported
    assert scorer.score("The treaty assumed that a few wealthy states could set the rules for poorer ones.",
                        passage).supported


def test_previously_unknown_is_new(scorer):
    passage = ["Researchers at Tallin University have identified a new species of beetle in the Varda hills."]
    assert scorer.score("Tallin University researchers found a previously unknown beetle species in the Varda hills.",
                        passage).supported
    assert not scorer.score("Tallin University researchers found no new beetle species in the Varda hills.",
                            passage).supported


def test_opening_hours_are_no_act_of_opening(scorer):
    passage = ["The council approved a 3% levy on Tuesday. The mayor said the alternative would have been cutting "
               "museum hours and closing two parks."]
    assert scorer.score("Without the levy, the mayor said, museum opening hours would have been cut and two parks "
                        "shut.", passage).supported
    assert not scorer.score("The mayor said the alternative would have been opening two parks.", passage).supported


def test_numbers_may_come_from_a_later_sentence_that_opens_on_the_same_bearer(scorer):
    passage = ["The Orwin Medal was awarded on Friday to debut poet Lena Castell for \"Salt Lines\". The jury was "
               "chaired by critic Tom Reyes. Castell, 29, receives 10,000 pounds."]
    assert scorer.score("Debut poet Lena Castell, 29, won the Orwin Medal on Friday and collects 10,000 pounds.",
                        passage).supported
    assert not scorer.score("Debut poet Lena Castell, 31, won the Orwin Medal on Friday and collects 10,000 pounds.",
                            passage).supported
    # A sentence that opens on another bearer lends no number.
    other = ["The Orwin Medal was awarded on Friday to debut poet Lena Castell for \"Salt Lines\". The jury was "
             "chaired by critic Tom Reyes. Reyes, 61, has judged the medal twice."]
    assert not scorer.score("Debut poet Lena Castell, 61, won the Orwin Medal on Friday.", other).supported


def test_numbers_swapped_between_clauses_that_name_a_place_by_its_acronym(scorer):
    passage = ["Dorvan's imports fell 6% in the second quarter. Imports from the European Union dropped 9%, while "
               "imports from Asia rose 3.5%."]
    swapped = scorer.score("Dorvan's imports from the EU slipped 3.5%, while imports from Asia jumped 9%.", passage)
    assert not swapped.supported and "3.5%" in swapped.unsupported_terms
    assert scorer.score("Dorvan's imports from the EU slipped 9%, while imports from Asia jumped 3.5%.",
                        passage).supported


def test_a_comparison_turned_round_is_caught(scorer):
    passage = ["Cycling to work in Velmar rose to 14% in 2023. The rise was steeper among women than among men."]
    turned = scorer.score("In Velmar, cycling to work rose more steeply among men than among women.", passage)
    assert not turned.supported and "than" in turned.reason
    assert scorer.score("In Velmar, cycling to work rose more steeply among women than among men.", passage).supported
    # Turned round with the comparative turned too, it says the same.
    assert scorer.score("In Velmar, the rise in cycling to work was less steep among men than among women.",
                        passage).supported


def test_more_trend_words_have_their_opposites(scorer):
    passage = ["The port strike is expected to drag on, further complicating trade talks and leaving the region "
               "vulnerable to shortages. Membership of the union has burgeoned since 2020."]
    for claim, word in (("The port strike is expected to drag on, further simplifying trade talks.", "simplifying"),
                        ("The strike leaves the region resilient to shortages.", "resilient"),
                        ("Membership of the union has dwindled since 2020.", "dwindled")):
        result = scorer.score(claim, passage)
        assert not result.supported and word in result.unsupported_terms, claim
    assert scorer.score("The port strike will probably continue, making trade talks harder still.", passage).supported
    assert scorer.score("Union membership has grown rapidly since 2020.", passage).supported


def test_a_leading_role_is_not_a_supporting_one(scorer):
    passage = ["The fund, led by Director Ines Caro, backs the scheme. Charities such as Oxfam play a supporting role, "
               "often slowed by red tape."]
    leading = scorer.score("Charities such as Oxfam play a leading role in the scheme.", passage)
    assert not leading.supported and "leading" in leading.unsupported_terms
    assert scorer.score("Charities like Oxfam play a secondary role, often held up by red tape.", passage).supported


def test_scaling_back_is_a_fall_and_confirming_is_no_reassessment(scorer):
    passage = ["The ministry will likely keep its focus on expanding school partnerships. The findings demand a "
               "reassessment of long-held assumptions about rural schooling."]
    back = scorer.score("The ministry is expected to scale back its school partnerships.", passage)
    assert not back.supported and "back" in back.unsupported_terms
    confirm = scorer.score("The findings confirm long-held assumptions about rural schooling.", passage)
    assert not confirm.supported and "confirm" in confirm.unsupported_terms
    assert scorer.score("The findings call for long-held assumptions about rural schooling to be rethought.",
                        passage).supported


def test_an_active_claim_may_restate_a_passive_passage_without_a_swap(scorer):
    passage = ["The Baltic Accord, signed in 1991, set up a trade framework, initially championed by Sweden as a "
               "counterweight to Moscow."]
    assert scorer.score("Sweden initially backed the Baltic Accord as a counterweight to Moscow.", passage).supported
    # In the passage's own voice, a swap is still one.
    assert not scorer.score("The Baltic Accord was initially championed by Moscow as a counterweight to Sweden.",
                            passage).supported


def test_a_verb_that_opens_the_claim_before_a_name_is_not_part_of_the_name(scorer):
    passage = ["An effort to stabilize Moldova through genuine judicial reform, a monumental task, could succeed."]
    assert scorer.score("Stabilizing Moldova through genuine judicial reform would be a monumental task.",
                        passage).supported
    assert not scorer.score("Stabilizing Ukraine through genuine judicial reform would be a monumental task.",
                            passage).supported


def test_news_directions_schedules_and_suspensions(scorer):
    passage = ["The Northline ferry route opened on 4 May, a year behind schedule. Waiting times rose to 50 minutes in "
               "2024, up from 35 minutes in 2021. The route was suspended on 2 June after a hull crack was found."]
    for claim, word in (("The Northline ferry route opened on schedule on 4 May.", "on schedule"),
                        ("Waiting times shortened to 35 minutes in 2024.", "shortened"),
                        ("The route resumed on 2 June after a hull crack was found.", "resumed")):
        result = scorer.score(claim, passage)
        assert not result.supported and word in result.unsupported_terms, claim
    assert scorer.score("The Northline ferry route opened a year late, on 4 May.", passage).supported
    assert scorer.score("Waits lengthened to 50 minutes in 2024 from 35 minutes in 2021.", passage).supported


def test_a_shortage_denies_the_noun_on_either_side(scorer):
    passage = ["The report blamed a shortage of 300 paramedics for the delays."]
    assert scorer.score("A lack of 300 paramedics was blamed for the delays.", passage).supported
    assert scorer.score("The report blamed a 300-strong paramedic shortage for the delays.", passage).supported
    assert not scorer.score("The report credited 300 new paramedics for the delays.", passage).supported


def test_short_of_a_majority_is_no_majority(scorer):
    passage = ["The Unity Party won 140 of the 300 seats, eleven short of a majority."]
    assert not scorer.score("The Unity Party won a majority, taking 140 of the 300 seats.", passage).supported
    assert scorer.score("The Unity Party took 140 of 300 seats, eleven short of a majority.", passage).supported


def test_a_length_of_time_must_be_that_length(scorer):
    passage = ["Dockers ended a six-week strike after accepting a three-year contract. The city has 90 days to "
               "draft new rules."]
    weeks = scorer.score("The dockers' strike lasted three weeks.", passage)
    assert not weeks.supported and "three" in weeks.unsupported_terms
    assert scorer.score("The dockers' strike lasted six weeks.", passage).supported
    assert scorer.score("The city has three months to draft new rules.", passage).supported
    assert not scorer.score("The city has four months to draft new rules.", passage).supported


def test_above_or_below_a_reference_after_a_number(scorer):
    passage = ["A dry spring cut the barley crop to 2.1 million tonnes, 28% below the ten-year average."]
    above = scorer.score("The barley crop fell to 2.1 million tonnes, 28% above the ten-year average.", passage)
    assert not above.supported and "above" in above.unsupported_terms
    assert scorer.score("The barley crop came in 28% under the ten-year average, at 2.1 million tonnes.",
                        passage).supported


def test_a_storm_s_arrival_is_no_departure_of_the_evacuated(scorer):
    passage = ["Cyclone Vela made landfall near Porto Lume on 2 March. More than 90,000 residents had been evacuated "
               "beforehand."]
    assert scorer.score("Over 90,000 residents had been moved out before the storm arrived.", passage).supported


def test_all_of_them_is_not_some_of_them(scorer):
    passage = ["The rate rise was backed by five of the seven board members. The council's plan passed 9-4."]
    every = scorer.score("The rate rise was backed by all seven board members.", passage)
    assert not every.supported and "all seven" in every.unsupported_terms
    assert not scorer.score("The council's plan passed unanimously.", passage).supported
    assert scorer.score("Five of the seven board members backed the rate rise.", passage).supported
    assert scorer.score("The council's plan passed by nine votes to four.", passage).supported


def test_a_brief_spell_is_not_a_protracted_one(scorer):
    passage = ["The brief says the 1990s unrest led to a protracted period of violence in the north."]
    brief = scorer.score("The 1990s unrest led to a brief period of violence in the north.", passage)
    assert not brief.supported and "brief" in brief.unsupported_terms
    assert scorer.score("The brief says the 1990s unrest brought a long period of violence to the north.",
                        passage).supported


def test_ruling_out_a_link_denies_it(scorer):
    passage = ["Police reports suggest a direct link between the gang and the port smugglers. Further arrests could "
               "not be ruled out."]
    assert not scorer.score("Police reports rule out any link between the gang and the port smugglers.",
                            passage).supported
    assert scorer.score("Police say more arrests are possible.", passage).supported


def test_resolving_is_not_exacerbating_and_cancelling_is_not_holding(scorer):
    passage = ["A purely punitive response will only exacerbate the tensions, the mayor warned. The governor is "
               "expected to hold early elections."]
    assert not scorer.score("The mayor said a purely punitive response would resolve the tensions.", passage).supported
    assert not scorer.score("The governor is expected to cancel the early elections.", passage).supported
    assert scorer.score("The governor will probably call early elections.", passage).supported


def test_a_claim_sure_of_what_the_passage_holds_possible(scorer):
    passage = ["The rise of fringe parties could also lead to a prolonged period of gridlock."]
    sure = scorer.score("Fringe parties will almost certainly bring about a prolonged period of gridlock.", passage)
    assert not sure.supported and "certainly" in sure.unsupported_terms
    assert scorer.score("The rise of fringe parties might lead to prolonged gridlock.", passage).supported


def test_prosperity_against_desperation_unity_against_fragmentation(scorer):
    passage = ["The unrest, fuelled by economic desperation and political fragmentation, tests the council. "
               "“The treaty is failing because it rested on a flawed premise about security and trade,” says "
               "Dr. Ana Ruiz. Rebuilding the port would be a monumental task."]
    for claim, word in (("Economic prosperity is fuelling the unrest.", "prosperity"),
                        ("Political unity is fuelling the unrest.", "unity"),
                        ("Dr. Ana Ruiz says the treaty is succeeding.", "succeeding"),
                        ("Rebuilding the port would be a minor task.", "minor")):
        result = scorer.score(claim, passage)
        assert not result.supported and word in result.unsupported_terms, claim
    assert scorer.score("Economic hardship and a divided political scene are fuelling the unrest.", passage).supported
    assert scorer.score("Rebuilding the port would be an enormous task.", passage).supported


def test_a_comma_is_no_place_a_swapped_name_could_take(scorer):
    passage = ["Key players include the European Union, the Kenyan government under President Amina Odhiambo, and "
               "a growing number of donors."]
    assert scorer.score("The key players include the EU, Amina Odhiambo's government in Kenya, and a rising number "
                        "of donors.", passage).supported


def test_the_people_of_a_country_stand_for_its_state(scorer):
    passage = ["Officials from Lagos met the delegation on Monday. The US, led by envoy Hart, is focused on port "
               "security and counter-narcotics work. Beyond these players, the Organization of American States "
               "plays a supporting role."]
    assert scorer.score("The Americans are concentrating on port security and counter-narcotics work.",
                        passage).supported
    assert not scorer.score("The Mexicans are concentrating on port security and counter-narcotics work.",
                            passage).supported


def test_ending_up_reshaped_is_being_reshaped(scorer):
    passage = ["The underlying tensions signal a realignment in the region, potentially reshaping alliances."]
    result = scorer.score("Existing alliances might end up being reshaped, the analysis suggests.", passage)
    assert result.supported and not {"end", "up"} & set(result.unsupported_terms)


def test_a_capital_opening_the_claim_stands_for_the_spelled_out_state(scorer):
    passage = ["The dispute is a test for the United States’ commitments to the alliance and its ability to keep "
               "influence over a volatile region."]
    assert scorer.score("Washington's capacity to keep its influence over a volatile region is being tested.",
                        passage).supported
    assert not scorer.score("Moscow's capacity to keep its influence over a volatile region is being tested.",
                            passage).supported


def test_the_closest_sentence_contradicting_outweighs_a_looser_one(scorer):
    passage = ["The agency will likely keep its focus on port security, but faces an uphill battle to gain influence "
               "over local councils. Over the longer term, several outcomes are possible. The most probable is a "
               "continued stalemate, with the agency grappling with a diminishing capacity to exert decisive "
               "influence."]
    grows = scorer.score("The agency's capacity to exert decisive influence is expected to grow over the longer "
                         "term.", passage)
    assert not grows.supported and "grow" in grows.unsupported_terms
    assert scorer.score("The agency's capacity to exert decisive influence is expected to shrink.", passage).supported


def test_a_claim_joining_two_sentences_of_one_story_may_take_a_name_from_either(scorer):
    passage = ["The city council of Brennick voted 21-9 on Tuesday to ban cars from the historic old town on weekends. "
               "Mayor Lotte Henning, who proposed the measure, said it would cut air pollution. Opposition "
               "councillor Dario Vukas said businesses had not been consulted."]
    assert scorer.score("Mayor Lotte Henning's proposal to keep cars out of Brennick's old town at weekends passed "
                        "the council by 21 votes to 9.", passage).supported
    # A name from the other sentence in place of one the matching sentence has is still a swap.
    election = ["The Progressive Alliance won 147 of the 300 seats on Sunday. The conservative National Union came "
                "second with 98 seats. Alliance leader Mira Solvang said she would begin coalition talks with the "
                "Green Party."]
    assert not scorer.score("National Union leader Mira Solvang said she would open coalition talks with the Green "
                            "Party.", election).supported
    assert scorer.score("Mira Solvang, who leads the Alliance, said she would open coalition talks with the Green "
                        "Party.", election).supported


def test_a_fraction_in_words_is_its_percentage(scorer):
    passage = ["Energy Minister Pavel Drasko said the country aimed to produce 40% of its electricity from renewables "
               "by 2030. About 20% of homes already have solar panels."]
    assert scorer.score("Pavel Drasko said the country wanted renewables to provide two-fifths of its electricity by "
                        "2030.", passage).supported
    assert scorer.score("A fifth of homes already have solar panels.", passage).supported
    wrong = scorer.score("Pavel Drasko said the country wanted renewables to provide three-fifths of its electricity "
                         "by 2030.", passage)
    assert not wrong.supported and "three fifths" in wrong.unsupported_terms


def test_a_story_lends_numbers_only_to_a_sentence_that_has_none(scorer):
    layoffs = ["The software company Loomtech said on Thursday it would lay off 420 employees, about 12% of its "
               "workforce. Chief executive Nadia Okonjo said the cuts would mostly affect the sales and support teams."]
    assert scorer.score("Loomtech is cutting 420 positions, and chief executive Nadia Okonjo said the sales and "
                        "support teams would bear most of the cuts.", layoffs).supported
    # The matching sentence has a number of its own: the claim's must be that one.
    exports = ["Exports from Merovia fell 6.5% in September, the statistics office said. Machinery maker Torvik "
               "said its own shipments dropped 11%."]
    assert not scorer.score("Machinery maker Torvik, based in Merovia, said its shipments dropped 6.5%.",
                            exports).supported
    assert scorer.score("Machinery maker Torvik said its shipments dropped 11%, as Merovia's exports fell 6.5%.",
                        exports).supported


def test_a_participle_that_is_also_a_speech_verb_names_no_speaker(scorer):
    passage = ["Airport operator Skyhaven said passenger numbers at Lunden International rose to 18.6 million last "
               "year. The airport added 14 new routes in 2023, including direct flights to Rasmir, Skyhaven said."]
    assert scorer.score("Direct flights to Rasmir were among the 14 routes added at Lunden International in 2023.",
                        passage).supported


def test_a_denied_act_does_not_deny_the_thing_its_object_takes_for_granted(scorer):
    passage = ["Former finance director Stefan Marek was sentenced on Thursday to four years in prison for embezzling "
               "1.7 million dinars from the club. His lawyer said Marek would not appeal."]
    assert scorer.score("Stefan Marek will not challenge his four-year prison term, his lawyer said.",
                        passage).supported
    # The act itself is still denied.
    appeal = ["Marek's lawyer said he would appeal the ruling."]
    denied = scorer.score("Marek's lawyer said he would not appeal the ruling.", appeal)
    assert not denied.supported and "appeal" in denied.unsupported_terms


def test_an_ordinal_is_its_cardinal_only_as_a_day_of_a_month(scorer):
    passage = ["The film by Mirela Stanek won the top prize on Saturday. The drama, about two sisters running a "
               "fishing business, is Stanek's third feature."]
    second = scorer.score("The drama about two sisters is Mirela Stanek's second feature film.", passage)
    assert not second.supported and "second" in second.unsupported_terms
    assert scorer.score("The drama about two sisters is Mirela Stanek's third feature film.", passage).supported
    assert scorer.score("The festival closed on 7 March.", ["The festival closed on the seventh of March."]).supported


def test_a_change_in_cents_is_a_hundredth_of_the_unit(scorer):
    passage = ["From 1 July, a single bus fare in Halbrook will rise from 2.40 to 2.70 euros. Monthly passes will "
               "stay at 55 euros."]
    assert scorer.score("Single fares in Halbrook go up by 30 cents on July 1.", passage).supported
    assert not scorer.score("Single fares in Halbrook go up by 40 cents on July 1.", passage).supported


def test_a_speaker_described_between_commas_is_the_speaker(scorer):
    passage = ["Marathon runner Leila Haddou set a course record of 2:19:41 on Sunday. The previous record, set by Ana "
               "Kirov in 2018, was 2:21:05. Haddou, 24, said she had been training at altitude for three months."]
    kirov = scorer.score("Ana Kirov, who set the previous record of 2:21:05 in 2018, said she had spent three months "
                         "training at altitude.", passage)
    assert not kirov.supported and "Ana Kirov" in kirov.unsupported_terms
    assert scorer.score("Leila Haddou, 24, said she had spent three months training at altitude.", passage).supported


def test_not_before_a_time_denies_the_earlier_time_not_the_act(scorer):
    passage = ["The ferry operator Nordline said on Monday that the new route to Skarn could open in May 2027 at the "
               "earliest."]
    assert scorer.score("Nordline said the Skarn route would not open before May 2027.", passage).supported
    # A denial that is not about time still denies the act.
    denied = scorer.score("Nordline said the Skarn route would not open.", passage)
    assert not denied.supported and "open" in denied.unsupported_terms


def test_none_as_steep_as_is_the_steepest(scorer):
    passage = ["Wheat prices in Dovran fell 9% in March, the steepest monthly drop since 2015."]
    assert scorer.score("No monthly drop in Dovran wheat prices since 2015 had been as steep as the 9% fall in March.",
                        passage).supported
    # "not as steep as" is no superlative.
    assert not scorer.score("The 9% fall in Dovran wheat prices in March was not as steep as earlier monthly drops.",
                            passage).supported


def test_a_quarter_of_a_year_is_three_months(scorer):
    passage = ["Lunden airport handled 4.1 million passengers in the first quarter of 2025."]
    assert scorer.score("In the first three months of 2025, 4.1 million passengers used Lunden airport.",
                        passage).supported
    assert not scorer.score("In the first six months of 2025, 4.1 million passengers used Lunden airport.",
                            passage).supported
    # The claim's own ordinal quarter must still be the passage's.
    assert not scorer.score("Lunden airport handled 4.1 million passengers in the second quarter of 2025.",
                            passage).supported


def test_a_free_compound_denies_its_first_word(scorer):
    passage = ["The province has offered tax-free grants of up to 8,000 crowns to small bakeries."]
    assert scorer.score("Small bakeries can get grants of as much as 8,000 crowns on which no tax is charged.",
                        passage).supported
    assert not scorer.score("Small bakeries can get grants of up to 8,000 crowns, on which tax is charged.",
                            passage).supported


def test_not_simply_grants_what_it_qualifies(scorer):
    passage = ["\u201cThe delay isn't simply a matter of funding; it reflects poor planning,\u201d said the auditor "
               "Ines Varga."]
    assert scorer.score("Ines Varga said the delay goes beyond funding and reflects poor planning.", passage).supported
    assert scorer.score("Ines Varga said the delay reflects poor planning rather than merely a funding matter.",
                        passage).supported
    assert not scorer.score("Ines Varga said the delay is not a matter of funding.", passage).supported


def test_a_compass_point_and_its_adjective_are_one_word(scorer):
    passage = ["Floods hit the western districts of Ostrava province on Monday."]
    assert scorer.score("On Monday, floods struck the west of Ostrava province.", passage).supported
    assert not scorer.score("On Monday, floods struck the east of Ostrava province.", passage).supported


def test_an_opening_exhibition_is_no_act_of_opening(scorer):
    passage = ["The Corvin Museum will reopen on May 3 after a three-year refit costing 21 million crowns, director "
               "Petra Lind said on Monday. The first exhibition will feature 45 works by the sculptor Hana Ruzic, "
               "including 9 never shown in public. Admission to the main galleries will remain free. The museum "
               "received about 300,000 visitors a year before it closed."]
    assert scorer.score("Of the 45 Hana Ruzic pieces in the opening exhibition, nine have never before gone on public "
                        "display.", passage).supported


def test_a_hyphenated_fraction_before_a_comparison_is_a_share(scorer):
    passage = ["Farmers in the Teln valley expect this year's potato harvest to be 20 percent smaller than last "
               "year's."]
    assert scorer.score("Teln valley farmers expect a potato harvest one-fifth down on last year.", passage).supported
    assert not scorer.score("Teln valley farmers expect a potato harvest one-third down on last year.",
                            passage).supported


def test_a_region_and_its_adjective_back_each_other(scorer):
    passage = ["Alpine glaciers lost 4% of their volume in 2023, the survey found. The pact was first meant to "
               "counter Soviet power in the region."]
    assert scorer.score("Glaciers in the Alps lost 4% of their volume in 2023, the survey found.", passage).supported
    assert scorer.score("The pact was first meant to counter the power of the Soviet Union in the region.",
                        passage).supported
    assert not scorer.score("Glaciers in the Andes lost 4% of their volume in 2023, the survey found.",
                            passage).supported


def test_a_story_name_given_in_part_is_named(scorer):
    passage = ["Payments firm Corvel Networks said on Friday that a fault had exposed the card numbers of about 41,000 "
               "customers. The company said no passwords were taken. Operations chief Dana Holt said the fault was "
               "found on May 9 and fixed within a day. The national regulator has opened an inquiry."]
    assert scorer.score("Dana Holt, Corvel's operations chief, said the fault that exposed roughly 41,000 customers' "
                        "card numbers was found on 9 May.", passage).supported


def test_numbers_swapped_between_a_subject_and_its_later_clause_are_caught(scorer):
    passage = ["The health ministry of Dovria said on Friday that nurses' pay will rise by 4 percent from May. The "
               "nurses' union, led by Tilda Maren, had asked for 9 percent and said it would consult members."]
    swapped = scorer.score("Tilda Maren's union had pushed for a 4 percent rise, while the ministry has granted 9 "
                           "percent.", passage)
    assert not swapped.supported and "each other's facts" in swapped.reason
    assert scorer.score("Tilda Maren's union had pushed for a 9 percent rise, while the ministry has granted 4 "
                        "percent.", passage).supported


def test_a_verb_inside_a_relative_clause_names_no_speaker(scorer):
    passage = ["Developer Norholm Estates expects the work to take about three years. Residents' group chair Ida "
               "Vesk said concerns about noise had been ignored by the council."]
    wrong = scorer.score("Norholm Estates, which expects the work to last roughly three years, said concerns about "
                         "noise had been ignored by the council.", passage)
    assert not wrong.supported and "Ida Vesk" in wrong.reason


def test_free_and_charged_are_opposite_prices(scorer):
    passage = ["The Halden library will reopen in June after repairs. Entry to its reading rooms will remain free."]
    assert not scorer.score("When the Halden library reopens, visitors will be charged to use its reading rooms.",
                            passage).supported
    assert scorer.score("When the Halden library reopens, visitors will still be able to use its reading rooms "
                        "free of charge.", passage).supported


def test_a_place_after_x_of_y_may_belong_to_x(scorer):
    passage = ["An influx of trucks from Korsk has strained the border. Border data show a 12% increase in truck "
               "crossings from Ostrava into Velm in May."]
    assert scorer.score("Crossings of trucks from Ostrava into Velm rose 12% in May, border data show.",
                        passage).supported


def test_a_name_from_the_next_sentence_with_its_own_words_joins_the_story(scorer):
    passage = ["Harwick Rovers beat Selm United 2-0 on Sunday to reach the final of the Morland Trophy. Forward Ana "
               "Petrik scored both goals in the first half, and the goalkeeper Ivo Dane saved a penalty."]
    assert scorer.score("Ana Petrik netted both goals before half-time as Harwick Rovers beat Selm United 2-0 on "
                        "Sunday.", passage).supported
    # The other sentence's name put where the matching sentence has another one is still caught.
    assert not scorer.score("Harwick Rovers beat Ivo Dane 2-0 on Sunday to reach the final of the Morland Trophy.",
                            passage).supported
    # What the claim says next to the name must be said of that name there, not of another in its sentence.
    assert not scorer.score("Ana Petrik saved a penalty as Harwick Rovers beat Selm United 2-0 on Sunday.",
                            passage).supported


def test_a_bound_close_to_the_stated_number_is_backed(scorer):
    passage = ["Only 71 percent of Velm Rail's trains ran on time last year, the regulator said."]
    assert scorer.score("The regulator said under three-quarters of Velm Rail's trains were punctual last year.",
                        passage).supported
    assert not scorer.score("The regulator said under two-thirds of Velm Rail's trains were punctual last year.",
                            passage).supported
    assert not scorer.score("The regulator said more than three-quarters of Velm Rail's trains were punctual last "
                            "year.", passage).supported
    # A loose bound says nothing: 71 is under 500 too.
    assert not scorer.score("The regulator said under 500 percent of Velm Rail's trains were punctual last year.",
                            passage).supported


def test_a_side_handed_to_another_holder_is_a_swapped_role(scorer):
    passage = ["Mayor Ilse Dorn, facing a budget gap, is trying to balance tax cuts with new spending, which has "
               "angered unions campaigning against cuts and business groups advocating for lower property taxes."]
    assert scorer.score("Mayor Ilse Dorn's balancing of tax cuts and new spending has angered unions and business "
                        "groups pushing for lower property taxes.", passage).supported
    assert not scorer.score("Ilse Dorn, who advocates lower property taxes, has angered business groups pushing "
                            "for new spending.", passage).supported
    assert not scorer.score("Mayor Ilse Dorn is pushing for lower property taxes, which has angered business groups "
                            "advocating new spending.", passage).supported
    # Against is not for: the unions opposing what the mayor favours is no swap.
    council = ["The mayor favours the new water tariff. Farmers' unions oppose it."]
    assert scorer.score("Farmers' unions are opposing the new water tariff that the mayor favours.",
                        council).supported


def test_warming_ties_contradict_a_deterioration(scorer):
    passage = ["The border dispute of 2019 led to a sharp deterioration of relations between Velm and Korsk."]
    assert not scorer.score("The 2019 border dispute brought a warming of ties between Velm and Korsk.",
                            passage).supported


def test_a_leader_put_at_the_head_of_another_body_is_a_swapped_role(scorer):
    passage = ["The talks bring together the trade ministry, led by Minister Oskar Brandt, and the farmers' union "
               "under its chair Lena Voss."]
    assert scorer.score("Lena Voss chairs the farmers' union, and Oskar Brandt leads the trade ministry.",
                        passage).supported
    assert not scorer.score("Oskar Brandt leads the farmers' union, and the trade ministry is headed by Lena Voss.",
                            passage).supported


def test_easier_contradicts_complicating(scorer):
    passage = ["Early elections are expected, further complicating the coalition talks."]
    assert not scorer.score("Early elections are expected to make the coalition talks easier.", passage).supported


def test_another_metal_is_a_rival(scorer):
    passage = ["The province holds large deposits of lithium, copper and gold."]
    assert not scorer.score("The province holds large deposits of silver and copper.", passage).supported


def test_one_word_turned_on_frequency_soundness_size_and_scope(scorer):
    passage = ["The plan has been consistently blocked by the council, and critics say it rests on a flawed "
               "forecast. The floods are a critical test for the region, and the mayor wants to strengthen "
               "local flood defences. The ministry will maintain its subsidies for struggling farms."]
    assert scorer.score("The council has repeatedly blocked the plan.", passage).supported
    assert not scorer.score("The council has occasionally blocked the plan.", passage).supported
    assert not scorer.score("Critics say the plan rests on a sound forecast.", passage).supported
    assert not scorer.score("The floods are a minor test for the region.", passage).supported
    assert not scorer.score("The mayor wants to strengthen central flood defences.", passage).supported
    assert not scorer.score("The ministry will abandon its subsidies for struggling farms.", passage).supported
    assert not scorer.score("The ministry will maintain its subsidies for booming farms.", passage).supported


def test_the_other_pole_before_the_same_word_contradicts(scorer):
    # "stability" in the next sentence does not back "a stable region" where this one says "volatile".
    passage = ["The crisis tests Korsk's ability to keep a foothold in a historically volatile region, despite its "
               "security pledges. It calls for a rethink of old ideas about regional stability."]
    assert scorer.score("The crisis tests whether Korsk can keep its foothold in a historically volatile region.",
                        passage).supported
    assert not scorer.score("The crisis tests whether Korsk can keep its foothold in a historically stable region.",
                            passage).supported


def test_one_word_turned_on_spread_harm_age_and_setting(scorer):
    passage = ["Analysts call the outage a systemic failure and the official account a dangerous "
               "oversimplification. The unrest is centred in the remote Dorvan valley and rests on decades-old "
               "grievances, and police see a direct link to smuggling gangs."]
    assert not scorer.score("Analysts call the outage an isolated failure.", passage).supported
    assert not scorer.score("Analysts call the official account a useful simplification.", passage).supported
    assert not scorer.score("The unrest is centred in the urban Dorvan valley.", passage).supported
    assert not scorer.score("The unrest rests on recent grievances.", passage).supported
    assert not scorer.score("Police see an indirect link between the unrest and smuggling gangs.", passage).supported


def test_one_word_turned_on_sharing_sincerity_depth_prices_and_kind(scorer):
    passage = ["Flooding has stretched the city's budget and exposed deep divisions between districts, and the "
               "mayor says only a genuine commitment to shared flood defences will help. Residents blame "
               "hyperinflation and social discontent, and the port is a hub for drug trafficking. Police want "
               "more counter-narcotics funding and anti-corruption checks."]
    assert scorer.score("The floods laid bare deep rifts between districts, and the mayor calls for a real "
                        "commitment to common flood defences.", passage).supported
    assert not scorer.score("The floods exposed shallow divisions between districts.", passage).supported
    assert not scorer.score("The mayor says only a token commitment to shared flood defences will help.",
                            passage).supported
    assert not scorer.score("The mayor says only a genuine commitment to separate flood defences will help.",
                            passage).supported
    assert not scorer.score("Residents blame deflation and social discontent.", passage).supported
    assert not scorer.score("Residents blame hyperinflation and social harmony.", passage).supported
    assert not scorer.score("The port is a hub for arms trafficking.", passage).supported
    assert not scorer.score("Police want more counter-terrorism funding.", passage).supported
    assert not scorer.score("Police want pro-corruption checks.", passage).supported


def test_an_act_turned_round_between_doer_and_done_to_is_caught(scorer):
    passage = ["The river authority's budget has been steadily eroded by rising repair costs. This dispute, "
               "fuelled by water shortages, has split the valley, and farmers exploiting cheap permits drained "
               "the marshes."]
    assert scorer.score("Rising repair costs have steadily eroded the river authority's budget.", passage).supported
    assert scorer.score("Fuelled by water shortages, the dispute has split the valley.", passage).supported
    assert not scorer.score("The river authority's budget has steadily eroded rising repair costs.",
                            passage).supported
    assert not scorer.score("The dispute has fuelled water shortages.", passage).supported
    assert not scorer.score("Cheap permits are exploiting farmers.", passage).supported


def test_a_half_year_is_six_months_and_the_past_year_is_twelve(scorer):
    passage = ["Over the past six months, grain prices in Velm rose by a third."]
    assert scorer.score("Grain prices in Velm have climbed by a third over the last half-year.", passage).supported
    assert not scorer.score("Grain prices in Velm have climbed by a third over the last year.", passage).supported
    # "last year" in the passage says what "over the past year" does.
    assert scorer.score("Grain prices in Velm have climbed by a third over the past year.",
                        ["Grain prices in Velm rose by a third last year."]).supported


def test_the_other_pole_after_the_same_word_contradicts(scorer):
    passage = ["The crisis tests Korsk's ability to keep a foothold in a historically volatile region, despite its "
               "security pledges. It calls for a rethink of old ideas about regional stability."]
    assert not scorer.score("The crisis tests whether Korsk can keep a foothold in a region that has historically "
                            "been stable.", passage).supported


def test_numbers_swapped_under_a_source_that_opens_the_sentence(scorer):
    # The source reports both facts, so its words do not tie the first number to the first fact.
    passage = ["Data released by the UN's Regional Office for Europe indicates a 37% increase in migrant crossings "
               "from Velm into neighbouring Korsk in Q3 2025, coupled with a 22% rise in reported smuggling activity."]
    assert scorer.score("The UN office's figures show migrant crossings from Velm into Korsk jumping 37% in Q3 2025, "
                        "with reported smuggling activity up 22%.", passage).supported
    assert not scorer.score("The UN office's figures show reported smuggling activity jumping 37% in Q3 2025, with "
                            "migrant crossings from Velm into Korsk up 22%.", passage).supported


def test_one_subjects_doings_given_to_another_is_a_swapped_role(scorer):
    passage = ["Talks on the new port involve the city and the province. Mayor Ana Velm, facing a weak harvest, is "
               "trying to balance port fees with lower food prices. Governor Ivo Korsk is focused on dredging the "
               "northern channel and building rail links."]
    assert scorer.score("Mayor Ana Velm is trying to balance port fees with lower food prices, while Governor Ivo "
                        "Korsk concentrates on dredging the northern channel.", passage).supported
    assert not scorer.score("Governor Ivo Korsk is trying to balance port fees with lower food prices, while Mayor "
                            "Ana Velm concentrates on dredging the northern channel.", passage).supported


def test_up_and_down_in_one_claim_each_keep_their_own_fact(scorer):
    passage = ["Data released by the port authority indicates a 14% rise in container traffic through Velm in 2024, "
               "coupled with a 6% fall in passenger arrivals."]
    assert scorer.score("The port authority's figures show container traffic through Velm up 14% in 2024, with "
                        "passenger arrivals down 6%.", passage).supported
    assert scorer.score("Passenger arrivals were down 6% in 2024, while container traffic through Velm was up 14%.",
                        passage).supported


def test_a_name_in_apposition_takes_no_side(scorer):
    passage = ["The union, led by Marta Oyelaran, is pushing for a 9% pay rise, while the hospital board wants to "
               "hold wages."]
    assert scorer.score("Led by Marta Oyelaran, the union is demanding a 9% pay rise, and the hospital board wants "
                        "wages held.", passage).supported


def test_a_piece_opening_on_like_or_after_names_its_subject_later(scorer):
    passage = ["Velm Rail ordered 20 new trains in May. Korsk Transit said it would order new trains next year."]
    assert scorer.score("After Velm Rail ordered 20 new trains in May, Korsk Transit said it would order new trains "
                        "next year.", passage).supported


def test_fundamental_thriving_and_cultural_turned(scorer):
    passage = ["The vote signals a fundamental realignment in Velm's politics. Mayor Ida Lenz, facing a struggling "
               "economy, signed a framework for economic cooperation with Korsk."]
    assert not scorer.score("The vote signals a minor adjustment in Velm's politics.", passage).supported
    assert not scorer.score("Mayor Ida Lenz, facing a thriving economy, signed a framework for economic cooperation "
                            "with Korsk.", passage).supported
    assert not scorer.score("Mayor Ida Lenz signed a framework for cultural cooperation with Korsk.",
                            passage).supported


def test_officials_in_a_country_are_its_officials(scorer):
    passage = ["A series of bribery cases involving Korskian officials in the 2010s strained ties with Velm."]
    assert scorer.score("In the 2010s, bribery cases involving officials in Korsk strained ties with Velm.",
                        passage).supported
    assert not scorer.score("In the 2010s, bribery cases involving officials in Velm strained ties with Korsk.",
                            passage).supported


def test_a_story_s_opening_joins_a_later_sentence_that_goes_on_about_it(scorer):
    passage = ["DORVAL, Nov 15 - The Dorval Museum of Art will reopen on December 2 after an 18-month renovation, "
               "director Olivia Grant said on Wednesday. The project added a new education wing. Admission will "
               "remain free for visitors under 18. The museum drew 96,000 visitors in 2022."]
    assert scorer.score("The Dorval Museum of Art, which drew 96,000 visitors in 2022, will reopen on December 2.",
                        passage).supported
    assert not scorer.score("The Dorval Museum of Art, which drew 69,000 visitors in 2022, will reopen on December 2.",
                            passage).supported


def test_a_place_named_again_by_its_kind_and_more_of_a_counted_thing(scorer):
    passage = ["PORT VELM, Aug 21 - A storm dumped 41 centimetres of snow on Port Velm overnight, closing 63 schools, "
               "officials said. Crews cleared the main roads by noon. Two people were treated for hypothermia. "
               "The town plans to open three warming centres, and forecasters expect a further 10 centimetres on "
               "Sunday."]
    assert scorer.score("Port Velm plans to open three warming centres.", passage).supported
    assert scorer.score("The storm closed 63 schools in Port Velm, and another 10 centimetres of snow is expected on "
                        "Sunday.", passage).supported
    assert not scorer.score("The storm closed 63 schools in Port Velm, and another 10 centimetres of snow is expected "
                            "on Monday.", passage).supported


def test_a_number_of_the_opening_sentence_counts_what_a_later_one_names_again(scorer):
    passage = ["Korsk School District will hire 45 additional teaching assistants next year after voters approved a "
               "levy on Tuesday. Superintendent Carla Jimenez said the assistants would work in first-grade "
               "classrooms."]
    assert scorer.score("The 45 extra teaching assistants will work in first-grade classrooms, Superintendent Carla "
                        "Jimenez said.", passage).supported


def test_already_done_where_the_passage_has_it_pending(scorer):
    passage = ["Velm Air and Korsk Jet agreed to merge in a deal valued at 2.7 billion dollars. The deal still "
               "requires approval from the Competition Board, which is expected to rule by March."]
    assert not scorer.score("The Competition Board has already approved the deal.", passage).supported
    assert scorer.score("The deal still needs the approval of the Competition Board.", passage).supported


def test_a_result_turned_round_between_winner_and_loser(scorer):
    passage = ["Velm Rovers beat Korsk Athletic 3-1 on Saturday to move top of the league."]
    assert scorer.score("Korsk Athletic lost 3-1 to Velm Rovers on Saturday.", passage).supported
    assert not scorer.score("Korsk Athletic came away 3-1 winners against Velm Rovers on Saturday.",
                            passage).supported
    assert not scorer.score("Velm Rovers were beaten 3-1 by Korsk Athletic on Saturday.", passage).supported


def test_speakers_that_end_their_sentence_or_stand_in_their_own_clause(scorer):
    passage = ["Wheat yields in Velm are expected to fall 22% this year, the growers' cooperative said. Cooperative "
               "chair Maureen Doyle said 60 member farms had applied for relief. The regional office has released "
               "3 million euros in grants, spokesman Lars Hoffer said. A storm closed roads in Velm on Friday, and "
               "the Velm Weather Office forecast more rain on Sunday."]
    assert not scorer.score("Cooperative chair Maureen Doyle said the regional office had released 3 million euros "
                            "in grants.", passage).supported
    assert scorer.score("A storm closed roads in Velm on Friday, and forecasters expect more rain on Sunday.",
                        passage).supported


def test_a_speaker_may_say_part_of_what_the_claim_joins(scorer):
    passage = ["Researchers at Velm University have found a soil bacterium that breaks down polystyrene, according "
               "to a study published on Friday. The team, led by Professor Ingrid Korsk, said the microbe degraded "
               "18% of a polystyrene sample in 30 days."]
    assert scorer.score("Professor Ingrid Korsk's team found that the soil bacterium, which breaks down polystyrene, "
                        "degraded 18 percent of a sample in 30 days.", passage).supported


def test_a_shortfall_denies_only_what_it_is_a_shortfall_of(scorer):
    passage = ["Finance chief Ivo Korsk said the council faced a 23 million euro shortfall driven by rising care costs."]
    assert scorer.score("Ivo Korsk said a 23 million euro shortfall facing the council was driven by rising care "
                        "costs.", passage).supported


def test_should_not_have_done_is_done_wrongly(scorer):
    passage = ["The judges ruled 2-1 that the lower court had wrongly admitted evidence from a former employee."]
    assert scorer.score("Two of the judges held that the lower court should not have admitted a former employee's "
                        "evidence.", passage).supported
    assert not scorer.score("The judges held that the lower court did not admit a former employee's evidence.",
                            passage).supported


def test_age_groups_and_prices_said_another_way(scorer):
    passage = ["The bridge toll will rise to 4 euros in May. Admission to the museum will remain free of charge "
               "for visitors under 18."]
    assert scorer.score("Under-18s will still get into the museum without paying.", passage).supported
    assert not scorer.score("Under-18s will have to pay to get into the museum.", passage).supported


def test_shares_and_remainders_worked_out_from_the_passage(scorer):
    passage = ["Cooperative chair Ana Velm said 60 of its 240 member farms had applied for drought relief. The "
               "chain will close 9 of its 31 stores by April."]
    assert scorer.score("A quarter of the cooperative's 240 member farms have applied for drought relief.",
                        passage).supported
    assert not scorer.score("A third of the cooperative's 240 member farms have applied for drought relief.",
                            passage).supported
    assert scorer.score("Once the closures are done, the chain will be left with 22 stores.", passage).supported
    assert not scorer.score("Once the closures are done, the chain will be left with 20 stores.", passage).supported


def test_a_bound_on_a_share_needs_a_share(scorer):
    passage = ["Dr. Ana Velm urged people over 65 to get vaccinated, noting that only 61% of them had done so. The "
               "trust has postponed 40 operations."]
    assert not scorer.score("Dr. Ana Velm noted that fewer than half of people over 65 had been vaccinated.",
                            passage).supported
    assert scorer.score("Dr. Ana Velm noted that under two-thirds of people over 65 had been vaccinated.",
                        passage).supported


def test_a_purchase_turned_round_between_buyer_and_bought(scorer):
    passage = ["Software firm Quillmark said on Tuesday it had agreed to be bought by US payments group Arcway for "
               "410 million dollars."]
    assert scorer.score("Arcway has agreed to buy Quillmark for 410 million dollars.", passage).supported
    assert not scorer.score("Quillmark has agreed to take over US payments group Arcway for 410 million dollars.",
                            passage).supported


def test_a_count_of_the_items_a_claim_lists(scorer):
    passage = ["The firm wants access to Velm's vast mineral resources - lithium, copper, and gold - and to its "
               "ports."]
    assert scorer.score("The firm is after three minerals, namely lithium, copper and gold, and Velm's ports.",
                        passage).supported
    assert not scorer.score("The firm is after two minerals, namely lithium and copper.", passage).supported


def test_a_possessive_name_is_named_again_by_its_last_word(scorer):
    passage = ["Wheat yields in the Tarn Valley will fall 22% this year, the Tarn Growers' Cooperative said on "
               "Monday. Cooperative chair Ana Velm said 60 of its 240 member farms had applied for relief."]
    assert scorer.score("Sixty of the Tarn Growers' Cooperative's 240 member farms have applied for relief.",
                        passage).supported


def test_a_cause_the_passage_never_gives(scorer):
    passage = ["Mayor Ida Velm is expected to call snap elections, potentially shifting the city's priorities."]
    assert not scorer.score("Mayor Ida Velm is expected to call early elections in response to a wave of mass "
                            "protests.", passage).supported
    assert scorer.score("Mayor Ida Velm is expected to call early elections, which could shift the city's "
                        "priorities.", passage).supported


def test_held_up_despite_what_the_passage_has_do_harm(scorer):
    passage = ["However, the accord's effectiveness has been undermined by internal divisions within Velm."]
    assert not scorer.score("The accord has stayed effective despite internal divisions within Velm.",
                            passage).supported
    assert scorer.score("Internal divisions within Velm have undermined the accord's effectiveness.",
                        passage).supported


def test_reduced_to_what_the_passage_says_it_is_not_only(scorer):
    passage = ['"The real problem isn\'t simply port security; it\'s a failure of planning," argues Dr. Ana Velm.']
    assert not scorer.score("Dr. Ana Velm argues that the real problem is essentially a matter of port security.",
                            passage).supported
    assert scorer.score("Dr. Ana Velm argues that the real problem is a failure of planning rather than merely port "
                        "security.", passage).supported


def test_a_number_moved_the_other_way(scorer):
    passage = ["Burglaries in Velm fell by 14% last year. Car thefts, however, rose by 9% to 612."]
    assert not scorer.score("While burglaries in Velm fell by 14 percent, car thefts also dropped, by 9 percent to "
                            "612.", passage).supported
    assert scorer.score("Burglaries in Velm fell by 14 percent, while car thefts climbed 9 percent to 612.",
                        passage).supported


def test_acquitted_and_the_association_and_half_their_crop(scorer):
    passage = ["Ivo Korsk was acquitted of money laundering. The Tarn Fruit Growers' Association, which represents "
               "64 farms, said some orchards had lost up to half their crop. The Velm Gallery will reopen after a "
               "6 million pound refurbishment, which doubled its exhibition space, director Ana Velm said."]
    assert scorer.score("Ivo Korsk was found not guilty of money laundering.", passage).supported
    assert scorer.score("The association, which speaks for 64 farms, said some orchards had lost as much as half of "
                        "their crop.", passage).supported
    assert scorer.score("According to director Ana Velm, the 6 million pound revamp doubled the gallery's exhibition "
                        "space.", passage).supported


def test_a_win_claimed_for_the_side_that_lost(scorer):
    passage = ["Velm Rovers came from two goals down to beat Korsk Town 3-2 on Saturday."]
    assert not scorer.score("Korsk Town recovered from two goals behind to win Saturday's match 3-2.",
                            passage).supported
    assert scorer.score("Velm Rovers recovered from two goals behind to win Saturday's match 3-2.",
                        passage).supported


def test_totals_rests_and_shares_of_a_named_whole(scorer):
    passage = ["Velm Energy will pay 40,000 pounds a year into a community fund for the next 25 years. The council "
               "faced a 23 million pound gap and would save 15 million pounds, drawing the rest from reserves. "
               "Circulation has fallen from 19,000 in 2010 to about 4,300."]
    assert scorer.score("Over the next 25 years, Velm Energy will pay a total of 1 million pounds into a community "
                        "fund.", passage).supported
    assert not scorer.score("Over the next 25 years, Velm Energy will pay a total of 2 million pounds into a "
                            "community fund.", passage).supported
    assert scorer.score("8 million pounds of the council's 23 million pound gap will come from reserves.",
                        passage).supported
    assert scorer.score("Circulation is now less than a quarter of its 2010 level of 19,000.", passage).supported
    assert not scorer.score("Circulation is now less than a tenth of its 2010 level of 19,000.", passage).supported


def test_a_bare_no_about_people_the_passage_calls_he_and_she(scorer):
    passage = ["He is best known as the drummer of the folk band Tarn Lights, which he joined in 1994. She has "
               "played the cello in the Velm String Quartet since 2001."]
    question = "Do Oskar Brenn and Ilse Varga play in the same band?"
    assert scorer.score("no", passage, question).supported
    assert not scorer.score("no", ["The Tarn bridge opened to traffic in 1994."], question).supported
    qualified = ["The Church of the Ascension is a Greek Orthodox church in the old town. The Velm Opera House is a "
                 "concert hall near the harbour."]
    assert scorer.score("no", qualified, "Are Church of the Ascension, Korsk and Velm Opera House both Greek "
                                         "Orthodox churches?").supported
    writers = ["Pamela Ruth Velm is a Peruvian writer. Ivo Brenn is a Peruvian painter."]
    assert scorer.score("yes", writers, "Are Pam Velm and Ivo Brenn both Peruvian?").supported
    assert not scorer.score("yes", writers, "Are Pam Korsk and Ivo Brenn both Peruvian?").supported


def test_answers_to_choice_and_role_questions(scorer):
    towns = ["Harlow Bridge is a market town and the county seat of Dunmore County. Keston Falls is a village in the "
             "same county."]
    assert scorer.score("Harlow Bridge", towns, "Which town is a county seat, Harlow Bridge or Keston Falls?").supported
    coach = ["The club is owned by Ana Velm. Oscar Lenz is a retired Peruvian footballer and the current coach of "
             "the club."]
    assert scorer.score("Oscar Lenz", coach, "What retired Peruvian footballer coaches the club owned by Ana "
                                             "Velm?").supported
    widow = ["Mara Velm is the widow of Ivo Velm, who was President from 1980 to 1984. Ivo Velm served two terms as "
             "Chancellor before his presidency."]
    assert scorer.score("Mara Velm", widow, "Who is the widow of the man who served as both Chancellor and "
                                            "President?").supported
    dogs = ["The Tarn hound is an old breed of the northern hills. The breed is thought to be the ancestor of the "
            "Velm sheepdog. The Korsk terrier is a small breed used for hunting rats."]
    question = "Which is the ancestor of the Velm sheepdog, the Tarn hound or the Korsk terrier?"
    assert not scorer.score("The Korsk terrier is the ancestor of the Velm sheepdog.", dogs, question).supported
    assert scorer.score("The Tarn hound is the ancestor of the Velm sheepdog.", dogs, question).supported


def test_quoted_titles_counts_asked_for_and_only_one_of_two(scorer):
    novel = ['Ashes is a film based on the novel "Between Shades of Gray" by Ana Velm.']
    assert not scorer.score('The film Ashes is based on "The Gray Shade", a novel by Ana Velm.', novel).supported
    assert scorer.score('The film Ashes is based on "Between Shades of Gray", a novel by Ana Velm.', novel).supported
    town = ["Ivo Brenn was born in Tarnby. Tarnby had a population of 4,210 at the 2011 census."]
    asked = "Ivo Brenn was born in a town whose population in 2011 was what?"
    assert not scorer.score("Tarnby is where Ivo Brenn was born.", town, asked).supported
    assert scorer.score("4,210", town, asked).supported
    actress = ["Ana Velm is a Peruvian actress who appears in Spanish and Quechua films."]
    assert not scorer.score("Ana Velm has only appeared in Spanish films.", actress).supported
    assert scorer.score("Ana Velm acts in Spanish and Quechua films.", actress).supported
    album = ['"Tarn Song" is the second single from the album "Velm" (2014). The album also holds tracks from two '
             'earlier EPs, "Walk Me To Korsk Road" and "Tarn Song".']
    assert not scorer.score('"Walk Me To Korsk Road".', album, '"Tarn Song" came from what album?').supported


def test_no_fewer_than_and_one_in_three(scorer):
    passage = ["Heavy rain flooded at least 60 homes in Orrisford. The council approved 420 new homes, a third of "
               "which will be affordable."]
    assert scorer.score("The rain flooded no fewer than 60 Orrisford homes.", passage).supported
    assert not scorer.score("The rain flooded no fewer than 90 Orrisford homes.", passage).supported
    assert scorer.score("The council approved 420 new homes, one in three of them affordable.", passage).supported
    assert not scorer.score("The council approved 420 new homes, one in four of them affordable.", passage).supported


def test_a_hyphenated_compound_written_as_two_words(scorer):
    passage = ["Velm Rovers beat Korsk Town 3-1 on Saturday to move to the top of the league for the first time since "
               "2009. Striker Ivo Brenn scored twice in the second half."]
    assert scorer.score("Ivo Brenn's two second-half goals helped Velm Rovers to a 3-1 win that took them top for the "
                        "first time since 2009.", passage).supported
    assert not scorer.score("Ivo Brenn's two second-half goals helped Velm Rovers to a 4-1 win that took them top for "
                            "the first time since 2009.", passage).supported


def test_readily_against_an_uphill_battle(scorer):
    passage = ["The council faces an uphill battle to win support for the new bypass."]
    assert not scorer.score("The council is expected to readily win support for the new bypass.", passage).supported
    assert scorer.score("Winning support for the new bypass will be an uphill battle for the council.",
                        passage).supported


def test_a_weekday_moved_onto_the_time_of_another_sentence(scorer):
    passage = ["Police said on Sunday they had arrested two men after a break-in at the Velm jewellery store. The raid "
               "happened shortly after 3 a.m. on Saturday."]
    assert not scorer.score("The break-in at the Velm jewellery store happened shortly after 3 a.m. on Sunday.",
                            passage).supported
    assert scorer.score("Police said on Sunday that two men had been arrested after a break-in at the Velm jewellery "
                        "store.", passage).supported


def test_well_over_half_bounds_a_share(scorer):
    assert not scorer.score("Migrant crossings from Peru into Chile rose by well over half in the third quarter of "
                            "2025, according to UN figures.", PASSAGES).supported
    passage = ["Insurgent activity in the region rose by 56% in the third quarter, according to UN figures."]
    assert scorer.score("Insurgent activity in the region rose by over half in the third quarter.", passage).supported
    farms = ["Of the 300 farms surveyed, 160 reported losses."]
    assert scorer.score("Over half of the 300 farms surveyed reported losses.", farms).supported


def test_a_month_the_passage_never_writes(scorer):
    passage = ["Phones will be banned during the school day at Velm High from September, head teacher Ana Korsk said. "
               "Korsk said a six-month trial had led to fewer incidents of bullying, and that the ban may be extended "
               "to sixth-formers."]
    assert not scorer.score("Ana Korsk said phones would be banned at Velm High from January after a six-month trial "
                            "led to less bullying.", passage).supported
    assert scorer.score("Ana Korsk said phones would be banned at Velm High from September after a six-month trial "
                        "led to less bullying.", passage).supported
    assert scorer.score("Korsk said the phone ban may be extended to sixth-formers.", passage).supported
    half = ["Velm recorded 1,240 measles cases in the first half of 2023. A vaccination campaign begins in September."]
    assert scorer.score("Velm recorded 1,240 measles cases between January and June 2023.", half).supported


def test_a_deed_given_to_a_name_the_passage_does_not_say_did_it(scorer):
    passage = ["The Tarn Accord, signed in 1971, set up a framework for trade among the river states, initially "
               "championed by Velmora as a shield against Korsk influence. Its reach has been weakened by disputes "
               "within Arland."]
    assert not scorer.score("Arland initially championed the Tarn Accord as a shield against Korsk influence.",
                            passage).supported
    assert scorer.score("Velmora initially championed the Tarn Accord as a shield against Korsk influence.",
                        passage).supported


def test_not_a_decision_we_took_lightly_denies_the_lightness(scorer):
    passage = ["Velm Foods will close its Tarnby cannery by June. 'This was not a decision we took lightly,' chief "
               "executive Ana Korsk said."]
    assert scorer.score("Velm Foods has made the decision to close its Tarnby cannery by June.", passage).supported
    assert not scorer.score("Ana Korsk said the decision to close the Tarnby cannery was taken lightly.",
                            passage).supported


def test_far_from_over_says_not_finished(scorer):
    passage = ["Velm Rovers beat Korsk Town 3-1 to go top of the league. Manager Ana Tarn said her players had 'earned "
               "every point' but warned that the title race was far from over."]
    assert scorer.score("Ana Tarn said her team had earned every point but cautioned that the title race was not yet "
                        "decided.", passage).supported
    assert not scorer.score("Ana Tarn said the title race was finished.", passage).supported


def test_a_number_given_as_half_that_amount(scorer):
    passage = ["The Velm-2 satellite cost 210 million dollars to build and was insured for about half that amount."]
    assert scorer.score("Velm-2, which cost 210 million dollars to build, was insured for roughly 105 million dollars.",
                        passage).supported
    assert not scorer.score("Velm-2, which cost 210 million dollars to build, was insured for roughly 150 million "
                            "dollars.", passage).supported


def test_alongside_opening_a_sentence_is_no_name(scorer):
    passage = ["Key stakeholders include the United States and the Velm government of President Ana Korsk, as well as "
               "a growing number of regional actors."]
    assert scorer.score("Alongside Washington and the Velm government of President Ana Korsk, a growing array of "
                        "regional actors count as key stakeholders.", passage).supported
    assert not scorer.score("Alongside Washington and the Velm government of President Ivo Korsk, a growing array of "
                            "regional actors count as key stakeholders.", passage).supported


def test_a_name_in_a_clause_of_its_own_fills_no_slot(scorer):
    passage = ["North Velm council will switch off 2,000 street lights at night from next month to save money. Police "
               "Inspector Ana Korsk said officers would monitor crime figures in the affected streets."]
    assert scorer.score("Inspector Ana Korsk said police would watch crime figures in the streets where North Velm "
                        "council will turn off lights overnight.", passage).supported
    assert not scorer.score("Inspector Ivo Tarn said police would watch crime figures in the streets where North "
                            "Velm council will turn off lights overnight.", passage).supported


def test_or_more_is_at_least(scorer):
    passage = ["A survey of the Velm estuary counted 1,140 seal pups this winter. Visitors are asked to stay at least "
               "50 metres from the animals."]
    assert scorer.score("Visitors to the Velm estuary should stay 50 metres or more from the animals.", passage).supported
    assert not scorer.score("Visitors to the Velm estuary should stay 30 metres or more from the animals.",
                            passage).supported


def test_mid_month_is_the_month(scorer):
    passage = ["A 14-kilometre stretch of Route 9 between Velm and Korsk will close for resurfacing from May 12 to "
               "June 20."]
    assert scorer.score("Route 9 between Velm and Korsk will be closed for resurfacing from mid-May until June 20.",
                        passage).supported
    assert not scorer.score("Route 9 between Velm and Korsk will be closed for resurfacing from mid-April until "
                            "June 20.", passage).supported


def test_a_change_bounded_by_more_than(scorer):
    passage = ["Wait times in the emergency department at Velm General Hospital fell to an average of 3.1 hours in "
               "June, down from 5.4 hours in January."]
    assert scorer.score("Average emergency waits at Velm General fell by more than two hours between January and June.",
                        passage).supported
    assert not scorer.score("Average emergency waits at Velm General fell by more than four hours between January "
                            "and June.", passage).supported


def test_twice_counts_two(scorer):
    passage = ["The Velm Herons beat the Korsk Mariners 3-1 on Saturday. Forward Ana Tarn scored twice in the third "
               "period."]
    assert scorer.score("Two third-period goals from Ana Tarn helped the Herons beat Korsk 3-1 on Saturday.",
                        passage).supported
    assert not scorer.score("Four third-period goals from Ana Tarn helped the Herons beat Korsk 3-1 on Saturday.",
                            passage).supported


def test_a_range_gone_the_other_way(scorer):
    passage = ["The Velm Rovers have been docked six points for fielding an ineligible player. The penalty drops the "
               "Rovers from fourth to ninth place."]
    assert scorer.score("The six-point penalty sends the Velm Rovers down from fourth to ninth place.",
                        passage).supported
    result = scorer.score("The six-point penalty moves the Velm Rovers from ninth to fourth place.", passage)
    assert not result.supported
    assert "ninth" in result.unsupported_terms


def test_words_called_by_another_speaker(scorer):
    passage = ["The Velm Herons beat the Korsk Mariners 3-1 on Saturday, and goalie Ivo Tarn stopped 31 shots. Herons "
               "coach Ana Korsk called it \"the best night this town has had in a long time.\""]
    assert scorer.score("Coach Ana Korsk called the win the best night the town had had in a long time.",
                        passage).supported
    result = scorer.score("Goalie Ivo Tarn called the win the best night the town had had in a long time.", passage)
    assert not result.supported
    assert "Ana Korsk" in result.reason


def test_paid_off_against_limited_success(scorer):
    passage = ["Recent attempts at reconciliation between Velm and Korsk, driven by trade incentives, have yielded "
               "limited success."]
    assert not scorer.score("Recent reconciliation attempts between Velm and Korsk, driven by trade incentives, have "
                            "largely paid off.", passage).supported
    assert scorer.score("Recent reconciliation attempts between Velm and Korsk, driven by trade incentives, have not "
                        "paid off much.", passage).supported


def test_another_geographic_scope(scorer):
    passage = ["The tensions in the Velm Pact demand a reassessment of decades-old assumptions about hemispheric "
               "stability."]
    assert scorer.score("The Velm Pact's tensions call for rethinking long-held assumptions about hemispheric "
                        "stability.", passage).supported
    assert not scorer.score("The Velm Pact's tensions call for rethinking long-held assumptions about transatlantic "
                            "stability.", passage).supported


def test_a_clause_the_passage_never_gives(scorer):
    passage = ["The Velm police will equip all 120 patrol officers with body cameras by the end of the year. The "
               "footage will be stored for at least 90 days."]
    assert scorer.score("Body camera footage in Velm will be kept for 90 days or more, and all 120 patrol officers will "
                        "wear cameras by the end of the year.", passage).supported
    result = scorer.score("Body camera footage in Velm will be kept for at least 90 days and can be requested by "
                          "members of the public.", passage)
    assert not result.supported
    assert "requested by members of the public" in result.reason


def test_the_dateline_town_is_the_whole_story(scorer):
    passage = ["VELMTON — Cases of measles in Velmton rose to 47 this week, the city's health department said on Monday. "
               "Health director Dr Ana Korsk urged parents to check their children's records and said free vaccination "
               "clinics would run at four libraries on Saturdays."]
    assert scorer.score("Free vaccination clinics will run on Saturdays at four Velmton libraries, health director Dr "
                        "Ana Korsk said as she urged parents to check their children's records.", passage).supported
    assert not scorer.score("Free vaccination clinics will run on Saturdays at four Tarnby libraries, health director "
                            "Dr Ana Korsk said as she urged parents to check their children's records.",
                            passage).supported


def test_a_closing_quote_ends_its_own_sentence():
    from assistant.verify.text import split_sentences
    text = "Ana Korsk said staff would be offered other roles 'wherever possible.' The union called it “a blow.” It ends."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Ana Korsk said staff would be offered other roles 'wherever possible.'", "The union called it “a blow.”",
        "It ends."]


def test_words_the_union_called_given_to_the_chief_executive(scorer):
    passage = ["Velm Stores will close 14 of its 52 shops. Chief executive Ana Korsk said staff would be offered roles "
               "in other branches 'wherever possible.' The Retail Workers' Union called the decision 'a hammer blow' "
               "for town centres."]
    assert scorer.score("The Retail Workers' Union called the closures a hammer blow for town centres.",
                        passage).supported
    result = scorer.score("Ana Korsk, the chain's chief executive, called the closures a hammer blow for town centres.",
                          passage)
    assert not result.supported
    assert "Union" in result.reason


def test_every_where_the_passage_says_most(scorer):
    passage = ["Councillor Ana Korsk said residents had first opposed the Velm solar farm over construction traffic, "
               "but that most objections have fallen away."]
    assert scorer.score("Ana Korsk said most of the objections residents raised over construction traffic at the Velm "
                        "solar farm have fallen away.", passage).supported
    result = scorer.score("Ana Korsk said every objection residents raised over construction traffic at the Velm solar "
                          "farm has fallen away.", passage)
    assert not result.supported
    assert "every objection" in result.unsupported_terms


def test_a_cause_attributed_by_someone_else(scorer):
    passage = ["Exam results at Velm Academy have improved for a third year. Headteacher Ana Korsk attributed the rise "
               "to a new Saturday tutoring programme funded by the Tarn Foundation."]
    assert scorer.score("Ana Korsk credited the Saturday tutoring programme, paid for by the Tarn Foundation, for the "
                        "better results.", passage).supported
    result = scorer.score("The Tarn Foundation attributed the rise in results to the Saturday tutoring programme it "
                          "pays for.", passage)
    assert not result.supported
    assert "Ana Korsk" in result.reason


def test_no_rise_where_the_next_sentence_has_a_rise(scorer):
    passage = ["The city of Velm opened 42 kilometres of new bike lanes in the past year, transport commissioner Ana "
               "Korsk said on Tuesday. Cycling trips rose by a quarter over the same period, according to city counters."]
    assert scorer.score("City counters recorded a rise of a quarter in cycling trips in Velm after 42 kilometres of new "
                        "bike lanes opened in the past year.", passage).supported
    result = scorer.score("City counters recorded no rise in cycling trips in Velm despite the 42 kilometres of new bike "
                          "lanes opened in the past year.", passage)
    assert not result.supported
    assert "rise" in result.unsupported_terms


def test_a_speaker_described_by_what_it_was_doing(scorer):
    passage = ["Velm General Hospital will open a 24-bed stroke unit next month, the regional health authority "
               "announced on Wednesday. Dr Ana Korsk, the hospital's clinical director, said the unit would cut average "
               "waits for stroke care from nine hours to under three."]
    assert scorer.score("Dr Ana Korsk, speaking about the 24-bed unit, said it would bring average waits for stroke care "
                        "down from nine hours to under three.", passage).supported
    result = scorer.score("The regional health authority, announcing the 24-bed unit on Wednesday, said it would bring "
                          "average waits for stroke care down from nine hours to under three.", passage)
    assert not result.supported
    assert "Ana Korsk" in result.reason


def test_a_change_to_what_the_passage_keeps_as_it_is(scorer):
    passage = ["From 1 July, a single bus fare in Velm will rise from 2.40 to 2.70 euros. Monthly passes will stay at "
               "55 euros."]
    assert scorer.score("Single bus fares in Velm will become more expensive from July.", passage).supported
    result = scorer.score("Monthly bus passes in Velm will also become more expensive from July.", passage)
    assert not result.supported
    assert "Monthly passes" in result.reason


def test_none_of_what_another_sentence_affirms(scorer):
    passage = ["VELM, July 30 — Wheat yields in the Velm Valley are expected to fall 22% this year after the driest spring "
               "in four decades, the Velm Growers' Cooperative said on Monday. Cooperative chair Ana Korsk said 60 of its "
               "240 member farms had applied for drought relief. Barley has been less affected, with losses estimated "
               "at 9%."]
    assert scorer.score("While Velm Valley wheat yields are expected to drop 22 percent after the dry spring, barley "
                        "has been less affected.", passage).supported
    result = scorer.score("While Velm Valley wheat yields are expected to drop 22 percent, barley has come through the "
                          "dry spring without any losses.", passage)
    assert not result.supported
    assert "losses" in result.unsupported_terms


def test_another_outcome_called_the_likeliest(scorer):
    passage = ["In the longer term, a successful effort to reform Velm's institutions could lead to a stronger alliance "
               "with Korsk. However, a more probable outcome is a continued state of flux, with Velm remaining "
               "volatile."]
    assert scorer.score("The paper sees continued flux, with Velm staying volatile, as the most likely long-term "
                        "outcome.", passage).supported
    result = scorer.score("The paper considers a stronger alliance with Korsk the most probable long-term outcome.",
                          passage)
    assert not result.supported
    assert "continued state of flux" in result.reason


def test_a_strong_economy_against_a_struggling_one(scorer):
    passage = ["President Ana Korsk, facing mounting domestic pressure and a struggling economy, is trying to balance "
               "security demands with economic liberalization."]
    assert scorer.score("Under mounting pressure at home and with a struggling economy, President Ana Korsk is trying "
                        "to balance security demands with economic liberalization.", passage).supported
    assert not scorer.score("Buoyed by a strong economy, President Ana Korsk is trying to balance security demands "
                            "with economic liberalization.", passage).supported


def test_an_area_from_its_sides(scorer):
    passage = ["Archaeologists at Velm have uncovered a Roman villa. The mosaic, measuring five metres by four, depicts "
               "dolphins and a sea god."]
    assert scorer.score("The Velm villa's mosaic, which shows dolphins and a sea god, covers 20 square metres.",
                        passage).supported
    assert not scorer.score("The Velm villa's mosaic, which shows dolphins and a sea god, covers 30 square metres.",
                            passage).supported


def test_a_gap_worded_the_other_way(scorer):
    passage = ["The Velm Theatre will reopen on 3 September after a refurbishment. The building now has 640 seats, down "
               "from 720, to allow more legroom."]
    assert scorer.score("After its refurbishment the Velm Theatre has 80 fewer seats than before.", passage).supported
    result = scorer.score("After its refurbishment the Velm Theatre has 80 more seats than before.", passage)
    assert not result.supported
    assert "80" in result.unsupported_terms


def test_expanding_what_the_passage_only_maintains(scorer):
    passage = ["The crisis is a critical test of Velm's commitments to regional security and of its ability to "
               "maintain influence over a volatile region."]
    assert scorer.score("The crisis tests whether Velm can hold on to its influence over a volatile region.",
                        passage).supported
    result = scorer.score("The crisis tests whether Velm can expand its influence over a volatile region.", passage)
    assert not result.supported
    assert "maintain influence" in result.reason


def test_a_name_for_the_pronoun_before_a_role(scorer):
    passage = ["Runner Ana Korsk, 24, set a national record of 14 minutes 21.6 seconds in the 5,000 metres on Sunday. "
               "She beat the previous mark by 1.8 seconds. Her coach, Ivo Tarn, said she was 'in the shape of her life'."]
    assert scorer.score("Ivo Tarn, Korsk's coach, said the runner was in the best shape of her life.", passage).supported


def test_after_joins_two_events_and_sets_no_time(scorer):
    passage = ["Firefighters in Velm rescued two elderly residents by boat on Thursday. The Rivers Authority had issued "
               "a severe flood warning the previous evening."]
    assert scorer.score("Velm firefighters rescued two elderly residents by boat on Thursday after a severe flood "
                        "warning was issued.", passage).supported


def test_higher_than_where_the_passage_compares_lower(scorer):
    passage = ["Wheat yields in the Velm district fell by about 15 per cent this harvest. Prices at the Velm grain "
               "market averaged £176 a tonne in August, compared with £205 a year earlier."]
    assert scorer.score("Average grain prices at the Velm market were lower in August than a year earlier.",
                        passage).supported
    result = scorer.score("Average grain prices at the Velm market were higher in August than a year earlier.",
                          passage)
    assert not result.supported
    assert "£176 against £205" in result.reason


def test_a_count_said_by_its_size_that_the_passage_never_gives(scorer):
    passage = ["The rise of the Velm insurgency in the late 1980s eroded trust in the state and led to a long period of "
               "violence."]
    counted = ["The rise of the Velm insurgency, watched by 40,000 people, eroded trust in the state."]
    assert scorer.score("Tens of thousands of people saw the Velm insurgency erode trust in the state.",
                        counted).supported
    result = scorer.score("The Velm insurgency, which claimed tens of thousands of lives, eroded trust in the state.",
                          passage)
    assert not result.supported
    assert "tens of thousands of" in result.reason


def test_times_counted_is_no_multiple():
    from assistant.verify.text import parse
    counted = [t.key for t in parse("It can be recharged 5,000 times before losing a fifth of its capacity.").terms]
    assert "num:5000" in counted
    assert "mult:3" in [t.key for t in parse("Visits rose to three times the 430 of last year.").terms]


def test_the_datelines_town_is_named_beside_every_sentence(scorer):
    passage = ["ORREN VALE — The town council voted on Monday to raise the price of a residential parking permit "
               "from £30 to £45. Councillor Ines Barr said the money would pay for new street lights. About 1,800 "
               "households hold permits, according to council figures."]
    assert scorer.score("Roughly 1,800 households in Orren Vale have parking permits, council figures show.",
                        passage).supported
    assert not scorer.score("Roughly 1,800 households in Orren Hill have parking permits, council figures show.",
                            passage).supported


def test_a_purpose_the_passage_never_gives(scorer):
    passage = ["Tallis College will move to a four-day week for students from September, the county board said. "
               "Students will attend from Monday to Thursday with longer days."]
    assert scorer.score("Tallis College students will attend four longer days a week from September.",
                        passage).supported
    result = scorer.score("Tallis College is moving to a four-day week in order to cut its heating bills.", passage)
    assert not result.supported
    assert "in order to cut its heating bills" in result.reason


def test_a_description_the_passage_gives_another_name(scorer):
    passage = ["Independent candidate Rhea Solberg won the Tamsford mayoral election, defeating the incumbent, Piet "
               "Vance. Solberg, a retired firefighter, campaigned on reopening the fire station."]
    assert scorer.score("Rhea Solberg, a retired firefighter, defeated Piet Vance in the Tamsford mayoral election.",
                        passage).supported
    result = scorer.score("Piet Vance, a retired firefighter, was defeated by Rhea Solberg in the Tamsford mayoral "
                          "election.", passage)
    assert not result.supported
    assert "retired firefighter" in result.reason


def test_before_and_after_that_order_two_events_the_same_way(scorer):
    passage = ["The app costs £3.99 a month after a 14-day free trial. It was tested by 500 volunteers."]
    assert scorer.score("Users can try the app free for 14 days before a monthly charge of £3.99 applies.",
                        passage).supported
    storm = ["The Kelby bridge was closed after the storm, the council said."]
    assert not scorer.score("The Kelby bridge was closed before the storm, the council said.", storm).supported


def test_a_team_named_again_by_part_of_its_name(scorer):
    passage = ["Carrow United came from behind to beat Fenmoor Rovers 3-2 on Saturday. Fenmoor led 2-0 at half-time "
               "through two goals from Ivo Dane."]
    assert scorer.score("Fenmoor Rovers were two goals up at the interval, with Ivo Dane scoring both.",
                        passage).supported
    assert not scorer.score("Carrow United were two goals up at the interval, with Ivo Dane scoring both.",
                            passage).supported


def test_a_short_cause_the_passage_never_gives(scorer):
    passage = ["Heavy rain flooded low-lying streets in Pell on Sunday. The river burst its banks near the Ash Lane "
               "bridge, which remains closed."]
    assert scorer.score("The Ash Lane bridge near the river is still closed.", passage).supported
    result = scorer.score("The Ash Lane bridge is still closed because it was damaged by the floodwater.", passage)
    assert not result.supported
    assert "because it was damaged by the floodwater" in result.reason


def test_a_difference_in_money_said_with_its_currency(scorer):
    passage = ["Shares in Pell Foods fell 6 percent after the chain cut its annual profit forecast to £180 million, "
               "down from £240 million."]
    assert scorer.score("Pell Foods lowered its yearly profit outlook by £60 million, to £180 million.",
                        passage).supported
    assert not scorer.score("Pell Foods lowered its yearly profit outlook by £50 million, to £180 million.",
                            passage).supported


def test_after_that_orders_two_events_is_no_opposite_of_advances(scorer):
    passage = ["Ana Berg's withdrawal with a knee injury means Mira Tal advances to the quarter-finals."]
    assert scorer.score("Mira Tal is through to the quarter-finals after Ana Berg's withdrawal with a knee injury.",
                        passage).supported


def test_a_consequence_the_passage_never_gives(scorer):
    passage = ["Corruption scandals involving Velmish officials in the 1990s eroded public trust in the state."]
    assert scorer.score("In the 1990s, corruption scandals involving Velmish officials eroded trust in the state.",
                        passage).supported
    result = scorer.score("Corruption scandals involving Velmish officials in the 1990s forced several cabinet "
                          "ministers to resign.", passage)
    assert not result.supported
    assert "forced several cabinet ministers to resign" in result.reason


def test_a_record_the_passage_never_speaks_of(scorer):
    passage = ["The Velm drivers' union said 88% of voting members backed the 48-hour strike."]
    assert scorer.score("The Velm drivers' union said 88% of voting members supported the 48-hour strike.",
                        passage).supported
    result = scorer.score("The Velm drivers' union said 88% of voting members backed the 48-hour strike, the "
                          "highest level of support in its history.", passage)
    assert not result.supported
    assert "in its history" in result.reason
    record = ["The Velm drivers' union said 88% of voting members backed the 48-hour strike, its highest vote yet."]
    assert scorer.score("The Velm drivers' union said 88% of voting members backed the 48-hour strike, the highest "
                        "level of support in its history.", record).score > result.score


def test_a_surname_after_a_title_is_a_name(scorer):
    passage = ["“The scheme was doomed from the start,” concludes Dr. Okafor, who led the review."]
    assert scorer.score("Dr. Okafor concludes that the scheme was doomed from the outset.", passage).supported
    result = scorer.score("Dr. Brandt concludes that the scheme was doomed from the outset.", passage)
    assert not result.supported
    assert "Brandt" in result.unsupported_terms


def test_twelve_months_is_a_year(scorer):
    passage = ["Turnout in the Velm by-election was 41 percent, down from 47 percent a year earlier."]
    assert scorer.score("Turnout in the Velm by-election was 41 percent, against 47 percent twelve months before.",
                        passage).supported
    assert not scorer.score("Turnout in the Velm by-election was 41 percent, against 47 percent eighteen months "
                            "before.", passage).supported


def test_below_a_target_contradicts_above_it(scorer):
    passage = ["The developer has agreed that 30 percent of the homes will be affordable, above the council's usual "
               "target of 25 percent."]
    assert scorer.score("The developer agreed that 30 percent of the homes will be affordable, above the council's "
                        "normal 25 percent target.", passage).supported
    result = scorer.score("The developer agreed that 30 percent of the homes will be affordable, below the council's "
                          "normal target of 25 percent.", passage)
    assert not result.supported
    assert "above" in result.reason


def test_dampening_a_feeling_contradicts_inflaming_it(scorer):
    passage = ["The influx of migrants into Velm has inflamed anti-immigrant sentiment in the border towns."]
    assert scorer.score("The influx of migrants into Velm has stoked anti-immigrant sentiment in the border towns.",
                        passage).supported
    result = scorer.score("The influx of migrants into Velm has dampened anti-immigrant sentiment in the border towns.",
                          passage)
    assert not result.supported
    assert "inflamed" in result.reason


def test_a_name_given_in_full_where_the_sentence_shortens_it(scorer):
    passage = ["Dunmore Rovers moved top of the league on Saturday after a 3-1 win over Ashcombe Town at Kellet Park. "
               "Striker Tomas Reyes scored twice in the first half. Rovers manager Grace Whitlow said the team had "
               "earned the right to dream. Ashcombe, who had been unbeaten in six games, drop to fifth."]
    assert scorer.score("Ashcombe Town, who had gone six games unbeaten, drop to fifth.", passage).supported
    result = scorer.score("Ashcombe United, who had gone six games unbeaten, drop to fifth.", passage)
    assert not result.supported
    assert "United" in result.unsupported_terms


def test_the_number_of_a_thing_named_earlier_in_the_story(scorer):
    passage = ["Councillors in Fenbridge voted on Thursday to approve plans for 620 homes on former railway land. "
               "The developer has agreed that 30 percent of them will be affordable. Residents collected more than "
               "3,000 signatures against the scheme. Construction is expected to begin next spring and take about "
               "six years."]
    assert scorer.score("Building work on the 620 homes should start next spring and take roughly six years.",
                        passage).supported
    assert not scorer.score("Building work on the 640 homes should start next spring and take roughly six years.",
                            passage).supported


def test_a_year_taken_from_another_sentence_where_the_sentence_has_its_own(scorer):
    passage = ["Researchers at the University of Tarnow collected 300 snails from ponds in the Velmar Basin between "
               "2021 and 2023. Co-author Lukas Brenner said the finding could explain why the species has spread to "
               "12 new sites since 2019."]
    assert scorer.score("Lukas Brenner said the finding may explain how the species reached 12 new sites since 2019.",
                        passage).supported
    result = scorer.score("Lukas Brenner said the finding may explain how the species reached 12 new sites since "
                          "2021.", passage)
    assert not result.supported
    assert "2019" in result.reason


def test_one_of_a_thing_the_passage_counts_as_several(scorer):
    passage = ["“The pact is failing because it rested on a flawed premise: that a few powerful states could dictate "
               "terms to weaker nations,” concludes Dr. Okafor."]
    assert scorer.score("Dr. Okafor concludes that the pact is failing because it assumed a few strong states could "
                        "dictate terms to weaker nations.", passage).supported
    result = scorer.score("Dr. Okafor concludes that the pact is failing because it assumed one strong state could "
                          "dictate terms to weaker nations.", passage)
    assert not result.supported
    assert "count the state as more than one" in result.reason


def test_a_body_from_another_sentence_that_shares_a_town_name(scorer):
    passage = ["A pilot scheme letting pharmacists in Redcliffe prescribe antibiotics has treated 4,300 patients in "
               "its first year. The Redcliffe Care Board said the scheme had freed up an estimated 3,100 GP "
               "appointments. Pharmacist Anita Choudhry said patients were typically seen within 20 minutes. However, "
               "the Redcliffe Medical Committee, which represents family doctors, said it was concerned about "
               "antibiotic resistance."]
    assert scorer.score("The Redcliffe Care Board estimated that the scheme had freed up about 3,100 GP appointments.",
                        passage).supported
    result = scorer.score("The Redcliffe Medical Committee estimated that the scheme had freed up about 3,100 GP "
                          "appointments.", passage)
    assert not result.supported
    assert "Committee" in result.reason


def test_a_place_given_the_name_of_another_place_in_the_story(scorer):
    passage = ["Police in Harlow Cross have arrested two men after a series of thefts of catalytic converters from "
               "cars parked at Brayford railway station."]
    assert scorer.score("Two men have been arrested by police in Harlow Cross over thefts of catalytic converters "
                        "from cars left at Brayford railway station.", passage).supported
    result = scorer.score("Two men have been arrested by police in Harlow Cross over thefts of catalytic converters "
                          "from cars left at Harlow Cross railway station.", passage)
    assert not result.supported
    assert "Brayford" in result.reason


def test_swindling_is_defrauding(scorer):
    passage = ["A jury at Halsey Crown Court on Friday found former property developer Martin Okafor guilty of "
               "defrauding investors of £2.3 million. The trial, which lasted seven weeks, heard that Okafor "
               "persuaded 46 people to fund a scheme that was never built."]
    result = scorer.score("After a seven-week trial, the former developer was convicted of swindling investors out "
                          "of £2.3 million.", passage)
    assert result.supported
    assert "swindling" not in result.unsupported_terms
    assert not scorer.score("After a seven-week trial, the former developer was convicted of swindling investors out "
                            "of £3.2 million.", passage).supported


def test_terms_dictated_the_other_way_round(scorer):
    passage = ["“The pact failed because it assumed that a few rich states could dictate trade terms to poorer "
               "nations,” said Dr. Okafor."]
    assert scorer.score("According to Dr. Okafor, the pact failed because it assumed a handful of rich states could "
                        "dictate trade terms to poorer nations.", passage).supported
    result = scorer.score("According to Dr. Okafor, the pact failed because it assumed poorer nations could dictate "
                          "trade terms to a handful of rich states.", passage)
    assert not result.supported
    assert "from the rich states to the poorer nations" in result.reason


def test_a_speech_verb_inside_the_quotation_is_not_its_speaker(scorer):
    passage = ["“The pact failed because it assumed that a few rich states could dictate trade terms to poorer "
               "nations,” said Dr. Okafor."]
    result = scorer.score("Dr. Okafor said the pact failed because it assumed that a few wealthy states could impose "
                          "trade terms on poorer nations.", passage)
    assert result.supported
    assert "Dr. Okafor" not in result.unsupported_terms


def test_off_the_coast_of_another_place(scorer):
    passage = ["A team at the Norvik Marine Institute has recorded a colony of deep-sea corals growing at 1,900 "
               "metres off the coast of Skerra Island."]
    assert scorer.score("Researchers from the Norvik Marine Institute found deep-sea corals growing 1,900 metres down "
                        "off the coast of Skerra Island.", passage).supported
    result = scorer.score("Researchers from the Norvik Marine Institute found deep-sea corals growing 1,900 metres "
                          "down off the coast of Norvik.", passage)
    assert not result.supported
    assert "Skerra Island" in result.reason


def test_two_in_five_is_forty_percent(scorer):
    passage = ["Building started on Monday on 210 flats at the former Denholm brewery, 40% of which will be let at "
               "social rents."]
    assert scorer.score("Work has begun on 210 flats at the old Denholm brewery, two in five of which will be let at "
                        "social rents.", passage).supported
    assert not scorer.score("Work has begun on 210 flats at the old Denholm brewery, three in five of which will be "
                            "let at social rents.", passage).supported


def test_a_rise_in_pence_worked_out_from_two_prices(scorer):
    passage = ["Ferrybridge council voted on Thursday to raise the charge for a garden waste bin from £1.40 to "
               "£1.95 a collection."]
    result = scorer.score("Ferrybridge council approved a 55p increase in the charge for each garden waste "
                          "collection.", passage)
    assert result.supported
    assert "55" not in result.unsupported_terms
    assert not scorer.score("Ferrybridge council approved a 45p increase in the charge for each garden waste "
                            "collection.", passage).supported


def test_bringing_back_is_not_backing(scorer):
    passage = ["Coastline Rail will run fewer trains from June, blaming a shortage of guards. The company said it "
               "hoped to restore the full timetable next spring."]
    result = scorer.score("The company, which is short of guards, hopes to bring back the full timetable next "
                          "spring.", passage)
    assert result.supported
    assert "contradicts" not in result.reason


def test_the_speaker_before_a_verb_that_only_tells_when(scorer):
    passage = ["The Ashby Library will reopen on 9 May after an 18-month refit costing £3.2 million, its chief "
               "librarian, Nora Quist, announced on Tuesday."]
    result = scorer.score("Nora Quist, the chief librarian, said the Ashby Library would open again on 9 May "
                          "following an 18-month refit costing £3.2 million.", passage)
    assert result.supported
    assert "Nora Quist" not in result.unsupported_terms


def test_housing_after_a_noun_is_no_act(scorer):
    passage = ["The council's housing lead, Amir Dossa, said the new flats would go to families on the waiting "
               "list."]
    result = scorer.score("Amir Dossa, who leads on housing for the council, said the new flats would go to families "
                          "on the waiting list.", passage)
    assert result.supported
    assert "round" not in result.reason


def test_a_verdict_given_to_the_speaker_of_an_aside(scorer):
    passage = ["Northgate Water will cut its standard charge by 4% from April. Northgate said lower wholesale "
               "energy costs had allowed the cut. Consumer group Tap Watch called the reduction 'welcome but "
               "overdue', noting that wholesale energy costs had been falling for a year."]
    assert scorer.score("Tap Watch said the reduction, made possible by cheaper wholesale energy, was welcome but "
                        "overdue.", passage).supported
    result = scorer.score("Northgate said the reduction, made possible by cheaper wholesale energy, was welcome but "
                          "overdue.", passage)
    assert not result.supported
    assert "Tap Watch" in result.reason


def test_ahead_of_schedule_is_not_late(scorer):
    passage = ["The Westgate footbridge will open on 14 March, three months later than planned, the city council "
               "said."]
    assert scorer.score("The city council said the Westgate footbridge would open on 14 March, three months behind "
                        "schedule.", passage).supported
    result = scorer.score("The city council said the Westgate footbridge would open on 14 March, three months ahead "
                          "of schedule.", passage)
    assert not result.supported
    assert "ahead of" in result.unsupported_terms


def test_quick_enough_is_not_too_slow(scorer):
    passage = ["Lead researcher Dr. Hana Ilic said the new filter was 'far too slow to be useful yet' but could be "
               "improved."]
    assert scorer.score("Dr. Hana Ilic said the filter was still much too slow to be of use.", passage).supported
    result = scorer.score("Dr. Hana Ilic said the filter already worked quickly enough to be of use.", passage)
    assert not result.supported
    assert "quickly" in result.unsupported_terms


def test_two_nations_traded_places(scorer):
    passage = ["Bribery cases involving Bolivian ministers in the 1990s strained ties further, amid accusations of "
               "British interference."]
    assert scorer.score("In the 1990s, bribery cases implicating Bolivian ministers strained relations further, with "
                        "Britain accused of interfering.", passage).supported
    result = scorer.score("In the 1990s, bribery cases implicating British ministers strained relations further, "
                          "with Bolivia accused of interfering.", passage)
    assert not result.supported
    assert "Bolivian ministers, not British ministers" in result.reason


def test_the_rise_of_a_movement_is_no_amount_that_grew(scorer):
    passage = ["The rise of the Red Dawn movement in the 1970s led to years of violence and, in the end, a sharp "
               "deterioration in relations between Chile and Argentina."]
    result = scorer.score("The Red Dawn years brought prolonged violence and, in the end, a marked decline in "
                          "relations between Chile and Argentina.", passage)
    assert result.supported
    assert "contradicts" not in result.reason
    assert not scorer.score("The Red Dawn years brought prolonged violence and, in the end, a marked improvement in "
                            "relations between Chile and Argentina.", passage).supported


def test_she_in_the_matching_sentence_is_the_speaker_before(scorer):
    passage = ["Flu vaccination rates among over-65s in the Dunmore region rose to 81% this winter, from 74% last "
               "year, the regional health agency said on Tuesday. Uptake among pregnant women remained low at 41%. "
               "The agency's director of public health, Dr. Mara Kettle, said a new reminder scheme had 'clearly "
               "helped'. She urged pregnant women to get vaccinated before the end of February, when flu cases "
               "usually peak."]
    result = scorer.score("Dr. Mara Kettle called on pregnant women to be vaccinated before flu cases typically peak "
                          "at the end of February.", passage)
    assert result.supported
    assert "neighbouring" not in result.reason
    assert not scorer.score("Dr. Mara Kettle called on pregnant women to be vaccinated before flu cases typically "
                            "peak at the end of March.", passage).supported


def test_club_chairman_names_the_club_the_story_opened_on(scorer):
    passage = ["HARROWGATE — Harrowgate Albion have appointed Tess Moyo as head coach on a two-year contract, the "
               "club announced on Monday. Moyo, 41, led Fenwick Town to the third-division title in 2022 and becomes "
               "the first woman to coach a men's side in the league. She replaces Ken Lyle, who was sacked in March "
               "with the team 17th after eight defeats in 11 games. Club chairman Olu Banjo said Moyo had been 'the "
               "standout candidate' for the board."]
    result = scorer.score("Olu Banjo, the Harrowgate Albion chairman, said Tess Moyo, who has signed a two-year deal, "
                          "was the board's standout candidate.", passage)
    assert result.supported
    assert "Albion" not in result.unsupported_terms
    assert not scorer.score("Olu Banjo, the Fenwick Town chairman, said Tess Moyo, who has signed a two-year deal, "
                            "was the board's standout candidate.", passage).supported


def test_the_team_in_a_slot_is_the_team_the_story_opened_on(scorer):
    passage = ["HARROWGATE — Harrowgate Albion have appointed Tess Moyo as head coach on a two-year contract, the "
               "club announced on Monday. Moyo, 41, led Fenwick Town to the third-division title in 2022 and becomes "
               "the first woman to coach a men's side in the league. She replaces Ken Lyle, who was sacked last "
               "month with the team 17th after eight defeats in 11 games."]
    result = scorer.score("Ken Lyle, whom Moyo replaces, was dismissed last month with Harrowgate 17th after losing "
                          "eight of their 11 games.", passage)
    assert result.supported
    assert "is not what is" not in result.reason
    result = scorer.score("Ken Lyle, whom Moyo replaces, was dismissed last month with Fenwick 17th after losing "
                          "eight of their 11 games.", passage)
    assert not result.supported


def test_a_gap_between_two_lengths_of_time(scorer):
    passage = ["The average wait for an ambulance in Corran fell to 1 hour 52 minutes last winter, from 2 hours 31 "
               "minutes the winter before."]
    result = scorer.score("Last winter the average ambulance wait in Corran came down to an hour and 52 minutes, 39 "
                          "minutes less than the winter before.", passage)
    assert result.supported
    assert "39" not in result.unsupported_terms
    assert not scorer.score("Last winter the average ambulance wait in Corran came down to an hour and 52 minutes, 29 "
                            "minutes less than the winter before.", passage).supported
    assert not scorer.score("Last winter the average ambulance wait in Corran was 39 minutes more than the winter "
                            "before.", passage).supported


def test_a_count_of_what_the_story_opened_on(scorer):
    passage = ["Porters at Wexley Royal Infirmary will hold a 24-hour strike on Friday after pay talks broke down. The "
               "union says porters have had no pay rise in three years. The hospital said planned operations would go "
               "ahead. About 140 porters are expected to walk out."]
    result = scorer.score("About 140 Wexley Royal Infirmary porters are expected to strike for a day on Friday.",
                          passage)
    assert result.supported
    assert "140" not in result.unsupported_terms
    assert not scorer.score("About 410 Wexley Royal Infirmary porters are expected to strike for a day on Friday.",
                            passage).supported


def test_half_past_seven_in_the_morning_is_seven_thirty(scorer):
    passage = ["The school said its breakfast club would open at 7.30 a.m. to help families with early shifts."]
    result = scorer.score("The school's breakfast club will open at half past seven in the morning to help families "
                          "with early shifts.", passage)
    assert result.supported
    assert "seven" not in result.unsupported_terms
    assert not scorer.score("The school's breakfast club will open at half past eight in the morning to help families "
                            "with early shifts.", passage).supported
    assert scorer.score("The school's breakfast club will open at 7:30 am to help families with early shifts.",
                        passage).supported


def test_a_claim_that_joins_two_sentences_takes_names_from_both(scorer):
    passage = ["The Varna Space Office said on Monday that its Heron-3 mapping satellite had stopped sending data nine "
               "days after launch. Engineers suspect a damaged antenna caused the fault, according to flight director "
               "Omar Pell. The satellite cost 140 million dollars to build."]
    result = scorer.score("According to flight director Omar Pell, engineers suspect a damaged antenna is why the "
                          "Heron-3 mapping satellite stopped sending data nine days after it was launched.", passage)
    assert result.supported
    assert "neighbouring" not in result.reason
    # A name moved into the other sentence's place, with little else from its own sentence, is still caught.
    assert not scorer.score("Flight director Omar Pell said on Monday that the Heron-3 mapping satellite had stopped "
                            "sending data nine days after launch.", passage).supported


def test_remanded_in_custody_is_not_released_on_bail(scorer):
    passage = ["CORWEN — A jury at Corwen Crown Court on Monday found former council treasurer Alan Tace guilty of "
               "stealing £54,000 from a youth club fund. Prosecutors said Tace moved the money into his own account in "
               "23 payments between 2020 and 2023. Judge Rita Moss adjourned sentencing until June 2 and released Tace "
               "on bail."]
    assert scorer.score("After the jury's guilty verdict on Monday, Judge Rita Moss freed Alan Tace on bail until "
                        "sentencing.", passage).supported
    result = scorer.score("After the jury's guilty verdict on Monday, Judge Rita Moss remanded Alan Tace in custody "
                          "until sentencing.", passage)
    assert not result.supported
    assert "'remanded' contradicts 'released'" in result.reason


def test_words_given_in_the_passive_to_the_wrong_speaker(scorer):
    passage = ["A tribunal in Carrow on Tuesday ordered haulier Denlow to pay £410,000 to 18 drivers it had dismissed. "
               "Judge Amos Reyes ruled that the dismissals were unfair. Denlow said it would appeal, calling the "
               "decision \"unjust and badly reasoned.\""]
    assert scorer.score("The decision was described as \"unjust and badly reasoned\" by Denlow, which said it would "
                        "appeal.", passage).supported
    result = scorer.score("The decision was described as \"unjust and badly reasoned\" by Judge Amos Reyes, who ruled "
                          "the dismissals unfair.", passage)
    assert not result.supported
    assert "Denlow" in result.reason


def test_a_later_figure_beside_the_opening_of_the_story(scorer):
    passage = ["Kelby Town beat Marsh Rangers 2-0 at Ferry Road on Sunday to reach the regional semi-final. Winger "
               "Tom Adeyemi scored both goals in the first half. The crowd of 3,150 was the biggest at the ground for "
               "five years."]
    assert scorer.score("Sunday's attendance of 3,150 at Ferry Road was the largest there in five years.",
                        passage).supported
    # Another figure is still caught, and so is a figure that takes the place of the opening's own.
    assert not scorer.score("Sunday's attendance of 3,500 at Ferry Road was the largest there in five years.",
                            passage).supported
    money = ["Shares in Dorrit Foods rose 4% on Monday after it agreed to buy the baker Calloway for £26m. Shares in "
             "Calloway rose 9% on the news."]
    assert not scorer.score("Shares in Dorrit Foods rose 9% on Monday after it agreed to buy the baker Calloway.",
                            money).supported


def test_the_previous_twelve_months_is_a_stretch_of_time(scorer):
    passage = ["The helpline was set up after a survey found that one in five tenants in the borough had fallen behind "
               "on rent in the past year."]
    assert scorer.score("A survey found that a fifth of the borough's tenants had fallen behind on rent in the "
                        "previous 12 months.", passage).supported
    assert scorer.score("A survey found that a fifth of the borough's tenants had fallen behind on rent over the "
                        "previous year.", passage).supported


def test_the_local_of_a_later_sentence_is_the_place_the_story_opened_in(scorer):
    passage = ["Energy firm Brightwatt has launched a free advice line to help families in Dunholm cut their heating "
               "bills. The line, called WarmHome, gives callers tailored tips within a day. It was set up with the "
               "charity Carers First after a survey found that two in five local families had skipped meals to pay "
               "for heating over the winter. Brightwatt said 500 people had called in its first week."]
    result = scorer.score("A survey found that 40% of Dunholm families had skipped meals to pay for heating over the "
                          "winter.", passage)
    assert result.supported
    assert "neighbouring" not in result.reason


def test_a_part_of_the_day_against_the_same_day(scorer):
    passage = ["Forecasters have issued a yellow warning for snow across the Pennine hills, valid until Saturday "
               "evening. Up to 15cm could fall on higher ground."]
    assert scorer.score("The yellow snow warning for the Pennine hills lasts until Saturday evening.",
                        passage).supported
    result = scorer.score("The yellow snow warning for the Pennine hills lasts until Saturday morning.", passage)
    assert not result.supported
    assert "morning" in result.unsupported_terms


def test_at_first_is_initially(scorer):
    passage = ["The Lagos Accord, signed in 1971, was initially backed by Norway as a shield against piracy, before a "
               "second accord widened it."]
    result = scorer.score("Norway was, at first, a champion of the accord, seeing it as a shield against piracy.",
                          passage)
    assert result.supported
    assert "first" not in result.unsupported_terms


def test_a_share_said_as_a_percentage_or_as_a_count(scorer):
    cut = ["After the new filters were fitted, dust levels in the workshop fell by about a third."]
    assert scorer.score("Once the filters were in, workshop dust dropped by roughly 33%.", cut).supported
    assert not scorer.score("Once the filters were in, workshop dust dropped by roughly 45%.", cut).supported
    homes = ["Builder Farrow Estates says 25% of the 240 flats on the dock site will be sold as shared ownership."]
    assert scorer.score("Farrow Estates says 60 of the 240 dock-site flats will be sold as shared ownership.",
                        homes).supported
    assert not scorer.score("Farrow Estates says 80 of the 240 dock-site flats will be sold as shared ownership.",
                            homes).supported


def test_opening_hours_and_a_vote_margin_worked_out(scorer):
    clinic = ["The walk-in clinic on Tanner Street will open from 7am to 7pm on weekdays."]
    assert scorer.score("The Tanner Street walk-in clinic will be open for 12 hours each weekday.", clinic).supported
    assert not scorer.score("The Tanner Street walk-in clinic will be open for 10 hours each weekday.",
                            clinic).supported
    vote = ["Members of Ashby Parish Council voted 11 to 3 on Monday to sell the old fire station."]
    assert scorer.score("Ashby Parish Council backed selling the old fire station by a margin of eight votes.",
                        vote).supported
    assert not scorer.score("Ashby Parish Council backed selling the old fire station by a margin of four votes.",
                            vote).supported


def test_a_fare_rise_in_pence_more(scorer):
    fares = ["Tram fares in Holbeck will rise from £1.80 to £2.05 from 1 June, the operator said."]
    result = scorer.score("From 1 June, Holbeck tram fares will be 25p more than they are now.", fares)
    assert "25" not in result.unsupported_terms
    assert "35" in scorer.score("From 1 June, Holbeck tram fares will be 35p more than they are now.",
                                fares).unsupported_terms


def test_the_buyer_named_after_its_description_is_not_the_one_bought(scorer):
    passage = ["Brewer Hollins & Co has been bought by a larger rival, Castlegate Drinks, for £42m. Hollins employs "
               "85 people."]
    assert scorer.score("Castlegate Drinks has taken over Hollins & Co for £42m.", passage).supported
    for claim in ("Hollins & Co has bought its larger rival Castlegate Drinks for £42m.",
                  "Hollins & Co has acquired Castlegate Drinks for £42m."):
        result = scorer.score(claim, passage)
        assert not result.supported, claim
        assert "other way round" in result.reason


def test_a_sentence_going_on_by_they_keeps_the_scene_before_it(scorer):
    passage = ["Police in Ardley are looking for two men after a raid on Sunday night. The men forced open the back door "
               "of Pike's Electricals on Cross Street at about 11pm. They took laptops and phones worth an estimated "
               "£30,000 before driving off in a white van. No one was hurt."]
    result = scorer.score("Laptops and phones worth around £30,000 were stolen from the Cross Street shop.", passage)
    assert result.supported
    assert "neighbouring" not in result.reason
    assert not scorer.score("Laptops and phones worth around £50,000 were stolen from the Cross Street shop.",
                            passage).supported


def test_a_speaker_named_by_the_role_the_passage_gives_them(scorer):
    passage = ["Councillor Ade Mensah, who chairs the housing committee, said the £2m fund would \"bring 40 empty "
               "homes back into use by next spring.\" Council leader Rosa Vane said the fund was overdue."]
    assert scorer.score("The chair of the housing committee said the £2m fund would return 40 empty homes to use by "
                        "next spring.", passage).supported
    result = scorer.score("The council leader said the £2m fund would return 40 empty homes to use by next spring.",
                          passage)
    assert not result.supported
    assert "Mensah" in result.reason


def test_worked_out_figures_beside_another_or_across_two_sentences(scorer):
    unit = ["Queues at the Holm Street passport office have shortened since it changed its hours in May. Visitors now "
            "wait an average of 25 minutes, compared with 1 hour 10 minutes last year. The office now opens from 8am "
            "to 6pm, instead of 9am to 5pm."]
    assert scorer.score("Since May the Holm Street passport office has opened for ten hours a day rather than eight.",
                        unit).supported
    assert not scorer.score("Since May the Holm Street passport office has opened for ten hours a day rather than "
                            "seven.", unit).supported
    assert scorer.score("Visitors to the Holm Street passport office now wait 45 minutes less than last year on "
                        "average.", unit).supported
    assert scorer.score("Average waits at the Holm Street passport office are now 45 minutes shorter than last year.",
                        unit).supported
    assert not scorer.score("Average waits at the Holm Street passport office are now 35 minutes shorter than last "
                            "year.", unit).supported
    homes = ["Plans for 180 flats on the old gasworks site in Tenby have been approved. The inspector ruled that the "
             "scheme's 20 per cent affordable housing outweighed the loss of parking."]
    assert scorer.score("Under the approved plans, 36 of the 180 flats on the Tenby gasworks site will be affordable "
                        "housing.", homes).supported
    assert not scorer.score("Under the approved plans, 54 of the 180 flats on the Tenby gasworks site will be "
                            "affordable housing.", homes).supported


def test_tens_and_units_written_with_a_hyphen(scorer):
    passage = ["The Tamworth beach clean drew 190 volunteers on Saturday, up from 115 last year. Organisers said "
               "twenty-one of them had come from outside the county."]
    assert scorer.score("Seventy-five more volunteers took part in the Tamworth beach clean than last year.",
                        passage).supported
    assert not scorer.score("Sixty-five more volunteers took part in the Tamworth beach clean than last year.",
                            passage).supported
    assert scorer.score("Organisers said 21 of the volunteers came from outside the county.", passage).supported
    assert not scorer.score("Organisers said 20 of the volunteers came from outside the county.", passage).supported


def test_a_figure_worked_out_from_figures_anywhere_in_the_passage(scorer):
    court = ["A 41-year-old roofer from Denby was fined £900 at Derby Crown Court on Monday after admitting "
             "dangerous driving. Carl Moss had overtaken a school bus on the A38 in March, the court heard. The judge "
             "also ordered him to pay £350 in costs. Nobody was hurt."]
    assert scorer.score("With his fine and costs together, Carl Moss was told to pay £1,250 in total.", court).supported
    assert not scorer.score("With his fine and costs together, Carl Moss was told to pay £1,350 in total.",
                            court).supported
    storm = ["Storm Fenna left about 8,200 homes in Devon without power on Tuesday night. Western Power said supplies "
             "had been restored to all but 300 of them by Wednesday lunchtime. Two roads were closed by fallen trees."]
    assert scorer.score("By Wednesday lunchtime power was back on in roughly 7,900 of the homes cut off by the storm.",
                        storm).supported
    assert not scorer.score("By Wednesday lunchtime power was back on in roughly 7,700 of the homes cut off by the "
                            "storm.", storm).supported
    walk = ["Thirty nurses walked the 96-mile Cotswold Way over eight days to raise money for Hartley Ward. They "
            "finished in Bath on 3 June, aged 24 to 61."]
    assert scorer.score("The nurses averaged 12 miles a day over the eight days it took to walk the 96-mile Cotswold "
                        "Way.", walk).supported
    assert not scorer.score("The nurses averaged 14 miles a day over the eight days it took to walk the 96-mile "
                            "Cotswold Way.", walk).supported
    plan = ["Plans for 240 homes on land north of Ripon were approved on Friday. Councillors said the scheme was "
            "overdue. The developer, Fellgate Homes, will build 60 affordable homes and a play park."]
    assert scorer.score("A quarter of the 240 homes approved north of Ripon will be affordable.", plan).supported
    assert scorer.score("Twenty-five per cent of the 240 homes approved north of Ripon will be affordable.",
                        plan).supported
    assert not scorer.score("Thirty per cent of the 240 homes approved north of Ripon will be affordable.",
                            plan).supported


def test_a_gap_said_as_younger_slower_or_a_margin(scorer):
    arrests = ["Police in Frome have arrested two men aged 22 and 29 after a break-in at a pharmacy on Vallis Road. "
               "Both have been released on bail."]
    assert scorer.score("The younger of the two men arrested over the pharmacy break-in is 22, seven years "
                        "younger than the other suspect.", arrests).supported
    assert not scorer.score("The younger of the two men arrested over the pharmacy break-in is 22, five years "
                            "younger than the other suspect.", arrests).supported
    vote = ["Liberal Democrat Anna Kerr won the Eastfield by-election on Thursday with 1,412 votes. Labour's Paul Dent "
            "was second with 1,275. Turnout was 27%."]
    assert scorer.score("Anna Kerr won the Eastfield by-election with a 137-vote margin over Labour.", vote).supported
    assert not scorer.score("Anna Kerr won the Eastfield by-election with a 173-vote margin over Labour.",
                            vote).supported
    buses = ["Passenger numbers on the Ledbury to Malvern bus have dropped from about 700 a day in 2019 to 430 now."]
    assert scorer.score("Daily passengers on the Ledbury to Malvern bus have fallen by around 270 since 2019.",
                        buses).supported
    assert not scorer.score("Daily passengers on the Ledbury to Malvern bus have fallen by around 370 since 2019.",
                            buses).supported
    tribunal = ["A former cleaner has been awarded £9,400 by an employment tribunal in Leeds. Maria Lutz, 47, was "
                "dismissed in May after complaining about unpaid overtime."]
    assert scorer.score("The tribunal awarded the 47-year-old former cleaner £9,400.", tribunal).supported
    assert not scorer.score("The tribunal awarded the 49-year-old former cleaner £9,400.", tribunal).supported


def test_what_is_left_a_target_beaten_a_growth_and_a_rate_worked_out(scorer):
    fraud = ["At Preston Crown Court on Monday, builder Neil Cash was jailed for two years after admitting he took "
             "£31,000 in deposits for work he never did. Judge Ann Price said his victims had been left out of "
             "pocket. Prosecutor Dev Shah said only £6,000 had been repaid so far."]
    assert scorer.score("According to the prosecutor, £25,000 of the deposits Neil Cash took is still owed.",
                        fraud).supported
    assert not scorer.score("According to the prosecutor, £27,000 of the deposits Neil Cash took is still owed.",
                            fraud).supported
    walk = ["A sponsored swim across Lake Windermere has raised £41,200 for Keswick's mountain rescue team. The "
            "10-mile swim was completed over five days by 18 volunteers. The original target had been £25,000."]
    assert scorer.score("The Windermere swim beat its original £25,000 target by £16,200.", walk).supported
    assert not scorer.score("The Windermere swim beat its original £25,000 target by £14,200.", walk).supported
    assert scorer.score("The 18 volunteers averaged 2 miles a day on the 10-mile swim.", walk).supported
    assert not scorer.score("The 18 volunteers averaged 3 miles a day on the 10-mile swim.", walk).supported
    firm = ["Printing firm Inkwell is to open a second site in Barnsley, creating 60 jobs. The company, founded in "
            "1994, currently employs 140 people at its Penistone works."]
    assert scorer.score("Once the Barnsley site opens, Inkwell's workforce should grow from 140 to 200.",
                        firm).supported
    assert not scorer.score("Once the Barnsley site opens, Inkwell's workforce should grow from 140 to 80.",
                            firm).supported
    hall = ["The Guildhall in Stroud will reopen in May after a £2.1 million refit. Its seating has been increased "
            "from 300 to 420. Rain fell on 19 of the 30 days of the final month of work."]
    assert scorer.score("The refit of the Guildhall in Stroud has added 120 seats.", hall).supported
    assert not scorer.score("The refit of the Guildhall in Stroud has added 150 seats.", hall).supported
    assert scorer.score("Only 11 days of the last month of work on the Guildhall were free of rain.", hall).supported
    assert not scorer.score("Only 12 days of the last month of work on the Guildhall were free of rain.",
                            hall).supported


def test_a_figure_worked_out_from_two_sentences_joins_their_names(scorer):
    vote = ["Green Party candidate Rhea Lund won the Abbey ward by-election in York on Thursday with 1,530 votes, "
            "taking the seat from Labour. Labour's Colin Ward came second with 1,240 votes. Turnout was 29 per cent."]
    assert scorer.score("Rhea Lund took Abbey ward from Labour for the Greens, finishing 290 votes ahead of Colin "
                        "Ward.", vote).supported
    assert not scorer.score("Rhea Lund took Abbey ward from Labour for the Greens, finishing 390 votes ahead of Colin "
                            "Ward.", vote).supported


def test_an_opposition_title_is_no_stance(scorer):
    passage = ["Ardale Council voted 7 to 3 on Monday to close the Mill Lane library from April. Council leader Sue "
               "Patel said the closure would save £90,000 a year. Opposition councillor Ian Roe said residents would "
               "have to travel to Kingsbridge."]
    result = scorer.score("The council leader said closing the Mill Lane library, which councillors backed, would save "
                          "£90,000 a year.", passage)
    assert "Opposition" not in result.reason
    assert result.supported
    assert not scorer.score("The council leader said closing the Mill Lane library, which councillors backed, would "
                            "save £60,000 a year.", passage).supported


def test_a_fraction_of_a_total_and_a_bounded_length_of_time(scorer):
    litter = ["Volunteers cleared 2.4 tonnes of rubbish from Brean beach during a two-day clean-up. Items found "
              "included 12 tyres and a fridge. Organiser Jo Mears said plastic made up about three-quarters of the "
              "total weight."]
    assert scorer.score("Plastic accounted for roughly 1.8 tonnes of the rubbish cleared from Brean beach, the "
                        "organiser said.", litter).supported
    assert not scorer.score("Plastic accounted for roughly 1.6 tonnes of the rubbish cleared from Brean beach, the "
                            "organiser said.", litter).supported
    assert not scorer.score("Items found on Brean beach included 12 tyres and two fridges.", litter).supported
    line = ["Network Rail will close the line between Hereford and Ledbury for 17 days from 3 August to replace a "
            "bridge. Replacement buses will run throughout."]
    assert scorer.score("Passengers between Hereford and Ledbury will need replacement buses for more than two weeks "
                        "from 3 August.", line).supported
    assert not scorer.score("Passengers between Hereford and Ledbury will need replacement buses for more than three "
                            "weeks from 3 August.", line).supported


def test_consolidation_is_the_other_side_of_fragmentation(scorer):
    passage = ["The coalition's collapse, driven by budget cuts and political fragmentation, leaves the region without "
               "a clear voice in the talks."]
    result = scorer.score("Budget cuts and growing political consolidation drove the coalition's collapse.", passage)
    assert not result.supported
    assert "consolidation" in result.reason
    assert scorer.score("Budget cuts and a splintering of politics drove the coalition's collapse.", passage).supported


def test_a_figure_put_on_what_the_passage_counts_with_another(scorer):
    passage = ["Greggs is a British bakery chain that, as of 2024, has about 2,500 shops located in more than 300 "
               "towns."]
    result = scorer.score("Greggs operates in about 2,500 towns.", passage)
    assert not result.supported
    assert "2,500 shops" in result.reason
    assert scorer.score("Greggs has roughly 2,500 shops.", passage).supported
    assert scorer.score("Greggs has shops in more than 300 towns.", passage).supported


def test_a_figure_a_passage_sets_against_another_and_a_count_from_a_share(scorer):
    tram = ["A new bus station opened in Kelby on Monday, a year late. It has twelve stands and a cafe. The project "
            "cost £36 million, £8 million more than its original budget."]
    assert scorer.score("The Kelby bus station had originally been budgeted at £28 million.", tram).supported
    assert not scorer.score("The Kelby bus station had originally been budgeted at £30 million.", tram).supported
    homes = ["Plans for 250 new homes on the former Kelby brickworks site have been given the go-ahead. Developer Orton "
             "Homes says 40% of the properties will be offered as affordable housing. The scheme also includes a park "
             "and a shop. Work is due to begin in the spring."]
    assert scorer.score("Orton Homes says 100 of the 250 new homes will be offered as affordable housing.",
                        homes).supported
    assert not scorer.score("Orton Homes says 110 of the 250 new homes will be offered as affordable housing.",
                            homes).supported


def test_the_day_after_a_named_day(scorer):
    passage = ["Police in Yeovil have arrested a man after £8,000 of bicycles were stolen from a shop on Market Street. "
               "The break-in happened at about 3am on Friday 14 March. Officers found most of the bikes in a shed in "
               "Martock the following day."]
    assert scorer.score("Officers found most of the stolen bikes in a shed in Martock on Saturday 15 March.",
                        passage).supported
    assert not scorer.score("Officers found most of the stolen bikes in a shed in Martock on Sunday 16 March.",
                            passage).supported
    assert not scorer.score("Officers found most of the stolen bikes in a shed in Martock on Thursday 13 March.",
                            passage).supported


def test_the_words_of_a_quoted_title_do_not_back_the_things_they_say(scorer):
    passage = ['Lauded for his stage work, he came to television in the BBC drama "Sons of the Sea", playing Captain '
               'Ed Rowe. Rowe was portrayed in "Sons of the Sea" by Tom Hale.']
    question = "What is the connection between Tom Hale and Ed Rowe?"
    result = scorer.score("Tom Hale played Ed Rowe's son.", passage, question)
    assert not result.supported
    assert "son" in result.unsupported_terms
    assert scorer.score("Tom Hale played Ed Rowe.", passage, question).supported
    assert scorer.score("Tom Hale portrayed Ed Rowe in Sons of the Sea.", passage, question).supported


def test_a_sum_given_to_the_body_that_paid_the_rest(scorer):
    passage = ["Pupils at Hartfield Primary will move into a new £5.2 million building in April. Kent County Council "
               "paid £3.4 million of the cost, with the remainder covered by the Department for Education."]
    result = scorer.score("The Department for Education paid £3.4 million towards the new Hartfield building, with "
                          "Kent County Council covering the rest.", passage)
    assert not result.supported
    assert "Kent County Council" in result.reason
    assert scorer.score("Kent County Council paid £3.4 million towards the new Hartfield building, with the "
                        "Department for Education covering the rest.", passage).supported


def test_an_act_another_sentence_denies(scorer):
    passage = ["Marston Cricket Club has been fined £2,000 and docked 12 points for fielding an unregistered player, "
               "the county board ruled on Monday. The penalty drops Marston to seventh in the table. Club chairman "
               "Paul Dean called it a clerical error and said the club would not appeal."]
    result = scorer.score("Marston's chairman said the club would appeal against the county board's ruling.", passage)
    assert not result.supported
    assert "not appeal" in result.unsupported_terms
    assert scorer.score("Marston's chairman said the club would not appeal against the county board's ruling.",
                        passage).supported


def test_a_figure_whose_clause_is_told_in_the_other_sentence(scorer):
    passage = ["Ashby Cricket Club won the Midland Trophy for the first time on Saturday, beating Ravenscar by 41 runs "
               "at Park Road. Captain Tom Lyle top-scored with 83 as Ashby posted 212 for 7 from their 40 overs."]
    assert scorer.score("It was Ashby's first Midland Trophy win, and their captain was top scorer with 83.",
                        passage).supported
    assert not scorer.score("It was Ashby's first Midland Trophy win, and their captain was top scorer with 88.",
                            passage).supported
    assert not scorer.score("Ashby won the Midland Trophy by 83 runs.", passage).supported


def test_a_comma_inside_a_sum_ends_no_clause(scorer):
    passage = ["A nurse who was dismissed after reporting unsafe staffing at Elm Lodge has won £31,400 at an "
               "employment tribunal. Judge Ann Cole ruled that Grace Obi had been unfairly dismissed."]
    assert scorer.score("A nurse who reported unsafe staffing at Elm Lodge won £31,400 at a tribunal after being "
                        "dismissed.", passage).supported
    assert scorer.score("The judge found that Grace Obi's dismissal was unfair.", passage).supported
    assert not scorer.score("The judge found that Grace Obi's dismissal was fair.", passage).supported


def test_a_title_and_a_surname(scorer):
    passage = ["Northgate University will cut its intake by 10 percent, vice-chancellor Professor Ruth Adeyemi told "
               "staff on Monday. Adeyemi said no jobs would go but some courses would be merged."]
    assert scorer.score("Professor Adeyemi told staff that some courses would be combined.", passage).supported
    assert not scorer.score("Professor Adams told staff that some courses would be combined.", passage).supported


def test_what_is_left_after_a_cut_and_a_record_beaten_by_a_margin(scorer):
    jobs = ["Packaging firm Dunmore Box will cut 60 jobs at its plant in Selby after losing a supermarket contract. "
            "The plant currently employs 240 people."]
    assert scorer.score("Once the cuts are made, the Selby plant will employ 180 people.", jobs).supported
    assert not scorer.score("Once the cuts are made, the Selby plant will employ 190 people.", jobs).supported
    heat = ["Temperatures in Whitby reached 31.6C on Monday, breaking the town's June record set in 2017 by 0.9C."]
    assert scorer.score("Whitby's previous June record was 30.7C, set in 2017.", heat).supported
    assert not scorer.score("Whitby's previous June record was 30.2C, set in 2017.", heat).supported


def test_a_country_s_title_and_a_clock_range_over_two_days(scorer):
    brief = ["The talks include the Chilean government under President Ana Roca. President Roca, facing a faltering "
             "economy, is expected to call early elections. The elections could complicate Chile's trade talks."]
    assert scorer.score("Chile's president is expected to call early elections.", brief).supported
    assert not scorer.score("Peru's president is expected to call early elections.", brief).supported
    snow = ["A yellow warning for ice is in force from 8pm on Sunday until noon on Monday across the moors."]
    assert scorer.score("The ice warning lasts 16 hours, from Sunday night until noon on Monday.", snow).supported
    assert not scorer.score("The ice warning lasts 18 hours, from Sunday night until noon on Monday.", snow).supported


def test_pushing_back_is_countering_and_a_faltering_economy_a_struggling_one(scorer):
    passage = ["President Lima, facing a struggling economy, is attempting to balance security demands with economic "
               "liberalization, creating friction with sectors advocating for stronger state controls. The EU, led by "
               "Commissioner Hale, is focused on leveraging trade opportunities, and utilizing police cooperation to "
               "counter organised crime and terrorism."]
    assert scorer.score("The EU is relying on police cooperation to push back against organised crime and terrorism.",
                        passage).supported
    assert scorer.score("President Lima, facing a faltering economy, is trying to balance security demands with "
                        "economic liberalization.", passage).supported
    assert not scorer.score("President Lima, facing a booming economy, is trying to balance security demands with "
                            "economic liberalization.", passage).supported
    homes = ["A plan for 90 homes at Mill Lane in Ashby was rejected by the council's planning committee on Friday."]
    result = scorer.score("Ashby's planning committee turned down a plan for 90 homes at Mill Lane.", homes)
    assert result.supported and "turned" not in result.unsupported_terms


def test_a_gap_set_between_other_sides(scorer):
    passage = ["Ashton United came from a goal down to beat Lydford Town 2-1 on Saturday. The win lifts Ashton to fifth "
               "in the Western League, four points behind leaders Morley Park."]
    result = scorer.score("Lydford Town top the Western League, four points ahead of Ashton United.", passage)
    assert not result.supported
    assert "Morley Park" in result.reason
    assert scorer.score("Ashton United are fifth in the Western League, four points behind Morley Park.",
                        passage).supported


def test_an_officer_speaks_for_the_body(scorer):
    passage = ["Harbury Port handled 1.2 million tonnes of cargo last year, the port said on Monday. Managing director "
               "Alan Rees said the port plans to build a new quay by 2028, creating 90 jobs."]
    assert scorer.score("Harbury Port says it plans to build a new quay by 2028, creating 90 jobs.", passage).supported
    result = scorer.score("Harbury Council says the port plans to build a new quay by 2028, creating 90 jobs.", passage)
    assert not result.supported


def test_putting_a_result_down_to_a_cause_credits_it(scorer):
    passage = ["Pupils at Eastfield School achieved their best exam results in a decade, with 68 percent gaining a "
               "grade 4 or above in English and maths, up from 55 percent last year. Headteacher Mary Cole credited a "
               "new after-school homework club, which around 90 pupils attended."]
    assert scorer.score("Cole put the better results down to a new after-school homework club attended by about 90 "
                        "pupils.", passage).supported
    assert not scorer.score("Cole put the better results down to a new after-school homework club attended by about "
                            "190 pupils.", passage).supported


def test_a_rounded_figure_and_its_hedge(scorer):
    passage = ["At Preston Crown Court on Monday, Judge Ian Cross jailed Mark Hale, 51, for two years for fraud. Hale, a "
               "former treasurer of Fulwood Bowls Club, admitted taking £38,700 from the club's accounts."]
    assert scorer.score("The 51-year-old pleaded guilty to taking almost £40,000 from the bowls club.", passage).supported
    assert not scorer.score("The 51-year-old pleaded guilty to taking almost £38,000 from the bowls club.",
                            passage).supported
    litter = ["Volunteers removed 2.8 tonnes of litter from the banks of the River Tees during a clean-up last weekend. "
              "More than 150 people took part, including pupils from Egglescliffe School."]
    assert scorer.score("Volunteers removed close to three tonnes of litter from the banks of the Tees.",
                        litter).supported
    assert not scorer.score("Volunteers removed close to four tonnes of litter from the banks of the Tees.",
                            litter).supported


def test_worked_out_totals_remainders_spans_and_halvings(scorer):
    homes = ["The council approved plans for 180 homes east of Diss. Developer Avon Homes will also contribute £1.3 "
             "million towards a new school and £170,000 to improve the A140 junction."]
    assert scorer.score("Avon Homes will put almost £1.5 million in total towards a new school and road improvements.",
                        homes).supported
    assert not scorer.score("Avon Homes will put almost £2.5 million in total towards a new school and road "
                            "improvements.", homes).supported
    income = ["The charity's income was £530,000, of which £310,000 came from public donations."]
    assert scorer.score("Apart from public donations, the charity's income came to £220,000.", income).supported
    assert not scorer.score("Apart from public donations, the charity's income came to £240,000.", income).supported
    survey = ["Researchers found that frog numbers in Kent ponds fell by 31 per cent between 2012 and 2024."]
    assert scorer.score("Frog numbers in Kent ponds fell by 31 per cent over twelve years.", survey).supported
    assert not scorer.score("Frog numbers in Kent ponds fell by 31 per cent over ten years.", survey).supported
    bus = ["The route carried an average of 41 passengers a day last year, down from 97 in 2019."]
    assert scorer.score("Daily use of the route has more than halved since 2019.", bus).supported
    assert not scorer.score("Daily use of the route has more than doubled since 2019.", bus).supported


def test_a_month_given_another_year_and_a_rejection_said_as_thrown_out(scorer):
    school = ["Ofsted rated Elm Park School as good, up from requires improvement at its last inspection in 2020. Head "
              "teacher Sara Khan, who joined in April 2022, said staff had worked hard."]
    result = scorer.score("Khan took over as head teacher in April 2020, the year of the previous inspection.", school)
    assert not result.supported
    assert "April 2022" in result.reason
    assert scorer.score("Khan took over as head teacher in April 2022.", school).supported
    plan = ["The planning committee on Tuesday approved plans for 90 homes at Hill Farm. The committee voted seven to "
            "two in favour."]
    assert not scorer.score("The planning committee threw out the plans for 90 homes at Hill Farm.", plan).supported


def test_steeper_falls_against_smaller_ones_and_an_emergency_department_called_a_and_e(scorer):
    study = ["Hedgehog numbers in Devon gardens fell by 28 per cent. Gardens with a gap in the fence saw much smaller "
             "declines."]
    assert not scorer.score("Gardens with a gap in the fence saw much steeper falls in hedgehog numbers.",
                            study).supported
    hospital = ["At Kingsway Hospital's accident and emergency department, 74 per cent of patients were seen within "
                "four hours in May, compared with 69 per cent in April."]
    assert scorer.score("Kingsway Hospital's A&E saw 74 per cent of patients within four hours in May.",
                        hospital).supported
    assert scorer.score("At Kingsway's A&E the share seen within four hours rose by five percentage points from April "
                        "to May.", hospital).supported
    assert not scorer.score("At Kingsway's A&E the share seen within four hours rose by seven percentage points from "
                            "April to May.", hospital).supported


def test_a_person_called_after_a_place_they_are_not_from(scorer):
    passage = ["Sheep farmer Dafydd Morgan, of Bala in Gwynedd, has been named Farmer of the Year at a ceremony in "
               "Llandudno on Friday night. Morgan, 44, keeps 900 ewes."]
    result = scorer.score("The award went to a Llandudno sheep farmer who keeps 900 ewes.", passage)
    assert not result.supported
    assert "Bala" in result.reason
    assert scorer.score("The award went to a Gwynedd sheep farmer who keeps 900 ewes.", passage).supported


def test_a_speaker_named_by_the_head_word_of_their_title(scorer):
    passage = ["A former cleaner has been awarded £9,400 by an employment tribunal in Leeds after being unfairly "
               "dismissed by Brightway Services. Employment Judge Carol Dyer said the company had 'failed to follow "
               "even basic procedures'."]
    assert scorer.score("The tribunal judge found that Brightway had not followed even basic procedures.",
                        passage).supported
    assert not scorer.score("The company's lawyer found that Brightway had not followed even basic procedures.",
                            passage).supported


def test_double_the_price_and_support_said_as_in_favour(scorer):
    permits = ["Leeds City Council agreed on Tuesday to introduce a residents' parking scheme in Headingley. Permits "
               "will cost £45 a year for a first vehicle and £90 for a second."]
    assert scorer.score("A permit for a household's second car will cost double the price of the first.",
                        permits).supported
    assert not scorer.score("A permit for a household's second car will cost triple the price of the first.",
                            permits).supported
    vote = ["The planning committee voted eight to three in favour of the plans for 40 homes."]
    assert scorer.score("The planning committee supported the plans for 40 homes by eight votes to three.",
                        vote).supported


def test_a_length_in_metres_and_the_gap_between_two_lengths_of_time(scorer):
    race = ["Runner Amy Cole set a Scottish record of 15 minutes 2.4 seconds in the 5,000 metres on Sunday. She beat "
            "the previous mark, held by Jo Reid since 2018, by 2.1 seconds."]
    assert scorer.score("Cole lowered the Scottish 5,000m record by 2.1 seconds.", race).supported
    assert not scorer.score("Cole lowered the Scottish 3,000m record by 2.1 seconds.", race).supported
    calls = ["Average ambulance response times for the most serious calls rose to 9 minutes 25 seconds in March, "
             "against a target of 7 minutes."]
    assert scorer.score("In March the average response was two minutes 25 seconds over the seven-minute target.",
                        calls).supported
    assert not scorer.score("In March the average response was three minutes 25 seconds over the seven-minute target.",
                            calls).supported


def test_a_person_brought_in_unnamed_and_named_in_the_next_sentence(scorer):
    passage = ["A hospital porter who was sacked after raising concerns about patient safety at Elmwood Hospital has won "
               "£21,300 at an employment tribunal. Judge Peter Holt ruled on Monday that Grace Adeyemi, 38, had been "
               "unfairly dismissed."]
    assert scorer.score("An employment tribunal awarded Adeyemi £21,300 after finding her dismissal from Elmwood "
                        "unfair.", passage).supported
    assert not scorer.score("Judge Holt won £21,300 at an employment tribunal.", passage).supported


def test_minutes_before_full_time_and_a_player_off_the_bench(scorer):
    passage = ["Hexley Town came from behind to beat Ardley United 2-1 at Mill Park on Saturday, with substitute Owen "
               "Clarke scoring the winner in the 87th minute."]
    assert scorer.score("Clarke, who came off the bench, scored the winner three minutes before the end of normal "
                        "time.", passage).supported
    assert not scorer.score("Clarke, who came off the bench, scored the winner five minutes before the end of normal "
                            "time.", passage).supported


def test_a_tool_is_something_used(scorer):
    passage = ["The EU, led by Commissioner Hale, is focused on leveraging trade opportunities, and utilizing police "
               "cooperation to counter organised crime and terrorism."]
    result = scorer.score("The EU also relies on police cooperation as a tool against organised crime and terrorism.",
                          passage)
    assert result.supported and "tool" not in result.unsupported_terms
    assert not scorer.score("The UN also relies on police cooperation as a tool against organised crime and "
                            "terrorism.", passage).supported


def test_a_scheme_is_a_plan_and_taking_effect_is_starting(scorer):
    passage = ["Leeds City Council's cabinet agreed on Tuesday to introduce a residents' parking scheme in Headingley "
               "from 1 May."]
    result = scorer.score("The council's cabinet agreed a residents' parking plan for Headingley, which takes effect "
                          "on 1 May.", passage)
    assert result.supported and not {"plan", "effect", "takes"} & set(result.unsupported_terms)
    assert not scorer.score("The council's cabinet agreed a residents' parking plan for Headingley, which takes effect "
                            "on 1 June.", passage).supported


def test_an_earlier_mark_worked_out_from_a_winning_time_and_its_margin(scorer):
    passage = ["Harriers runner Kate Owen broke the course record at the Dales Half Marathon on Sunday, finishing in 1 "
               "hour 14 minutes 9 seconds. The 29-year-old beat the previous best, set in 2019, by 38 seconds."]
    assert scorer.score("The previous Dales Half Marathon course record was 1 hour 14 minutes 47 seconds.",
                        passage).supported
    assert not scorer.score("The previous Dales Half Marathon course record was 1 hour 14 minutes 57 seconds.",
                            passage).supported


def test_a_describing_word_in_ing_is_no_act(scorer):
    passage = ["A 41-year-old taxi driver from Ashby was jailed for ten months on Monday. Judge Clare Nolan also "
               "banned him from driving for four years."]
    assert scorer.score("On top of a four-year driving ban, Judge Nolan jailed the taxi driver for ten months.",
                        passage).supported
    assert not scorer.score("On top of a six-year driving ban, Judge Nolan jailed the taxi driver for ten months.",
                            passage).supported


def test_a_speaker_named_by_what_the_passage_says_they_are(scorer):
    passage = ["A new eye clinic will open at Parkgate Hospital in May, North Downs Health Board said. Dr Amir Shah, "
               "the board's clinical director, said waiting lists for cataract surgery had doubled since 2022."]
    assert scorer.score("According to the health board's clinical director, cataract surgery waiting lists have "
                        "doubled since 2022.", passage).supported
    assert not scorer.score("According to the health board's finance director, cataract surgery waiting lists have "
                            "doubled since 2022.", passage).supported


def test_the_place_a_story_is_set_in_describes_it_in_any_sentence(scorer):
    passage = ["Hollins Primary School in Marsby has been rated 'good' by inspectors for the first time. The report "
               "praised its work with the 44 pupils who speak English as an additional language. The school has 268 "
               "pupils on roll."]
    assert scorer.score("Of the 268 pupils at the Marsby school, 44 speak English as an additional language.",
                        passage).supported
    assert not scorer.score("Of the 268 pupils at the Carlby school, 44 speak English as an additional language.",
                            passage).supported


def test_the_two_points_back_at_a_named_pair(scorer):
    passage = ["The long history of Anglo-Irish trade talks shows steady gains. Disputes over fishing rights in the "
               "1990s held back joint work on shared coastal waters."]
    assert scorer.score("Fishing disputes in the 1990s held back joint work on coastal waters the two countries "
                        "share.", passage).supported
    assert not scorer.score("Fishing disputes in the 1980s held back joint work on coastal waters the two countries "
                            "share.", passage).supported


def test_a_year_and_a_half_is_eighteen_months(scorer):
    passage = ["Harlow Council approved plans for a new leisure centre on Tuesday. Work is expected to begin in "
               "March and last 18 months."]
    result = scorer.score("Work on the leisure centre should begin in March and take a year and a half.", passage)
    assert result.supported and not {"year", "half"} & set(result.unsupported_terms)
    assert not scorer.score("Work on the leisure centre should begin in March and take two and a half years.",
                            passage).supported


def test_a_figure_told_with_its_own_words_further_on(scorer):
    passage = ["Police in Dorford have arrested two women aged 27 and 45 after £8,000 worth of jewellery was stolen "
               "from a shop on Mill Street. The break-in happened between 10pm on Sunday and 6am on Monday, when staff "
               "found the back door forced open. Detective Constable Amy Lund said about a third of the jewellery had "
               "been found in a car park in Eastleigh. Both women have been released on bail until 3 June."]
    assert scorer.score("Two women, aged 27 and 45, who were arrested over the Mill Street theft have been bailed "
                        "until 3 June.", passage).supported
    assert not scorer.score("Two women, aged 27 and 45, who were arrested over the Mill Street theft have been bailed "
                            "until 8 June.", passage).supported


def test_thousands_written_with_k_and_a_gap_in_percentage_points(scorer):
    passage = ["The developer, Ashdown Homes, must contribute £240,000 towards a new play area before building starts. "
               "Online orders made up 41% of the firm's sales, compared with 33% a year earlier."]
    result = scorer.score("Ashdown Homes has to pay £240k towards a new play area before building starts.", passage)
    assert result.supported and "k" not in result.unsupported_terms
    assert not scorer.score("Ashdown Homes has to pay £420k towards a new play area before building starts.",
                            passage).supported
    assert scorer.score("The online share of the firm's sales went up by eight percentage points in a year.",
                        passage).supported
    assert not scorer.score("The online share of the firm's sales went up by six percentage points in a year.",
                            passage).supported


def test_a_hedged_length_of_time_in_another_unit(scorer):
    passage = ["From Monday 2 May, the Kelby Lane footbridge will be closed for 12 weeks while its supports are "
               "replaced."]
    assert scorer.score("The Kelby Lane footbridge will be closed for roughly three months from Monday 2 May.",
                        passage).supported
    assert not scorer.score("The Kelby Lane footbridge will be closed for roughly five months from Monday 2 May.",
                            passage).supported


def test_a_title_with_the_surname_and_cllr_for_councillor(scorer):
    passage = ["Employment Judge Sarah Kemp found that the firm had failed to follow its own grievance procedure. "
               "Councillor Peter Wynn voted against the increase in parking charges."]
    result = scorer.score("Judge Kemp found that the firm had failed to follow its own grievance procedure.", passage)
    assert result.supported and "Judge" not in result.unsupported_terms
    result = scorer.score("Cllr Wynn voted against the increase in parking charges.", passage)
    assert result.supported and "Cllr" not in result.unsupported_terms
    assert not scorer.score("Cllr Dunn voted against the increase in parking charges.", passage).supported


def test_an_act_given_to_someone_the_passage_has_not_do_it(scorer):
    policy = ["From 1 June, staff at Harbury Mutual may work from home on two days a week. The policy was approved by "
              "the executive board on 3 March. HR director Tom Ellis said teams would still meet weekly."]
    assert not scorer.score("HR director Tom Ellis approved the home-working policy on 3 March.", policy).supported
    assert scorer.score("The executive board approved the home-working policy on 3 March.", policy).supported
    trees = ["Volunteers from the Elmford Wildlife Group planted 1,800 trees on Sunday. The saplings, mostly oak and "
             "birch, were donated by the Cotswold Forest Trust."]
    assert not scorer.score("The Elmford Wildlife Group donated the saplings to the Cotswold Forest Trust.",
                            trees).supported
    assert scorer.score("The Cotswold Forest Trust donated the saplings, mostly oak and birch.", trees).supported


def test_a_place_is_not_the_county_named_after_it(scorer):
    passage = ["Sales at Brindle & Crake, the Yorkshire furniture retailer, rose 9% to £31.2 million. The company opened "
               "two new showrooms, in Leeds and Hull, and closed its outlet in Selby."]
    assert scorer.score("Brindle & Crake opened two new showrooms, in Leeds and Hull, and closed its Selby outlet.",
                        passage).supported
    assert not scorer.score("Brindle & Crake opened two new showrooms, in Leeds and York, and closed its Selby outlet.",
                            passage).supported


def test_a_hedged_count_worked_out_from_a_share_of_a_whole(scorer):
    passage = ["The policy was approved after a staff survey in which 64% of the 1,250 respondents asked for more "
               "flexible hours."]
    assert scorer.score("More than 750 of the 1,250 respondents to the staff survey asked for more flexible hours.",
                        passage).supported
    assert not scorer.score("More than 950 of the 1,250 respondents to the staff survey asked for more flexible "
                            "hours.", passage).supported


def test_a_person_of_a_department_is_in_no_one_elses_place(scorer):
    passage = ["HR director Omar Haddad said teams would still be expected to meet in the office at least once a "
               "month."]
    assert scorer.score("Mr Haddad of HR said teams would still be expected to meet in the office at least once a "
                        "month.", passage).supported
    assert not scorer.score("Ms Okoro of HR said teams would still be expected to meet in the office at least once "
                            "a month.", passage).supported


def test_upholding_is_not_rejecting_and_deferring_is_not_approving(scorer):
    passage = ["The tribunal rejected a separate claim of unequal pay brought by Ms Grant. The finance committee "
               "deferred a decision on buying a new minibus until June."]
    assert not scorer.score("The tribunal also upheld Ms Grant's separate claim of unequal pay.", passage).supported
    assert scorer.score("The tribunal also threw out Ms Grant's separate claim of unequal pay.", passage).supported
    assert not scorer.score("The finance committee approved buying a new minibus.", passage).supported
    assert scorer.score("The finance committee postponed its decision on buying a new minibus until June.",
                        passage).supported


def test_those_left_without_worked_out_from_a_count_of_those_with(scorer):
    passage = ["The Marsh Community Fund has awarded £12,000 to Elm Street Allotments. The fund received 58 "
               "applications in this round and made 14 awards."]
    assert scorer.score("Of the 58 bids the Marsh Community Fund received this round, 44 did not get an award.",
                        passage).supported
    assert not scorer.score("Of the 58 bids the Marsh Community Fund received this round, 34 did not get an award.",
                            passage).supported


def test_a_figure_only_each_sentence_gives_joins_the_two(scorer):
    passage = ["Volunteers from the Hallam Rivers Society planted 1,900 native trees on Sunday along the River Dane "
               "near Oakley Mill. The saplings were donated by the Peak Woodland Trust. Around 60 people took part, "
               "including pupils from Oakley Primary School."]
    assert scorer.score("Roughly 60 volunteers, some of them Oakley Primary pupils, helped put the 1,900 trees in "
                        "along the Dane.", passage).supported
    assert not scorer.score("Roughly 60 volunteers, some of them Oakley Primary pupils, helped put the 2,900 trees "
                            "in along the Dane.", passage).supported


def test_one_persons_thing_given_to_another(scorer):
    passage = ["Harton led through a Jamie Cole penalty after 9 minutes and Ryan Webb's header just before half-time."]
    assert not scorer.score("Ryan Webb put Harton in front from the penalty spot after 9 minutes.", passage).supported
    assert scorer.score("Jamie Cole put Harton in front from the penalty spot after 9 minutes.", passage).supported


def test_a_speaker_described_after_the_name_and_a_specialist_who_says(scorer):
    passage = ['Funding is not the main problem. "The real issue is a systemic failure of planning," argues Dr. Maria '
               'Lenz, a specialist in Baltic trade policy at the Riga Institute.']
    assert scorer.score("The paper quotes a Baltic trade policy specialist who says the real issue is a systemic "
                        "failure of planning.", passage).supported
    result = scorer.score("The paper quotes a Baltic trade minister who says the real issue is a systemic failure "
                          "of planning.", passage)
    assert not result.supported and "a Baltic trade minister" in result.unsupported_terms
    school = ['Ofsted has upgraded Hill Top School in Leeds to "good". Headteacher Ann Cole said staff had worked '
              'hard. Inspectors said attendance, at 91 per cent, still needed attention.']
    result = scorer.score("Although the Leeds school is now rated good, Ann Cole said its 91 per cent attendance "
                          "still needed attention.", school)
    assert not result.supported and "Ann Cole" in result.unsupported_terms


def test_hedged_figures_from_two_sentences(scorer):
    passage = ["An employment tribunal in Leeds has ruled that Harlow Freight unfairly dismissed driver Sean Pryce "
               "after 18 years' service. Employment Judge Amy Ross found that the firm had not followed its own "
               "procedure. She awarded him £31,240 in compensation."]
    assert scorer.score("Mr Pryce, who had driven for Harlow Freight for almost two decades, was awarded just over "
                        "£31,000.", passage).supported
    assert not scorer.score("Mr Pryce, who had driven for Harlow Freight for almost three decades, was awarded just "
                            "over £31,000.", passage).supported


def test_a_share_of_a_count_of_the_things_named(scorer):
    passage = ["An inspection by county engineers in May found that four of the twelve supports under the Mill Lane "
               "bridge had lost more than a fifth of their thickness."]
    assert scorer.score("Engineers found in May that a third of the Mill Lane bridge's supports had lost over 20% "
                        "of their thickness.", passage).supported
    assert not scorer.score("Engineers found in May that half of the Mill Lane bridge's supports had lost over 20% "
                            "of their thickness.", passage).supported


def test_a_fraction_of_a_year_in_months(scorer):
    passage = ["Clerk Jane Hollis reported that the council's reserves stood at £41,000, equivalent to about nine "
               "months of spending."]
    result = scorer.score("The clerk said the £41,000 in reserves would cover roughly three-quarters of a year's "
                          "spending.", passage)
    assert result.supported and not {"three quarters", "three-quarters"} & set(result.unsupported_terms)
    assert not scorer.score("The clerk said the £41,000 in reserves would cover roughly two thirds of a year's "
                            "spending.", passage).supported


def test_the_rest_of_a_count_said_with_a_denial(scorer):
    passage = ["Only four of the 23 dental practices in the Ashby area are accepting new adult NHS patients, a survey "
               "has found."]
    assert scorer.score("Nineteen of the Ashby area's 23 dental practices are not taking on new adult NHS patients.",
                        passage).supported
    assert not scorer.score("Seventeen of the Ashby area's 23 dental practices are not taking on new adult NHS "
                            "patients.", passage).supported


def test_a_month_ends_the_phrase_from_opens_and_a_sum_is_no_year(scorer):
    passage = ["Councillors approved a 4.8% rise. The increase will add about £80 a year to a typical Band C bill, "
               "taking it to £1,960."]
    assert scorer.score("From April a typical Band C bill will rise by roughly £80 a year to just over £1,950.",
                        passage).supported
    assert not scorer.score("From April a typical Band C bill will rise by roughly £80 a year to just over £1,990.",
                            passage).supported


def test_years_and_months_in_months(scorer):
    passage = ["Judge Ruth Carr jailed Mark Ellery for two years and three months for the fraud."]
    assert scorer.score("Mr Ellery was given a 27-month prison sentence for the fraud.", passage).supported
    assert not scorer.score("Mr Ellery was given a 30-month prison sentence for the fraud.", passage).supported


def test_a_person_brought_in_unnamed_and_named_with_an_age(scorer):
    passage = ["A former treasurer who stole £52,000 from a Harlow bowls club has been jailed for two years. Mark "
               "Ellery, 61, made 140 transfers into his own accounts between 2019 and 2023 while running the club's "
               "books, Harlow Crown Court heard. He admitted fraud at an earlier hearing."]
    assert scorer.score("Mr Ellery was jailed for two years for stealing from the bowls club.", passage).supported
    assert not scorer.score("Mr Ellery was jailed for three years for stealing from the bowls club.",
                            passage).supported


def test_a_span_between_two_months(scorer):
    passage = ["Retailer Dunmore Home has recalled 8,000 heaters sold between March 2023 and September 2023."]
    assert scorer.score("The recalled heaters were sold over a period of six months.", passage).supported
    assert not scorer.score("The recalled heaters were sold over a period of nine months.", passage).supported


def test_half_a_million_pounds(scorer):
    passage = ["The study, published on Monday, was funded by a £470,000 grant from the Ellis Trust."]
    assert scorer.score("The study was paid for by a grant of almost half a million pounds.", passage).supported
    assert not scorer.score("The study was paid for by a grant of over half a million pounds.", passage).supported


def test_a_number_that_labels_a_thing_is_no_count(scorer):
    passage = ["Maker Pellow has recalled 9,000 kettles. It had 12 reports of leaks, including three scalds. The "
               "affected model, the BrewMax 7, sold for £39."]
    assert not scorer.score("Pellow had 12 reports of leaks, seven of which involved scalds.", passage).supported
    assert scorer.score("Pellow had 12 reports of leaks, three of which involved scalds.", passage).supported


def test_the_company_named_as_a_body(scorer):
    passage = ["Appliance maker Corvo has recalled 9,000 kettles sold in 2023. The company said a faulty switch could "
               "cause the units to overheat."]
    assert scorer.score("Corvo said a faulty switch could make the kettles overheat.", passage).supported
    assert not scorer.score("The regulator said a faulty switch could make the kettles overheat.", passage).supported


def test_a_day_given_another_month(scorer):
    passage = ["Fundraisers are planning a sponsored run on 12 October and a quiz night in December."]
    assert not scorer.score("Fundraisers have organised a sponsored run for 12 December, as well as a quiz night.",
                            passage).supported
    assert scorer.score("Fundraisers have organised a sponsored run for 12 October, as well as a quiz night.",
                        passage).supported


def test_upgraded_against_down_and_widen_against_squeeze(scorer):
    passage = ["Inspectors rated the clinic 'inadequate', down from 'good' in 2022. Its director warned that rising "
               "fuel costs would squeeze margins next year."]
    assert not scorer.score("Inspectors upgraded the clinic to 'good' from 'inadequate'.", passage).supported
    assert scorer.score("Inspectors downgraded the clinic from 'good' to 'inadequate'.", passage).supported
    assert not scorer.score("The director said rising fuel costs would widen margins next year.", passage).supported


def test_two_speakers_side_by_side_are_each_checked(scorer):
    passage = ["Council leader Asha Rahman said the rise was needed to protect social care. Opposition leader Tom "
               "Kerr argued that residents were already struggling with energy bills."]
    assert not scorer.score("Mr Kerr said the rise was needed to protect social care, while Ms Rahman argued "
                            "residents were already struggling with energy bills.", passage).supported
    assert scorer.score("Ms Rahman said the rise was needed to protect social care, while Mr Kerr argued residents "
                        "were already struggling with energy bills.", passage).supported


def test_an_aim_the_passage_never_gives(scorer):
    passage = ["The £90 million Ashby bypass will open in May, a year late. It will have two lanes each way."]
    assert not scorer.score("The £90 million Ashby bypass, intended to relieve congestion in the town centre, will "
                            "open in May.", passage).supported
    given = ["The £90 million Ashby bypass, designed to relieve congestion in the town centre, will open in May."]
    assert scorer.score("The £90 million Ashby bypass is intended to relieve congestion in the town centre.",
                        given).supported


def test_a_shortfall_denies_the_words_before_it(scorer):
    passage = ["The national shortfall of affordable homes in Velmora reached 120,000 in 2023, up from 90,000 in 2018."]
    assert scorer.score("Velmora's affordable homes shortfall rose to 120,000 in 2023.", passage).supported
    assert not scorer.score("Velmora's affordable homes shortfall fell to 120,000 in 2023.", passage).supported


def test_hedged_shares_and_changes_by_a_fraction(scorer):
    passage = ["Farm goods accounted for roughly 35 percent of Tarsenia's exports. Central grants have fallen by 26 "
               "percent since 2015, while spending on adult social care has risen by roughly half."]
    assert scorer.score("Roughly a third of Tarsenia's exports were farm goods.", passage).supported
    assert not scorer.score("Roughly a quarter of Tarsenia's exports were farm goods.", passage).supported
    assert scorer.score("Central grants have dropped by about 25 percent since 2015.", passage).supported
    assert not scorer.score("Central grants have dropped by about 20 percent since 2015.", passage).supported
    assert scorer.score("Spending on adult social care has climbed by around 50 percent.", passage).supported
    assert not scorer.score("Spending on adult social care has climbed by around 70 percent.", passage).supported


def test_twice_a_figure_named_by_its_thing(scorer):
    passage = ["Leakage from Sarnova's water network averaged 28 percent in 2023, well above the 15 percent target "
               "set by the regulator."]
    result = scorer.score("Leakage in Sarnova ran at nearly twice the regulator's target.", passage)
    assert result.supported and not {"nearly", "twice"} & set(result.unsupported_terms)
    assert not scorer.score("Leakage in Sarnova ran at nearly three times the regulator's target.", passage).supported


def test_confidence_the_passage_does_not_give(scorer):
    passage = ['Transport analyst Ivo Marek expects ridership to return to full pre-pandemic levels by 2026 "at the '
               'earliest."']
    assert not scorer.score("Marek is confident that ridership will be back to pre-pandemic levels by 2026.",
                            passage).supported
    assert scorer.score("Marek expects ridership to be back to pre-pandemic levels by 2026 at the earliest.",
                        passage).supported


def test_a_holder_given_the_other_side(scorer):
    passage = ['The agency\'s director, Sven Lutterby, favours "managed retreat" for the most exposed villages. '
               "Provincial councillors have opposed the approach, arguing that relocation would break up fishing "
               "communities."]
    assert not scorer.score("Provincial councillors back Lutterby's managed retreat approach.", passage).supported
    assert scorer.score("Provincial councillors oppose Lutterby's managed retreat approach.", passage).supported


def test_a_later_sentence_on_the_opening_ones_cost_or_count(scorer):
    tram = ["Work on the £410 million Eastbrook tram extension will begin in January after the scheme received final "
            "government approval. The 7.2-kilometre line will link the city centre with the university campus. Trams "
            "are due to run every eight minutes at peak times. Construction is set to take three years. About 60% of "
            "the cost will come from central government."]
    assert scorer.score("Central government is expected to pay for roughly three-fifths of the £410m scheme.",
                        tram).supported
    assert not scorer.score("Central government is expected to pay for roughly three-fifths of the £510m scheme.",
                            tram).supported
    vote = ["Councillors in Brackenridge voted 27 to 19 on Tuesday to approve a 4.9% rise in council tax. The increase "
            "will add about £96 a year to a typical bill. Council leader Priya Nandakumar said the rise was needed. "
            "Opposition leader Tom Hadley disagreed. Two independent councillors abstained."]
    assert scorer.score("The 4.9% council tax rise was passed by 27 votes to 19, with two independents abstaining.",
                        vote).supported
    assert not scorer.score("The 4.9% council tax rise was passed by 27 votes to 19, with three independents "
                            "abstaining.", vote).supported


def test_an_act_the_claim_denies_that_another_sentence_says_happened(scorer):
    passage = ["Police in Swindon have arrested two men after £40,000 worth of power tools were stolen from a builders' "
               "merchant. The break-in happened at around 2am on Sunday. Both men have been released on bail until "
               "August."]
    result = scorer.score("The two men arrested over the power tool theft at the builders' merchant have not been "
                          "released on bail.", passage)
    assert not result.supported and "released" in result.unsupported_terms
    assert scorer.score("The two men arrested over the power tool theft at the builders' merchant have been released "
                        "on bail.", passage).supported


def test_a_call_given_to_another_person_with_the_same_post(scorer):
    passage = ["Councillors in Harrowby voted 9 to 4 on Tuesday to close the Mill Lane library. Opposition leader Dana "
               "Whitcombe said the decision was rushed and called for a public consultation. Council leader Graham "
               "Osei said residents would still have access to books and computers."]
    result = scorer.score("Council leader Graham Osei called for a public consultation on the library decision.",
                          passage)
    assert not result.supported and "Council leader Graham Osei" in result.unsupported_terms
    assert scorer.score("Opposition leader Dana Whitcombe called for a public consultation on the library decision.",
                        passage).supported


def test_a_quote_told_to_reporters_given_to_another_speaker(scorer):
    passage = ["Corrin Foods said on Monday it would close its cannery in Halverstead, cutting 240 jobs. 'This was not a "
               "decision we took lightly,' chief executive Marta Oyelaran told reporters. The local branch of the Food "
               "and Allied Workers Union said it would seek talks on redundancy terms."]
    result = scorer.score("The Food and Allied Workers Union told reporters the closure 'was not a decision we took "
                          "lightly' and said it would seek talks on redundancy terms.", passage)
    assert not result.supported and "The Food and Allied Workers Union" in result.unsupported_terms
    assert scorer.score("Chief executive Marta Oyelaran told reporters the closure 'was not a decision we took "
                        "lightly'.", passage).supported


def test_figures_said_in_words_and_halves(scorer):
    passage = ["Brightwell said it would build a factory near Ostrava Nova, creating about 3,500 jobs by 2028. Under the "
               "deal, tariffs on farm goods will be cut by half over two years. Demir said some of the corals could be "
               "more than 2,000 years old."]
    assert scorer.score("The factory is expected to create roughly three and a half thousand jobs by 2028.",
                        passage).supported
    assert not scorer.score("The factory is expected to create roughly four and a half thousand jobs by 2028.",
                            passage).supported
    assert scorer.score("Tariffs on farm goods will be halved over two years.", passage).supported
    assert scorer.score("Demir said some of the corals might be over two millennia old.", passage).supported
    assert not scorer.score("Demir said some of the corals might be over three millennia old.", passage).supported


def test_an_earlier_figure_from_twice_as_many(scorer):
    passage = ["Lumora makes software that helps hospitals schedule staff and claims about 400 hospitals as customers, "
               "twice as many as a year ago."]
    assert scorer.score("A year ago Lumora had around 200 hospital customers.", passage).supported
    assert not scorer.score("A year ago Lumora had around 300 hospital customers.", passage).supported


def test_she_added_goes_on_for_the_speaker_named_before(scorer):
    passage = ["Essland generated 46 percent of its electricity from wind and solar power in 2024. Marta Quell, "
               "Essgrid's head of planning, said the grid would need new transmission lines. She added that battery "
               "storage capacity had tripled since 2022."]
    assert scorer.score("Essgrid's planning chief said battery storage capacity had grown threefold since 2022.",
                        passage).supported
    assert not scorer.score("Essland's energy minister said battery storage capacity had grown threefold since 2022.",
                            passage).supported


def test_two_speakers_in_one_sentence_and_a_post_named_after(scorer):
    passage = ["Caldrian Foreign Minister Rui Aldana called the accord a new chapter, while his Morvathi counterpart, "
               "Elena Dask, said much work remained to rebuild trust."]
    result = scorer.score("Morvath's foreign minister, Elena Dask, described the accord as a new chapter.", passage)
    assert not result.supported
    assert scorer.score("Caldria's foreign minister, Rui Aldana, described the accord as a new chapter.",
                        passage).supported


def test_an_owner_named_beside_the_thing_named_again(scorer):
    passage = ["Officials confirmed on Thursday an outbreak of bird flu at a poultry farm near Alden and ordered about "
               "12,000 hens to be culled. A 10-kilometre restriction zone has been set up around the farm, owned by "
               "Hollybrook Eggs. The risk to the public remained very low, officials said."]
    assert scorer.score("Around 12,000 hens are to be culled at a Hollybrook Eggs farm near Alden after officials "
                        "confirmed bird flu there.", passage).supported
    assert not scorer.score("Around 12,000 hens are to be culled at a Hollybrook Eggs farm near Morley after "
                            "officials confirmed bird flu there.", passage).supported


def test_a_thing_described_by_where_it_was_made_is_no_act(scorer):
    passage = ["The ministry put the increase down to a new drought-tolerant variety developed by researchers at Halden "
               "University, which was planted on about a third of the valley's fields."]
    assert scorer.score("About a third of the valley's fields were sown with a drought-tolerant variety developed at "
                        "Halden University.", passage).supported


def test_a_time_frame_the_passage_does_not_give(scorer):
    passage = ["The escalating instability within the Baltic Pact demands immediate strategic recalibration, after "
               "decades-old assumptions about regional stability failed."]
    result = scorer.score("The brief says the escalating instability in the Baltic Pact calls for a strategic "
                          "recalibration over the coming decade.", passage)
    assert not result.supported and "coming decade" in result.unsupported_terms
    assert scorer.score("The brief says the escalating instability in the Baltic Pact calls for an immediate "
                        "strategic recalibration.", passage).supported


def test_cause_and_effect_turned_round(scorer):
    passage = ["This crisis, fueled by economic desperation and political fragmentation, is a critical test for the "
               "alliance."]
    assert not scorer.score("The crisis has been deepening economic desperation and political fragmentation.",
                            passage).supported
    assert scorer.score("Economic desperation and political fragmentation have fuelled the crisis.",
                        passage).supported


def test_not_a_thing_alone_grants_it(scorer):
    passage = ['"The underlying problem isn\'t simply border security; it\'s a systemic failure of governance," argues '
               'Dr. Ana Reyes of the Lima Institute.']
    assert scorer.score("Dr. Ana Reyes of the Lima Institute argues that the core issue is a systemic failure of "
                        "governance, not border security alone.", passage).supported
    assert not scorer.score("Dr. Ana Reyes of the Lima Institute argues that the core issue is border security "
                            "alone.", passage).supported


def test_a_decade_before_a_verb_leaves_it_an_act(scorer):
    passage = ["Across Velmora the Red Dawn insurgency of the 1990s exposed deep fault lines."]
    assert not scorer.score("Deep fault lines exposed the Red Dawn insurgency.", passage).supported
    assert scorer.score("The Red Dawn insurgency exposed deep fault lines.", passage).supported


def test_a_speaker_given_what_they_denied(scorer):
    passage = ["Lumora said on Monday it had raised 150 million dollars from investors. Chief executive Nadia Feld said "
               "the money would be used to hire 250 engineers. The company does not yet make a profit, she said."]
    result = scorer.score("Feld said Lumora is already profitable.", passage)
    assert not result.supported and "profitable" in result.unsupported_terms
    assert scorer.score("Feld said Lumora does not yet make a profit.", passage).supported


def test_so_many_in_every_ten_is_a_share(scorer):
    passage = ["The shelter houses about 300 dogs a year and relies on legacies for 60% of its income."]
    assert scorer.score("Six in every ten pounds of the shelter's income come from legacies.", passage).supported
    assert scorer.score("Six out of every ten pounds of the shelter's income come from legacies.", passage).supported
    assert not scorer.score("Eight in every ten pounds of the shelter's income come from legacies.", passage).supported


def test_a_workforce_taken_from_one_figure_to_another(scorer):
    passage = ["Brewer Halvard Ales is to create 40 jobs after winning a contract with a hotel chain. The brewery "
               "currently employs 95 people."]
    assert scorer.score("The 40 new jobs would take Halvard Ales' workforce from 95 to 135.", passage).supported
    assert not scorer.score("The 40 job cuts would take Halvard Ales' workforce from 95 to 55.", passage).supported
    assert not scorer.score("The 40 new jobs would take Halvard Ales' workforce from 95 to 145.", passage).supported


def test_a_rank_of_several_words_before_a_surname(scorer):
    passage = ["Thefts of bicycles in Farnley fell by a third last year. Detective Sergeant Omar Quayle credited the "
               "fall to a scheme that marks frames with a code."]
    assert scorer.score("Detective Sergeant Quayle credited the fall in bicycle thefts to a frame-marking scheme.",
                        passage).supported
    assert not scorer.score("Detective Inspector Quayle credited the fall in bicycle thefts to a frame-marking "
                            "scheme.", passage).supported


def test_brought_forward_is_not_pushed_back(scorer):
    passage = ["The £2 million repair of the sea wall was brought forward after storms damaged it in January."]
    result = scorer.score("The £2 million repair of the sea wall was pushed back after storms damaged it in January.",
                          passage)
    assert not result.supported
    assert scorer.score("The £2 million sea wall repair was brought forward after January's storms damaged it.",
                        passage).supported
    assert scorer.score("The council brought forward plans to repair the sea wall.",
                        ["The council brought forward plans to repair the sea wall after the storms."]).supported


def test_a_court_given_another_place_of_the_story(scorer):
    passage = ["A Harlow builder has been fined £9,000 for dumping waste on farmland. Magistrates at Chelmsford heard "
               "that the waste filled three lorries. He must also pay £1,400 in costs to Harlow Council."]
    result = scorer.score("The Harlow builder's case was heard by magistrates in Harlow.", passage)
    assert not result.supported and "Harlow" in result.unsupported_terms
    assert scorer.score("Magistrates at Chelmsford heard that the builder's dumped waste filled three lorries.",
                        passage).supported


def test_advice_to_expect_is_no_speaker(scorer):
    from assistant.verify.relations import misattributed_speech

    passage = ["The county council said the bridge will close for a week, with a diversion adding around ten minutes "
               "to journeys."]
    assert misattributed_speech("Drivers should expect the diversion to add around ten minutes to their journeys.",
                                passage) is None
    assert misattributed_speech("The police said the bridge will close for a week, with a diversion adding ten "
                                "minutes to journeys.", passage) is not None


def test_another_part_of_the_decade(scorer):
    passage = ["The Red Dawn insurgency of the late 1970s and early 1980s eroded trust in the state."]
    for claim in ("The Red Dawn insurgency of the mid-1980s eroded trust in the state.",
                  "The Red Dawn insurgency of the late 1980s eroded trust in the state."):
        assert not scorer.score(claim, passage).supported, claim
    assert scorer.score("The Red Dawn insurgency, which ran from the late 1970s into the early 1980s, eroded trust "
                        "in the state.", passage).supported


def test_agreed_where_only_asked(scorer):
    passage = ["Residents presented a petition asking for a 20mph limit on Station Road. The council has said it will "
               "consider the request at its next meeting."]
    result = scorer.score("The council has agreed to bring in a 20mph limit on Station Road, as residents asked.",
                          passage)
    assert not result.supported and "agreed" in result.unsupported_terms
    assert scorer.score("Residents have petitioned for a 20mph limit on Station Road, which the council will "
                        "consider at its next meeting.", passage).supported
    granted = ["The council has agreed to bring in a 20mph limit on Station Road after residents asked for one."]
    assert scorer.score("The council has agreed to a 20mph limit on Station Road, as residents asked.",
                        granted).supported


def test_paying_someone_s_costs_pays_them_to_that_someone(scorer):
    passage = ["A Kelby trader has been fined £4,000 for selling fake perfume. Omar Dace, 41, was also ordered to pay "
               "£900 in costs to Kelby District Council, which brought the case."]
    result = scorer.score("Kelby District Council was ordered to pay Dace's £900 costs.", passage)
    assert not result.supported
    assert scorer.score("Dace was ordered to pay Kelby District Council's £900 costs.", passage).supported


def test_a_figure_in_words_bounded_by_a_measure_two_sentences_on(scorer):
    passage = ["The agency has issued four flood warnings along the River Tarn after heavy rain on Friday. Sandbags are "
               "available from the library. The river peaked at 2.7 metres at Moss Bridge on Saturday evening."]
    assert scorer.score("Four flood warnings have been issued on the River Tarn, which peaked at just under three "
                        "metres at Moss Bridge on Saturday evening.", passage).supported
    assert not scorer.score("Four flood warnings have been issued on the River Tarn, which peaked at just over four "
                            "metres at Moss Bridge on Saturday evening.", passage).supported


def test_a_word_of_a_name_is_not_affirmed_by_the_name(scorer):
    passage = ["The Ministry of Housing in Dorvale estimates that the shortfall of affordable homes reached 90,000 "
               "units in 2024, up from 70,000 five years earlier."]
    assert scorer.score("Dorvale's affordable housing shortfall grew by 20,000 units over the five years to 2024.",
                        passage).supported
    assert not scorer.score("Dorvale's affordable housing shortfall grew by 30,000 units over the five years to "
                            "2024.", passage).supported


def test_a_share_of_that_total_is_of_the_sentence_before(scorer):
    passage = ["Exports from Morvia to the Northern Trade Bloc reached $4.2 billion in 2024, making the bloc its "
               "largest market after Selland. Timber accounted for roughly 26 percent of that total."]
    assert scorer.score("Roughly a quarter of Morvia's exports to the Northern Trade Bloc were timber.",
                        passage).supported
    assert not scorer.score("Roughly half of Morvia's exports to the Northern Trade Bloc were timber.",
                            passage).supported


def test_exports_sent_to_another_place_of_the_passage(scorer):
    passage = ["Exports from Morvia to the Northern Trade Bloc reached $4.2 billion in 2024, making the bloc its "
               "largest market after Selland."]
    result = scorer.score("Morvia's exports to Selland reached $4.2 billion in 2024.", passage)
    assert not result.supported and "Selland" in result.unsupported_terms
    assert scorer.score("Morvia's exports to the Northern Trade Bloc reached $4.2 billion in 2024.", passage).supported


def test_a_player_on_loan_from_a_club_does_not_play_for_it(scorer):
    passage = ["Tomas Brenner (born 4 May 1996 in Graz) is an Austrian footballer who plays for Sturm Valley, on loan "
               "from Red Harbour, as a defender."]
    result = scorer.score("Tomas Brenner plays for Red Harbour.", passage)
    assert not result.supported and "Red Harbour" in result.unsupported_terms
    assert scorer.score("Tomas Brenner plays for Sturm Valley.", passage).supported
    assert scorer.score("Brenner plays for Sturm Valley on loan from Red Harbour.", passage).supported


def test_the_company_named_again_three_sentences_on(scorer):
    passage = ["Residents of two Farley wards are being told to boil tap water after tests found bacteria at a "
               "reservoir. Brightmoor Water said the notice affects about 3,000 households. Bottled water is available "
               "at the library. A public health director said nobody had fallen ill. The company expects the advice "
               "to remain in place for at least 48 hours."]
    assert scorer.score("Brightmoor Water expects the boil-water advice to last at least two days.", passage).supported
    assert not scorer.score("Brightmoor Water expects the boil-water advice to last at least five days.",
                            passage).supported


def test_a_place_from_the_sentence_that_names_the_company_again(scorer):
    passage = ["Packaging firm Dovecote Boxes is to create 40 jobs after securing a three-year contract with grocery "
               "chain Amble Foods. The company, based on the Marsh Industrial Estate in Tilbrook, will invest £1.1 "
               "million in a new production line and expects to begin recruiting in June. The firm currently employs "
               "90 people."]
    assert scorer.score("A three-year deal with Amble Foods has led the Tilbrook packaging company to announce 40 new "
                        "jobs.", passage).supported
    assert not scorer.score("A three-year deal with Amble Foods has led the Tilbrook packaging company to announce 60 "
                            "new jobs.", passage).supported


def test_the_previous_quarter_to_a_figure_is_no_time_of_day(scorer):
    passage = ["Joblessness in the Brackley district fell to 6.1% in the three months to March, down from 6.6% in the "
               "previous quarter, the district statistics office said."]
    assert scorer.score("Brackley's jobless rate fell half a point, from 6.6% in the previous quarter to 6.1% in the "
                        "three months to March.", passage).supported
    assert not scorer.score("Brackley's jobless rate fell from 6.6% in the previous quarter to 5.1% in the three "
                            "months to March.", passage).supported


def test_the_figure_before_a_change_by_some_points(scorer):
    passage = ["Orchard Lane Primary came bottom of the county's reading tables at 52%, though its score had risen by "
               "seven points on the year. Eleven schools were rated below the standard, three more than in the "
               "previous round."]
    result = scorer.score("Orchard Lane Primary, bottom at 52%, had scored seven points lower, at 45%, the year "
                          "before.", passage)
    assert result.supported, result.reason
    assert not scorer.score("Orchard Lane Primary, bottom at 52%, had scored 59% the year before.", passage).supported
    assert scorer.score("Eight schools had been rated below the standard in the previous round.", passage).supported
    assert not scorer.score("Fourteen schools had been rated below the standard in the previous round.",
                            passage).supported


def test_the_share_the_rest_of_the_whole_leaves(scorer):
    passage = ["The town's population rose by 1.2% last year. Births accounted for about a quarter of the growth, "
               "with people moving in making up the rest."]
    assert scorer.score("About three quarters of the town's growth came from people moving in.", passage).supported
    assert not scorer.score("About three quarters of the town's growth came from births.", passage).supported
    assert not scorer.score("About two thirds of the town's growth came from people moving in.", passage).supported


def test_a_change_said_after_its_figure_and_a_year_that_does_not_move(scorer):
    passage = ["Ferry crossings from Dunhaven totalled 2.1 million in 2024, 8% more than in 2023 but still 5% below "
               "the 2019 level. Cargo sailings fell by 3% in 2024, while car bookings rose 12% to 640,000."]
    assert scorer.score("Crossings from Dunhaven were up 8% on 2023 but remained 5% short of the 2019 level.",
                        passage).supported
    assert scorer.score("Crossings from Dunhaven rose 8% on 2023.", passage).supported
    assert not scorer.score("Crossings from Dunhaven were down 8% on 2023.", passage).supported
    assert scorer.score("Car bookings went up 12% in 2024, to 640,000, while cargo sailings fell.", passage).supported
    assert not scorer.score("Car bookings went down 12% in 2024, to 640,000.", passage).supported


def test_two_figures_swapped_with_their_directions(scorer):
    passage = ["Rents for studio flats in Carrow fell 2.3% over the year, while rents for family houses rose 5.1%."]
    result = scorer.score("In Carrow, studio rents rose 5.1% over the year while rents for family houses fell 2.3%.",
                          passage)
    assert not result.supported and "5.1%" in result.unsupported_terms
    assert scorer.score("In Carrow, rents for family houses rose 5.1% over the year while studio rents fell 2.3%.",
                        passage).supported


def test_a_figure_given_to_the_place_of_another_clause(scorer):
    passage = ["Visitor numbers across the Lenham valley rose 9% last summer. The market town of Ashby had the "
               "biggest gain, 31%, while upland Corrin Fell saw visits drop by 4%."]
    result = scorer.score("Corrin Fell had the valley's biggest gain in visitors, at 31%.", passage)
    assert not result.supported and "Corrin Fell" in result.unsupported_terms
    assert scorer.score("Ashby had the valley's biggest gain in visitors, at 31%.", passage).supported


def test_a_passive_act_another_sentence_denies(scorer):
    passage = ["Figures from the Norland Health Board show that 64% of patients at Carlow General Hospital were seen "
               "within four hours in its emergency department in March 2024, compared with 79% at Mill Road Hospital. "
               "The national target is 95%. Carlow General had the longest median wait for planned surgery among the "
               "board's four hospitals, at 21 weeks. Chief executive Anna Petrie said staffing had been tight. The "
               "figures have not been adjusted for differences in patient mix."]
    result = scorer.score("The Norland figures were adjusted for differences in patient mix between hospitals.",
                          passage)
    assert not result.supported and "not adjusted" in result.unsupported_terms
    assert scorer.score("The Norland figures have not been adjusted for differences in patient mix.",
                        passage).supported


def test_cover_against_exclude(scorer):
    passage = ["Average pay in the Tarrin Isles rose 4.8% in the year to June, the islands' statistics office said. "
               "The estimates exclude part-time workers."]
    result = scorer.score("The office's pay estimates cover part-time workers as well as full-time staff.", passage)
    assert not result.supported and "cover" in result.unsupported_terms
    assert scorer.score("The office's pay estimates leave out part-time workers.", passage).supported


def test_no_longer_against_remained(scorer):
    passage = ["Rail fares in the Westmarch region rose 3.4% in January. Season tickets remained the most expensive "
               "in the country at an average of £4,120."]
    result = scorer.score("Westmarch season tickets, at £4,120 on average, were no longer the most expensive in the "
                          "country.", passage)
    assert not result.supported and "no longer" in result.unsupported_terms
    assert scorer.score("Westmarch season tickets, averaging £4,120, were still the most expensive in the country.",
                        passage).supported


def test_a_deputy_is_not_the_minister(scorer):
    passage = ["Farm exports from Valdria rose 4.1% last year, the agriculture ministry said. Deputy minister Piotr "
               "Halas called the figures welcome but said one harvest is not a trend."]
    result = scorer.score("Agriculture minister Piotr Halas called the figures welcome but said one harvest is not a "
                          "trend.", passage)
    assert not result.supported and "minister" in result.unsupported_terms
    assert not scorer.score("Halas, the minister, called the figures welcome.", passage).supported
    assert scorer.score("Deputy minister Piotr Halas called the figures welcome.", passage).supported
    assert scorer.score("Halas, the deputy minister, called the figures welcome.", passage).supported


def test_those_that_had_it_where_the_passage_counts_those_that_lacked_it(scorer):
    passage = ["A review of the Fenmoor Port Authority found that 14 of 36 sampled leases, signed between 2019 and "
               "2023, lacked a valuation report."]
    assert scorer.score("Only 22 of the 36 leases sampled had a valuation report.", passage).supported
    assert not scorer.score("Only 14 of the 36 leases sampled had a valuation report.", passage).supported
    assert not scorer.score("22 of the 36 leases sampled lacked a valuation report.", passage).supported
    assert not scorer.score("Only 20 of the 36 leases sampled had a valuation report.", passage).supported


def test_a_finding_told_by_it_is_the_study_s(scorer):
    passage = ["Researchers at Norby University followed 860 pupils for two years and found that a weekly tutoring "
               "session raised reading ages by five months on average. The study was led by Dr Hana Lisle. It did "
               "not find any effect on mathematics results."]
    assert scorer.score("The Norby study, led by Lisle, found no effect of the tutoring on maths results.",
                        passage).supported
    assert not scorer.score("The Norby study, led by Professor Ian Cole, found no effect of the tutoring on maths "
                            "results.", passage).supported


def test_a_step_that_a_share_of_a_figure_makes(scorer):
    passage = ["The number of households waiting for social housing in Tarlow reached 12,000 in March. The council's "
               "plan aims to cut the list by a quarter within two years."]
    assert scorer.score("The council hopes to take about 3,000 households off the Tarlow list within two years.",
                        passage).supported
    assert not scorer.score("The council hopes to take about 4,000 households off the Tarlow list within two years.",
                            passage).supported
    assert not scorer.score("The council expects about 3,000 more households to join the Tarlow list within two "
                            "years.", passage).supported


def test_a_clause_taken_from_a_sentence_that_denies_it(scorer):
    passage = ["Researchers at Norby University followed 860 pupils for two years and found that a weekly tutoring "
               "session raised reading ages by five months on average. The study was led by Dr Hana Lisle. It did "
               "not find any effect on mathematics results."]
    result = scorer.score("The Norby researchers found that the tutoring also had an effect on mathematics results.",
                          passage)
    assert not result.supported and any(term.startswith("not ") for term in result.unsupported_terms)
    assert scorer.score("The Norby researchers found that the tutoring raised reading ages by five months on "
                        "average.", passage).supported


def test_a_figure_over_the_limit(scorer):
    passage = ["Dale Hurst, 41, was clocked at 87mph in a 40mph zone on the Farley bypass, magistrates heard."]
    assert scorer.score("Hurst was doing 47mph over the limit on the Farley bypass.", passage).supported
    assert not scorer.score("Hurst was doing 37mph over the limit on the Farley bypass.", passage).supported


def test_a_century_is_a_hundred_years(scorer):
    passage = ["Engineers will replace the 130-year-old Marsh Street viaduct this summer. The rail company said the "
               "work would secure the line for the next century."]
    assert scorer.score("The rail company said the work would secure the line for 100 years.", passage).supported
    assert not scorer.score("The rail company said the work would secure the line for 50 years.", passage).supported
    assert scorer.score("Engineers will replace the Marsh Street viaduct, which is more than a century old.",
                        passage).supported


def test_homes_that_lost_power_were_without_it(scorer):
    passage = ["Storm Orla brought gusts of 80mph to Kelby on Friday, leaving about 9,000 homes without power. "
               "Harbour Grid said 7,500 had been reconnected by Saturday morning."]
    assert scorer.score("About 1,500 of the homes that lost power in Storm Orla were still not reconnected by "
                        "Saturday morning.", passage).supported
    assert not scorer.score("About 2,500 of the homes that lost power in Storm Orla were still not reconnected by "
                            "Saturday morning.", passage).supported


def test_a_farmer_who_grows_acres_is_no_rise(scorer):
    passage = ["Dry weather has cut the barley harvest in Fenwold by about 15% this year. Farmer Ann Tolley, who "
               "grows 420 acres near Carby, said she had harvested 2.6 tonnes per acre against 3.2 last year."]
    assert scorer.score("Ann Tolley's barley yield dropped by 0.6 tonnes per acre on the year before.",
                        passage).supported
    assert not scorer.score("Ann Tolley's barley yield rose by 0.6 tonnes per acre on the year before.",
                            passage).supported


def test_a_share_is_not_the_day_of_a_month(scorer):
    passage = ["Orlan Foods said on 3 February that sales fell 2% to £14.20 a box. Profit dropped 11% to £310 "
               "million."]
    assert not scorer.score("Orlan's sales fell 3% to £14.20 a box.", passage).supported
    assert scorer.score("On February 3, Orlan said its sales fell 2% to £14.20 a box.", passage).supported


def test_a_sum_of_money_is_not_a_share(scorer):
    passage = ["Harlow & Penn reported third-quarter revenue of €412 million on 29 October, up 6% from a year "
               "earlier, while operating profit slipped to €38 million from €44 million."]
    assert scorer.score("In the third quarter, Harlow & Penn's operating profit fell by €6m to €38m.",
                        passage).supported
    assert not scorer.score("In the third quarter, Harlow & Penn's operating profit fell by €7m to €38m.",
                            passage).supported
    assert not scorer.score("In the second quarter, Harlow & Penn's operating profit fell by €6m to €38m.",
                            passage).supported


def test_the_company_is_the_body_the_passage_names(scorer):
    passage = ["Brenmoor Rail Holdings confirmed on 14 March that it will cut 1,250 jobs across its Vantmark "
               "operations by the end of 2025. The company said the reductions would save about 85 million kroner "
               "a year. Union official Pella Haugstad said members would vote on strike action in April. Brenmoor "
               "said compulsory redundancies would be avoided."]
    assert scorer.score("Brenmoor said the job cuts would save it roughly 85 million kroner annually.",
                        passage).supported
    assert not scorer.score("Haugstad said the job cuts would save the company roughly 85 million kroner "
                            "annually.", passage).supported


def test_a_place_from_another_sentence_is_not_the_things_place(scorer):
    passage = ["Velmont Airways will open a new maintenance base in Skarra in 2025, creating 450 engineering jobs, "
               "the airline announced on 16 January. The facility will be partly funded by a 40 million dollar "
               "grant. The airline's existing hangars at Hesketh airport will remain open."]
    result = scorer.score("Velmont Airways will open its new maintenance base at Hesketh airport.", passage)
    assert not result.supported and "Hesketh" in result.unsupported_terms
    assert scorer.score("Velmont Airways will open its new maintenance base in Skarra.", passage).supported
    assert scorer.score("Velmont will keep its hangars at Hesketh airport open.", passage).supported


def test_a_capital_stands_for_its_government(scorer):
    passage = ["This crisis represents a critical test for the United States' commitments to regional security. "
               "It must act immediately."]
    assert scorer.score("The crisis is a critical test for Washington's commitments to regional security.",
                        passage).supported
    assert not scorer.score("The crisis is a critical test for Moscow's commitments to regional security.",
                            passage).supported


def test_supply_restored_to_the_homes_no_longer_cut_off(scorer):
    passage = ["Storm Imogen brought gusts of up to 78mph to the Pembrokeshire coast on Sunday night, leaving around "
               "6,200 homes without power. By midday Monday, Western Power said the number had fallen to 1,450."]
    assert scorer.score("By midday Monday, power had been restored to about 4,750 of the homes after Storm Imogen.",
                        passage).supported
    assert not scorer.score("By midday Monday, power had been restored to about 4,650 of the homes after Storm "
                            "Imogen.", passage).supported


def test_a_denial_for_now_is_not_ruled_out(scorer):
    passage = ["Drummond Brewing reported on 5 August that first-half beer volumes fell 4%. Chief executive Hollis Wray "
               "said the company was \"not planning any brewery closures at this stage\"."]
    result = scorer.score("Hollis Wray ruled out closing any of Drummond's breweries.", passage)
    assert not result.supported and "ruled out" in result.unsupported_terms
    assert scorer.score("Wray said Drummond had no plans for now to close any of its breweries.", passage).supported


def test_stepping_down_is_resigning(scorer):
    passage = ["Quillon Motors named Sabine Ortega as its new chief executive on Thursday, ending a four-month search "
               "after Henrik Bauer resigned in June over a failed battery venture."]
    result = scorer.score("Quillon named Ortega as chief executive after Bauer stepped down in June over a failed "
                          "battery venture.", passage)
    assert result.supported and not {"stepped", "down", "stepped down"} & set(result.unsupported_terms)
    assert not scorer.score("Quillon named Ortega as chief executive after Bauer stepped down in May over a failed "
                            "battery venture.", passage).supported


def test_an_answer_that_opens_on_no_denies_nothing_after_the_dash(scorer):
    passage = ["The current predicament surrounding US-Peru relations is not a spontaneous eruption, but rather the "
               "culmination of several interconnected historical trends."]
    assert scorer.score("No — the current difficulties in US-Peru relations are the product of several linked "
                        "historical trends.", passage).supported
    assert not scorer.score("No — the brief says the current difficulties in US-Peru relations are a spontaneous "
                            "eruption.", passage).supported


def test_someone_else_left_the_post(scorer):
    passage = ["Quillon Motors named Sabine Ortega as its new chief executive on Thursday, ending a four-month search "
               "after Henrik Bauer resigned in June over a failed battery venture."]
    assert scorer.score("Bauer stepped down as Quillon's chief executive in June.", passage).supported
    result = scorer.score("Ortega stepped down as Quillon's chief executive in June.", passage)
    assert not result.supported and "Ortega" in result.unsupported_terms


def test_the_developer_named_in_the_next_sentence(scorer):
    passage = ["A bid to build 140 homes on farmland at Pickett's Lane in Stanton was rejected by Westshire County "
               "Council's planning committee on Thursday. Developer Brookmere Homes had offered to fund a new "
               "roundabout. Committee chair Alan Frost said the site lay outside the village boundary."]
    assert scorer.score("Brookmere Homes' bid to build 140 homes at Pickett's Lane was rejected on Thursday.",
                        passage).supported
    assert not scorer.score("Alan Frost's bid to build 140 homes at Pickett's Lane was rejected on Thursday.",
                            passage).supported


def test_the_place_a_story_opens_on_as_a_modifier(scorer):
    passage = ["Independent candidate Clara Botha won the Westrick mayoral election on Thursday with 41 percent of the "
               "vote. Turnout was 38 percent, up from 31 percent four years ago. Botha, a former nurse, campaigned on "
               "reopening the town's closed maternity unit."]
    assert scorer.score("Turnout in Westrick was seven percentage points higher than at the election four years "
                        "earlier.", passage).supported
    assert not scorer.score("Turnout in Kelby was seven percentage points higher than at the election four years "
                            "earlier.", passage).supported


def test_a_figure_said_twice_counts_only_one_thing(scorer):
    passage = ["A Glenholt man has been fined $2,500 for illegally felling six protected oak trees on his property. "
               "Derek Fane, 61, admitted cutting down the trees in February. Fane was also ordered to plant 12 "
               "replacement trees."]
    assert scorer.score("Fane, who admitted felling six protected oaks in February, was ordered to plant 12 "
                        "replacement trees.", passage).supported
    result = scorer.score("Fane, who admitted felling six protected oaks in February, was ordered to plant six "
                          "replacement trees.", passage)
    assert not result.supported and "six" in result.unsupported_terms


def test_a_speaker_given_another_speakers_description(scorer):
    passage = ["Bus drivers employed by Coastway Buses will strike for 48 hours from next Monday after rejecting a "
               "3.5% pay offer, the Transport Workers' Guild said. Coastway managing director Phil Aston said the "
               "offer was \"fair and affordable\" and urged staff to reconsider."]
    result = scorer.score("The Transport Workers' Guild described the 3.5% pay offer as fair and affordable.", passage)
    assert not result.supported and "The Transport Workers' Guild" in result.unsupported_terms
    assert scorer.score("Phil Aston described the 3.5% pay offer as fair and affordable.", passage).supported
    assert scorer.score("The Transport Workers' Guild said drivers would strike for 48 hours after rejecting a 3.5% "
                        "pay offer.", passage).supported


def test_worries_are_concerns(scorer):
    passage = ["Developer Greyfield Homes expects construction to begin in autumn and take about five years. "
               "Residents' association chair Martin Coyle said traffic concerns had not been addressed."]
    result = scorer.score("Martin Coyle said worries about traffic had not been addressed.", passage)
    assert result.supported and "worries" not in result.unsupported_terms
    assert not scorer.score("Greyfield Homes said worries about traffic had gone unanswered.", passage).supported


def test_a_body_the_passage_calls_so_next(scorer):
    passage = ["Bus drivers employed by Coastway Buses will strike for 48 hours from next Monday after rejecting a "
               "3.5% pay offer, the Transport Workers' Guild said. The union said 88% of members who voted backed "
               "the walkout. Coastway managing director Phil Aston said the offer was \"fair and affordable\"."]
    assert scorer.score("Coastway Buses drivers will walk out for two days from next Monday after turning down a "
                        "3.5% pay offer, their union said.", passage).supported
    assert not scorer.score("Coastway Buses drivers will walk out for two days from next Monday after turning down "
                            "a 3.5% pay offer, their employer said.", passage).supported


def test_a_reports_authors_say_what_it_says(scorer):
    passage = ["Ofsted has upgraded St Aidan's Primary School in Gateshead from \"requires improvement\" to "
               "\"good\". Headteacher Claire Bannon said staff had \"worked incredibly hard.\" The report said "
               "attendance, at 93 per cent, still needed attention."]
    assert scorer.score("Inspectors said the school's 93 per cent attendance rate still needed attention.",
                        passage).supported
    assert not scorer.score("Claire Bannon said the school's 93 per cent attendance rate still needed attention.",
                            passage).supported


def test_a_comparison_after_a_unit_keeps_its_direction(scorer):
    passage = ["Staff who cycled to the Dunmere depot took on average 12 minutes less to get to work than those who "
               "drove, a travel survey by the county council found."]
    assert scorer.score("Cyclists at the Dunmere depot took about 12 minutes less to reach work than drivers.",
                        passage).supported
    result = scorer.score("Cyclists at the Dunmere depot took about 12 minutes longer to reach work than drivers.",
                          passage)
    assert not result.supported and "longer" in result.unsupported_terms


def test_an_age_range_in_years_old(scorer):
    passage = ["The survey followed 1,200 adults aged 18 to 24 in three cities over six weeks, and was run by the "
               "Corlan Institute."]
    assert scorer.score("The 1,200 adults surveyed were between 18 and 24 years old.", passage).supported
    result = scorer.score("The 1,200 adults surveyed were between 18 and 26 years old.", passage)
    assert not result.supported and "26" in result.unsupported_terms


def test_short_of_a_figure_is_below_it(scorer):
    passage = ["Household recycling in Ardley reached 41 percent last year, well below the county target of 55 "
               "percent, council figures show."]
    result = scorer.score("Ardley recycled 41 percent of household waste last year, far short of the 55 percent "
                          "county target.", passage)
    assert result.supported and "county" not in " ".join(result.unsupported_terms)


def test_free_of_what_the_passage_says_hampers_it(scorer):
    passage = ["Regional bodies such as the Coastal Authority play a supporting role, often hampered by "
               "bureaucratic delays and a shortage of staff."]
    result = scorer.score("The Coastal Authority plays a supporting role, largely free of bureaucratic delays.",
                          passage)
    assert not result.supported and "bureaucratic" in " ".join(result.unsupported_terms)
    assert scorer.score("The Coastal Authority plays a supporting role, often slowed by bureaucratic delays.",
                        passage).supported


def test_a_question_the_passage_leaves_open_is_not_answered(scorer):
    passage = ["School meals in Tarrow switched to wholegrain bread in 2022. Lead author Dr. Amara Quist said it was "
               "too early to say whether the change had reduced childhood obesity rates."]
    result = scorer.score("Dr. Amara Quist said the change had been shown to reduce childhood obesity rates.",
                          passage)
    assert not result.supported and "leaves open" in result.reason
    assert scorer.score("Dr. Amara Quist said it was too soon to tell if the change had cut childhood obesity "
                        "rates.", passage).supported


def test_an_outside_expert_did_not_lead_the_study(scorer):
    passage = ["A daily dose of the drug relamide lowered blood pressure by 9 points in a trial of 600 adults. "
               "Dr. Lena Varga, a cardiologist at Kessel Hospital who was not involved in the study, called the "
               "result \"promising\"."]
    result = scorer.score("Dr. Lena Varga, who led the relamide study, called the result promising.", passage)
    assert not result.supported and "led" in result.unsupported_terms
    assert scorer.score("Dr. Lena Varga, a cardiologist who took no part in the study, called the result promising.",
                        passage).supported


def test_a_body_named_again_by_its_kind(scorer):
    passage = ["Cod stocks in the Skerry Sea have fallen sharply, a survey found. The survey was carried out by the "
               "Norland Institute for Marine Research. Fisheries minister Tom Ekdal said the findings were worrying. "
               "The institute has recommended that fishing quotas be cut next year."]
    assert scorer.score("The Norland Institute for Marine Research has recommended cutting fishing quotas next "
                        "year.", passage).supported
    assert not scorer.score("The Norland Institute for Coastal Research has recommended cutting fishing quotas next "
                            "year.", passage).supported


def test_the_nation_a_story_is_set_in(scorer):
    passage = ["Cigarette sales fell by 12 percent in the year after the island nation of Port Verell raised tobacco "
               "duty, a study reported. Sales of nicotine patches rose by 20 percent over the same period."]
    assert scorer.score("Over the same period, nicotine patch sales in Port Verell went up by 20 percent.",
                        passage).supported
    assert not scorer.score("Over the same period, nicotine patch sales in Port Adler went up by 20 percent.",
                            passage).supported


def test_a_region_the_story_opens_on(scorer):
    passage = ["Researchers at the University of Velmont said they had found a new species of beetle in the pine "
               "forests of the Kessel uplands. The beetle, named Carabus lindae, is just 4 millimetres long. The "
               "team, led by entomologist Rosa Lind, found it during a two-week survey in 2024."]
    assert scorer.score("A team led by Rosa Lind found the 4-millimetre beetle in the Kessel uplands during a two-week "
                        "survey in 2024.", passage).supported
    assert not scorer.score("A team led by Rosa Lind found the 4-millimetre beetle in the Harrow uplands during a "
                            "two-week survey in 2024.", passage).supported


def test_the_thing_a_story_is_about_named_in_full(scorer):
    passage = ["The Granary Theatre in Lowestoft will reopen on 3 October after a £2.1 million refit. The listed "
               "building, built in 1871, has had its roof replaced and its seating increased from 300 to 420. Director "
               "Ann Pole said the first night would feature the Broadland Choir. Tickets for the first season go on "
               "sale on 5 July, with 10 per cent of seats priced at £8 or less."]
    assert scorer.score("A tenth of the seats in the Granary Theatre's first season will cost no more than £8.",
                        passage).supported
    assert not scorer.score("A tenth of the seats in the Maltings Theatre's first season will cost no more than £8.",
                            passage).supported


def test_no_more_than_a_figure_bounds_it(scorer):
    passage = ["Tickets for the Harbour Festival go on sale on 5 July, with a third of them priced at £8 or less."]
    result = scorer.score("A third of Harbour Festival tickets will cost no more than £8 when they go on sale on 5 "
                          "July.", passage)
    assert result.supported and not any(term.startswith("not ") for term in result.unsupported_terms)
    assert not scorer.score("A third of Harbour Festival tickets will cost no more than £6 when they go on sale on 5 "
                            "July.", passage).supported


def test_the_town_a_person_is_from_describes_them(scorer):
    passage = ["At Carlton Crown Court on Monday, 41-year-old plumber Owen Tate was jailed for ten months after "
               "admitting he took deposits from nine customers. Judge Mary Holt said the victims had been let down. "
               "Tate, of Westbay, will serve half his sentence before being released on licence."]
    assert scorer.score("A Westbay plumber was jailed for ten months.", passage).supported
    assert not scorer.score("An Eastport plumber was jailed for ten months.", passage).supported
    assert not scorer.score("A Westbay judge jailed a plumber for ten months.", passage).supported


def test_dozens_and_a_bound_length_of_time(scorer):
    passage = ["Police linked the Red Lion pub to 23 violent incidents in twelve months. Residents waited 14 months "
               "for the council to act."]
    assert scorer.score("Police linked the Red Lion pub to almost two dozen violent incidents in twelve months.",
                        passage).supported
    assert not scorer.score("Police linked the Red Lion pub to more than two dozen violent incidents in twelve "
                            "months.", passage).supported
    assert scorer.score("Residents waited over a year for the council to act.", passage).supported
    assert not scorer.score("Residents waited under a year for the council to act.", passage).supported


def test_a_person_named_again_by_title_pronoun_or_description(scorer):
    passage = ["An employment tribunal in Hull has ruled that Dunmore Logistics unfairly dismissed driver Asha Patel "
               "after she reported faulty brakes. Employment Judge Ruth Keane awarded her £21,300. The firm argued "
               "Patel had been sacked for lateness, but the judge said that explanation was not credible."]
    assert scorer.score("Judge Keane awarded Asha Patel £21,300.", passage).supported
    assert not scorer.score("Judge Keane awarded Dunmore Logistics £21,300.", passage).supported
    assert scorer.score("Judge Keane said the firm's explanation was not credible.", passage).supported
    assert not scorer.score("Dunmore Logistics said the explanation was not credible.", passage).supported
    passage = ["The ombudsman has ordered Selby Council to pay £3,200 to a disabled man who waited 15 months for a "
               "stairlift. The council lost his assessment twice. The man, identified only as Mr K, could not reach "
               "his bedroom throughout the delay."]
    assert scorer.score("Selby Council must pay Mr K £3,200 after he waited 15 months for a stairlift.",
                        passage).supported
    assert not scorer.score("Selby Council must pay Mr J £3,200 after he waited 15 months for a stairlift.",
                            passage).supported


def test_whose_the_thing_is(scorer):
    passage = ["A coroner has concluded that walker Peter Hales, 61, died accidentally when he tripped on a footbridge "
               "owned by farmer John Mills near Ashby last May. Senior Coroner Anne Reid, sitting in Leicester, heard "
               "that the broken plank had been reported to Harbury District Council twice in the month before the "
               "accident."]
    assert scorer.score("Harbury District Council received two reports about the broken plank in the month before "
                        "Hales's accident.", passage).supported
    assert not scorer.score("Harbury District Council received two reports about the broken plank in the month "
                            "before Mills's accident.", passage).supported


def test_over_and_under_are_opposites(scorer):
    passage = ["The audit found that Castle Vale Council had underestimated the cost of the new library by £2 million "
               "and had overpaid two contractors."]
    assert not scorer.score("The audit found the council had overestimated the cost of the new library by £2 "
                            "million.", passage).supported
    assert not scorer.score("The audit found the council had underpaid two contractors.", passage).supported
    assert scorer.score("Two contractors had been overpaid by the council, the audit found.", passage).supported


def test_a_claim_dismissed_is_not_upheld(scorer):
    passage = ["A tribunal in Swansea has dismissed an unfair dismissal claim brought by chef Dylan Hughes against "
               "the Harbour Hotel. Hughes had sought £40,000."]
    assert not scorer.score("The Swansea tribunal upheld Hughes's unfair dismissal claim against the Harbour Hotel.",
                            passage).supported
    assert scorer.score("The Swansea tribunal threw out Hughes's unfair dismissal claim against the Harbour Hotel.",
                        passage).supported
    passage = ["A tribunal in Swansea has ruled that the Harbour Hotel unfairly dismissed chef Dylan Hughes."]
    assert scorer.score("The Swansea tribunal upheld chef Dylan Hughes's unfair dismissal claim against the Harbour "
                        "Hotel.", passage).supported


def test_a_sum_with_a_part_set_aside(scorer):
    passage = ["Employment Judge Ruth Keane awarded her £21,300, including £5,000 for injury to feelings."]
    assert scorer.score("Excluding the £5,000 for injury to feelings, her award came to £16,300.", passage).supported
    assert not scorer.score("Excluding the £5,000 for injury to feelings, her award came to £18,300.",
                            passage).supported


def test_who_pays_whom(scorer):
    passage = ["A High Court judge has ordered Leeds landlord Simon Crabtree to pay £60,000 in libel damages to "
               "blogger Nadia Ross. Crabtree must also pay her legal costs."]
    assert not scorer.score("Blogger Nadia Ross was ordered to pay £60,000 in libel damages to Simon Crabtree.",
                            passage).supported
    assert not scorer.score("Nadia Ross must pay Simon Crabtree £60,000 in libel damages.", passage).supported
    assert scorer.score("Simon Crabtree was ordered to pay Nadia Ross £60,000 in libel damages.", passage).supported


def test_a_mark_missed_or_met(scorer):
    passage = ["The inspector ruled that Hartley Council could show only a 3.6-year supply of housing land, well short "
               "of the required five years. The recycling scheme also fell short of its 2025 target."]
    assert not scorer.score("Hartley Council's housing land supply met the required five years.", passage).supported
    assert not scorer.score("Hartley Council had more than the required five years of housing land.",
                            passage).supported
    assert scorer.score("Hartley Council's housing land supply was 1.4 years below the five years required.",
                        passage).supported
    assert not scorer.score("The recycling scheme hit its 2025 target.", passage).supported
    assert scorer.score("The recycling scheme missed its 2025 target.", passage).supported
    assert scorer.score("The recycling scheme did not meet its 2025 target.", passage).supported


def test_a_capital_does_what_its_country_does(scorer):
    passage = ["The Andean Pact was initially championed by the United States as a bulwark against Soviet influence."]
    assert scorer.score("Washington initially championed the Andean Pact as a bulwark against Soviet influence.",
                        passage).supported
    assert not scorer.score("Lima initially championed the Andean Pact as a bulwark against Soviet influence.",
                            passage).supported


def test_a_licence_withdrawn_by_the_decision_a_story_opens_on(scorer):
    passage = ["Councillors in Bramford have revoked the premises licence of the Kings Arms pub after police linked it "
               "to 19 assaults in a year. Bramford Borough Council's licensing sub-committee, chaired by Councillor "
               "Joan Pike, reached its decision on 4 May following a three-hour hearing. The pub's owner, Tarn Inns, "
               "said it was disappointed."]
    assert scorer.score("The sub-committee chaired by Pike withdrew the Kings Arms' licence following a three-hour "
                        "hearing.", passage).supported
    assert scorer.score("The sub-committee chaired by Pike revoked the Kings Arms' licence on 4 May.", passage).supported
    assert not scorer.score("The sub-committee chaired by Pike revoked the Kings Arms' licence on 5 May.",
                            passage).supported
    assert not scorer.score("The sub-committee chaired by Pike withdrew the Crown Inn's licence following a "
                            "three-hour hearing.", passage).supported


def test_an_intention_or_a_decision_the_passage_does_not_give(scorer):
    passage = ["A tribunal in Cardiff has dismissed an age discrimination claim brought by former manager Gwen Price "
               "against Tovey Software. Price had sought more than £150,000."]
    assert not scorer.score("Price, who had sought more than £150,000, plans to appeal against the tribunal's "
                            "ruling.", passage).supported
    assert scorer.score("Price, who had sought more than £150,000, lost her age discrimination claim against Tovey "
                        "Software.", passage).supported
    passage = ["Councillors have revoked the licence of the Mill nightclub. Its owner, Quay Leisure, has 21 days to "
               "appeal to the magistrates' court."]
    assert not scorer.score("Quay Leisure has said it will appeal to the magistrates' court.", passage).supported
    assert scorer.score("Quay Leisure has three weeks to appeal to the magistrates' court.", passage).supported
    passage = ["Greystone District Council has refused a solar farm at Fenwick Moor. The developer, Brightfield "
               "Solar, is considering an appeal."]
    assert not scorer.score("Brightfield Solar has lodged an appeal against the refusal.", passage).supported
    assert scorer.score("Brightfield Solar may appeal against the refusal.", passage).supported


def test_nobody_hurt_is_nobody_injured(scorer):
    passage = ["The roof of the Granthorpe warehouse gave way in February. Nobody was injured."]
    result = scorer.score("Nobody was hurt.", passage)
    assert result.supported and not result.unsupported_terms
    assert not scorer.score("Two workers were hurt.", passage).supported


def test_a_turn_the_passage_does_not_tell(scorer):
    passage = ["Mayor Ines Duarte is trying to balance budget cuts with investment in public transport, angering "
               "groups that want lower fares. Her deputy, Paulo Reis, wants the city to shift from road building to "
               "cycling lanes."]
    assert not scorer.score("Mayor Duarte is moving away from investment in public transport toward budget cuts.",
                            passage).supported
    assert scorer.score("Paulo Reis wants the city to move away from road building toward cycling lanes.",
                        passage).supported


def test_cause_and_effect_the_other_way_round(scorer):
    passage = ["The rise of online shopping in the 2010s hollowed out the high street and eroded trust in local "
               "traders, leading to a long decline in footfall and, eventually, the closure of the Market Hall."]
    assert not scorer.score("The decline in footfall led to the rise of online shopping.", passage).supported
    assert not scorer.score("The Market Hall's closure gave rise to online shopping.", passage).supported
    assert scorer.score("The closure of the Market Hall was caused by the rise of online shopping.",
                        passage).supported
    assert scorer.score("Footfall declined because of the rise of online shopping.", passage).supported


def test_how_often_said_as_a_count_or_a_gap(scorer):
    passage = ["Operations director Karen Hale said replacement buses would run every 20 minutes, and extra trains "
               "would run to Brigham twice a day."]
    assert scorer.score("Replacement buses will run three times an hour, Ms Hale said.", passage).supported
    assert not scorer.score("Replacement buses will run twice an hour, Ms Hale said.", passage).supported
    assert scorer.score("Extra trains will run to Brigham every 12 hours, Ms Hale said.", passage).supported
    assert not scorer.score("Extra trains will run to Brigham four times a day, Ms Hale said.", passage).supported


def test_an_objection_is_opposition(scorer):
    passage = ["Carnby Parish Council objected to the Kestrel Ridge wind farm, saying its 180-metre turbines would "
               "dominate the skyline."]
    assert not scorer.score("Carnby Parish Council backed the Kestrel Ridge wind farm.", passage).supported
    assert scorer.score("Carnby Parish Council opposed the Kestrel Ridge wind farm.", passage).supported


def test_a_speaker_whose_name_only_ends_alike(scorer):
    passage = ["Southvale Water has imposed a hosepipe ban on 1.4 million customers from Friday. Managing director "
               "Tom Reyes said leakage had been cut by 12% since last year. The Consumer Council for Water said the "
               "firm should have acted sooner on leaks."]
    assert not scorer.score("Southvale Water said the firm should have acted sooner on leaks.", passage).supported
    assert scorer.score("The Consumer Council for Water said Southvale should have acted sooner on leaks.",
                        passage).supported
    assert scorer.score("Mr Reyes said leakage had been cut by 12% since last year.", passage).supported


def test_a_figure_on_the_other_side_of_its_bound(scorer):
    passage = ["The Brackley battery site, built by contractor Voss Engineering, cost just over £40 million. Fewer "
               "than 300 people objected to it. Voss employs more than 1,200 staff."]
    assert not scorer.score("The Brackley battery site cost a little under £40 million.", passage).supported
    assert scorer.score("The Brackley battery site cost slightly more than £40 million.", passage).supported
    assert not scorer.score("More than 300 people objected to the Brackley battery site.", passage).supported
    assert not scorer.score("Voss employs just under 1,200 people.", passage).supported
    assert scorer.score("Voss employs over 1,200 people.", passage).supported


def test_a_pole_word_borrowed_from_another_sentence(scorer):
    passage = ["Greystone District Council has refused planning permission for a 30-hectare solar farm at Fenwick "
               "Moor. Developer Brightfield Solar said the scheme would have powered 9,000 homes. Brightfield "
               "estimated it lost £1.2 million on the application. The council's planning officer, Dan Wyre, had "
               "recommended approval."]
    assert not scorer.score("Greystone District Council approved a 30-hectare solar farm at Fenwick Moor.",
                            passage).supported
    assert not scorer.score("Planning officer Dan Wyre had recommended refusal.", passage).supported
    assert scorer.score("The council rejected the Fenwick Moor solar farm although Dan Wyre had recommended "
                        "approval.", passage).supported
    assert not scorer.score("The council estimated Brightfield lost £1.2 million on the application.",
                            passage).supported
    assert scorer.score("Brightfield estimated that the application cost it £1.2 million.", passage).supported


def test_a_half_said_in_words(scorer):
    passage = ["Members of the Harbour Staff Union rejected a 4.5 per cent pay offer from Marlow Ferries. The ferry "
               "operator's passenger cap will rise from 2.5 million to 4 million a year."]
    assert scorer.score("Union members turned down a pay offer of four and a half per cent.", passage).supported
    assert not scorer.score("Union members turned down a pay offer of five and a half per cent.", passage).supported
    assert scorer.score("Marlow Ferries may carry one and a half million more passengers each year.",
                        passage).supported
    assert not scorer.score("Marlow Ferries may carry three and a half million more passengers each year.",
                            passage).supported


def test_a_share_of_a_count(scorer):
    passage = ["Inspectors from Dunmore Surveys found cracks in 11 of the viaduct's 24 arches. Repairs to the "
               "Ashby and Kelmore stations will cost £8m."]
    assert scorer.score("Inspectors found cracks in almost half of the viaduct's arches.", passage).supported
    assert not scorer.score("Inspectors found cracks in more than half of the viaduct's arches.", passage).supported
    assert not scorer.score("Inspectors found cracks in almost a third of the viaduct's arches.", passage).supported
    assert scorer.score("Repairs to two stations will cost £8m.", passage).supported
    assert not scorer.score("Repairs to three stations will cost £8m.", passage).supported


def test_a_span_of_years_counted_at_both_ends(scorer):
    passage = ["Network operator Eastgrid will invest £310m in the Harnley substation between 2025 and 2029."]
    assert scorer.score("Eastgrid will spend £310m on the Harnley substation over about five years.",
                        passage).supported
    assert scorer.score("Eastgrid will spend £310m on the Harnley substation over four years.", passage).supported
    assert not scorer.score("Eastgrid will spend £310m on the Harnley substation over about eight years.",
                            passage).supported


def test_a_decade_shortened_and_a_trend_repeated(scorer):
    passage = ["The rise of the Red Dawn movement in the late 1970s deepened divisions in the country. Analysts "
               "expect the government to face a diminishing capacity to raise taxes."]
    assert scorer.score("The Red Dawn movement rose in the late '70s and deepened the country's divisions.",
                        passage).supported
    assert not scorer.score("The Red Dawn movement rose in the late '80s and deepened the country's divisions.",
                            passage).supported
    assert scorer.score("Analysts expect the government to be less and less able to raise taxes.", passage).supported
    assert not scorer.score("Analysts expect the government to be more and more able to raise taxes.",
                            passage).supported


def test_a_body_named_by_its_kind(scorer):
    passage = ["Kestrel Water will replace 12 kilometres of mains under Dunmore in a £9m project. The company says "
               "leaks lose about 3 million litres a day."]
    assert scorer.score("Leaks lose around three million litres a day, Kestrel Water says.", passage).supported
    assert not scorer.score("Leaks lose around three million litres a day, Dunmore Council says.", passage).supported


def test_a_link_between_statements_and_a_kindred_word(scorer):
    passage = ["Rising prices have inflamed anti-tourist sentiment in the old town, providing fertile ground for "
               "protest groups. Planners have been given permission to double the town's hotel beds."]
    assert scorer.score("That anti-tourist mood in turn gives protest groups fertile ground.", passage).supported
    assert scorer.score("The decision allows planners to double the town's hotel beds.", passage).supported
    assert not scorer.score("The decision bars planners from doubling the town's hotel beds.", passage).supported


def test_a_say_in_something_is_no_speech(scorer):
    passage = ["The ministry will likely keep funding rural clinics, but faces an uphill battle to gain significant "
               "influence over how provinces spend the money."]
    assert scorer.score("The ministry will probably keep funding rural clinics but will struggle to get much say "
                        "over how provinces spend the money.", passage).supported
    assert not scorer.score("The ministry will probably stop funding rural clinics and will struggle to get much "
                            "say over how provinces spend the money.", passage).supported


def test_an_act_stopped_or_kept_going(scorer):
    passage = ["Dunmore Council stopped funding the Eastside youth club in April. The Carrow Trust will keep funding "
               "the Westside club until 2027."]
    assert not scorer.score("Dunmore Council kept funding the Eastside youth club after April.", passage).supported
    assert not scorer.score("The Carrow Trust will stop funding the Westside club.", passage).supported
    assert scorer.score("The Carrow Trust will continue funding the Westside club until 2027.", passage).supported
    assert scorer.score("Dunmore Council ended its funding of the Eastside youth club in April.", passage).supported


def test_ideas_needing_a_fresh_look(scorer):
    passage = ["The collapse of the fishing accord signals a realignment in the region, demanding a reassessment of "
               "decades-old assumptions about coastal security."]
    assert scorer.score("As a result of this shift, long-held ideas about coastal security need a fresh look.",
                        passage).supported
    assert scorer.score("The region's strategy has to be rethought because the fishing accord collapsed.",
                        passage).supported
    assert not scorer.score("As a result of this shift, long-held ideas about coastal security are confirmed.",
                            passage).supported


def test_a_figure_converted_into_another_unit(scorer):
    passage = ["Drivers face a signed diversion of 14 miles via Brackley Cross. Each turbine will stand up to 180 "
               "metres tall."]
    assert scorer.score("Drivers face a diversion of about 22 kilometres via Brackley Cross.", passage).supported
    assert not scorer.score("Drivers face a diversion of about 30 kilometres via Brackley Cross.", passage).supported
    assert not scorer.score("Drivers face a diversion of 14 kilometres via Brackley Cross.", passage).supported
    assert scorer.score("Each turbine will stand up to roughly 590 feet tall.", passage).supported
    assert not scorer.score("Each turbine will stand up to roughly 900 feet tall.", passage).supported


def test_a_country_of_two_words_is_no_city(scorer):
    passage = ["The 2005 summit was held in Busan, South Korea, and drew leaders from 21 economies."]
    question = "Which city hosted the 2005 summit?"
    assert not scorer.score("South Korea", passage, question).supported
    assert scorer.score("Busan", passage, question).supported


def test_no_one_hurt_beside_harm_to_things(scorer):
    passage = ["Kelso Foods has won £120,000 in damages from a builder over a collapsed shed roof in Hexham. A judge "
               "found the builder had underestimated snow loads in its 2019 design. The roof gave way in March 2022, "
               "destroying stock worth £40,000. Nobody was injured."]
    assert scorer.score("No one was hurt when the Hexham shed roof collapsed in March 2022.", passage).supported
    assert not scorer.score("Several staff were hurt when the Hexham shed roof collapsed in March 2022.",
                            passage).supported


def test_short_of_a_target_is_below_it(scorer):
    passage = ["The Warmer Homes scheme insulated 58,000 homes in its first two years, short of its target of 90,000."]
    assert scorer.score("The Warmer Homes scheme missed its two-year target by 32,000 homes.", passage).supported
    assert not scorer.score("The Warmer Homes scheme met its two-year target of 90,000 homes.", passage).supported
    assert not scorer.score("The Warmer Homes scheme missed its two-year target by 42,000 homes.", passage).supported


def test_use_is_no_useful(scorer):
    passage = ["Analyst Dr. Maya Ostrov warns that a purely military response will only deepen the underlying "
               "tensions, calling the plan a dangerous oversimplification."]
    assert scorer.score("Dr. Maya Ostrov warns that using only the army will deepen the tensions.", passage).supported
    assert not scorer.score("Dr. Maya Ostrov calls the plan a useful simplification.", passage).supported


def test_a_gap_in_millions_written_as_m(scorer):
    passage = ["Families in temporary accommodation cost Fenwick council £7.4 million in 2024, compared with "
               "£4.6 million in 2022."]
    assert scorer.score("Fenwick council spent £2.8m more on temporary housing in 2024 than in 2022.", passage).supported
    assert not scorer.score("Fenwick council spent £3.8m more on temporary housing in 2024 than in 2022.",
                            passage).supported


def test_a_share_of_a_whole_said_first(scorer):
    passage = ["Work has begun on 240 homes at the old Kelham Tannery site, with 40 percent set aside as "
               "affordable housing."]
    assert scorer.score("Of the 240 homes at the old tannery site, 96 will be affordable.", passage).supported
    assert not scorer.score("Of the 240 homes at the old tannery site, 120 will be affordable.", passage).supported


def test_a_fraction_as_the_size_of_a_change(scorer):
    passage = ["Nursery manager Ella Shaw said waiting lists had grown by 37 percent since last year."]
    assert scorer.score("Ms Shaw said waiting lists have grown by more than a third since last year.",
                        passage).supported
    assert scorer.score("Ms Shaw said waiting lists are more than a third longer than last year.", passage).supported
    assert not scorer.score("Ms Shaw said waiting lists have grown by more than a half since last year.",
                            passage).supported


def test_a_wish_denied_is_no_act_denied(scorer):
    passage = ["Council tenants in Brayford will pay 6.9 percent more rent from April. Housing lead Councillor "
               "Nadia Reece said the extra income of £3.2 million would fund repairs. \"Nobody wants to raise "
               "rents, but our homes need work,\" she said."]
    assert scorer.score("Ms Reece said the extra £3.2m raised will pay for repairs.", passage).supported
    assert not scorer.score("Ms Reece said the extra £4.2m raised will pay for repairs.", passage).supported


def test_less_before_a_pole_word_and_a_second_look(scorer):
    passage = ["The growing instability within the Coastal Compact, driven by a surge in smuggling, demands a rethink. "
               "The bloc was formed in 1972 to coordinate fishing rights. Its members face a reassessment of old "
               "assumptions about maritime stability."]
    assert scorer.score("Things are getting less stable inside the Coastal Compact.", passage).supported
    assert scorer.score("Old ideas about maritime stability need a second look.", passage).supported
    # The opening sentence is about the compact: the last sentence's "stability" does not back it.
    assert not scorer.score("The Coastal Compact is becoming more stable.", passage).supported
    assert not scorer.score("Stability within the Coastal Compact is improving.", passage).supported


def test_a_date_is_not_another_facts_to_lend(scorer):
    lexical = SupportScorer(None)   # the words alone, without the sentence similarity to lean on
    passage = ["The Varn accord, signed in 1965, set up a framework for trade. The rise of the Red Dawn militia in the "
               "late 1970s and early 1980s eroded trust in the state, leading to a deterioration of relations. A series "
               "of bribery scandals involving port officials in the 1990s further strained ties."]
    assert scorer.score("Bribery scandals in the 1990s made relations worse.", passage).supported
    assert scorer.score("The Red Dawn militia rose in the late 1970s and early 1980s and relations deteriorated.",
                        passage).supported
    assert lexical.score("Bribery scandals in the 1990s made relations worse.", passage).supported
    # The 1980s are the militia's; the one sentence on the scandals dates them to the 1990s.
    assert not scorer.score("Bribery scandals in the 1980s made relations worse.", passage).supported
    assert not lexical.score("Bribery scandals in the 1980s made relations worse.", passage).supported


def test_a_figure_given_to_the_fact_beside_it(scorer):
    passage = ["Figures released by the Harbour Statistics Office show a 41% increase in container arrivals at Port "
               "Vell in Q2 2024, coupled with a 17% rise in reported cargo thefts. Officials blame understaffing."]
    assert scorer.score("Reported cargo thefts went up by 17%.", passage).supported
    assert scorer.score("Container arrivals at Port Vell rose 41% in Q2 2024.", passage).supported
    assert not scorer.score("Reported cargo thefts went up by 41%.", passage).supported
    assert not scorer.score("Container arrivals at Port Vell rose 17% in Q2 2024.", passage).supported


def test_plain_words_for_a_state(scorer):
    passage = ["Regional banks such as the Delta Fund are often hampered by bureaucratic inertia. The rebels, "
               "centred in the remote Varn valley, exploit political fragmentation. Governor Ilse Marr faces a "
               "struggling economy."]
    assert scorer.score("Regional banks like the Delta Fund are often held back by red tape.", passage).supported
    assert scorer.score("The rebels, centred in the far-off Varn valley, exploit a split political scene.",
                        passage).supported
    assert scorer.score("Governor Ilse Marr faces an economy that is having a hard time.", passage).supported
    assert not scorer.score("Governor Ilse Marr faces an economy that is doing well.", passage).supported


def test_a_claim_near_one_clause_of_a_long_sentence(scorer):
    passage = ["Data published by the regional water authority indicates a 29% increase in household water use "
               "across the Dravo basin in summer 2024, coupled with a 12% rise in reported pipe bursts. Engineers "
               "blame ageing mains."]
    assert scorer.score("Reported cases of pipes bursting climbed 12%.", passage).supported
    assert scorer.score("There were 12% more reports of pipes bursting.", passage).supported
    assert not scorer.score("There were 29% more reports of pipes bursting.", passage).supported
    assert not scorer.score("Reported cases of pipes bursting fell 12%.", passage).supported


def test_a_denial_with_will_not_of_what_another_sentence_says(scorer):
    passage = ["Anglian Water will bring in a sprinkler ban across Suffolk from 2 August after the driest summer in 40 "
               "years. Levels at Alton Water have fallen to 58%, compared with 80% a year ago. Customers who ignore "
               "the ban could face fines of up to £1,000."]
    assert scorer.score("People in Suffolk can't use sprinklers from 2 August.", passage).supported
    assert not scorer.score("Anglian Water says people who ignore the sprinkler ban will not face fines.",
                            passage).supported
    assert not scorer.score("People in Suffolk can't use sprinklers from 12 August.", passage).supported


def test_figures_worked_out_from_a_share_a_cut_parts_and_a_target(scorer):
    passage = ["A chemical spill killed an estimated 3,600 fish, about 40% of them grayling, along the River Lugg. "
               "Vale Creamery will cut the price it pays farmers for milk by 1.2p to 35.4p a litre from 1 May. "
               "The planting was paid for with a £2.2m grant from the Forest Trust and £300,000 from Wyre Council. "
               "The Wyre partnership planted 64,000 trees this winter, beating its target by 4,000."]
    assert scorer.score("Roughly 1,400 grayling were among the fish killed in the River Lugg.", passage).supported
    assert not scorer.score("Roughly 2,400 grayling were among the fish killed in the River Lugg.", passage).supported
    assert scorer.score("Before this cut, Vale Creamery was paying farmers 36.6p a litre.", passage).supported
    assert not scorer.score("Before this cut, Vale Creamery was paying farmers 37.6p a litre.", passage).supported
    assert scorer.score("The planting cost £2.5m in all: £2.2m from the Forest Trust plus £300,000 from Wyre Council.",
                        passage).supported
    assert not scorer.score("The planting cost £2.6m: £2.2m from the Forest Trust plus £300,000 from Wyre Council.",
                            passage).supported
    assert scorer.score("The Wyre partnership was aiming for 60,000 trees this winter and planted 64,000.",
                        passage).supported
    assert not scorer.score("The Wyre partnership was aiming for 68,000 trees this winter and planted 64,000.",
                            passage).supported
    assert not scorer.score("The Wyre partnership fell 4,000 trees short of its target this winter.", passage).supported


def test_a_count_lent_from_the_sentence_beside_it(scorer):
    passage = ["Wool prices have fallen for a third year. Union chair Tom Reed said a typical 150-ewe flock would "
               "lose about £9,000 a year. Farmer Ann Cole, who keeps 90 ewes near Ludlow, is thinking of selling up."]
    assert scorer.score("Tom Reed reckons a typical flock of 150 ewes stands to lose about £9,000 a year.",
                        passage).supported
    assert scorer.score("Ann Cole, who has a 90-ewe flock near Ludlow, may sell up.", passage).supported
    assert not scorer.score("Tom Reed reckons a typical 90-ewe flock stands to lose about £9,000 a year.",
                            passage).supported


def test_plain_idioms_a_heading_and_a_spoken_title(scorer):
    passage = ["The present predicament of the Coastal Compact is not a spontaneous eruption but the culmination of "
               "several interconnected trends. It demands immediate strategic recalibration and a reassessment of "
               "decades-old assumptions about maritime stability. \"We have never seen damage on this scale,\" said "
               "Dr. Elena Marsh, an analyst at the Harbour Institute."]
    assert scorer.score("The Coastal Compact's trouble didn't come out of nowhere: it's the end result of several "
                        "trends that feed into each other.", passage).supported
    assert scorer.score("Bottom line: the Coastal Compact's situation can't wait, and its strategy needs a rethink "
                        "right now.", passage).supported
    assert scorer.score("It's time to take another look at assumptions about maritime stability that go back decades.",
                        passage).supported
    assert scorer.score("Doctor Elena Marsh, an analyst at the Harbour Institute, says she has never seen damage this "
                        "bad.", passage).supported
    assert not scorer.score("Doctor Elena Vance, an analyst at the Harbour Institute, says she has never seen damage "
                            "this bad.", passage).supported
    assert not scorer.score("Bottom line: the Coastal Compact's situation calls for no rethink of strategy.",
                            passage).supported


def test_no_longer_and_stop_being_deny_alike(scorer):
    passage = ["The Marden Health Board has recommended that pethidine no longer be used as a first-choice painkiller "
               "in the region's hospitals."]
    assert scorer.score("The Marden Health Board advised that pethidine should stop being a first-choice painkiller "
                        "in the region's hospitals.", passage).supported
    assert not scorer.score("The Marden Health Board advised that pethidine should be a first-choice painkiller in "
                            "the region's hospitals.", passage).supported


def test_a_country_named_by_its_head_of_state(scorer):
    passage = ["Key stakeholders in this complex dynamic include the United States, the Bolivian government under "
               "President Ana Dorn, and a burgeoning array of regional actors. President Dorn, facing mounting domestic "
               "pressure and a struggling economy, is attempting to balance security demands with economic "
               "liberalization, creating friction with sectors advocating for stronger state controls. The US, led by "
               "Deputy Secretary Hale, is focused on leveraging economic opportunities, particularly in Bolivia's vast "
               "mineral resources."]
    assert scorer.score("President Dorn is under more and more pressure at home, and Bolivia's economy is having a "
                        "hard time.", passage).supported
    assert not scorer.score("President Dorn is under more and more pressure at home, and the economy of the United "
                            "States is having a hard time.", passage).supported


def test_a_use_of_money_the_passage_never_gives(scorer):
    passage = ["Tarn Water has been fined £1.4m at Leeds Crown Court for pumping raw sewage into Holme Beck over nine "
               "days in May 2023. The spill killed an estimated 2,000 fish along a two-mile stretch. The prosecution "
               "was brought by the Environment Agency after walkers reported dead fish."]
    assert scorer.score("Tarn Water was fined £1.4m after raw sewage killed some 2,000 fish in Holme Beck.",
                        passage).supported
    assert not scorer.score("The £1.4m fine will be used to restock Holme Beck with fish.", passage).supported


def test_a_sum_after_a_camel_case_name_is_a_sum(scorer):
    passage = ["The Competition Authority of Brenna fined software firm AppNest 310 million euros on 2 May for abusing "
               "its dominant position in the app market. AppNest said it would appeal."]
    assert scorer.score("Brenna's Competition Authority imposed a €310m penalty on AppNest for abusing its dominance "
                        "in the app market.", passage).supported
    assert not scorer.score("Brenna's Competition Authority imposed a €130m penalty on AppNest for abusing its "
                            "dominance in the app market.", passage).supported


def test_numbers_said_as_they_are_spoken(scorer):
    passage = ["Harbour Council has approved a £2.4 million plan to resurface the B3212 between Millbrook and Tavy "
               "Cross. Work will start on 15 March and last 12 weeks, council roads chief Anna Lowe said. Parking at "
               "the new park-and-ride will cost £4.50 a day, and 950 spaces will be built. The scheme should be "
               "finished by 2027."]
    for claim in ("Two point four million pounds is going on resurfacing the B3212, Harbour Council has agreed.",
                  "Council roads chief Anna Lowe says work will start on the fifteenth of March.",
                  "Parking at the new park-and-ride will be four pounds fifty a day.",
                  "Nine hundred and fifty spaces are being built at the park-and-ride.",
                  "The scheme should be done by two thousand and twenty-seven."):
        assert scorer.score(claim, passage).supported, claim
    for claim in ("Three point four million pounds is going on resurfacing the B3212, Harbour Council has agreed.",
                  "Council roads chief Anna Lowe says work will start on the sixteenth of March.",
                  "Parking at the new park-and-ride will be five pounds fifty a day.",
                  "Nine hundred and sixty spaces are being built at the park-and-ride.",
                  "The scheme should be done by two thousand and twenty-eight."):
        assert not scorer.score(claim, passage).supported, claim


def test_a_day_of_the_month_past_the_twelfth_said_as_an_ordinal(scorer):
    passage = ["The Lowther Show returns on 21 August after a two-year break, organiser Ruth Cole said."]
    assert scorer.score("The Lowther Show is back on the twenty-first of August after two years off.",
                        passage).supported
    assert not scorer.score("The Lowther Show is back on the twenty-third of August after two years off.",
                            passage).supported


def test_a_shortened_rank_and_twice_as_many(scorer):
    passage = ["Sergeant Amy Rowe of Dunmore police said the new van lets officers carry twice as many cones to "
               "crash scenes."]
    assert scorer.score("Sgt Amy Rowe says the new van means officers can take double the cones to crash scenes.",
                        passage).supported
    assert not scorer.score("Sgt Amy Rowe says the new van means officers can take triple the cones to crash "
                            "scenes.", passage).supported
    assert not scorer.score("Insp Amy Rowe says the new van means officers can take double the cones to crash "
                            "scenes.", passage).supported


def test_a_share_of_a_rise_and_an_idiom_for_worn_out(scorer):
    passage = ["Fuel bills at Carden Primary have risen by 40 per cent since 2022. \"The boiler is past its best,\" "
               "head teacher Mark Oduya said."]
    assert scorer.score("Carden Primary's fuel bills are up two-fifths since 2022.", passage).supported
    assert not scorer.score("Carden Primary's fuel bills are up three-fifths since 2022.", passage).supported
    assert scorer.score("Head teacher Mark Oduya says the boiler has had its day.", passage).supported


def test_a_count_worked_out_from_a_share_of_a_possessed_whole_and_hours_between_clock_times(scorer):
    passage = ["Around 60 per cent of the club's 280 players are under 16. Training will run from 5pm to 8pm on "
               "Tuesdays."]
    assert scorer.score("Roughly 170 of the club's 280 players are under 16.", passage).supported
    assert not scorer.score("Roughly 190 of the club's 280 players are under 16.", passage).supported
    assert scorer.score("Tuesday training will last three hours.", passage).supported
    assert not scorer.score("Tuesday training will last four hours.", passage).supported


def test_the_frame_of_meeting_minutes_states_nothing(scorer):
    passage = ["The paper argues that the Harlow Accord's funding rules, in place since 2009, need to be reassessed. "
               "Grants to member states fell by 12% last year."]
    assert scorer.score("Members heard that grants to member states had dropped by 12% last year.", passage).supported
    assert not scorer.score("Members heard that grants to member states had dropped by 21% last year.",
                            passage).supported
    assert scorer.score("Staff were told that the Harlow Accord's funding rules, in force since 2009, needed to be "
                        "looked at again.", passage).supported
    assert not scorer.score("Staff were told that the Harlow Accord's funding rules, in force since 2019, needed to "
                            "be looked at again.", passage).supported
    # The frame is read as nothing, and "looked at again" as "reassessed".
    assert rephrased("Members heard that grants fell.") == rephrased("It was noted that grants fell.") == "grants fell."
    assert rephrased("Costs, the meeting heard, rose.") == "Costs, rose."
    assert rephrased("The rules needed to be looked at again.") == "The rules needed to be reassessed."


def test_appeared_out_of_nowhere_is_no_spontaneous_eruption_denied(scorer):
    passage = ["Relations between the two ports have worsened sharply over the past six months. The feud is not a "
               "spontaneous eruption, but the culmination of several interconnected trends."]
    assert scorer.score("The feud had not appeared out of nowhere but grew out of several linked trends.",
                        passage).supported


def test_a_speaker_by_first_name_and_a_second_chance(scorer):
    passage = ["Florist Maya Brennan has reopened Petal & Stem on Quay Street after a £9,000 refit. Brennan, who "
               "employs three staff, said trade had been slow. \"We almost closed in the spring, so this feels like a "
               "second chance,\" she said."]
    assert scorer.score("Maya says the florist nearly shut its doors in the spring, so reopening feels like a fresh "
                        "start.", passage).supported
    assert not scorer.score("Maya says the florist nearly shut its doors in the autumn, so reopening feels like a "
                            "fresh start.", passage).supported
    assert not scorer.score("Jonas says the florist nearly shut its doors in the spring, so reopening feels like a "
                            "fresh start.", passage).supported


def test_again_and_again_is_time_after_time_and_who_said_it(scorer):
    passage = ["Dunford Magistrates' Court on 4 June fined landlord Carl Mercer £3,100 for leaving a boiler unrepaired "
               "in two flats on Kiln Street. The case was brought by Dunford Council. Council officer Priya Shah told "
               "magistrates that repairs had been promised \"again and again\". Mercer was also ordered to pay £600 in "
               "costs."]
    assert scorer.score("Council officer Priya Shah told the court that repairs to the Kiln Street flats had been "
                        "promised time after time.", passage).supported
    assert not scorer.score("In court, landlord Carl Mercer said repairs to the Kiln Street flats had been promised "
                            "time after time.", passage).supported
    assert rephrased("promised over and over again") == rephrased("promised time and again") == "promised repeatedly"


def test_who_pays_for_a_thing_and_who_buys_it(scorer):
    passage = ["Marlow Lido will close for six weeks while its pumps are replaced at a cost of £90,000. The lido is run "
               "by Swim Marlow on behalf of Marlow Town Council, which is paying for the work. Brook Cycles will close "
               "on 3 May; Hale Outdoor, which is buying its remaining bikes for £8,000, will take on two of its staff."]
    assert scorer.score("Marlow Town Council is footing the £90,000 bill for the new pumps at the lido.",
                        passage).supported
    assert not scorer.score("Swim Marlow is footing the £90,000 bill for the new pumps at the lido.", passage).supported
    assert scorer.score("Hale Outdoor is paying £8,000 for the bikes Brook Cycles has left.", passage).supported
    assert not scorer.score("Brook Cycles is paying £8,000 for the bikes Hale Outdoor has left.", passage).supported


def test_teens_who_do_not_know_as_someone_reckons(scorer):
    passage = ["Police in Marden seized 12 scooters last month. \"Most riders are teenagers who don't realise they "
               "need insurance,\" Sergeant Ann Cole said."]
    assert scorer.score("Sergeant Ann Cole reckons most riders are teens who don't know they need insurance.",
                        passage).supported
    assert not scorer.score("Sergeant Ann Dale reckons most riders are teens who don't know they need insurance.",
                            passage).supported
    assert "reckon" not in scorer.score("Teens reckon it is fine.", passage).unsupported_terms   # a reporting word


def test_a_road_code_is_a_name_not_a_number(scorer):
    passage = ["Harbour Council has approved a £2.4 million plan to resurface the A38 between Millbrook and Tavy Cross. "
               "Work will start on 15 March, council roads chief Anna Lowe said."]
    assert scorer.score("Work starts on the A38 in March, council roads chief Anna Lowe says.", passage).supported
    assert not scorer.score("Work starts on the A39 in March, council roads chief Anna Lowe says.", passage).supported
    assert not scorer.score("Work starts on the A38 in May, council roads chief Anna Lowe says.", passage).supported


def test_a_first_time_the_passage_never_claims(scorer):
    passage = ["Dale Rangers have raised £18,000 to put floodlights at their ground on Mill Road, West Harden. The "
               "lights will let the club's nine youth teams train on winter evenings."]
    assert scorer.score("The new lights at Mill Road mean Dale Rangers' nine youth teams can train on winter evenings.",
                        passage).supported
    assert not scorer.score("Dale Rangers say the floodlights will let the club's youth teams train on winter evenings "
                            "for the first time.", passage).supported


def test_a_named_place_the_passage_never_gives(scorer):
    passage = ["Police in Hollow Cross have seized 17 e-scooters in a four-week crackdown around Fenner Park. Sergeant "
               "Ian Bale said officers also gave 30 warnings."]
    assert scorer.score("Officers have taken 17 e-scooters off riders around Fenner Park during a four-week clampdown.",
                        passage).supported
    assert not scorer.score("Officers have taken 17 e-scooters off riders near Hollow Cross station during a "
                            "four-week clampdown.", passage).supported
    assert not scorer.score("Officers have taken 17 e-scooters off riders near the old bus station during a "
                            "four-week clampdown.", passage).supported


def test_spoken_lengths_counts_and_speeds(scorer):
    passage = ["A 20mph limit will start outside six primary schools in Dunley on 15 September. The signed diversion "
               "through Astley adds around fifteen minutes to journeys."]
    assert scorer.score("Twenty mile an hour limits are coming in outside half a dozen Dunley primary schools.",
                        passage).supported
    assert not scorer.score("Thirty mile an hour limits are coming in outside half a dozen Dunley primary schools.",
                            passage).supported
    assert scorer.score("The signed detour through Astley adds about a quarter of an hour.", passage).supported
    assert not scorer.score("The signed detour through Astley adds about three quarters of an hour.",
                            passage).supported
    assert rephrased("in the late 80s") == "in the late 1980s"
    assert rephrased("in her late 80s") == "in her late 80s"   # an age, not a decade


def test_a_gap_said_with_a_hedge_or_as_an_extra_count(scorer):
    passage = ["Around 412,000 journeys were made from Hatton station in the year to March, compared with 214,000 "
               "the year before. Brayfield School has grown from 900 to 1,250 pupils in five years."]
    assert scorer.score("Hatton station saw nearly two hundred thousand more journeys in the year to March than the "
                        "year before.", passage).supported
    assert scorer.score("Hatton station saw about 200,000 more journeys in the year to March than the year before.",
                        passage).supported
    assert not scorer.score("Hatton station saw about 150,000 more journeys in the year to March than the year "
                            "before.", passage).supported
    assert scorer.score("Brayfield School has taken on an extra three hundred and fifty pupils in five years.",
                        passage).supported
    assert not scorer.score("Brayfield School has taken on an extra 450 pupils in five years.", passage).supported


def test_a_share_of_a_sum_worked_out(scorer):
    passage = ["More than 2,500 trees will be planted along the Kelby ring road this winter. The £310,000 project is "
               "part-funded by the Clean Streets programme, which is covering 60 per cent of the cost."]
    assert scorer.score("The Clean Streets programme is putting about a hundred and eighty-six thousand pounds "
                        "towards the Kelby tree planting.", passage).supported
    assert not scorer.score("The Clean Streets programme is putting about £196,000 towards the Kelby tree planting.",
                            passage).supported


def test_a_one_word_heading_that_is_a_name_is_checked(scorer):
    passage = ["\"A purely military response will only make the tensions worse,\" notes Dr. Maria Costa, an analyst."]
    assert scorer.score("Costa: a military-only response will make tensions worse.", passage).supported
    assert scorer.score("Verdict: a military-only response will make tensions worse.", passage).supported
    assert not scorer.score("Moreno: a military-only response will make tensions worse.", passage).supported
    assert scorer.score("Security: a military-only response will make tensions worse, Costa notes.", passage).supported


def test_saying_sorry_cooling_and_a_site_given_the_wrong_name(scorer):
    passage = ["Brookside Water said it had since spent £500,000 on new alarms and apologised to anglers. Bus fares "
               "across the Denholm area will be capped at £2. The cap does not apply to the Eastwick park-and-ride. "
               "The influx has inflamed anti-immigrant sentiment."]
    assert scorer.score("Brookside Water has said sorry to anglers.", passage).supported
    assert not scorer.score("Brookside Water has refused to say sorry to anglers.", passage).supported
    assert scorer.score("The £2 cap won't apply on the Eastwick park-and-ride.", passage).supported
    assert not scorer.score("The £2 cap won't apply on the Denholm park-and-ride.", passage).supported
    hospital = ["St Aldric Hospital in Wenmouth has cut average waiting times in its emergency department to three hours."]
    assert scorer.score("The Wenmouth hospital has cut its average emergency waiting times to three hours.",
                        hospital).supported
    assert not scorer.score("Anti-immigrant sentiment is cooling.", passage).supported


def test_young_trees_a_detour_a_leak_and_handing_over(scorer):
    passage = ["Local schools will help plant around 400 of the saplings in February. Dealer Kemp Motors has donated "
               "two vehicles for students to work on. Around 3,000 fish died after sewage was discharged into the "
               "brook."]
    for claim in ("Schools will help get about four hundred of the young trees planted in February.",
                  "Kemp Motors has handed over two cars for students to work on.",
                  "Some three thousand fish died after the sewage leak."):
        result = scorer.score(claim, passage)
        assert result.supported and result.unsupported_terms == [], result   # each word backed, none let through
    assert not scorer.score("Some five thousand fish died after the sewage leak.", passage).supported


def test_the_place_or_subject_a_story_opens_on_said_short(scorer):
    passage = ["A new 20mph limit will come into force outside six primary schools in Dunley from 15 September. The "
               "council approved it on Tuesday. The signs and road markings will cost £84,000, paid for from a regional "
               "road safety fund.",
               "Kestrel College has launched a free evening course in electric vehicle repair. The 12-week course "
               "starts on 6 February and has 48 places. Course leader Amy Fox said 30 per cent of garages in the "
               "region had turned away electric car work. \"The cars are arriving faster than the skills,\" she said. "
               "Local dealership Arden Motors has donated two vehicles for students to work on."]
    assert scorer.score("The new signs and markings outside Dunley's schools will cost £84,000.", passage).supported
    assert not scorer.score("The new signs and markings outside Marley's schools will cost £84,000.",
                            passage).supported
    assert scorer.score("Students on the Kestrel course have two vehicles to work on, donated by Arden Motors.",
                        passage).supported
    assert not scorer.score("Students on the course have two vehicles to work on from Kestrel's dealership.",
                            passage).supported


def test_where_money_comes_from_the_passage_never_says(scorer):
    passage = ["The regional farm office is offering farmers hit by the drought interest-free loans of up to £40,000. "
               "The scheme is paid for from a regional rural recovery fund, officials said."]
    assert scorer.score("Farmers hit by the drought can get interest-free loans of up to £40,000, paid for out of a "
                        "regional rural recovery pot.", passage).supported
    assert not scorer.score("Farmers hit by the drought can get interest-free loans of up to £40,000, paid for out of "
                            "its emergency reserve.", passage).supported
    assert not scorer.score("Farmers hit by the drought can get interest-free loans of up to £40,000, funded by a new "
                            "tax on fertiliser imports.", passage).supported


def test_a_margin_of_votes(scorer):
    passage = ["Kestrel Borough Council's planning committee approved the plan by seven votes to four on Wednesday."]
    assert scorer.score("The planning committee backed the plan by a margin of three votes.", passage).supported
    assert scorer.score("The planning committee backed the plan by a three-vote margin.", passage).supported
    assert not scorer.score("The planning committee backed the plan by a margin of two votes.", passage).supported
    assert rephrased("won by a narrow margin of 5 points") == "won by 5 points"


def test_an_occasion_the_passage_never_gives(scorer):
    passage = ["Brayton Academy is to get a new £4.5 million science block after the Department for Education approved "
               "funding this week. The school has grown from 900 to 1,250 pupils in five years."]
    assert scorer.score("Brayton Academy is getting a £4.5 million science block after the Department for Education "
                        "signed off the money.", passage).supported
    assert not scorer.score("Brayton Academy is getting a £4.5 million science block after inspectors criticised its "
                            "cramped labs.", passage).supported


def test_tenths_of_a_point(scorer):
    passage = ["Unemployment in Rhenmark fell to 4.1% in May from 4.4% in April, its lowest level in 16 years."]
    assert scorer.score("Rhenmark's unemployment dropped three-tenths of a point to 4.1 percent in May.",
                        passage).supported
    assert not scorer.score("Rhenmark's unemployment dropped five-tenths of a point to 4.1 percent in May.",
                            passage).supported


def test_a_sum_spread_over_years(scorer):
    passage = ["Bus fares across the Tenby area will be capped at £2. The transport authority is putting £1.1 million "
               "into the scheme over two years."]
    assert scorer.score("The transport authority is spending one point one million on the fare cap, on average "
                        "five hundred and fifty thousand a year.", passage).supported
    assert not scorer.score("The transport authority is spending one point one million on the fare cap, on average "
                            "six hundred thousand a year.", passage).supported


def test_the_opening_sentence_beside_a_later_one_that_adds_nothing_of_its_own(scorer):
    flights = ["Northway Airlines will end flights between Carston and Bellmouth on November 1, citing low demand. The "
               "route carried an average of 19 passengers per flight last year. Bellmouth's airport manager, Neil "
               "Carter, said he was in talks with two other carriers. Passengers with bookings after the cut-off will "
               "receive full refunds."]
    assert scorer.score("Anyone booked to fly after November 1 will receive a full refund.", flights).supported
    assert scorer.score("Northway passengers booked after November 1 will be fully refunded.", flights).supported
    storm = ["Storm Edna brought winds of up to 78mph to the Wexcombe coast overnight on Wednesday, leaving around 6,500 "
             "homes without power. Supplies had been restored to all but 400 properties by Thursday afternoon. The A595 "
             "was closed for five hours near Millhaven. The Met Office had issued an amber warning for wind on Tuesday."]
    # The later sentence gives its own day: the opening one's Wednesday is not the warning's.
    assert not scorer.score("The Met Office issued its amber wind warning on Wednesday, the night Storm Edna struck "
                            "the Wexcombe coast.", storm).supported


def test_a_cable_paragraph_marking_and_its_conventions(scorer):
    passage = ["Minister Elena Duarte, facing a budget shortfall, has delayed the port tender until March. Officials in "
               "Lisbon say the delay will cost the project about 40 million euros."]
    # The paragraph marking says nothing, "reftel" is the document, and a surname in capitals is the name.
    assert scorer.score("(SBU) Per reftel, DUARTE has put the port tender off until March.", passage).supported
    assert scorer.score("2. (C//NF) Reftel reports that the delay will cost the project about 40 million euros.",
                        passage).supported
    # The name in capitals must still be the passage's.
    assert not scorer.score("(SBU) Per reftel, MORAIS has put the port tender off until March.", passage).supported
    assert not scorer.score("(SBU) Per reftel, DUARTE has put the port tender off until June.", passage).supported


def test_without_delay_for_want_of_and_markedly(scorer):
    passage = ["The flooding in Harlow Vale demands an immediate review of the drainage plan. The review has stalled, "
               "largely due to a lack of engineers, and conditions have significantly worsened since spring."]
    assert scorer.score("The Harlow Vale drainage plan has to be reviewed without delay.", passage).supported
    assert scorer.score("The review has stalled, largely for want of engineers.", passage).supported
    assert scorer.score("Conditions have got markedly worse since spring.", passage).supported
    assert not scorer.score("Conditions have got markedly better since spring.", passage).supported



def test_times_of_day_on_either_clock_and_the_time_between_them(scorer):
    passage = ["The team was paged at 14:32 after a walker fell near Carn Dubh, and the first party reached her at "
               "15:50. The crew practised winching until darkness fell at 18:40. A dog found the missing man in a "
               "bothy at 04:10, cold but uninjured."]
    # "14:32" is "2.32pm", "18:40" is "twenty to seven", and "04:10" is "shortly after 4am".
    assert scorer.score("The team was paged at 2.32pm.", passage).supported
    assert scorer.score("The crew practised winching until it got dark at twenty to seven.", passage).supported
    assert scorer.score("The missing man was found shortly after 4am, cold but unhurt.", passage).supported
    assert scorer.score("The first party reached the walker 78 minutes after the page.", passage).supported
    # The other half of the day, the wrong side of the hour, or another gap, is not backed.
    assert not scorer.score("The team was paged at 2.32am.", passage).supported
    assert not scorer.score("The missing man was found just before 4am.", passage).supported
    assert not scorer.score("The first party reached the walker 88 minutes after the page.", passage).supported


def test_a_share_a_ratio_or_a_change_worked_out_from_two_figures(scorer):
    roaster = ["The new roaster cost £62,000, of which £18,000 came from a green business grant. Roasting times "
               "lengthened slightly, from about 12 minutes a batch to 14."]
    fees = ["Stall fees will rise from £35 to £42 a day. Applications closed with 47 people applying for 12 places."]
    search = ["Searchers found the transceiver in an average of 4 minutes 30 seconds, down from 6 minutes last winter."]
    assert scorer.score("Less than a third of the roaster's price was paid for by the grant.", roaster).supported
    assert scorer.score("A batch now takes around two minutes longer to roast than before.", roaster).supported
    assert scorer.score("Stall fees are going up by a fifth.", fees).supported
    assert scorer.score("Nearly four people applied for every place.", fees).supported
    assert scorer.score("Searchers found the transceiver 90 seconds faster on average than last winter.",
                        search).supported
    assert not scorer.score("Less than a quarter of the roaster's price was paid for by the grant.", roaster).supported
    assert not scorer.score("A batch now takes around two minutes less to roast than before.", roaster).supported
    assert not scorer.score("Stall fees are going up by a quarter.", fees).supported
    assert not scorer.score("Nearly five people applied for every place.", fees).supported
    assert not scorer.score("Searchers found the transceiver 90 seconds slower on average than last winter.",
                            search).supported


def test_a_detail_the_claim_adds_in_a_clause_of_its_own(scorer):
    passage = ["Faced with 87 flu admissions last week, Wexcombe Hospital opened a 20-bed overflow ward on Monday. The "
               "charity's treasurer was jailed for stealing £41,000 from its accounts between 2019 and 2022."]
    assert scorer.score("Wexcombe Hospital opened a 20-bed overflow ward on Monday after 87 flu admissions.",
                        passage).supported
    # The same facts with a detail the passage never gives, in a clause of its own.
    assert not scorer.score("Wexcombe Hospital opened a 20-bed overflow ward on Monday, staffed by agency nurses.",
                            passage).supported
    assert not scorer.score("The charity's treasurer was jailed for stealing £41,000 between 2019 and 2022, which "
                            "he spent on gambling debts.", passage).supported
    assert not scorer.score("The charity's treasurer stole £41,000 from its accounts between 2019 and 2022 using "
                            "forged cheque signatures.", passage).supported


def test_a_heading_that_labels_a_note_is_not_a_name(scorer):
    passage = ["The bypass, opened in 2019, was meant to take lorries out of the town centre. Councillors say it has "
               "cut traffic on the high street by a third, although businesses report fewer shoppers."]
    for heading in ("Status", "Assessment", "Hx", "Background", "Findings", "Course"):
        assert scorer.score(f"{heading}: the bypass, opened in 2019, was meant to take lorries out of the town centre.",
                            passage).supported, heading
    # A name as the heading is still checked; so is what follows any heading.
    assert not scorer.score("Mortimer: the bypass, opened in 2019, was meant to take lorries out of the town centre.",
                            passage).supported
    assert not scorer.score("Assessment: the bypass, opened in 2017, was meant to take lorries out of the town centre.",
                            passage).supported


def test_worked_out_figures_a_spoken_ordinal_a_lead_and_the_year_before(scorer):
    peal = ["The peal was conducted by Ruth Abernethy, who was ringing her 300th peal."]
    contest = ["Hadley won the quiz league with 61 points, ahead of the Crown on 54 and the Anchor on 49."]
    fund = ["The treasurer said the repair fund stood at £18,200, up £2,700 on the previous year. Members voted to "
            "raise the annual fee from £20 to £25."]
    assert scorer.score("Ruth Abernethy was ringing her three hundredth peal.", peal).supported
    assert not scorer.score("Ruth Abernethy was ringing her two hundredth peal.", peal).supported
    assert scorer.score("Hadley won the quiz league, finishing seven points clear of the Crown.", contest).supported
    assert not scorer.score("Hadley won the quiz league, finishing nine points clear of the Crown.", contest).supported
    assert scorer.score("A year earlier the repair fund had held £15,500.", fund).supported
    assert not scorer.score("A year earlier the repair fund had held £20,900.", fund).supported
    assert scorer.score("Members voted to raise the annual fee from £20 to £25, an increase of 25 percent.",
                        fund).supported
    assert not scorer.score("Members voted to raise the annual fee from £20 to £25, an increase of 30 percent.",
                            fund).supported


def test_a_stretch_of_the_clock_said_in_halves_and_with_a_hedge(scorer):
    trip = ["The minibus left the depot at 6.50am and returned at 7.40pm, covering 210 miles."]
    course = ["The workshop ran from 10am to 3.30pm, with a break for lunch."]
    assert scorer.score("The minibus was away from the depot for more than twelve and a half hours.", trip).supported
    assert not scorer.score("The minibus was away from the depot for more than thirteen hours.", trip).supported
    assert not scorer.score("The minibus was away from the depot for more than fourteen hours.", trip).supported
    assert scorer.score("The workshop ran for five and a half hours.", course).supported
    assert not scorer.score("The workshop ran for six and a half hours.", course).supported


def test_a_deadline_said_as_no_later_than(scorer):
    passage = ["Entries for the spring show must reach the secretary, Alan Brook, by 12 March."]
    assert scorer.score("Entries must reach the secretary no later than 12 March.", passage).supported
    assert not scorer.score("Entries must reach the secretary no later than 12 April.", passage).supported


def test_unopposed_and_a_then_and_now_turned_round(scorer):
    vote = ["Chair Rosa Linton was re-elected unopposed for a second term."]
    boat = ["The skipper said the new hull made the boat, previously the slowest in the fleet, now the fastest."]
    part = ["The repair cost £4,100, about a third of the £12,500 quoted for a replacement."]
    assert scorer.score("Rosa Linton was re-elected chair without opposition.", vote).supported
    assert not scorer.score("Rosa Linton faced a challenger when she was re-elected chair.", vote).supported
    # A challenger opposes; a challenge is still a difficulty.
    council = ["The council says it faces serious financial challenges this winter."]
    assert scorer.score("The council says it faces serious financial difficulties this winter.", council).supported
    assert scorer.score("The boat, once the slowest in the fleet, has become the fastest.", boat).supported
    assert not scorer.score("The boat, once the fastest in the fleet, has become the slowest.", boat).supported
    assert scorer.score("The repair cost less than the quote for a replacement.", part).supported
    assert not scorer.score("The repair cost more than the quote for a replacement.", part).supported


def test_a_doer_the_passage_gives_in_the_passive_swapped_for_another(scorer):
    passage = ["The scoreboard came back from the Marsden works in May. It was repainted by pupils from the primary "
               "school over the summer."]
    assert scorer.score("Pupils from the primary school repainted the scoreboard over the summer.", passage).supported
    assert scorer.score("The scoreboard was repainted over the summer.", passage).supported
    assert not scorer.score("Staff from the Marsden works repainted the scoreboard over the summer.", passage).supported
    assert not scorer.score("Parents repainted the scoreboard over the summer.", passage).supported


def test_nothing_since_a_time_said_as_the_first_since_or_at_rest_since(scorer):
    fares = ["From 1 May the return fare on the Kelby ferry will rise from £6 to £7, the first increase since 2017."]
    ferry = ["The old chain ferry, which has been out of action since a cable snapped in March, returns on Friday."]
    daily = ["The old chain ferry has crossed every day since March."]
    assert scorer.score("The return fare on the Kelby ferry has not risen since 2017.", fares).supported
    assert not scorer.score("The return fare on the Kelby ferry has not risen since 2012.", fares).supported
    assert scorer.score("The old chain ferry has not crossed since March, when a cable snapped.", ferry).supported
    assert not scorer.score("The old chain ferry has not crossed since March.", daily).supported


def test_a_thing_done_by_someone_the_passage_has_another_do(scorer):
    passage = ["A rare orchid found by botanist Helen Achterberg will be protected, rangers at the Fell Edge reserve "
               "said. Achterberg, a retired nurse, first noticed it beside the footpath on 9 June."]
    assert scorer.score("The orchid was first noticed on 9 June by Helen Achterberg.", passage).supported
    assert scorer.score("The orchid was first noticed on 9 June by a botanist.", passage).supported
    assert not scorer.score("The orchid was first noticed on 9 June by rangers at the Fell Edge reserve.",
                            passage).supported
    # A day or a place before the verb is not its doer.
    court = ["A tribunal in Westholm on Friday ordered the bakery chain Crumbs to pay £80,000 to 12 former drivers."]
    assert scorer.score("Crumbs was ordered by a Westholm tribunal to pay £80,000 to 12 former drivers.", court).supported


def test_the_first_year_said_as_a_first_annual_result(scorer):
    passage = ["Harbour Ferries carried 2.1 million passengers in 2024 and reported a profit of £4 million, its first "
               "annual profit since 2016."]
    assert scorer.score("Harbour Ferries made a profit of £4 million in 2024, the first year it has been profitable "
                        "since 2016.", passage).supported
    assert not scorer.score("Harbour Ferries made a profit of £4 million in 2024, the second year it has been "
                            "profitable since 2016.", passage).supported


def test_hit_harder_and_an_order_in_time_turned_round(scorer):
    storm = ["Storm Hale reached the coast at Penmarrow on Friday night, killing two people. About 3,000 residents of "
             "low-lying streets had been moved out beforehand."]
    spend = ["The water company said it had since spent £250,000 on new pumps at the works and apologised."]
    crops = ["Potato growers expect yields to be a third lower after the wet summer. Onion crops were less affected."]
    assert scorer.score("About 3,000 residents of low-lying streets were moved out before Storm Hale arrived.",
                        storm).supported
    assert not scorer.score("About 3,000 residents of low-lying streets were moved out after Storm Hale arrived.",
                            storm).supported
    assert scorer.score("The water company says it has since spent £250,000 on new pumps.", spend).supported
    assert not scorer.score("The water company says it had already spent £250,000 on new pumps before the leak.",
                            spend).supported
    assert scorer.score("Potatoes were hit harder than onions by the wet summer.", crops).supported
    assert not scorer.score("Onion crops were hit harder than potatoes by the wet summer.", crops).supported


def test_two_people_named_by_first_name_swap_their_tasks(scorer):
    passage = ["The allotment shed was repainted on 3 May by members Joan Pelly and Rafi Okoro. At the open day on "
               "10 May, Joan sold 40 jars of jam while Rafi kept the accounts."]
    assert scorer.score("Joan Pelly sold the jam at the open day while Rafi Okoro kept the accounts.", passage).supported
    assert not scorer.score("Rafi Okoro sold the jam at the open day while Joan Pelly kept the accounts.",
                            passage).supported


def test_a_side_named_by_its_compass_point_in_the_matched_sentence(scorer):
    passage = ["The pipe band practised on the eastern playing fields from 7pm, led by Morag Dunne. The club asked "
               "them to keep off the western fields until the new grass takes."]
    assert scorer.score("Led by Morag Dunne, the pipe band practised on the eastern playing fields.", passage).supported
    assert not scorer.score("Led by Morag Dunne, the pipe band practised on the western playing fields.",
                            passage).supported


def test_a_reason_given_in_so_many_words_and_a_proposal_turned_down(scorer):
    club = ["Secretary Alan Fenwick stepped down after twelve years and was replaced by Ruth Amos. Members voted to "
            "raise the weekly fee from £2 to £3, the first increase since 2015, against the treasurer's advice."]
    assert scorer.score("Alan Fenwick stepped down as secretary after twelve years and Ruth Amos replaced him.",
                        club).supported
    assert not scorer.score("Alan Fenwick stepped down as secretary for family reasons after twelve years.",
                            club).supported
    assert scorer.score("Members voted for a rise in the weekly fee from £2 to £3.", club).supported
    assert not scorer.score("Members rejected a proposal to raise the weekly fee to £3.", club).supported


def test_a_pair_of_is_two(scorer):
    passage = ["A series of thefts from garden sheds in the 1990s strained ties between neighbouring villages."]
    assert not scorer.score("A pair of thefts from garden sheds in the 1990s strained ties between neighbouring villages.",
                            passage).supported
    pair = ["Two otters were seen below the weir on Sunday morning by a dog walker."]
    assert scorer.score("A pair of otters was spotted below the weir on Sunday morning by a dog walker.", pair).supported


def test_less_stable_with_a_degree_word_and_linking_phrases(scorer):
    passage = ["The deepening instability within the fishing cooperative, marked by a slump in catches, demands an "
               "urgent review. This is a hard test for the harbour board's ability to keep its hold over a "
               "historically unruly fleet. The strains signal a change in how the port works, possibly reshaping "
               "old partnerships."]
    assert scorer.score("The fishing cooperative is growing ever less stable, with catches slumping.", passage).supported
    assert not scorer.score("The fishing cooperative is growing ever more stable, with catches slumping.",
                            passage).supported
    assert scorer.score("Also at stake is whether the harbour board can keep its hold over a historically unruly "
                        "fleet.", passage).supported
    assert scorer.score("The strains may end up reshaping old partnerships as a result.", passage).supported
    assert not scorer.score("Old partnerships may be reshaped as a result of a steep rise in fuel duty.",
                            passage).supported


def test_neither_nor_against_a_first_for_both(scorer):
    passage = ["Wardens Tomas Reyes and Elin Hart keep the island's bird log. A hoopoe seen on 12 April was the first "
               "of that species either warden had recorded on the island."]
    assert scorer.score("Neither Tomas Reyes nor Elin Hart had recorded a hoopoe on the island before 12 April.",
                        passage).supported
    assert not scorer.score("Neither Tomas Reyes nor Elin Hart had recorded a hoopoe on the island before 12 April.",
                            ["Wardens Tomas Reyes and Elin Hart had both recorded hoopoes on the island before."]).supported


def test_an_owner_and_what_it_owns_given_the_other_way_round(scorer):
    passage = ["The flooding is a hard test for the county council's long-standing promises to local farmers and its "
               "ability to keep the roads open."]
    assert scorer.score("The flooding tests the county council's long-standing promises to local farmers.",
                        passage).supported
    assert not scorer.score("The flooding tests local farmers' long-standing promises to the county council.",
                            passage).supported
    # A day's closing price is no party's: the claim may name the stock whose price it is.
    offer = ["Harwick Mills agreed on Monday to buy the bakery chain Crumbwell for £600 million, a 30% premium to "
             "Friday's closing price."]
    assert scorer.score("Harwick Mills' offer is 30% above Crumbwell's closing price on Friday.", offer).supported


def test_a_date_said_by_its_distance_from_another_and_the_one_besides_the_others(scorer):
    entries = ["Ines Moreau sent the club's entry forms on 3 March, two weeks ahead of the regional deadline."]
    assert scorer.score("The regional deadline for the entry forms was 17 March.", entries).supported
    assert not scorer.score("The regional deadline for the entry forms was 24 March.", entries).supported
    assert not scorer.score("Ines Moreau sent the entry forms some weeks ahead of the deadline on 3 April.",
                            ["Ines Moreau sent the club's entry forms on 3 March, some weeks ahead of the deadline."]).supported
    catch = ["A pike was landed at the reservoir on 2 June, and the same match produced 41 other fish, mostly roach."]
    assert scorer.score("Including the pike, 42 fish were landed in the match at the reservoir.", catch).supported
    assert not scorer.score("Including the pike, 43 fish were landed in the match at the reservoir.", catch).supported


def test_a_comparison_turned_round_in_a_dated_claim(scorer):
    passage = ["The Brockwell Sailing Club's autumn regatta on 12 September 2025 was run by Ken Hale. Strong gusts kept "
               "many crews ashore, and only 18 boats started, compared with 31 at the spring regatta in May."]
    assert scorer.score("The fleet at the Brockwell regatta on 12 September was smaller than the one at the spring "
                        "regatta in May.", passage).supported
    result = scorer.score("The fleet at the Brockwell regatta on 12 September was larger than the one at the spring "
                          "regatta in May.", passage)
    assert not result.supported
    assert "18 against 31" in result.reason


def test_exceeded_by_a_sum_where_the_passage_has_it_the_other_way(scorer):
    passage = ["PTA chair Marion Webb reported takings of £1,120 for the Elmfield School fête against costs of £1,480, "
               "leaving the PTA £360 down on the year."]
    assert scorer.score("Marion Webb reported that the fête's costs exceeded its takings by £360.", passage).supported
    assert not scorer.score("Marion Webb reported that the fête's takings exceeded its costs by £360.",
                            passage).supported


def test_outnumbered_where_the_passage_counts_them_the_other_way(scorer):
    passage = ["On Saturday the Crumb and Crust bakery sold 940 loaves, of which sourdoughs made up 415 and rye "
               "loaves 160."]
    assert scorer.score("Sourdoughs outnumbered rye loaves among the loaves the bakery sold on Saturday.",
                        passage).supported
    assert not scorer.score("Rye loaves outnumbered sourdoughs among the loaves the bakery sold on Saturday.",
                            passage).supported


def test_a_total_of_two_counts_of_one_kind(scorer):
    passage = ["On Thursday at the charity shop, Dev priced 26 paperback books and 14 hardback books while Jo ran "
               "the till."]
    assert scorer.score("Dev priced 40 books of the two kinds at the charity shop on Thursday.", passage).supported
    assert not scorer.score("Dev priced 41 books of the two kinds at the charity shop on Thursday.",
                            passage).supported


def test_a_sum_short_of_a_price(scorer):
    passage = ["The sailing club's raffle raised £312, which the committee has put towards a new rescue-boat engine "
               "costing £450."]
    assert scorer.score("The money the raffle raised was £138 short of the price of the new rescue-boat engine.",
                        passage).supported
    assert not scorer.score("The money the raffle raised was £148 short of the price of the new rescue-boat "
                            "engine.", passage).supported
    result = scorer.score("The money the raffle raised was £138 more than the price of the new rescue-boat engine.",
                          passage)
    assert not result.supported
    assert "£312 against £450" in result.reason


def test_a_hedged_share_of_a_count_given_with_its_parts(scorer):
    passage = ["Over the weekend the bakery baked 2,150 buns, of which cinnamon buns made up 980 and iced buns 410."]
    assert scorer.score("Cinnamon buns accounted for more than 40 percent of the buns the bakery baked over the "
                        "weekend.", passage).supported
    assert scorer.score("Cinnamon buns accounted for about 46 percent of the buns the bakery baked over the "
                        "weekend.", passage).supported
    assert not scorer.score("Cinnamon buns accounted for more than 50 percent of the buns the bakery baked over "
                            "the weekend.", passage).supported


def test_hours_between_24_hour_times_in_two_sentences(scorer):
    # "doors at 08:30" says when the doors opened, not where they are.
    passage = ["On Saturday 3 May 2025 Fenwick Library opened its doors at 08:30 for the spring book fair. "
               "Volunteers Ann Kerr and Raj Patel ran the stalls until the doors were closed at 14:00."]
    assert scorer.score("The doors at Fenwick Library were open for five and a half hours on 3 May 2025.",
                        passage).supported
    assert not scorer.score("The doors at Fenwick Library were open for six hours on 3 May 2025.",
                            passage).supported


def test_hours_of_a_24_hour_range_between_two_times(scorer):
    passage = ["The Marlow Green folk festival closed its weekend with a free concert on the main stage. "
               "Between 14:00 and 19:00, about 900 people watched six bands from the county."]
    assert scorer.score("The free concert on the main stage at Marlow Green lasted five hours.", passage).supported
    assert not scorer.score("The free concert on the main stage at Marlow Green lasted six hours.",
                            passage).supported


def test_days_between_two_dates_of_the_passage(scorer):
    passage = ["Alan Price was admitted to Westmoor General Hospital on 3 April 2025 with a broken hip. "
               "He went home on 17 April, after surgery and physiotherapy on the orthopaedic ward."]
    assert scorer.score("Fourteen days after he was admitted to Westmoor General Hospital, Alan Price went home.",
                        passage).supported
    assert not scorer.score("Twelve days after he was admitted to Westmoor General Hospital, Alan Price went home.",
                            passage).supported


def test_almost_n_years_from_a_month_to_a_later_date(scorer):
    passage = ["On 2 June 2025, volunteers at Ashby Community Garden planted 40 fruit trees along the east wall. "
               "At the open day on 21 June, Mrs Lee showed a pear tree that her father had planted in the same "
               "plot in August 2019."]
    assert scorer.score("The pear tree Mrs Lee showed on 21 June had been planted almost six years earlier.",
                        passage).supported
    assert not scorer.score("The pear tree Mrs Lee showed on 21 June had been planted almost five years earlier.",
                            passage).supported
    assert not scorer.score("The pear tree Mrs Lee showed on 21 June had been planted six years earlier.",
                            passage).supported


def test_more_than_n_years_between_two_dates(scorer):
    passage = ["A landscape painting was stolen from Carrow House on 14 November 2021. "
               "Police recovered it from a lock-up garage in Leeds on 2 February 2024."]
    assert scorer.score("The painting was recovered more than two years after it was stolen.", passage).supported
    assert not scorer.score("The painting was recovered more than three years after it was stolen.",
                            passage).supported


def test_days_between_dates_said_of_the_doers_of_the_act(scorer):
    # "climbers" are the people the passage's "Climbing" is done by.
    passage = ["Climbing on Harrow Crag was banned on 1 March 2025 to protect a pair of nesting peregrines. "
               "The ban was lifted on 29 March, once the chicks had fledged."]
    assert scorer.score("Twenty-eight days after it began, the ban on climbers at Harrow Crag was lifted.",
                        passage).supported
    assert not scorer.score("Twenty-one days after it began, the ban on climbers at Harrow Crag was lifted.",
                            passage).supported


def test_a_hedged_span_must_fall_on_the_hedge_side_and_near_it(scorer):
    passage = ["The Kestle lifeboat station opened on 12 June 2019. Its new boat, the Mary Penrose, was named at a "
               "ceremony in the harbour on 30 April 2022."]
    assert scorer.score("The Mary Penrose was named nearly three years after the Kestle lifeboat station opened.",
                        passage).supported
    assert scorer.score("The Mary Penrose was named over two years after the Kestle lifeboat station opened.",
                        passage).supported
    assert not scorer.score("The Mary Penrose was named nearly four years after the Kestle lifeboat station opened.",
                            passage).supported
    assert not scorer.score("The Mary Penrose was named three years after the Kestle lifeboat station opened.",
                            passage).supported


def test_a_change_year_on_year_is_no_length_of_time(scorer):
    passage = ["The lifeboat crew launched 94 times in 2022 and 112 times in 2023, the station's busiest year."]
    assert scorer.score("Launches went up by 18 year on year, from 94 in 2022 to 112 in 2023.", passage).supported
    assert not scorer.score("Launches went up by 28 year on year, from 94 in 2022 to 112 in 2023.", passage).supported


def test_a_date_without_a_year_takes_the_full_date_before_not_a_compared_year(scorer):
    passage = ["The harbour dredging began on 4 June 2025, when engineer Rhian Bowe surveyed the channel. Silt levels "
               "were 2.1 metres, up from 1.6 metres in 2024. Clearance of the inner basin started on 16 June."]
    assert scorer.score("Twelve days after the dredging began, clearance of the inner basin started.", passage).supported
    assert not scorer.score("Ten days after the dredging began, clearance of the inner basin started.", passage).supported


def test_a_count_of_a_list_the_claim_words_its_own_way(scorer):
    passage = ["Partners in the flood defence scheme include the Environment Agency, the county council under leader "
               "Joan Pryce, and a growing network of volunteer wardens. Work on the first embankment starts in May."]
    assert scorer.score("The plan names three groups of partners: the Environment Agency, Joan Pryce's county council, "
                        "and an expanding band of volunteer wardens.", passage).supported
    assert not scorer.score("The plan names four groups of partners: the Environment Agency, Joan Pryce's county "
                            "council, and an expanding band of volunteer wardens.", passage).supported


def test_a_count_of_a_pair_the_claim_words_its_own_way(scorer):
    passage = ["The Millbrook folk festival, hit by a spell of heavy rain and a shortage of volunteers, closed a day "
               "early this summer. Organisers say it will return next year."]
    assert scorer.score("Two problems hit the festival - a rainy spell and a volunteer shortage.", passage).supported
    assert not scorer.score("Three problems hit the festival - a rainy spell and a volunteer shortage.",
                            passage).supported
    assert not scorer.score("Three problems hit the festival - the Millbrook site, a rainy spell and a volunteer "
                            "shortage.", passage).supported


def test_the_things_a_count_names_again_with_a_word_between(scorer):
    passage = ["MARLOW — A Marlow builder has been fined $4,000 for demolishing three listed cottages without consent, "
               "the town's magistrates ruled on Monday. Tom Reed, 48, admitted knocking down the cottages in March to "
               "clear a building plot. Conservation officer Ruth Hale told the court the cottages dated from 1780."]
    assert scorer.score("The three listed cottages that Tom Reed knocked down in March dated from 1780, a conservation "
                        "officer told the court.", passage).supported
    assert not scorer.score("The four listed cottages that Tom Reed knocked down in March dated from 1780, a "
                            "conservation officer told the court.", passage).supported


def test_a_fraction_bounds_a_share_in_a_later_sentence(scorer):
    passage = ["Response times at the Northfield Ambulance Service control room have improved for the fourth month "
               "running, according to figures released on Friday. In March, 72 percent of calls were answered within "
               "eight minutes, compared with 64 percent in December."]
    assert scorer.score("In March just over two-thirds of calls to the Northfield Ambulance Service control room were "
                        "answered within eight minutes.", passage).supported
    assert not scorer.score("In March just under two-thirds of calls to the Northfield Ambulance Service control room "
                            "were answered within eight minutes.", passage).supported
    assert not scorer.score("In March just over three-quarters of calls to the Northfield Ambulance Service control "
                            "room were answered within eight minutes.", passage).supported


def test_a_figure_said_as_so_many_odd(scorer):
    passage = ["The library's survey drew 3,160 replies, and 58 per cent of them asked for longer opening hours."]
    assert scorer.score("More than half of the thirty-one hundred-odd people who replied to the library's survey "
                        "asked for longer opening hours.", passage).supported
    assert not scorer.score("More than half of the thirty-two hundred-odd people who replied to the library's survey "
                            "asked for longer opening hours.", passage).supported


def test_a_share_of_what_a_count_leaves_out(scorer):
    passage = ["Harbour Ferries said it had sold only 18 of its 24 summer cabins by the end of May, despite cutting "
               "prices."]
    assert scorer.score("A quarter of the ferry company's summer cabins were unsold at the end of May.",
                        passage).supported
    assert not scorer.score("A third of the ferry company's summer cabins were unsold at the end of May.",
                            passage).supported
    assert not scorer.score("A quarter of the ferry company's summer cabins were sold by the end of May.",
                            passage).supported


def test_a_share_a_loss_makes_of_the_figure_it_fell_from(scorer):
    passage = ["The number of post offices in Carrow has fallen from 500 to 380 over the past decade, according to "
               "the Rural Services Forum. Its chair said village shops were taking up some of the work."]
    assert scorer.score("Carrow has lost 120 post offices in ten years, about a quarter of the total, the Rural "
                        "Services Forum says.", passage).supported
    assert not scorer.score("Carrow has lost 120 post offices in ten years, about a third of the total, the Rural "
                            "Services Forum says.", passage).supported
    assert not scorer.score("Carrow has lost 120 post offices in ten years, about a fifth of the total, the Rural "
                            "Services Forum says.", passage).supported


def test_a_count_a_cut_leaves_out(scorer):
    passage = ["Chef Omar Haddad said food costs had risen sharply since the spring. The Harbour Café's winter menu, "
               "normally 18 dishes, will be trimmed to 12 this year."]
    assert scorer.score("Six of the usual winter dishes will not be served this year.", passage).supported
    assert not scorer.score("Seven of the usual winter dishes will not be served this year.", passage).supported
    assert not scorer.score("Five of the usual winter dishes will not be served this year.", passage).supported


def test_a_level_the_passage_sets_as_a_threshold(scorer):
    passage = ["Staff turnover at Dunmore Council fell to 14 percent last year, down from 21 percent a year earlier, "
               "according to its annual report. The council said a new pay deal had helped. Union official Carl Webb "
               "said morale was still low. Turnover above 10 percent is generally seen as a warning sign."]
    assert scorer.score("Even after falling, staff turnover at Dunmore Council stayed above the 10 percent level "
                        "generally seen as a warning sign.", passage).supported
    assert not scorer.score("Even after falling, staff turnover at Dunmore Council stayed below the 10 percent level "
                            "generally seen as a warning sign.", passage).supported
    assert not scorer.score("Even after falling, staff turnover at Dunmore Council stayed above the 12 percent level "
                            "generally seen as a warning sign.", passage).supported


def test_a_unit_the_claim_itself_names_is_no_rival_to_its_other_unit(scorer):
    passage = ["The transect walk at Redmire Meadow on 14 July 2024 was led by Alan Bessant, starting from 10:00. "
               "Heavy cloud kept numbers down, and only 58 butterflies were counted, compared with 91 at the same site "
               "a week earlier. The highlight was a marbled white, first seen at Zwin in 2019."]
    assert scorer.score("A week before 14 July 2024, the society had counted 33 more butterflies at Redmire Meadow "
                        "than it did that day.", passage).supported
    assert not scorer.score("A week before 14 July 2024, the society had counted 43 more butterflies at Redmire "
                            "Meadow than it did that day.", passage).supported


def test_a_later_sentence_opening_on_what_the_claim_names_gives_the_opening_its_count(scorer):
    passage = ["Norvale Energy opened a 120-megawatt wind farm off the coast of Pellham in Kessin county last month. "
               "The company said the turbines would power around 90,000 homes. Construction started in 2021 and "
               "employed 640 workers at its peak."]
    assert scorer.score("At the height of construction, 640 people worked on Norvale Energy's new wind farm off Pellham.",
                        passage).supported
    assert not scorer.score("At the height of construction, 460 people worked on Norvale Energy's new wind farm off "
                            "Pellham.", passage).supported


def test_a_saving_is_the_gap_between_two_prices(scorer):
    passage = ["Parking at Denby station will rise from £6 to £9 a day from June, the operator has announced. "
               "Commuters who buy a monthly permit will pay £7.50 a day instead."]
    assert scorer.score("Buying a monthly permit will save a commuter £1.50 a day compared with the new daily charge.",
                        passage).supported
    assert not scorer.score("Buying a monthly permit will save a commuter £2.50 a day compared with the new daily "
                            "charge.", passage).supported
    # What the rise adds is no saving.
    assert not scorer.score("Buying a monthly permit will save a commuter £3 a day compared with the new daily charge.",
                            passage).supported


def test_a_weekly_cost_is_the_price_per_unit_times_the_units_a_week(scorer):
    passage = ["Millbrook Bakery uses around 400 kilograms of flour a week. Its owner said the new mill in Stenford "
               "would charge her 15p more per kilogram than her old supplier."]
    assert scorer.score("Millbrook Bakery will pay roughly £60 a week more for flour from the new mill.",
                        passage).supported
    assert not scorer.score("Millbrook Bakery will pay roughly £80 a week more for flour from the new mill.",
                            passage).supported


def test_a_time_of_day_worked_back_from_a_later_one(scorer):
    passage = ["Lifeguards at Porthcarrow beach lowered the red flags at 18:40, four hours after raising them, as "
               "the tide turned."]
    assert scorer.score("The lifeguards at Porthcarrow beach raised the red flags at 14:40.", passage).supported
    assert not scorer.score("The lifeguards at Porthcarrow beach raised the red flags at 15:40.", passage).supported
    assert not scorer.score("The lifeguards at Porthcarrow beach lowered the red flags at 14:40.", passage).supported


def test_a_length_of_time_between_two_weekdays_and_parts_of_days(scorer):
    passage = ["The ferry strike ended when a pay deal was agreed on Thursday evening. The strike, which began on "
               "Tuesday morning, stranded 3,000 passengers."]
    assert scorer.score("The ferry strike lasted for more than two days, from Tuesday morning until a deal was agreed "
                        "on Thursday evening.", passage).supported
    assert not scorer.score("The ferry strike lasted for more than three days, from Tuesday morning until a deal was "
                            "agreed on Thursday evening.", passage).supported


def test_a_season_and_year_is_a_date_a_length_of_time_can_be_counted_to(scorer):
    passage = ["Building work on the Harwell library will begin in January 2025, the council has confirmed. The "
               "three-storey library is due to open in summer 2027."]
    assert scorer.score("Building the Harwell library will take roughly two and a half years.", passage).supported
    assert not scorer.score("Building the Harwell library will take roughly three and a half years.",
                            passage).supported


def test_a_hedged_share_of_a_whole_of_which_a_part_is_given(scorer):
    passage = ["Surveyors Rosa Pike and Dan Hollis spent three days at Fenmoor Common in June 2025. Over three days, "
               "they recorded 2,450 insects, of which beetles made up 1,180 and moths 420. Dan said a warm south wind "
               "brought in 640 insects on the final evening."]
    assert scorer.score("Beetles accounted for more than 45 percent of the insects the two recorded at Fenmoor Common.",
                        passage).supported
    assert not scorer.score("Beetles accounted for more than 50 percent of the insects the two recorded at Fenmoor "
                            "Common.", passage).supported


def test_what_is_kept_is_the_rest_of_what_is_lost(scorer):
    passage = ["Toolmaker Harlow says its new drill battery can be recharged 2,000 times before losing a quarter of "
               "its charge. The battery goes on sale in March."]
    assert scorer.score("Harlow says its drill battery still holds 75 per cent of its charge after 2,000 recharges.",
                        passage).supported
    assert not scorer.score("Harlow says its drill battery still holds 70 per cent of its charge after 2,000 "
                            "recharges.", passage).supported


def test_an_age_need_not_sit_in_the_later_sentence_that_gives_the_opening_its_figure(scorer):
    passage = ["Baker Tomos Reed, of Brecon, has been named Welsh Baker of the Year at a ceremony in Cardiff on "
               "Friday night. Reed, 44, runs two shops and trained in Lyon. Judges from the Craft Bakers' Guild "
               "praised his \"patient sourdough\". He receives a cup and £2,000, which he plans to spend on a new oven."]
    assert scorer.score("The 44-year-old was named Welsh Baker of the Year at a ceremony in Cardiff on Friday night "
                        "and plans to spend his £2,000 on a new oven.", passage).supported
    assert not scorer.score("The 44-year-old was named Welsh Baker of the Year at a ceremony in Cardiff on Friday "
                            "night and plans to spend his £3,000 on a new oven.", passage).supported


def test_a_bound_is_not_a_figure_the_passage_gives_only_as_about(scorer):
    passage = ["Residents of Carrow's Eastfield district are being told not to drink tap water after tests found "
               "lead in the Parkside main. The council said the warning affects about 3,100 homes."]
    assert scorer.score("Roughly 3,100 homes in Eastfield have been warned not to drink tap water.", passage).supported
    assert not scorer.score("More than 3,100 homes in Eastfield have been warned not to drink tap water.",
                            passage).supported
    assert not scorer.score("Fewer than 3,100 homes in Eastfield have been warned not to drink tap water.",
                            passage).supported


def test_a_rival_thing_the_claim_names_beside_its_own_is_still_a_rival(scorer):
    passage = ["Rice yields in the Kessan delta fell by about 20 per cent this year after a late flood swamped "
               "the paddies, according to the growers' association. Association chair Lin Okafor said some farms had "
               "lost half their crop. Prices at the Kessan market averaged £310 a tonne in May, compared with £280 a "
               "year earlier. Maize growers fared better, with crops close to the ten-year average."]
    assert not scorer.score("The late flood led many Kessan delta farmers to switch from rice to maize this year.",
                            passage).supported


def test_an_age_the_opening_sentence_gives_joins_it_to_a_later_one(scorer):
    passage = ["A 68-year-old woman reported missing by her son on Friday was found safe after a search of Carn "
               "Moss. Twenty volunteers searched through the night in heavy rain. A dog handler located the woman "
               "in a shepherd's hut at 05:30, cold but uninjured."]
    assert scorer.score("The 68-year-old was cold but unhurt when she was found.", passage).supported
