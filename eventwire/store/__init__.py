"""The embedded DuckDB store: schema, writes, the one query layer, and exports."""

from eventwire.store.export import render_rows
from eventwire.store.queries import (
    TABLE_COLUMNS,
    ArticleFilter,
    EventFilter,
    QuoteFilter,
)
from eventwire.store.store import Store

__all__ = ["ArticleFilter", "EventFilter", "QuoteFilter", "Store", "TABLE_COLUMNS", "render_rows"]
