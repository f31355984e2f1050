"""One row's update written out with its numbers, as a learner would work it by hand."""

from __future__ import annotations

import contextlib
import decimal
import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from gdviz.core.i18n import localise, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.words import MINUS, distinct, significant
from gdviz.core.train.model import Gradient, Loss, RowUpdate
from gdviz.core.train.optimizers import Optimizer, ParamStep
from gdviz.core.train.penalty import Penalty, PenaltyKind


def num(value: float) -> str:
    """3 significant digits and a real minus sign."""
    return significant(value, 3)


def factor(value: float) -> str:
    text = num(value)
    return f"({text})" if value < 0 else text


MOST_DIGITS = 15  # the most significant digits an operand of a worked line gets


def _plain(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


def agreeing(
    operands: Sequence[float], result: float, combine: Callable[..., float], digits: int = 3
) -> tuple[list[str], str]:
    """``result`` to ``digits`` significant digits, and ``operands`` with the fewest
    digits (at least ``digits``) at which the arithmetic shown adds up: ``combine`` of the
    operands as written, to ``digits`` digits, is the result as written.
    ``0.4 · 1 + (−0.1) = 0.299`` becomes ``0.3997 · 1 + (−0.1003) = 0.299``."""
    if not all(math.isfinite(v) for v in (*operands, result)):
        return [significant(v, digits) for v in operands], significant(result, digits)
    for d in range(digits, MOST_DIGITS + 1):
        shown = [_plain(v, d) for v in operands]
        with contextlib.suppress(ArithmeticError, ValueError):
            if _plain(combine(*shown), digits) == _plain(result, digits):
                return [significant(v, d) for v in operands], significant(result, digits)
    # Not even at MOST_DIGITS (a step found as after − before, with a guard like ε in
    # it): the numbers at ``digits``, and the result said to be rounded.
    return [significant(v, digits) for v in operands], "≈ " + significant(result, digits)


def worked(
    template: str,
    operands: Sequence[float],
    result: float,
    combine: Callable[..., float],
    digits: int = 3,
) -> str:
    """``template`` with each ``{}`` filled by an operand, then ``= result`` (to
    ``digits`` significant digits); negative operands in brackets, every number with the
    digits it takes to add up."""
    texts, total = agreeing(operands, result, combine, digits)
    filled = [f"({t})" if v < 0 else t for t, v in zip(texts, operands, strict=True)]
    equals = " " if total.startswith("≈") else " = "
    return template.format(*filled) + equals + total


_EXACT = decimal.Context(prec=60, Emin=-9999, Emax=9999)


def _shown(value: float, digits: int) -> Decimal:
    """``value`` as a worked row writes it (``significant``), as an exact decimal."""
    return Decimal(significant(value, digits).replace(MINUS, "-"))


def _decimal_text(value: Decimal) -> str:
    """A decimal as a worked row writes it, every digit it has kept (``0.2180``)."""
    if value == 0:
        return "0"
    if Decimal("1e-4") <= abs(value) < Decimal("1e7"):
        return f"{value:f}".replace("-", MINUS)
    return significant(float(value), max(1, len(value.as_tuple().digits)))


def step_shown(before: float, after: float, change: float) -> tuple[str, str, int]:
    """``before`` and ``after`` as a worked row shows them (at least three significant
    digits, enough to tell them apart, and both to the same decimal place), and the
    significant digits the change needs, so that *before + change* rounds to *after* at
    that place: ``0.2175 → 0.0994`` with Δ ``−0.1181``; ``−0.0468 → 0.0032`` with Δ
    ``0.05`` (where the start's own rounding would tip the sum, it gets a digit or two
    more than the result)."""
    if all(math.isfinite(v) for v in (before, after, change)):
        texts = distinct(before, after)
        with decimal.localcontext(_EXACT):
            place = min(int(Decimal(t.replace(MINUS, "-")).as_tuple().exponent) for t in texts)
            for finer in range(0, 6):
                unit = Decimal(1).scaleb(place - finer)
                end = Decimal(repr(after)).quantize(unit)
                for extra in range(3):  # the start's rounding may tip the sum: more digits
                    start = Decimal(repr(before)).quantize(unit.scaleb(-extra))
                    for d in range(3, MOST_DIGITS + 1):
                        if (start + _shown(change, d)).quantize(unit) == end:
                            return _decimal_text(start), _decimal_text(end), d
    b, a = distinct(before, after)
    return b, a, 3


def moved(name: str, before: float, after: float, change: float | None = None) -> str:
    """``w: 0.2175 → 0.0994``: where a parameter moved, with the digits its change needs."""
    b, a, _ = step_shown(before, after, after - before if change is None else change)
    return f"{name}: {b} → {a}"


def explain(
    update: RowUpdate,
    lr: float,
    loss: Loss,
    gradient: Gradient,
    settings: RunSettings | None = None,
    rows: int = 0,
) -> list[str]:
    """Lines: forward pass, error, loss, and Δw, Δb with the formula and its numbers
    (with an optimiser other than sgd: its arithmetic, from ``settings``; with a penalty
    on w, its share of w's gradient, ``rows`` being the training rows). Each line's
    numbers add up at the precision shown."""
    u = update
    lines = [
        worked("z = w·x + b = {} · {} + {}", (u.w_before, u.x, u.b_before), u.z,
               lambda w, x, b: x * w + b),
        f"p = σ(z) = {num(u.p)}",
        worked(f"error = p {MINUS} y = {{}} {MINUS} {{}}", (u.p, u.y), u.error,
               lambda p, y: p - y),
    ]  # fmt: skip
    if loss is Loss.SQUARED:
        lines.append(worked("loss = error² = {}²", (u.error,), u.loss, lambda e: e * e))
    else:
        lines.append(f"loss = {MINUS}[y·ln p + (1{MINUS}y)·ln(1{MINUS}p)] = {num(u.loss)}")
    dw = -(lr * u.grad * u.x)
    db = -(lr * u.grad)
    penalised = settings is not None and settings.penalty.on and rows > 0
    if u.steps is not None or penalised:
        dw, db = u.w_after - u.w_before, u.b_after - u.b_before
    w_digits = step_shown(u.w_before, u.w_after, dw)[2]
    b_digits = step_shown(u.b_before, u.b_after, db)[2]
    if penalised and settings is not None:
        lines.append(penalty_line(settings.penalty, u.w_before, rows, u.penalty_grad))
    if u.steps is not None and settings is not None:
        lines += _optimizer_lines(u, lr, settings)
    elif penalised:
        grad = "2·p·(1−p)·error" if u.grad != u.error else "error"
        lines.append(
            worked(f"Δw = −lr · ({grad} · x + share) = −{{}} · ({{}} · {{}} + {{}})",
                   (lr, u.grad, u.x, u.penalty_grad), dw,
                   lambda r, g, x, sh: -(r * (g * x + sh)), w_digits).replace("−", MINUS)
        )  # fmt: skip
        lines.append(
            worked(f"Δb = {MINUS}lr · {grad} = {MINUS}{{}} · {{}}", (lr, u.grad), db,
                   lambda r, g: -(r * g), b_digits).replace("−", MINUS)
        )  # fmt: skip
    elif gradient is Gradient.EXACT and loss is Loss.SQUARED:
        slope = 2.0 * u.p * (1.0 - u.p)
        lines.append(
            worked(
                f"Δw = {MINUS}lr · 2·p·(1{MINUS}p) · error · x = {MINUS}{{}} · {{}} · {{}} · {{}}",
                (lr, slope, u.error, u.x),
                dw,
                lambda r, s, e, x: -(r * (e * s) * x),
                w_digits,
            )
        )
        lines.append(
            worked(
                f"Δb = {MINUS}lr · 2·p·(1{MINUS}p) · error = {MINUS}{{}} · {{}} · {{}}",
                (lr, slope, u.error),
                db,
                lambda r, s, e: -(r * (e * s)),
                b_digits,
            )
        )
    else:
        lines.append(
            worked(f"Δw = {MINUS}lr · error · x = {MINUS}{{}} · {{}} · {{}}", (lr, u.error, u.x),
                   dw, lambda r, e, x: -(r * e * x), w_digits)
        )  # fmt: skip
        lines.append(
            worked(f"Δb = {MINUS}lr · error = {MINUS}{{}} · {{}}", (lr, u.error), db,
                   lambda r, e: -(r * e), b_digits)
        )  # fmt: skip
    lines.append(
        f"{moved('w', u.w_before, u.w_after, dw)},   {moved('b', u.b_before, u.b_after, db)}"
    )
    if not all(math.isfinite(v) for v in (u.w_after, u.b_after)):
        lines.append(
            translate("explain", "The step left the finite numbers: the run has diverged.")
        )
    return [localise(line) for line in lines]  # the window's decimal point (the CLI: as is)


def _optimizer_lines(u: RowUpdate, lr: float, settings: RunSettings) -> list[str]:
    """The optimiser's step for w and for b, each formula with its numbers."""
    kind, p = settings.optimizer, settings.hyper
    assert u.steps is not None
    slope = "2·p·(1−p)·error" if u.grad != u.error else "error"
    share = " + share" if u.penalty_grad else ""
    lines = [
        f"g_w = {slope} · x{share} = {num(u.steps[0].g)},   g_b = {slope} = {num(u.steps[1].g)}"
    ]
    if kind is Optimizer.ADAM:
        lines.append(f"t = {u.t:g} " + translate("explain", "(updates so far)"))
    for name, s in zip(("w", "b"), u.steps, strict=True):
        lines += _parameter_lines(kind, p, name, s, lr, u.t)
    return [line.replace("−", MINUS) for line in lines]


def _parameter_lines(kind, p, n: str, s: ParamStep, lr: float, t: float) -> list[str]:
    """One parameter's step by the optimiser; every line adds up at the digits shown
    (ε is left out of the numbers: it only guards against dividing by zero)."""
    g, v0, s0 = s.g, s.first_before, s.second_before
    d = step_shown(s.before, s.after, s.step)[2]  # the change's digits, as "moved" shows it
    if kind in (Optimizer.MOMENTUM, Optimizer.NESTEROV):
        mu = p.momentum
        lines = [
            worked(f"v_{n} = μ·v_{n} + g_{n} = {{}}·{{}} + {{}}", (mu, v0, g), s.first,
                   lambda a, v, gg: a * v + gg)
        ]  # fmt: skip
        if kind is Optimizer.MOMENTUM:
            return [*lines, worked(f"Δ{n} = −lr·v_{n} = −{{}}·{{}}", (lr, s.first), s.step,
                                   lambda r, v: -(r * v), d)]  # fmt: skip
        return [
            *lines,
            worked(f"Δ{n} = −lr·(g_{n} + μ·v_{n}) = −{{}}·({{}} + {{}}·{{}})",
                   (lr, g, mu, s.first), s.step, lambda r, gg, a, v: -(r * (gg + a * v)), d),
        ]  # fmt: skip
    root = s.second**0.5
    divide = worked(f"Δ{n} = −lr·g_{n}/(√s_{n} + ε) = −{{}}·{{}}/{{}}", (lr, g, root), s.step,
                    lambda r, gg, q: -(r * gg / q), d)  # fmt: skip
    if kind is Optimizer.ADAGRAD:
        return [
            worked(f"s_{n} = s_{n} + g_{n}² = {{}} + {{}}²", (s0, g), s.second,
                   lambda a, gg: a + gg * gg),
            divide,
        ]  # fmt: skip
    if kind is Optimizer.RMSPROP:
        return [
            worked(f"s_{n} = α·s_{n} + (1−α)·g_{n}² = {{}}·{{}} + {{}}·{{}}²",
                   (p.alpha, s0, 1 - p.alpha, g), s.second,
                   lambda a, v, c, gg: a * v + c * gg * gg),
            divide,
        ]  # fmt: skip
    # Adam
    return [
        worked(f"m_{n} = β₁·m_{n} + (1−β₁)·g_{n} = {{}}·{{}} + {{}}·{{}}",
               (p.beta1, v0, 1 - p.beta1, g), s.first, lambda a, m, c, gg: a * m + c * gg),
        worked(f"v_{n} = β₂·v_{n} + (1−β₂)·g_{n}² = {{}}·{{}} + {{}}·{{}}²",
               (p.beta2, s0, 1 - p.beta2, g), s.second,
               lambda a, v, c, gg: a * v + c * gg * gg),
        f"m̂_{n} = m_{n}/(1−β₁^{t:g}) = {num(s.mhat)},   v̂_{n} = v_{n}/(1−β₂^{t:g}) = {num(s.vhat)}",
        worked(f"Δ{n} = −lr·m̂_{n}/(√v̂_{n} + ε) = −{{}}·{{}}/{{}}", (lr, s.mhat, s.vhat**0.5),
               s.step, lambda r, m, q: -(r * m / q), d),
    ]  # fmt: skip


def penalty_line(penalty: Penalty, w: float, rows: int, share: float) -> str:
    """The penalty's share of w's gradient, with its numbers: ``2λ/n · w`` (L2) or
    ``λ/n · sign(w)`` (L1), n the training rows."""
    if penalty.kind is PenaltyKind.L2:
        return worked(f"share = 2λ/n · w = 2·{{}}/{rows} · {{}}", (penalty.lam, w), share,
                      lambda lam, ww: 2.0 * lam / rows * ww)  # fmt: skip
    sign = 1.0 if w > 0 else -1.0 if w < 0 else 0.0
    return f"share = λ/n · sign(w) = {num(penalty.lam)}/{rows} · {sign:g} = {num(share)}".replace(
        "-", MINUS
    )
