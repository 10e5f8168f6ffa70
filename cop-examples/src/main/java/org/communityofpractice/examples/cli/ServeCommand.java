package org.communityofpractice.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.communityofpractice.examples.serve.BindRefusedException;
import org.communityofpractice.examples.serve.CopServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cop serve}: the web app for the facilichair and the recorder, on a store folder. It runs
 * until stopped (Ctrl-C); everything entered is in the store when the page confirms it.
 */
@Command(
    name = "serve",
    description = {
      "Run the web app for the facilichair and the recorder, in a browser on this computer.",
      "Set up, sign-in at the door, live capture, review, reports and people's rights.",
      "It listens on 127.0.0.1 only, unless --login asks for accounts; stop it with Ctrl-C."
    })
final class ServeCommand extends CopCommand {
  @Parameters(
      paramLabel = "STORE",
      description = "the store folder, such as cop-demo-out/archives; created when missing")
  Path store;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = CopServer.LOOPBACK,
      description = "the address to listen on (default: ${DEFAULT-VALUE}); any other needs --login")
  String bind;

  @Option(
      names = "--login",
      description =
          "require accounts with roles (facilichair, recorder, data protection lead);"
              + " the first run prints a one-time code that sets up the first account")
  boolean login;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + CopServer.DEFAULT_PORT,
      description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Override
  int run() throws IOException {
    if (Files.exists(store) && !Files.isDirectory(store)) {
      throw UserError.usage(ToolText.says("serve.isAFile", String.valueOf(store)));
    }
    CopServer server;
    try {
      server =
          CopServer.builder(store)
              .bind(bind)
              .port(port)
              .login(login)
              .language(language().tag())
              .start();
    } catch (BindRefusedException e) {
      throw UserError.usage(e.getMessage());
    }
    out()
        .println(
            words()
                .format(login ? "serve.open.login" : "serve.open", String.valueOf(server.uri())));
    // the code goes to the terminal only: never to the log
    server.firstRunCode().ifPresent(code -> out().println(words().format("serve.firstRun", code)));
    out().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "cop-serve-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Cop.OK;
  }
}
