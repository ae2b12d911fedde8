"""The "nli" judge: a cross-encoder NLI model; the entailment probability is the support score.

The model comes from the `nli_model` setting (a local folder, or a hub name when offline mode
is off). Its label order is read from the model config's id2label, never assumed.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.errors import UserError
from assistant.settings import Settings
from assistant.verify.base import SupportResult, claim_with_question
from assistant.verify.offline import SupportScorer
from assistant.verify.text import strip_citations


class NLIJudge:
    name = "nli"

    def __init__(self, model, model_name: str, threshold: float = 0.5):
        """`model` is a sentence_transformers.CrossEncoder."""
        self.model = model
        self.model_name = model_name
        self.threshold = threshold
        labels = {int(i): str(l).lower() for i, l in model.model.config.id2label.items()}
        self.entailment = _label_index(labels, "entail", model_name)
        self.labels = labels
        # Lexical checks name the terms the passages lack; the model itself only gives a probability.
        self._terms = SupportScorer(None)

    @classmethod
    def load(cls, settings: Settings) -> "NLIJudge":
        if not settings.nli_model:
            raise UserError("The 'nli' judge needs a model: set nli_model in assistant.toml "
                            "(or ASSISTANT_NLI_MODEL) to a local cross-encoder NLI folder.")
        from assistant.runtime import configure

        configure(settings)
        from sentence_transformers import CrossEncoder

        location = str(Path(settings.nli_model).expanduser()) if Path(settings.nli_model).expanduser().exists() \
            else settings.nli_model
        try:
            model = CrossEncoder(location, device="cpu")
        except (OSError, ValueError) as exc:
            raise UserError(f"Cannot load NLI model '{settings.nli_model}': {str(exc).splitlines()[0]} "
                            f"(set nli_model to a local folder; offline mode blocks hub downloads).") from None
        return cls(model, settings.nli_model, settings.support_threshold)

    def score(self, claim: str, passages: list[str], question: str | None = None) -> SupportResult:
        claim = strip_citations(claim)
        if not claim or not passages:
            return SupportResult(0.0, False, [], "There is no claim or no passage to check.", None)
        hypothesis = claim_with_question(claim, question)
        probabilities = np.asarray(self.model.predict([(p, hypothesis) for p in passages], apply_softmax=True,
                                                      show_progress_bar=False))
        probabilities = probabilities.reshape(len(passages), -1)
        best = int(np.argmax(probabilities[:, self.entailment]))
        score = float(probabilities[best, self.entailment])
        supported = score >= self.threshold
        top = self.labels.get(int(np.argmax(probabilities[best])), "?")
        terms = [] if supported else self._terms.score(claim, passages, question).unsupported_terms
        verdict = "entails" if supported else ("contradicts" if top.startswith("contradict") else "does not entail")
        return SupportResult(round(score, 4), supported, terms,
                             f"The NLI model finds that passage {best + 1} {verdict} the claim "
                             f"(entailment {score:.2f}).", best)


def _label_index(labels: dict[int, str], prefix: str, model_name: str) -> int:
    for index, label in labels.items():
        if label.startswith(prefix):
            return index
    raise UserError(f"NLI model '{model_name}' has no entailment label in its config "
                    f"(id2label = {labels}); use a model trained for NLI.")
