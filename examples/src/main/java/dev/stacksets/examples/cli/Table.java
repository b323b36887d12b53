package dev.stacksets.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, for output a person reads at a glance. Cells longer than the column's
 * limit are shortened with an ellipsis; null cells print as {@code -}.
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * Table t = new Table("NAME", "STATUS");
 * t.row("my_stack_set", "IDLE");
 * t.print(System.out);
 * }</pre>
 */
public final class Table {
  private static final int MAX_CELL = 48;

  private final String[] headers;
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headers. */
  public Table(String... headers) {
    this.headers = headers.clone();
  }

  /** Adds a row; values are turned into strings, null into {@code -}. */
  public Table row(Object... values) {
    if (values.length != headers.length) {
      throw new IllegalArgumentException("row has " + values.length + " cells, table has " + headers.length);
    }
    String[] cells = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = shorten(values[i] == null ? "-" : String.valueOf(values[i]));
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
        widths[i] = Math.max(widths[i], r[i].codePointCount(0, r[i].length()));
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
        for (int pad = cells[i].codePointCount(0, cells[i].length()); pad < widths[i]; pad++) {
          l.append(' ');
        }
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  private static String shorten(String s) {
    s = s.replace('\n', ' ').replace('\r', ' ');
    return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
  }
}
