package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConformancePackInputParameter;
import software.amazon.awssdk.services.config.model.NoSuchOrganizationConformancePackException;
import software.amazon.awssdk.services.config.model.OrganizationConformancePack;
import software.amazon.awssdk.services.config.model.OrganizationConformancePackDetailedStatus;
import software.amazon.awssdk.services.config.model.OrganizationConformancePackStatus;
import software.amazon.awssdk.services.config.model.ResourceInUseException;
import software.amazon.awssdk.services.config.model.ValidationException;

/**
 * The official AWS SDK for Java v2 Config client drives an organization conformance pack through its life against
 * the in-JVM emulator: put, the pack and per-account statuses moving with emulator time, an update, a failing
 * account, the in-progress rule, and the deletion.
 */
@StackSetEmulatorTest(timeSpeed = 0, seedData = false)
class AwsSdkConfigWritesTest {
  private static final String TEMPLATE = "Resources:\n  Rule:\n    Type: AWS::Config::ConfigRule\n";

  private final StackSetEmulator e;
  private final ConfigClient config;

  AwsSdkConfigWritesTest(StackSetEmulator e) {
    this.e = e;
    this.config = AwsSdk.config(e);
  }

  private OrganizationConformancePackStatus status(String pack) {
    return config.describeOrganizationConformancePackStatuses(b -> b.organizationConformancePackNames(pack))
        .organizationConformancePackStatuses().get(0);
  }

  private Map<String, String> accounts(String pack) {
    return config.getOrganizationConformancePackDetailedStatus(b -> b.organizationConformancePackName(pack))
        .organizationConformancePackDetailedStatuses().stream().collect(Collectors.toMap(
            OrganizationConformancePackDetailedStatus::accountId,
            OrganizationConformancePackDetailedStatus::statusAsString, (a, b) -> a, TreeMap::new));
  }

  @Test
  void aPackFromPutToDelete() {
    String arn = config.putOrganizationConformancePack(b -> b.organizationConformancePackName("life-pack")
        .templateBody(TEMPLATE).deliveryS3Bucket("awsconfigconforms-bucket").excludedAccounts("456789012345")
        .conformancePackInputParameters(ConformancePackInputParameter.builder().parameterName("MaxAge")
            .parameterValue("90").build())).organizationConformancePackArn();
    assertThat(arn).matches("arn:aws:config:us-east-1:123456789012:organization-conformance-pack/life-pack-[0-9a-f]{8}");
    assertThat(status("life-pack").statusAsString()).isEqualTo("CREATE_IN_PROGRESS");
    assertThat(accounts("life-pack")).containsExactlyEntriesOf(new TreeMap<>(Map.of("123456789012",
        "CREATE_IN_PROGRESS", "210987654321", "CREATE_IN_PROGRESS", "345678901234", "CREATE_IN_PROGRESS")));
    OrganizationConformancePack described = config.describeOrganizationConformancePacks(b -> b
        .organizationConformancePackNames("life-pack")).organizationConformancePacks().get(0);
    assertThat(described.organizationConformancePackArn()).isEqualTo(arn);
    assertThat(described.deliveryS3Bucket()).isEqualTo("awsconfigconforms-bucket");
    assertThat(described.excludedAccounts()).containsExactly("456789012345");
    assertThat(described.conformancePackInputParameters()).singleElement()
        .satisfies(p -> assertThat(p.parameterValue()).isEqualTo("90"));

    // no change while one is in progress
    ResourceInUseException busy = (ResourceInUseException) catchService(() -> config.deleteOrganizationConformancePack(
        b -> b.organizationConformancePackName("life-pack")));
    assertThat(busy.statusCode()).isEqualTo(400);
    assertThatThrownBy(() -> config.putOrganizationConformancePack(b -> b.organizationConformancePackName("life-pack")
        .templateBody(TEMPLATE))).isInstanceOf(ResourceInUseException.class);

    e.advanceTime(Duration.ofMinutes(5));
    assertThat(status("life-pack").statusAsString()).isEqualTo("CREATE_SUCCESSFUL");
    assertThat(accounts("life-pack").values()).containsOnly("CREATE_SUCCESSFUL");

    // an update where one account fails: the pack is UPDATE_FAILED with that account's error
    e.config().failAccount("210987654321", "InsufficientPermissionsException", "no service-linked role");
    config.putOrganizationConformancePack(b -> b.organizationConformancePackName("life-pack").templateBody(TEMPLATE));
    assertThat(status("life-pack").statusAsString()).isEqualTo("UPDATE_IN_PROGRESS");
    e.advanceTime(Duration.ofMinutes(5));
    OrganizationConformancePackStatus failed = status("life-pack");
    assertThat(failed.statusAsString()).isEqualTo("UPDATE_FAILED");
    assertThat(failed.errorCode()).isEqualTo("InsufficientPermissionsException");
    assertThat(accounts("life-pack")).containsEntry("210987654321", "UPDATE_FAILED")
        .containsEntry("123456789012", "UPDATE_SUCCESSFUL");
    assertThat(config.getOrganizationConformancePackDetailedStatus(b -> b.organizationConformancePackName("life-pack")
        .filters(f -> f.status("UPDATE_FAILED"))).organizationConformancePackDetailedStatuses()).singleElement()
        .satisfies(s -> assertThat(s.errorMessage()).isEqualTo("no service-linked role"));

    e.config().clearFailingAccounts();
    config.deleteOrganizationConformancePack(b -> b.organizationConformancePackName("life-pack"));
    assertThat(status("life-pack").statusAsString()).isEqualTo("DELETE_IN_PROGRESS");
    e.advanceTime(Duration.ofMinutes(5));
    NoSuchOrganizationConformancePackException gone = (NoSuchOrganizationConformancePackException) catchService(
        () -> status("life-pack"));
    assertThat(gone.statusCode()).isEqualTo(400);
    assertThatThrownBy(() -> accounts("life-pack")).isInstanceOf(NoSuchOrganizationConformancePackException.class);
    assertThat(config.describeOrganizationConformancePacks(b -> { }).organizationConformancePacks()).isEmpty();
    // the name can be used again
    config.putOrganizationConformancePack(b -> b.organizationConformancePackName("life-pack").templateBody(TEMPLATE));
    assertThat(status("life-pack").statusAsString()).isEqualTo("CREATE_IN_PROGRESS");
  }

  @Test
  void packsAreListedByNameAndPaged() {
    e.config().organizationAccounts(List.of("111111111111"));
    try {
      for (String name : List.of("pack-c", "pack-a", "pack-b")) {
        config.putOrganizationConformancePack(b -> b.organizationConformancePackName(name).templateS3Uri(
            "s3://bucket/" + name + ".yaml"));
      }
      assertThat(config.describeOrganizationConformancePackStatusesPaginator(b -> b.limit(2))
          .organizationConformancePackStatuses().stream()
          .map(OrganizationConformancePackStatus::organizationConformancePackName).filter(n -> n.startsWith("pack-"))
          .toList()).containsExactly("pack-a", "pack-b", "pack-c");
      assertThat(accounts("pack-a")).containsOnlyKeys("111111111111");
    } finally {
      e.config().organizationAccounts(List.of("123456789012", "210987654321", "345678901234", "456789012345"));
    }
  }

  @Test
  void badPutsAndUnknownPacksAreRefused() {
    ValidationException noTemplate = (ValidationException) catchService(() -> config.putOrganizationConformancePack(
        b -> b.organizationConformancePackName("no-template")));
    assertThat(noTemplate.getMessage()).contains("TemplateS3Uri or TemplateBody");
    assertThat(catchService(() -> config.putOrganizationConformancePack(b -> b.organizationConformancePackName("x")
        .templateS3Uri("https://not-s3"))).awsErrorDetails().errorMessage()).contains("templateS3Uri");
    assertThatThrownBy(() -> config.deleteOrganizationConformancePack(b -> b.organizationConformancePackName("never")))
        .isInstanceOf(NoSuchOrganizationConformancePackException.class);
    assertThatThrownBy(() -> config.describeOrganizationConformancePacks(b -> b.organizationConformancePackNames(
        "never"))).isInstanceOf(NoSuchOrganizationConformancePackException.class);
  }

  private static software.amazon.awssdk.awscore.exception.AwsServiceException catchService(Runnable call) {
    try {
      call.run();
    } catch (software.amazon.awssdk.awscore.exception.AwsServiceException x) {
      return x;
    }
    throw new AssertionError("expected a service exception");
  }
}
