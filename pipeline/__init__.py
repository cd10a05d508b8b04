"""conflict-claims: numeric claims about the Russia-Ukraine war, from raw articles to DuckDB.

Domain packages (`text`, `extraction`, `ingest`, `schemas`, `warehouse`, `sql_models`) are plain
Python. The Dagster layer lives in `dagster_layer` and `definitions.py`.
"""
