"""What the admin can do from the menus, toolbars and keyboard: action factories.

After Picard's ``ui/mainwindow/actions.py``: each module registers factories
that take the ``WindowContext`` and a parent widget and return their
actions with where they go in the menus; the main window only asks
``create_actions`` and lays the menus out. Nothing here imports the window.
"""
