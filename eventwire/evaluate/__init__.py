"""Scoring eventwire's output against hand-checked gold (`eventwire eval DIR`).

Pure library: it reads gold folders and compares dicts, and never runs the
pipeline itself.
"""

from eventwire.evaluate.gold import load_gold_folder, load_gold_pair, validate_gold
from eventwire.evaluate.report import DocumentScore, EvalReport, Scores
from eventwire.evaluate.scoring import score_document, score_documents

__all__ = [
    "DocumentScore",
    "EvalReport",
    "Scores",
    "load_gold_folder",
    "load_gold_pair",
    "score_document",
    "score_documents",
    "validate_gold",
]
