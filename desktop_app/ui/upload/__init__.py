"""The last mile in the window: Website Settings ▸ Upload (``settings_page``), File ▸ Upload
Site… (``upload_dialog``), hooked into the main window by ``controller``."""
