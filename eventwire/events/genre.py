"""What kind of report an article is, where that decides whether it tells events at
all: a sports report ("Pakistan crushed England", "Akmal struck 12 boundaries") tells
none, however hostile its verbs sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from eventwire.wordlists import load_word_lists

# A report is sport when at least this share of its sentences, and at least two of them,
# use a sports term; a one-sentence report when it uses two different ones.
SPORTS_SENTENCE_SHARE = 0.3
MIN_SPORTS_SENTENCES = 2


@dataclass(frozen=True)
class GenreWords:
    sports_terms: frozenset[str]
    sports_patterns: frozenset[str]


@lru_cache(maxsize=1)
def _sports_pattern() -> re.Pattern[str]:
    words = load_word_lists(GenreWords, "eventwire.events", "data/sports.yaml")
    alternatives = "|".join([*(re.escape(term) for term in sorted(words.sports_terms, key=len, reverse=True)), *sorted(words.sports_patterns)])
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def is_sports_report(doc: Doc) -> bool:
    """Whether the report is about sport (see the module's docstring)."""
    pattern = _sports_pattern()
    found = [{m.group(0).lower() for m in pattern.finditer(sentence.text)} for sentence in doc.sents]
    sporty = [terms for terms in found if terms]
    if len(found) == 1:
        return len(found[0]) >= 2
    return len(sporty) >= MIN_SPORTS_SENTENCES and len(sporty) >= SPORTS_SENTENCE_SHARE * len(found)
