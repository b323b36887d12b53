package dev.stacksets.rfs.model;

import dev.stacksets.rfs.model.FilterExpression;
import java.util.List;

/**
 * The {@code filter} of ListStackSetOperations: conditions on {@code action} and {@code status}. Values of one field
 * are OR-ed ({@code |}); the two fields are AND-ed ({@code ,}); each field may appear once. The types only let you
 * write what the grammar allows: {@code or(...)} takes a value of the field you started, and {@code andAction} /
 * {@code andStatus} start the other field.
 *
 * <p>Immutable and thread-safe: every method returns a new filter. Invalid values (null,
 * {@code UNKNOWN_TO_SDK_VERSION}, raw strings outside {@code [A-Za-z0-9_]}, a field used twice) throw
 * {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * OperationFilter f = OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES)
 *     .andStatus(OperationStatus.OPERATION_FAILED);
 * // filter=action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES,status==OPERATION_FAILED
 * }</pre>
 */
public abstract sealed class OperationFilter permits OperationFilter.ActionCondition, OperationFilter.StatusCondition {
  private static final String ACTION = "action";
  private static final String STATUS = "status";

  private final FilterExpression expression;

  private OperationFilter(FilterExpression expression) {
    this.expression = expression;
  }

  /** Operations with this action. */
  public static ActionCondition action(Action value) {
    return action(FilterValues.wire(value, ACTION));
  }

  /** Operations with this action, given as its raw wire string (for values newer than this SDK). */
  public static ActionCondition action(String value) {
    return new ActionCondition(FilterExpression.of(ACTION, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /** Operations in this status. */
  public static StatusCondition status(OperationStatus value) {
    return status(FilterValues.wire(value, STATUS));
  }

  /** Operations in this status, given as its raw wire string (for values newer than this SDK). */
  public static StatusCondition status(String value) {
    return new StatusCondition(FilterExpression.of(STATUS, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /**
   * This filter AND an action condition.
   *
   * @throws IllegalArgumentException when the filter already has an action condition
   */
  public ActionCondition andAction(Action value) {
    return andAction(FilterValues.wire(value, ACTION));
  }

  /** This filter AND an action condition on a raw wire value. */
  public ActionCondition andAction(String value) {
    return new ActionCondition(expression.and(ACTION, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /**
   * This filter AND a status condition.
   *
   * @throws IllegalArgumentException when the filter already has a status condition
   */
  public StatusCondition andStatus(OperationStatus value) {
    return andStatus(FilterValues.wire(value, STATUS));
  }

  /** This filter AND a status condition on a raw wire value. */
  public StatusCondition andStatus(String value) {
    return new StatusCondition(expression.and(STATUS, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /** The action values, in order; empty when the filter has no action condition. */
  public List<String> actions() {
    return expression.values(ACTION);
  }

  /** The status values, in order; empty when the filter has no status condition. */
  public List<String> statuses() {
    return expression.values(STATUS);
  }

  /** The wire form, e.g. {@code action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES}. */
  public final String toQueryValue() {
    return expression.render();
  }

  final FilterExpression expression() {
    return expression;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof OperationFilter && expression.equals(((OperationFilter) o).expression);
  }

  @Override
  public final int hashCode() {
    return expression.hashCode();
  }

  @Override
  public final String toString() {
    return expression.render();
  }

  /**
   * An operation filter whose last condition is on {@code action}: {@link #or(Action)} adds another action.
   *
   * <p>Immutable and thread-safe.
   *
   * <pre>{@code
   * OperationFilter.ActionCondition f = OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.DEPLOY_STACK_INSTANCES);
   * }</pre>
   */
  public static final class ActionCondition extends OperationFilter {
    private ActionCondition(FilterExpression expression) {
      super(expression);
    }

    /** This filter, also matching the action {@code value}. */
    public ActionCondition or(Action value) {
      return or(FilterValues.wire(value, ACTION));
    }

    /** This filter, also matching the raw action value {@code value}. */
    public ActionCondition or(String value) {
      return new ActionCondition(expression().or(value));
    }
  }

  /**
   * An operation filter whose last condition is on {@code status}: {@link #or(OperationStatus)} adds another status.
   *
   * <p>Immutable and thread-safe.
   *
   * <pre>{@code
   * OperationFilter.StatusCondition f = OperationFilter.status(OperationStatus.OPERATION_FAILED)
   *     .or(OperationStatus.STOP_FAILED);
   * }</pre>
   */
  public static final class StatusCondition extends OperationFilter {
    private StatusCondition(FilterExpression expression) {
      super(expression);
    }

    /** This filter, also matching the status {@code value}. */
    public StatusCondition or(OperationStatus value) {
      return or(FilterValues.wire(value, STATUS));
    }

    /** This filter, also matching the raw status value {@code value}. */
    public StatusCondition or(String value) {
      return new StatusCondition(expression().or(value));
    }
  }
}
