"""The PLOVER/CAMEO ontology: loading, lookups, CAMEO mappings, refusal of broken tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ModelError
from eventwire.events.ontology import CAMEO_COLUMNS, Ontology, UnknownNameError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_load_is_cached_and_has_the_sixteen_types(ontology: Ontology) -> None:
    assert Ontology.load() is ontology
    assert ontology.types() == PLOVER_TYPES


def test_type_lookups(ontology: Ontology) -> None:
    assert ontology.quad("CONSULT") == 1
    assert ontology.quad("AID") == 2
    assert ontology.quad("ACCUSE") == 3
    assert ontology.quad("ASSAULT") == 4
    assert ontology.score("ASSAULT") < 0 < ontology.score("AGREE")
    assert ontology.score("ACCUSE") < 0  # the manual's +3 is read as -3
    with pytest.raises(UnknownNameError, match="FIGHT"):
        ontology.type("FIGHT")


def test_mode_lookups(ontology: Ontology) -> None:
    assert ontology.has_mode("CONSULT", "visit")
    assert not ontology.has_mode("CONSULT", "aerial")
    assert ontology.mode("ASSAULT", "aerial").cameo == "195"
    assert ontology.cameo_for("CONSULT", "phone") == "041"
    assert ontology.cameo_for("RETREAT", "release") == "0841"
    assert ontology.score("CONSULT", "visit") == 4.0
    with pytest.raises(UnknownNameError, match="no mode 'telepathy'"):
        ontology.mode("CONSULT", "telepathy")


@pytest.mark.parametrize(
    ("code", "plover_type", "mode"),
    [
        ("042", "CONSULT", "visit"),
        ("057", "SUPPORT", ""),
        ("0871", "RETREAT", "ceasefire"),
        ("112", "ACCUSE", "disapprove"),
        ("1723", "COERCE", "curfew"),
        ("163", "COERCE", "restrict"),
        ("193", "ASSAULT", "firearms"),
        ("1712", "ASSAULT", "destroy"),  # repaired crosswalk slip
    ],
)
def test_cameo_mappings(ontology: Ontology, code: str, plover_type: str, mode: str) -> None:
    entry = ontology.cameo(code)
    assert (entry.type, entry.mode) == (plover_type, mode)


def test_dropped_cameo_families_have_no_plover_type(ontology: Ontology) -> None:
    assert ontology.cameo("010").type == ""
    assert ontology.cameo("020").type == ""
    assert ontology.cameo("094").contexts == ("military", "legal")
    assert not ontology.has_cameo("999")


def _write_minimal(tmp_path: Path, type_block: str, cameo_rows: list[str]) -> tuple[Path, Path]:
    plover = tmp_path / "plover.yaml"
    plover.write_text(
        "types:\n" + type_block + "contexts:\n  military: armed forces\nsectors:\n  GOV: government\n",
        encoding="utf-8",
    )
    cameo = tmp_path / "cameo.tsv"
    cameo.write_text("\t".join(CAMEO_COLUMNS) + "\n" + "\n".join(cameo_rows) + "\n", encoding="utf-8")
    return plover, cameo


GOOD_TYPE = "  ASSAULT:\n    definition: force\n    quad: 4\n    score: -9\n    cameo: \"190\"\n    modes: {}\n"


def test_a_minimal_hand_made_ontology_loads(tmp_path: Path) -> None:
    plover, cameo = _write_minimal(tmp_path, GOOD_TYPE, ["190\tFighting\tASSAULT\t\tmilitary\t-10.0"])
    ontology = Ontology.from_files(plover, cameo)
    assert ontology.types() == ("ASSAULT",)
    assert ontology.cameo("190").contexts == ("military",)


def test_a_type_without_a_quad_is_refused(tmp_path: Path) -> None:
    bad = "  ASSAULT:\n    definition: force\n    score: -9\n    cameo: \"190\"\n"
    plover, cameo = _write_minimal(tmp_path, bad, ["190\tFighting\tASSAULT\t\t\t-10.0"])
    with pytest.raises(ModelError, match=r"plover\.yaml: type ASSAULT: missing quad"):
        Ontology.from_files(plover, cameo)


def test_a_cameo_row_with_an_unknown_type_is_refused(tmp_path: Path) -> None:
    plover, cameo = _write_minimal(tmp_path, GOOD_TYPE, ["190\tFighting\tFIGHT\t\t\t-10.0"])
    with pytest.raises(ModelError, match=r"cameo\.tsv: CAMEO code '190': unknown PLOVER type 'FIGHT'"):
        Ontology.from_files(plover, cameo)


def test_a_default_code_missing_from_the_table_is_refused(tmp_path: Path) -> None:
    plover, cameo = _write_minimal(tmp_path, GOOD_TYPE, ["193\tSmall arms\tASSAULT\t\t\t-10.0"])
    with pytest.raises(ModelError, match="ASSAULT names CAMEO code '190'"):
        Ontology.from_files(plover, cameo)
