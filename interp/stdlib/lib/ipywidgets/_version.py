# This file holds adder's ipywidgets version numbers: the Python package it
# stands in for, the widget messaging protocol it speaks, and the
# frontend packages whose models it creates.

__version__ = "8.1.5"
version_info = (8, 1, 5, "final", 0)

__protocol_version__ = "2.1.0"
__control_protocol_version__ = "1.0.0"
__jupyter_widgets_base_version__ = "2.0.0"
__jupyter_widgets_controls_version__ = "2.0.0"
__jupyter_widgets_output_version__ = "1.0.0"
