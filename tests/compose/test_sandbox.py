"""A user's own template runs in Jinja's sandbox; whatever goes wrong in it is one message.

Through ``afterview plan --templates DIR`` as a user would run it: exit code 2,
one ``error:`` line naming the template, no traceback, and nothing run that a
template was not given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.cli import main

from conftest import EXAMPLES


def plan_with(tmp_path: Path, template: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "thank_you.j2").write_text(template + "\n", encoding="utf-8")
    code = main(["plan", str(EXAMPLES / "panel.toml"), "--templates", str(folder)])
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("error:")]
    assert len(errors) <= 1, captured.err  # one message, not a cascade
    return code, " ".join((captured.out + captured.err).split())


@pytest.mark.parametrize(
    "template",
    [
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ joiner.__init__.__globals__['__builtins__']['open']('PWNED', 'w') }}",
        "{{ interviewer.topics.append('x') }}",
        "{{ candidate.__dict__ }}",
    ],
)
def test_a_template_cannot_reach_out_of_its_values(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    template: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, text = plan_with(tmp_path, template, capsys)
    assert code == 2, text
    assert "thank_you.j2, line 1: the template tried something templates may not do" in text
    assert "Traceback" not in text
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    ("template", "says"),
    [
        ("{% for x in %}", "thank_you.j2:1: template syntax error"),
        ("{{ greeting }}\n{{ nothing_like_this }}", "line 2: 'nothing_like_this' is undefined"),
        ("{{ 1 / 0 }}", "line 1: the template failed: ZeroDivisionError"),
        ("{{ greeting | no_such_filter }}", "No filter named 'no_such_filter'"),
        ("{% include 'thank_you.j2' %}", "it includes or calls itself without end"),
        ("{{ 'x' * 100000000 }}", "a repeated text longer than a note"),
        ("{{ 2 ** 100000000 }}", "is larger than a note needs"),
        ("{% for i in range(99999) %}{{ greeting }}{% endfor %}", "writes more than 64 KB"),
        ("{{ range(10 ** 9) | list }}", "the template failed: OverflowError"),
    ],
)
def test_a_template_error_is_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str, says: str
) -> None:
    code, text = plan_with(tmp_path, template, capsys)
    assert code == 2, text
    assert says in text
    assert "Traceback" not in text


def test_a_good_template_still_renders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = plan_with(
        tmp_path, "{{ greeting }}\n\nThank you for {{ message.send_by | day }}.", capsys
    )
    assert code == 0, text
    assert "Dear Dr. Lambert," in text and "Thank you for Saturday 21 November." in text
