package dev.stacksets.emulator;

import dev.stacksets.emulator.model.Faults;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link StackSetEmulatorTest}; it can also be registered directly with
 * {@code @ExtendWith(StackSetEmulatorExtension.class)} (defaults apply) or, for custom settings, with
 * {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static StackSetEmulatorExtension emulator = new StackSetEmulatorExtension(
 *     StackSetEmulator.builder().timeSpeed(0).faults(Faults.builder().throttleEveryNth(5).build()));
 * }</pre>
 *
 * <p>One emulator per test class (nested classes share their enclosing class's), kept in the class's extension store
 * and closed by JUnit when the class is done. A non-static {@code @RegisterExtension} field gives one emulator per
 * test method instead. Thread-safe for JUnit's use.
 */
public final class StackSetEmulatorExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(StackSetEmulatorExtension.class);
  private static final String KEY = "emulator";

  private final StackSetEmulator.Builder builder;

  /** Settings from the class's {@link StackSetEmulatorTest} annotation, or the defaults. */
  public StackSetEmulatorExtension() {
    this.builder = null;
  }

  /** Starts emulators from this builder (the annotation, if any, is ignored). */
  public StackSetEmulatorExtension(StackSetEmulator.Builder builder) {
    this.builder = java.util.Objects.requireNonNull(builder, "builder");
  }

  /** The running emulator and the faults it started with. */
  private record Running(StackSetEmulator emulator, Faults initialFaults) implements AutoCloseable {
    @Override
    public void close() {
      emulator.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Running r = running(context);
    r.emulator().faults(r.initialFaults());
    r.emulator().clearTestRules();
    r.emulator().clearServedRequests();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StackSetEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running(context).emulator();
  }

  /**
   * The emulator of the nearest enclosing class that has one (so nested classes share it), started on first use
   * for this class otherwise (also before a PER_CLASS constructor runs).
   */
  private Running running(ExtensionContext context) {
    // getOrComputeIfAbsent looks in the ancestors' stores first; Running is AutoCloseable, so JUnit closes it
    // when the context that stored it ends
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> start(context), Running.class);
  }

  private Running start(ExtensionContext classContext) {
    StackSetEmulator emulator;
    if (builder != null) {
      emulator = builder.start();
    } else {
      Optional<StackSetEmulatorTest> settings = classContext.getTestClass()
          .flatMap(c -> AnnotationSupport.findAnnotation(c, StackSetEmulatorTest.class));
      StackSetEmulator.Builder b = StackSetEmulator.builder();
      settings.ifPresent(s -> b.seed(s.seed()).timeSpeed(s.timeSpeed()).seedData(s.seedData()));
      emulator = b.start();
    }
    return new Running(emulator, emulator.faults());
  }
}
