"""Qt widgets of Seatkeeper's window."""
