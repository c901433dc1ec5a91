# This file defines the layout templates built on GridBox: GridspecLayout
# (a grid addressed like a matplotlib GridSpec, grid[row, col] = widget),
# TwoByTwoLayout and AppLayout (header, sidebars, center, footer). Each
# places its children with CSS grid areas; with merge=True a missing
# widget's cell is taken by a neighbour.

"""Layout templates."""

from traitlets import Bool, Instance, Int, TraitError, Tuple, observe, validate

from .widget import Widget
from .widget_box import GridBox


def _positions(index, n):
    """The positions in range(n) an int or a slice selects."""
    if isinstance(index, slice):
        # range() applies the slice's start, stop and step as a sequence would.
        return list(range(n))[index]
    if index < 0:
        index += n
    if not 0 <= index < n:
        raise IndexError("index %d is out of range for %d rows or columns" % (index, n))
    return [index]


class LayoutProperties:
    """The grid layout options the templates take as keyword arguments."""

    _layout_keys = ("grid_gap", "justify_content", "align_items", "width", "height")

    def _apply_layout_kwargs(self, kwargs):
        # These options are properties of the box's Layout.
        options = {k: kwargs.pop(k) for k in self._layout_keys if k in kwargs}
        return options


class GridspecLayout(GridBox, LayoutProperties):
    """An n_rows x n_cols grid: grid[1, 0:2] = widget places widget over cells."""

    n_rows = Int()
    n_columns = Int()

    def __init__(self, n_rows=None, n_columns=None, **kwargs):
        options = self._apply_layout_kwargs(kwargs)
        super().__init__(**kwargs)
        self.n_rows = n_rows
        self.n_columns = n_columns
        self._grid_template_areas = [["."] * self.n_columns for _ in range(self.n_rows)]
        self._grid_template_rows = "repeat(%d, 1fr)" % (self.n_rows,)
        self._grid_template_columns = "repeat(%d, 1fr)" % (self.n_columns,)
        self._children = {}
        self._id_count = 0
        for k, v in options.items():
            setattr(self.layout, k, v)
        self._update_layout()

    @validate("n_rows", "n_columns")
    def _validate_integer(self, proposal):
        if proposal["value"] > 0:
            return proposal["value"]
        raise TraitError("n_rows and n_columns must be positive integer")

    def _get_indices_from_slice(self, row, column):
        return _positions(row, self.n_rows), _positions(column, self.n_columns)

    def __setitem__(self, key, value):
        row, column = key
        self._id_count += 1
        obj_id = "widget%03d" % self._id_count
        value.layout.grid_area = obj_id
        rows, columns = self._get_indices_from_slice(row, column)
        for r in rows:
            for c in columns:
                current = self._grid_template_areas[r][c]
                if current != "." and current in self._children:
                    del self._children[current]
                self._grid_template_areas[r][c] = obj_id
        self._children[obj_id] = value
        self._update_layout()

    def __getitem__(self, key):
        rows, columns = self._get_indices_from_slice(*key)
        obj_id = None
        for r in rows:
            for c in columns:
                new_obj_id = self._grid_template_areas[r][c]
                obj_id = obj_id or new_obj_id
                if obj_id != new_obj_id:
                    raise TypeError("The slice spans several widgets, but only a single widget can be retrieved at a time")
        return self._children[obj_id]

    def _update_layout(self):
        grid_template_areas_css = "\n".join('"{}"'.format(" ".join(line)) for line in self._grid_template_areas)
        self.layout.grid_template_columns = self._grid_template_columns
        self.layout.grid_template_rows = self._grid_template_rows
        self.layout.grid_template_areas = grid_template_areas_css
        self.children = tuple(self._children.values())


class TwoByTwoLayout(GridBox, LayoutProperties):
    """Four widgets in a 2x2 grid; with merge, a missing one's cell is taken by a neighbour."""

    top_left = Instance(Widget, allow_none=True)
    top_right = Instance(Widget, allow_none=True)
    bottom_left = Instance(Widget, allow_none=True)
    bottom_right = Instance(Widget, allow_none=True)
    merge = Bool(default_value=True)

    def __init__(self, **kwargs):
        options = self._apply_layout_kwargs(kwargs)
        super().__init__(**kwargs)
        for k, v in options.items():
            setattr(self.layout, k, v)
        self._update_layout()

    @observe("top_left", "top_right", "bottom_left", "bottom_right", "merge")
    def _child_changed(self, change):
        self._update_layout()

    def _update_layout(self):
        names = [["top-left", "top-right"], ["bottom-left", "bottom-right"]]
        widgets = [[self.top_left, self.top_right], [self.bottom_left, self.bottom_right]]
        areas = [[names[r][c] if widgets[r][c] is not None else None for c in range(2)] for r in range(2)]
        if self.merge:
            # A missing cell is taken by its row neighbour, else its column neighbour.
            for r in range(2):
                for c in range(2):
                    if areas[r][c] is None:
                        other = areas[r][1 - c] or areas[1 - r][c]
                        areas[r][c] = other
        # A row left empty is dropped.
        rows = [row for row in areas if any(a is not None for a in row)]
        if not rows:
            self.layout.grid_template_areas = None
            self.children = ()
            return
        lines = ['"%s"' % " ".join(a if a is not None else "." for a in row) for row in rows]
        self.layout.grid_template_areas = "\n".join(lines)
        self.layout.grid_template_rows = " ".join(["1fr"] * len(rows))
        self.layout.grid_template_columns = "1fr 1fr"
        children = []
        for r in range(2):
            for c in range(2):
                w = widgets[r][c]
                if w is not None:
                    w.layout.grid_area = names[r][c]
                    children.append(w)
        self.children = tuple(children)


def _fr(value):
    return value if isinstance(value, str) else "%sfr" % (value,)


class AppLayout(GridBox, LayoutProperties):
    """An application layout: header, left and right sidebars, center, footer.

    pane_widths sizes the sidebar/center columns and pane_heights the
    header/middle/footer rows (CSS sizes, or numbers as fr). With merge,
    missing panes' space goes to their neighbours."""

    header = Instance(Widget, allow_none=True)
    footer = Instance(Widget, allow_none=True)
    left_sidebar = Instance(Widget, allow_none=True)
    right_sidebar = Instance(Widget, allow_none=True)
    center = Instance(Widget, allow_none=True)
    pane_widths = Tuple(default_value=("1fr", "2fr", "1fr"))
    pane_heights = Tuple(default_value=("1fr", "3fr", "1fr"))
    merge = Bool(default_value=True)

    def __init__(self, **kwargs):
        options = self._apply_layout_kwargs(kwargs)
        for key in ("pane_widths", "pane_heights"):
            if key in kwargs:
                kwargs[key] = tuple(kwargs[key])
        super().__init__(**kwargs)
        for k, v in options.items():
            setattr(self.layout, k, v)
        self._update_layout()

    @validate("pane_widths", "pane_heights")
    def _validate_panes(self, proposal):
        value = tuple(proposal["value"])
        if len(value) != 3:
            raise TraitError("%s must have exactly 3 elements" % proposal["trait"].name)
        return value

    @observe("header", "footer", "left_sidebar", "right_sidebar", "center", "pane_widths", "pane_heights", "merge")
    def _child_changed(self, change):
        self._update_layout()

    def _update_layout(self):
        middle = [("left-sidebar", self.left_sidebar), ("center", self.center), ("right-sidebar", self.right_sidebar)]
        names = [name if w is not None else None for name, w in middle]
        if self.merge:
            if names[1] is not None:
                names = [names[0] or "center", "center", names[2] or "center"]
            elif names[0] is not None or names[2] is not None:
                # No center: the sidebars share the middle row.
                left, right = names[0], names[2]
                names = [left or right, left or right, right or left]
        rows, heights = [], []
        widths = [_fr(w) for w in self.pane_widths]
        if self.header is not None or not self.merge:
            rows.append(["header"] * 3)
            heights.append(_fr(self.pane_heights[0]))
        if any(n is not None for n in names) or not self.merge:
            rows.append([n if n is not None else "." for n in names])
            heights.append(_fr(self.pane_heights[1]))
        if self.footer is not None or not self.merge:
            rows.append(["footer"] * 3)
            heights.append(_fr(self.pane_heights[2]))
        self.layout.grid_template_areas = "\n".join('"%s"' % " ".join(row) for row in rows) if rows else None
        self.layout.grid_template_rows = " ".join(heights) if heights else None
        self.layout.grid_template_columns = " ".join(widths)
        children = []
        for name, w in [("header", self.header), ("left-sidebar", self.left_sidebar), ("center", self.center),
                        ("right-sidebar", self.right_sidebar), ("footer", self.footer)]:
            if w is not None:
                w.layout.grid_area = name
                children.append(w)
        self.children = tuple(children)
