"""The only package that imports PySide6: windows, models, wizards, dialogs."""
