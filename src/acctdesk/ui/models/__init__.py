"""Qt table models for the views."""
