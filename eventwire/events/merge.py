"""One event per happening within an article: repeated mentions merge into one
event that keeps every evidence span."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from eventwire.events.arguments import ArgumentRoles
from eventwire.events.statements import STATEMENT_MARK
from eventwire.models import Event, Participant


def _countries(participants: list[Participant]) -> frozenset[str]:
    return frozenset(p.country for p in participants if p.country not in ("", "UNK"))


def _placed(participants: list[Participant]) -> frozenset[tuple[str, str]]:
    return frozenset((p.country, p.sector) for p in participants if p.country not in ("", "UNK"))


def _names(participants: list[Participant]) -> frozenset[str]:
    return frozenset((p.actor_id or p.name).lower() for p in participants)


def _dates_agree(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return a.date == b.date
    return any(_prefix_agree(x, y) for x in _spelled(a.date) for y in _spelled(b.date))


def _prefix_agree(x: str, y: str) -> bool:
    shorter = min(len(x), len(y))
    return x[:shorter] == y[:shorter]


def _spelled(value: str) -> list[str]:
    """A date as calendar prefixes: an ISO week ("1997-W16") is its seven days, so that
    "last week's talks" and "the meeting on Sunday" can be one happening."""
    week = _ISO_WEEK.match(value)
    if week is None:
        return [value]
    try:
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
    except ValueError:
        return [value]
    return [(monday + timedelta(days=offset)).isoformat() for offset in range(7)]


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def same_happening(a: Event, b: Event) -> bool:
    """Same type and status, the same parties in the same roles (by name or, failing that,
    by country), compatible dates."""
    if a.type != b.type or a.status != b.status or not _dates_agree(a, b):
        return False
    # "raided the house" and "arrested eight militants during the raid" are two acts (an
    # attack's mode follows whatever weapon a mention names: it tells no second happening)
    if a.mode and b.mode and a.mode != b.mode and a.type != "ASSAULT":
        return False
    one_sided = not (a.actors and a.recipients and b.actors and b.recipients)
    if a.recipients and _names(a.actors) == _names(b.recipients) and _names(a.recipients) == _names(b.actors) \
            and not (one_sided and a.evidence.start == b.evidence.start):
        # "China supplies Pakistan" and "Pakistan helps China": roles swapped, two acts (but in
        # one sentence, "A and B were wounded in clashes" names the clash's parties as victims)
        return False
    if _reversed(a, b) or _reversed(b, a) or not _counts_agree(a, b):
        return False
    parties_a = a.actors + a.recipients
    parties_b = b.actors + b.recipients
    if _names(parties_a) == _names(parties_b):
        return True
    countries_a, countries_b = _countries(parties_a), _countries(parties_b)
    if (bool(countries_a) and countries_a == countries_b and _countries(a.actors) == _countries(b.actors)
            and (_countries(a.actors) or _placed(parties_a) == _placed(parties_b))):
        # (with no doer on either side, only the victims' country is shared: in a report of
        # one country's violence, "bombings killed 153" and "mortar rounds shelled a district
        # in retaliation" are two happenings)
        return True
    return a.evidence.start == b.evidence.start and (_told_within(a, b) or _told_within(b, a))


def _counts_agree(a: Event, b: Event) -> bool:
    """Whether the recipients' counts may be one number: "some 20 Palestinians" and
    "hundreds of Palestinians" arrested are two happenings."""
    ranges = [_count(p, event) for event in (a, b) for p in event.recipients[:1]]
    if len(ranges) < 2 or None in ranges:
        return True
    (low_a, high_a), (low_b, high_b) = ranges  # type: ignore[misc]
    if low_a == high_a and low_b == high_b:
        return True  # two exact counts: a toll may be updated
    return low_a <= high_b and low_b <= high_a


def _count(party: Participant, event: Event) -> tuple[int, int] | None:
    """The count the words before and of a party's mention give, as a range."""
    offset = party.start - event.evidence.start
    if party.start < 0 or not 0 <= offset <= len(event.evidence.text):
        return None
    before = event.evidence.text[max(0, offset - 30) : offset].split()[-4:]
    words = [w.strip(",.") for w in before + party.mention.split()]
    roles = ArgumentRoles.load()
    vague = [found for found in (roles.count_range(w) for w in words) if found is not None]
    if vague:
        return max(vague)
    exact = [int(w.replace(",", "")) for w in words if w.replace(",", "").isdigit()]
    return (exact[0], exact[0]) if exact else None


def _reversed(a: Event, b: Event) -> bool:
    """"a speech by Santer attacking Euro-scepticism was condemned": whoever does one
    mention's act and undergoes the other's, done by nobody named, is in two happenings
    (the sides of a clash may be told as its wounded: "an officer and three militants were
    wounded in clashes")."""
    doers, undergoers = _names(a.actors), _names(b.recipients)
    return not b.actors and bool(doers & undergoers) and not (len(doers) > 1 and doers == undergoers)


def _told_within(part: Event, whole: Event) -> bool:
    """"was killed in a car bomb attack by the Taliban": in one sentence, a mention whose
    every party the other mention has in the same role adds nothing but its words."""
    if not part.actors:
        return False
    return (_names(part.actors) <= _names(whole.actors) or (bool(_countries(part.actors)) and _countries(part.actors) <= _countries(whole.actors))) \
        and _names(part.recipients) <= _names(whole.recipients)


# What the coder writes in `why` when an event noun names no party and takes those
# last named together ("the talks resumed"): such a mention is a reference back.
CONTEXT_PARTIES = "parties: those last named together"


def _referent(event: Event, merged: list[Event]) -> Event | None:
    """"the talks", "the agreement" with no party of their own: the latest happening
    of that type and status already told, when its date does not contradict."""
    if CONTEXT_PARTIES not in event.why:
        return None
    return next((kept for kept in reversed(merged) if kept.type == event.type and kept.status == event.status
                 and _dates_agree(kept, event)), None)


def merge_within_article(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        target = next((kept for kept in merged if same_happening(kept, event)), None)
        if target is None and _referent(event, merged) is not None:
            # A reference back whose parties are only guessed from context adds no party
            # and no evidence worth keeping: the happening is already told.
            continue
        if target is None:
            merged.append(event)
            continue
        _absorb(target, event)
    return merged


def merge_told_acts(events: list[Event]) -> list[Event]:
    """Fold an act a statement makes into the same act the coder found in the quote's
    words, once both have their parties ("Hamas said it would not release the hostages")."""
    kept = [e for e in events if not is_statement_act(e)]
    for event in (e for e in events if is_statement_act(e)):
        target = next((k for k in kept if not is_statement_act(k) and (same_happening(k, event) or _adds_nothing(event, k))), None)
        if target is None:
            kept.append(event)
        else:
            _absorb(target, event)
    return sorted(kept, key=events.index)


def _adds_nothing(stated: Event, coded: Event) -> bool:
    """A statement's act whose every party the coded act has in the same role."""
    return stated.type == coded.type and stated.status == coded.status and _dates_agree(stated, coded) and _told_within(stated, coded)


def is_statement_act(event: Event) -> bool:
    return event.why.startswith(STATEMENT_MARK)


PRECISION_RANK = {"unknown": 0, "year": 1, "month": 2, "week": 3, "day": 4}


def _strength(event: Event) -> tuple[int, int, int]:
    """Which mention states the happening best: the most precise date, then the most
    resolved parties, then a verb over a bare noun."""
    known = sum(1 for p in event.actors + event.recipients if p.country not in ("", "UNK"))
    return (PRECISION_RANK.get(event.date_precision, 0), known, int("lexicon verb" in event.why))


def _absorb(target: Event, event: Event) -> None:
    """Fold ``event`` into ``target``; the stronger mention becomes the primary evidence,
    and a side only the weaker one names is kept ("a bomb planted by the Taliban killed four
    soldiers": the planting names the doer, the killing whom it hit)."""
    weaker_mention = event
    if _strength(event) > _strength(target):
        keep_id, keep_mentions = target.id, target.mentions
        weaker_mention = replace(target)
        for name in ("actors", "recipients", "date", "date_precision", "date_source", "evidence", "mode", "cameo", "why"):
            setattr(target, name, getattr(event, name))
        target.id, target.mentions = keep_id, keep_mentions
    target.mentions.append(weaker_mention.evidence)
    for side, other in (("actors", "recipients"), ("recipients", "actors")):
        offered = getattr(weaker_mention, side)
        if not getattr(target, side) and offered and _names(offered).isdisjoint(_names(getattr(target, other))):
            setattr(target, side, list(offered))
    target.quote_id = target.quote_id or event.quote_id
    target.confidence = round(min(0.99, max(target.confidence, event.confidence) + 0.05), 2)
    if not target.location.name and event.location.name:
        target.location = event.location
    target.why += f"; merged with the mention at {event.evidence.start}"
