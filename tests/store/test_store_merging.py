"""Merging across articles: two agencies' reports of one raid become one event with
its reasons; near misses stay apart; merging again never loses data."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from merge_samples import afp_raid, report, xinhua_raid

from eventwire.dedupe import MergeSettings
from eventwire.models import Event, Location, Participant, TextSpan
from eventwire.store import EventFilter, Store
from eventwire.store.merging import merged_id
from eventwire.store.queries import merge_links, merged_members

ANY = EventFilter(status="any")


def write(store: Store, *results: object) -> None:
    store.write_many((result, f"h-{result.article.doc_id}", "v1") for result in results)  # type: ignore[attr-defined]


def test_two_sources_make_one_event_with_reasons(store: Store) -> None:
    write(store, afp_raid(), xinhua_raid())
    store.relink()
    [event] = store.merged_events(ANY)
    assert (event["mentions"], event["articles"], event["sources"]) == (2, 2, 2)
    assert event["source_names"] == ["AFP", "Xinhua"]
    assert event["doc_ids"] == ["afp-raid", "xin-raid"]  # first stored first
    assert event["type"] == "ASSAULT" and event["date"] == "1997-04-24"
    assert (event["first_reported"], event["last_reported"]) == ("1997-04-24", "1997-04-25")
    assert event["id"] == merged_id("afp-raid#e1")
    [reason] = event["reasons"]
    assert reason.startswith("same type ASSAULT, shared actor milf, dates agree to the day, 0 km apart")
    assert "TF-IDF cosine of evidence words" in reason
    members = merged_members(store.connection, event["id"])
    assert {row["event_id"] for row in members} == {"afp-raid#e1", "xin-raid#e1"}
    [link] = merge_links(store.connection, event["id"])
    assert link["joined"] and link["km"] == 0.0 and link["day_gap"] == 0 and link["reason"] == reason
    # each mention knows its merged event
    assert {row["merged_id"] for row in store.events(ANY)} == {event["id"]}


def test_closing_a_session_that_changed_articles_merges(db_path: Path) -> None:
    with Store(db_path) as store:
        write(store, afp_raid(), xinhua_raid())
        assert store.merges_stale()
    with Store(db_path, read_only=True) as store:
        assert not store.merges_stale()
        assert [row["mentions"] for row in store.merged_events(ANY)] == [2]


def test_an_error_leaves_merging_to_the_next_session(db_path: Path) -> None:
    with pytest.raises(RuntimeError), Store(db_path) as store:
        write(store, afp_raid())
        raise RuntimeError("the ingest broke")
    with Store(db_path, read_only=True) as store:
        assert store.merges_stale() and store.merged_events(ANY) == []
    with Store(db_path) as store:  # nothing written this time: the stale merge is still redone
        pass
    with Store(db_path, read_only=True) as store:
        assert not store.merges_stale() and len(store.merged_events(ANY)) == 1


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"date": "1997-04-27"}, "three days later"),
        ({"kind": "CONSULT"}, "another type"),
        ({"actors": [Participant("Indonesian army", "IDN", "MIL")], "recipients": []}, "other countries"),
        ({"location": Location("Davao", "PHL", 7.07306, 125.61278, "point")}, "150 km away"),
        ({"location": Location("Jakarta", "IDN", -6.2, 106.8, "point")}, "another country"),
        ({"date": "1997", "precision": "year"}, "dated only to the year"),
    ],
)
def test_near_misses_stay_apart(store: Store, change: dict, why: str) -> None:
    other = report("xin-raid", "Xinhua", xinhua_raid().article.text, **change)
    write(store, afp_raid(), other)
    report_ = store.relink()
    assert report_.merged_events == 2, why
    assert all(row["mentions"] == 1 for row in store.merged_events(ANY))


def test_unrelated_wording_needs_agreeing_parties(store: Store) -> None:
    unknown = [Participant("gunmen", "UNK")]
    vague = report("xin-other", "Xinhua", "A bus overturned on a mountain road, police said.", actors=unknown,
                   recipients=[], location=Location())
    write(store, afp_raid(), vague)
    assert store.relink().merged_events == 2


def test_two_events_of_one_article_never_merge(store: Store) -> None:
    twin = dataclasses.replace(afp_raid().events[0], id="afp-raid#e2")
    afp = afp_raid()
    afp.events.append(twin)
    write(store, afp, xinhua_raid())
    store.relink()
    sizes = sorted(row["mentions"] for row in store.merged_events(ANY))
    assert sizes == [1, 2]
    assert all(len(set(row["doc_ids"])) == row["mentions"] for row in store.merged_events(ANY))


def test_settings_change_recomputes_without_losing_mentions(store: Store) -> None:
    write(store, afp_raid(), xinhua_raid())
    store.relink()
    strict = store.relink(MergeSettings(min_similarity=0.99, min_similarity_parties=0.99))
    assert strict.merged_events == 2 and strict.mentions == 2
    assert len(store.events(ANY)) == 2
    assert store.relink().merged_events == 1  # the defaults merge them again
    last = store.connection.execute("SELECT merge_settings FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    assert last is not None and '"min_similarity": 0.4' in last[0]


def test_id_stays_when_a_later_report_joins(store: Store) -> None:
    write(store, afp_raid())
    store.relink()
    [alone] = store.merged_events(ANY)
    third = report("upi-raid", "UPI", "MILF rebels attacked an army post near Cotabato on Thursday, killing three.")
    write(store, xinhua_raid(), third)
    store.relink()
    [together] = store.merged_events(ANY)
    assert together["id"] == alone["id"] and together["mentions"] == 3
    assert len(together["reasons"]) == 2  # the two links that joined three reports


def test_representative_is_the_best_dated_report(store: Store) -> None:
    # dated to the month only, so the wording must be close (the higher bar)
    vague = report("xin-raid", "Xinhua", "This month MILF rebels attacked an army detachment near Cotabato, "
                   "killing three soldiers.", date="1997-04", precision="month")
    write(store, vague, afp_raid())
    store.relink()
    [event] = store.merged_events(ANY)
    assert event["date"] == "1997-04-24" and event["representative_id"] == "afp-raid#e1"
    assert event["anchor_id"] == "xin-raid#e1"  # stored first


def test_compatible_types_merge_and_say_so(store: Store) -> None:
    arrest = report("xin-raid", "Xinhua", xinhua_raid().article.text, kind="COERCE")
    write(store, afp_raid(), arrest)
    store.relink()
    [event] = store.merged_events(ANY)
    assert event["reasons"][0].startswith("compatible types ASSAULT/COERCE")


def test_status_must_agree(store: Store) -> None:
    denied = xinhua_raid()
    denied.events[0].status = "negated"
    write(store, afp_raid(), denied)
    assert store.relink().merged_events == 2


def test_deleting_a_report_shrinks_the_event(store: Store) -> None:
    write(store, afp_raid(), xinhua_raid())
    store.relink()
    assert store.delete(["xin-raid", "never-stored"]) == 1
    store.relink()
    [event] = store.merged_events(ANY)
    assert event["mentions"] == 1 and event["doc_ids"] == ["afp-raid"]


def test_pipeline_reports_of_one_raid_merge(tmp_path: Path, pipeline: object) -> None:
    """End to end: two reworded wires through the real pipeline and ingest."""
    from eventwire.runner import ingest

    first = tmp_path / "a.json"
    first.write_text(
        '{"doc_id": "wire-a-1", "source": "AFP", "headline": "Rebels attack army post", "published": "1997-04-24",'
        ' "text": "Moro Islamic Liberation Front rebels attacked an army detachment near Cotabato city on Thursday,'
        ' killing three soldiers, the military said."}'
    )
    second = tmp_path / "b.json"
    second.write_text(
        '{"doc_id": "wire-b-7", "source": "Xinhua", "headline": "Soldiers killed in rebel raid", "published": "1997-04-24",'
        ' "text": "Three Philippine soldiers were killed on Thursday when Moro Islamic Liberation Front guerrillas'
        ' attacked an army detachment outside Cotabato city, military officials said."}'
    )
    db = tmp_path / "wires.duckdb"
    assert ingest([str(first), str(second)], str(db))["inserted"] == 2
    with Store(db, read_only=True) as store:
        merged = [row for row in store.merged_events(ANY) if row["mentions"] > 1]
    assert len(merged) == 1
    [event] = merged
    assert event["type"] == "ASSAULT" and event["doc_ids"] == ["wire-a-1", "wire-b-7"] and event["sources"] == 2
    assert event["reasons"] and "same type ASSAULT" in event["reasons"][0]


def test_an_unknown_publisher_counts_as_one_source(store: Store) -> None:
    result = report("solo", "", "Aid arrived.")
    result.events = [Event(id="solo#e1", type="AID", evidence=TextSpan("Aid arrived.", 0, 12))]
    write(store, result)
    store.relink()
    [event] = store.merged_events(ANY)
    assert event["sources"] == 1 and event["source_names"] == [] and event["location_name"] == ""
