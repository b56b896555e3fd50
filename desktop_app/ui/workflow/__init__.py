"""The editorial workflow in the window: status header (``header``), review comments
(``review``), history (``history``), people (``people_dialogs``), wired by ``host``.

Nothing is imported here: the headline list needs only ``labels`` before the first paint.
"""
