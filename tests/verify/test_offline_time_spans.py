"""The offline scorer works out a length of time from two times or dates the passage gives, and holds
the claim to the figure and the hedge it words it with."""
from __future__ import annotations

import pytest

from assistant.verify import SupportScorer


@pytest.fixture(scope="module")
def scorer(embedder):
    return SupportScorer(embedder)


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
