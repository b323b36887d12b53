package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.QueryParam;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a REST call's query against the parameters an API documents. */
final class QueryRules {
  private QueryRules() {}

  /**
   * @param query    the decoded query
   * @param single   parameters that may appear once
   * @param repeated parameters that may repeat
   * @throws BadInput naming the first unknown or repeated parameter
   */
  static void check(List<QueryParam> query, Set<String> single, Set<String> repeated, String unknownCode) {
    Set<String> seen = new HashSet<>();
    for (QueryParam q : query) {
      if (single.contains(q.name())) {
        if (!seen.add(q.name())) {
          throw new BadInput("invalid parameter: " + q.name() + " may be given only once");
        }
      } else if (!repeated.contains(q.name())) {
        throw new BadInput(unknownCode, "Unrecognized parameter(s): " + q.name());
      }
    }
  }
}
