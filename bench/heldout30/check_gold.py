"""Sanity checks for heldout30/gold.jsonl: python -m bench.heldout30.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "m30"))
