/**
 * RFS requests, responses and models: immutable values with builders. Server-owned enums are open (unknown values
 * map to {@code UNKNOWN_TO_SDK_VERSION}, the raw string stays readable through {@code xxxAsString()}); JSON fields
 * this SDK does not model are kept in each model's {@code additionalFields()}. Filters
 * ({@link dev.stacksets.rfs.model.StackSetFilter}, {@link dev.stacksets.rfs.model.OperationFilter},
 * {@link dev.stacksets.rfs.model.StackInstanceFilter}) can only express the documented filter grammar.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.rfs.model;

import org.jspecify.annotations.NullMarked;
