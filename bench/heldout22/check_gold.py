"""Sanity checks for heldout22/gold.jsonl: python -m bench.heldout22.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "e22"))
