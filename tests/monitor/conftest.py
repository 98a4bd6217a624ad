"""Fixtures of the monitor tests: a local web site, a webhook receiver, test settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from monitor_servers import Receiver, Site

from eventwire.monitor.settings import MonitorSettings


@pytest.fixture()
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.close()


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


@pytest.fixture()
def loopback_settings(tmp_path: Path) -> MonitorSettings:
    """The guard lets the tests' own servers (127.0.0.1) through, and nothing else."""
    return MonitorSettings.from_env(
        {}, allow_networks="127.0.0.1/32", host_interval_seconds=0.0, timeout_seconds=5.0, state_dir=str(tmp_path / "state")
    )
