"""Event coding: the PLOVER/CAMEO ontology, the trigger lexicon and the coder that turns parsed sentences into events."""
