package org.communityofpractice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path store;

  @Test
  void refusesToServeBeyondThisComputerWithoutLogin() {
    CopRun run = CopRun.of("serve", store.toString(), "--bind", "0.0.0.0", "--port", "0");
    assertThat(run.exitCode()).isEqualTo(Cop.USAGE);
    assertThat(run.err()).contains("--bind 0.0.0.0").contains("no login");
  }
}
