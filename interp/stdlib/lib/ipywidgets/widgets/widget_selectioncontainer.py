# This file defines the containers that show one child at a time (or
# collapse them): Accordion, Tab and Stack, with per-child titles.

"""Selection containers."""

from traitlets import CInt, TraitError, Unicode, observe, validate

from .trait_types import TypedTuple
from .widget import register
from .widget_box import Box


class _SelectionContainer(Box):
    """A Box whose selected_index child is shown, with titles."""
    titles = TypedTuple(trait=Unicode(), help="Titles of the pages").tag(sync=True)
    selected_index = CInt(help="The index of the selected page. This is either an integer selecting a particular sub-widget, or None to have no widgets selected.",
                          allow_none=True, default_value=None).tag(sync=True)

    @validate("selected_index")
    def _validated_index(self, proposal):
        if proposal.value is None or 0 <= proposal.value < len(self.children):
            return proposal.value
        raise TraitError("Invalid selection: index out of bounds")

    @validate("titles")
    def _validate_titles(self, proposal):
        return tuple(self._padded(proposal.value))

    def _padded(self, titles):
        n = len(self.children)
        titles = list(titles)[:n]
        return titles + [""] * (n - len(titles))

    @observe("children")
    def _observe_children(self, change):
        self._reset_selected_index()
        self._reset_titles()

    def _reset_selected_index(self):
        if self.selected_index is not None and len(self.children) < self.selected_index:
            self.selected_index = None

    def _reset_titles(self):
        if len(self.titles) != len(self.children):
            self.titles = tuple(self._padded(self.titles))

    def set_title(self, index, title):
        """Set the title of the child at index (None for none)."""
        titles = list(self.titles)
        if title is None:
            title = ""
        titles[index] = title
        self.titles = tuple(titles)

    def get_title(self, index):
        """The title of the child at index."""
        return self.titles[index]


@register
class Accordion(_SelectionContainer):
    """Children in collapsible sections (selected_index is the open one)."""
    _view_name = Unicode("AccordionView").tag(sync=True)
    _model_name = Unicode("AccordionModel").tag(sync=True)


@register
class Tab(_SelectionContainer):
    """Children in tabs."""
    _view_name = Unicode("TabView").tag(sync=True)
    _model_name = Unicode("TabModel").tag(sync=True)

    def __init__(self, children=(), **kwargs):
        if len(children) > 0 and "selected_index" not in kwargs:
            kwargs["selected_index"] = 0
        super().__init__(children=children, **kwargs)

    def _reset_selected_index(self):
        # A tab is always selected while there are children.
        num_children = len(self.children)
        if num_children == 0:
            self.selected_index = None
        elif self.selected_index is None or num_children < self.selected_index:
            self.selected_index = 0


@register
class Stack(_SelectionContainer):
    """Only the selected child is shown."""
    _view_name = Unicode("StackView").tag(sync=True)
    _model_name = Unicode("StackModel").tag(sync=True)
