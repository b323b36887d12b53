package dev.stacksets.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that may hold a secret: {@code toString()} shows {@code before + length + after} (or {@link #mask()} when
 * set) in place of the value.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Redacted {
  /** Text before the length. */
  String before() default "*** (";

  /** Text after the length. */
  String after() default " chars)";

  /** When not empty: shown instead of the length. */
  String mask() default "";
}
