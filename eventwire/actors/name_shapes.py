"""What a name's shape says it is, whatever the NER's label: a body NER missed ("Tokyo
Stock Exchange"), a bare name on an act's receiving end, a company by its legal form, a
city of some size, a place or thing named after someone ("Clark airfield"), a word of a
place's name ("the Indian Ocean island"), a person tagged as a body ("Jean-Pierre
Chevenement", "Allan Wagner"), a full name that disagrees with a known person's given
names. Read by the mention resolver (mentions.py)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.backrefs import mention_words
from eventwire.actors.kb import KnowledgeBase, Person, Role, fold
from eventwire.time.lexicon import load_lexicon

# A name of several words the gazetteer knows as a city of at least this many people is the
# city, whatever the NER says ("Mar del Plata").
CITY_POPULATION = 100_000


def untagged_body_name(phrase: Span) -> bool:
    """A name of two or more capitalised words whose head names a body ("Tokyo Stock Exchange")."""
    words = [t for t in phrase if t.dep_ != "det"]
    return (len(words) >= 2 and phrase.root.pos_ == "PROPN" and phrase.root.lemma_.lower() in mention_words().named_body_heads
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words))


def untagged_object_name(phrase: Span) -> bool:
    """A bare name NER did not tag as the object of a verb, or as the subject of a small
    clause after one ("found Barbarin guilty"): capitalised proper nouns only, not opening
    the sentence (where any word is capitalised)."""
    words = [t for t in phrase if t.dep_ != "det"]
    head = phrase.root
    return (head.pos_ == "PROPN" and (_verb_object(head) or _small_clause_subject(head)) and not words[0].is_sent_start
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not _calendar_name(t.text) for t in words))


def _verb_object(head: Token) -> bool:
    return head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB"


def _small_clause_subject(head: Token) -> bool:
    predicate = head.head
    return (head.dep_ == "nsubj" and predicate.pos_ == "ADJ" and predicate.dep_ in ("ccomp", "xcomp", "oprd")
            and predicate.head.pos_ == "VERB" and predicate.head.i < head.i < predicate.i)


def _calendar_name(word: str) -> bool:
    """"called Sunday for his resignation": a day or month the parser reads as an object."""
    lexicon = load_lexicon()
    return word in lexicon.weekday_numbers or word.rstrip(".") in lexicon.month_numbers


def same_given_name(name: str, person: Person) -> bool:
    """A full name in the text must agree with the person's own names beyond the surname."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return True
    # (accents dropped: "Michele Alliot-Marie" is Michèle)
    known = {w for alias in (person.name, *person.aliases) for w in fold(alias).split()}
    return all(fold(word) in known for word in words[:-1] if len(word) > 2 and not word.endswith("."))


def is_company_name(entity: Span) -> bool:
    """Whether a name ends in a company's legal form ("Daewoo Motors Co.", "Apple Inc.")."""
    words = [t.lower_.replace(".", "") for t in entity]
    words = [w for w in words if w]
    return bool(words) and words[-1] in mention_words().company_designators


def names_a_city(name: str) -> bool:
    """A name of several words the gazetteer knows as a city of some size: whoever bears
    a name like that is rarer than the city."""
    from eventwire.places.gazetteer import Gazetteer

    entry = Gazetteer.load().lookup(name)
    return entry is not None and entry.kind == "city" and (entry.population or 0) >= CITY_POPULATION


def names_a_thing(person: Span, head: Token, role: Role | None) -> bool:
    """A "person" the NER finds in a place or a thing named after someone: "al-Sadrain
    Square", "the popular Hai market", "Clark airfield" (a name in front of a common noun
    that is no title)."""
    from eventwire.places.names import name_key, name_parts

    if name_key(person[-1].text) in name_parts().facility_heads:
        return True
    after = person.doc[person.end] if person.end < len(person.doc) else None
    if after is not None and after.text.islower() and name_key(after.text) in name_parts().facility_heads:
        return True  # "the Subic Bay and Clark airfield military bases", however parsed
    return role is None and head.pos_ == "NOUN" and not person.start <= head.i < person.end


def in_place_name(token: Token) -> bool:
    """A word of a place's name of several words ("Indian Ocean", "South China Sea")."""
    if token.ent_type_ not in ("LOC", "FAC"):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


def person_misread_as_body(entity: Span, kb: KnowledgeBase) -> Span | None:
    """A person's name tagged as a body: two given names joined by a hyphen, then a surname
    or two ("Jean-Pierre Chevenement"); or one name right after an untagged given name
    ("Allan Wagner"). The name's span, else None."""
    if entity.label_ != "ORG":
        return None
    words = [t for t in entity if t.text != "-"]
    if (4 <= len(entity) <= 5 and entity[1].text == "-" and all(t.pos_ == "PROPN" for t in words)
            and kb.is_given_name(entity[0].text) and kb.is_given_name(entity[2].text)):
        return entity
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if (len(entity) == 1 and before is not None and before.pos_ == "PROPN" and not before.ent_type_ and before.dep_ == "compound"
            and before.head.i == entity.start and kb.is_given_name(before.text)):
        return Span(entity.doc, entity.start - 1, entity.end, label="PERSON")
    return None
