"""eventwire: news reports in, event data out."""

__version__ = "0.1.0"
