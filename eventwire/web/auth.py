"""Who may write through the API: one shared token, read from the environment.

Reads never need it. The token lives in ``EVENTWIRE_API_TOKEN``; an unset or
empty variable turns ingest off (and lets the server open the store read-only).
"""

from __future__ import annotations

import secrets

from eventwire.settings import Settings

TOKEN_VARIABLE = "EVENTWIRE_API_TOKEN"
# A token shorter than this is refused at start-up: it could be guessed by trying.
MIN_TOKEN_CHARS = 16


def api_token() -> str:
    """The configured ingest token, or "" when ingest is off."""
    return Settings.from_env().api_token.strip()


def token_problem(token: str) -> str | None:
    """Why ``token`` is unfit to protect the server, or None when it will do."""
    if token and len(token) < MIN_TOKEN_CHARS:
        return f"{TOKEN_VARIABLE} is {len(token)} characters; use at least {MIN_TOKEN_CHARS} (e.g. `openssl rand -hex 24`)"
    return None


def token_matches(expected: str, authorization: str | None) -> bool:
    """True when the ``Authorization: Bearer ...`` header carries ``expected``."""
    if not expected or not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    # compare_digest: the time taken must not tell how much of a guess was right
    return scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), expected.encode())
