package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a stack-set operation does (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OperationFilter f = OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES);
 * }</pre>
 */
public enum Action {
  /** Creates stack instances. */
  CREATE_STACK_INSTANCES("CREATE_STACK_INSTANCES"),
  /** Deletes stack instances. */
  DELETE_STACK_INSTANCES("DELETE_STACK_INSTANCES"),
  /** Deploys the stack set. */
  DEPLOY_STACK_SET("DEPLOY_STACK_SET"),
  /** Deploys stack instances. */
  DEPLOY_STACK_INSTANCES("DEPLOY_STACK_INSTANCES"),
  /** Updates stack instances (listed by the SDK models, not by the API page). */
  UPDATE_STACK_INSTANCES("UPDATE_STACK_INSTANCES"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, Action> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  Action(String value) {
    this.value = value;
  }

  /** The wire value, or null for {@link #UNKNOWN_TO_SDK_VERSION}. */
  public @Nullable String value() {
    return value;
  }

  /**
   * Maps a wire value (case-sensitive, as the service documents it) to a constant.
   *
   * @return null for null, {@link #UNKNOWN_TO_SDK_VERSION} for a value this SDK version does not know
   */
  public static @Nullable Action fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<Action> knownValues() {
    return OpenEnums.known(Action.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
