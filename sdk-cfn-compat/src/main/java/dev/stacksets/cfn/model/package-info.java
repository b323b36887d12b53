/**
 * CloudFormation stack-set requests, responses, models and open enums.
 *
 * <p>Every class is final and immutable with {@code builder()} / {@code toBuilder()}; collections are copied in and
 * unmodifiable out; times are {@link java.time.Instant}. Enums are open: a value newer than this SDK reads as
 * {@code UNKNOWN_TO_SDK_VERSION} and the raw string stays available through the {@code ...AsString()} getter.
 * Requests are validated when the client sends them, not when they are built.
 */
package dev.stacksets.cfn.model;
