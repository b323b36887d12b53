package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void answersAllThree() {
    try (StackSetEmulator e = StackSetEmulator.start()) {
      Wire w = new Wire(e);
      Wire.Reply r = w.rfs("/v1/stack-sets");
      System.out.println(r.status() + " " + r.body());
      Wire.Reply c = w.cfn("ListStackSets");
      System.out.println(c.status() + " " + c.body());
      Wire.Reply g = w.config("StarlingDoveService.GetOrganizationConformancePackDetailedStatus",
          "{\"OrganizationConformancePackName\":\"security-baseline\",\"Limit\":3}");
      System.out.println(g.status() + " " + g.body());
      assertThat(r.status()).isEqualTo(200);
    }
  }
}
