"""The other side: a directed event that names only its doer is aimed, in a news
report about two parties, at the party its doer is facing; one that names only its
target was done by the party the target is facing.

A report about a gas dispute between Gazprom and Belarus, or an Israeli raid and the
Palestinian reply, tells many acts of one dyad: "Gazprom has since reduced that
demand", "the group vowed revenge". The recipient is left unsaid because the report
is about that pair. The pair is read off the events whose parties the text does name:
the country an actor's country most often faces across those events, when it faces
it at least twice, is the only country it faces that often, and is not its own (a
report about home politics, government against opposition, says nothing here).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from eventwire.actors.backrefs import mention_words
from eventwire.actors.kb import KnowledgeBase
from eventwire.events.ontology import Ontology
from eventwire.models import Event, Participant

UNKNOWN = ("", "UNK")
CONFLICT_QUADS = (3, 4)  # verbal and material conflict
ONLOOKER = "IGO"
# A dyad must be told at least this often before it stands for unsaid recipients.
MIN_DYAD_EVENTS = 2


def _countries(participants: list[Participant]) -> set[str]:
    return {p.country for p in participants if p.country not in UNKNOWN}


def _sides(participants: list[Participant]) -> set[str]:
    # An unnamed supranational body ("an international tribunal") is what a dispute is
    # about more often than a side of it; a named one (the UN, the IAEA) can be a side.
    return {p.country for p in participants if p.country not in UNKNOWN and (p.country != ONLOOKER or p.actor_id)}


def dyads(events: list[Event]) -> Counter[frozenset[str]]:
    """How often each pair of countries faces each other across the events; an act only
    threatened or planned where the same pair already faces off ("vowed to wipe out the
    rebels") is that confrontation, not another."""
    counts: Counter[frozenset[str]] = Counter()
    seen: set[tuple[int, frozenset[str]]] = set()
    for event in events:
        actors, recipients = _sides(event.actors), _sides(event.recipients)
        # A pair of one country is domestic politics (government and opposition).
        pairs = {frozenset((a, r)) for a in actors for r in recipients}
        if not event.recipients and len(event.actors) > 1:
            # Talks or clashes between parties: every pair of sides faces each other.
            sides = [p for p in event.actors if p.country in _sides([p])]
            pairs = {frozenset((a.country, b.country)) for a in sides for b in sides if a.name < b.name}
        fresh = {pair for pair in pairs if event.status == "asserted" or (event.evidence.start, pair) not in seen}
        seen.update((event.evidence.start, pair) for pair in pairs)
        counts.update(fresh)
    return counts


def counterpart(country: str, counts: Counter[frozenset[str]], onlookers: frozenset[str] = frozenset()) -> str:
    """The one country ``country`` faces most, or "" when none stands out; ``onlookers``
    cannot be that side."""
    faced = Counter({next(iter(pair - {country}), country): n for pair, n in counts.items() if country in pair})
    for onlooker in onlookers:
        faced.pop(onlooker, None)
    ranked = faced.most_common(2)
    if not ranked or ranked[0][1] < MIN_DYAD_EVENTS or ranked[0][0] == country:
        return ""  # no dyad told often enough, or a report about home politics
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def fill_recipients(events: list[Event], directed_types: frozenset[str], kb: KnowledgeBase | None = None) -> None:
    """Give each doer-only event of a directed type the party its doer faces: that side's
    body or state, never a person the report happens to quote most ("civilians who seized
    weapons" did not face the Italian prime minister)."""
    _fill_other_side(events, directed_types, known="actors", missing="recipients", bodies_of=kb or KnowledgeBase.load())


def fill_third_party_recipients(events: list[Event], appeal_types: frozenset[str]) -> None:
    """An outsider's doer-only appeal ("the EU has called for a rapid settlement") in a
    report about one dyad is addressed to both sides of it: the pair told most often,
    at least twice and alone at the top, when the doer's country is in no dyad itself."""
    counts = dyads(events)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_DYAD_EVENTS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    pair = ranked[0][0]
    if len(pair) != 2:
        return
    involved = {country for dyad in counts for country in dyad}
    for event in events:
        if event.recipients or not event.actors or event.type not in appeal_types:
            continue
        actor_countries = _countries(event.actors)
        if not actor_countries or actor_countries & involved:
            continue
        sides = [party for party in (_named_party(country, events) for country in sorted(pair)) if party is not None]
        if len(sides) == 2:
            event.recipients = sides
            event.why += f"; recipients: {sides[0].name} and {sides[1].name}, the two sides the report is about"


def fill_actors(events: list[Event], directed_types: frozenset[str], kb: KnowledgeBase | None = None) -> None:
    """Give each target-only event of a directed type ("26 soldiers have been killed")
    the party its target faces, when the report sets the target against one party."""
    # An intergovernmental body condemns or calls on a country; it is never the unsaid
    # doer of what that country's forces do ("Hundreds of people were detained").
    # Nor is a party the target only deals with as a friend ("Rice arrived to show support
    # to Jordan ... after last Wednesday's suicide bombings" was no US bombing).
    _fill_other_side(events, directed_types, known="recipients", missing="actors", onlookers=frozenset({ONLOOKER}),
                     bodies_of=kb or KnowledgeBase.load(), foes_only=True)


# Acts of force, where a side that shares its foe's country is more likely an unplaced
# party of the other camp than a civil fight (which the report would name).
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})


def place_unplaced_sides(events: list[Event], types: frozenset[str], kb: KnowledgeBase | None = None) -> None:
    """An attacker or victim the report does not place ("the Islamic suicide bomber who
    killed three Israeli women", "two villagers were shot" by Israeli troops) took the
    report's home country; in a report about one dyad, facing a named party of that
    very country, it is the other camp: the named party's counterpart."""
    kb = kb or KnowledgeBase.load()
    # The dyads are read off placed parties only: an unplaced one given the home
    # country would make the report look like home politics.
    placed = [_placed_only(event, kb) for event in events]
    counts = dyads(placed)
    for event in events:
        if event.type not in types or not event.actors or not event.recipients:
            continue
        for unplaced, named in ((event.actors, event.recipients), (event.recipients, event.actors)):
            if not all(is_unplaced(p, kb) for p in unplaced) or any(is_unplaced(p, kb) for p in named):
                continue
            countries = _countries(unplaced)
            if len(countries) != 1 or _countries(named) != countries:
                continue
            other = _sole_foe(next(iter(countries)), counts)
            if not other:
                continue
            for i, party in enumerate(unplaced):
                unplaced[i] = replace(party, country=other)
            event.why += f"; {unplaced[0].name}: unplaced, of the camp the report sets against {named[0].name}"
            break


def _sole_foe(country: str, counts: Counter[frozenset[str]]) -> str:
    """The one other country ``country`` faces in the report, or ""."""
    faced = {other for pair in counts if country in pair for other in pair - {country, ONLOOKER}}
    return next(iter(faced)) if len(faced) == 1 else ""


def _placed_only(event: Event, kb: KnowledgeBase) -> Event:
    return replace(event, actors=[p for p in event.actors if not is_unplaced(p, kb)],
                   recipients=[p for p in event.recipients if not is_unplaced(p, kb)])


def is_unplaced(party: Participant, kb: KnowledgeBase) -> bool:
    """No knowledge-base entry, and no word of the mention or name names a country."""
    if party.actor_id or party.country in UNKNOWN or party.start < 0:
        return False
    words = [w.strip(".,'\"") for w in f"{party.mention} {party.name}".split()]
    words = [w.removesuffix("'s") for w in words]
    return not any(kb.country(w) or kb.country_by_adjective(w) or kb.country_by_seat(w) or kb.organisation(w)
                   for w in words if w[:1].isupper())


def _fill_other_side(events: list[Event], types: frozenset[str], known: str, missing: str,
                     onlookers: frozenset[str] = frozenset(), bodies_of: KnowledgeBase | None = None, foes_only: bool = False) -> None:
    counts = dyads(events)
    ontology = Ontology.load()
    conflicts = dyads([e for e in events if ontology.quad(e.type) in CONFLICT_QUADS])
    for event in events:
        given: list[Participant] = getattr(event, known)
        if getattr(event, missing) or not given or event.type not in types or _two_sides(given):
            continue
        countries = _countries(given)
        if len(countries) != 1:
            continue
        country = next(iter(countries))
        other = counterpart(country, counts, onlookers)
        if foes_only and not conflicts[frozenset((country, other))]:
            other = ""
        stand_in = _named_party(other, events, bodies_of) if other else None
        if stand_in is not None:
            setattr(event, missing, [stand_in])
            role = missing[:-1]  # "recipient" / "actor"
            event.why += f"; {role}: {stand_in.name}, the party the report sets {given[0].name} against"


def _two_sides(parties: list[Participant]) -> bool:
    """"Arab countries and the Jewish state have inked peace deals": parties of a placed
    country and of none, or of two countries, already make both sides of a reciprocal act."""
    return len({p.country if p.country not in UNKNOWN else "?" for p in parties}) > 1


def _counted(party: Participant, event: Event) -> bool:
    """"three men", "a US marine": people of one happening, not the side they belong to."""
    words = (party.mention or party.name).split(maxsplit=1)[:1]
    offset = party.start - event.evidence.start
    if 0 < offset <= len(event.evidence.text):
        words = event.evidence.text[:offset].split()[-1:] + words  # the determiner before the mention
    return any(w.lower() in mention_words().counted_words or w[:1].isdigit() for w in words)


def _named_party(country: str, events: list[Event], kb: KnowledgeBase | None = None) -> Participant | None:
    """How the report names that side: its most frequent participant of that country.
    Given ``kb``, the knowledge base that tells bodies from persons, a person is no
    stand-in ("26 soldiers have been killed" was not done by the prime minister the report
    quotes most): the side's body, else the country."""
    named: Counter[tuple[str, str, str]] = Counter()
    for event in events:
        for p in event.actors + event.recipients:
            if p.country == country and not _counted(p, event) and not (kb and p.actor_id and kb.organisation_by_id(p.actor_id) is None):
                named[(p.name, p.sector, p.actor_id)] += 1
    if not named:
        state = kb.country_by_iso3(country) if kb and any(p.country == country for e in events for p in e.actors + e.recipients) else None
        return Participant(state.name, country, "", "") if state is not None else None
    (name, sector, actor_id), _ = named.most_common(1)[0]
    return replace(Participant(name, country, sector, actor_id))
