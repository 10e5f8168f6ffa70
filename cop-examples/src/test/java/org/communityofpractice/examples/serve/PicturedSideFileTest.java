package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.session.Session;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Stores written by earlier builds of the app, which kept who is pictured in a side file: on start
 * it is moved into the archive's artefacts, so there is one record, and the file goes.
 */
class PicturedSideFileTest extends ServerTest {
  private static final String AT = "/c/sotcop/capture/sotcop-1";

  /** A session with Pat in the room and one photo nobody is ticked in; Pat's id. */
  private String aPhotoOfPat() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT + "/door");
    browser.submit(
        AT + "/door", "name", "Pat Pictured", "agree", "PHOTOGRAPHED", "notice", "2016-1");
    String pat =
        stored().register().people().stream()
            .filter(p -> p.name().equals("Pat Pictured"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    browser.get(AT);
    browser.upload(
        AT + "/photo",
        "photo",
        "p.jpg",
        "image/jpeg",
        PhotoUploadTest.jpeg(40, 30),
        "caption",
        "Pat by the chart",
        "alt",
        "One person by a flip chart");
    return pat;
  }

  private Path sideFile() {
    return store.resolve(".cop-serve").resolve("pictured.tsv");
  }

  private void restartWithSideFile(String session, String image, String pat) throws Exception {
    server.close();
    Files.createDirectories(sideFile().getParent());
    Files.writeString(
        sideFile(),
        "sotcop\t" + session + "\t" + PicturedSideFile.hash(image) + "\t" + pat + "\n",
        StandardCharsets.UTF_8);
    server = CopServer.builder(store).port(0).start();
    browser = new WebClient(server.uri());
  }

  private Artefact photo() {
    Session s = stored().sessions().get(0);
    return s.artefacts().get(0);
  }

  @Test
  void aFinishedSessionsLineMovesIntoItsArtefactAndTheFileGoes() throws Exception {
    String pat = aPhotoOfPat();
    browser.get(AT);
    browser.submit(AT + "/finish", "sure", "yes");
    assertThat(photo().pictured()).isEmpty();

    restartWithSideFile("sotcop-1", photo().image(), pat);

    assertThat(photo().pictured()).containsExactly(PersonId.of(pat));
    assertThat(sideFile()).doesNotExist();
  }

  @Test
  void aCapturesLineWaitsUntilItIsFinishedAndErasureWaitsWithIt() throws Exception {
    String pat = aPhotoOfPat();
    String image = photoInJournal();
    restartWithSideFile("sotcop-1", image, pat);
    assertThat(sideFile()).exists();

    browser.get("/c/sotcop/rights/" + pat + "/erase");
    Document refused =
        browser.submit(
            "/c/sotcop/rights/" + pat + "/erase",
            "ground",
            "REQUESTED_BY_PERSON",
            "confirm",
            "erase");
    assertThat(refused.select("p.notice.error").text())
        .startsWith("Nothing was erased")
        .contains("sotcop-1");
    assertThat(stored().register().holds(PersonId.of(pat))).isTrue();

    browser.get(AT);
    browser.submit(AT + "/finish", "sure", "yes");
    assertThat(photo().pictured()).containsExactly(PersonId.of(pat));
    assertThat(sideFile()).doesNotExist();

    browser.get("/c/sotcop/rights/" + pat + "/erase");
    Document done =
        browser.submit(
            "/c/sotcop/rights/" + pat + "/erase",
            "ground",
            "REQUESTED_BY_PERSON",
            "confirm",
            "erase");
    assertThat(done.select("p.notice").text()).startsWith("Erased.");
    assertThat(stored().sessions().get(0).artefacts()).isEmpty();
  }

  private String photoInJournal() throws Exception {
    String journal =
        Files.readString(store.resolve("sotcop").resolve("journals").resolve("sotcop-1.jsonl"));
    int at = journal.indexOf("\"image\":\"") + "\"image\":\"".length();
    return journal.substring(at, journal.indexOf('"', at));
  }
}
