/**
 * The SDK's own view of one HTTP exchange ({@link dev.stacksets.core.http.SdkHttpRequest}, {@link dev.stacksets.core.http.SdkHttpResponse}), as signers and interceptors see it.
 *
 * <p>Every type here is null-marked: a parameter or return value may be null only where it is annotated
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 */
@NullMarked
package dev.stacksets.core.http;

import org.jspecify.annotations.NullMarked;
