"""What a name's shape says it is, on hand-built sentences."""

from __future__ import annotations

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.name_shapes import in_place_name, is_company_name, person_misread_as_body, same_given_name
from eventwire.nlp.analysis import load_analysis_pipeline


def _entity(text: str, words: str):  # type: ignore[no-untyped-def]
    doc = load_analysis_pipeline()(text)
    return next(e for e in doc.ents if e.text == words)


def test_a_legal_form_ends_a_company_name() -> None:
    assert is_company_name(_entity("Daewoo Motors Co. signed the deal.", "Daewoo Motors Co."))


def test_a_word_of_a_place_name_is_marked() -> None:
    doc = load_analysis_pipeline()("The leader of the Indian Ocean island was arrested.")
    assert in_place_name(next(t for t in doc if t.text == "Indian"))
    assert not in_place_name(next(t for t in doc if t.text == "leader"))


def test_a_person_tagged_as_a_body_is_read_off_its_given_names() -> None:
    kb = KnowledgeBase.load()
    misread = person_misread_as_body(_entity("Jean-Pierre Chevenement arrived.", "Jean-Pierre Chevenement"), kb)
    assert misread is not None and misread.text == "Jean-Pierre Chevenement"
    assert person_misread_as_body(_entity("The Wagner Group attacked the town.", "Wagner Group"), kb) is None


def test_a_full_name_must_agree_with_the_persons_given_names() -> None:
    lavrov = KnowledgeBase.load().person("Sergei Lavrov")
    assert lavrov is not None
    assert same_given_name("Sergei Lavrov", lavrov) and not same_given_name("Ivan Lavrov", lavrov)
