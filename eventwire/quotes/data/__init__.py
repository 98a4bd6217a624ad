"""Data files of eventwire.quotes (the cue lexicon); a package so that wheels ship them."""
