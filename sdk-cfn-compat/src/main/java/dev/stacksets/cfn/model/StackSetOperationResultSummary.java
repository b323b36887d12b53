package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The result of a stack-set operation in one account and Region, as listed by
 * {@code ListStackSetOperationResults}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetOperationResultSummary s : cfn.listStackSetOperationResultsPaginator(r -> r
 *     .stackSetName("my-set").operationId(opId))) {
 *   System.out.println(s.account() + "/" + s.region() + " " + s.statusAsString());
 * }
 * }</pre>
 */
public final class StackSetOperationResultSummary {
  private final String account;
  private final String region;
  private final String status;
  private final String statusReason;
  private final AccountGateResult accountGateResult;
  private final String organizationalUnitId;

  private StackSetOperationResultSummary(Builder b) {
    this.account = b.account;
    this.region = b.region;
    this.status = b.status;
    this.statusReason = b.statusReason;
    this.accountGateResult = b.accountGateResult;
    this.organizationalUnitId = b.organizationalUnitId;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.account = account;
    b.region = region;
    b.status = status;
    b.statusReason = statusReason;
    b.accountGateResult = accountGateResult;
    b.organizationalUnitId = organizationalUnitId;
    return b;
  }

  /** The 12-digit account id. */
  public @Nullable String account() {
    return account;
  }

  /** The Region, e.g. {@code us-east-1}. */
  public @Nullable String region() {
    return region;
  }

  /**
   * The result status in this account and Region. Null when absent;
   * {@link StackSetOperationResultStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #statusAsString()}).
   */
  public @Nullable StackSetOperationResultStatus status() {
    return StackSetOperationResultStatus.fromValue(status);
  }

  /** The result status in this account and Region. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Why the result has this status. */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /** The account gate result, when a gate ran or was skipped. */
  public @Nullable AccountGateResult accountGateResult() {
    return accountGateResult;
  }

  /**
   * Service-managed stack sets: the organization root or OU id the account was targeted through (may be empty).
   *
   */
  public @Nullable String organizationalUnitId() {
    return organizationalUnitId;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetOperationResultSummary)) {
      return false;
    }
    StackSetOperationResultSummary o = (StackSetOperationResultSummary) other;
    return Objects.equals(account, o.account)
        && Objects.equals(region, o.region)
        && Objects.equals(status, o.status)
        && Objects.equals(statusReason, o.statusReason)
        && Objects.equals(accountGateResult, o.accountGateResult)
        && Objects.equals(organizationalUnitId, o.organizationalUnitId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, region, status, statusReason, accountGateResult, organizationalUnitId);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperationResultSummary")
        .add("account", account)
        .add("region", region)
        .add("status", status)
        .add("statusReason", statusReason)
        .add("accountGateResult", accountGateResult)
        .add("organizationalUnitId", organizationalUnitId)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String account;
    private String region;
    private String status;
    private String statusReason;
    private AccountGateResult accountGateResult;
    private String organizationalUnitId;

    private Builder() {}

    /** The 12-digit account id. */
    public Builder account(@Nullable String value) {
      this.account = value;
      return this;
    }

    /** The Region, e.g. {@code us-east-1}. */
    public Builder region(@Nullable String value) {
      this.region = value;
      return this;
    }

    /** The result status in this account and Region. */
    public Builder status(@Nullable StackSetOperationResultStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** The result status in this account and Region. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Why the result has this status. */
    public Builder statusReason(@Nullable String value) {
      this.statusReason = value;
      return this;
    }

    /** The account gate result, when a gate ran or was skipped. */
    public Builder accountGateResult(@Nullable AccountGateResult value) {
      this.accountGateResult = value;
      return this;
    }

    /** The account gate result, when a gate ran or was skipped. Built in place. */
    public Builder accountGateResult(Consumer<AccountGateResult.Builder> consumer) {
      this.accountGateResult = InPlace.build(consumer, AccountGateResult.builder(), AccountGateResult.Builder::build,
          "accountGateResult consumer cannot be null");
      return this;
    }

    /**
     * Service-managed stack sets: the organization root or OU id the account was targeted through (may be empty).
     */
    public Builder organizationalUnitId(@Nullable String value) {
      this.organizationalUnitId = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackSetOperationResultSummary build() {
      return new StackSetOperationResultSummary(this);
    }
  }
}
