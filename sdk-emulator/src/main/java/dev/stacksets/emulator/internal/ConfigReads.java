package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The Config organization conformance-pack reads: GetOrganizationConformancePackDetailedStatus (per account, with
 * {@code Filters}), DescribeOrganizationConformancePacks and DescribeOrganizationConformancePackStatuses (per
 * pack), each with {@code Limit} and {@code NextToken}. Thread-safe.
 */
final class ConfigReads {
  private static final String DETAILED = "GetOrganizationConformancePackDetailedStatus";
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Set<String> STATUSES = Set.of("CREATE_SUCCESSFUL", "CREATE_IN_PROGRESS", "CREATE_FAILED",
      "DELETE_SUCCESSFUL", "DELETE_FAILED", "DELETE_IN_PROGRESS", "UPDATE_SUCCESSFUL", "UPDATE_IN_PROGRESS",
      "UPDATE_FAILED");

  private final EmulatorModel model;
  private final String region;

  ConfigReads(EmulatorModel model, String region) {
    this.model = model;
    this.region = region;
  }

  ObjectNode detailedStatus(JsonRequest q) {
    String name = q.text("OrganizationConformancePackName");
    String token = q.text("NextToken");
    int limit = q.integer("Limit");
    JsonNode filters = q.structure("Filters");
    String account = filters == null ? null : JsonRequest.text(filters, "AccountId");
    String status = filters == null ? null : JsonRequest.text(filters, "Status");
    List<String> v = new ArrayList<>();
    JsonRequest.packName(name, "organizationConformancePackName", true, v);
    JsonRequest.limit(limit, v);
    if (account != null && !ACCOUNT.matcher(account).matches()) {
      v.add(AwsErrors.violation(account, "filters.accountId", "Member must satisfy regular expression pattern: "
          + "\\d{12}"));
    }
    if (status != null && !STATUSES.contains(status)) {
      v.add(AwsErrors.violation(status, "filters.status", "Member must satisfy enum value set: "
          + new TreeSet<>(STATUSES)));
    }
    JsonRequest.fail(v);
    Instant now = q.now();
    ConformancePack pack = pack(name, now);
    String scope = DETAILED + "|" + name + "|" + account + "|" + status;
    PageTokens.Cursor cursor = q.cursor(token, scope);
    List<Row> rows = new ArrayList<>();
    for (ConformancePack.Member m : pack.members()) {
      ConformancePack.Change c = m.at(now);
      if (c != null && (account == null || account.equals(m.accountId()))
          && (status == null || status.equals(c.status()))) {
        rows.add(new Row(m, c));
      }
    }
    Pager.Page<Row> page = Pager.page(rows, r -> new PageKey(0, r.member.accountId()), PageKey.ASC, cursor,
        limit == 0 ? 100 : limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("OrganizationConformancePackDetailedStatuses");
    for (Row r : page.items()) {
      ConfigJson.detailedStatus(arr.addObject(), r.member, r.change);
    }
    if (page.moreAfter() && !page.items().isEmpty()) {
      Row last = page.items().get(page.items().size() - 1);
      root.put("NextToken", q.tokens().issue(scope, new PageKey(0, last.member.accountId()), false));
    }
    return root;
  }

  private record Row(ConformancePack.Member member, ConformancePack.Change change) {}

  ObjectNode describePacks(JsonRequest q) {
    return packs(q, "DescribeOrganizationConformancePacks", "OrganizationConformancePacks",
        (o, p) -> ConfigJson.pack(o, p, region, q.now()));
  }

  ObjectNode describeStatuses(JsonRequest q) {
    return packs(q, "DescribeOrganizationConformancePackStatuses", "OrganizationConformancePackStatuses",
        (o, p) -> ConfigJson.status(o, p, q.now()));
  }

  /** The packs named (all when none), by name, paged. */
  private ObjectNode packs(JsonRequest q, String operation, String member, BiConsumer<ObjectNode, ConformancePack>
      render) {
    List<String> names = q.strings("OrganizationConformancePackNames");
    String token = q.text("NextToken");
    int limit = q.integer("Limit");
    List<String> v = new ArrayList<>();
    if (names.size() > 25) {
      v.add(AwsErrors.violation("[" + names.size() + " names]", "organizationConformancePackNames",
          "Member must have length less than or equal to 25"));
    }
    for (String n : names) {
      JsonRequest.packName(n, "organizationConformancePackNames.member", true, v);
    }
    JsonRequest.limit(limit, v);
    JsonRequest.fail(v);
    Instant now = q.now();
    List<ConformancePack> items = new ArrayList<>();
    if (names.isEmpty()) {
      for (ConformancePack p : model.packs()) {
        if (p.existsAt(now)) {
          items.add(p);
        }
      }
    } else {
      for (String n : new TreeSet<>(names)) {
        items.add(pack(n, now));
      }
    }
    items.sort((a, b) -> a.name().compareTo(b.name()));
    String scope = operation + "|" + new TreeSet<>(names);
    Pager.Page<ConformancePack> page = Pager.page(items, p -> new PageKey(0, p.name()), PageKey.ASC,
        q.cursor(token, scope), limit == 0 ? 100 : limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray(member);
    for (ConformancePack p : page.items()) {
      render.accept(arr.addObject(), p);
    }
    if (page.moreAfter() && !page.items().isEmpty()) {
      root.put("NextToken", q.tokens().issue(scope, new PageKey(0, page.items().get(page.items().size() - 1)
          .name()), false));
    }
    return root;
  }

  /** A pack that exists at {@code now}, else NoSuchOrganizationConformancePackException. */
  ConformancePack pack(String name, Instant now) {
    ConformancePack pack = model.pack(name);
    if (pack == null || !pack.existsAt(now)) {
      throw new NotFoundError("NoSuchOrganizationConformancePackException",
          "Could not find an organization conformance pack named '" + name + "'");
    }
    return pack;
  }
}
