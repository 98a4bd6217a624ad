"""Every attributed statement of an article, in text order.

Order of work: quotation marks first (their cues are the surest), then
reported speech over the cue words they left, then unmarked first-person
passages; then double finds are dropped (or merged: "X said Y, the agency
reported" is X's statement relayed by the agency), continuations linked, and
headline statements left out (a headline restates the story's lead in
telegraphic form, so an analyst records the body's statement instead).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.errors import InputError
from eventwire.quotes.candidate import INDIRECT, MIXED, Draft, QuoteCandidate
from eventwire.quotes.cues import CueLexicon, load_cues
from eventwire.quotes.direct import RULE_BARE, RULE_CARRIED, DirectQuoteFinder
from eventwire.quotes.marks import Paragraph, QuotedPassage, find_passages, paragraphs
from eventwire.quotes.reported import ReportedSpeechFinder
from eventwire.quotes.spans import Offsets, contains, overlap
from eventwire.quotes.unmarked import UnmarkedQuotes

RULE_FOLLOW_ON = "follow-on"
# A quotation without its own cue carries on a statement at most this many paragraphs back.
MAX_CONTINUATION_GAP = 3
_HEADLINE_MAX_WORDS = 30
_SENTENCE_FINAL = tuple(".!?\"”’'»)")
_RELAYING_RULES = frozenset({"reported", "according-to"})
_NESTABLE_RULES = frozenset({"complement", "expression", "noun-cue"})
_RULE_RANK = {"direct": 0, "relay": 1, "reported-relay": 1, "reported": 2, "according-to": 3, "expression": 3, "complement": 4}


def find_quotes(doc: Doc, lexicon: CueLexicon | None = None) -> list[QuoteCandidate]:
    """All attributed statements of the Doc (made by ``load_nlp()(article.text)``),
    sorted by where their content starts."""
    if not isinstance(doc, Doc):
        raise InputError(repr(type(doc).__name__), "find_quotes needs a spaCy Doc made by eventwire.nlp.model.load_nlp()")
    if not doc.has_annotation("DEP"):
        raise InputError("doc", "find_quotes needs a parsed Doc (the pipeline must include the dependency parser)")
    lexicon = lexicon or load_cues()
    text = doc.text
    passages = find_passages(text)
    paras = paragraphs(text)

    direct = DirectQuoteFinder(doc, lexicon, passages).find()
    used = {i for draft in direct for i in draft.cue_tokens}
    quoted = [(p.content_start, p.content_end) for p in passages]

    def in_quotes(token: Token) -> bool:
        return any(start <= token.idx < end for start, end in quoted)

    def skip(token: Token) -> bool:
        return token.i in used

    reported = ReportedSpeechFinder(doc, lexicon, skip, in_quotes).find()
    for draft in reported:
        draft.content = _with_whole_passages(draft, passages)
        draft.kind = _reported_kind(draft.content, passages)

    unmarked = UnmarkedQuotes(doc, lexicon, paras, passages)
    unmarked.extend_attributed_at_end(reported)
    drafts = _dedupe(direct + reported, doc)
    cue_tokens = {i for draft in drafts for i in draft.cue_tokens}
    drafts += unmarked.anaphoric(drafts, cue_tokens | {t.i for t in doc if in_quotes(t)})
    drafts += unmarked.introduced_by_colon(drafts, cue_tokens)
    drafts = _without_headline(drafts, paras, text)
    drafts = _link_continuations(drafts, paras)
    drafts += unmarked.continuations(drafts)
    drafts.sort(key=lambda d: (d.content[0], d.content[1]))
    index_of = {id(draft): index for index, draft in enumerate(drafts)}
    return [draft.to_candidate(text, index_of) for draft in drafts]


def _with_whole_passages(draft: Draft, passages: list[QuotedPassage]) -> Offsets:
    """Reported content that starts or ends inside quotation marks takes the
    whole passage ('said "it is quite clear" that ...' keeps its marks paired);
    a report made inside a quotation stays inside it."""
    start, end = draft.content
    for passage in passages:
        if passage.single or (draft.cue is not None and passage.open_start <= draft.cue[0] < passage.end):
            continue
        if passage.content_start <= start < passage.content_end and start > passage.open_start:
            start = passage.open_start
        if passage.closed and passage.content_start < end <= passage.content_end and end < passage.end:
            end = passage.end
    return start, end


def _reported_kind(content: Offsets, passages: list[QuotedPassage]) -> str:
    """Reported speech holding a quoted fragment is mixed."""
    for passage in passages:
        if passage.single:
            continue
        if content[0] <= passage.content_start and passage.content_end <= content[1] + 1:
            return MIXED
    return INDIRECT


def _dedupe(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """One statement found twice keeps its best reading: a direct quotation
    over reported speech about it, the outer report over a nested one."""
    drafts = _merge_relays(drafts, doc)
    drafts = _without_nested_requests(drafts)
    ranked = sorted(drafts, key=lambda d: (_RULE_RANK.get(d.rule, 5), d.content[0]))
    kept: list[Draft] = []
    for draft in ranked:
        if any(_same_statement(draft, other) for other in kept):
            continue
        kept.append(draft)
    return kept


def _merge_relays(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """"X said Y, the agency reported" / "X said Y, according to IRNA": the
    outer report's content is the inner statement, so the outer speaker only
    relays it."""
    by_cue = {d.cue_head: d for d in drafts if d.cue_head is not None}
    dropped: set[int] = set()
    for outer in drafts:
        if outer.rule not in _RELAYING_RULES or outer.content_head is None:
            continue
        inner = _statement_under(outer, by_cue, doc)
        if inner is None or inner is outer or id(inner) in dropped or outer.speaker is None:
            continue
        if _inverted_inside(inner, outer):
            # "Khamenei said that X, the agency reported" parsed with "reported"
            # inside Khamenei's clause: the inverted report is the relay.
            outer.content, outer.relay = inner.content, inner.speaker
            outer.kind = inner.kind
            dropped.add(id(inner))
            continue
        if inner.relay is None:
            inner.relay = outer.speaker
        dropped.add(id(outer))
    return [d for d in drafts if id(d) not in dropped]


def _inverted_inside(inner: Draft, outer: Draft) -> bool:
    """The inner report is told in inverted order ("X, the agency reported")
    and its content starts after the outer cue: the parser has nested the
    outer report inside the statement it relays."""
    if inner.cue is None or outer.cue is None:
        return False
    return inner.content[1] <= inner.cue[0] and inner.content[0] >= outer.cue[1]


def _statement_under(outer: Draft, by_cue: dict[int, Draft], doc: Doc) -> Draft | None:
    """The statement whose cue heads the outer report's content, looking up
    from the content head a few steps ("according to" often hangs on a
    participle of the clause it sources)."""
    index = outer.content_head
    for _ in range(3):
        if index is None:
            return None
        found = by_cue.get(index)
        if found is not None:
            return found
        token = doc[index]
        if token.head.i == index or not outer.content[0] <= token.head.idx < outer.content[1]:
            return None
        index = token.head.i
    return None


def _without_nested_requests(drafts: list[Draft]) -> list[Draft]:
    """A complement cue inside another statement's content ("Akol said Kiir's
    visit convinced the US to promise ...") is part of that statement."""
    kept = []
    for draft in drafts:
        if draft.rule in _NESTABLE_RULES and draft.cue is not None:
            if any(other is not draft and contains(other.content, draft.cue) for other in drafts):
                continue
        kept.append(draft)
    return kept


def _same_statement(draft: Draft, other: Draft) -> bool:
    shared = overlap(draft.content, other.content)
    if not shared:
        return False
    length = draft.content[1] - draft.content[0]
    other_length = other.content[1] - other.content[0]
    if draft.cue is not None and other.cue is not None and draft.cue == other.cue:
        return True
    if shared >= 0.8 * min(length, other_length) and shared >= 0.6 * max(length, other_length):
        return True
    # A report nested in another's words ("quoted Han as repeating Kim's insistence that ...").
    return draft.cue is not None and contains(other.content, draft.cue) and shared >= 0.6 * other_length


def _without_headline(drafts: list[Draft], paras: list[Paragraph], text: str) -> list[Draft]:
    if len(paras) < 2:
        return drafts
    first = paras[0]
    line = text[first.start : first.end]
    if line.endswith(_SENTENCE_FINAL) or len(line.split()) > _HEADLINE_MAX_WORDS:
        return drafts
    return [d for d in drafts if not first.start <= d.content[0] <= first.end]


def _paragraph_index(offset: int, paras: list[Paragraph]) -> int:
    for paragraph in paras:
        if offset <= paragraph.end:
            return paragraph.index
    return len(paras) - 1


def _link_continuations(drafts: list[Draft], paras: list[Paragraph]) -> list[Draft]:
    """A quotation without a cue carries on the statement just before it, if
    that one is near; with none near, nobody said it as far as the text goes.
    In the paragraph of that statement's cue it goes on under the same cue
    ('"...," Fonseka said. "The LTTE has said ...'); in a later paragraph it
    names no one, and the resolver carries the speaker on."""
    ordered = sorted(drafts, key=lambda d: d.content[0])
    kept: list[Draft] = []
    for draft in ordered:
        if draft.cue is None and draft.rule in (RULE_BARE, RULE_CARRIED):
            if draft.continues is None or draft.continues not in kept:
                previous = kept[-1] if kept else None
                here = _paragraph_index(draft.content[0], paras)
                if previous is None or here - _paragraph_index(previous.content[0], paras) > MAX_CONTINUATION_GAP:
                    continue
                draft.continues = previous
                if previous.cue is not None and _paragraph_index(previous.cue[0], paras) == here:
                    draft.cue, draft.speaker, draft.relay = previous.cue, previous.speaker, previous.relay
                    draft.rule = RULE_FOLLOW_ON
            elif draft.rule == RULE_CARRIED and draft.continues.cue is not None:
                # a quotation carried into the next paragraph keeps its cue
                source = draft.continues
                draft.cue, draft.speaker, draft.relay = source.cue, source.speaker, source.relay
        elif draft.continues is not None and draft.continues not in kept:
            draft.continues = None
        kept.append(draft)
    return kept


__all__ = ["find_quotes"]
