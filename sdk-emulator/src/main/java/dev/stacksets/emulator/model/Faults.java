package dev.stacksets.emulator.model;

import dev.stacksets.emulator.StackSetEmulator;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Fault-injection settings of a {@link StackSetEmulator}: throttling, server errors and dropped connections (on a
 * fixed schedule or a seeded random fraction of requests), and added latency. Each service answers a throttled
 * request in its own format: RFS {@code 429} with {@code APIGW.0308}, CloudFormation {@code 400 Throttling},
 * Config {@code 400 ThrottlingException}. A dropped connection sends the status line, the headers and half of the
 * body, then closes the socket.
 *
 * <p>Requests are counted from 1 per settings object (setting new faults restarts the count), and only requests to
 * the selected {@link #services()} count. When several faults hit the same request, a dropped connection wins over
 * a server error, which wins over throttling.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * emulator.faults(Faults.builder().throttleFirst(2).build());            // the first two calls are throttled
 * emulator.faults(Faults.builder().serverErrorFraction(0.1).seed(7).build());
 * emulator.faults(Faults.none());
 * }</pre>
 */
public final class Faults {
  private static final Faults NONE = builder().build();

  private final int throttleFirst;
  private final int throttleEveryNth;
  private final double throttleFraction;
  private final int serverErrorEveryNth;
  private final double serverErrorFraction;
  private final int serverErrorStatus;
  private final int dropConnectionEveryNth;
  private final double dropConnectionFraction;
  private final Duration latency;
  private final Set<EmulatorService> services;
  private final long seed;

  private Faults(Builder b) {
    this.throttleFirst = b.throttleFirst;
    this.throttleEveryNth = b.throttleEveryNth;
    this.throttleFraction = b.throttleFraction;
    this.serverErrorEveryNth = b.serverErrorEveryNth;
    this.serverErrorFraction = b.serverErrorFraction;
    this.serverErrorStatus = b.serverErrorStatus;
    this.dropConnectionEveryNth = b.dropConnectionEveryNth;
    this.dropConnectionFraction = b.dropConnectionFraction;
    this.latency = b.latency;
    this.services = b.services.isEmpty() ? Set.of() : Set.copyOf(b.services);
    this.seed = b.seed;
  }

  /** No faults. */
  public static Faults none() {
    return NONE;
  }

  /** A new builder (no faults). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.throttleFirst = throttleFirst;
    b.throttleEveryNth = throttleEveryNth;
    b.throttleFraction = throttleFraction;
    b.serverErrorEveryNth = serverErrorEveryNth;
    b.serverErrorFraction = serverErrorFraction;
    b.serverErrorStatus = serverErrorStatus;
    b.dropConnectionEveryNth = dropConnectionEveryNth;
    b.dropConnectionFraction = dropConnectionFraction;
    b.latency = latency;
    b.services = services.isEmpty() ? EnumSet.noneOf(EmulatorService.class) : EnumSet.copyOf(services);
    b.seed = seed;
    return b;
  }

  /** The first this many requests are throttled (0: off). */
  public int throttleFirst() {
    return throttleFirst;
  }

  /** Every n-th request is throttled (0: off). */
  public int throttleEveryNth() {
    return throttleEveryNth;
  }

  /** This fraction of requests is throttled, chosen with the seeded random (0: off). */
  public double throttleFraction() {
    return throttleFraction;
  }

  /** Every n-th request gets a server error (0: off). */
  public int serverErrorEveryNth() {
    return serverErrorEveryNth;
  }

  /** This fraction of requests gets a server error (0: off). */
  public double serverErrorFraction() {
    return serverErrorFraction;
  }

  /** The HTTP status of injected server errors (500, 502, 503 or 504). */
  public int serverErrorStatus() {
    return serverErrorStatus;
  }

  /** Every n-th request has its connection dropped mid-response (0: off). */
  public int dropConnectionEveryNth() {
    return dropConnectionEveryNth;
  }

  /** This fraction of requests has its connection dropped mid-response (0: off). */
  public double dropConnectionFraction() {
    return dropConnectionFraction;
  }

  /** Latency added before every answer (zero: none). */
  public Duration latency() {
    return latency;
  }

  /** The services the faults apply to; empty means all. */
  public Set<EmulatorService> services() {
    return services;
  }

  /** Seed of the random used for the fractions. */
  public long seed() {
    return seed;
  }

  /** True when the settings inject nothing. */
  public boolean isNone() {
    return throttleFirst == 0 && throttleEveryNth == 0 && throttleFraction == 0 && serverErrorEveryNth == 0
        && serverErrorFraction == 0 && dropConnectionEveryNth == 0 && dropConnectionFraction == 0
        && latency.isZero();
  }

  /** True when requests to {@code service} are subject to these faults. */
  public boolean appliesTo(EmulatorService service) {
    return services.isEmpty() || services.contains(service);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Faults)) {
      return false;
    }
    Faults f = (Faults) o;
    return throttleFirst == f.throttleFirst && throttleEveryNth == f.throttleEveryNth
        && Double.compare(throttleFraction, f.throttleFraction) == 0 && serverErrorEveryNth == f.serverErrorEveryNth
        && Double.compare(serverErrorFraction, f.serverErrorFraction) == 0
        && serverErrorStatus == f.serverErrorStatus && dropConnectionEveryNth == f.dropConnectionEveryNth
        && Double.compare(dropConnectionFraction, f.dropConnectionFraction) == 0 && latency.equals(f.latency)
        && services.equals(f.services) && seed == f.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(throttleFirst, throttleEveryNth, throttleFraction, serverErrorEveryNth, serverErrorFraction,
        serverErrorStatus, dropConnectionEveryNth, dropConnectionFraction, latency, services, seed);
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "Faults{none}";
    }
    StringBuilder sb = new StringBuilder("Faults{");
    append(sb, "throttleFirst", throttleFirst);
    append(sb, "throttleEveryNth", throttleEveryNth);
    append(sb, "throttleFraction", throttleFraction);
    append(sb, "serverErrorEveryNth", serverErrorEveryNth);
    append(sb, "serverErrorFraction", serverErrorFraction);
    if (serverErrorEveryNth != 0 || serverErrorFraction != 0) {
      append(sb, "serverErrorStatus", serverErrorStatus);
    }
    append(sb, "dropConnectionEveryNth", dropConnectionEveryNth);
    append(sb, "dropConnectionFraction", dropConnectionFraction);
    if (!latency.isZero()) {
      sb.append("latency=").append(latency).append(", ");
    }
    if (!services.isEmpty()) {
      sb.append("services=").append(services).append(", ");
    }
    sb.setLength(sb.length() - 2);
    return sb.append('}').toString();
  }

  private static void append(StringBuilder sb, String name, double value) {
    if (value != 0) {
      sb.append(name).append('=').append(value == Math.rint(value) ? String.valueOf((long) value)
          : String.valueOf(value)).append(", ");
    }
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private int throttleFirst;
    private int throttleEveryNth;
    private double throttleFraction;
    private int serverErrorEveryNth;
    private double serverErrorFraction;
    private int serverErrorStatus = 500;
    private int dropConnectionEveryNth;
    private double dropConnectionFraction;
    private Duration latency = Duration.ZERO;
    private EnumSet<EmulatorService> services = EnumSet.noneOf(EmulatorService.class);
    private long seed = 1;

    private Builder() {}

    /** Throttles the first {@code n} requests (0 turns it off). */
    public Builder throttleFirst(int n) {
      this.throttleFirst = nonNegative(n, "throttleFirst");
      return this;
    }

    /** Throttles every {@code n}-th request (0 turns it off). */
    public Builder throttleEveryNth(int n) {
      this.throttleEveryNth = nonNegative(n, "throttleEveryNth");
      return this;
    }

    /** Throttles this fraction (0..1) of requests. */
    public Builder throttleFraction(double fraction) {
      this.throttleFraction = fraction(fraction, "throttleFraction");
      return this;
    }

    /** Answers every {@code n}-th request with a server error (0 turns it off). */
    public Builder serverErrorEveryNth(int n) {
      this.serverErrorEveryNth = nonNegative(n, "serverErrorEveryNth");
      return this;
    }

    /** Answers this fraction (0..1) of requests with a server error. */
    public Builder serverErrorFraction(double fraction) {
      this.serverErrorFraction = fraction(fraction, "serverErrorFraction");
      return this;
    }

    /** The status of injected server errors: 500 (default), 502, 503 or 504. */
    public Builder serverErrorStatus(int status) {
      if (status != 500 && status != 502 && status != 503 && status != 504) {
        throw new IllegalArgumentException("serverErrorStatus must be 500, 502, 503 or 504, was " + status);
      }
      this.serverErrorStatus = status;
      return this;
    }

    /** Drops the connection mid-response on every {@code n}-th request (0 turns it off). */
    public Builder dropConnectionEveryNth(int n) {
      this.dropConnectionEveryNth = nonNegative(n, "dropConnectionEveryNth");
      return this;
    }

    /** Drops the connection mid-response on this fraction (0..1) of requests. */
    public Builder dropConnectionFraction(double fraction) {
      this.dropConnectionFraction = fraction(fraction, "dropConnectionFraction");
      return this;
    }

    /** Adds this latency before every answer. */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, was " + latency);
      }
      this.latency = latency;
      return this;
    }

    /** Restricts the faults to these services (none given: all services). */
    public Builder services(EmulatorService... services) {
      EnumSet<EmulatorService> s = EnumSet.noneOf(EmulatorService.class);
      for (EmulatorService e : services) {
        s.add(Objects.requireNonNull(e, "services contains null"));
      }
      this.services = s;
      return this;
    }

    /** Seed of the random that picks requests for the fractions (default 1). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Builds the settings. */
    public Faults build() {
      return new Faults(this);
    }

    private static int nonNegative(int n, String name) {
      if (n < 0) {
        throw new IllegalArgumentException(name + " must be >= 0, was " + n);
      }
      return n;
    }

    private static double fraction(double f, String name) {
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException(name + " must be between 0 and 1, was " + f);
      }
      return f;
    }
  }
}
