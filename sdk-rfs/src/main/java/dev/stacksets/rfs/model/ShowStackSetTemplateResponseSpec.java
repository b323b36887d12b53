package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Redacted;
import dev.stacksets.core.ResponseMetadata;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ShowStackSetTemplate: where the template can be downloaded, from the temporary redirect's
 * {@code Location} header. The client does not follow the redirect (nor does it download anything); fetch the URL
 * yourself, within its validity (about five minutes). {@link #toString()} never shows the URL: a pre-signed URL
 * grants access to whoever holds it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * URI url = rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set")).location();
 * HttpResponse<String> template = HttpClient.newHttpClient()
 *     .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
 * }</pre>
 */
@Model
interface ShowStackSetTemplateResponseSpec {
  /**
   * The download URL ({@code Location} header), as the service sent it; never null in a reply read from the wire (a
   * reply without a usable {@code Location} is refused as unreadable). Never shown by {@code toString()}.
   */
  @Redacted(mask = "***") @Nullable URI location();

  /**
   * What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status (the
   * redirect's, e.g. 307), attempts. Never null; not part of {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
