"""Spell checking in the article editor, one responsibility a module:

- :mod:`.controller`: :class:`~.controller.SpellCheckController`, the underlines (checked without
  making typing wait) and the context menu's suggestions, "Add to dictionary" and "Ignore";
- :mod:`.dictionary_dialog`: Edit ▸ Office Dictionary…, the office's shared word list;
- :mod:`.install`: :func:`~.install.install_spell_checking`, which puts it on the article editor.
"""
