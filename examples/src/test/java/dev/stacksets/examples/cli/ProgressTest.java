package dev.stacksets.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Paging progress: redrawn in place on a terminal, plain lines anywhere else. */
class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private void at(long millis) {
    nanos.set(1_000_000_000L + millis * 1_000_000L);
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void offATerminalWritesPlainLinesAtMostEveryTenSeconds() {
    Progress p = new Progress(out, "results", false, nanos::get);
    at(5_000);
    p.page(100);
    assertThat(text()).isEmpty();
    at(11_000);
    p.page(100);
    at(12_000);
    p.page(100);
    at(20_000);
    p.done();
    assertThat(text()).isEqualTo("  results: 2 pages, 200 items, 18 items/s\n"
        + "  results: 3 pages, 300 items, 15 items/s\n");
    assertThat(p.pages()).isEqualTo(3);
    assertThat(p.items()).isEqualTo(300);
  }

  @Test
  void onATerminalRedrawsOneLineInPlace() {
    Progress p = new Progress(out, "results", true, nanos::get);
    at(50);
    p.page(100);
    at(100);
    p.page(100);
    at(200);
    p.page(100);
    at(400);
    p.done();
    assertThat(text()).isEqualTo("\r  results: 1 pages, 100 items, 2000 items/s   "
        + "\r  results: 3 pages, 300 items, 1500 items/s   "
        + "\r  results: 3 pages, 300 items, 750 items/s   \n");
  }
}
