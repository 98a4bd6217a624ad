"""A light event-type classifier: PLOVER type probabilities (and NONE) for a sentence.

Given a sentence or clause, `EventTypeClassifier.predict` returns a probability for
each of the 16 PLOVER types and for NONE (no event), so the coder can choose among
competing triggers and code sentences its lexicon misses. It is a multinomial
logistic regression trained by ``scripts/train_event_classifier.py`` on the team's
own examples (``data/examples/``) over one or both of two feature sets:

- ``tfidf``: word 1-2 grams and character 3-5 grams inside words, sublinear TF-IDF,
  each block scaled to unit length (the featurizer below is the one training uses,
  so training and inference cannot drift);
- ``embedding``: the mean of static word-piece vectors distilled from
  all-MiniLM-L6-v2 by ``scripts/distil_embeddings.py``, read with numpy and the
  WordPiece tokenizer below (no torch, no tokenizers package at run time).

``data/model/classifier.json`` says which feature sets the shipped model uses and
how their probabilities are mixed; ``data/model/README.md`` has the figures.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

import numpy as np

from eventwire.errors import InputError, ModelError

NONE_LABEL = "NONE"
CLASSIFIER_FILE = "classifier.json"
WEIGHTS_FILE = "classifier.npz"
VECTORS_FILE = "static_vectors.npz"
VOCAB_FILE = "vocab.txt"
TRAIN_COMMAND = "python scripts/train_event_classifier.py (in the training venv; see eventwire/events/data/model/README.md)"
DISTIL_COMMAND = "HF_HUB_OFFLINE=1 python scripts/distil_embeddings.py (in the training venv; see eventwire/events/data/model/README.md)"


# -- text features -------------------------------------------------------------------

WORD_PATTERN = re.compile(r"\b\w\w+\b")
DIGITS = re.compile(r"\d")


def normalise_text(text: str) -> str:
    """Lower case, accents folded, digits as 0, one space between words."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return " ".join(DIGITS.sub("0", folded).split())


def word_ngrams(normalised: str) -> list[str]:
    words = WORD_PATTERN.findall(normalised)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def char_ngrams(normalised: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside each word padded with spaces ("war" -> " wa", "war", "ar ")."""
    grams: list[str] = []
    for word in normalised.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:  # the whole padded word, counted once
                grams.append(padded)
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


ANALYSERS = {"word": word_ngrams, "char": char_ngrams}


@dataclass(frozen=True)
class FeatureBlock:
    """One TF-IDF block: an analyser, its vocabulary and inverse document frequencies."""

    analyser: str
    index: dict[str, int]
    idf: np.ndarray

    def vector(self, normalised: str) -> tuple[np.ndarray, np.ndarray]:
        """Column ids and unit-length sublinear TF-IDF values of one normalised text."""
        counts = Counter(g for g in ANALYSERS[self.analyser](normalised) if g in self.index)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols = np.fromiter((self.index[g] for g in counts), dtype=np.int64, count=len(counts))
        values = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
        values *= self.idf[cols]
        return cols, values / np.float32(np.linalg.norm(values))


# -- word-piece embeddings -------------------------------------------------------------

UNK = "[UNK]"
CONTINUING_PREFIX = "##"
MAX_WORD_CHARS = 100
MAX_PIECES = 512


class WordPieceTokenizer:
    """BERT's uncased WordPiece, as the teacher's tokenizer.json configures it.

    Normalise (drop control characters, space out CJK, strip accents, lower-case),
    split on white space and punctuation, then take the longest vocabulary piece
    from the left of each word. Unknown words are dropped, as model2vec drops them.
    ``scripts/distil_embeddings.py`` checks it against the reference tokenizer.
    """

    def __init__(self, vocab: list[str]) -> None:
        self.ids = {piece: index for index, piece in enumerate(vocab)}
        self.unk_id = self.ids.get(UNK)
        self._word_cache: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        pieces: list[int] = []
        for word in _split_words(_bert_normalise(text)):
            pieces.extend(self._word_ids(word))
            if len(pieces) >= MAX_PIECES:
                break
        return [i for i in pieces[:MAX_PIECES] if i != self.unk_id]

    def _word_ids(self, word: str) -> list[int]:
        cached = self._word_cache.get(word)
        if cached is None:
            cached = self._wordpiece(word)
            if len(self._word_cache) < 200_000:
                self._word_cache[word] = cached
        return cached

    def _wordpiece(self, word: str) -> list[int]:
        unknown = [self.unk_id] if self.unk_id is not None else []
        if len(word) > MAX_WORD_CHARS:
            return unknown
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else CONTINUING_PREFIX + word[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return unknown
            ids.append(found)
            start = end
        return ids


def _bert_normalise(text: str) -> str:
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or _is_control(char):
            continue
        if _is_whitespace(char):
            out.append(" ")
        elif _is_cjk(code):
            out.append(f" {char} ")
        else:
            out.append(char)
    stripped = "".join(c for c in unicodedata.normalize("NFD", "".join(out)) if unicodedata.category(c) != "Mn")
    return stripped.lower()


def _split_words(text: str) -> list[str]:
    words: list[str] = []
    for chunk in text.split():
        current: list[str] = []
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            else:
                current.append(char)
        if current:
            words.append("".join(current))
    return words


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or unicodedata.category(char) == "Zs"


def _is_control(char: str) -> bool:
    return char not in "\t\n\r" and unicodedata.category(char) in ("Cc", "Cf")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    # BERT splits every ASCII symbol, not only Unicode punctuation ("$", "+", "<").
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F
    )


class StaticEmbedder:
    """Sentence vectors from a static word-piece table: the mean of the pieces, unit length."""

    def __init__(self, vectors: np.ndarray, vocab: list[str]) -> None:
        if vectors.shape[0] != len(vocab):
            raise ModelError(f"{vectors.shape[0]} embedding vectors for {len(vocab)} vocabulary entries")
        self.vectors = vectors.astype(np.float32)
        self.tokenizer = WordPieceTokenizer(vocab)

    @classmethod
    def from_dir(cls, folder: Path) -> StaticEmbedder:
        vectors = _load_npz(folder / VECTORS_FILE, DISTIL_COMMAND)["vectors"]
        vocab = _read_text(folder / VOCAB_FILE, DISTIL_COMMAND).splitlines()
        return cls(vectors, vocab)

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = self.tokenizer.encode(text)
            if ids:
                out[row] = self.vectors[ids].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)


# -- the classifier ----------------------------------------------------------------------


class EventTypeClassifier:
    """PLOVER type (and NONE) probabilities for sentences; numpy only, batch-friendly."""

    def __init__(self, labels: list[str], metadata: dict, blocks: list[FeatureBlock] | None,
                 tfidf_weights: tuple[np.ndarray, np.ndarray] | None, embedder: StaticEmbedder | None,
                 embedding_weights: tuple[np.ndarray, np.ndarray] | None, embedding_share: float) -> None:
        self.labels = labels
        self.metadata = metadata
        self.blocks = blocks or []
        self.tfidf_weights = tfidf_weights
        self.embedder = embedder
        self.embedding_weights = embedding_weights
        self.embedding_share = embedding_share

    @classmethod
    def load(cls, model_dir: Path | None = None) -> EventTypeClassifier:
        """The classifier in ``model_dir`` (default: the packaged one), read once per process."""
        return _load_cached(str(model_dir) if model_dir is not None else "")

    @classmethod
    def from_dir(cls, folder: Path) -> EventTypeClassifier:
        spec = json.loads(_read_text(folder / CLASSIFIER_FILE, TRAIN_COMMAND))
        labels = list(spec.get("labels") or [])
        if NONE_LABEL not in labels:
            raise ModelError(f"{folder / CLASSIFIER_FILE}: labels must include {NONE_LABEL}; rebuild with {TRAIN_COMMAND}")
        weights = _load_npz(folder / WEIGHTS_FILE, TRAIN_COMMAND)
        blocks: list[FeatureBlock] = []
        tfidf = embedding = None
        embedder = None
        share = float(spec.get("embedding_share", 0.0))
        if "tfidf" in spec["components"]:
            for block in spec["tfidf"]["blocks"]:
                grams = block["features"]
                idf = weights[f"idf_{block['analyser']}"].astype(np.float32)
                if len(grams) != len(idf):
                    raise ModelError(f"{folder}: {block['analyser']} block has {len(grams)} features but {len(idf)} weights")
                blocks.append(FeatureBlock(block["analyser"], {g: i for i, g in enumerate(grams)}, idf))
            tfidf = (weights["tfidf_coef"].astype(np.float32), weights["tfidf_intercept"].astype(np.float32))
        if "embedding" in spec["components"]:
            embedder = StaticEmbedder.from_dir(folder)
            embedding = (weights["embedding_coef"].astype(np.float32), weights["embedding_intercept"].astype(np.float32))
        if tfidf is None and embedding is None:
            raise ModelError(f"{folder / CLASSIFIER_FILE}: no known component in {spec['components']}")
        for name, pair in (("tfidf", tfidf), ("embedding", embedding)):
            if pair is not None and pair[0].shape[0] != len(labels):
                raise ModelError(f"{folder / WEIGHTS_FILE}: {name} weights have {pair[0].shape[0]} rows for {len(labels)} labels")
        return cls(labels, spec.get("metadata", {}), blocks, tfidf, embedder, embedding, share if tfidf is not None else 1.0)

    def predict(self, texts: Sequence[str], triggers: Sequence[str | None] | None = None) -> list[dict[str, float]]:
        """Type -> probability (NONE included, summing to 1) for each text.

        ``triggers`` may give, per text, the trigger words or the trigger's clause;
        they are weighted twice, which steers a sentence with several events towards
        the one asked about.
        """
        inputs = self._inputs(texts, triggers)
        if not inputs:
            return []
        probabilities = self.predict_matrix(inputs)
        return [dict(zip(self.labels, map(float, row))) for row in probabilities]

    def predict_matrix(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities as an array (texts x labels), in the order of ``self.labels``."""
        texts = self._inputs(texts, None)
        mixed = np.zeros((len(texts), len(self.labels)), dtype=np.float64)
        if self.tfidf_weights is not None:
            mixed += (1.0 - self.embedding_share) * _softmax(self._tfidf_logits(texts))
        if self.embedder is not None and self.embedding_weights is not None:
            coef, intercept = self.embedding_weights
            mixed += self.embedding_share * _softmax(self.embedder.embed(texts) @ coef.T + intercept)
        return mixed / mixed.sum(axis=1, keepdims=True)

    def _tfidf_logits(self, texts: Sequence[str]) -> np.ndarray:
        assert self.tfidf_weights is not None
        coef, intercept = self.tfidf_weights
        logits = np.tile(intercept, (len(texts), 1))
        offsets = np.cumsum([0] + [len(b.idf) for b in self.blocks])
        for row, text in enumerate(texts):
            normalised = normalise_text(text)
            for block, offset in zip(self.blocks, offsets):
                cols, values = block.vector(normalised)
                if len(cols):
                    logits[row] += coef[:, cols + offset] @ values
        return logits

    def _inputs(self, texts: Sequence[str], triggers: Sequence[str | None] | None) -> list[str]:
        if isinstance(texts, str) or not isinstance(texts, Sequence):
            raise InputError("event classifier input", f"expected a list of strings, got {type(texts).__name__}")
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise InputError("event classifier input", f"text {i} is {type(text).__name__}, not a string")
        if triggers is None:
            return list(texts)
        if len(triggers) != len(texts):
            raise InputError("event classifier input", f"{len(triggers)} triggers for {len(texts)} texts")
        return [f"{text} {trigger}" if trigger else text for text, trigger in zip(texts, triggers)]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


@lru_cache(maxsize=4)
def _load_cached(model_dir: str) -> EventTypeClassifier:
    if model_dir:
        return EventTypeClassifier.from_dir(Path(model_dir))
    with resources.as_file(resources.files("eventwire.events") / "data" / "model") as folder:
        return EventTypeClassifier.from_dir(Path(folder))


def _read_text(path: Path, command: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelError(f"{path}: event classifier artefact missing; build it with {command}") from None


def _load_npz(path: Path, command: str) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {name: archive[name] for name in archive.files}
    except FileNotFoundError:
        raise ModelError(f"{path}: event classifier artefact missing; build it with {command}") from None
    except (ValueError, OSError) as exc:
        raise ModelError(f"{path}: unreadable ({exc}); rebuild it with {command}") from None
