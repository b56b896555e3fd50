"""Images in the GUI: the image dialog, the media library and the controller that adds
images to the open article."""

from __future__ import annotations

from desktop_app.ui.media.controller import MediaController
from desktop_app.ui.media.image_dialog import ImageDialog
from desktop_app.ui.media.library_dialog import MediaLibraryDialog

__all__ = ["ImageDialog", "MediaController", "MediaLibraryDialog"]
