"""A private PulseAudio with one null sink, for one test run (issue 11).

QMediaPlayer needs an audio output to play at all. CI machines have no sound card, so each
test run starts its own PulseAudio daemon in its own runtime folder, with a null sink that
plays in real time into nothing, and points the Pulse client library at it (PULSE_SERVER).
Two test runs on one machine each get their own daemon. The sink's monitor can be recorded,
so a test can check that sound really reached the output.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SINK = "helder_null"
READY_TIMEOUT_S = 60.0  # a busy machine may take a while to start the daemon


class NullSinkError(RuntimeError):
    """The private PulseAudio could not be started; the message says what was waited for."""


class NullSink:
    """A running private PulseAudio daemon with one null sink."""

    def __init__(self) -> None:
        if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
            raise NullSinkError(
                "pulseaudio and pactl are not installed (scripts/setup.sh installs "
                "pulseaudio and pulseaudio-utils)")
        self.folder = Path(tempfile.mkdtemp(prefix="helder-pulse-"))
        self.folder.chmod(0o700)
        self.socket = self.folder / "native"
        self.server = f"unix:{self.socket}"
        env = {**os.environ, "XDG_RUNTIME_DIR": str(self.folder), "HOME": str(self.folder),
               "XDG_CONFIG_HOME": str(self.folder / "config")}
        env.pop("PULSE_SERVER", None)
        self._log = (self.folder / "pulse.log").open("w")
        self.process = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disallow-exit", "--disable-shm",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
             f"--load=module-null-sink sink_name={SINK} rate=48000",
             "--load=module-always-sink"],
            env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready()

    def env(self) -> dict[str, str]:
        """Return the environment a client needs to play into this sink."""
        return {"PULSE_SERVER": self.server, "PULSE_SINK": SINK}

    def pactl(self, *args: str) -> str:
        """Run pactl against this daemon and return its output."""
        return subprocess.run(["pactl", f"--server={self.server}", *args], capture_output=True,
                              text=True, timeout=30, check=True).stdout

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if SINK in self.pactl("list", "short", "sinks"):
                    self.pactl("set-default-sink", SINK)
                    return
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                pass
            time.sleep(0.1)
        log = (self.folder / "pulse.log").read_text(errors="replace")[-1500:]
        self.stop()
        raise NullSinkError(
            f"waited {READY_TIMEOUT_S:.0f} s for PulseAudio to list the null sink "
            f"{SINK!r} at {self.server}; its log:\n{log}")

    def sink_inputs(self) -> int:
        """Return how many streams play into the sink now."""
        return len([line for line in self.pactl("list", "short", "sink-inputs").splitlines()
                    if line.strip()])

    def record(self) -> Recording:
        """Start recording what the sink plays (its monitor), as 16-bit mono."""
        return Recording(self)

    def stop(self) -> None:
        """End the daemon and remove its folder."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


class Recording:
    """What the null sink played, recorded from its monitor by parec."""

    RATE = 16000

    def __init__(self, sink: NullSink) -> None:
        self.path = sink.folder / f"monitor-{time.monotonic_ns()}.raw"
        self._file = self.path.open("wb")
        self.process = subprocess.Popen(
            ["parec", f"--server={sink.server}", f"--device={SINK}.monitor",
             "--format=s16le", f"--rate={self.RATE}", "--channels=1", "--raw",
             "--latency-msec=20"],
            stdout=self._file, stderr=subprocess.DEVNULL)

    def samples(self) -> array.array:
        """Return the samples recorded so far."""
        data = self.path.read_bytes()  # parec writes straight to the file
        samples = array.array("h")
        samples.frombytes(data[: len(data) // 2 * 2])
        return samples

    def mark(self) -> int:
        """Return a position in the recording, to look only at what comes after it."""
        return len(self.samples())

    def loud_ms(self, since: int = 0, threshold: int = 300) -> int:
        """Return how many milliseconds of the recording (after `since`) are not silence."""
        samples = self.samples()[since:]
        block = self.RATE // 100  # 10 ms
        loud = 0
        for start in range(0, len(samples) - block + 1, block):
            chunk = samples[start:start + block]
            if max(abs(min(chunk)), abs(max(chunk))) > threshold:
                loud += 10
        return loud

    def stop(self) -> None:
        """Stop recording."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self._file.close()
