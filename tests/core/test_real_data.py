"""Real published data sets, in the forms people have them, train to the MLE.

statsmodels ships Spector & Mazzeo's grades data (whitespace-separated with
quoted header names) and Fair's affairs survey (comma-separated, a count to
threshold). gdviz reads each form through the CLI, and full-batch gradient
descent on the cross-entropy's exact gradient reaches what statsmodels' Logit
finds by Newton's method.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pytest
import statsmodels.api as sm
from statsmodels.datasets import fair, spector

from gdviz.core.io.table import ReadOptions, read_table

SPECTOR = Path(spector.__file__).with_name("spector.csv")
FAIR = Path(fair.__file__).with_name("fair.csv")
MLE = ["--loss", "cross-entropy", "--gradient", "exact", "--batch-size", "0"]


def gdviz(*args):
    return subprocess.run(
        [sys.executable, "-m", "gdviz", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def final(stdout):
    w = float(re.search(r"Final weight: (\S+)", stdout).group(1))
    b = float(re.search(r"Final bias: (\S+)", stdout).group(1))
    return w, b


def logit(x, y):
    result = sm.Logit(y, sm.add_constant(x)).fit(disp=0, tol=1e-12)
    b, w = result.params
    return w, b, -result.llf


def spector_forms(tmp_path):
    """The same 32 rows as the published file, a tab file, a European CSV and a sheet."""
    frame = spector.load_pandas().data
    tab = tmp_path / "spector.tsv"
    frame.to_csv(tab, sep="\t", index=False)
    european = tmp_path / "spector-eu.csv"
    frame.to_csv(european, sep=";", decimal=",", index=False, lineterminator="\r\n")
    book = openpyxl.Workbook()
    book.active.title = "notes"
    book.active.append(["nothing here"])
    sheet = book.create_sheet("grades")
    sheet.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        sheet.append(list(row))
    xlsx = tmp_path / "spector.xlsx"
    book.save(xlsx)
    return {
        "published": (SPECTOR, []),
        "tab": (tab, []),
        "semicolon, decimal comma, CRLF": (european, []),
        "xlsx, named sheet": (xlsx, ["--sheet", "grades"]),
    }


def test_every_form_of_spector_reads_the_same_numbers(tmp_path):
    frame = spector.load_pandas().data
    for form, (path, extra) in spector_forms(tmp_path).items():
        sheet = extra[1] if extra else None
        data = read_table(path, ReadOptions(x="GPA", y="GRADE", sheet=sheet))
        assert data.xs.tolist() == frame.GPA.tolist(), form
        assert data.ys.tolist() == frame.GRADE.tolist(), form


def test_spector_grades_train_to_the_logit_mle(tmp_path):
    w_mle, b_mle, nll = logit(*spector.load_pandas().data[["GPA", "GRADE"]].T.values)
    for form, (path, extra) in spector_forms(tmp_path).items():
        result = gdviz(
            "train", "--data", path, *extra, "--x", "GPA", "--y", "GRADE", *MLE,
            "--learning-rate", 0.5, "--epochs", 300_000, "--log-every", 300_000,
        )  # fmt: skip
        assert result.returncode == 0, (form, result.stderr)
        assert result.stderr == ""
        w, b = final(result.stdout)
        assert w == pytest.approx(w_mle, rel=1e-6), form
        assert b == pytest.approx(b_mle, rel=1e-6), form
    # Column numbers work like names: GPA is column 2, GRADE column 5.
    by_number = gdviz("train", "--data", SPECTOR, "--x", 2, "--y", 5, *MLE, "--epochs", 5)
    by_name = gdviz("train", "--data", SPECTOR, "--x", "gpa", "--y", "Grade", *MLE, "--epochs", 5)
    assert by_number.stdout == by_name.stdout != ""
    assert f"{nll:.4f}" == "16.2089"


def test_fair_affairs_thresholded_above_zero_train_to_the_logit_mle():
    frame = fair.load_pandas().data
    w_mle, b_mle, nll = logit(frame.rate_marriage.values, (frame.affairs > 0).astype(float).values)
    result = gdviz(
        "train", "--data", FAIR, "--x", "rate_marriage", "--y", "affairs", "--above", 0, *MLE,
        "--learning-rate", 0.3, "--epochs", 6000, "--log-every", 1000,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    w, b = final(result.stdout)
    assert w == pytest.approx(w_mle, rel=1e-6)
    assert b == pytest.approx(b_mle, rel=1e-6)
    last = float(re.findall(r"Loss: (\S+)", result.stdout)[-1])
    assert last == pytest.approx(nll, abs=1e-3)


def test_word_labels_and_missing_cells_in_a_published_layout(tmp_path):
    """Affairs as yes/no words, with some cells blank or NA: skipped, said on stderr, exit 0."""
    frame = fair.load_pandas().data.head(200).copy()
    words = np.where(frame.affairs > 0, "yes", "no").astype(object)
    words[[3, 50]] = ["NA", ""]
    frame["had_affair"] = words
    frame.loc[7, "rate_marriage"] = np.nan
    path = tmp_path / "fair-words.csv"
    frame.to_csv(path, index=False, na_rep="")
    result = gdviz(
        "train", "--data", path, "--x", "rate_marriage", "--y", "had_affair", "--epochs", 1
    )
    assert result.returncode == 0, result.stderr
    # Line numbers count the header as line 1: data row i is on line i + 2.
    assert result.stderr == "gdviz: note: skipped 3 rows with a missing value (lines 5, 9, 52)\n"
    data = read_table(path, ReadOptions(x="rate_marriage", y="had_affair"))
    kept = frame.drop(index=[3, 7, 50])
    assert data.xs.tolist() == kept.rate_marriage.tolist()
    assert data.ys.tolist() == (kept.affairs > 0).astype(float).tolist()
