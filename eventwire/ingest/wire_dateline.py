"""Wire datelines: "MOSCOW, Jan 18 (Reuters) - " at the start of a body says where and
when a report was filed, and by whom; it is not the first sentence's subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.ingest import dates

_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.\- ]{1,40}?(?:,\s*[A-Z][A-Za-z'’.\- ]{1,30}?){0,2})"
    # "Tehran, March 15, IRNA - ": an agency's initials after the date, with no brackets
    # (only there: "BERLIN -- " is a place, not "BE" and an agency "RLIN")
    rf"(?:[,.]?\s+(?i:(?P<date>{dates.MONTH_DAY})),?(?:\s*(?P<bare_agency>[A-Z]{{2,8}})(?=\s*(?:-{{1,2}}|–|—)\s))?)?"
    r"(?:(?:\s*\((?P<agency>[^()\n]{2,40})\))?(?:\s*(?:-{1,2}|–|—))+\s+"
    # "ISLAMABAD: ", "KABUL (Pajhwok): " (a colon, as South Asian papers write it)
    r"|(?:\s*\((?P<colon_agency>[^()\n]{2,40})\))?:\s+"
    r"|\.?\s*/(?P<slash_agency>[^/\n]{2,40})/\.?\s+)"
)


# ", Nov. 12 (Xinhua) -- ": a dateline whose place was lost upstream, the agency kept
_PLACELESS_DATELINE = re.compile(
    rf"^\s*,?\s*(?:(?i:(?P<date>{dates.MONTH_DAY})),?\s*)?\((?P<agency>[^()\n]{{2,40}})\)(?:\s*(?:-{{1,2}}|–|—))+\s+"
)


@dataclass(frozen=True)
class WireDateline:
    """A wire dateline opening a body ("MOSCOW, Jan 18 (Reuters) - ")."""

    text: str  # "MOSCOW, Jan 18 (Reuters)"
    agency: str
    date: str  # the month and day as written, or ""
    end: int  # where the body proper starts


def wire_dateline(body: str) -> WireDateline | None:
    """The wire dateline the body opens with, if any: a capitalised place, perhaps a date,
    and an agency in brackets or a dash."""
    placeless = _PLACELESS_DATELINE.match(body)
    if placeless is not None and len(body) > placeless.end():
        text = body[: placeless.end()].strip().lstrip(",").strip()
        text = re.sub(r"(?:\s*(?:-{1,2}|–|—))+$", "", text).strip()
        return WireDateline(text, placeless.group("agency").strip(), placeless.group("date") or "", placeless.end())
    match = _WIRE_DATELINE.match(body)
    if match is None or len(body) == match.end():
        return None
    # "THE HAGUE, Netherlands -- ": the place's first comma part, in capitals
    first_word = match.group("place").split(",")[0].strip()
    agency = match.group("agency") or match.group("slash_agency") or match.group("colon_agency") or ""
    if match.group("bare_agency"):
        agency = match.group("bare_agency")
    all_caps = first_word.isupper() and len(first_word) >= 2
    if not (agency or (all_caps and (match.group("date") or len(first_word) >= 4))):
        return None
    if not all_caps and not agency:
        return None
    if body[: match.end()].rstrip().endswith(":") and not agency and not _is_place(match.group("place")):
        return None  # "NATO: Russia must withdraw" opens with a speaker, not a place
    text = re.sub(r"(?:\s*(?:-{1,2}|–|—|:))+$", "", body[: match.end()].strip()).strip()
    return WireDateline(text, agency.strip(), match.group("date") or "", match.end())


def _is_place(name: str) -> bool:
    from eventwire.places.gazetteer import Gazetteer  # only for the rarer colon style

    return Gazetteer.load().lookup(name.split(",")[0].strip().title()) is not None
