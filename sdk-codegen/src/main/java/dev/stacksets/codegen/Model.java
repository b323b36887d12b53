package dev.stacksets.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package-private spec interface {@code XSpec} from which {@link ModelProcessor} writes the public, immutable
 * model class {@code X} in the same package: builder, {@code toBuilder()}, accessors, equals/hashCode and a
 * {@code toString()} that leaves out unset fields and never shows a {@link Redacted} one. Each abstract method of the
 * spec is one field; its Javadoc is the field's doc (accessor and setters).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Model {
  /**
   * Keeps the reply members this SDK version does not model, by name, as their raw wire text
   * ({@code additionalFields()}): JSON text for a JSON reply; for an XML reply, the rule of the model's package.
   */
  boolean additionalFields() default false;
}
