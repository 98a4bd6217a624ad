"""Language processing: the spaCy model, the entity ruler and text segmentation."""
