package org.communityofpractice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityofpractice.core.community.Community;
import org.junit.jupiter.api.Test;

/** DESIGN.md: internals live in {@code ...internal} packages that module-info does not export. */
class ModuleExportsTest {

  @Test
  void internalPackagesAreNotExported() throws URISyntaxException {
    Path classes = Path.of(Community.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core = ModuleFinder.of(classes).find("org.communityofpractice.core").orElseThrow().descriptor();
    Set<String> exported = core.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).contains("org.communityofpractice.core.community", "org.communityofpractice.core.scaling");
    assertThat(core.packages()).contains("org.communityofpractice.core.internal");
    assertThat(exported).noneMatch(p -> p.contains(".internal"));
  }

  /** No Jackson type is in cop-core's API (ArchitectureTest), so a user's module need not read Jackson. */
  @Test
  void jacksonIsRequiredButNotPassedOnToUsers() throws URISyntaxException {
    Path classes = Path.of(Community.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor core = ModuleFinder.of(classes).find("org.communityofpractice.core").orElseThrow().descriptor();
    ModuleDescriptor.Requires jackson = core.requires().stream()
        .filter(r -> r.name().equals("com.fasterxml.jackson.databind"))
        .findFirst()
        .orElseThrow();
    assertThat(jackson.modifiers()).doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(core.requires()).noneMatch(
        r -> r.name().startsWith("com.fasterxml") && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
