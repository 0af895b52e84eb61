"""The frozen bundle's entry point: the same `helder` command as the wheel's script.

`helder --speech-child` (the speech engine's own process, reader.core.speech.engines.isolated) goes
through reader.__main__ as well, so the bundle needs no Python to start it.
"""

import sys

from reader.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
