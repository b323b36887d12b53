package dev.stacksets.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A static method of a spec (or of an interface it extends) that becomes a builder method of the same name and
 * parameters: its result is passed to the builder's setter named {@link #value()}. For convenience setters such as
 * {@code sortByCreateTime(direction)}; its Javadoc is the builder method's.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface BuilderMethod {
  /** The generated setter the result goes to, e.g. {@code addSort} or {@code sorts}. */
  String value();
}
