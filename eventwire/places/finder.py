"""Finding the named places of an article in its spaCy Doc and resolving each mention.

Candidates, in order of trust:
1. GPE, LOC and FAC entities;
2. ORG, NORP and PERSON entities whose whole name is a place the small English model
   mislabels: a country or a region name, a city of 100,000 people or more (ORG and
   NORP only: many people are called like towns), or a name of the ruler list;
3. ORG entities named after a facility in a known place ("the Dhaka Central Jail");
4. gazetteer names that NER did not mark at all (the regions table, data/ner_fixes.yaml).

Every mention becomes a Place with the offsets of its words in the Doc (so in the
article text), without a leading "the" or a trailing possessive. A compass word before
a place and a unit word after a region widen the mention ("southern Lebanon",
"Borno state"). Demonyms and adjectives ("Russian", "Iraqi") are not places. A
toponym no table knows is kept, with country "UNK" and kind "other".

Same-named cities are told apart with the article's own evidence: the country its
other places belong to most is passed to the gazetteer as a hint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventwire.models import Place
from eventwire.places.entry import PlaceEntry
from eventwire.places.gazetteer import Gazetteer, Resolution, most_common_country
from eventwire.places.names import name_key, name_parts
from eventwire.places.ruler import place_matcher, ruler_keys

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELABEL_LABELS = frozenset({"ORG", "NORP", "PERSON", "PRODUCT"})
# Prepositions after which a name is where something happens ("detained in Kursk").
SCENE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
MIN_RELABEL_CITY_POPULATION = 100_000
# Where a bare name tagged PERSON is read as the big city it also names (_bare_name_said_first).
PLACE_LIKE_DEPS = frozenset({"pobj", "dobj", "conj"})
PERSON_PREPS = frozenset({"for", "with", "by", "about", "like"})
UNKNOWN_COUNTRY = "UNK"
_DETERMINERS = frozenset({"the"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
_CUT_WORDS = frozenset({"of", ","})  # "the West Bank of Islamic Jihad": NER ran past the name


@dataclass(frozen=True, slots=True)
class _Candidate:
    span: Span
    label: str  # NER label, or "GAZ" for a gazetteer match NER missed
    facility: bool


# What a country adjective's capital is: ("Kyiv", "UKR") for "Ukrainian".
CapitalOf = Callable[[str], tuple[str, str] | None]


def find_places(doc: Doc, gazetteer: Gazetteer | None = None, capital_of: CapitalOf | None = None) -> list[Place]:
    """Every named place of the Doc, in text order, resolved as far as the gazetteer can;
    with ``capital_of``, also "the Ukrainian capital" (the capital it names)."""
    if not isinstance(doc, Doc):
        raise TypeError(f"find_places needs a spaCy Doc, not {type(doc).__name__}")
    gaz = gazetteer or Gazetteer.load()
    candidates = _candidates(doc, gaz)
    first_pass = [gaz.resolve(c.span.text, hint_beats_country=False) for c in candidates]
    hint = most_common_country(r.entry for r in first_pass if r is not None)
    places = [p for p in (_place(c, gaz, hint) for c in candidates) if p is not None]
    if capital_of is not None:
        places = sorted(places + _described_capitals(doc, gaz, capital_of, places), key=lambda p: p.start)
    return places


def _described_capitals(doc: Doc, gaz: Gazetteer, capital_of: CapitalOf, found: list[Place]) -> list[Place]:
    """"the Ukrainian capital", "the Afghan capital": wire style for a capital named by its
    country's adjective."""
    out: list[Place] = []
    for token in doc:
        if token.lower_ != "capital" or token.i == 0 or token.pos_ != "NOUN":
            continue
        adjective = doc[token.i - 1]
        named = capital_of(adjective.text) if adjective.text[:1].isupper() else None
        if named is None or any(p.start < token.idx + len(token) and adjective.idx < p.end for p in found):
            continue
        entry = gaz.lookup(named[0], country_hint=named[1])
        if entry is not None and entry.country == named[1] and entry.kind == "city":
            out.append(_to_place(doc[adjective.i : token.i + 1], entry))
    return out


# --- candidates ------------------------------------------------------------------------


def _candidates(doc: Doc, gaz: Gazetteer) -> list[_Candidate]:
    taken: set[int] = set()
    found: list[_Candidate] = []
    for ent in doc.ents:
        candidate = _entity_candidate(ent, gaz)
        if candidate is None or taken.intersection(range(candidate.span.start, candidate.span.end)):
            continue
        found.append(candidate)
        taken.update(range(candidate.span.start, candidate.span.end))
    for span in filter_spans([doc[s:e] for _, s, e in place_matcher(doc.vocab)(doc)]):
        if taken.intersection(range(span.start, span.end)) or not _free_of_other_names(span):
            continue
        found.append(_Candidate(_widen(span, gaz), "GAZ", facility=False))
        taken.update(range(span.start, span.end))
    found.sort(key=lambda c: c.span.start)
    return found


def _entity_candidate(ent: Span, gaz: Gazetteer) -> _Candidate | None:
    span = _trim(ent)
    if span is None or not _is_name(span):
        return None
    parts = name_parts()
    facility = ent.label_ == "FAC" or name_key(span[-1].text) in parts.facility_heads
    if ent.label_ in PLACE_LABELS:
        if _is_demonym(span, gaz) or all(name_key(t.text) in parts.compass_words for t in span):
            return None
        return _Candidate(_widen(span, gaz), ent.label_, facility)
    if ent.label_ == "ORG" and facility and _inner_place(span, gaz) is not None:
        return _Candidate(span, ent.label_, facility=True)
    if ent.label_ in RELABEL_LABELS and _mislabelled_place(span, ent.label_, gaz):
        return _Candidate(_widen(span, gaz), ent.label_, facility=False)
    return None


def _trim(span: Span) -> Span | None:
    """Without a leading 'the', a trailing possessive or trailing punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in _DETERMINERS:
        start += 1
    while end > start and (span.doc[end - 1].text in _POSSESSIVES or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[start:end] if end > start else None


def _is_name(span: Span) -> bool:
    """A proper name has a capitalised word; 'the area' or '1990' is not a toponym."""
    return any(t.text[:1].isupper() for t in span) and any(ch.isalpha() for ch in span.text)


def _is_demonym(span: Span, gaz: Gazetteer) -> bool:
    if len(span) != 1:
        return False
    resolution = gaz.resolve(span.text, hint_beats_country=False)
    if resolution is not None and resolution.exact:
        return False
    token = span[0]
    return token.tag_ in ("JJ", "NNPS") or name_parts().is_demonym_form(token.text)


def _mislabelled_place(span: Span, label: str, gaz: Gazetteer) -> bool:
    if name_key(span.text) in ruler_keys():
        return True
    resolution = gaz.resolve(span.text, hint_beats_country=False)
    if resolution is None:
        return False
    big_city = resolution.via == "city" and (resolution.entry.population or 0) >= MIN_RELABEL_CITY_POPULATION
    if label == "PERSON":
        # "Sri Lanka's" tagged PERSON is the country; "Jordan" or "Chad" may be a man, but
        # not after "in" ("protests in Kiev")
        if resolution.via == "city":
            return big_city and (_after_scene_preposition(span) or _bare_name_said_first(span))
        return resolution.via == "country" and span.text not in name_parts().ruler_stopwords
    if resolution.via in ("country", "region"):
        return True
    # a town's name is often a person's or a firm's too: only big cities are trusted
    return big_city


def _bare_name_said_first(span: Span) -> bool:
    """A one-word "person" held by a verb or preposition as a thing is ("took control of
    Goma", "shelled Goma") with no longer name before it: news names a person in full
    before it uses a surname alone. A subject ("Goma said") stays the NER's call."""
    word = span[0].text
    if len(span) != 1 or word in name_parts().ruler_stopwords or span[0].dep_ not in PLACE_LIKE_DEPS:
        return False
    if span[0].dep_ == "pobj" and span[0].head.lower_ in PERSON_PREPS:
        return False  # "a spokesman for Bush", "talks with Sharon": said of people
    return not any(t.text == word and _ends_longer_name(t) for t in span.doc[: span.end])


def _ends_longer_name(token: Token) -> bool:
    """"William Richardson", "dos Santos": the word closes a name of several words."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.pos_ == "PROPN" or before.lower_ in name_parts().surname_particles


def _after_scene_preposition(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in SCENE_PREPS


def _free_of_other_names(span: Span) -> bool:
    """A gazetteer name inside a longer ORG or PERSON name is part of that name
    ("Kurdistan Workers' Party", "Bank of Kurdistan") unless the entity only ran on
    into ordinary words ("Karabakh with Security Council")."""
    for ent in span.doc.ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end):
            after = span.doc[span.end] if span.end < ent.end else None
            before = span.doc[span.start - 1] if span.start > ent.start else None
            if after is not None and (after.is_title or after.is_upper):
                return False
            if before is not None and (before.lower_ == "of" or before.is_title or before.is_upper):
                return False
    return True


def _widen(span: Span, gaz: Gazetteer) -> Span:
    """Take in a compass word before ('southern Lebanon') and a unit word after a region
    or city ('Borno state', 'Helmand province'), when they are plain words."""
    doc = span.doc
    parts = name_parts()
    start, end = span.start, span.end
    while start > 0 and start > span.start - 2:
        before = doc[start - 1]
        if before.ent_type_ or name_key(before.text) not in parts.compass_words or before.is_upper:
            break
        start -= 1
    if end < len(doc):
        after = doc[end]
        if not after.ent_type_ and after.is_lower and name_key(after.text) in parts.region_suffixes:
            base = gaz.resolve(span.text, hint_beats_country=False)
            if base is not None and base.entry.kind != "country":
                end += 1
    widened = doc[start:end]
    if widened != span and gaz.resolve(widened.text, hint_beats_country=False) is None:
        return span
    return widened


# --- resolution ------------------------------------------------------------------------


def _place(candidate: _Candidate, gaz: Gazetteer, hint: str | None) -> Place | None:
    span = candidate.span
    resolution = gaz.resolve(span.text, hint, hint_beats_country=False)
    if resolution is not None and not (candidate.facility and resolution.via == "formal-name"):
        return _to_place(span, resolution.entry)
    if candidate.facility and name_key(span[-1].text) in name_parts().facility_heads:
        # Only a name that says it is a facility is placed by a place inside it: NER's
        # FAC on "Le Pen" is no building in the town of Pen.
        inner = _inner_place(span, gaz, hint)
        if inner is not None:
            return _to_place(span, PlaceEntry(span.text, inner.country, "other", inner.lat, inner.lon,
                                                  precision=inner.precision))
    cut = _cut_at_known_name(span, gaz, hint)
    if cut is not None:
        return _to_place(cut[0], cut[1].entry)
    if candidate.label == "GAZ":
        return None
    return _to_place(span, PlaceEntry(span.text, UNKNOWN_COUNTRY, "other"))


def _inner_place(span: Span, gaz: Gazetteer, hint: str | None = None) -> PlaceEntry | None:
    """The longest run of words inside a facility name that names a known place."""
    for length in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - length + 1):
            words = span.doc[start : start + length]
            if not _is_name(words) or words.text in name_parts().ruler_stopwords:
                continue  # ("Bori Divisional Police Station": Police, Poland, is a word here)
            resolution = gaz.resolve(words.text, hint, hint_beats_country=False)
            if resolution is not None and resolution.via in ("country", "region", "city"):
                return resolution.entry
    return None


def _cut_at_known_name(span: Span, gaz: Gazetteer, hint: str | None) -> tuple[Span, Resolution] | None:
    """'the West Bank of Islamic Jihad' -> 'West Bank': NER ran past a known name into
    an 'of' phrase or a list."""
    for end in range(span.end - 1, span.start, -1):
        if span.doc[end].text not in _CUT_WORDS:
            continue
        head = span.doc[span.start : end]
        resolution = gaz.resolve(head.text, hint, hint_beats_country=False)
        if resolution is not None and resolution.exact:
            return head, resolution
    return None


def _to_place(span: Span, entry: PlaceEntry) -> Place:
    return Place(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=entry.name,
        country=entry.country,
        kind=entry.kind,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        precision=entry.precision,
    )
