package dev.stacksets.cfn.config.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GetOrganizationConformancePackDetailedStatus}: one account and/or one status (a single
 * object, not a list).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganizationResourceDetailedStatusFilters f = OrganizationResourceDetailedStatusFilters.builder()
 *     .status(OrganizationResourceDetailedStatus.CREATE_FAILED).build();
 * }</pre>
 */
public final class OrganizationResourceDetailedStatusFilters {
  private final String accountId;
  private final String status;

  private OrganizationResourceDetailedStatusFilters(Builder b) {
    this.accountId = b.accountId;
    this.status = b.status;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.accountId = accountId;
    b.status = status;
    return b;
  }

  /** Only this 12-digit member account. */
  public @Nullable String accountId() {
    return accountId;
  }

  /**
   * Only accounts in this status. Null when absent;
   * {@link OrganizationResourceDetailedStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #statusAsString()}).
   */
  public @Nullable OrganizationResourceDetailedStatus status() {
    return OrganizationResourceDetailedStatus.fromValue(status);
  }

  /** Only accounts in this status. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OrganizationResourceDetailedStatusFilters)) {
      return false;
    }
    OrganizationResourceDetailedStatusFilters o = (OrganizationResourceDetailedStatusFilters) other;
    return Objects.equals(accountId, o.accountId)
        && Objects.equals(status, o.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, status);
  }

  @Override
  public String toString() {
    return new ModelText("OrganizationResourceDetailedStatusFilters")
        .add("accountId", accountId)
        .add("status", status)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String accountId;
    private String status;

    private Builder() {}

    /** Only this 12-digit member account. */
    public Builder accountId(@Nullable String value) {
      this.accountId = value;
      return this;
    }

    /** Only accounts in this status. */
    public Builder status(@Nullable OrganizationResourceDetailedStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** Only accounts in this status. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Builds the immutable object. */
    public OrganizationResourceDetailedStatusFilters build() {
      return new OrganizationResourceDetailedStatusFilters(this);
    }
  }
}
