package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The model saved as JSON and read back: stack sets with their settings and every operation's plan inputs and seed
 * (planning them again rebuilds the same schedules and the stack instances), conformance packs with each account's
 * status changes, and the emulator time. What tests set at runtime (failing targets, timing, the organization) and
 * the replay records of {@code Client-Request-Id} and {@code ClientRequestToken} are not saved; operation ids are,
 * so {@code OperationId} replays survive. Writes go to a temporary file first and replace the old file in one move.
 */
public final class StateFile {
  /** The format tag of version 1. */
  public static final String FORMAT = "stacksets-emulator-state/1";

  private StateFile() {}

  /**
   * A file read but not yet applied.
   *
   * @param now    the emulator time it was saved at (time continues from there)
   * @param idSeed the seed for new ids (so new ids do not repeat old ones)
   * @param root   the document
   */
  public record Loaded(Instant now, long idSeed, JsonNode root) {}

  /** Saves the model. */
  public static void write(EmulatorModel model, Path file) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    synchronized (model) {
      root.put("format", FORMAT);
      root.put("now", Times.iso(model.clock().now()));
      root.put("idSeed", model.ids().random().nextLong());
      ArrayNode sets = root.putArray("stackSets");
      for (Provider p : Provider.values()) {
        for (StackSet s : model.stackSets(p)) {
          stackSet(sets.addObject(), s);
        }
      }
      ArrayNode packs = root.putArray("packs");
      for (ConformancePack p : model.packs()) {
        pack(packs.addObject(), p);
      }
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a saved model.
   *
   * @throws IOException when the file cannot be read or is not a state file of this format
   */
  public static Loaded read(Path file) throws IOException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read the state file " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new IOException("the file " + file + " is not an emulator state file (expected \"format\": \"" + FORMAT
          + "\")");
    }
    try {
      return new Loaded(Instant.parse(root.get("now").asText()), root.get("idSeed").asLong(), root);
    } catch (RuntimeException e) {
      throw new IOException("the state file " + file + " is damaged: " + e.getMessage(), e);
    }
  }

  /** Fills an empty model with what was saved. */
  public static void restore(EmulatorModel model, Loaded loaded) throws IOException {
    try {
      model.ids().random().setSeed(loaded.idSeed());
      for (JsonNode s : loaded.root().get("stackSets")) {
        restoreStackSet(model, s);
      }
      for (JsonNode p : loaded.root().get("packs")) {
        restorePack(model, p);
      }
    } catch (RuntimeException e) {
      throw new IOException("the state file is damaged: " + e, e);
    }
  }

  // ---------------------------------------------------------------------------------------------------- stack sets

  private static void stackSet(ObjectNode o, StackSet s) {
    o.put("provider", s.provider().name());
    o.put("name", s.name());
    o.put("id", s.id());
    o.put("description", s.description());
    o.put("permissionModel", s.permissionModel());
    o.put("created", Times.iso(s.created()));
    o.put("updated", Times.iso(s.settingsUpdated()));
    StackSet.Details d = s.details();
    ObjectNode j = o.putObject("details");
    j.put("administrationAgencyName", d.administrationAgencyName());
    j.put("administrationAgencyUrn", d.administrationAgencyUrn());
    j.put("managedAgencyName", d.managedAgencyName());
    j.put("initialStackDescription", d.initialStackDescription());
    j.put("varsBody", d.varsBody());
    j.put("enableParallelOperation", d.enableParallelOperation());
    strings(j.putArray("organizationalUnitIds"), d.organizationalUnitIds());
    j.put("administrationRoleArn", d.administrationRoleArn());
    j.put("executionRoleName", d.executionRoleName());
    j.put("templateBody", d.templateBody());
    j.put("deleted", d.deleted());
    j.put("autoDeployment", d.autoDeployment());
    j.put("templateUrl", d.templateUrl());
    j.put("varsUri", d.varsUri());
    keyValues(j.putArray("parameters"), d.parameters());
    strings(j.putArray("capabilities"), d.capabilities());
    keyValues(j.putArray("tags"), d.tags());
    j.put("managedExecution", d.managedExecution());
    j.put("retainStacksOnAccountRemoval", d.retainStacksOnAccountRemoval());
    ArrayNode ops = o.putArray("operations");
    for (Operation op : s.operations()) {
      operation(ops.addObject(), op);
    }
  }

  private static void operation(ObjectNode o, Operation op) {
    OperationPlanner.Inputs in = op.inputs();
    o.put("id", in.id());
    o.put("action", in.action());
    o.put("kind", in.kind().name());
    o.put("created", Times.iso(in.created()));
    o.put("queueTimeMillis", in.queueTime().toMillis());
    o.put("targetTimeMillis", in.targetTime().toMillis());
    o.put("stopAt", in.stopAt() == null ? null : Times.iso(in.stopAt()));
    Preferences p = in.preferences();
    ObjectNode prefs = o.putObject("preferences");
    prefs.put("regionConcurrencyType", p.regionConcurrencyType());
    strings(prefs.putArray("regionOrder"), p.regionOrder());
    prefs.put("failureToleranceCount", p.failureToleranceCount());
    prefs.put("maxConcurrentCount", p.maxConcurrentCount());
    prefs.put("failureToleranceMode", p.failureToleranceMode());
    prefs.put("failureTolerancePercentage", p.failureTolerancePercentage());
    prefs.put("maxConcurrentPercentage", p.maxConcurrentPercentage());
    strings(o.putArray("accounts"), in.accounts());
    strings(o.putArray("organizationalUnitIds"), in.organizationalUnitIds());
    o.put("retainStacks", in.retainStacks());
    o.put("failureReason", in.failureReason());
    o.put("stopReason", in.stopReason());
    o.put("cancelReason", in.cancelReason());
    o.put("seed", op.seed());
    o.put("fingerprint", op.fingerprint());
    ArrayNode targets = o.putArray("targets");
    for (OperationPlanner.TargetPlan t : in.targets()) {
      ObjectNode j = targets.addObject();
      j.put("region", t.region());
      j.put("account", t.account());
      j.put("organizationalUnitId", t.organizationalUnitId());
      j.put("fails", t.fails());
      j.put("reason", t.reason());
      j.put("drifted", t.drifted());
    }
  }

  private static void restoreStackSet(EmulatorModel model, JsonNode s) {
    Provider provider = Provider.valueOf(s.get("provider").asText());
    JsonNode j = s.get("details");
    StackSet.Details d = new StackSet.Details(text(j, "administrationAgencyName"),
        text(j, "administrationAgencyUrn"), text(j, "managedAgencyName"), text(j, "initialStackDescription"),
        text(j, "varsBody"), j.get("enableParallelOperation").asBoolean(), strings(j.get("organizationalUnitIds")),
        text(j, "administrationRoleArn"), text(j, "executionRoleName"), text(j, "templateBody"),
        j.get("deleted").asBoolean(), j.get("autoDeployment").asBoolean(), text(j, "templateUrl"),
        text(j, "varsUri"), keyValues(j.get("parameters")), strings(j.get("capabilities")),
        keyValues(j.get("tags")), j.get("managedExecution").asBoolean(),
        j.get("retainStacksOnAccountRemoval").asBoolean());
    StackSet set = model.addStackSet(provider, s.get("name").asText(), s.get("id").asText(),
        text(s, "description"), s.get("permissionModel").asText(), Instant.parse(s.get("created").asText()),
        Instant.parse(s.get("updated").asText()), d);
    for (JsonNode o : s.get("operations")) {
      JsonNode p = o.get("preferences");
      Preferences prefs = new Preferences(p.get("regionConcurrencyType").asText(), strings(p.get("regionOrder")),
          p.get("failureToleranceCount").asInt(), p.get("maxConcurrentCount").asInt(),
          p.get("failureToleranceMode").asText(), integer(p, "failureTolerancePercentage"),
          integer(p, "maxConcurrentPercentage"));
      List<OperationPlanner.TargetPlan> targets = new ArrayList<>();
      for (JsonNode t : o.get("targets")) {
        targets.add(new OperationPlanner.TargetPlan(t.get("region").asText(), t.get("account").asText(),
            text(t, "organizationalUnitId"), t.get("fails").asBoolean(), text(t, "reason"),
            t.get("drifted").asBoolean()));
      }
      String stopAt = text(o, "stopAt");
      OperationPlanner.Inputs in = new OperationPlanner.Inputs(o.get("id").asText(), o.get("action").asText(),
          OpKind.valueOf(o.get("kind").asText()), Instant.parse(o.get("created").asText()),
          Duration.ofMillis(o.get("queueTimeMillis").asLong()), Duration.ofMillis(o.get("targetTimeMillis")
              .asLong()), stopAt == null ? null : Instant.parse(stopAt), targets, prefs, strings(o.get("accounts")),
          strings(o.get("organizationalUnitIds")), o.get("retainStacks").asBoolean(), text(o, "failureReason"),
          text(o, "stopReason"), text(o, "cancelReason"));
      model.addOperation(new OperationPlanner(in).stackSet(set).fingerprint(text(o, "fingerprint"))
          .plan(o.get("seed").asLong()));
    }
  }

  // ---------------------------------------------------------------------------------------------------- packs

  private static void pack(ObjectNode o, ConformancePack p) {
    o.put("name", p.name());
    o.put("created", Times.iso(p.created()));
    o.put("deletedAt", p.deletedAt() == null ? null : Times.iso(p.deletedAt()));
    if (p.phase() != null) {
      o.putObject("phase").put("kind", p.phase().kind()).put("start", Times.iso(p.phase().start()));
    }
    ConformancePack.Settings s = p.settings();
    ObjectNode j = o.putObject("settings");
    j.put("templateBody", s.templateBody());
    j.put("templateS3Uri", s.templateS3Uri());
    j.put("deliveryS3Bucket", s.deliveryS3Bucket());
    j.put("deliveryS3KeyPrefix", s.deliveryS3KeyPrefix());
    keyValues(j.putArray("inputParameters"), s.inputParameters());
    strings(j.putArray("excludedAccounts"), s.excludedAccounts());
    j.put("arn", s.arn());
    j.put("lastUpdate", s.lastUpdate() == null ? null : Times.iso(s.lastUpdate()));
    ArrayNode members = o.putArray("members");
    for (ConformancePack.Member m : p.members()) {
      ObjectNode mj = members.addObject();
      mj.put("accountId", m.accountId());
      mj.put("memberPackName", m.memberPackName());
      ArrayNode changes = mj.putArray("changes");
      for (ConformancePack.Change c : m.changes()) {
        changes.addObject().put("at", Times.iso(c.at())).put("status", c.status()).put("errorCode", c.errorCode())
            .put("errorMessage", c.errorMessage());
      }
    }
  }

  private static void restorePack(EmulatorModel model, JsonNode o) {
    ConformancePack p = model.addPack(o.get("name").asText(), Instant.parse(o.get("created").asText()));
    String deleted = text(o, "deletedAt");
    if (deleted != null) {
      p.deletedAt(Instant.parse(deleted));
    }
    JsonNode phase = o.get("phase");
    if (phase != null && !phase.isNull()) {
      p.phase(new ConformancePack.Phase(phase.get("kind").asText(), Instant.parse(phase.get("start").asText())));
    }
    JsonNode s = o.get("settings");
    String last = text(s, "lastUpdate");
    p.settings(new ConformancePack.Settings(text(s, "templateBody"), text(s, "templateS3Uri"),
        text(s, "deliveryS3Bucket"), text(s, "deliveryS3KeyPrefix"), keyValues(s.get("inputParameters")),
        strings(s.get("excludedAccounts")), text(s, "arn"), last == null ? null : Instant.parse(last)));
    for (JsonNode m : o.get("members")) {
      for (JsonNode c : m.get("changes")) {
        model.addPackChange(p, m.get("accountId").asText(), m.get("memberPackName").asText(),
            new ConformancePack.Change(Instant.parse(c.get("at").asText()), c.get("status").asText(),
                text(c, "errorCode"), text(c, "errorMessage")));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Integer integer(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static void keyValues(ArrayNode a, List<KeyValue> values) {
    values.forEach(kv -> a.addObject().put("key", kv.key()).put("value", kv.value()));
  }

  private static List<KeyValue> keyValues(JsonNode a) {
    List<KeyValue> out = new ArrayList<>();
    a.forEach(v -> out.add(new KeyValue(v.get("key").asText(), text(v, "value"))));
    return out;
  }
}
