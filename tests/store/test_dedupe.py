"""The merging rules on their own: words, similarity, distances, type groups, clustering."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eventwire.dedupe import Mention, MergeSettings, link_mentions
from eventwire.dedupe.cluster import Clusters
from eventwire.dedupe.link import candidate_pairs
from eventwire.dedupe.rules import compare, day_gap, haversine_km, type_group
from eventwire.dedupe.similarity import TfIdf, stem, words
from eventwire.settings import Settings

BASE = Mention(
    id="a#e1", doc_id="a", order=(1, 0), publisher="AFP", type="ASSAULT", status="asserted",
    date_start=date(1997, 4, 24), date_end=date(1997, 4, 24), date_precision="day",
    countries=frozenset({"PHL"}), actor_ids=frozenset({"milf"}), location_country="PHL",
    lat=7.22, lon=124.25, location_precision="point", text="Rebels attacked an army post near Cotabato.",
)


def other(**changes: object) -> Mention:
    """A second report, by default of the same raid in another article."""
    return replace(BASE, **{"id": "b#e1", "doc_id": "b", "order": (2, 0), **changes})  # type: ignore[arg-type]


def test_words_drop_stopwords_and_cut_suffixes() -> None:
    assert words("The rebels attacked the army, police said on Monday.") == ["rebel", "attack", "army", "police"]
    assert stem("attacks") == stem("attacked") == stem("attacking") == "attack"
    assert stem("gas") == "gas"  # short words keep their ending
    assert words("3 killed") == ["3", "kill"]


def test_tfidf_cosine() -> None:
    model = TfIdf(["rebels attacked Cotabato", "guerrillas attacked Cotabato", "markets rose in Tokyo", ""])
    assert model.cosine(0, 0) == pytest.approx(1.0)
    assert 0.2 < model.cosine(0, 1) < 1.0
    assert model.cosine(0, 2) == 0.0
    assert model.cosine(0, 3) == 0.0  # an empty text is like nothing


def test_haversine_and_day_gap() -> None:
    assert haversine_km(7.22, 124.25, 7.22, 124.25) == 0.0
    assert haversine_km(7.22361, 124.24639, 7.07306, 125.61278) == pytest.approx(151, abs=2)  # Cotabato-Davao
    assert day_gap(BASE, other()) == 0
    assert day_gap(BASE, other(date_start=date(1997, 4, 26), date_end=date(1997, 4, 26))) == 2
    month = other(date_start=date(1997, 4, 1), date_end=date(1997, 4, 30), date_precision="month")
    assert day_gap(BASE, month) == 0


def test_type_groups_come_from_the_data_file() -> None:
    assert type_group("assault") == type_group("COERCE") == "force"
    assert type_group("CONSULT") == "CONSULT"


def test_compare_gives_a_reason() -> None:
    found = compare(BASE, other(), lambda: 0.5, MergeSettings())
    assert found is not None and found.parties_agree and found.km == 0.0
    assert found.reason == (
        "same type ASSAULT, shared actor milf, dates agree to the day, 0 km apart, TF-IDF cosine of evidence words 0.50"
    )


def test_similarity_is_computed_only_for_compatible_pairs() -> None:
    def never() -> float:
        raise AssertionError("similarity asked for a pair that differs in type")

    assert compare(BASE, other(type="CONSULT"), never, MergeSettings()) is None


@pytest.mark.parametrize(
    ("changes", "similarity", "merged"),
    [
        ({}, 0.25, True),  # shared actor, same day: the low bar
        ({"actor_ids": frozenset()}, 0.25, False),  # one shared country is not enough for the low bar
        ({"actor_ids": frozenset()}, 0.4, True),
        ({"date_precision": "month", "date_start": date(1997, 4, 1), "date_end": date(1997, 4, 30)}, 0.25, False),
        ({"countries": frozenset({"IDN"}), "actor_ids": frozenset()}, 0.9, False),  # disjoint parties
        ({"countries": frozenset(), "actor_ids": frozenset()}, 0.4, True),  # unknown parties: wording decides
        ({"status": "negated"}, 0.9, False),
        ({"doc_id": "a"}, 0.9, False),  # same article
    ],
)
def test_thresholds(changes: dict, similarity: float, merged: bool) -> None:
    settings = MergeSettings(min_similarity=0.35, min_similarity_parties=0.2)
    assert (compare(BASE, other(**changes), lambda: similarity, settings) is not None) is merged


def test_settings_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MERGE_MAX_KM", "25")
    monkeypatch.setenv("EVENTWIRE_MERGE_DATE_WINDOW_DAYS", "2")
    settings = MergeSettings.from_settings(Settings.from_env())
    assert settings.max_km == 25.0 and settings.date_window_days == 2
    assert compare(BASE, other(lat=7.5), lambda: 0.9, settings) is None  # 31 km > 25


def test_candidate_pairs_sweep_dates_within_blocks() -> None:
    mentions = [
        BASE,
        other(),
        other(id="c#e1", doc_id="c", date_start=date(1997, 4, 30), date_end=date(1997, 4, 30)),
        other(id="d#e1", doc_id="d", type="CONSULT"),
        other(id="e#e1", doc_id="e", date_precision="year", date_start=date(1997, 1, 1), date_end=date(1997, 12, 31)),
        other(id="f#e1", doc_id="f", date_precision="month", date_start=date(1997, 4, 1), date_end=date(1997, 4, 30)),
    ]
    pairs = set(candidate_pairs(mentions, 1))
    assert pairs == {(0, 1), (0, 5), (1, 5), (2, 5)}


def test_clusters_refuse_two_reports_of_one_article_and_long_chains() -> None:
    mentions = [BASE, other(), other(id="a#e2", doc_id="a")]
    clusters = Clusters(mentions, 1)
    assert clusters.join(0, 1) and not clusters.join(1, 2)  # a#e2 would join a#e1's event
    assert clusters.members() == [[0, 1], [2]]
    def day(n: int) -> dict[str, date]:
        return {"date_start": date(1997, 4, n), "date_end": date(1997, 4, n)}

    chain = [replace(BASE, **day(1)), other(**day(2)), other(id="c#e1", doc_id="c", **day(3))]  # type: ignore[arg-type]
    clusters = Clusters(chain, 1)
    assert clusters.join(0, 1) and not clusters.join(1, 2)  # 1 April and 3 April are two days apart


def test_link_mentions_is_deterministic_and_marks_joined_links() -> None:
    mentions = [BASE, other(), other(id="c#e1", doc_id="c", text="MILF rebels raided an army post near Cotabato.")]
    first = link_mentions(mentions)
    second = link_mentions(list(reversed(mentions)))
    assert first.clusters == [[0, 1, 2]]
    assert len(second.clusters) == 1
    assert sum(link.joined for link in first.links) == 2 and len(first.links) == 3
    assert first.compared == 3
