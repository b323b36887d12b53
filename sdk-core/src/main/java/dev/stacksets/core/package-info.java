/**
 * The shared client foundation: {@link dev.stacksets.core.SdkClientBuilder} (the options every service client builder offers), {@link dev.stacksets.core.ClientConfiguration} and {@link dev.stacksets.core.ResponseMetadata}.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core;

import org.jspecify.annotations.NullMarked;
