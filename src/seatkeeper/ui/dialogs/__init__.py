"""Qt dialogs of Seatkeeper's window."""
