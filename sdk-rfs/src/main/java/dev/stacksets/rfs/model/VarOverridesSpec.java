package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The variable overrides of stack instances ({@code var_overrides}): returned by ShowStackInstance only when
 * overrides were set, and sent by CreateStackInstances and UpdateStackInstances. The API documents the object loosely;
 * fields it does not name are kept in {@link #additionalFields()}, which a write never sends.
 *
 * <p>In a write, checked when sent: at most one of {@code varsBody} / {@code varsUri}, and no blank
 * {@code useStackSetVars} element ({@link IllegalArgumentException} naming the fields, nothing sent).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out. {@link #toString()} never shows variable contents.
 *
 * <pre>{@code
 * VarOverrides v = rfs.showStackInstance(r -> r.stackSetName("my_set").region("cn-north-4").stackDomainId(d))
 *     .stackInstance().varOverrides();
 * VarOverrides mine = VarOverrides.builder().varsBody("instance_type = \"s6.small.1\"").build();
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
