"""The store commands end to end: stats, changes, export, merge, events --merged,
and the single-writer rule as a user meets it."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.models import Article, ArticleResult, Event, Location, Participant, TextSpan
from eventwire.store import Store

PROJECT = Path(__file__).resolve().parents[1]
runner = CliRunner()
RAID = Participant("Moro Islamic Liberation Front", "PHL", "REB", "milf")
ARMY = Participant("Philippine army", "PHL", "MIL")
COTABATO = Location("Cotabato", "PHL", 7.22361, 124.24639, "point", 1716771)


def raid(doc_id: str, source: str, sentence: str, date: str = "1997-04-24") -> ArticleResult:
    event = Event(id=f"{doc_id}#e1", type="ASSAULT", quad=4, score=-9.0, actors=[RAID], recipients=[ARMY],
                  date=date, date_precision="day", location=COTABATO, evidence=TextSpan(sentence, 0, len(sentence)),
                  confidence=0.8)
    return ArticleResult(Article(doc_id=doc_id, text=sentence, source=source, published=date), events=[event])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wires.duckdb"
    with Store(path) as store:
        store.write_many([
            (raid("afp-1", "AFP", "MILF rebels attacked an army detachment near Cotabato on Thursday."), "h", "v1"),
            (raid("xin-1", "Xinhua", "Rebels of the MILF stormed an army detachment outside Cotabato Thursday."), "h", "v1"),
            (raid("afp-2", "AFP", "MILF rebels ambushed an army convoy near Cotabato.", "1997-05-20"), "h", "v1"),
        ])
    return path


def test_stats_by_dyad_per_month(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db), "--by", "dyad", "--per", "month", "-f", "csv", "--time"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines == [
        "actor_country,recipient_country,period,events,reports,mean_score",
        "PHL,PHL,1997-04,1,2,-9.0",
        "PHL,PHL,1997-05,1,1,-9.0",
    ]
    assert "rows in" in result.stderr


def test_stats_with_filters_and_several_groups(db: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", str(db), "--by", "type,source", "--per", "none", "--from",
                                 "1997-05", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"type": "ASSAULT", "source": "AFP", "events": 1, "reports": 1, "mean_score": -9.0}
    ]
    bad = runner.invoke(app, ["stats", "--db", str(db), "--by", "colour"])
    assert bad.exit_code == 2 and "stats by colour" in bad.output


def test_events_merged_and_near(db: Path) -> None:
    merged = runner.invoke(app, ["events", "--db", str(db), "--merged", "-f", "jsonl", "--near", "7.2,124.2",
                                 "--radius", "30", "--source", "xinhua"])
    assert merged.exit_code == 0, merged.output
    [row] = [json.loads(line) for line in merged.stdout.splitlines()]
    assert row["mentions"] == 2 and row["source_names"] == ["AFP", "Xinhua"] and row["reasons"]
    mentions = runner.invoke(app, ["events", "--db", str(db), "--dyad", "PHL-PHL", "-f", "jsonl"])
    assert len(mentions.stdout.splitlines()) == 3
    far = runner.invoke(app, ["events", "--db", str(db), "--near", "14.6,121.0", "--radius", "50", "-f", "jsonl"])
    assert far.exit_code == 0 and far.stdout == ""
    nowhere = runner.invoke(app, ["events", "--db", str(db), "--near", "Atlantis-on-Sea-Nowhere"])
    assert nowhere.exit_code == 2 and "no place of that name" in nowhere.output


def test_changes_since(db: Path) -> None:
    result = runner.invoke(app, ["changes", "--db", str(db), "--since", "2000-01-01", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(row["kind"], row["doc_id"]) for row in rows] == [("inserted", "afp-1"), ("inserted", "xin-1"),
                                                             ("inserted", "afp-2")]
    none = runner.invoke(app, ["changes", "--db", str(db), "--since", "1m", "--doc", "nothing"])
    assert none.exit_code == 0 and "no changes since 1m" in none.output
    bad = runner.invoke(app, ["changes", "--db", str(db), "--since", "last tuesday"])
    assert bad.exit_code == 2 and "since 'last tuesday'" in bad.output


def test_export_events_csv_and_parquet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 2 events rows" in result.output
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["reports"] for row in rows) == ["1", "2"]
    folder = tmp_path / "mentions"
    result = runner.invoke(app, ["export", "mentions", "--db", str(db), "-f", "parquet", "-o", str(folder),
                                 "--from", "1997-05"])
    assert result.exit_code == 0 and "wrote 1 mentions rows" in result.output
    assert [path.name for path in folder.iterdir()] == ["month=1997-05"]
    bad = runner.invoke(app, ["export", "quotes", "--db", str(db), "-f", "geojson", "-o", str(tmp_path / "q.json")])
    assert bad.exit_code == 2 and "geojson export holds events" in bad.output


def test_merge_with_other_settings(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MERGE_MIN_SIMILARITY_PARTIES", "0.99")
    monkeypatch.setenv("EVENTWIRE_MERGE_MIN_SIMILARITY", "0.99")
    strict = runner.invoke(app, ["merge", "--db", str(db), "--json"])
    assert strict.exit_code == 0, strict.output
    figures = json.loads(strict.stdout)
    assert (figures["mentions"], figures["merged_events"]) == (3, 3)
    assert figures["settings"]["min_similarity"] == 0.99
    monkeypatch.delenv("EVENTWIRE_MERGE_MIN_SIMILARITY_PARTIES")
    monkeypatch.delenv("EVENTWIRE_MERGE_MIN_SIMILARITY")
    again = runner.invoke(app, ["merge", "--db", str(db)])
    assert again.exit_code == 0 and "3 event mentions -> 2 events" in again.output


HOLD_OPEN = """
import sys
from eventwire.store import Store
with Store(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.read()
"""


def test_a_second_process_gets_a_clear_error_while_a_writer_holds_the_store(db: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(db)], cwd=PROJECT, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            for command in (["stats"], ["merge"], ["export", "events", "-o", str(db.parent / "e.csv")]):
                result = runner.invoke(app, [*command, "--db", str(db)])
                assert result.exit_code == 2
                assert f"another eventwire process (PID {holder.pid}) holds {db}" in result.output
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)
    assert runner.invoke(app, ["stats", "--db", str(db)]).exit_code == 0
