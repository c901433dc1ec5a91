# This file lets widgets be saved into a static HTML page: the widget
# state and view JSON scripts that @jupyter-widgets/html-manager renders
# without a kernel (embed_minimal_html, embed_snippet, embed_data).

"""Embed widgets in static HTML."""

import json
import re
from html import escape

from .widgets import DOMWidget, Widget
from .widgets.widget import _instances

__all__ = ["embed_data", "embed_snippet", "embed_minimal_html", "dependency_state", "html_template",
           "snippet_template", "DEFAULT_EMBED_SCRIPT_URL", "DEFAULT_EMBED_REQUIREJS_URL"]

DEFAULT_EMBED_SCRIPT_URL = "https://cdn.jsdelivr.net/npm/@jupyter-widgets/html-manager@^1.0.1/dist/embed.js"
DEFAULT_EMBED_REQUIREJS_URL = "https://cdn.jsdelivr.net/npm/@jupyter-widgets/html-manager@^1.0.1/dist/embed-amd.js"
_REQUIREJS_URL = "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.4/require.min.js"

snippet_template = """
{load}
<script type="application/vnd.jupyter.widget-state+json">
{json_data}
</script>
{widget_views}
"""

html_template = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>{title}</title>
</head>
<body>
{snippet}
</body>
</html>
"""

widget_view_template = """<script type="application/vnd.jupyter.widget-view+json">
{view_spec}
</script>"""

_load_template = """<script src="{embed_url}"{use_cors}></script>"""
_load_requirejs_template = """
<!-- Load require.js. Delete this if your page already loads require.js -->
<script src="{requirejs_url}" crossorigin="anonymous"></script>
<script src="{embed_url}"{use_cors}></script>
"""


def _escape_script(s):
    # A "</script>" inside the JSON would end the script element.
    return re.sub(r"<(/?)script", r"<\1\\u0073cript", s, flags=re.IGNORECASE) if "script" in s.lower() else s


def _find_widget_refs_by_state(widget, state):
    for value in state.values():
        if isinstance(value, Widget):
            yield value
        elif isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, Widget):
                    yield item
        elif isinstance(value, dict):
            for item in value.values():
                if isinstance(item, Widget):
                    yield item


def _get_recursive_state(widget, store=None, drop_defaults=False):
    if store is None:
        store = {}
    store[widget.model_id] = widget._get_embed_state(drop_defaults=drop_defaults)
    values = {k: getattr(widget, k) for k in widget.keys}
    for ref in _find_widget_refs_by_state(widget, values):
        if ref.model_id not in store:
            _get_recursive_state(ref, store, drop_defaults=drop_defaults)
    return store


def dependency_state(widgets, drop_defaults=True):
    """The states of widgets and every widget they refer to."""
    if isinstance(widgets, Widget):
        widgets = [widgets]
    elif isinstance(widgets, dict):
        widgets = widgets.values()
    state = {}
    for widget in widgets:
        _get_recursive_state(widget, state, drop_defaults)
    return state


def embed_data(views, drop_defaults=True, state=None):
    """{'manager_state': ..., 'view_specs': [...]} for views (widgets to show)."""
    if views is None:
        views = [w for w in _instances.values() if isinstance(w, DOMWidget)]
    elif isinstance(views, Widget):
        views = [views]
    if state is None:
        state = Widget.get_manager_state(drop_defaults=drop_defaults, widgets=None)["state"]
    json_data = Widget.get_manager_state(widgets=[])
    json_data["state"] = state
    view_specs = [w.get_view_spec() for w in views]
    return dict(manager_state=json_data, view_specs=view_specs)


def embed_snippet(views, drop_defaults=True, state=None, indent=2, embed_url=None, requirejs=True, cors=True):
    """An HTML snippet showing views: the loader script, the state and one view script each."""
    data = embed_data(views, drop_defaults=drop_defaults, state=state)
    widget_views = "\n".join(widget_view_template.format(view_spec=_escape_script(json.dumps(view_spec)))
                             for view_spec in data["view_specs"])
    if embed_url is None:
        embed_url = DEFAULT_EMBED_REQUIREJS_URL if requirejs else DEFAULT_EMBED_SCRIPT_URL
    use_cors = ' crossorigin="anonymous"' if cors else ""
    if requirejs:
        load = _load_requirejs_template.format(requirejs_url=_REQUIREJS_URL, embed_url=embed_url, use_cors=use_cors)
    else:
        load = _load_template.format(embed_url=embed_url, use_cors=use_cors)
    return snippet_template.format(load=load, json_data=_escape_script(json.dumps(data["manager_state"], indent=indent)),
                                   widget_views=widget_views)


def embed_minimal_html(fp, views, title="IPyWidget export", template=None, **kwargs):
    """Write an HTML page showing views to fp (a path or a file object)."""
    snippet = embed_snippet(views, **kwargs)
    values = {"title": escape(title), "snippet": snippet}
    if template is None:
        template = html_template
    html_code = template.format(**values)
    if hasattr(fp, "write"):
        fp.write(html_code)
    else:
        with open(fp, "w", encoding="utf-8") as f:
            f.write(html_code)
