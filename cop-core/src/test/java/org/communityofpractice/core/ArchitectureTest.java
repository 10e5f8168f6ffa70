package org.communityofpractice.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.communityofpractice.core.fixtures.HashFlooding;
import org.communityofpractice.core.people.ContactDetails;
import org.communityofpractice.core.people.LivedExperience;
import org.communityofpractice.core.people.MemberRegister;
import org.communityofpractice.core.people.Person;
import org.communityofpractice.core.people.PersonId;
import org.immutables.value.Value;

/**
 * The rules of DESIGN.md that hold for cop-core, checked against its main classes. Other parts
 * append their own {@code @ArchTest} fields here.
 */
@AnalyzeClasses(
    packages = "org.communityofpractice.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String INTERNAL = "org.communityofpractice.core.internal..";

  private static final DescribedPredicate<JavaClass> INTERNAL_TYPE =
      JavaClass.Predicates.resideInAPackage(INTERNAL);

  /** Jackson stays at the edge: only the JSON codec and the store may use it. */
  @ArchTest
  static final ArchRule domain_packages_import_nothing_from_jackson =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.communityofpractice.core.json..", "org.communityofpractice.core.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because("the domain is Jackson-free; the codec registers a Jackson Module (DESIGN.md)");

  @ArchTest
  static final ArchRule core_depends_on_nothing_in_cop_report =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice.report..")
          .because("cop-report builds on cop-core, never the other way round");

  @ArchTest
  static final ArchRule no_package_cycles =
      slices().matching("org.communityofpractice.core.(*)..").should().beFreeOfCycles();

  /**
   * Internals are not exported by module-info, so no public method of an exported type may hand one
   * out or ask for one.
   */
  @ArchTest
  static final ArchRule public_methods_expose_no_internal_types =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage(INTERNAL)
          .should()
          .notHaveRawReturnType(INTERNAL_TYPE)
          .andShould()
          .notHaveRawParameterTypes(anyOf(INTERNAL_TYPE));

  /** Values are created through their builders and factories, which check them. */
  @ArchTest
  static final ArchRule immutables_value_types_have_no_public_constructors =
      constructors()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Value.Immutable.class)
          .should()
          .notBePublic()
          .andShould()
          .notBeProtected();

  /** Nothing outside a value can change it: every public field is a final constant. */
  @ArchTest
  static final ArchRule public_fields_are_final =
      fields().that().arePublic().should().haveModifier(JavaModifier.FINAL).andShould().beStatic();

  // ---- privacy (consent, disclosure, rights) ----

  private static final String[] MAY_SEE_PERSONAL_DATA = {
    "org.communityofpractice.core.people..",
    "org.communityofpractice.core.privacy..",
    "org.communityofpractice.core.rights..",
    "org.communityofpractice.core.json..",
    "org.communityofpractice.core.store.."
  };

  /**
   * Contact details are reachable only from the register, privacy, rights, the codec and the store.
   */
  @ArchTest
  static final ArchRule
      contact_details_are_reachable_only_from_the_register_privacy_rights_and_the_archive =
          noClasses()
              .that()
              .resideOutsideOfPackages(MAY_SEE_PERSONAL_DATA)
              .should()
              .dependOnClassesThat()
              .areAssignableTo(ContactDetails.class)
              .because("personal data has one home, the register (DESIGN.md rule 1)");

  /** Lived-experience categories are special-category data: the same few packages only. */
  @ArchTest
  static final ArchRule
      lived_experience_is_reachable_only_from_the_register_privacy_rights_and_the_archive =
          noClasses()
              .that()
              .resideOutsideOfPackages(MAY_SEE_PERSONAL_DATA)
              .should()
              .dependOnClassesThat()
              .areAssignableTo(LivedExperience.class)
              .because("lived experience is special-category data, never published per person");

  /** The consent ledger depends only on people ids, the internals and validation. */
  @ArchTest
  static final ArchRule the_consent_ledger_depends_only_on_people_ids_internals_and_validation =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core.consent..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.community..", "org.communityofpractice.core.session..",
              "org.communityofpractice.core.privacy..", "org.communityofpractice.core.rights..",
              "org.communityofpractice.core.json..", "org.communityofpractice.core.store..")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(ContactDetails.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Person.class);

  /** A community may hold its consent ledger but never depends on how it is published or erased. */
  @ArchTest
  static final ArchRule the_community_never_depends_on_privacy_rights_store_capture_or_review =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core.community..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.privacy..",
              "org.communityofpractice.core.rights..",
              "org.communityofpractice.core.store..",
              "org.communityofpractice.core.capture..",
              "org.communityofpractice.core.review..");

  /**
   * The publishable views hold no person ids, register entries, contact details or lived
   * experience.
   */
  @ArchTest
  static final ArchRule publishable_views_hold_no_person_ids_or_register_data =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("org.communityofpractice.core.privacy..")
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameContaining("Publishable")
          .should()
          .notHaveRawType(PersonId.class)
          .andShould()
          .notHaveRawType(Person.class)
          .andShould()
          .notHaveRawType(ContactDetails.class)
          .andShould()
          .notHaveRawType(LivedExperience.class)
          .andShould()
          .notHaveRawType(MemberRegister.class);

  /** The JSON archive shows two types; its per-type codecs stay package-private. */
  @ArchTest
  static final ArchRule the_json_package_shows_only_the_archive_and_its_exception =
      classes()
          .that()
          .resideInAPackage("org.communityofpractice.core.json")
          .and()
          .haveNameNotMatching(
              "org\\.communityofpractice\\.core\\.json\\.(ArchiveJson|ArchiveFormatException(\\$Kind)?)")
          .should()
          .notBePublic()
          .because(
              "the store reuses the codec's single values through the unexported json.internal");

  private static final String EXPORTED = "org.communityofpractice.core..";
  private static final String NOT_EXPORTED = "org.communityofpractice.core..internal..";
  private static final DescribedPredicate<JavaClass> JACKSON_TYPE =
      JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson..");

  /**
   * Jackson is a detail of the codec: no public method, constructor or field of an exported package
   * names a Jackson type (as parameter, result, thrown exception or field type), and no public type
   * there is one, so cop's API does not change when Jackson's does and module-info need not require
   * Jackson transitively.
   */
  @ArchTest
  static final ArchRule no_public_signature_of_an_exported_package_names_a_jackson_type =
      codeUnits()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage(EXPORTED)
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage(NOT_EXPORTED)
          .should()
          .notHaveRawReturnType(JACKSON_TYPE)
          .andShould()
          .notHaveRawParameterTypes(anyOf(JACKSON_TYPE))
          .andShould(notDeclareToThrow(JACKSON_TYPE))
          .because("Jackson stays inside: third-party types are not part of cop's API (STYLE.md)");

  @ArchTest
  static final ArchRule no_public_field_of_an_exported_package_has_a_jackson_type =
      fields()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .resideInAPackage(EXPORTED)
          .and()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackage(NOT_EXPORTED)
          .should()
          .notHaveRawType(JACKSON_TYPE)
          .because("Jackson stays inside: third-party types are not part of cop's API (STYLE.md)");

  @ArchTest
  static final ArchRule no_public_type_of_an_exported_package_is_a_jackson_type =
      classes()
          .that()
          .arePublic()
          .and()
          .resideInAPackage(EXPORTED)
          .and()
          .resideOutsideOfPackage(NOT_EXPORTED)
          .should()
          .notBeAssignableTo(JACKSON_TYPE)
          .because(
              "a public subclass of a Jackson type (a Module) would expose all of Jackson's methods");

  /** Untrusted JSON never chooses the Java type it becomes: no polymorphic default typing. */
  @ArchTest
  static final ArchRule nothing_turns_on_jackson_default_typing =
      noClasses()
          .should()
          .callMethodWhere(
              JavaCall.Predicates.target(
                  HasName.Predicates.nameMatching("(activate|enable)DefaultTyping.*")))
          .because(
              "default typing lets a document pick classes to instantiate (DESIGN.md: no default typing)");

  /** No lookup a document can make linear by choosing keys that share one hash. */
  @ArchTest
  static final ArchRule nothing_copies_keys_into_the_jdks_immutable_hash_collections =
      HashFlooding.NO_COPY_INTO_THE_JDKS_IMMUTABLE_HASH_COLLECTIONS;

  private static final String[] RESEARCH_PACKAGES = {
    "org.communityofpractice.core.review..",
    "org.communityofpractice.core.analysis..",
    "org.communityofpractice.core.table..",
    "org.communityofpractice.core.synthetic.."
  };

  /**
   * A finding or a table can hold no email address, phone number or lived experience it never read.
   */
  @ArchTest
  static final ArchRule review_and_analysis_never_touch_contact_details_or_lived_experience =
      noClasses()
          .that()
          .resideInAnyPackage(RESEARCH_PACKAGES)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.communityofpractice.core.people.ContactDetails")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.communityofpractice.core.people.LivedExperience")
          .because(
              "contact details and lived experience are reachable only from people, privacy, rights, json and store (DESIGN.md)");

  /**
   * Tables are a small format layer that the report module reuses: they know nothing of the domain.
   */
  @ArchTest
  static final ArchRule tables_depend_only_on_the_jdk_validation_and_internal_checks =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core.table..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.community..",
              "org.communityofpractice.core.people..",
              "org.communityofpractice.core.session..",
              "org.communityofpractice.core.consent..",
              "org.communityofpractice.core.privacy..",
              "org.communityofpractice.core.rights..",
              "org.communityofpractice.core.review..",
              "org.communityofpractice.core.analysis..",
              "org.slf4j..");

  /** The synthetic network is for tests, examples and benchmarks; nothing real may rely on it. */
  @ArchTest
  static final ArchRule only_the_synthetic_network_itself_uses_the_synthetic_network =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.core.synthetic..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice.core.synthetic..");

  /** Review and analysis read the domain; the domain never reads them. */
  @ArchTest
  static final ArchRule the_domain_never_depends_on_review_or_analysis =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.communityofpractice.core.community..",
              "org.communityofpractice.core.people..",
              "org.communityofpractice.core.session..",
              "org.communityofpractice.core.topic..",
              "org.communityofpractice.core.scaling..",
              "org.communityofpractice.core.consent..",
              "org.communityofpractice.core.runningorder..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.review..", "org.communityofpractice.core.analysis..");

  /**
   * Review and analysis work from ids and the register's categories, never from the publishing
   * layer.
   */
  @ArchTest
  static final ArchRule review_and_analysis_do_not_depend_on_privacy_rights_store_or_capture =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.communityofpractice.core.review..", "org.communityofpractice.core.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.communityofpractice.core.privacy..", "org.communityofpractice.core.rights..",
              "org.communityofpractice.core.store..", "org.communityofpractice.core.capture..");

  /** Capture holds values and rules only; writing them down is the store's work. */
  @ArchTest
  static final ArchRule capture_touches_no_files_and_no_jackson =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core.capture..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.fasterxml.jackson..",
              "java.nio.file..",
              "java.nio.channels..",
              "org.communityofpractice.core.store..")
          .because("the recorder hands events to an EventSink; the journal is in core.store");

  /** Live capture never sees contact details or lived experience: sessions hold ids. */
  @ArchTest
  static final ArchRule capture_never_sees_contact_details_or_lived_experience =
      noClasses()
          .that()
          .resideInAPackage("org.communityofpractice.core.capture..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.communityofpractice.core.people.ContactDetails")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.communityofpractice.core.people.LivedExperience")
          .because("personal data has one home, the register (DESIGN.md rule 1)");

  /** The store builds on the domain, capture and the codec; nothing in the domain builds on it. */
  @ArchTest
  static final ArchRule nothing_outside_the_store_depends_on_it =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.core.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice.core.store..");

  /** The store's internals (the event codec, durable file helpers) are the store's alone. */
  @ArchTest
  static final ArchRule store_internals_are_used_by_the_store_only =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.communityofpractice.core.store..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.communityofpractice.core.store.internal..");

  private static ArchCondition<JavaCodeUnit> notDeclareToThrow(DescribedPredicate<JavaClass> type) {
    return new ArchCondition<>("not declare to throw " + type.getDescription()) {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaClass thrown : unit.getExceptionTypes()) {
          if (type.test(thrown)) {
            events.add(
                SimpleConditionEvent.violated(
                    unit, unit.getFullName() + " throws " + thrown.getName()));
          }
        }
      }
    };
  }

  private static DescribedPredicate<List<JavaClass>> anyOf(DescribedPredicate<JavaClass> type) {
    return DescribedPredicate.describe(
        "any " + type.getDescription(), parameters -> parameters.stream().anyMatch(type));
  }
}
