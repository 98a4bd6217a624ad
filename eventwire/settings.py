"""One table of settings: name, default, help. Read once into a frozen Settings.

Every setting can be overridden by an environment variable EVENTWIRE_<NAME>.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

PIPELINE_VERSION = "0.1.0"  # bump when extraction changes, so stored articles are re-coded on re-ingest


@dataclass(frozen=True)
class Settings:
    db: str = "eventwire.duckdb"
    """The DuckDB file the store writes to."""
    languages: str = "en"
    """Comma-separated ISO 639-1 codes of articles the pipeline codes; others are rejected with a reason."""
    max_text_chars: int = 2_000_000
    """Articles with longer text are rejected (split them first)."""
    min_text_chars: int = 20
    """Articles with shorter text are rejected as empty."""
    min_confidence: float = 0.0
    """Events below this confidence are dropped from extract output and the store."""
    actors_overlay: str = ""
    """A YAML file of your own countries, organisations, people and roles (docs/actors.md); empty: none."""
    merge_date_window_days: int = 1
    """Reports of one happening may date it this many days apart (beyond what their date precision covers)."""
    merge_max_km: float = 100.0
    """Reports placing a happening further apart than this (both at city or province precision) are different events."""
    merge_min_similarity: float = 0.4
    """Evidence similarity (TF-IDF cosine, 0-1) two reports need to merge when their parties do not agree."""
    merge_min_similarity_parties: float = 0.2
    """Evidence similarity two reports need to merge when they name the same party countries or a shared actor."""
    api_token: str = ""
    """Bearer token that enables POST /api/ingest (at least 16 characters); empty: ingest is off and `eventwire serve` opens the store read-only."""
    api_max_body_bytes: int = 5_000_000
    """Largest request body the server accepts (413 beyond it): 5 MB holds about 100 long articles."""
    api_query_seconds: float = 10.0
    """Longest a request's reads may run before they are interrupted (503)."""
    monitor_poll_seconds: float = 900.0
    """Seconds between two polls of every feed by `eventwire watch`."""
    monitor_timeout_seconds: float = 20.0
    """Seconds a single HTTP request may take (connect and each read) before it is given up."""
    monitor_host_interval_seconds: float = 2.0
    """At least this many seconds between two requests to the same host (robots.txt included)."""
    monitor_max_response_bytes: int = 5_000_000
    """A larger feed or page is refused (reading stops at the limit)."""
    monitor_allow_networks: str = ""
    """Comma-separated CIDR networks fetches may reach although private, loopback, link-local or reserved; empty: none."""
    monitor_user_agent: str = "eventwire-monitor/0.1 (+docs/monitoring.md)"
    """The User-Agent sent with every request and matched against robots.txt."""
    monitor_state_dir: str = ""
    """Where feed state (ETags, seen items) and the delivered-alert log live; empty: `<db>.monitor` beside the store."""
    monitor_webhook_secret: str = ""
    """The HMAC-SHA256 key for webhook signatures (a rule file may name another variable)."""
    monitor_max_seen_items: int = 5000
    """Item ids remembered per feed, so an item that returns is not ingested again."""

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"EVENTWIRE_{f.name.upper()}")
            if raw is not None:
                values[f.name] = type(getattr(cls, f.name))(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def pipeline_version(self) -> str:
        """What decides whether a stored article must be coded again: the code's version and,
        when the user has one, the content of their actor overlay."""
        if not self.actors_overlay:
            return PIPELINE_VERSION
        try:
            digest = hashlib.sha256(Path(self.actors_overlay).read_bytes()).hexdigest()[:12]
        except OSError:
            digest = "missing"
        return f"{PIPELINE_VERSION}+actors:{digest}"

    def allowed_languages(self) -> frozenset[str]:
        return frozenset(code.strip() for code in self.languages.split(",") if code.strip())
