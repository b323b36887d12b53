package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import org.jspecify.annotations.Nullable;

/**
 * A parameter passed to a conformance pack template. Both members are required in a request. A value can be a
 * password or key, so {@link #toString()} shows {@code ***} in place of {@code parameterValue}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ConformancePackInputParameter p = ConformancePackInputParameter.builder()
 *     .parameterName("MaxAccessKeyAge").parameterValue("90").build();
 * }</pre>
 */
@Model(additionalFields = true)
interface ConformancePackInputParameterSpec {
  /** The parameter name, at most 255 characters. */
  @Nullable String parameterName();

  /** The value, at most 4096 characters. */
  @Redacted(mask = "***") @Nullable String parameterValue();
}
