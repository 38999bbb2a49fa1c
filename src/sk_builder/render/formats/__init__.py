"""The document formats, one module each: a Renderer subclass with one method per job kind."""
