package org.communityofpractice.examples.serve;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A photo uploaded as an artefact, made safe to keep and to publish: its kind is read from its
 * first bytes (never from the name or the type the browser claims), its size and its pixels are
 * capped, and it is decoded and written again as a new JPEG, so nothing of the original file comes
 * through but the picture — no EXIF (camera, time, GPS location), no comments, no thumbnails, no
 * trailing bytes. The result is carried in the archive as a {@code data:} URI, so the HTML report
 * shows it without fetching anything and erasure and backups treat it like any other entry.
 */
final class Photos {
  /** cop's own cap on an upload: a phone's photo is a few megabytes. */
  static final int MAX_BYTES = 12 * 1024 * 1024;

  /**
   * cop's own cap on the pixels decoded, so a small file cannot claim a huge picture (a "bomb").
   */
  static final long MAX_PIXELS = 50_000_000L;

  /**
   * The longest side kept: cop's own choice, enough to read a flip chart in a report, and small
   * enough that the photo stays well within the archive's limit on one string (1,000,000
   * characters).
   */
  static final int LONGEST_SIDE = 1600;

  /** JPEG quality of the photo kept: cop's own choice. */
  private static final float QUALITY = 0.85f;

  private Photos() {}

  /** The kinds of file taken, by their first bytes. */
  enum Kind {
    JPEG,
    PNG;

    static Optional<Kind> of(byte[] bytes) {
      if (bytes.length >= 3
          && (bytes[0] & 0xff) == 0xff
          && (bytes[1] & 0xff) == 0xd8
          && (bytes[2] & 0xff) == 0xff) {
        return Optional.of(JPEG);
      }
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
      if (bytes.length >= png.length
          && java.util.Arrays.equals(bytes, 0, png.length, png, 0, png.length)) {
        return Optional.of(PNG);
      }
      return Optional.empty();
    }
  }

  /**
   * The photo, cleaned: decoded and encoded again as a JPEG without any metadata, at most {@link
   * #LONGEST_SIDE} pixels on its longest side.
   *
   * @throws Forms.Problem when it is too large, not a JPEG or PNG by its bytes, or cannot be read
   */
  static byte[] clean(byte[] upload) {
    if (upload.length > MAX_BYTES) {
      throw new Forms.Problem("problem.photoTooLarge", MAX_BYTES / (1024 * 1024));
    }
    if (Kind.of(upload).isEmpty()) {
      throw new Forms.Problem("problem.photoKind");
    }
    BufferedImage picture = decode(upload);
    return jpeg(upright(scaled(picture), orientation(upload)));
  }

  /**
   * The EXIF orientation of a JPEG (1 to 8; 1 when it has none), read before the metadata is
   * dropped so a phone's portrait photo stays upright.
   */
  static int orientation(byte[] jpeg) {
    int i = 2;
    while (Kind.of(jpeg).orElse(Kind.PNG) == Kind.JPEG
        && i + 4 <= jpeg.length
        && (jpeg[i] & 0xff) == 0xff) {
      int marker = jpeg[i + 1] & 0xff;
      int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
      if (marker == 0xda || length < 2) {
        break;
      }
      int start = i + 4;
      if (marker == 0xe1
          && start + 14 <= jpeg.length
          && new String(jpeg, start, 4, java.nio.charset.StandardCharsets.US_ASCII)
              .equals("Exif")) {
        int tiff = start + 6;
        boolean little = jpeg[tiff] == 'I';
        int ifd = tiff + (int) read(jpeg, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > Math.min(jpeg.length, start + length - 2)) {
          return 1;
        }
        int entries = (int) read(jpeg, ifd, 2, little);
        for (int e = 0; e < entries && ifd + 2 + e * 12 + 12 <= jpeg.length; e++) {
          int entry = ifd + 2 + e * 12;
          if (read(jpeg, entry, 2, little) == 0x0112) {
            int value = (int) read(jpeg, entry + 8, 2, little);
            return value >= 1 && value <= 8 ? value : 1;
          }
        }
        return 1;
      }
      i = start + length - 2;
    }
    return 1;
  }

  private static long read(byte[] b, int at, int n, boolean little) {
    long v = 0;
    for (int k = 0; k < n; k++) {
      int shift = little ? 8 * k : 8 * (n - 1 - k);
      v |= (long) (b[at + k] & 0xff) << shift;
    }
    return v;
  }

  /**
   * The picture turned as its EXIF orientation says (3: half a turn, 6: a quarter clockwise, 8:
   * anticlockwise).
   */
  private static BufferedImage upright(BufferedImage picture, int orientation) {
    int quarterTurns =
        switch (orientation) {
          case 3 -> 2;
          case 6 -> 1;
          case 8 -> 3;
          default -> 0;
        };
    if (quarterTurns == 0) {
      return picture;
    }
    int w = picture.getWidth();
    int h = picture.getHeight();
    boolean swap = quarterTurns % 2 == 1;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      java.awt.geom.AffineTransform turn = new java.awt.geom.AffineTransform();
      switch (quarterTurns) {
        case 1 -> {
          turn.translate(h, 0);
          turn.quadrantRotate(1);
        }
        case 2 -> {
          turn.translate(w, h);
          turn.quadrantRotate(2);
        }
        default -> {
          turn.translate(0, w);
          turn.quadrantRotate(3);
        }
      }
      g.drawImage(picture, turn, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The cleaned photo as a {@code data:} URI for an artefact's image. */
  static String dataUri(byte[] jpeg) {
    return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
  }

  private static BufferedImage decode(byte[] upload) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true); // metadata is never read
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new Forms.Problem("problem.photoPixels", MAX_PIXELS / 1_000_000);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof Forms.Problem p) {
        throw p;
      }
      throw unreadable();
    }
  }

  private static Forms.Problem unreadable() {
    return new Forms.Problem("problem.photoUnreadable");
  }

  /** The picture on an opaque white ground, no larger than {@link #LONGEST_SIDE}. */
  private static BufferedImage scaled(BufferedImage picture) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    double factor = Math.min(1.0, (double) LONGEST_SIDE / Math.max(w, h));
    int sw = Math.max(1, (int) Math.round(w * factor));
    int sh = Math.max(1, (int) Math.round(h * factor));
    BufferedImage out = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, sw, sh);
      g.drawImage(picture, 0, 0, sw, sh, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * A new JPEG of the pixels alone: no metadata is given to the writer, so none is written but
   * JFIF's.
   */
  private static byte[] jpeg(BufferedImage picture) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(picture, null, null), param);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
