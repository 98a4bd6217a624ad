"""Load on the HTTP API: N concurrent readers while an ingest writes.

Builds a store from the bundled ``samples/`` (``eventwire ingest``), starts
``eventwire serve`` on it with an ingest token (real HTTP, uvicorn, its own
process), then runs two phases of the same length in the same run:

1. baseline: N reader threads only;
2. under write: the same readers while one writer POSTs sample articles (each
   with a fresh doc_id and a changed sentence, so every one is coded, stored and
   merged) to /api/ingest, one request after another.

Readers cycle over /api/events, /api/stats, /api/events/{id} and /api/quotes,
each on its own keep-alive connection. Prints requests, errors and p50/p99
latency per endpoint and overall for both phases, and their ratio. Exits 1 on
any error.

    .venv/bin/python benchmarks/api_load.py [--readers 20] [--seconds 20] [--json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EVENTWIRE = Path(sys.executable).with_name("eventwire")
READ_PATHS = ("/api/events", "/api/stats", "/api/events/{id}", "/api/quotes")
ARTICLES_PER_POST = 2
START_SECONDS = 120.0
REQUEST_TIMEOUT = 60.0


@dataclass
class Tally:
    """Latencies (seconds) and errors per endpoint for one phase."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, endpoint: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[endpoint].append(seconds)
            if error is not None:
                self.errors[endpoint].append(error)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_store(path: Path) -> None:
    subprocess.run([str(EVENTWIRE), "ingest", str(SAMPLES), "--db", str(path)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def start_server(db: Path, port: int, token: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "EVENTWIRE_API_TOKEN": token}
    server = subprocess.Popen([str(EVENTWIRE), "serve", "--db", str(db), "--port", str(port)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"eventwire serve exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            status, _ = request(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "GET", "/api/meta")
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"eventwire serve did not answer on port {port} within {START_SECONDS:.0f} s")


def request(connection: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response.status, response.read()


def reader(port: int, paths: list[str], stop: threading.Event, tally: Tally, offset: int) -> None:
    """One client: a keep-alive connection, the endpoints in turn, as fast as answers come."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    turn = offset
    while not stop.is_set():
        path = paths[turn % len(paths)]
        endpoint = endpoint_of(path)
        turn += 1
        started = time.perf_counter()
        error: str | None = None
        try:
            status, body = request(connection, "GET", path)
            if status != 200:
                error = f"{status} {body[:200].decode(errors='replace')}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        tally.add(endpoint, time.perf_counter() - started, error)
    connection.close()


def endpoint_of(path: str) -> str:
    bare = path.split("?", 1)[0]
    return "/api/events/{id}" if bare.startswith("/api/events/") else bare


def writer(port: int, token: str, records: list[dict[str, Any]], stop: threading.Event, tally: Tally) -> None:
    """POST the sample articles again and again under new doc_ids: each is coded, stored and merged."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    round_ = 0
    while not stop.is_set():
        batch = []
        for i in range(ARTICLES_PER_POST):
            record = dict(records[(round_ * ARTICLES_PER_POST + i) % len(records)])
            record["doc_id"] = f"load-{round_}-{i}-{record.get('doc_id', '')}"
            record["text"] = record["text"] + f"\n\nThis report was updated ({round_})."
            batch.append(record)
        round_ += 1
        started = time.perf_counter()
        error: str | None = None
        try:
            status, body = request(connection, "POST", "/api/ingest", json.dumps({"articles": batch}).encode(), headers)
            if status != 200:
                error = f"{status} {body[:200].decode(errors='replace')}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc}"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        tally.add("POST /api/ingest", time.perf_counter() - started, error)
    connection.close()


def warm_up(port: int, token: str, records: list[dict[str, Any]]) -> None:
    """One ingest before measuring: the server loads spaCy on its first ingest, which is not load."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    record = {**records[0], "doc_id": "load-warm-up"}
    status, body = request(connection, "POST", "/api/ingest", json.dumps({"articles": [record]}).encode(),
                           {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    if status != 200:
        raise SystemExit(f"the warm-up ingest failed: {status} {body[:300].decode(errors='replace')}")


def read_paths(port: int) -> list[str]:
    """The requests readers make: a page, the stats, a few event pages, a page of statements."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    _, body = request(connection, "GET", "/api/events?limit=50&status=any")
    ids = [item["id"] for item in json.loads(body)["items"]][:8]
    if not ids:
        raise SystemExit("the samples store has no events to read")
    events = [f"/api/events/{urllib.parse.quote(event_id, safe='')}" for event_id in ids]
    paths = []
    for event in events:
        paths += ["/api/events?limit=25", "/api/stats", event, "/api/quotes?limit=25"]
    return paths


def run_phase(port: int, readers: int, seconds: float, paths: list[str],
              write: tuple[str, list[dict[str, Any]]] | None) -> tuple[Tally, float]:
    tally = Tally()
    stop = threading.Event()
    threads = [threading.Thread(target=reader, args=(port, paths, stop, tally, i), daemon=True) for i in range(readers)]
    writing = None
    if write is not None:
        writing = threading.Thread(target=writer, args=(port, write[0], write[1], stop, tally), daemon=True)
        writing.start()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=300)
    elapsed = time.perf_counter() - started
    if writing is not None:
        writing.join(timeout=300)  # its last request finishes; the readers' figures are already taken
    return tally, elapsed


def summary(tally: Tally, elapsed: float) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    every: list[float] = []
    for endpoint, values in sorted(tally.latencies.items()):
        rows[endpoint] = {"requests": len(values), "errors": len(tally.errors[endpoint]),
                          "p50_ms": percentile(values, 0.5) * 1000, "p99_ms": percentile(values, 0.99) * 1000}
        if endpoint != "POST /api/ingest":
            every += values
    reads = [name for name in rows if name != "POST /api/ingest"]
    rows["all reads"] = {"requests": len(every), "errors": sum(rows[name]["errors"] for name in reads),
                         "p50_ms": percentile(every, 0.5) * 1000, "p99_ms": percentile(every, 0.99) * 1000,
                         "per_second": len(every) / elapsed}
    return rows


def print_report(readers: int, seconds: float, base: dict[str, Any], loaded: dict[str, Any]) -> None:
    print(f"{readers} readers, {seconds:g} s per phase; latency in ms; ratio = under write / baseline")
    print(f"{'endpoint':<20} {'reqs':>6} {'errs':>5} {'p50':>8} {'p99':>8} | {'reqs':>6} {'errs':>5} {'p50':>8} {'p99':>8}"
          f" | {'p50 x':>6} {'p99 x':>6}")
    print(f"{'':<20} {'baseline (no writer)':^38} | {'under write':^38} |")
    for name in [*[n for n in loaded if n not in ("all reads", "POST /api/ingest")], "all reads", "POST /api/ingest"]:
        b, w = base.get(name), loaded.get(name)
        if w is None:
            continue
        left = f"{b['requests']:>6} {b['errors']:>5} {b['p50_ms']:>8.1f} {b['p99_ms']:>8.1f}" if b else f"{'':>6} {'':>5} {'':>8} {'':>8}"
        ratio = f"{w['p50_ms'] / b['p50_ms']:>6.2f} {w['p99_ms'] / b['p99_ms']:>6.2f}" if b else ""
        print(f"{name:<20} {left} | {w['requests']:>6} {w['errors']:>5} {w['p50_ms']:>8.1f} {w['p99_ms']:>8.1f} | {ratio}")
    print(f"reads per second: {base['all reads']['per_second']:.1f} baseline, {loaded['all reads']['per_second']:.1f} under write")


def sample_records() -> list[dict[str, Any]]:
    files = sorted(path for path in SAMPLES.glob("*.json") if not path.name.endswith(".gold.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=20, help="concurrent reader threads (default 20)")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase (default 20)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not EVENTWIRE.exists():
        raise SystemExit(f"no eventwire command beside {sys.executable}; run with the project's virtualenv")
    work = Path(tempfile.mkdtemp(prefix="eventwire-load-"))
    token = secrets.token_hex(24)
    server: subprocess.Popen[bytes] | None = None
    try:
        db = work / "load.duckdb"
        build_store(db)
        port = free_port()
        server = start_server(db, port, token)
        paths = read_paths(port)
        warm_up(port, token, sample_records())
        base_tally, base_elapsed = run_phase(port, args.readers, args.seconds, paths, None)
        load_tally, load_elapsed = run_phase(port, args.readers, args.seconds, paths, (token, sample_records()))
        base, loaded = summary(base_tally, base_elapsed), summary(load_tally, load_elapsed)
        errors = {name: values[:3] for name, values in {**base_tally.errors, **load_tally.errors}.items() if values}
        if args.json:
            print(json.dumps({"readers": args.readers, "seconds": args.seconds, "baseline": base, "under_write": loaded,
                              "error_examples": errors}, indent=2))
        else:
            print_report(args.readers, args.seconds, base, loaded)
            for name, examples in errors.items():
                print(f"errors on {name}: {examples}")
        total_errors = sum(len(v) for v in base_tally.errors.values()) + sum(len(v) for v in load_tally.errors.values())
        return 1 if total_errors else 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
