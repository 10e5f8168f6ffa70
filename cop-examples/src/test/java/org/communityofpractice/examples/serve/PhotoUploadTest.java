package org.communityofpractice.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.people.PersonId;
import org.communityofpractice.core.session.Artefact;
import org.communityofpractice.core.store.DamagedJournalPolicy;
import org.communityofpractice.core.store.FileArchiveStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * Photos as artefacts: checked by their bytes and size, kept without their metadata (EXIF with its
 * GPS location, comments), turned upright, and only of people who agreed to be photographed.
 */
class PhotoUploadTest extends ServerTest {
  private static final String AT = "/c/sotcop/capture/sotcop-1";
  private static final String CANARY = "GPSLatitude 53.0027N Stoke canary";

  @Test
  void aPhotoIsKeptWithoutItsMetadataAndUpright() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT);
    byte[] upload = withExif(jpeg(200, 100), 6);
    assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains(CANARY).contains("Exif");

    HttpResponse<String> r =
        browser.upload(
            AT + "/photo",
            "photo",
            "flipchart.jpg",
            "image/jpeg",
            upload,
            "caption",
            "What is working well, on the flip chart",
            "alt",
            "A flip chart with six points in green");
    assertThat(r.headers().firstValue("Location")).hasValue(AT + "#photo");
    assertThat(browser.get(AT).select("#so-far + ol li").eachText())
        .contains("Photo: What is working well, on the flip chart");

    Artefact kept = artefacts().get(0);
    assertThat(kept.altText()).isEqualTo("A flip chart with six points in green");
    assertThat(kept.image()).startsWith("data:image/jpeg;base64,");
    byte[] stored =
        Base64.getDecoder().decode(kept.image().substring("data:image/jpeg;base64,".length()));
    assertThat(new String(stored, StandardCharsets.ISO_8859_1))
        .doesNotContain("Exif")
        .doesNotContain(CANARY);
    assertThat(markers(stored)).doesNotContain("unknown", "com", "app2ICC");
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(stored));
    assertThat(picture.getWidth()).as("a quarter turn: portrait").isEqualTo(100);
    assertThat(picture.getHeight()).isEqualTo(200);
  }

  @Test
  void aPngWithTextChunksIsKeptAsAPlainJpeg() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT);
    byte[] png = pngWithText();
    assertThat(new String(png, StandardCharsets.ISO_8859_1)).contains(CANARY);
    browser.upload(
        AT + "/photo",
        "photo",
        "board.png",
        "image/png",
        png,
        "caption",
        "The whiteboard",
        "alt",
        "A whiteboard");
    byte[] stored =
        Base64.getDecoder()
            .decode(artefacts().get(0).image().replaceFirst("^data:image/jpeg;base64,", ""));
    assertThat(Photos.Kind.of(stored)).contains(Photos.Kind.JPEG);
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
  }

  @Test
  void whatIsNotAPhotoByItsBytesOrIsTooLargeIsRefusedWhateverItClaims() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    browser.get(AT);
    byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r =
        browser.upload(
            AT + "/photo", "photo", "photo.jpg", "image/jpeg", page, "caption", "c", "alt", "a");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(browser.get(AT).select("p.notice.error").text()).contains("not a JPEG or PNG");

    byte[] huge = new byte[Photos.MAX_BYTES + 1];
    System.arraycopy(jpeg(10, 10), 0, huge, 0, 3);
    HttpResponse<String> big =
        browser.upload(
            AT + "/photo", "photo", "big.jpg", "image/jpeg", huge, "caption", "c", "alt", "a");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.body()).contains("too large").contains("Nothing was saved");
    assertThat(artefacts()).isEmpty();
  }

  @Test
  void onlyPeopleWhoAgreedToBePhotographedMayBeTickedAsPictured() throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    String door = AT + "/door";
    browser.get(door);
    browser.submit(door, "name", "Pat Agreed", "agree", "PHOTOGRAPHED", "notice", "2016-1");
    browser.submit(door, "name", "Lee Declined");
    var people =
        FileArchiveStore.builder(store)
            .build()
            .load(CommunityId.of("sotcop"))
            .orElseThrow()
            .community()
            .register()
            .people();
    String pat =
        people.stream()
            .filter(p -> p.name().equals("Pat Agreed"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    String lee =
        people.stream()
            .filter(p -> p.name().equals("Lee Declined"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    Document capture = browser.get(AT);
    assertThat(capture.select("input[name=pictured]").eachAttr("value")).contains(pat, lee);

    browser.upload(
        AT + "/photo",
        "photo",
        "p.jpg",
        "image/jpeg",
        jpeg(20, 20),
        "caption",
        "Us",
        "alt",
        "Two people",
        "pictured",
        pat,
        "pictured",
        lee);
    assertThat(browser.get(AT).select("p.notice.error").text())
        .contains("has not agreed to be photographed")
        .doesNotContain("Lee");
    assertThat(artefacts()).isEmpty();
    browser.upload(
        AT + "/photo",
        "photo",
        "p.jpg",
        "image/jpeg",
        jpeg(20, 20),
        "caption",
        "Pat",
        "alt",
        "One person",
        "pictured",
        pat);
    assertThat(artefacts()).hasSize(1);
  }

  @Test
  void erasingSomeonePicturedInACaptureStillInProgressLeavesNoCopyOfThePhotoAnywhere()
      throws Exception {
    browser.get("/");
    CaptureFlowTest.setUp(browser);
    String door = AT + "/door";
    browser.get(door);
    browser.submit(door, "name", "Pat Pictured", "agree", "PHOTOGRAPHED", "notice", "2016-1");
    String pat =
        stored().register().people().stream()
            .filter(p -> p.name().equals("Pat Pictured"))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
    browser.get(AT);
    String caption = "Pat by the flip chart, caption canary";
    browser.upload(
        AT + "/photo",
        "photo",
        "p.jpg",
        "image/jpeg",
        jpeg(40, 30),
        "caption",
        caption,
        "alt",
        "One person by a flip chart",
        "pictured",
        pat);
    browser.upload(
        AT + "/photo",
        "photo",
        "c.jpg",
        "image/jpeg",
        jpeg(30, 30),
        "caption",
        "The chart alone",
        "alt",
        "A flip chart");
    List<Artefact> before = artefacts();
    assertThat(before).hasSize(2);
    assertThat(before.get(0).pictured())
        .as("who is pictured is kept with the photo itself")
        .extracting(PersonId::value)
        .containsExactly(pat);
    String image = before.get(0).image().substring(before.get(0).image().length() - 200);

    browser.get("/c/sotcop/rights/" + pat + "/erase");
    Document done =
        browser.submit(
            "/c/sotcop/rights/" + pat + "/erase",
            "ground",
            "REQUESTED_BY_PERSON",
            "confirm",
            "erase");
    assertThat(done.select("p.notice").text()).startsWith("Erased.");

    try (Stream<Path> files = Files.walk(store)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(text)
            .as("%s", f)
            .doesNotContain(caption)
            .doesNotContain(image)
            .doesNotContain("Pat Pictured");
      }
    }
    assertThat(artefacts()).extracting(Artefact::caption).containsExactly("The chart alone");
  }

  private List<Artefact> artefacts() throws Exception {
    server.close(); // the journal, as a restart reads it
    List<Artefact> found;
    try (var live =
        FileArchiveStore.builder(store)
            .build()
            .resumeSession(
                CommunityId.of("sotcop"),
                org.communityofpractice.core.session.SessionId.of("sotcop-1"),
                DamagedJournalPolicy.STRICT)
            .orElseThrow()) {
      found =
          live.recorder().events().stream()
              .filter(
                  e -> e instanceof org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded)
              .map(
                  e ->
                      ((org.communityofpractice.core.capture.CaptureEvent.ArtefactAdded) e)
                          .artefact())
              .toList();
    }
    server = CopServer.builder(store).port(0).start();
    browser = new WebClient(server.uri());
    browser.get(AT);
    return found;
  }

  static byte[] jpeg(int w, int h) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < w; x++) {
      for (int y = 0; y < h; y++) {
        img.setRGB(x, y, (x * 7 + y * 3) & 0xffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    return out.toByteArray();
  }

  /**
   * The JPEG with an EXIF segment (orientation and a GPS-looking canary) and a comment, as a phone
   * writes.
   */
  static byte[] withExif(byte[] jpeg, int orientation) {
    byte[] canary = CANARY.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}); // big-endian, IFD0 at 8
    tiff.writeBytes(new byte[] {0, 2}); // two entries
    tiff.writeBytes(
        new byte[] {
          0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0
        }); // Orientation, SHORT
    int textAt = 8 + 2 + 24 + 4;
    tiff.writeBytes(
        new byte[] {
          0x01, 0x0e, 0, 2, 0, 0, 0, (byte) canary.length, 0, 0, 0, (byte) textAt
        }); // ImageDescription
    tiff.writeBytes(new byte[] {0, 0, 0, 0}); // no next IFD
    tiff.writeBytes(canary);
    byte[] exif = tiff.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    int app1 = 2 + 6 + exif.length;
    out.writeBytes(
        new byte[] {
          (byte) 0xff, (byte) 0xe1, (byte) (app1 >> 8), (byte) app1, 'E', 'x', 'i', 'f', 0, 0
        });
    out.writeBytes(exif);
    int com = 2 + canary.length;
    out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) (com >> 8), (byte) com});
    out.writeBytes(canary);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static byte[] pngWithText() throws Exception {
    BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
    var writer = ImageIO.getImageWritersByFormatName("png").next();
    var meta = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), null);
    javax.imageio.metadata.IIOMetadataNode text =
        new javax.imageio.metadata.IIOMetadataNode("tEXtEntry");
    text.setAttribute("keyword", "Comment");
    text.setAttribute("value", CANARY);
    javax.imageio.metadata.IIOMetadataNode tEXt =
        new javax.imageio.metadata.IIOMetadataNode("tEXt");
    tEXt.appendChild(text);
    javax.imageio.metadata.IIOMetadataNode root =
        new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(tEXt);
    meta.mergeTree("javax_imageio_png_1.0", root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(new javax.imageio.IIOImage(img, null, meta));
    }
    return out.toByteArray();
  }

  /**
   * The names of the JPEG's marker segments as ImageIO reads its metadata (app0JFIF, dqt, sof, …).
   */
  private static List<String> markers(byte[] jpeg) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata meta = reader.getImageMetadata(0);
      Node root = meta.getAsTree("javax_imageio_jpeg_image_1.0");
      List<String> names = new java.util.ArrayList<>();
      collect(root, names);
      return names;
    }
  }

  private static void collect(Node node, List<String> names) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      names.add(c.getNodeName());
      collect(c, names);
    }
  }
}
