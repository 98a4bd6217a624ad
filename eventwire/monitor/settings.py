"""The monitor's settings: the ``monitor_*`` rows of the one settings table
(eventwire/settings.py, documented in docs/settings.md), read from their
EVENTWIRE_MONITOR_* environment variables, checked, with the networks parsed.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from eventwire.errors import InputError
from eventwire.settings import Settings

PREFIX = "EVENTWIRE_MONITOR_"
USER_AGENT = Settings.monitor_user_agent
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class MonitorSettings:
    """Each field is the ``monitor_``-prefixed setting of docs/settings.md."""

    poll_seconds: float = Settings.monitor_poll_seconds
    timeout_seconds: float = Settings.monitor_timeout_seconds
    host_interval_seconds: float = Settings.monitor_host_interval_seconds
    max_response_bytes: int = Settings.monitor_max_response_bytes
    allow_networks: str = Settings.monitor_allow_networks
    user_agent: str = USER_AGENT
    state_dir: str = Settings.monitor_state_dir
    webhook_secret: str = Settings.monitor_webhook_secret
    max_seen_items: int = Settings.monitor_max_seen_items
    networks: tuple[Network, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> MonitorSettings:
        """Settings from ``environ`` (the process environment by default), then ``overrides``."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            if f.name == "networks":
                continue
            name = PREFIX + f.name.upper()
            raw = environ.get(name)
            if raw is None:
                continue
            default = getattr(cls, f.name)
            try:
                values[f.name] = type(default)(raw)
            except ValueError:
                raise InputError(name, f"{raw!r} is not a valid {type(default).__name__}. Fix: set it to a number or unset it.") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        object.__setattr__(settings, "networks", parse_networks(settings.allow_networks))
        settings.check()
        return settings

    def check(self) -> None:
        for name in ("poll_seconds", "timeout_seconds"):
            if getattr(self, name) <= 0:
                raise InputError(PREFIX + name.upper(), f"{getattr(self, name)!r}: expected more than 0 seconds")
        if self.host_interval_seconds < 0:
            raise InputError(PREFIX + "HOST_INTERVAL_SECONDS", f"{self.host_interval_seconds!r}: expected 0 or more seconds")
        if self.max_response_bytes < 1:
            raise InputError(PREFIX + "MAX_RESPONSE_BYTES", f"{self.max_response_bytes!r}: expected 1 or more")

    def state_path(self, db: str) -> Path:
        """The state folder: the setting, else ``<db>.monitor`` beside the store."""
        return Path(self.state_dir) if self.state_dir else Path(f"{db}.monitor")


def parse_networks(text: str) -> tuple[Network, ...]:
    """"127.0.0.1/32, 10.0.0.0/8" -> networks; a bad entry is an InputError naming it."""
    networks: list[Network] = []
    for part in (piece.strip() for piece in text.split(",")):
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise InputError(
                PREFIX + "ALLOW_NETWORKS", f"{part!r} is not a network. Fix: give CIDR networks such as 127.0.0.1/32 or 10.0.0.0/8, comma-separated."
            ) from None
    return tuple(networks)
