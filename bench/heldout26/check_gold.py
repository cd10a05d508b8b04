"""Sanity checks for heldout26/gold.jsonl: python -m bench.heldout26.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "i26"))
