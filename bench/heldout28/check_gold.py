"""Sanity checks for heldout28/gold.jsonl: python -m bench.heldout28.check_gold"""

import pathlib
import sys

from bench.gold_tables import check

sys.exit(check(pathlib.Path(__file__).parent, "k28"))
