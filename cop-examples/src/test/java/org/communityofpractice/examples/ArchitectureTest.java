package org.communityofpractice.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The design rules as they apply to the examples and the {@code cop} tool. */
@AnalyzeClasses(
    packages = "org.communityofpractice.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule the_charitys_poster_renderer_sees_only_the_publishable_report =
      noClasses()
          .that()
          .resideInAPackage("..examples.poster..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.people..",
              "org.communityofpractice.core.community..",
              "org.communityofpractice.core.consent..",
              "org.communityofpractice.core.session..",
              "org.communityofpractice.core.json..",
              "org.communityofpractice.core.store..")
          .because("renderers only see publishable views (DESIGN.md, rule 2)");

  @ArchTest
  static final ArchRule the_examples_use_only_the_sdks_published_api =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.examples..")
          .and()
          .resideOutsideOfPackage("org.communityofpractice.examples.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice..internal..")
          .because(
              "the examples show what a developer outside the SDK can do; the benchmarks"
                  + " measure cop against baselines of its own internals (the codec's Jackson tree)");

  @ArchTest
  static final ArchRule the_examples_have_no_package_cycles =
      slices().matching("org.communityofpractice.examples.(*)..").should().beFreeOfCycles();
}
