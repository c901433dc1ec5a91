# This file defines Layout, the CSS properties of a widget's view
# (LayoutModel in @jupyter-widgets/base). The attribute list and the
# allowed values follow the ipywidgets 8 model-state specification.

"""Layout."""

from traitlets import CaselessStrEnum, Unicode

from .._version import __jupyter_widgets_base_version__
from .widget import Widget, register


@register
class Layout(Widget):
    """Layout specification: CSS properties of the widget's view (None means unset)."""

    _view_name = Unicode("LayoutView").tag(sync=True)
    _view_module = Unicode("@jupyter-widgets/base").tag(sync=True)
    _view_module_version = Unicode(__jupyter_widgets_base_version__).tag(sync=True)
    _model_name = Unicode("LayoutModel").tag(sync=True)

    align_content = CaselessStrEnum(['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly', 'stretch', 'inherit', 'initial', 'unset'], allow_none=True, help='The align-content CSS attribute.').tag(sync=True)
    align_items = CaselessStrEnum(['flex-start', 'flex-end', 'center', 'baseline', 'stretch', 'inherit', 'initial', 'unset'], allow_none=True, help='The align-items CSS attribute.').tag(sync=True)
    align_self = CaselessStrEnum(['auto', 'flex-start', 'flex-end', 'center', 'baseline', 'stretch', 'inherit', 'initial', 'unset'], allow_none=True, help='The align-self CSS attribute.').tag(sync=True)
    border_bottom = Unicode(None, allow_none=True, help='The border bottom CSS attribute.').tag(sync=True)
    border_left = Unicode(None, allow_none=True, help='The border left CSS attribute.').tag(sync=True)
    border_right = Unicode(None, allow_none=True, help='The border right CSS attribute.').tag(sync=True)
    border_top = Unicode(None, allow_none=True, help='The border top CSS attribute.').tag(sync=True)
    bottom = Unicode(None, allow_none=True, help='The bottom CSS attribute.').tag(sync=True)
    display = Unicode(None, allow_none=True, help='The display CSS attribute.').tag(sync=True)
    flex = Unicode(None, allow_none=True, help='The flex CSS attribute.').tag(sync=True)
    flex_flow = Unicode(None, allow_none=True, help='The flex-flow CSS attribute.').tag(sync=True)
    grid_area = Unicode(None, allow_none=True, help='The grid-area CSS attribute.').tag(sync=True)
    grid_auto_columns = Unicode(None, allow_none=True, help='The grid-auto-columns CSS attribute.').tag(sync=True)
    grid_auto_flow = CaselessStrEnum(['column', 'row', 'row dense', 'column dense', 'inherit', 'initial', 'unset'], allow_none=True, help='The grid-auto-flow CSS attribute.').tag(sync=True)
    grid_auto_rows = Unicode(None, allow_none=True, help='The grid-auto-rows CSS attribute.').tag(sync=True)
    grid_column = Unicode(None, allow_none=True, help='The grid-column CSS attribute.').tag(sync=True)
    grid_gap = Unicode(None, allow_none=True, help='The grid-gap CSS attribute.').tag(sync=True)
    grid_row = Unicode(None, allow_none=True, help='The grid-row CSS attribute.').tag(sync=True)
    grid_template_areas = Unicode(None, allow_none=True, help='The grid-template-areas CSS attribute.').tag(sync=True)
    grid_template_columns = Unicode(None, allow_none=True, help='The grid-template-columns CSS attribute.').tag(sync=True)
    grid_template_rows = Unicode(None, allow_none=True, help='The grid-template-rows CSS attribute.').tag(sync=True)
    height = Unicode(None, allow_none=True, help='The height CSS attribute.').tag(sync=True)
    justify_content = CaselessStrEnum(['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'inherit', 'initial', 'unset'], allow_none=True, help='The justify-content CSS attribute.').tag(sync=True)
    justify_items = CaselessStrEnum(['flex-start', 'flex-end', 'center', 'inherit', 'initial', 'unset'], allow_none=True, help='The justify-items CSS attribute.').tag(sync=True)
    left = Unicode(None, allow_none=True, help='The left CSS attribute.').tag(sync=True)
    margin = Unicode(None, allow_none=True, help='The margin CSS attribute.').tag(sync=True)
    max_height = Unicode(None, allow_none=True, help='The max-height CSS attribute.').tag(sync=True)
    max_width = Unicode(None, allow_none=True, help='The max-width CSS attribute.').tag(sync=True)
    min_height = Unicode(None, allow_none=True, help='The min-height CSS attribute.').tag(sync=True)
    min_width = Unicode(None, allow_none=True, help='The min-width CSS attribute.').tag(sync=True)
    object_fit = CaselessStrEnum(['contain', 'cover', 'fill', 'scale-down', 'none'], allow_none=True, help='The object-fit CSS attribute.').tag(sync=True)
    object_position = Unicode(None, allow_none=True, help='The object-position CSS attribute.').tag(sync=True)
    order = Unicode(None, allow_none=True, help='The order CSS attribute.').tag(sync=True)
    overflow = Unicode(None, allow_none=True, help='The overflow CSS attribute.').tag(sync=True)
    padding = Unicode(None, allow_none=True, help='The padding CSS attribute.').tag(sync=True)
    right = Unicode(None, allow_none=True, help='The right CSS attribute.').tag(sync=True)
    top = Unicode(None, allow_none=True, help='The top CSS attribute.').tag(sync=True)
    visibility = CaselessStrEnum(['visible', 'hidden', 'inherit', 'initial', 'unset'], allow_none=True, help='The visibility CSS attribute.').tag(sync=True)
    width = Unicode(None, allow_none=True, help='The width CSS attribute.').tag(sync=True)

    def __init__(self, **kwargs):
        if "border" in kwargs:
            border = kwargs.pop("border")
            for side in ("top", "right", "bottom", "left"):
                kwargs.setdefault("border_" + side, border)
        super().__init__(**kwargs)

    @property
    def border(self):
        """The border of all four sides: None unless they are the same."""
        found = None
        for side in ("top", "right", "bottom", "left"):
            value = getattr(self, "border_" + side)
            if found is None:
                found = value
            elif value != found:
                return None
        return found

    @border.setter
    def border(self, border):
        with self.hold_sync():
            for side in ("top", "right", "bottom", "left"):
                setattr(self, "border_" + side, border)


class LayoutTraitType:
    """Kept for code that imports it; layouts are InstanceDict(Layout) traits."""
