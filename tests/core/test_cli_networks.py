"""The command line with the models beyond the lesson's neuron: their flags, their output,
their parameters' files, the gradient check, predictions, scripts and sessions, and one
clear line for each kind of bad input."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys

import pytest
from net_reference import Net, train

from gdviz.cli import main
from gdviz.core.io.session import load_session
from gdviz.core.train.data import load_builtin


def gdviz(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "gdviz", *args], capture_output=True, text=True, timeout=180, cwd=cwd
    )


def final_parameters(stdout):
    lines = stdout.splitlines()
    start = lines.index("Final parameters:")
    pairs = [line.split(" = ") for line in lines[start + 1 :] if " = " in line]
    return {name: float(value) for name, value in pairs}


def test_a_hidden_layer_prints_every_parameter_as_the_rule_trains_it(capsys):
    code = main(["train", "--dataset", "xor", "--hidden", "3", "--activation", "tanh",
                 "--epochs", "40", "--log-every", "20", "--init-seed", "4"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    data = load_builtin("xor")
    rows = [data.inputs_of(i) for i in range(len(data))]
    history = train(Net(2, 3, "tanh", seed=4), rows, 0.1, 40)
    assert out.splitlines()[:2] == [
        f"Epoch 0, Loss: {history[0][0]:.4f}",
        f"Epoch 20, Loss: {history[20][0]:.4f}",
    ]
    got = final_parameters(out)
    names = [f"W1[{j}][{i}]" for j in range(3) for i in range(2)]
    names += [f"b1[{j}]" for j in range(3)] + [f"w2[{j}]" for j in range(3)] + ["b2"]
    assert list(got) == names
    assert list(got.values()) == history[-1][1]  # repr: the same doubles
    assert "Final weight" not in out


def test_two_inputs_without_a_hidden_layer(capsys):
    assert main(["train", "--dataset", "hours-sleep", "--epochs", "30"]) == 0
    got = final_parameters(capsys.readouterr().out)
    data = load_builtin("hours-sleep")
    rows = [data.inputs_of(i) for i in range(len(data))]
    assert list(got) == ["w[0]", "w[1]", "b"]
    assert list(got.values()) == train(Net(2, 0), rows, 0.1, 30)[-1][1]


def test_two_x_columns_of_a_file(tmp_path, capsys):
    path = tmp_path / "two.csv"
    path.write_text("name,hours,sleep,passed\na,1,7,0\nb,2,,0\nc,3,8,1\nd,5,6,1\n")
    code = main(["train", "--data", str(path), "--x", "hours", "--x", "sleep", "--y", "passed",
                 "--epochs", "5"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    assert "skipped 1 row with a missing value (line 3)" in captured.err
    rows = [((1.0, 7.0), 0.0), ((3.0, 8.0), 1.0), ((5.0, 6.0), 1.0)]
    assert list(final_parameters(captured.out).values()) == train(Net(2, 0), rows, 0.1, 5)[-1][1]


def test_parameters_out_and_in_continue_a_run_exactly(tmp_path, capsys):
    out = tmp_path / "p.json"
    base = ["train", "--dataset", "sweet-spot", "--hidden", "4", "--log-every", "1000"]
    assert main([*base, "--epochs", "300", "--params-out", str(out)]) == 0
    half = capsys.readouterr().out
    assert f"wrote {out}" in half
    doc = json.loads(out.read_text())
    assert set(doc) == {"W1", "b1", "w2", "b2", "activation"} and doc["activation"] == "sigmoid"
    assert main([*base, "--epochs", "300", "--init", str(out)]) == 0
    continued = final_parameters(capsys.readouterr().out)
    assert main([*base, "--epochs", "600"]) == 0
    whole = final_parameters(capsys.readouterr().out)
    assert continued == whole  # per-row sgd has no state beyond the parameters
    # without --hidden, the file says which model it is for (its units and activation)
    bare = ["train", "--dataset", "sweet-spot", "--log-every", "1000"]
    assert main([*bare, "--epochs", "300", "--init", str(out)]) == 0
    assert final_parameters(capsys.readouterr().out) == whole
    assert main([*bare, "--init", str(out), "--activation", "tanh"]) == 2
    assert "not tanh (give --activation sigmoid)" in capsys.readouterr().err


def test_the_lessons_neuron_writes_its_parameters_too(tmp_path, capsys):
    out = tmp_path / "lesson.json"
    assert main(["train", "--params-out", str(out)]) == 0
    assert "Final weight: 4.3018685464211535" in capsys.readouterr().out
    assert json.loads(out.read_text()) == {"w": [4.3018685464211535], "b": -10.50801155978499}


def test_check_gradient_prints_a_line_per_parameter_and_the_largest_error():
    result = gdviz("check-gradient")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    pattern = r"^(\S+)  rule=(\S+)  numeric=(\S+)  relative=(\S+)$"
    rows = [re.match(pattern, line) for line in lines[:2]]
    assert [r.group(1) for r in rows] == ["w", "b"]
    assert float(rows[0].group(2)) == pytest.approx(-1.257274627, rel=1e-9)
    assert float(rows[0].group(3)) == pytest.approx(-0.589336631, rel=1e-6)
    largest = float(lines[2].removeprefix("max relative error: "))
    assert largest > 0.3 and "cross-entropy's gradient" in lines[3]
    exact = gdviz("check-gradient", "--dataset", "circle", "--hidden", "3", "--gradient",
                  "exact", "--after", "20")  # fmt: skip
    names = [line.split("  ")[0] for line in exact.stdout.splitlines()[:-2]]
    assert names[0] == "W1[0][0]" and names[-1] == "b2" and len(names) == 13
    assert float(exact.stdout.splitlines()[-2].split(": ")[1]) < 1e-4


def test_predict_with_a_network_from_a_session_or_its_parameters(tmp_path):
    out = tmp_path / "run"
    result = gdviz("export", "--dataset", "xor", "--hidden", "3", "--epochs", "200", "--out",
                   str(out), "--params-out", str(tmp_path / "p.json"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    inputs = tmp_path / "in.csv"
    inputs.write_text("x1,x2\n1,1\n-1,1\n0.5,-0.9\n")
    by_session = gdviz("predict", "--session", str(out / "session.gdviz.json"), "--data",
                       str(inputs))  # fmt: skip
    by_params = gdviz("predict", "--init", str(tmp_path / "p.json"), "--data", str(inputs))
    assert by_session.returncode == 0, by_session.stderr
    assert by_session.stdout == by_params.stdout
    lines = by_session.stdout.splitlines()
    assert lines[0] == "x1,x2,probability,predicted" and len(lines) == 4
    session = load_session(out / "session.gdviz.json")
    from gdviz.core.train.network import forward

    p = forward(session.network, session.params, (-1.0, 1.0)).p
    assert lines[2] == f"-1.0,1.0,{p!r},{int(p >= 0.5)}"


def test_a_network_session_reopens_and_continues_bit_for_bit(tmp_path):
    out = tmp_path / "run"
    opts = ["--dataset", "circle", "--hidden", "5", "--activation", "relu", "--optimizer",
            "adam", "--batch-size", "16"]  # fmt: skip
    assert gdviz("export", *opts, "--epochs", "120", "--out", str(out)).returncode == 0
    session = load_session(out / "session.gdviz.json")
    assert session.network.hidden == 5 and session.history.params.shape == (21, 120)
    trainer = session.trainer()
    trainer.set_epochs(300)
    trainer.run_to_end()
    whole = gdviz("train", *opts, "--epochs", "300")
    expected = final_parameters(whole.stdout)
    assert list(expected.values()) == list(trainer.parameters)
    header = (out / "history.csv").read_text().splitlines()[0].split(",")
    assert header == ["epoch", "loss", *session.network.names]


def test_a_networks_script_prints_what_train_prints(tmp_path):
    script = tmp_path / "net.py"
    opts = ["--dataset", "xor", "--hidden", "2", "--activation", "tanh", "--epochs", "200",
            "--optimizer", "rmsprop", "--batch-size", "5"]  # fmt: skip
    assert gdviz("export", *opts, "--script", str(script)).returncode == 0
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert run.stdout == gdviz("train", *opts).stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["train", "--hidden", "17"], "must be at most 16, got 17"),
        (["train", "--activation", "relu"], "--activation is a setting of a hidden layer"),
        (["train", "--init-seed", "3"], "--init-seed is a setting of a hidden layer"),
        (["train", "--hidden", "2", "--weight", "1"], "--weight is where a model without"),
        (["train", "--data", "{two}", "--x", "a", "--x", "b", "--x", "c"], "--x is given 3 times"),
        (["train", "--data", "{two}", "--x", "a", "--x", "a"], "names the column 'a' twice"),
        (["train", "--data", "{words}", "--x", "a", "--x", "b"], "'b' value 'lots' is not a"),
        (["train", "--hidden", "2", "--init", "{lesson_json}"], "for a model with no hidden layer"),
        (["train", "--init", "{nan_json}"], "NaN is not a finite number"),
        (["train", "--init", "{wide_json}"], "they are for 2 inputs"),
        (["predict", "--init", "{lesson_json}", "--session", "{lesson_json}", "--data", "{two}"],
         "give one model"),
        (["train", "--init", "{lesson_json}", "--weight", "3"], "--weight and --init both say"),
        (["train", "--hidden", "1", "--init", "{odd_json}"],
         "(activation must be one of sigmoid, tanh, relu)"),
        (["train", "--init", "{digits_json}"], "it holds a number of over 4,300 digits"),
        (["train", "--dataset", "xor", "--init", "{lesson_json}"], "they are for 1 input,"),
        (["predict", "--init", "{lesson_json}", "--data", "{two}", "--x", "a",
          "--out", "{lesson_json}"], "--init and --out name the same file"),
        (["export", "--dataset", "xor", "--hidden", "2", "--epochs", "3", "--out", "{folder}",
          "--params-out", "{folder}/session.gdviz.json"], "--params-out name the same file"),
        (["export", "--epochs", "3", "--out", "{folder}", "--init", "{folder}/history.csv"],
         "--out's history.csv and --init name the same file"),
    ],
)  # fmt: skip
def test_bad_input_is_one_clear_line(tmp_path, args, fragment):
    files = {
        "two": ("two.csv", "a,b,c,y\n1,2,3,0\n2,3,4,1\n"),
        "words": ("words.csv", "a,b,y\n1,2,0\n2,lots,1\n"),
        "lesson_json": ("lesson.json", '{"w": [1.0], "b": 0.0}'),
        "nan_json": ("nan.json", '{"w": [NaN], "b": 0.0}'),
        "wide_json": ("wide.json", '{"w": [1.0, 2.0], "b": 0.0}'),
        "odd_json": (
            "odd.json",
            '{"W1": [[1]], "b1": [0], "w2": [1], "b2": 0, "activation": ["x"]}',
        ),
        "digits_json": ("digits.json", '{"w": [' + "1" * 5000 + '], "b": 0}'),
    }
    paths = {"folder": str(tmp_path / "out")}
    (tmp_path / "out").mkdir()
    for name, text in [*files.values(), ("out/history.csv", '{"w": [1.0], "b": 0.0}')]:
        (tmp_path / name).write_text(text)
    paths |= {key: str(tmp_path / name) for key, (name, _) in files.items()}
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = gdviz(*[a.format(**paths) for a in args])
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_every_built_in_two_input_set_brings_both_columns():
    for name in ("hours-sleep", "xor", "circle"):
        data = load_builtin(name)
        assert data.inputs == 2 and len(data) >= 50 and set(data.ys.tolist()) == {0.0, 1.0}
    sweet = load_builtin("sweet-spot")
    assert sweet.inputs == 1
    passed = sweet.xs[sweet.ys == 1]
    assert sweet.xs[sweet.ys == 0].max() > passed.max() and sweet.xs.min() < passed.min()
    assert math.isfinite(float(passed.mean()))
