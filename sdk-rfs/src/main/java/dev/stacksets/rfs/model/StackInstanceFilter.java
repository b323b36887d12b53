package dev.stacksets.rfs.model;

import dev.stacksets.rfs.model.FilterExpression;
import java.util.List;

/**
 * The {@code filter} of ListStackInstances: conditions on {@code region} and {@code stack_domain_id}. Values of one
 * field are OR-ed ({@code |}); the two fields are AND-ed ({@code ,}); each field may appear once.
 *
 * <p>Values are limited to {@code [A-Za-z0-9_]} as documented, except that region values may also hold {@code -}
 * (every region id does, e.g. {@code cn-north-4}).
 *
 * <p>Immutable and thread-safe: every method returns a new filter. Invalid values throw
 * {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * StackInstanceFilter f = StackInstanceFilter.region("cn-north-4").or("cn-east-3")
 *     .andStackDomainId("dfda721e8ecd46088662f2dc9e97b1c6");
 * // filter=region==cn-north-4|region==cn-east-3,stack_domain_id==dfda721e8ecd46088662f2dc9e97b1c6
 * }</pre>
 */
public abstract sealed class StackInstanceFilter
    permits StackInstanceFilter.RegionCondition, StackInstanceFilter.StackDomainIdCondition {
  private static final String REGION = "region";
  private static final String STACK_DOMAIN_ID = "stack_domain_id";

  private final FilterExpression expression;

  private StackInstanceFilter(FilterExpression expression) {
    this.expression = expression;
  }

  /** Instances in this region. */
  public static RegionCondition region(String value) {
    return new RegionCondition(FilterExpression.of(REGION, value, FilterExpression.REGION_VALUE));
  }

  /** Instances of this member account (domain id). */
  public static StackDomainIdCondition stackDomainId(String value) {
    return new StackDomainIdCondition(FilterExpression.of(STACK_DOMAIN_ID, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /**
   * This filter AND a region condition.
   *
   * @throws IllegalArgumentException when the filter already has a region condition
   */
  public RegionCondition andRegion(String value) {
    return new RegionCondition(expression.and(REGION, value, FilterExpression.REGION_VALUE));
  }

  /**
   * This filter AND a member-account condition.
   *
   * @throws IllegalArgumentException when the filter already has a stack_domain_id condition
   */
  public StackDomainIdCondition andStackDomainId(String value) {
    return new StackDomainIdCondition(expression.and(STACK_DOMAIN_ID, value, FilterExpression.DOCUMENTED_VALUE));
  }

  /** The region values, in order; empty when there is no region condition. */
  public List<String> regions() {
    return expression.values(REGION);
  }

  /** The member-account values, in order; empty when there is no stack_domain_id condition. */
  public List<String> stackDomainIds() {
    return expression.values(STACK_DOMAIN_ID);
  }

  /** The wire form, e.g. {@code region==cn-north-4|region==cn-east-3}. */
  public final String toQueryValue() {
    return expression.render();
  }

  final FilterExpression expression() {
    return expression;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof StackInstanceFilter && expression.equals(((StackInstanceFilter) o).expression);
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
   * A stack-instance filter whose last condition is on {@code region}: {@link #or(String)} adds another region.
   *
   * <p>Immutable and thread-safe.
   *
   * <pre>{@code
   * StackInstanceFilter.RegionCondition f = StackInstanceFilter.region("cn-north-4").or("cn-east-3");
   * }</pre>
   */
  public static final class RegionCondition extends StackInstanceFilter {
    private RegionCondition(FilterExpression expression) {
      super(expression);
    }

    /** This filter, also matching region {@code value}. */
    public RegionCondition or(String value) {
      return new RegionCondition(expression().or(value));
    }
  }

  /**
   * A stack-instance filter whose last condition is on {@code stack_domain_id}: {@link #or(String)} adds another
   * account.
   *
   * <p>Immutable and thread-safe.
   *
   * <pre>{@code
   * StackInstanceFilter.StackDomainIdCondition f = StackInstanceFilter.stackDomainId("a1").or("b2");
   * }</pre>
   */
  public static final class StackDomainIdCondition extends StackInstanceFilter {
    private StackDomainIdCondition(FilterExpression expression) {
      super(expression);
    }

    /** This filter, also matching member account {@code value}. */
    public StackDomainIdCondition or(String value) {
      return new StackDomainIdCondition(expression().or(value));
    }
  }
}
