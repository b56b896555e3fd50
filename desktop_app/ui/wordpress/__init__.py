"""The window's WordPress parts: the settings page and the send queue's worker and status."""
