package dev.stacksets.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class a running {@link StackSetEmulator}: one emulator is started before the class's first
 * test and closed after its last, and is injected into any constructor, lifecycle or test method parameter of type
 * {@code StackSetEmulator}. After each test, injected faults are turned off, targets and accounts told to fail or
 * drift are forgotten, and the served-request log is cleared.
 * Nested test classes share their enclosing class's emulator.
 *
 * <p>Requires {@code junit-jupiter-api} on the test classpath (the emulator declares it optional).
 *
 * <pre>{@code
 * @StackSetEmulatorTest(timeSpeed = 0)
 * class MyTest {
 *   @Test
 *   void listsStackSets(StackSetEmulator emulator) {
 *     RfsClient rfs = RfsClient.builder().endpoint(emulator.rfsEndpoint())
 *         .credentialsProvider(() -> emulator.credentials()).build();
 *     assertFalse(rfs.listStackSets(r -> {}).stackSets().isEmpty());
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StackSetEmulatorExtension.class)
public @interface StackSetEmulatorTest {
  /** Seed of the generated data. */
  long seed() default StackSetEmulator.DEFAULT_SEED;

  /** Emulator seconds per wall-clock second; 0 freezes time so only {@code advanceTime} moves it. */
  double timeSpeed() default 1.0;

  /** Whether to generate seed data. */
  boolean seedData() default true;
}
