"""The import graph between our own apps, read from the source with `ast`.

Dependencies run one way: `news`, `services` and `forms` build on `home`, and `home` imports
none of them. `manage.py app_dependencies` prints the graph, and a test holds the rule. Every
import counts, including those inside functions, which otherwise hide a loop until run time.
"""

import ast
from collections import defaultdict
from pathlib import Path

from django.apps import apps
from django.conf import settings

#: The app every other app of ours may build on, and which builds on none of them.
FOUNDATION = "home"


def project_packages():
    """Our own top-level packages: the Django project package and the apps at the top of the
    repository (installed libraries never sit there)."""
    names = {"config"}
    for app_config in apps.get_app_configs():
        if Path(app_config.path).parent == settings.BASE_DIR:
            names.add(app_config.name)
    return sorted(names)


def imported_packages(path):
    """(top-level package, line) for every absolute import in the file at `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.partition(".")[0], node.lineno
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.partition(".")[0], node.lineno


def import_graph(base_dir=None, packages=None):
    """{app: {imported app: ["path:line", ...]}} between our packages (self-imports left out)."""
    base_dir = Path(base_dir or settings.BASE_DIR)
    packages = packages or project_packages()
    graph = {package: defaultdict(list) for package in packages}
    for package in packages:
        for path in sorted((base_dir / package).rglob("*.py")):
            for imported, line in imported_packages(path):
                if imported in graph and imported != package:
                    where = f"{path.relative_to(base_dir)}:{line}"
                    graph[package][imported].append(where)
    return {package: dict(edges) for package, edges in graph.items()}


def cycles(graph):
    """Every loop between apps, each as a list of app names that starts and ends on one app."""
    found = []
    seen = set()

    def visit(node, trail):
        for target in sorted(graph.get(node, {})):
            if target in trail:
                loop = [*trail[trail.index(target) :], target]
                key = frozenset(loop)
                if key not in seen:
                    seen.add(key)
                    found.append(loop)
            else:
                visit(target, [*trail, target])

    for start in sorted(graph):
        visit(start, [start])
    return found
