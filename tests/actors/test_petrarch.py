"""Legacy PETRARCH/TABARI dictionaries into a user overlay, overlay checks, and the pipeline
resolving a person that only the overlay knows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from build_scripts import load_script

from eventwire.actors import petrarch
from eventwire.actors.dictionary_import import import_dictionaries, render_overlay
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.overlay_check import check_overlay
from eventwire.actors.petrarch import parse_actor_lines, parse_agent_lines
from eventwire.errors import ModelError

ROOT = Path(__file__).resolve().parents[2]

ACTORS = """\
# a user's own dictionary
JANE_QWERTYNSKI_  # CountryInfo.txt
+J._QWERTYNSKI_
+PRESIDENT_QWERTYNSKI
\t[FRAGOV 150101-191231]
\t[FRAMIL 20200101-20221231]
\t[FRAELI]
BROKEN_DATES_PERSON_
\t[FRAGOV 2004017-20061201]
FRONT_FOR_QWERTY_LIBERATION_(FQL)_ [FRAREB]
AFGHANISTAN_ [AFG]
OPEN_ENDED_OFFICIAL_
\t[DEUGOV >200101]
"""
# line 9 holds the unreadable date

AGENTS = """\
!HAND! = HAND, HANDS
QWERTY_HERDER [~AGR]
PLOUGH!HAND! [~AGRLAB]
QWERTY_MEDIC {QWERTY_MEDICS} [~HLH]
FARMER [~AGR]
NOT_AN_AGENT_ENTRY
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.fixture()
def dictionaries(tmp_path: Path) -> tuple[Path, Path]:
    actors = tmp_path / "mine.actors"
    actors.write_text(ACTORS, encoding="utf-8")
    agents = tmp_path / "mine.agents.txt"
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


def test_the_actors_parser_groups_names_and_codes_and_reports_malformed_lines() -> None:
    text = "ORPHAN_CODE\n[USAGOV]\nA_B_ [FRAGOV]\n+A.B.\nC_D_ [RUS GOV\n+NOBODY\n"
    blocks, problems = parse_actor_lines(["[USAGOV]", "+EARLY_SYNONYM", *text.splitlines()], "x.actors")
    assert [(p.line, p.source) for p in problems] == [(1, "x.actors"), (2, "x.actors"), (7, "x.actors")]
    assert "no name before it" in problems[0].message and "unbalanced" in problems[2].message
    named = {b.names[0]: b for b in blocks}
    assert named["ORPHAN_CODE"].codes == ["USAGOV"] and named["ORPHAN_CODE"].code_lines == [4]
    assert named["A_B_"].names == ["A_B_", "A.B."]


def test_dates_and_codes() -> None:
    assert petrarch.parse_date("991231") == "1999-12-31"
    assert petrarch.parse_date("080507") == "2008-05-07"
    assert petrarch.parse_date("20061201") == "2006-12-01"
    assert petrarch.parse_date("2004017") is None and petrarch.parse_date("991331") is None
    iso3 = {"RUS", "ARM"}
    assert petrarch.parse_code("RUSGOV", iso3) == ("RUS", "GOV")
    assert petrarch.parse_code("USRARMMIL", iso3) == ("ARM", "MIL")  # Soviet-era Armenia
    assert petrarch.parse_code("RUSMED", iso3) == ("RUS", "JRN")  # CAMEO media
    assert petrarch.parse_code("IGOUNOKID", iso3) == ("IGO", "IGO")
    assert petrarch.read_code("RUSGOV >080508", iso3, "2014-01").end == "2014-01"
    assert petrarch.read_code("RUSGOV 080508-070101", iso3, None).problem  # ends before it starts
    assert petrarch.read_code("---", iso3, None) is None


def test_a_dictionary_becomes_an_overlay(dictionaries: tuple[Path, Path], kb: KnowledgeBase) -> None:
    actors, agents = dictionaries
    result = import_dictionaries([actors, agents], kb, horizon="2024-12")
    people = {p["name"]: p for p in result.overlay["people"]}
    jane = people["Jane Qwertynski"]
    assert jane["country"] == "FRA" and jane["sector"] == "ELI"  # the undated code: out of office
    assert jane["aliases"] == ["J. Qwertynski", "Qwertynski"]  # "PRESIDENT_" is a title, not a name
    assert jane["offices"] == [
        {"title": "official", "sector": "GOV", "start": date(2015, 1, 1), "end": date(2019, 12, 31)},
        {"title": "official", "sector": "MIL", "start": date(2020, 1, 1), "end": date(2022, 12, 31)},
    ]
    assert people["Open Ended Official"]["offices"][0]["end"] == "2024-12"  # closed at --until
    assert "Broken Dates Person" not in people  # its only code is unreadable
    [front] = result.overlay["organisations"]
    assert (front["name"], front["aliases"], front["country"], front["sector"], front["kind"]) == ("Front for Qwerty Liberation", ["FQL"], "FRA", "REB", "armed_group")
    roles = {r["noun"]: r for r in result.overlay["roles"]}
    assert roles["qwerty herder"] == {"noun": "qwerty herder", "plural": "qwerty herders", "sector": "AGR"}
    assert roles["ploughhand"]["secondary"] == "LAB"  # the file's own substitution set, joined as PETRARCH joins it
    assert roles["qwerty medic"]["sector"] == "MED"  # CAMEO's HLH is health
    assert "farmer" not in roles  # the knowledge base knows farmers already
    errors = [(p.source, p.line) for p in result.problems if p.severity == "error"]
    assert ("mine.actors", 9) in errors and ("mine.agents.txt", 6) in errors
    counts = result.counts["mine.actors"]
    assert (counts["people"], counts["organisations"], counts["countries"]) == (2, 1, 1)
    assert result.counts["mine.agents.txt"]["known"] == 1
    assert any("2 people, 1 organisations, 3 roles" in line for line in result.summary())


def test_known_entries_are_left_out_unless_asked(tmp_path: Path, kb: KnowledgeBase) -> None:
    known = tmp_path / "known.actors"
    known.write_text("VLADIMIR_PUTIN_ # CountryInfo.txt\n\t[RUSGOV 000507-080507]\n", encoding="utf-8")
    assert "people" not in import_dictionaries([known], kb).overlay
    [putin] = import_dictionaries([known], kb, include_known=True).overlay["people"]
    assert putin["id"] == "vladimir-putin"


def test_a_namesake_gets_an_id_of_its_own(tmp_path: Path, kb: KnowledgeBase) -> None:
    namesake = tmp_path / "namesake.actors"
    namesake.write_text("VLADIMIR_PUTIN_\n\t[NZLGOV 200101-210101]\n", encoding="utf-8")
    [person] = import_dictionaries([namesake], kb).overlay["people"]
    assert person["id"] == "vladimir-putin-nzl"  # not the Russian president's id, which would change him


def test_import_errors_name_the_file() -> None:
    with pytest.raises(ModelError, match="missing.actors"):
        import_dictionaries([Path("missing.actors")], KnowledgeBase.load())
    with pytest.raises(ModelError, match="--until"):
        import_dictionaries([], KnowledgeBase.load(), horizon="soon")


def test_agents_parser_reports_lines() -> None:
    entries, sets, problems = parse_agent_lines(AGENTS.splitlines(), "a.txt")
    assert sets == {"!HAND!": ["HAND", "HANDS"]}
    assert [e.line for e in entries] == [2, 3, 4, 5]
    assert [(p.line, p.source) for p in problems] == [(6, "a.txt")]
    assert petrarch.substitution_pairs(["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"]) == petrarch.SUBSTITUTIONS["!PERSON!"]


def test_the_imported_overlay_checks_clean_and_loads(dictionaries: tuple[Path, Path], tmp_path: Path, kb: KnowledgeBase) -> None:
    result = import_dictionaries(list(dictionaries), kb)
    path = tmp_path / "imported.yaml"
    path.write_text(render_overlay(result.overlay, ["mine.actors", "mine.agents.txt"]), encoding="utf-8")
    assert check_overlay(path, kb) == []
    mine = KnowledgeBase.load(path)
    jane = mine.person("Qwertynski", on=date(2016, 6, 1))
    assert jane is not None and jane.name == "Jane Qwertynski"
    assert [(o.country, o.sector) for o in jane.offices_on(date(2021, 6, 1))] == [("FRA", "MIL")]
    assert mine.organisation("FQL") is not None and mine.role("ploughhands") is not None


def test_check_reports_each_problem_at_its_line(tmp_path: Path, kb: KnowledgeBase) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "people:\n"                                               # 1
        "  - name: Ana Qwerty\n"                                  # 2
        "    alias: [Ana]\n"                                      # 3
        "    offices:\n"                                          # 4
        "      - [foreign_ministre, 2020-01-01]\n"                # 5
        "      - {title: minister, start: 2021-05-01, end: 2020-01-01}\n"  # 6
        "  - name: Vladimir Putin\n"                              # 7
        "    sector: GUV\n"                                       # 8
        "roles:\n"                                                # 9
        "  - {noun: spin doctor, office: spin}\n"                 # 10
        "actors: []\n",                                           # 11
        encoding="utf-8",
    )
    problems = check_overlay(bad, kb)
    found = {(p.line, p.severity, p.message.split(":")[0]) for p in problems}
    assert (3, "warning", "people[0]") in found  # misspelt field
    assert (5, "error", "people[0].offices[0]") in found  # unknown office title
    assert (6, "error", "people[0].offices[1]") in found  # ends before it starts
    assert (7, "warning", "people[1]") in found  # changes the known Vladimir Putin
    assert (8, "warning", "people[1]") in found  # not a PLOVER sector
    assert (10, "error", "roles[0]") in found
    assert any(p.line == 11 and "unknown section" in p.message for p in problems)
    assert all(str(p).startswith(f"{bad}:") for p in problems)
    broken = tmp_path / "broken.yaml"
    broken.write_text("people:\n  - name: [unclosed\n", encoding="utf-8")
    [problem] = check_overlay(broken, kb)
    assert problem.severity == "error" and "not valid YAML" in problem.message and problem.line == 3


def test_the_build_scripts_convert_with_the_same_parser(dictionaries: tuple[Path, Path]) -> None:
    actors, agents = dictionaries
    people = load_script("build_people")
    countries = {"FRA": {"name": "France", "names": [], "adjectives": ["French"]}, "DEU": {"name": "Germany", "names": [], "adjectives": ["German"]}}
    rows = {row["name"]: row for row in people.convert_phoenix(actors, countries)}
    assert rows["Jane Qwertynski"]["offices"] == "official/FRA/GOV/2015-01-01/2019-12-31/;official/FRA/MIL/2020-01-01/2022-12-31/"
    # the packaged conversion closes open ranges at the dictionary's horizon (2014-01): a range
    # opening later holds on no day, and an entry without a dated range is no person
    assert "Open Ended Official" not in rows and "Broken Dates Person" not in rows
    roles = {row["noun"]: row for row in load_script("build_roles").convert_ngec(agents)}
    assert roles["qwerty herder"]["sector"] == "AGR" and roles["qwerty medic"]["plural"] == "qwerty medics"


def test_a_person_only_the_overlay_knows_is_resolved_by_the_pipeline(tmp_path: Path) -> None:
    from eventwire.models import Article
    from eventwire.nlp.analysis import RULER_NAME, load_analysis_pipeline
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.stages import standard_stages

    overlay = tmp_path / "actors.yaml"
    overlay.write_text(
        "people:\n"
        "  - name: Tamsin Okonkwo-Reyes\n"
        "    country: NGA\n"
        "    gender: f\n"
        "    offices: [[foreign_minister, 2030-01-01]]\n",
        encoding="utf-8",
    )
    article = Article(doc_id="overlay-1", text="Tamsin Okonkwo-Reyes criticised the sanctions on Tuesday.", published="2031-03-05")
    pipeline = Pipeline(standard_stages(Settings(actors_overlay=str(overlay))))
    result = pipeline.process(article)
    participants = [p for event in result.events for p in event.actors + event.recipients]
    named = [p for p in participants if p.name == "Tamsin Okonkwo-Reyes"]
    assert named, f"the overlay person takes part in an event: {result.events}"
    assert (named[0].country, named[0].actor_id, named[0].sector) == ("NGA", "tamsin-okonkwo-reyes", "GOV")
    # the overlay's names reach the entity ruler of its own pipeline, not the packaged one
    own = load_analysis_pipeline(overlay)
    patterns = {p["pattern"] for p in own.get_pipe(RULER_NAME).patterns}
    assert "Tamsin Okonkwo-Reyes" in patterns
    assert own is not load_analysis_pipeline()
    assert "Tamsin Okonkwo-Reyes" not in {p["pattern"] for p in load_analysis_pipeline().get_pipe(RULER_NAME).patterns}
