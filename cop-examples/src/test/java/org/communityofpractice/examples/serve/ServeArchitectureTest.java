package org.communityofpractice.examples.serve;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The web app is an example of embedding the SDK: it builds on the SDK, never the other way. */
@AnalyzeClasses(
    packages = "org.communityofpractice",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ServeArchitectureTest {

  @ArchTest
  static final ArchRule nothing_in_the_sdk_depends_on_the_web_app =
      noClasses()
          .that()
          .resideInAnyPackage("org.communityofpractice.core..", "org.communityofpractice.report..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice.examples..")
          .because("cop serve is an example of embedding the SDK (DESIGN.md)");

  @ArchTest
  static final ArchRule the_web_app_reaches_the_domain_only_through_the_public_api =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.examples.serve..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.communityofpractice.core..", "org.communityofpractice.report..")
                  .and(not(modifier(PUBLIC)))
                  .as("non-public classes of cop-core or cop-report"))
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice..internal..")
          .because("a charity's own app can use only what the SDK publishes");

  @ArchTest
  static final ArchRule only_the_web_app_uses_the_web_library =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.examples.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
          .because("Javalin and Jetty are the web app's choice, not the SDK's");
}
