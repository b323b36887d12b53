/**
 * The emulator's value types: which {@link dev.stacksets.emulator.model.EmulatorService services} it speaks, the
 * {@link dev.stacksets.emulator.model.Faults faults} it injects and the {@link dev.stacksets.emulator.model.ServedRequest
 * requests it served}. They sit below both {@link dev.stacksets.emulator.StackSetEmulator} and the emulator's engine,
 * so the packages depend on each other in one direction only.
 *
 * <p>Every type here is immutable and thread-safe.
 *
 * <pre>{@code
 * emulator.faults(Faults.builder().throttleEveryNth(2).services(EmulatorService.RFS).build());
 * }</pre>
 */
@NullMarked
package dev.stacksets.emulator.model;

import org.jspecify.annotations.NullMarked;
