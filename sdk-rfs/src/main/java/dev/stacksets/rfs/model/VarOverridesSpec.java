package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The variable overrides recorded for a stack instance ({@code var_overrides}, returned by ShowStackInstance only when overrides were set). The API documents the object loosely; fields it does not name are kept in {@link #additionalFields()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out. {@link #toString()} never shows variable contents.
 *
 * <pre>{@code
 * VarOverrides v = rfs.showStackInstance(r -> r.stackSetName("my_set").region("cn-north-4").stackDomainId(d))
 *     .stackInstance().varOverrides();
 * }</pre>
 */
@Model(additionalFields = true)
interface VarOverridesSpec {
  /** OBS URL of the variables file ({@code vars_uri}). */
  @Nullable String varsUri();

  /** The variables content ({@code vars_body}). May hold secrets: never shown by {@code toString()}. */
  @Redacted @Nullable String varsBody();

  /** Variables that take the stack set's values ({@code use_stack_set_vars}). */
  List<String> useStackSetVars();
}
