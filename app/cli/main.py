"""The `declinedesk` command's start: reads the arguments, then runs a command (app.cli.commands)
or opens the window (app.ui.application). It imports neither before it knows which one is asked
for, and never imports Qt for a command."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from app import TYPE_CHECKING
from app.cli import EXIT_UNUSABLE, arguments

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any


def main(argv: Sequence[str] | None = None) -> int:
    # Starting makes tens of thousands of objects that live as long as the process (modules, the
    # catalogue's lists, Qt's wrappers): the garbage collector would walk them again and again
    # while they are made: 21 times in an `explain` (about 2.5 ms), a quarter of a check-reply
    # of 0.9 MB (the guard's tables). A command makes no cycles worth collecting (peak memory
    # the same with it off for those and 1 MB pastes), so it runs without it; the window turns
    # it on once it is on screen. Restored after, for a caller in the same process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _start(sys.argv[1:] if argv is None else argv)
    finally:
        if argv is None:
            # The process's own command line (the `declinedesk` script, `python -m app`): it
            # ends next, and Python's last collection would walk every object made (about 4 ms
            # of an `explain`) to free memory the system takes back at once. A caller that
            # passes arguments (a test) keeps its collector as it was.
            gc.freeze()
        if collecting:
            gc.enable()


def _start(given: Sequence[str]) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console without UTF-8 must not crash us
    words, window_file = arguments.take_window_file(list(given), arguments.COMMANDS)
    # The quick path's SimpleNamespace has the same attributes as the parser's Namespace.
    args: Any = (
        arguments.quick_explain(words)
        or arguments.quick_window(words)
        or arguments.parser().parse_args(words)
    )
    if args.command is not None:
        from app.cli import commands

        return commands.run(args)
    if not args.copy_reply:
        return _run_window(args.smoke_test, args.data_dir, window_file)
    if args.smoke_test or window_file is not None:
        from app.cli.words import translate

        print(translate("Cli", "--copy-reply takes no FILE and no --smoke-test."), file=sys.stderr)
        return EXIT_UNUSABLE
    return _run_window(False, args.data_dir, None, copy_reply=True)


def _run_window(
    smoke_test: bool, data_dir: Path | None, paste_file: Path | None, copy_reply: bool = False
) -> int:
    if not smoke_test:  # one window per data folder: an open one takes FILE or --copy-reply
        from app.agent.single_instance import hand_to_window

        handled = hand_to_window(data_dir, paste_file, copy_reply)
        if handled is not None:
            return handled

    # Off while the window's 35,000 lasting objects are made (main turns it off; a test calls
    # this alone). It runs again once the window is on screen, with the objects made so far set
    # aside for good (gc.freeze).
    gc.disable()
    from app.ui.application import run  # Qt is imported only when a window is wanted

    status = run(
        smoke_test=smoke_test,
        data_dir=data_dir,
        paste_file=paste_file,
        started=_collect_from_now_on,
        copy_reply=copy_reply,
    )
    # The process ends next. Python's last collections would walk every object again (about
    # 15 ms) only to free memory the system takes back at once; frozen, they are skipped. What
    # must be written (user.db, settings) is closed by now: nothing waits on a collection.
    gc.freeze()
    return status


def _collect_from_now_on() -> None:
    gc.freeze()
    gc.enable()
