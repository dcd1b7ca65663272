"""eventwire: news articles in, coded political events out."""
