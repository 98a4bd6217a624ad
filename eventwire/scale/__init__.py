"""Coding archives on a Ray cluster (``eventwire ingest --engine ray``)."""
