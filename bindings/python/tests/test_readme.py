"""The READMEs' Python examples run as written: the package's and the project's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
READMES = [HERE.parents[1] / "README.md", HERE.parents[3] / "README.md"]


@pytest.mark.parametrize("readme", READMES, ids=["package README", "project README"])
def test_readme_example_runs(readme: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, f"{readme} has one Python example"
    exec(compile(blocks[0], str(readme), "exec"), {"__name__": "readme_example"})
