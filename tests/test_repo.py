"""The README's two commands are what a new user and CI run: keep them honest."""

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_readme_starts_with_setup_and_test_commands():
    setup, test = readme_commands()[:2]
    assert "pip install" in setup and "articlextract examples/" in setup
    assert "pytest" in test
    for path in re.findall(r"examples/\S+", setup):
        assert (ROOT / path).is_file(), path


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test = readme_commands()[1]
    assert f'TEST_COMMAND="{test}"' in ci
