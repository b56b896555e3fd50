"""WordPress: publishing approved articles to a live WordPress site through its REST API
(queued and retried), and reading a site's published posts for the import.

``client`` speaks HTTP (the standard library's ``urllib``, a timeout on every request);
``config`` keeps the site, the user and the application password; ``publish`` turns a
published snapshot into a post; ``outbox`` is the queue the workflow writes and a worker sends;
``rest_import`` reads posts as :class:`desktop_app.core.imports.posts.ImportedPost`.
"""
