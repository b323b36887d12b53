package dev.stacksets.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for output a person reads at a glance. Cells are printed whole, so ids
 * and names can be copied from it; only columns marked as free text ({@link #abbreviate(String...)}, e.g. a failure
 * reason) shorten cells longer than 48 characters with an ellipsis. Line breaks inside cells print as spaces; null
 * cells print as {@code -}.
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * Table t = new Table("NAME", "STATUS", "ID", "REASON").abbreviate("REASON");
 * t.row("my-set", "ACTIVE", "my-set:8e0c7a34-4d1b-4b7e-9a0e-5d2f1c3b4a59", longReason);
 * t.print(System.out);
 * }</pre>
 */
public final class Table {
  private static final int MAX_CELL = 48;

  private final String[] headers;
  private final boolean[] abbreviated;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers. */
  public Table(String... headers) {
    this.headers = headers.clone();
    this.abbreviated = new boolean[headers.length];
  }

  /**
   * Marks free-text columns whose long cells may be shortened (never ids). Call before adding rows.
   *
   * @throws IllegalArgumentException for a header the table does not have
   */
  public Table abbreviate(String... columns) {
    for (String column : columns) {
      int i = Arrays.asList(headers).indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + Arrays.toString(headers));
      }
      abbreviated[i] = true;
    }
    return this;
  }

  /** Adds a row; values are turned into strings, null into {@code -}. */
  public Table row(Object... values) {
    if (values.length != headers.length) {
      throw new IllegalArgumentException("row has " + values.length + " cells, table has " + headers.length);
    }
    String[] cells = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      String cell = values[i] == null ? "-" : String.valueOf(values[i]).replace('\n', ' ').replace('\r', ' ');
      cells[i] = abbreviated[i] ? shorten(cell) : cell;
    }
    rows.add(cells);
    return this;
  }

  /** Number of rows added. */
  public int size() {
    return rows.size();
  }

  /** Prints the header, a rule and the rows, columns padded to their widest cell. */
  public void print(PrintStream out) {
    out.print(render());
  }

  /** The table as text, one line per row, each ending in a newline. */
  public String render() {
    int[] widths = new int[headers.length];
    for (int i = 0; i < headers.length; i++) {
      widths[i] = headers[i].length();
    }
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], displayWidth(r[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    String[] rule = new String[headers.length];
    for (int i = 0; i < rule.length; i++) {
      char[] dashes = new char[widths[i]];
      Arrays.fill(dashes, '-');
      rule[i] = new String(dashes);
    }
    line(sb, rule, widths);
    for (String[] r : rows) {
      line(sb, r, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        l.append("  ");
      }
      l.append(cells[i]);
      if (i < cells.length - 1) {
        for (int pad = displayWidth(cells[i]); pad < widths[i]; pad++) {
          l.append(' ');
        }
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  /** Terminal columns a text takes: East Asian wide characters (CJK, Hangul, full-width forms) take two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
          || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
          || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
      w += wide ? 2 : 1;
    }
    return w;
  }

  private static String shorten(String s) {
    if (s.codePointCount(0, s.length()) <= MAX_CELL) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
  }
}
