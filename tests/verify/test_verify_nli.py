"""The NLI judge's wiring, with a tiny BERT classifier the test builds and saves itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import UserError
from assistant.verify import make_judge

ID2LABEL = {0: "contradiction", 1: "entailment", 2: "neutral"}
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "pact", "was", "signed", "in", "1965", "1972",
         "crossings", "rose", "fell", "by", "37", "%"]
PASSAGES = ["the pact was signed in 1965", "crossings rose by 37 %"]


def build_tiny_nli(folder: Path, winner: int) -> Path:
    """A 2-layer BERT whose classifier bias makes label `winner` win for every input."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    config = BertConfig(vocab_size=len(VOCAB), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=3, id2label=ID2LABEL,
                        label2id={v: k for k, v in ID2LABEL.items()})
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        bias = torch.zeros(3)
        bias[winner] = 6.0
        model.classifier.bias.copy_(bias)
    model.save_pretrained(folder)
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    root = tmp_path_factory.mktemp("nli")
    return {label: build_tiny_nli(root / label, index) for index, label in ID2LABEL.items()}


def test_entailment_label_is_support(settings, tiny_models):
    judge = make_judge("nli", settings.replace(nli_model=str(tiny_models["entailment"])), None)
    assert judge.name == "nli"
    result = judge.score("the pact was signed in 1965 [1].", PASSAGES)
    assert 0.95 < result.score <= 1.0
    assert result.supported and result.best_passage in (0, 1)
    assert "entails" in result.reason


def test_contradiction_label_flips_the_verdict(settings, tiny_models):
    judge = make_judge("nli", settings.replace(nli_model=str(tiny_models["contradiction"])), None)
    result = judge.score("the pact was signed in 1972.", PASSAGES)
    assert 0.0 <= result.score < 0.05
    assert not result.supported
    assert "contradicts" in result.reason
    assert "1972" in result.unsupported_terms  # named by the lexical checks


def test_neutral_label_is_not_support(settings, tiny_models):
    judge = make_judge("nli", settings.replace(nli_model=str(tiny_models["neutral"])), None)
    result = judge.score("1965", PASSAGES, question="When was the pact signed?")
    assert not result.supported and result.score < 0.05
    assert "does not entail" in result.reason


def test_model_without_entailment_label_is_a_user_error(settings, tmp_path):
    import json

    folder = build_tiny_nli(tmp_path / "sentiment", 0)
    config = json.loads((folder / "config.json").read_text())
    config["id2label"] = {"0": "negative", "1": "positive", "2": "mixed"}
    config["label2id"] = {"negative": 0, "positive": 1, "mixed": 2}
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(UserError, match="no entailment label"):
        make_judge("nli", settings.replace(nli_model=str(folder)), None)


def test_missing_model_folder_is_a_user_error(settings, tmp_path):
    with pytest.raises(UserError, match="Cannot load NLI model"):
        make_judge("nli", settings.replace(nli_model=str(tmp_path / "absent")), None)
