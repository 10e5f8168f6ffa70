package org.communityofpractice.examples.serve;

import java.nio.file.Path;
import org.communityofpractice.core.community.Community;
import org.communityofpractice.core.community.CommunityId;
import org.communityofpractice.core.store.FileArchiveStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the web app running in this JVM on an ephemeral loopback port, over a new store. */
abstract class ServerTest {
  @TempDir Path store;
  CopServer server;
  WebClient browser;

  @BeforeEach
  void startServer() {
    server = CopServer.builder(store).port(0).start();
    browser = new WebClient(server.uri());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** The community as the store holds it now. */
  Community stored() {
    return FileArchiveStore.builder(store)
        .build()
        .load(CommunityId.of("sotcop"))
        .orElseThrow()
        .community();
  }
}
