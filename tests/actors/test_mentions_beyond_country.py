"""Unnamed bodies whose own modifier puts them beyond the report's home country."""

from __future__ import annotations

from datetime import date

from eventwire.actors.mentions import MentionResolver

ON = date(2006, 11, 29)



def _country(resolver: MentionResolver, nlp, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    index = resolver.index(nlp(text), ON, "LBN")
    return [p.country for p in index.resolve(next(t for t in index.doc if t.text == word))]


def test_an_international_body_is_an_igo(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _country(resolver, nlp, "The cabinet backed an international tribunal to try the suspects.", "tribunal") == ["IGO"]


def test_multinational_forces_are_an_igo(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _country(resolver, nlp, "Multinational forces patrolled the border.", "forces") == ["IGO"]


def test_western_governments_are_no_home_party(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _country(resolver, nlp, "Rights groups urged Western governments to stop selling weapons.", "governments") == ["UNK"]


def test_an_unmodified_body_stays_at_home(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _country(resolver, nlp, "The cabinet backed a special tribunal to try the suspects.", "tribunal") == ["LBN"]


def test_a_regional_camp_is_no_home_party(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _country(resolver, nlp, "The president wanted to meet Arab leaders during his trip.", "leaders") == ["UNK"]
    assert _country(resolver, nlp, "European officials criticised the plan.", "officials") == ["UNK"]
