package org.communityofpractice.report.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.communityofpractice.core.fixtures.StandardError;
import org.communityofpractice.report.html.HtmlRenderer;
import org.communityofpractice.report.markdown.MarkdownRenderer;
import org.communityofpractice.report.model.ReportSamples;
import org.communityofpractice.report.spi.thirdparty.ShoutingRenderer;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {

  @Test
  void findsTheBuiltInRenderersByFormatName() {
    ReportRenderers renderers = ReportRenderers.load();
    assertThat(renderers.formats()).contains("markdown", "text", "json", "csv");
    assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class);
    assertThat(renderers.find("docx")).isEmpty();
  }

  @Test
  void usesAThirdPartyRendererRegisteredOnTheClassPath() {
    ReportRenderer shout = ReportRenderers.load().get("shout");
    assertThat(shout.render(ReportSamples.session(ReportSamples.REALISTIC))).isEqualTo("@SOTCOP!");
  }

  @Test
  void aRendererWrittenAgainstTheTextOnlyInterfaceWritesUtf8Bytes() {
    ReportRenderer shout = ReportRenderers.load().get("shout");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    shout.write(ReportSamples.session(ReportSamples.REALISTIC), bytes);
    assertThat(shout.writesText()).isTrue();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("@SOTCOP!");
  }

  @Test
  void aTextRendererWritesTheSameCharactersAsBytesInUtf8() {
    ReportRenderer markdown = ReportRenderers.load().get("markdown");
    var report = ReportSamples.session(ReportSamples.REALISTIC);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    markdown.write(report, bytes);
    assertThat(bytes.toByteArray())
        .isEqualTo(markdown.render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void leavesOutARendererWhoseOptionalLibraryIsMissingWithoutAWarning() {
    String log =
        StandardError.of(
            () ->
                assertThat(ReportRenderers.load(withFaultyProviders()).formats())
                    .doesNotContain("needs-a-library"));
    assertThat(log).doesNotContain("UnavailableRenderer");
  }

  @Test
  void skipsFaultyProvidersAndSaysSoInTheLog() {
    String log =
        StandardError.of(
            () -> {
              ReportRenderers renderers = ReportRenderers.load(withFaultyProviders());
              assertThat(renderers.formats()).doesNotContain("faulty", "Not A Name!");
              assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class);
              assertThat(renderers.get("shout")).isInstanceOf(ShoutingRenderer.class);
            });
    assertThat(log)
        .contains("Skipped a report renderer provider that could not be loaded")
        .contains("FaultyRenderer")
        .contains("DoesNotExist")
        .contains("NamelessRenderer: its format name must be")
        .contains("format 'shout' is already provided by " + ShoutingRenderer.class.getName());
  }

  /**
   * Finding a format looks no further than its first provider: the faulty providers come after the
   * built-in ones, and are neither loaded nor logged until every format is asked for.
   */
  @Test
  void findingAFormatLooksNoFurtherThanItsFirstProvider() {
    ReportRenderers renderers = ReportRenderers.load(withFaultyProviders());
    String findingOne =
        StandardError.of(
            () -> assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class));
    assertThat(findingOne).doesNotContain("Skipped");
    String listingAll =
        StandardError.of(() -> assertThat(renderers.formats()).contains("markdown", "shout"));
    assertThat(listingAll).contains("Skipped report renderer").contains("NamelessRenderer");
    assertThat(renderers.get("markdown")).isSameAs(renderers.find("markdown").orElseThrow());
  }

  /**
   * One of cop's own formats is found without looking for providers at all: on the class path the
   * looking opens every jar, the largest part of a short command's start-up.
   */
  @Test
  void copsOwnFormatsAreFoundWithoutLookingForProviders() {
    List<String> lookedFor = new ArrayList<>();
    ClassLoader recording =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          public Enumeration<URL> getResources(String name) throws IOException {
            lookedFor.add(name);
            return super.getResources(name);
          }
        };
    ReportRenderers renderers = ReportRenderers.load(recording);
    assertThat(renderers.get("html")).isInstanceOf(HtmlRenderer.class);
    assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class);
    assertThat(lookedFor).isEmpty();
    assertThat(renderers.get("shout")).isInstanceOf(ShoutingRenderer.class);
    assertThat(lookedFor).containsExactly("META-INF/services/" + ReportRenderer.class.getName());
  }

  /**
   * The list of cop's own renderers is the list cop-report provides as services, in its order, each
   * under the format it says is its own.
   */
  @Test
  void copsOwnRenderersAreTheServicesCopReportProvides() {
    Map<String, String> provided = new LinkedHashMap<>();
    for (ReportRenderer renderer : ServiceLoader.load(ReportRenderer.class)) {
      String name = renderer.getClass().getName();
      if (!name.startsWith(ShoutingRenderer.class.getPackageName())) {
        provided.put(renderer.format(), name);
      }
    }
    assertThat(ReportRenderers.OWN).containsExactlyEntriesOf(provided);
    for (String format : ReportRenderers.OWN.keySet()) {
      assertThat(ReportRenderers.load().find(format))
          .hasValueSatisfying(r -> assertThat(r.format()).isEqualTo(format));
    }
  }

  /** A provider cannot take one of cop's own formats: it is skipped, and said so when listed. */
  @Test
  void aProviderCannotTakeOneOfCopsOwnFormats() {
    ReportRenderers renderers = ReportRenderers.load(withProviders("shadowing-renderers"));
    String log =
        StandardError.of(
            () -> {
              assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class);
              assertThat(renderers.formats()).containsOnlyOnce("markdown");
              assertThat(renderers.get("markdown")).isInstanceOf(MarkdownRenderer.class);
            });
    assertThat(log)
        .contains(
            "Skipped report renderer org.communityofpractice.report.spi.thirdparty.ShadowingRenderer:"
                + " format 'markdown' is already provided by "
                + MarkdownRenderer.class.getName());
  }

  /**
   * The test class path with the faulty providers of {@code faulty-renderers/} added: kept apart,
   * so that only the tests about skipping them load them (and log their warnings).
   */
  private ClassLoader withFaultyProviders() {
    return withProviders("faulty-renderers");
  }

  /** The test class path with the providers listed in {@code folder/META-INF/services} added. */
  private ClassLoader withProviders(String folder) {
    java.net.URL services =
        getClass()
            .getClassLoader()
            .getResource(folder + "/META-INF/services/" + ReportRenderer.class.getName());
    try {
      java.net.URL root = new java.net.URL(services, "../../");
      return new java.net.URLClassLoader(new java.net.URL[] {root}, getClass().getClassLoader());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void loadingTheTestClassPathLogsNoWarning() {
    String log =
        StandardError.of(
            () -> assertThat(ReportRenderers.load().formats()).contains("shout", "markdown"));
    assertThat(log).doesNotContain("WARN");
  }

  @Test
  void anUnknownFormatIsNamedWithTheFormatsThereAre() {
    assertThatThrownBy(() -> ReportRenderers.load().get("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("format must be one of [")
        .hasMessageContaining("markdown")
        .hasMessageEndingWith("but was 'docx'");
  }
}
