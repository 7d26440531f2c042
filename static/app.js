// Small progressive enhancements; the pages work without them.
