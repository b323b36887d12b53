package dev.stacksets.rfs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Properties of the RFS filter builders over arbitrary build steps and values: what they accept renders to the
 * documented grammar ({@code ,} = AND across fields, {@code |} = OR within one, {@code ==} only, at most 512
 * characters) holding exactly the accepted values; what they refuse is an {@link IllegalArgumentException} naming
 * the {@code filter} parameter (and the field, unless the whole filter is too long), and leaves the filter as it was.
 */
class FilterPropertyTest {
  private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9_-]+");

  /** One build step: 0 = or(value) on the last clause, 1 = and on the first field, 2 = and on the second field. */
  @Provide
  Arbitrary<String> value() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.of("DEPLOY_STACK_SET", "cn-north-4", "a|b", "a,b", "a==b", "a;b", "", " ", "日志", "%2F",
            "UNKNOWN_TO_SDK_VERSION"),
        Arbitraries.strings().withChars("x").ofLength(300),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<List<Tuple2<Integer, String>>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), value()).as(Tuple::of).list().ofMaxSize(12);
  }

  @Property
  void operationFilterAcceptsOnlyTheGrammarAndNamesWhatItRefuses(@ForAll("steps") List<Tuple2<Integer, String>> steps,
      @ForAll("value") String first) {
    Builder<OperationFilter> b = new Builder<>(
        new String[] {"action", "status"}, new Pattern[] {DOCUMENTED, DOCUMENTED},
        v -> OperationFilter.action(v), (f, v) -> or(f, v), (f, v) -> f.andAction(v), (f, v) -> f.andStatus(v),
        OperationFilter::toQueryValue);
    b.run(first, steps);
  }

  @Property
  void stackInstanceFilterAcceptsOnlyTheGrammarAndNamesWhatItRefuses(
      @ForAll("steps") List<Tuple2<Integer, String>> steps, @ForAll("value") String first) {
    Builder<StackInstanceFilter> b = new Builder<>(
        new String[] {"region", "stack_domain_id"}, new Pattern[] {REGION, DOCUMENTED},
        v -> StackInstanceFilter.region(v), (f, v) -> or(f, v), (f, v) -> f.andRegion(v),
        (f, v) -> f.andStackDomainId(v), StackInstanceFilter::toQueryValue);
    b.run(first, steps);
  }

  @Property
  void stackSetFilterAcceptsOnlyTheGrammarAndNamesWhatItRefuses(@ForAll("steps") List<Tuple2<Integer, String>> steps,
      @ForAll("value") String first) {
    // one field only: every step is an or
    List<Tuple2<Integer, String>> ors = new ArrayList<>();
    for (Tuple2<Integer, String> s : steps) {
      ors.add(Tuple.of(0, s.get2()));
    }
    Builder<StackSetFilter> b = new Builder<>(new String[] {"permission_model", "permission_model"},
        new Pattern[] {DOCUMENTED, DOCUMENTED}, StackSetFilter::permissionModel, StackSetFilter::or, null, null,
        StackSetFilter::toQueryValue);
    b.run(first, ors);
  }

  private static OperationFilter or(OperationFilter f, String v) {
    return f instanceof OperationFilter.ActionCondition a ? a.or(v) : ((OperationFilter.StatusCondition) f).or(v);
  }

  private static StackInstanceFilter or(StackInstanceFilter f, String v) {
    return f instanceof StackInstanceFilter.RegionCondition r ? r.or(v)
        : ((StackInstanceFilter.StackDomainIdCondition) f).or(v);
  }

  private interface Step<F> {
    F apply(F filter, String value);
  }

  private interface Start<F> {
    F apply(String value);
  }

  private interface Render<F> {
    String apply(F filter);
  }

  /** Runs the steps against the builder and against a model of the grammar, and compares at every step. */
  private record Builder<F>(String[] fields, Pattern[] allowed, Start<F> start, Step<F> or, Step<F> andFirst,
      Step<F> andSecond, Render<F> render) {

    void run(String firstValue, List<Tuple2<Integer, String>> steps) {
      Map<String, List<String>> model = new LinkedHashMap<>();
      F filter;
      try {
        filter = start.apply(firstValue);
      } catch (IllegalArgumentException e) {
        assertRefusal(e, fields[0], firstValue, false, model);
        return;
      }
      model.put(fields[0], new ArrayList<>(List.of(firstValue)));
      String last = fields[0];
      check(filter, model);
      for (Tuple2<Integer, String> s : steps) {
        String value = s.get2();
        int kind = s.get1();
        String field = kind == 0 ? last : fields[kind - 1];
        boolean duplicateField = kind != 0 && model.containsKey(field);
        Step<F> step = kind == 0 ? or : kind == 1 ? andFirst : andSecond;
        F next;
        try {
          next = step.apply(filter, value);
        } catch (IllegalArgumentException e) {
          assertRefusal(e, field, value, duplicateField, model);
          continue; // the filter is unchanged: keep building on it
        }
        assertThat(duplicateField).as("a second condition on %s was accepted", field).isFalse();
        assertThat(valid(field, value)).as("accepted value '%s' for %s", value, field).isTrue();
        model.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
        last = field;
        filter = next;
        check(filter, model);
      }
    }

    private boolean valid(String field, String value) {
      Pattern p = field.equals(fields[0]) ? allowed[0] : allowed[1];
      return value != null && p.matcher(value).matches();
    }

    private void assertRefusal(IllegalArgumentException e, String field, String value, boolean duplicateField,
        Map<String, List<String>> model) {
      assertThat(e.getMessage()).startsWith("filter");
      if (duplicateField || !valid(field, value)) {
        assertThat(e.getMessage()).contains(field);
      } else {
        // the only other refusal: the rendered filter (the parameter as a whole) would be too long
        assertThat(e.getMessage()).startsWith("filter is ").endsWith("the service accepts at most 512");
        assertThat(renderModel(model).length() + field.length() + 3 + value.length()).isGreaterThan(512);
      }
    }

    private void check(F filter, Map<String, List<String>> model) {
      String rendered = render.apply(filter);
      assertThat(rendered).isEqualTo(renderModel(model)).hasSizeLessThanOrEqualTo(512);
      // the documented grammar, field by field
      String[] clauses = rendered.split(",", -1);
      List<String> seenFields = new ArrayList<>();
      for (String clause : clauses) {
        String field = null;
        for (String condition : clause.split("\\|", -1)) {
          String[] kv = condition.split("==", -1);
          assertThat(kv).as("one == per condition in %s", rendered).hasSize(2);
          if (field == null) {
            field = kv[0];
          }
          assertThat(kv[0]).as("one field per clause in %s", rendered).isEqualTo(field);
          assertThat(valid(kv[0], kv[1])).as("value %s in %s", kv[1], rendered).isTrue();
        }
        assertThat(seenFields).as("each field in one clause: %s", rendered).doesNotContain(field);
        seenFields.add(field);
      }
    }

    private static String renderModel(Map<String, List<String>> model) {
      List<String> clauses = new ArrayList<>();
      model.forEach((field, values) -> clauses.add(String.join("|",
          values.stream().map(v -> field + "==" + v).toList())));
      return String.join(",", clauses);
    }
  }
}
