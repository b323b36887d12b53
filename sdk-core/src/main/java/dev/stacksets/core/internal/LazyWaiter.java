package dev.stacksets.core.internal;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.operation.OperationWaiter;
import java.util.function.Supplier;

/**
 * The waiter of a service's operation view, made once, on first use, from its client's clock and sleeper; so a view
 * over a test double whose {@code configuration()} is not implemented fails only when it is asked to wait.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * private final LazyWaiter waiter = new LazyWaiter(client::configuration);
 * public OperationWaiter waiter() { return waiter.get(); }
 * }</pre>
 */
public final class LazyWaiter implements Supplier<OperationWaiter> {
  private final Supplier<ClientConfiguration> configuration;
  private volatile OperationWaiter waiter;

  /** A waiter made from {@code configuration}'s clock and sleeper when first asked for. */
  public LazyWaiter(Supplier<ClientConfiguration> configuration) {
    this.configuration = configuration;
  }

  @Override
  public OperationWaiter get() {
    OperationWaiter w = waiter;
    if (w == null) {
      synchronized (this) {
        w = waiter;
        if (w == null) {
          ClientConfiguration c = configuration.get();
          w = OperationWaiter.of(c.clock(), c.sleeper());
          waiter = w;
        }
      }
    }
    return w;
  }
}
