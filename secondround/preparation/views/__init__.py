"""Views of the preparation app, one module per area: examples, competencies, pitch, plan."""
