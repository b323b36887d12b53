package dev.stacksets.core.operation;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one operation on one target: an account (AWS) or domain (Huawei) in one region, with the neutral
 * status, the native status string and the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (OperationTargetResult r : view.listTargetResults("my-set", opId)) {
 *   System.out.println(r.account() + " " + r.region() + " " + r.status() + " " + r.reason());
 * }
 * }</pre>
 */
public final class OperationTargetResult {
  private final Provider provider;
  private final String account;
  private final String region;
  private final String organizationalUnit;
  private final TargetStatus status;
  private final String nativeStatus;
  private final String reason;
  private final Instant updatedAt;

  private OperationTargetResult(Builder b) {
    if (b.provider == null) {
      throw new IllegalStateException("provider is required");
    }
    this.provider = b.provider;
    this.account = b.account;
    this.region = b.region;
    this.organizationalUnit = b.organizationalUnit;
    this.status = b.status == null ? TargetStatus.UNKNOWN : b.status;
    this.nativeStatus = b.nativeStatus;
    this.reason = b.reason;
    this.updatedAt = b.updatedAt;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    return builder().provider(provider).account(account).region(region).organizationalUnit(organizationalUnit)
        .status(status).nativeStatus(nativeStatus).reason(reason).updatedAt(updatedAt);
  }

  /** The service that reported it. */
  public Provider provider() {
    return provider;
  }

  /** AWS account id or Huawei domain id. */
  public @Nullable String account() {
    return account;
  }

  /** Region, or null (Config reports per account only). */
  public @Nullable String region() {
    return region;
  }

  /** Organizational unit id. */
  public @Nullable String organizationalUnit() {
    return organizationalUnit;
  }

  /** Neutral status. */
  public TargetStatus status() {
    return status;
  }

  /** Status exactly as the service sent it. */
  public @Nullable String nativeStatus() {
    return nativeStatus;
  }

  /** Why (failure reason, status message). */
  public @Nullable String reason() {
    return reason;
  }

  /** When the target's status last changed, or null when the service does not say. */
  public @Nullable Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OperationTargetResult)) {
      return false;
    }
    OperationTargetResult x = (OperationTargetResult) o;
    return provider == x.provider && status == x.status && Objects.equals(account, x.account)
        && Objects.equals(region, x.region) && Objects.equals(organizationalUnit, x.organizationalUnit)
        && Objects.equals(nativeStatus, x.nativeStatus) && Objects.equals(reason, x.reason)
        && Objects.equals(updatedAt, x.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, account, region, organizationalUnit, status, nativeStatus);
  }

  @Override
  public String toString() {
    return "OperationTargetResult{provider=" + provider + ", account=" + account + ", region=" + region
        + ", organizationalUnit=" + organizationalUnit + ", status=" + status + " (" + nativeStatus + "), reason="
        + reason + ", updatedAt=" + updatedAt + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Provider provider;
    private String account;
    private String region;
    private String organizationalUnit;
    private TargetStatus status;
    private String nativeStatus;
    private String reason;
    private Instant updatedAt;

    private Builder() {}

    /** Required. */
    public Builder provider(Provider v) {
      provider = v;
      return this;
    }

    /** Account or domain id. */
    public Builder account(@Nullable String v) {
      account = v;
      return this;
    }

    /** Region. */
    public Builder region(@Nullable String v) {
      region = v;
      return this;
    }

    /** Organizational unit. */
    public Builder organizationalUnit(@Nullable String v) {
      organizationalUnit = v;
      return this;
    }

    /** Neutral status. */
    public Builder status(@Nullable TargetStatus v) {
      status = v;
      return this;
    }

    /** Native status. */
    public Builder nativeStatus(@Nullable String v) {
      nativeStatus = v;
      return this;
    }

    /** Reason. */
    public Builder reason(@Nullable String v) {
      reason = v;
      return this;
    }

    /** Last change. */
    public Builder updatedAt(@Nullable Instant v) {
      updatedAt = v;
      return this;
    }

    /** Builds; throws {@link IllegalStateException} when provider is missing. */
    public OperationTargetResult build() {
      return new OperationTargetResult(this);
    }
  }
}
