package dev.stacksets.examples.cli;

import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.TargetStatus;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Live progress of an operation being waited for, as plain lines (fine on a terminal and in a log alike): a line
 * whenever the operation's status or its per-target counts change, and a line for each target the first time it is
 * seen failed. Nothing is printed when a poll shows nothing new.
 *
 * <pre>
 *   RUNNING (OPERATION_IN_PROGRESS), 30 targets: 4 SUCCEEDED, 2 RUNNING, 24 PENDING
 *   failed 0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/cn-north-4: the stack failed to deploy
 *   FAILED (OPERATION_FAILED), 30 targets: 29 SUCCEEDED, 1 FAILED
 * </pre>
 *
 * <p>Not thread-safe.
 *
 * <pre>{@code
 * WaitProgress progress = new WaitProgress(System.err);
 * progress.update(view.getOperation(set, id), view.listTargetResults(set, id).stream().toList());
 * }</pre>
 */
public final class WaitProgress {
  private final PrintStream out;
  private final Set<String> failuresShown = new HashSet<>();
  private String lastStatusLine;

  /** Reports on {@code out}. */
  public WaitProgress(PrintStream out) {
    this.out = out;
  }

  /** Reports what changed since the last update: the operation as just polled, with all its target results. */
  public void update(StackSetOperation operation, List<OperationTargetResult> targets) {
    String line = statusLine(operation, targets);
    if (!line.equals(lastStatusLine)) {
      lastStatusLine = line;
      out.print(line + "\n");
    }
    for (OperationTargetResult t : targets) {
      if (t.status() == TargetStatus.FAILED) {
        String where = orDash(t.account()) + "/" + orDash(t.region());
        if (failuresShown.add(where)) {
          String reason = t.reason() == null ? "no reason given" : t.reason().replace('\n', ' ').replace('\r', ' ');
          out.print("  failed " + where + ": " + reason + "\n");
        }
      }
    }
    out.flush();
  }

  private static String statusLine(StackSetOperation operation, List<OperationTargetResult> targets) {
    StringBuilder line = new StringBuilder("  ").append(operation.status());
    if (operation.nativeStatus() != null) {
      line.append(" (").append(operation.nativeStatus()).append(')');
    }
    if (targets.isEmpty()) {
      return line.append(", no target results yet").toString();
    }
    Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
    for (OperationTargetResult t : targets) {
      counts.merge(t.status(), 1, Integer::sum);
    }
    StringJoiner byStatus = new StringJoiner(", ");
    counts.forEach((status, n) -> byStatus.add(n + " " + status));
    return line.append(", ").append(targets.size()).append(targets.size() == 1 ? " target: " : " targets: ")
        .append(byStatus).toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
