"""The owner of what an agreed or refused act handles is on the other side."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.arguments import complement_object_owners, noun_arguments
from eventwire.events.recipients import verb_arguments


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_an_offer_to_handle_someones_goods_names_their_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ukraine announced on Thursday its readiness to increase the transit of Russian gas.")
    args = verb_arguments(_token(doc, "announced"), _token(doc, "readiness"), None, "AGREE")
    assert [t.text for t in args.recipients][-2:] == ["transit", "gas"]


def test_an_agreement_noun_reads_its_complement_too(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ukraine confirmed its readiness to increase the transit of Russian gas.")
    args = noun_arguments(_token(doc, "readiness"), None, "AGREE")
    assert "gas" in [t.text for t in args.recipients]


def test_other_types_do_not_read_the_complement_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ukraine confirmed its readiness to increase the transit of Russian gas.")
    args = noun_arguments(_token(doc, "readiness"), None, "CONSULT")
    assert "gas" not in [t.text for t in args.recipients]


def test_a_complement_without_an_object_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Moscow agreed to wait.")
    assert complement_object_owners(_token(doc, "agreed")) == []
