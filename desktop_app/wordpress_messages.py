"""WordPress's problems and states in plain, translated sentences, for the window and the
command line alike (:class:`desktop_app.core.wordpress.errors.WordPressError`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.wordpress.errors import WordPressError


def _tr(text: str) -> str:
    return QCoreApplication.translate("WordPress", text)


def permission_text(permission: str) -> str:
    texts = {
        "publish_posts": _tr("publish posts (the Author, Editor or Administrator role)"),
        "edit_posts": _tr("write posts (at least the Contributor role)"),
        "edit_others_posts": _tr("edit other people's posts (the Editor role)"),
        "upload_files": _tr("upload files to the media library (the Author role or higher)"),
        "manage_categories": _tr("create categories and tags (the Editor role)"),
        "assign_terms": _tr("give posts categories and tags"),
    }
    return texts.get(permission, permission)


def wordpress_error_text(exc: WordPressError, *, reading: bool = False) -> str:
    """``reading``: the problem came while importing from the site (nothing is retried by
    itself then: the person runs the import again)."""
    if reading and exc.code in ("offline", "timeout", "server_error", "rate_limited"):
        again = _tr(
            "What was imported before it stays; run the import again later to bring the rest "
            "(only what is new or changed is stored again)."
        )
        first = {
            "offline": _tr("The WordPress site cannot be reached (no connection?)."),
            "timeout": _tr("The WordPress site did not answer in time."),
            "server_error": _tr("The WordPress site had an error (HTTP {status})."),
            "rate_limited": _tr("The WordPress site asks to wait before more requests."),
        }[exc.code]
        return first.format(status=exc.status) + " " + again
    texts = {
        "offline": _tr("The WordPress site cannot be reached (no connection?). It is tried again later."),
        "timeout": _tr("The WordPress site did not answer in time. It is tried again later."),
        "server_error": _tr("The WordPress site had an error (HTTP {status}). It is tried again later."),
        "rate_limited": _tr("The WordPress site asks to wait before more requests. It is tried again later."),
        "bad_url": _tr("“{detail}” is not a web address (it should start with https://)."),
        "not_wordpress": _tr("The address answers, but it is not a WordPress site: {detail}"),
        "no_rest_api": _tr(
            "This WordPress site has its REST API switched off (a security plugin?); ask its "
            "administrator to allow /wp-json/ for logged-in users."
        ),
        "auth_failed": _tr(
            "WordPress refused the user name or the application password. Make a new application "
            "password in WordPress (Users ▸ Profile ▸ Application Passwords) and enter it here."
        ),
        "app_passwords_off": _tr(
            "This WordPress site does not allow application passwords (it needs https, or a "
            "plugin switched them off)."
        ),
        "rejected": _tr("WordPress refused what was sent: {detail}"),
        "too_large": _tr("The article is too large for the WordPress site ({detail}). Nothing was sent."),
        "upload_refused": _tr(
            "WordPress refused an image upload ({detail}). The article was not sent; nothing was changed."
        ),
        "not_found": _tr("The post is no longer on WordPress: {detail}"),
        "conflict": _tr(
            "The post was changed on WordPress since Redaksi last sent it. It was not overwritten: "
            "choose whether to send Redaksi's version over it."
        ),
        "not_configured": _tr(
            "WordPress is not set up on this computer (File ▸ Website Settings ▸ WordPress: the "
            "address, the user name and the application password)."
        ),
        "not_published": _tr("The article is not published: nothing is sent to WordPress."),
        "bad_answer": _tr("The WordPress site gave an answer that cannot be read ({detail})."),
    }
    if exc.code == "forbidden":
        if exc.permission:
            return _tr("The WordPress user may not do this: it needs the right to {0}.").format(
                permission_text(exc.permission)
            )
        return _tr("The WordPress user may not do this ({0}).").format(exc.detail)
    text = texts.get(exc.code, _tr("WordPress: {detail}"))
    return text.format(status=exc.status, detail=exc.detail or exc.code)


def send_state_text(state: str, operation: str) -> str:
    """What an article shows about its latest send."""
    if state == "pending":
        if operation == "unpublish":
            return _tr("Waiting to be taken off the website")
        return _tr("Waiting to send to the website")
    texts = {
        "done": _tr("Sent to the website") if operation == "publish" else _tr("Taken off the website"),
        "failed": _tr("Not sent to the website"),
        "conflict": _tr("Changed on the website: not sent"),
        "superseded": _tr("Replaced by a later send"),
    }
    return texts.get(state, state)


def send_record_text(action: str, note: str) -> str:
    """The note of a send's audit record in words ("post 12 on https://…: https://…/?p=12");
    any other record's note as it is."""
    from desktop_app.core.wordpress import send_records

    if action not in send_records.ACTIONS:
        return note
    sent = send_records.describe_note(note)
    if sent is None:
        return note
    if action == send_records.FAILED:
        reason = wordpress_error_text(
            WordPressError(sent.problem or "rejected", "", permission=sent.permission)
        )
        return _tr("Not sent to {0}: {1}").format(sent.site, reason)
    where = _tr("post {0} on {1}").format(sent.post_id, sent.site)
    return f"{where}: {sent.link}" if sent.link else where
