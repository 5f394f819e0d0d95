"""sciclaims: methods, datasets, metrics and quantitative claims from abstracts into SQLite."""

__version__ = "0.1.0"
