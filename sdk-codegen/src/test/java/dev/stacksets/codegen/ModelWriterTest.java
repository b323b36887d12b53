package dev.stacksets.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated source for each kind of field: what the model tests of sdk-rfs and sdk-cfn-compat then exercise. */
class ModelWriterTest {
  private static final Redacted LENGTH = new Redacted() {
    @Override
    public String before() {
      return "<";
    }

    @Override
    public String after() {
      return " chars>";
    }

    @Override
    public String mask() {
      return "";
    }

    @Override
    public Class<? extends Annotation> annotationType() {
      return Redacted.class;
    }
  };

  private static String source(FieldSpec... fields) {
    return new ModelWriter("p", "Thing", List.of("java.util.List"), "A thing.", List.of(fields), List.of(), true)
        .source();
  }

  @Test
  void aRedactedFieldIsShownByLengthOnly() {
    String s = source(FieldSpec.of("templateBody", "String", true, "The template.", LENGTH, false,
        FieldSpec.Kind.VALUE));
    assertThat(s).contains(".addLength(\"templateBody\", templateBody, \"<\", \" chars>\")")
        .doesNotContain(".add(\"templateBody\"");
  }

  @Test
  void aPresenceListKeepsAbsenceAndReadsAsEmpty() {
    String s = source(FieldSpec.of("regions", "List<String>", false, "The Regions.", null, true,
        FieldSpec.Kind.LIST));
    assertThat(s).contains("return regions == null ? List.of() : regions;", "public boolean hasRegions()",
        "this.regions = b.regions == null ? null : java.util.List.copyOf(b.regions);",
        "ModelSupport.copy(values, \"regions\", false)", "public Builder addRegion(String value)",
        ".add(\"regions\", regions)", "java.util.Objects.equals(regions(), o.regions())");
  }

  @Test
  void aPlainListIsNeverNullAndLeftOutOfToStringWhenEmpty() {
    String s = source(FieldSpec.of("regions", "List<String>", false, "The Regions.", null, false,
        FieldSpec.Kind.LIST));
    assertThat(s).contains("private List<String> regions = new java.util.ArrayList<>();",
        ".addIfAny(\"regions\", regions)").doesNotContain("hasRegions");
  }

  @Test
  void anOpenEnumIsKeptAsItsWireStringWithTwoSetters() {
    String s = source(FieldSpec.of("status", "Status", true, "The status.", null, false, FieldSpec.Kind.ENUM));
    assertThat(s).contains("private final String status;", "return Status.fromValue(status);",
        "public @Nullable String statusAsString()", "public Builder status(@Nullable Status value)",
        "ModelSupport.wire(value, \"status\")", "public Builder status(@Nullable String value)");
  }

  @Test
  void aNestedModelAlsoHasAConsumerSetterAndLinksPointAtTheModel() {
    String s = source(FieldSpec.of("details", "Details", true, "See {@link #status()}.", null, false,
        FieldSpec.Kind.NESTED));
    assertThat(s).contains("public Builder details(java.util.function.Consumer<Details.Builder> consumer)",
        "ModelSupport.consume(consumer, Details.builder(), \"details\").build()", "See {@link Thing#status()}.");
  }

  @Test
  void replyMetadataIsNeverNullAndOutOfEquals() {
    String s = source(FieldSpec.of("responseMetadata", "ResponseMetadata", false, "Metadata.", null, false,
        FieldSpec.Kind.VALUE));
    assertThat(s).contains("b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata")
        .doesNotContain("Objects.equals(responseMetadata").contains("java.util.Objects.hash(additionalFields)");
  }

  @Test
  void listNamesAreSingularizedForTheirAdders() {
    assertThat(singular("regions")).isEqualTo("Region");
    assertThat(singular("summaries")).isEqualTo("Summary");
    assertThat(singular("organizationConformancePackDetailedStatuses"))
        .isEqualTo("OrganizationConformancePackDetailedStatus");
    assertThat(singular("regionOrder")).isEqualTo("RegionOrder");
    assertThat(singular("dependsOn")).isEqualTo("DependsOn");
  }

  private static String singular(String name) {
    return FieldSpec.of(name, "List<String>", false, "", null, false, FieldSpec.Kind.LIST).singular();
  }
}
