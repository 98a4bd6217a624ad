"""A tiny offline language guess from stopword shares.

Function words make up a third to a half of running text in the languages
listed in data/stopwords.yaml, and the lists barely overlap in their most
frequent words, so the language whose list covers the most tokens wins. Too
short a text, too low a share or too close a runner-up gives "und".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from eventwire.ingest.data import load_table

UNDETERMINED = "und"
ENGLISH = "en"
# Below this many words the shares are noise.
MIN_WORDS = 4
# Nor does one function word decide: "Wang Yi met Blinken" is not Dutch for its "met".
MIN_HITS = 2
# Ordinary prose in a listed language scores well above this share.
MIN_SHARE = 0.12
# Tables and result lists have few function words; a clear lead still tells.
MIN_SPARSE_SHARE = 0.05
MIN_SPARSE_LEAD = 3.0
# Related languages (es/pt/it, nl/de) differ by a few points on short texts;
# closer than this and the guess is a coin toss.
MIN_MARGIN = 0.02
# Only the opening of a long article is needed to tell the language.
SAMPLE_WORDS = 2000
_WORD = re.compile(r"[^\W\d_]+")
# A capitalised word followed, within the line, by another capitalised one.
_NAME_PART = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]{1,3}) (?=[A-Z])", re.MULTILINE)
# Joined to a capitalised word by a hyphen, anywhere: "Al-Shabaab", "El-Sisi", "Abu-Dhabi".
_HYPHENED_NAME_PART = re.compile(r"\b([A-Z][a-z]{1,3})-(?=[A-Z])")


@lru_cache(maxsize=1)
def stopwords() -> Mapping[str, frozenset[str]]:
    table = load_table("stopwords.yaml")
    return {code: frozenset(str(word).lower() for word in words) for code, words in table.items()}


def _words(text: str) -> list[str]:
    # A one-letter word counts only in lowercase: capital N, A, I in tables and
    # abbreviations are not the French "n'", Portuguese "a" or Polish "i".
    return [w.lower() for w in _WORD.findall(text)[:SAMPLE_WORDS] if len(w) > 1 or w.islower()]


def _running_words(text: str) -> list[str]:
    """The words of ``text`` that can be function words: a capitalised word that opens a
    name with another one ("La Paz", "Los Angeles", "De Beers", "Al-Shabaab") is part of the
    name, not of the sentence's own language."""
    sample = text[: SAMPLE_WORDS * 8]
    named = {m.start(1) for pattern in (_NAME_PART, _HYPHENED_NAME_PART) for m in pattern.finditer(sample)}
    # In mixed-case prose a word in capitals is an acronym ("UN-sponsored" is no Italian "un").
    acronyms = any(c.islower() for c in sample)
    return [w for m in _WORD.finditer(sample) if m.start() not in named and not (acronyms and len(m.group()) > 1 and m.group().isupper())
            for w in _words(m.group())][:SAMPLE_WORDS]


def language_shares(text: str) -> dict[str, float]:
    """Share of the words of ``text`` that are stopwords of each language."""
    return _shares(_running_words(text))


def _shares(words: list[str]) -> dict[str, float]:
    if not words:
        return {}
    return {code: sum(1 for w in words if w in stop) / len(words) for code, stop in stopwords().items()}


def guess_language(text: str) -> str:
    """ISO 639-1 code of the language of ``text``, or "und" when unsure."""
    if len(_WORD.findall(text[: SAMPLE_WORDS * 8])) < MIN_WORDS:
        return UNDETERMINED
    words = _running_words(text)
    ranked = sorted(_shares(words).items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return UNDETERMINED
    best_code, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if round(best * len(words)) < MIN_HITS:
        return UNDETERMINED
    # Words English shares cannot tell against English, the language eventwire codes:
    # "Zelensky met Duda in Warsaw" has Dutch "met" and "in", but "in" is English too, and
    # one word decides nothing.
    english = stopwords().get(ENGLISH, frozenset()) if best_code != ENGLISH else frozenset()
    if sum(1 for w in words if w in stopwords()[best_code] and w not in english) < MIN_HITS:
        return UNDETERMINED
    if best >= MIN_SHARE and best - runner_up >= MIN_MARGIN:
        return best_code
    if best >= MIN_SPARSE_SHARE and best >= MIN_SPARSE_LEAD * runner_up:
        return best_code
    return UNDETERMINED
