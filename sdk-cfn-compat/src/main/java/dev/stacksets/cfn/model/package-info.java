/**
 * CloudFormation stack-set requests, responses, models and open enums.
 *
 * <p>Every class is final and immutable with {@code builder()} / {@code toBuilder()}; times are
 * {@link java.time.Instant}.
 *
 * <p>Conventions, the same as in {@code dev.stacksets.rfs.model} of sdk-rfs (the model classes of both are written at
 * build time from one package-private spec per model, {@code XSpec}: its fields and their docs, nothing else):
 * <ul>
 *   <li>Lists are copied in and unmodifiable out; an absent list reads as an empty list. {@code hasX()} tells absent
 *       from empty where the difference exists on the wire (the AWS shapes' lists, as in the AWS SDK); equality
 *       treats the two alike.
 *   <li>Enums are open: a value newer than this SDK reads as {@code UNKNOWN_TO_SDK_VERSION} and the raw string stays
 *       available through the {@code ...AsString()} getter; builders take the constant or the raw string.
 *   <li>Members of a reply this SDK version does not model are kept, by name, in each reply-side model's
 *       {@code additionalFields()} (the replies and every structure read from them; request-only models have none),
 *       as in RFS. From this XML (Query) reply the value is a leaf element's text exactly as sent, and for a
 *       structure its inner markup written compactly: {@code <Name>...</Name>} per child element by local name, in
 *       document order, leaf text escaped ({@code &amp; &lt; &gt;}), without namespace prefixes, attributes or the
 *       whitespace between elements. Of several unknown elements with one name the first is kept. The map is part of
 *       {@code equals}, {@code toString()} shows its names only, and it is never sent in a request.
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
package dev.stacksets.cfn.model;

import org.jspecify.annotations.NullMarked;
