"""Sanity checks for heldout43/gold.jsonl: python -m bench.heldout43.check_gold

Regions and sides used by this set beyond the shared lists (see make_gold.py, "Decided anew") are
added to the checker's vocabularies for this run only."""

import pathlib
import sys

from bench import gold_tables
from bench.gold_tables import check

gold_tables.REGIONS |= {"Ivano-Frankivsk", "Chernihiv", "Kaluga", "Gomel"}
gold_tables.SIDES |= {"Belarus"}

sys.exit(check(pathlib.Path(__file__).parent, "s43"))
