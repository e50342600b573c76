"""Fresh kernels without the start-up bill: fork each one from a warm, idle template process.

Starting a Python kernel and importing pandas and matplotlib in it costs about two seconds of CPU
per notebook, more than most report notebooks spend on their own code. A *kernel template* is a
process that has imported those libraries once and then only waits; for every notebook it forks a
child that becomes an ordinary ipykernel (``IPKernelApp``) on the connection file jupyter_client
wrote. Each notebook still gets its own new process with an empty namespace — nothing a notebook
does can reach the next one — only the import work is shared, copy-on-write.

The template holds no ZeroMQ context, no event loop and no threads (BLAS is kept single-threaded),
which is what makes ``fork`` safe here. jupyter_client drives the child through
:class:`ForkKernelManager`, so papermill and nbclient see a normal kernel: interrupts, shutdown and
"kernel died" detection work as usual. The child takes the environment the kernel manager hands
it (the caller's environment at that moment plus the kernelspec's ``env``), as a fresh kernel
would, not the one the template started with: only what the warm modules read while being
imported is fixed in the template. ``fresh`` kernels (a new ``python -m ipykernel_launcher``
each time, as papermill does by default) stay available for comparison and as a fallback.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from traitlets import CaselessStrEnum, default

from .manifest import KERNEL_MODES

# Imported once in the template; every report notebook needs them.
WARM_MODULES = (
    "numpy",
    "pandas",
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.dates",
    "IPython",
    "IPython.display",
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "matplotlib_inline.backend_inline",
    "counterpart.reports.report",
    "counterpart.reports.sections",
    "counterpart.reports.charts",
)


class KernelStartError(RuntimeError):
    """The kernel template could not start or fork a kernel: a machine fault, worth a retry."""


class KernelTemplate:
    """A warm process that forks kernels on request (one per worker; dies with it)."""

    def __init__(self) -> None:
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "counterpart.runner.kernels"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            text=True,
            bufsize=1,
        )
        self._lock = threading.Lock()
        ready = self._proc.stdout.readline()
        if ready.strip() != "ready":
            raise KernelStartError(f"kernel template did not start (said {ready!r})")

    def fork(self, connection_file: str, argv: list[str], cwd: str | None, env: dict) -> int:
        """Start one kernel on ``connection_file``; return its pid."""
        request = {"connection_file": connection_file, "argv": argv, "cwd": cwd, "env": env}
        with self._lock:
            try:
                self._proc.stdin.write(json.dumps(request) + "\n")
                self._proc.stdin.flush()
                reply = self._proc.stdout.readline()
            except OSError as exc:  # the template died between two notebooks
                raise KernelStartError(f"kernel template is gone ({exc})") from exc
        if not reply:
            raise KernelStartError("kernel template exited")
        return int(json.loads(reply)["pid"])

    def alive(self) -> bool:
        return self._proc.poll() is None

    def close(self) -> None:
        if self._proc.poll() is None:
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()


_template: KernelTemplate | None = None


def kernel_template() -> KernelTemplate:
    """This process's kernel template, started on first use (and again if it died)."""
    global _template
    if _template is None or not _template.alive():
        _template = KernelTemplate()
    return _template


class _ForkedProcess:
    """The bits of ``subprocess.Popen`` that LocalProvisioner uses, for a kernel we did not spawn.

    The template reaps its children itself, so a finished kernel simply stops existing."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self.stdin = self.stdout = self.stderr = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -1
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        try:
            os.kill(self.pid, signum)
        except ProcessLookupError:
            pass

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class ForkProvisioner(LocalProvisioner):
    """LocalProvisioner whose ``launch_kernel`` forks from the kernel template instead of Popen."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        # cmd is the kernelspec's argv: [python, -m, ipykernel_launcher, -f, FILE, *extra]
        args = cmd[cmd.index("-f") + 2 :] if "-f" in cmd else []
        env = dict(kwargs.get("env") or os.environ)  # the caller's, with the kernelspec's env
        cwd = kwargs.get("cwd") or os.getcwd()  # papermill runs with the notebook's folder as cwd
        pid = kernel_template().fork(self.parent.connection_file, args, cwd, env)
        self.process = _ForkedProcess(pid)
        self.pid = self.pgid = pid  # the child starts its own session
        self.cwd = cwd
        return self.connection_info


class FreshKernelManager(AsyncKernelManager):
    """A new ``python -m ipykernel_launcher`` per notebook, talking over IPC sockets.

    Local kernels use IPC (socket files in the Jupyter runtime folder) rather than loopback TCP:
    no other user of the machine can connect, and ipykernel has no unencrypted port to warn of.
    That includes the kernel's internal IOPub pipe (see :func:`private_iopub_pipe`), which is why
    the kernel is started through this module rather than ``ipykernel_launcher`` itself."""

    transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        cmd = super().format_kernel_cmd(extra_arguments)
        if self.transport == "ipc" and cmd[1:3] == ["-m", "ipykernel_launcher"]:
            cmd[1:3] = ["-m", "counterpart.runner.kernels", "--kernel"]
        return cmd

    @default("ip")
    def _default_ip(self) -> str:
        if self.transport != "ipc":
            return "127.0.0.1"
        from jupyter_core.paths import jupyter_runtime_dir

        runtime = jupyter_runtime_dir()
        os.makedirs(runtime, exist_ok=True)
        return os.path.join(runtime, f"counterpart-{os.getpid()}-{_new_id()[:12]}")


class ForkKernelManager(FreshKernelManager):
    """The same, with each kernel forked from :func:`kernel_template`."""

    async def _async_pre_start_kernel(self, **kw: Any):
        if self.provisioner is None:
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", None) or _new_id()
            self.provisioner = ForkProvisioner(
                kernel_id=self.kernel_id,
                kernel_spec=self.kernel_spec,
                parent=self,
            )
        return await super()._async_pre_start_kernel(**kw)


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def kernel_manager_class(mode: str) -> type[AsyncKernelManager]:
    """The kernel manager papermill should use: ``fork`` (warm template) or ``fresh``."""
    if mode not in KERNEL_MODES:
        raise ValueError(f"unknown kernel mode {mode!r}. Valid modes: {', '.join(KERNEL_MODES)}")
    return ForkKernelManager if mode == "fork" else FreshKernelManager


# --- the template process itself -------------------------------------------------------------


def _serve() -> None:
    """Import the warm modules, then fork one kernel per request line read from stdin."""
    import importlib

    from .lifeline import die_with_parent

    die_with_parent()  # the worker's child: goes when the worker goes, even after kill -9
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    for name in WARM_MODULES:
        importlib.import_module(name)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel itself
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _become_kernel(request)  # never returns
        out.write(json.dumps({"pid": pid}) + "\n")
        out.flush()


def private_iopub_pipe() -> None:
    """Make ipykernel's IOPub pipe (output of processes a notebook forks) an IPC socket.

    ipykernel binds that pipe to a random loopback TCP port, which any local user can reach; here
    it is a socket file in the user's private Jupyter runtime folder instead."""
    import zmq
    from ipykernel import iostream
    from jupyter_core.paths import jupyter_runtime_dir
    from zmq.eventloop.zmqstream import ZMQStream

    def setup_pipe_in(self) -> None:
        self._pipe_uuid = os.urandom(16)
        pipe_in = self.socket.context.socket(zmq.PULL)
        pipe_in.linger = 0
        runtime = jupyter_runtime_dir()
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        self._pipe_address = f"ipc://{runtime}/counterpart-pipe-{os.getpid()}-{_new_id()[:12]}"
        pipe_in.bind(self._pipe_address)
        self._pipe_in = ZMQStream(pipe_in, self.io_loop)
        self._pipe_in.on_recv(self._handle_pipe_msg)

    def setup_pipe_out(self):
        ctx = zmq.Context()
        pipe_out = ctx.socket(zmq.PUSH)
        pipe_out.linger = 3000
        pipe_out.connect(self._pipe_address)
        return ctx, pipe_out

    iostream.IOPubThread._setup_pipe_in = setup_pipe_in
    iostream.IOPubThread._setup_pipe_out = setup_pipe_out


def _become_kernel(request: dict) -> None:
    from .lifeline import die_with_parent

    code = 1
    try:
        os.setsid()
        die_with_parent()  # the template's child: goes when the template goes
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.environ.clear()  # exactly the environment a fresh kernel would get
        os.environ.update(request["env"])
        os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
        time.tzset()  # TZ may differ from the template's
        if request.get("cwd"):
            os.chdir(request["cwd"])
            sys.path.insert(0, "")
        from ipykernel.kernelapp import IPKernelApp

        private_iopub_pipe()
        app = IPKernelApp.instance()
        app.initialize(["-f", request["connection_file"], *request.get("argv", [])])
        app.start()
        code = 0
    finally:
        os._exit(code)


def _launch_kernel(argv: list[str]) -> None:
    """``python -m counterpart.runner.kernels --kernel -f FILE``: ipykernel_launcher, private."""
    from ipykernel.kernelapp import launch_new_instance

    if "" in sys.path:
        sys.path.remove("")
    private_iopub_pipe()
    launch_new_instance(argv)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--kernel"]:
        _launch_kernel(sys.argv[2:])
    else:
        _serve()
