"""Sanity checks for heldout47/gold.jsonl: python -m bench.heldout47.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "s47"))
