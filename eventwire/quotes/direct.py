"""Direct quotations: passages in quotation marks and the cue that frames them.

A passage is a full quotation when it stands as a sentence of its own (at a
paragraph or sentence start, or right after a cue: 'he said: "..."'); a
passage in the middle of a sentence is a quoted fragment, left to the
reported-speech pass, which calls the statement around it mixed.

The cue may follow the passage ('"...," said Lavrov' / '"...," he told
reporters'), precede it ('Arguing his case, he said "..."'), or sit inside it
('"We are ready," he said, "to talk."', which gives two candidates sharing the
cue, the second continuing the first). A full quotation without a cue of its
own, or a paragraph that carries an unclosed quotation on, continues the
statement before it; the finder links those once every statement is known.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.nlp.syntax import agent_of, is_passive, object_of
from eventwire.quotes.candidate import DIRECT, Draft
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.marks import QuotedPassage
from eventwire.quotes.roles import cue_offsets, speaker_token
from eventwire.quotes.spans import (
    QUOTE_CHARS,
    QUOTE_TOKENS,
    Offsets,
    speaker_offsets,
    token_offsets,
    trim,
)

_SENTENCE_END = frozenset({".", "!", "?", ";"})
_FRAME_PUNCT = frozenset({",", ":", "—", "–", "-", "--"})
# Between a cue verb and the opening mark only the addressee and adverbials may stand.
_BEFORE_ALLOWED_POS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "ADP", "ADV", "NUM", "PUNCT", "PART", "CCONJ", "SPACE"})
# A phrase ending in one of these is unfinished: the quotation completes it.
_UNFINISHED_POS = frozenset({"DET", "ADP", "PART", "ADJ", "CCONJ", "SCONJ"})
_MAX_FRAME_TOKENS = 18
_BARE_MIN_WORDS = 3
RULE_BARE = "bare"
RULE_CARRIED = "carried"


@dataclass
class _Frame:
    verb: Token | None
    according: Token | None = None


class DirectQuoteFinder:
    def __init__(self, doc: Doc, lexicon: CueLexicon, passages: list[QuotedPassage]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = lexicon
        self.passages = passages
        self._starts = [t.idx for t in doc]
        self._openers = {p.open_start for p in passages}
        self._ranges = [(p.open_start, p.end) for p in passages]

    def find(self) -> list[Draft]:
        drafts: list[Draft] = []
        by_passage: dict[int, Draft] = {}
        previous: QuotedPassage | None = None
        previous_draft: Draft | None = None
        for passage in self.passages:
            draft = self._attribute(passage, previous, previous_draft)
            if draft is not None:
                drafts.append(draft)
                by_passage[passage.open_start] = draft
            previous, previous_draft = passage, draft
        self._link_runs(by_passage)
        return drafts

    # -- one passage --------------------------------------------------------

    def _attribute(self, passage: QuotedPassage, previous: QuotedPassage | None, previous_draft: Draft | None) -> Draft | None:
        content = trim(self.text, passage.content_start, passage.content_end, strip_quotes=True)
        if content is None:
            return None
        after = self._cue_after(passage)
        before = self._cue_before(passage)
        full = self._starts_sentence(passage) or before is not None
        if not full:
            return None  # a quoted fragment inside a sentence: reported speech handles it
        if after is None and before is not None and not self._ends_its_clause(passage):
            # 'said "it is quite clear" that ...': the words in marks are a
            # fragment of the reported clause, which reported speech takes.
            return None
        frame = after if after is not None else before
        if frame is not None:
            draft = self._draft_from_frame(frame, content)
            if after is None and previous is not None and previous_draft is not None and _same_sentence_cue(previous_draft, draft):
                # '"We are ready," he said, "to talk."': one statement, two pieces.
                draft.continues = previous_draft
            return draft
        if passage.carries_on:
            return Draft(content=content, cue=None, kind=DIRECT, speaker=None, rule=RULE_CARRIED)
        if not self._stands_alone(passage):
            return None
        return Draft(content=content, cue=None, kind=DIRECT, speaker=None, rule=RULE_BARE)

    def _draft_from_frame(self, frame: _Frame, content: Offsets) -> Draft:
        if frame.according is not None:
            according = frame.according
            to = self.doc[according.i + 1]
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            speaker = speaker_offsets(source, content) if source is not None else None
            cue = token_offsets(according, to)
            return Draft(content=content, cue=cue, kind=DIRECT, speaker=speaker, cue_tokens=frozenset({according.i, to.i}), rule="direct")
        verb = frame.verb
        assert verb is not None
        relay: Token | None = None
        if self.lexicon.is_relay_verb(verb):
            if is_passive(verb):
                speaker = speaker_token(verb, allow_passive_subject=True)
                relay = agent_of(verb)
            else:
                speaker = object_of(verb)
                relay = speaker_token(verb)
        else:
            speaker = speaker_token(verb, allow_passive_subject=False)
        if speaker is None:
            speaker = self._nearby_noun(verb, content)
        cue, cue_tokens = cue_offsets(verb, self.lexicon)
        if relay is not None and relay.right_edge.i + 1 == verb.i and relay.idx > content[0]:
            cue = (relay.idx, cue[1])
            cue_tokens = cue_tokens | {relay.i}
        return Draft(
            content=content,
            cue=cue,
            kind=DIRECT,
            speaker=speaker_offsets(speaker, content) if speaker is not None else None,
            relay=speaker_offsets(relay, content) if relay is not None else None,
            cue_tokens=cue_tokens,
            rule="direct",
        )

    # -- frames ---------------------------------------------------------------

    def _cue_after(self, passage: QuotedPassage) -> _Frame | None:
        """'"...," said X' / '"...," X told Y' / '"...," according to X'."""
        if not passage.closed:
            return None
        frame, stopped_at_quote = self._tokens_after(passage.end, passage.paragraph_end)
        if not frame:
            return None
        inner_end = self.text[passage.content_start : passage.content_end].rstrip()
        ends_clause = inner_end[-1:] in (",", "?", "!", "…", "-", "—") or frame[0].text in _FRAME_PUNCT
        ends_sentence = inner_end[-1:] == "."
        if not (ends_clause or ends_sentence):
            return None
        if ends_sentence and not ends_clause and stopped_at_quote:
            return None  # '"...end." It said, "...": the cue frames the next quotation
        words = [t for t in frame if not t.is_punct]
        for position, token in enumerate(frame):
            if token.lower_ == "according" and position + 1 < len(frame) and frame[position + 1].lower_ == "to":
                return _Frame(verb=None, according=token) if all(t.is_punct for t in frame[:position]) else None
            if not self.lexicon.is_frame_verb(token):
                continue
            if not self._only_subject_before(token, frame[:position]):
                return None
            if self._reports_something_else(token):
                return None
            if ends_sentence and not ends_clause and len(words) > 8:
                return None  # '"..." The minister said ...' starts a new statement
            return _Frame(verb=token)
        return None

    def _cue_before(self, passage: QuotedPassage) -> _Frame | None:
        """'X said: "..."' / 'he said "..."' / '"...," he said, "..."', or a
        paragraph ending 'X added:' before a quotation paragraph."""
        frame = self._tokens_before(passage.open_start)
        if not frame and not passage.carries_on:
            frame = self._colon_tail_before(passage.open_start)
        verb = frame_verb(frame, self.lexicon)
        if verb is None or self._reports_something_else(verb):
            return None
        return _Frame(verb=verb)

    def _colon_tail_before(self, offset: int) -> list[Token]:
        """The words of the previous paragraph when it ends with a colon."""
        index = self._token_index_at(offset) - 1
        while index >= 0 and not self.doc[index].text.strip():
            index -= 1
        if index < 0 or self.doc[index].text != ":":
            return []
        return self._tokens_before(self.doc[index].idx + 1)

    def _tokens_after(self, start: int, paragraph_end: int) -> tuple[list[Token], bool]:
        """The tokens after a closing mark up to the end of the clause, and
        whether they stop at another quotation."""
        tokens: list[Token] = []
        for token in self.doc[self._token_index_at(start) :]:
            if token.idx >= paragraph_end or "\n" in token.text:
                break
            if token.idx in self._openers:
                return tokens, True
            if token.text in _SENTENCE_END or len(tokens) >= _MAX_FRAME_TOKENS:
                break
            if token.text.strip():
                tokens.append(token)
        return tokens, False

    def _tokens_before(self, end: int) -> list[Token]:
        tokens: list[Token] = []
        index = self._token_index_at(end) - 1
        while index >= 0 and len(tokens) < _MAX_FRAME_TOKENS:
            token = self.doc[index]
            if "\n" in token.text or "\n" in token.whitespace_ or token.text in _SENTENCE_END:
                break
            if token.text in QUOTE_TOKENS:
                break
            if token.text.strip():
                tokens.append(token)
            index -= 1
        tokens.reverse()
        return tokens

    def _token_index_at(self, offset: int) -> int:
        return bisect_left(self._starts, offset)

    # -- checks ---------------------------------------------------------------

    def _starts_sentence(self, passage: QuotedPassage) -> bool:
        """The opening mark begins a paragraph or a sentence."""
        preceding = self.text[: passage.open_start].rstrip(" \t")
        if not preceding or preceding.endswith("\n"):
            return True
        last = preceding[-1]
        if last in ".!?:":
            return True
        if last in QUOTE_CHARS:
            # after another passage: a new sentence if that one ended one
            inner = preceding[:-1].rstrip()
            return inner[-1:] in (".", "!", "?")
        return False

    def _stands_alone(self, passage: QuotedPassage) -> bool:
        """A quotation that is a whole sentence or more, with nothing after it in its sentence."""
        inner = self.text[passage.content_start : passage.content_end]
        if len(inner.split()) < _BARE_MIN_WORDS:
            return False
        if not passage.closed:
            return True
        rest = self.text[passage.end : passage.paragraph_end].lstrip()
        if not rest:
            return True
        if inner.rstrip()[-1:] not in (".", "!", "?"):
            return False
        return rest[0].isupper() or rest[0] in QUOTE_CHARS

    def _ends_its_clause(self, passage: QuotedPassage) -> bool:
        """Nothing but punctuation, a cue or a new sentence follows the passage."""
        if not passage.closed:
            return True
        inner = self.text[passage.content_start : passage.content_end].rstrip()
        if inner[-1:] in (".", "!", "?", ",", "…"):
            return True
        rest = self.text[passage.end : passage.paragraph_end].lstrip()
        return not rest or rest[0] in ".!?,;:—–-" or rest[0] in QUOTE_CHARS or rest[0].isupper()

    def _only_subject_before(self, verb: Token, before: list[Token]) -> bool:
        """Between the closing mark and the cue verb stand only the speaker,
        auxiliaries and adverbs ('"...," the minister also said')."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject_tokens = {t.i for t in subject.subtree} if subject is not None else set()
        for token in before:
            if token.is_punct or token.i in subject_tokens:
                continue
            if token.head.i == verb.i and token.dep_ in ("aux", "auxpass", "advmod", "npadvmod", "neg"):
                continue
            if subject is None and token.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
                continue  # parse without a subject: accept a plain noun phrase
            return False
        return True

    def _reports_something_else(self, verb: Token) -> bool:
        """The verb has its own that-clause outside quotation marks ('"...". He said Iran ...')."""
        for child in verb.children:
            if child.dep_ != "ccomp":
                continue
            if child.left_edge.lower_ in ("who", "which", "whom", "whose"):
                continue
            if any(start <= child.idx < end for start, end in self._ranges):
                continue  # the verb's clause is a quotation (this one or its other half)
            return True
        return False

    def _nearby_noun(self, verb: Token, content: Offsets) -> Token | None:
        """When the parse gives the cue verb no subject: the noun phrase right beside it."""
        for chunk in self.doc.noun_chunks:
            if chunk.start_char >= content[0] and chunk.end_char <= content[1]:
                continue
            if chunk.end == verb.i or chunk.start == verb.i + 1:
                return chunk.root
        return None

    # -- runs across paragraphs -------------------------------------------

    def _link_runs(self, by_passage: dict[int, Draft]) -> None:
        """Link a paragraph that carries an unclosed quotation on to the
        previous piece; a run whose cue comes only at its end lends that cue
        to the pieces before it."""
        runs: list[list[Draft]] = []
        for passage in self.passages:
            draft = by_passage.get(passage.open_start)
            if draft is None:
                continue
            if passage.carries_on and runs:
                previous = runs[-1][-1]
                if draft.continues is None:
                    draft.continues = previous
                if draft.cue is None and previous.cue is not None:
                    # the quotation goes on in the next paragraph: same voice, same cue
                    draft.cue, draft.speaker, draft.relay = previous.cue, previous.speaker, previous.relay
                runs[-1].append(draft)
            else:
                runs.append([draft])
        for run in runs:
            if len(run) < 2 or run[0].cue is not None:
                continue
            source = next((d for d in run if d.cue is not None), None)
            if source is None:
                continue
            for draft in run:
                if draft.cue is None:
                    draft.cue, draft.speaker, draft.relay = source.cue, source.speaker, source.relay
            run[0].rule = "carried-back"


def frame_verb(frame: list[Token], lexicon: CueLexicon) -> Token | None:
    """The cue verb a frame ends with ('X said:', 'he told reporters in Moscow,',
    'TASS quoted him as saying:'), or None when the words before the opening
    mark are something else (an unfinished phrase, a that-clause)."""
    if not frame:
        return None
    index = len(frame) - 1
    while index >= 0 and frame[index].text in _FRAME_PUNCT:
        index -= 1
    for position in range(index, max(-1, index - 8), -1):
        token = frame[position]
        if lexicon.is_frame_verb(token):
            between = frame[position + 1 : index + 1]
            punctuated = index < len(frame) - 1
            if between and (not punctuated or between[-1].pos_ in _UNFINISHED_POS):
                # 'agreed on a "media truce"': the quotation finishes the phrase.
                return None
            return token if all(_allowed_between(t, token) for t in between) else None
        if token.pos_ not in _BEFORE_ALLOWED_POS and not _is_gerund_cue(token, lexicon):
            return None
    return None


def _same_sentence_cue(previous: Draft, current: Draft) -> bool:
    return previous.cue is not None and previous.cue == current.cue


def _allowed_between(token: Token, verb: Token) -> bool:
    """What may stand between a cue verb and the opening mark: the addressee,
    adverbials, "as saying" — not a that-clause or another verb."""
    if token.is_punct:
        return token.text in _FRAME_PUNCT
    if token.dep_ == "mark" or token.lower_ == "that" or token.tag_ == "TO":
        return False
    if token.pos_ in ("VERB", "AUX"):
        return token.tag_ == "VBG" and token.head.dep_ == "prep" and token.head.head.i == verb.i
    return token.pos_ in _BEFORE_ALLOWED_POS


def _is_gerund_cue(token: Token, lexicon: CueLexicon) -> bool:
    return token.tag_ == "VBG" and lexicon.is_frame_verb(token)

