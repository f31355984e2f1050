"""One row of a model beyond the lesson's neuron, forward and backward, written out with
its numbers: every hidden unit's sum and output, the output, the error and loss, each
unit's delta and each parameter's update. Every line adds up at the digits shown (see
:func:`gdviz.core.teach.explain.worked`)."""

from __future__ import annotations

import math

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.explain import _parameter_lines, moved, num, worked
from gdviz.core.teach.words import MINUS, significant
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Activation, NetRow, Network
from gdviz.core.train.optimizers import Optimizer

SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
ACTIVATION_WORDS = {  # the symbol, and its slope in the unit's {h} (output) or {a} (sum)
    Activation.SIGMOID: ("σ", "{h}·(1{m}{h})"),
    Activation.TANH: ("tanh", "1{m}{h}²"),
    Activation.RELU: ("ReLU", QT_TRANSLATE_NOOP("explain_net", "(1 if {a} > 0, else 0)")),
}


def sub(i: int) -> str:
    return str(i).translate(SUBSCRIPT)


def _sum(values: list[float]) -> float:
    """A sum left to right, as the rule adds."""
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total


def _weighted(names: list[str], label: str, pairs: list[tuple[float, float]], bias: float,
              bias_name: str, result: float) -> str:  # fmt: skip
    """``label = x₀·W + x₁·W + b = 2 · 0.31 + 1 · (−0.2) + 0 = 0.42``."""
    formula = " + ".join(names) + f" + {bias_name}"
    numbers = " + ".join("{} · {}" for _ in pairs) + " + {}"
    operands = [v for pair in pairs for v in pair] + [bias]

    def combine(*values: float) -> float:
        products = [values[2 * k] * values[2 * k + 1] for k in range(len(pairs))]
        return _sum([*products, values[-1]])

    return worked(f"{label} = {formula} = {numbers}", operands, result, combine)


def explain_network(
    r: NetRow,
    net: Network,
    lr: float,
    loss: Loss,
    gradient: Gradient,
    settings: RunSettings | None = None,
) -> list[str]:
    """Lines: the forward pass unit by unit, the error and loss, the backward pass (g and
    each δ), then every parameter's update (with an optimiser: its arithmetic)."""
    x = r.x
    lines = [translate("explain_net", "Forward pass:")]
    xs = [f"x{sub(i)}" for i in range(net.inputs)]
    if not net.hidden:
        names = [f"{xs[i]}·w{sub(i)}" for i in range(net.inputs)]
        pairs = [(x[i], r.before[i]) for i in range(net.inputs)]
        lines.append(_weighted(names, "z", pairs, r.before[-1], "b", r.z))
    else:
        symbol, _ = ACTIVATION_WORDS[net.activation]
        for j in range(net.hidden):
            names = [f"{xs[i]}·W1[{j}][{i}]" for i in range(net.inputs)]
            pairs = [(x[i], r.before[j * net.inputs + i]) for i in range(net.inputs)]
            bias = r.before[net.groups["b1"]][j]
            lines.append(_weighted(names, f"a{sub(j)}", pairs, bias, f"b1[{j}]", r.a[j]))
            lines.append(f"  h{sub(j)} = {symbol}(a{sub(j)}) = {saturated(r.h[j])}")
        w2 = r.before[net.groups["w2"]]
        names = [f"h{sub(j)}·w2[{j}]" for j in range(net.hidden)]
        pairs = [(r.h[j], w2[j]) for j in range(net.hidden)]
        lines.append(_weighted(names, "z", pairs, r.before[-1], "b2", r.z))
    lines.append(f"p = σ(z) = {num(r.p)}")
    lines.append(
        worked(f"error = p {MINUS} y = {{}} {MINUS} {{}}", (r.p, r.y), r.error, lambda p, y: p - y)
    )
    if loss is Loss.SQUARED:
        lines.append(worked("loss = error² = {}²", (r.error,), r.loss, lambda e: e * e))
    else:
        lines.append(f"loss = {MINUS}[y·ln p + (1{MINUS}y)·ln(1{MINUS}p)] = {num(r.loss)}")
    lines.append(translate("explain_net", "Backward pass:"))
    if gradient is Gradient.EXACT and loss is Loss.SQUARED:
        slope = 2.0 * r.p * (1.0 - r.p)
        lines.append(
            worked(f"g = error · 2·p·(1{MINUS}p) = {{}} · {{}}", (r.error, slope), r.g,
                   lambda e, s: e * s)
        )  # fmt: skip
    else:
        lines.append(
            f"g = error = {num(r.g)}   " + translate("explain_net", "(the output's delta)")
        )
    if net.hidden:
        symbol, derivative = ACTIVATION_WORDS[net.activation]
        w2 = r.before[net.groups["w2"]]
        for j in range(net.hidden):
            d = translate("explain_net", derivative).format(m=MINUS, h=f"h{sub(j)}", a=f"a{sub(j)}")
            act = _slope(net.activation, r.a[j], r.h[j])
            template = (
                f"δ{sub(j)} = g · w2[{j}] · {symbol}′ = {{}} · {{}} · {{}}   ({symbol}′ = {d})"
            )
            lines.append(
                worked(template, (r.g, w2[j], act), r.deltas[j], lambda g, w, s: (g * w) * s)
            )
    if r.steps is None:
        lines.append(translate("explain_net", "Updates:"))
    else:
        updates = translate("explain_net", "Updates ({optimizer}):")
        lines.append(updates.format(optimizer=_optimizer_name(settings)))
    lines += update_lines(r, net, lr, settings)
    if not all(math.isfinite(v) for v in r.after):
        lines.append(
            translate("explain", "The step left the finite numbers: the run has diverged.")
        )
    return [localise(line) for line in lines]  # the window's decimal point (the CLI: as is)


def saturated(h: float) -> str:
    """A unit's output with the digits that show how far it is from ±1 (or 0): a tanh of
    0.99999 is not 1, and its slope 1 − h² says so."""
    gap = min(abs(1.0 - abs(h)), abs(h))
    digits = 3
    if 0.0 < gap < 1e-2:
        digits = min(15, 3 + math.ceil(-math.log10(gap)))
    return significant(h, digits)


def _optimizer_name(settings: RunSettings | None) -> str:
    return (
        settings.optimizer.value if settings is not None else translate("explain_net", "optimiser")
    )


def _slope(kind: Activation, a: float, h: float) -> float:
    if kind is Activation.SIGMOID:
        return h * (1.0 - h)
    if kind is Activation.TANH:
        return 1.0 - h * h
    return 1.0 if a > 0 else 0.0


def factor_name(net: Network, k: int) -> tuple[str, str]:
    """What multiplies ``lr`` in parameter k's update, and its input: ``("δ₁", "x₀")``,
    ``("g", "h₂")``, ``("g", "")`` for the output's bias."""
    name = net.names[k]
    if not net.hidden:
        return "g", "" if name == "b" else f"x{sub(k)}"
    g = net.groups
    if k < g["W1"].stop:
        j, i = divmod(k, net.inputs)
        return f"δ{sub(j)}", f"x{sub(i)}"
    if k < g["b1"].stop:
        return f"δ{sub(k - g['b1'].start)}", ""
    if k < g["w2"].stop:
        return "g", f"h{sub(k - g['w2'].start)}"
    return "g", ""


def update_line(r: NetRow, net: Network, k: int, lr: float) -> str:
    """Parameter k's plain step: ``ΔW1[1][0] = −lr · δ₁ · x₀ = −0.1 · 0.31 · 2 = −0.062``
    (the change as the rule makes it: ``after − before``)."""
    name = net.names[k]
    delta, given = factor_name(net, k)
    change = r.after[k] - r.before[k]
    share = r.penalty_grads[k] if r.penalty_grads else 0.0
    if share:  # a penalised weight: its gradient has the penalty's share too
        return worked(
            f"Δ{name} = {MINUS}lr · ({delta} · {given} + share {{}}) = {MINUS}{{}} · {{}}",
            (share, lr, r.grads[k]), change, lambda s, a, g: -(a * g),
        )  # fmt: skip
    if not given:
        return worked(f"Δ{name} = {MINUS}lr · {delta} = {MINUS}{{}} · {{}}", (lr, r.factors[k]),
                      change, lambda a, b: -(a * b))  # fmt: skip
    return worked(f"Δ{name} = {MINUS}lr · {delta} · {given} = {MINUS}{{}} · {{}} · {{}}",
                  (lr, r.factors[k], r.inputs[k]), change,
                  lambda a, b, c: -(a * b * c))  # fmt: skip


def parameter_update(
    r: NetRow, net: Network, k: int, lr: float, settings: RunSettings | None
) -> list[str]:
    """Parameter k's step worked out (the plain one, or the optimiser's), and where it
    moved, its numbers in the window's format."""
    return [localise(line) for line in _parameter_update(r, net, k, lr, settings)]


def _parameter_update(
    r: NetRow, net: Network, k: int, lr: float, settings: RunSettings | None
) -> list[str]:
    name = net.names[k]
    if r.steps is not None and settings is not None:
        delta, given = factor_name(net, k)
        grad = f"{delta} · {given}" if given else delta
        if r.penalty_grads and r.penalty_grads[k]:
            grad += f" + share {num(r.penalty_grads[k])}"
        lines = [f"g({name}) = {grad} = {num(r.grads[k])}"]
        lines += [
            line.replace("−", MINUS)
            for line in _parameter_lines(
                settings.optimizer, settings.hyper, name, r.steps[k], lr, r.t
            )  # fmt: skip
        ]
    else:
        lines = [update_line(r, net, k, lr)]
    return [*lines, f"  {moved(name, r.before[k], r.after[k])}"]


def update_lines(r: NetRow, net: Network, lr: float, settings: RunSettings | None) -> list[str]:
    """Every parameter's step and where it moved."""
    lines = []
    if r.steps is not None and settings is not None and settings.optimizer is Optimizer.ADAM:
        lines.append(f"t = {r.t:g} " + translate("explain", "(updates so far)"))
    for k in range(net.size):
        lines += _parameter_update(r, net, k, lr, settings)
    return lines
