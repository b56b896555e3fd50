"""Qt-free use cases and pure functions. Never imports PySide6."""
