"""Reading the source tree: YAML files with positions, validated into the model."""
