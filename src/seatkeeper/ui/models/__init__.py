"""Qt models of Seatkeeper's window."""
