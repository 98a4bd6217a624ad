"""A light event-type classifier: PLOVER type probabilities (and NONE) for a sentence.

Runtime placeholder: the tokenizer first; the classifier follows.
"""

from __future__ import annotations

import unicodedata

import numpy as np

UNK = "[UNK]"
CONTINUING_PREFIX = "##"
MAX_WORD_CHARS = 100
MAX_PIECES = 512


class WordPieceTokenizer:
    """BERT's uncased WordPiece, as the teacher's tokenizer.json configures it.

    Normalise (drop control characters, space out CJK, strip accents, lower-case),
    split on white space and punctuation, then take the longest vocabulary piece
    from the left of each word. Unknown words are dropped, as model2vec drops them.
    """

    def __init__(self, vocab: list[str]) -> None:
        self.ids = {piece: index for index, piece in enumerate(vocab)}
        self.unk_id = self.ids.get(UNK)
        self._word_cache: dict[str, list[int]] = {}

    def encode(self, text: str) -> list[int]:
        pieces: list[int] = []
        for word in _split_words(_normalise(text)):
            pieces.extend(self._word_ids(word))
            if len(pieces) >= MAX_PIECES:
                break
        pieces = pieces[:MAX_PIECES]
        return [i for i in pieces if i != self.unk_id]

    def _word_ids(self, word: str) -> list[int]:
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        ids = self._wordpiece(word)
        if len(self._word_cache) < 200_000:
            self._word_cache[word] = ids
        return ids

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


def _normalise(text: str) -> str:
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
    if char in "\t\n\r":
        return False
    return unicodedata.category(char) in ("Cc", "Cf")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
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

    def __init__(self, vectors: "np.ndarray", vocab: list[str]) -> None:
        if vectors.shape[0] != len(vocab):
            raise ValueError(f"{vectors.shape[0]} vectors for {len(vocab)} vocabulary entries")
        self.vectors = vectors.astype(np.float32)
        self.tokenizer = WordPieceTokenizer(vocab)

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def embed(self, texts: list[str]) -> "np.ndarray":
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = self.tokenizer.encode(text)
            if ids:
                out[row] = self.vectors[ids].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)
