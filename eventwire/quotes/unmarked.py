"""Statements without quotation marks that are still somebody's own words.

Translated wire copy often quotes without marks: a first-person paragraph
attributed at its end ("... We will be ready to help, TASS quotes Lavrov."),
a first-person paragraph that carries on the speaker of the paragraph before,
or a paragraph pinned on its speaker afterwards ("This was stated by ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.syntax import agent_of
from eventwire.quotes.candidate import DIRECT, INDIRECT, Draft
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.direct import frame_verb
from eventwire.quotes.marks import Paragraph, QuotedPassage
from eventwire.quotes.roles import cue_offsets, speaker_token
from eventwire.quotes.spans import Offsets, speaker_offsets, trim

RULE_UNMARKED = "unmarked"
_INVERTED_RULES = frozenset({"reported", "relay", "reported-relay"})


class UnmarkedQuotes:
    def __init__(self, doc: Doc, lexicon: CueLexicon, paragraphs: list[Paragraph], passages: list[QuotedPassage]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = lexicon
        self.paragraphs = paragraphs
        self._marked = {p.paragraph for p in passages}

    def paragraph_of(self, offset: int) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end + 1:
                return paragraph
        return None

    def extend_attributed_at_end(self, drafts: list[Draft]) -> None:
        """An inverted statement closing a paragraph of first-person sentences
        takes the whole paragraph: the speaker's own words, unmarked."""
        for draft in drafts:
            if draft.rule not in _INVERTED_RULES or draft.cue is None or draft.cue[0] < draft.content[1]:
                continue
            paragraph = self.paragraph_of(draft.content[0])
            if paragraph is None or paragraph.index in self._marked:
                continue
            if not self._ends_paragraph(draft, paragraph):
                continue
            others = [d for d in drafts if d is not draft and paragraph.start <= d.content[0] < draft.content[0]]
            if others:
                continue
            if not self._first_person_in(paragraph.start, draft.content[1]):
                continue
            extended = trim(self.text, paragraph.start, draft.content[1])
            if extended is not None:
                draft.content = extended
                draft.kind = DIRECT

    def anaphoric(self, drafts: list[Draft], skip_tokens: set[int]) -> list[Draft]:
        """"This was stated by X" / "X said this": the words just before are X's."""
        found: list[Draft] = []
        for verb in self.doc:
            if verb.i in skip_tokens or not self.lexicon.is_clause_verb(verb):
                continue
            pointer = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and self.lexicon.is_anaphoric(c)), None)
            if pointer is None or any(c.dep_ == "ccomp" for c in verb.children):
                continue
            if pointer.dep_ == "dobj" and verb.lemma_.lower() not in self.lexicon.anaphoric_active_verbs:
                continue
            speaker = agent_of(verb) if pointer.dep_ == "nsubjpass" else speaker_token(verb)
            if speaker is None:
                continue
            content = self._words_before(verb, drafts)
            if content is None:
                continue
            cue, cue_tokens = cue_offsets(verb, self.lexicon)
            kind = DIRECT if self._first_person_in(*content) else INDIRECT
            found.append(
                Draft(
                    content=content,
                    cue=cue,
                    kind=kind,
                    speaker=speaker_offsets(speaker, content),
                    cue_tokens=cue_tokens,
                    rule="anaphoric",
                )
            )
        return found

    def introduced_by_colon(self, drafts: list[Draft], used: set[int]) -> list[Draft]:
        """"Christie added:" closing a paragraph, then the words as a paragraph of
        their own without quotation marks."""
        found: list[Draft] = []
        for paragraph in self.paragraphs[:-1]:
            if not self.text[paragraph.start : paragraph.end].endswith(":"):
                continue
            following = self.paragraphs[paragraph.index + 1]
            if following.index in self._marked or self._has_draft(following, drafts):
                continue
            tokens = self._frame_tokens(paragraph)
            verb = frame_verb(tokens, self.lexicon)
            if verb is None or verb.i in used:
                continue
            content = trim(self.text, following.start, following.end)
            speaker = speaker_token(verb)
            if content is None:
                continue
            cue, cue_tokens = cue_offsets(verb, self.lexicon)
            found.append(
                Draft(
                    content=content,
                    cue=cue,
                    kind=DIRECT,
                    speaker=speaker_offsets(speaker, content) if speaker is not None else None,
                    cue_tokens=cue_tokens,
                    rule="colon",
                )
            )
        return found

    def _frame_tokens(self, paragraph: Paragraph) -> list[Token]:
        """The words of the paragraph's last sentence, up to its closing colon."""
        span = self.doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
        if span is None:
            return []
        sentences = list(span.sents)
        if not sentences:
            return []
        return [t for t in sentences[-1] if t.text.strip()]

    def continuations(self, drafts: list[Draft]) -> list[Draft]:
        """A first-person paragraph with no statement of its own right after a
        paragraph with one carries on that speaker's words."""
        found: list[Draft] = []
        everything = list(drafts)
        if self._author_speaks(drafts):
            return found
        for paragraph in self.paragraphs[1:]:
            if paragraph.index in self._marked or self._has_draft(paragraph, everything):
                continue
            previous = self.paragraphs[paragraph.index - 1]
            before = [d for d in everything if previous.start <= d.content[0] <= previous.end]
            if not before:
                continue
            first_sentence = self.doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
            if first_sentence is None:
                continue
            sentence = next(iter(first_sentence.sents), None)
            if sentence is None or not any(self.lexicon.is_first_person(t) and t.dep_ in ("nsubj", "nsubjpass") for t in sentence):
                continue  # the speaker's own "I"/"we" as a subject, not "My Patients" in a title
            content = trim(self.text, paragraph.start, paragraph.end)
            if content is None:
                continue
            draft = Draft(
                content=content,
                cue=None,
                kind=DIRECT,
                speaker=None,
                continues=max(before, key=lambda d: d.content[0]),
                rule=RULE_UNMARKED,
            )
            found.append(draft)
            everything.append(draft)
        return found

    # -- helpers ------------------------------------------------------------

    def _author_speaks(self, drafts: list[Draft]) -> bool:
        """A columnist's "I" and "we": some first-person paragraph outside any
        statement does not follow a statement, so first person here is the
        author's voice, not a speaker's words carried on."""
        for paragraph in self.paragraphs:
            if paragraph.index in self._marked or self._has_draft(paragraph, drafts):
                continue
            if not self._first_person_in(paragraph.start, paragraph.end):
                continue
            previous = self.paragraphs[paragraph.index - 1] if paragraph.index > 0 else None
            if previous is None or not self._has_draft(previous, drafts):
                return True
        return False

    def _ends_paragraph(self, draft: Draft, paragraph: Paragraph) -> bool:
        """Nothing but the cue clause follows the content in its paragraph."""
        assert draft.cue is not None
        token = self._token_at(draft.cue[0])
        if token is None:
            return False
        sentence = token.sent
        return sentence.end_char >= paragraph.end - 1

    def _first_person_in(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(self.lexicon.is_first_person(t) for t in span)

    def _words_before(self, verb: Token, drafts: list[Draft]) -> Offsets | None:
        """The sentences before the cue sentence in its paragraph, or the whole
        previous paragraph when the cue sentence opens its own."""
        paragraph = self.paragraph_of(verb.idx)
        if paragraph is None:
            return None
        sentence_start = verb.sent.start_char
        if sentence_start > paragraph.start:
            start, end = paragraph.start, sentence_start
        elif paragraph.index > 0:
            previous = self.paragraphs[paragraph.index - 1]
            start, end = previous.start, previous.end
        else:
            return None
        if any(start <= d.content[0] < end for d in drafts):
            return None
        return trim(self.text, start, end)

    def _has_draft(self, paragraph: Paragraph, drafts: list[Draft]) -> bool:
        for draft in drafts:
            if paragraph.start <= draft.content[0] <= paragraph.end:
                return True
            if draft.cue is not None and paragraph.start <= draft.cue[0] <= paragraph.end:
                return True
        return False

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None
