package dev.stacksets.emulator.internal;

import dev.stacksets.emulator.model.ServedRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The last requests served (bounded), for tests that assert on retries and faults. Thread-safe. */
public final class RequestLog {
  private final int capacity;
  private final ArrayDeque<ServedRequest> entries = new ArrayDeque<>();
  private long total;

  public RequestLog(int capacity) {
    this.capacity = capacity;
  }

  /** Appends one entry, forgetting the oldest beyond the capacity. */
  public synchronized void add(ServedRequest r) {
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(r);
    total++;
  }

  /** The retained entries, oldest first. */
  public synchronized List<ServedRequest> snapshot() {
    return new ArrayList<>(entries);
  }

  /** All requests ever served (also those no longer retained). */
  public synchronized long total() {
    return total;
  }

  /** Forgets the retained entries (the total stays). */
  public synchronized void clear() {
    entries.clear();
  }
}
