package dev.stacksets.emulator.internal;

import dev.stacksets.emulator.model.EmulatorService;
import dev.stacksets.emulator.model.Faults;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/** Decides, request by request, which fault of the current {@link Faults} to inject. Thread-safe. */
public final class FaultInjector {
  /** An injected fault. */
  public enum Fault { THROTTLE, SERVER_ERROR, DROP_CONNECTION }

  /**
   * What to do to one request.
   *
   * @param fault   the fault, or null
   * @param latency delay before answering
   * @param status  the 5xx status for SERVER_ERROR
   */
  public record Decision(Fault fault, Duration latency, int status) {}

  private static final Decision NONE = new Decision(null, Duration.ZERO, 0);

  private volatile State state;

  private static final class State {
    final Faults faults;
    final AtomicLong count = new AtomicLong();
    final Random random;

    State(Faults faults) {
      this.faults = faults;
      this.random = new Random(faults.seed());
    }
  }

  public FaultInjector(Faults faults) {
    this.state = new State(faults);
  }

  /** Replaces the settings and restarts the request count. */
  public void set(Faults faults) {
    this.state = new State(faults);
  }

  /** The current settings. */
  public Faults current() {
    return state.faults;
  }

  /** The decision for the next request to {@code service}. */
  public Decision decide(EmulatorService service) {
    State s = state;
    Faults f = s.faults;
    if (f.isNone() || !f.appliesTo(service)) {
      return NONE;
    }
    long k = s.count.incrementAndGet();
    double r1;
    double r2;
    double r3;
    synchronized (s.random) {
      r1 = s.random.nextDouble();
      r2 = s.random.nextDouble();
      r3 = s.random.nextDouble();
    }
    Fault fault = null;
    if (nth(k, f.dropConnectionEveryNth()) || r1 < f.dropConnectionFraction()) {
      fault = Fault.DROP_CONNECTION;
    } else if (nth(k, f.serverErrorEveryNth()) || r2 < f.serverErrorFraction()) {
      fault = Fault.SERVER_ERROR;
    } else if (k <= f.throttleFirst() || nth(k, f.throttleEveryNth()) || r3 < f.throttleFraction()) {
      fault = Fault.THROTTLE;
    }
    return new Decision(fault, f.latency(), f.serverErrorStatus());
  }

  private static boolean nth(long k, int n) {
    return n > 0 && k % n == 0;
  }
}
