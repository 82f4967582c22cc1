"""briefsite: turn collected sources into structured briefs and a searchable static site."""

__version__ = "0.1.0"
