"""Sanity checks for heldout71/gold.jsonl: python -m bench.heldout71.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s71"))
