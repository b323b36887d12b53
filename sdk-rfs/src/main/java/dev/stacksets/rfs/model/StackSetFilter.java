package dev.stacksets.rfs.model;

import dev.stacksets.rfs.model.FilterExpression;
import java.util.List;

/**
 * The {@code filter} of ListStackSets. The API filters stack sets on one field, {@code permission_model}; several
 * values are OR-ed ({@code |}).
 *
 * <p>Immutable and thread-safe: {@link #or(PermissionModel)} returns a new filter. Invalid values (null,
 * {@link PermissionModel#UNKNOWN_TO_SDK_VERSION}, raw strings outside {@code [A-Za-z0-9_]}) throw
 * {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * StackSetFilter f = StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED);
 * // filter=permission_model==SELF_MANAGED
 * }</pre>
 */
public final class StackSetFilter {
  private static final String PERMISSION_MODEL = "permission_model";

  private final FilterExpression expression;

  private StackSetFilter(FilterExpression expression) {
    this.expression = expression;
  }

  /** Stack sets with this permission model. */
  public static StackSetFilter permissionModel(PermissionModel value) {
    return permissionModel(FilterValues.wire(value, PERMISSION_MODEL));
  }

  /** Stack sets with this permission model, given as its raw wire string (for values newer than this SDK). */
  public static StackSetFilter permissionModel(String value) {
    return new StackSetFilter(FilterExpression.of(PERMISSION_MODEL, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /** This filter, also matching {@code value}. */
  public StackSetFilter or(PermissionModel value) {
    return or(FilterValues.wire(value, PERMISSION_MODEL));
  }

  /** This filter, also matching the raw wire value {@code value}. */
  public StackSetFilter or(String value) {
    return new StackSetFilter(expression.or(value));
  }

  /** The permission-model values, in order. */
  public List<String> permissionModels() {
    return expression.values(PERMISSION_MODEL);
  }

  /** The wire form, e.g. {@code permission_model==SELF_MANAGED}. */
  public String toQueryValue() {
    return expression.render();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StackSetFilter && expression.equals(((StackSetFilter) o).expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression.render();
  }
}
