package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Service-managed stack sets: whether new accounts of the target OUs get stack instances automatically.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * boolean auto = Boolean.TRUE.equals(summary.autoDeployment().enabled());
 * }</pre>
 */
public final class AutoDeployment {
  private final Boolean enabled;
  private final Boolean retainStacksOnAccountRemoval;
  private final List<String> dependsOn;

  private AutoDeployment(Builder b) {
    this.enabled = b.enabled;
    this.retainStacksOnAccountRemoval = b.retainStacksOnAccountRemoval;
    this.dependsOn = b.dependsOn == null ? null : List.copyOf(b.dependsOn);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.enabled = enabled;
    b.retainStacksOnAccountRemoval = retainStacksOnAccountRemoval;
    b.dependsOn = dependsOn;
    return b;
  }

  /** Whether automatic deployment is on. */
  public @Nullable Boolean enabled() {
    return enabled;
  }

  /** Whether stacks stay when an account leaves the OU. */
  public @Nullable Boolean retainStacksOnAccountRemoval() {
    return retainStacksOnAccountRemoval;
  }

  /**
   * ARNs of stack sets that are deployed first. Unmodifiable; empty when absent (see {@link #hasDependsOn()}).
   */
  public List<String> dependsOn() {
    return dependsOn == null ? List.of() : dependsOn;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasDependsOn() {
    return dependsOn != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AutoDeployment)) {
      return false;
    }
    AutoDeployment o = (AutoDeployment) other;
    return Objects.equals(enabled, o.enabled)
        && Objects.equals(retainStacksOnAccountRemoval, o.retainStacksOnAccountRemoval)
        && dependsOn().equals(o.dependsOn());
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, retainStacksOnAccountRemoval, dependsOn());
  }

  @Override
  public String toString() {
    return new ModelText("AutoDeployment")
        .add("enabled", enabled)
        .add("retainStacksOnAccountRemoval", retainStacksOnAccountRemoval)
        .add("dependsOn", dependsOn)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Boolean enabled;
    private Boolean retainStacksOnAccountRemoval;
    private List<String> dependsOn;

    private Builder() {}

    /** Whether automatic deployment is on. */
    public Builder enabled(@Nullable Boolean value) {
      this.enabled = value;
      return this;
    }

    /** Whether stacks stay when an account leaves the OU. */
    public Builder retainStacksOnAccountRemoval(@Nullable Boolean value) {
      this.retainStacksOnAccountRemoval = value;
      return this;
    }

    /** ARNs of stack sets that are deployed first. Copies and replaces the list; null clears it. */
    public Builder dependsOn(@Nullable Collection<? extends String> values) {
      this.dependsOn = ModelLists.copy(values, "dependsOn");
      return this;
    }

    /** ARNs of stack sets that are deployed first. Replaces the list. */
    public Builder dependsOn(String @Nullable ... values) {
      return dependsOn(values == null ? null : Arrays.asList(values));
    }

    /** Builds the immutable object. */
    public AutoDeployment build() {
      return new AutoDeployment(this);
    }
  }
}
