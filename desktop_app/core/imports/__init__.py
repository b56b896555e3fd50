"""Bringing other systems' articles into Redaksi's archive: WordPress (its REST API and its WXR
export file) and Markdown content folders (Pelican, Hugo, Jekyll).

Every source is read into :class:`~desktop_app.core.imports.posts.ImportedPost` values first;
one importer stores them, so a WordPress post and a Hugo page become articles the same way.
No Qt here.
"""
