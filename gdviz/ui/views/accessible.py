"""Accessible names and descriptions for the widgets a screen reader lands on.

One pass names every interactive widget under a window from what it already shows: a
button's text, its form row's label (or a label set as its buddy, or the label just
before it in a row), the ``Name:`` that starts its tool tip, and as a last resort its
object name in words. The tool tip (what follows its ``Name:``) is the description. A
name or description set by hand where the widget is made is kept.

:func:`make_accessible` runs the pass on the main window once it is built, and on each
dialog or tool window made with the window as parent, when it is first shown.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGraphicsView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QLineEdit,
    QTabBar,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QGraphicsView,  # the plots
)
KIND_WORDS = {"spin", "combo", "button", "slider", "check", "edit", "input"}
NAME_IN_TIP = re.compile(r"^([^:.\n]{1,40}):\s+(.*)$", re.DOTALL)  # "Learning rate: How…"
TAG = re.compile(r"<[^>]+>")
SHORT = 40  # a label, not a sentence


def make_accessible(window: QWidget) -> int:
    """Name ``window``'s widgets now, and each window it parents (dialogs) when first
    shown. Returns how many widgets were given a name."""
    window.installEventFilter(_DialogNamer(window))
    return name_widgets(window)


class _DialogNamer(QObject):
    """Hears the main window's own events only: a child window (a dialog) being polished,
    i.e. about to be shown the first time, with everything in it built."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget) and child.isWindow():
                name_widgets(child)
        return False


def name_widgets(root: QWidget) -> int:
    """Give every interactive widget in ``root`` without an accessible name one (and its
    tool tip as description). Returns how many were named."""
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or is_inner(widget):
            continue
        name = widget.accessibleName()
        if not name:
            name = derived_name(widget)
            if name:
                widget.setAccessibleName(name)
                named += 1
        if not widget.accessibleDescription():
            description = derived_description(widget, name)
            if description:
                widget.setAccessibleDescription(description)
    return named


def is_inner(widget: QWidget) -> bool:
    """A part of another control (a spin box's line edit, a combo box's list, a tab
    widget's own scroll buttons): the control it belongs to is what a screen reader
    names."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)


def derived_name(widget: QWidget) -> str:
    """What the widget is called, from what it already shows (empty: nothing found)."""
    if isinstance(widget, QAbstractButton):
        text = plain(widget.text())
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if not text and isinstance(action, QAction):
            text = plain(action.text())
        if text:
            return text
    if isinstance(widget, QTabBar):
        return tab_bar_name(widget)
    if isinstance(widget, QGraphicsView):  # a plot's tip lists gestures: its name says more
        return words_of(widget.objectName()) or plot_title(widget)
    label = label_of(widget)
    if label:
        return label
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return plain(widget.placeholderText())
    tip = NAME_IN_TIP.match(plain(widget.toolTip()))
    if tip:
        return tip.group(1)
    return words_of(widget.objectName())


def derived_description(widget: QWidget, name: str) -> str:
    """The tool tip, without the ``Name:`` it may start with (empty: none, or no more
    than the name)."""
    tip = plain(widget.toolTip())
    found = NAME_IN_TIP.match(tip)
    if found and found.group(1) == name:
        tip = found.group(2)
    return "" if tip == name else tip


def plot_title(view: QGraphicsView) -> str:
    """A pyqtgraph plot's title (its first line), if it has one."""
    item = getattr(view, "getPlotItem", None)
    title = item().titleLabel.text if item is not None else ""
    return plain(title.split("<br>")[0]) if title else ""


def tab_bar_name(bar: QTabBar) -> str:
    """``Tabs: Train, Data, Runs`` (or the tab widget's object name in words first)."""
    parent = bar.parentWidget()
    tabs = ", ".join(plain(bar.tabText(i)) for i in range(bar.count()))
    owner = words_of(parent.objectName()) if isinstance(parent, QTabWidget) else ""
    return f"{owner or 'Tabs'}: {tabs}" if tabs else owner or "Tabs"


def label_of(widget: QWidget) -> str:
    """The text of the label that names ``widget``: its form row's, a label whose buddy it
    is, or the label just before it in a row of widgets."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return plain(label.text())
    for layout in parent.findChildren(QLayout):  # the parent's layout and those inside it
        if isinstance(layout, QFormLayout):
            text = _form_label(layout, widget)
        elif isinstance(layout, QBoxLayout):
            text = _label_before(layout, widget)
        else:
            continue
        if text:
            return text
    return ""


def _form_label(form: QFormLayout, widget: QWidget) -> str:
    """The label of ``widget``'s row; a row with an empty label (a slider under its box)
    takes the label of the row above."""
    label = ""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        shown = item.widget() if item is not None else None
        if isinstance(shown, QLabel) and shown.text():
            label = plain(shown.text())
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is not None and _holds(field.widget() or field.layout(), widget):
            return label
    return ""


def _label_before(row: QBoxLayout, widget: QWidget) -> str:
    items = _parts(row)
    if widget not in items:
        return ""
    before = items[: items.index(widget)]
    label = before[-1] if before else None
    if not isinstance(label, QLabel) or len(label.text()) > SHORT:
        return ""  # a longer text beside a widget is a hint, not its name
    return plain(label.text())


def _holds(item: QWidget | QLayout | None, widget: QWidget) -> bool:
    if item is widget:
        return True
    if isinstance(item, QLayout):
        return any(_holds(part, widget) for part in _parts(item))
    return False


def _parts(layout: QLayout) -> list[QWidget | QLayout | None]:
    """What each item of ``layout`` holds: a widget, a layout, or None (a spacer)."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [(item.widget() or item.layout()) if item is not None else None for item in items]


def plain(text: str) -> str:
    """Text as heard: no HTML, no mnemonic ``&``, no trailing colon."""
    text = html.unescape(TAG.sub(" ", text.replace("<br>", " ")))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = " ".join(text.split())
    return text.rstrip(":").strip()


def words_of(object_name: str) -> str:
    """``learningRateSpin`` → ``Learning rate``; ``race_sgd`` → ``Race sgd``."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", object_name)
    words = [w.lower() for w in words]
    while len(words) > 1 and words[-1] in KIND_WORDS:
        words.pop()
    text = " ".join(words)
    return text[:1].upper() + text[1:]
