/**
 * AWS Config organization conformance-pack requests, responses, models and open enums, with the same conventions
 * as {@link dev.stacksets.cfn.model} (lists, open enums, unknown members,
 * reply metadata, builder checks), written at build time from one package-private spec per model.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.cfn.config.model;

import org.jspecify.annotations.NullMarked;
