"""A run as an animation: which epochs the frames show, and writing them as GIF, MP4 or WebM.

Pure numbers and files (no Qt): the window and ``gdviz export --animation``
draw the frames (see :mod:`gdviz.ui.controllers.animation_export`) and hand them to an
:class:`Encoder` as RGB arrays. MP4 (H.264) and WebM (VP9) are encoded by
PyAV, whose wheel carries FFmpeg; GIF by Pillow, with one palette for every
frame. The file is written under a temporary name and moved into place only
when complete, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import io
import math
import struct
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from gdviz.core.i18n import localise, translate
from gdviz.core.io.atomic import PendingFile

FORMATS = {".gif": "GIF", ".mp4": "MP4 (H.264)", ".webm": "WebM (VP9)"}
TRANSPARENT = 255  # a GIF's unchanged pixels (frames have at most 255 colours)
VIEWS = ("dashboard", "fit", "landscape", "loss")


@dataclass(frozen=True)
class AnimationRequest:
    """What to write: the file (its extension picks the format), the view, the width in
    pixels, frames per second, seconds of training shown, and seconds the last frame holds."""

    path: Path
    view: str = "dashboard"
    width: int = 800
    fps: int = 30
    duration: float = 8.0
    hold: float = 0.0  # optional: by default the file has exactly fps x duration frames

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", Path(self.path))
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str | None:
        if self.suffix not in FORMATS:
            return translate(
                "video",
                "the file name must end .gif, .mp4 or .webm (the extension picks the format)",
            )
        if self.view not in VIEWS:
            return translate("video", "the view must be one of {views}").format(
                views=", ".join(VIEWS)
            )
        if not 120 <= self.width <= 4000:
            return translate("video", "the width must be 120 to 4000 pixels, got {n}").format(
                n=self.width
            )
        if not 1 <= self.fps <= 60:
            return translate("video", "frames per second must be 1 to 60, got {n}").format(
                n=self.fps
            )
        if not (math.isfinite(self.duration) and 0.1 <= self.duration <= 600):
            return localise(
                translate("video", "the duration must be 0.1 to 600 seconds, got {n}").format(
                    n=self.duration
                )
            )
        if not (math.isfinite(self.hold) and 0 <= self.hold <= 60):
            return localise(
                translate("video", "the hold must be 0 to 60 seconds, got {n}").format(n=self.hold)
            )
        return None

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @property
    def training_frames(self) -> int:
        return max(1, round(self.fps * self.duration))

    @property
    def hold_frames(self) -> int:
        return round(self.fps * self.hold)

    @property
    def frame_count(self) -> int:
        """Frames in the file: the training, then the last frame repeated for the hold
        (a GIF shows the hold as a longer last frame instead: ``training_frames``)."""
        if self.suffix == ".gif":
            return self.training_frames
        return self.training_frames + self.hold_frames


def frame_epochs(epochs: int, frames: int) -> np.ndarray:
    """Which epoch each frame shows (0-based, the last one always the run's last).

    Spaced evenly in log(1 + epoch): the start, where most happens, gets most of
    the frames. Fewer epochs than frames: each epoch, then the last held.
    """
    if epochs <= 0:
        return np.zeros(frames, dtype=np.int64)
    if epochs <= frames:
        picks = np.arange(frames, dtype=np.int64)
        return np.minimum(picks, epochs - 1)
    spaced = np.expm1(np.linspace(0.0, math.log1p(epochs - 1), frames))
    picks = np.round(spaced).astype(np.int64)
    # Rounding makes early frames repeat: push each on to the next unused epoch.
    picks = np.maximum.accumulate(np.maximum(picks, np.arange(frames)))
    return np.minimum(picks, epochs - 1)


class Encoder:
    """Writes RGB frames (height x width x 3, uint8) to ``request.path``, atomically."""

    def __init__(
        self,
        request: AnimationRequest,
        width: int,
        height: int,
        palette_from: np.ndarray | None = None,
        pending: PendingFile | None = None,
    ) -> None:
        """``palette_from``: a frame holding every colour (a GIF's one palette is made
        from it; by default from the first frame). ``pending``: the temporary file to
        write (one of a set, committed with the others); by default one of its own,
        moved into place by :meth:`finish`."""
        self.request = request
        # H.264 and VP9 in 4:2:0 need even sizes; a GIF keeps the asked width exactly.
        even = request.suffix != ".gif"
        self.width = width - width % 2 if even else width
        self.height = height - height % 2 if even else height
        self._owns_file = pending is None
        self._file = pending if pending is not None else PendingFile(request.path, request.suffix)
        self._frames = 0
        self._gif_writer: _GifWriter | None = None
        self._pending: Any = None  # a GIF's latest frame (a Pillow image), written later
        self._palette: Any = None  # a GIF's one palette (a Pillow image)
        self._container: Any = None  # PyAV's output container (video)
        self._stream: Any = None
        self._last: Any = None  # the last video frame (repeated for the hold)
        try:
            if request.suffix != ".gif":
                self._open_video()
            elif palette_from is not None:
                self._palette = _palette(palette_from[: self.height, : self.width, :3])
        except Exception:
            self.abort()
            raise

    def _open_video(self) -> None:
        import av

        container = av.open(str(self._file.path), mode="w")
        self._container = container
        fps = Fraction(self.request.fps)
        if self.request.suffix == ".mp4":
            stream = container.add_stream("libx264", rate=fps)
            stream.options = {"crf": "20", "preset": "veryfast"}
        else:
            stream = container.add_stream("libvpx-vp9", rate=fps)
            stream.options = {"crf": "32", "b": "0", "deadline": "realtime", "cpu-used": "8"}
        stream.width = self.width
        stream.height = self.height
        stream.pix_fmt = "yuv420p"
        # One encoding thread: the window (and a run training meanwhile) keep the
        # other cores; frames come one at a time anyway.
        stream.thread_count = 1
        self._stream = stream

    @property
    def frames(self) -> int:
        return self._frames

    def add(self, rgb: np.ndarray) -> None:
        """Add the next frame."""
        rgb = np.ascontiguousarray(rgb[: self.height, : self.width, :3])
        if self.request.suffix == ".gif":
            self._add_gif(rgb)
            return
        import av

        self._last = av.VideoFrame.from_ndarray(rgb, format="rgb24")
        self._encode(self._last)

    def _encode(self, frame) -> None:
        assert self._stream is not None and self._container is not None
        for packet in self._stream.encode(frame):
            self._container.mux(packet)
        self._frames += 1

    def _add_gif(self, rgb: np.ndarray) -> None:
        from PIL import Image

        image = Image.fromarray(rgb, "RGB")
        if self._palette is None:
            self._palette = _palette(rgb)
        frame = image.quantize(palette=self._palette, dither=Image.Dither.NONE)
        if self._gif_writer is None:
            self._gif_writer = _GifWriter(self._file.path, self.width, self.height)
        if self._pending is not None:  # written one late: the last frame's delay differs
            self._gif_writer.add(self._pending, round(100 / self.request.fps))
        self._pending = frame
        self._frames += 1

    def finish(self) -> Path:
        """Add the hold, flush, close and move the file into place; returns its path.
        (A GIF holds with a longer last frame; a video repeats its last frame.)"""
        try:
            if self.request.suffix == ".gif":
                self._write_gif()
            else:
                assert self._stream is not None and self._container is not None
                if self._last is None:
                    raise ValueError("no frames to write")
                for _ in range(self.request.hold_frames):
                    self._encode(self._last)
                for packet in self._stream.encode(None):
                    self._container.mux(packet)
                self._container.close()
                self._container = None
            if self._owns_file:
                self._file.commit()
        except Exception:
            self.abort()
            raise
        return self.request.path

    def _write_gif(self) -> None:
        if self._pending is None or self._gif_writer is None:
            raise ValueError("no frames to write")
        delay = round(100 / self.request.fps) + round(100 * self.request.hold)
        self._gif_writer.add(self._pending, delay)
        self._gif_writer.close()
        self._gif_writer = None

    def abort(self) -> None:
        """Drop everything written so far (the temporary file too)."""
        if self._container is not None:
            try:
                self._container.close()
            except Exception:
                pass
            self._container = None
        if self._gif_writer is not None:
            try:
                self._gif_writer.close()
            except OSError:  # a full disk: the file goes anyway
                self._gif_writer.drop()
            self._gif_writer = None
        self._pending = None
        self._file.discard()


def _palette(rgb: np.ndarray):
    """One 255-colour palette for every frame of a GIF, from a frame that holds every
    colour (plots: axes, points, the map, the curves)."""
    from PIL import Image

    return Image.fromarray(np.ascontiguousarray(rgb), "RGB").quantize(
        colors=255, method=Image.Quantize.MEDIANCUT
    )


class _GifWriter:
    """An animated GIF written frame by frame (memory stays flat however long it is).

    Pillow encodes each frame as a one-image GIF; its image block (LZW data) is
    copied here with the frame's palette as a local colour table, after a
    graphic-control block with the frame's delay.
    """

    def __init__(self, path: Path, width: int, height: int) -> None:
        self._out = open(path, "wb")  # noqa: SIM115 (closed by close())
        header = b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0)
        loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01" + struct.pack("<H", 0) + b"\x00"
        self._out.write(header + loop)
        self._previous: np.ndarray | None = None

    def add(self, frame, delay_cs: int) -> None:
        """``frame``: a P-mode Pillow image with at most 255 colours; shown for
        ``delay_cs`` hundredths of a second. Pixels unchanged since the frame before are
        written as transparent (index 255), which compresses to almost nothing."""
        from PIL import Image

        pixels = np.asarray(frame)
        flags = 1 << 2  # disposal: keep this frame under the next one
        if self._previous is not None and self._previous.shape == pixels.shape:
            changed = np.where(pixels == self._previous, TRANSPARENT, pixels).astype(np.uint8)
            image = Image.fromarray(changed, "P")
            image.putpalette(frame.getpalette()[: 3 * TRANSPARENT] + [0, 0, 0])
            flags |= 1  # with a transparent colour
        else:
            image = frame
        self._previous = pixels
        buffer = io.BytesIO()
        image.save(buffer, format="GIF", optimize=False, interlace=False)
        palette, block = _image_block(buffer.getvalue())
        control = (
            b"\x21\xf9\x04"
            + struct.pack("<BHB", flags, min(delay_cs, 65535), TRANSPARENT)
            + b"\x00"
        )
        # The image descriptor, with the palette as its local colour table.
        size_bits = max(0, (len(palette) // 3).bit_length() - 2)
        interlaced = block[9] & 0x40
        descriptor = block[:9] + bytes([0x80 | interlaced | size_bits])
        table = palette.ljust(3 * (2 << size_bits), b"\x00")
        self._out.write(control + descriptor + table + block[10:])

    def close(self) -> None:
        if not self._out.closed:
            try:
                self._out.write(b"\x3b")
            finally:
                self._out.close()

    def drop(self) -> None:
        """Close without finishing (after a failed write)."""
        try:
            self._out.close()
        except OSError:
            pass


def _image_block(gif: bytes) -> tuple[bytes, bytes]:
    """From a one-image GIF: its global palette, and its image block (from the image
    descriptor to the end of the LZW data)."""
    flags = gif[10]
    table = 3 * (2 << (flags & 7)) if flags & 0x80 else 0
    palette = gif[13 : 13 + table]
    pos = 13 + table
    while gif[pos] == 0x21:  # extensions: skip their sub-blocks
        pos += 2
        while gif[pos]:
            pos += gif[pos] + 1
        pos += 1
    if gif[pos] != 0x2C:
        raise ValueError("Pillow wrote an unexpected GIF layout")
    local = gif[pos + 9]
    start = pos + 10
    if local & 0x80:  # a local table already: use it
        size = 3 * (2 << (local & 7))
        palette = gif[start : start + size]
        start += size
    image = gif[pos : pos + 10] + gif[start:]
    return palette, image.rstrip(b"\x3b") if image.endswith(b"\x00\x3b") else image
