"""Verb lemmas the tagger's lookup gets wrong: "staged" -> "stag", "fined" -> "fin",
"waged" -> "wag", "sentencing" -> "sentencing", "boycotts" -> "boycotts", "retook" ->
"retook". A verb whose lemma is not a known verb but whose regular stem is (or, for a
prefixed irregular form, the prefix on the irregular verb's base) gets that stem."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from functools import lru_cache

from spacy.tokens import Doc, Token

VERB_TAGS = ("VERB", "AUX")
# Prefixes an irregular verb keeps its irregular forms under: "retook", "outran", "overran".
IRREGULAR_PREFIXES = ("re", "out", "over", "under", "mis", "with")


def regular_stems(word: str) -> Iterator[str]:
    """The stems a regular inflection of ``word`` may have, likeliest first."""
    if word.endswith(("ied", "ies")):
        yield word[:-3] + "y"
    if word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
        if len(word) > 5 and word[-4] == word[-5]:
            yield word[:-4]  # "banning"
    if word.endswith("ed"):
        yield word[:-1]  # "staged"
        yield word[:-2]  # "cordoned"
        if len(word) > 4 and word[-3] == word[-4]:
            yield word[:-3]  # "banned"
    if word.endswith("es"):
        yield word[:-2]  # "lambastes" is tried as "lambast" then "lambaste"
        yield word[:-1]
    elif word.endswith("s"):
        yield word[:-1]


def prefixed_irregular_stems(word: str) -> Iterator[str]:
    """"retook" -> "retake": the prefix on the base of the irregular verb after it."""
    irregular = _irregular_verbs()
    for prefix in IRREGULAR_PREFIXES:
        bases = irregular.get(word[len(prefix):]) if word.startswith(prefix) else None
        if bases:
            yield prefix + bases[0]


@lru_cache(maxsize=1)
def _irregular_verbs() -> Mapping[str, list[str]]:
    """The model's own table of irregular verb forms ("took" -> "take")."""
    from eventwire.nlp.model import load_nlp

    return load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]


def repaired_lemma(token: Token, known: Set[str]) -> str:
    """The token's lemma, or the stem of its form when only the stem is a known verb."""
    lemma = token.lemma_.lower()
    if token.pos_ not in VERB_TAGS or lemma in known:
        return lemma
    word = token.lower_
    return next((stem for stem in (*regular_stems(word), *prefixed_irregular_stems(word)) if stem in known), lemma)


def repair_verb_lemmas(doc: Doc, known: Set[str]) -> None:
    """Give every verb of ``doc`` whose lemma is wrong its regular stem, in place."""
    for token in doc:
        if token.pos_ in VERB_TAGS:
            lemma = repaired_lemma(token, known)
            if lemma != token.lemma_.lower():
                token.lemma_ = lemma
