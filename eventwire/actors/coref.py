"""Coreference by rules: who "he", "the minister" and "the two sides" point back to.

No coreference package works offline, and news prose is regular enough for a
salience list: the most recent compatible antecedent wins, subjects beat
other positions within the same sentence distance, and a number in the phrase
("the two armies") picks the most recent group of that size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.models import Participant

if TYPE_CHECKING:
    from eventwire.actors.mention_index import Mention

PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass
class _Person:
    participant: Participant
    gender: str
    start: int
    is_subject: bool
    offices: frozenset[str]
    named: bool = True  # False for one unnamed person ("a ministry spokesman"), whom no name shortens


@dataclass
class Antecedents:
    """What an article has mentioned so far, in text order."""

    people: list[_Person] = field(default_factory=list)
    descriptions: list[tuple[str, int, Participant]] = field(default_factory=list)  # (head lemma, start, who)
    groups: list[tuple[int, list[Participant]]] = field(default_factory=list)

    def observe(self, mention: Mention, offices: frozenset[str] = frozenset(), head_lemma: str = "", one_person: bool = False) -> None:
        if head_lemma and len(mention.participants) == 1:
            self.descriptions.append((head_lemma, mention.start, mention.participants[0]))
        single = mention.participants[0] if len(mention.participants) == 1 else None
        # Only people are antecedents of "he"/"she": a person named, or an office holder.
        # "they" standing for one organisation is no antecedent of a later "he".
        plural_pronoun = mention.kind == "pronoun" and mention.text.lower() in PLURAL_PRONOUNS
        # An unnamed role ("a ministry spokesman") counts when it is one person.
        if single is not None and not plural_pronoun and (mention.kind == "person" or (mention.kind in ("role", "pronoun") and (single.actor_id or one_person))):
            gender = mention.gender or next(
                (p.gender for p in reversed(self.people) if single.actor_id and p.participant.actor_id == single.actor_id and p.gender), "")
            named = mention.kind == "person" or bool(single.actor_id)
            self.people.append(_Person(single, gender, mention.start, mention.is_subject, offices, named))
        elif len(mention.participants) >= 2:
            self.observe_group(mention.participants, mention.start)

    def observe_group(self, participants: list[Participant], start: int) -> None:
        distinct = _distinct(participants)
        if len(distinct) >= 2:
            self.groups.append((start, distinct))

    def person(self, gender: str, before: int) -> list[Participant]:
        """The most salient earlier person of a compatible gender."""
        candidates = [p for p in self.people if p.start < before and (not gender or _gender_of(p) in ("", gender))]
        if not candidates:
            return []
        latest = candidates[-1]
        # A subject a little earlier beats a non-subject mentioned just before ("X told Y that ... He said").
        for candidate in reversed(candidates[-4:]):
            if candidate.is_subject and latest.start - candidate.start < 200:
                return [candidate.participant]
        return [latest.participant]

    def person_named(self, name: str, before: int) -> _Person | None:
        """An earlier person this name is a shorter form of ('Lavrov' after 'Sergei Lavrov',
        'Kim' after 'Kim Kye-Gwan', where the family name comes first)."""
        words = name.lower().replace("-", " ").split()
        if not words:
            return None
        for candidate in reversed(self.people):
            if candidate.start >= before or not candidate.named:
                continue
            # the article's own spelling counts beside the canonical one ("Al-Hariri" after
            # "Rafik Al-Hariri", known as Rafic Hariri)
            for written in dict.fromkeys((candidate.participant.name, candidate.participant.mention)):
                known = written.lower().replace("-", " ").split()
                # (a family name first is read off the name only: the mention may open with
                # a title's body, "Gazprom chairman Alexei Miller")
                first = len(words) == 1 and known[0] == words[0] and written == candidate.participant.name
                # (a given name of its own is someone else: "Marina Litvinenko" after "Alexander Litvinenko")
                given = all(w in known for w in words[:-1])
                if len(words) < len(known) and given and (known[-1] == words[-1] or first):
                    return candidate
        return None

    def country_with_sector(self, sector: str, before: int) -> str | None:
        """The country of the last actor of this sector whose country is known."""
        if not sector:
            return None
        for _, start, participant in reversed(self.descriptions):
            if start < before and participant.sector == sector and participant.country not in ("", "UNK", "IGO"):
                return participant.country
        for candidate in reversed(self.people):
            if candidate.start < before and candidate.participant.sector == sector and candidate.participant.country not in ("", "UNK", "IGO"):
                return candidate.participant.country
        return None

    def described(self, head_lemma: str, before: int) -> Participant | None:
        """The last actor described with the same head noun ('an official' ... 'the official')."""
        for lemma, start, participant in reversed(self.descriptions):
            if lemma == head_lemma and start < before:
                return participant
        return None

    def person_with_office(self, office: str, before: int) -> Participant | None:
        for candidate in reversed(self.people):
            if candidate.start < before and office in candidate.offices:
                return candidate.participant
        return None

    def person_of(self, country: str, sector: str, before: int, within: int = 600) -> Participant | None:
        """The last person of a country and sector named shortly before: "Foreign Minister
        Wang Yi ... the Chinese diplomat"."""
        for candidate in reversed(self.people):
            if candidate.start >= before:
                continue
            if before - candidate.start > within:
                return None
            found = candidate.participant
            if found.actor_id and found.country == country and found.sector == sector:
                return found
        return None

    def person_with_sector(self, sector: str, before: int, office: str = "") -> Participant | None:
        """The last known person of this sector; one whose offices on the date are known
        and other than ``office`` is someone else ("the justice minister" after the president)."""
        if not sector:
            return None
        for candidate in reversed(self.people):
            if candidate.start < before and candidate.participant.sector == sector and candidate.participant.actor_id:
                if office and candidate.offices and office not in candidate.offices:
                    continue
                return candidate.participant
        return None

    def person_titled(self, words: list[str], before: int) -> Participant | None:
        """The last person whose mention carried all these title words ("former defence
        secretary Donald Rumsfeld" ... "the former secretary")."""
        for candidate in reversed(self.people):
            if candidate.start < before and set(words) <= set(candidate.participant.mention.lower().replace("-", " ").split()):
                return candidate.participant
        return None

    def country_titled(self, words: list[str], before: int) -> str:
        """The country of the last unnamed official described with all these title words
        ("The Danish minister of foreign affairs ... Minister of Foreign Affairs Per Stig
        Moeller"), or ""."""
        for _, start, described in reversed(self.descriptions):
            if (start < before and not described.actor_id and described.country not in ("", "UNK", "IGO")
                    and set(words) <= set(described.mention.lower().replace("-", " ").split())):
                return described.country
        return ""

    def people_together(self, before: int, size: int, within: int = 600) -> list[Participant]:
        """The last ``size`` distinct people named shortly before, oldest first: "Chernomyrdin
        met Meciar ... the two men"."""
        found: list[Participant] = []
        for candidate in reversed(self.people):
            if candidate.start >= before:
                continue
            if before - candidate.start > within:
                break
            key = candidate.participant.actor_id or candidate.participant.name
            if all((p.actor_id or p.name) != key for p in found):
                found.append(candidate.participant)
            if len(found) == size:
                return list(reversed(found))
        return []

    def group(self, before: int, size: int | None = None, head_lemma: str = "", sector: str = "") -> list[Participant]:
        """The most recent group of parties, of the given size when the phrase says one;
        none when an actor described with ``head_lemma``, or one of ``sector``, was named
        after it ("Russia and India ... European ministers agreed ... The ministers": the
        European ministers; "Nogaideli met Hadley and Schwab ... Georgia arrested four
        Russian soldiers ... freed the military officers": the soldiers)."""
        described = max((start for lemma, start, who in self.descriptions
                         if (lemma == head_lemma or (sector and who.sector == sector)) and start < before), default=-1)
        for start, members in reversed(self.groups):
            if start < before and (size is None or len(members) == size):
                return members if start > described else []
        return []


@lru_cache(maxsize=1)
def female_given_names() -> frozenset[str]:
    raw = resources.files("eventwire.actors").joinpath("data/female_given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def _gender_of(person: _Person) -> str:
    """The known gender, else one read off a full name ("Yulia Skripal" f, "Sergei Skripal" m)."""
    if person.gender:
        return person.gender
    words = person.participant.name.lower().split()
    if len(words) < 2 or not person.participant.name[:1].isupper():
        return ""
    return "f" if words[0] in female_given_names() else "m"


def group_size(words: list[str]) -> int | None:
    for word in words:
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
    return None


def _distinct(participants: list[Participant]) -> list[Participant]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in participants:
        key = (p.actor_id or p.name.lower(), p.country)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
