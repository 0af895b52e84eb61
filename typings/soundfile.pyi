# soundfile annotates its functions but ships no py.typed; these are the ones Helder calls.
from typing import Any

import numpy.typing as npt

def read(file: str, frames: int = -1, start: int = 0, stop: int | None = None,
         dtype: str = "float64", always_2d: bool = False, fill_value: float | None = None,
         out: npt.NDArray[Any] | None = None, samplerate: int | None = None,
         channels: int | None = None, format: str | None = None, subtype: str | None = None,
         endian: str | None = None, closefd: bool = True) -> tuple[npt.NDArray[Any], int]: ...
def write(file: str, data: npt.ArrayLike, samplerate: int, subtype: str | None = None,
          endian: str | None = None, format: str | None = None, closefd: bool = True,
          compression_level: float | None = None,
          bitrate_mode: str | None = None) -> None: ...
def available_formats() -> dict[str, str]: ...
def available_subtypes(format: str | None = None) -> dict[str, str]: ...
