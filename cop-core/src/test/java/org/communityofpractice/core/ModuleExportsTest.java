package org.communityofpractice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.fixtures.ExportedApi;
import org.junit.jupiter.api.Test;

/** DESIGN.md: internals live in {@code ...internal} packages that module-info does not export. */
class ModuleExportsTest {

  /**
   * Raised from 208 for SessionHeader and its builder (a session's header is one value) and for
   * validation.Shown (the hidden-character rule that tools built on cop share).
   */
  private static final int PUBLIC_TYPE_BUDGET = 211;

  @Test
  void internalPackagesAreNotExported() throws URISyntaxException {
    Path classes =
        Path.of(Community.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core =
        ModuleFinder.of(classes).find("org.communityofpractice.core").orElseThrow().descriptor();
    Set<String> exported =
        core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported)
        .contains("org.communityofpractice.core.community", "org.communityofpractice.core.scaling");
    assertThat(core.packages()).contains("org.communityofpractice.core.internal");
    assertThat(exported).noneMatch(p -> p.contains(".internal"));
  }

  /**
   * Everything module-info does not export is an internal package, or the synthetic network that
   * cop's own tests, examples and benchmarks use: no package falls out of the API by accident.
   */
  @Test
  void theUnexportedPackagesAreTheInternalsAndTheSyntheticNetwork() {
    ExportedApi api = ExportedApi.of(Community.class);
    assertThat(api.unexportedPackages())
        .contains("org.communityofpractice.core.synthetic", "org.communityofpractice.core.internal")
        .allMatch(
            p -> p.contains(".internal") || p.equals("org.communityofpractice.core.synthetic"));
    assertThat(api.exportedPackages()).noneMatch(p -> p.contains(".internal"));
  }

  /**
   * No Jackson type is in cop-core's API (ArchitectureTest), so a user's module need not read
   * Jackson.
   */
  @Test
  void jacksonIsRequiredButNotPassedOnToUsers() throws URISyntaxException {
    Path classes =
        Path.of(Community.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core =
        ModuleFinder.of(classes).find("org.communityofpractice.core").orElseThrow().descriptor();
    ModuleDescriptor.Requires jackson =
        core.requires().stream()
            .filter(r -> r.name().equals("com.fasterxml.jackson.databind"))
            .findFirst()
            .orElseThrow();
    assertThat(jackson.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(core.requires())
        .noneMatch(
            r ->
                r.name().startsWith("com.fasterxml")
                    && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }

  /**
   * Every exported type is a promise kept from one release to the next, so the surface has a
   * budget: the guide's vocabulary, the store, the analyses and the publishable views, and little
   * plumbing. A type that needs to join it should replace one, or the budget rises in a reviewed
   * change.
   */
  @Test
  void theExportedApiStaysWithinItsBudgetOfPublicTypes() {
    ExportedApi.of(Community.class).assertWithinBudget(PUBLIC_TYPE_BUDGET);
  }

  @Test
  void everyExportedPackageSaysWhatItIsFor() {
    ExportedApi api = ExportedApi.of(Community.class);
    api.assertEveryExportedPackageSaysWhatItIsFor(Path.of("src/main/java"));
  }
}
