"""What a name means to the knowledge base, and why: the answer behind `eventwire actors lookup`.

One phrase is read every way the mention resolver reads phrases: as a country (name or
ISO code), a seat of power (metonymy: "the Kremlin"), a demonym ("Armenian"), an
organisation, a person (with the offices held on the date and, when several people carry
the name, the candidates and the rule that picked one), and a role noun (its sector and
office; with an owner - "Russian foreign minister", "foreign minister of Russia", or the
country given - who held that office on the date). Every answer comes with the reason the
knowledge base gives it, so a user can see why a mention resolved as it did and what to
put in an overlay to change it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from eventwire.actors.kb import (
    CURATED,
    ORGANISATION_HEAD_OFFICES,
    Country,
    KnowledgeBase,
    Office,
    Person,
    Role,
    clean,
    fold,
    once_led,
)
from eventwire.errors import ModelError


@dataclass(frozen=True)
class OfficeHeld:
    title: str
    country: str
    sector: str
    start: date | None
    end: date | None
    org: str = ""

    @classmethod
    def of(cls, office: Office) -> OfficeHeld:
        return cls(office.title, office.country, office.sector, office.start, office.end, office.org)

    def describe(self) -> str:
        span = f"{self.start or '...'} to {self.end or 'open'}"
        where = f"{self.country}" + (f", {self.org}" if self.org else "")
        return f"{self.title} ({where}, {self.sector or 'no sector'}) {span}"


@dataclass(frozen=True)
class CountryMatch:
    iso3: str
    name: str
    via: str  # "name", "code", "seat", "demonym"
    leader_office: str  # the office that led the country on the date
    leader: str  # who held it, "" when the knowledge base does not know


@dataclass(frozen=True)
class OrganisationMatch:
    id: str
    name: str
    country: str
    sector: str
    kind: str
    other_sectors: tuple[str, ...]
    parent: str
    heads: tuple[str, ...]  # who headed it on the date


@dataclass(frozen=True)
class PersonMatch:
    id: str
    name: str
    country: str  # the country of the office held on the date, else the person's
    sector: str  # the sector of the office held on the date, else the person's default
    source: str  # "overlay" (hand-checked or a user's) or "phoenix" (legacy dictionary, to 2014)
    gender: str
    matched_by: str  # "full name", "alias", "single name", "surname"
    offices_held: tuple[OfficeHeld, ...]  # on the date, most important first
    offices: tuple[OfficeHeld, ...]  # every office, in order of start


@dataclass(frozen=True)
class RoleMatch:
    noun: str
    sector: str
    secondary: str
    office: str  # "" when the noun names no office
    gender: str
    owner: str  # the country (ISO3) or organisation id whose office this is, "" when none
    holders: tuple[PersonMatch, ...]  # who held the office on the date


@dataclass
class Explanation:
    """Every reading of one name, on one date, with the reasons."""

    query: str
    on: date
    country_hint: str | None
    country: CountryMatch | None = None
    seat: CountryMatch | None = None
    demonym: CountryMatch | None = None
    organisation: OrganisationMatch | None = None
    person: PersonMatch | None = None
    candidates: list[PersonMatch] = field(default_factory=list)  # everyone the name may mean
    role: RoleMatch | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return any((self.country, self.seat, self.demonym, self.organisation, self.person, self.candidates, self.role))

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self)) | {"found": self.found}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def explain(kb: KnowledgeBase, name: str, on: date | None = None, country: str | None = None) -> Explanation:
    """What ``name`` resolves to on ``on`` (today when not given), with ``country`` (ISO3 or
    a country name) as the article's country: it decides between people of the same name
    and owns a bare role noun ("foreign minister")."""
    text = " ".join(name.split())
    if not text:
        raise ModelError("lookup: give a name to look up")
    day = on or date.today()
    hint: str | None = None
    if country:
        found = kb.country_by_iso3(country) or kb.country(country)
        if found is None:
            raise ModelError(f"--country {country!r}: not a country the knowledge base knows (give an ISO3 code such as RUS)")
        hint = found.iso3
    result = Explanation(query=text, on=day, country_hint=hint)
    if on is None:
        result.reasons.append(f"no date given: offices as of today, {day}")
    _countries(kb, text, day, result)
    _organisation(kb, text, day, result)
    _people(kb, text, day, hint, result)
    _role(kb, text, day, hint, result)
    if not result.found:
        result.reasons.append(
            f"{text!r} is not in the knowledge base: a mention of it keeps its words with country UNK "
            "(add it in an actor overlay, see docs/actors.md)"
        )
    return result


# -- countries -------------------------------------------------------------------------


def _country_match(kb: KnowledgeBase, country: Country, via: str, day: date) -> CountryMatch:
    office = country.leader_office_on(day)
    leader = kb.leader(country.iso3, day)
    return CountryMatch(country.iso3, country.name, via, office, leader.name if leader else "")


def _countries(kb: KnowledgeBase, text: str, day: date, result: Explanation) -> None:
    found = kb.country(text)
    if found is not None:
        result.country = _country_match(kb, found, "name", day)
        result.reasons.append(f"{text!r} is a name of {found.name} ({found.iso3}): as an actor, its government (sector GOV)")
    elif len(text) == 3 and text.isupper() and kb.country_by_iso3(text) is not None:
        found = kb.country_by_iso3(text)
        assert found is not None
        result.country = _country_match(kb, found, "code", day)
        result.reasons.append(f"{text!r} is the code of {found.name} ({found.iso3})")
    if result.country is not None:
        match = result.country
        who = f"{match.leader}" if match.leader else "nobody the knowledge base knows"
        result.reasons.append(f"{match.name}'s leader on {day} ({match.leader_office}): {who}")
    seat = kb.country_by_seat(text)
    if seat is not None:
        result.seat = _country_match(kb, seat, "seat", day)
        what = "the capital" if fold(clean(text)) == fold(seat.capital) else "a seat of power"
        result.reasons.append(f"{text!r} is {what} of {seat.name} ({seat.iso3}): as an actor it stands for that government (metonymy)")
    demonym = kb.country_by_adjective(text)
    if demonym is not None:
        result.demonym = _country_match(kb, demonym, "demonym", day)
        result.reasons.append(
            f"{text!r} is a demonym of {demonym.name} ({demonym.iso3}): before a role noun it gives the country "
            f"(\"{text} forces\" -> {demonym.iso3} MIL); in the plural it names the people ({demonym.iso3} CVL)"
        )


# -- organisations ------------------------------------------------------------------------


def _organisation(kb: KnowledgeBase, text: str, day: date, result: Explanation) -> None:
    org = kb.organisation(text)
    if org is None:
        return
    if not org.existed_on(day):
        result.reasons.append(f"{text!r} names the organisation {org.name} (id {org.id}) only from {org.founded}, "
                              f"after {day}: here it is some other body")
        return
    heads = tuple(p.name for p in kb.organisation_heads(org.id, day))
    result.organisation = OrganisationMatch(org.id, org.name, org.country, org.sector, org.kind, org.other_sectors, org.parent, heads)
    sector = org.sector or "none of its own (an international organisation as such)"
    result.reasons.append(f"{text!r} is a name of the organisation {org.name} (id {org.id}): country {org.country}, sector {sector}, kind {org.kind}")
    if heads:
        result.reasons.append(f"{org.name} was headed on {day} by {', '.join(heads)}")


# -- people -------------------------------------------------------------------------------


def _person_match(person: Person, day: date, matched_by: str) -> PersonMatch:
    held = person.offices_on(day)
    country = held[0].country if held else person.country
    sector = held[0].sector if held else person.sector
    return PersonMatch(
        person.id, person.name, country, sector, person.source, person.gender, matched_by,
        tuple(OfficeHeld.of(o) for o in held), tuple(OfficeHeld.of(o) for o in person.offices),
    )


def _matched_by(person: Person, keys: set[str]) -> tuple[str, bool]:
    """How the name matches the person, and whether that is a full-name match (which beats
    a match on a single name or surname, as ``KnowledgeBase.person`` decides)."""
    for label, names in (("full name", (person.name,)), ("alias", person.aliases)):
        if any(fold(n) in keys and " " in fold(n) for n in names):
            return label, True
    if any(fold(n) in keys for n in (person.name, *person.aliases)):
        return "single name", False
    return "surname", False


def _people(kb: KnowledgeBase, text: str, day: date, hint: str | None, result: Explanation) -> None:
    named = kb.people_named(text)
    if not named:
        return
    keys = {fold(text), fold(clean(text))}
    matched = [(p, *_matched_by(p, keys)) for p in named]
    full = [p for p, _, is_full in matched if is_full]
    how = {p.id: label for p, label, _ in matched}
    result.candidates = [_person_match(p, day, how[p.id]) for p in named]
    pool = full or named
    held: list[Person] = []
    if len(named) > 1:
        kinds = "full-name or alias" if full else "single-name or surname"
        result.reasons.append(f"{text!r} may name {len(named)} people; {len(pool)} by {kinds} match" + (" (full-name matches beat surname matches)" if full and len(full) < len(named) else ""))
    if len(pool) > 1:
        held = [p for p in pool if any(o.held_on(day) for o in p.offices)]
        if held and len(held) < len(pool):
            result.reasons.append(f"{len(held)} of them held an office on {day}: {_names(held)}")
            pool = held
        elif not held:
            result.reasons.append(f"none of them held an office on {day}: the date does not decide")
    if len(pool) > 1 and hint:
        local = [p for p in pool if p.country == hint or any(o.country == hint for o in p.offices)]
        if local and len(local) < len(pool):
            result.reasons.append(f"{len(local)} of them belong to {hint}, the article's country: {_names(local)}")
            pool = local
    if len(pool) > 1:
        curated = [p for p in pool if p.source == CURATED]
        if len(curated) == 1 and not full and not held and not once_led(curated[0]):
            result.reasons.append(f"{curated[0].name} is the hand-checked entry, but no leader and not in office then: a shared surname names nobody in particular")
        elif len(curated) == 1:
            result.reasons.append(f"{curated[0].name} is the hand-checked entry; the others come from the legacy dictionary (to 2014)")
            pool = curated
    chosen = kb.person(text, on=day, country=hint)
    if chosen is None:
        result.reasons.append(
            f"still ambiguous between {_names(pool)}: a mention stays unresolved unless the article decides "
            "(an earlier full name, --country for the article's country)"
        )
        return
    result.person = _person_match(chosen, day, how.get(chosen.id, "full name"))
    if len(named) == 1:
        result.reasons.append(f"{text!r} is the {how[chosen.id]} of {chosen.name} ({chosen.country}, id {chosen.id}, {_source(chosen)})")
    else:
        result.reasons.append(f"chosen: {chosen.name} ({chosen.country}, id {chosen.id}, {_source(chosen)})")
    held = chosen.offices_on(day)
    if held:
        result.reasons.append(f"on {day} {chosen.name} held {', '.join(o.title + ' of ' + o.country for o in held)}: country {held[0].country}, sector {held[0].sector}")
    elif chosen.offices:
        if all(o.end is not None and o.end < day for o in chosen.offices):
            when = f"the last ended {max(o.end for o in chosen.offices if o.end)}"
        elif all(o.start is not None and o.start > day for o in chosen.offices):
            when = f"the first began {min(o.start for o in chosen.offices if o.start)}"
        else:
            when = "none covers that day"
        result.reasons.append(f"on {day} {chosen.name} held none of their {len(chosen.offices)} known office(s) ({when}): sector {chosen.sector or 'none'}")


def _names(people: list[Person], at_most: int = 6) -> str:
    shown = ", ".join(f"{p.name} ({p.country})" for p in people[:at_most])
    return shown + (f" and {len(people) - at_most} more" if len(people) > at_most else "")


def _source(person: Person) -> str:
    return "hand-checked or user overlay" if person.source == CURATED else f"from the {person.source or 'legacy'} dictionary"


# -- roles --------------------------------------------------------------------------------


def _role(kb: KnowledgeBase, text: str, day: date, hint: str | None, result: Explanation) -> None:
    if kb.country(text) is not None:
        return  # a country's name that ends in a role noun ("the Soviet Union") is no role
    role = kb.role(text, country=hint)
    owner_country = kb.country_by_iso3(hint) if hint else None
    owner_org = None
    owned, owned_country, owned_org = _owned_role(kb, clean(text))
    if owned is not None and (role is None or owner_country is None):
        # "UN chief" is a role noun of its own, but its owner (the UN) answers who held it
        role = role if role is not None and role.office else owned
        owner_country, owner_org = owned_country, owned_org
    if role is None:
        return
    plain = kb.role(role.noun)
    result.reasons.append(f"{role.noun!r} is a role noun: sector {role.sector or 'none of its own'}" + (f" (also {role.secondary})" if role.secondary else "") + (f", office {role.office}" if role.office else ""))
    if owner_country is not None and plain is not None and plain.office != role.office:
        result.reasons.append(f"in {owner_country.name} {role.noun!r} means {role.office} (not {plain.office or 'no office'})")
    holders: list[Person] = []
    owner = ""
    if owner_country is not None:
        owner = owner_country.iso3
        if role.office == "leader":
            office = owner_country.leader_office_on(day)
            leader = kb.leader(owner_country.iso3, day)
            holders = [leader] if leader else []
            result.reasons.append(f"'leader' of {owner_country.name} on {day} means its {office}")
        elif role.office:
            holders = kb.office_holders(owner_country.iso3, role.office, day)
    elif owner_org is not None:
        owner = owner_org.id
        if role.office in ORGANISATION_HEAD_OFFICES:
            holders = kb.organisation_heads(owner_org.id, day)
    result.role = RoleMatch(role.noun, role.sector, role.secondary, role.office, role.gender, owner, tuple(_person_match(p, day, "office") for p in holders))
    if not role.office:
        return
    if not owner:
        result.reasons.append("no owner: give a country (a demonym in the phrase or --country) to see who held the office")
    elif not holders:
        result.reasons.append(f"nobody the knowledge base knows held {role.office} of {owner} on {day}: a mention keeps the title with country {owner_country.iso3 if owner_country else owner}")
    elif len(holders) == 1 or role.office == "leader":
        result.reasons.append(f"{role.office} of {owner} on {day}: {holders[0].name}")
    else:
        result.reasons.append(
            f"{len(holders)} people held {role.office} of {owner} on {day} ({_names(holders)}): "
            "the title alone does not say which, so a mention keeps the title"
        )


def _owned_role(kb: KnowledgeBase, text: str) -> tuple[Role | None, Country | None, Any]:
    """A role with its owner: "Russian foreign minister", "North Korean leader", "UN chief",
    "foreign minister of Russia"."""
    words = text.split()
    for width in range(min(3, len(words) - 1), 0, -1):
        prefix, rest = " ".join(words[:width]), " ".join(words[width:])
        owner = kb.country_by_adjective(prefix) or kb.country(prefix)
        if owner is not None:
            role = kb.role(rest, country=owner.iso3)
            if role is not None:
                return role, owner, None
        org = kb.organisation(prefix)
        if org is not None:
            role = kb.role(rest) or kb.role(text)
            if role is not None:
                return role, None, org
    noun, of, owner_text = text.partition(" of ")
    if of:
        owner = kb.country(owner_text)
        if owner is not None:
            role = kb.role(noun, country=owner.iso3)
            if role is not None:
                return role, owner, None
        org = kb.organisation(owner_text)
        if org is not None:
            role = kb.role(noun)
            if role is not None:
                return role, None, org
    return None, None, None
