package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The variable overrides recorded for a stack instance ({@code var_overrides}, returned by ShowStackInstance only when overrides were set). The API documents the object loosely; fields it does not name are kept in {@link #additionalFields()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out. {@link #toString()} never shows variable contents.
 *
 * <pre>{@code
 * VarOverrides v = rfs.showStackInstance(r -> r.stackSetName("my_set").region("cn-north-4").stackDomainId(d))
 *     .stackInstance().varOverrides();
 * }</pre>
 */
public final class VarOverrides {
  private final String varsUri;
  private final String varsBody;
  private final List<String> useStackSetVars;
  private final Map<String, String> additionalFields;

  private VarOverrides(Builder b) {
    this.varsUri = b.varsUri;
    this.varsBody = b.varsBody;
    this.useStackSetVars = Collections.unmodifiableList(new ArrayList<>(b.useStackSetVars));
    this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalFields));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** OBS URL of the variables file ({@code vars_uri}). */
  public @Nullable String varsUri() {
    return varsUri;
  }

  /** The variables content ({@code vars_body}). May hold secrets: never shown by {@code toString()}. */
  public @Nullable String varsBody() {
    return varsBody;
  }

  /** Variables that take the stack set's values ({@code use_stack_set_vars}); empty when absent. */
  public List<String> useStackSetVars() {
    return useStackSetVars;
  }

  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code "\"x\""} or {@code "{...}"}); empty when there are none. Unmodifiable. */
  public Map<String, String> additionalFields() {
    return additionalFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof VarOverrides)) {
      return false;
    }
    VarOverrides that = (VarOverrides) o;
    return Objects.equals(varsUri, that.varsUri)
        && Objects.equals(varsBody, that.varsBody)
        && Objects.equals(useStackSetVars, that.useStackSetVars)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(varsUri, varsBody, useStackSetVars, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("VarOverrides")
        .add("varsUri", varsUri)
        .addLength("varsBody", varsBody, "*** (", " chars)")
        .addIfAny("useStackSetVars", useStackSetVars)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String varsUri;
    private String varsBody;
    private final List<String> useStackSetVars = new ArrayList<>();
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(VarOverrides m) {
      this.varsUri = m.varsUri;
      this.varsBody = m.varsBody;
      this.useStackSetVars.addAll(m.useStackSetVars);
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Sets {@code varsUri}. */
    public Builder varsUri(@Nullable String value) {
      this.varsUri = value;
      return this;
    }

    /** Sets {@code varsBody}. */
    public Builder varsBody(@Nullable String value) {
      this.varsBody = value;
      return this;
    }

    /** Replaces {@code useStackSetVars} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder useStackSetVars(java.util.@Nullable Collection<String> values) {
      BuilderFields.replace(useStackSetVars, values, "useStackSetVars");
      return this;
    }

    /** Replaces {@code useStackSetVars} with {@code values}. */
    public Builder useStackSetVars(String @Nullable ... values) {
      return useStackSetVars(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code useStackSetVars}. */
    public Builder addUseStackSetVar(String value) {
      BuilderFields.add(useStackSetVars, value, "useStackSetVars");
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(@Nullable Map<String, String> fields) {
      BuilderFields.replaceAdditional(additionalFields, fields);
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      BuilderFields.putAdditional(additionalFields, name, json);
      return this;
    }

    /** Builds the immutable object. */
    public VarOverrides build() {
      return new VarOverrides(this);
    }
  }
}
