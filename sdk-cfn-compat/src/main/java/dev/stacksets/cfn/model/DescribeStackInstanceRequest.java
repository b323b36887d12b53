package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DescribeStackInstance}. {@code stackSetName}, {@code stackInstanceAccount} and
 * {@code stackInstanceRegion} are required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DescribeStackInstanceRequest request = DescribeStackInstanceRequest.builder().stackSetName("my-set")
 *     .stackInstanceAccount("111122223333").stackInstanceRegion("eu-west-1").build();
 * }</pre>
 */
public final class DescribeStackInstanceRequest {
  private final String stackSetName;
  private final String stackInstanceAccount;
  private final String stackInstanceRegion;
  private final String callAs;

  private DescribeStackInstanceRequest(Builder b) {
    this.stackSetName = b.stackSetName;
    this.stackInstanceAccount = b.stackInstanceAccount;
    this.stackInstanceRegion = b.stackInstanceRegion;
    this.callAs = b.callAs;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetName = stackSetName;
    b.stackInstanceAccount = stackInstanceAccount;
    b.stackInstanceRegion = stackInstanceRegion;
    b.callAs = callAs;
    return b;
  }

  /** The name or id of the stack set (required). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /** The 12-digit account id of the stack instance (required). */
  public @Nullable String stackInstanceAccount() {
    return stackInstanceAccount;
  }

  /** The Region of the stack instance (required). */
  public @Nullable String stackInstanceRegion() {
    return stackInstanceRegion;
  }

  /**
   * Whether to act as the management account or a delegated administrator. Null when absent;
   * {@link CallAs#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #callAsAsString()}).
   */
  public @Nullable CallAs callAs() {
    return CallAs.fromValue(callAs);
  }

  /** Whether to act as the management account or a delegated administrator. The raw value as sent. */
  public @Nullable String callAsAsString() {
    return callAs;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DescribeStackInstanceRequest)) {
      return false;
    }
    DescribeStackInstanceRequest o = (DescribeStackInstanceRequest) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(stackInstanceAccount, o.stackInstanceAccount)
        && Objects.equals(stackInstanceRegion, o.stackInstanceRegion)
        && Objects.equals(callAs, o.callAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, stackInstanceAccount, stackInstanceRegion, callAs);
  }

  @Override
  public String toString() {
    return new ModelText("DescribeStackInstanceRequest")
        .add("stackSetName", stackSetName)
        .add("stackInstanceAccount", stackInstanceAccount)
        .add("stackInstanceRegion", stackInstanceRegion)
        .add("callAs", callAs)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String stackInstanceAccount;
    private String stackInstanceRegion;
    private String callAs;

    private Builder() {}

    /** The name or id of the stack set (required). */
    public Builder stackSetName(@Nullable String value) {
      this.stackSetName = value;
      return this;
    }

    /** The 12-digit account id of the stack instance (required). */
    public Builder stackInstanceAccount(@Nullable String value) {
      this.stackInstanceAccount = value;
      return this;
    }

    /** The Region of the stack instance (required). */
    public Builder stackInstanceRegion(@Nullable String value) {
      this.stackInstanceRegion = value;
      return this;
    }

    /** Whether to act as the management account or a delegated administrator. */
    public Builder callAs(@Nullable CallAs value) {
      this.callAs = ModelLists.wire(value, "callAs");
      return this;
    }

    /**
     * Whether to act as the management account or a delegated administrator. As a raw string, for values newer
     * than this SDK.
     */
    public Builder callAs(@Nullable String value) {
      this.callAs = value;
      return this;
    }

    /** Builds the immutable object. */
    public DescribeStackInstanceRequest build() {
      return new DescribeStackInstanceRequest(this);
    }
  }
}
