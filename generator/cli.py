"""The command line: a thin layer over the pipeline. Exit 0 ok, 1 a source failed, 2 usage."""

from __future__ import annotations

import click

from . import __version__
from .commands.bench import bench
from .commands.build import build, generate, serve
from .commands.check import check
from .commands.extract import extract


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefsite")
def main() -> None:
    """Turn collected sources (page dumps, HTML, Markdown) into briefs and a static site."""


main.add_command(extract)
main.add_command(check)
main.add_command(bench)
main.add_command(generate)
main.add_command(build)
main.add_command(serve)
