"""Data tables of the event coder (ontology, CAMEO codes, trigger lexicon); a package only so they ship with eventwire."""
