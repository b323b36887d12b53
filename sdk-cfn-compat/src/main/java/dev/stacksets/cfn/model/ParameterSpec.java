package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * A template parameter of a stack set. CloudFormation masks values of {@code NoEcho} parameters; a value that is not
 * {@code NoEcho} can still be a password or key, so {@link #toString()} shows the key and {@code ***} in place of
 * {@code parameterValue} and {@code resolvedValue} (read them with the accessors).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Parameter p : stackSet.parameters()) {
 *   System.out.println(p.parameterKey() + "=" + p.parameterValue());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface ParameterSpec {
  /** The parameter name. */
  @Nullable String parameterKey();

  /** The value. */
  @Redacted(mask = "***") @Nullable String parameterValue();

  /** Whether the previous value is kept. */
  @Nullable Boolean usePreviousValue();

  /** For SSM parameter types: the resolved value. */
  @Redacted(mask = "***") @Nullable String resolvedValue();
}
