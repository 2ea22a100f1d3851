"""The lock files that every install uses must pin what pyproject.toml asks for.

A dependency added to pyproject.toml without `make lock` would be missing from every install made
from the lock files (a deploy, CI, `make run`), so this fails first, with the command to run.
"""

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)", re.MULTILINE)


def pins(lock_name):
    text = (ROOT / lock_name).read_text()
    return {canonicalize_name(name): version for name, version in PIN.findall(text)}


def requirement_cases():
    for line in PYPROJECT["dependencies"]:
        yield pytest.param("requirements.txt", line, id=f"base:{line}")
        yield pytest.param("requirements-dev.txt", line, id=f"dev:{line}")
    for line in PYPROJECT["optional-dependencies"]["test"]:
        yield pytest.param("requirements-dev.txt", line, id=f"test:{line}")


@pytest.mark.parametrize(("lock_name", "line"), list(requirement_cases()))
def test_lock_file_pins_a_version_inside_each_declared_range(lock_name, line):
    requirement = Requirement(line)
    pinned = pins(lock_name).get(canonicalize_name(requirement.name))
    assert pinned, f"{requirement.name} is not in {lock_name}: run `make lock`"
    assert requirement.specifier.contains(pinned, prereleases=True), (
        f"{lock_name} pins {requirement.name}=={pinned}, outside {requirement.specifier}: "
        "run `make lock`"
    )


def test_development_lock_uses_the_production_versions():
    production = pins("requirements.txt")
    development = pins("requirements-dev.txt")
    differing = {
        name: (version, development.get(name))
        for name, version in production.items()
        if development.get(name) != version
    }
    assert not differing, f"the lock files disagree: {differing}; run `make lock`"
