package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of the account gate function CloudFormation calls, if configured, before an operation runs in an
 * account and Region.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AccountGateResult gate = summary.accountGateResult();
 * if (gate != null && gate.status() == AccountGateStatus.FAILED) { ... }
 * }</pre>
 */
public final class AccountGateResult {
  private final String status;
  private final String statusReason;

  private AccountGateResult(Builder b) {
    this.status = b.status;
    this.statusReason = b.statusReason;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.statusReason = statusReason;
    return b;
  }

  /**
   * The gate's status. Null when absent; {@link AccountGateStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK
   * does not know (see {@link #statusAsString()}).
   */
  public @Nullable AccountGateStatus status() {
    return AccountGateStatus.fromValue(status);
  }

  /** The gate's status. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Why the gate has this status. */
  public @Nullable String statusReason() {
    return statusReason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AccountGateResult)) {
      return false;
    }
    AccountGateResult o = (AccountGateResult) other;
    return Objects.equals(status, o.status)
        && Objects.equals(statusReason, o.statusReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, statusReason);
  }

  @Override
  public String toString() {
    return new ModelText("AccountGateResult")
        .add("status", status)
        .add("statusReason", statusReason)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String status;
    private String statusReason;

    private Builder() {}

    /** The gate's status. */
    public Builder status(@Nullable AccountGateStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** The gate's status. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Why the gate has this status. */
    public Builder statusReason(@Nullable String value) {
      this.statusReason = value;
      return this;
    }

    /** Builds the immutable object. */
    public AccountGateResult build() {
      return new AccountGateResult(this);
    }
  }
}
