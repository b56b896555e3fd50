"""Storage layer of Redaksi: peewee models, connection, migrations, search, backup.

Knows nothing of the application above it and never imports Qt.
"""
