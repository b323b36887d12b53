package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * A key/value tag.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Tag t = Tag.builder().key("team").value("platform").build();
 * }</pre>
 */
@Model(additionalFields = true)
interface TagSpec {
  /** The tag key. */
  @Nullable String key();

  /** The tag value. */
  @Nullable String value();
}
