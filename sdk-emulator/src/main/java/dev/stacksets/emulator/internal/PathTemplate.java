package dev.stacksets.emulator.internal;

import dev.stacksets.core.internal.util.PercentEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST path template such as {@code /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}/metadata}:
 * literal segments, {@code {name}} for one segment, and a last {@code {name+}} for one or two segments (an
 * unescaped {@code /} inside, as in {@code stack_instance_addr}). Matching decodes each segment; one trailing slash
 * is tolerated and empty segments never match. Immutable.
 */
public final class PathTemplate {
  private final String template;
  private final List<String> segments;

  public PathTemplate(String template) {
    this.template = template;
    List<String> s = new ArrayList<>();
    for (String part : template.substring(1).split("/")) {
      s.add(part);
    }
    this.segments = List.copyOf(s);
  }

  /** The template text. */
  public String template() {
    return template;
  }

  /** The decoded variables of a raw (encoded) path, or null when it does not match. */
  public Map<String, String> match(String rawPath) {
    String[] raw = rawPath.split("/", -1);
    if (raw.length < 2 || !raw[0].isEmpty()) {
      return null;
    }
    int n = raw.length;
    if (n > 2 && raw[n - 1].isEmpty()) {
      n--; // one trailing slash
    }
    List<String> parts = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (raw[i].isEmpty()) {
        return null;
      }
      parts.add(raw[i]);
    }
    Map<String, String> vars = new LinkedHashMap<>();
    int p = 0;
    for (int k = 0; k < segments.size(); k++) {
      String seg = segments.get(k);
      if (seg.startsWith("{") && seg.endsWith("+}")) {
        int rest = parts.size() - p;
        if (k != segments.size() - 1 || rest < 1 || rest > 2) {
          return null;
        }
        List<String> decoded = new ArrayList<>();
        for (int i = p; i < parts.size(); i++) {
          decoded.add(PercentEncoding.decode(parts.get(i)));
        }
        vars.put(seg.substring(1, seg.length() - 2), String.join("/", decoded));
        return vars;
      }
      if (p >= parts.size()) {
        return null;
      }
      String decoded = PercentEncoding.decode(parts.get(p++));
      if (seg.startsWith("{") && seg.endsWith("}")) {
        vars.put(seg.substring(1, seg.length() - 1), decoded);
      } else if (!seg.equals(decoded)) {
        return null;
      }
    }
    return p == parts.size() ? vars : null;
  }

  @Override
  public String toString() {
    return template;
  }
}
