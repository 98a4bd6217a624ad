"""`eventwire actors lookup | import | check`: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

OVERLAY = """\
people:
  - name: Tamsin Okonkwo-Reyes
    surnames: [Okonkwo-Reyes]
    country: NGA
    gender: f
    offices:
      - [foreign_minister, 2030-01-01, 2030-12-31]
      - [head_of_state, 2031-01-01]
"""

DICTIONARY = """\
JANE_QWERTYNSKI_  # CountryInfo.txt
+PRESIDENT_QWERTYNSKI
\t[FRAGOV 150101-191231]
BROKEN_DATES_PERSON_
\t[FRAGOV 2004017-20061201]
"""


@pytest.fixture()
def overlay(tmp_path: Path) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    return path


@pytest.fixture()
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "mine.actors"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_lookup_explains_a_person_with_the_office_of_the_date(overlay: Path) -> None:
    before = runner.invoke(app, ["actors", "lookup", "Okonkwo-Reyes", "--date", "2030-06-01", "--overlay", str(overlay)])
    assert before.exit_code == 0, before.output
    assert "Tamsin Okonkwo-Reyes" in before.stdout and "foreign_minister" in before.stdout and "why" in before.stdout
    after = runner.invoke(app, ["actors", "lookup", "Okonkwo-Reyes", "--date", "2031-06-01", "--overlay", str(overlay), "--json"])
    assert after.exit_code == 0, after.output
    record = json.loads(after.stdout)
    assert record["person"]["id"] == "tamsin-okonkwo-reyes"
    assert [o["title"] for o in record["person"]["offices_held"]] == ["head_of_state"]
    assert record["on"] == "2031-06-01" and record["reasons"]


def test_lookup_reads_the_overlay_setting(overlay: Path) -> None:
    result = runner.invoke(app, ["actors", "lookup", "Nigerian foreign minister", "--date", "2030-06-01"], env={"EVENTWIRE_ACTORS_OVERLAY": str(overlay)})
    assert result.exit_code == 0, result.output
    assert "held by Tamsin Okonkwo-Reyes" in result.stdout


def test_lookup_of_packaged_names_and_its_exit_codes() -> None:
    seat = runner.invoke(app, ["actors", "lookup", "the Kremlin", "--date", "2020-05-01"])
    assert seat.exit_code == 0 and "Russia (RUS)" in seat.stdout and "metonymy" in seat.stdout
    unknown = runner.invoke(app, ["actors", "lookup", "Zzyzx Qwertyuiop", "--date", "2020-05-01"])
    assert unknown.exit_code == 1 and "not in the knowledge base" in unknown.stdout
    bad_date = runner.invoke(app, ["actors", "lookup", "Putin", "--date", "2020-13-01"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    bad_country = runner.invoke(app, ["actors", "lookup", "Putin", "--country", "Atlantis"])
    assert bad_country.exit_code == 2 and "Atlantis" in bad_country.output


def test_import_prints_an_overlay_and_names_malformed_lines(dictionary: Path) -> None:
    result = runner.invoke(app, ["actors", "import", str(dictionary)])
    assert result.exit_code == 0, result.output
    overlay = yaml.safe_load(result.stdout)
    [jane] = overlay["people"]
    assert jane["name"] == "Jane Qwertynski" and jane["aliases"] == ["Qwertynski"]
    assert "mine.actors:5:" in result.stderr and "not a date" in result.stderr
    assert "mine.actors: 1 people" in result.stderr


def test_import_writes_checks_and_refuses_to_overwrite(dictionary: Path, tmp_path: Path) -> None:
    out = tmp_path / "imported.yaml"
    written = runner.invoke(app, ["actors", "import", str(dictionary), "--out", str(out)])
    assert written.exit_code == 0, written.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["people"][0]["country"] == "FRA"
    again = runner.invoke(app, ["actors", "import", str(dictionary), "--out", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    checked = runner.invoke(app, ["actors", "check", str(out)])
    assert checked.exit_code == 0 and "ok" in checked.stdout


def test_import_strict_writes_nothing_on_malformed_entries(dictionary: Path, tmp_path: Path) -> None:
    out = tmp_path / "strict.yaml"
    result = runner.invoke(app, ["actors", "import", str(dictionary), "--out", str(out), "--strict"])
    assert result.exit_code == 1 and "nothing written" in result.output
    assert not out.exists()
    missing = runner.invoke(app, ["actors", "import", str(tmp_path / "missing.actors")])
    assert missing.exit_code == 2 and "missing.actors" in missing.output


def test_check_reports_problems_with_their_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - name: Ana Qwerty\n    offices: [[presidnet, 2020-01-01]]\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3: error" in result.stdout and "presidnet" in result.stdout and "not loadable" in result.stdout
    as_json = runner.invoke(app, ["actors", "check", str(bad), "--json"])
    record = json.loads(as_json.stdout)
    assert as_json.exit_code == 1 and record["errors"] == 1 and record["problems"][0]["line"] == 3
    warned = tmp_path / "warned.yaml"
    warned.write_text("organisations:\n  - {name: Qwerty Brigades, country: NGA, sector: REBEL}\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "check", str(warned)])
    assert result.exit_code == 0 and "warning" in result.stdout and "REBEL" in result.stdout


def test_check_warns_of_a_role_owner_that_is_no_country(tmp_path: Path) -> None:
    overlay = tmp_path / "roles.yaml"
    overlay.write_text("roles:\n  - {noun: grand mufti, sector: REL, owner: EGY}\n  - {noun: chief rabbi, sector: REL, owner: ISRL}\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "check", str(overlay)])
    assert result.exit_code == 0 and "owner 'ISRL'" in result.stdout and "EGY" not in result.stdout


def test_check_knows_a_founding_date_and_names_a_bad_one(tmp_path: Path) -> None:
    good = tmp_path / "dated.yaml"
    good.write_text("organisations:\n  - {name: Qwerty Brigades, country: NGA, sector: REB, kind: armed_group, founded: 2019-03}\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "check", str(good)])
    assert result.exit_code == 0 and "warning" not in result.stdout.replace("0 warning(s)", "")
    bad = tmp_path / "unfounded.yaml"
    bad.write_text("organisations:\n  - {name: Qwerty Brigades, country: NGA, founded: soon}\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "check", str(bad)])
    assert result.exit_code == 1 and f"{bad}:2: error" in result.stdout and "'soon'" in result.stdout
