"""Sanity checks for heldout34/gold.jsonl: python -m bench.heldout34.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "r34"))
