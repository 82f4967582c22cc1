"""One module per command, as MkDocs does; ``cli.py`` only registers them."""
