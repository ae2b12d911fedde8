"""The offline support scorer on comparisons turned round and on figures worked out from the passage's."""
from __future__ import annotations

import pytest

from assistant.verify import SupportScorer


@pytest.fixture(scope="module")
def scorer(embedder):
    return SupportScorer(embedder)


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
