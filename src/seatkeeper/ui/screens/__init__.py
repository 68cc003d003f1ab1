"""The main window's screens, one module each; SCREENS lists them in order."""
