package org.communityofpractice.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.HashFlooding;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.privacy.Count;

/** The design's two rules, as far as they concern the report module. */
@AnalyzeClasses(
    packages = "org.communityofpractice.report",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String[] RENDERERS = {
    "org.communityofpractice.report.spi..",
    "org.communityofpractice.report.markdown..",
    "org.communityofpractice.report.text..",
    "org.communityofpractice.report.json..",
    "org.communityofpractice.report.csv..",
    "org.communityofpractice.report.html..",
    "org.communityofpractice.report.pdf..",
    "org.communityofpractice.report.post..",
    "org.communityofpractice.report.site.internal..",
    "org.communityofpractice.report.internal.."
  };

  private static final String[] REGISTER_AND_CONTACT = {
    "org.communityofpractice.core.people..",
    "org.communityofpractice.core.consent..",
    "org.communityofpractice.core.rights.."
  };

  @ArchTest
  static final ArchRule renderers_never_depend_on_the_member_register_or_contact_types =
      noClasses()
          .that()
          .resideInAnyPackage(RENDERERS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REGISTER_AND_CONTACT)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Community.class)
          .because("renderers only see publishable views (DESIGN.md, rule 2)");

  /**
   * The privacy view's published count, the one type of {@code core.privacy} a report holds as it
   * is: a value the policy has already suppressed, with no person and no register behind it.
   */
  private static final DescribedPredicate<JavaClass> THE_PUBLISHED_COUNT =
      belongToAnyOf(Count.class).as("the published count");

  @ArchTest
  static final ArchRule renderers_see_the_report_model_not_the_privacy_views_or_the_community =
      noClasses()
          .that()
          .resideInAnyPackage(RENDERERS)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.communityofpractice.core.privacy..",
                      "org.communityofpractice.core.community..",
                      "org.communityofpractice.core.session..",
                      "org.communityofpractice.report")
                  .and(not(THE_PUBLISHED_COUNT))
                  .as("the privacy views but their count, the community, sessions or the composer"))
          .because("the composer alone turns the policy's views into the report model");

  @ArchTest
  static final ArchRule the_report_model_holds_no_person_id_and_no_register_type =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.report.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REGISTER_AND_CONTACT)
          .orShould()
          .dependOnClassesThat(
              resideInAnyPackage(
                      "org.communityofpractice.core.privacy..",
                      "org.communityofpractice.core.community..")
                  .and(not(THE_PUBLISHED_COUNT))
                  .as("the privacy views but their count, or the community"))
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(PersonId.class);

  @ArchTest
  static final ArchRule no_field_of_the_report_model_is_a_person_id =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.communityofpractice.report.model..")
          .should()
          .haveRawType(PersonId.class);

  @ArchTest
  static final ArchRule no_method_of_the_report_model_returns_a_person_id =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.communityofpractice.report.model..")
          .should()
          .haveRawReturnType(PersonId.class);

  @ArchTest
  static final ArchRule jackson_is_used_only_by_the_json_renderer =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.report.json..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule mail_and_calendar_libraries_stay_in_the_circulation_packages =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.communityofpractice.report.mail..", "org.communityofpractice.report.calendar..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.mail..",
              "jakarta.activation..",
              "org.eclipse.angus..",
              "net.fortuna.ical4j..")
          .because(
              "they are optional dependencies: a project that only renders reports does not carry them");

  @ArchTest
  static final ArchRule the_printing_libraries_are_used_only_inside_the_pdf_renderers_internals =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.report.pdf.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.openhtmltopdf..", "org.apache.pdfbox..", "org.jsoup..", "java.awt..")
          .because("they are optional: a class that names them would fail to load without them");

  @ArchTest
  static final ArchRule report_packages_have_no_cycles =
      slices().matching("org.communityofpractice.report.(*)..").should().beFreeOfCycles();

  /** No lookup a document can make linear by choosing keys that share one hash. */
  @ArchTest
  static final ArchRule nothing_copies_keys_into_the_jdks_immutable_hash_collections =
      HashFlooding.NO_COPY_INTO_THE_JDKS_IMMUTABLE_HASH_COLLECTIONS;
}
