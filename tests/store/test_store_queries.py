"""The query layer: each filter, paging, row shape."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import StoreError
from eventwire.store import ArticleFilter, EventFilter, QuoteFilter, Store, queries


def ids(rows: list[dict]) -> list[str]:
    return [row["id"] for row in rows]


def test_default_is_asserted_events_newest_first(filled: Store) -> None:
    assert ids(filled.events()) == ["karabakh-1#e1", "mindanao-1#e1"]


def test_status_any_and_one_status(filled: Store) -> None:
    assert ids(filled.events(EventFilter(status="any"))) == [
        "karabakh-1#e2",  # 2021-02 (month)
        "karabakh-1#e1",  # 2021-01-18
        "mindanao-1#e1",  # 1997-04-24
        "mindanao-1#e2",  # 1997 (year)
    ]
    assert ids(filled.events(EventFilter(status="negated"))) == ["mindanao-1#e2"]
    assert ids(filled.events(EventFilter(status="future"))) == ["karabakh-1#e2"]


def test_country_matches_actors_and_recipients(filled: Store) -> None:
    assert ids(filled.events(EventFilter(country="ARM", status="any"))) == ["karabakh-1#e2"]  # a recipient
    assert ids(filled.events(EventFilter(country="rus", status="any"))) == ["karabakh-1#e2", "karabakh-1#e1"]
    assert filled.events(EventFilter(country="USA", status="any")) == []


def test_actor_is_case_insensitive_substring_of_any_participant(filled: Store) -> None:
    assert ids(filled.events(EventFilter(actor="LAVROV"))) == ["karabakh-1#e1"]
    assert ids(filled.events(EventFilter(actor="islamic", status="any"))) == ["mindanao-1#e1", "mindanao-1#e2"]
    assert ids(filled.events(EventFilter(actor="azerbai", status="any"))) == ["karabakh-1#e2"]


def test_type_any_case(filled: Store) -> None:
    assert ids(filled.events(EventFilter(type="consult", status="any"))) == ["karabakh-1#e2", "mindanao-1#e1"]
    assert ids(filled.events(EventFilter(type="ASSAULT"))) == []  # the assault is negated


def test_date_range_overlaps_partial_dates(filled: Store) -> None:
    week = EventFilter(date_from="1997-04-24", date_to="1997-04-30", status="any")
    assert ids(filled.events(week)) == ["mindanao-1#e1", "mindanao-1#e2"]  # "1997" may be that week
    assert ids(filled.events(EventFilter(date_from="2021-02-15", status="any"))) == ["karabakh-1#e2"]
    # date_to "2021-01" runs to the end of January
    january_or_before = EventFilter(date_to="2021-01", status="any")
    assert ids(filled.events(january_or_before)) == ["karabakh-1#e1", "mindanao-1#e1", "mindanao-1#e2"]
    assert ids(filled.events(EventFilter(date_from=date(2021, 1, 19), date_to=date(2021, 1, 31), status="any"))) == []


def test_doc_id_and_combined_filters(filled: Store) -> None:
    assert ids(filled.events(EventFilter(doc_id="mindanao-1", status="any"))) == ["mindanao-1#e1", "mindanao-1#e2"]
    combined = EventFilter(country="PHL", type="ASSAULT", status="negated", date_from="1997", doc_id="mindanao-1")
    assert ids(filled.events(combined)) == ["mindanao-1#e2"]


def test_limit_and_offset(filled: Store) -> None:
    assert ids(filled.events(EventFilter(status="any", limit=2, offset=1))) == ["karabakh-1#e1", "mindanao-1#e1"]
    assert ids(filled.events(EventFilter(status="any", offset=3))) == ["mindanao-1#e2"]
    assert filled.events(EventFilter(limit=0)) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"country": "Russia"}, "3-letter code"),
        ({"status": "maybe"}, "asserted, future"),
        ({"date_from": "yesterday"}, "ISO date"),
        ({"date_to": "2021-13"}, "ISO date"),
        ({"limit": -1}, "limit"),
        ({"offset": -5}, "offset"),
    ],
)
def test_bad_filters_say_what_is_wrong(fields: dict, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        EventFilter(**fields)


def test_event_row_is_flat_with_nested_participants(filled: Store) -> None:
    [row] = filled.events(EventFilter(type="CONSULT", status="future"))
    assert row["actors"] == [
        {"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV", "actor_id": "Q1",
         "mention": "Sergei Lavrov", "start": 10, "end": 23}
    ]
    assert [person["name"] for person in row["recipients"]] == ["Armenia", "Azerbaijan"]
    assert row["location_name"] == "Yerevan" and row["location_lat"] == 40.18
    assert row["evidence"] == "must talk" and row["evidence_start"] == 63
    assert row["mentions"] == [{"text": "talk", "start": 68, "end": 72}]
    assert row["contexts"] == ["territory", "diplomacy"]
    assert row["published"] == "2021-01-18" and row["headline"] == "Lavrov on Karabakh"
    assert row["quote_id"] == "karabakh-1#q1"


def test_functions_on_a_connection_match_store_methods(filled: Store) -> None:
    assert queries.events(filled.connection, EventFilter(status="any")) == filled.events(EventFilter(status="any"))
    assert queries.quotes(filled.connection.cursor()) == filled.quotes()


def test_quote_filters(filled: Store) -> None:
    everything = filled.quotes()
    assert [row["id"] for row in everything] == ["karabakh-1#q1", "mindanao-1#q1"]
    assert [row["speaker"] for row in filled.quotes(QuoteFilter(speaker="LAVROV"))] == ["Sergei Lavrov"]
    assert [row["doc_id"] for row in filled.quotes(QuoteFilter(country="phl"))] == ["mindanao-1"]
    assert [row["id"] for row in filled.quotes(QuoteFilter(doc_id="karabakh-1"))] == ["karabakh-1#q1"]
    assert [row["id"] for row in filled.quotes(QuoteFilter(limit=1, offset=1))] == ["mindanao-1#q1"]
    row = everything[0]
    assert row["content"] == "Armenia and Azerbaijan must talk"
    assert row["event_ids"] == ["karabakh-1#e2"] and row["relay"] == "TASS"
    with pytest.raises(StoreError, match="3-letter"):
        QuoteFilter(country="Philippines")


def test_article_rows_and_filters(filled: Store) -> None:
    rows = filled.articles()
    assert [row["doc_id"] for row in rows] == ["karabakh-1", "bare-1", "mindanao-1"]
    first = rows[0]
    assert (first["events"], first["quotes"]) == (2, 1)
    assert first["extras"] == {"view_count": 25, "photo_credit": "AP"}
    assert "text" not in first
    assert [row["doc_id"] for row in filled.articles(ArticleFilter(source="tass"))] == ["karabakh-1"]
    assert [row["doc_id"] for row in filled.articles(ArticleFilter(date_from="2020"))] == ["karabakh-1", "bare-1"]
    # a datetime publication counts by its day
    assert [row["doc_id"] for row in filled.articles(ArticleFilter(date_to="1997-04-25"))] == ["mindanao-1"]
    assert [row["doc_id"] for row in filled.articles(ArticleFilter(doc_id="bare-1"))] == ["bare-1"]


def test_empty_store_answers_empty(store: Store) -> None:
    assert store.events() == [] and store.quotes() == [] and store.articles() == [] and store.rejected() == []


def test_event_ids_lead_to_their_article(filled: Store) -> None:
    assert queries.event_doc_id(filled.connection, "karabakh-1#e2") == "karabakh-1"
    assert queries.event_doc_id(filled.connection, "nowhere#e1") is None


def test_actors_count_each_role_most_active_first(filled: Store) -> None:
    rows = queries.actors(filled.connection)
    assert rows == sorted(rows, key=lambda r: -r["total"])
    assert all(r["total"] == r["as_actor"] + r["as_recipient"] + r["statements"] for r in rows)
    armenians = queries.actors(filled.connection, country="arm")
    assert armenians and all(r["country"] == "ARM" for r in armenians)
    assert all(r["as_recipient"] > 0 for r in queries.actors(filled.connection, role="recipient"))
    with pytest.raises(StoreError, match="role 'judge'"):
        queries.actors(filled.connection, role="judge")
