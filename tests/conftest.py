import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "raw"


@pytest.fixture
def raw_dir(tmp_path: Path) -> Path:
    """A private copy of the sample articles."""
    target = tmp_path / "raw"
    shutil.copytree(SAMPLES, target)
    return target


@pytest.fixture
def claims_env(tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """CLAIMS_* variables pointing into a temporary folder."""
    paths = {"raw": raw_dir, "db": tmp_path / "out" / "warehouse.duckdb"}
    monkeypatch.setenv("CLAIMS_RAW_DIR", str(paths["raw"]))
    monkeypatch.setenv("CLAIMS_DB", str(paths["db"]))
    monkeypatch.delenv("CLAIMS_WORK_DB", raising=False)
    return paths
