"""File ▸ Import ▸ From WordPress Export (WXR)… and From Markdown Folder…, File ▸ Export ▸ To
Markdown Folder… (``controller.py``; the report in ``report_dialog.py``); ``background.py`` holds
what they share with File ▸ Import Word Document…."""
