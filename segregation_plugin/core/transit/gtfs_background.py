"""stop_times.txt read in the background while the other files of the feed are read.

A national feed's stop_times.txt takes most of the reading time, and most of that is
decompressing and numpy work, which let go of Python's lock; stops, routes, trips and the
calendars are read meanwhile. Progress and Cancel stay with the caller's thread: the
background reports each block it has read, and the caller, when it asks for the result,
passes the progress on and checks for Cancel once per block (so the checks come in the
same order every time). Abandoning the reading (an error in another file, or Cancel)
stops the background at its next block, before the feed's files are closed.
"""

from __future__ import annotations

import queue
import threading

from ..common.dependencies import require
from ..common.errors import Cancelled
from ..common.progress import Progress
from .gtfs_stop_times_read import read_stop_times
from .gtfs_tables import FeedFiles

_DONE = object()


class StopTimesReading:
    """Starts reading stop_times.txt of ``source`` at once; :meth:`result` gives the frame
    (or None: not plain, see ``gtfs_stop_times_read``)."""

    def __init__(self, source: FeedFiles):
        for name in ("numpy", "pandas"):  # imported here first: never by two threads at once
            require(name)
        self._steps = queue.Queue()
        self._abandon = threading.Event()
        self._frame = None
        self._error = None
        progress = Progress(self._steps.put, self._abandon.is_set)
        self._thread = threading.Thread(target=self._read, args=(source, progress), daemon=True)
        self._thread.start()

    def _read(self, source, progress) -> None:
        try:
            self._frame = read_stop_times(source, progress)
        except BaseException as exc:  # handed to the caller's thread
            self._error = exc
        finally:
            self._steps.put(_DONE)

    def result(self, progress: Progress):
        """Wait for the frame, passing each block's progress on and checking Cancel."""
        try:
            while True:
                step = self._steps.get()
                if step is _DONE:
                    break
                progress.set(step)
                progress.check()
        except BaseException:
            self.abandon()
            raise
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._frame

    def abandon(self) -> None:
        """Stop the background reading (at its next block) and wait for it."""
        self._abandon.set()
        self._thread.join()
        if isinstance(self._error, Cancelled):
            self._error = None
