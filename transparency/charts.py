"""Horizontal bar charts drawn on the server as SVG: no script, readable on a 360 px phone.

Each bar has its label on its own line above it and its value beside it, so long unit and
category names never squeeze the bars. The chart is an image for sighted readers; the data
table printed with it is the accessible version of the same numbers. A suppressed value
("< 5") gets no bar, only its text.
"""

from dataclasses import dataclass

WIDTH = 340
ROW_HEIGHT = 40
LABEL_HEIGHT = 16
BAR_HEIGHT = 14
VALUE_SPACE = 56
TOP = 4


@dataclass(frozen=True)
class Bar:
    label: str
    text: str
    label_y: int
    bar_y: int
    width: str
    value_x: str
    value_y: int


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list
    width: int
    height: int


def bar_chart(title, rows, *, maximum=None):
    """A chart of `rows`, each (label, value, text): `value` a number or None (no bar)."""
    numbers = [value for _label, value, _text in rows if isinstance(value, int | float)]
    top = maximum or max(numbers, default=0) or 1
    room = WIDTH - VALUE_SPACE
    bars = []
    for index, (label, value, text) in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        width = room * float(value) / top if isinstance(value, int | float) else 0
        width = max(width, 2) if isinstance(value, int | float) and value > 0 else width
        bars.append(
            Bar(
                label=label,
                text=text,
                label_y=y + LABEL_HEIGHT - 4,
                bar_y=y + LABEL_HEIGHT,
                # Strings, so that no locale writes "12,5" into an SVG attribute.
                width=f"{width:.1f}" if width else "",
                value_x=f"{width + 6:.1f}",
                value_y=y + LABEL_HEIGHT + BAR_HEIGHT - 2,
            )
        )
    return BarChart(title=title, bars=bars, width=WIDTH, height=TOP + len(rows) * ROW_HEIGHT)
