"""The pipeline's modules do not bind one module-level name twice.

A second `_FORCES = ...` further down a module silently replaces the first for every function
that reads it, the earlier lines included; `x in _FORCES` then tested a substring of a regular
expression instead of membership of a set. Ruff flags a function or import defined twice, not
an assignment, so this test does.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
MODULES = sorted(PIPELINE.rglob("*.py"))


def module_level_names(source: str) -> Counter:
    """How many times each name is bound by a plain assignment at the top of a module."""
    names: Counter = Counter()
    for node in ast.parse(source).body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                names[target.id] += 1
    return names


def test_a_rebound_name_is_found():
    names = module_level_names("_A = 1\n_B = 2\n\ndef f():\n    _A = 3\n\n_A = 4\n")
    assert names["_A"] == 2 and names["_B"] == 1  # the one in the function does not count


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PIPELINE)) for p in MODULES])
def test_no_module_level_name_is_bound_twice(path):
    names = module_level_names(path.read_text(encoding="utf-8"))
    assert [name for name, n in names.items() if n > 1] == []
