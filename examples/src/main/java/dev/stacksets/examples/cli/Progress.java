package dev.stacksets.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A live progress report on stderr while pages stream in: pages, items and rate. On a terminal it redraws one line
 * in place with a carriage return, at most every 100 ms; anywhere else (a file, a pipe, a CI log) it writes plain
 * lines instead, at most one every 10 s, so logs get no carriage returns. {@link #done()} ends with the final count.
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * Progress p = new Progress(System.err, "results", System.console() != null);
 * for (Page<?> page : paginator.pages()) { p.page(page.items().size()); }
 * p.done();
 * }</pre>
 */
public final class Progress {
  private static final long TERMINAL_EVERY_NANOS = 100_000_000L;
  private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

  private final PrintStream out;
  private final String label;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastDraw;
  private long pages;
  private long items;

  /**
   * Reports on {@code out} with the given label.
   *
   * @param terminal whether {@code out} is an interactive terminal (redraw in place) or not (plain lines)
   */
  public Progress(PrintStream out, String label, boolean terminal) {
    this(out, label, terminal, System::nanoTime);
  }

  /** With the given nanosecond clock (for tests). */
  Progress(PrintStream out, String label, boolean terminal, LongSupplier nanoTime) {
    this.out = out;
    this.label = label;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastDraw = terminal ? start - TERMINAL_EVERY_NANOS : start; // a terminal shows the first page at once
  }

  /** Counts one more page of {@code itemCount} items. */
  public void page(int itemCount) {
    pages++;
    items += itemCount;
    long now = nanoTime.getAsLong();
    if (now - lastDraw >= (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Pages seen. */
  public long pages() {
    return pages;
  }

  /** Items seen. */
  public long items() {
    return items;
  }

  /** Draws the final count and ends the line. */
  public void done() {
    draw(nanoTime.getAsLong());
    if (terminal) {
      out.println();
    }
    out.flush();
  }

  private void draw(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    String text = String.format(Locale.ROOT, "  %s: %d pages, %d items, %.0f items/s", label, pages, items,
        items / seconds);
    if (terminal) {
      out.print("\r" + text + "   ");
    } else {
      out.print(text + "\n");
    }
    out.flush();
  }
}
