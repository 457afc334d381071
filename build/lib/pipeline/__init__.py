"""cluster-kb: newsletters, conference summaries and news posts in; knowledge tables out."""

__version__ = "0.1.0"
