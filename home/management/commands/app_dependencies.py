"""Print which of our apps imports which, and any loop between them."""

from django.core.management.base import BaseCommand

from home.dependencies import FOUNDATION, cycles, import_graph


class Command(BaseCommand):
    help = "Print the import graph between the project's apps (every import, read with ast)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--where", action="store_true", help="list the file and line of each import"
        )

    def handle(self, *args, **options):
        graph = import_graph()
        width = max(map(len, graph))
        for app, edges in graph.items():
            targets = ", ".join(sorted(edges)) or "(nothing of ours)"
            self.stdout.write(f"{app:<{width}} -> {targets}")
            if options["where"]:
                for target, places in sorted(edges.items()):
                    for place in places:
                        self.stdout.write(f"{'':<{width}}    {target}: {place}")
        loops = cycles(graph)
        for loop in loops:
            self.stdout.write(f"loop: {' -> '.join(loop)}")
        if not loops:
            self.stdout.write("no loops")
        upward = sorted(set(graph.get(FOUNDATION, {})))
        if upward:
            self.stdout.write(f"{FOUNDATION} must import none of: {', '.join(upward)}")
