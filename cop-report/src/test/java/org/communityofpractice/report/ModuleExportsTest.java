package org.communityofpractice.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.communityofpractice.core.fixtures.ExportedApi;
import org.junit.jupiter.api.Test;

/**
 * What cop-report promises its users: a budget of public types, and packages that say what they are
 * for.
 */
class ModuleExportsTest {

  /**
   * The composer, the report model, the renderer SPI and one entry type for each built-in format; a
   * type that needs to join them should replace one, or the budget rises in a reviewed change.
   */
  private static final int PUBLIC_TYPE_BUDGET = 65;

  @Test
  void theExportedApiStaysWithinItsBudgetOfPublicTypes() {
    ExportedApi.of(ReportComposer.class).assertWithinBudget(PUBLIC_TYPE_BUDGET);
  }

  @Test
  void everyExportedPackageSaysWhatItIsFor() {
    ExportedApi api = ExportedApi.of(ReportComposer.class);
    assertThat(api.exportedPackages()).contains("org.communityofpractice.report.spi");
    assertThat(api.exportedPackagesWithoutPurpose(Path.of("src/main/java")))
        .as(
            "exported packages without a package-info.java whose Javadoc says what the package is for")
        .isEmpty();
  }

  @Test
  void internalPackagesAreNotExported() {
    assertThat(ExportedApi.of(ReportComposer.class).exportedPackages())
        .noneMatch(p -> p.contains(".internal"));
  }
}
