package dev.stacksets.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package-private spec enum {@code XSpec} from which {@link ModelProcessor} writes the public open enum
 * {@code X}: the spec's constants (their names are the wire values, their Javadoc the constants' docs) plus
 * {@code UNKNOWN_TO_SDK_VERSION}, with {@code value()}, {@code fromValue(String)}, {@code knownValues()} and a
 * {@code toString()} that returns the wire value.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface OpenEnum {}
