# The part of py3langid that reader.core.text.language uses.
from typing import Any

MODEL_FILE: str

class LanguageIdentifier:
    @classmethod
    def from_model_file(cls, model_file: str, *args: Any,
                        norm_probs: bool = ..., **kwargs: Any) -> LanguageIdentifier: ...
    # (ISO 639-1 code, confidence: a probability with norm_probs=True)
    def classify(self, text: str) -> tuple[str, float]: ...
