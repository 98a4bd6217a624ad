"""Deciding whether a system speaker is the gold speaker."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    table = yaml.safe_load(resources.files(__package__).joinpath("speaker_names.yaml").read_text("utf-8"))
    return frozenset(table["name_particles"])


def name_tokens(name: str) -> list[str]:
    """Lower-case words of a name with accents removed: "Sergueï Lavrov" -> ["serguei", "lavrov"]."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain.casefold())


def names_match(system_name: str, gold_name: str) -> bool:
    """Same name, ignoring case and accents; a surname alone matches the full name.

    "Lavrov" matches "Sergei Lavrov", and "Sergei Lavrov" matches "Sergei
    Viktorovich Lavrov": the shorter name's words appear in order in the longer
    one and both end on the same word (the family name in news English).
    """
    system, gold = name_tokens(system_name), name_tokens(gold_name)
    if not system or not gold:
        return False
    if system == gold:
        return True
    shorter, longer = sorted((system, gold), key=len)
    if not _same_word(shorter[-1], longer[-1]):
        return False
    remaining = iter(longer)
    return all(any(_same_word(word, other) for other in remaining) for word in shorter)


def _same_word(a: str, b: str) -> bool:
    """Equal, or a transliteration variant of a longer word ("Erekat"/"Erakat",
    "Mahmoud"/"Mahmud"): at most one edit in five letters."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def is_named(speaker: str) -> bool:
    """Whether a gold speaker is a name ("Ghazali Jaafar", "Russian Foreign Ministry")
    rather than a description ("political analysts", "AFP photographer")."""
    words = [word for word in re.split(r"[\s\-‐–]+", speaker.strip()) if word]
    if not words:
        return False
    for word in words:
        letters = word.lstrip("\"'“‘(")
        if letters and letters[0].islower() and letters.casefold() not in _particles():
            return False
    return True


def _code(value: Any) -> str:
    return str(value or "").strip().upper()


def _country(value: Any) -> str:
    # "" and UNK both say the country is not known.
    return _code(value) or "UNK"


def speaker_correct(system: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """A matched quote's speaker is right when the names match (the resolved name, or the
    mention it was resolved from) or, for a gold speaker without a name, when country
    and sector both match."""
    gold_speaker = str(gold.get("speaker") or "")
    if names_match(str(system.get("speaker") or ""), gold_speaker):
        return True
    # A system may resolve a name to its canonical form ("EU Commission" -> "European
    # Commission"); the attribution is still right when the words it attributed to name
    # the gold speaker.
    if is_named(gold_speaker) and names_match(str(system.get("speaker_mention") or ""), gold_speaker):
        return True
    if is_named(gold_speaker):
        return False
    return _country(system.get("speaker_country")) == _country(gold.get("speaker_country")) and _code(
        system.get("speaker_sector")
    ) == _code(gold.get("speaker_sector"))
