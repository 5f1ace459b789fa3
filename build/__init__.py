"""Build-time tools: the catalogue builder and the PyInstaller spec. Never shipped."""
