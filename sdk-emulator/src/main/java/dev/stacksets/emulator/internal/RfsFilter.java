package dev.stacksets.emulator.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The RFS {@code filter} query parameter: {@code ,} is AND, {@code |} is OR (binding tighter), no parentheses, only
 * {@code ==}; every OR group names one field, and a field appears in one group only; names use
 * {@code [A-Za-z0-9_]}, values {@code [A-Za-z0-9_]} plus {@code -} (region ids such as {@code cn-north-4} contain
 * hyphens). A group containing {@code ;} is ignored, as the API documents say. Anything else is a 400.
 */
public final class RfsFilter {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]+");

  private final Map<String, Set<String>> groups;

  private RfsFilter(Map<String, Set<String>> groups) {
    this.groups = groups;
  }

  /** A filter that matches everything. */
  public static RfsFilter none() {
    return new RfsFilter(Map.of());
  }

  /**
   * Parses a filter.
   *
   * @param filter  the decoded parameter value, or null
   * @param allowed field name to its allowed values (an empty set: any value)
   * @throws BadInput when the filter breaks the grammar or names a field the API does not filter on
   */
  public static RfsFilter parse(String filter, Map<String, Set<String>> allowed) {
    if (filter == null || filter.isEmpty()) {
      return none();
    }
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (String group : filter.split(",", -1)) {
      if (group.contains(";")) {
        continue;
      }
      if (group.isEmpty()) {
        throw new BadInput("invalid filter '" + filter + "': empty condition");
      }
      String field = null;
      Set<String> values = new HashSet<>();
      for (String term : group.split("\\|", -1)) {
        int op = term.indexOf("==");
        if (op <= 0 || term.indexOf("==", op + 2) >= 0) {
          throw new BadInput("invalid filter '" + filter + "': each condition must be name==value");
        }
        String name = term.substring(0, op);
        String value = term.substring(op + 2);
        if (!NAME.matcher(name).matches() || !VALUE.matcher(value).matches()) {
          throw new BadInput("invalid filter '" + filter
              + "': names and values may only contain letters, digits and underscores");
        }
        if (!allowed.containsKey(name)) {
          throw new BadInput("invalid filter '" + filter + "': unsupported filter field '" + name
              + "', supported: " + new ArrayList<>(allowed.keySet()));
        }
        Set<String> permitted = allowed.get(name);
        if (!permitted.isEmpty() && !permitted.contains(value)) {
          throw new BadInput("invalid filter '" + filter + "': invalid value '" + value + "' for " + name);
        }
        if (field != null && !field.equals(name)) {
          throw new BadInput("invalid filter '" + filter
              + "': OR conditions within one AND condition must use the same field");
        }
        field = name;
        values.add(value);
      }
      if (groups.containsKey(field)) {
        throw new BadInput("invalid filter '" + filter + "': field '" + field
            + "' may appear in only one AND condition");
      }
      groups.put(field, values);
    }
    return new RfsFilter(groups);
  }

  /** True when the item's field values satisfy every group. */
  public boolean matches(Function<String, String> field) {
    for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
      if (!g.getValue().contains(field.apply(g.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** A stable text form for paging-token scopes. */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      sb.append(e.getKey()).append('=');
      e.getValue().stream().sorted().forEach(v -> sb.append(v).append('|'));
      sb.append(',');
    });
    return sb.toString();
  }
}
