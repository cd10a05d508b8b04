"""Beyond one machine: the cluster executors load with the pinned packages, and the run
config shipped for each is valid for the nightly job."""

from dataclasses import replace
from pathlib import Path

import dagster as dg
import pytest
import yaml

from pipeline.dagster_layer.executors import ExecutorError, executor_named
from pipeline.definitions import build_definitions
from pipeline.settings import REPO_ROOT, Settings


def _job(executor: str) -> dg.JobDefinition:
    settings = replace(Settings.from_env(), executor=executor)
    return build_definitions(settings).resolve_job_def("nightly_job")


@pytest.mark.parametrize("executor", ["k8s", "celery"])
def test_shipped_run_config_is_valid_for_the_nightly_job(executor):
    job = _job(executor)
    assert job.executor_def.name == executor
    config = yaml.safe_load((REPO_ROOT / "deploy" / executor / "run_config.yaml").read_text())
    resolved = dg.validate_run_config(job, config)["execution"][executor]
    assert config["execution"]["config"].items() <= resolved.items()  # every option kept
    config["execution"]["config"]["no_such_option"] = 1  # the schema is really checked
    with pytest.raises(dg.DagsterInvalidConfigError):
        dg.validate_run_config(job, config)


def test_the_default_executor_is_in_process_and_a_typo_is_a_clear_error():
    assert _job("in_process").executor_def.name == "in_process"
    with pytest.raises(ExecutorError, match="not one of in_process, multiprocess, k8s, celery"):
        executor_named("kubernetes")


def test_run_configs_point_steps_at_one_shared_warehouse():
    k8s = yaml.safe_load(Path(REPO_ROOT / "deploy/k8s/run_config.yaml").read_text())["execution"]
    env = dict(v.split("=", 1) for v in k8s["config"]["env_vars"])
    mount = k8s["config"]["volume_mounts"][0]["mount_path"]
    assert env["CLAIMS_EXECUTOR"] == "k8s"
    assert all(env[k].startswith(mount) for k in ("CLAIMS_DB", "CLAIMS_RAW_DIR"))
