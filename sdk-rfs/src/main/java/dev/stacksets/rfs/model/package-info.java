/**
 * RFS requests, responses and models: immutable values with builders. Filters
 * ({@link dev.stacksets.rfs.model.StackSetFilter}, {@link dev.stacksets.rfs.model.OperationFilter},
 * {@link dev.stacksets.rfs.model.StackInstanceFilter}) can only express the documented filter grammar.
 *
 * <p>Conventions, the same as in {@code dev.stacksets.cfn.model} of sdk-cfn-compat (the model classes of both are written at build
 * time from one package-private spec per model, {@code XSpec}: its fields and their docs, nothing else):
 * <ul>
 *   <li>Lists are copied in and unmodifiable out; an absent list reads as an empty list. {@code hasX()} exists only
 *       where absent and empty differ on the wire (none of the RFS shapes).
 *   <li>Server-owned enums are open: unknown values map to {@code UNKNOWN_TO_SDK_VERSION} and the raw string stays
 *       readable through {@code xxxAsString()}; builders take the constant or the raw string.
 *   <li>JSON members this SDK version does not model are kept in each model's {@code additionalFields()}.
 *   <li>A reply's {@code responseMetadata()} is never null and is not part of {@code equals}.
 *   <li>Builders refuse a null list element and {@code UNKNOWN_TO_SDK_VERSION} with an
 *       {@link java.lang.IllegalArgumentException} naming the field; a nested model also has a
 *       {@code Consumer<Builder>} setter. {@code toString()} shows the set fields only and never a secret.
 *   <li>Request values are checked once, when the request is sent (required values, patterns, ranges): a mistake
 *       throws {@link java.lang.IllegalArgumentException} naming the parameter, and nothing is sent.
 * </ul>
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.rfs.model;

import org.jspecify.annotations.NullMarked;
