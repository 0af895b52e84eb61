"""Released library migrations never change: a user's old library upgrades as it always did."""

from __future__ import annotations

import hashlib

from reader.core.library.schema import MIGRATIONS

# SHA-256 of the SQL each released step runs, as released. A new step appends its own line.
RELEASED = (
    "36fd913b2e97a83994062df1cbd03c86b931ccb24f099f99a1a63f88997f66a7",
    "d995ef6eaf1ab9af9b0cb51daf9464baecb242cdfeb47025d758807e959898ae",
    "2e1d46d76f963c401dc4889c129707dfffef47a9a2cfff7871350bcecedff86a",
    "a8103ca848200549d3ef9ff74cff5a49e753221d67c94d31f3e4f28211fdb896",
    "dd53b9ce6fded25d545ec157ea9c233b8d8da6c64e192f31b276a56b6298ef50",
)


def test_released_migrations_run_the_sql_they_were_released_with() -> None:
    # SQLite keeps each CREATE text in the file, so even white space must stay as released.
    ran = tuple(hashlib.sha256(step.encode()).hexdigest() for step in MIGRATIONS)
    assert ran[: len(RELEASED)] == RELEASED
