package dev.stacksets.core.operation;

import dev.stacksets.core.internal.util.Require;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where an operation deploys, in neutral form: accounts (AWS account ids or Huawei domain ids), regions and
 * organizational units.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <pre>{@code
 * DeploymentTargets t = DeploymentTargets.builder().addRegion("cn-north-4").addAccount("0123456789abcdef").build();
 * }</pre>
 */
public final class DeploymentTargets implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DeploymentTargets EMPTY = builder().build();

  private final List<String> accounts;
  private final List<String> regions;
  private final List<String> organizationalUnits;

  private DeploymentTargets(Builder b) {
    this.accounts = List.copyOf(b.accounts);
    this.regions = List.copyOf(b.regions);
    this.organizationalUnits = List.copyOf(b.organizationalUnits);
  }

  /** No targets known. */
  public static DeploymentTargets empty() {
    return EMPTY;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    return builder().accounts(accounts).regions(regions).organizationalUnits(organizationalUnits);
  }

  /** AWS account ids or Huawei domain ids; unmodifiable. */
  public List<String> accounts() {
    return accounts;
  }

  /** Regions; unmodifiable. */
  public List<String> regions() {
    return regions;
  }

  /** Organizational unit ids; unmodifiable. */
  public List<String> organizationalUnits() {
    return organizationalUnits;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DeploymentTargets)) {
      return false;
    }
    DeploymentTargets t = (DeploymentTargets) o;
    return accounts.equals(t.accounts) && regions.equals(t.regions)
        && organizationalUnits.equals(t.organizationalUnits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accounts, regions, organizationalUnits);
  }

  @Override
  public String toString() {
    return "DeploymentTargets{accounts=" + accounts + ", regions=" + regions + ", organizationalUnits="
        + organizationalUnits + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final List<String> accounts = new ArrayList<>();
    private final List<String> regions = new ArrayList<>();
    private final List<String> organizationalUnits = new ArrayList<>();

    private Builder() {}

    /** Replaces the accounts. */
    public Builder accounts(Collection<String> values) {
      return replace(accounts, values, "accounts");
    }

    /** Adds one account. */
    public Builder addAccount(String value) {
      accounts.add(Require.nonNull(value, "account"));
      return this;
    }

    /** Replaces the regions. */
    public Builder regions(Collection<String> values) {
      return replace(regions, values, "regions");
    }

    /** Adds one region. */
    public Builder addRegion(String value) {
      regions.add(Require.nonNull(value, "region"));
      return this;
    }

    /** Replaces the organizational units. */
    public Builder organizationalUnits(Collection<String> values) {
      return replace(organizationalUnits, values, "organizationalUnits");
    }

    /** Adds one organizational unit. */
    public Builder addOrganizationalUnit(String value) {
      organizationalUnits.add(Require.nonNull(value, "organizationalUnit"));
      return this;
    }

    private Builder replace(List<String> target, Collection<String> values, String name) {
      target.clear();
      if (values != null) {
        for (String v : values) {
          if (v == null) {
            throw new IllegalArgumentException(name + " must not contain null");
          }
          target.add(v);
        }
      }
      return this;
    }

    /** Builds. */
    public DeploymentTargets build() {
      return new DeploymentTargets(this);
    }
  }
}
