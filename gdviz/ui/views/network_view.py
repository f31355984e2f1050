"""The Network view: the model as a picture, live.

Inputs on the left, the hidden units (if any) in the middle, the output neuron on the
right. An edge is a weight: blue where it is positive, orange where negative, as thick
as its size. Hover a node or an edge for its numbers. After a Step row, the row's
forward values sit on the nodes (x, a → h, z → p) and each weight's gradient for the row
on its edge (δ·input, g·h); click an edge and its update is worked out
below with the numbers (``ΔW1[1][0] = −lr · δ₁ · x₀ = …``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from gdviz.core.figures.palette import FAILED, PASSED
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.explain_net import parameter_update, sub
from gdviz.core.teach.words import significant
from gdviz.core.train.network import NetRow, Network
from gdviz.ui.views.focus_frame import paint_focus_frame
from gdviz.ui.views.plot_ink import text_on_dark
from gdviz.ui.views.view_keys import NETWORK

POSITIVE = QColor(PASSED)
NEGATIVE = QColor(FAILED)
NODE = 17.0  # a node's radius, in pixels
HIT = 6.0  # how near an edge the pointer must be to pick it


def _lit(colour: QColor, dark: bool) -> QColor:
    """``colour`` on the canvas: lighter when the theme is dark."""
    return (text_on_dark(colour) or colour) if dark else colour


@dataclass(frozen=True)
class Edge:
    """A weight drawn from one node to another: parameter ``index``."""

    index: int
    start: QPointF
    end: QPointF


@dataclass(frozen=True)
class Node:
    """A node: its centre, its name, and the bias parameter it holds (-1: none)."""

    centre: QPointF
    name: str
    bias: int = -1


class NetworkCanvas(QWidget):
    """The drawing (a child of :class:`NetworkView`, which adds the worked update)."""

    edge_clicked = Signal(int)  # the parameter index of the edge clicked
    KEYS = NETWORK  # the arrows choose an edge or a bias, as a click does

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it: the arrows work
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.network = Network()
        self.params: tuple[float, ...] = (0.1, 0.0)
        self.inputs = ("x",)
        self.row: NetRow | None = None
        self.chosen = -1  # the edge last clicked
        self._edges: list[Edge] = []
        self._nodes: list[Node] = []

    # -- what is drawn ---------------------------------------------------------------
    def layout_nodes(self) -> tuple[list[Node], list[Edge]]:
        """Where every node and edge goes in the widget as it is now."""
        net, w, h = self.network, float(self.width()), float(self.height())
        columns = 3 if net.hidden else 2
        xs = [NODE + 28 + i * (w - 2 * NODE - 56) / (columns - 1) for i in range(columns)]

        def column(count: int, x: float) -> list[QPointF]:
            gap = (h - 2 * NODE - 24) / max(count, 1)
            return [QPointF(x, NODE + 12 + gap * (k + 0.5)) for k in range(count)]

        names = [f"x{sub(i)}" for i in range(net.inputs)]
        ins = [Node(p, names[i]) for i, p in enumerate(column(net.inputs, xs[0]))]
        edges: list[Edge] = []
        if not net.hidden:
            out = Node(column(1, xs[1])[0], "p", net.size - 1)
            edges = [Edge(i, ins[i].centre, out.centre) for i in range(net.inputs)]
            return [*ins, out], edges
        g = net.groups
        hidden = [
            Node(p, f"h{sub(j)}", g["b1"].start + j)
            for j, p in enumerate(column(net.hidden, xs[1]))
        ]
        out = Node(column(1, xs[2])[0], "p", net.size - 1)
        for j in range(net.hidden):
            for i in range(net.inputs):
                edges.append(Edge(j * net.inputs + i, ins[i].centre, hidden[j].centre))
        edges += [Edge(g["w2"].start + j, hidden[j].centre, out.centre) for j in range(net.hidden)]
        return [*ins, *hidden, out], edges

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._nodes, self._edges = self.layout_nodes()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = self.palette().color(QPalette.ColorRole.Base)  # View ▸ Theme: white or dark
        painter.fillRect(self.rect(), base)
        dark = base.lightness() < 128
        weights = [abs(self.params[e.index]) for e in self._edges]
        finite = [v for v in weights if math.isfinite(v)]
        top = max(finite, default=1.0) or 1.0
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        for edge in self._edges:
            value = self.params[edge.index]
            width = 1.0 + 7.0 * (abs(value) / top if math.isfinite(value) else 0.0)
            colour = POSITIVE if value >= 0 else NEGATIVE
            if edge.index == self.chosen:
                colour = _lit(QColor("#6a3d9a"), dark)
            painter.setPen(QPen(colour, width))
            painter.drawLine(edge.start, edge.end)
            if self.row is not None:  # the backward pass: each edge's gradient factor
                middle = (edge.start + edge.end) * 0.5
                painter.setFont(small)
                painter.setPen(_lit(QColor("#7a5200"), dark))
                painter.drawText(
                    middle + QPointF(2, -3), significant(self.row.factors[edge.index], 2)
                )
        painter.setFont(self.font())
        for node in self._nodes:
            painter.setPen(QPen(QColor("#333"), 1.5))
            painter.setBrush(QColor("#fff8e1") if self.row is not None else QColor("#f2f2f2"))
            painter.drawEllipse(node.centre, NODE, NODE)
            painter.setPen(QColor("#222"))
            box = QRectF(node.centre.x() - NODE, node.centre.y() - NODE, 2 * NODE, 2 * NODE)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, node.name)
            shown = self._node_value(node)
            if shown:
                painter.setFont(small)
                painter.setPen(self.palette().color(QPalette.ColorRole.Text))
                painter.drawText(node.centre + QPointF(-NODE, NODE + 11), shown)
                painter.setFont(self.font())
        painter.end()
        paint_focus_frame(self)

    def _node_value(self, node: Node) -> str:
        """The number under a node: during a step the row's forward value, else the bias."""
        r = self.row
        if r is not None:
            if node.name.startswith("x"):
                return localise(significant(r.x[self._input_of(node)], 3))
            if node.name == "p":
                return localise(f"p={significant(r.p, 3)}")
            return localise(f"h={significant(r.h[self._unit_of(node)], 3)}")
        if node.bias >= 0:
            return localise(f"b={significant(self.params[node.bias], 3)}")
        return ""

    def _input_of(self, node: Node) -> int:
        return [n.name for n in self._nodes if n.name.startswith("x")].index(node.name)

    def _unit_of(self, node: Node) -> int:
        return [n.name for n in self._nodes if n.name.startswith("h")].index(node.name)

    # -- the pointer -------------------------------------------------------------------
    def edge_at(self, pos: QPointF) -> int:
        """The parameter of the edge nearest ``pos`` (within a few pixels), or -1."""
        best, best_distance = -1, HIT
        for edge in self._edges or self.layout_nodes()[1]:
            d = _distance(pos, edge.start, edge.end)
            if d < best_distance:
                best, best_distance = edge.index, d
        return best

    def node_at(self, pos: QPointF) -> Node | None:
        for node in self._nodes or self.layout_nodes()[0]:
            if (node.centre - pos).manhattanLength() < NODE * 1.3:
                return node
        return None

    def describe_at(self, pos: QPointF) -> str:
        """What hovering at ``pos`` shows."""
        node = self.node_at(pos)
        if node is not None:
            return self._describe_node(node)
        index = self.edge_at(pos)
        if index < 0:
            return ""
        text = f"{self.network.names[index]} = {self.params[index]!r}"
        if self.row is not None:
            text += "\n" + translate("network_view", "gradient of this row = {value}").format(
                value=repr(self.row.grads[index])
            )
        return localise(text)

    def _describe_node(self, node: Node) -> str:
        r, lines = self.row, [node.name]
        if node.bias >= 0:
            lines.append(f"{self.network.names[node.bias]} = {self.params[node.bias]!r}")
        if r is not None:
            if node.name.startswith("h"):
                j = self._unit_of(node)
                lines += [f"a = {r.a[j]!r}", f"h = {r.h[j]!r}", f"δ = {r.deltas[j]!r}"]
            elif node.name == "p":
                error = translate("network_view", "error = {value}").format(value=repr(r.error))
                lines += [f"z = {r.z!r}", f"p = {r.p!r}", error, f"g = {r.g!r}"]
            else:
                lines.append(f"x = {r.x[self._input_of(node)]!r}")
        return localise("\n".join(lines))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        text = self.describe_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        index = self.edge_at(event.position())
        if index < 0:
            node = self.node_at(event.position())
            index = node.bias if node is not None else -1
        if index >= 0:
            self.choose(index)

    def choose(self, index: int) -> None:
        """Parameter ``index`` chosen (its edge, or its node's bias), as by a click."""
        self.chosen = index
        self.update()
        self.edge_clicked.emit(index)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        way = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
               Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)  # fmt: skip
        count = len(self.network.names)
        if not way or not count:
            super().keyPressEvent(event)
        elif self.chosen < 0:
            self.choose(0 if way > 0 else count - 1)
        else:
            self.choose((self.chosen + way) % count)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.update()


def _distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    """From ``p`` to the segment a–b."""
    ax, ay, bx, by, px, py = a.x(), a.y(), b.x(), b.y(), p.x(), p.y()
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


HINT = QT_TRANSLATE_NOOP(
    "network_view",
    "Blue: a positive weight, orange: a negative one; thicker: bigger. Hover for the "
    "numbers; after Step row, click an edge to see its update worked out.",
)


class NetworkView(QWidget):
    """The picture, and below it the update of the edge (or bias) last clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.canvas = NetworkCanvas(self)
        self.canvas.setObjectName("networkCanvas")
        self.canvas.setAccessibleName(translate("network_view", "Network view"))
        self.worked = QLabel(translate("network_view", HINT))
        self.worked.setObjectName("networkWorked")
        self.worked.setWordWrap(True)
        self.worked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.worked)
        self._lr = 0.1
        self._settings: RunSettings | None = None
        self.canvas.edge_clicked.connect(self._on_edge_clicked)

    def show_model(self, network: Network, params: tuple[float, ...]) -> None:
        if network != self.canvas.network:
            self.canvas.chosen = -1
        self.canvas.network, self.canvas.params = network, tuple(params)
        self.canvas.update()

    def show_row(
        self, row: NetRow | None, lr: float = 0.1, settings: RunSettings | None = None
    ) -> None:
        """A row's forward and backward numbers on the picture (None: clear them)."""
        self.canvas.row, self._lr, self._settings = row, lr, settings
        if row is not None and self.canvas.chosen >= 0:
            self._on_edge_clicked(self.canvas.chosen)
        elif row is None:  # the run went on, or another began: its numbers are gone
            self.canvas.chosen = -1
            self.worked.setText(translate("network_view", HINT))
        self.canvas.update()

    def _on_edge_clicked(self, index: int) -> None:
        row, net = self.canvas.row, self.canvas.network
        name = net.names[index]
        if row is None:
            text = translate(
                "network_view", "{name} = {value}. Step row (Shift+S) to see its update."
            )
            self.worked.setText(
                localise(text.format(name=name, value=repr(self.canvas.params[index])))
            )
            return
        self.worked.setText("\n".join(parameter_update(row, net, index, self._lr, self._settings)))
