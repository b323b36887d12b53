package dev.stacksets.cfn.config.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of an organization conformance pack in one member account.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (OrganizationConformancePackDetailedStatus s : config
 *     .getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName("my-pack"))) {
 *   System.out.println(s.accountId() + " " + s.statusAsString() + " " + s.lastUpdateTime());
 * }
 * }</pre>
 */
public final class OrganizationConformancePackDetailedStatus {
  private final String accountId;
  private final String conformancePackName;
  private final String status;
  private final String errorCode;
  private final String errorMessage;
  private final Instant lastUpdateTime;

  private OrganizationConformancePackDetailedStatus(Builder b) {
    this.accountId = b.accountId;
    this.conformancePackName = b.conformancePackName;
    this.status = b.status;
    this.errorCode = b.errorCode;
    this.errorMessage = b.errorMessage;
    this.lastUpdateTime = b.lastUpdateTime;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.accountId = accountId;
    b.conformancePackName = conformancePackName;
    b.status = status;
    b.errorCode = errorCode;
    b.errorMessage = errorMessage;
    b.lastUpdateTime = lastUpdateTime;
    return b;
  }

  /** The 12-digit member account id. */
  public @Nullable String accountId() {
    return accountId;
  }

  /** The name of the conformance pack deployed in the account. */
  public @Nullable String conformancePackName() {
    return conformancePackName;
  }

  /**
   * The deployment status in the account. Null when absent;
   * {@link OrganizationResourceDetailedStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #statusAsString()}).
   */
  public @Nullable OrganizationResourceDetailedStatus status() {
    return OrganizationResourceDetailedStatus.fromValue(status);
  }

  /** The deployment status in the account. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** The error code when creation or deletion failed. */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** The error message when creation or deletion failed. */
  public @Nullable String errorMessage() {
    return errorMessage;
  }

  /** When the status last changed. */
  public @Nullable Instant lastUpdateTime() {
    return lastUpdateTime;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OrganizationConformancePackDetailedStatus)) {
      return false;
    }
    OrganizationConformancePackDetailedStatus o = (OrganizationConformancePackDetailedStatus) other;
    return Objects.equals(accountId, o.accountId)
        && Objects.equals(conformancePackName, o.conformancePackName)
        && Objects.equals(status, o.status)
        && Objects.equals(errorCode, o.errorCode)
        && Objects.equals(errorMessage, o.errorMessage)
        && Objects.equals(lastUpdateTime, o.lastUpdateTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, conformancePackName, status, errorCode, errorMessage, lastUpdateTime);
  }

  @Override
  public String toString() {
    return new ModelText("OrganizationConformancePackDetailedStatus")
        .add("accountId", accountId)
        .add("conformancePackName", conformancePackName)
        .add("status", status)
        .add("errorCode", errorCode)
        .add("errorMessage", errorMessage)
        .add("lastUpdateTime", lastUpdateTime)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String accountId;
    private String conformancePackName;
    private String status;
    private String errorCode;
    private String errorMessage;
    private Instant lastUpdateTime;

    private Builder() {}

    /** The 12-digit member account id. */
    public Builder accountId(@Nullable String value) {
      this.accountId = value;
      return this;
    }

    /** The name of the conformance pack deployed in the account. */
    public Builder conformancePackName(@Nullable String value) {
      this.conformancePackName = value;
      return this;
    }

    /** The deployment status in the account. */
    public Builder status(@Nullable OrganizationResourceDetailedStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** The deployment status in the account. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** The error code when creation or deletion failed. */
    public Builder errorCode(@Nullable String value) {
      this.errorCode = value;
      return this;
    }

    /** The error message when creation or deletion failed. */
    public Builder errorMessage(@Nullable String value) {
      this.errorMessage = value;
      return this;
    }

    /** When the status last changed. */
    public Builder lastUpdateTime(@Nullable Instant value) {
      this.lastUpdateTime = value;
      return this;
    }

    /** Builds the immutable object. */
    public OrganizationConformancePackDetailedStatus build() {
      return new OrganizationConformancePackDetailedStatus(this);
    }
  }
}
