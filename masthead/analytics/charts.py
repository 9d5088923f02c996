"""A bar chart of daily views, drawn as SVG on the server (no script in the admin)."""

import datetime as dt

WIDTH, HEIGHT, MARGIN_LEFT, MARGIN_BOTTOM, TOP = 720, 240, 48, 28, 12


def nice_ceiling(value: int) -> int:
    """Return the top of the axis: 1, 2 or 5 times a power of ten, at least `value`."""
    if value <= 0:
        return 1
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def build_bar_chart(series: list[tuple[dt.date, int]]) -> dict:
    """Return the geometry of the chart: bars, axis ticks and labels, in SVG units."""
    top = nice_ceiling(max((views for _, views in series), default=0))
    plot_width = WIDTH - MARGIN_LEFT - 8
    plot_height = HEIGHT - MARGIN_BOTTOM - TOP
    slot = plot_width / max(len(series), 1)
    label_every = max(1, len(series) // 10)
    bars = []
    for index, (day, views) in enumerate(series):
        height = plot_height * views / top
        bars.append(
            {
                "x": round(MARGIN_LEFT + index * slot + slot * 0.1, 2),
                "y": round(TOP + plot_height - height, 2),
                "width": round(slot * 0.8, 2),
                "height": round(height, 2),
                "day": day,
                "views": views,
                "label_x": round(MARGIN_LEFT + index * slot + slot / 2, 2),
                "show_label": index % label_every == 0,
            }
        )
    ticks = [
        {"value": top * i // 4, "y": round(TOP + plot_height - plot_height * i / 4, 2)}
        for i in range(5)
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "bars": bars,
        "ticks": ticks,
        "axis_x": MARGIN_LEFT,
        "axis_y": TOP + plot_height,
        "right": WIDTH - 8,
        "label_y": HEIGHT - 8,
    }
