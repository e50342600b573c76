"""Papermill's nbclient engine, writing the executed notebook once instead of twice per cell.

Papermill saves the whole notebook before and after every cell: validated, indented JSON that
grows with each chart (5–11 ms a write for a report of 250 KB–1 MB), some thirty writes a
notebook, for a reader watching the file that a batch run does not have. This engine skips those
two writes. What a failed run needs is still written: papermill's engine calls
``notebook_complete`` in a ``finally`` (a cell error, a timeout, a dead kernel), which saves the
notebook as far as it ran, and its autosave during a long cell (every 30 s) stays.
"""

from __future__ import annotations

from contextlib import contextmanager

from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines

NAME = "counterpart"


class _OneWriteManager(NotebookExecutionManager):
    """Saves only at the end, on an exception and from papermill's long-cell autosave."""

    _quiet = False

    def save(self, **kwargs):
        if self._quiet:
            self.last_save_time = self.now()  # what papermill's autosave counts from
            return
        super().save(**kwargs)

    @contextmanager
    def _unsaved(self):
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def cell_start(self, cell, cell_index=None, **kwargs):
        with self._unsaved():
            super().cell_start(cell, cell_index, **kwargs)

    def cell_complete(self, cell, cell_index=None, **kwargs):
        with self._unsaved():
            super().cell_complete(cell, cell_index, **kwargs)


class OneWriteEngine(NBClientEngine):
    @classmethod
    def execute_notebook(
        cls,
        nb,
        kernel_name,
        output_path=None,
        progress_bar=True,
        log_output=False,
        autosave_cell_every=30,
        **kwargs,
    ):
        # papermill's Engine.execute_notebook, with the manager above
        nb_man = _OneWriteManager(
            nb,
            output_path=output_path,
            progress_bar=progress_bar,
            log_output=log_output,
            autosave_cell_every=autosave_cell_every,
        )
        nb_man.notebook_start()
        try:
            cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
        finally:
            nb_man.cleanup_pbar()
            nb_man.notebook_complete()
        return nb_man.nb


papermill_engines.register(NAME, OneWriteEngine)
