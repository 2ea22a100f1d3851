"""Dependencies between our apps run one way: `news`, `services` and `forms` build on `home`,
`home` imports none of them, and no two apps import each other in a loop. The imports are read
from the source, so an import inside a function counts as much as one at the top."""

from io import StringIO

from django.core.management import call_command

from home.dependencies import FOUNDATION, cycles, import_graph, project_packages


def test_our_packages_are_the_apps_and_the_project_package():
    assert project_packages() == ["config", "forms", "home", "news", "services", "transparency"]


def test_home_imports_none_of_our_other_apps():
    upward = import_graph()[FOUNDATION]
    assert upward == {}, f"{FOUNDATION} imports {upward}"


def test_no_two_apps_import_each_other_in_a_loop():
    assert cycles(import_graph()) == []


def test_a_loop_is_found_wherever_its_import_hides(tmp_path):
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "models.py").write_text("def late():\n    from feature.models import X\n")
    (tmp_path / "feature").mkdir()
    (tmp_path / "feature" / "models.py").write_text("from base.models import late\n")
    graph = import_graph(tmp_path, ["base", "feature"])
    assert graph == {
        "base": {"feature": ["base/models.py:2"]},
        "feature": {"base": ["feature/models.py:1"]},
    }
    assert cycles(graph) == [["base", "feature", "base"]]


def test_the_dependency_command_prints_the_graph():
    out = StringIO()
    call_command("app_dependencies", stdout=out)
    lines = [" ".join(line.split()) for line in out.getvalue().splitlines()]
    assert "news -> home" in lines
    assert "no loops" in lines
