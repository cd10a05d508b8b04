"""Sanity checks for heldout18/gold.jsonl: python -m bench.heldout18.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "a18"))
