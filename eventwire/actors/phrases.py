"""Readings of a mention's own words: its name, its modifiers, whether it is definite,
and which noun phrases of a document may name actors at all."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.actors.backrefs import (
    is_bare_number_group,
    is_coordinated_compass,
    is_definite,
    mention_words,
    names_backer,
)
from eventwire.actors.kb import KnowledgeBase

# Entity labels that can be actors.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
GROUP_DETERMINERS = {"both", "two", "three", "four", "all", "the"}
REPORTING_VERBS = {"say", "tell", "announce", "state", "claim", "insist", "add", "confirm", "deny", "warn", "vow", "pledge", "promise", "declare", "report", "stress", "note"}


def against_or_for(token: Token) -> bool:
    """A modifier naming a country the phrase is against, for or backed by, not its own:
    "anti-Syrian groups", "pro-Russian separatists", "Iranian-backed militias"."""
    doc = token.doc
    if token.lower_.startswith(("anti", "pro-")):
        return True
    if names_backer(token):
        return True
    if token.i >= 1 and doc[token.i - 1].lower_ in ("anti-", "pro-"):
        return True  # "the anti- government insurgency": the hyphen set apart from the name
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


_COUNTLESS_MEASURE = re.compile(r"^-\S*\s+")


def descriptive_name(phrase: Span) -> str:
    """'about 2,000 Russian troops' -> 'Russian troops': the description without counts or articles."""
    skip = {"det", "nummod", "quantmod", "predet", "advmod", "poss", "case"}
    # the whole owner goes: "Sri Lanka's new army chief" -> "new army chief"
    owned = {t.i for child in phrase.root.children if child.dep_ == "poss" for t in child.subtree}
    kept = [t for t in phrase if (t.dep_ not in skip and t.i not in owned and not (t.dep_ == "punct" and t.text != "-")) or t.i == phrase.root.i]
    name = "".join(t.text_with_ws for t in kept).strip()
    # "a 22-year-old Filipino woman": without its count, an age ("-year-old") says nothing
    return _COUNTLESS_MEASURE.sub("", name) or phrase.text


def beyond_country(phrase: Span) -> str:
    """"IGO" for a body its modifier makes supranational ("an international tribunal"),
    "UNK" for a camp of unnamed countries ("Western governments"), else ""."""
    words = mention_words()
    for token in phrase:
        if token.i >= phrase.root.i or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        if token.lower_ in words.supranational_modifiers:
            return "IGO"
        if token.lower_ in words.unplaced_bloc_modifiers:
            return "UNK"
    return ""


def has_possessive_pronoun(phrase: Span) -> bool:
    return any(t.dep_ == "poss" and t.pos_ == "PRON" for t in phrase)


def has_named_modifier(phrase: Span) -> bool:
    """'Security Council members', 'Hamas fighters': the name, not the context, says who."""
    return any(t.ent_type_ and t.i != phrase.root.i for t in phrase)


def is_source(head: Token) -> bool:
    """A phrase that reports: "according to X", or the subject of a reporting verb."""
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS


def is_group_phrase(phrase: Span) -> bool:
    """"both sides", "the two armies": the parties named before. A bare count ("at least
    two policemen were injured") brings in new people."""
    words = {t.lower_ for t in phrase}
    counted = bool(words & {"two", "three"}) and bool(words & {"the", "these", "those", "all", "their", "its"})
    return counted or bool(words & {"both", "sides", "parties"})


_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z.&-]*\)")


def clean_name(text: str) -> str:
    text = _BRACKETED_ACRONYM.sub("", text.strip())  # "African Union (AU) delegation"
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    text = text.removesuffix("'s")
    return text.strip()


def entity_in(phrase: Span) -> Span | None:
    """The entity that names the phrase: the one containing the head, else a person or
    organisation modifying it ('Security Council members')."""
    head = phrase.root
    best = None
    if head.ent_type_ in ACTOR_LABELS and not any(ent.start <= head.i < ent.end for ent in phrase.ents):
        # An entity that runs past the phrase ("The World Health Organization (WHO"): the
        # one the head is in.
        return next((ent for ent in phrase.doc.ents if ent.start <= head.i < ent.end), None)
    for ent in phrase.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if ent.start <= head.i < ent.end:
            return ent
        if ent.root.dep_ == "poss" or _likened(phrase.doc[ent.end - 1]):
            continue  # "Saddam's eldest son", "a Stalin-like regime": not the one meant
        if ent.label_ in ("PERSON", "ORG"):
            best = ent
    return best


def candidate_phrases(doc: Doc) -> list[Span]:
    """Noun phrases that may name actors: entity-headed phrases, role nouns, pronouns."""
    phrases: dict[int, Span] = {}
    for token in doc:
        # The tagger sometimes calls a name an adjective ("USAID had announced").
        mistagged_name = token.ent_type_ in ("ORG", "GPE", "PERSON") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if token.pos_ not in ("PROPN", "NOUN", "PRON") and not is_bare_number_group(token) and not mistagged_name:
            continue
        if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("PROPN", "NOUN") and token.head.i > token.i and not is_coordinated_compass(token):
            continue  # part of a larger phrase headed further right
        if token.dep_ == "flat" or not any(ch.isalnum() for ch in token.text):
            continue  # the tagger calls the hyphen of "al-Maliki" a proper noun
        if _likened(token):
            continue  # "a Stalin-like regime", "Soviet-era tanks": a likeness, no party
        left = token.left_edge.i
        # Keep only the left part and the head: "Russian Foreign Minister Sergei Lavrov".
        start = left
        while start < token.i and ((doc[start].dep_ in ("det", "predet", "punct", "cc") and doc[start].lower_ not in GROUP_DETERMINERS)
                                   or _resultative(doc[start], token)):
            start += 1
        # Do not swallow a preceding conjunct or clause.
        # ("An African Union (AU) delegation": a name's acronym in brackets is part of it)
        acronym = {j for i in range(start + 2, token.i) if doc[i].text == ")" and doc[i - 2].text == "(" and doc[i - 1].pos_ == "PROPN"
                   for j in (i - 2, i - 1, i)}
        for i in range(token.i - 1, start - 1, -1):
            hyphen = doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_
            if doc[i].dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl") and doc[i].head.i != token.i and not hyphen and i not in acronym:
                start = i + 1
                break
        phrases[token.i] = doc[start : token.i + 1]
    return [phrases[i] for i in sorted(phrases)]


def _likened(token: Token) -> bool:
    """Whether a name is hyphened to a word that makes it a likeness or a time ("Stalin-like",
    "US-style", "Saddam-era")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or token.whitespace_ or doc[token.i + 1].whitespace_:
        return False
    return doc[token.i + 2].lower_ in mention_words().likeness_suffixes


def _resultative(word: Token, head: Token) -> bool:
    """"shot dead two militants": an adjective before the count says what was done to them
    (a modifier of the noun comes after its count: "two dead militants")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < head.i else None
    return word.pos_ == "ADJ" and nxt is not None and nxt.dep_ == "nummod" and nxt.head.i == head.i


def is_place(name: str) -> bool:
    return place_country(name) is not None


def place_country(name: str) -> str | None:
    """The ISO3 code of the country the gazetteer places a name in, or None."""
    from eventwire.places.gazetteer import Gazetteer

    entry = Gazetteer.load().lookup(name)
    return entry.country if entry is not None and entry.country not in ("", "UNK") else None


def names_an_owner(place: Span, kb: KnowledgeBase) -> bool:
    """"hurled a grenade at a US patrol", "a US base": a country's name before a noun says
    whose the thing is, not where the sentence or the report is set."""
    return place.root.dep_ == "compound" and kb.country(place.text) is not None
