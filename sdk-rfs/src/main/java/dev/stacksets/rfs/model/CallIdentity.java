package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a SERVICE_MANAGED call is made as the organization's management account or as a delegated administrator. Sent as {@code call_identity}; open like the server-owned enums, but {@link #UNKNOWN_TO_SDK_VERSION} cannot be sent.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * rfs.listStackSets(r -> r.callIdentity(CallIdentity.DELEGATED_ADMIN));
 * }</pre>
 */
public enum CallIdentity {
  /** Invoked as the management account (the default). */
  SELF("SELF"),
  /** Invoked as a delegated administrator account. */
  DELEGATED_ADMIN("DELEGATED_ADMIN"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, CallIdentity> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  CallIdentity(String value) {
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
  public static @Nullable CallIdentity fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<CallIdentity> knownValues() {
    return OpenEnums.known(CallIdentity.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
