"""Pure-Python heart of Decline Desk: no Qt here (a test walks the imports)."""
