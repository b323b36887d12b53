package dev.stacksets.rfs.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The RFS {@code filter} grammar as an immutable value: AND ({@code ,}) across clauses, each clause one field with one
 * or more values joined by OR ({@code |}), {@code ==} only, no parentheses. A field may appear in one clause only;
 * names and values are limited to {@code [A-Za-z0-9_]} (region values also allow {@code -}, see
 * {@link #REGION_VALUE}); the rendered expression is at most {@value #MAX_LENGTH} characters. Every violation is an
 * {@link IllegalArgumentException} naming {@code filter} and the field.
 *
 * <p>The public filter types ({@code StackSetFilter}, {@code OperationFilter}, {@code StackInstanceFilter}) wrap one
 * and decide which fields exist.
 */
final class FilterExpression {
  /** Longest filter the service accepts (the API reference's maximum for {@code filter}). */
  public static final int MAX_LENGTH = 512;
  /** The documented character set of filter names and values. */
  public static final Pattern DOCUMENTED_VALUE = Pattern.compile("[A-Za-z0-9_]+");
  /**
   * Region values: the documented set plus {@code -}, because every region id has one ({@code cn-north-4}); without
   * it a region filter could never match.
   */
  public static final Pattern REGION_VALUE = Pattern.compile("[A-Za-z0-9_-]+");

  private final List<Clause> clauses;
  private final String rendered;

  private FilterExpression(List<Clause> clauses) {
    this.clauses = Collections.unmodifiableList(clauses);
    this.rendered = render(clauses);
    if (rendered.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("filter is " + rendered.length() + " characters long; the service accepts at most "
          + MAX_LENGTH);
    }
  }

  /** An expression of one clause with one value. */
  public static FilterExpression of(String field, String value, Pattern allowed) {
    List<Clause> list = new ArrayList<>();
    list.add(new Clause(checkName(field), List.of(checkValue(field, value, allowed)), allowed));
    return new FilterExpression(list);
  }

  /** This expression AND a new clause on {@code field}. */
  public FilterExpression and(String field, String value, Pattern allowed) {
    checkName(field);
    for (Clause c : clauses) {
      if (c.field.equals(field)) {
        throw new IllegalArgumentException("filter: field " + field + " already has a condition; the grammar allows "
            + "one AND condition per field (join its values with or(...))");
      }
    }
    List<Clause> list = new ArrayList<>(clauses);
    list.add(new Clause(field, List.of(checkValue(field, value, allowed)), allowed));
    return new FilterExpression(list);
  }

  /** This expression with {@code value} OR-ed into its last clause. */
  public FilterExpression or(String value) {
    Clause last = clauses.get(clauses.size() - 1);
    List<String> values = new ArrayList<>(last.values);
    values.add(checkValue(last.field, value, last.allowed));
    List<Clause> list = new ArrayList<>(clauses);
    list.set(list.size() - 1, new Clause(last.field, List.copyOf(values), last.allowed));
    return new FilterExpression(list);
  }

  /** The field of the last clause. */
  public String lastField() {
    return clauses.get(clauses.size() - 1).field;
  }

  /** The values of {@code field}'s clause, in order; empty when the field has none. */
  public List<String> values(String field) {
    for (Clause c : clauses) {
      if (c.field.equals(field)) {
        return c.values;
      }
    }
    return List.of();
  }

  /** The wire form, e.g. {@code action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES,status==OPERATION_FAILED}. */
  public String render() {
    return rendered;
  }

  private static String render(List<Clause> clauses) {
    StringBuilder sb = new StringBuilder();
    for (Clause c : clauses) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      for (int i = 0; i < c.values.size(); i++) {
        if (i > 0) {
          sb.append('|');
        }
        sb.append(c.field).append("==").append(c.values.get(i));
      }
    }
    return sb.toString();
  }

  private static String checkName(String field) {
    if (field == null || !DOCUMENTED_VALUE.matcher(field).matches()) {
      throw new IllegalArgumentException("filter: field name must contain only letters, digits and '_': " + field);
    }
    return field;
  }

  private static String checkValue(String field, String value, Pattern allowed) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("filter: a value for " + field + " is required");
    }
    if (!allowed.matcher(value).matches()) {
      throw new IllegalArgumentException("filter: value for " + field + " must contain only letters, digits"
          + (allowed == REGION_VALUE ? ", '_' and '-'" : " and '_'") + " (no ';', '|', ',' or '='): '" + value + "'");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FilterExpression && rendered.equals(((FilterExpression) o).rendered);
  }

  @Override
  public int hashCode() {
    return rendered.hashCode();
  }

  @Override
  public String toString() {
    return rendered;
  }

  private static final class Clause {
    final String field;
    final List<String> values;
    final Pattern allowed;

    Clause(String field, List<String> values, Pattern allowed) {
      this.field = field;
      this.values = values;
      this.allowed = allowed;
    }
  }
}
