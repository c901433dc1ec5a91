# This file defines Link and DirectionalLink: links between widget traits
# kept by the frontend (jslink, jsdlink), so they work without the kernel.

"""Links made in the frontend."""

from traitlets import Instance, Tuple, Unicode

from .widget import Widget, register, widget_serialization
from .widget_core import CoreWidget


class WidgetTraitTuple(Tuple):
    """A (widget, 'trait_name') pair naming a synced trait."""

    info_text = "A (Widget, 'trait_name') pair"

    def __init__(self, **kwargs):
        super().__init__(Instance(Widget), Unicode(), **kwargs)
        if "default_value" not in kwargs and not kwargs.get("allow_none", False):
            self.default_value = ()

    def validate_elements(self, obj, value):
        value = super().validate_elements(obj, value)
        widget, trait_name = value
        trait = widget.traits().get(trait_name)
        trait_repr = "%s.%s" % (widget.__class__.__name__, trait_name)
        if trait is None:
            raise TypeError("No such trait: %s" % trait_repr)
        if not trait.get_metadata("sync"):
            raise TypeError("%s cannot be synced" % trait_repr)
        return value


@register
class Link(CoreWidget):
    """Keep target's trait equal to source's, and back, in the frontend."""
    _model_name = Unicode("LinkModel").tag(sync=True)
    target = WidgetTraitTuple(help="The target (widget, 'trait_name') pair").tag(sync=True, **widget_serialization)
    source = WidgetTraitTuple(help="The source (widget, 'trait_name') pair").tag(sync=True, **widget_serialization)

    def __init__(self, source, target, **kwargs):
        kwargs["source"] = source
        kwargs["target"] = target
        super().__init__(**kwargs)

    def unlink(self):
        """Stop linking (closes the link's model)."""
        self.close()


def jslink(attr1, attr2):
    """Link two widget traits in the frontend: jslink((w1, 'value'), (w2, 'value'))."""
    return Link(attr1, attr2)


@register
class DirectionalLink(Link):
    """Copy source's trait into target's, in the frontend."""
    _model_name = Unicode("DirectionalLinkModel").tag(sync=True)


def jsdlink(source, target):
    """Copy source's trait into target's in the frontend: jsdlink((w1, 'value'), (w2, 'value'))."""
    return DirectionalLink(source, target)
