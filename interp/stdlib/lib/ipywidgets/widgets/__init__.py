# This file gathers the widget classes: ipywidgets.widgets is the import
# path code uses besides ipywidgets itself.

"""The widget classes of ipywidgets."""

from .widget import Widget, CallbackDispatcher, register, widget_serialization
from .domwidget import DOMWidget
from .valuewidget import ValueWidget
from .trait_types import Color, NumberFormat, TypedTuple
from .widget_core import CoreWidget
from .widget_layout import Layout
from .widget_style import Style
from .widget_description import DescriptionStyle, DescriptionWidget
from .widget_bool import Checkbox, ToggleButton, Valid, CheckboxStyle, ToggleButtonStyle
from .widget_button import Button, ButtonStyle
from .widget_box import Box, HBox, VBox, GridBox
from .widget_float import (FloatText, BoundedFloatText, FloatSlider, FloatProgress, FloatRangeSlider,
                           FloatLogSlider)
from .widget_int import (IntText, BoundedIntText, IntSlider, IntProgress, IntRangeSlider, Play, SliderStyle,
                         ProgressStyle)
from .widget_color import ColorPicker
from .widget_date import DatePicker
from .widget_datetime import DatetimePicker, NaiveDatetimePicker, TimePicker
from .widget_tagsinput import TagsInput, ColorsInput, IntsInput, FloatsInput
from .widget_upload import FileUpload
from .widget_controller import Controller
from .widget_templates import AppLayout, GridspecLayout, TwoByTwoLayout
from .widget_output import Output
from .widget_selection import (RadioButtons, ToggleButtons, ToggleButtonsStyle, Dropdown, Select, SelectionSlider,
                               SelectMultiple, SelectionRangeSlider)
from .widget_selectioncontainer import Tab, Accordion, Stack
from .widget_string import (HTML, HTMLMath, Label, Text, Textarea, Password, Combobox, LabelStyle, TextStyle,
                            HTMLStyle, HTMLMathStyle)
from .widget_media import Image, Video, Audio
from .widget_link import jslink, jsdlink, Link, DirectionalLink
from .interaction import interact, interactive, fixed, interact_manual, interactive_output
