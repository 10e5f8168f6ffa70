package org.communityofpractice.report.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server in the test's own process that refuses some recipients for good ({@code 550}
 * at {@code RCPT TO}) and takes every other message: GreenMail accepts every recipient, so it
 * cannot show a refusal in the middle of a batch. Speaks just enough RFC 5321 for Angus Mail
 * without TLS or login: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
final class RefusingSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Set<String> refused;

  /** The recipient of each message taken, in the order taken. */
  private final List<String> received = new CopyOnWriteArrayList<>();

  private final Thread thread;

  RefusingSmtpServer(Set<String> refused) throws IOException {
    this.refused = Set.copyOf(refused);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  List<String> received() {
    return List.copyOf(received);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        if (!socket.isClosed()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 refusing-smtp ready");
    List<String> to = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String verb =
          line.length() < 4
              ? line.toUpperCase(Locale.ROOT)
              : line.substring(0, 4).toUpperCase(Locale.ROOT);
      switch (verb) {
        case "EHLO", "HELO" -> reply(out, "250 refusing-smtp");
        case "MAIL", "NOOP" -> reply(out, "250 OK");
        case "RSET" -> {
          to.clear();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
          if (refused.contains(address)) {
            reply(out, "550 5.1.1 no such mailbox");
          } else {
            to.add(address);
            reply(out, "250 OK");
          }
        }
        case "DATA" -> {
          reply(out, "354 end with <CRLF>.<CRLF>");
          for (String data = in.readLine();
              data != null && !data.equals(".");
              data = in.readLine()) {
            // the message itself is not needed: who it went to is
          }
          received.addAll(to);
          to.clear();
          reply(out, "250 OK taken");
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
