package dev.stacksets.examples.cli;

import dev.stacksets.core.operation.OperationEvent;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.TargetStatus;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Live progress of an operation, fed by the SDK's {@code operations().watch(...)} events, as plain lines (fine on a
 * terminal and in a log alike): the status with the per-target counts whenever the operation's status changes or a
 * target moves on, and a line for each target as it fails, with the reason. A line identical to the one before is
 * not printed again. (The watch reports a poll's targets before its status, so the first line already counts every
 * target.)
 *
 * <pre>
 *   RUNNING (OPERATION_IN_PROGRESS), 30 targets: 4 SUCCEEDED, 2 RUNNING, 24 PENDING
 *   failed 0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/cn-north-4: the stack failed to deploy
 *   FAILED (OPERATION_FAILED), 30 targets: 29 SUCCEEDED, 1 FAILED
 * </pre>
 *
 * <p>Not thread-safe; the watch delivers its events one at a time.
 *
 * <pre>{@code
 * WaitProgress progress = new WaitProgress(System.err);
 * view.watch(set, id).forEach(progress::accept).join();
 * StackSetOperation done = progress.operation();
 * }</pre>
 */
public final class WaitProgress {
  private final PrintStream out;
  private final Map<String, OperationTargetResult> targets = new LinkedHashMap<>();
  private StackSetOperation operation;
  private String lastStatusLine;

  /** Reports on {@code out}. */
  public WaitProgress(PrintStream out) {
    this.out = out;
  }

  /** Takes one event of the watch. */
  public void accept(OperationEvent event) {
    if (event instanceof OperationEvent.StatusChanged s) {
      operation = s.operation();
      printStatus();
    } else if (event instanceof OperationEvent.TargetChanged t) {
      OperationTargetResult target = t.target();
      targets.put(orDash(target.account()) + "/" + orDash(target.region()), target);
      if (target.status() == TargetStatus.FAILED) {
        String reason = target.reason() == null ? "no reason given"
            : target.reason().replace('\n', ' ').replace('\r', ' ');
        out.print("  failed " + orDash(target.account()) + "/" + orDash(target.region()) + ": " + reason + "\n");
      }
      if (operation != null && t.previous() != null) {
        printStatus(); // a transition: the targets of the first poll came before the first status, so all are known
      }
    }
    out.flush();
  }

  /** The operation as last reported, or null before the first event. */
  public StackSetOperation operation() {
    return operation;
  }

  private void printStatus() {
    String line = statusLine();
    if (!line.equals(lastStatusLine)) {
      lastStatusLine = line;
      out.print(line + "\n");
    }
  }

  private String statusLine() {
    StringBuilder line = new StringBuilder("  ").append(operation.status());
    if (operation.nativeStatus() != null) {
      line.append(" (").append(operation.nativeStatus()).append(')');
    }
    if (targets.isEmpty()) {
      return line.append(", no target results yet").toString();
    }
    Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
    for (OperationTargetResult t : targets.values()) {
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
