"""Qt wizards of Seatkeeper's window."""
