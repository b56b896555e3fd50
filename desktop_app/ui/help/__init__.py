"""Help ▸ Guide, Help ▸ Keyboard Shortcuts, the About box and File ▸ Back Up Now."""
