"""Fetching: the address guard (redirects included), conditional GETs, robots.txt,
timeouts, the size cap and the per-host rate limit."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest
from monitor_servers import Site

from eventwire.errors import InputError
from eventwire.monitor.fetch import Fetcher
from eventwire.monitor.guard import refusal
from eventwire.monitor.settings import MonitorSettings, parse_networks


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.0.10", "169.254.169.254", "224.0.0.1",
                                     "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "100.64.0.1"])
def test_guard_refuses_internal_addresses(address: str) -> None:
    assert refusal(ipaddress.ip_address(address), ()) is not None


def test_guard_lets_public_and_allowed_addresses_through() -> None:
    assert refusal(ipaddress.ip_address("93.184.216.34"), ()) is None
    assert refusal(ipaddress.ip_address("2606:2800:220:1::1"), ()) is None
    assert refusal(ipaddress.ip_address("127.0.0.1"), parse_networks("127.0.0.1/32")) is None
    assert refusal(ipaddress.ip_address("127.0.0.2"), parse_networks("127.0.0.1/32")) is not None
    with pytest.raises(InputError, match="ALLOW_NETWORKS"):
        parse_networks("localhost")


def test_loopback_is_refused_without_the_setting(site: Site, tmp_path: Path) -> None:
    site.put("/page.html", "hello")
    fetcher = Fetcher(MonitorSettings.from_env({}, host_interval_seconds=0.0, state_dir=str(tmp_path)))
    with pytest.raises(InputError) as caught:
        fetcher.get(site.url("/page.html"))
    assert "loopback" in caught.value.problem and "EVENTWIRE_MONITOR_ALLOW_NETWORKS" in caught.value.problem
    assert site.requests == []  # not even robots.txt was asked for


def test_redirects_are_guarded_too(site: Site, loopback_settings: MonitorSettings) -> None:
    site.put("/away", "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    site.put("/ftp", "", status=302, headers={"Location": "file:///etc/passwd"})
    fetcher = Fetcher(loopback_settings)
    with pytest.raises(InputError, match="link-local"):
        fetcher.get(site.url("/away"))
    with pytest.raises(InputError):
        fetcher.get(site.url("/ftp"))
    site.put("/moved", "", status=301, headers={"Location": site.url("/here")})
    site.put("/here", "arrived")
    assert fetcher.get(site.url("/moved")).body == b"arrived"


def test_conditional_get_gets_304_while_the_validators_hold(site: Site, loopback_settings: MonitorSettings) -> None:
    site.put("/feed.xml", "<rss/>", etag='"v1"', headers={"Last-Modified": "Wed, 03 Mar 2021 10:00:00 GMT"})
    fetcher = Fetcher(loopback_settings)
    first = fetcher.get(site.url("/feed.xml"))
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Wed, 03 Mar 2021 10:00:00 GMT")
    again = fetcher.get(site.url("/feed.xml"), first.etag, first.last_modified)
    assert again.not_modified and again.body == b""
    request = site.seen("/feed.xml")[-1]
    assert request.headers["if-none-match"] == '"v1"' and request.headers["if-modified-since"] == first.last_modified
    assert request.headers["user-agent"] == loopback_settings.user_agent


def test_robots_txt_is_respected(site: Site, loopback_settings: MonitorSettings) -> None:
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/private/a.html", "secret")
    site.put("/public/a.html", "open")
    fetcher = Fetcher(loopback_settings)
    with pytest.raises(InputError, match="robots.txt"):
        fetcher.get(site.url("/private/a.html"))
    assert fetcher.get(site.url("/public/a.html")).body == b"open"
    assert site.seen("/private/a.html") == [] and len(site.seen("/robots.txt")) == 1  # cached


def test_a_broken_robots_txt_stops_fetching_from_the_site(site: Site, loopback_settings: MonitorSettings) -> None:
    site.put("/robots.txt", "down", status=503)
    site.put("/a.html", "page")
    with pytest.raises(InputError, match="robots.txt answered HTTP 503; until it can be read"):
        Fetcher(loopback_settings).get(site.url("/a.html"))


def test_errors_timeouts_and_oversized_answers_are_input_errors(site: Site, tmp_path: Path) -> None:
    settings = MonitorSettings.from_env({}, allow_networks="127.0.0.1/32", host_interval_seconds=0.0,
                                        timeout_seconds=0.3, max_response_bytes=100, state_dir=str(tmp_path))
    site.put("/slow", "late", delay=1.0)
    site.put("/big", "x" * 101)
    site.put("/gone", "", status=410)
    fetcher = Fetcher(settings)
    with pytest.raises(InputError, match="no answer within 0.3 s"):
        fetcher.get(site.url("/slow"))
    with pytest.raises(InputError, match="larger than 100 bytes"):
        fetcher.get(site.url("/big"))
    with pytest.raises(InputError, match="HTTP 410"):
        fetcher.get(site.url("/gone"))


def test_requests_to_one_host_are_spaced(site: Site, tmp_path: Path) -> None:
    settings = MonitorSettings.from_env({}, allow_networks="127.0.0.1/32", host_interval_seconds=2.0, state_dir=str(tmp_path))
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    site.put("/a", "a")
    fetcher = Fetcher(settings, clock=lambda: now[0], sleep=sleep)
    fetcher.get(site.url("/a"))  # robots.txt, then the page: one wait between them
    now[0] += 0.5
    fetcher.get(site.url("/a"))
    assert waits == [2.0, 1.5]


def test_settings_come_from_the_environment() -> None:
    settings = MonitorSettings.from_env({"EVENTWIRE_MONITOR_POLL_SECONDS": "60", "EVENTWIRE_MONITOR_ALLOW_NETWORKS": "10.0.0.0/8"})
    assert settings.poll_seconds == 60.0 and settings.networks == (ipaddress.ip_network("10.0.0.0/8"),)
    assert settings.state_path("data/store.duckdb") == Path("data/store.duckdb.monitor")
    with pytest.raises(InputError, match="EVENTWIRE_MONITOR_TIMEOUT_SECONDS"):
        MonitorSettings.from_env({"EVENTWIRE_MONITOR_TIMEOUT_SECONDS": "soon"})
    with pytest.raises(InputError, match="expected more than 0"):
        MonitorSettings.from_env({"EVENTWIRE_MONITOR_POLL_SECONDS": "0"})
