/**
 * An in-process emulator of the Huawei Cloud RFS, AWS CloudFormation and AWS Config stack-set APIs for tests,
 * examples and demos.
 *
 * <p>{@link dev.stacksets.emulator.StackSetEmulator} serves the three real protocols on one loopback port from one
 * seeded, living in-memory model; {@link dev.stacksets.emulator.model.Faults} injects throttling, server errors, latency
 * and dropped connections; {@link dev.stacksets.emulator.EmulatedStackSets} and
 * {@link dev.stacksets.emulator.EmulatedConfig} let a test start operations and read the model;
 * {@link dev.stacksets.emulator.StackSetEmulatorTest} gives a JUnit 5 test class a running emulator.
 *
 * <pre>{@code
 * @StackSetEmulatorTest(timeSpeed = 0)
 * class MyTest {
 *   @Test
 *   void waits(StackSetEmulator emulator) {
 *     String op = emulator.rfs().startOperation("my_hello_world_stack_set", "DEPLOY_STACK_SET");
 *     emulator.advanceTime(Duration.ofHours(1));
 *     assertEquals("OPERATION_COMPLETE", emulator.rfs().operationStatus("my_hello_world_stack_set", op));
 *   }
 * }
 * }</pre>
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.emulator;

import org.jspecify.annotations.NullMarked;
