package dev.stacksets.emulator;

/**
 * Placeholder for the in-process emulator (issue 7 replaces it).
 *
 * <p>Thread-safe.
 */
public final class StackSetEmulator {
  private StackSetEmulator() {}
}
