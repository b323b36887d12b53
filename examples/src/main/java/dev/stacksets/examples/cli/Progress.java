package dev.stacksets.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A live one-line progress report on stderr while pages stream in: pages, items and rate. Redraws the line in place
 * with a carriage return, at most every 100 ms, and ends it with a newline on {@link #done()}.
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * Progress p = new Progress(System.err, "results");
 * for (Page<?> page : paginator.pages()) { p.page(page.items().size()); }
 * p.done();
 * }</pre>
 */
public final class Progress {
  private final PrintStream out;
  private final String label;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long pages;
  private long items;

  /** Reports on {@code out} with the given label. */
  public Progress(PrintStream out, String label) {
    this.out = out;
    this.label = label;
  }

  /** Counts one more page of {@code itemCount} items. */
  public void page(int itemCount) {
    pages++;
    items += itemCount;
    long now = System.nanoTime();
    if (now - lastDraw > 100_000_000L) {
      lastDraw = now;
      draw();
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

  /** Draws the final line and ends it. */
  public void done() {
    draw();
    out.println();
    out.flush();
  }

  private void draw() {
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    out.print(String.format(Locale.ROOT, "\r  %s: %d pages, %d items, %.0f items/s   ", label, pages, items,
        items / seconds));
    out.flush();
  }
}
