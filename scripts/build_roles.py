"""Build eventwire/actors/data/roles.tsv: role nouns -> PLOVER sector, office and gender.

Seeded from NGEC's PLOVER agents dictionary (ahalterman/NGEC-2025, MIT; a copy lives in
../shared/data/plover/ngec-PLOVER_agents.txt) and merged with the hand-written
roles_overlay.tsv, whose rows replace NGEC's for the same noun. NGEC's conventions:
`_` joins words, `{...}` gives an irregular plural, `[~GOVMIL]` is the sector code
(primary GOV, secondary MIL), `!PERSON!` and `!MINIST!` are substitution sets, and a few
words are stems ("MINIST" = minister or ministry). Junk (JNK) and non-actor (NON) rows
are dropped. The converted NGEC rows are kept in roles_ngec.tsv so that the build runs
without ../shared; pass --ngec PATH to convert the dictionary again.

    .venv/bin/python scripts/build_roles.py [--ngec ../shared/data/plover/ngec-PLOVER_agents.txt] [--check]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

from eventwire.actors.kb import fold, office_titles

DATA = Path(__file__).resolve().parents[1] / "eventwire" / "actors" / "data"
OVERLAY = DATA / "roles_overlay.tsv"
CONVERTED = DATA / "roles_ngec.tsv"
OUTPUT = DATA / "roles.tsv"
COLUMNS = ["noun", "plural", "sector", "secondary", "office", "gender", "source"]

SUBSTITUTIONS = {  # NGEC's sets as (singular, plural) pairs
    "!PERSON!": [("man", "men"), ("woman", "women"), ("person", "people")],
    "!MINIST!": [("minister", "ministers"), ("ministry", "ministries")],
}
STEMS = {  # NGEC stems that stand for whole words
    "minist": [("minister", "ministers"), ("ministry", "ministries")],
    "ministr": [("ministry", "ministries")],
    "compan": [("company", "companies")],
    "industr": [("industry", "industries")],
    "authorit": [("authority", "authorities")],
}
REPAIRS = {"AD!MINIST!RAT": "ADMINISTRAT"}  # a search-and-replace accident in the source
DROPPED_SECTORS = {"JNK", "NON"}
UNCOUNTABLE = {"police", "clergy", "media", "press", "staff", "personnel", "intelligence", "military", "gendarmerie", "judiciary", "officialdom", "security"}
NOT_MASCULINE = {"human", "german", "roman", "ottoman", "shaman", "woman", "caiman", "talisman"}
HEAD_MARKERS = (" of ", " for ", " to ", " in ", " at ")
ENTRY = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")


def pluralise(noun: str) -> str:
    """The regular plural of a noun phrase's head: "foreign minister" -> "foreign ministers",
    "head of state" -> "heads of state", "attorney general" -> "attorneys general"."""
    for marker in HEAD_MARKERS:
        at = noun.find(marker)
        if at > 0:
            return pluralise(noun[:at]) + noun[at:]
    if noun.endswith(" general"):  # attorney general, secretary general
        return pluralise(noun[: -len(" general")]) + " general"
    head, _, last = noun.rpartition(" ")
    if last in UNCOUNTABLE or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        word = last  # uncountable, or written in the plural already ("elders", "troops")
    elif last.endswith("woman"):
        word = last[:-5] + "women"
    elif last.endswith("man") and last not in NOT_MASCULINE:
        word = last[:-3] + "men"
    elif last.endswith("person"):
        word = last[:-6] + "people"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def gender_of(noun: str) -> str:
    last = noun.rsplit(" ", 1)[-1]
    if last.endswith(("woman", "women")):
        return "f"
    if last.endswith(("man", "men")) and last not in NOT_MASCULINE and last[:-2] + "an" not in NOT_MASCULINE:
        return "m"
    return ""


def _words(phrase: str) -> str:
    return fold(phrase.replace("_", " "))


def _expand(phrase: str, plural: str | None) -> list[tuple[str, str]]:
    """(singular, plural) for one NGEC phrase, substitution sets and stems expanded."""
    for broken, whole in REPAIRS.items():
        phrase = phrase.replace(broken, whole)
    forms = [(phrase, plural)]
    for marker, pairs in SUBSTITUTIONS.items():
        if marker in phrase:
            forms = [(phrase.replace(marker, s), phrase.replace(marker, p)) for s, p in pairs]
            break
    expanded = []
    for singular, irregular in forms:
        singular = _words(singular)
        words = singular.split()
        stem_at = next((i for i, w in enumerate(words) if w in STEMS), None)
        if stem_at is not None:
            for s, p in STEMS[words[stem_at]]:
                whole = " ".join(words[:stem_at] + [s] + words[stem_at + 1 :])
                expanded.append((whole, pluralise(whole) if words[stem_at] == words[-1] else " ".join(words[:stem_at] + [p] + words[stem_at + 1 :])))
            continue
        expanded.append((singular, _words(irregular) if irregular else pluralise(singular)))
    return expanded


def convert_ngec(path: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or (line.startswith("!") and "=" in line):
            continue
        match = ENTRY.match(line)
        if match is None:
            continue
        code = match["code"]
        sector, rest = code[:3], code[3:]
        if sector in DROPPED_SECTORS:
            continue
        secondary = ",".join(rest[i : i + 3] for i in range(0, len(rest), 3))
        for singular, plural in _expand(match["phrase"].strip(), match["plural"]):
            if singular and singular not in rows:  # NGEC's first row for a noun wins
                rows[singular] = {"noun": singular, "plural": plural if plural != singular else "", "sector": sector, "secondary": secondary, "office": "", "gender": gender_of(singular), "source": "ngec"}
    return sorted(rows.values(), key=lambda r: r["noun"])


def _read(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _render(rows: list[dict[str, str]], header: str) -> str:
    out = io.StringIO()
    out.write(header)
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def build() -> list[dict[str, str]]:
    titles = office_titles()
    rows = {row["noun"]: row for row in _read(CONVERTED)}
    problems = []
    for row in _read(OVERLAY):
        noun = fold(row["noun"])
        if row["sector"] == "-":  # the overlay says this is not an actor noun at all
            rows.pop(noun, None)
            continue
        plural = row["plural"]
        if plural == "-":
            plural = ""
        elif not plural:
            plural = pluralise(noun)
        if row["office"] and row["office"] not in titles:
            problems.append(f"{row['noun']}: office {row['office']!r} is not in offices.tsv")
        rows[noun] = {**row, "noun": noun, "plural": fold(plural), "gender": row["gender"] or gender_of(noun), "source": "overlay"}
    if problems:
        raise SystemExit("roles overlay problems:\n  " + "\n  ".join(problems))
    return sorted(rows.values(), key=lambda r: r["noun"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ngec", type=Path, help="NGEC's PLOVER agents dictionary, to convert again")
    parser.add_argument("--check", action="store_true", help="only check that the committed files are up to date")
    args = parser.parse_args(argv)
    if args.ngec:
        if not args.ngec.is_file():
            print(f"{args.ngec}: no such file (NGEC's ngec-PLOVER_agents.txt)", file=sys.stderr)
            return 2
        converted = _render(convert_ngec(args.ngec), "# Role nouns converted from NGEC's PLOVER agents dictionary (MIT; see README). GENERATED by scripts/build_roles.py --ngec.\n")
        if not args.check:
            CONVERTED.write_text(converted, encoding="utf-8")
        elif CONVERTED.read_text(encoding="utf-8") != converted:
            print(f"{CONVERTED.name} is out of date", file=sys.stderr)
            return 1
    text = _render(build(), "# Role nouns -> PLOVER sector, office, gender. GENERATED by scripts/build_roles.py from roles_ngec.tsv and roles_overlay.tsv.\n")
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.name} is out of date: run scripts/build_roles.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text.splitlines()) - 2} roles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
