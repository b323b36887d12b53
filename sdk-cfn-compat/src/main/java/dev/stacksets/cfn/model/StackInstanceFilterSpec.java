package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * A filter for {@code ListStackInstances}: a field name and one value of 1 to 128 non-space characters.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackInstanceFilter failed = StackInstanceFilter.builder()
 *     .name(StackInstanceFilterName.DETAILED_STATUS).values("FAILED").build();
 * }</pre>
 */
@Model
interface StackInstanceFilterSpec {
  /** The field to filter on. */
  @Nullable StackInstanceFilterName name();

  /**
   * The value to match; a single string despite the plural name (the wire field is {@code Values}). Null when
   * absent.
   */
  @Nullable String values();
}
