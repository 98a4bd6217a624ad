"""Speaker resolution: from the words at the cue ("He", "the Russian leader",
"Russian Foreign Minister Sergei Lavrov") to a resolved actor with country and sector."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.models import Participant, Quote, TextSpan


def resolve_speakers(candidates: list[Any], mentions: MentionIndex, doc_id: str) -> list[Quote]:
    """Quotes with resolved speakers; candidates whose speaker cannot be found are left out,
    as unattributed statements are not quotes."""
    quotes: list[Quote] = []
    speakers: list[Participant | None] = []
    by_noun: dict[str, Participant] = {}  # earlier speakers by their head noun: "statement" -> APEC
    for candidate in candidates:
        phrase = _speaker_phrase(candidate.speaker, mentions)
        speaker = _speaker_of(phrase, candidate.speaker, mentions) if phrase is not None else None
        if speaker is None and candidate.continues is not None and candidate.continues < len(speakers):
            speaker = speakers[candidate.continues]
        noun = phrase[0].root.lemma_.lower() if phrase is not None and phrase[0].root.pos_ == "NOUN" else ""
        if speaker is not None and noun:
            if speaker.country == "UNK" and not speaker.actor_id and noun in by_noun:
                # "The APEC statement said ... the statement added": the same source again
                speaker = replace(by_noun[noun], mention=speaker.mention, start=speaker.start, end=speaker.end)
            elif speaker.country != "UNK":
                by_noun[noun] = speaker
        speakers.append(speaker)
        if speaker is None:
            continue
        mention_text = candidate.speaker.text if candidate.speaker is not None else speaker.mention
        quotes.append(
            Quote(
                id=f"{doc_id}#q{len(quotes) + 1}",
                speaker=speaker.name,
                speaker_country=speaker.country,
                speaker_sector=speaker.sector,
                speaker_mention=mention_text,
                speaker_actor_id=speaker.actor_id,
                cue=candidate.cue,
                kind=candidate.kind,
                content=TextSpan(candidate.content.text, candidate.content.start, candidate.content.end),
                relay=candidate.relay.text if candidate.relay is not None else "",
            )
        )
    return quotes


def _speaker_phrase(span: TextSpan | None, mentions: MentionIndex) -> tuple[Span, list[Token]] | None:
    """The whole noun phrase at the cue, and a person named right after a split title."""
    chars = mentions.doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None
    return _whole_phrase(chars) if chars is not None else None


def _speaker_of(phrase: tuple[Span, list[Token]], span: TextSpan, mentions: MentionIndex) -> Participant | None:
    chars, named = phrase
    # The phrase's own head first ("Han Sung-Ryol, head of the UN mission" -> Han Sung-Ryol),
    # then a person named inside it, then the rightmost resolved phrase.
    root = mentions.mention_at(chars.root)
    named_root = [chars.root] if root is not None and root.kind in ("person", "organisation", "country") else []
    # A person in apposition to the phrase head ("A spokesman for X, Abu Abir"), not one inside
    # a modifier ("The junta, led by General X").
    persons = [t for t in chars if (m := mentions.mention_at(t)) is not None and m.kind == "person"
               and (t.dep_ == "appos" or t.head.i == chars.root.i and t.dep_ in ("appos", "compound"))]
    ranked = [*named, *named_root, *persons, chars.root, *sorted(chars, key=lambda t: t.i, reverse=True)]
    for token in ranked:
        mention = mentions.mention_at(token)
        if mention is not None and mention.participants:
            return mention.participants[0]
    resolved = mentions.resolve(chars.root)
    if resolved:
        return resolved[0]
    text = span.text.strip()
    if not text or chars.root.pos_ == "PRON":
        return None
    # An unnamed source ("one participant", "a spokesman"): keep the words, country unknown.
    return Participant(text, "UNK", "", "", text, span.start, span.end)


def _whole_phrase(span: Span) -> tuple[Span, list[Token]]:
    """Grow a speaker span cut inside a name ("Gazprom vice" of "Gazprom vice-president
    Alexander Medvedev") to the noun phrase its words modify."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_:
        # The parser often breaks a phrase at a hyphenated title; a name right after it ends the phrase.
        for ent in doc.ents:
            if ent.label_ == "PERSON" and span.end < ent.start <= span.end + 3:
                return doc[span.start : ent.end], [ent.root]
    root = span.root
    while root.dep_ in ("compound", "amod", "nmod", "punct") and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    if root.i == span.root.i:
        return span, []
    return doc[min(span.start, root.left_edge.i) : max(span.end, root.i + 1)], []
