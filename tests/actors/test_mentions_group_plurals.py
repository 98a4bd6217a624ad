"""Which plural role nouns point back at the parties last named together."""

from __future__ import annotations

from datetime import date

from eventwire.actors.mentions import MentionResolver

ON = date(2005, 11, 29)



def _countries(resolver: MentionResolver, nlp, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    index = resolver.index(nlp(text), ON, "GBR")
    return sorted(p.country for p in index.resolve(next(t for t in index.doc if t.text == word)))


TALKS = "Talks were taking place with Australia and Canada. "


def test_a_bare_plural_brings_in_new_people(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _countries(resolver, nlp, TALKS + "Elite paratroopers were already training.", "paratroopers") == ["GBR"]


def test_a_definite_plural_points_back_at_the_pair(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _countries(resolver, nlp, TALKS + "The governments were already talking.", "governments") == ["AUS", "CAN"]
