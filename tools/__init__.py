"""Development tools: the translation catalogue (not shipped with the app)."""
