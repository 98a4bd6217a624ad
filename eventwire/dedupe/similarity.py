"""How alike two evidence texts are: TF-IDF cosine over content words.

No embedding model ships with eventwire's runtime, so similarity is lexical:
reworded reports of one happening still share its names, places, numbers and
key nouns, and inverse document frequency weighs those over common words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

METHOD = "TF-IDF cosine of evidence words"
_WORD = re.compile(r"[^\W_]+")
_SUFFIXES = ("ing", "ed", "es", "s")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("eventwire.dedupe").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix cut so "attacked", "attacks" and "attack" meet; only long words are cut."""
    for suffix in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Content words of ``text``: lower case, stopwords and single letters dropped, stemmed."""
    stop = stopwords()
    return [
        stem(word)
        for word in _WORD.findall(text.lower())
        if word not in stop and (len(word) > 1 or word.isdigit())
    ]


class TfIdf:
    """Unit-length TF-IDF vectors of a fixed list of texts; ``cosine(i, j)`` compares two of them.

    The document frequencies come from the texts themselves (all stored
    mentions), so a word every report uses ("killed") weighs little and a place
    name weighs much.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        tokenised = [Counter(words(text)) for text in texts]
        frequency: Counter[str] = Counter()
        for counts in tokenised:
            frequency.update(counts.keys())
        total = len(texts)
        idf = {word: math.log((1 + total) / (1 + count)) + 1.0 for word, count in frequency.items()}
        self._vectors = [_unit({word: (1 + math.log(n)) * idf[word] for word, n in counts.items()}) for counts in tokenised]

    def cosine(self, i: int, j: int) -> float:
        a, b = self._vectors[i], self._vectors[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(weight * b[word] for word, weight in a.items() if word in b)


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {word: value / norm for word, value in vector.items()} if norm else {}
