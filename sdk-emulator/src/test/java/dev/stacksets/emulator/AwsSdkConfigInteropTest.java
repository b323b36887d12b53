package dev.stacksets.emulator;

import dev.stacksets.emulator.model.Faults;
import dev.stacksets.emulator.model.ServedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.emulator.internal.ConformancePack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigException;
import software.amazon.awssdk.services.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import software.amazon.awssdk.services.config.model.InvalidNextTokenException;
import software.amazon.awssdk.services.config.model.NoSuchOrganizationConformancePackException;
import software.amazon.awssdk.services.config.model.OrganizationConformancePackDetailedStatus;
import software.amazon.awssdk.services.config.model.OrganizationResourceDetailedStatus;
import software.amazon.awssdk.services.config.model.ValidationException;

/** The official AWS SDK for Java v2 Config client against the emulator: data equals the model. */
@StackSetEmulatorTest(timeSpeed = 0)
class AwsSdkConfigInteropTest {
  static ConfigClient config;

  @BeforeAll
  static void client(StackSetEmulator e) {
    config = AwsSdk.config(e);
  }

  @AfterAll
  static void close() {
    config.close();
  }

  @Test
  void everyPackPagesLikeTheModel(StackSetEmulator e) {
    Instant now = e.now();
    for (ConformancePack pack : e.model().packs()) {
      List<GetOrganizationConformancePackDetailedStatusResponse> pages = config
          .getOrganizationConformancePackDetailedStatusPaginator(b -> b.organizationConformancePackName(pack.name())
              .limit(100)).stream().toList();
      List<OrganizationConformancePackDetailedStatus> all = pages.stream()
          .flatMap(p -> p.organizationConformancePackDetailedStatuses().stream()).toList();
      List<ConformancePack.Member> members = new ArrayList<>();
      for (ConformancePack.Member m : pack.members()) {
        if (m.at(now) != null) {
          members.add(m);
        }
      }
      assertThat(all).hasSize(members.size());
      assertThat(pages).hasSize(Math.max(1, (members.size() + 99) / 100));
      for (int i = 0; i < all.size(); i++) {
        OrganizationConformancePackDetailedStatus s = all.get(i);
        ConformancePack.Member m = members.get(i);
        ConformancePack.Change c = m.at(now);
        assertThat(s.accountId()).isEqualTo(m.accountId());
        assertThat(s.conformancePackName()).isEqualTo(m.memberPackName());
        assertThat(s.statusAsString()).isEqualTo(c.status());
        assertThat(s.errorCode()).isEqualTo(c.errorCode());
        assertThat(s.errorMessage()).isEqualTo(c.errorMessage());
        assertThat(s.lastUpdateTime()).isEqualTo(c.at());
      }
    }
  }

  @Test
  void filtersSelectLikeTheModel(StackSetEmulator e) {
    Map<String, String> statuses = e.config().accountStatuses("operational-best-practices");
    long failed = statuses.values().stream().filter("CREATE_FAILED"::equals).count();
    assertThat(failed).isPositive();
    List<OrganizationConformancePackDetailedStatus> got = config
        .getOrganizationConformancePackDetailedStatusPaginator(b -> b
            .organizationConformancePackName("operational-best-practices")
            .filters(f -> f.status(OrganizationResourceDetailedStatus.CREATE_FAILED)).limit(5))
        .organizationConformancePackDetailedStatuses().stream().toList();
    assertThat(got).hasSize((int) failed).allSatisfy(s -> assertThat(s.errorCode()).isNotBlank());
    String account = statuses.keySet().iterator().next();
    assertThat(config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("operational-best-practices").filters(f -> f.accountId(account)))
        .organizationConformancePackDetailedStatuses()).extracting(OrganizationConformancePackDetailedStatus::accountId)
        .containsExactly(account);
  }

  @Test
  void errorsAreTheModeledExceptions(StackSetEmulator e) {
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("no-such-pack")))
        .isInstanceOfSatisfying(NoSuchOrganizationConformancePackException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(400);
          assertThat(x.requestId()).isNotBlank();
        });
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("large-pack").nextToken("forged")))
        .isInstanceOf(InvalidNextTokenException.class);
    String token = config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("large-pack")).nextToken();
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("operational-best-practices").nextToken(token)))
        .isInstanceOf(InvalidNextTokenException.class);
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("large-pack").limit(101)))
        .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.awsErrorDetails().errorMessage())
            .isEqualTo("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
                + "Member must have value less than or equal to 100"));
  }

  @Test
  void throttlingIsRetriedThenReported(StackSetEmulator e) {
    e.faults(Faults.builder().throttleFirst(1).build());
    assertThat(config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("pci-dss-pack")).organizationConformancePackDetailedStatuses()).isNotEmpty();
    assertThat(e.servedRequests()).extracting(ServedRequest::errorCode).containsExactly("ThrottlingException", null);
    e.faults(Faults.builder().throttleEveryNth(1).build());
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(b -> b
        .organizationConformancePackName("pci-dss-pack")))
        .isInstanceOfSatisfying(ConfigException.class, x -> {
          assertThat(x.isThrottlingException()).isTrue();
          assertThat(x.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        });
  }

  @Test
  void anUpdateProgressesAsEmulatorTimePasses(StackSetEmulator e) {
    List<String> accounts = List.of("444444444444", "555555555555", "666666666666");
    e.config().createConformancePack("interop-pack", accounts, Duration.ofMinutes(3));
    assertThat(statuses()).containsOnly("CREATE_IN_PROGRESS");
    e.advanceTime(Duration.ofMinutes(5));
    assertThat(statuses()).containsOnly("CREATE_SUCCESSFUL");
    e.config().startUpdate("interop-pack", 1, Duration.ofMinutes(2));
    assertThat(statuses()).containsOnly("UPDATE_IN_PROGRESS");
    e.advanceTime(Duration.ofMinutes(3));
    assertThat(statuses()).containsExactly("UPDATE_FAILED", "UPDATE_SUCCESSFUL", "UPDATE_SUCCESSFUL");
  }

  private static List<String> statuses() {
    return config.getOrganizationConformancePackDetailedStatus(b -> b.organizationConformancePackName("interop-pack"))
        .organizationConformancePackDetailedStatuses().stream()
        .map(OrganizationConformancePackDetailedStatus::statusAsString).toList();
  }
}
