package pysession

// This file checks adder's widget models against the ipywidgets 8
// model-state specification (testdata/widget_spec.json, made by
// testdata/gen_widget_spec.py): every registered model must have exactly
// the specified attributes with the specified defaults, since a frontend
// fails silently on a missing attribute or a wrong default.

import (
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// widgetSpecSource prints, as JSON, each registered widget class's synced
// attributes and their class defaults in the specification's notation:
// "reference to new instance" for a sub-widget made per instance, the
// repr of bytes, lists for tuples.
const widgetSpecSource = `
import json
import ipywidgets
from ipywidgets.widgets.widget import Widget
from traitlets import Container, Dict, Instance, Undefined

def spec_default(trait):
    if isinstance(trait, Instance) and not isinstance(trait, (Container, Dict)):
        klass = trait._klass()
        if isinstance(klass, type) and issubclass(klass, Widget) and trait.default_value is Undefined:
            return "reference to new instance"
    value = trait.default()
    if isinstance(value, bytes):
        return repr(value)
    return json.loads(json.dumps(value))

# Each model made with no arguments (the few that need some get the
# smallest valid ones): the keys of its state as the frontend gets it.
needs = {"SelectionSliderModel": dict(options=["a"]), "SelectionRangeSliderModel": dict(options=["a"])}
made = {}
for key, cls in Widget._widget_types.items():
    name = key[2]
    if name in ("LinkModel", "DirectionalLinkModel"):
        a, b = ipywidgets.IntText(), ipywidgets.IntText()
        w = cls((a, "value"), (b, "value"))
    else:
        w = cls(**needs.get(name, {}))
    made[name] = sorted(json.loads(json.dumps(w.get_state(), default=repr)))

models = {}
for key, cls in Widget._widget_types.items():
    models[key[2]] = {name: spec_default(t) for name, t in cls.class_traits(sync=True).items()}
print(json.dumps({"models": models, "made": made}))
`

func TestWidgetModelsMatchTheSpec(t *testing.T) {
	raw, err := os.ReadFile("testdata/widget_spec.json")
	require.NoError(t, err)
	var spec struct {
		Models map[string]map[string]any `json:"models"`
	}
	require.NoError(t, json.Unmarshal(raw, &spec))

	s := newSession(t)
	out := newRecorder()
	res := run(t, s, 1, widgetSpecSource, out)
	require.Equal(t, "ok", res.Status, "%s: %s", res.EName, res.EValue)
	var got struct {
		Models map[string]map[string]any `json:"models"`
		Made   map[string][]string       `json:"made"`
	}
	require.NoError(t, json.Unmarshal([]byte(out.streams["stdout"]), &got))
	ours := got.Models

	var names []string
	for name := range ours {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want, ok := spec.Models[name]
		if !assert.True(t, ok, "%s is not in the specification", name) {
			continue
		}
		assert.Equal(t, want, ours[name], name)
		var keys []string
		for k := range want {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		assert.Equal(t, keys, got.Made[name], "the state of a new %s", name)
	}

	// The models the brief asks for are all there.
	for _, name := range []string{
		"LayoutModel", "DescriptionStyleModel", "SliderStyleModel", "ProgressStyleModel", "ButtonStyleModel",
		"CheckboxStyleModel", "ToggleButtonStyleModel", "ToggleButtonsStyleModel", "TextStyleModel", "HTMLStyleModel",
		"HTMLMathStyleModel", "LabelStyleModel", "IntSliderModel", "FloatSliderModel", "IntRangeSliderModel",
		"FloatRangeSliderModel", "FloatLogSliderModel", "IntProgressModel", "FloatProgressModel", "IntTextModel",
		"FloatTextModel", "BoundedIntTextModel", "BoundedFloatTextModel", "TextModel", "TextareaModel",
		"PasswordModel", "ComboboxModel", "CheckboxModel", "ToggleButtonModel", "ValidModel", "DropdownModel",
		"RadioButtonsModel", "SelectModel", "SelectMultipleModel", "ToggleButtonsModel", "SelectionSliderModel",
		"SelectionRangeSliderModel", "ButtonModel", "HTMLModel", "HTMLMathModel", "LabelModel", "ImageModel",
		"AudioModel", "VideoModel", "ColorPickerModel", "DatePickerModel", "BoxModel", "HBoxModel", "VBoxModel",
		"GridBoxModel", "TabModel", "AccordionModel", "StackModel", "OutputModel", "PlayModel", "LinkModel",
		"DirectionalLinkModel", "DatetimeModel", "NaiveDatetimeModel", "TimeModel", "TagsInputModel",
		"ColorsInputModel", "IntsInputModel", "FloatsInputModel", "FileUploadModel", "ControllerModel",
		"ControllerButtonModel", "ControllerAxisModel",
	} {
		assert.Contains(t, ours, name)
	}
}
