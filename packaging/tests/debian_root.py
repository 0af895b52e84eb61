"""A fresh Debian 12 root for installing the .deb: debootstrap minbase, cached as a tarball.

Each test unpacks the cached tarball into its own folder and runs commands there with chroot
inside a private mount namespace (`unshare -m`), so nothing of the host shows inside but the
folders a test binds in on purpose. Needs root, debootstrap and the Debian mirror.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shlex
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

SUITE = "bookworm"
MIRROR = os.environ.get("HELDER_DEBIAN_MIRROR", "http://deb.debian.org/debian")
CACHE = Path(os.environ.get("HELDER_PACKAGE_CACHE",
                            Path.home() / ".cache" / "helder-package-test"))
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


@contextmanager
def _locked(name: str) -> Iterator[None]:
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / name, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def pristine_tarball() -> Path:
    """Return the cached minbase tarball, making it once with debootstrap (a few minutes)."""
    key = hashlib.sha1(f"{SUITE} minbase {MIRROR}".encode()).hexdigest()[:12]
    tarball = CACHE / f"debian12-minbase-{key}.tar"
    with _locked(f".lock-{key}"):
        if tarball.exists():
            return tarball
        build = CACHE / f"build-{key}"
        subprocess.run(["rm", "-rf", str(build)], check=True)
        log = CACHE / f"debootstrap-{key}.log"
        with open(log, "w") as out:
            done = subprocess.run(["debootstrap", "--variant=minbase", SUITE, str(build), MIRROR],
                                  stdout=out, stderr=subprocess.STDOUT, timeout=1800)
        if done.returncode != 0:
            raise RuntimeError(f"debootstrap failed; see {log}")
        partial = tarball.with_suffix(".partial")
        subprocess.run(["tar", "-C", str(build), "--numeric-owner", "-cf", str(partial), "."],
                       check=True)
        partial.rename(tarball)
        subprocess.run(["rm", "-rf", str(build)], check=True)
    return tarball


def fresh_root(folder: Path) -> Path:
    """Unpack a fresh Debian 12 minbase root into `folder`/root and return it."""
    root = folder / "root"
    root.mkdir()
    subprocess.run(["tar", "-C", str(root), "--numeric-owner", "-xpf", str(pristine_tarball())],
                   check=True)
    (root / "etc" / "resolv.conf").unlink(missing_ok=True)
    (root / "etc" / "resolv.conf").write_bytes(Path("/etc/resolv.conf").read_bytes())
    (root / "etc" / "apt" / "sources.list").write_text(
        f"deb {MIRROR} {SUITE} main\ndeb {MIRROR} {SUITE}-updates main\n"
        f"deb http://deb.debian.org/debian-security {SUITE}-security main\n")
    return root


def chroot_command(root: Path, command: str, binds: Sequence[Path] = (),
                   env: Mapping[str, str] | None = None) -> list[str]:
    """Return a host command that runs `command` (sh) in `root` in a private mount namespace.

    /proc, /dev and /sys are mounted for it, the apt caches are shared between runs, and each
    folder in `binds` appears at the same path inside. The environment is only what is given.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "apt-archives" / "partial").mkdir(parents=True, exist_ok=True)
    (CACHE / "apt-lists" / "partial").mkdir(parents=True, exist_ok=True)
    mounts = [
        ("proc", "mount -t proc proc {r}/proc"),
        ("dev", "mount --rbind /dev {r}/dev"),
        ("sys", "mount --rbind /sys {r}/sys"),
    ]
    lines = ["set -e", f"r={shlex.quote(str(root))}"]
    lines += [template.format(r="$r") for _, template in mounts]
    shared = [(CACHE / "apt-archives", "/var/cache/apt/archives"),
              (CACHE / "apt-lists", "/var/lib/apt/lists")]
    shared += [(path, str(path)) for path in binds]
    for source, target in shared:
        inside = shlex.quote(target)
        lines.append(f"mkdir -p $r{inside} && mount --bind {shlex.quote(str(source))} $r{inside}")
    variables = {"PATH": PATH, "HOME": "/root", "LANG": "C.UTF-8", **(env or {})}
    assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in variables.items())
    lines.append(f"exec chroot $r /usr/bin/env -i {assignments} /bin/sh -c {shlex.quote(command)}")
    return ["unshare", "--mount", "--propagation", "private", "--", "/bin/bash", "-c",
            "\n".join(lines)]


def run_in_root(root: Path, command: str, binds: Sequence[Path] = (),
                env: Mapping[str, str] | None = None,
                timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run `command` in `root`; return what it printed (never raises on failure)."""
    return subprocess.run(chroot_command(root, command, binds, env), capture_output=True,
                          text=True, timeout=timeout)


def apt_install(root: Path, args: str, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    """Run `apt-get update` and `apt-get install -y ARGS` in `root` (apt caches shared, locked)."""
    with _locked(".apt-lock"):
        return run_in_root(
            root, "apt-get -qq update && DEBIAN_FRONTEND=noninteractive "
                  f"apt-get install -y -q {args}", timeout=timeout)
