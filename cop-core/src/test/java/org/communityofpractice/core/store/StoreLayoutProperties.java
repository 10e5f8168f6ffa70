package org.communityofpractice.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.communityofpractice.core.community.CommunityId;

/**
 * The archive files' names: twelve ASCII digits whatever the default locale, and read back as
 * written.
 */
class StoreLayoutProperties {
  @Property(tries = 200, seed = "20261207")
  void anArchiveFileIsNamedWithTwelveAsciiDigitsAndItsVersionIsReadBack(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long version) throws IOException {
    Path folder = Files.createTempDirectory("cop-layout");
    try {
      Path file = Files.createFile(folder.resolve(archiveFileName(folder, version)));
      assertThat(file.getFileName().toString())
          .isEqualTo(String.format(Locale.ROOT, "archive-%012d.json", version));
      assertThat(StoreLayout.versions(folder)).containsExactly(version);
    } finally {
      StoreLayout.deleteArchive(folder, version);
      Files.delete(folder);
    }
  }

  @Property(tries = 20, seed = "20261207")
  void theNameIsTheSameUnderALocaleWithOtherDigits(
      @ForAll @LongRange(min = 0, max = 999_999_999_999L) long version) {
    Path folder = Path.of("store");
    String inEnglish = archiveFileName(folder, version);
    Locale before = Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "th-TH-u-nu-thai", "fa-IR"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(archiveFileName(folder, version)).as(tag).isEqualTo(inEnglish);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static String archiveFileName(Path folder, long version) {
    return new StoreLayout(folder.toAbsolutePath())
        .archiveFile(CommunityId.of("sotcop"), new ArchiveVersion(version))
        .getFileName()
        .toString();
  }
}
