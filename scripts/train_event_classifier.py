"""Train the event-type classifier on the team's examples and write its artefacts.

    .venv-train/bin/python scripts/train_event_classifier.py [--model tfidf|embedding|ensemble] [--compare]

Runs in the training virtualenv (set up as ``eventwire/events/data/model/README.md``
says): it needs scikit-learn and scipy, which the runtime does not. Steps, all with fixed
seeds so two runs give the same files:

1. read ``eventwire/events/data/examples/*.tsv`` (one file per PLOVER type plus
   ``none.tsv``), check every label and mode against ``plover.yaml`` and that no
   sentence appears twice, and hash the lot;
2. hold out a stratified 20% and train on the rest, to measure held-out accuracy;
3. train again on every example and write ``classifier.json`` (labels, features,
   metadata: data hash, counts, held-out accuracy, settings) and ``classifier.npz``
   (weights) into ``eventwire/events/data/model/``.

The features are computed by the runtime module (``eventwire/events/classifier.py``)
so that training and inference share one featurizer. ``--compare`` also trains the
other models (TF-IDF, static embeddings, their mix) and, when ``../shared/data`` is
there, scores each on the PLV sentences (measuring only), printing a table; that is
how the shipped model was chosen (see the model folder's README).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.classifier_plv import DEFAULT_DATA as PLV_DATA
from benchmarks.classifier_plv import read_plv, score
from eventwire.events.classifier import (
    ANALYSERS,
    CLASSIFIER_FILE,
    NONE_LABEL,
    WEIGHTS_FILE,
    EventTypeClassifier,
    FeatureBlock,
    StaticEmbedder,
    normalise_text,
)

DATA = ROOT / "eventwire" / "events" / "data"
EXAMPLES = DATA / "examples"
MODEL_DIR = DATA / "model"
SEED = 13
HELD_OUT = 0.2
# Chosen once with --compare (held-out accuracy and PLV); see the model README.
TFIDF_C = 8.0
EMBEDDING_C = 4.0
EMBEDDING_SHARE = 0.2  # the embedding model's share of the probability mix in "ensemble"
MIN_DF = {"word": 1, "char": 2}


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    mode: str


def read_examples(folder: Path) -> list[Example]:
    plover = yaml.safe_load((DATA / "plover.yaml").read_text(encoding="utf-8"))["types"]
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        label = path.stem.upper()
        if label != NONE_LABEL and label not in plover:
            sys.exit(f"{path}: {label} is not a PLOVER type (file names are the types, plus none.tsv)")
        modes = plover.get(label, {}).get("modes") or {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            text, _, mode = line.partition("\t")
            where = f"{path.name}:{number}"
            if "\t" in mode:
                sys.exit(f"{where}: expected 'sentence<TAB>mode', found more columns")
            if mode and mode not in modes:
                sys.exit(f"{where}: {label} has no mode {mode!r}")
            key = " ".join(text.lower().split())
            if key in seen:
                sys.exit(f"{where}: sentence already listed in {seen[key]}")
            seen[key] = where
            examples.append(Example(text.strip(), label, mode))
    missing = set(plover) - {e.label for e in examples}
    if missing or NONE_LABEL not in {e.label for e in examples}:
        sys.exit(f"{folder}: no examples for {', '.join(sorted(missing | ({NONE_LABEL} - {e.label for e in examples})))}")
    return examples


def data_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.tsv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class TfidfFeatures:
    """Vocabulary and IDF per analyser, fitted on training texts; rows as the runtime builds them."""

    def __init__(self, texts: list[str]) -> None:
        normalised = [normalise_text(t) for t in texts]
        self.features: dict[str, list[str]] = {}
        self.idf: dict[str, np.ndarray] = {}
        for analyser, grams_of in ANALYSERS.items():
            df = Counter(g for text in normalised for g in set(grams_of(text)))
            kept = sorted(g for g, n in df.items() if n >= MIN_DF[analyser])
            self.features[analyser] = kept
            # sklearn's smooth IDF: as if one extra document held every feature.
            self.idf[analyser] = np.array([math.log((1 + len(texts)) / (1 + df[g])) + 1.0 for g in kept], dtype=np.float32)

    def matrix(self, texts: list[str]) -> sparse.csr_matrix:
        blocks = [FeatureBlock(a, {g: i for i, g in enumerate(self.features[a])}, self.idf[a]) for a in ANALYSERS]
        rows, cols, values = [], [], []
        for row, text in enumerate(texts):
            normalised = normalise_text(text)
            offset = 0
            for block in blocks:
                c, v = block.vector(normalised)
                rows.extend([row] * len(c))
                cols.extend((c + offset).tolist())
                values.extend(v.tolist())
                offset += len(block.idf)
        width = sum(len(f) for f in self.features.values())
        return sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), width), dtype=np.float32)


def fit(features: np.ndarray | sparse.csr_matrix, labels: list[str], c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(features, labels)


def ordered_labels(classes: np.ndarray) -> list[str]:
    return [str(c) for c in classes]


def train_models(kind: str, texts: list[str], labels: list[str], embedder: StaticEmbedder | None) -> dict:
    models: dict = {}
    if kind in ("tfidf", "ensemble"):
        tfidf = TfidfFeatures(texts)
        models["tfidf"] = (tfidf, fit(tfidf.matrix(texts), labels, TFIDF_C))
    if kind in ("embedding", "ensemble"):
        if embedder is None:
            sys.exit(f"the embedding model needs {MODEL_DIR / 'static_vectors.npz'}: run scripts/distil_embeddings.py first")
        models["embedding"] = (embedder, fit(embedder.embed(texts), labels, EMBEDDING_C))
    return models


def probabilities(models: dict, texts: list[str]) -> tuple[np.ndarray, list[str]]:
    parts = []
    if "tfidf" in models:
        tfidf, model = models["tfidf"]
        parts.append((1.0 - EMBEDDING_SHARE if "embedding" in models else 1.0, model.predict_proba(tfidf.matrix(texts)), model.classes_))
    if "embedding" in models:
        embedder, model = models["embedding"]
        parts.append((EMBEDDING_SHARE if "tfidf" in models else 1.0, model.predict_proba(embedder.embed(texts)), model.classes_))
    classes = parts[0][2]
    mixed = sum(weight * probs for weight, probs, _ in parts)
    return mixed, ordered_labels(classes)


def held_out_accuracy(kind: str, examples: list[Example], embedder: StaticEmbedder | None) -> tuple[float, dict]:
    texts = [e.text for e in examples]
    labels = [e.label for e in examples]
    train_x, test_x, train_y, test_y = train_test_split(texts, labels, test_size=HELD_OUT, random_state=SEED, stratify=labels)
    models = train_models(kind, train_x, train_y, embedder)
    probs, classes = probabilities(models, test_x)
    predicted = [classes[i] for i in probs.argmax(axis=1)]
    return round(float(np.mean([p == g for p, g in zip(predicted, test_y)])), 4), models


def compare(examples: list[Example], embedder: StaticEmbedder | None) -> None:
    kinds = ["tfidf"] + (["embedding", "ensemble"] if embedder is not None else [])
    plv = read_plv(PLV_DATA) if PLV_DATA.is_file() else None
    print(f"{'model':10} {'held-out':>9} {'PLV acc':>8} {'PLV F1':>7} {'top-2':>6} {'hint acc':>9} {'hint F1':>8}")
    for kind in kinds:
        accuracy, models = held_out_accuracy(kind, examples, embedder)
        line = f"{kind:10} {accuracy:9.3f}"
        if plv is not None:
            gold = [r.gold for r in plv]
            plain = score(gold, *probabilities(models, [r.sentence for r in plv]))
            hinted = score(gold, *probabilities(models, [f"{r.sentence} {r.hint}" if r.hint else r.sentence for r in plv]))
            line += f" {plain.accuracy:8.3f} {plain.macro_f1:7.3f} {plain.top2:6.3f} {hinted.accuracy:9.3f} {hinted.macro_f1:8.3f}"
        print(line)
    if plv is None:
        print(f"(PLV not found at {PLV_DATA}: held-out figures only)")


def write_model(kind: str, examples: list[Example], embedder: StaticEmbedder | None, accuracy: float, out: Path) -> None:
    texts = [e.text for e in examples]
    models = train_models(kind, texts, [e.label for e in examples], embedder)
    arrays: dict[str, np.ndarray] = {}
    spec: dict = {"components": list(models), "embedding_share": EMBEDDING_SHARE if kind == "ensemble" else (1.0 if kind == "embedding" else 0.0)}
    labels: list[str] = []
    if "tfidf" in models:
        tfidf, model = models["tfidf"]
        labels = ordered_labels(model.classes_)
        spec["tfidf"] = {"blocks": [{"analyser": a, "features": tfidf.features[a]} for a in ANALYSERS], "C": TFIDF_C, "min_df": MIN_DF}
        for analyser in ANALYSERS:
            arrays[f"idf_{analyser}"] = tfidf.idf[analyser]
        arrays["tfidf_coef"] = model.coef_.astype(np.float32)
        arrays["tfidf_intercept"] = model.intercept_.astype(np.float32)
    if "embedding" in models:
        _, model = models["embedding"]
        if labels and labels != ordered_labels(model.classes_):
            sys.exit("the two models disagree on the label order")
        labels = ordered_labels(model.classes_)
        spec["embedding"] = {"vectors": "static_vectors.npz", "vocab": "vocab.txt", "C": EMBEDDING_C}
        arrays["embedding_coef"] = model.coef_.astype(np.float32)
        arrays["embedding_intercept"] = model.intercept_.astype(np.float32)
    counts = Counter(e.label for e in examples)
    spec["labels"] = labels
    spec["metadata"] = {
        "trained_on": "eventwire/events/data/examples (written by the project team, MIT)",
        "data_sha256": data_hash(EXAMPLES),
        "examples": len(examples),
        "examples_per_label": dict(sorted(counts.items())),
        "held_out_fraction": HELD_OUT,
        "held_out_accuracy": accuracy,
        "seed": SEED,
        "model": f"multinomial logistic regression ({kind})",
    }
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / WEIGHTS_FILE, **arrays)
    (out / CLASSIFIER_FILE).write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    check = EventTypeClassifier.from_dir(out).predict_matrix(texts[:200])
    expected, _ = probabilities(models, texts[:200])
    gap = float(np.abs(check - expected).max())
    if gap > 1e-3:
        sys.exit(f"the runtime classifier differs from the trained one by {gap:.2e}")
    size = sum((out / name).stat().st_size for name in (WEIGHTS_FILE, CLASSIFIER_FILE))
    print(f"wrote {kind} model to {out} ({size / 1e6:.1f} MB): {len(examples)} examples, held-out accuracy {accuracy:.3f}; runtime parity {gap:.1e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=("tfidf", "embedding", "ensemble"), default="tfidf")
    parser.add_argument("--compare", action="store_true", help="print the comparison table and write nothing")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    options = parser.parse_args()
    np.random.seed(SEED)

    examples = read_examples(EXAMPLES)
    vectors = MODEL_DIR / "static_vectors.npz"
    embedder = StaticEmbedder.from_dir(MODEL_DIR) if vectors.is_file() else None
    if options.compare:
        compare(examples, embedder)
        return
    accuracy, _ = held_out_accuracy(options.model, examples, embedder)
    write_model(options.model, examples, embedder, accuracy, options.out)


if __name__ == "__main__":
    main()
