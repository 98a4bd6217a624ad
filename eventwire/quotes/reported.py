"""Reported speech found through the dependency parse.

"X said that ...", "..., X said", "vowed to ...", "urged Y to ...",
"expressed confidence that ...", "TASS quotes Lavrov", "X was quoted as
saying ...", "Interfax reported, quoting prosecutors, ...", "according to X",
"NATO's announcement that ...", "In a statement, X condemned ...".
Direct quotations are found first (eventwire.quotes.direct); this pass skips
the cue words they used. Inside quotation marks it keeps a third party's
reported words ("The LTTE has said they did not ...") and drops the quoted
speaker's own ("I told them ...").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from eventwire.nlp.syntax import agent_of, is_passive, object_of
from eventwire.quotes.candidate import INDIRECT, Draft
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.roles import as_saying, cue_offsets, particle_of, speaker_token
from eventwire.quotes.spans import (
    QUOTE_TOKENS,
    Offsets,
    clause_offsets,
    speaker_offsets,
    token_offsets,
    trim,
)

_RELATIVE_STARTS = frozenset({"who", "which", "whom", "whose"})
_CLAUSE_DEPS = frozenset({"ccomp"})
_NEGATIONS = frozenset({"not", "n't", "never"})


class ReportedSpeechFinder:
    """One pass over a Doc; ``skip`` says which tokens may not serve as cues."""

    def __init__(
        self,
        doc: Doc,
        lexicon: CueLexicon,
        skip: Callable[[Token], bool],
        quoted: Callable[[Token], bool] = lambda token: False,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = lexicon
        self.skip = skip
        # Inside quotation marks a third party's reported words still count
        # ("The LTTE has said they did not ..."), the quoted speaker's own
        # "I said" / "we told them" do not: they are part of the quotation.
        self.quoted = quoted
        self.used: set[int] = set()

    def find(self) -> list[Draft]:
        drafts: list[Draft] = []
        rules = (self._according_to, self._relay, self._expression, self._clause, self._complement, self._noun_cue)
        for token in self.doc:
            if token.i in self.used or self.skip(token):
                continue
            for rule in rules:
                draft = rule(token)
                if draft is not None and self.quoted(token) and self._first_person_speaker(draft):
                    break
                if draft is not None:
                    self.used.update(draft.cue_tokens)
                    drafts.append(draft)
                    break
        drafts.extend(self._statement_adjuncts(drafts))
        return drafts

    # -- the rules, one per cue family ------------------------------------

    def _clause(self, verb: Token) -> Draft | None:
        """A clause verb with a that-clause, or in inverted order ("..., he said")."""
        if not self.lexicon.is_clause_verb(verb) or _negated(verb):
            return None
        if self.lexicon.needs_particle(verb) and particle_of(verb, self.lexicon) is None:
            return None
        found = self._clause_content(verb)
        if found is None:
            return None
        content, content_head = found
        relay_verb = self._relay_child(verb)
        if relay_verb is not None:
            # "Interfax reported, quoting prosecutors, that ...": the quoted
            # party speaks, the reporting outlet relays.
            speaker = object_of(relay_verb)
            relay = speaker_token(verb)
            cue, cue_tokens = cue_offsets(relay_verb, self.lexicon)
            self.used.add(verb.i)
            return self._draft(content, cue, cue_tokens, speaker, relay=relay, rule="reported-relay", heads=(relay_verb, content_head))
        speaker = speaker_token(verb)
        if speaker is None:
            return None
        cue, cue_tokens = cue_offsets(verb, self.lexicon)
        return self._draft(content, cue, cue_tokens, speaker, rule="reported", heads=(verb, content_head))

    def _clause_content(self, verb: Token) -> tuple[Offsets, Token] | None:
        """The reported clause and its head token."""
        clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and not _relative_led(c) and not _subjectless_before(c)]
        holder = verb
        relay_verb = self._relay_child(verb)
        if not clauses and relay_verb is not None:
            clauses = [c for c in relay_verb.children if c.dep_ in _CLAUSE_DEPS and not _relative_led(c)]
            holder = relay_verb
        if not clauses and self.lexicon.takes_addressee(verb):
            clauses = _that_clause_in_object(verb)
        if clauses:
            clause = max(clauses, key=lambda c: c.right_edge.i - c.left_edge.i)
            if _anaphoric_only(clause, self.lexicon):
                return None
            # The cue's own words (speaker, adverbs) leave the content; so does
            # another speaker's statement coordinated inside it ("..., while
            # Israel said ...").
            exclude = {t.i for t in holder.subtree} - {t.i for t in clause.subtree}
            exclude |= self._other_statements(clause)
            if clause.left_edge.lower_ == "that":
                exclude.add(clause.left_edge.i)  # the complementizer, however the parser tagged it
            content = clause_offsets(clause, exclude=exclude)
            tail = self._coordinated_clause(verb, clause)
            if tail is not None:
                content = (content[0], tail.right_edge.idx + len(tail.right_edge.text))
            trimmed = self._trim(content)
            return (trimmed, clause) if trimmed is not None else None
        if _inverted(verb):
            # "Hezbollah will not give up, he said": the main clause is the content.
            head = verb.head
            exclude = {t.i for t in verb.subtree} | self._other_statements(head)
            trimmed = self._trim(clause_offsets(head, exclude=exclude))
            return (trimmed, head) if trimmed is not None else None
        return None

    def _other_statements(self, clause: Token) -> set[int]:
        """Tokens of further statements hanging inside a clause through an
        adverbial or coordinated link (not a nested report): another speaker's
        ("..., while Israel said ...") or the same one's (", adding that ...")."""
        found: set[int] = set()
        for token in clause.subtree:
            if token.i == clause.i or token.dep_ not in ("advcl", "conj", "parataxis"):
                continue
            if not self.lexicon.is_clause_verb(token):
                continue
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            has_clause = any(c.dep_ == "ccomp" for c in token.children)
            if has_clause and (has_subject or token.tag_ == "VBG"):
                first = token.left_edge.i
                # take the linking word ("while", "and") along
                while first > clause.left_edge.i and self.doc[first - 1].dep_ in ("mark", "cc", "punct"):
                    first -= 1
                found.update(range(first, token.right_edge.i + 1))
        return found

    def _complement(self, verb: Token) -> Draft | None:
        """A verb whose object or infinitive is the content ("vowed to ...", "urged X to ...")."""
        frame = self.lexicon.complement_frame(verb)
        if frame is None or _negated(verb):
            return None
        particle = particle_of(verb, self.lexicon)
        if self.lexicon.needs_particle(verb) and particle is None:
            return None
        parts: dict[str, list[Token]] = {}
        for child in verb.children:
            if child.i < verb.i:
                continue
            kind = _part_kind(child)
            if kind is None or kind not in frame.takes:
                continue
            if particle is not None and child.i == particle.i:
                # "called on him to ...": the particle is cue, its object content.
                parts.setdefault(kind, []).extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            else:
                parts.setdefault(kind, []).append(child)
        if not parts or not (set(parts) & frame.needs):
            return None
        tokens = [t for found in parts.values() for t in found]
        if not tokens:
            return None
        first = min((t.left_edge for t in tokens), key=lambda t: t.i)
        last = max((t.right_edge for t in tokens), key=lambda t: t.i)
        content = self._trim(token_offsets(first, last))
        speaker = speaker_token(verb)
        if content is None or speaker is None:
            return None
        if not frame.bare_object and not self._holds_words(first, last):
            return None
        cue, cue_tokens = cue_offsets(verb, self.lexicon)
        if cue[1] > content[0]:
            return None
        return self._draft(content, cue, cue_tokens, speaker, rule="complement", heads=(verb, None))

    def _expression(self, verb: Token) -> Draft | None:
        """"expressed confidence that ...", "expressed his satisfaction that ..."."""
        if not self.lexicon.is_expression_verb(verb) or _negated(verb):
            return None
        noun = object_of(verb)
        if noun is None or not self.lexicon.is_expression_noun(noun):
            return None
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
        if clause is None:
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        speaker = speaker_token(verb)
        if speaker is None:
            return None
        if clause is not None:
            # "expressed his satisfaction that X": the cue runs to the noun, X is the content.
            content = self._trim(clause_offsets(clause))
            cue, cue_tokens = cue_offsets(verb, self.lexicon, last=noun)
        else:
            # "expressed the hope to conclude ...": the attitude and its object are the content.
            if not any(c.i > noun.i and c.dep_ in ("prep", "acl", "relcl", "xcomp", "ccomp") for c in noun.children):
                return None
            content = self._trim(token_offsets(noun.left_edge, noun.right_edge))
            cue, cue_tokens = cue_offsets(verb, self.lexicon)
        if content is None:
            return None
        return self._draft(content, cue, cue_tokens, speaker, rule="expression", heads=(verb, clause))

    def _relay(self, verb: Token) -> Draft | None:
        """"TASS quotes Lavrov", "Yonhap quoted Han as saying ...", "X was quoted as saying ..."."""
        if not self.lexicon.is_relay_verb(verb) or _negated(verb):
            return None
        if verb.dep_ == "advcl" and self.lexicon.is_clause_verb(verb.head):
            return None  # handled with its head ("reported, quoting ...")
        saying = as_saying(verb)
        if is_passive(verb):
            speaker = speaker_token(verb, allow_passive_subject=True)
            relay = agent_of(verb)
        else:
            speaker = object_of(verb)
            relay = speaker_token(verb)
        if speaker is None:
            return None
        content = self._relay_content(verb, saying)
        if content is None:
            return None
        cue, cue_tokens = cue_offsets(verb, self.lexicon)
        if relay is not None and content[1] <= relay.idx and _adjacent_before(relay, verb):
            # "..., TASS quotes Lavrov": the outlet and verb read as one cue.
            cue = (relay.idx, cue[1])
            cue_tokens = cue_tokens | {relay.i}
        return self._draft(content, cue, cue_tokens, speaker, relay=relay, rule="relay", heads=(verb, None))

    def _relay_content(self, verb: Token, saying: Token | None) -> Offsets | None:
        holders = [saying, verb] if saying is not None else [verb]
        for holder in holders:
            clause = next((c for c in holder.children if c.dep_ in _CLAUSE_DEPS and not _relative_led(c)), None)
            if clause is not None and not _anaphoric_only(clause, self.lexicon):
                return self._trim(clause_offsets(clause))
        if saying is not None:
            # "quoted Han as repeating Kim's insistence that ...": what follows the participle.
            right = [c for c in saying.children if c.i > saying.i]
            if right:
                return self._trim(token_offsets(right[0].left_edge, saying.right_edge))
        return None

    def _according_to(self, token: Token) -> Draft | None:
        """"according to X": the rest of the sentence is X's."""
        if token.lower_ != "according" or token.i + 1 >= len(self.doc) or self.doc[token.i + 1].lower_ != "to":
            return None
        to = self.doc[token.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() in self.lexicon.according_to_not_speakers:
            return None
        phrase_first = token
        phrase_last = max(token.subtree, key=lambda t: t.i)
        phrase_last = max(phrase_last, source.right_edge, key=lambda t: t.i)
        sentence = token.sent
        before = (sentence.start_char, phrase_first.idx)
        after = (phrase_last.idx + len(phrase_last.text), sentence.end_char)
        pieces = [p for p in (self._trim(before), self._trim(after)) if p is not None]
        if not pieces:
            return None
        if len(pieces) == 2 and _words(self.text, pieces[0]) >= 3 and _words(self.text, pieces[1]) >= 3:
            content = self._trim((sentence.start_char, sentence.end_char))  # "X, according to Y, did Z"
        else:
            content = max(pieces, key=lambda p: p[1] - p[0])
        if content is None:
            return None
        cue = token_offsets(token, to)
        return self._draft(content, cue, frozenset({token.i, to.i}), source, rule="according-to", heads=(token, token.head))

    def _noun_cue(self, noun: Token) -> Draft | None:
        """"NATO's announcement that ...", "the claim by X that ..."."""
        if not self.lexicon.is_noun_cue(noun):
            return None
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
        if clause is None:
            return None
        speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
        if speaker is None:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "of", "from"):
                    speaker = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if speaker is not None:
                        break
        if speaker is None or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        content = self._trim(clause_offsets(clause))
        if content is None:
            return None
        return self._draft(content, token_offsets(noun, noun), frozenset({noun.i}), speaker, rule="noun-cue", heads=(noun, clause))

    def _statement_adjuncts(self, found: list[Draft]) -> Iterable[Draft]:
        """"In a statement, the ministry condemned the attack": when the clause has
        no cue of its own, its predicate is the statement."""
        used = {i for draft in found for i in draft.cue_tokens} | self.used
        for token in self.doc:
            if token.lower_ != "in" or token.dep_ != "prep" or self.skip(token):
                continue
            noun = next((c for c in token.children if c.dep_ == "pobj"), None)
            verb = token.head
            if noun is None or not self.lexicon.is_statement_adjunct(noun) or not self.lexicon.is_verb(verb):
                continue
            if is_passive(verb) or any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors]):
                continue  # the statement belongs to a main clause with an active speaker
            clause_verbs = [verb, *[c for c in verb.children if c.dep_ == "conj"]]
            if any(v.i in used or self.lexicon.is_frame_verb(v) or self.lexicon.complement_frame(v) for v in clause_verbs):
                continue
            subject = speaker_token(verb)
            if subject is None or verb in subject.subtree:
                continue
            phrase = {t.i for t in token.subtree}
            subject_tokens = {t.i for t in subject.subtree}
            content = self._trim(clause_offsets(verb, drop_leading_mark=False, exclude=phrase | subject_tokens))
            if content is None:
                continue
            cue = token_offsets(token, noun)
            yield self._draft(content, cue, frozenset(range(token.i, noun.i + 1)), subject, rule="statement-adjunct", heads=(noun, verb))

    # -- helpers ------------------------------------------------------------

    def _coordinated_clause(self, verb: Token, clause: Token) -> Token | None:
        """"said that X, and there are Y": the parser often hangs the second
        reported clause on the cue verb; a coordinated clause with its own
        subject and no cue of its own is more of the statement."""
        for child in verb.children:
            if child.dep_ != "conj" or child.i < clause.right_edge.i:
                continue
            if self.lexicon.is_frame_verb(child) or self.lexicon.complement_frame(child):
                return None
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
                return child
        return None

    def _relay_child(self, verb: Token) -> Token | None:
        for child in verb.children:
            if child.dep_ == "advcl" and self.lexicon.is_relay_verb(child) and object_of(child) is not None:
                return child
        return None

    def _trim(self, offsets: Offsets) -> Offsets | None:
        return trim(self.text, *offsets)

    def _draft(
        self,
        content: Offsets,
        cue: Offsets,
        cue_tokens: frozenset[int],
        speaker: Token | None,
        *,
        relay: Token | None = None,
        rule: str,
        heads: tuple[Token, Token | None],
    ) -> Draft:
        forbidden = content
        speaker_span = speaker_offsets(speaker, forbidden) if speaker is not None else None
        relay_span = speaker_offsets(relay, forbidden) if relay is not None else None
        return Draft(
            content=content,
            cue=cue,
            kind=INDIRECT,
            speaker=speaker_span,
            relay=relay_span,
            cue_tokens=cue_tokens,
            rule=rule,
            cue_head=heads[0].i,
            content_head=heads[1].i if heads[1] is not None else None,
        )

    def _holds_words(self, first: Token, last: Token) -> bool:
        """The stretch holds a verb or a quotation: words, not just a thing asked for."""
        span = self.doc[first.i : last.i + 1]
        for token in span:
            if token.text in QUOTE_TOKENS:
                return True
            # a verb of a relative clause only describes the thing asked for
            # ("an increase ..., which is closer to ...")
            if token.pos_ in ("VERB", "AUX") and not any(a.dep_ == "relcl" for a in [token, *token.ancestors] if a.i >= first.i):
                return True
        return False

    def _first_person_speaker(self, draft: Draft) -> bool:
        if draft.speaker is None:
            return False
        words = self.text[draft.speaker[0] : draft.speaker[1]].lower().split()
        return bool(words) and words[0] in self.lexicon.first_person


def _that_clause_in_object(verb: Token) -> list[Token]:
    """"told a meeting of leaders that ...": the parser hung the that-clause
    on the addressee; it is still what was told."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative") or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.dep_ in ("acl", "relcl", "ccomp") and token.right_edge.i == child.right_edge.i:
                if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
                    return [token]
    return []


def _inverted(verb: Token) -> bool:
    """"..., he said." / "..., said the minister": the cue clause follows its
    content, hanging on the content's verb as parataxis or (misparsed) conj."""
    head = verb.head
    if head.i == verb.i or verb.i < head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.i > verb.i and c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "oprd") for c in verb.children):
        return False  # "..., he admitted holding the passports" has content of its own
    if verb.dep_ == "parataxis":
        return True
    if verb.dep_ in ("conj", "advcl"):
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        return has_subject and before is not None and before.text in (",", "--", "—")
    return False


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATIONS) for child in verb.children)


def _relative_led(clause: Token) -> bool:
    """A relative clause misparsed as the cue's complement ("added Kim who is
    ...") is no content; a relative pronoun before the cue is the content's
    own subject ("the swindle, which investigators say has been going on")."""
    first = clause.left_edge
    relative = first.lower_ in _RELATIVE_STARTS or (first.lower_ == "that" and first.tag_ == "WDT" and not _complementizer_after_addressee(first, clause))
    return relative and first.i > clause.head.i


def _complementizer_after_addressee(that: Token, clause: Token) -> bool:
    """"told the newspaper that France would stand by Ukraine": a "that" right after the
    cue's object, opening a clause with a subject of its own, leads the content (the
    parser takes it for a relative pronoun)."""
    addressee = next((c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < that.i), None)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children)
    return addressee is not None and addressee.right_edge.i == that.i - 1 and has_subject


def _subjectless_before(clause: Token) -> bool:
    """A "clause" before its cue verb without a subject is a misparsed
    participle ("In his appeal, lodged last week, he admitted ..."), not the
    content of an inverted report ("The talks will resume, he said")."""
    if clause.i > clause.head.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def _anaphoric_only(clause: Token, lexicon: CueLexicon) -> bool:
    words = [t for t in clause.subtree if not t.is_punct]
    return len(words) == 1 and lexicon.is_anaphoric(words[0])


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or clause.left_edge.lower_ == "that"


def _part_kind(child: Token) -> str | None:
    if child.dep_ in ("dobj", "obj", "attr", "oprd"):
        return "object"
    if child.dep_ == "xcomp" and child.tag_ == "VBG":
        return "gerund"
    if child.dep_ == "xcomp":
        return "infinitive"
    if child.dep_ in ("prep", "prt") and child.lower_.isalpha():
        return child.lower_
    if child.dep_ == "ccomp":
        return "object"
    return None


def _adjacent_before(first: Token, second: Token) -> bool:
    return first.right_edge.i + 1 == second.i


def _words(text: str, offsets: Offsets) -> int:
    return len(text[offsets[0] : offsets[1]].split())
