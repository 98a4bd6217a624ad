"""Raw scraped article text, as users paste it, into an Article.

A scrape usually opens with a header block before the body: a section label, the
headline, a date line (time, date, sometimes a view count), a byline, a photo
credit, share-button furniture. The header is read line by line (its lines are
often separated by single line breaks); the body is re-flowed into paragraphs
separated by exactly one blank line, and a wire dateline at its start
("MOSCOW, Jan 18 (Reuters) - ") is lifted into the dateline field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from eventwire.errors import InputError
from eventwire.ingest import dates
from eventwire.ingest.data import load_table
from eventwire.ingest.finish import finish_article
from eventwire.ingest.normalise import clean_line, normalise_chars, split_paragraphs
from eventwire.ingest.wire_dateline import wire_dateline
from eventwire.models import Article

LineKind = Literal["date", "byline", "credit", "boilerplate", "plain"]

# The header is at most this many non-blank lines: past that it is body text.
MAX_HEADER_LINES = 12
# Header lines are short; a date line in particular is a date and little else.
MAX_HEADLINE_CHARS = 200
MAX_META_LINE_CHARS = 120
# A section label ("CIS countries", "World") is a few words without punctuation.
MAX_SECTION_WORDS = 4
MAX_SECTION_CHARS = 40
# A line of this many words is prose even without a final full stop.
MIN_BODY_WORDS = 26
_SENTENCE_END = re.compile(r"[.:;,]['\"’”)]*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
_AGENCY_IN_PARENS = re.compile(r"\(([^()]{2,40})\)")


@dataclass(frozen=True, slots=True)
class HeaderCues:
    credit: re.Pattern[str]
    byline: re.Pattern[str]
    date_prefix: re.Pattern[str]
    date_words: re.Pattern[str]
    updated: re.Pattern[str]
    count: re.Pattern[str]
    boilerplate_lines: frozenset[str]
    boilerplate_patterns: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def header_cues() -> HeaderCues:
    table = load_table("rawtext.yaml")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return HeaderCues(
        credit=re.compile(rf"^(?:©\s*|(?:{alternation(table['credit_prefixes'])})\s*(?:[:|©]|-(?=\s)|\bby\b)\s*)(?P<value>.+)$", re.I),
        byline=re.compile(rf"^(?:{alternation(table['byline_prefixes'])})(?:\s*:\s*|\s+)(?P<value>\S.*)$", re.I),
        date_prefix=re.compile(rf"^\W*(?:{alternation(table['date_prefixes'])})\b\s*:?\s*", re.I),
        date_words=re.compile(rf"\b(?:{alternation(table['date_prefixes'])})\b", re.I),
        updated=re.compile(rf"\b(?:{alternation(table['updated_markers'])})\b", re.I),
        count=re.compile(rf"^[\s,;|·•-]*(?P<count>\d{{1,3}}(?:[,.\s]\d{{3}})+|\d+)\s*(?:{alternation(table['count_words'])})?\s*$", re.I),
        boilerplate_lines=frozenset(line.lower() for line in table["boilerplate_lines"]),
        boilerplate_patterns=tuple(re.compile(p, re.I) for p in table["boilerplate_patterns"]),
    )


@dataclass(slots=True)
class HeaderLine:
    index: int  # position among the text's lines (blank lines included)
    text: str
    kind: LineKind = "plain"
    value: str = ""  # the byline or credit without its cue, the dateline without noise
    date: dates.DateMatch | None = None
    extras: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Header:
    section: str = ""
    headline: str = ""
    dateline: str = ""
    published: str = ""
    byline: str = ""
    source: str = ""
    extras: dict[str, Any] = field(default_factory=dict)


def parse_text(raw: str, origin: str = "") -> Article:
    """An Article from raw article text; raises InputError when there is no text."""
    lines = normalise_chars(raw).split("\n")
    header, body_start = read_header(lines)
    paragraphs = split_paragraphs("\n".join(lines[body_start:]))
    if not paragraphs:
        # All of it looked like header: a text must not vanish, so keep it as body.
        header, paragraphs = Header(), split_paragraphs("\n".join(lines))
    if not paragraphs:
        raise InputError(origin or "text", "there is no text (only whitespace). Fix: give an article with a body.")
    _lift_wire_dateline(paragraphs, header)
    article = Article(
        doc_id="",
        text="\n\n".join(paragraphs),
        headline=header.headline,
        dateline=header.dateline,
        published=header.published,
        source=header.source,
        section=header.section,
        byline=header.byline,
        language="",
        extras=header.extras,
        origin=origin,
    )
    return finish_article(article, origin or "text")


def read_header(lines: list[str]) -> tuple[Header, int]:
    """The header fields, and the index of the first body line."""
    classified = _header_candidates(lines)
    candidates = [line for line in classified if line.kind != "boilerplate"]
    meta = [line for line in candidates if line.kind in ("date", "byline", "credit")]
    plain = [line for line in candidates if line.kind == "plain"]
    if meta:
        last_meta = meta[-1].index
        titles = [line for line in plain if line.index < last_meta]
        if not titles and plain:  # "date, headline, body": the headline after the date
            titles = plain[:1]
    elif len(plain) >= 2 and _is_section_like(plain[0].text) and all(_stands_alone(lines, line.index) for line in plain[:2]):
        titles = plain[:2]
    else:
        titles = plain[:1]
    used = meta + titles
    if not used:
        return Header(), 0
    header = Header()
    _assign_titles(header, [line.text for line in titles])
    for line in meta:
        _assign_meta(header, line)
    body_start = max(line.index for line in used) + 1
    # Share buttons and the like right after the header go with it.
    for line in classified:
        if line.index >= body_start and line.kind == "boilerplate" and not any(clean_line(x) for x in lines[body_start : line.index]):
            body_start = line.index + 1
    return header, body_start


def _header_candidates(lines: list[str]) -> list[HeaderLine]:
    """The leading lines up to the first line of prose, each classified."""
    cues = header_cues()
    found: list[HeaderLine] = []
    seen = 0
    for index, raw_line in enumerate(lines):
        text = clean_line(raw_line)
        if not text:
            continue
        seen += 1
        if seen > MAX_HEADER_LINES:
            break
        line = classify_line(index, text, cues)
        if line.kind == "plain" and (_is_body_like(text) or _continues(lines, index)):
            break
        found.append(line)
    return found


def _stands_alone(lines: list[str], index: int) -> bool:
    """A line with blank lines (or the start) around it: a block of its own."""
    before = index == 0 or not lines[index - 1].strip()
    after = index + 1 >= len(lines) or not lines[index + 1].strip()
    return before and after


def classify_line(index: int, text: str, cues: HeaderCues | None = None) -> HeaderLine:
    """What one header line is: a date line, byline, photo credit, furniture or plain."""
    cues = cues or header_cues()
    line = HeaderLine(index, text)
    lowered = text.lower().strip(" .:")
    if lowered in cues.boilerplate_lines or any(p.match(lowered) for p in cues.boilerplate_patterns):
        line.kind = "boilerplate"
        return line
    if len(text) > MAX_META_LINE_CHARS:
        return line
    if credit := cues.credit.match(text):
        line.kind, line.value = "credit", credit.group("value").strip()
        return line
    if byline := cues.byline.match(text):
        value = byline.group("value").strip()
        if _looks_like_names(value):
            line.kind, line.value = "byline", value
            _split_date_from_byline(line)
            return line
    _read_date_line(line, cues)
    return line


def _read_date_line(line: HeaderLine, cues: HeaderCues) -> None:
    found_dates = dates.find_dates(line.text)
    if not found_dates:
        return
    found, last = found_dates[0], found_dates[-1]
    text = line.text
    count = cues.count.match(text[last.end :])
    if count:
        line.extras["view_count"] = int(re.sub(r"\D", "", count.group("count")))
        text = text[: last.end]
    rest = text
    for match in found_dates:
        rest = dates.text_outside(rest, match)
    agency = _AGENCY_IN_PARENS.search(rest)
    if agency:
        line.extras["source"] = agency.group(1).strip()
        rest = rest.replace(agency.group(0), " ")
    by = re.search(r"\bby\s+(?P<name>[^|•·]+)", rest, re.I)
    if by and _looks_like_names(by.group("name").strip()):
        line.extras["byline"] = by.group("name").strip()
        rest = rest[: by.start()] + rest[by.end() :]
    words = [w for w in _WORD.findall(cues.date_words.sub(" ", rest)) if not _is_date_noise(w)]
    if len(words) > 1:
        return  # a sentence that happens to hold a date, not a date line
    line.kind = "date"
    line.date = found
    for later in found_dates[1:]:
        if cues.updated.search(text[found.end : later.start]):
            line.extras["updated"] = later.iso
    if len(found_dates) > 1:
        text = text[: found_dates[1].start]
        text = re.sub(r"[\s|•·,;-]*(?:" + cues.updated.pattern + r")?\W*$", "", text, flags=re.I)
    line.value = cues.date_prefix.sub("", text.strip()).strip(" ,;|·•-")
    if cues.updated.search(line.text[: found.start]):
        line.extras["is_update"] = True


def _is_date_noise(word: str) -> bool:
    """Words a date line may carry besides the date: weekdays, "at", time zones."""
    lowered = word.lower().rstrip(".")
    return bool(re.fullmatch(dates.WEEKDAY, lowered)) or lowered in {"at", "of", "the"} or (word.isupper() and len(word) <= 4)


def _split_date_from_byline(line: HeaderLine) -> None:
    """"By Jane Doe | 18 January 2021": keep the names, read the date."""
    found = dates.find_date(line.value)
    if found is None:
        return
    line.date = found
    line.extras["dateline"] = line.value[found.start : found.end].strip()
    line.value = line.value[: found.start].strip(" ,;|·•-")


def _looks_like_names(value: str) -> bool:
    """A byline value starts with a capitalised word and is short ("Jane Doe and John Roe")."""
    words = value.split()
    return bool(words) and len(words) <= 12 and words[0][:1].isupper() and not _SENTENCE_END.search(value.rstrip(". "))


def _assign_titles(header: Header, titles: list[str]) -> None:
    if not titles:
        return
    if len(titles) >= 2 and _is_section_like(titles[0]):
        header.section, titles = titles[0], titles[1:]
    header.headline = titles[0]
    if titles[1:]:
        header.extras["subheadline"] = " ".join(titles[1:])


def _assign_meta(header: Header, line: HeaderLine) -> None:
    if line.kind == "credit":
        header.extras.setdefault("photo_credit", line.value)
        return
    if line.kind == "byline":
        header.byline = header.byline or line.value
    if line.date is None:
        return
    if header.published:
        # The first date line is the publication; a later one is a revision.
        if line.extras.get("is_update"):
            header.extras.setdefault("updated", line.date.iso)
        return
    header.published = line.date.iso
    header.dateline = line.extras.get("dateline", line.value)
    header.source = header.source or line.extras.get("source", "")
    header.byline = header.byline or line.extras.get("byline", "")
    for key in ("view_count", "updated"):
        if key in line.extras:
            header.extras[key] = line.extras[key]


def _is_body_like(text: str) -> bool:
    """Prose, not a header line: long, many words, or ending like a sentence."""
    return len(text) > MAX_HEADLINE_CHARS or len(text.split()) >= MIN_BODY_WORDS or bool(_SENTENCE_END.search(text))


def _continues(lines: list[str], index: int) -> bool:
    """The next line carries on this one (a hard-wrapped paragraph starts lowercase)."""
    if index + 1 >= len(lines):
        return False
    following = lines[index + 1].strip()
    return bool(following) and following[0].islower()


def _is_section_like(text: str) -> bool:
    return (
        len(text) <= MAX_SECTION_CHARS
        and len(text.split()) <= MAX_SECTION_WORDS
        and not any(ch.isdigit() for ch in text)
        and not re.search(r"[.!?:;,]$", text)
    )


# "MOSCOW, Jan 18 (Reuters) - ", "TYRE, Lebanon, April 4 (AFP) -- ",
# "WASHINGTON (AP) — ", "MOSCOW, January 18. /TASS/. "


def _lift_wire_dateline(paragraphs: list[str], header: Header) -> None:
    """Move a wire dateline at the start of the body into the dateline field."""
    found_line = wire_dateline(paragraphs[0])
    if found_line is None:
        return
    paragraphs[0] = paragraphs[0][found_line.end :]
    header.source = header.source or found_line.agency
    if header.dateline:
        header.extras["wire_dateline"] = found_line.text
        return
    header.dateline = found_line.text
    if not header.published and found_line.date:
        found = dates.find_date(found_line.date)
        if found is not None:
            header.published = found.iso
