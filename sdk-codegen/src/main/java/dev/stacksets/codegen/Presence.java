package dev.stacksets.codegen;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list field whose absence differs from emptiness on the wire: it still reads as empty when absent, and
 * {@code hasX()} tells the two apart; {@code toString()} shows it when present, even empty.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Presence {}
