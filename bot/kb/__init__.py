"""The knowledge layer: YAML files validated into typed entities and linked into one knowledge base.

Imports nothing else of the project."""
