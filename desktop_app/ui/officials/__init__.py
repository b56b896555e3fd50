"""The officials directory in the window: its dialog, the Insert Official popup, their actions."""
