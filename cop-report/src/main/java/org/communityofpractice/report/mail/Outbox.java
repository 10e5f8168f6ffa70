package org.communityofpractice.report.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import org.communityofpractice.core.topic.RecipientId;

/**
 * Messages as {@code .eml} files, each written to a temporary file, forced, then moved into place.
 */
final class Outbox extends Delivery {
  private final Path folder;

  Outbox(Path folder) {
    this.folder = folder;
  }

  /**
   * A person's message is {@code <id>.eml}; an organisation's {@code organisation+<id>.eml}, a name
   * no person's file can have, since ids never hold a '+'.
   */
  Path fileOf(String circulation, RecipientId recipient) {
    String prefix = recipient.kind() == RecipientId.Kind.PERSON ? "" : "organisation+";
    return folder.resolve(circulation).resolve(prefix + recipient.value() + ".eml");
  }

  @Override
  void open(jakarta.mail.Session session) {}

  @Override
  boolean arrived(String circulation, RecipientId recipient) {
    return Files.isRegularFile(fileOf(circulation, recipient));
  }

  @Override
  void deliver(MimeMessage message, String circulation, RecipientId recipient) throws Unavailable {
    Path file = fileOf(circulation, recipient);
    try {
      Path dir = Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(dir, ".writing-", ".eml");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        message.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      } catch (IOException e) {
        // a platform that cannot open a folder (Windows) orders the move itself
      }
    } catch (IOException | MessagingException e) {
      throw new Unavailable(
          "the outbox " + folder + " cannot be written: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  void close() {}

  @Override
  Properties properties() {
    return new Properties();
  }

  @Override
  public String toString() {
    return "outbox " + folder;
  }
}
