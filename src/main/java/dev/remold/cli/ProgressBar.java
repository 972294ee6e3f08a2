package dev.remold.cli;

import dev.remold.engine.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on stderr (a terminal): files done of all, files per second and the file being read,
 * redrawn with a carriage return ten times a second once the run has taken longer than a delay, and wiped when the run
 * ends. Workers only bump a counter and set a field; a timer thread does the drawing.
 */
final class ProgressBar implements Progress, AutoCloseable {
  /** Runs shorter than this show no bar at all. */
  static final long DELAY_MILLIS = 1000;
  private static final long TICK_MILLIS = 100;
  private static final int BAR_CELLS = 20;

  private final PrintWriter err;
  private final int columns;
  private final long createdNanos = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total = -1;
  private volatile long startedNanos;
  private volatile String current = "";
  private final ScheduledExecutorService ticker;
  // Written by the ticker thread only; close() reads it after the ticker has stopped.
  private int drawnLength;

  private ProgressBar(PrintWriter err, int columns, long delayMillis) {
    this.err = err;
    this.columns = Math.max(20, columns);
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "remold-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> draw(System.nanoTime()), delayMillis, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Returns a bar that starts drawing on err after delayMillis, fitting a terminal of the given width. */
  static ProgressBar start(PrintWriter err, int columns, long delayMillis) {
    return new ProgressBar(err, columns, delayMillis);
  }

  @Override
  public void started(int files) {
    startedNanos = System.nanoTime();
    total = files;
  }

  @Override
  public void fileStarted(String relativePath) {
    current = relativePath;
  }

  @Override
  public void fileDone(String relativePath) {
    done.incrementAndGet();
  }

  /** Draws the line as it is at a time, over the one drawn before. */
  void draw(long nowNanos) {
    String line = render(nowNanos);
    // Padding wipes the tail of a longer line drawn before.
    String pad = " ".repeat(Math.max(0, drawnLength - line.length()));
    synchronized (err) {
      err.print("\r" + line + pad);
      err.flush();
    }
    drawnLength = line.length();
  }

  /** Returns the text of the bar at a time, no wider than the terminal less one column (so it never wraps). */
  String render(long nowNanos) {
    int width = columns - 1;
    int all = total;
    if (all < 0) {
      return fit("remold: finding files… " + seconds(nowNanos - createdNanos), width);
    }
    int n = Math.min(done.get(), all);
    int filled = all == 0 ? BAR_CELLS : (int) ((long) n * BAR_CELLS / all);
    double elapsed = Math.max(1e-3, (nowNanos - startedNanos) / 1e9);
    String head = "remold [" + "#".repeat(filled) + ".".repeat(BAR_CELLS - filled) + "] " + n + "/" + all + " files  "
        + String.format(Locale.ROOT, "%.0f files/s", n / elapsed);
    String file = current;
    int room = width - head.length() - 2;
    // A path cut to a few characters tells nothing; a narrow terminal gets the counts alone.
    if (file.isEmpty() || room < Math.min(file.length(), 12)) {
      return fit(head, width);
    }
    // The end of a path names the file; its start is cut first.
    String shown = file.length() <= room ? file : "…" + file.substring(file.length() - room + 1);
    return head + "  " + shown;
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  /** Stops drawing and wipes the line, leaving the cursor where the bar began. */
  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (drawnLength > 0) {
      synchronized (err) {
        err.print("\r" + " ".repeat(drawnLength) + "\r");
        err.flush();
      }
    }
  }
}
