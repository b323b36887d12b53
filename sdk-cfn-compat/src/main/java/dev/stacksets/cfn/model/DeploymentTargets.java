package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Service-managed stack sets: the accounts and organizational units an operation targets.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * DeploymentTargets t = operation.deploymentTargets();
 * System.out.println(t.organizationalUnitIds() + " " + t.accountFilterTypeAsString());
 * }</pre>
 */
public final class DeploymentTargets {
  private final List<String> accounts;
  private final String accountsUrl;
  private final List<String> organizationalUnitIds;
  private final String accountFilterType;

  private DeploymentTargets(Builder b) {
    this.accounts = b.accounts == null ? null : List.copyOf(b.accounts);
    this.accountsUrl = b.accountsUrl;
    this.organizationalUnitIds = b.organizationalUnitIds == null ? null : List.copyOf(b.organizationalUnitIds);
    this.accountFilterType = b.accountFilterType;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.accounts = accounts;
    b.accountsUrl = accountsUrl;
    b.organizationalUnitIds = organizationalUnitIds;
    b.accountFilterType = accountFilterType;
    return b;
  }

  /** Account ids. Unmodifiable; empty when absent (see {@link #hasAccounts()}). */
  public List<String> accounts() {
    return accounts == null ? List.of() : accounts;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasAccounts() {
    return accounts != null;
  }

  /** An S3 or HTTPS URL of a file listing account ids. */
  public @Nullable String accountsUrl() {
    return accountsUrl;
  }

  /**
   * Organization root or OU ids. Unmodifiable; empty when absent (see {@link #hasOrganizationalUnitIds()}).
   */
  public List<String> organizationalUnitIds() {
    return organizationalUnitIds == null ? List.of() : organizationalUnitIds;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasOrganizationalUnitIds() {
    return organizationalUnitIds != null;
  }

  /**
   * How the accounts combine with the OUs. Null when absent; {@link AccountFilterType#UNKNOWN_TO_SDK_VERSION} for
   * a value this SDK does not know (see {@link #accountFilterTypeAsString()}).
   */
  public @Nullable AccountFilterType accountFilterType() {
    return AccountFilterType.fromValue(accountFilterType);
  }

  /** How the accounts combine with the OUs. The raw value as sent. */
  public @Nullable String accountFilterTypeAsString() {
    return accountFilterType;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DeploymentTargets)) {
      return false;
    }
    DeploymentTargets o = (DeploymentTargets) other;
    return accounts().equals(o.accounts())
        && Objects.equals(accountsUrl, o.accountsUrl)
        && organizationalUnitIds().equals(o.organizationalUnitIds())
        && Objects.equals(accountFilterType, o.accountFilterType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accounts(), accountsUrl, organizationalUnitIds(), accountFilterType);
  }

  @Override
  public String toString() {
    return new ModelText("DeploymentTargets")
        .add("accounts", accounts)
        .add("accountsUrl", accountsUrl)
        .add("organizationalUnitIds", organizationalUnitIds)
        .add("accountFilterType", accountFilterType)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private List<String> accounts;
    private String accountsUrl;
    private List<String> organizationalUnitIds;
    private String accountFilterType;

    private Builder() {}

    /** Account ids. Copies and replaces the list; null clears it. */
    public Builder accounts(@Nullable Collection<? extends String> values) {
      this.accounts = ModelLists.copy(values, "accounts");
      return this;
    }

    /** Account ids. Replaces the list. */
    public Builder accounts(String @Nullable ... values) {
      return accounts(values == null ? null : Arrays.asList(values));
    }

    /** An S3 or HTTPS URL of a file listing account ids. */
    public Builder accountsUrl(@Nullable String value) {
      this.accountsUrl = value;
      return this;
    }

    /** Organization root or OU ids. Copies and replaces the list; null clears it. */
    public Builder organizationalUnitIds(@Nullable Collection<? extends String> values) {
      this.organizationalUnitIds = ModelLists.copy(values, "organizationalUnitIds");
      return this;
    }

    /** Organization root or OU ids. Replaces the list. */
    public Builder organizationalUnitIds(String @Nullable ... values) {
      return organizationalUnitIds(values == null ? null : Arrays.asList(values));
    }

    /** How the accounts combine with the OUs. */
    public Builder accountFilterType(@Nullable AccountFilterType value) {
      this.accountFilterType = ModelLists.wire(value, "accountFilterType");
      return this;
    }

    /** How the accounts combine with the OUs. As a raw string, for values newer than this SDK. */
    public Builder accountFilterType(@Nullable String value) {
      this.accountFilterType = value;
      return this;
    }

    /** Builds the immutable object. */
    public DeploymentTargets build() {
      return new DeploymentTargets(this);
    }
  }
}
