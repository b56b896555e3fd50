"""WordPress's post HTML made ready for conversion: block comments, shortcodes, paragraphs."""

from __future__ import annotations

from desktop_app.core.html_markdown import html_to_markdown
from desktop_app.core.imports.wordpress_html import expand_galleries, prepare_wordpress_html


def _markdown(content: str) -> str:
    return html_to_markdown(prepare_wordpress_html(content).html, keep_linked_images=True).markdown


def test_media_shortcodes_and_embeds_become_links():
    text = _markdown(
        '[video width="640" mp4="https://x.id/v.mp4"][/video]\n\n[audio mp3="https://x.id/a.mp3"]\n\n'
        '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n\nhttps://twitter.com/kominfo/status/1\n\n'
        '[playlist ids="1,2"]'
    )
    for url in ("https://x.id/v.mp4", "https://x.id/a.mp3", "https://www.youtube.com/embed/abc"):
        assert f"({url})" in text or f"<{url}>" in text
    assert "twitter.com/kominfo/status/1" in text
    assert "playlist" not in text
    assert "[video" not in text
    assert "[audio" not in text


def test_plugin_shortcodes_keep_their_words_and_are_named():
    prepared = prepare_wordpress_html(
        '[su_box title="Info"][su_note]Kantor tutup[/su_note][/su_box] [contact-form-7 id="5"]'
    )
    assert "Kantor tutup" in prepared.html
    assert "[" not in prepared.html
    assert prepared.shortcodes == ["su_box", "su_note", "contact-form-7"]


def test_paragraphs_from_blank_lines_but_pre_blocks_kept_and_more_tag_removed():
    prepared = prepare_wordpress_html("Satu\nbaris\n\n<!--more-->\n\nDua\n\n<pre>a\n\nb</pre>")
    assert prepared.html.startswith("<p>Satu<br>\nbaris</p>")
    assert "<p>Dua</p>" in prepared.html
    assert "<pre>a\n\nb</pre>" in prepared.html
    assert "more" not in prepared.html


def test_gallery_of_unknown_attachments_is_dropped_and_counted():
    content = expand_galleries('[gallery ids="7,8"]', lambda _id: None)
    prepared = prepare_wordpress_html(content)
    assert prepared.galleries_dropped == 1
    assert "gallery" not in prepared.html


def test_block_editor_image_with_caption_keeps_the_caption_for_the_library():
    prepared = prepare_wordpress_html(
        '<!-- wp:image {"id":9} --><figure class="wp-block-image"><a href="https://x.id/besar.jpg">'
        '<img src="https://x.id/kecil.jpg" alt="Rapat"/></a><figcaption>Rapat <em>pleno</em></figcaption>'
        "</figure><!-- /wp:image -->"
    )
    assert prepared.captions == {"https://x.id/kecil.jpg": "Rapat pleno"}
    assert prepared.full_size == {"https://x.id/kecil.jpg": "https://x.id/besar.jpg"}
    assert "wp:image" not in prepared.html
    assert "figcaption" not in prepared.html
