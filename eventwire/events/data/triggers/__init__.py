"""Trigger lexicon data: one YAML file per PLOVER type (see ../README.md); a package so the files ship."""
