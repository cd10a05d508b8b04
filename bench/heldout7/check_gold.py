"""Sanity checks for heldout7/gold.jsonl: python -m bench.heldout7.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "p"))
